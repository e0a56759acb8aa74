// Campaigns: near-duplicate short texts grouped as they arrive. Rspamd's fuzzy hashes fail on
// SMS-length bodies, so this is MinHash over character trigrams of the template (NFKC, lower
// case, links and digit runs masked: src/core/lines templateOf), with LSH banding to find
// candidates (21 bands of 3 rows) and the estimated Jaccard similarity to decide: a text joins
// the campaigns whose exemplars it resembles at `threshold` or more — several at once are one
// campaign from then on (the text bridges two wordings of one lure) — else it starts one.
// Rotating links and numbers vanish in the template; small wording changes keep most trigrams.
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
  /** The campaign the text belongs to now (ids from 0, in order of first appearance). */
  add(text: string): number;
  /** The campaign an id given earlier belongs to now (campaigns merge when a text bridges them). */
  resolve(id: number): number;
  /** Campaigns so far (merged ones count once). */
  readonly size: number;
}

export function createClusterer(o: ClustererOptions = {}): Clusterer {
  const threshold = o.threshold ?? 0.35;
  const exact = new Map<string, number>();
  const buckets = new Map<number, number[]>();
  const exemplars: Uint32Array[][] = [];
  const parent: number[] = [];
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
  return {
    add(text) {
      const template = templateOf(text);
      const known = exact.get(template);
      if (known !== undefined) return find(known);
      const sig = signatureOf(template);
      const keys = Array.from({ length: BANDS }, (_, b) => bandKey(sig, b));
      const joined: number[] = [];
      const tried = new Set<number>();
      for (const key of keys) {
        for (const raw of buckets.get(key) ?? []) {
          const id = find(raw);
          if (tried.has(id)) continue;
          tried.add(id);
          const ex = exemplars[id] ?? [];
          for (const e of ex) if (similarity(sig, e) >= threshold) { joined.push(id); break; }
        }
      }
      let id: number;
      if (joined.length === 0) {
        id = exemplars.length;
        exemplars.push([sig]);
        parent.push(id);
      } else {
        id = Math.min(...joined);
        for (const other of joined) {
          if (other === id) continue;
          parent[other] = id;
          merged++;
          // The merged campaign keeps exemplars of both wordings.
          for (const e of exemplars[other] ?? []) if ((exemplars[id]?.length ?? EXEMPLARS) < 2 * EXEMPLARS) exemplars[id]?.push(e);
          exemplars[other] = [];
        }
        if ((exemplars[id]?.length ?? EXEMPLARS) < EXEMPLARS) exemplars[id]?.push(sig);
      }
      for (const key of keys) {
        const list = buckets.get(key);
        if (!list) buckets.set(key, [id]);
        else if (!list.includes(id)) list.push(id);
      }
      exact.set(template, id);
      return id;
    },
    resolve: find,
    get size() { return exemplars.length - merged; },
  };
}
