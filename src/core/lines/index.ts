// Infected-line detection (pure): parse traffic records, detect infected lines and
// verification proxies. The capability around it (store, cases, workers) is src/lines.
export type { DetectorDeps, LineFlag, LineFlagKind, LineReason, LineReport, Origin, ParsedRecord, TrafficRecord } from './types.js';
export { LINE_REASON_TEXT, parseLineScores, tierPoints, type LineReasonCode, type LineScoreTable, type Tiers } from './scores.js';
export { parseEventTime, parseTrafficRecord } from './parse.js';
export { createLineDetector, DEFAULT_DETECTOR_OPTIONS, type DetectorOptions, type DetectorStats, type LineDetector } from './detector.js';
export { fnv1a64, fnv1a64String, hamming, hash64Hex, simhash, simhashTemplate, templateOf, type Hash64 } from './simhash.js';
