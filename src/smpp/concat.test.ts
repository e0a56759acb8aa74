import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Reassembler, segmentOf, type Segment } from './concat.js';
import type { SmBody } from './pdu.js';
import { Tlv } from './pdu.js';
import { splitForSubmit, type ConcatScheme } from './split.js';

const FROM = { ton: 0, npi: 1, addr: '09012345678' };
const TO = { ton: 3, npi: 0, addr: '7726' };

function body(part: { dataCoding: number; esmClass: number; shortMessage: Buffer; sar?: { ref: number; total: number; seq: number }; payload?: Buffer }, from = FROM): SmBody {
  const tlvs = new Map<number, Buffer>();
  if (part.sar) {
    const ref = Buffer.alloc(2);
    ref.writeUInt16BE(part.sar.ref);
    tlvs.set(Tlv.sar_msg_ref_num, ref).set(Tlv.sar_total_segments, Buffer.from([part.sar.total])).set(Tlv.sar_segment_seqnum, Buffer.from([part.sar.seq]));
  }
  if (part.payload) tlvs.set(Tlv.message_payload, part.payload);
  return { serviceType: '', source: from, dest: TO, esmClass: part.esmClass, protocolId: 0, priority: 0, registeredDelivery: 0, dataCoding: part.dataCoding, shortMessage: part.shortMessage, tlvs };
}

function segments(text: string, scheme: ConcatScheme, reference = 7): Segment[] {
  const split = splitForSubmit(text, { scheme, reference });
  assert.ok(split.ok);
  return split.parts.map((p) => {
    const s = segmentOf(body(p));
    assert.ok(s.ok);
    return s.segment;
  });
}

const LURE = '【佐川急便】お荷物のお届けにあがりましたが宛先不明の為持ち帰りました。再配達のご依頼は下記URLよりお手続きください。 https://sagawa-redelivery.example.top/check?id=83920 お問い合わせ 0120-123-456 😀';

describe('splitForSubmit', () => {
  const table: [string, string, ConcatScheme, number, number][] = [
    ['160 GSM characters fit one part', 'a'.repeat(160), 'udh8', 1, 0x00],
    ['161 need two', 'a'.repeat(161), 'udh8', 2, 0x00],
    ['306 GSM characters make two 153-septet parts', 'a'.repeat(306), 'udh8', 2, 0x00],
    ['304 with a 16-bit reference make two of 152', 'a'.repeat(304), 'udh16', 2, 0x00],
    ['70 Japanese characters fit one part', 'あ'.repeat(70), 'udh8', 1, 0x08],
    ['71 need two', 'あ'.repeat(71), 'udh8', 2, 0x08],
    ['134 make two parts of 67', 'あ'.repeat(134), 'udh8', 2, 0x08],
    ['message_payload carries any length in one', 'あ'.repeat(500), 'payload', 1, 0x08],
  ];
  for (const [name, text, scheme, parts, dc] of table) {
    it(name, () => {
      const r = splitForSubmit(text, { scheme });
      assert.ok(r.ok);
      assert.equal(r.parts.length, parts);
      assert.ok(r.parts.every((p) => p.dataCoding === dc));
    });
  }

  it('never splits a GSM escape or a surrogate pair', () => {
    const gsm = splitForSubmit(`${'a'.repeat(152)}€tail`, { scheme: 'udh8' });
    assert.ok(gsm.ok);
    // 152 septets + the 2-septet € would be 154: the € starts the second part.
    assert.equal(gsm.parts[0]?.shortMessage.length, 6 + 152);
    const ucs = splitForSubmit(`${'あ'.repeat(66)}😀${'い'.repeat(10)}`, { scheme: 'udh8' });
    assert.ok(ucs.ok);
    assert.equal(ucs.parts[0]?.shortMessage.length, 6 + 66 * 2);
  });

  it('refuses a text longer than 255 parts', () => {
    const r = splitForSubmit('あ'.repeat(67 * 255 + 1));
    assert.equal(r.ok ? 'ok' : r.code, 'E_TOO_LONG');
  });
});

describe('reassembly', () => {
  for (const scheme of ['udh8', 'udh16', 'sar'] as const) {
    it(`puts a Japanese lure back together from ${scheme} parts, in any order`, () => {
      const parts = segments(LURE, scheme);
      assert.equal(parts.length, 3);
      const r = new Reassembler();
      assert.equal(r.add(parts[2] as Segment, 0).kind, 'pending');
      assert.equal(r.add(parts[0] as Segment, 1).kind, 'pending');
      const done = r.add(parts[1] as Segment, 2);
      assert.equal(done.kind, 'complete');
      assert.equal(done.kind === 'complete' && done.message.text, LURE);
      assert.equal(r.pendingSets, 0);
    });
  }

  it('takes a whole message from message_payload', () => {
    const [one] = segments(LURE, 'payload');
    const done = new Reassembler().add(one as Segment, 0);
    assert.equal(done.kind === 'complete' && done.message.text, LURE);
  });

  it('decodes GSM 7-bit across parts after joining them', () => {
    const text = `${'x'.repeat(152)}€ and the rest`;
    const r = new Reassembler();
    const results = segments(text, 'udh8').map((s, i) => r.add(s, i));
    const last = results.at(-1);
    assert.equal(last?.kind === 'complete' && last.message.text, text);
  });

  it('keeps sets from different senders and references apart, and ignores a repeated part', () => {
    const r = new Reassembler();
    const a = segments(LURE, 'udh8', 1);
    const b = segments('別の'.repeat(60), 'udh8', 1).map((s) => ({ ...s, from: { ...s.from, addr: '08099998888' } }));
    assert.equal(r.add(a[0] as Segment, 0).kind, 'pending');
    assert.equal(r.add(b[0] as Segment, 0).kind, 'pending');
    assert.equal(r.add(a[0] as Segment, 0).kind, 'duplicate');
    assert.equal(r.pendingSets, 2);
  });

  it('gives up a set after its time and hands on what came, gaps marked', () => {
    const r = new Reassembler({ maxAgeMs: 1000 });
    const parts = segments(LURE, 'udh8');
    r.add(parts[0] as Segment, 0);
    r.add(parts[2] as Segment, 10);
    assert.deepEqual(r.takeGivenUp(999), []);
    const [given] = r.takeGivenUp(1000);
    assert.ok(given);
    assert.equal(given.complete, false);
    assert.equal(given.parts, 2);
    assert.equal(given.total, 3);
    // Part 1, a gap where part 2 was, part 3.
    assert.ok(given.text.startsWith('【佐川急便】'));
    assert.ok(given.text.endsWith('😀'));
    assert.equal(given.text.split('…').length, 2);
    assert.equal(r.pendingSets, 0);
  });

  it('is bounded: the oldest incomplete set is given up when the buffer is full', () => {
    const r = new Reassembler({ maxSets: 2 });
    for (let ref = 1; ref <= 3; ref++) r.add(segments(LURE, 'udh8', ref)[0] as Segment, ref);
    assert.equal(r.pendingSets, 2);
    const given = r.takeGivenUp(3);
    assert.equal(given.length, 1);
    assert.equal(given[0]?.firstAt, 1);
  });

  it('restores a set whose hand-over failed, so the retried part completes it again', () => {
    const r = new Reassembler();
    const parts = segments(LURE, 'udh8');
    r.add(parts[0] as Segment, 0);
    r.add(parts[1] as Segment, 0);
    const done = r.add(parts[2] as Segment, 0);
    assert.equal(done.kind, 'complete');
    if (done.kind === 'complete') r.restore(done.message, parts[2]);
    const again = r.add(parts[2] as Segment, 1);
    assert.equal(again.kind === 'complete' && again.message.text, LURE);
  });

  it('refuses a UDH that runs past the message', () => {
    const s = segmentOf(body({ dataCoding: 8, esmClass: 0x40, shortMessage: Buffer.from([0x09, 0x00, 0x03, 1, 2, 1]) }));
    assert.equal(s.ok ? 'ok' : s.code, 'E_BAD_UDH');
  });

  it('treats a concatenation element with a sequence out of range as no concatenation', () => {
    const s = segmentOf(body({ dataCoding: 0, esmClass: 0x40, shortMessage: Buffer.from([0x05, 0x00, 0x03, 1, 2, 3, 0x41]) }));
    assert.ok(s.ok);
    assert.equal(s.segment.concat, undefined);
  });
});
