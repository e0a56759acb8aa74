import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getEngine } from '../engine/index.js';
import { openStore } from '../store/index.js';
import { buildApp } from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'smishguard-web-'));
const store = await openStore({ sqlitePath: join(dir, 'r.db') });
const app = await buildApp({ engine: getEngine(), store, config: { rateLimit: 3 } });
const analyst = await store.apiKeys.create({ org: 'Example Mobile SOC', role: 'analyst' });
const reporter = await store.apiKeys.create({ org: 'Carrier App', role: 'reporter' });
after(async () => {
  await app.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const LURE = '【三菱UFJ銀行】取引を一時的に規制しています。必ずご確認ください。hxxps://mufgug.com';
const post = (payload: unknown, headers: Record<string, string> = {}, remoteAddress = '10.1.0.1') =>
  app.inject({ method: 'POST', url: '/api/v1/reports', payload: payload as object, headers, remoteAddress });
const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

test('a public report is stored and answered with its reference and verdict', async () => {
  const r = await post({ text: LURE, sender: '090-1234-5678' });
  assert.equal(r.statusCode, 201, r.body);
  const body = r.json();
  assert.match(body.id, /^R-/);
  assert.equal(body.verdict, 'block');
  const stored = await store.reports.get(body.id);
  assert.equal(stored?.channel, 'web');
  assert.equal(stored?.sender, '09012345678', 'the sender is kept normalised');
  assert.deepEqual((await store.indicators.list({ kind: 'domain', limit: 5 })).map((i) => i.value), ['mufgug.com']);
});

test('a report with an API key names the organisation and is not limited per address', async () => {
  for (let i = 0; i < 5; i++) assert.equal((await post({ text: `lure ${i} https://bit.ly/x` }, bearer(reporter.key), '10.9.9.9')).statusCode, 201);
  const [latest] = await store.reports.list({ limit: 1 });
  assert.equal(latest?.org, 'Carrier App');
  assert.equal(latest?.channel, 'api');
});

// body → status, code
const bad: [string, unknown, number, string][] = [
  ['invalid sender', { text: 'hello', sender: '12' }, 400, 'E_BAD_SENDER'],
  ['empty text', { text: ' ' }, 400, 'E_EMPTY_TEXT'],
  ['binary text', { text: '\u0000\u0001' }, 400, 'E_BINARY_TEXT'],
  ['unknown channel', { text: 'x', channel: 'fax' }, 400, 'E_VALIDATION'],
];
for (const [name, payload, status, code] of bad) {
  test(`a report with ${name} is refused with ${code}`, async () => {
    const r = await post(payload, bearer(reporter.key));
    assert.equal(r.statusCode, status);
    assert.equal(r.json().code, code);
  });
}

test('a wrong or revoked key is refused, not treated as public', async () => {
  assert.equal((await post({ text: 'x' }, bearer('sg_not-a-key'))).json().code, 'E_BAD_KEY');
  const k = await store.apiKeys.create({ org: 'Old', role: 'reporter' });
  await store.apiKeys.revoke(k.id);
  assert.equal((await post({ text: 'x' }, bearer(k.key))).statusCode, 401);
});

test('public reports are rate-limited per client address', async () => {
  const codes: number[] = [];
  for (let i = 0; i < 5; i++) codes.push((await post({ text: `spam ${i}` }, {}, '10.2.0.1')).statusCode);
  assert.deepEqual(codes, [201, 201, 201, 429, 429]);
});

test('analysts read reports and indicators; every read is audited; reporters may not read', async () => {
  const list = await app.inject({ method: 'GET', url: '/api/v1/reports?limit=2', headers: bearer(analyst.key) });
  assert.equal(list.statusCode, 200, list.body);
  const reports = list.json().reports;
  assert.equal(reports.length, 2);
  assert.equal(reports[0].reporterHash, undefined, 'nothing about the reporter is shown');
  const one = await app.inject({ method: 'GET', url: `/api/v1/reports/${reports[0].id}`, headers: bearer(analyst.key) });
  assert.equal(one.json().id, reports[0].id);
  assert.equal((await app.inject({ method: 'GET', url: '/api/v1/reports/R-00000-00000', headers: bearer(analyst.key) })).statusCode, 404);
  const ind = await app.inject({ method: 'GET', url: '/api/v1/indicators?kind=domain', headers: bearer(analyst.key) });
  assert.ok(ind.json().indicators.length > 0);
  const audit = await store.audit.list({ limit: 10 });
  assert.deepEqual(audit.slice(0, 4).map((a) => a.action).reverse(), ['reports.list', 'reports.get', 'reports.get', 'indicators.list']);
  assert.ok(audit.every((a) => a.actor === `key:${analyst.id}`));
  assert.equal((await app.inject({ method: 'GET', url: '/api/v1/reports' })).json().code, 'E_AUTH_REQUIRED');
  assert.equal((await app.inject({ method: 'GET', url: '/api/v1/reports', headers: bearer(reporter.key) })).json().code, 'E_FORBIDDEN');
  assert.equal((await app.inject({ method: 'GET', url: '/api/v1/reports?limit=9999', headers: bearer(analyst.key) })).statusCode, 400);
});

test('health answers only while the store does', async () => {
  assert.equal((await app.inject({ method: 'GET', url: '/healthz' })).statusCode, 200);
});
