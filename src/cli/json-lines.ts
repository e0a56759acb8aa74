import { StringDecoder } from 'node:string_decoder';

/**
 * The lines of a stream, split where JSON Lines splits them: "\r\n", "\n" and a lone "\r".
 * Not node:readline: from Node 22.? on it also breaks lines at U+2028 and U+2029, which JSON
 * strings may carry raw (JSON.stringify writes them so), and a line cut there is two bad rows.
 * The worker path splits the same way (check-worker.ts), so both give the same rows.
 */
export async function* jsonLines(input: NodeJS.ReadableStream): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let rest = '';
  let crPending = false;
  const cut = function* (text: string, final: boolean): Generator<string> {
    let s = text;
    // A "\r" that ended the last chunk and a "\n" that starts this one are one line end.
    if (crPending && s.startsWith('\n')) s = s.slice(1);
    crPending = false;
    let start = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c !== 10 && c !== 13) continue;
      yield rest + s.slice(start, i);
      rest = '';
      if (c === 13) {
        if (i + 1 < s.length) { if (s.charCodeAt(i + 1) === 10) i++; }
        else crPending = true;
      }
      start = i + 1;
    }
    rest += s.slice(start);
    if (final && rest !== '') { yield rest; rest = ''; }
  };
  for await (const chunk of input) yield* cut(typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer), false);
  yield* cut(decoder.end(), true);
}
