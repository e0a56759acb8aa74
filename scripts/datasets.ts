// The labelled corpora: data/corpora (public, vendored) and data/labelled (our own), as one list.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

export type Dataset = 'en_sms_spam_collection' | 'en_smishing' | 'ja_public' | 'ja_extra';

export interface LabelledMessage {
  readonly text: string;
  readonly from?: string;
  readonly label: 0 | 1;
  readonly dataset: Dataset;
  /** Original class name in its file (ham, spam, smishing, legit). */
  readonly className: string;
}

const root = join(import.meta.dirname, '..');
/** The public corpora, vendored with their sources and licences (data/corpora/SOURCES.md). */
export const PUBLIC_DATA = join(root, 'data', 'corpora');
export const OWN_DATA = join(root, 'data', 'labelled');
/**
 * Our blind sets: written from public warnings and senders' published formats, committed
 * before the engine changes they measure, never trained or tuned on. `loadDatasets` leaves
 * them out; only `loadBlindSets` reads them, and eval prints their figures alone, never rows.
 */
export const BLIND_DATA = join(OWN_DATA, 'blind');

function csv(file: string): Record<string, string>[] {
  return parse(readFileSync(file, 'utf8'), { columns: true, relax_quotes: true, skip_empty_lines: true }) as Record<string, string>[];
}

/** Folds what makes two copies of one text differ (line ends, spacing, case) for de-duplication. */
export function textKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

export function loadDatasets(): LabelledMessage[] {
  const out: LabelledMessage[] = [];
  for (const line of readFileSync(join(PUBLIC_DATA, 'en_sms_spam_collection.tsv'), 'utf8').split('\n')) {
    const tab = line.indexOf('\t');
    if (tab <= 0) continue;
    const cls = line.slice(0, tab).trim();
    out.push({ text: line.slice(tab + 1).replace(/\r$/, ''), label: cls === 'spam' ? 1 : 0, dataset: 'en_sms_spam_collection', className: cls });
  }
  for (const r of csv(join(PUBLIC_DATA, 'en_smishing.csv'))) {
    const cls = (r.LABEL ?? '').toLowerCase();
    if (!r.TEXT) continue;
    out.push({ text: r.TEXT, label: cls === 'ham' ? 0 : 1, dataset: 'en_smishing', className: cls });
  }
  // ja_smishing repeats 19 texts of ja_real: keep the first copy (ja_real has senders).
  const seen = new Set<string>();
  for (const file of ['ja_real.csv', 'ja_smishing.csv', 'ja_legit.csv']) {
    for (const r of csv(join(PUBLIC_DATA, file))) {
      const key = textKey(r.text ?? '');
      if (!r.text || seen.has(key)) continue;
      seen.add(key);
      out.push({ text: r.text, from: r.sender || undefined, label: r.label === 'legit' ? 0 : 1, dataset: 'ja_public', className: r.label ?? '' });
    }
  }
  const own = join(OWN_DATA, 'ja_extra.csv');
  if (existsSync(own)) {
    for (const r of csv(own)) {
      const key = textKey(r.text ?? '');
      if (!r.text || seen.has(key)) continue;
      seen.add(key);
      out.push({ text: r.text, from: r.sender || undefined, label: r.label === 'legit' ? 0 : 1, dataset: 'ja_extra', className: r.label ?? '' });
    }
  }
  return out;
}

export interface BlindMessage extends LabelledMessage {
  /** The file (batch) the row came from, e.g. `batch-1`. */
  readonly batch: string;
}

/** Every row of data/labelled/blind/*.csv (columns text,label,brand,sender,source). */
export function loadBlindSets(): BlindMessage[] {
  if (!existsSync(BLIND_DATA)) return [];
  const out: BlindMessage[] = [];
  for (const name of readdirSync(BLIND_DATA).filter((n) => n.endsWith('.csv')).sort()) {
    const batch = name.replace(/\.csv$/, '').replace(/-(smishing|legit)$/, '');
    for (const r of csv(join(BLIND_DATA, name))) {
      if (!r.text) continue;
      if (r.label !== 'legit' && r.label !== 'smishing') throw new Error(`${name}: label must be smishing or legit, got ${JSON.stringify(r.label)}`);
      out.push({ text: r.text, from: r.sender || undefined, label: r.label === 'legit' ? 0 : 1, dataset: 'ja_extra', className: r.label, batch });
    }
  }
  return out;
}

/** Stratified k-fold assignment with a fixed seed: fold index per message. */
export function assignFolds(items: readonly { label: 0 | 1 }[], k: number, random: () => number): number[] {
  const folds = new Array<number>(items.length);
  for (const label of [0, 1] as const) {
    const idx = items.map((m, i) => (m.label === label ? i : -1)).filter((i) => i >= 0);
    for (let i = idx.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [idx[i], idx[j]] = [idx[j] as number, idx[i] as number];
    }
    idx.forEach((itemIndex, n) => (folds[itemIndex] = n % k));
  }
  return folds;
}
