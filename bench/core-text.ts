// Micro-benchmark of the text layer: ns per call (median and p99) for normalisation,
// extraction and sender classification on the public corpora.
// Run: node --import tsx bench/core-text.ts
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseShorteners, createExtractor } from '../src/core/extract/index.js';
import { normalizeText } from '../src/core/normalize/index.js';
import { classifySender } from '../src/core/sender/index.js';
import type { NormalizedText } from '../src/core/types.js';
import { benchMessages } from './messages.js';

const shorteners = parseShorteners(JSON.parse(readFileSync(join(import.meta.dirname, '..', 'data', 'shorteners.json'), 'utf8')));
if (!shorteners.ok) throw new Error(shorteners.error);
const extract = createExtractor({ shorteners: shorteners.value });

const messages = benchMessages();
const texts = messages.map((m) => m.text);
const senders = ['090-1234-5678', '+81 90 1234 5678', '０９０１２３４５６７８', '7726', '0005-01-1234', '0120-123-456', '+1 202 555 0100', 'SMBC', 'Amazon', '050-1234-5678'];
for (const m of messages) if (m.from) senders.push(m.from);
const norms: NormalizedText[] = texts.map(normalizeText);

// Each call is timed in a batch of `rep` so the timer's own cost is amortised.
function measure<T>(name: string, inputs: readonly T[], fn: (x: T) => unknown): void {
  const rep = 20;
  let sink = 0;
  for (let w = 0; w < 3; w++) for (const x of inputs) sink += fn(x) ? 1 : 0;
  const per = new Float64Array(inputs.length);
  for (let i = 0; i < inputs.length; i++) {
    const x = inputs[i] as T;
    const t0 = process.hrtime.bigint();
    for (let r = 0; r < rep; r++) sink += fn(x) ? 1 : 0;
    per[i] = Number(process.hrtime.bigint() - t0) / rep;
  }
  per.sort();
  const at = (p: number) => per[Math.min(per.length - 1, Math.floor(p * per.length))] as number;
  const mean = per.reduce((a, b) => a + b, 0) / per.length;
  console.log(`${name.padEnd(22)} n=${String(inputs.length).padStart(5)}  median ${at(0.5).toFixed(0).padStart(6)} ns  p99 ${at(0.99).toFixed(0).padStart(6)} ns  mean ${mean.toFixed(0).padStart(6)} ns${sink < 0 ? '!' : ''}`);
}

const typical = texts.filter((t) => t.length >= 50 && t.length <= 90);
const typicalNorms = typical.map(normalizeText);
console.log(`corpus: ${texts.length} messages, ${typical.length} of 50–90 characters ("typical")`);
measure('normalizeText (all)', texts, normalizeText);
measure('normalizeText (typ.)', typical, normalizeText);
measure('extract (all)', norms, extract);
measure('extract (typ.)', typicalNorms, extract);
measure('classifySender', senders, classifySender);
const mem = process.memoryUsage();
console.log(`heap used ${(mem.heapUsed / 1048576).toFixed(1)} MiB, rss ${(mem.rss / 1048576).toFixed(1)} MiB`);
