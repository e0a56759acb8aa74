// npm run bench:intake: durable reports/s over HTTP against `smishguard serve` on SQLite,
// with the load generator on the same machine (loopback only, bounded in count and time).
// Each 201 means the report was committed (synchronous=FULL) before the answer.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent, request } from 'node:http';
import { benchMessages } from './messages.js';

const root = join(import.meta.dirname, '..');
const TOTAL = Number(process.env.BENCH_REPORTS ?? 20_000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);
const TIME_LIMIT_MS = 120_000;

if (spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' }).status !== 0) process.exit(1);
const dir = mkdtempSync(join(tmpdir(), 'smishguard-bench-intake-'));
const server = spawn(process.execPath, [join(root, 'bin', 'smishguard.js'), 'serve', '--http-port', '0', '--db', join(dir, 'bench.db'), '--rate-limit', '0'], {
  stdio: ['ignore', 'pipe', 'ignore'],
});
const url = await new Promise<URL>((resolve, reject) => {
  let out = '';
  const timer = setTimeout(() => reject(new Error('server did not start')), 30_000);
  server.stdout.setEncoding('utf8').on('data', (d: string) => {
    out += d;
    const m = /serving on (http:\/\/\S+)/.exec(out);
    if (m) {
      clearTimeout(timer);
      resolve(new URL(m[1] as string));
    }
  });
});

const texts = benchMessages().map((m) => JSON.stringify({ text: m.text.slice(0, 1000) }));
const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
function post(body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path: '/api/v1/reports', method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const latencies: number[] = [];
let sent = 0;
let ok = 0;
const started = process.hrtime.bigint();
const deadline = Date.now() + TIME_LIMIT_MS;
await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
  while (sent < TOTAL && Date.now() < deadline) {
    const body = texts[sent++ % texts.length] as string;
    const t = process.hrtime.bigint();
    if ((await post(body)) === 201) ok++;
    latencies.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
}));
const secs = Number(process.hrtime.bigint() - started) / 1e9;
agent.destroy();
server.kill('SIGTERM');
await new Promise((r) => server.on('exit', r));
rmSync(dir, { recursive: true, force: true });
latencies.sort((a, b) => a - b);
const pct = (p: number): string => (latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] as number).toFixed(2);
console.log(`HTTP intake on SQLite: ${ok} durable reports (201) of ${latencies.length} in ${secs.toFixed(2)} s, ${CONCURRENCY} connections`);
console.log(`  throughput  ${Math.round(ok / secs).toLocaleString('en')} reports/s`);
console.log(`  latency     p50 ${pct(0.5)} ms   p99 ${pct(0.99)} ms`);
console.log('SMPP intake (7726 deliver_sm): not built yet (issue 3)');
