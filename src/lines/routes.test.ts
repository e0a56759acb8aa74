// The lines API: carriers post traffic with their key (bad lines refused by number while the
// good ones are taken), analysts read flags with evidence and move cases, every read audited.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { getEngine } from '../engine/index.js';
import type { Store } from '../store/index.js';
import { sqliteDatabase } from '../store/test-support.js';
import { buildApp } from '../web/index.js';
import { linesPlugin } from './routes.js';
import { infected, jsonl, ordinary, byTime, T0 } from './test-fixtures.js';

describe('lines API', () => {
  const db = sqliteDatabase();
  let store: Store;
  let app: FastifyInstance;
  const keys: Record<'carrier' | 'analyst' | 'reporter', string> = { carrier: '', analyst: '', reporter: '' };

  before(async () => {
    store = await db.open();
    app = await buildApp({ engine: getEngine(), store, config: { rateLimit: 0 }, clock: () => new Date('2026-11-02T12:00:00Z'), plugins: [{ name: 'lines', plugin: linesPlugin({ trafficBodyLimit: 64 * 1024 }) }] });
    for (const role of ['carrier', 'analyst', 'reporter'] as const) keys[role] = (await store.apiKeys.create({ org: `Org ${role}`, role })).key;
  });
  after(async () => {
    await app.close();
    await db.cleanup();
  });

  const traffic = (payload: string, key?: string, type = 'application/x-ndjson') =>
    app.inject({ method: 'POST', url: '/api/v1/traffic', headers: { 'content-type': type, ...(key ? { authorization: `Bearer ${key}` } : {}) }, payload });
  const get = (url: string, key = keys.analyst) => app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${key}` } });

  it('traffic needs a carrier key', async () => {
    const body = jsonl(ordinary('09077770000'));
    assert.deepEqual([(await traffic(body)).statusCode, (await traffic(body)).json().code], [401, 'E_AUTH_REQUIRED']);
    assert.deepEqual([(await traffic(body, keys.analyst)).statusCode, (await traffic(body, keys.analyst)).json().code], [403, 'E_FORBIDDEN']);
    assert.equal((await traffic(body, 'sg_nope')).json().code, 'E_BAD_KEY');
    assert.equal((await traffic(body, keys.carrier)).statusCode, 202);
  });

  it('bad lines are refused by line number while the good ones are taken, and the response says so', async () => {
    const good = jsonl(byTime(infected('09077770001'), ordinary('09077770002'))).trimEnd().split('\n');
    const lines = [good[0], '{"ts":"yesterday","from":"09011112222","to":"08011112222","origin":"handset"}', ...good.slice(1, 10), 'not json', ...good.slice(10)];
    const r = await traffic(lines.join('\n'), keys.carrier);
    assert.equal(r.statusCode, 400);
    const body = r.json();
    assert.equal(body.code, 'E_BAD_LINES');
    assert.equal(body.accepted, good.length);
    assert.equal(body.rejected, 2);
    assert.deepEqual(body.errors.map((e: { line: number }) => e.line), [2, 12]);
    assert.match(body.message, /2 line\(s\) were refused.*the other 35 record\(s\) were taken/);
    assert.deepEqual(body.flags.map((f: { line: string }) => f.line), ['09077770001'], 'the good lines were detected');
    assert.match(body.flags[0].firstFlaggedAt, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/, 'camelCase, as GET /api/v1/lines names it');
    assert.equal(body.flags[0].first_flagged_at, undefined);
  });

  it('an empty body, a body over the traffic limit and a JSON-only media type are refused with their codes', async () => {
    assert.deepEqual([(await traffic('\n\n', keys.carrier)).statusCode, (await traffic('\n', keys.carrier)).json().code], [400, 'E_EMPTY']);
    const big = jsonl(Array.from({ length: 800 }, (_, i) => ({ ts: T0 + i, from: '09077779999', to: '08012345678', origin: 'handset' as const, text: 'x'.repeat(60) })));
    const r = await traffic(big, keys.carrier);
    assert.deepEqual([r.statusCode, r.json().code], [413, 'E_BODY_TOO_LARGE']);
    const x = await traffic('<a/>', keys.carrier, 'application/xml');
    assert.deepEqual([x.statusCode, x.json().code], [415, 'E_MEDIA_TYPE']);
    // The rest of the app keeps its JSON limits and parsers.
    const check = await app.inject({ method: 'POST', url: '/api/v1/check', payload: { text: 'hello' } });
    assert.equal(check.statusCode, 200);
  });

  it('analysts read flags with their evidence and case, and cases; each read is audited', async () => {
    const flags = await get('/api/v1/lines?kind=infected');
    assert.equal(flags.statusCode, 200);
    const f = flags.json().lines.find((l: { line: string }) => l.line === '09077770001');
    assert.ok(f);
    assert.ok(f.reasons.length > 0 && f.reasons.every((x: { code: string; en: string; ja: string }) => x.code && x.en && x.ja));
    assert.equal(f.evidence.source, 'http:Org carrier');
    assert.equal(f.case.state, 'suspected');
    assert.equal((await get('/api/v1/lines', keys.carrier)).statusCode, 403);
    assert.equal((await get('/api/v1/lines?limit=0')).json().code, 'E_VALIDATION');
    const cases = (await get('/api/v1/cases?state=suspected')).json().cases;
    assert.ok(cases.some((c: { line: string }) => c.line === '09077770001'));
    const one = await get(`/api/v1/cases/${f.case.id}`);
    assert.deepEqual(one.json().events.map((e: { action: string }) => e.action), ['opened']);
    assert.equal(one.json().flags[0].line, '09077770001');
    assert.equal((await get('/api/v1/cases/C-NOPE0-NOPE0')).statusCode, 404);
    const actions = (await store.audit.list({ limit: 20 })).map((a) => a.action);
    for (const a of ['lines.list', 'lines.cases.list', 'lines.case.get', 'lines.traffic']) assert.ok(actions.includes(a), a);
  });

  it('PATCH moves a case only along the state machine; the worklist CSV lists escalated cases', async () => {
    const [c] = (await get('/api/v1/cases?line=09077770001')).json().cases;
    const patch = (state: string, key = keys.analyst) => app.inject({ method: 'PATCH', url: `/api/v1/cases/${c.id}`, headers: { authorization: `Bearer ${key}` }, payload: { state, note: 'phoned' } });
    assert.equal((await patch('cleaned', keys.carrier)).statusCode, 403);
    assert.equal((await patch('infected')).json().code, 'E_VALIDATION');
    const ok = await patch('cleaned');
    assert.deepEqual([ok.statusCode, ok.json().state], [200, 'cleaned']);
    const no = await patch('warned');
    assert.deepEqual([no.statusCode, no.json().code], [409, 'E_BAD_TRANSITION']);
    assert.equal((await get('/api/v1/cases/worklist.csv')).body.split('\r\n').filter(Boolean).length, 1, 'only the header yet');
    // Offends again a day later: reopened and escalated.
    assert.equal((await traffic(jsonl(infected('09077770001', T0 + 86400_000, 30, '0809')), keys.carrier)).statusCode, 202);
    const csv = await get('/api/v1/cases/worklist.csv');
    assert.equal(csv.statusCode, 200);
    assert.match(String(csv.headers['content-type']), /^text\/csv/);
    assert.ok(csv.body.includes(`${c.id},09077770001,infected,suspected,1,`));
    assert.ok((await store.audit.list({ limit: 5 })).some((a) => a.action === 'lines.worklist'));
  });

  it('a 400 for a field the route does not take names that field (PATCH body, query string)', async () => {
    const [c] = (await get('/api/v1/cases?line=09077770001')).json().cases;
    const r = await app.inject({ method: 'PATCH', url: `/api/v1/cases/${c.id}`, headers: { authorization: `Bearer ${keys.analyst}` }, payload: { state: 'closed', colour: 'red' } });
    assert.deepEqual([r.statusCode, r.json().code], [400, 'E_VALIDATION']);
    assert.match(r.json().message, /^colour: /);
    const q = await get('/api/v1/cases?colour=red');
    assert.deepEqual([q.statusCode, q.json().code], [400, 'E_VALIDATION']);
    assert.match(q.json().message, /^colour: /);
    assert.equal((await get(`/api/v1/cases/${c.id}`)).json().case.state, c.state, 'the case did not move');
  });

  it('since= with a time zone offset (Japan time) is the same instant as in UTC', async () => {
    const [f] = (await get('/api/v1/lines?line=09077770001&limit=1')).json().lines;
    const at = Date.parse(f.firstFlaggedAt);
    const jst = (ms: number): string => new Date(ms + 9 * 3600_000).toISOString().replace('Z', '+09:00');
    const lines = async (since: string): Promise<number> => (await get(`/api/v1/lines?line=09077770001&since=${encodeURIComponent(since)}`)).json().lines.length;
    assert.ok((await lines(jst(at - 60_000))) >= 1, 'a minute before the flag, in JST');
    assert.equal(await lines(jst(at + 3 * 86400_000)), 0, 'three days after it, in JST');
    const leap = await get('/api/v1/lines?since=2026-06-30T23:59:60Z');
    assert.deepEqual([leap.statusCode, leap.json().code, leap.json().message.split(':')[0]], [400, 'E_VALIDATION', 'since']);
  });

  it('the routes are in the OpenAPI description', async () => {
    const paths = Object.keys((await app.inject({ method: 'GET', url: '/openapi.json' })).json().paths);
    for (const p of ['/api/v1/traffic', '/api/v1/lines', '/api/v1/cases', '/api/v1/cases/{id}', '/api/v1/cases/worklist.csv']) assert.ok(paths.includes(p), p);
  });
});
