// The firewall's side toward the SMSCs: with several, one lost moves the traffic to the others,
// and the lost one is bound again (with back-off) when it comes back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getEngine } from '../engine/index.js';
import { SmppClient, SmscServer } from '../smpp/index.js';
import { Inbox } from '../smpp/test-support.js';
import { Firewall, parseFirewallConfig } from './index.js';

test('two SMSCs: one killed, the traffic moves to the other; back, it is bound again', async () => {
  const a = new SmscServer({ systemId: 'fw', password: 'up' });
  const b = new SmscServer({ systemId: 'fw', password: 'up' });
  const aPort = await a.listen();
  const bPort = await b.listen();
  const inA = new Inbox(a);
  const inB = new Inbox(b);
  const config = parseFirewallConfig({
    listen: { port: 0 },
    upstream: { smsc: [`smpp://fw:up@127.0.0.1:${aPort}`, `smpp://fw:up@127.0.0.1:${bPort}`], reconnectMinMs: 50, reconnectMaxMs: 200, responseTimeoutMs: 2_000 },
    esmes: [{ systemId: 'agg1', password: 'pw1' }],
  });
  assert.ok(config.ok);
  const fw = new Firewall({ config: config.value, engine: getEngine() });
  const port = await fw.start();
  const client = new SmppClient({ smsc: `smpp://agg1:pw1@127.0.0.1:${port}`, reconnectMinMs: 50, submitTimeoutMs: 3_000 });
  let again: SmscServer | null = null;
  try {
    for (let i = 0; i < 100 && fw.upstream().some((l) => l.state !== 'bound'); i++) await new Promise((r) => setTimeout(r, 20));
    assert.deepEqual(fw.upstream().map((l) => l.state), ['bound', 'bound']);
    assert.ok((await client.start()).ok);
    assert.ok((await client.submit('09011112222', 'before', { from: '0312345678' })).ok);
    for (let i = 0; i < 100 && inA.pending + inB.pending === 0; i++) await new Promise((r) => setTimeout(r, 20));
    assert.equal(inA.pending, 1, 'equal windows: the first link takes it');
    assert.equal((await inA.next()).text, 'before');
    // The first SMSC crashes: every message after it goes to the second, none is refused.
    a.dropSessions();
    await a.close();
    for (let i = 0; i < 10; i++) assert.ok((await client.submit('09011112222', `after ${i}`, { from: '0312345678' })).ok, `message ${i} taken`);
    const atB: string[] = [];
    while (inB.pending > 0) atB.push((await inB.next()).text);
    assert.deepEqual(atB, Array.from({ length: 10 }, (_, i) => `after ${i}`));
    assert.equal(fw.upstream()[0]?.state === 'bound', false, 'the lost link is not counted bound');
    // Back on the same port: the firewall binds to it again by itself.
    again = new SmscServer({ systemId: 'fw', password: 'up' });
    await again.listen(aPort);
    assert.ok(await again.waitForBind(5_000), 'the firewall binds again to the SMSC that came back');
  } finally {
    await client.close();
    await fw.close();
    await again?.close();
    await b.close();
  }
});
