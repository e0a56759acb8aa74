// npm run bench:lines-memory: the detector's memory bound through a real server. Starts
// `smishguard serve` (from src/ under tsx) on 127.0.0.1 with a fresh SQLite store and a carrier
// key, posts BENCH_LINES (default 2,000,000) distinct sending lines to POST /api/v1/traffic in
// bodies of 10,000 records, all within two hours of event time (none expires), and prints the
// server's peak RSS (VmHWM), the lines it tracks and its evictions from /metrics.
//   BENCH_LINES=2000000 SMISHGUARD_DETECTOR_MAX_LINES=300000 BENCH_HEAP_MB=384 npm run bench:lines-memory
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../src/store/index.js';

const LINES = Number(process.env.BENCH_LINES ?? 2_000_000);
const BATCH = 10_000;
const T0 = Date.UTC(2026, 0, 5, 0, 0, 0);
const root = join(import.meta.dirname, '..');

const dir = mkdtempSync(join(tmpdir(), 'smishguard-bench-lines-memory-'));
const db = join(dir, 'bench.db');
const store = await openStore({ sqlitePath: db });
const { key } = await store.apiKeys.create({ org: 'Bench Mobile', role: 'carrier' });
await store.close();
// The store's keyed-hash secret lives beside it, never in it; `serve` refuses a store without one.
writeFileSync(`${db}.secret`, randomBytes(32).toString('hex'), { mode: 0o600 });
// The old-generation budget the server is given, as an operator gives it to fit a container
// (0: V8's own, which on a host with many GiB lets garbage grow to ~600 MiB before collecting
// though the detector's state is bounded; the resting RSS is the same either way).
const HEAP_MB = Number(process.env.BENCH_HEAP_MB ?? 384);
const heapFlags = HEAP_MB > 0 ? [`--max-old-space-size=${HEAP_MB}`] : [];
const server = spawn(process.execPath, [...heapFlags, '--import', 'tsx', join(root, 'src', 'cli', 'main.ts'), 'serve', '--http-port', '0', '--db', db, '--rate-limit', '0'], { stdio: ['ignore', 'pipe', 'inherit'], env: process.env });
const rss = (field: 'VmHWM' | 'VmRSS'): number => Number(/(\d+) kB/.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8').split('\n').find((l) => l.startsWith(field)) ?? '')?.[1] ?? 0) / 1024;
try {
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 60_000);
    server.stdout!.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      const m = /serving on (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1] as string);
      }
    });
  });
  console.log(`server ${server.pid} at ${url} (${HEAP_MB > 0 ? `--max-old-space-size=${HEAP_MB}` : "V8's default heap"}): RSS at start ${rss('VmRSS').toFixed(0)} MiB`);
  const started = performance.now();
  let accepted = 0;
  for (let i = 0; i < LINES; i += BATCH) {
    const rows: string[] = [];
    for (let j = i; j < Math.min(LINES, i + BATCH); j++) {
      const ts = new Date(T0 + Math.floor((j / LINES) * 2 * 3_600_000)).toISOString();
      rows.push(JSON.stringify({ ts, from: `070${String(j).padStart(8, '0')}`, to: `080${String((j * 7919) % 100_000_000).padStart(8, '0')}`, origin: 'handset', text: j % 10 === 0 ? 'これ見て https://www.youtube.com/watch?v=abc' : '了解です' }));
    }
    const r = await fetch(`${url}/api/v1/traffic`, { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/x-ndjson' }, body: rows.join('\n') });
    if (r.status !== 202) throw new Error(`POST /api/v1/traffic: ${r.status} ${await r.text()}`);
    accepted += ((await r.json()) as { accepted: number }).accepted;
    if ((i / BATCH) % 50 === 0) console.log(`  ${accepted.toLocaleString('en')} lines posted, RSS ${rss('VmRSS').toFixed(0)} MiB (peak ${rss('VmHWM').toFixed(0)})`);
  }
  const secs = (performance.now() - started) / 1000;
  const metrics = await (await fetch(`${url}/metrics`)).text();
  const metric = (name: string): string => new RegExp(`^${name} (\\S+)`, 'm').exec(metrics)?.[1] ?? '?';
  console.log(`${accepted.toLocaleString('en')} distinct sending lines in ${secs.toFixed(1)} s (${Math.round(accepted / secs).toLocaleString('en')} records/s over HTTP)`);
  console.log(`peak RSS ${rss('VmHWM').toFixed(0)} MiB (now ${rss('VmRSS').toFixed(0)} MiB); detector tracks ${metric('smishguard_detector_lines')} lines, evicted ${metric('smishguard_detector_evictions_total')}`);
} finally {
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  rmSync(dir, { recursive: true, force: true });
}
