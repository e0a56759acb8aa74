// Feeding JSONL traffic through a detector: one parse per line, bad lines reported with their
// number while the stream goes on, flags handed on as they are raised (in event order).
import { parseTrafficRecord, type LineDetector } from '../core/lines/index.js';
import type { LineFlag } from '../core/lines/types.js';

export interface StreamSink {
  flag(f: LineFlag): void | Promise<void>;
  bad(lineNo: number, error: string): void;
}

export interface StreamCounts {
  records: number;
  bad: number;
  flags: number;
}

/** Pushes one JSONL line; returns the flags or an error string. Blank lines are skipped (null). */
export function pushLine(detector: LineDetector, line: string): readonly LineFlag[] | string | null {
  if (line.length === 0 || line.trim() === '') return null;
  const parsed = parseTrafficRecord(line);
  if (!parsed.ok) return parsed.error;
  return detector.push(parsed.record);
}

export async function detectStream(lines: AsyncIterable<string> | Iterable<string>, detector: LineDetector, sink: StreamSink): Promise<StreamCounts> {
  const counts: StreamCounts = { records: 0, bad: 0, flags: 0 };
  let n = 0;
  for await (const line of lines) {
    n++;
    const r = pushLine(detector, line);
    if (r === null) continue;
    if (typeof r === 'string') {
      counts.bad++;
      sink.bad(n, r);
      continue;
    }
    counts.records++;
    for (const f of r) {
      counts.flags++;
      await sink.flag(f);
    }
  }
  return counts;
}
