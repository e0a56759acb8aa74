// A real ESME through the firewall to an SMSC that is not ours (issue 11's floor): Kannel
// (bearerbox with an SMPP smsc group, smsbox taking HTTP sendsms) → the firewall → an SMSC
// written with Perl's Net::SMPP (kannel/smsc.pl). What the carrier would notice: a long Japanese
// message arrives whole, a lure arrives tagged, and Kannel gets its delivery receipts back.
// Kannel and Net::SMPP are Debian packages (`kannel`, `libnet-smpp-perl`) that `.ci/run`
// installs; elsewhere the test says what is missing and skips.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { connect, createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { getEngine } from '../engine/index.js';
import { Firewall, parseFirewallConfig, type DecisionLogEntry } from './index.js';

const PREFIX = '【迷惑SMSの可能性】';
const LURE = '【三菱UFJ銀行】お客様の口座取引を一時的に規制しています。必ずご確認ください。https://mufg-secure.top/login';
// Three UCS-2 parts (67 characters a part with an 8-bit concatenation UDH).
const LONG = '明日の打ち合わせは午前十時から本社三階の第二会議室で行います。資料は事前に共有フォルダへ置いておきますので、各自目を通してからご参加ください。' +
  '駐車場は台数に限りがありますので、できるだけ公共交通機関をご利用いただけると助かります。ご不明な点があれば総務の田中までご連絡ください。よろしくお願いいたします。';

function which(name: string): string | undefined {
  const dirs = [...(process.env.PATH ?? '').split(delimiter), '/usr/sbin', '/usr/local/sbin'];
  return dirs.map((d) => join(d, name)).find((p) => existsSync(p));
}

const bearerbox = which('bearerbox');
const smsbox = which('smsbox');
const netSmpp = spawnSync('perl', ['-MNet::SMPP', '-e', '1']).status === 0;
const missing = [!bearerbox && 'bearerbox', !smsbox && 'smsbox', !netSmpp && "perl's Net::SMPP"].filter(Boolean);
// Under CI the packages are installed by .ci/run, so their absence is a failure, not a skip.
const skip = missing.length === 0 || process.env.CI === 'true' ? false : `${missing.join(', ')} not installed (Debian: apt-get install kannel libnet-smpp-perl)`;

const children: ChildProcess[] = [];
const cleanups: (() => Promise<void> | void)[] = [];
after(async () => {
  await Promise.all(children.map((c) => new Promise<void>((resolve) => {
    if (c.exitCode !== null || c.signalCode !== null) return resolve();
    const hard = setTimeout(() => c.kill('SIGKILL'), 3_000);
    c.once('exit', () => {
      clearTimeout(hard);
      resolve();
    });
    c.kill('SIGTERM');
  })));
  for (const c of cleanups.reverse()) await c();
});

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const { port } = s.address() as AddressInfo;
  await new Promise((resolve) => s.close(resolve));
  return port;
}

/** Resolves when `port` accepts a connection, retrying every 100 ms until `deadline`. */
async function whenListening(port: number, deadline: number, what: string): Promise<void> {
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      const s = connect({ host: '127.0.0.1', port });
      s.once('connect', () => {
        s.destroy();
        resolve(true);
      });
      s.once('error', () => resolve(false));
    });
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`${what} did not listen on ${port}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function run(cmd: string, args: string[], log: string): ChildProcess {
  const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let out = '';
  const keep = (d: Buffer): void => {
    out += d.toString('utf8');
    writeFileSync(log, out);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return child;
}

interface Submitted {
  readonly pdu: string;
  readonly message_id?: string;
  readonly source_addr?: string;
  readonly destination_addr?: string;
  readonly esm_class?: number;
  readonly data_coding?: number;
  readonly registered_delivery?: number;
  readonly short_message?: string | null;
  readonly message_payload?: string | null;
}

function records(file: string): Submitted[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.length > 0).map((l) => JSON.parse(l) as Submitted);
}

function decodeUcs2(b: Buffer): string {
  const swapped = Buffer.from(b);
  swapped.swap16();
  return swapped.toString('utf16le');
}

/** The messages the SMSC received, their parts put together by their UDH concatenation reference. */
function messages(subs: Submitted[]): { text: string; parts: number; dataCoding: number }[] {
  const sets = new Map<string, { total: number; parts: Map<number, Buffer>; dataCoding: number }>();
  const out: { text: string; parts: number; dataCoding: number }[] = [];
  for (const s of subs.filter((x) => x.pdu === 'submit_sm')) {
    const dc = s.data_coding ?? 0;
    let body = Buffer.from(s.message_payload ?? s.short_message ?? '', 'hex');
    if (((s.esm_class ?? 0) & 0x40) === 0) {
      out.push({ text: dc === 8 ? decodeUcs2(body) : body.toString('latin1'), parts: 1, dataCoding: dc });
      continue;
    }
    const udhl = body[0] ?? 0;
    const udh = body.subarray(1, 1 + udhl);
    body = body.subarray(1 + udhl);
    let key = '';
    let total = 1;
    let seq = 1;
    for (let i = 0; i + 1 < udh.length; i += 2 + (udh[i + 1] ?? 0)) {
      const iei = udh[i];
      const ie = udh.subarray(i + 2, i + 2 + (udh[i + 1] ?? 0));
      if (iei === 0x00) [key, total, seq] = [`${s.destination_addr}/8/${ie[0]}`, ie[1] ?? 1, ie[2] ?? 1];
      if (iei === 0x08) [key, total, seq] = [`${s.destination_addr}/16/${ie.readUInt16BE(0)}`, ie[2] ?? 1, ie[3] ?? 1];
    }
    const set = sets.get(key) ?? { total, parts: new Map<number, Buffer>(), dataCoding: dc };
    set.parts.set(seq, body);
    sets.set(key, set);
    if (set.parts.size === set.total) {
      const whole = Buffer.concat([...set.parts.entries()].sort((a, b) => a[0] - b[0]).map((e) => e[1]));
      out.push({ text: set.dataCoding === 8 ? decodeUcs2(whole) : whole.toString('latin1'), parts: set.total, dataCoding: set.dataCoding });
      sets.delete(key);
    }
  }
  return out;
}

test('Kannel sends through the firewall to a Net::SMPP SMSC: long Japanese text whole, lure tagged, receipts back to Kannel', { skip, timeout: 90_000 }, async () => {
  assert.deepEqual(missing, [], `CI needs ${missing.join(', ')} (.ci/run installs kannel and libnet-smpp-perl)`);
  const deadline = Date.now() + 60_000;
  const dir = mkdtempSync(join(tmpdir(), 'smishguard-kannel-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  const recordFile = join(dir, 'smsc.jsonl');

  // The SMSC, on a port of its own choosing.
  const smsc = run('perl', [join(import.meta.dirname, 'kannel', 'smsc.pl'), recordFile, 'fw', 'fwpw'], join(dir, 'smsc.log'));
  const smscPort = await new Promise<number>((resolve, reject) => {
    let seen = '';
    smsc.stdout?.on('data', (d: Buffer) => {
      seen += d.toString('utf8');
      const m = /listening (\d+)/.exec(seen);
      if (m) resolve(Number(m[1]));
    });
    smsc.once('exit', (code) => reject(new Error(`smsc.pl exited ${code}: ${readFileSync(join(dir, 'smsc.log'), 'utf8')}`)));
  });

  // The firewall, tagging what the engine finds suspicious or worse.
  const config = parseFirewallConfig({
    listen: { host: '127.0.0.1', port: 0 },
    upstream: { smsc: [`smpp://fw:fwpw@127.0.0.1:${smscPort}`], reconnectMinMs: 50, reconnectMaxMs: 500 },
    esmes: [{ systemId: 'kannel', password: 'kpw' }],
    policy: { verdicts: { block: 'tag', suspicious: 'tag', allow: 'pass' } },
  });
  assert.ok(config.ok, config.ok ? '' : config.error);
  const decisions: DecisionLogEntry[] = [];
  const fw = new Firewall({ config: config.value, engine: getEngine(), onDecision: (e) => decisions.push(e) });
  const fwPort = await fw.start();
  cleanups.push(() => fw.close());
  assert.ok(await fw.whenUpstreamBound(10_000), 'the firewall binds to the Perl SMSC');

  // Kannel's receipts, reported to this listener through smsbox's dlr-url.
  const receipts: { id: string; status: number }[] = [];
  let receiptArrived: () => void = () => {};
  const dlr: Server = createHttpServer((req, res) => {
    const u = new URL(req.url ?? '/', 'http://x');
    receipts.push({ id: u.searchParams.get('id') ?? '', status: Number(u.searchParams.get('status')) });
    res.end('ok');
    receiptArrived();
  });
  await new Promise<void>((resolve) => dlr.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => new Promise((resolve) => dlr.close(() => resolve())));
  const dlrPort = (dlr.address() as AddressInfo).port;

  const [adminPort, smsboxPort, sendsmsPort] = [await freePort(), await freePort(), await freePort()];
  const conf = join(dir, 'kannel.conf');
  writeFileSync(conf, [
    'group = core',
    `admin-port = ${adminPort}`,
    'admin-password = admin',
    'admin-allow-ip = 127.0.0.1',
    `smsbox-port = ${smsboxPort}`,
    `log-file = "${join(dir, 'bearerbox.log')}"`,
    'log-level = 0',
    'dlr-storage = internal',
    '',
    'group = smsc',
    'smsc = smpp',
    'smsc-id = firewall',
    'host = 127.0.0.1',
    `port = ${fwPort}`,
    'transceiver-mode = true',
    'smsc-username = kannel',
    'smsc-password = kpw',
    'system-type = ""',
    // The firewall answers a long message's parts when its last part came: they must all be
    // outstanding at once.
    'max-pending-submits = 10',
    'reconnect-delay = 1',
    '',
    'group = smsbox',
    'bearerbox-host = 127.0.0.1',
    `sendsms-port = ${sendsmsPort}`,
    `log-file = "${join(dir, 'smsbox.log')}"`,
    'log-level = 0',
    '',
    'group = sendsms-user',
    'username = tester',
    'password = secret',
    'max-messages = 10',
    'concatenation = true',
    '',
  ].join('\n'));
  run(bearerbox as string, [conf], join(dir, 'bearerbox.out'));
  await whenListening(smsboxPort, deadline, 'bearerbox');
  run(smsbox as string, [conf], join(dir, 'smsbox.out'));
  await whenListening(sendsmsPort, deadline, 'smsbox');

  const send = async (id: string, text: string): Promise<void> => {
    const q = new URLSearchParams({
      username: 'tester', password: 'secret', from: '09033334444', to: '09011112222', text, charset: 'UTF-8', coding: '2',
      'dlr-mask': '3', 'dlr-url': `http://127.0.0.1:${dlrPort}/dlr?id=${id}&status=%d`,
    });
    const res = await fetch(`http://127.0.0.1:${sendsmsPort}/cgi-bin/sendsms?${q}`);
    const body = await res.text();
    assert.ok(res.status === 202 || res.status === 200, `smsbox took ${id}: ${res.status} ${body}`);
  };
  await send('long', LONG);
  await send('lure', LURE);

  // Until both messages are whole at the SMSC and Kannel was told both were delivered.
  const diag = (): string => ['bearerbox.log', 'smsbox.log', 'smsc.log', 'smsc.jsonl'].map((f) => `--- ${f}\n${existsSync(join(dir, f)) ? readFileSync(join(dir, f), 'utf8').slice(-4_000) : ''}`).join('\n');
  const delivered = (id: string): boolean => receipts.some((r) => r.id === id && r.status === 1);
  for (;;) {
    const got = messages(records(recordFile));
    if (got.length >= 2 && delivered('long') && delivered('lure')) break;
    if (Date.now() > deadline) assert.fail(`not everything arrived: ${JSON.stringify(got)} receipts ${JSON.stringify(receipts)} firewall ${JSON.stringify(fw.metrics())}\n${diag()}`);
    await new Promise<void>((resolve) => {
      const t = setTimeout(resolve, 200);
      receiptArrived = () => {
        clearTimeout(t);
        resolve();
      };
    });
  }

  const got = messages(records(recordFile));
  const long = got.find((m) => m.text === LONG);
  assert.ok(long, `the long message arrives whole: ${JSON.stringify(got.map((m) => m.text))}`);
  assert.ok(long.parts >= 3, `in the parts Kannel split it into (${long.parts})`);
  assert.equal(long.dataCoding, 8);
  const lure = got.find((m) => m.text.includes('mufg-secure.top'));
  assert.equal(lure?.text, PREFIX + LURE, 'the lure arrives tagged, its text otherwise as sent');
  assert.equal(got.length, 2, 'nothing else reached the SMSC');
  assert.deepEqual(decisions.map((d) => d.action).sort(), ['pass', 'tag']);
  const subs = records(recordFile).filter((r) => r.pdu === 'submit_sm');
  assert.ok(subs.every((s) => s.source_addr === '09033334444' && s.destination_addr === '09011112222'), 'addresses as Kannel sent them');
});
