// npm run train: trains the model on every labelled row and writes data/model.json.
// Deterministic: the same data gives the same file.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEngine } from '../src/core/engine.js';
import { trainModel, type TrainExample } from '../src/core/model/index.js';
import { loadEngineData } from '../src/engine/index.js';
import { loadDatasets, textKey } from './datasets.js';

export const SEED = 20261124;

/** Turns labelled messages into training examples, with the rules' facts but no model. */
export function examplesFor(messages: readonly { text: string; from?: string; label: 0 | 1 }[]): TrainExample[] {
  const data = loadEngineData(undefined, { withoutModel: true });
  if (!data.ok) throw new Error(data.error);
  const rules = createEngine({ ...data.value, model: null });
  return messages.map((m) => ({ ctx: rules.context({ text: m.text, from: m.from }), label: m.label }));
}

/** One copy of each text: the two English corpora share many rows. */
export function dedupe<T extends { text: string }>(messages: readonly T[]): T[] {
  const seen = new Set<string>();
  return messages.filter((m) => {
    const k = textKey(m.text);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const all = dedupe(loadDatasets());
  const counts: Record<string, number> = {};
  for (const m of all) counts[m.dataset] = (counts[m.dataset] ?? 0) + 1;
  const started = process.hrtime.bigint();
  const model = trainModel(examplesFor(all), { seed: SEED, trainedOn: { datasets: Object.entries(counts).map(([k, v]) => `${k}:${v}`).join(' ') } });
  const out = join(import.meta.dirname, '..', 'data', 'model.json');
  writeFileSync(out, JSON.stringify(model) + '\n');
  const secs = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(`trained on ${all.length} messages (${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ')}) in ${secs.toFixed(1)} s`);
  console.log(`wrote ${out}: ${model.ngrams.length} n-gram weights, ${Object.keys(model.named).length} named features`);
}
