// Seeded fuzzing of the whole HTTP surface (issue 10's floor): mutated URLs, headers and
// bodies for every route through app.inject, and malformed HTTP over a loopback socket. No
// input may crash the server or get a 5xx, and every refusal carries a stable `E_…` code
// (the `x-error-code` header, and the same `code` in a JSON body).
//
//   FUZZ_INPUTS=1000000 FUZZ_SEED=7726 node scripts/test.mjs src/web/fuzz.test.ts
//
// Defaults: 20,000 inputs, seed 7726. The figures are printed at the end.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { connect, type AddressInfo } from 'node:net';
import { seededRandom } from '../core/model/index.js';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { getEngine } from '../engine/index.js';
import { SmppClient, SmscServer, linksSender } from '../smpp/index.js';
import { sqliteDatabase, type TestDatabase } from '../store/test-support.js';
import type { Store } from '../store/index.js';
import { buildApp, loadOptionalPlugins } from './index.js';
import { Resolver } from 'node:dns/promises';

function deadResolver(): Resolver {
  const r = new Resolver({ timeout: 50, tries: 1 });
  r.setServers(['127.0.0.1:9']);
  return r;
}

const INPUTS = Number(process.env.FUZZ_INPUTS ?? 20_000);
const SEED = Number(process.env.FUZZ_SEED ?? 7726);
/** One input in this many goes over a real socket as raw bytes (the parser's errors). */
// Incomplete requests wait for the server's request timeout (300 ms here).
const RAW_EVERY = 50;


const random = seededRandom(SEED);
const int = (n: number): number => Math.floor(random() * n);
const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)] as T;
const chance = (p: number): boolean => random() < p;

const NASTY = [
  '', ' ', '\u0000', '%00', '%', '%zz', '%E0%A4%A', '%ED%A0%80', '..', '../..', '\u202e', '\ud800', '\udc00', '😀', '＝1+1', "' OR 1=1 --",
  '<script>alert(1)</script>', '${7*7}', '{{7*7}}', '\r\n', '\t', 'null', 'true', '-1', '0', '1e309', 'NaN', '__proto__', 'constructor',
  '09012345678', '+819012345678', '090-1234-5678', '0005-01-7726', 'R-ABCDE-12345', 'C-00001', 'あ'.repeat(50), 'x'.repeat(300),
];
const randomString = (max = 40): string => {
  const len = int(max);
  let s = '';
  for (let i = 0; i < len; i++) {
    const r = random();
    s += r < 0.6 ? String.fromCharCode(0x20 + int(95)) : r < 0.8 ? String.fromCharCode(0x3040 + int(0x60)) : r < 0.9 ? String.fromCharCode(int(0x20)) : String.fromCharCode(int(0x10000));
  }
  return s;
};
/** Percent-encodes, and writes an unpaired surrogate as the bytes a client would send for it. */
const enc = (s: string): string => {
  try {
    return encodeURIComponent(s);
  } catch {
    return s.replace(/[\ud800-\udfff]/g, '%ED%A0%80').replace(/[^%\w-]/g, (c) => encodeURIComponent(c));
  }
};
const token = (): string => (chance(0.5) ? pick(NASTY) : randomString());

function randomJson(depth = 0): unknown {
  const r = random();
  if (depth > 4 || r < 0.3) return pick<unknown>([null, true, false, 0, -1, 1.5, 1e308, token(), int(1e9)]);
  if (r < 0.6) return Array.from({ length: int(4) }, () => randomJson(depth + 1));
  return Object.fromEntries(Array.from({ length: int(5) }, () => [chance(0.7) ? pick(['text', 'from', 'sender', 'channel', 'state', 'note', 'reason', 'receivedVia', 'detection', 'warnings', 'ts', 'to', 'origin']) : token(), randomJson(depth + 1)]));
}

const ROUTES: readonly { method: string; path: () => string; body?: () => unknown; type?: string }[] = [
  { method: 'POST', path: () => '/api/v1/check', body: () => ({ text: token(), from: chance(0.5) ? token() : undefined }) },
  { method: 'POST', path: () => '/api/v1/reports', body: () => ({ text: token(), sender: chance(0.5) ? token() : undefined, channel: pick(['web', 'api', token()]) }) },
  { method: 'GET', path: () => `/api/v1/reports?limit=${enc(token())}&verdict=${enc(token())}` },
  { method: 'GET', path: () => `/api/v1/reports/${pick([enc(token()), token()])}` },
  { method: 'POST', path: () => `/api/v1/reports/${enc(token())}/details`, body: () => ({ sender: token(), receivedVia: token(), note: token() }) },
  { method: 'GET', path: () => `/api/v1/indicators?kind=${enc(token())}` },
  { method: 'POST', path: () => '/api/v1/traffic', type: 'application/x-ndjson', body: () => Array.from({ length: 1 + int(4) }, () => (chance(0.7) ? JSON.stringify({ ts: pick([token(), '2026-11-02T09:00:00Z', int(2e12)]), from: token(), to: token(), origin: pick(['handset', 'aggregator', 'international', token()]), text: token() }) : token())).join('\n') },
  { method: 'GET', path: () => `/api/v1/lines?line=${enc(token())}&since=${enc(token())}` },
  { method: 'GET', path: () => `/api/v1/cases?state=${enc(token())}&line=${pick([token(), enc(token())])}` },
  { method: 'GET', path: () => '/api/v1/cases/worklist.csv' },
  { method: 'PATCH', path: () => `/api/v1/cases/${enc(token())}`, body: () => ({ state: pick(['closed', 'warned', token()]), note: token() }) },
  { method: 'GET', path: () => `/api/v1/consent/${pick([enc(token()), token(), '09012345678'])}` },
  { method: 'PUT', path: () => `/api/v1/consent/${pick([enc(token()), '09012345678'])}`, body: () => randomJson() },
  { method: 'POST', path: () => `/api/v1/consent/${enc(token())}/reassign`, body: () => ({ reason: pick(['transfer', 'port-in', token()]) }) },
  { method: 'GET', path: () => `/consent?lang=${enc(token())}` },
  { method: 'POST', path: () => '/consent/code', type: 'application/x-www-form-urlencoded', body: () => new URLSearchParams({ line: pick(['09012345678', token()]), lang: token() }).toString() },
  { method: 'POST', path: () => '/consent/verify', type: 'application/x-www-form-urlencoded', body: () => new URLSearchParams({ line: pick(['09012345678', token()]), code: pick(['123456', token()]), show: pick(['1', token()]) }).toString() },
  { method: 'POST', path: () => '/consent/settings', type: 'application/x-www-form-urlencoded', body: () => `detection=${enc(token())}&csrf=${enc(token())}` },
  { method: 'GET', path: () => `/?report=${enc(token())}&lang=${enc(token())}` },
  { method: 'POST', path: () => '/', type: 'application/x-www-form-urlencoded', body: () => new URLSearchParams({ text: token(), sender: token(), action: pick(['check', 'report', token()]) }).toString() },
  { method: 'POST', path: () => '/details', type: 'application/x-www-form-urlencoded', body: () => new URLSearchParams({ report: token(), sender: token(), note: token() }).toString() },
  { method: 'GET', path: () => `/form/assets/${enc(token())}` },
  { method: 'GET', path: () => pick(['/api/v1/sharing/stix', '/api/v1/sharing/indicators.csv', '/api/v1/sharing/rpz', '/api/v1/sharing/misp/manifest.json', '/api/v1/sharing/misp/hashes.csv', `/api/v1/sharing/misp/${enc(token())}.json`]) + `?tlp=${enc(token())}` },
  { method: 'GET', path: () => pick(['/taxii2/', '/taxii2/api/', '/taxii2/api/collections/', `/taxii2/api/collections/${enc(token())}/`, `/taxii2/api/status/${enc(token())}/`]) },
  { method: 'GET', path: () => `/taxii2/api/collections/${enc(pick([token(), 'indicators']))}/${pick(['objects/', 'manifest/', `objects/${enc(token())}/`, `objects/${enc(token())}/versions/`])}?limit=${enc(token())}&next=${enc(token())}&added_after=${enc(pick(['2026-12-01T00:00:00Z', token()]))}&match[type]=${enc(token())}&match[id]=${enc(token())}&match[version]=${enc(pick(['all', 'first', token()]))}` },
  { method: 'POST', path: () => `/taxii2/api/collections/${enc(pick([token(), 'partner-submissions']))}/objects/`, type: pick(['application/taxii+json;version=2.1', 'application/json']), body: () => ({ objects: [randomJson()] }) },
  { method: 'POST', path: () => '/api/v1/sharing/import', body: () => ({ type: 'bundle', id: token(), objects: [randomJson()] }) },
  { method: 'GET', path: () => `/api/v1/campaigns?limit=${enc(token())}` },
  { method: 'GET', path: () => `/api/v1/campaigns/${enc(token())}/stix` },
  { method: 'GET', path: () => '/healthz' },
  { method: 'GET', path: () => `/api/v1/senders/lookup?sender=${enc(token())}` },
  { method: 'GET', path: () => `/lookup?sender=${enc(token())}&lang=${enc(pick(['ja', 'en', token()]))}` },
  { method: 'GET', path: () => `/api/v1/senders?kind=${enc(pick(['0005', token()]))}&after=${enc(token())}&limit=${enc(token())}` },
  { method: 'POST', path: () => '/api/v1/senders', body: () => ({ kind: pick(['0005', 'short-code', 'alphanumeric', 'business-number', token()]), value: token(), company: token(), brandIds: [pick(['sagawa', token()])], source: pick(['https://example.jp', token()]), verifiedAt: pick(['2026-12-01', token()]) }) },
  { method: 'PATCH', path: () => `/api/v1/senders/${pick([enc(token()), '0005123456'])}`, body: () => ({ company: token(), verifiedAt: token() }) },
  { method: 'POST', path: () => `/api/v1/senders/${pick([enc(token()), '0005123456'])}/revoke`, body: () => ({ note: token() }) },
  { method: 'PUT', path: () => `/api/v1/aggregators/${enc(token())}`, body: () => ({ routes: [{ kind: pick(['0005', '050', 'alphanumeric', 'toll-free', token()]), prefix: token() }] }) },
  { method: 'GET', path: () => `/api/v1/aggregator/notices?state=${enc(token())}&before=${enc(token())}` },
  { method: 'POST', path: () => `/api/v1/aggregator/notices/${pick([enc(token()), '1'])}/${pick(['acknowledge', 'actioned'])}`, body: () => ({ note: token() }) },
  { method: 'GET', path: () => `/api/v1/aggregator-notices?${pick(['unassigned=true', `org=${enc(token())}`, ''])}&kind=${enc(token())}` },
  { method: 'POST', path: () => `/api/v1/aggregator-notices/${pick([enc(token()), '1'])}/assign`, body: () => ({ org: token() }) },
  { method: 'POST', path: () => '/api/v1/appeals', body: () => ({ subject: pick(['example.co.jp', 'https://shop.example.co.jp/x', '0120-123-456', 'EXAMPLE', token()]), email: pick(['a@example.jp', token()]), explanation: token(), lang: pick(['ja', 'en', token()]) }) },
  { method: 'POST', path: () => `/api/v1/appeals/${pick([enc(token()), 'A-00000-00000'])}/verify` },
  { method: 'GET', path: () => `/api/v1/appeals?state=${enc(pick(['verified', token()]))}&limit=${enc(token())}` },
  { method: 'GET', path: () => `/api/v1/appeals/${pick([enc(token()), 'A-00000-00000'])}` },
  { method: 'POST', path: () => `/api/v1/appeals/${pick([enc(token()), 'A-00000-00000'])}/decision`, body: () => ({ action: pick(['accept', 'reject', 'revoke', token()]), note: token() }) },
  { method: 'POST', path: () => pick(['/appeal', '/appeal/verify']), type: 'application/x-www-form-urlencoded', body: () => `subject=${enc(token())}&email=${enc(token())}&explanation=${enc(token())}&id=${enc(pick(['A-00000-00000', token()]))}&lang=${enc(pick(['ja', token()]))}` },
  { method: 'GET', path: () => `/${enc(token())}/${token()}` },
];

const TYPES = ['application/json', 'application/x-ndjson', 'application/x-www-form-urlencoded', 'text/plain', 'multipart/form-data; boundary=x', 'application/xml', 'application/json; charset=latin1', '', 'garbage', 'application/json\u0000'];

interface Input {
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string;
  remoteAddress: string;
}

function mutateBody(body: string): string {
  const r = random();
  if (r < 0.25) return body;
  if (r < 0.35) return body.slice(0, int(body.length + 1));
  if (r < 0.45) return `${'['.repeat(int(100_000))}${body}`;
  if (r < 0.55) return body.replace(/"(\w+)":/, '"__proto__":');
  if (r < 0.65) return body.replace(/"/, '"\\u0000');
  if (r < 0.72) return body.replace(/"/, '"\\ud800');
  if (r < 0.8) return body + 'x'.repeat(int(40_000));
  if (r < 0.9) return JSON.stringify(randomJson());
  return randomString(200);
}

function makeInput(keys: readonly string[]): Input {
  const route = pick(ROUTES);
  let url = route.path();
  if (chance(0.05)) url += pick(['?', '&', '#', '%', '%00', '?a=%ZZ', '/..', `?x=${'y'.repeat(int(10_000))}`]);
  const method = chance(0.9) ? route.method : pick(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD']);
  const headers: Record<string, string> = {};
  const type = chance(0.85) ? (route.type ?? 'application/json') : pick(TYPES);
  if (type) headers['content-type'] = type;
  const auth = random();
  if (auth < 0.35) headers.authorization = `Bearer ${pick(keys)}`;
  else if (auth < 0.45) headers.authorization = pick(['Bearer', 'Bearer sg_nope', 'Basic abc', `Bearer ${randomString(60)}`, 'bearer  x y']);
  if (chance(0.1)) headers.origin = pick(['https://evil.example', 'null', 'http://localhost', randomString()]);
  if (chance(0.1)) headers.cookie = pick(['sg_consent=x', `sg_consent_req=${randomString(43)}`, 'sg_lang=en', randomString()]);
  if (chance(0.1)) headers['accept-language'] = pick(['en', 'ja', '*;q=x', randomString()]);
  if (chance(0.05)) headers['x-forwarded-for'] = randomString();
  let payload: string | undefined;
  if (route.body && method !== 'GET' && method !== 'HEAD') {
    const b = route.body();
    payload = mutateBody(typeof b === 'string' ? b : JSON.stringify(b));
  }
  return { method, url, headers, payload, remoteAddress: `10.${int(4)}.${int(256)}.${int(256)}` };
}

function rawRequest(): string {
  const r = random();
  const path = pick(['/api/v1/check', '/api/v1/reports', '/healthz', '/consent/code', '/api/v1/traffic']);
  if (r < 0.2) return `POST ${path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n${pick(['ZZ', '-1', 'ffffffffffff', '5'])}\r\n${randomString(10)}\r\n0\r\n\r\n`;
  if (r < 0.35) return `GET ${path}?${'a'.repeat(8_000 + int(40_000))} HTTP/1.1\r\nHost: x\r\n\r\n`;
  if (r < 0.5) return `GET ${path} HTTP/1.1\r\nHost: x\r\nX-Big: ${'b'.repeat(17_000 + int(10_000))}\r\n\r\n`;
  if (r < 0.6) return `POST ${path} HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 7\r\n\r\nhello`;
  if (r < 0.7) return `POST ${path} HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n`;
  if (r < 0.8) return `GET /${pick(['%', '%E0%A4%A', '%00', '%ED%A0%80'])} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`;
  if (r < 0.9) return `${pick(['GET', 'BREW', 'G\u0000T', ''])} ${randomString(20).replace(/\s/g, '')} HTTP/${pick(['1.1', '9.9', '1'])}\r\nHost: x\r\n\r\n`;
  return randomString(300);
}

function sendRaw(port: number, text: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let out = '';
    const timer = setTimeout(() => socket.destroy(), 5_000);
    socket.on('data', (d) => (out += d.toString('latin1')));
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(out);
    });
    socket.on('error', () => undefined);
    socket.end(Buffer.from(text, 'latin1'));
  });
}

const E_CODE = /^E_[A-Z0-9_]+$/;

let tdb: TestDatabase;
let store: Store;
let app: FastifyInstance;
let smsc: SmscServer;
let client: SmppClient;
let keys: string[];
let shm: string | undefined;

before(async () => {
  tdb = sqliteDatabase();
  // In memory where the machine has it: the fuzz measures the server, not the disk's fsync.
  shm = existsSync('/dev/shm') ? mkdtempSync('/dev/shm/smishguard-fuzz-') : undefined;
  store = await tdb.open(shm ? { sqlitePath: join(shm, 'fuzz.db') } : {});
  smsc = new SmscServer({ systemId: 'fuzz', password: 'fuzz' });
  const port = await smsc.listen();
  client = new SmppClient({ smsc: `smpp://fuzz:fuzz@127.0.0.1:${port}`, reconnectMinMs: 30, reconnectMaxMs: 200 });
  assert.ok((await client.start()).ok);
  const loaded = await loadOptionalPlugins();
  assert.ok(loaded.ok);
  app = await buildApp({ engine: getEngine(), store, config: { rateLimit: 1_000_000, requestTimeoutMs: 300 }, plugins: loaded.plugins, sms: linksSender([client]),
    settings: { smsFrom: '0005-01-7726', carrierUrl: null, publicUrl: null },
    // Appeals' proofs ask a resolver at a closed local port: the fuzz never reaches the network.
    appealsForTests: { resolver: deadResolver(), perAddressPerHour: 1_000_000 } });
  keys = [];
  for (const role of ['analyst', 'carrier', 'reporter', 'admin', 'aggregator'] as const) keys.push((await store.apiKeys.create({ org: `fuzz ${role}`, role })).key);
  await app.listen({ port: 0, host: '127.0.0.1' });
});
after(async () => {
  await app?.close();
  await client?.close();
  await smsc?.close();
  await tdb?.cleanup();
  if (shm) rmSync(shm, { recursive: true, force: true });
});

test(`${INPUTS} fuzzed HTTP inputs (seed ${SEED}): no crash, no 5xx, every refusal with an E_ code`, async () => {
  const port = (app.server.address() as AddressInfo).port;
  const started = process.hrtime.bigint();
  const statuses = new Map<number, number>();
  const failures: string[] = [];
  // Said as it happens, so that a long run shows its failures before it ends.
  const fail = (what: string): void => {
    failures.push(what);
    process.stderr.write(`fuzz http failure: ${what}\n`);
  };
  let unsendable = 0;
  let raw = 0;
  let crashes = 0;
  const onCrash = (): void => void crashes++;
  process.on('uncaughtException', onCrash);
  process.on('unhandledRejection', onCrash);
  try {
    for (let i = 0; i < INPUTS; i++) {
      // Long runs say how far they are (stderr, every 50,000 inputs).
      if (i > 0 && i % 50_000 === 0) process.stderr.write(`fuzz http: ${i} inputs, ${crashes} crashes, ${failures.length} failures, ${(Number(process.hrtime.bigint() - started) / 1e9).toFixed(0)} s\n`);
      if (i % RAW_EVERY === RAW_EVERY - 1) {
        raw++;
        const text = rawRequest();
        const out = await sendRaw(port, text);
        const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(out)?.[1] ?? 0);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        // No answer at all (the server closed a socket that said nothing parseable) is no crash.
        // Parser refusals carry the code in the body; pages (a form's bad JSON) in the header.
        const coded = /"code":"E_[A-Z0-9_]+"/.test(out) || /\r\nx-error-code: E_[A-Z0-9_]+\r\n/i.test(out);
        if (status >= 500 || (status >= 400 && !coded)) fail(`raw #${i}: ${JSON.stringify(text.slice(0, 120))} → ${out.slice(0, 200)}`);
        continue;
      }
      const input = makeInput(keys);
      let res;
      try {
        res = await app.inject(input);
      } catch {
        // light-my-request refuses what no HTTP client could send (e.g. a header with NUL).
        unsendable++;
        continue;
      }
      statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
      if (res.statusCode >= 500) fail(`#${i} ${input.method} ${input.url.slice(0, 100)} → ${res.statusCode} ${res.body.slice(0, 200)}`);
      else if (res.statusCode >= 400) {
        const code = res.headers['x-error-code'];
        let bodyCode: unknown = code;
        if (String(res.headers['content-type'] ?? '').startsWith('application/json') && input.method !== 'HEAD') {
          try {
            bodyCode = (JSON.parse(res.body) as { code?: string }).code;
          } catch {
            bodyCode = undefined;
          }
        }
        if (typeof code !== 'string' || !E_CODE.test(code) || bodyCode !== code) fail(`#${i} ${input.method} ${input.url.slice(0, 100)} → ${res.statusCode} without an E_ code: ${res.body.slice(0, 160)}`);
      }
      if (failures.length >= 20) break;
    }
  } finally {
    process.off('uncaughtException', onCrash);
    process.off('unhandledRejection', onCrash);
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const fiveXX = [...statuses].filter(([s]) => s >= 500).reduce((n, [, c]) => n + c, 0);
  console.log(`fuzz http: ${INPUTS} inputs (seed ${SEED}; ${raw} raw over a socket, ${unsendable} not sendable), ${crashes} crashes, ${fiveXX} 5xx, ${failures.length} failures, ${seconds.toFixed(1)} s; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort((a, b) => a[0] - b[0])))}`);
  assert.equal(crashes, 0);
  assert.deepEqual(failures, []);
  // Still serving after all that.
  assert.equal((await app.inject('/healthz')).statusCode, 200);
});
