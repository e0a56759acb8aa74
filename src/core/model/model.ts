// The linear model: bias + weights of hashed n-grams + weights of named features.
import type { CheckContext } from '../check.js';
import type { Parsed } from '../scores.js';
import { askFeature, askWay, FNV_OFFSET, FNV_PRIME, hasJapanese, maskInto, SCRIPT_JA, sharedCost, type FeatureSpec } from './features.js';

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
      version: MODEL_VERSION, features: { bits: f.bits, minN: f.minN, maxN: f.maxN, ...(f.digitRuns === true ? { digitRuns: true } : {}) }, bias: m.bias,
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
  if (n === 2) return String.fromCharCode(buf[start] as number, buf[start + 1] as number);
  if (n === 3) return String.fromCharCode(buf[start] as number, buf[start + 1] as number, buf[start + 2] as number);
  if (n === 4) return String.fromCharCode(buf[start] as number, buf[start + 1] as number, buf[start + 2] as number, buf[start + 3] as number);
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

/** Compiles the model once (dense weight table); scoring then allocates almost nothing. Scores a context; `topK` (at most 3) n-grams and named facts explain the result. */
export function createModelScorer(model: LinearModel, topK = 3): (ctx: CheckContext) => ModelScore {
  // Weights quantised to 16 bits: half the cache footprint of Float32 (the table is read
  // at random, one lookup per n-gram), at an error far below the saved 4-decimal rounding.
  let maxAbs = 0;
  for (const [, w] of model.ngrams) maxAbs = Math.max(maxAbs, Math.abs(w));
  const unit = maxAbs > 0 ? maxAbs / 32767 : 1;
  const table = new Int16Array(1 << model.features.bits);
  for (const [bucket, w] of model.ngrams) table[bucket] = Math.round(w / unit);
  const namedFacts = createNamedFacts(model.named);
  const spec = model.features;
  const mask = (1 << spec.bits) - 1;
  const digitRuns = spec.digitRuns === true;
  const { minN, maxN } = spec;
  // The shipped spec (1–4) gets an unrolled loop; any other spec the general one.
  const unrolled = minN === 1 && maxN === 4;
  // Imported constants copied into locals: under a loader that turns imports into
  // getters (tsx), reading them per n-gram cost more than the hashing itself.
  const offset = FNV_OFFSET;
  const prime = FNV_PRIME;
  // The three strongest n-grams each way (in table units, by magnitude: [0..2] for,
  // [3..5] against) and their places, kept as the loop goes: a compare per n-gram, as
  // a linear scan afterwards would cost, without storing every n-gram to scan.
  const best = new Int32Array(6);
  const bestAt = new Int32Array(6);
  let buf = new Uint16Array(512);
  // The 2-, 3- and 4-gram weights of each position of the unrolled loop, read in one pass and
  // ranked in a second (see there).
  let read = new Int16Array(3 * 512);
  const namedHits: Contribution[] = [];

  /** A score whose `top` is worked out when first read. */
  class Explained implements ModelScore {
    #top: readonly Contribution[] | null = null;
    constructor(
      readonly probability: number,
      private readonly ctx: CheckContext,
      private readonly sign: number,
      private readonly scale: number,
      private readonly k: number,
      private readonly at0: number,
      private readonly at1: number,
      private readonly at2: number,
      private readonly w0: number,
      private readonly w1: number,
      private readonly w2: number,
      private readonly pushed: readonly Contribution[] | null,
    ) {}

    get top(): readonly Contribution[] {
      return (this.#top ??= this.explain());
    }

    private explain(): readonly Contribution[] {
      const { sign, scale } = this;
      // The scorer's buffer holds the next message by now: the text is masked again.
      const codes = new Uint16Array(this.ctx.norm.lower.length + 2);
      maskInto(this.ctx, codes, digitRuns);
      const top: Contribution[] = [];
      // The strongest n-grams in the direction of the result.
      const places = [this.at0, this.at1, this.at2];
      const values = [this.w0, this.w1, this.w2];
      for (let r = 0; r < this.k && r < 3; r++) {
        const packed = places[r] as number;
        if (packed < 0) break;
        top.push({ feature: gramText(codes, packed >> 4, packed & 15), contribution: sign * (values[r] as number) * scale });
      }
      if (this.pushed !== null) for (const h of this.pushed) top.push(h);
      // Strongest first; a stable insertion sort (a handful of items; sort's comparator call costs more).
      for (let r = 1; r < top.length; r++) {
        const t = top[r] as Contribution;
        let q = r;
        for (; q > 0 && ((top[q - 1] as Contribution).contribution - t.contribution) * sign < 0; q--) top[q] = top[q - 1] as Contribution;
        top[q] = t;
      }
      const shown: Contribution[] = [];
      for (let r = 0; r < top.length && r < this.k; r++) {
        const t = top[r] as Contribution;
        shown.push({ feature: readable(t.feature), contribution: Math.round(t.contribution * 1000) / 1000 });
      }
      return shown;
    }
  }

  return (ctx) => {
    if (buf.length < ctx.norm.lower.length + 2) {
      buf = new Uint16Array(ctx.norm.lower.length + 2);
      read = new Int16Array(3 * buf.length);
    }
    const len = maskInto(ctx, buf, digitRuns);
    // Integer sum of table units: exact, so the order of the additions does not matter.
    let sum = 0;
    let visited = 0;
    // Locals, not the closure's reassignable bindings, inside the hot loop.
    const codes = buf;
    const weights = table;
    const b = best;
    const ba = bestAt;
    b.fill(0);
    ba.fill(-1);
    // The weakest of the three kept each way: only a stronger n-gram is offered.
    let up = 0;
    let down = 0;
    let i = 0;
    if (unrolled) {
      // The n-gram loop of forEachNgram for n = 1..4, unrolled: every position but the
      // last three has all four n-grams, each hash extending the one before it, and the
      // four table reads are independent (measured: half the time of the general loop).
      // The weights are only read and summed here and ranked in a second pass over what was
      // read: the table is too big to stay in the cache, and a mispredicted branch of the
      // ranking (frequent early in a message, when any weight is among the three strongest
      // so far) threw away the table reads in flight behind it.
      const s1 = SALT1, s2 = SALT2, s3 = SALT3, s4 = SALT4;
      const full = len - 3;
      const ws = read;
      for (; i < full; i++) {
        const c0 = codes[i] as number;
        const h1 = Math.imul(offset ^ c0, prime);
        // A lone Latin letter says nothing; a lone kanji or kana often does.
        if (c0 >= 0x80) {
          visited++;
          sum += weights[(h1 ^ s1) & mask] as number;
        }
        const h2 = Math.imul(h1 ^ (codes[i + 1] as number), prime);
        const w2 = weights[(h2 ^ s2) & mask] as number;
        const h3 = Math.imul(h2 ^ (codes[i + 2] as number), prime);
        const w3 = weights[(h3 ^ s3) & mask] as number;
        const h4 = Math.imul(h3 ^ (codes[i + 3] as number), prime);
        const w4 = weights[(h4 ^ s4) & mask] as number;
        sum += w2 + w3 + w4;
        ws[3 * i] = w2;
        ws[3 * i + 1] = w3;
        ws[3 * i + 2] = w4;
      }
      // The same offers in the same order as one loop would make them (ties keep the earlier).
      for (let q = 0; q < full; q++) {
        const place = q * 16;
        const w2 = ws[3 * q] as number;
        const w3 = ws[3 * q + 1] as number;
        const w4 = ws[3 * q + 2] as number;
        if (w2 > up) up = offer(b, ba, 0, w2, place + 2);
        else if (-w2 > down) down = offer(b, ba, 3, -w2, place + 2);
        if (w3 > up) up = offer(b, ba, 0, w3, place + 3);
        else if (-w3 > down) down = offer(b, ba, 3, -w3, place + 3);
        if (w4 > up) up = offer(b, ba, 0, w4, place + 4);
        else if (-w4 > down) down = offer(b, ba, 3, -w4, place + 4);
      }
      if (full > 0) visited += 3 * full;
    }
    // The n-gram loop of forEachNgram, inlined (for the unrolled spec: its last positions).
    for (; i < len; i++) {
      let h = offset;
      const top = Math.min(maxN, len - i);
      for (let n = 1; n <= top; n++) {
        const c = codes[i + n - 1] as number;
        h = Math.imul(h ^ c, prime);
        if (n < minN || (n === 1 && c < 0x80)) continue;
        visited++;
        const w = weights[(h ^ Math.imul(n, 0x9e3779b1)) & mask] as number;
        sum += w;
        if (n === 1) continue;
        if (w > up) up = offer(b, ba, 0, w, i * 16 + n);
        else if (-w > down) down = offer(b, ba, 3, -w, i * 16 + n);
      }
    }
    // Weights were summed in table units; one multiply scales them all (by the same
    // 1/√count the trainer used).
    const scale = visited > 0 ? unit / Math.sqrt(visited) : 0;
    let z = model.bias + sum * scale;
    const named = namedFacts(ctx, namedHits);
    for (let k = 0; k < named; k++) z += (namedHits[k] as Contribution).contribution;
    const probability = sigmoid(z);
    const sign = probability >= 0.5 ? 1 : -1;
    // The explanation is read only when the MODEL reason's words are (reason.ts): what it needs
    // is kept, the n-grams' places and weights and the named facts that pushed the way of the
    // result (shared entries, never changed), and its text is built on first read.
    const base = sign > 0 ? 0 : 3;
    let pushed: Contribution[] | null = null;
    for (let k = 0; k < named; k++) {
      const h = namedHits[k] as Contribution;
      if (h.contribution * sign > 0) (pushed ??= []).push(h);
    }
    return new Explained(probability, ctx, sign, scale, topK, ba[base] as number, ba[base + 1] as number, ba[base + 2] as number, b[base] as number, b[base + 1] as number, b[base + 2] as number, pushed);
  };

}

/**
 * Keeps `v` (> best[base + 2]) among the three strongest at best[base..base + 2], strongest
 * first; a tie keeps the earlier n-gram ahead. Returns the new weakest of the three.
 */
function offer(best: Int32Array, at: Int32Array, base: number, v: number, place: number): number {
  if (v > (best[base] as number)) {
    best[base + 2] = best[base + 1] as number;
    at[base + 2] = at[base + 1] as number;
    best[base + 1] = best[base] as number;
    at[base + 1] = at[base] as number;
    best[base] = v;
    at[base] = place;
  } else if (v > (best[base + 1] as number)) {
    best[base + 2] = best[base + 1] as number;
    at[base + 2] = at[base + 1] as number;
    best[base + 1] = v;
    at[base + 1] = place;
  } else {
    best[base + 2] = v;
    at[base + 2] = place;
  }
  return best[base + 2] as number;
}

const SALT1 = Math.imul(1, 0x9e3779b1);
const SALT2 = Math.imul(2, 0x9e3779b1);
const SALT3 = Math.imul(3, 0x9e3779b1);
const SALT4 = Math.imul(4, 0x9e3779b1);

/**
 * The named features without building their names: the same facts, in the same order
 * and with the same de-duplication as namedFeatures (which the trainer reads), looked up
 * in tables keyed by values the context already holds. Writes those of non-zero weight
 * into `hits` from its start and returns how many (entries past that are stale); the
 * entries are shared and must not be changed.
 */
function createNamedFacts(named: Readonly<Record<string, number>>): (ctx: CheckContext, hits: Contribution[]) => number {
  const all = new Map(Object.entries(named));
  const entry = (feature: string): Contribution | null => {
    const contribution = all.get(feature);
    return contribution === undefined || contribution === 0 ? null : { feature, contribution };
  };
  const urlCount = [entry('url:none'), entry('url:one'), entry('url:many')];
  const shortener = entry('url:shortener');
  const ip = entry('url:ip');
  const noScheme = entry('url:no-scheme');
  const redacted = entry('url:redacted');
  const phone = entry('phone:present');
  const email = entry('email:present');
  const brand = entry('brand:claimed');
  const lengths = [entry('len:short'), entry('len:medium'), entry('len:long'), entry('len:very-long')];
  const scriptJa = entry(SCRIPT_JA);
  // Keyed by what the context holds (a suffix, a sender kind, a lure's kind and
  // category); entries of one name are one object, so identity de-duplicates.
  const tlds = new Map<string, Contribution | null>();
  const senders = new Map<string, Contribution | null>();
  const lures = new Map<string, Map<string, Contribution | null>>();
  // Keyed by the ask's kind, then its way ('own' or the channel type); implied asks (named with a '~') in a map of
  // their own, so that no key string is built per ask.
  const asks = new Map<string, Map<string, Contribution | null>>();
  const impliedAsks = new Map<string, Map<string, Contribution | null>>();
  const memo = (map: Map<string, Contribution | null>, key: string, name: () => string): Contribution | null => {
    let e = map.get(key);
    if (e === undefined) {
      // Keys come from data (suffixes, kinds, categories); the bound only keeps it safe.
      if (map.size >= 4096) map.clear();
      const n = name();
      let found: Contribution | null | undefined;
      for (const v of map.values()) if (v !== null && v.feature === n) found = v;
      e = found ?? entry(n);
      map.set(key, e);
    }
    return e;
  };
  // Reused arrays filled up to a count: `length = 0` would drop their storage, and every
  // message would grow it again (about 560 bytes a message, measured).
  const seen: Contribution[] = [];
  let seenCount = 0;
  let count = 0;
  const once = (e: Contribution | null, hits: Contribution[]): void => {
    if (e === null) return;
    for (let k = 0; k < seenCount; k++) if (seen[k] === e) return;
    seen[seenCount++] = e;
    hits[count++] = e;
  };
  const put = (e: Contribution | null | undefined, hits: Contribution[]): void => {
    if (e) hits[count++] = e;
  };
  return (ctx, hits) => {
    seenCount = 0;
    count = 0;
    const urls = ctx.indicators.urls;
    put(urlCount[urls.length === 0 ? 0 : urls.length === 1 ? 1 : 2], hits);
    for (const u of urls) {
      if (u.isShortener) once(shortener, hits);
      if (u.isIp) once(ip, hits);
      if (!u.hadScheme) once(noScheme, hits);
      if (u.redacted) once(redacted, hits);
      const suffix = u.suffix;
      if (suffix) {
        const known = tlds.get(suffix);
        once(known !== undefined ? known : memo(tlds, suffix, () => `tld:${suffix.split('.').pop()}`), hits);
      }
    }
    if (ctx.indicators.phones.length > 0) put(phone, hits);
    if (ctx.indicators.emails.length > 0) put(email, hits);
    const kind = ctx.sender?.kind ?? 'none';
    const knownSender = senders.get(kind);
    put(knownSender !== undefined ? knownSender : memo(senders, kind, () => `sender:${kind}`), hits);
    if (ctx.brands.length > 0) put(brand, hits);
    for (const l of ctx.lures) {
      let byCategory = lures.get(l.kind);
      if (byCategory === undefined) lures.set(l.kind, (byCategory = new Map()));
      // Looked up first: the closure that names a new entry is made only for a miss.
      const known = byCategory.get(l.category);
      once(known !== undefined ? known : memo(byCategory, l.category, () => `${l.kind}:${l.category}`), hits);
    }
    // Read only when the message asks money (features.ts sharedCost).
    let shared: boolean | undefined;
    for (const a of ctx.asks) {
      if (a.quoted) continue;
      const byKind = a.implied ? impliedAsks : asks;
      let byWay = byKind.get(a.kind);
      if (byWay === undefined) byKind.set(a.kind, (byWay = new Map()));
      const share = a.kind === 'money' && (shared ??= sharedCost(ctx));
      const way = askWay(a, share);
      const known = byWay.get(way);
      once(known !== undefined ? known : memo(byWay, way, () => askFeature(a, share)), hits);
    }
    const len = ctx.norm.text.length;
    put(lengths[len < 40 ? 0 : len < 100 ? 1 : len < 160 ? 2 : 3], hits);
    if (hasJapanese(ctx.norm.text)) put(scriptJa, hits);
    return count;
  };
}
