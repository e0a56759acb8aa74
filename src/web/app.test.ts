import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getEngine } from '../engine/index.js';
import { buildApp } from './index.js';

const app = await buildApp({ engine: getEngine(), config: { rateLimit: 0 } });
const check = (payload: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  app.inject({ method: 'POST', url: '/api/v1/check', payload: typeof payload === 'string' ? payload : JSON.stringify(payload), headers });

test('POST /api/v1/check answers with a verdict, reasons and indicators', async () => {
  const r = await check({ text: '【三菱UFJ銀行】取引を一時的に規制しています。必ずご確認ください。hxxps://mufgug.com', from: '09012345678' });
  assert.equal(r.statusCode, 200);
  const body = r.json();
  assert.equal(body.verdict, 'block');
  assert.ok(body.reasons.some((x: { code: string }) => x.code === 'BRAND_LOOKALIKE_DOMAIN'));
  assert.deepEqual(body.indicators.domains, ['mufgug.com']);
});

// body → status, code: bad input gets a clear 4xx with a stable code that names the field
const bad: [string, unknown, number, string, RegExp?][] = [
  ['missing text', { from: '090' }, 400, 'E_VALIDATION', /text/],
  ['text not a string', { text: 42 }, 400, 'E_VALIDATION', /text/],
  ['empty text', { text: '   ' }, 400, 'E_EMPTY_TEXT', /text/],
  ['binary text', { text: 'ab\u0000\u0001cd' }, 400, 'E_BINARY_TEXT'],
  ['unknown field', { text: 'hi', extra: 1 }, 400, 'E_VALIDATION'],
  ['malformed JSON', '{"text": "unterminated', 400, 'E_BAD_JSON'],
  ['oversized body', { text: 'あ'.repeat(6000) }, 413, 'E_BODY_TOO_LARGE'],
];

for (const [name, payload, status, code, field] of bad) {
  test(`check rejects ${name} with ${status} ${code}`, async () => {
    const r = await check(payload);
    assert.equal(r.statusCode, status, r.body);
    assert.equal(r.json().code, code);
    if (field) assert.match(r.json().message, field);
  });
}

test('unknown routes answer 404 in JSON', async () => {
  const r = await app.inject({ method: 'GET', url: '/nope' });
  assert.equal(r.statusCode, 404);
  assert.equal(r.json().code, 'E_NOT_FOUND');
});

test('health, metrics and the OpenAPI description are served', async () => {
  assert.equal((await app.inject({ method: 'GET', url: '/healthz' })).json().status, 'ok');
  await check({ text: 'また明日ね' });
  const metrics = await app.inject({ method: 'GET', url: '/metrics' });
  assert.match(metrics.body, /smishguard_checks_total\{verdict="allow"\} [1-9]/);
  assert.match(metrics.body, /smishguard_http_request_seconds_count\{method="POST",route="\/api\/v1\/check",status="200"\} [1-9]/);
  await app.inject({ method: 'GET', url: '/no/such/R-ABCDE-12345' });
  const after = (await app.inject({ method: 'GET', url: '/metrics' })).body;
  assert.ok(!after.includes('R-ABCDE-12345'), 'request URLs never become metric labels');
  const spec = (await app.inject({ method: 'GET', url: '/openapi.json' })).json();
  assert.equal(spec.openapi.slice(0, 2), '3.');
  assert.ok(spec.paths['/api/v1/check'].post);
  assert.equal((await app.inject({ method: 'GET', url: '/docs' })).statusCode < 400, true);
});

test('the public check is rate-limited per client address', async () => {
  const limited = await buildApp({ engine: getEngine(), config: { rateLimit: 3 } });
  const codes: number[] = [];
  for (let i = 0; i < 5; i++) {
    codes.push((await limited.inject({ method: 'POST', url: '/api/v1/check', payload: { text: 'hi' }, remoteAddress: '10.0.0.1' })).statusCode);
  }
  assert.deepEqual(codes, [200, 200, 200, 429, 429]);
  const other = await limited.inject({ method: 'POST', url: '/api/v1/check', payload: { text: 'hi' }, remoteAddress: '10.0.0.2' });
  assert.equal(other.statusCode, 200, 'another address has its own budget');
  const r = await limited.inject({ method: 'POST', url: '/api/v1/check', payload: { text: 'hi' }, remoteAddress: '10.0.0.1' });
  assert.equal(r.json().code, 'E_RATE_LIMITED');
  await limited.close();
});

test('behind a trusted proxy, the limit is per subscriber (X-Forwarded-For); untrusted peers cannot pick their address', async () => {
  const app = await buildApp({ engine: getEngine(), config: { rateLimit: 1, trustProxy: ['10.9.0.0/16'] } });
  const check = (peer: string, forwarded: string) => app.inject({ method: 'POST', url: '/api/v1/check', payload: { text: 'hi' }, remoteAddress: peer, headers: { 'x-forwarded-for': forwarded } });
  assert.equal((await check('10.9.0.5', '203.0.113.1')).statusCode, 200);
  assert.equal((await check('10.9.0.5', '203.0.113.2')).statusCode, 200, 'another subscriber behind the same proxy has its own budget');
  assert.equal((await check('10.9.0.5', '203.0.113.1')).statusCode, 429);
  assert.equal((await check('192.0.2.7', '203.0.113.99')).statusCode, 200);
  assert.equal((await check('192.0.2.7', '203.0.113.98')).statusCode, 429, 'a direct client cannot dodge the limit with a forged header');
  await app.close();
});
