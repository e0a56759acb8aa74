// What the pure detector is given from the platform, shared by the pipeline (files, HTTP,
// NATS workers) and by simulations, evaluation and benchmarks, so that what is measured is
// what runs.
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseLineScores, type LineScoreTable } from '../core/lines/index.js';
import type { DetectorDeps } from '../core/lines/types.js';
import type { Engine } from '../core/engine.js';
import { DEFAULT_DATA_DIR } from '../engine/index.js';
import { fastLineKey } from '../consent/line-key.js';

let shippedScores: LineScoreTable | undefined;

/** The detector's points and thresholds from data/line-scores.json, read and validated once. Broken shipped data is a bug: it throws. */
export function lineScores(dir: string = DEFAULT_DATA_DIR): LineScoreTable {
  if (dir === DEFAULT_DATA_DIR && shippedScores) return shippedScores;
  const parsed = parseLineScores(JSON.parse(readFileSync(join(dir, 'line-scores.json'), 'utf8')));
  if (!parsed.ok) throw new Error(`smishguard: ${parsed.error}`);
  if (dir === DEFAULT_DATA_DIR) shippedScores = parsed.value;
  return parsed.value;
}
import { openReputationSnapshot } from '../reputation/index.js';
import type { Store } from '../store/index.js';

/**
 * A fast keyed 53-bit hash of a number for the detector's in-memory state: two 32-bit
 * multiply–xor lanes keyed from the store's secret (through HMAC, so the secret itself is
 * never the key). Not a MAC: it only keeps raw recipients out of memory and makes the
 * hashes useless without the secret; the store keeps its own HMAC for anything durable.
 */
export function keyedNumberHash(secret: string): (n: string) => number {
  const key = createHmac('sha256', secret).update('smishguard/lines/recipient-hash/v1').digest();
  const k0 = key.readUInt32LE(0);
  const k1 = key.readUInt32LE(4);
  const k2 = key.readUInt32LE(8);
  const k3 = key.readUInt32LE(12);
  return (n: string): number => {
    let a = k0 ^ n.length;
    let b = k1;
    for (let i = 0; i < n.length; i++) {
      const c = n.charCodeAt(i);
      a = Math.imul(a ^ c, 0x2c1b3c6d);
      a = (a << 13) | (a >>> 19);
      b = Math.imul(b ^ c, 0x297a2d39);
      b = (b << 17) | (b >>> 15);
    }
    a = Math.imul(a ^ k2 ^ (b >>> 16), 0x85ebca6b);
    a ^= a >>> 13;
    b = Math.imul(b ^ k3 ^ (a >>> 15), 0xc2b2ae35);
    b ^= b >>> 16;
    return (b & 0x1fffff) * 0x100000000 + (a >>> 0);
  };
}

/**
 * The detector's keyed hash of a line, in national form where it is a plain Japanese mobile
 * number (`+8190…`, `8190…`, `090-…` are one line), else as written. The same key is how the
 * intake keeps a 7726 reporter's number beside its report (reports.reporter_line_hash), so
 * the detector can tell whether a line texted the people who reported it.
 */
export function lineNumberHash(secret: string): (n: string) => number {
  const h = keyedNumberHash(secret);
  return (n) => {
    const k = fastLineKey(n);
    return h(typeof k === 'string' ? k : n);
  };
}

/** The engine's view of a text in the shape the detector asks for. */
export function engineAnalyser(engine: Engine): NonNullable<DetectorDeps['analyseText']> {
  return (text, from) => {
    const a = engine.analyse({ text, from });
    const indicators: { kind: string; value: string }[] = [];
    for (const u of a.indicators.urls) indicators.push({ kind: 'url', value: u.normalized });
    for (const d of a.indicators.domains) indicators.push({ kind: 'domain', value: d });
    for (const p of a.indicators.phones) indicators.push({ kind: 'phone', value: p.normalized });
    // The score too: a weak block (a courier's brand name and a maps link) must not count as a confident lure.
    return { verdict: a.verdict, score: a.score, urls: a.indicators.urls.length, indicators };
  };
}


/**
 * The detector's "is this URL, domain or number a TRUSTED bad indicator?": suspected (several
 * independent reporters whose reports the engine flagged, a trusted organisation) or
 * confirmed (an analyst), from the store's indicators (src/reputation). What a single report
 * names is only observed and never counts: one report naming a maps link must not make
 * `google.com` bad for every line that texts one.
 */
export interface TrustedIndicators {
  readonly isKnownBad: (kind: string, value: string) => boolean;
  readonly size: number;
  /** Reads what changed in the store since the last call. */
  refresh(): Promise<void>;
  close(): void;
}

export async function openTrustedIndicators(store: Store, o: { clock?: () => Date } = {}): Promise<TrustedIndicators> {
  const snapshot = await openReputationSnapshot(store, { refreshMs: 0, clock: o.clock });
  return { isKnownBad: snapshot.isTrustedBad, get size() { return snapshot.size; }, refresh: () => snapshot.refresh(), close: () => snapshot.close() };
}
