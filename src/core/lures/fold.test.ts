import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldDiacritics } from './fold.js';

test('foldDiacritics: the same answer whether or not the text was the last one folded', () => {
  const texts = ['tài khoản bị khóa', 'お荷物のお届け', 'tài khoản bị khóa', 'conta bloqueada ção', 'お荷物のお届け', ''];
  const fresh = ['tai khoan bi khoa', 'お荷物のお届け', 'tai khoan bi khoa', 'conta bloqueada cao', 'お荷物のお届け', ''];
  for (let round = 0; round < 2; round++) texts.forEach((t, i) => assert.equal(foldDiacritics(t), fresh[i]));
  assert.equal(foldDiacritics(foldDiacritics('Đà Nẵng')), 'Da Nang');
});
