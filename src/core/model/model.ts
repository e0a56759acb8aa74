// The linear model: bias + weights of hashed n-grams + weights of named features.
import type { CheckContext } from '../check.js';
import type { Parsed } from '../scores.js';
import { forEachNgram, maskedText, namedFeatures, type FeatureSpec } from './features.js';

export const MODEL_VERSION = 1;

export interface LinearModel {
  readonly version: number;
  readonly features: FeatureSpec;
  readonly bias: number;
  /** Sparse n-gram weights: bucket → weight. */
  readonly ngrams: readonly (readonly [number, number])[];
  readonly named: Readonly<Record<string, number>>;
  /** What it was trained on (datasets, rows, seed), for the record. */
  readonly trainedOn: Readonly<Record<string, string | number>>;
}

export function parseModel(json: unknown): Parsed<LinearModel> {
  const m = (json ?? {}) as Record<string, unknown>;
  if (m.version !== MODEL_VERSION) return { ok: false, error: `model version must be ${MODEL_VERSION}` };
  const f = (m.features ?? {}) as Record<string, unknown>;
  if (typeof f.bits !== 'number' || f.bits < 8 || f.bits > 24 || typeof f.minN !== 'number' || typeof f.maxN !== 'number' || f.minN < 1 || f.maxN < f.minN || f.maxN > 8) {
    return { ok: false, error: 'features must be { bits 8..24, minN >= 1, maxN in minN..8 }' };
  }
  if (typeof m.bias !== 'number' || !Number.isFinite(m.bias)) return { ok: false, error: 'bias must be a number' };
  const size = 1 << f.bits;
  if (!Array.isArray(m.ngrams) || !m.ngrams.every((p) => Array.isArray(p) && p.length === 2 && Number.isInteger(p[0]) && p[0] >= 0 && p[0] < size && Number.isFinite(p[1]))) {
    return { ok: false, error: 'ngrams must be [bucket, weight] pairs within the hash space' };
  }
  if (typeof m.named !== 'object' || m.named === null || !Object.values(m.named).every((w) => Number.isFinite(w))) return { ok: false, error: 'named must map feature names to numbers' };
  return {
    ok: true,
    value: {
      version: MODEL_VERSION, features: { bits: f.bits, minN: f.minN, maxN: f.maxN }, bias: m.bias,
      ngrams: m.ngrams as [number, number][], named: m.named as Record<string, number>,
      trainedOn: (m.trainedOn ?? {}) as Record<string, string | number>,
    },
  };
}

export interface Contribution {
  /** The n-gram as it stood in the masked text, or the named feature. */
  readonly feature: string;
  readonly contribution: number;
}

export interface ModelScore {
  readonly probability: number;
  /** The strongest contributions toward the verdict, for the explanation. */
  readonly top: readonly Contribution[];
}

export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** How many n-gram occurrences a string of this length has. */
export function ngramCount(len: number, spec: FeatureSpec): number {
  let c = 0;
  for (let n = spec.minN; n <= spec.maxN; n++) c += Math.max(0, len - n + 1);
  return c;
}

/** The top K contributions in one direction, kept in small parallel arrays (no allocation per n-gram). */
class TopK {
  readonly value: number[];
  readonly start: number[];
  readonly n: number[];
  constructor(readonly k: number) {
    this.value = new Array<number>(k).fill(0);
    this.start = new Array<number>(k).fill(-1);
    this.n = new Array<number>(k).fill(0);
  }
  reset(): void {
    this.value.fill(0);
    this.start.fill(-1);
  }
  offer(v: number, start: number, n: number): void {
    if (v <= (this.value[this.k - 1] as number)) return;
    let i = this.k - 1;
    while (i > 0 && v > (this.value[i - 1] as number)) {
      this.value[i] = this.value[i - 1] as number;
      this.start[i] = this.start[i - 1] as number;
      this.n[i] = this.n[i - 1] as number;
      i--;
    }
    this.value[i] = v;
    this.start[i] = start;
    this.n[i] = n;
  }
}

/** Compiles the model once (dense weight table); scoring then allocates almost nothing. */
export function createModelScorer(model: LinearModel, topK = 3): (ctx: CheckContext) => ModelScore {
  const table = new Float32Array(1 << model.features.bits);
  for (const [bucket, w] of model.ngrams) table[bucket] = w;
  const named = new Map(Object.entries(model.named));
  const spec = model.features;
  const pos = new TopK(topK);
  const neg = new TopK(topK);

  return (ctx) => {
    const s = maskedText(ctx);
    const occurrences = ngramCount(s.length, spec);
    const scale = occurrences > 0 ? 1 / Math.sqrt(occurrences) : 0;
    let z = model.bias;
    pos.reset();
    neg.reset();
    forEachNgram(s, spec, (bucket, start, n) => {
      const w = table[bucket] as number;
      if (w === 0) return;
      const c = w * scale;
      z += c;
      if (n < 2) return;
      if (c > 0) pos.offer(c, start, n);
      else neg.offer(-c, start, n);
    });
    const names = namedFeatures(ctx);
    const namedHits: Contribution[] = [];
    for (const name of names) {
      const w = named.get(name);
      if (w === undefined || w === 0) continue;
      z += w;
      namedHits.push({ feature: name, contribution: w });
    }
    const probability = sigmoid(z);
    const sign = probability >= 0.5 ? 1 : -1;
    const side = sign > 0 ? pos : neg;
    const top: Contribution[] = [];
    for (let i = 0; i < topK; i++) {
      if ((side.start[i] as number) < 0) break;
      top.push({ feature: s.slice(side.start[i], (side.start[i] as number) + (side.n[i] as number)), contribution: sign * (side.value[i] as number) });
    }
    for (const h of namedHits) if (h.contribution * sign > 0) top.push(h);
    top.sort((a, b) => (b.contribution - a.contribution) * sign);
    return {
      probability,
      top: top.slice(0, topK).map((t) => ({ feature: t.feature.replace(/ǔ/g, '<URL>').trim() || t.feature, contribution: Math.round(t.contribution * 1000) / 1000 })),
    };
  };
}
