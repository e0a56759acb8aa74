// A worker thread of `check --jsonl`: receives batches of lines, returns their output lines.
import { parentPort } from 'node:worker_threads';
import { getEngine } from '../engine/index.js';
import { checkLine } from './check-line.js';

const engine = getEngine();
parentPort?.on('message', (batch: { seq: number; lines: string[] }) => {
  let out = '';
  for (const line of batch.lines) out += checkLine(engine, line) + '\n';
  parentPort?.postMessage({ seq: batch.seq, out });
});
