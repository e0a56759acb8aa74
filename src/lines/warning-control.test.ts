// Warnings under control, end to end over a real SMPP peer: in review mode (the default) a
// flagged line's warning waits for an analyst; nothing is sent about old traffic; an hourly
// cap and an admin's stop hold warnings back on every server; `off` queues none. Metrics
// count each outcome.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { getEngine } from '../engine/index.js';
import { SmppClient, SmscServer, linksSender, type SubmittedMessage } from '../smpp/index.js';
import type { Store } from '../store/index.js';
import { sqliteDatabase } from '../store/test-support.js';
import { buildApp } from '../web/index.js';
import type { WarningSettings } from '../web/plugins.js';
import { linesRecords } from './records.js';
import { linesPlugin } from './routes.js';
import { infected, jsonl, T0 } from './test-fixtures.js';
import { smsParts, warningText } from './warnings.js';

const HOUR = 3600_000;
const DAY = 24 * HOUR;

interface Rig {
  store: Store;
  submitted: SubmittedMessage[];
  clock: { now: Date };
  app(warnings?: WarningSettings): Promise<FastifyInstance>;
  keys: { carrier: string; analyst: string; admin: string };
  /** Closes the apps made so far (their dispatchers stop), so the next test has only its own. */
  closeApps(): Promise<void>;
  close(): Promise<void>;
}

/** A store, an SMSC simulator with one bound client, and apps on them sharing one clock. */
async function rig(): Promise<Rig> {
  const db = sqliteDatabase();
  const store = await db.open();
  const server = new SmscServer({ systemId: 'smishguard', password: 'secret' });
  const port = await server.listen();
  const submitted: SubmittedMessage[] = [];
  server.on('submit', (m) => submitted.push(m));
  const client = new SmppClient({ smsc: `smpp://smishguard:secret@127.0.0.1:${port}`, reconnectMinMs: 30, reconnectMaxMs: 100, responseTimeoutMs: 2000 });
  assert.ok((await client.start()).ok);
  const clock = { now: new Date(T0 + 3 * HOUR) };
  const apps: FastifyInstance[] = [];
  const keys = {
    carrier: (await store.apiKeys.create({ org: 'Example Mobile', role: 'carrier' })).key,
    analyst: (await store.apiKeys.create({ org: 'SOC', role: 'analyst' })).key,
    admin: (await store.apiKeys.create({ org: 'SOC', role: 'admin' })).key,
  };
  return {
    store, submitted, clock, keys,
    async app(warnings) {
      const a = await buildApp({
        engine: getEngine(), store, config: { rateLimit: 0 }, clock: () => clock.now, sms: linksSender([client]),
        settings: { smsFrom: '0005001234', carrierUrl: 'https://mobile.example.jp/security/flubot', publicUrl: null, ...(warnings ? { warnings } : {}) },
        plugins: [{ name: 'lines', plugin: linesPlugin({ warningIntervalMs: 20 }) }],
      });
      apps.push(a);
      return a;
    },
    async closeApps() {
      for (const a of apps.splice(0)) await a.close();
    },
    async close() {
      for (const a of apps.splice(0)) await a.close();
      await client.close();
      await server.close();
      await db.cleanup();
    },
  };
}

const auth = (key: string) => ({ authorization: `Bearer ${key}` });

async function post(app: FastifyInstance, key: string, body: string): Promise<void> {
  const r = await app.inject({ method: 'POST', url: '/api/v1/traffic', headers: { ...auth(key), 'content-type': 'application/x-ndjson' }, payload: body });
  assert.equal(r.statusCode, 202, r.body);
}

/** Polls the store until the line's newest warning is in one of `states` (the dispatcher runs every 20 ms). */
async function until(store: Store, line: string, states: string[]): Promise<{ id: string; state: string; reason: string | null; decidedBy: string | null }> {
  const records = linesRecords(store);
  for (let i = 0; i < 1500; i++) {
    const [w] = await records.warnings.list({ limit: 1, line });
    if (w && states.includes(w.state)) return w;
    await new Promise((r) => setTimeout(r, 20));
  }
  const [w] = await records.warnings.list({ limit: 1, line });
  throw new Error(`the warning to ${line} is ${w?.state ?? 'missing'}, never ${states.join('/')}`);
}

/** Polls /metrics until a series reaches `min`; returns the scrape. */
async function metricAtLeast(app: FastifyInstance, series: string, min: number): Promise<string> {
  for (let i = 0; i < 1500; i++) {
    const body = (await app.inject({ method: 'GET', url: '/metrics' })).body;
    const line = body.split('\n').find((l) => l.startsWith(`${series} `));
    if (line && Number(line.split(' ')[1]) >= min) return body;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`${series} never reached ${min}`);
}

const REVIEW: WarningSettings = { mode: 'review', maxAgeMs: DAY, hourlyCap: 200, text: 'short', link: false, carrierPhone: null };

describe('review mode (the default): no warning leaves without an analyst\'s approval', () => {
  let r: Rig;
  let app: FastifyInstance;
  before(async () => {
    r = await rig();
    app = await r.app(); // no warnings settings: the defaults
  });
  after(async () => r.close());

  it('a flagged line\'s warning waits as pending; approved, it goes out as one short Japanese part; who approved is recorded', async () => {
    await post(app, r.keys.carrier, jsonl(infected('09077770001', T0, 30, '0811')));
    const list = await app.inject({ method: 'GET', url: '/api/v1/warnings', headers: auth(r.keys.analyst) });
    assert.equal(list.statusCode, 200);
    const pending = list.json().warnings as { id: string; line: string; state: string; eventAt: string }[];
    assert.deepEqual(pending.map((w) => [w.line, w.state]), [['09077770001', 'pending']]);
    const eventAt = Date.parse(pending[0]!.eventAt);
    assert.ok(eventAt >= T0 && eventAt < T0 + 30 * 20_000, `${pending[0]!.eventAt}: the time of the traffic, not of the post`);

    const control = (await app.inject({ method: 'GET', url: '/api/v1/warnings/control', headers: auth(r.keys.analyst) })).json();
    assert.deepEqual(control, { mode: 'review', maxAgeSeconds: 86400, hourlyCap: 200, sentLastHour: 0, pending: 1, stopped: null });
    // A second line, approved: once it is sent, the dispatcher has made passes, and the first is still unsent.
    await post(app, r.keys.carrier, jsonl(infected('09077770002', T0, 30, '0812')));
    const second = (await linesRecords(r.store).warnings.list({ limit: 1, line: '09077770002' }))[0]!;
    const ok = await app.inject({ method: 'POST', url: `/api/v1/warnings/${second.id}/approve`, headers: auth(r.keys.analyst), payload: { note: 'checked the traffic' } });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(ok.json().decidedBy.startsWith('key:'), true);
    assert.equal((await until(r.store, '09077770002', ['sent', 'skipped'])).state, 'sent');
    assert.equal(r.submitted.filter((m) => m.to === '09077770001').length, 0, 'never sent without approval');
    assert.equal((await until(r.store, '09077770001', ['pending'])).state, 'pending');

    const got = r.submitted.filter((m) => m.to === '09077770002');
    assert.equal(got.length, 1);
    assert.equal(got[0]!.text, warningText({ style: 'short', carrierUrl: 'https://mobile.example.jp/security/flubot', link: false, carrierPhone: null }));
    assert.equal(smsParts(got[0]!.text), 1);
    assert.doesNotMatch(got[0]!.text, /https?:/);
    const audit = await r.store.audit.list({ limit: 100 });
    const approved = audit.find((a) => a.action === 'lines.warning.approved' && a.subject === '09077770002');
    assert.ok(approved && approved.actor.startsWith('key:') && approved.at, 'audited with who and when');
    const c = await linesRecords(r.store).getCase(second.caseId);
    assert.ok(c?.events.some((e) => e.action === 'warning-approved' && e.actor.startsWith('key:')));
  });

  it('a denied warning is never sent; a decision twice is refused; bulk decisions answer per id', async () => {
    const [first] = await linesRecords(r.store).warnings.list({ limit: 1, line: '09077770001' });
    const deny = await app.inject({ method: 'POST', url: `/api/v1/warnings/${first!.id}/deny`, headers: auth(r.keys.analyst), payload: {} });
    assert.equal(deny.statusCode, 200, deny.body);
    assert.equal(deny.json().state, 'denied');
    const again = await app.inject({ method: 'POST', url: `/api/v1/warnings/${first!.id}/approve`, headers: auth(r.keys.analyst) });
    assert.equal(again.statusCode, 409);
    assert.equal(again.json().code, 'E_CONFLICT');

    await post(app, r.keys.carrier, jsonl(infected('09077770003', T0, 30, '0813')));
    await post(app, r.keys.carrier, jsonl(infected('09077770004', T0, 30, '0814')));
    const ids = (await linesRecords(r.store).warnings.list({ limit: 10, state: 'pending' })).map((w) => w.id).sort();
    assert.equal(ids.length, 2);
    const bulk = await app.inject({ method: 'POST', url: '/api/v1/warnings/deny', headers: auth(r.keys.analyst), payload: { ids: [...ids, first!.id, 'W-NOPE'], note: 'test lines' } });
    assert.equal(bulk.statusCode, 200, bulk.body);
    assert.deepEqual(bulk.json().results.map((x: { ok: boolean; code?: string }) => x.code ?? x.ok), [true, true, 'E_CONFLICT', 'E_NOT_FOUND']);
    assert.equal(r.submitted.filter((m) => m.to === '09077770003' || m.to === '09077770004' || m.to === '09077770001').length, 0);
    assert.equal((await r.store.audit.list({ limit: 200 })).filter((a) => a.action === 'lines.warning.denied').length, 3);
  });

  it('carriers and reporters cannot see or decide warnings; only admins stop them', async () => {
    assert.equal((await app.inject({ method: 'GET', url: '/api/v1/warnings', headers: auth(r.keys.carrier) })).statusCode, 403);
    assert.equal((await app.inject({ method: 'POST', url: '/api/v1/warnings/approve', headers: auth(r.keys.carrier), payload: { ids: ['W-1'] } })).statusCode, 403);
    assert.equal((await app.inject({ method: 'POST', url: '/api/v1/warnings/stop', headers: auth(r.keys.analyst), payload: { reason: 'x' } })).statusCode, 403);
    assert.equal((await app.inject({ method: 'GET', url: '/api/v1/warnings' })).statusCode, 401);
  });

  it('the review queue, decisions and the stop are in the OpenAPI description', async () => {
    const paths = Object.keys((await app.inject({ method: 'GET', url: '/openapi.json' })).json().paths);
    for (const p of ['/api/v1/warnings', '/api/v1/warnings/{id}/approve', '/api/v1/warnings/{id}/deny', '/api/v1/warnings/approve', '/api/v1/warnings/deny', '/api/v1/warnings/stop', '/api/v1/warnings/resume', '/api/v1/warnings/control']) {
      assert.ok(paths.includes(p), p);
    }
  });
});

describe('no warning about old traffic', () => {
  let r: Rig;
  before(async () => {
    r = await rig();
  });
  after(async () => r.close());

  it('an eleven-month-old event replayed today opens a case but queues no warning, even in auto mode', async () => {
    const app = await r.app({ ...REVIEW, mode: 'auto' });
    await post(app, r.keys.carrier, jsonl(infected('09078880001', T0 - 330 * DAY, 30, '0821')));
    const w = await until(r.store, '09078880001', ['skipped', 'sent']);
    assert.deepEqual([w.state, w.reason], ['skipped', 'stale-event']);
    const [c] = await linesRecords(r.store).listCases({ limit: 1, line: '09078880001' });
    assert.equal(c?.state, 'suspected', 'the case is open for analysts all the same');
    // A fresh line in the same server is warned: proof the dispatcher ran, and the old one was not texted.
    await post(app, r.keys.carrier, jsonl(infected('09078880002', T0, 30, '0822')));
    assert.equal((await until(r.store, '09078880002', ['sent', 'skipped'])).state, 'sent');
    assert.equal(r.submitted.filter((m) => m.to === '09078880001').length, 0);
    await metricAtLeast(app, 'smishguard_warnings_suppressed_total{reason="stale"}', 1);
  });

  it('a warning that waited for review past the age limit is dropped, and approving it is refused', async () => {
    await r.closeApps();
    const app = await r.app({ ...REVIEW, maxAgeMs: 6 * HOUR });
    await post(app, r.keys.carrier, jsonl(infected('09078880003', T0 + 2 * HOUR, 30, '0823')));
    const w = await until(r.store, '09078880003', ['pending']);
    r.clock.now = new Date(T0 + 9 * HOUR); // the traffic is now 7 hours old
    const ok = await app.inject({ method: 'POST', url: `/api/v1/warnings/${w.id}/approve`, headers: auth(r.keys.analyst) });
    // Either the dispatcher dropped it first (409 E_CONFLICT) or the approval found it stale (409 E_STALE).
    assert.equal(ok.statusCode, 409);
    assert.ok(['E_STALE', 'E_CONFLICT'].includes(ok.json().code), ok.body);
    const after = await until(r.store, '09078880003', ['skipped', 'sent']);
    assert.deepEqual([after.state, after.reason], ['skipped', 'stale-event']);
    assert.equal(r.submitted.filter((m) => m.to === '09078880003').length, 0);
  });
});

describe('the hourly cap and the global stop', () => {
  let r: Rig;
  before(async () => {
    r = await rig();
  });
  after(async () => r.close());

  it('no more than the hourly cap goes out; the rest wait for the next hour', async () => {
    const app = await r.app({ ...REVIEW, mode: 'auto', hourlyCap: 1 });
    await post(app, r.keys.carrier, jsonl([...infected('09079990001', T0, 30, '0831'), ...infected('09079990002', T0, 30, '0832')].sort((a, b) => a.ts - b.ts)));
    await metricAtLeast(app, 'smishguard_warnings_suppressed_total{reason="cap"}', 1);
    const sent = r.submitted.filter((m) => m.to === '09079990001' || m.to === '09079990002');
    assert.equal(sent.length, 1);
    const waiting = sent[0]!.to === '09079990001' ? '09079990002' : '09079990001';
    assert.equal((await until(r.store, waiting, ['queued'])).state, 'queued');
    r.clock.now = new Date(r.clock.now.getTime() + HOUR + 1000);
    assert.equal((await until(r.store, waiting, ['sent', 'skipped'])).state, 'sent');
  });

  it('an admin\'s stop holds every warning on every server until resumed, and both are audited', async () => {
    await r.closeApps();
    const a = await r.app({ ...REVIEW, mode: 'auto' });
    const b = await r.app({ ...REVIEW, mode: 'auto' });
    const stop = await a.inject({ method: 'POST', url: '/api/v1/warnings/stop', headers: auth(r.keys.admin), payload: { reason: 'replayed traffic on the feed' } });
    assert.equal(stop.statusCode, 200, stop.body);
    const control = await b.inject({ method: 'GET', url: '/api/v1/warnings/control', headers: auth(r.keys.analyst) });
    assert.equal(control.json().stopped.reason, 'replayed traffic on the feed', 'the other server sees the stop');
    assert.equal(control.json().mode, 'auto');

    r.clock.now = new Date(r.clock.now.getTime() + 2 * HOUR); // past the cap's hour above
    await post(b, r.keys.carrier, jsonl(infected('09079990003', r.clock.now.getTime() - HOUR, 30, '0833')));
    // Not even approved automatically while stopped.
    assert.equal((await until(r.store, '09079990003', ['pending'])).state, 'pending');
    // An analyst's approval does not get past the stop either.
    const w = (await linesRecords(r.store).warnings.list({ limit: 1, line: '09079990003' }))[0]!;
    assert.equal((await b.inject({ method: 'POST', url: `/api/v1/warnings/${w.id}/approve`, headers: auth(r.keys.analyst) })).statusCode, 200);
    await metricAtLeast(b, 'smishguard_warnings_suppressed_total{reason="stop"}', 1);
    await metricAtLeast(a, 'smishguard_warnings_suppressed_total{reason="stop"}', 1);
    assert.equal(r.submitted.filter((m) => m.to === '09079990003').length, 0);

    const resume = await b.inject({ method: 'POST', url: '/api/v1/warnings/resume', headers: auth(r.keys.admin) });
    assert.equal(resume.statusCode, 200);
    assert.equal(resume.json().was.reason, 'replayed traffic on the feed');
    assert.equal((await until(r.store, '09079990003', ['sent', 'skipped'])).state, 'sent');
    const actions = (await r.store.audit.list({ limit: 200 })).map((x) => x.action);
    assert.ok(actions.includes('lines.warnings.stop') && actions.includes('lines.warnings.resume'));
  });
});

describe('--warnings off', () => {
  let r: Rig;
  before(async () => {
    r = await rig();
  });
  after(async () => r.close());

  it('cases open, no warning is queued, nothing is sent', async () => {
    const app = await r.app({ ...REVIEW, mode: 'off' });
    await post(app, r.keys.carrier, jsonl(infected('09070000001', T0, 30, '0841')));
    const [c] = await linesRecords(r.store).listCases({ limit: 1, line: '09070000001' });
    assert.equal(c?.state, 'suspected');
    const w = await until(r.store, '09070000001', ['skipped', 'pending', 'queued', 'sent']);
    assert.deepEqual([w.state, w.reason], ['skipped', 'warnings-off']);
    const pending = await app.inject({ method: 'GET', url: '/api/v1/warnings', headers: auth(r.keys.analyst) });
    assert.deepEqual(pending.json().warnings, []);
    const scrape = await metricAtLeast(app, 'smishguard_warnings_suppressed_total{reason="off"}', 1);
    for (const name of ['queued', 'approved', 'denied', 'sent', 'failed', 'suppressed']) assert.match(scrape, new RegExp(`^# TYPE smishguard_warnings_${name}_total counter$`, 'm'), name);
    assert.equal(r.submitted.length, 0);
  });
});
