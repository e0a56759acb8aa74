// Infected lines around the pure detector (src/core/lines): the consent-gated pipeline from
// files, HTTP and NATS JetStream, flags and cases in the store, warnings over SMPP, the
// call-centre worklist and retention. HTTP routes are in ./routes.ts (a server plugin).
export { CASE_STATES, onFlag, transition, type CaseState, type OnFlag, type Transition } from './cases.js';
export { engineAnalyser, keyedNumberHash, lineNumberHash, lineScores } from './detector-deps.js';
export { flagJson, loadReportEvidence, openLinesPipeline, type LinesPipeline, type LinesPipelineOptions, type ReportEvidence } from './pipeline.js';
export { linesRecords, type CaseEvent, type CaseRecord, type DecideResult, type Evidence, type FlagRecord, type LinesRecords, type LinesRecordsOptions, type RecordFlagResult, type SetStateResult, type WarningRecord, type WarningSkip } from './records.js';
export { DEFAULT_RETENTION_MS, parseDuration, startRetention } from './retention.js';
export { ingest, pushLine, type IngestCounts, type IngestOptions } from './stream.js';
export {
  AUTO_APPROVER, checkWarningText, DEFAULT_WARNING_POLICY, smsParts, startWarningDispatcher, warningSwitch, warningText, WARNING_INTERVAL_MS, WARNING_MODES,
  type DispatcherOptions, type SuppressedReason, type WarningDispatcher, type WarningMetrics, type WarningMode, type WarningPolicy, type WarningStop, type WarningSwitch, type WarningTextOptions,
} from './warnings.js';
export { WARNING_STATES, type WarningState } from './tables.js';
export { worklistCsv } from './worklist.js';
export { DEFAULT_PREFIX, DEFAULT_STREAM, connectNats, ensureStream, partitionOf, partitionsFor, publishTraffic, startWorker, type StreamTarget, type Worker, type WorkerCounts, type WorkerOptions } from './nats.js';
