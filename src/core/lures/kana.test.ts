import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldKanaCue, kanaView, toHiragana } from './kana.js';

test('katakana folds to hiragana, one unit for one; the long-vowel mark and kanji stay', () => {
  assert.equal(toHiragana('デンワ シテ クダサイ'), 'でんわ して ください');
  assert.equal(toHiragana('アマゾンのカード'), 'あまぞんのかーど');
  assert.equal(toHiragana('電話'), '電話');
});

test('a cue is folded as the kana view spells it: hiragana, no spaces between kana words', () => {
  assert.equal(foldKanaCue('ギフト カード'), 'ぎふとかーど');
  assert.equal(foldKanaCue('電話してください'), '電話してください');
  assert.equal(foldKanaCue('call me'), 'call me');
});

test('only a text written in kana gets a kana view, and its indexes point back into the text', () => {
  assert.equal(kanaView('お荷物をお届けにあがりましたが不在の為持ち帰りました'), null);
  assert.equal(kanaView('ok'), null);
  const text = 'ケイサツショ デス。スグ 03-1234-5678 ニ デンワ シテ クダサイ';
  const v = kanaView(text);
  assert.ok(v);
  assert.ok(v.view.includes('でんわしてください'));
  const at = v.view.indexOf('でんわ');
  assert.equal(text.slice(v.at[at], v.at[at] + 3), 'デンワ');
});
