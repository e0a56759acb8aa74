// The raw PDU codec for what the `smpp` package does not give a relay: submit_multi's
// destinations read and rewritten octet for octet, replace_sm read, message ids swapped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import smpp from 'smpp';
import { decodePdu, readReplaceSm, rewriteSm, withMessageId, withReplaceText } from './pdu.js';

const multi = (): Buffer => {
  const b = new smpp.PDU('submit_multi', {
    sequence_number: 9, source_addr: '09033334444', data_coding: 8, registered_delivery: 1, short_message: Buffer.from([0x30, 0x42]),
    dest_address: [{ dest_addr_ton: 0, dest_addr_npi: 1, destination_addr: '09011112222' }, { dl_name: 'staff' }, { dest_addr_ton: 1, dest_addr_npi: 1, destination_addr: '819055556666' }],
  }).toBuffer();
  // A vendor TLV the library would drop.
  const out = Buffer.concat([b, Buffer.from([0x14, 0x01, 0x00, 0x01, 0x07])]);
  out.writeUInt32BE(out.length, 0);
  return out;
};

test('submit_multi: every destination read, the first SME as its dest; rewritten to some of them, every other octet as it was', () => {
  const bytes = multi();
  const d = decodePdu(bytes);
  assert.ok(d.ok && d.sm?.dests);
  assert.deepEqual(d.sm.dests, [
    { kind: 'sme', ton: 0, npi: 1, addr: '09011112222' }, { kind: 'list', name: 'staff' }, { kind: 'sme', ton: 1, npi: 1, addr: '819055556666' },
  ]);
  assert.equal(d.sm.dest.addr, '09011112222');
  assert.equal(d.sm.registeredDelivery, 1);
  assert.deepEqual([...d.sm.tlvs.keys()], [0x1401]);
  const only = rewriteSm(bytes, { dests: [d.sm.dests[2] as never], registeredDelivery: 0 });
  const again = decodePdu(only);
  assert.ok(again.ok && again.sm?.dests);
  assert.deepEqual(again.sm.dests, [{ kind: 'sme', ton: 1, npi: 1, addr: '819055556666' }]);
  assert.equal(again.sm.registeredDelivery, 0);
  assert.deepEqual(again.sm.shortMessage, d.sm.shortMessage);
  assert.deepEqual([...again.sm.tlvs.entries()], [...d.sm.tlvs.entries()]);
  assert.deepEqual(rewriteSm(bytes, { dests: d.sm.dests }), bytes, 'the same destinations: the same octets');
});

test('a submit_multi with no destination or an unknown dest_flag is malformed', () => {
  const bytes = multi();
  const at = bytes.indexOf(Buffer.from('09033334444\0', 'latin1')) + 12;
  const none = Buffer.from(bytes);
  none[at] = 0;
  assert.equal(decodePdu(none).ok, false);
  const flag = Buffer.from(bytes);
  flag[at + 1] = 7;
  assert.equal(decodePdu(flag).ok, false);
});

test('replace_sm read; its message id and text swapped; cancel_sm\'s id (after service_type) swapped', () => {
  const r = new smpp.PDU('replace_sm', { sequence_number: 3, message_id: 'AB12', source_addr: '09033334444', registered_delivery: 1, short_message: Buffer.from('hello') }).toBuffer();
  assert.deepEqual(readReplaceSm(r), { messageId: 'AB12', source: { ton: 0, npi: 0, addr: '09033334444' }, registeredDelivery: 1, shortMessage: Buffer.from('hello') });
  const swapped = withReplaceText(withMessageId(r, '0000FFFF'), Buffer.from('bye'));
  assert.deepEqual(readReplaceSm(swapped), { messageId: '0000FFFF', source: { ton: 0, npi: 0, addr: '09033334444' }, registeredDelivery: 1, shortMessage: Buffer.from('bye') });
  assert.equal(swapped.readUInt32BE(0), swapped.length);
  const c = new smpp.PDU('cancel_sm', { sequence_number: 4, service_type: 'CMT', message_id: 'AB12', source_addr: '1', destination_addr: '2' }).toBuffer();
  const pdu = new smpp.PDU(withMessageId(c, 'XYZ'));
  assert.equal(pdu.message_id, 'XYZ');
  assert.equal(pdu.service_type, 'CMT');
  assert.equal(pdu.destination_addr, '2');
});

test('submit_sm, deliver_sm, their responses and enquire_link read without the library read as the library reads them (fuzzed octets)', async () => {
  const { Fuzzer } = await import('./fuzz-support.js');
  const f = new Fuzzer(7726);
  const fields = ['command', 'command_id', 'command_status', 'sequence_number', 'message_id', 'source_addr', 'destination_addr', 'esm_class', 'data_coding', 'registered_delivery', 'service_type', 'receipted_message_id', 'message_state'];
  let compared = 0;
  for (let seq = 1; seq <= 20_000; seq++) {
    const { bytes } = f.pdu(seq, seq % 2 ? 'submit_sm' : 'deliver_sm');
    if (bytes.readUInt32BE(0) !== bytes.length) continue;
    const d = decodePdu(bytes);
    let lib: smpp.PDU | null = null;
    try {
      lib = new smpp.PDU(bytes);
    } catch {
      // Refused by the library: the light reading may take it only if readSmBody did.
    }
    if (!d.ok || !lib) continue;
    compared++;
    for (const k of fields) assert.deepEqual(d.pdu[k], lib[k], `${k} of ${bytes.toString('hex')}`);
    assert.equal(d.pdu.isResponse(), lib.isResponse());
    if (!d.pdu.isResponse() && `${lib.command}_resp` in smpp.commands) {
      assert.deepEqual(d.pdu.response({ command_status: 8 }).toBuffer(), lib.response({ command_status: 8 }).toBuffer());
      assert.deepEqual(d.pdu.response({ message_id: 'X1' }).toBuffer(), lib.response({ message_id: 'X1' }).toBuffer());
    }
  }
  assert.ok(compared > 5_000, `${compared} compared`);
});

test('a submit_sm_resp read without the library: its message_id, and a field set on it is its own', () => {
  const bytes = new smpp.PDU('submit_sm_resp', { sequence_number: 5, message_id: 'ABC123' }).toBuffer();
  const d = decodePdu(bytes);
  assert.ok(d.ok);
  assert.equal(d.pdu.command, 'submit_sm_resp');
  assert.equal(d.pdu.message_id, 'ABC123');
  assert.equal(d.pdu.sequence_number, 5);
  d.pdu.short_message = 'x';
  assert.equal(d.pdu.short_message, 'x');
  const withTlv = new smpp.PDU('deliver_sm', { sequence_number: 6, source_addr: '1', destination_addr: '2', esm_class: 4, short_message: Buffer.from('id:7 stat:DELIVRD'), receipted_message_id: 'R7', message_state: 2 }).toBuffer();
  const r = decodePdu(withTlv);
  assert.ok(r.ok && r.sm);
  assert.equal(r.pdu.receipted_message_id, 'R7', 'a TLV asked for is read by the library');
  assert.equal(r.pdu.message_state, 2);
});
