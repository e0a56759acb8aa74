// Benchmark message sets, kept apart because their speeds differ: the traffic this product is
// for (Japanese-market SMS, short) and the English public corpora (longer, and most of the rows).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Message } from '../src/core/types.js';
import { simulate } from '../src/simulate/index.js';

export const PUBLIC_DATA = join(import.meta.dirname, '..', 'data', 'corpora');
const LABELLED = join(import.meta.dirname, '..', 'data', 'labelled');

function csvMessages(path: string): Message[] {
  const out: Message[] = [];
  const rows = parse(readFileSync(path, 'utf8'), { columns: true, relax_quotes: true }) as Record<string, string>[];
  for (const r of rows) {
    const text = r.text ?? r.TEXT;
    if (text) out.push(r.sender ? { text, from: r.sender } : { text });
  }
  return out;
}

/** The English public corpora: SMS Spam Collection and the English smishing set. */
export function englishMessages(): Message[] {
  const out: Message[] = [];
  for (const line of readFileSync(join(PUBLIC_DATA, 'en_sms_spam_collection.tsv'), 'utf8').split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) out.push({ text: line.slice(tab + 1) });
  }
  out.push(...csvMessages(join(PUBLIC_DATA, 'en_smishing.csv')));
  return out;
}

/**
 * Japanese-market traffic: the Japanese public corpora, our own labelled rows
 * (data/labelled/ja_extra.csv; never the blind sets) and the texts of a seeded simulated day of
 * carrier traffic (chat, greetings, shops, drivers, one-time codes, lures), with their senders.
 */
export function japaneseMessages(): Message[] {
  const out: Message[] = [];
  for (const file of ['ja_smishing.csv', 'ja_real.csv', 'ja_legit.csv']) out.push(...csvMessages(join(PUBLIC_DATA, file)));
  out.push(...csvMessages(join(LABELLED, 'ja_extra.csv')));
  const sim = simulate({ lines: 3000, infected: 10, hours: 2, seed: 8 });
  const seen = new Set<string>();
  // Distinct texts only: a simulated day repeats its templates far more than real traffic would.
  for (const r of sim.records) {
    if (r.text === undefined || seen.has(r.text)) continue;
    seen.add(r.text);
    out.push({ text: r.text, from: r.from });
    if (seen.size >= 4000) break;
  }
  return out;
}

/** Both sets, as the benchmarks once used them. */
export function benchMessages(): Message[] {
  return [...englishMessages(), ...japaneseMessages()];
}

export function meanLength(messages: readonly Message[]): number {
  return messages.reduce((n, m) => n + m.text.length, 0) / messages.length;
}
