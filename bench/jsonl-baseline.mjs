// The floor `check --jsonl` is measured against: a process that only reads JSON lines,
// parses each and writes it back serialised, with the same line reader and the same batched,
// back-pressured writes, and no analysis. Plain JavaScript, so no loader is timed.
// With --answers FILE ({"<from>\u0000<text>": row}) it writes, for each line, the row check
// would write for it (looked up, not computed): the I/O of the same output without analysis.
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';

const at = process.argv.indexOf('--answers');
const answers = at > 0 ? JSON.parse(readFileSync(process.argv[at + 1], 'utf8')) : null;
const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
let batch = '';
for await (const line of rl) {
  if (line.trim() === '') continue;
  const row = JSON.parse(line);
  batch += JSON.stringify(answers ? { id: row.id, ...answers[`${row.from ?? ''}\u0000${row.text}`] } : row) + '\n';
  if (batch.length > 65536) {
    if (!process.stdout.write(batch)) await once(process.stdout, 'drain');
    batch = '';
  }
}
process.stdout.write(batch);
