// The HTTP edge as an attacker meets it (issue 10, items 2, 5, 6, 14): requests that never
// reach a route, ids and filters with NUL, deep JSON, trickling bodies, bad keys, and one
// allowance per address — each refused with a 4xx and a stable code, on both stores.
import assert from 'node:assert/strict';
import { connect, type AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { getEngine } from '../engine/index.js';
import type { Store } from '../store/index.js';
import { TEST_DATABASES, type TestDatabase } from '../store/test-support.js';
import { buildApp, loadOptionalPlugins } from './index.js';

const engine = getEngine();

/** Writes raw bytes to the server and reads what comes back until it closes the socket. */
function rawHttp(port: number, chunks: readonly (string | Buffer)[], gapMs = 0): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let out = '';
    socket.on('data', (d) => (out += d.toString('utf8')));
    socket.on('close', () => resolve(out));
    socket.on('error', () => resolve(out));
    void (async () => {
      for (const c of chunks) {
        if (socket.destroyed) return;
        socket.write(c);
        if (gapMs) await new Promise((r) => setTimeout(r, gapMs));
      }
    })();
  });
}
const statusOf = (raw: string): number => Number(/^HTTP\/1\.1 (\d{3})/.exec(raw)?.[1]);
const codeOf = (raw: string): string | undefined => /"code":"(E_[A-Z_]+)"/.exec(raw)?.[1];

for (const db of TEST_DATABASES) {
  describe(`the HTTP edge on ${db.name}`, { skip: db.skip }, () => {
    let tdb: TestDatabase;
    let store: Store;
    let app: FastifyInstance;
    let port: number;
    let admin: string;

    before(async () => {
      tdb = db.create();
      store = await tdb.open();
      const loaded = await loadOptionalPlugins();
      assert.ok(loaded.ok);
      app = await buildApp({ engine, store, config: { rateLimit: 0, requestTimeoutMs: 400 }, plugins: loaded.plugins });
      admin = (await store.apiKeys.create({ org: 'Example Mobile', role: 'admin' })).key;
      await app.listen({ port: 0, host: '127.0.0.1' });
      port = (app.server.address() as AddressInfo).port;
    });
    after(async () => {
      await app?.close();
      await tdb?.cleanup();
    });

    const get = (url: string) => app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${admin}` } });

    // url → status, code: ids and filters with NUL or broken encoding never reach the store.
    const urls: [string, number, string][] = [
      ['/api/v1/reports/%00', 400, 'E_BAD_URL'],
      ['/api/v1/cases/%00', 400, 'E_BAD_URL'],
      ['/api/v1/lines?line=%00', 400, 'E_BAD_URL'],
      ['/api/v1/cases?line=090%001', 400, 'E_BAD_URL'],
      ['/api/v1/consent/%00', 400, 'E_BAD_URL'],
      ['/api/v1/reports/%E0%A4%A', 400, 'E_BAD_URL'],
      ['/api/v1/lines?line=%ED%A0%80', 400, 'E_BAD_URL'],
      ['/api/v1/reports?since=%ZZ', 400, 'E_BAD_URL'],
      ['/%', 400, 'E_BAD_URL'],
      [`/api/v1/reports?x=${'a'.repeat(9000)}`, 414, 'E_URL_TOO_LONG'],
    ];
    for (const [url, status, code] of urls) {
      test(`GET ${url.slice(0, 40)} → ${status} ${code}`, async () => {
        const r = await get(url);
        assert.equal(r.statusCode, status, r.body);
        assert.equal(r.json().code, code);
      });
    }

    test('a traffic record with NUL in a field is refused by line number; the others are taken', async () => {
      const body = [
        JSON.stringify({ ts: '2026-05-01T00:00:00Z', from: '09011112222\u0000', to: '08033334444', origin: 'handset' }),
        JSON.stringify({ ts: '2026-05-01T00:00:01Z', from: '09011112222', to: '08033334444', origin: 'handset', text: 'a\ud800b' }),
        JSON.stringify({ ts: '2026-05-01T00:00:02Z', from: '09011112222', to: '08033334445', origin: 'handset' }),
        `{"ts":"2026-05-01T00:00:03Z","from":"090","to":${'['.repeat(50_000)}`,
      ].join('\n');
      const r = await app.inject({ method: 'POST', url: '/api/v1/traffic', payload: body, headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/x-ndjson' } });
      assert.equal(r.statusCode, 400, r.body);
      const out = r.json();
      assert.equal(out.code, 'E_BAD_LINES');
      assert.equal(out.accepted, 1);
      assert.deepEqual(out.errors.map((e: { line: number }) => e.line), [1, 2, 4]);
      assert.match(out.errors[2].message, /deeper/);
    });

    test('JSON bodies: deep nesting, NUL and unpaired surrogates are refused before they are parsed or stored', async () => {
      const post = (payload: string) => app.inject({ method: 'POST', url: '/api/v1/reports', payload, headers: { 'content-type': 'application/json' } });
      assert.equal((await post(`{"text":${'['.repeat(5000)}`)).json().code, 'E_JSON_TOO_DEEP');
      assert.equal((await post('{"text":"ab\\u0000cd"}')).json().code, 'E_BINARY_TEXT');
      assert.equal((await post('{"text":"lure","sender":"090\\u0000"}')).json().code, 'E_BINARY_TEXT');
      assert.equal((await post('{"text":"lure \\ud83d here"}')).json().code, 'E_BINARY_TEXT');
      assert.equal((await post('{"text":"lure \\udc00"}')).json().code, 'E_BINARY_TEXT');
      const ok = await post('{"text":"lure 😀 \\ud83d\\ude00 here","sender":"09012345678"}');
      assert.equal(ok.statusCode, 201, 'paired surrogates are text');
      assert.equal((await post('{"__proto__":{"x":1},"text":"a"}')).json().code, 'E_BAD_JSON');
      const xml = await app.inject({ method: 'POST', url: '/api/v1/check', payload: '<a/>', headers: { 'content-type': 'application/xml' } });
      assert.equal(xml.statusCode, 415);
      assert.equal(xml.json().code, 'E_MEDIA_TYPE');
    });

    test('requests that never become requests are answered with our codes, in JSON', async () => {
      const chunked = await rawHttp(port, ['POST /api/v1/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\nabc\r\n0\r\n\r\n']);
      assert.equal(statusOf(chunked), 400, chunked);
      assert.equal(codeOf(chunked), 'E_BAD_HTTP');
      const headers = await rawHttp(port, [`GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`]);
      assert.equal(statusOf(headers), 431, headers);
      assert.equal(codeOf(headers), 'E_HEADERS_TOO_LARGE');
      const url = await rawHttp(port, [`GET /healthz?${'a'.repeat(40_000)} HTTP/1.1\r\nHost: x\r\n\r\n`]);
      assert.equal(statusOf(url), 414, url);
      assert.equal(codeOf(url), 'E_URL_TOO_LONG');
      const garbage = await rawHttp(port, ['\u0000\u0001GARBAGE\r\n\r\n']);
      assert.equal(statusOf(garbage), 400, garbage);
      assert.equal(codeOf(garbage), 'E_BAD_HTTP');
      const badUrl = await rawHttp(port, ['GET /api/v1/reports/%E0%A4%A HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n']);
      assert.equal(codeOf(badUrl), 'E_BAD_URL', badUrl);
    });

    test('a body that trickles in is cut off with 408 E_TIMEOUT', async () => {
      const head = 'POST /api/v1/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n{"text":"';
      // One byte every 100 ms would take 20 s; the server allows 400 ms for the whole request.
      const out = await rawHttp(port, [head, ...Array.from({ length: 150 }, () => 'a')], 100);
      assert.equal(statusOf(out), 408, out);
      assert.equal(codeOf(out), 'E_TIMEOUT');
    });
  });
}

describe('limits per client address', () => {
  let tdb: TestDatabase;
  let store: Store;
  let app: FastifyInstance;
  before(async () => {
    tdb = TEST_DATABASES[0]!.create();
    store = await tdb.open();
    app = await buildApp({ engine, store, config: { rateLimit: 4, badKeysPerMinute: 3 } });
  });
  after(async () => {
    await app?.close();
    await tdb?.cleanup();
  });

  test('one allowance per address across every public route, not one per route', async () => {
    const from = (url: string, payload: object, remoteAddress: string) => app.inject({ method: 'POST', url, payload, remoteAddress });
    const seen: number[] = [];
    for (let i = 0; i < 3; i++) {
      seen.push((await from('/api/v1/check', { text: 'hi' }, '10.7.0.1')).statusCode);
      seen.push((await from('/api/v1/reports', { text: 'lure' }, '10.7.0.1')).statusCode);
    }
    assert.deepEqual(seen, [200, 201, 200, 201, 429, 429]);
    assert.equal((await from('/api/v1/reports', { text: 'lure' }, '10.7.0.2')).statusCode, 201, 'another address has its own allowance');
  });

  test('wrong API keys are limited per address with Retry-After; a good key from elsewhere still works', async () => {
    const key = (await store.apiKeys.create({ org: 'SOC', role: 'analyst' })).key;
    const read = (k: string, remoteAddress: string) => app.inject({ method: 'GET', url: '/api/v1/reports', headers: { authorization: `Bearer ${k}` }, remoteAddress });
    const codes: string[] = [];
    for (let i = 0; i < 5; i++) codes.push((await read(`sg_wrong${i}`, '10.8.0.1')).json().code);
    assert.deepEqual(codes, ['E_BAD_KEY', 'E_BAD_KEY', 'E_BAD_KEY', 'E_RATE_LIMITED', 'E_RATE_LIMITED']);
    const limited = await read(key, '10.8.0.1');
    assert.equal(limited.statusCode, 429, 'an address past its allowance is not let guess, even right');
    assert.ok(Number(limited.headers['retry-after']) > 0);
    assert.equal((await read(key, '10.8.0.2')).statusCode, 200);
  });
});
