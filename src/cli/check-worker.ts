// A worker thread of `check --jsonl`: receives raw input bytes holding whole lines and the
// number of the first, returns the output rows of those that are not blank, UTF-8 encoded
// (transferred, so the main thread neither copies nor encodes them).
import { parentPort, workerData } from 'node:worker_threads';
import { getEngine } from '../engine/index.js';
import { checkLine } from './check-line.js';
import { LINE_END } from './json-lines.js';
import { RowBuffer } from './row-buffer.js';
import type { BatchReply, BatchRequest, WorkerSetup } from './check-parallel.js';


const engine = getEngine();
const { shape } = workerData as WorkerSetup;
// A byte-order mark stays in the text, as on the one-thread path (readline keeps it).
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
const rows = new RowBuffer();
parentPort?.on('message', (batch: BatchRequest) => {
  let errors = 0;
  const lines = decoder.decode(batch.bytes).split(LINE_END);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line.trim() === '') continue;
    const r = checkLine(engine, line, batch.firstLine + i, shape);
    rows.push(r.row);
    if (r.error) errors++;
  }
  const bytes = rows.take();
  const reply: BatchReply = { seq: batch.seq, out: bytes, errors };
  parentPort?.postMessage(reply, [bytes.buffer as ArrayBuffer]);
});
