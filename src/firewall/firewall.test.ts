// The firewall between real SMPP peers over loopback: our ESME client (or a bare PDU link, to
// send exact octets) → the firewall → our SMSC simulator. What an ESME or a subscriber would
// notice: what reaches the SMSC, with which text, what the ESME is answered, which receipts
// come back to whom.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import smpp from 'smpp';
import { getEngine } from '../engine/index.js';
import { openConsent } from '../consent/index.js';
import { sqliteDatabase } from '../store/test-support.js';
import { PduLink, SmppClient, SmscServer, Status, Tlv, addressOf, decodePdu, decodeText, encodeSm, encodeUcs2, splitForSubmit, type ConcatScheme, type DeliveryReceipt, type IncomingRequest } from '../smpp/index.js';
import { Inbox } from '../smpp/test-support.js';
import { Firewall, heldQueue, lineFeed, networkReporter, parseFirewallConfig, type BlockedLure, type DecisionLogEntry, type FirewallOptions, type InfectedLure } from './index.js';
import { openLinesPipeline } from '../lines/index.js';
import { createReportService } from '../reports/index.js';

const engine = getEngine();
const decodeUcs2 = (b: Buffer): string => {
  const d = decodeText(b, 8);
  return d.ok ? d.text : '';
};
const PREFIX = '【迷惑SMSの可能性】';
const LURE = '【三菱UFJ銀行】お客様の口座取引を一時的に規制しています。必ずご確認ください。https://mufg-secure.top/login';
const LONG_LURE = `${LURE} 本日中にご確認いただけない場合、口座のご利用を停止いたします。お手数ですがお早めにお手続きをお願いいたします。`;
const PLAIN = '明日のシフト、10時からでお願いできる?店長より';

interface Rig {
  readonly smsc: SmscServer;
  readonly inbox: Inbox;
  readonly fw: Firewall;
  readonly port: number;
  readonly decisions: DecisionLogEntry[];
  esme(systemId?: string, password?: string): Promise<{ client: SmppClient; receipts: DeliveryReceipt[] }>;
  /** A bare link; what the firewall sends it (receipts) goes into `got`. */
  raw(systemId?: string, password?: string, got?: IncomingRequest[]): Promise<PduLink>;
  close(): Promise<void>;
}

const rigs: Rig[] = [];
after(async () => {
  for (const r of rigs) await r.close();
});

async function rig(o: { policy?: object; esmes?: object[]; multipart?: object; filtering?: (line: string) => boolean; now?: () => number; onBlocked?: (l: BlockedLure) => void; extra?: Partial<FirewallOptions> } = {}): Promise<Rig> {
  const smsc = new SmscServer({ systemId: 'fw', password: 'up' });
  const smscPort = await smsc.listen();
  const config = parseFirewallConfig({
    listen: { port: 0 },
    upstream: { smsc: [`smpp://fw:up@127.0.0.1:${smscPort}`], window: 64, reconnectMinMs: 50, reconnectMaxMs: 200, responseTimeoutMs: 2_000 },
    esmes: o.esmes ?? [{ systemId: 'agg1', password: 'pw1', brands: ['amazon'] }, { systemId: 'agg2', password: 'pw2' }],
    ...(o.policy ? { policy: o.policy } : {}),
    ...(o.multipart ? { multipart: o.multipart } : {}),
  });
  assert.ok(config.ok, config.ok ? '' : config.error);
  const decisions: DecisionLogEntry[] = [];
  const fw = new Firewall({ config: config.value, engine, onDecision: (e) => decisions.push(e), ...(o.filtering ? { filtering: o.filtering } : {}), ...(o.now ? { now: o.now } : {}), ...(o.onBlocked ? { onBlocked: o.onBlocked } : {}), ...o.extra });
  const port = await fw.start();
  assert.ok(await fw.whenUpstreamBound(5_000), 'the firewall binds to the SMSC');
  const clients: SmppClient[] = [];
  const links: PduLink[] = [];
  const r: Rig = {
    smsc, inbox: new Inbox(smsc), fw, port, decisions,
    async esme(systemId = 'agg1', password = 'pw1') {
      const receipts: DeliveryReceipt[] = [];
      const client = new SmppClient({ smsc: `smpp://${systemId}:${password}@127.0.0.1:${port}`, reconnectMinMs: 50, onReceipt: (x) => receipts.push(x), submitTimeoutMs: 3_000 });
      clients.push(client);
      const bound = await client.start();
      assert.ok(bound.ok, JSON.stringify(bound));
      return { client, receipts };
    },
    async raw(systemId = 'agg1', password = 'pw1', got) {
      const socket = connect({ host: '127.0.0.1', port });
      await new Promise((resolve) => socket.once('connect', resolve));
      const link = new PduLink(socket, {
        responseTimeoutMs: 3_000,
        onRequest: (req) => {
          got?.push(req);
          link.respond(req.pdu, Status.ESME_ROK);
        },
      });
      links.push(link);
      const b = await link.request('bind_transceiver', { system_id: systemId, password, interface_version: 0x34 });
      assert.ok(b.ok && b.pdu.command_status === Status.ESME_ROK);
      return link;
    },
    async close() {
      for (const c of clients) await c.close();
      for (const l of links) l.destroy();
      await fw.close();
      await smsc.close();
    },
  };
  rigs.push(r);
  return r;
}

function submitBytes(fields: smpp.PduOptions, extraTlv?: Buffer): Buffer {
  const base = new smpp.PDU('submit_sm', { sequence_number: 1, ...fields }).toBuffer();
  if (!extraTlv) return base;
  const out = Buffer.concat([base, extraTlv]);
  out.writeUInt32BE(out.length, 0);
  return out;
}

test('a plain message reaches the SMSC octet for octet, an unknown TLV included', async () => {
  const r = await rig();
  const link = await r.raw();
  // A vendor TLV the smpp package has no name for.
  const vendor = Buffer.from([0x14, 0x01, 0x00, 0x03, 0xca, 0xfe, 0x01]);
  const sent = submitBytes({ source_addr: '0312345678', destination_addr: '09011112222', data_coding: 8, registered_delivery: 1, short_message: encodeUcs2(PLAIN) }, vendor);
  const arrived = new Promise<Buffer>((resolve) => r.smsc.once('submitPdu', (b) => resolve(b)));
  const res = await link.requestRaw(sent);
  assert.ok(res.ok);
  assert.equal(res.pdu.command_status, Status.ESME_ROK);
  const got = await arrived;
  assert.deepEqual(got.subarray(16), sent.subarray(16), 'every field and TLV as the ESME sent it');
  assert.deepEqual(got.subarray(0, 12), sent.subarray(0, 12));
  assert.equal(res.pdu.message_id, (await r.inbox.next()).text === PLAIN ? res.pdu.message_id : 'text changed');
});

test('a lure is refused with the configured status and never reaches the SMSC; a plain text after it does', async () => {
  const r = await rig();
  const { client } = await r.esme();
  const refused = await client.submit('09011112222', LURE, { from: '09033334444' });
  assert.ok(!refused.ok && refused.code === 'E_SMPP_REJECTED' && refused.status === 0x66, JSON.stringify(refused));
  const ok = await client.submit('09011112222', PLAIN, { from: '09033334444' });
  assert.ok(ok.ok);
  assert.equal((await r.inbox.next()).text, PLAIN);
  assert.equal(r.inbox.pending, 0);
  const logged = r.decisions.find((d) => d.action === 'block');
  assert.ok(logged);
  assert.equal(logged.esme, 'agg1');
  assert.ok(logged.reasons.includes('VERDICT_BLOCK'));
  assert.ok(!JSON.stringify(logged).includes('口座取引'), 'the decision log carries no text');
  assert.equal(r.fw.metrics().byEsme.agg1?.block, 1);
  assert.equal(r.fw.metrics().byEsme.agg1?.pass, 1);
});

/**
 * Sends a text's parts all at once, as windowed ESMEs do (the firewall answers the parts of a
 * long message once it has the whole message); resolves with each part's response status.
 */
async function submitText(link: PduLink, text: string, o: { scheme?: ConcatScheme; from?: string; to?: string; reference?: number } = {}): Promise<number[]> {
  const split = splitForSubmit(text, { scheme: o.scheme ?? 'udh8', reference: o.reference ?? 7 });
  assert.ok(split.ok);
  return Promise.all(split.parts.map(async (p) => {
    const bytes = encodeSm('submit_sm', 1, {
      source: addressOf(o.from ?? '09033334444'), dest: addressOf(o.to ?? '09011112222'), esmClass: p.esmClass, dataCoding: p.dataCoding, shortMessage: p.shortMessage,
      ...(p.sar ? { sar: p.sar } : {}), ...(p.payload ? { payload: p.payload } : {}),
    });
    const res = await link.requestRaw(bytes);
    return res.ok ? res.pdu.command_status : -1;
  }));
}

test('a long lure is decided on its whole text and tagged: the SMSC gets the prefix once, before the whole text', async () => {
  const r = await rig({ policy: { verdicts: { block: 'tag' } } });
  const link = await r.raw();
  const statuses = await submitText(link, LONG_LURE);
  assert.deepEqual(statuses, [0, 0]);
  const got = await r.inbox.next();
  assert.equal(got.text, PREFIX + LONG_LURE);
  assert.equal(got.complete, true);
  assert.equal(got.parts, Math.ceil((PREFIX + LONG_LURE).length / 67));
  assert.equal(r.fw.metrics().byEsme.agg1?.tag, 1);
});

test('one-part lures that tagging splits get concatenation references of their own', async () => {
  // Kannel sends a 69-character Japanese lure as one part; tagged, it needs two. Were every such
  // message given the same reference, a handset could join the parts of two of them.
  const r = await rig({ policy: { verdicts: { block: 'tag', suspicious: 'tag' } } });
  const { client } = await r.esme();
  const refs: number[] = [];
  r.smsc.on('submitPdu', (bytes) => {
    const d = decodePdu(bytes);
    if (d.ok && d.sm && (d.sm.esmClass & 0x40) !== 0) refs.push(d.sm.shortMessage[3] as number);
  });
  for (let i = 0; i < 2; i++) {
    const sent = await client.submit('09011112222', LURE, { from: '09033334444' });
    assert.ok(sent.ok, JSON.stringify(sent));
    assert.equal((await r.inbox.next()).text, PREFIX + LURE);
  }
  assert.equal(refs.length, 4, 'two parts each');
  assert.equal(refs[0], refs[1]);
  assert.equal(refs[2], refs[3]);
  assert.notEqual(refs[0], refs[2]);
});

test('a GSM 7-bit lure tagged with a Japanese prefix goes on as UCS-2, re-split, its text intact', async () => {
  const r = await rig({ policy: { verdicts: { block: 'tag', suspicious: 'tag', allow: 'tag' } } });
  const link = await r.raw();
  const text = 'Your parcel is on hold. Confirm your address within 24 hours or it will be returned: https://post-redelivery.top/jp. Fees apply.';
  assert.ok(text.length <= 160, 'one GSM 7-bit part');
  assert.deepEqual(await submitText(link, text), [0]);
  const got = await r.inbox.next();
  assert.equal(got.text, PREFIX + text);
  assert.equal(got.parts, Math.ceil((PREFIX + text).length / 67), 'UCS-2 parts of 67 characters');
});

test('a recipient who turned filtering off receives the lure untouched', async () => {
  const db = sqliteDatabase();
  const store = await db.open();
  try {
    const consent = openConsent(store);
    const set = await consent.set('09055556666', { filtering: false }, { id: 'test', channel: 'cli' });
    assert.ok(set.ok);
    const gate = await consent.filteringGate();
    const r = await rig({ filtering: (line) => !gate.excluded(line) });
    const { client } = await r.esme();
    assert.ok((await client.submit('09055556666', LURE, { from: '09033334444' })).ok);
    assert.equal((await r.inbox.next()).text, LURE);
    const refused = await client.submit('09011112222', LURE, { from: '09033334444' });
    assert.ok(!refused.ok, 'the same lure to a line with filtering on is blocked');
    assert.ok(r.decisions[0]?.reasons.includes('FILTERING_OFF'));
  } finally {
    await db.cleanup();
  }
});

test('a delivery receipt goes back to the ESME that submitted the message, not to another', async () => {
  const r = await rig();
  const one = await r.esme('agg1', 'pw1');
  const two = await r.esme('agg2', 'pw2');
  const idAtSmsc = new Promise<string>((resolve) => r.smsc.once('submitPdu', (_b, id) => resolve(id)));
  const sent = await one.client.submit('09011112222', PLAIN, { from: '0312345678', registeredDelivery: true });
  assert.ok(sent.ok);
  const id = await idAtSmsc;
  assert.deepEqual(sent.messageIds, [id], 'the ESME is answered with the SMSC\'s own message id');
  // Only the firewall is bound to the simulator, so the receipt goes to it.
  const receipt = new smpp.PDU('deliver_sm', {
    source_addr: '09011112222', destination_addr: '0312345678', esm_class: 0x04,
    short_message: Buffer.from(`id:${id} sub:001 dlvd:001 submit date:2612041200 done date:2612041200 stat:DELIVRD err:000 text:`, 'latin1'),
    receipted_message_id: id, message_state: 2,
  }).toBuffer();
  const answered = await r.smsc.deliverRaw(receipt);
  assert.ok(answered.ok && answered.pdu.command_status === Status.ESME_ROK);
  assert.equal(one.receipts.length, 1);
  assert.equal(one.receipts[0]?.messageId, id);
  assert.equal(one.receipts[0]?.state, 'DELIVRD');
  assert.equal(two.receipts.length, 0);
});

test('a receipt the SMSC sends right behind its submit_sm_resp, in the same segment, still reaches the ESME', async () => {
  // As Perl's Net::SMPP SMSC in kannel.test.ts does: the receipt is written in the same turn as
  // the response, so the firewall reads both before it has handled the response.
  const r = await rig();
  const { client, receipts } = await r.esme();
  r.smsc.on('submitPdu', (_bytes, id) => void r.smsc.deliverRaw(new smpp.PDU('deliver_sm', {
    source_addr: '09011112222', destination_addr: '0312345678', esm_class: 0x04,
    short_message: Buffer.from(`id:${id} sub:001 dlvrd:001 submit date:2612041200 done date:2612041200 stat:DELIVRD err:000 text:`, 'latin1'),
    receipted_message_id: id, message_state: 2,
  }).toBuffer()));
  const sent = await client.submit('09011112222', PLAIN, { from: '0312345678', registeredDelivery: true });
  assert.ok(sent.ok);
  for (let i = 0; i < 300 && receipts.length === 0; i++) await new Promise((res) => setTimeout(res, 10));
  assert.deepEqual(receipts.map((x) => [x.messageId, x.state]), [[sent.messageIds[0], 'DELIVRD']]);
  assert.equal(r.fw.metrics().receiptsUnrouted, 0);
});

test('block as accept-and-drop: the ESME is answered OK and then sent an undeliverable receipt', async () => {
  const r = await rig({ policy: { block: { mode: 'drop' } } });
  const { client, receipts } = await r.esme();
  const sent = await client.submit('09011112222', LURE, { from: '09033334444', registeredDelivery: true });
  assert.ok(sent.ok);
  for (let i = 0; i < 100 && receipts.length === 0; i++) await new Promise((res) => setTimeout(res, 10));
  assert.equal(receipts.length, 1);
  assert.equal(receipts[0]?.messageId, sent.messageIds[0]);
  assert.equal(receipts[0]?.state, 'UNDELIV');
  assert.equal(r.inbox.pending, 0);
});

test('per-ESME limits: source addresses not allowed and submits beyond the rate are refused', async () => {
  const frozen = 1_000_000;
  const r = await rig({ now: () => frozen, esmes: [{ systemId: 'agg1', password: 'pw1', sourceAddresses: ['^0005'], maxPerSecond: 3, carrierCommon: ['0005123456'] }] });
  const link = await r.raw();
  const submit = (from: string): Promise<number> => link.requestRaw(submitBytes({ source_addr: from, destination_addr: '09011112222', data_coding: 8, short_message: encodeUcs2(PLAIN) }))
    .then((x) => (x.ok ? x.pdu.command_status : -1));
  assert.equal(await submit('0312345678'), Status.ESME_RINVSRCADR);
  assert.equal(await submit('0005123456'), Status.ESME_ROK);
  assert.equal(await submit('0005123456'), Status.ESME_ROK);
  // The clock stands still: the bucket (3 a second) refills no more.
  assert.equal(await submit('0005123456'), Status.ESME_RTHROTTLED);
  const counts = r.fw.metrics().byEsme.agg1;
  assert.equal(counts?.bad_source, 1);
  assert.equal(counts?.throttled, 1);
});

test('a wrong password is refused at bind', async () => {
  const r = await rig();
  const socket = connect({ host: '127.0.0.1', port: r.port });
  await new Promise((resolve) => socket.once('connect', resolve));
  const link = new PduLink(socket, { responseTimeoutMs: 2_000, onRequest: () => {} });
  const b = await link.request('bind_transceiver', { system_id: 'agg1', password: 'nope', interface_version: 0x34 });
  assert.ok(b.ok && b.pdu.command_status === Status.ESME_RINVPASWD);
  link.destroy();
});

test('dry run relays the lure untouched and logs what it would have done', async () => {
  const r = await rig({ policy: { dryRun: true } });
  const { client } = await r.esme();
  assert.ok((await client.submit('09011112222', LURE, { from: '09033334444' })).ok);
  assert.equal((await r.inbox.next()).text, LURE);
  assert.equal(r.decisions[0]?.action, 'block');
  assert.equal(r.decisions[0]?.enforced, 'pass');
});

test('a long message whose last part never comes: its parts are refused for a retry, and counted', async () => {
  const r = await rig({ multipart: { timeoutMs: 100 } });
  const link = await r.raw();
  const part1 = Buffer.concat([Buffer.from([0x05, 0x00, 0x03, 0x2a, 0x02, 0x01]), encodeUcs2(PLAIN)]);
  const res = await link.requestRaw(submitBytes({ source_addr: '0312345678', destination_addr: '09011112222', esm_class: 0x40, data_coding: 8, short_message: part1 }));
  assert.ok(res.ok);
  assert.equal(res.pdu.command_status, Status.ESME_RX_T_APPN);
  assert.equal(r.fw.metrics().partsTimedOut, 1);
  assert.equal(r.inbox.pending, 0);
});

test('sar-marked parts keep their TLVs when tagged, and message_payload messages stay one PDU', async () => {
  const r = await rig({ policy: { verdicts: { block: 'tag' } } });
  const link = await r.raw();
  assert.deepEqual(await submitText(link, LONG_LURE, { scheme: 'sar' }), [0, 0]);
  assert.equal((await r.inbox.next()).text, PREFIX + LONG_LURE);
  const one = new Promise<Buffer>((resolve) => r.smsc.once('submitPdu', (b) => resolve(b)));
  assert.deepEqual(await submitText(link, LONG_LURE, { scheme: 'payload' }), [0]);
  const pdu = await one;
  assert.equal(pdu.readUInt32BE(4), 0x04);
  assert.equal((await r.inbox.next()).text, PREFIX + LONG_LURE);
  assert.ok(pdu.includes(Buffer.from([Tlv.message_payload >> 8, Tlv.message_payload & 0xff])));
});

test('a new configuration applies to the next message', async () => {
  const r = await rig();
  const { client } = await r.esme();
  assert.ok(!(await client.submit('09011112222', LURE, { from: '09033334444' })).ok);
  const next = parseFirewallConfig({
    upstream: { smsc: ['smpp://fw:up@127.0.0.1:1'] },
    esmes: [{ systemId: 'agg1', password: 'pw1' }],
    policy: { verdicts: { block: 'tag' } },
  });
  assert.ok(next.ok);
  r.fw.setConfig(next.value);
  assert.ok((await client.submit('09011112222', LURE, { from: '09033334444' })).ok);
  assert.equal((await r.inbox.next()).text, PREFIX + LURE);
});

test('query_sm and cancel_sm reach the SMSC for the ESME\'s own messages only', async () => {
  const r = await rig();
  const one = await r.raw('agg1', 'pw1');
  const two = await r.raw('agg2', 'pw2');
  const sent = await one.requestRaw(submitBytes({ source_addr: '0312345678', destination_addr: '09011112222', data_coding: 8, short_message: encodeUcs2(PLAIN) }));
  assert.ok(sent.ok && sent.pdu.command_status === Status.ESME_ROK);
  const id = String(sent.pdu.message_id);
  const query = (link: PduLink): Promise<smpp.PDU | null> => link.request('query_sm', { message_id: id, source_addr: '0312345678' }).then((x) => (x.ok ? x.pdu : null));
  const mine = await query(one);
  assert.equal(mine?.command_status, Status.ESME_ROK);
  assert.equal(mine?.message_id, id);
  assert.equal(mine?.message_state, 2, 'the SMSC\'s answer, relayed');
  assert.equal((await query(two))?.command_status, Status.ESME_RINVMSGID, 'another ESME\'s message');
  const cancel = await two.request('cancel_sm', { message_id: id, source_addr: '0312345678', destination_addr: '09011112222' });
  assert.ok(cancel.ok && cancel.pdu.command_status === Status.ESME_RINVMSGID);
  const own = await one.request('cancel_sm', { message_id: id, source_addr: '0312345678', destination_addr: '09011112222' });
  assert.ok(own.ok && own.pdu.command_status === Status.ESME_RCANCELFAIL, 'the SMSC\'s refusal (delivered already), relayed');
});

test('data_sm is decided on its message_payload: a lure refused, a tagged one relayed as data_sm, a plain one octet for octet', async () => {
  const r = await rig({ esmes: [{ systemId: 'agg1', password: 'pw1' }, { systemId: 'agg2', password: 'pw2', policy: { verdicts: { block: 'tag' } } }] });
  const dataSm = (text: string): Buffer => new smpp.PDU('data_sm', {
    sequence_number: 1, source_addr: '09033334444', destination_addr: '09011112222', data_coding: 8, message_payload: encodeUcs2(text),
  }).toBuffer();
  const one = await r.raw('agg1', 'pw1');
  const refused = await one.requestRaw(dataSm(LURE));
  assert.ok(refused.ok);
  assert.equal(refused.pdu.command, 'data_sm_resp');
  assert.equal(refused.pdu.command_status, 0x66);
  const plain = dataSm(PLAIN);
  const arrived = new Promise<Buffer>((resolve) => r.smsc.once('submitPdu', (b) => resolve(b)));
  const passed = await one.requestRaw(plain);
  assert.ok(passed.ok && passed.pdu.command === 'data_sm_resp' && passed.pdu.command_status === Status.ESME_ROK);
  assert.deepEqual((await arrived).subarray(16), plain.subarray(16));
  assert.equal((await r.inbox.next()).text, PLAIN);
  const two = await r.raw('agg2', 'pw2');
  const taggedAt = new Promise<Buffer>((resolve) => r.smsc.once('submitPdu', (b) => resolve(b)));
  const tagged = await two.requestRaw(dataSm(LONG_LURE));
  assert.ok(tagged.ok && tagged.pdu.command_status === Status.ESME_ROK);
  assert.equal((await taggedAt).readUInt32BE(4), 0x103, 'still a data_sm');
  assert.equal((await r.inbox.next()).text, PREFIX + LONG_LURE);
});

test('blocked lures become reports of channel network, once per text however many copies', async () => {
  const db = sqliteDatabase();
  const store = await db.open();
  try {
    const reporter = networkReporter({ reports: createReportService({ store, engine }) });
    const r = await rig({ onBlocked: reporter, esmes: [{ systemId: 'agg1', password: 'pw1' }, { systemId: 'intl', password: 'pw2', route: 'international' }] });
    const { client } = await r.esme();
    for (const to of ['09011112222', '09011113333', '09011114444']) assert.ok(!(await client.submit(to, LURE, { from: '09033334444' })).ok);
    // Blocked for its sender alone (a Japanese number over the international route): not a lure report.
    const intl = await r.esme('intl', 'pw2');
    assert.ok(!(await intl.client.submit('09011112222', PLAIN, { from: '+819033334444' })).ok);
    await reporter.flush();
    const reports = await store.reports.list({ limit: 10 });
    assert.equal(reports.length, 1);
    assert.equal(reports[0]?.channel, 'network');
    assert.equal(reports[0]?.text, LURE);
    assert.equal(reports[0]?.verdict, 'block');
  } finally {
    await db.cleanup();
  }
});

/** The receipt the SMSC simulator's operator would send for a message it delivered. */
function deliveredReceipt(id: string, from = '09011112222', to = '09033334444'): Buffer {
  return new smpp.PDU('deliver_sm', {
    source_addr: from, destination_addr: to, esm_class: 0x04,
    short_message: Buffer.from(`id:${id} sub:001 dlvrd:001 submit date:2612041200 done date:2612041200 stat:DELIVRD err:000 text:`, 'latin1'),
    receipted_message_id: id, message_state: 2,
  }).toBuffer();
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 300 && !check(); i++) await new Promise((res) => setTimeout(res, 10));
}

function multiBytes(text: string, to: readonly string[], registeredDelivery = 0): Buffer {
  return new smpp.PDU('submit_multi', {
    sequence_number: 1, source_addr: '09033334444', data_coding: 8, registered_delivery: registeredDelivery, short_message: encodeUcs2(text),
    dest_address: to.map((destination_addr) => ({ dest_addr_ton: 0, dest_addr_npi: 0, destination_addr })),
  }).toBuffer();
}

test('submit_multi: a plain text goes on octet for octet to every destination', async () => {
  const r = await rig();
  const link = await r.raw();
  const sent = multiBytes(PLAIN, ['09011112222', '09011113333']);
  const arrived = new Promise<Buffer>((resolve) => r.smsc.once('submitPdu', (b) => resolve(b)));
  const res = await link.requestRaw(sent);
  assert.ok(res.ok && res.pdu.command === 'submit_multi_resp' && res.pdu.command_status === Status.ESME_ROK);
  assert.deepEqual((await arrived).subarray(16), sent.subarray(16));
  const got = [await r.inbox.next(), await r.inbox.next()];
  assert.deepEqual(got.map((m) => [m.to, m.text]), [['09011112222', PLAIN], ['09011113333', PLAIN]]);
});

/** The ids the receipts a bare link got are about (receipted_message_id, which the text's `id:` must match). */
function receiptIds(got: readonly IncomingRequest[]): string[] {
  return got.filter((q) => q.pdu.command === 'deliver_sm').map((q) => {
    const id = String(q.pdu.receipted_message_id ?? '');
    assert.match(String(q.sm?.shortMessage.toString('latin1')), new RegExp(`^id:${id} `), 'the text names the same id');
    return id;
  });
}

test('submit_multi: decided once; a line with filtering off gets the lure untouched, the others tagged; the ESME has one id and a receipt a line under it', async () => {
  const r = await rig({ policy: { verdicts: { block: 'tag' } }, filtering: (line) => line !== '09055556666' });
  const got: IncomingRequest[] = [];
  const link = await r.raw('agg1', 'pw1', got);
  const upstream: { id: string; rd: number; to: string[] }[] = [];
  r.smsc.on('submitPdu', (b, id) => {
    const d = decodePdu(b);
    assert.ok(d.ok && d.sm?.dests);
    upstream.push({ id, rd: d.sm.registeredDelivery, to: d.sm.dests.map((x) => (x.kind === 'sme' ? x.addr : x.name)) });
  });
  const res = await link.requestRaw(multiBytes(LURE, ['09011112222', '09055556666', '09011113333'], 1));
  assert.ok(res.ok && res.pdu.command_status === Status.ESME_ROK);
  assert.deepEqual(res.pdu.unsuccess_sme, []);
  const esmeId = String(res.pdu.message_id);
  const arrived = new Map<string, string>();
  for (let i = 0; i < 3; i++) {
    const m = await r.inbox.next();
    arrived.set(m.to, m.text);
  }
  assert.equal(arrived.get('09055556666'), LURE, 'filtering off: as sent');
  assert.equal(arrived.get('09011112222'), PREFIX + LURE);
  assert.equal(arrived.get('09011113333'), PREFIX + LURE);
  assert.equal(r.decisions.length, 1, 'one decision for the message');
  // The untouched copy (one part), then the tagged copy in two parts, a receipt asked on its last only.
  assert.deepEqual(upstream.map((u) => [u.to.join(','), u.rd]), [['09055556666', 1], ['09011112222,09011113333', 0], ['09011112222,09011113333', 1]]);
  for (const u of upstream) assert.ok((await r.smsc.deliverRaw(deliveredReceipt(u.id))).ok);
  await until(() => got.length >= 2);
  assert.deepEqual(receiptIds(got), [esmeId, esmeId], 'the untouched copy\'s and the tagged copy\'s receipts, both under the ESME\'s id');
  assert.equal(r.fw.metrics().receiptsUnrouted, 1, 'the first tagged part asked for none; one sent anyway is taken and not passed on');
});

test('submit_multi: a lure refused for the lines with filtering on is listed unsuccessful; the line with filtering off gets it', async () => {
  const r = await rig({ filtering: (line) => line !== '09055556666' });
  const link = await r.raw();
  const res = await link.requestRaw(multiBytes(LURE, ['09011112222', '09055556666']));
  assert.ok(res.ok && res.pdu.command_status === Status.ESME_ROK);
  assert.deepEqual((res.pdu.unsuccess_sme as { destination_addr: string; error_status_code: number }[]).map((u) => [u.destination_addr, u.error_status_code]), [['09011112222', 0x66]]);
  const m = await r.inbox.next();
  assert.deepEqual([m.to, m.text], ['09055556666', LURE]);
  assert.equal(r.inbox.pending, 0);
  // Every line with filtering on: refused whole, as a submit_sm is.
  const all = await link.requestRaw(multiBytes(LURE, ['09011112222', '09011113333']));
  assert.ok(all.ok && all.pdu.command_status === 0x66);
});

test('a one-part lure tagged into two parts asks the SMSC for one receipt; the ESME gets one, under the id it was given', async () => {
  const r = await rig({ policy: { verdicts: { block: 'tag' } } });
  const got: IncomingRequest[] = [];
  const link = await r.raw('agg1', 'pw1', got);
  const upstream: { id: string; rd: number }[] = [];
  r.smsc.on('submitPdu', (b, id) => {
    const d = decodePdu(b);
    assert.ok(d.ok && d.sm);
    upstream.push({ id, rd: d.sm.registeredDelivery });
  });
  const res = await link.requestRaw(submitBytes({ source_addr: '09033334444', destination_addr: '09011112222', data_coding: 8, registered_delivery: 1, short_message: encodeUcs2(LURE) }));
  assert.ok(res.ok && res.pdu.command_status === Status.ESME_ROK);
  assert.deepEqual(upstream.map((u) => u.rd), [0, 1], 'only the last part asks for a receipt');
  assert.equal(res.pdu.message_id, upstream[0]?.id, 'the ESME\'s one part is known by the first part\'s id');
  assert.ok((await r.smsc.deliverRaw(deliveredReceipt(upstream[1]?.id as string))).ok);
  await until(() => got.length >= 1);
  assert.deepEqual(receiptIds(got), [res.pdu.message_id]);
  // query_sm about the ESME's id reaches the SMSC.
  const q = await link.request('query_sm', { message_id: String(res.pdu.message_id), source_addr: '09033334444' });
  assert.ok(q.ok && q.pdu.command_status === Status.ESME_ROK && q.pdu.message_id === res.pdu.message_id);
});

test('parts the tagged text needs fewer of: each part the ESME sent has its own id and its own receipt, and can be queried', async () => {
  const r = await rig({ policy: { verdicts: { block: 'tag', suspicious: 'tag', allow: 'tag' } } });
  const got: IncomingRequest[] = [];
  const link = await r.raw('agg1', 'pw1', got);
  const upstream: string[] = [];
  r.smsc.on('submitPdu', (_b, id) => upstream.push(id));
  // Three short parts of one message (an ESME may cut where it likes): tagged, the whole fits one part.
  const pieces = ['明日のシフト、', '10時からで', 'お願いします'];
  const ids = await Promise.all(pieces.map(async (piece, i) => {
    const sm = Buffer.concat([Buffer.from([0x05, 0x00, 0x03, 0x33, 3, i + 1]), encodeUcs2(piece)]);
    const x = await link.requestRaw(submitBytes({ source_addr: '09033334444', destination_addr: '09011112222', esm_class: 0x40, data_coding: 8, registered_delivery: 1, short_message: sm }));
    assert.ok(x.ok && x.pdu.command_status === Status.ESME_ROK);
    return String(x.pdu.message_id);
  }));
  assert.equal((await r.inbox.next()).text, PREFIX + pieces.join(''));
  assert.equal(upstream.length, 1);
  assert.equal(new Set(ids).size, 3, 'three ids');
  assert.equal(ids[0], upstream[0]);
  assert.ok((await r.smsc.deliverRaw(deliveredReceipt(upstream[0] as string))).ok);
  await until(() => got.length >= 3);
  assert.deepEqual(receiptIds(got).sort(), [...ids].sort(), 'one receipt for each part sent');
  for (const id of ids) {
    const q = await link.request('query_sm', { message_id: id, source_addr: '09033334444' });
    assert.ok(q.ok && q.pdu.command_status === Status.ESME_ROK && q.pdu.message_id === id, id);
    // The simulator knows the upstream id (an id it never issued is ESME_RINVMSGID) and refuses to cancel what it delivered.
    const c = await link.request('cancel_sm', { message_id: id, source_addr: '09033334444', destination_addr: '09011112222' });
    assert.ok(c.ok && c.pdu.command_status === Status.ESME_RCANCELFAIL, id);
  }
});

function replaceBytes(id: string, text: string): Buffer {
  return new smpp.PDU('replace_sm', { sequence_number: 1, message_id: id, source_addr: '09033334444', short_message: encodeUcs2(text) }).toBuffer();
}

test('replace_sm: a plain new text is relayed, a lure refused, a tagged one replaced with its prefix; another ESME\'s message is not found', async () => {
  const r = await rig({ esmes: [{ systemId: 'agg1', password: 'pw1' }, { systemId: 'agg2', password: 'pw2', policy: { verdicts: { block: 'tag' } } }] });
  const replaced: [string, string][] = [];
  r.smsc.on('replace', (id, sm) => replaced.push([id, decodeUcs2(sm)]));
  const submit = async (link: PduLink): Promise<string> => {
    const x = await link.requestRaw(submitBytes({ source_addr: '09033334444', destination_addr: '09011112222', data_coding: 8, short_message: encodeUcs2(PLAIN) }));
    assert.ok(x.ok && x.pdu.command_status === Status.ESME_ROK);
    await r.inbox.next();
    return String(x.pdu.message_id);
  };
  const one = await r.raw('agg1', 'pw1');
  const id = await submit(one);
  const status = async (link: PduLink, bytes: Buffer): Promise<number> => {
    const x = await link.requestRaw(bytes);
    return x.ok ? x.pdu.command_status : -1;
  };
  assert.equal(await status(one, replaceBytes(id, '明日は11時からでお願いします')), Status.ESME_ROK);
  assert.equal(await status(one, replaceBytes(id, LURE)), 0x66);
  const two = await r.raw('agg2', 'pw2');
  assert.equal(await status(two, replaceBytes(id, PLAIN)), Status.ESME_RINVMSGID, 'agg1\'s message');
  const id2 = await submit(two);
  assert.equal(await status(two, replaceBytes(id2, LURE.slice(0, 40))), Status.ESME_ROK);
  assert.deepEqual(replaced, [[id, '明日は11時からでお願いします'], [id2, PREFIX + LURE.slice(0, 40)]]);
  assert.deepEqual(r.decisions.map((d) => d.enforced), ['pass', 'pass', 'block', 'pass', 'tag']);
});

test('MO from a line flagged infected: a lure is tagged for the ESME taking MO and goes to the line\'s case; its plain texts and other lines\' lures go untouched', async () => {
  const lures: InfectedLure[] = [];
  const r = await rig({
    policy: { verdicts: { block: 'tag' } },
    esmes: [{ systemId: 'app', password: 'pw', receivesMo: true }],
    extra: { infected: (line) => line === '09077778888', onInfectedLure: (l) => lures.push(l) },
  });
  const texts: { from: string; text: string }[] = [];
  const app = new SmppClient({ smsc: `smpp://app:pw@127.0.0.1:${r.port}`, onMessage: async (m) => {
    texts.push({ from: m.from, text: m.text });
    return Status.ESME_ROK;
  } });
  assert.ok((await app.start()).ok);
  try {
    for (const m of [{ from: '09077778888', text: LONG_LURE }, { from: '09077778888', text: PLAIN }, { from: '09011112222', text: LURE }]) {
      const d = await r.smsc.deliver({ ...m, to: '7726' });
      assert.ok(d.ok, JSON.stringify(d));
    }
    await until(() => texts.length >= 3);
    assert.deepEqual(texts, [
      { from: '09077778888', text: PREFIX + LONG_LURE },
      { from: '09077778888', text: PLAIN },
      { from: '09011112222', text: LURE },
    ]);
    assert.deepEqual(lures.map((l) => [l.from, l.to, l.text]), [['09077778888', '7726', LONG_LURE]]);
    assert.deepEqual(r.fw.metrics().moInfected, { pass: 1, tag: 1, block: 0, hold: 0 });
  } finally {
    await app.close();
  }
});

test('MO from a line flagged infected: a lure blocked is refused to the SMSC, never reaches the ESME, and is reported', async () => {
  const blocked: BlockedLure[] = [];
  const r = await rig({ esmes: [{ systemId: 'app', password: 'pw', receivesMo: true }], onBlocked: (l) => blocked.push(l), extra: { infected: (line) => line === '09077778888' } });
  const texts: string[] = [];
  const app = new SmppClient({ smsc: `smpp://app:pw@127.0.0.1:${r.port}`, onMessage: async (m) => {
    texts.push(m.text);
    return Status.ESME_ROK;
  } });
  assert.ok((await app.start()).ok);
  try {
    const d = await r.smsc.deliver({ from: '09077778888', to: '7726', text: LURE });
    assert.ok(!d.ok && d.statuses[0] === 0x66, JSON.stringify(d));
    assert.equal(texts.length, 0);
    assert.equal(blocked.length, 1);
  } finally {
    await app.close();
  }
});

test('a lure from an infected line goes through the lines pipeline\'s one ingest loop', async () => {
  const db = sqliteDatabase();
  const store = await db.open();
  try {
    const feed = lineFeed({ pipeline: await openLinesPipeline({ store, engine, actor: 'firewall' }) });
    feed({ from: '09077778888', to: '09011112222', text: LURE, at: Date.UTC(2026, 11, 5, 1, 0) });
    const counts = await feed.flush();
    assert.equal(counts.records, 1);
    assert.equal(counts.bad, 0);
  } finally {
    await db.cleanup();
  }
});

test('our own ESME client sends a long message\'s parts together, so the firewall (which answers them once it has them all) takes it', async () => {
  const r = await rig({ policy: { verdicts: { block: 'tag' } }, multipart: { timeoutMs: 60_000 } });
  const { client } = await r.esme();
  const sent = await client.submit('09011112222', LONG_LURE, { from: '09033334444' });
  assert.ok(sent.ok, JSON.stringify(sent));
  assert.equal(sent.messageIds.length, 2);
  assert.equal((await r.inbox.next()).text, PREFIX + LONG_LURE);
});

test('held for review: kept in the store before the ESME is answered; released, it reaches the SMSC once and its receipt comes back under the held id; rejected, nothing goes and the text is let go', async () => {
  const db = sqliteDatabase();
  const store = await db.open();
  try {
    const held = heldQueue(store);
    const r = await rig({ policy: { verdicts: { block: 'hold' } }, extra: { held, heldPollMs: 20 } });
    const got: IncomingRequest[] = [];
    const link = await r.raw('agg1', 'pw1', got);
    const submit = async (): Promise<string> => {
      const x = await link.requestRaw(submitBytes({ source_addr: '09033334444', destination_addr: '09011112222', data_coding: 8, registered_delivery: 1, short_message: encodeUcs2(LURE.slice(0, 60)) }));
      assert.ok(x.ok && x.pdu.command_status === Status.ESME_ROK);
      return String(x.pdu.message_id);
    };
    const first = await submit();
    const [row] = await held.list({ limit: 10 });
    assert.equal(row?.id, first, 'in the queue by the time the ESME has its answer');
    assert.equal(row?.state, 'held');
    assert.equal(row?.text, LURE.slice(0, 60));
    assert.ok(!r.decisions.some((d) => d.text !== undefined), 'no text in the decision log');
    assert.equal(r.inbox.pending, 0);
    const upstream = new Promise<string>((resolve) => r.smsc.once('submitPdu', (_b, id) => resolve(id)));
    assert.deepEqual(await held.decide(first, 'release', 'cli:alice'), { ok: true, state: 'approved' });
    assert.equal((await r.inbox.next()).text, LURE.slice(0, 60));
    const upId = await upstream;
    // The queue is looked at every 20 ms: a dozen more looks send nothing more.
    await new Promise((res) => setTimeout(res, 300));
    assert.equal(r.inbox.pending, 0, 'sent once, however often the queue is looked at');
    const released = await held.get(first);
    assert.equal(released?.state, 'released');
    assert.equal(released?.text, null, 'the text let go');
    assert.deepEqual(released?.upstreamIds, [upId]);
    assert.ok((await r.smsc.deliverRaw(deliveredReceipt(upId))).ok);
    await until(() => got.length >= 1);
    assert.deepEqual(receiptIds(got), [first], 'the receipt under the id the ESME was given');
    assert.equal((await held.decide(first, 'reject', 'cli:bob')).ok, false, 'decided once');

    const second = await submit();
    assert.deepEqual(await held.decide(second, 'reject', 'cli:alice'), { ok: true, state: 'rejected' });
    const rejected = await held.get(second);
    assert.equal(rejected?.text, null);
    await new Promise((res) => setTimeout(res, 300));
    assert.equal(r.inbox.pending, 0);
    const audit = (await store.audit.list({ limit: 10 })).map((a) => [a.actor, a.action, a.subject]);
    assert.deepEqual(audit.reverse(), [['cli:alice', 'firewall.held.release', first], ['cli:alice', 'firewall.held.reject', second]]);
  } finally {
    await db.cleanup();
  }
});

test('submit_multi held for the lines with filtering on: the line with filtering off gets it now, the others once released, under the one id the ESME has', async () => {
  const db = sqliteDatabase();
  const store = await db.open();
  try {
    const held = heldQueue(store);
    const r = await rig({ policy: { verdicts: { block: 'hold' } }, filtering: (line) => line !== '09055556666', extra: { held, heldPollMs: 20 } });
    const link = await r.raw();
    const res = await link.requestRaw(multiBytes(LURE, ['09011112222', '09055556666']));
    assert.ok(res.ok && res.pdu.command_status === Status.ESME_ROK);
    assert.deepEqual(res.pdu.unsuccess_sme, []);
    const m = await r.inbox.next();
    assert.deepEqual([m.to, m.text], ['09055556666', LURE]);
    const [row] = await held.list({ limit: 10 });
    assert.ok(row);
    assert.deepEqual(row.ids, [res.pdu.message_id], 'held under the id the ESME was given');
    assert.equal(r.inbox.pending, 0);
    assert.ok((await held.decide(row.id, 'release', 'cli:alice')).ok);
    const later = await r.inbox.next();
    assert.deepEqual([later.to, later.text], ['09011112222', LURE]);
  } finally {
    await db.cleanup();
  }
});

// A vendor TLV the smpp package has no name for, after every field it knows.
const VENDOR_TLV = Buffer.from([0x14, 0x01, 0x00, 0x03, 0xca, 0xfe, 0x01]);
const withTlv = (pdu: Buffer): Buffer => {
  const out = Buffer.concat([pdu, VENDOR_TLV]);
  out.writeUInt32BE(out.length, 0);
  return out;
};

test('a data_sm with an unknown TLV reaches the SMSC octet for octet', async () => {
  const r = await rig();
  const link = await r.raw();
  const sent = withTlv(new smpp.PDU('data_sm', { sequence_number: 9, source_addr: '0312345678', destination_addr: '09011112222', data_coding: 8, message_payload: encodeUcs2(PLAIN) }).toBuffer());
  const arrived = new Promise<Buffer>((resolve) => r.smsc.once('submitPdu', (b) => resolve(b)));
  const res = await link.requestRaw(sent);
  assert.ok(res.ok && res.pdu.command_status === Status.ESME_ROK);
  assert.deepEqual((await arrived).subarray(16), sent.subarray(16));
});

test('deliver_sm with an unknown TLV, MO and receipt alike, reaches the ESME octet for octet', async () => {
  const r = await rig({ esmes: [{ systemId: 'agg1', password: 'pw1', receivesMo: true }] });
  const got: IncomingRequest[] = [];
  const link = await r.raw('agg1', 'pw1', got);
  const mo = withTlv(new smpp.PDU('deliver_sm', { sequence_number: 3, source_addr: '09011112222', destination_addr: '7726', data_coding: 8, short_message: encodeUcs2(PLAIN) }).toBuffer());
  const a = await r.smsc.deliverRaw(mo);
  assert.ok(a.ok && a.pdu.command_status === Status.ESME_ROK);
  const sub = await link.requestRaw(submitBytes({ source_addr: '0312345678', destination_addr: '09011112222', data_coding: 8, registered_delivery: 1, short_message: encodeUcs2(PLAIN) }));
  assert.ok(sub.ok && sub.pdu.command_status === Status.ESME_ROK);
  const id = String(sub.pdu.message_id);
  const receipt = withTlv(new smpp.PDU('deliver_sm', {
    sequence_number: 4, source_addr: '09011112222', destination_addr: '0312345678', esm_class: 0x04,
    short_message: Buffer.from(`id:${id} sub:001 dlvd:001 submit date:2612041200 done date:2612041200 stat:DELIVRD err:000 text:`, 'latin1'),
    receipted_message_id: id, message_state: 2,
  }).toBuffer());
  const b = await r.smsc.deliverRaw(receipt);
  assert.ok(b.ok && b.pdu.command_status === Status.ESME_ROK);
  assert.equal(got.length, 2);
  assert.deepEqual(got[0]?.bytes.subarray(16), mo.subarray(16), 'the MO as the SMSC sent it');
  assert.deepEqual(got[1]?.bytes.subarray(16), receipt.subarray(16), 'the receipt as the SMSC sent it');
});

test('a long GSM 7-bit lure (two parts, escapes at the boundary) tagged with a Japanese prefix arrives whole as UCS-2, in the parts UCS-2 needs', async () => {
  const r = await rig({ policy: { verdicts: { block: 'tag', suspicious: 'tag', allow: 'tag' } } });
  const link = await r.raw();
  // 152 septets, then € (an escape: 2 septets) where GSM 7-bit's first part of 153 ends.
  const text = `${'Your parcel is on hold. Confirm your address within 24 hours or it will be returned: https://post-redelivery.top/jp. '.padEnd(152, '.')}€ fee {ref 42} applies; reply STOP to opt out. Thank you for using our delivery service today.`;
  const split = splitForSubmit(text, { scheme: 'udh8', reference: 9 });
  assert.ok(split.ok && split.coding === 'gsm7' && split.parts.length === 2, 'two GSM 7-bit parts');
  assert.deepEqual(await submitText(link, text, { reference: 9 }), [0, 0], 'both parts taken alike');
  const got = await r.inbox.next();
  assert.equal(got.text, PREFIX + text, 'the prefix once, the text intact, € and braces included');
  assert.equal(got.parts, Math.ceil((PREFIX + text).length / 67), 'UCS-2 parts of 67 characters');
  assert.equal(r.decisions.at(-1)?.parts, 2);
});

test('the decision log names the indicators of a lure (domains, call-back numbers) and never its text; a plain text\'s numbers are not logged', async () => {
  const r = await rig({ policy: { verdicts: { suspicious: 'block' } } });
  const { client } = await r.esme();
  const callBack = '【重要】お客様のカードが不正利用された可能性があります。至急 050-3184-2297 までお電話ください。https://card-check.top/';
  assert.ok(!(await client.submit('09011112222', callBack, { from: '09033334444' })).ok);
  assert.ok((await client.submit('09011112222', '着いたら 090-1234-5678 に電話してね', { from: '09033334444' })).ok);
  const [lure, plain] = r.decisions;
  assert.equal(lure?.action, 'block');
  assert.equal(lure?.esme, 'agg1');
  assert.match(lure?.fingerprint ?? '', /^[0-9a-f]{16}$/);
  assert.deepEqual(lure?.domains, ['card-check.top']);
  assert.deepEqual(lure?.phones, ['05031842297']);
  assert.ok((lure?.reasons.length ?? 0) > 1, 'decision and engine reason codes');
  assert.equal(plain?.action, 'pass');
  assert.equal(plain?.phones, undefined);
  for (const d of r.decisions) assert.ok(!JSON.stringify(d).includes('お電話') && !JSON.stringify(d).includes('着いたら'), 'no text in the log');
});

test('dry run, MO from a line flagged infected: the lure reaches the ESME untouched, its case is not fed, the decision is logged', async () => {
  const lures: InfectedLure[] = [];
  const r = await rig({
    policy: { dryRun: true },
    esmes: [{ systemId: 'app', password: 'pw', receivesMo: true }],
    extra: { infected: (line) => line === '09077778888', onInfectedLure: (l) => lures.push(l) },
  });
  const texts: string[] = [];
  const app = new SmppClient({ smsc: `smpp://app:pw@127.0.0.1:${r.port}`, onMessage: async (m) => {
    texts.push(m.text);
    return Status.ESME_ROK;
  } });
  assert.ok((await app.start()).ok);
  try {
    assert.ok((await r.smsc.deliver({ from: '09077778888', to: '7726', text: LURE })).ok);
    await until(() => texts.length >= 1);
    assert.deepEqual(texts, [LURE]);
    assert.deepEqual(lures, []);
    assert.deepEqual([r.decisions.at(-1)?.action, r.decisions.at(-1)?.enforced], ['block', 'pass']);
  } finally {
    await app.close();
  }
});
