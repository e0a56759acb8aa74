// Receipt routes and id mappings outlive a restart: which ESME an upstream message id belongs
// to (and under which ids it knows it) is appended to a journal file, so a receipt that comes
// after a crash or an upgrade still reaches the ESME that submitted the message. Lines are
// buffered and written once an event-loop turn (never a write per message); the file is
// rotated every `keepMs` into `<path>.1`, so at most two periods are on disk and a route
// older than `keepMs` is forgotten on the next start. Only what routing needs is kept: the
// ESME's system_id, its ids, the SMSC link and the upstream id; never a number or a text.
import { appendFileSync, existsSync, readFileSync, renameSync } from 'node:fs';

/** A journal line: when, what kind, the SMSC link (its display URL), the key id, and what it stands for. */
export type JournalEntry =
  /** Upstream message `id` on link `smsc` belongs to `esme` (known there by `ids`, when given). */
  | { readonly kind: 'route'; readonly at: number; readonly smsc: string; readonly id: string; readonly esme: string; readonly ids?: readonly string[] }
  /** The id `id` that `esme` was given stands for these upstream messages. */
  | { readonly kind: 'alias'; readonly at: number; readonly esme: string; readonly id: string; readonly targets: readonly { readonly smsc: string; readonly id: string }[]; readonly ids?: readonly string[] };

export interface RouteJournal {
  /** Entries younger than keepMs from the files, oldest first. */
  readonly loaded: readonly JournalEntry[];
  /** Kept for the next write (this event-loop turn's lines go in one append). */
  add(e: JournalEntry): void;
  flush(): void;
  close(): void;
}

export interface RouteJournalOptions {
  readonly path: string;
  readonly keepMs: number;
  readonly now?: () => number;
  readonly onError?: (err: Error) => void;
}

function read(path: string, since: number): { entries: JournalEntry[]; cut: boolean } {
  if (!existsSync(path)) return { entries: [], cut: false };
  const out: JournalEntry[] = [];
  const text = readFileSync(path, 'utf8');
  for (const line of text.split('\n')) {
    if (line === '') continue;
    try {
      const e = JSON.parse(line) as JournalEntry;
      if (typeof e.at === 'number' && e.at >= since && (e.kind === 'route' || e.kind === 'alias')) out.push(e);
    } catch {
      // A line cut short by a crash mid-write: the ones before it stand.
    }
  }
  return { entries: out, cut: text.length > 0 && !text.endsWith('\n') };
}

export function openRouteJournal(o: RouteJournalOptions): RouteJournal {
  const now = o.now ?? Date.now;
  const since = now() - o.keepMs;
  const { entries: current, cut } = read(o.path, Number.NEGATIVE_INFINITY);
  const loaded = [...read(`${o.path}.1`, since).entries, ...current.filter((e) => e.at >= since)];
  // The current file's period began at its first line's time (or now, when it has none).
  let periodStart = current[0]?.at ?? now();
  // A line cut short by a crash is ended, so the next one stands on its own.
  let pending: string[] = cut ? ['\n'] : [];
  let scheduled = false;
  const flush = (): void => {
    scheduled = false;
    if (pending.length === 0 || (pending.length === 1 && pending[0] === '\n')) return;
    const lines = pending.join('');
    pending = [];
    try {
      if (now() - periodStart >= o.keepMs) {
        if (existsSync(o.path)) renameSync(o.path, `${o.path}.1`);
        periodStart = now();
      }
      appendFileSync(o.path, lines);
    } catch (err) {
      o.onError?.(err as Error);
    }
  };
  return {
    loaded,
    add(e) {
      pending.push(`${JSON.stringify(e)}\n`);
      if (!scheduled) {
        scheduled = true;
        setImmediate(flush);
      }
    },
    flush,
    close: flush,
  };
}
