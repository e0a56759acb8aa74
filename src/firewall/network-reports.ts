// Blocked lures become reports of channel `network` (issue 11), so the campaigns they belong to
// and the indicators they name are seen like any other report. A campaign sends one text to
// many lines: each distinct text (by fingerprint) is reported once per window, not once per
// copy. The reports are from nobody in particular (one reporter between them), so the
// firewall's own blocks can never make an indicator trusted by themselves.
import type { ReportService } from '../reports/index.js';
import { storableText } from '../store/index.js';
import type { Logger } from '../smpp/index.js';

export interface BlockedLure {
  readonly fingerprint: string;
  readonly text: string;
  /** The sender as shown to the recipient. */
  readonly from: string;
}

export interface NetworkReporterOptions {
  readonly reports: ReportService;
  /** A text reported is not reported again for this long (ms); default 1 hour. */
  readonly windowMs?: number;
  /** Fingerprints remembered at most; the oldest go first. Default 100,000. */
  readonly maxRemembered?: number;
  readonly now?: () => number;
  readonly log?: Logger;
}

export interface NetworkReporter {
  (lure: BlockedLure): void;
  /** Resolves when the reports being written are committed. */
  flush(): Promise<void>;
}

export function networkReporter(o: NetworkReporterOptions): NetworkReporter {
  const windowMs = o.windowMs ?? 3_600_000;
  const max = o.maxRemembered ?? 100_000;
  const now = o.now ?? Date.now;
  const seen = new Map<string, number>();
  const writing = new Set<Promise<unknown>>();
  const report = (lure: BlockedLure): void => {
    const at = now();
    const last = seen.get(lure.fingerprint);
    if (last !== undefined && at - last < windowMs) return;
    seen.delete(lure.fingerprint);
    if (seen.size >= max) seen.delete(seen.keys().next().value as string);
    seen.set(lure.fingerprint, at);
    const p = o.reports.submit({ channel: 'network', text: storableText(lure.text), sender: lure.from, reporter: { kind: 'none' } })
      .then((r) => {
        if (!r.ok) {
          // A sender the report service does not take (an odd alphanumeric ID): the text alone.
          return o.reports.submit({ channel: 'network', text: storableText(lure.text), sender: null, reporter: { kind: 'none' } });
        }
        return r;
      })
      .catch((err: unknown) => {
        seen.delete(lure.fingerprint);
        o.log?.warn({ err: { message: (err as Error).message } }, 'firewall: blocked lure not reported');
      })
      .finally(() => writing.delete(p));
    writing.add(p);
  };
  return Object.assign(report, { flush: async () => void (await Promise.allSettled([...writing])) });
}
