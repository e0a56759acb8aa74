// A worker thread of `check --jsonl`: receives raw input bytes holding whole lines,
// returns the output lines of those that are not blank, UTF-8 encoded (transferred,
// so the main thread neither copies nor encodes them).
import { parentPort } from 'node:worker_threads';
import { getEngine } from '../engine/index.js';
import { checkLine } from './check-line.js';
import type { BatchReply } from './check-parallel.js';

// The line ends readline knows: "\r\n", "\n" and a lone "\r".
const LINE_END = /\r?\n|\r/;

const engine = getEngine();
// A byte-order mark stays in the text, as on the one-thread path (readline keeps it).
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
const encoder = new TextEncoder();
parentPort?.on('message', (batch: { seq: number; bytes: Uint8Array }) => {
  let out = '';
  for (const line of decoder.decode(batch.bytes).split(LINE_END)) {
    if (line.trim() !== '') out += checkLine(engine, line) + '\n';
  }
  const bytes = encoder.encode(out);
  const reply: BatchReply = { seq: batch.seq, out: bytes };
  parentPort?.postMessage(reply, [bytes.buffer as ArrayBuffer]);
});
