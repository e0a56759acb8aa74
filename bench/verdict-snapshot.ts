// Verdict snapshot: what the engine answers for every non-blind labelled message, the bench
// messages, and a disguised copy of each (full-width, zero-width, upper case, de-fanged), so
// that a change meant only to make the engine faster can be shown to change no answer.
//
//   node --import tsx bench/verdict-snapshot.ts --write /tmp/before.jsonl
//   node --import tsx bench/verdict-snapshot.ts --compare /tmp/before.jsonl
//
// Each row is the whole analysis (verdict, score, every reason with weight and detail,
// indicators, sender), so any change shows, not only a flipped verdict. Never the blind sets.
import { readFileSync, writeFileSync } from 'node:fs';
import { loadDatasets } from '../scripts/datasets.js';
import { getEngine } from '../src/engine/index.js';
import type { Message } from '../src/core/types.js';
import { englishMessages, japaneseMessages } from './messages.js';

/** The tricks normalisation undoes, one per message in turn, so its slow paths are covered too. */
function disguise(text: string, i: number): string {
  switch (i % 5) {
    case 0:
      return text.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    case 1:
      return [...text].map((c, k) => (k % 4 === 3 ? c + '\u200b' : c)).join('');
    case 2:
      return text.toUpperCase();
    case 3:
      return text.replace(/https?:/gi, 'hxxps:').replace(/\.(com|jp|net|top|xyz)/g, '[.]$1');
    default:
      return text.replace(/\./g, '。').replace(/-/g, '\u2212');
  }
}

function messages(): Message[] {
  const out: Message[] = [];
  const seen = new Set<string>();
  const add = (m: Message): void => {
    const key = `${m.from ?? ''}\u0000${m.text}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(m);
  };
  const base: Message[] = [];
  for (const m of loadDatasets()) base.push(m.from === undefined ? { text: m.text } : { text: m.text, from: m.from });
  base.push(...japaneseMessages(), ...englishMessages());
  base.forEach(add);
  base.forEach((m, i) => add({ ...m, text: disguise(m.text, i) }));
  return out;
}

const [mode, file] = process.argv.slice(2);
if ((mode !== '--write' && mode !== '--compare') || !file) {
  console.error('usage: verdict-snapshot.ts --write FILE | --compare FILE');
  process.exit(2);
}
const engine = getEngine();
const rows: string[] = [];
for (const m of messages()) {
  const a = engine.analyse(m);
  rows.push(JSON.stringify({ from: m.from, text: m.text, verdict: a.verdict, score: a.score, reasons: a.reasons, indicators: a.indicators, sender: a.sender }));
}
if (mode === '--write') {
  writeFileSync(file, rows.join('\n') + '\n');
  console.log(`${rows.length} analyses written to ${file}`);
} else {
  const before = readFileSync(file, 'utf8').trimEnd().split('\n');
  let diffs = 0;
  if (before.length !== rows.length) console.log(`row count differs: ${before.length} before, ${rows.length} now`);
  for (let i = 0; i < Math.min(before.length, rows.length); i++) {
    if (before[i] === rows[i]) continue;
    if (++diffs <= 5) console.log(`- ${before[i]}\n+ ${rows[i]}`);
  }
  console.log(`${diffs} differences over ${rows.length} messages`);
  process.exit(diffs === 0 && before.length === rows.length ? 0 : 1);
}
