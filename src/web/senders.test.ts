// The sender registry and aggregator notices over HTTP: who may do what, what the public lookup
// says (and never says), verdicts following an admin's change at once, and aggregators kept
// to their own notices.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { getEngine } from '../engine/index.js';
import { sqliteDatabase } from '../store/test-support.js';
import { buildApp } from './index.js';

const db = sqliteDatabase();
const store = await db.open();
const app = await buildApp({ engine: getEngine(), store, config: { rateLimit: 0 } });
const key = async (org: string, role: 'admin' | 'analyst' | 'reporter' | 'aggregator') => ({ authorization: `Bearer ${(await store.apiKeys.create({ org, role })).key}` });
const admin = await key('Carrier SOC', 'admin');
const analyst = await key('Carrier SOC', 'analyst');
const reporter = await key('Carrier App', 'reporter');
const aggA = await key('Aggregator A', 'aggregator');
const aggB = await key('Aggregator B', 'aggregator');
after(async () => {
  await app.close();
  await db.cleanup();
});

const SAGAWA = '【佐川急便】お荷物のお届け予定日をお知らせします。詳細はこちら https://www.sagawa-exp.co.jp/';
const LURE = '【佐川急便】お荷物のお届けにあがりましたが不在の為持ち帰りました。下記よりご確認ください。 http://sagawa-xyz.top/abc';
const ENTRY = { kind: '0005', value: '0005-12-3456', company: '佐川急便株式会社', brandIds: ['sagawa'], source: 'https://www.sagawa-exp.co.jp/sms/', verifiedAt: '2026-12-01' };
const codes = (b: { reasons: { code: string }[] }): string[] => b.reasons.map((r) => r.code);

test('only admins change the registry; a new entry changes verdicts and the lookup at once; revoking takes it back', async () => {
  const check = async () => (await app.inject({ method: 'POST', url: '/api/v1/check', payload: { text: SAGAWA, from: '0005123456' } })).json() as { reasons: { code: string }[] };
  assert.ok(!codes(await check()).includes('BRAND_OFFICIAL_SENDER'));
  assert.equal((await app.inject({ method: 'POST', url: '/api/v1/senders', payload: ENTRY })).statusCode, 401);
  assert.equal((await app.inject({ method: 'POST', url: '/api/v1/senders', payload: ENTRY, headers: analyst })).statusCode, 403);
  const made = await app.inject({ method: 'POST', url: '/api/v1/senders', payload: ENTRY, headers: admin });
  assert.equal(made.statusCode, 201, made.body);
  assert.equal(made.json().entry.value, '0005123456');
  assert.equal((await app.inject({ method: 'POST', url: '/api/v1/senders', payload: ENTRY, headers: admin })).json().code, 'E_CONFLICT');
  const bad = await app.inject({ method: 'POST', url: '/api/v1/senders', payload: { ...ENTRY, value: '0005-12-3457', brandIds: ['nosuch'], verifiedAt: '2026-02-30' }, headers: admin });
  assert.equal(bad.statusCode, 400);
  assert.match(bad.json().message, /E_UNKNOWN_BRAND.*E_BAD_DATE/);
  assert.ok(codes(await check()).includes('BRAND_OFFICIAL_SENDER'), 'credited at once on this server');

  const patched = await app.inject({ method: 'PATCH', url: '/api/v1/senders/0005-12-3456', payload: { verifiedAt: '2026-12-04' }, headers: admin });
  assert.equal(patched.json().entry.verifiedAt, '2026-12-04');
  const listed = await app.inject({ url: '/api/v1/senders?kind=0005', headers: admin });
  assert.deepEqual(listed.json().entries.map((e: { value: string }) => e.value), ['0005123456']);

  const lookup = await app.inject({ url: '/api/v1/senders/lookup?sender=0005-12-3456' });
  assert.equal(lookup.statusCode, 200);
  const l = lookup.json();
  assert.deepEqual([l.registered, l.listing.company, l.listing.brands[0].id, l.listing.sources[0], l.listing.verifiedAt, l.listing.origin], [true, '佐川急便株式会社', 'sagawa', ENTRY.source, '2026-12-04', 'registry']);
  assert.match(l.advice.ja, /身に覚えのないリンクは開かず/);

  const revoked = await app.inject({ method: 'POST', url: '/api/v1/senders/0005123456/revoke', payload: { note: 'returned' }, headers: admin });
  assert.equal(revoked.json().entry.state, 'revoked');
  assert.ok(!codes(await check()).includes('BRAND_OFFICIAL_SENDER'));
  assert.equal((await app.inject({ url: '/api/v1/senders/lookup?sender=0005123456' })).json().registered, false);
  assert.equal((await app.inject({ method: 'POST', url: '/api/v1/senders/0005123456/revoke', headers: admin })).statusCode, 409);
  assert.equal((await app.inject({ method: 'PATCH', url: '/api/v1/senders/0005999999', payload: { company: 'x' }, headers: admin })).statusCode, 404);
  const trail = (await store.audit.list({ limit: 50 })).filter((a) => a.action.startsWith('senders.')).map((a) => a.action).reverse();
  assert.deepEqual(trail, ['senders.create', 'senders.update', 'senders.revoke']);
});

test('the lookup is public, warns that a registered ID is still spoofable, and never tells of reports', async () => {
  const report = await app.inject({ method: 'POST', url: '/api/v1/reports', payload: { text: LURE, sender: 'NTTDOCOMO' }, headers: reporter });
  assert.equal(report.statusCode, 201);
  const r = await app.inject({ url: '/api/v1/senders/lookup?sender=nttdocomo' });
  const body = r.json();
  assert.deepEqual([body.registered, body.listing.company, body.senderKind], [true, 'NTTドコモ', 'alphanumeric']);
  assert.match(body.advice.ja, /偽装できる/);
  assert.match(body.advice.en, /spoofed from abroad/);
  assert.ok(!r.body.includes(report.json().id) && !/report/i.test(JSON.stringify(Object.keys(body))), 'nothing of reports');
  const none = (await app.inject({ url: '/api/v1/senders/lookup?sender=0005-00-0001' })).json();
  assert.deepEqual([none.registered, none.listing, none.senderKind], [false, null, 'carrier-common']);
  assert.match(none.advice.ja, /登録されていません/);
  const bad = await app.inject({ url: '/api/v1/senders/lookup?sender=%3Cscript%3E' });
  assert.deepEqual([bad.statusCode, bad.json().code], [400, 'E_BAD_SENDER']);
});

test('the lookup page: Japanese first, English on request, the answer escaped, a refusal with its code', async () => {
  const ja = await app.inject({ url: '/lookup?sender=157' });
  assert.equal(ja.statusCode, 200);
  assert.match(ja.body, /<html lang="ja">/);
  assert.match(ja.body, /<h1>この番号・送信元は誰？<\/h1>/);
  assert.match(ja.body, /登録されている送信元です/);
  assert.match(ja.headers['content-security-policy'] as string, /default-src 'none'/);
  const en = await app.inject({ url: '/lookup?sender=157&lang=en' });
  assert.match(en.body, /<h1>Who is this sender\?<\/h1>/);
  const bad = await app.inject({ url: '/lookup?sender=%3Cb%3E%E2%80%BD' });
  assert.equal(bad.statusCode, 400);
  assert.equal(bad.headers['x-error-code'], 'E_BAD_SENDER');
  assert.ok(!bad.body.includes('<b>'), 'what was typed is escaped');
  const long = await app.inject({ url: `/lookup?sender=${'9'.repeat(100)}` });
  assert.deepEqual([long.statusCode, long.headers['x-error-code'], long.headers['content-type']], [400, 'E_BAD_SENDER', 'text/html; charset=utf-8'], 'a page, not JSON');
});

test('aggregators read only their own notices and mark them acknowledged then actioned; analysts work the unassigned queue', async () => {
  assert.equal((await app.inject({ method: 'PUT', url: '/api/v1/aggregators/Aggregator A', payload: { routes: [{ kind: '0005', prefix: '0005-77' }] }, headers: analyst })).statusCode, 403);
  const set = await app.inject({ method: 'PUT', url: '/api/v1/aggregators/Aggregator A', payload: { routes: [{ kind: '0005', prefix: '0005-77' }] }, headers: admin });
  assert.deepEqual(set.json().routes, [{ kind: '0005', prefix: '000577' }]);
  assert.equal((await app.inject({ method: 'PUT', url: '/api/v1/aggregators/Aggregator B', payload: { routes: [{ kind: '050', prefix: '0120' }] }, headers: admin })).json().code, 'E_BAD_PREFIX');
  const fromA = await app.inject({ method: 'POST', url: '/api/v1/reports', payload: { text: LURE, sender: '0005-77-1234' }, remoteAddress: '10.7.7.7' });
  const queued = await app.inject({ method: 'POST', url: '/api/v1/reports', payload: { text: LURE, sender: '050-1111-2222' }, remoteAddress: '10.7.7.8' });

  const mine = await app.inject({ url: '/api/v1/aggregator/notices', headers: aggA });
  assert.equal(mine.statusCode, 200);
  const notices = mine.json().notices as { id: number; report: string; sender: string; state: string }[];
  assert.deepEqual(notices.map((n) => [n.report, n.sender]), [[fromA.json().id, '0005771234']]);
  assert.ok(!mine.body.includes('10.7.7.7') && !mine.body.includes('お荷物'), 'neither the reporter nor the text');
  assert.deepEqual((await app.inject({ url: '/api/v1/aggregator/notices', headers: aggB })).json().notices, [], "B sees nothing of A's");
  assert.equal((await app.inject({ url: '/api/v1/aggregator/notices', headers: analyst })).statusCode, 403);
  const id = notices[0]!.id;
  const steal = await app.inject({ method: 'POST', url: `/api/v1/aggregator/notices/${id}/acknowledge`, headers: aggB });
  assert.deepEqual([steal.statusCode, steal.json().code], [404, 'E_NOT_FOUND']);
  const ack = await app.inject({ method: 'POST', url: `/api/v1/aggregator/notices/${id}/acknowledge`, payload: { note: 'investigating' }, headers: aggA });
  assert.equal(ack.json().notice.state, 'acknowledged');
  assert.equal((await app.inject({ method: 'POST', url: `/api/v1/aggregator/notices/${id}/actioned`, payload: {}, headers: aggA })).statusCode, 400, 'actioned needs a note');
  const done = await app.inject({ method: 'POST', url: `/api/v1/aggregator/notices/${id}/actioned`, payload: { note: 'client account closed' }, headers: aggA });
  assert.deepEqual([done.json().notice.state, done.json().notice.note], ['actioned', 'client account closed']);
  assert.equal((await app.inject({ method: 'POST', url: `/api/v1/aggregator/notices/${id}/acknowledge`, headers: aggA })).statusCode, 409);

  const queue = await app.inject({ url: '/api/v1/aggregator-notices?unassigned=true&kind=050', headers: analyst });
  const q = queue.json().notices as { id: number; report: string }[];
  assert.deepEqual(q.map((n) => n.report), [queued.json().id]);
  assert.equal((await app.inject({ url: '/api/v1/aggregator-notices', headers: analyst })).statusCode, 400);
  const assigned = await app.inject({ method: 'POST', url: `/api/v1/aggregator-notices/${q[0]!.id}/assign`, payload: { org: 'Aggregator B' }, headers: analyst });
  assert.equal(assigned.json().notice.org, 'Aggregator B');
  assert.deepEqual((await app.inject({ url: '/api/v1/aggregator/notices', headers: aggB })).json().notices.map((n: { report: string }) => n.report), [queued.json().id]);
  const actions = (await store.audit.list({ limit: 100 })).map((a) => a.action);
  for (const a of ['aggregators.routes', 'aggregator-notices.acknowledged', 'aggregator-notices.actioned', 'aggregator-notices.assign']) assert.ok(actions.includes(a), a);
});

test('a sender only the shipped data lists can be revoked too; it then lists as revoked and no longer looks registered', async () => {
  assert.equal((await app.inject({ url: '/api/v1/senders/lookup?sender=SoftBank' })).json().registered, true);
  const r = await app.inject({ method: 'POST', url: '/api/v1/senders/SoftBank/revoke', payload: { note: 'no longer used' }, headers: admin });
  assert.equal(r.statusCode, 200, r.body);
  assert.deepEqual([r.json().entry.value, r.json().entry.kind, r.json().entry.state, r.json().entry.company], ['softbank', 'alphanumeric', 'revoked', 'ソフトバンク']);
  assert.equal((await app.inject({ url: '/api/v1/senders/lookup?sender=softbank' })).json().registered, false);
  const brandOnly = await app.inject({ method: 'POST', url: '/api/v1/senders/0120-050-929/revoke', headers: admin });
  assert.deepEqual([brandOnly.statusCode, brandOnly.json().entry.brandIds], [200, ['smbc']]);
  assert.equal((await app.inject({ method: 'POST', url: '/api/v1/senders/0005-55-5555/revoke', headers: admin })).statusCode, 404);
});

test('the lookup page and API share the per-address allowance of the public routes', async () => {
  const limited = await buildApp({ engine: getEngine(), store, config: { rateLimit: 2 } });
  try {
    const from = { remoteAddress: '10.20.30.40' };
    assert.equal((await limited.inject({ url: '/api/v1/senders/lookup?sender=157', ...from })).statusCode, 200);
    assert.equal((await limited.inject({ url: '/lookup?sender=157', ...from })).statusCode, 200);
    const third = await limited.inject({ url: '/api/v1/senders/lookup?sender=157', ...from });
    assert.deepEqual([third.statusCode, third.headers['x-error-code']], [429, 'E_RATE_LIMITED']);
    assert.equal((await limited.inject({ url: '/api/v1/senders/lookup?sender=157', remoteAddress: '10.20.30.41' })).statusCode, 200, 'another address has its own');
  } finally {
    await limited.close();
  }
});
