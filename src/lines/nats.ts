// Traffic records at scale through NATS JetStream. The JS client has no partitioned consumer
// groups (nats.js#328), so partitioning is ours and explicit: the publisher sends each record
// to `<prefix>.<partition>`, partition = FNV-1a(line key) mod N, and each partition has one
// durable pull consumer and, in whichever worker holds it, one detector. A partition's records
// are read in stream order by one detector however many workers share the partitions, so one
// worker or several flag the same lines.
//
// The key is the sending line for handset records and the recipient for aggregator and
// international ones: a line's own sends and the one-time codes it receives meet in one
// partition (a verification proxy is judged on both), while aggregators never flag a line.
import { AckPolicy, DeliverPolicy, jetstream, jetstreamManager, type JetStreamClient, type JetStreamManager } from '@nats-io/jetstream';
import { connect, nanos, type NatsConnection } from '@nats-io/transport-node';
import { parseTrafficRecord } from '../core/lines/index.js';
import type { LineFlag, TrafficRecord } from '../core/lines/types.js';
import { lineKey } from '../consent/index.js';
import type { LinesPipeline } from './pipeline.js';
import { ingest } from './stream.js';

export interface StreamTarget {
  /** JetStream stream name (default TRAFFIC). */
  readonly stream: string;
  /** Subject prefix: records go to `<prefix>.<partition>` (default `traffic`). */
  readonly prefix: string;
  readonly partitions: number;
}

export const DEFAULT_STREAM = 'TRAFFIC';
export const DEFAULT_PREFIX = 'traffic';
/**
 * How long the stream keeps records: they carry recipients and texts (secrets of
 * communication), and detection windows are at most a day, so a day; a worker that is more
 * than a day behind has lost those records and says so by the gap in its flags.
 */
export const STREAM_MAX_AGE_MS = 24 * 3600_000;
/** Records packed into one NATS message (JSONL): per-message overhead, not per-record. */
const RECORDS_PER_MESSAGE = 256;
const MAX_MESSAGE_BYTES = 256 * 1024;

/**
 * The partition of a record: FNV-1a (32-bit, over UTF-16 code units) of the line's national
 * form, mod N. Stable across processes and versions: changing it would split a line's state.
 */
export function partitionOf(r: Pick<TrafficRecord, 'from' | 'to' | 'origin'>, partitions: number): number {
  const line = r.origin === 'handset' ? r.from : r.to;
  const key = lineKey(line) ?? line;
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % partitions;
}

/** The stream's own record of how many partitions it was made with (server 2.9 has no metadata). */
const description = (n: number): string => `smishguard traffic records; partitions=${n}`;
const partitionsIn = (d: string | undefined): number | null => {
  const m = /partitions=(\d+)/.exec(d ?? '');
  return m ? Number(m[1]) : null;
};

export type Ensured = { ok: true } | { ok: false; code: 'E_PARTITIONS'; message: string };

/** Creates the stream when it is missing; refuses a stream made with another partition count. */
export async function ensureStream(jsm: JetStreamManager, t: StreamTarget): Promise<Ensured> {
  try {
    const info = await jsm.streams.info(t.stream);
    const n = partitionsIn(info.config.description);
    if (n !== null && n !== t.partitions) return { ok: false, code: 'E_PARTITIONS', message: `stream ${t.stream} has ${n} partitions, not ${t.partitions}` };
    return { ok: true };
  } catch (err) {
    if (!/not found/i.test((err as Error).message)) throw err;
  }
  await jsm.streams.add({ name: t.stream, subjects: [`${t.prefix}.*`], description: description(t.partitions), max_age: nanos(STREAM_MAX_AGE_MS) });
  return { ok: true };
}

export interface PublishResult {
  records: number;
  /** Records left out because their sender or recipient opted out of detection. */
  dropped: number;
  messages: number;
  bad: { line: number; error: string }[];
}

/**
 * Publishes JSONL traffic, each record to its partition, in order within a partition. With
 * `excluded` (the consent gate), a record whose sender or recipient opted out of detection is
 * left out: the stream keeps records, texts and recipients included, for a day, and an
 * opted-out line's are not to be kept at all.
 */
export async function publishTraffic(nc: NatsConnection, t: StreamTarget, input: AsyncIterable<string> | Iterable<string>, onBad?: (line: number, error: string) => void, o: { excluded?: (line: string) => boolean } = {}): Promise<PublishResult> {
  // Take the iterator before the first await: readline drops lines (and its end) emitted
  // while nobody iterates.
  const lines = toAsync(input);
  const js: JetStreamClient = jetstream(nc);
  const ensured = await ensureStream(await jetstreamManager(nc), t);
  if (!ensured.ok) throw new Error(ensured.message);
  const buffers: string[][] = Array.from({ length: t.partitions }, () => []);
  const sizes = new Array<number>(t.partitions).fill(0);
  const inFlight = new Set<Promise<unknown>>();
  const result: PublishResult = { records: 0, dropped: 0, messages: 0, bad: [] };
  // One connection keeps publish order; a window of unacknowledged publishes keeps it fast.
  const send = async (p: number): Promise<void> => {
    const batch = buffers[p] as string[];
    if (batch.length === 0) return;
    buffers[p] = [];
    sizes[p] = 0;
    const done = js.publish(`${t.prefix}.${p}`, batch.join('\n'));
    result.messages++;
    inFlight.add(done);
    void done.finally(() => inFlight.delete(done)).catch(() => {});
    if (inFlight.size >= 256) await Promise.race(inFlight);
  };
  let n = 0;
  for (let next = await lines.next(); !next.done; next = await lines.next()) {
    const line = next.value;
    n++;
    if (line.trim() === '') continue;
    const parsed = parseTrafficRecord(line);
    if (!parsed.ok) {
      if (result.bad.length < 1000) result.bad.push({ line: n, error: parsed.error });
      onBad?.(n, parsed.error);
      continue;
    }
    if (o.excluded && (o.excluded(parsed.record.from) || o.excluded(parsed.record.to))) {
      result.dropped++;
      continue;
    }
    const p = partitionOf(parsed.record, t.partitions);
    (buffers[p] as string[]).push(line);
    sizes[p] = (sizes[p] as number) + line.length;
    result.records++;
    if ((buffers[p] as string[]).length >= RECORDS_PER_MESSAGE || (sizes[p] as number) >= MAX_MESSAGE_BYTES) await send(p);
  }
  for (let p = 0; p < t.partitions; p++) await send(p);
  await Promise.all(inFlight);
  return result;
}

function toAsync(input: AsyncIterable<string> | Iterable<string>): AsyncIterator<string> | Iterator<string> {
  return Symbol.asyncIterator in input ? input[Symbol.asyncIterator]() : input[Symbol.iterator]();
}

export interface WorkerOptions {
  readonly target: StreamTarget;
  /** 1-based: worker `index` of `count` takes partitions p with p mod count = index − 1. */
  readonly index: number;
  readonly count: number;
  /** Durable consumers are named `<group>-p<partition>`; another group reads the stream afresh. */
  readonly group?: string;
  readonly pipeline: LinesPipeline;
  readonly onFlag?: (f: LineFlag) => void | Promise<void>;
  readonly onBad?: (partition: number, error: string) => void;
  /** Stop after this long without a message (ms); default: run until stopped. */
  readonly exitWhenIdleMs?: number;
  /** Consent and report evidence are re-read this often (ms); default 30 s. */
  readonly refreshMs?: number;
}

export interface Worker {
  readonly partitions: readonly number[];
  /** Resolves when the worker has stopped (idle, or stop()). */
  readonly done: Promise<WorkerCounts>;
  stop(): void;
}

export interface WorkerCounts {
  records: number;
  flags: number;
  bad: number;
  /** Wall-clock ms of the first and last message taken (0 when none): busy time for benchmarks. */
  firstAt: number;
  lastAt: number;
}

export function partitionsFor(index: number, count: number, partitions: number): number[] {
  const out: number[] = [];
  for (let p = 0; p < partitions; p++) if (p % count === index - 1) out.push(p);
  return out;
}

export async function startWorker(nc: NatsConnection, o: WorkerOptions): Promise<Worker> {
  const t = o.target;
  const jsm = await jetstreamManager(nc);
  const ensured = await ensureStream(jsm, t);
  if (!ensured.ok) throw new Error(ensured.message);
  const js = jetstream(nc);
  const mine = partitionsFor(o.index, o.count, t.partitions);
  const group = o.group ?? 'lines';
  const counts: WorkerCounts = { records: 0, flags: 0, bad: 0, firstAt: 0, lastAt: 0 };
  let stopping = false;
  let lastMessage = Date.now();
  const source = (p: number): string => `nats:${t.stream}/${p}`;
  const actor = `worker:${o.index}/${o.count}`;

  const refresh = setInterval(() => void o.pipeline.refresh().catch(() => {}), o.refreshMs ?? 30_000);
  refresh.unref();

  const stops: (() => void)[] = [];
  let busy = 0;
  let failure: unknown;
  const stopAll = (): void => {
    stopping = true;
    for (const s of stops.splice(0)) s();
  };

  async function run(p: number): Promise<void> {
    const durable = `${group}-p${p}`;
    await jsm.consumers.add(t.stream, { durable_name: durable, filter_subject: `${t.prefix}.${p}`, ack_policy: AckPolicy.Explicit, deliver_policy: DeliverPolicy.All, max_ack_pending: 1024 });
    const consumer = await js.consumers.get(t.stream, durable);
    const detector = o.pipeline.newDetector();
    // consume(), not fetch(): a busy worker that misses the server's idle heartbeats while it
    // works through a message pulls again instead of failing.
    const messages = await consumer.consume({ max_messages: 16 });
    if (stopping) return void messages.stop();
    stops.push(() => void messages.stop());
    // The one ingest loop, a message at a time: its flags are in the store (cases moved on)
    // before the message is acknowledged. A crash before the ack redelivers it, and a flag
    // recorded twice is recorded once. A store that fails stops the worker.
    for await (const m of messages) {
      busy++;
      lastMessage = Date.now();
      if (counts.firstAt === 0) counts.firstAt = lastMessage;
      try {
        const c = await ingest(m.string().split('\n'), {
          detector, pipeline: o.pipeline, source: source(p), actor,
          onFlag: o.onFlag,
          onBad: (_n, error) => o.onBad?.(p, error),
        });
        counts.records += c.records;
        counts.flags += c.flags;
        counts.bad += c.bad;
        m.ack();
        counts.lastAt = Date.now();
      } catch (err) {
        failure ??= err;
        stopAll();
      } finally {
        busy--;
      }
    }
    if (failure !== undefined) throw failure;
  }

  const idle = o.exitWhenIdleMs === undefined ? null : setInterval(() => {
    if (busy === 0 && Date.now() - lastMessage >= (o.exitWhenIdleMs as number)) stopAll();
  }, 100);
  const done = Promise.all(mine.map(run)).then(() => {
    clearInterval(refresh);
    if (idle) clearInterval(idle);
    return { ...counts };
  }, (err: unknown) => {
    clearInterval(refresh);
    if (idle) clearInterval(idle);
    stopAll();
    throw err;
  });
  return {
    partitions: mine,
    done,
    stop: stopAll,
  };
}

export async function connectNats(servers: string): Promise<NatsConnection> {
  return connect({ servers, name: 'smishguard-lines' });
}
