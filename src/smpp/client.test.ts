// The ESME client against the SMSC simulator: real sockets on 127.0.0.1, ephemeral ports.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import smpp from 'smpp';
import { SmppClient, type DeliveryReceipt, type InboundMessage } from './client.js';
import { encodeSm } from './pdu.js';
import { SmscServer } from './server.js';
import { Status } from './status.js';
import { encodeUcs2 } from './text.js';

const LONG = '【重要】ご利用のアカウントに不正なアクセスがありました。本人確認のため下記URLより24時間以内にお手続きください。手続きがない場合はご利用を停止します。 https://account-verify.example.xyz/login 😀';
const LONG_PARTS = 2; // 67 UCS-2 characters a part
const FAST = { reconnectMinMs: 50, reconnectMaxMs: 200, responseTimeoutMs: 2_000 } as const;

function header(commandId: number, sequence: number, body = Buffer.alloc(0), length = 16 + body.length): Buffer {
  const h = Buffer.alloc(16);
  h.writeUInt32BE(length, 0);
  h.writeUInt32BE(commandId, 4);
  h.writeUInt32BE(0, 8);
  h.writeUInt32BE(sequence, 12);
  return Buffer.concat([h, body]);
}

function nextNack(server: SmscServer): Promise<{ status: number; sequence: number }> {
  return new Promise((resolve) => server.once('nack', (status, sequence) => resolve({ status, sequence })));
}

describe('SMPP client and SMSC simulator over loopback', () => {
  const server = new SmscServer({ systemId: 'smishguard', password: 'secret' });
  const received: InboundMessage[] = [];
  const receipts: DeliveryReceipt[] = [];
  let answer: number = Status.ESME_ROK;
  let client: SmppClient;

  before(async () => {
    const port = await server.listen();
    client = new SmppClient({
      ...FAST,
      smsc: `smpp://smishguard:secret@127.0.0.1:${port}`,
      onMessage: async (m) => {
        received.push(m);
        return answer;
      },
      onReceipt: (r) => receipts.push(r),
    });
    assert.deepEqual(await client.start(), { ok: true });
    assert.equal(client.state, 'bound');
  });
  after(async () => {
    await client.close();
    await server.close();
  });

  for (const scheme of ['udh8', 'udh16', 'sar', 'payload'] as const) {
    it(`hands on a long Japanese MO sent as ${scheme} as one message`, async () => {
      received.length = 0;
      const r = await server.deliver({ from: '09012345678', to: '7726', text: LONG, scheme });
      assert.ok(r.ok, JSON.stringify(r));
      assert.equal(received.length, 1);
      assert.equal(received[0]?.text, LONG);
      assert.equal(received[0]?.from, '09012345678');
      assert.equal(received[0]?.to, '7726');
      assert.equal(received[0]?.complete, true);
    });
  }

  it('decodes GSM 7-bit and Latin-1 MOs, and gives international senders their +', async () => {
    received.length = 0;
    assert.ok((await server.deliver({ from: '+447700900123', to: '7726', text: 'Your parcel is held: pay €1.99 at {link}', coding: 'gsm7' })).ok);
    const latin = await server.deliverSm({ source: { ton: 1, npi: 1, addr: '33612345678' }, dest: { ton: 3, npi: 0, addr: '7726' }, esmClass: 0, dataCoding: 0x03, shortMessage: Buffer.from('Colis bloqué: réglez 1,99 EUR', 'latin1') });
    assert.ok(latin.ok && latin.pdu.command_status === 0);
    assert.deepEqual(received.map((m) => [m.from, m.text]), [
      ['+447700900123', 'Your parcel is held: pay €1.99 at {link}'],
      ['+33612345678', 'Colis bloqué: réglez 1,99 EUR'],
    ]);
  });

  it('answers each deliver_sm with the status the handler returns, and a refused set can be completed by the retry', async (t) => {
    received.length = 0;
    answer = Status.ESME_RX_T_APPN;
    t.after(() => {
      answer = Status.ESME_ROK;
    });
    const first = await server.deliver({ from: '09012345678', to: '7726', text: LONG, scheme: 'udh8', reference: 99 });
    assert.equal(first.ok, false);
    assert.deepEqual(first.statuses, [0, Status.ESME_RX_T_APPN]);
    // The SMSC offers the last part again; the earlier parts were kept.
    answer = Status.ESME_ROK;
    const again = await server.deliver({ from: '09012345678', to: '7726', text: LONG, scheme: 'udh8', reference: 99 });
    assert.deepEqual(again.statuses, [0, 0]);
    assert.equal(received.at(-1)?.text, LONG);
  });

  it('takes delivery receipts without treating them as messages', async () => {
    received.length = 0;
    const text = 'id:0A1B2C3D sub:001 dlvrd:001 submit date:2611241200 done date:2611241201 stat:DELIVRD err:000 text:';
    const r = await server.deliverSm({ source: { ton: 0, npi: 1, addr: '09012345678' }, dest: { ton: 3, npi: 0, addr: '7726' }, esmClass: 0x04, dataCoding: 0, shortMessage: Buffer.from(text) });
    assert.ok(r.ok && r.pdu.command_status === Status.ESME_ROK);
    assert.equal(received.length, 0);
    assert.deepEqual(receipts.at(-1), { from: '09012345678', to: '7726', messageId: '0A1B2C3D', state: 'DELIVRD' });
  });

  it('answers an unknown command with generic_nack and keeps the session', async () => {
    const nack = nextNack(server);
    server.sendRaw(header(0x00000777, 4242));
    assert.deepEqual(await nack, { status: Status.ESME_RINVCMDID, sequence: 4242 });
    received.length = 0;
    assert.ok((await server.deliver({ from: '09012345678', to: '7726', text: 'まだ動いていますか' })).ok);
    assert.equal(received[0]?.text, 'まだ動いていますか');
  });

  it('answers a deliver_sm whose sm_length runs past the PDU with generic_nack', async () => {
    const good = encodeSm('deliver_sm', 4343, { source: { ton: 0, npi: 1, addr: '09012345678' }, dest: { ton: 3, npi: 0, addr: '7726' }, esmClass: 0, dataCoding: 8, shortMessage: encodeUcs2('テスト') });
    // Cut the last 4 octets of the message but keep sm_length: the field runs past the end.
    const cut = Buffer.from(good.subarray(0, good.length - 4));
    cut.writeUInt32BE(cut.length, 0);
    const nack = nextNack(server);
    server.sendRaw(cut);
    assert.deepEqual(await nack, { status: Status.ESME_RINVMSGLEN, sequence: 4343 });
    assert.equal(client.state, 'bound');
  });

  it('submits a long text as concatenated UCS-2 parts the SMSC puts back together', async () => {
    const got = new Promise<{ text: string; parts: number; from: string }>((resolve) => server.once('submit', resolve));
    const r = await client.submit('09012345678', LONG, { from: '7726' });
    assert.ok(r.ok);
    assert.equal(r.messageIds.length, LONG_PARTS);
    const m = await got;
    assert.deepEqual([m.text, m.parts, m.from], [LONG, LONG_PARTS, '7726']);
  });

  it('hangs up on an impossible command_length after a generic_nack, then binds again', async () => {
    const nack = nextNack(server);
    server.sendRaw(header(0x00000005, 77, Buffer.alloc(0), 8));
    assert.deepEqual(await nack, { status: Status.ESME_RINVCMDLEN, sequence: 77 });
    assert.equal(await client.whenBound(5_000), true);
    await server.waitForBind(5_000);
    received.length = 0;
    assert.ok((await server.deliver({ from: '09012345678', to: '7726', text: '再接続後' })).ok);
    assert.equal(received[0]?.text, '再接続後');
  });

  it('reconnects with back-off when the SMSC vanishes, and submits wait for the new bind', async () => {
    server.dropSessions();
    const submitted = client.submit('09012345678', 'after the outage', { from: '7726' });
    const got = new Promise<string>((resolve) => server.once('submit', (m) => resolve(m.text)));
    const r = await submitted;
    assert.ok(r.ok, JSON.stringify(r));
    assert.equal(await got, 'after the outage');
  });
});

describe('binding', () => {
  it('after a refused bind (ESME_RINVPASWD) keeps trying with back-off, counts each attempt, and binds once the SMSC accepts', async () => {
    const server = new SmscServer({ systemId: 'smishguard', password: 'secret' });
    const port = await server.listen();
    const binds: number[] = [];
    server.on('bind', (e) => binds.push(e.status));
    const attempts: string[] = [];
    const states: string[] = [];
    const client = new SmppClient({
      ...FAST, smsc: `smpp://smishguard:rotated@127.0.0.1:${port}`,
      observer: { bindAttempt: (o) => attempts.push(o), state: (st) => states.push(st) },
    });
    const outcome = await client.start();
    assert.deepEqual(outcome, { ok: false, code: 'E_SMPP_BIND', status: Status.ESME_RINVPASWD, message: 'bind_transceiver refused: ESME_RINVPASWD (0x0E)' });
    assert.notEqual(client.state, 'bound');
    // Sending is refused while unbound, not for ever.
    const early = await client.submit('09012345678', 'x', { timeoutMs: 50 });
    assert.equal(early.ok ? 'ok' : early.code, 'E_SMPP_NOT_BOUND');
    // The SMSC side changes the password to what the ESME has: the next attempt binds.
    const bound = new Promise((r) => server.once('bind', r));
    while (binds.length < 2) await new Promise((r) => server.once('bind', r));
    server.setPassword('rotated');
    await bound;
    assert.ok(await client.whenBound(5_000));
    assert.ok(binds.filter((b) => b === Status.ESME_RINVPASWD).length >= 2);
    assert.equal(attempts.at(-1), 'bound');
    assert.ok(attempts.filter((a) => a === 'refused').length >= 2);
    assert.ok(states.includes('backoff'));
    const sent = await client.submit('09012345678', 'x', { timeoutMs: 2_000 });
    assert.ok(sent.ok, JSON.stringify(sent));
    await client.close();
    await server.close();
  });

  it('refuses an unknown system ID with ESME_RINVSYSID', async () => {
    const server = new SmscServer({ systemId: 'smishguard', password: 'secret' });
    const port = await server.listen();
    const client = new SmppClient({ ...FAST, smsc: `smpp://someone:secret@127.0.0.1:${port}` });
    const outcome = await client.start();
    assert.equal(!outcome.ok && outcome.code === 'E_SMPP_BIND' && outcome.status, Status.ESME_RINVSYSID);
    await client.close();
    await server.close();
  });

  it('keeps trying while the SMSC is down, and binds when it comes up', async () => {
    const probe = new SmscServer({ systemId: 'a', password: 'b' });
    const port = await probe.listen();
    await probe.close();
    const client = new SmppClient({ ...FAST, smsc: `smpp://a:b@127.0.0.1:${port}` });
    const first = await client.start();
    assert.equal(first.ok ? 'ok' : first.code, 'E_SMPP_CONNECT');
    const server = new SmscServer({ systemId: 'a', password: 'b' });
    await server.listen(port);
    assert.equal(await client.whenBound(5_000), true);
    await client.close();
    await server.close();
  });

  it('unbinds politely on close', async () => {
    const server = new SmscServer({ systemId: 'a', password: 'b' });
    const port = await server.listen();
    const client = new SmppClient({ ...FAST, smsc: `smpp://a:b@127.0.0.1:${port}` });
    assert.ok((await client.start()).ok);
    const unbound = new Promise<string>((resolve) => server.once('unbind', resolve));
    await client.close();
    assert.equal(await unbound, 'a');
    assert.equal(client.state, 'closed');
    await server.close();
  });

  it('answers the smpp package as a peer: bind and enquire_link from its Session', async () => {
    // Another implementation of the protocol binding to the simulator.
    const server = new SmscServer({ systemId: 'a', password: 'b' });
    const port = await server.listen();
    const session = smpp.connect({ host: '127.0.0.1', port });
    const status = await new Promise<number>((resolve) => session.bind_transceiver({ system_id: 'a', password: 'b' }, (pdu) => resolve(pdu.command_status)));
    assert.equal(status, 0);
    const enquire = await new Promise<number>((resolve) => session.enquire_link((pdu) => resolve(pdu.command_status)));
    assert.equal(enquire, 0);
    session.destroy();
    await server.close();
  });
});
