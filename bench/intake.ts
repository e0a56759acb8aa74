// npm run bench:intake: durable reports/s into `smishguard serve` on SQLite, with the load
// generator on the same machine (loopback only, bounded in count and time): over HTTP here
// (benchHttp), over SMPP from the intake's own bench (benchSmpp, see the marked place below).
// Each 201 means the report was committed (synchronous=FULL) before the answer.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent, request } from 'node:http';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { benchMessages } from './messages.js';

const root = join(import.meta.dirname, '..');
const TOTAL = Number(process.env.BENCH_REPORTS ?? 20_000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);
const TIME_LIMIT_MS = 120_000;

/** Starts the built server (dist/: build first) as a child process on a fresh SQLite file, fires reports, prints figures. */
export async function benchHttp(): Promise<{ reportsPerSecond: number; p50Ms: number; p99Ms: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'smishguard-bench-intake-'));
  const server = spawn(process.execPath, [join(root, 'bin', 'smishguard.js'), 'serve', '--http-port', '0', '--db', join(dir, 'bench.db'), '--rate-limit', '0'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  try {
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
    const post = (body: string): Promise<number> => new Promise((resolve, reject) => {
      const req = request({ host: url.hostname, port: url.port, path: '/api/v1/reports', method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      });
      req.on('error', reject);
      req.end(body);
    });

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
    latencies.sort((a, b) => a - b);
    const pct = (p: number): number => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] as number;
    const rss = await serverRssMiB(server.pid);
    console.log(`HTTP intake on SQLite: ${ok} durable reports (201) of ${latencies.length} in ${secs.toFixed(2)} s, ${CONCURRENCY} connections`);
    console.log(`  throughput  ${Math.round(ok / secs).toLocaleString('en')} reports/s`);
    console.log(`  latency     p50 ${pct(0.5).toFixed(2)} ms   p99 ${pct(0.99).toFixed(2)} ms`);
    if (rss !== null) console.log(`  server RSS  ${rss} MiB after the run`);
    return { reportsPerSecond: ok / secs, p50Ms: pct(0.5), p99Ms: pct(0.99) };
  } finally {
    const gone = new Promise((r) => server.on('exit', r));
    server.kill('SIGTERM');
    await gone;
    rmSync(dir, { recursive: true, force: true });
  }
}

async function serverRssMiB(pid: number | undefined): Promise<number | null> {
  if (pid === undefined) return null;
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
    return kb ? Math.round(Number(kb) / 1024) : null;
  } catch {
    return null;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' }).status !== 0) process.exit(1);
  await benchHttp();

  // ---- SMPP intake: the SMPP developer's part goes here ---------------------------------
  // Export `benchSmpp(): Promise<{ reportsPerSecond: number; p50Ms: number; p99Ms: number }>`
  // from bench/intake-smpp.ts (deliver_sm to 7726 against a child-process server, same
  // bounds: loopback only, count- and time-limited) and call it here, after benchHttp.
  const smpp = join(root, 'bench', 'intake-smpp.ts');
  if (existsSync(smpp)) {
    const mod = (await import(pathToFileURL(smpp).href)) as { benchSmpp?: () => Promise<unknown> };
    if (typeof mod.benchSmpp === 'function') await mod.benchSmpp();
    else console.log('SMPP intake: bench/intake-smpp.ts exports no benchSmpp()');
  } else {
    console.log('SMPP intake (7726 deliver_sm): not built yet (bench/intake-smpp.ts)');
  }
  // ----------------------------------------------------------------------------------------
}
