import { StringDecoder } from 'node:string_decoder';

/** The line ends of JSON Lines as readline counted them before Node 22: "\r\n", "\n" and a lone "\r". */
export const LINE_END = /\r?\n|\r/;

/**
 * The lines of a stream, split at LINE_END, as the worker path splits its batches
 * (check-worker.ts). Not node:readline: newer Node also breaks lines at U+2028 and U+2029,
 * which JSON strings may carry raw (JSON.stringify writes them so), and a line cut there is
 * two bad rows.
 */
export async function* jsonLines(input: NodeJS.ReadableStream): AsyncGenerator<string> {
  for await (const lines of jsonLineBatches(input)) yield* lines;
}

/**
 * The same lines, a chunk's worth at a time: a reader that handles each line synchronously
 * pays one await per chunk instead of one per line (an async generator's yield is a promise
 * and a trip through the microtask queue per line).
 */
export async function* jsonLineBatches(input: NodeJS.ReadableStream): AsyncGenerator<string[]> {
  const decoder = new StringDecoder('utf8');
  let rest = '';
  for await (const chunk of input) {
    let text = rest + (typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer));
    // A "\r" that ends the chunk may be the first half of a "\r\n": keep it for the next one.
    const heldCr = text.endsWith('\r');
    if (heldCr) text = text.slice(0, -1);
    const lines = text.split(LINE_END);
    rest = (lines.pop() as string) + (heldCr ? '\r' : '');
    if (lines.length > 0) yield lines;
  }
  const last = (rest + decoder.end()).split(LINE_END);
  if (last[last.length - 1] === '') last.pop();
  if (last.length > 0) yield last;
}
