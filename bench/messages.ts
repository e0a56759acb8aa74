// The public corpora as a flat list of {text, from?} for benchmarks.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Message } from '../src/core/types.js';

export const PUBLIC_DATA = join(import.meta.dirname, '..', 'data', 'corpora');

export function benchMessages(): Message[] {
  const out: Message[] = [];
  for (const line of readFileSync(join(PUBLIC_DATA, 'en_sms_spam_collection.tsv'), 'utf8').split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) out.push({ text: line.slice(tab + 1) });
  }
  for (const file of ['en_smishing.csv', 'ja_smishing.csv', 'ja_real.csv', 'ja_legit.csv']) {
    const rows = parse(readFileSync(join(PUBLIC_DATA, file), 'utf8'), { columns: true, relax_quotes: true }) as Record<string, string>[];
    for (const r of rows) {
      const text = r.text ?? r.TEXT;
      if (text) out.push(r.sender ? { text, from: r.sender } : { text });
    }
  }
  return out;
}
