// npm run bench:lines (second part): simulated traffic through NATS JetStream — published by
// partition, then consumed by one worker process and by two, each recording flags in a store.
// Prints publish and consume records/s (busy time: first to last message) and whether the
// flagged sets are equal. Needs NATS at BENCH_NATS_URL (default nats://127.0.0.1:4222).
//   BENCH_LINES=20000 BENCH_HOURS=24 BENCH_INFECTED=40 BENCH_PARTITIONS=8 npm run bench:lines
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jetstreamManager } from '@nats-io/jetstream';
import { getEngine } from '../src/engine/index.js';
import { connectNats, publishTraffic, startWorker, type StreamTarget, type WorkerCounts } from '../src/lines/nats.js';
import { openLinesPipeline } from '../src/lines/pipeline.js';
import { linesRecords } from '../src/lines/records.js';
import { recordLine, simulate } from '../src/simulate/index.js';
import { openStore } from '../src/store/index.js';

const NATS_URL = process.env.BENCH_NATS_URL ?? 'nats://127.0.0.1:4222';
const LINES = Number(process.env.BENCH_LINES ?? 20_000);
const HOURS = Number(process.env.BENCH_HOURS ?? 24);
const INFECTED = Number(process.env.BENCH_INFECTED ?? 40);
const SEED = Number(process.env.BENCH_SEED ?? 11);
const PARTITIONS = Number(process.env.BENCH_PARTITIONS ?? 8);

// A child: one worker of `count`, printing its counts as JSON.
if (process.argv[2] === 'child') {
  const [, , , stream, index, count, group, dbPath] = process.argv;
  const target: StreamTarget = { stream: stream!, prefix: `traffic.${stream}`, partitions: PARTITIONS };
  const store = await openStore({ sqlitePath: dbPath });
  const nc = await connectNats(NATS_URL);
  const pipeline = await openLinesPipeline({ store, engine: getEngine(), actor: `worker:${index}/${count}` });
  // Ready (engine loaded, store open): wait for the parent's go, so that workers start together.
  process.stdout.write('ready\n');
  await new Promise((resolve) => process.stdin.once('data', resolve));
  const w = await startWorker(nc, { target, index: Number(index), count: Number(count), group, pipeline, exitWhenIdleMs: 2000 });
  const done = await w.done;
  await nc.drain();
  await store.close();
  process.stdout.write(JSON.stringify(done) + '\n');
  process.exit(0);
}

function child(stream: string, index: number, count: number, group: string, db: string): { ready: Promise<void>; go(): void; done: Promise<WorkerCounts> } {
  const p = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), 'child', stream, String(index), String(count), group, db], { stdio: ['pipe', 'pipe', 'inherit'] });
  let out = '';
  let ready: () => void = () => {};
  const readyP = new Promise<void>((r) => (ready = r));
  p.stdout.setEncoding('utf8').on('data', (d: string) => {
    out += d;
    if (out.startsWith('ready\n')) ready();
  });
  const done = new Promise<WorkerCounts>((resolve, reject) => {
    p.on('error', reject);
    p.on('close', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop() as string) as WorkerCounts) : reject(new Error(`worker exited ${code}`))));
  });
  return { ready: readyP, go: () => p.stdin.end('go\n'), done };
}

let nc;
try {
  nc = await connectNats(NATS_URL);
} catch (err) {
  console.log(`jetstream: skipped, NATS not reachable at ${NATS_URL} (${(err as Error).message})`);
  process.exit(0);
}
const dir = mkdtempSync(join(tmpdir(), 'smishguard-bench-js-'));
const stream = `BENCH${process.pid}`;
const target: StreamTarget = { stream, prefix: `traffic.${stream}`, partitions: PARTITIONS };
try {
  const sim = simulate({ lines: LINES, infected: INFECTED, hours: HOURS, seed: SEED });
  const lines = sim.records.map(recordLine);
  console.log(`jetstream: ${lines.length} records, ${LINES} lines, ${HOURS} h, ${INFECTED} infected, ${PARTITIONS} partitions (${NATS_URL})`);
  const t0 = performance.now();
  const pub = await publishTraffic(nc, target, lines);
  const pubMs = performance.now() - t0;
  console.log(`  publish:   ${Math.round(pub.records / (pubMs / 1000)).toLocaleString('en')} records/s (${pub.messages} messages, ${pubMs.toFixed(0)} ms)`);

  const flagged = async (db: string): Promise<string[]> => {
    const store = await openStore({ sqlitePath: db });
    const f = await linesRecords(store).listFlags({ limit: 100_000 });
    await store.close();
    return f.map((x) => `${x.kind} ${x.line} ${x.firstFlaggedAt}`).sort();
  };
  const sets: string[][] = [];
  for (const workers of [1, 2]) {
    const db = join(dir, `w${workers}.db`);
    // The store is made (migrations run) before the workers start, so they do not race to make it.
    await (await openStore({ sqlitePath: db })).close();
    const children = Array.from({ length: workers }, (_, i) => child(stream, i + 1, workers, `bench${workers}`, db));
    await Promise.all(children.map((c) => c.ready));
    const go = Date.now();
    for (const c of children) c.go();
    const runs = await Promise.all(children.map((c) => c.done));
    const records = runs.reduce((n, r) => n + r.records, 0);
    const busy = Math.max(...runs.map((r) => r.lastAt)) - go;
    const flags = await flagged(db);
    sets.push(flags);
    console.log(`  ${workers} worker${workers > 1 ? 's' : ' '}: ${Math.round(records / (busy / 1000)).toLocaleString('en')} records/s consumed, detected and recorded (${records} records, ${busy} ms busy; ${flags.length} flags in the store)`);
  }
  const equal = JSON.stringify(sets[0]) === JSON.stringify(sets[1]);
  console.log(`  flagged sets of 1 and 2 workers: ${equal ? 'equal' : 'DIFFERENT'} (${sets[0]!.length} and ${sets[1]!.length} flags)`);
  if (!equal) process.exitCode = 1;
} finally {
  await (await jetstreamManager(nc)).streams.delete(stream).catch(() => false);
  await nc.drain();
  rmSync(dir, { recursive: true, force: true });
}
