// Campaigns: near-duplicate short texts grouped as they arrive. Rspamd's fuzzy hashes fail on
// SMS-length bodies, so this is MinHash over character trigrams of the template (NFKC, lower
// case, links and digit runs masked: src/core/lines templateOf), with LSH banding to find
// candidates (21 bands of 3 rows) and the estimated Jaccard similarity to decide: a text joins
// the campaigns whose exemplars it resembles at `threshold` or more — several at once are one
// campaign from then on (the text bridges two wordings of one lure) — else it starts one.
// Rotating links and numbers vanish in the template; small wording changes keep most trigrams.
// Shared infrastructure joins too: a text that names a key a campaign already holds (a domain,
// a shortened link, a call-back number: infrastructure.ts) joins it whatever its wording, and
// bridges campaigns the same way. Keys are only what one operator controls (never a
// shortener's or a popular site's domain), so other lures of the same brand stay apart.
// Campaigns can be restored (from a store): their exemplars and keys are indexed again.
// Pure: no clock, no randomness (the permutations are fixed constants).
import { templateOf } from '../lines/simhash.js';

const K = 64;
const ROWS = 3;
const BANDS = Math.floor(K / ROWS);
/** Exemplars kept per campaign: a campaign whose wording drifts is still met by its later texts. */
const EXEMPLARS = 8;

// Fixed odd multipliers and offsets for K hash permutations (x·a + b mod 2^32, then mixed).
const A = new Uint32Array(K);
const B = new Uint32Array(K);
{
  let s = 0x9e3779b9;
  const next = (): number => { s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0; return s; };
  for (let i = 0; i < K; i++) { A[i] = (next() | 1) >>> 0; B[i] = next(); }
}

function fnv32(s: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * The MinHash signature of a template: K minimums over its trigrams of UTF-16 code units
 * (Japanese text is one unit a character; a rare astral character is two, which only
 * shifts its own trigrams).
 */
export function signatureOf(template: string): Uint32Array {
  const sig = new Uint32Array(K).fill(0xffffffff);
  const n = template.length;
  const shingles = n < 3 ? 1 : n - 2;
  for (let i = 0; i < shingles; i++) {
    const h = n < 3 ? fnv32(template, 0, n) : fnv32(template, i, i + 3);
    for (let k = 0; k < K; k++) {
      let x = (Math.imul(h, A[k] as number) + (B[k] as number)) >>> 0;
      x = Math.imul(x ^ (x >>> 16), 0x85ebca6b) >>> 0;
      x = (x ^ (x >>> 13)) >>> 0;
      if (x < (sig[k] as number)) sig[k] = x;
    }
  }
  return sig;
}

/** The share of equal minimums: an estimate of the two trigram sets' Jaccard similarity. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let eq = 0;
  for (let k = 0; k < K; k++) if (a[k] === b[k]) eq++;
  return eq / K;
}

export interface ClustererOptions {
  /**
   * Estimated Jaccard similarity of trigram sets at or above which a text joins a campaign
   * (default 0.35: wordings of one lure measured 0.22–0.56 at their 5th percentile, other lures
   * of the same brand at most 0.30; cluster.test.ts).
   */
  readonly threshold?: number;
}

export interface Clusterer {
  /**
   * The campaign the text belongs to now (ids from 0, in order of first appearance), with the
   * infrastructure keys it names (infrastructure.ts).
   */
  add(text: string, keys?: readonly string[]): number;
  /**
   * A campaign known before (a store's): its exemplar signatures, infrastructure keys and
   * templates are indexed; returns its id. Restore oldest first: a merge keeps the lower id.
   */
  restore(c: { readonly exemplars: readonly Uint32Array[]; readonly keys: readonly string[]; readonly templates?: readonly string[] }): number;
  /** The campaign's exemplar signatures (at most 16) and keys, as a store keeps them. */
  exemplarsOf(id: number): readonly Uint32Array[];
  keysOf(id: number): readonly string[];
  /** Merges since the last call, in order: `from` now belongs to `into` (the older). */
  takeMerges(): { from: number; into: number }[];
  /** The campaign an id given earlier belongs to now (campaigns merge when a text bridges them). */
  resolve(id: number): number;
  /** Campaigns so far (merged ones count once). */
  readonly size: number;
}

export function createClusterer(o: ClustererOptions = {}): Clusterer {
  const threshold = o.threshold ?? 0.35;
  const exact = new Map<string, number>();
  const buckets = new Map<number, number[]>();
  const owners = new Map<string, number>();
  const exemplars: Uint32Array[][] = [];
  const keysOf: string[][] = [];
  const parent: number[] = [];
  let merges: { from: number; into: number }[] = [];
  let merged = 0;
  const find = (id: number): number => {
    let r = id;
    while (parent[r] !== r) r = parent[r] as number;
    while (parent[id] !== r) { const next = parent[id] as number; parent[id] = r; id = next; }
    return r;
  };
  // A band's key: its rows hashed with the band's number (two bands meeting by chance only add a candidate to verify).
  const bandKey = (sig: Uint32Array, b: number): number => {
    let h = Math.imul(0x811c9dc5 ^ b, 0x01000193);
    for (let r = 0; r < ROWS; r++) h = Math.imul(h ^ (sig[b * ROWS + r] as number), 0x01000193);
    return h >>> 0;
  };
  const index = (sig: Uint32Array, id: number): void => {
    for (let b = 0; b < BANDS; b++) {
      const key = bandKey(sig, b);
      const list = buckets.get(key);
      if (!list) buckets.set(key, [id]);
      else if (!list.includes(id)) list.push(id);
    }
  };
  const own = (keys: readonly string[], id: number): void => {
    const mine = keysOf[id] as string[];
    for (const k of keys) if (!owners.has(k)) { owners.set(k, id); mine.push(k); }
  };
  const fresh = (): number => {
    const id = exemplars.length;
    exemplars.push([]);
    keysOf.push([]);
    parent.push(id);
    return id;
  };
  /** Joins every campaign in `joined` into the oldest; returns it. */
  const union = (joined: number[]): number => {
    const id = Math.min(...joined);
    for (const other of new Set(joined)) {
      if (other === id) continue;
      parent[other] = id;
      merged++;
      merges.push({ from: other, into: id });
      // The merged campaign keeps exemplars of both wordings, and both campaigns' keys.
      for (const e of exemplars[other] ?? []) if ((exemplars[id]?.length ?? EXEMPLARS) < 2 * EXEMPLARS) exemplars[id]?.push(e);
      exemplars[other] = [];
      keysOf[id]?.push(...(keysOf[other] ?? []));
      keysOf[other] = [];
    }
    return id;
  };
  return {
    add(text, keys = []) {
      const template = templateOf(text);
      const joined: number[] = [];
      for (const k of keys) { const owner = owners.get(k); if (owner !== undefined) joined.push(find(owner)); }
      const known = exact.get(template);
      let sig: Uint32Array | null = null;
      if (known !== undefined) {
        joined.push(find(known));
        if (joined.length === 1 && keys.length === 0) return joined[0] as number;
      } else {
        sig = signatureOf(template);
        const tried = new Set<number>();
        for (let b = 0; b < BANDS; b++) {
          for (const raw of buckets.get(bandKey(sig, b)) ?? []) {
            const id = find(raw);
            if (tried.has(id)) continue;
            tried.add(id);
            for (const e of exemplars[id] ?? []) if (similarity(sig, e) >= threshold) { joined.push(id); break; }
          }
        }
      }
      const id = joined.length === 0 ? fresh() : union(joined);
      if (sig) {
        // Only exemplars are indexed: a text is verified against exemplars alone, and 100,000
        // new wordings would otherwise fill the band table with millions of keys.
        if ((exemplars[id]?.length ?? EXEMPLARS) < EXEMPLARS) { exemplars[id]?.push(sig); index(sig, id); }
        exact.set(template, id);
      }
      own(keys, id);
      return id;
    },
    restore(c) {
      const id = fresh();
      for (const e of c.exemplars.slice(0, 2 * EXEMPLARS)) { exemplars[id]?.push(e); index(e, id); }
      for (const t of c.templates ?? []) if (!exact.has(t)) exact.set(t, id);
      own(c.keys, id);
      return id;
    },
    exemplarsOf: (id) => exemplars[find(id)] ?? [],
    keysOf: (id) => keysOf[find(id)] ?? [],
    takeMerges() { const m = merges; merges = []; return m; },
    resolve: find,
    get size() { return exemplars.length - merged; },
  };
}
