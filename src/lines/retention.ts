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

/** Where withdrawn consent is read from (the consent registry). */
export interface DetectionConsent {
  detectionGate(): Promise<{ excluded(line: string): boolean }>;
}

/** One purge: what is past retention, and what is kept about lines that have since opted out of detection. */
export async function purgeOnce(records: LinesRecords, o: { cutoff: string; actor: string; consent?: DetectionConsent }): Promise<{ flags: number; cases: number; warnings: number; optedOut: { lines: number; flags: number; cases: number; warnings: number } | null }> {
  const old = await records.purge(o.cutoff, o.actor);
  const optedOut = o.consent ? await records.forgetOptedOut((await o.consent.detectionGate()).excluded, o.actor) : null;
  return { ...old, optedOut };
}

/** Purges every `everyMs` (default hourly), the first time a minute after the start; returns a stop function. */
export function startRetention(records: LinesRecords, o: { retentionMs?: number; everyMs?: number; clock?: () => Date; consent?: DetectionConsent; onError?: (err: unknown) => void }): () => void {
  const clock = o.clock ?? (() => new Date());
  const run = (): void => {
    const cutoff = new Date(clock().getTime() - (o.retentionMs ?? DEFAULT_RETENTION_MS)).toISOString();
    purgeOnce(records, { cutoff, actor: 'system:retention', consent: o.consent }).catch((err: unknown) => o.onError?.(err));
  };
  let timer: NodeJS.Timeout = setTimeout(() => {
    run();
    timer = setInterval(run, o.everyMs ?? 3600_000);
    timer.unref();
  }, Math.min(60_000, o.everyMs ?? 60_000));
  timer.unref();
  return () => clearTimeout(timer);
}
