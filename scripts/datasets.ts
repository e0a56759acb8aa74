// The labelled corpora: data/corpora (public, vendored) and data/labelled (our own), as one list.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { hamming, simhashTemplate, templateOf, type Hash64 } from '../src/core/lines/index.js';

export type Dataset = 'en_sms_spam_collection' | 'en_smishing' | 'ja_public' | 'ja_extra' | 'ja_dev';

export interface LabelledMessage {
  readonly text: string;
  readonly from?: string;
  readonly label: 0 | 1;
  readonly dataset: Dataset;
  /** Original class name in its file (ham, spam, smishing, legit). */
  readonly className: string;
  /** For ja_dev rows, the batch file pair they came from (e.g. `batch-6`), for leave-one-batch-out. */
  readonly batch?: string;
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
/**
 * Former blind batches, retired once their figures had steered a change: training and tuning
 * data like ja_extra from then on, judged by cross-validation with their misses printed.
 */
export const DEV_DATA = join(OWN_DATA, 'dev');

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
  if (existsSync(DEV_DATA)) {
    for (const name of readdirSync(DEV_DATA).filter((n) => n.endsWith('.csv')).sort()) {
      const batch = name.replace(/\.csv$/, '').replace(/-(smishing|legit)$/, '');
      for (const r of csv(join(DEV_DATA, name))) {
        const key = textKey(r.text ?? '');
        if (!r.text || seen.has(key)) continue;
        seen.add(key);
        out.push({ text: r.text, from: r.sender || undefined, label: r.label === 'legit' ? 0 : 1, dataset: 'ja_dev', className: r.label ?? '', batch });
      }
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

/**
 * Near-duplicate groups: texts whose templates (links and digits masked) are equal or whose
 * SimHash fingerprints differ in at most `maxBits` bits share a group, so cross-validation never
 * judges a row by a model trained on its near-copy. Returns a group id per item.
 */
export function nearDuplicateGroups(texts: readonly string[], maxBits = 3): number[] {
  const parent = texts.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const union = (a: number, b: number): void => {
    const ra = find(a), rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const byTemplate = new Map<string, number>();
  const reps: { i: number; h: Hash64 }[] = [];
  texts.forEach((t, i) => {
    const tpl = templateOf(t).replace(/[^\p{L}\p{N}<>]+/gu, '');
    const first = byTemplate.get(tpl);
    if (first !== undefined) return union(first, i);
    byTemplate.set(tpl, i);
    reps.push({ i, h: simhashTemplate(tpl) });
  });
  for (let a = 0; a < reps.length; a++) {
    for (let b = a + 1; b < reps.length; b++) if (hamming(reps[a]!.h, reps[b]!.h) <= maxBits) union(reps[a]!.i, reps[b]!.i);
  }
  return texts.map((_, i) => find(i));
}

/** Stratified k-fold assignment over groups (all of a group in one fold), fixed seed: fold index per item. */
export function assignGroupFolds(items: readonly { label: 0 | 1 }[], groups: readonly number[], k: number, random: () => number): number[] {
  // A group takes the label of its first item; groups are dealt round-robin after a shuffle.
  const firstOf = new Map<number, number>();
  groups.forEach((g, i) => { if (!firstOf.has(g)) firstOf.set(g, i); });
  const reps = [...firstOf.entries()].map(([g, i]) => ({ g, label: items[i]!.label }));
  const repFolds = assignFolds(reps, k, random);
  const foldOf = new Map(reps.map((r, j) => [r.g, repFolds[j]!]));
  return groups.map((g) => foldOf.get(g)!);
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

/** A verdict's reasons as printed beside a row: CODE+weight, strongest first as the engine sorts them. */
export function reasonCodes(reasons: readonly { code: string; weight: number }[]): string[] {
  return reasons.map((r) => `${r.code}${r.weight >= 0 ? '+' : ''}${Math.round(r.weight)}`);
}
