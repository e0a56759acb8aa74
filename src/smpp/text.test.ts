import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import iconv from 'iconv-lite';
import { alphabetOf, decodeText, encodeGsm7, encodeUcs2, isGsm7 } from './text.js';

const hex = (s: string): Buffer => Buffer.from(s.replace(/\s+/g, ''), 'hex');

describe('decodeText', () => {
  const table: [string, Buffer, number, string][] = [
    ['GSM 7-bit, unpacked septets', hex('48656c6c6f'), 0x00, 'Hello'],
    ['GSM 7-bit specials (@, £, é)', hex('00 01 05'), 0x00, '@£é'],
    ['GSM 7-bit extension table (€, [, ])', hex('1b65 1b3c 41 1b3e'), 0x00, '€[A]'],
    ['GSM 7-bit in a GSM 03.38 message-class group (0xF1)', hex('4869'), 0xf1, 'Hi'],
    ['GSM 7-bit in a general coding group (0x10)', hex('4869'), 0x10, 'Hi'],
    ['IA5 / ASCII', Buffer.from('Call me'), 0x01, 'Call me'],
    ['Latin-1', Buffer.from('Café déjà vu', 'latin1'), 0x03, 'Café déjà vu'],
    ['UCS-2 Japanese', encodeUcs2('佐川急便です'), 0x08, '佐川急便です'],
    ['UCS-2 with a surrogate pair', encodeUcs2('荷物😀'), 0x08, '荷物😀'],
    ['UCS-2 in a general coding group (0x18)', encodeUcs2('ａｂ'), 0x18, 'ａｂ'],
    ['Shift_JIS (0x05, as Japanese SMSCs send it)', iconv.encode('お荷物のお届け', 'shift_jis'), 0x05, 'お荷物のお届け'],
    ['ISO-2022-JP', hex('1b2442 467c 4b5c 1b2842 2041'), 0x0a, '日本 A'],
  ];
  for (const [name, bytes, dc, text] of table) {
    it(name, () => {
      const r = decodeText(bytes, dc);
      assert.ok(r.ok, JSON.stringify(r));
      assert.equal(r.text, text);
    });
  }

  it('reads ISO-2022-JP as a Japanese handset writes it', () => {
    // "テスト" in ISO-2022-JP: ESC $ B, 0x25 0x46, 0x25 0x39, 0x25 0x48, ESC ( B
    const r = decodeText(hex('1b2442 2546 2539 2548 1b2842'), 0x0a);
    assert.deepEqual(r.ok && r.text, 'テスト');
  });

  it('refuses binary data and unknown codings with stable codes', () => {
    assert.deepEqual(pick(decodeText(hex('0102'), 0x04)), 'E_BINARY_MESSAGE');
    assert.deepEqual(pick(decodeText(hex('0102'), 0xf4)), 'E_BINARY_MESSAGE');
    assert.deepEqual(pick(decodeText(hex('0102'), 0x0b)), 'E_UNSUPPORTED_CODING');
    assert.deepEqual(pick(decodeText(hex('0102'), 0x30)), 'E_UNSUPPORTED_CODING'); // compressed
  });
});

function pick(r: ReturnType<typeof decodeText>): string {
  return r.ok ? 'ok' : r.code;
}

describe('GSM 03.38 and UCS-2 encoding', () => {
  it('knows which texts GSM 7-bit can carry', () => {
    assert.equal(isGsm7('Your parcel: http://x.example/a {ref} €5'), true);
    assert.equal(isGsm7('お荷物'), false);
    assert.equal(isGsm7('ç'), false); // only Ç is in the default alphabet
  });
  it('round-trips through encode and decode', () => {
    const text = 'Pay £5 [now] at {x}~|^ €';
    const r = decodeText(encodeGsm7(text), 0x00);
    assert.equal(r.ok && r.text, text);
    assert.equal(alphabetOf(0x08), 'ucs2');
  });
});
