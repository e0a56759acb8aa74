// npm run bench:firewall: submit_sm through the inline firewall (ESME → firewall → SMSC) beside
// the same traffic sent straight to the SMSC (ESME → SMSC), on this machine over loopback.
// Three processes: the SMSC simulator, the firewall (`smishguard firewall`, the shipped engine,
// no store), and this one as the ESME, which keeps up to 64 submit_sm outstanding (a long
// message's parts go out together, as a windowed ESME sends them). Traffic: Japanese texts in
// UCS-2, about 10% lures (texts the engine blocks), split into concatenated parts when long.
// Two runs each way: as fast as the window allows (throughput), and paced at BENCH_RATE
// submit_sm/s (default 5,000) for the latency the firewall adds at that load.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getEngine } from '../src/engine/index.js';
import { PduLink, addressOf, encodeSm, splitForSubmit } from '../src/smpp/index.js';
import { japaneseMessages } from './messages.js';

const root = join(import.meta.dirname, '..');
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

interface Run { perSecond: number; p50: number; p99: number; sent: number; refused: number }

/** Sends messages for `seconds`, at most WINDOW PDUs outstanding; paced to `rate` PDUs/s when given. */
async function run(link: PduLink, messages: { pdus: Buffer[] }[], seconds: number, rate: number | null): Promise<Run> {
  const latencies: number[] = [];
  let inFlight = 0;
  let sent = 0;
  let refused = 0;
  let i = 0;
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
        latencies.push(performance.now() - t0);
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
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (p: number): number => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] as number;
  return { perSecond: sent / elapsed, p50: at(0.5), p99: at(0.99), sent, refused };
}

function rssOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (k: string): number => Number(new RegExp(`${k}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rss: kib('VmRSS') / 1024, peak: kib('VmHWM') / 1024 };
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
  const fw = spawn(process.execPath, [...(process.env.BENCH_FIREWALL_PROF ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_FIREWALL_PROF] : []), '--import', 'tsx', join(root, 'src', 'cli', 'main.ts'), 'firewall', '--config', config], { stdio: ['ignore', 'ignore', 'pipe'] });
  children.push(fw);
  const fwPort = Number((await waitFor(fw, 'stderr', /listening on 127\.0\.0\.1:(\d+)/))[1]);

  const direct = await bind(smscPort, 'bench', 'bench');
  const through = await bind(fwPort, 'esme', 'esme');
  // Warm-up: the firewall's engine and both paths' JIT.
  await run(through, messages, 2, null);
  await run(direct, messages, 1, null);

  const line = (name: string, r: Run): string => `${name.padEnd(34)} ${r.perSecond.toFixed(0).padStart(7)} submit_sm/s  p50 ${r.p50.toFixed(2).padStart(6)} ms  p99 ${r.p99.toFixed(2).padStart(6)} ms  (${r.sent} sent, ${r.refused} refused)`;
  const fastDirect = await run(direct, messages, SECONDS, null);
  console.log(line('direct, window full', fastDirect));
  const fastThrough = await run(through, messages, SECONDS, null);
  console.log(line('through the firewall, window full', fastThrough));
  const pacedDirect = await run(direct, messages, SECONDS, RATE);
  console.log(line(`direct, paced at ${RATE}/s`, pacedDirect));
  const pacedThrough = await run(through, messages, SECONDS, RATE);
  console.log(line(`through the firewall, paced ${RATE}/s`, pacedThrough));
  const mem = rssOf(fw.pid as number);
  console.log(`added latency at ${RATE}/s: p50 ${(pacedThrough.p50 - pacedDirect.p50).toFixed(2)} ms, p99 ${(pacedThrough.p99 - pacedDirect.p99).toFixed(2)} ms`);
  console.log(`firewall RSS ${mem.rss.toFixed(0)} MiB (peak ${mem.peak.toFixed(0)} MiB)`);
  console.log(`floor: >= 5,000 submit_sm/s through the firewall with p99 added <= 5 ms: ${fastThrough.perSecond >= 5_000 && pacedThrough.p99 - pacedDirect.p99 <= 5 ? 'met' : 'not met'}`);
  direct.destroy();
  through.destroy();
} finally {
  for (const c of children) c.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}
