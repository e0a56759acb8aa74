// Tagging at the octet level: the prefix is added to the whole text, parts are cut again for
// the coding the tagged text needs, and every other field and TLV of the original survives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Reassembler, addressOf, decodePdu, encodeGsm7, encodeSm, encodeUcs2, segmentOf, splitForSubmit, type SmBody } from '../smpp/index.js';
import { tagParts, type OriginalPart } from './tag.js';

function parts(text: string, scheme: 'udh8' | 'udh16' | 'sar' | 'payload', coding: 'gsm7' | 'ucs2', extraTlv?: Buffer): OriginalPart[] {
  const split = splitForSubmit(text, { scheme, reference: 42, coding });
  assert.ok(split.ok);
  return split.parts.map((p) => {
    let bytes = encodeSm('submit_sm', 9, {
      source: addressOf('0312345678'), dest: addressOf('09011112222'), esmClass: p.esmClass, dataCoding: p.dataCoding, shortMessage: p.shortMessage,
      registeredDelivery: 1, ...(p.sar ? { sar: p.sar } : {}), ...(p.payload ? { payload: p.payload } : {}),
    });
    if (extraTlv) {
      bytes = Buffer.concat([bytes, extraTlv]);
      bytes.writeUInt32BE(bytes.length, 0);
    }
    const d = decodePdu(bytes);
    assert.ok(d.ok && d.sm);
    const seg = segmentOf(d.sm);
    assert.ok(seg.ok);
    return { bytes, sm: d.sm, ...(seg.segment.concat ? { concat: seg.segment.concat } : {}) };
  });
}

/** What an SMSC would read back from the tagged PDUs. */
function readBack(pdus: readonly Buffer[]): { text: string; sms: SmBody[] } {
  const r = new Reassembler();
  const sms: SmBody[] = [];
  let text = '';
  for (const b of pdus) {
    const d = decodePdu(b);
    assert.ok(d.ok && d.sm, 'a well-formed submit_sm');
    sms.push(d.sm);
    const seg = segmentOf(d.sm);
    assert.ok(seg.ok);
    const added = r.add(seg.segment, 0);
    if (added.kind === 'complete') text = added.message.text;
  }
  return { text, sms };
}

const PREFIX = '【迷惑SMSの可能性】';

for (const scheme of ['udh8', 'udh16', 'sar', 'payload'] as const) {
  test(`UCS-2 with ${scheme}: the prefix once, before the whole text, cut again into parts that fit`, () => {
    const text = 'お客様の口座が一時停止されました。本人確認のため下記URLよりログインしてください。https://example.top/ 期限は本日中です。';
    const tagged = tagParts(parts(text, scheme, 'ucs2'), text, PREFIX);
    assert.ok(tagged.ok);
    const back = readBack(tagged.pdus);
    assert.equal(back.text, PREFIX + text);
    assert.equal(tagged.pdus.length, scheme === 'payload' ? 1 : Math.ceil((PREFIX + text).length / (scheme === 'udh16' ? 66 : 67)));
    for (const sm of back.sms) assert.ok(sm.shortMessage.length <= 140);
  });
}

test('a GSM 7-bit text with a Japanese prefix becomes UCS-2; with an ASCII prefix it stays GSM 7-bit', () => {
  const text = 'Your account is locked. Verify now at https://example.top/login {ref}';
  const original = parts(text, 'udh8', 'gsm7');
  const ja = tagParts(original, text, PREFIX);
  assert.ok(ja.ok);
  assert.equal(ja.coding, 'ucs2');
  assert.equal(readBack(ja.pdus).text, PREFIX + text);
  const ascii = tagParts(original, text, '[SPAM?] ');
  assert.ok(ascii.ok);
  assert.equal(ascii.coding, 'gsm7');
  const back = readBack(ascii.pdus);
  assert.equal(back.text, `[SPAM?] ${text}`);
  assert.deepEqual(back.sms[0]?.shortMessage, encodeGsm7(`[SPAM?] ${text}`));
});

test('a surrogate pair is never cut between two parts', () => {
  const text = `${'あ'.repeat(66)}🎁${'い'.repeat(60)}`;
  const tagged = tagParts(parts(text, 'udh8', 'ucs2'), text, PREFIX);
  assert.ok(tagged.ok);
  assert.equal(readBack(tagged.pdus).text, PREFIX + text);
});

test('addresses, registered_delivery and an unknown TLV go on as they came', () => {
  const vendor = Buffer.from([0x14, 0x01, 0x00, 0x02, 0xbe, 0xef]);
  const text = '至急ご確認ください。';
  const tagged = tagParts(parts(text, 'udh8', 'ucs2', vendor), text, PREFIX);
  assert.ok(tagged.ok);
  const { sms } = readBack(tagged.pdus);
  assert.equal(sms[0]?.source.addr, '0312345678');
  assert.equal(sms[0]?.dest.addr, '09011112222');
  assert.equal(sms[0]?.registeredDelivery, 1);
  assert.deepEqual(sms[0]?.tlvs.get(0x1401), Buffer.from([0xbe, 0xef]));
  assert.deepEqual(sms[0]?.shortMessage, encodeUcs2(PREFIX + text));
});
