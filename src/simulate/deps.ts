// Detector dependencies for simulations, evaluation and benchmarks: the platform's own engine
// adapter and keyed hash (src/lines/detector-deps.ts, what the pipeline runs), no consent.
import type { DetectorDeps } from '../core/lines/index.js';
import type { Engine } from '../engine/index.js';
import { engineAnalyser, lineNumberHash, lineScores } from '../lines/detector-deps.js';

export function engineDeps(engine: Engine | null, over: Partial<DetectorDeps> = {}): DetectorDeps {
  return {
    scores: lineScores(),
    excluded: () => false,
    hashNumber: lineNumberHash('simulation, not a secret: in-memory state of a replay'),
    ...(engine ? { analyseText: engineAnalyser(engine) } : {}),
    ...over,
  };
}
