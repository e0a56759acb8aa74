// Retention: flags, their evidence and finished cases older than the period (default 30 days)
// are deleted, by `smishguard lines purge` and periodically by the server.
import type { LinesRecords } from './records.js';

export const DEFAULT_RETENTION_MS = 30 * 24 * 3600_000;

const UNITS: Record<string, number> = { d: 24 * 3600_000, h: 3600_000, m: 60_000, s: 1000 };

/** `30d`, `72h`, `90m`, `1d12h`; null when it is not one. */
export function parseDuration(s: string): number | null {
  if (!/^(?:\d+[dhms])+$/.test(s)) return null;
  let ms = 0;
  for (const m of s.matchAll(/(\d+)([dhms])/g)) ms += Number(m[1]) * (UNITS[m[2] as string] as number);
  return ms > 0 ? ms : null;
}

/** Purges every `everyMs` (default hourly), the first time a minute after the start; returns a stop function. */
export function startRetention(records: LinesRecords, o: { retentionMs?: number; everyMs?: number; clock?: () => Date; onError?: (err: unknown) => void }): () => void {
  const clock = o.clock ?? (() => new Date());
  const run = (): void => {
    const cutoff = new Date(clock().getTime() - (o.retentionMs ?? DEFAULT_RETENTION_MS)).toISOString();
    records.purge(cutoff, 'system:retention').catch((err: unknown) => o.onError?.(err));
  };
  let timer: NodeJS.Timeout = setTimeout(() => {
    run();
    timer = setInterval(run, o.everyMs ?? 3600_000);
    timer.unref();
  }, Math.min(60_000, o.everyMs ?? 60_000));
  timer.unref();
  return () => clearTimeout(timer);
}
