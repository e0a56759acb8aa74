import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPhraseMatcher, isAsciiWordPhrase } from './phrases.js';

const phrases = ['三井住友', '三井住友カード', 'au', 'jcb', '不在'].map((phrase) => ({ phrase, tag: phrase, wordBounded: isAsciiWordPhrase(phrase) }));
const match = createPhraseMatcher(phrases);

test('the longest phrase wins at a position', () => {
  assert.deepEqual(match('【三井住友カード】ご利用確認').map((h) => h.tag), ['三井住友カード']);
});

test('ASCII names stand as words; Japanese glued around them is a boundary', () => {
  assert.deepEqual(match('because au revoir').map((h) => h.tag), [], 'two letters between English words are not a name');
  assert.deepEqual(match('my jcb card').map((h) => h.tag), ['jcb']);
  assert.deepEqual(match('because').map((h) => h.tag), []);
  assert.deepEqual(match('auサービスが制限').map((h) => h.tag), ['au']);
  assert.deepEqual(match('myjcbcard').map((h) => h.tag), []);
});

test('across tags, a phrase inside another still counts', () => {
  const m = createPhraseMatcher([{ phrase: '必ずご確認', tag: 'notice', wordBounded: false }, { phrase: '必ず', tag: 'pressure', wordBounded: false }], { overlap: 'across-tags' });
  assert.deepEqual(m('必ずご確認ください').map((h) => h.tag).sort(), ['notice', 'pressure']);
  assert.deepEqual(createPhraseMatcher([{ phrase: '必ずご確認', tag: 'notice', wordBounded: false }, { phrase: '必ず', tag: 'pressure', wordBounded: false }])('必ずご確認').map((h) => h.tag), ['notice']);
});

test('every occurrence is reported with its index', () => {
  assert.deepEqual(match('不在の為、不在票').map((h) => h.index), [0, 5]);
});
