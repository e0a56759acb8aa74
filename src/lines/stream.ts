// The one ingest loop behind every traffic input — `lines detect` (file or stdin),
// `POST /api/v1/traffic` and the JetStream workers: one parse per JSONL line, bad lines
// reported with their number while the stream goes on, each flag recorded through the
// pipeline (flag row, then the case state machine of ./cases.ts) before it is shown, in event
// order. The inputs differ only in where lines come from and where shown flags go.
import { parseTrafficRecord, type LineDetector } from '../core/lines/index.js';
import type { LineFlag, TrafficRecord } from '../core/lines/types.js';
import type { LinesPipeline } from './pipeline.js';
import type { RecordFlagResult } from './records.js';

export interface IngestOptions {
  readonly detector: LineDetector;
  /** Records each flag (and so opens, reopens or escalates its case). */
  readonly pipeline: Pick<LinesPipeline, 'record'>;
  /** Where the records came from: cli:<file>, http:<org>, nats:<stream>/<partition>. */
  readonly source: string;
  readonly actor?: string;
  /** A flag recorded (or recorded before) for a line that has not opted out since the gate was loaded. */
  readonly onFlag?: (f: LineFlag, recorded: RecordFlagResult) => void | Promise<void>;
  /** Refuses a line before it is parsed (too long, nested too deep…): the reason, or null. */
  readonly preCheck?: (line: string) => string | null;
  /** A line that is no traffic record; `lineNo` counts from 1 within this input. */
  readonly onBad?: (lineNo: number, error: string) => void;
}

export interface IngestCounts {
  records: number;
  bad: number;
  /** Flags the detector raised. */
  flags: number;
  /** Flags handed to onFlag (not those of lines that opted out meanwhile). */
  shown: number;
}

/** Parses and pushes one JSONL line; returns the flags or an error string. Blank lines are skipped (null). */
export function pushLine(detector: LineDetector, line: string): readonly LineFlag[] | string | null {
  const r = pushRecord(detector, line);
  return r === null || typeof r === 'string' ? r : r.flags;
}

/** The same, with the record the flags came from (its text is the lure a flagged line sent). */
function pushRecord(detector: LineDetector, line: string): { flags: readonly LineFlag[]; record: TrafficRecord } | string | null {
  if (line.length === 0 || line.trim() === '') return null;
  const parsed = parseTrafficRecord(line.charCodeAt(line.length - 1) === 13 ? line.slice(0, -1) : line);
  if (!parsed.ok) return parsed.error;
  return { flags: detector.push(parsed.record), record: parsed.record };
}

export async function ingest(lines: AsyncIterable<string> | Iterable<string>, o: IngestOptions): Promise<IngestCounts> {
  const counts: IngestCounts = { records: 0, bad: 0, flags: 0, shown: 0 };
  let n = 0;
  for await (const line of lines) {
    n++;
    const r = (line.length > 0 && o.preCheck?.(line)) || pushRecord(o.detector, line);
    if (r === null) continue;
    if (typeof r === 'string') {
      counts.bad++;
      o.onBad?.(n, r);
      continue;
    }
    counts.records++;
    for (const f of r.flags) {
      counts.flags++;
      // The text that made an infected line's flag is its lure (for the campaigns).
      const lure = f.kind === 'infected' && r.record.from === f.line && r.record.text ? { text: r.record.text, at: r.record.ts } : undefined;
      // Recorded first: a line that opted out since the gate was loaded is not shown either.
      const rec = await o.pipeline.record(f, o.source, o.actor, lure);
      if (!rec.recorded && rec.optedOut) continue;
      counts.shown++;
      await o.onFlag?.(f, rec);
    }
  }
  return counts;
}
