// The floor of issue 9 on PostgreSQL: two `serve`-shaped servers (each with its own store
// connection, reputation snapshot polling the store, HTTP app and — on one — the 7726 intake
// over a real SMPP bind) share one database. A lure URL reported by three independent
// reporters whose reports the engine flags, or confirmed by an analyst on either server, is
// blocked by POST /api/v1/check, the web form and the 7726 verdict on both, within 60 s.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { within } from '../cli/run-cli.js';
import { getEngine } from '../engine/index.js';
import { startSmppIntake, type SmppIntake } from '../intake/index.js';
import { createReportService } from '../reports/index.js';
import { SmscServer } from '../smpp/index.js';
import { Inbox } from '../smpp/test-support.js';
import type { Store } from '../store/index.js';
import { pgSkip, postgresDatabase } from '../store/test-support.js';
import { buildApp } from '../web/index.js';
import { getReputationData, openReputationSnapshot, withReputation } from './index.js';

const FLOOR_MS = 60_000;
const POLL_MS = 1_000;

async function server(store: Store) {
  const reputation = await openReputationSnapshot(store, { refreshMs: POLL_MS });
  const engine = withReputation(getEngine(), reputation.lookup);
  const reports = createReportService({ store, engine, indicators: reputation.indicators, trustedRoles: getReputationData().policy.trustedRoles });
  const app = await buildApp({ engine, store, reputation, reports, config: { rateLimit: 0 }, plugins: [{ name: 'web form', plugin: (await import('../web/form/index.js')).default }] });
  return { store, reputation, reports, app };
}
type Server = Awaited<ReturnType<typeof server>>;

const check = async (s: Server, text: string): Promise<{ verdict: string; reasons: { code: string }[] }> =>
  (await s.app.inject({ method: 'POST', url: '/api/v1/check', payload: { text } })).json();
const formShowsReputation = async (s: Server, text: string): Promise<boolean> => {
  const r = await s.app.inject({ method: 'POST', url: '/', payload: new URLSearchParams({ text, action: 'check', lang: 'en' }).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' } });
  return /Known smishing/.test(r.body);
};

describe('two servers on one PostgreSQL: trusted indicators reach every verdict', { skip: pgSkip }, () => {
  const db = postgresDatabase();
  let a: Server;
  let b: Server;
  let smsc: SmscServer;
  let inbox: Inbox;
  let intake: SmppIntake;
  after(async () => {
    await intake?.close();
    await smsc?.close();
    for (const s of [a, b]) { await s?.app.close(); s?.reputation.close(); }
    await db.cleanup();
  });

  /** A subscriber forwards a text to 7726 on server A; the verdict the report was given. */
  async function via7726(from: string, text: string): Promise<{ verdict: string; reasons: { code: string }[] }> {
    assert.ok((await smsc.deliver({ from, to: '7726', text })).ok);
    const ref = /R-[0-9A-Z]{5}-[0-9A-Z]{5}/.exec((await inbox.next()).text)?.[0];
    assert.ok(ref);
    const r = await a.store.reports.get(ref);
    return { verdict: r?.verdict ?? 'none', reasons: (r?.reasons ?? []) as { code: string }[] };
  }

  it('three independent flagged reporters on different servers and channels, then an analyst, block on both servers', async () => {
    a = await server(await db.open());
    b = await server(await db.open());
    smsc = new SmscServer({ systemId: 'smishguard', password: 'secret' });
    const port = await smsc.listen();
    inbox = new Inbox(smsc);
    intake = await startSmppIntake({
      store: a.store, engine: withReputation(getEngine(), a.reputation.lookup), reports: a.reports, smscUrls: [`smpp://smishguard:secret@127.0.0.1:${port}`],
      shortCode: '7726', dialogueTimeoutMs: 3_600_000, formUrl: 'http://127.0.0.1/', smpp: { reconnectMinMs: 30, reconnectMaxMs: 100, responseTimeoutMs: 2_000 },
    });

    const url = `https://parcel-check-${Date.now()}.example.top/d/8231`;
    const lure = `配達日時を確認してください ${url}`;
    assert.notEqual((await check(b, url)).verdict, 'block');
    // Reporter 1 by 7726 on A, reporter 2 by the form on B, reporter 3 by the API on A.
    assert.equal((await via7726('09011110001', lure)).verdict, 'suspicious');
    const form = await b.app.inject({ method: 'POST', url: '/', payload: new URLSearchParams({ text: lure, lang: 'en' }).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' }, remoteAddress: '192.0.2.20' });
    assert.equal(form.statusCode, 201);
    assert.equal((await a.app.inject({ method: 'POST', url: '/api/v1/reports', payload: { text: lure }, remoteAddress: '198.51.100.30' })).statusCode, 201);

    for (const s of [a, b]) {
      assert.ok(await within(FLOOR_MS, async () => (await check(s, url)).verdict === 'block'), 'the check API blocks it');
      assert.ok(await formShowsReputation(s, url), 'the web form names it');
    }
    const v = await via7726('09011110004', `再送: ${url}`);
    assert.equal(v.verdict, 'block');
    assert.ok(v.reasons.some((r) => r.code === 'REPUTATION_URL'));

    // An analyst on B confirms a URL nobody reported; A blocks it too.
    const analyst = (await b.store.apiKeys.create({ org: 'SOC', role: 'analyst' })).key;
    const confirmed = `https://account-check-${Date.now()}.example.top/login`;
    const d = await b.app.inject({ method: 'POST', url: '/api/v1/indicators/decisions', payload: { action: 'confirm', indicators: [{ kind: 'url', value: confirmed }] }, headers: { authorization: `Bearer ${analyst}` } });
    assert.equal(d.statusCode, 200, d.body);
    assert.ok(await within(FLOOR_MS, async () => (await check(a, confirmed)).verdict === 'block'));
    assert.ok(await formShowsReputation(a, confirmed));
    assert.equal((await via7726('09011110005', confirmed)).verdict, 'block');
  });
});
