import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fnv1a64String, hamming, hash64Hex, simhash, templateOf } from './simhash.js';

test('FNV-1a 64 matches the published test vectors', () => {
  // From the FNV reference (isthe.com/chongo/tech/comp/fnv), test vectors for FNV-1a 64.
  assert.equal(hash64Hex(fnv1a64String('')), 'cbf29ce484222325');
  assert.equal(hash64Hex(fnv1a64String('a')), 'af63dc4c8601ec8c');
  assert.equal(hash64Hex(fnv1a64String('foobar')), '85944171f73967e8');
});

test('SimHash-64 test vectors: the definition is stable', () => {
  // Published here so other implementations (and stored fingerprints) can check themselves.
  const vectors: [string, string, string][] = [
    ['', '', 'cbf29ce484222325'],
    ['ab', 'ab', '089c4407b545986a'],
    ['お客様宛にお荷物のお届けにあがりましたが不在の為持ち帰りました。', 'お客様宛にお荷物のお届けにあがりましたが不在の為持ち帰りました。', '2c04243105b99331'],
    ['Your parcel is waiting: https://jp-post.xyz/a1 ', 'your parcel is waiting: <u>', 'c3e189194d78f6d9'],
    ['明けましておめでとう!今年もよろしく', '明けましておめでとう!今年もよろしく', '79511c0f1dce20e9'],
  ];
  for (const [text, template, hex] of vectors) {
    assert.equal(templateOf(text), template);
    assert.equal(hash64Hex(simhash(text)), hex, text);
  }
});

test('one lure with different links and numbers is one template; different texts are far apart', () => {
  const a = simhash('【佐川急便】お荷物をお届けしましたが不在のため持ち帰りました。 https://sgw-a1.xyz/p?id=123');
  const b = simhash('【佐川急便】お荷物をお届けしましたが不在のため持ち帰りました。 http://k9.top/q/987654');
  assert.equal(hamming(a, b), 0);
  const c = simhash('今日の練習は18時から体育館です。遅れる人は連絡してください');
  assert.ok(hamming(a, c) > 16, String(hamming(a, c)));
  // Full-width and case are folded before hashing.
  assert.equal(hamming(simhash('ＳＡＬＥ now'), simhash('sale NOW')), 0);
});
