// A lure sent from a line already flagged infected (MO through the firewall) is evidence for
// that line's case: it goes into the lines pipeline as a traffic record, through the one ingest
// loop every traffic input uses (src/lines/stream.ts), so the detector weighs it and any flag
// reopens or escalates the case by the case rules, never by a path of the firewall's own.
import { ingest, type IngestCounts, type LinesPipeline } from '../lines/index.js';
import type { Logger } from '../smpp/index.js';
import type { InfectedLure } from './proxy.js';

export interface LineFeedOptions {
  readonly pipeline: Pick<LinesPipeline, 'newDetector' | 'record'>;
  readonly log?: Logger;
}

export interface LineFeed {
  (lure: InfectedLure): void;
  /** Resolves when every lure given so far has been through the pipeline; the counts so far. */
  flush(): Promise<IngestCounts>;
}

export function lineFeed(o: LineFeedOptions): LineFeed {
  const detector = o.pipeline.newDetector();
  const counts: IngestCounts = { records: 0, bad: 0, flags: 0, shown: 0 };
  // One after another: the detector sees a line's records in the order they came.
  let queue: Promise<unknown> = Promise.resolve();
  const feed = (lure: InfectedLure): void => {
    const record = JSON.stringify({ ts: lure.at, from: lure.from, to: lure.to, origin: 'handset', text: lure.text });
    queue = queue.then(() => ingest([record], { detector, pipeline: o.pipeline, source: 'firewall', actor: 'firewall' }))
      .then((c) => {
        counts.records += c.records;
        counts.bad += c.bad;
        counts.flags += c.flags;
        counts.shown += c.shown;
      })
      .catch((err: unknown) => o.log?.warn({ err: { message: (err as Error).message } }, 'firewall: lure from an infected line not given to its case'));
  };
  return Object.assign(feed, {
    flush: async () => {
      await queue;
      return { ...counts };
    },
  });
}
