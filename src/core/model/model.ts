// The linear model: bias + weights of hashed n-grams + weights of named features.
import type { CheckContext } from '../check.js';
import type { Parsed } from '../scores.js';
import { FNV_OFFSET, FNV_PRIME, maskInto, namedFeatures, type FeatureSpec } from './features.js';

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

/** The text of an n-gram in the code buffer (spreading a subarray would allocate an iterator). */
function gramText(buf: Uint16Array, start: number, n: number): string {
  let out = '';
  for (let i = start; i < start + n; i++) out += String.fromCharCode(buf[i] as number);
  return out;
}

/** An n-gram as an analyst reads it: the link mask spelt out, edge spaces dropped. */
function readable(feature: string): string {
  const shown = feature.includes('ǔ') ? feature.replace(/ǔ/g, '<URL>') : feature;
  return shown.trim() || shown;
}

/** How many n-gram occurrences a string of this length has. */
export function ngramCount(len: number, spec: FeatureSpec): number {
  let c = 0;
  for (let n = spec.minN; n <= spec.maxN; n++) c += Math.max(0, len - n + 1);
  return c;
}

/** Compiles the model once (dense weight table); scoring then allocates almost nothing. */
/** Scores a context; `topK` (at most 3) n-grams and named facts explain the result. */
export function createModelScorer(model: LinearModel, topK = 3): (ctx: CheckContext) => ModelScore {
  // Weights quantised to 16 bits: half the cache footprint of Float32 (the table is read
  // at random, one lookup per n-gram), at an error far below the saved 4-decimal rounding.
  let maxAbs = 0;
  for (const [, w] of model.ngrams) maxAbs = Math.max(maxAbs, Math.abs(w));
  const unit = maxAbs > 0 ? maxAbs / 32767 : 1;
  const table = new Int16Array(1 << model.features.bits);
  for (const [bucket, w] of model.ngrams) table[bucket] = Math.round(w / unit);
  const named = new Map(Object.entries(model.named));
  const spec = model.features;
  const mask = (1 << spec.bits) - 1;
  const { minN, maxN } = spec;
  // Imported constants copied into locals: under a loader that turns imports into
  // getters (tsx), reading them per n-gram cost more than the hashing itself.
  const offset = FNV_OFFSET;
  const prime = FNV_PRIME;
  // Every n-gram's contribution, kept by occurrence; the explanation picks the top
  // few afterwards in one linear scan (cheaper than ranking inside the hot loop).
  let contrib = new Float64Array(1024);
  let where = new Int32Array(1024);
  let buf = new Uint16Array(512);

  return (ctx) => {
    if (buf.length < ctx.norm.lower.length + 2) buf = new Uint16Array(ctx.norm.lower.length + 2);
    const len = maskInto(ctx, buf);
    if (contrib.length < len * maxN) {
      contrib = new Float64Array(len * maxN);
      where = new Int32Array(len * maxN);
    }
    let z = model.bias;
    let k = 0;
    let visited = 0;
    // Locals, not the closure's reassignable bindings, inside the hot loop.
    const codes = buf;
    const cs = contrib;
    const at = where;
    const weights = table;
    // The n-gram loop of forEachNgram, inlined: this is the engine's hottest loop.
    for (let i = 0; i < len; i++) {
      let h = offset;
      const top = Math.min(maxN, len - i);
      for (let n = 1; n <= top; n++) {
        const c = codes[i + n - 1] as number;
        h = Math.imul(h ^ c, prime);
        if (n < minN || (n === 1 && c < 0x80)) continue;
        visited++;
        const w = weights[(h ^ Math.imul(n, 0x9e3779b1)) & mask] as number;
        if (w === 0) continue;
        z += w;
        if (n === 1) continue;
        cs[k] = w;
        at[k++] = i * 16 + n;
      }
    }
    // Weights were summed in table units; one multiply scales them all (by the same
    // 1/√count the trainer used).
    const scale = visited > 0 ? unit / Math.sqrt(visited) : 0;
    z = model.bias + (z - model.bias) * scale;
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
    const top: Contribution[] = [];
    // The three strongest n-grams in the direction of the result, in one scan.
    let v0 = 0, v1 = 0, v2 = 0, j0 = -1, j1 = -1, j2 = -1;
    for (let j = 0; j < k; j++) {
      const v = (cs[j] as number) * sign;
      if (v <= v2) continue;
      if (v > v0) {
        v2 = v1; j2 = j1; v1 = v0; j1 = j0; v0 = v; j0 = j;
      } else if (v > v1) {
        v2 = v1; j2 = j1; v1 = v; j1 = j;
      } else {
        v2 = v; j2 = j;
      }
    }
    for (const j of [j0, j1, j2].slice(0, topK)) {
      if (j < 0) break;
      const packed = at[j] as number;
      const start = packed >> 4;
      top.push({ feature: gramText(codes, start, packed & 15), contribution: (cs[j] as number) * scale });
    }
    for (const h of namedHits) if (h.contribution * sign > 0) top.push(h);
    if (top.length > 1) top.sort((a, b) => (b.contribution - a.contribution) * sign);
    return {
      probability,
      top: top.slice(0, topK).map((t) => ({ feature: readable(t.feature), contribution: Math.round(t.contribution * 1000) / 1000 })),
    };
  };
}
