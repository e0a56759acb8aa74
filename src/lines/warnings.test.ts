// Warnings end to end over a real SMPP peer, with the server approving them itself
// (`--warnings auto`; review is in warning-control.test.ts): traffic posted by a carrier flags
// lines, the served app's dispatcher texts the warning through the SMSC simulator — only where
// the line's warnings consent is on, at most once a line in 24 hours.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { openConsent } from '../consent/index.js';
import { getEngine } from '../engine/index.js';
import { SmppClient, SmscServer, linksSender, type SubmittedMessage } from '../smpp/index.js';
import type { Store } from '../store/index.js';
import { sqliteDatabase } from '../store/test-support.js';
import { buildApp } from '../web/index.js';
import { linesRecords } from './records.js';
import { linesPlugin } from './routes.js';
import { infected, jsonl, T0 } from './test-fixtures.js';
import { smsParts, warningText, checkWarningText, type WarningTextOptions } from './warnings.js';

const LONG = { mode: 'auto', maxAgeMs: 86400_000, hourlyCap: 1000, text: 'long', link: false, carrierPhone: null } as const;
const AUTO = { ...LONG, text: 'short' } as const;

const DAY = 86400_000;

describe('warnings over SMPP from the served app', () => {
  const db = sqliteDatabase();
  let store: Store;
  let server: SmscServer;
  let client: SmppClient;
  let app: FastifyInstance;
  let carrierKey: string;
  let analystKey: string;
  const submitted: SubmittedMessage[] = [];
  let now = new Date('2026-11-02T12:00:00Z');

  before(async () => {
    store = await db.open();
    server = new SmscServer({ systemId: 'smishguard', password: 'secret' });
    const port = await server.listen();
    server.on('submit', (m) => submitted.push(m));
    client = new SmppClient({ smsc: `smpp://smishguard:secret@127.0.0.1:${port}`, reconnectMinMs: 30, reconnectMaxMs: 100, responseTimeoutMs: 2000 });
    assert.ok((await client.start()).ok);
    app = await buildApp({
      engine: getEngine(), store, config: { rateLimit: 0 }, clock: () => now, sms: linksSender([client]),
      settings: { smsFrom: '0005001234', carrierUrl: 'https://mobile.example.jp/security/flubot', publicUrl: null, warnings: LONG },
      plugins: [{ name: 'lines', plugin: linesPlugin({ warningIntervalMs: 25 }) }],
    });
    carrierKey = (await store.apiKeys.create({ org: 'Example Mobile', role: 'carrier' })).key;
    analystKey = (await store.apiKeys.create({ org: 'SOC', role: 'analyst' })).key;
  });
  after(async () => {
    await app.close();
    await client.close();
    await server.close();
    await db.cleanup();
  });

  const post = async (body: string): Promise<void> => {
    const r = await app.inject({ method: 'POST', url: '/api/v1/traffic', headers: { authorization: `Bearer ${carrierKey}`, 'content-type': 'application/x-ndjson' }, payload: body });
    assert.equal(r.statusCode, 202, r.body);
  };
  /** Waits until the line's newest warning has left the queue. */
  async function settled(line: string): Promise<{ state: string; reason: string | null }> {
    const records = linesRecords(store);
    for (let i = 0; i < 200; i++) {
      const [w] = await records.warnings.list({ limit: 1, line });
      if (w && w.state !== 'pending' && w.state !== 'queued' && w.state !== 'sending') return w;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error(`the warning to ${line} never left the queue`);
  }
  const to = (line: string): SubmittedMessage[] => submitted.filter((m) => m.to === line);

  it('with --warning-text long, an infected line with warnings on is texted once, in Japanese and English, with removal steps and the carrier page', async () => {
    await post(jsonl(infected('09066660001')));
    assert.equal((await settled('09066660001')).state, 'sent');
    const got = to('09066660001');
    assert.equal(got.length, 1);
    assert.equal(got[0]!.from, '0005001234');
    assert.equal(got[0]!.text, warningText({ style: 'long', carrierUrl: 'https://mobile.example.jp/security/flubot', link: false, carrierPhone: null }));
    assert.match(got[0]!.text, /Android/);
    assert.match(got[0]!.text, /iPhone/);
    assert.match(got[0]!.text, /不正アプリ/);
    assert.match(got[0]!.text, /Your phone may be infected/);
    const cases = await app.inject({ method: 'GET', url: '/api/v1/cases?line=09066660001', headers: { authorization: `Bearer ${analystKey}` } });
    assert.equal(cases.json().cases[0].state, 'warned');
    assert.ok((await store.audit.list({ limit: 50 })).some((a) => a.action === 'lines.warning.sent' && a.subject === '09066660001'));
  });

  it('a line whose warnings consent is off is flagged but never texted', async () => {
    const consent = openConsent(store);
    assert.ok((await consent.set('09066660002', { warnings: false }, { id: 'subscriber', channel: 'subscriber-page' })).ok);
    await post(jsonl(infected('09066660002', T0, 30, '0803')));
    const w = await settled('09066660002');
    assert.deepEqual([w.state, w.reason], ['skipped', 'warnings-consent-off']);
    assert.equal(to('09066660002').length, 0);
  });

  it('consent turned off after the warning was queued is honoured when sending', async () => {
    const records = linesRecords(store);
    // No link for a moment: the warning waits in the queue while the subscriber opts out.
    const offline = await buildApp({
      engine: getEngine(), store, config: { rateLimit: 0 }, clock: () => now,
      settings: { smsFrom: '0005001234', carrierUrl: null, publicUrl: null, warnings: AUTO }, plugins: [{ name: 'lines', plugin: linesPlugin({ warningIntervalMs: 25 }) }],
    });
    const r = await offline.inject({ method: 'POST', url: '/api/v1/traffic', headers: { authorization: `Bearer ${carrierKey}`, 'content-type': 'application/x-ndjson' }, payload: jsonl(infected('09066660003', T0, 30, '0804')) });
    assert.equal(r.statusCode, 202);
    await offline.close();
    assert.equal((await records.warnings.list({ limit: 1, line: '09066660003' }))[0]?.state, 'pending');
    assert.ok((await openConsent(store).set('09066660003', { warnings: false }, { id: 'subscriber', channel: 'subscriber-page' })).ok);
    const w = await settled('09066660003');
    assert.deepEqual([w.state, w.reason], ['skipped', 'warnings-consent-off']);
    assert.equal(to('09066660003').length, 0);
  });

  it('a line that opts out of detection after its warning was queued is not texted (the warning rests on the detection it refused)', async () => {
    const records = linesRecords(store);
    const offline = await buildApp({
      engine: getEngine(), store, config: { rateLimit: 0 }, clock: () => now,
      settings: { smsFrom: '0005001234', carrierUrl: null, publicUrl: null, warnings: AUTO }, plugins: [{ name: 'lines', plugin: linesPlugin({ warningIntervalMs: 25 }) }],
    });
    const r = await offline.inject({ method: 'POST', url: '/api/v1/traffic', headers: { authorization: `Bearer ${carrierKey}`, 'content-type': 'application/x-ndjson' }, payload: jsonl(infected('09066660004', T0, 30, '0807')) });
    assert.equal(r.statusCode, 202);
    await offline.close();
    assert.equal((await records.warnings.list({ limit: 1, line: '09066660004' }))[0]?.state, 'pending');
    // Warnings stay on; detection goes off. The hourly purge has not run yet.
    assert.ok((await openConsent(store).set('090-6666-0004', { detection: false }, { id: 'subscriber', channel: 'subscriber-page' })).ok);
    const w = await settled('09066660004');
    assert.deepEqual([w.state, w.reason], ['skipped', 'detection-consent-withdrawn']);
    assert.equal(to('09066660004').length, 0);
  });

  it('a warning queued before the number changed hands is not texted to its new holder', async () => {
    const records = linesRecords(store);
    const offline = await buildApp({
      engine: getEngine(), store, config: { rateLimit: 0 }, clock: () => now,
      settings: { smsFrom: '0005001234', carrierUrl: null, publicUrl: null, warnings: AUTO }, plugins: [{ name: 'lines', plugin: linesPlugin({ warningIntervalMs: 25 }) }],
    });
    const r = await offline.inject({ method: 'POST', url: '/api/v1/traffic', headers: { authorization: `Bearer ${carrierKey}`, 'content-type': 'application/x-ndjson' }, payload: jsonl(infected('09066660005', T0, 30, '0808')) });
    assert.equal(r.statusCode, 202);
    await offline.close();
    assert.equal((await records.warnings.list({ limit: 1, line: '09066660005' }))[0]?.state, 'pending');
    now = new Date(now.getTime() + 60_000);
    assert.ok((await openConsent(store, { clock: () => now }).reassign('09066660005', 'transfer', { id: 'Example Mobile (K-1)', channel: 'carrier-api' })).ok);
    const w = await settled('09066660005');
    assert.deepEqual([w.state, w.reason], ['skipped', 'number-reassigned']);
    assert.equal(to('09066660005').length, 0);
  });

  it('at most one warning a line in 24 hours, even when its case reopens', async () => {
    const records = linesRecords(store);
    const [c] = await records.listCases({ limit: 1, line: '09066660001' });
    assert.ok(c);
    assert.ok((await records.setState(c.id, 'cleaned', 'analyst')).ok);
    now = new Date(now.getTime() + 3 * 3600_000);
    // Offends again (a day later in event time): reopened, escalated, a new warning queued…
    await post(jsonl(infected('09066660001', T0 + DAY, 30, '0805')));
    const again = await settled('09066660001');
    assert.equal(again.state, 'skipped');
    assert.match(again.reason ?? '', /^warned-within-24h/);
    assert.equal(to('09066660001').length, 1, '…but not sent: the first went out three hours ago');
    // Past the day, the next reopening is warned again.
    assert.ok((await records.setState(c.id, 'cleaned', 'analyst')).ok);
    now = new Date(now.getTime() + DAY);
    await post(jsonl(infected('09066660001', T0 + 2 * DAY, 30, '0806')));
    assert.equal((await settled('09066660001')).state, 'sent');
    assert.equal(to('09066660001').length, 2);
  });
});

const variants: WarningTextOptions[] = [];
for (const style of ['short', 'long'] as const) {
  for (const carrierUrl of [null, 'https://www.docomo.ne.jp/info/notice/page/210524_00.html', 'https://www.example-carrier.jp/security', 'https://m.example.jp/s']) {
    for (const link of [false, true]) {
      for (const carrierPhone of [null, '0120-800-000', '151']) variants.push({ style, carrierUrl, link, carrierPhone });
    }
  }
}

it('our own warning passes our own engine: a carrier\'s infection notice from its 0005 number is allowed, not filtered, in every variant', () => {
  for (const v of variants) {
    const a = getEngine().analyse({ text: warningText(v), from: '0005123456' });
    assert.equal(a.verdict, 'allow', `${JSON.stringify(v)}: ${a.score} ${a.reasons.map((r) => r.code).join(',')}`);
  }
});

it('the warning is one SMS part by default (Japanese, at most 70 characters, no link); the long bilingual text stays available', () => {
  const short = warningText({ style: 'short', carrierUrl: 'https://www.example-carrier.jp/security', link: false, carrierPhone: null });
  assert.equal(smsParts(short), 1);
  assert.ok(short.length <= 70, `${short.length}`);
  assert.doesNotMatch(short, /https?:/, 'no link unless the carrier asks for one');
  assert.match(short, /不正アプリ/);
  assert.match(short, /公式サイトか窓口/, 'says where to get help');
  assert.match(warningText({ style: 'short', carrierUrl: null, link: false, carrierPhone: '0120-800-000' }), /0120-800-000/);
  const linked = warningText({ style: 'short', carrierUrl: 'https://m.example.jp/s', link: true, carrierPhone: null });
  assert.match(linked, /https:\/\/m\.example\.jp\/s/);
  assert.equal(smsParts(linked), 1);
  // The long text is the 7-part one the 7726 review measured.
  assert.ok(smsParts(warningText({ style: 'long', carrierUrl: 'https://mobile.example.jp/security/flubot', link: false, carrierPhone: null })) > 1);
  // Every short variant the start-up check lets through is one part; a long page address with --warning-link is refused.
  for (const v of variants.filter((x) => x.style === 'short')) {
    const c = checkWarningText(v);
    if (c.ok) assert.equal(smsParts(c.text), 1, JSON.stringify(v));
  }
  const refused = checkWarningText({ style: 'short', carrierUrl: 'https://www.docomo.ne.jp/info/notice/page/210524_00.html', link: true, carrierPhone: null });
  assert.ok(!refused.ok && /one SMS part/.test(refused.message));
});
