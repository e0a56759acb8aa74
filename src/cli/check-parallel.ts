// `check --jsonl` on worker threads. The main thread only cuts the raw input into
// batches at line ends and writes the answers back in input order: it neither decodes,
// splits nor serialises lines (measured: with readline and per-line string arrays on
// the main thread, three workers on two cores were no faster than one thread). Workers
// decode, analyse and encode their batch, and hand the bytes back without a copy. At
// most a few batches per worker are in flight, so memory stays bounded however long
// the input is.
import { Worker } from 'node:worker_threads';
import type { RowShape } from './check-line.js';

/** Bytes of input per batch: large enough that messaging is a small share, small enough to spread over workers. */
const BATCH_BYTES = 64 * 1024;
const IN_FLIGHT_PER_WORKER = 4;
const NEWLINE = 10;

/** What a worker is started with. */
export interface WorkerSetup { readonly shape: RowShape }

function startWorker(setup: WorkerSetup): Worker {
  // From source (tests, tsx) the worker is a .ts file and needs the same loader.
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./check-worker.js', import.meta.url), { workerData: setup });
  const url = new URL('./check-worker.ts', import.meta.url).href;
  const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(url)}); });`;
  return new Worker(boot, { eval: true, workerData: setup });
}

/** A batch for a worker: whole input lines, the first of them being input line `firstLine` (from 1). */
export interface BatchRequest { readonly seq: number; readonly bytes: Uint8Array; readonly firstLine: number }
/** The batch reply of a worker: the output lines of batch `seq`, UTF-8 encoded, and how many were error rows. */
export interface BatchReply { readonly seq: number; readonly out: Uint8Array; readonly errors: number }

const CR = 13;

/** Line ends in a batch as readline counts them: "\r\n", "\n" and a lone "\r" (memchr-speed when there is no CR). */
export function countLineEnds(bytes: Uint8Array): number {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let n = 0;
  for (let i = b.indexOf(NEWLINE); i !== -1; i = b.indexOf(NEWLINE, i + 1)) n++;
  for (let i = b.indexOf(CR); i !== -1; i = b.indexOf(CR, i + 1)) if (b[i + 1] !== NEWLINE) n++;
  return n;
}

export async function checkJsonlParallel(workerCount: number, input: NodeJS.ReadableStream, output: NodeJS.WritableStream, onRows?: (n: number) => void, shape: RowShape = 'full'): Promise<{ code: number; errors: number }> {
  const workers = Array.from({ length: workerCount }, () => startWorker({ shape }));
  const done = new Map<number, Uint8Array>();
  let nextToWrite = 0;
  let errors = 0;
  let nextLine = 1;
  let sent = 0;
  let failure: Error | undefined;
  // Set before the workers are terminated, so their exits are not taken for crashes.
  let closing = false;
  let wake: (() => void) | undefined;
  const signal = (): void => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  const writeReady = async (): Promise<void> => {
    while (done.has(nextToWrite)) {
      const chunk = done.get(nextToWrite) as Uint8Array;
      done.delete(nextToWrite++);
      if (onRows) onRows(countLineEnds(chunk));
      if (chunk.length > 0 && !output.write(chunk)) await new Promise<void>((resolve) => output.once('drain', () => resolve()));
    }
  };
  for (const w of workers) {
    w.on('message', (m: BatchReply) => {
      done.set(m.seq, m.out);
      errors += m.errors;
      signal();
    });
    w.on('error', (err) => {
      failure = err;
      signal();
    });
    w.on('exit', (code) => {
      if (!closing && !failure) failure = new Error(`exited with code ${code}`);
      signal();
    });
  }
  const waitForRoom = async (): Promise<void> => {
    while (!failure && sent - nextToWrite >= workerCount * IN_FLIGHT_PER_WORKER) {
      // Wait only for an answer not yet here: all of them may have come in while the
      // input was awaited, and then no message would come to wake us (this hung).
      if (!done.has(nextToWrite)) await new Promise<void>((resolve) => (wake = resolve));
      await writeReady();
    }
  };
  // Pieces of input not yet sent; they never end inside a line except the last one.
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  const dispatch = async (upTo: number): Promise<void> => {
    // A fresh buffer of our own: Node's small buffers share a pool that must not be transferred.
    const bytes = new Uint8Array(upTo);
    let at = 0;
    const rest: Buffer[] = [];
    for (const p of pending) {
      const take = Math.min(p.length, upTo - at);
      if (take > 0) bytes.set(take === p.length ? p : p.subarray(0, take), at);
      if (take < p.length) rest.push(p.subarray(take));
      at += take;
    }
    pending = rest;
    pendingBytes -= upTo;
    const firstLine = nextLine;
    // Only batches that end in a line end are followed by another, so this count is exact.
    nextLine += countLineEnds(bytes);
    await waitForRoom();
    if (failure) return;
    const request: BatchRequest = { seq: sent++, bytes, firstLine };
    (workers[request.seq % workerCount] as Worker).postMessage(request, [bytes.buffer]);
    await writeReady();
  };

  let code = 0;
  try {
    for await (const raw of input) {
      if (failure) break;
      const chunk = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : (raw as Buffer);
      if (chunk.length === 0) continue;
      pending.push(chunk);
      pendingBytes += chunk.length;
      if (pendingBytes < BATCH_BYTES) continue;
      // Cut after the last line end: a batch holds whole lines ("\r\n" ends in "\n", so it is never split).
      const cut = chunk.lastIndexOf(NEWLINE);
      if (cut < 0) continue;
      await dispatch(pendingBytes - (chunk.length - cut - 1));
    }
    if (pendingBytes > 0 && !failure) await dispatch(pendingBytes);
  } catch (err) {
    process.stderr.write(`smishguard check: could not read input: ${(err as Error).message} (E_INPUT)\n`);
    code = 74;
  }
  while (!failure && nextToWrite < sent) {
    if (!done.has(nextToWrite)) await new Promise<void>((resolve) => (wake = resolve));
    await writeReady();
  }
  closing = true;
  await Promise.all(workers.map((w) => w.terminate()));
  if (failure) {
    process.stderr.write(`smishguard check: a worker failed: ${failure.message} (E_WORKER)\n`);
    return { code: 70, errors };
  }
  return { code, errors };
}
