// Traffic records → consent gate → detector → flags and cases in the store. The detector is
// pure (src/core/lines); this module gives it what it asks for from the platform: the consent
// snapshot, a keyed hash for recipients, the engine's verdict on a text, known-bad indicators
// and how many distinct subscribers reported a line.
import { createLineDetector, type DetectorOptions, type LineDetector } from '../core/lines/index.js';
import type { DetectorDeps, LineFlag, LineReport, TrafficRecord } from '../core/lines/types.js';
import type { Engine } from '../core/engine.js';
import { recordTrafficLure } from '../sharing/campaign-store.js';
import { lineKey, openConsent, type ConsentRegistry, type DetectionGate } from '../consent/index.js';
import type { Store } from '../store/index.js';
import { engineAnalyser, lineNumberHash, lineScores, openTrustedIndicators, type TrustedIndicators } from './detector-deps.js';
import { openLineHash } from './sealed-reporter.js';
import { linesRecords, type Evidence, type LinesRecords, type LinesRecordsOptions, type RecordFlagResult } from './records.js';

/** What reports say, loaded into memory: known-bad indicators and reporters per sending line. */
export interface ReportEvidence {
  isKnownBad(kind: string, value: string): boolean;
  /** Distinct reporters who named the line (what the store knew, recorded with a flag). */
  reporters(line: string): number;
  /** The reports naming the line with their reporter's keyed number: the detector counts those the traffic corroborates. */
  reports(line: string): readonly LineReport[];
  readonly indicators: number;
  readonly reportedLines: number;
}

export async function loadReportEvidence(store: Store, trusted?: TrustedIndicators): Promise<ReportEvidence> {
  // Only trusted indicators: what one report names is never evidence against a line.
  const bad = trusted ?? await openTrustedIndicators(store);
  await bad.refresh();
  // Reports are evidence only when the sender is a domestic mobile line and the engine flagged
  // the reported text (as the reputation model counts reporters: a confused subscriber
  // reporting a friend's ordinary text is no witness to a lure); reporters are counted by
  // their keyed hash, so one subscriber reporting ten times counts once.
  const counts = new Map<string, number>();
  const rows = await store.db.selectFrom('reports').select(['sender', (eb) => eb.fn.count<number>('reporter_hash').distinct().as('n')])
    .where('sender', 'is not', null).where('reporter_hash', 'is not', null).where('verdict', 'in', ['block', 'suspicious']).groupBy('sender').execute();
  for (const r of rows) {
    const key = r.sender === null ? null : lineKey(r.sender);
    if (key) counts.set(key, (counts.get(key) ?? 0) + Number(r.n));
  }
  // The same reports with the reporter's number under the detector's keyed hash (7726 reports
  // since migration 015): the detector checks each against whom the line texted.
  const byLine = new Map<string, LineReport[]>();
  const open = openLineHash(await store.secret());
  const witnessed = await store.db.selectFrom('reports').select(['sender', 'reporter_line_hash', 'received_at'])
    .where('sender', 'is not', null).where('reporter_line_hash', 'is not', null).where('verdict', 'in', ['block', 'suspicious']).execute();
  for (const r of witnessed) {
    const key = r.sender === null ? null : lineKey(r.sender);
    const reporter = r.reporter_line_hash === null || r.reporter_line_hash === undefined ? null : open(r.reporter_line_hash);
    const at = Date.parse(r.received_at);
    if (!key || reporter === null || !Number.isFinite(at)) continue;
    const list = byLine.get(key);
    if (list) list.push({ reporter, at });
    else byLine.set(key, [{ reporter, at }]);
  }
  return {
    isKnownBad: bad.isKnownBad,
    reports(line) {
      if (byLine.size === 0) return [];
      const key = lineKey(line);
      return key ? (byLine.get(key) ?? []) : [];
    },
    reporters(line) {
      if (counts.size === 0) return 0;
      const key = lineKey(line);
      return key ? (counts.get(key) ?? 0) : 0;
    },
    indicators: bad.size,
    reportedLines: counts.size,
  };
}

export interface LinesPipelineOptions {
  readonly store: Store;
  readonly engine: Engine;
  /** Defaults to the store's registry (src/consent). */
  readonly consent?: ConsentRegistry;
  readonly clock?: () => Date;
  readonly detector?: DetectorOptions;
  /** Who records the flags (audit actor), e.g. `cli`, `key:K-…`, `worker:1/2`. */
  readonly actor: string;
  /** How flags queue warnings (serve --warnings, --warning-max-age); default review, 24 h. */
  readonly warnings?: LinesRecordsOptions['warnings'];
}

export interface LinesPipeline {
  /** A fresh detector with the pipeline's deps (one per NATS partition, or one for a stream). */
  newDetector(): LineDetector;
  /**
   * Re-reads consent opt-outs, and report evidence when it is older than `evidenceMaxAgeMs`
   * (default 0: always). Opt-outs are one small set; evidence is every indicator, so frequent
   * callers (each HTTP post) re-read it less often.
   */
  refresh(o?: { evidenceMaxAgeMs?: number }): Promise<void>;
  /**
   * Records a flag, opening or reopening its case; a flag already recorded is not recorded twice.
   * `optedOut`: the line opted out of detection since the gate was loaded — the flag must not be shown either.
   */
  record(flag: LineFlag, source: string, actor?: string, lure?: TrafficLure): Promise<RecordFlagResult>;
  readonly records: LinesRecords;
  readonly consent: ConsentRegistry;
  /** How many opted-out lines the gate holds now. */
  readonly excludedLines: number;
  /** The detectors this pipeline made: lines they track, and lines evicted to stay within maxLines. */
  stats(): { detectors: number; activeLines: number; evictions: number };
}

export async function openLinesPipeline(o: LinesPipelineOptions): Promise<LinesPipeline> {
  const consent = o.consent ?? openConsent(o.store, { clock: o.clock });
  const records = linesRecords(o.store, { clock: o.clock, warnings: o.warnings });
  const hashNumber = lineNumberHash(await o.store.secret());
  const analyseText = engineAnalyser(o.engine);
  let gate: DetectionGate = await consent.detectionGate();
  const trusted = await openTrustedIndicators(o.store, { clock: o.clock });
  let evidence = await loadReportEvidence(o.store, trusted);
  let evidenceAt = Date.now();
  // The detector holds these closures; refresh swaps what they read.
  const deps: DetectorDeps = {
    scores: lineScores(),
    excluded: (line) => gate.excluded(line),
    hashNumber,
    analyseText,
    isKnownBad: (kind, value) => evidence.isKnownBad(kind, value),
    reports: (line) => evidence.reports(line),
  };
  const detectors: LineDetector[] = [];
  return {
    newDetector() {
      const d = createLineDetector(deps, o.detector);
      detectors.push(d);
      return d;
    },
    stats() {
      let activeLines = 0;
      let evictions = 0;
      for (const d of detectors) {
        activeLines += d.activeLines;
        evictions += d.evictions;
      }
      return { detectors: detectors.length, activeLines, evictions };
    },
    async refresh(r = {}) {
      gate = await consent.detectionGate();
      if (Date.now() - evidenceAt >= (r.evidenceMaxAgeMs ?? 0)) {
        evidence = await loadReportEvidence(o.store, trusted);
        evidenceAt = Date.now();
      }
    },
    async record(flag, source, actor, lure) {
      // Asked again at the moment of recording: a line that opted out after the gate was
      // loaded is not flagged either (flags are rare, so this read costs nothing that matters).
      if (gate.excluded(flag.line)) return { recorded: false, optedOut: true };
      const now = await consent.get(flag.line);
      if (now.ok && !now.value.settings.detection) return { recorded: false, optedOut: true };
      const ev: Evidence = { source, reporters: evidence.reporters(flag.line) };
      const result = await records.recordFlag(flag, ev, actor ?? o.actor, { warningsAllowed: now.ok ? now.value.settings.warnings : undefined });
      // A new flag's lure goes to the campaigns (src/sharing/campaign-store.ts), the line as a keyed hash only.
      if (result.recorded && result.action !== 'note' && lure) {
        const analysis = o.engine.analyse({ text: lure.text });
        if (analysis.verdict !== 'allow') await recordTrafficLure(o.store, { text: lure.text, line: flag.line, at: new Date(lure.at).toISOString(), analysis });
      }
      return result;
    },
    records,
    consent,
    get excludedLines() {
      return gate.size;
    },
  };
}

/** The text of the record that made an infected line's flag, and its event time (epoch ms). */
export interface TrafficLure { readonly text: string; readonly at: number }

/** One flag as `lines detect` and the worker print it. */
export function flagJson(f: LineFlag): string {
  return JSON.stringify({ line: f.line, kind: f.kind, score: Math.round(f.score), first_flagged_at: new Date(f.firstFlaggedAt).toISOString(), reasons: f.reasons });
}

export type { TrafficRecord };
