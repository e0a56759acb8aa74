import { test } from 'node:test';
import assert from 'node:assert/strict';
import { anchorSet, holdsAny, mayHoldWord } from './anchors.js';

test('holdsAny: whether the text holds any of the set, whatever text was read before and whatever set was made since', () => {
  const teacher = anchorSet('生老선シ助');
  const percent = anchorSet('%');
  assert.equal(holdsAny('先生のおすすめ銘柄', teacher), true);
  assert.equal(holdsAny('先生のおすすめ銘柄', percent), false);
  assert.equal(holdsAny('月利10%', percent), true);
  assert.equal(holdsAny('月利10%', teacher), false);
  assert.equal(holdsAny('', teacher), false);
  // A set made after a text was read: the text is read again for it.
  const late = anchorSet('銘');
  assert.equal(holdsAny('月利10%', late), false);
  assert.equal(holdsAny('先生のおすすめ銘柄', late), true);
  // Codes that share their low bits with an anchor (the filter's) are not taken for it.
  const kanji = anchorSet('\u5148');
  assert.equal(holdsAny(String.fromCharCode(0x5148 ^ 0x800), kanji), false);
  assert.equal(holdsAny(String.fromCharCode(0x5148), kanji), true);
});

test('mayHoldWord: false only when no word can stand in the text', () => {
  const apps = ['郵便局アプリ', 'smart club'];
  assert.equal(mayHoldWord('郵便局アプリで確認', apps), true);
  assert.equal(mayHoldWord('smart clubに登録', apps), true);
  assert.equal(mayHoldWord('お荷物のお知らせ', apps), false);
  assert.equal(mayHoldWord('anything', ['', 'x']), true);
});
