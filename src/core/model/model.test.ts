import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contextOf } from '../test-support.js';
import { createModelScorer, maskedText, parseModel, trainModel } from './index.js';

const toy = [
  ['お荷物をお届けにあがりましたが不在の為持ち帰りました', 1],
  ['不在の為お荷物を持ち帰りました。ご確認ください', 1],
  ['未払い料金のお支払いをお願いします。本日中にご確認ください', 1],
  ['WINNER! You have won a free prize, claim now', 1],
  ['明日の飲み会は7時からね', 0],
  ['また明日ね、おやすみ', 0],
  ['Are you coming to dinner tonight?', 0],
  ['了解、駅で待ってる', 0],
] as const;
const examples = toy.map(([text, label]) => ({ ctx: contextOf(text), label }));

test('training is deterministic: same rows and seed, same model', () => {
  const a = trainModel(examples, { seed: 7, features: { bits: 12, minN: 1, maxN: 3 } });
  const b = trainModel(examples, { seed: 7, features: { bits: 12, minN: 1, maxN: 3 } });
  assert.equal(JSON.stringify(a), JSON.stringify(b));
  assert.notEqual(JSON.stringify(trainModel(examples, { seed: 8, features: { bits: 12, minN: 1, maxN: 3 } })), JSON.stringify(a));
});

test('a trained model separates its toy set and explains itself with real n-grams', () => {
  const model = trainModel(examples, { seed: 7, epochs: 30, features: { bits: 12, minN: 1, maxN: 3 } });
  const score = createModelScorer(model);
  const lure = score(contextOf('お荷物を持ち帰りました。不在の為ご確認ください'));
  const chat = score(contextOf('明日の夜ご飯行こうね'));
  assert.ok(lure.probability > 0.5, `lure ${lure.probability}`);
  assert.ok(chat.probability < 0.5, `chat ${chat.probability}`);
  const masked = maskedText(contextOf('お荷物を持ち帰りました。不在の為ご確認ください'));
  for (const t of lure.top) {
    if (t.feature.includes(':')) continue; // a named fact, e.g. lure:delivery
    assert.ok(masked.includes(t.feature), `"${t.feature}" is text of the message`);
  }
});

test('masking folds digits, links and white space', () => {
  assert.equal(maskedText(contextOf('Call 090-1234-5678  now\n see https://bit.ly/x')), ' call 000-0000-0000 now see ǔ ');
});

test('the shipped model parses and says what it was trained on', () => {
  const json = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', '..', 'data', 'model.json'), 'utf8'));
  const m = parseModel(json);
  assert.equal(m.ok, true, m.ok ? '' : m.error);
  if (m.ok) assert.match(String(m.value.trainedOn.datasets), /ja_public/);
  assert.equal(parseModel({ ...json, version: 99 }).ok, false);
  assert.equal(parseModel({ ...json, ngrams: [[1 << 30, 1]] }).ok, false);
});
