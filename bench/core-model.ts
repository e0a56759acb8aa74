// Micro-benchmark of the model: ns per call (median and p99) for the scorer and the
// MODEL check on contexts built once from the public corpora, so only the model is timed.
// Run: node --import tsx bench/core-model.ts
import { createEngine } from '../src/core/engine.js';
import { createModelCheck, createModelScorer } from '../src/core/model/index.js';
import type { CheckContext } from '../src/core/check.js';
import { loadEngineData } from '../src/engine/index.js';
import { benchMessages } from './messages.js';
import { measure } from './measure.js';

const data = loadEngineData();
if (!data.ok) throw new Error(data.error);
const model = data.value.model;
if (!model) throw new Error('data/model.json is missing: run npm run train');
const rules = createEngine({ ...data.value, model: null });
const score = createModelScorer(model);
const check = createModelCheck(model, data.value.scores.weights);

const all: CheckContext[] = benchMessages().map((m) => rules.context(m));
const typical = all.filter((c) => c.norm.text.length >= 60 && c.norm.text.length <= 80);


console.log(`model: 2^${model.features.bits} buckets, n-grams ${model.features.minN}–${model.features.maxN}, ${model.ngrams.length} weights, ${Object.keys(model.named).length} named features`);
console.log(`corpus: ${all.length} messages, ${typical.length} of 60–80 characters ("typical")`);
measure('scorer (all)', all, score);
measure('scorer (typ.)', typical, score);
measure('MODEL check (all)', all, check);
measure('MODEL check (typ.)', typical, check);
const mem = process.memoryUsage();
console.log(`heap used ${(mem.heapUsed / 1048576).toFixed(1)} MiB, rss ${(mem.rss / 1048576).toFixed(1)} MiB`);
