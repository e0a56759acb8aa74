// The reputation floors through the HTTP app, and the analysts' indicator API.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { getEngine } from '../engine/index.js';
import { openLinesPipeline } from '../lines/index.js';
import type { TrafficRecord } from '../core/lines/types.js';
import { openReputationSnapshot } from '../reputation/index.js';
import { sqliteDatabase } from '../store/test-support.js';
import { buildApp } from './index.js';

const engine = getEngine();
const LURE_URL = 'https://parcel-check.example.top/d/8231';
const LURE = `お荷物の配達日時を確認してください ${LURE_URL}`;
const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

async function setup() {
  const db = sqliteDatabase();
  const store = await db.open();
  const reputation = await openReputationSnapshot(store, { refreshMs: 0 });
  const app = await buildApp({ engine, store, reputation, config: { rateLimit: 0 }, plugins: [{ name: 'web form', plugin: (await import('./form/index.js')).default }] });
  return { db, store, reputation, app, close: async () => { await app.close(); reputation.close(); await db.cleanup(); } };
}
type Setup = Awaited<ReturnType<typeof setup>>;

const check = async (s: Setup, text: string) => (await s.app.inject({ method: 'POST', url: '/api/v1/check', payload: { text } })).json() as { verdict: string; score: number; reasons: { code: string }[] };
const reportFrom = (s: Setup, address: string, text: string) => s.app.inject({ method: 'POST', url: '/api/v1/reports', payload: { text }, remoteAddress: address });
const formVerdict = async (s: Setup, text: string): Promise<string> => {
  const r = await s.app.inject({ method: 'POST', url: '/', payload: new URLSearchParams({ text, action: 'check', lang: 'en' }).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' } });
  assert.equal(r.statusCode, 200);
  return r.body;
};

describe('reputation floors through the app', () => {
  let s: Setup;
  after(async () => s?.close());

  it('1,000 anonymous reports from 1,000 addresses naming popular domains or bare shorteners block no message and flag no line', async () => {
    s = await setup();
    const lures = ['【重要】お客様のアカウントが停止されました。至急確認してください https://google.com', '【重要】お客様のアカウントが停止されました。至急確認してください https://cutt.ly/',
      '【重要】お客様のアカウントが停止されました。至急確認してください https://maps.app.goo.gl/', '【重要】お客様のアカウントが停止されました。至急確認してください https://tabelog.com/'];
    const innocent = ['明日の集合場所はこちら https://maps.google.com/?q=35.68,139.76', 'アンケートお願いします https://forms.gle/AbC123xyz', 'ランチの予約しました https://tabelog.com/tokyo/A1301/A130101/13000000/', '短縮URL https://cutt.ly/r3Mx9', 'https://google.com'];
    const before = await Promise.all(innocent.map((t) => check(s, t)));
    // Twenty at a time, as concurrent reporters would arrive.
    for (let i = 0; i < 1000; i += 20) {
      const batch = await Promise.all(Array.from({ length: 20 }, (_, j) => reportFrom(s, `10.${((i + j) >> 8) & 255}.${(i + j) & 255}.7`, lures[(i + j) % lures.length] as string)));
      for (const r of batch) assert.equal(r.statusCode, 201);
    }
    await s.reputation.refresh();
    assert.equal(s.reputation.size, 0, 'nothing trusted');
    for (const [i, t] of innocent.entries()) {
      const a = await check(s, t);
      assert.deepEqual(a, before[i], t);
      assert.notEqual(a.verdict, 'block');
    }
    // Two ordinary lines text a maps link and a form link to two new recipients each.
    const t0 = Date.parse('2026-12-01T09:00:00Z');
    const traffic: TrafficRecord[] = [
      { ts: t0, from: '09012340001', to: '08055550001', origin: 'handset', text: innocent[0] },
      { ts: t0 + 60_000, from: '09012340001', to: '08055550002', origin: 'handset', text: innocent[0] },
      { ts: t0 + 5_000, from: '09012340002', to: '08055550003', origin: 'handset', text: innocent[1] },
      { ts: t0 + 65_000, from: '09012340002', to: '08055550004', origin: 'handset', text: innocent[1] },
    ];
    const pipeline = await openLinesPipeline({ store: s.store, engine, actor: 'test' });
    const detector = pipeline.newDetector();
    const flags = traffic.flatMap((r) => detector.push(r));
    assert.deepEqual(flags, []);
    const listed = (await s.app.inject({ method: 'GET', url: '/api/v1/indicators?kind=domain', headers: bearer((await s.store.apiKeys.create({ org: 'SOC', role: 'analyst' })).key) })).json() as { indicators: { value: string; state: string; protected: boolean; evidence: { reporters: number } }[] };
    const google = listed.indicators.find((i) => i.value === 'google.com');
    assert.equal(google?.state, 'observed');
    assert.equal(google?.protected, true);
    assert.equal(google?.evidence.reporters, 250);
  });

  it('one report never changes a verdict; three independent flagged reporters block the lure in the check API and the form', async () => {
    s ??= await setup();
    const before = await check(s, LURE_URL);
    assert.notEqual(before.verdict, 'block');
    assert.equal((await reportFrom(s, '192.0.2.1', LURE)).statusCode, 201);
    await s.reputation.refresh();
    assert.deepEqual(await check(s, LURE_URL), before);
    // The same address again (and its IPv6 neighbours on one /64) are still one reporter.
    await reportFrom(s, '192.0.2.1', LURE);
    await reportFrom(s, '2001:db8:1:2::10', LURE);
    await reportFrom(s, '2001:db8:1:2::11', LURE);
    await s.reputation.refresh();
    assert.notEqual((await check(s, LURE_URL)).verdict, 'block');
    await reportFrom(s, '198.51.100.9', LURE);
    await s.reputation.refresh();
    const after3 = await check(s, LURE_URL);
    assert.equal(after3.verdict, 'block');
    assert.ok(after3.reasons.some((r) => r.code === 'REPUTATION_URL'));
    assert.match(await formVerdict(s, LURE_URL), /REPUTATION_URL|報告済み|Known smishing/);
  });
});

describe('the analysts\u2019 indicator API', () => {
  let s: Setup;
  after(async () => s?.close());

  it('lists state, confidence and evidence counts, never reporters; analysts decide in bulk and revert; roles hold', async () => {
    s = await setup();
    const analyst = (await s.store.apiKeys.create({ org: 'SOC', role: 'analyst' })).key;
    const carrier = (await s.store.apiKeys.create({ org: 'Carrier', role: 'carrier' })).key;
    const reporter = (await s.store.apiKeys.create({ org: 'App', role: 'reporter' })).key;
    const made = (await reportFrom(s, '192.0.2.50', LURE)).json() as { id: string };
    // The sender given afterwards through the form's details route becomes evidence as well.
    const details = await s.app.inject({ method: 'POST', url: `/api/v1/reports/${made.id}/details`, payload: { sender: '090-5555-1234' }, remoteAddress: '192.0.2.50' });
    assert.equal(details.statusCode, 200, details.body);
    assert.deepEqual((await s.reputation.indicators.get({ kind: 'phone', value: '09055551234' }))?.evidence, { reports: 1, reporters: 1, flaggedReporters: 1, orgs: 0, trustedOrgs: 0 });
    const list = await s.app.inject({ method: 'GET', url: '/api/v1/indicators?kind=url', headers: bearer(carrier) });
    assert.equal(list.statusCode, 200);
    const [row] = list.json().indicators;
    assert.deepEqual(Object.keys(row).sort(), ['confidence', 'decision', 'evidence', 'firstSeen', 'kind', 'lastSeen', 'note', 'protected', 'state', 'trusted', 'value']);
    assert.equal(row.state, 'observed');
    assert.doesNotMatch(list.body, /192\.0\.2\.50|ip:/);
    assert.equal((await s.app.inject({ method: 'GET', url: '/api/v1/indicators', headers: bearer(reporter) })).statusCode, 403);

    const decide = (key: string, body: object) => s.app.inject({ method: 'POST', url: '/api/v1/indicators/decisions', payload: body, headers: bearer(key) });
    assert.equal((await decide(carrier, { action: 'confirm', indicators: [{ kind: 'url', value: LURE_URL }] })).statusCode, 403);
    const bulk = await decide(analyst, { action: 'confirm', note: 'campaign', indicators: [
      { kind: 'url', value: 'HTTPS://Other-Lure.example.top/x' }, { kind: 'phone', value: '050-1234-5678' }, { kind: 'domain', value: 'google.com' }, { kind: 'url', value: 'not a url' },
    ] });
    assert.equal(bulk.statusCode, 200);
    const results = bulk.json().results as { ok: boolean; value: string; code?: string; decision?: number }[];
    assert.deepEqual(results.map((r) => [r.value, r.ok, r.code]), [
      ['https://other-lure.example.top/x', true, undefined], ['05012345678', true, undefined], ['google.com', false, 'E_PROTECTED'], ['not a url', false, 'E_BAD_VALUE'],
    ]);
    assert.equal((await check(s, 'https://other-lure.example.top/x')).verdict, 'block', 'this process sees its decision at once');
    assert.ok((await check(s, '折り返しお電話ください 050-1234-5678')).reasons.some((r) => r.code === 'REPUTATION_PHONE'));
    const revert = await s.app.inject({ method: 'POST', url: `/api/v1/indicators/decisions/${results[0]?.decision}/revert`, payload: { note: 'wrong one' }, headers: bearer(analyst) });
    assert.equal(revert.statusCode, 200, revert.body);
    assert.notEqual((await check(s, 'https://other-lure.example.top/x')).verdict, 'block');
    assert.equal((await s.app.inject({ method: 'POST', url: `/api/v1/indicators/decisions/${results[0]?.decision}/revert`, payload: {}, headers: bearer(analyst) })).statusCode, 409);
    const log = (await s.app.inject({ method: 'GET', url: '/api/v1/indicators/decisions?limit=5', headers: bearer(analyst) })).json().decisions as { action: string; actor: string }[];
    assert.equal(log[0]?.action, `revert:${results[0]?.decision}`);
    const audit = await s.store.audit.list({ limit: 5 });
    assert.ok(audit.some((a) => a.action === 'indicators.confirm') && audit.some((a) => a.action === 'indicators.revert'));
    const spec = (await s.app.inject({ method: 'GET', url: '/openapi.json' })).json() as { paths: Record<string, unknown> };
    for (const p of ['/api/v1/indicators', '/api/v1/indicators/decisions', '/api/v1/indicators/decisions/{id}/revert']) assert.ok(spec.paths[p], p);
  });
});
