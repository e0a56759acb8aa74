// Detector dependencies for simulations, evaluation and benchmarks: the real engine, a fast
// keyed hash and a consent function. Kept out of src/core so the detector stays pure.
import type { DetectorDeps } from '../core/lines/index.js';
import type { Engine } from '../engine/index.js';

/** A fast keyed 32-bit hash (FNV-1a over key + number): in-memory state only, not for stores. */
export function keyedHash(key: string): (n: string) => number {
  let seed = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) seed = Math.imul(seed ^ key.charCodeAt(i), 0x01000193) >>> 0;
  return (n: string): number => {
    let h = seed;
    for (let i = 0; i < n.length; i++) h = Math.imul(h ^ n.charCodeAt(i), 0x01000193);
    return h >>> 0;
  };
}

export function engineDeps(engine: Engine | null, over: Partial<DetectorDeps> = {}): DetectorDeps {
  return {
    excluded: () => false,
    hashNumber: keyedHash('simulation'),
    ...(engine ? {
      analyseText: (text: string, from: string) => {
        const a = engine.analyse({ text, from });
        return { verdict: a.verdict, score: a.score, urls: a.indicators.urls.length, indicators: [
          ...a.indicators.urls.map((u) => ({ kind: 'url', value: u.normalized })),
          ...a.indicators.domains.map((d) => ({ kind: 'domain', value: d })),
          ...a.indicators.phones.map((p) => ({ kind: 'phone', value: p.normalized })),
        ] };
      },
    } : {}),
    ...over,
  };
}
