import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseKinds, spokenKinds } from './kinds.js';

const kinds = parseKinds([
  { id: 'agricultural-coop', words: ['農協'], patterns: ['(?<![a-z0-9])ja(?=\\s?[\\p{Script=Han}\\p{Script=Katakana}\\p{Script=Hiragana}])'], tokens: ['nokyo'], sources: ['https://www.jabank.org/'] },
]);

test('a kind named by a pattern speaks by the same rule as a word', () => {
  assert.ok(Array.isArray(kinds));
  const ids = (text: string) => spokenKinds(text.normalize('NFKC').toLowerCase(), kinds).map((k) => k.kind.id);
  // "JA" and its place, in a header, at the head or before です.
  assert.deepEqual(ids('【JA北びわこ】重要なお知らせ'), ['agricultural-coop']);
  assert.deepEqual(ids('ＪＡひまわりです。口座確認のため'), ['agricultural-coop']);
  assert.deepEqual(ids('〇〇農協より年金のご案内'), ['agricultural-coop']);
  // Talked about, or "ja" inside another word, is not who speaks.
  assert.deepEqual(ids('母がJAの直売所でいちごを買ってきた'), []);
  assert.deepEqual(ids('JAの職員です。年金の件で伺います'), ['agricultural-coop']);
  assert.deepEqual(ids('【Japan旅行】ツアーのご案内'), []);
});

test('patterns must be a list of regular expressions', () => {
  assert.equal(typeof parseKinds([{ id: 'x', words: ['x'], patterns: 'ja', sources: ['s'] }]), 'string');
  assert.equal(typeof parseKinds([{ id: 'x', words: ['x'], patterns: ['(unclosed'], sources: ['s'] }]), 'string');
});

test("each kind's words are read as its own after a kind that speaks by its first word", () => {
  // The words are found in one pass and numbered kind by kind: a kind that speaks by an early word must not shift which
  // place the next kind's words read (a pharmacy speaking by 処方箋 left the hospital reading a word it does not have).
  const two = parseKinds([
    { id: 'pharmacy', words: ['薬局', '処方箋'], tokens: ['yakkyoku'], sources: ['s'] },
    { id: 'hospital', words: ['クリニック', '病院'], tokens: ['clinic'], sources: ['s'] },
  ]);
  assert.ok(Array.isArray(two));
  const found = (text: string) => spokenKinds(text.normalize('NFKC').toLowerCase(), two).map((k) => `${k.kind.id}:${k.word}@${k.index}`);
  assert.deepEqual(found('【○○薬局】処方箋のお薬の準備ができました。'), ['pharmacy:薬局@3']);
  assert.deepEqual(found('【○○病院】処方箋のお薬の準備ができました。'), ['pharmacy:処方箋@6', 'hospital:病院@3']);
  assert.deepEqual(found('【薬局】と【クリニック】からのお知らせ'), ['pharmacy:薬局@1', 'hospital:クリニック@6']);
});
