// What an operator sees: /healthz alive, /readyz naming what is down, and metrics with the
// SMPP links, the 7726 intake and outbound SMS that pass `promtool check metrics`.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { getEngine } from '../engine/index.js';
import { startSmppIntake } from '../intake/index.js';
import { SmscServer } from '../smpp/index.js';
import { Inbox } from '../smpp/test-support.js';
import { sqliteDatabase } from '../store/test-support.js';
import { buildApp } from './app.js';
import { createOps } from './ops.js';

const engine = getEngine();
const LURE = '【佐川急便】お荷物のお届けにあがりましたが宛先不明の為持ち帰りました。再配達のご依頼は下記URLよりお手続きください。 https://sagawa-redelivery.example.top/check?id=83920';
const promtool = spawnSync('promtool', ['--version']).status === 0;

describe('operators: readiness and metrics', () => {
  it('/readyz is 503 naming the SMPP link while its bind is refused, 200 once bound; /healthz stays 200', async () => {
    const db = sqliteDatabase();
    const store = await db.open();
    const server = new SmscServer({ systemId: 'sg', password: 'new' });
    const port = await server.listen();
    const ops = createOps();
    ops.expectLinks(1);
    const app = await buildApp({ engine, store, ops, config: { rateLimit: 0 } });
    const starting = await app.inject({ method: 'GET', url: '/readyz' });
    assert.equal(starting.statusCode, 503);
    const intake = await startSmppIntake({
      store, engine, smscUrls: [`smpp://sg:old@127.0.0.1:${port}`], shortCode: '7726', dialogueTimeoutMs: 3600_000, formUrl: 'http://x/',
      smpp: { reconnectMinMs: 30, reconnectMaxMs: 60, responseTimeoutMs: 2_000 }, observer: ops.intake, smppObserver: (s) => ops.smpp(s),
    });
    ops.watchLinks(intake.links);
    try {
      const refused = await app.inject({ method: 'GET', url: '/readyz' });
      assert.equal(refused.statusCode, 503);
      const body = refused.json() as { code: string; down: { component: string; smsc?: string }[] };
      assert.equal(body.code, 'E_NOT_READY');
      assert.deepEqual(body.down.map((d) => [d.component, d.smsc]), [['smpp', `smpp://sg@127.0.0.1:${port}`]]);
      assert.equal((await app.inject({ method: 'GET', url: '/healthz' })).statusCode, 200);
      let metrics = (await app.inject({ method: 'GET', url: '/metrics' })).body;
      assert.match(metrics, /smishguard_smpp_bind_up\{smsc="[^"]+"\} 0/);
      assert.match(metrics, /smishguard_smpp_bind_failures_total\{smsc="[^"]+",status="ESME_RINVPASWD"\} [1-9]/);

      server.setPassword('old');
      assert.ok(await server.waitForBind(5_000));
      while (intake.links()[0]?.state !== 'bound') await new Promise((r) => setImmediate(r));
      assert.equal((await app.inject({ method: 'GET', url: '/readyz' })).statusCode, 200);
      const inbox = new Inbox(server);
      assert.ok((await server.deliver({ from: '09011112222', to: '7726', text: LURE })).ok);
      await inbox.next();
      metrics = (await app.inject({ method: 'GET', url: '/metrics' })).body;
      assert.match(metrics, /smishguard_smpp_bind_up\{smsc="[^"]+"\} 1/);
      assert.match(metrics, /smishguard_reports_total\{channel="sms",verdict="block"\} 1/);
      assert.match(metrics, /smishguard_intake_messages_total\{kind="forward"\} 1/);
      assert.match(metrics, /smishguard_smpp_pdus_total\{direction="in",command="deliver_sm",status="request"\} [1-9]/);
      assert.match(metrics, /smishguard_smpp_pdus_total\{direction="out",command="deliver_sm_resp",status="ESME_ROK"\} [1-9]/);
      assert.match(metrics, /smishguard_intake_dialogues_open 1/);

      // The store goes away: /readyz names it.
      await intake.close();
      await store.close();
      const storeDown = await app.inject({ method: 'GET', url: '/readyz' });
      assert.equal(storeDown.statusCode, 503);
      assert.ok((storeDown.json() as { down: { component: string }[] }).down.some((d) => d.component === 'store'));
    } finally {
      await intake.close();
      await app.close();
      await server.close();
      await db.cleanup();
    }
  });

  it('/metrics, with the SMPP, intake and SMS series, passes promtool check metrics', { skip: promtool || process.env.CI === 'true' ? false : 'promtool not installed (Debian: apt-get install prometheus)' }, async () => {
    const ops = createOps();
    const link = ops.smpp('smpp://sg@127.0.0.1:2775');
    link.bindAttempt?.('refused', 0x0e);
    link.bindAttempt?.('bound', null);
    link.state?.('bound');
    link.pdu?.('in', 'deliver_sm', null);
    link.pdu?.('out', 'deliver_sm_resp', 0);
    ops.intake.message('forward');
    ops.intake.report('sms', 'block');
    ops.intake.reply('sent');
    // The whole of /metrics, with the defaults of prom-client and the HTTP series.
    const app = await buildApp({ engine, ops, config: { rateLimit: 0 } });
    await app.inject({ method: 'POST', url: '/api/v1/check', payload: { text: LURE } });
    const text = (await app.inject({ method: 'GET', url: '/metrics' })).body;
    await app.close();
    assert.match(text, /smishguard_smpp_bind_up/);
    const r = spawnSync('promtool', ['check', 'metrics'], { input: text, encoding: 'utf8' });
    assert.equal(r.status, 0, `${r.stdout}${r.stderr}`);
    assert.equal(`${r.stdout}${r.stderr}`.trim(), '');
  });
});
