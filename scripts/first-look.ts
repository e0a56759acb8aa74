// npm run first-look -- FILE.csv [--rows]: the shipped engine (rules + shipped model) on one labelled
// CSV exactly as it came, before anyone tunes on it. A new dev batch's first look is the honest
// figure for unseen text; afterwards its rows are tuning data like the rest of data/labelled/dev.
// Never point it at data/labelled/blind: with --rows it prints texts.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { createEngine } from '../src/core/engine.js';
import { loadEngineData } from '../src/engine/index.js';
import { reasonCodes } from './datasets.js';

const file = process.argv.slice(2).find((a) => !a.startsWith('--'));
if (!file) {
  console.error('usage: npm run first-look -- FILE.csv [--rows]');
  process.exit(2);
}
if (file.includes('labelled/blind')) {
  console.error('first-look: blind rows are judged by npm run eval (figures only), not here');
  process.exit(2);
}
const rows = parse(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
const data = loadEngineData();
if (!data.ok) throw new Error(data.error);
const engines = { engine: createEngine(data.value), 'rules only': createEngine({ ...data.value, model: null }) };
for (const [name, engine] of Object.entries(engines)) {
  const counts: Record<string, Record<string, number>> = {};
  const off: string[] = [];
  for (const r of rows) {
    const a = engine.analyse({ text: r.text ?? '', from: r.sender || undefined });
    const label = r.label === 'legit' ? 'legit' : 'smishing';
    (counts[label] ??= { block: 0, suspicious: 0, allow: 0 })[a.verdict]!++;
    const best = label === 'legit' ? 'allow' : 'block';
    if (name === 'engine' && a.verdict !== best) off.push(`  [${label} → ${a.verdict} ${a.score}] ${(r.text ?? '').replace(/\s+/g, ' ').slice(0, 90)} {${reasonCodes(a.reasons).join(' ')}}`);
  }
  for (const [label, c] of Object.entries(counts)) {
    const n = c.block! + c.suspicious! + c.allow!;
    console.log(`${name.padEnd(11)} ${label.padEnd(9)} n ${n}  block ${c.block}  suspicious ${c.suspicious}  allow ${c.allow}  flagged ${(100 * (c.block! + c.suspicious!) / n).toFixed(1)}%  blocked ${(100 * c.block! / n).toFixed(1)}%`);
  }
  if (process.argv.includes('--rows') && off.length > 0) console.log(off.join('\n'));
}
