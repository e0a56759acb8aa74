// npm run bench:firewall: submit_sm through the inline firewall (ESME → firewall → SMSC) beside
// the same traffic sent straight to the SMSC (ESME → SMSC), on this machine over loopback.
// Three processes: the SMSC simulator, the firewall (`smishguard firewall`, the shipped engine,
// no store), and this one as the ESME, which keeps up to 64 submit_sm outstanding (a long
// message's parts go out together, as a windowed ESME sends them). Traffic: Japanese texts in
// UCS-2, about 10% lures (texts the engine blocks), split into concatenated parts when long.
// Two runs each way: as fast as the window allows (throughput), and paced at BENCH_RATE
// submit_sm/s (default 5,000) for the latency the firewall adds at that load (the paced runs
// in alternate one-second slices, and without the ESME's own GC pauses: see pacedPair, esmeGc).
// The firewall runs as shipped: the built command (bin/smishguard.js, dist/), built first as
// bench/engine.ts does. Under the tsx loader (BENCH_FIREWALL_FROM_SOURCE=1, the bench's way until
// 2026-12-06) every named function made inside another is wrapped by esbuild's __name helper, an
// Object.defineProperty a closure made; CPU profiles of the firewall at 5,000/s put ~9% of its
// main thread there (ToPropertyDescriptor, JSFunction::GetName, map migrations), a cost the
// shipped command does not have.
// BENCH_FIREWALL_BIN=PATH runs another build's bin/smishguard.js (an A/B against another commit).
// BENCH_FIREWALL_FLAGS adds node options to the firewall process (e.g. --trace-gc, with
// BENCH_FIREWALL_STDOUT=FILE for where its output goes).
// The firewall runs with --trace-gc-nvp (unless BENCH_FIREWALL_STDOUT is set), and its
// collections during the paced runs are printed per submit_sm: allocated, promoted, scavenges
// and their pauses. On a shared machine these move far less than latency does, so they are the
// figures to compare between versions. What they showed (README "Firewall", 2026-12-06): the
// receipt routes, a Map of a million objects, were most of what was promoted (now typed
// arrays, src/firewall/route-table.ts); what remains is allocation,
// a scavenge every ~500 submit_sm at V8's default young generation, which the firewall command
// enlarges by restarting itself (process.execve, Node 22.15+; on Node 20 give
// BENCH_FIREWALL_FLAGS="--max-semi-space-size=64 --min-semi-space-size=64").
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { PerformanceObserver } from 'node:perf_hooks';
import { join } from 'node:path';
import { getEngine } from '../src/engine/index.js';
import { PduLink, addressOf, encodeSm, splitForSubmit } from '../src/smpp/index.js';
import { japaneseMessages } from './messages.js';

const root = join(import.meta.dirname, '..');
const fromSource = process.env.BENCH_FIREWALL_FROM_SOURCE === '1';
if (!fromSource && spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' }).status !== 0) process.exit(1);
const WINDOW = 64;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const RATE = Number(process.env.BENCH_RATE ?? 5_000);
const LURE_SHARE = 0.1;

/** Messages as the PDUs of their parts; a tenth of them lures. */
function traffic(): { pdus: Buffer[]; lure: boolean }[] {
  const engine = getEngine();
  const lures: string[] = [];
  const plain: string[] = [];
  for (const m of japaneseMessages()) {
    if (!/[\u3040-\u30ff\u4e00-\u9fff]/.test(m.text) || m.text.length > 400) continue;
    const v = engine.analyse(m).verdict;
    if (v === 'block') lures.push(m.text);
    else if (v === 'allow') plain.push(m.text);
  }
  const out: { pdus: Buffer[]; lure: boolean }[] = [];
  let ref = 0;
  const total = 5_000;
  for (let i = 0; i < total; i++) {
    const lure = i % Math.round(1 / LURE_SHARE) === 0;
    const pool = lure ? lures : plain;
    const text = pool[(i * 7919) % pool.length] as string;
    ref = (ref + 1) & 0xff;
    const split = splitForSubmit(text, { scheme: 'udh8', reference: ref, coding: 'ucs2' });
    if (!split.ok) continue;
    out.push({
      lure,
      pdus: split.parts.map((p) => encodeSm('submit_sm', 1, {
        source: addressOf('0312345678'), dest: addressOf(`090${String(10_000_000 + i).slice(-8)}`), esmClass: p.esmClass, dataCoding: p.dataCoding,
        shortMessage: p.shortMessage, registeredDelivery: 1,
      })),
    });
  }
  return out;
}

function waitFor(child: ChildProcess, stream: 'stdout' | 'stderr', re: RegExp): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`no match for ${re} in: ${seen}`)), 30_000);
    child[stream]?.setEncoding('utf8').on('data', (d: string) => {
      seen += d;
      const m = re.exec(seen);
      if (m) {
        clearTimeout(timer);
        resolve(m);
      }
    });
  });
}

async function bind(port: number, systemId: string, password: string): Promise<PduLink> {
  const socket = connect({ host: '127.0.0.1', port });
  await new Promise((resolve) => socket.once('connect', resolve));
  const link = new PduLink(socket, { responseTimeoutMs: 30_000, onRequest: (req) => link.respond(req.pdu, 0) });
  const r = await link.request('bind_transceiver', { system_id: systemId, password, interface_version: 0x34 });
  if (!r.ok || r.pdu.command_status !== 0) throw new Error(`bind to ${port} refused`);
  return link;
}

interface Run { perSecond: number; p50: number; p99: number; raw: { p50: number; p99: number }; sent: number; refused: number }

// This process's own GC pauses (the ESME's, not the firewall's): a response that arrives while
// the ESME is collecting waits for it, through the firewall or not. Each latency has the ESME's
// pause time inside it taken out, so that neither run is charged for the load generator's GC
// (the figures as measured are printed too).
const esmeGc: { start: number; end: number }[] = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) esmeGc.push({ start: e.startTime, end: e.startTime + e.duration });
}).observe({ entryTypes: ['gc'] });

function esmeGcWithin(from: number, to: number): number {
  let ms = 0;
  for (let i = esmeGc.length - 1; i >= 0; i--) {
    const g = esmeGc[i] as { start: number; end: number };
    if (g.end <= from) break;
    if (g.start < to) ms += Math.min(to, g.end) - Math.max(from, g.start);
  }
  return ms;
}

interface Sent { times: number[]; sent: number; refused: number; seconds: number }

/** Where each link is in the traffic, so that slices of a run go on through it rather than start over. */
const cursors = new Map<PduLink, number>();

/** Sends messages for `seconds`, at most WINDOW PDUs outstanding; paced to `rate` PDUs/s when given. */
async function send(link: PduLink, messages: { pdus: Buffer[] }[], seconds: number, rate: number | null): Promise<Sent> {
  // Send and response times, in pairs.
  const times: number[] = [];
  let inFlight = 0;
  let sent = 0;
  let refused = 0;
  let i = cursors.get(link) ?? 0;
  const started = performance.now();
  const end = started + seconds * 1000;
  let wake: (() => void) | null = null;
  const done: Promise<void>[] = [];
  while (performance.now() < end) {
    const m = messages[i++ % messages.length] as { pdus: Buffer[] };
    if (rate !== null) {
      // Paced: the next message goes when its time has come.
      const due = started + (sent / rate) * 1000;
      const wait = due - performance.now();
      if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    }
    while (inFlight + m.pdus.length > WINDOW) await new Promise<void>((r) => (wake = r));
    inFlight += m.pdus.length;
    for (const pdu of m.pdus) {
      const t0 = performance.now();
      sent++;
      done.push(link.requestRaw(pdu).then((r) => {
        times.push(t0, performance.now());
        if (!r.ok || r.pdu.command_status !== 0) refused++;
        inFlight--;
        const w = wake;
        wake = null;
        w?.();
      }));
    }
    if (done.length > 10_000) await Promise.all(done.splice(0, 5_000));
  }
  await Promise.all(done);
  cursors.set(link, i);
  return { times, sent, refused, seconds: (performance.now() - started) / 1000 };
}

async function summarise(slices: Sent[]): Promise<Run> {
  // GC entries reach the observer a little after the pause.
  await new Promise((r) => setTimeout(r, 50));
  esmeGc.sort((a, b) => a.start - b.start);
  const raw: number[] = [];
  const latencies: number[] = [];
  for (const { times } of slices) {
    for (let k = 0; k < times.length; k += 2) {
      const t0 = times[k] as number;
      const t1 = times[k + 1] as number;
      raw.push(t1 - t0);
      latencies.push(t1 - t0 - esmeGcWithin(t0, t1));
    }
  }
  const at = (xs: number[], p: number): number => xs[Math.min(xs.length - 1, Math.floor(p * xs.length))] as number;
  raw.sort((a, b) => a - b);
  latencies.sort((a, b) => a - b);
  const sum = (f: (x: Sent) => number): number => slices.reduce((n, x) => n + f(x), 0);
  return { perSecond: sum((x) => x.sent) / sum((x) => x.seconds), p50: at(latencies, 0.5), p99: at(latencies, 0.99), raw: { p50: at(raw, 0.5), p99: at(raw, 0.99) }, sent: sum((x) => x.sent), refused: sum((x) => x.refused) };
}

async function run(link: PduLink, messages: { pdus: Buffer[] }[], seconds: number, rate: number | null): Promise<Run> {
  const r = await summarise([await send(link, messages, seconds, rate)]);
  esmeGc.length = 0;
  return r;
}

/**
 * The paced runs, direct and through the firewall, in alternate one-second slices: on a machine
 * that other work shares, both paths then see the same background load (run one after the
 * other, a busy spell in one run's seconds and not the other's moved the difference by more
 * than the firewall adds).
 */
async function pacedPair(direct: PduLink, through: PduLink, messages: { pdus: Buffer[] }[], seconds: number, rate: number): Promise<{ direct: Run; through: Run }> {
  const d: Sent[] = [];
  const t: Sent[] = [];
  for (let s = 0; s < seconds; s++) {
    d.push(await send(direct, messages, 1, rate));
    t.push(await send(through, messages, 1, rate));
  }
  const r = { direct: await summarise(d), through: await summarise(t) };
  esmeGc.length = 0;
  return r;
}

/** How long the process's main thread has run and waited runnable for a CPU, and all its threads have run (ms; Linux schedstat). */
function schedOf(pid: number): { ran: number; waited: number; allRan: number } | null {
  try {
    const read = (tid: string): number[] => readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ').map(Number);
    const [ran, waited] = read(String(pid));
    let allRan = 0;
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      try {
        allRan += read(tid)[0] ?? 0;
      } catch {
        // A thread that ended meanwhile.
      }
    }
    return { ran: (ran ?? 0) / 1e6, waited: (waited ?? 0) / 1e6, allRan: allRan / 1e6 };
  } catch {
    return null;
  }
}

function uptimeLoad(): string {
  return `load average ${loadavg().map((x) => x.toFixed(2)).join(' ')} on ${availableParallelism()} cores`;
}

function rssOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (k: string): number => Number(new RegExp(`${k}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rss: kib('VmRSS') / 1024, peak: kib('VmHWM') / 1024 };
}

const fwGc: { at: number; pause: number; kind: string; promoted: number; survived: number; allocated: number }[] = [];

/** The firewall's collections between two moments of this process's clock, per 10,000 submit_sm. */
function fwGcOver(from: number, to: number, submits: number): string {
  const gcs = fwGc.filter((g) => g.at >= from && g.at < to);
  const scav = gcs.filter((g) => g.kind === 's');
  const per10k = (x: number): string => ((x * 10_000) / submits).toFixed(1);
  const sum = (xs: typeof gcs, f: (g: (typeof gcs)[number]) => number): number => xs.reduce((n, g) => n + f(g), 0);
  const pauses = scav.map((g) => g.pause).sort((a, b) => a - b);
  return `${per10k(scav.length)} scavenges per 10k submit_sm (pause ${per10k(sum(scav, (g) => g.pause))} ms per 10k, max ${(pauses[pauses.length - 1] ?? 0).toFixed(1)} ms), ` +
    `${(sum(gcs, (g) => g.allocated) / submits / 1024).toFixed(1)} KiB allocated, ${(sum(scav, (g) => g.promoted) / submits).toFixed(0)} bytes promoted and ${(sum(scav, (g) => g.survived) / submits).toFixed(0)} kept young a submit_sm; ` +
    `${gcs.length - scav.length} other collections (pause ${sum(gcs.filter((g) => g.kind !== 's'), (g) => g.pause).toFixed(1)} ms)`;
}

const dir = mkdtempSync(join(tmpdir(), 'smishguard-bench-firewall-'));
const children: ChildProcess[] = [];
try {
  const messages = traffic();
  const pdus = messages.reduce((n, m) => n + m.pdus.length, 0);
  console.log(`traffic: ${messages.length} messages, ${pdus} submit_sm (${(pdus / messages.length).toFixed(2)} parts a message), ${messages.filter((m) => m.lure).length} lures; window ${WINDOW}; ${SECONDS} s a run`);

  const smsc = spawn(process.execPath, ['--import', 'tsx', join(root, 'bench', 'firewall-smsc.ts')], { stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(smsc);
  const smscPort = Number((await waitFor(smsc, 'stdout', /listening on (\d+)/))[1]);

  const config = join(dir, 'firewall.json');
  writeFileSync(config, JSON.stringify({
    listen: { host: '127.0.0.1', port: 0 },
    upstream: { smsc: [`smpp://bench:bench@127.0.0.1:${smscPort}`], window: WINDOW },
    esmes: [{ systemId: 'esme', password: 'esme' }],
    policy: { verdicts: { block: 'block', suspicious: 'tag', allow: 'pass' } },
    decisionLog: join(dir, 'decisions.jsonl'),
  }));
  // The firewall's collections, read from its --trace-gc-nvp lines as they come (unless its
  // output goes to a file): what survives per message moves far less with the machine's load than latency.
  const traceGc = !process.env.BENCH_FIREWALL_STDOUT;
  const fw = spawn(process.execPath, [...(process.env.BENCH_FIREWALL_PROF ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_FIREWALL_PROF] : []), ...(traceGc ? ['--trace-gc-nvp'] : []), ...(process.env.BENCH_FIREWALL_FLAGS?.split(' ').filter(Boolean) ?? []), ...(fromSource ? ['--import', 'tsx', join(root, 'src', 'cli', 'main.ts')] : [process.env.BENCH_FIREWALL_BIN ?? join(root, 'bin', 'smishguard.js')]), 'firewall', '--config', config], { stdio: ['ignore', process.env.BENCH_FIREWALL_STDOUT ? openSync(process.env.BENCH_FIREWALL_STDOUT, 'w') : 'pipe', 'pipe'] });
  children.push(fw);
  if (traceGc) {
    let rest = '';
    fw.stdout?.setEncoding('utf8').on('data', (d: string) => {
      const lines = (rest + d).split('\n');
      rest = lines.pop() ?? '';
      for (const l of lines) {
        const field = (name: string): string | undefined => new RegExp(` ${name}=([\\w.]+)`).exec(l)?.[1];
        const kind = field('gc');
        if (kind) fwGc.push({ at: performance.now(), pause: Number(field('pause')), kind, promoted: Number(field('promoted') ?? 0), survived: Number(field('new_space_survived') ?? 0), allocated: Number(field('allocated') ?? 0) });
      }
    });
  }
  const fwPort = Number((await waitFor(fw, 'stderr', /listening on 127\.0\.0\.1:(\d+)/))[1]);

  const direct = await bind(smscPort, 'bench', 'bench');
  const through = await bind(fwPort, 'esme', 'esme');
  // Warm-up: the firewall's engine and both paths' JIT.
  await run(through, messages, 2, null);
  await run(direct, messages, 1, null);

  const line = (name: string, r: Run): string => `${name.padEnd(34)} ${r.perSecond.toFixed(0).padStart(7)} submit_sm/s  p50 ${r.p50.toFixed(2).padStart(6)} ms  p99 ${r.p99.toFixed(2).padStart(6)} ms  (as measured, ESME GC in: p50 ${r.raw.p50.toFixed(2)}, p99 ${r.raw.p99.toFixed(2)}; ${r.sent} sent, ${r.refused} refused)`;
  const fastDirect = await run(direct, messages, SECONDS, null);
  console.log(line('direct, window full', fastDirect));
  const fastThrough = await run(through, messages, SECONDS, null);
  console.log(line('through the firewall, window full', fastThrough));
  const pids = { esme: process.pid, firewall: fw.pid as number, smsc: smsc.pid as number };
  const schedBefore = (Object.entries(pids) as [keyof typeof pids, number][]).map(([k, pid]) => [k, schedOf(pid)] as const);
  const pacedStarted = performance.now();
  const paced = await pacedPair(direct, through, messages, SECONDS, RATE);
  const pacedMs = performance.now() - pacedStarted;
  // On a shared machine a runnable process waits for a core; that wait is latency no code here can remove.
  const sched = schedBefore.flatMap(([k, b]) => {
    const a = schedOf(pids[k]);
    return a && b ? [`${k} ran ${((100 * (a.ran - b.ran)) / pacedMs).toFixed(0)}%, waited for a CPU ${((100 * (a.waited - b.waited)) / pacedMs).toFixed(1)}%`] : [];
  });
  const pacedDirect = paced.direct;
  const pacedThrough = paced.through;
  console.log(line(`direct, paced at ${RATE}/s`, pacedDirect));
  console.log(line(`through the firewall, paced ${RATE}/s`, pacedThrough));
  const mem = rssOf(fw.pid as number);
  console.log(`added latency at ${RATE}/s: p50 ${(pacedThrough.p50 - pacedDirect.p50).toFixed(2)} ms, p99 ${(pacedThrough.p99 - pacedDirect.p99).toFixed(2)} ms (as measured: p50 ${(pacedThrough.raw.p50 - pacedDirect.raw.p50).toFixed(2)} ms, p99 ${(pacedThrough.raw.p99 - pacedDirect.raw.p99).toFixed(2)} ms)`);
  if (sched.length > 0) console.log(`paced runs, main threads: ${sched.join('; ')} (${uptimeLoad()})`);
  // The firewall's own cost, which the machine's load moves far less than it moves latency.
  const fwBefore = schedBefore.find(([k]) => k === 'firewall')?.[1];
  const fwAfter = schedOf(pids.firewall);
  if (fwBefore && fwAfter) console.log(`firewall CPU a submit_sm at ${RATE}/s: ${((1000 * (fwAfter.ran - fwBefore.ran)) / pacedThrough.sent).toFixed(0)} µs on its main thread, ${((1000 * (fwAfter.allRan - fwBefore.allRan)) / pacedThrough.sent).toFixed(0)} µs with its other threads (GC helpers, libuv pool)`);
  if (traceGc) console.log(`firewall GC over the paced runs: ${fwGcOver(pacedStarted, pacedStarted + pacedMs, pacedThrough.sent)}`);
  console.log(`firewall RSS ${mem.rss.toFixed(0)} MiB (peak ${mem.peak.toFixed(0)} MiB)`);
  console.log(`floor: >= 5,000 submit_sm/s through the firewall with p99 added <= 5 ms: ${fastThrough.perSecond >= 5_000 && pacedThrough.p99 - pacedDirect.p99 <= 5 ? 'met' : 'not met'}`);
  direct.destroy();
  through.destroy();
} finally {
  for (const c of children) c.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}
