// Durable reports/s over SMPP: the 7726 intake of `smishguard serve` (a child process, built
// dist/, fresh SQLite file with synchronous=FULL) bound to the SMSC simulator in this
// process, which sends each subscriber's forward as deliver_sm (UCS-2 or GSM 7-bit,
// concatenated when long) with a window of outstanding PDUs. A deliver_sm_resp with status 0
// means the report was committed; the count is checked against the database at the end.
// Latency: from the deliver_sm that completes a message to its deliver_sm_resp. Loopback
// only; bounded in count (BENCH_SMPP_REPORTS, default 20,000) and time (60 s).
//   npm run build && node --import tsx bench/intake-smpp.ts
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openSqliteFile } from '../src/store/index.js';
import { classifyInbound } from '../src/intake/index.js';
import { SmscServer, addressOf, splitForSubmit, type SubmitPart } from '../src/smpp/index.js';
import { benchMessages } from './messages.js';

const root = join(import.meta.dirname, '..');
const TOTAL = Number(process.env.BENCH_SMPP_REPORTS ?? 20_000);
const WINDOW = Number(process.env.BENCH_SMPP_WINDOW ?? 64);
const TIME_LIMIT_MS = 60_000;

function percentile(sorted: number[], p: number): number {
  return sorted.length ? (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number) : NaN;
}

function peakRssMiB(pid: number | undefined): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : NaN;
  } catch {
    return NaN;
  }
}

export async function benchSmpp(): Promise<{ reportsPerSecond: number; p50Ms: number; p99Ms: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'smishguard-bench-smpp-'));
  // Room for every reply in flight: thousands of 3-part ask-backs arrive interleaved.
  const sim = new SmscServer({ systemId: 'bench', password: 'bench', responseTimeoutMs: 30_000, reassembly: { maxSets: 1_000_000 } });
  const port = await sim.listen();
  let replies = 0;
  sim.on('submit', () => replies++);
  const db = join(dir, 'bench.db');
  const server = spawn(process.execPath, [
    join(root, 'bin', 'smishguard.js'), 'serve', '--http-port', '0', '--db', db,
    '--smsc', `smpp://bench:bench@127.0.0.1:${port}`, '--short-code', '7726',
  ], { stdio: ['ignore', 'ignore', 'inherit'] });
  try {
    if (!(await sim.waitForBind(30_000))) throw new Error('the server did not bind to the simulator');

    // Each report from its own subscriber (one subscriber's texts are taken in order).
    const texts = benchMessages().map((m) => m.text.slice(0, 600));
    const messages: SubmitPart[][] = texts.map((t, i) => {
      const s = splitForSubmit(t, { scheme: 'udh8', reference: i });
      if (!s.ok) throw new Error(s.message);
      return s.parts;
    });
    // A text that is empty, a bare number or "unknown" is a dialogue step, not a report.
    const makesReport = texts.map((t) => ['forward', 'call'].includes(classifyInbound(t).kind));
    let expected = 0;
    const latencies: number[] = [];
    let next = 0;
    let ok = 0;
    let refused = 0;
    let pdus = 0;
    const dest = addressOf('7726');
    const started = process.hrtime.bigint();
    const deadline = Date.now() + TIME_LIMIT_MS;
    await Promise.all(Array.from({ length: WINDOW }, async () => {
      while (next < TOTAL && Date.now() < deadline) {
        const i = next++;
        const parts = messages[i % messages.length] as SubmitPart[];
        const source = addressOf(`090${String(10_000_000 + i).padStart(8, '0')}`);
        let accepted = true;
        for (const [k, part] of parts.entries()) {
          const t = process.hrtime.bigint();
          const r = await sim.deliverSm({ source, dest, esmClass: part.esmClass, dataCoding: part.dataCoding, shortMessage: part.shortMessage });
          pdus++;
          if (k === parts.length - 1) latencies.push(Number(process.hrtime.bigint() - t) / 1e6);
          if (!r.ok || r.pdu.command_status !== 0) {
            accepted = false;
            break;
          }
        }
        if (accepted) {
          ok++;
          if (makesReport[i % messages.length]) expected++;
        } else refused++;
      }
    }));
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    // Give the ask-back replies a moment to arrive before the server stops.
    const until = Date.now() + 10_000;
    while (replies < ok && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    const rss = peakRssMiB(server.pid);
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
    const file = openSqliteFile(db, { readonly: true });
    const stored = (file.prepare('select count(*) as n from reports').get() as { n: number }).n;
    const open = (file.prepare('select count(*) as n from intake_dialogues').get() as { n: number }).n;
    file.close();

    latencies.sort((a, b) => a - b);
    const result = { reportsPerSecond: Math.round(expected / seconds), p50Ms: percentile(latencies, 50), p99Ms: percentile(latencies, 99) };
    console.log(`SMPP intake (7726 deliver_sm → committed report → deliver_sm_resp), SQLite synchronous=FULL, window ${WINDOW}:`);
    console.log(`  ${ok} messages accepted, ${expected} of them reports (${pdus} deliver_sm, ${refused} refused) in ${seconds.toFixed(1)} s: ${result.reportsPerSecond} durable reports/s`);
    console.log(`  latency of the completing deliver_sm to its resp: p50 ${result.p50Ms.toFixed(2)} ms, p99 ${result.p99Ms.toFixed(2)} ms, max ${(latencies.at(-1) ?? NaN).toFixed(2)} ms`);
    console.log(`  in the database after SIGTERM: ${stored} reports, ${open} open dialogues; ask-back replies received: ${replies}; server peak RSS ${rss} MiB`);
    if (stored !== expected) console.log(`  MISMATCH: ${expected} reports acknowledged but ${stored} stored`);
    else console.log(`  every acknowledged report is stored (${ok - expected} texts were dialogue steps: empty, a bare number, "unknown")`);
    if (result.reportsPerSecond < 1000) console.log('  BELOW the floor of 1,000 reports/s');
    return result;
  } finally {
    if (server.exitCode === null) server.kill('SIGKILL');
    await sim.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' }).status !== 0) process.exit(1);
  await benchSmpp();
}
