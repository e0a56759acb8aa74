import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contextOf } from '../test-support.js';
import type { Weights } from '../check.js';
import { FAMILIAR_ROWS } from './check.js';
import { scriptClass } from './features.js';
import { createModelCheck, createModelScorer, forEachNgram, maskedText, namedFeatures, parseModel, trainModel } from './index.js';

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

test('the scorer reads the same features the trainer writes: every n-gram of the masked text and every named fact, once', () => {
  const texts: [string, string?][] = [
    ['お荷物をお届けにあがりましたが不在の為持ち帰りました https://bit.ly/abc と http://203.0.113.5/login', '090-1234-5678'],
    ['【三菱UFJ銀行】口座を一時的に規制しています。必ずご確認ください。hxxps://mufg-secure.xyz/a mufg-check.top', '+447700900123'],
    ['WINNER!! claim your prize now at www.example.com or call 09012345678, mail win@example.com', 'PRIZES'],
    ['ok'],
    ['abc'],
    ['明日'],
    ['また明日ね、おやすみ'],
  ];
  const random = (() => {
    let s = 12345;
    return () => ((s = Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32 - 0.5;
  })();
  const bits = 12;
  for (const features of [{ bits, minN: 1, maxN: 4 }, { bits, minN: 2, maxN: 3 }]) {
    const ngrams: [number, number][] = [];
    for (let b = 0; b < 1 << bits; b++) if (b % 3 !== 0) ngrams.push([b, Math.round(random() * 40000) / 10000]);
    const named: Record<string, number> = {};
    for (const [text, from] of texts) for (const n of namedFeatures(contextOf(text, from))) named[n] = Math.round(random() * 20000) / 10000;
    const model = { version: 1, features, bias: 0.25, ngrams, named, trainedOn: {} };
    const score = createModelScorer(model);
    // The reference: the trainer's own feature functions and the scorer's 16-bit weights.
    const unit = Math.max(...ngrams.map(([, w]) => Math.abs(w))) / 32767;
    const table = new Map(ngrams.map(([b, w]) => [b, Math.round(w / unit)]));
    for (const [text, from] of texts) {
      const ctx = contextOf(text, from);
      let sum = 0;
      let count = 0;
      forEachNgram(maskedText(ctx), features, (b) => {
        sum += table.get(b) ?? 0;
        count++;
      });
      let z = model.bias + (count > 0 ? (sum * unit) / Math.sqrt(count) : 0);
      for (const n of new Set(namedFeatures(ctx))) z += named[n] ?? 0;
      const p = score(ctx).probability;
      assert.ok(Math.abs(p - 1 / (1 + Math.exp(-z))) < 1e-12, `${features.minN}-${features.maxN} "${text}": ${p} against ${1 / (1 + Math.exp(-z))}`);
    }
  }
});

test('in a report, the model reads the reporter\'s words, not the quoted lure\'s', () => {
  const warning = (lure: string): string => `お父さんへ。これが来ても絶対に開かないで↓ 「${lure}」 役所はこんなSMS送らないって`;
  const a = contextOf(warning('【重要】あなたのマイナポイントが失効します。手続きはこちら https://mynapoint-jp.help/'));
  const b = contextOf(warning('お荷物をお届けにあがりましたが不在の為持ち帰りました。配送物はこちらにてご確認ください'));
  assert.equal(a.reported, true);
  assert.equal(maskedText(a), maskedText(b));
  assert.ok(!maskedText(a).includes('失効'));
  // The same words as the message itself are the lure's, and read.
  assert.ok(maskedText(contextOf('【重要】あなたのマイナポイントが失効します。手続きはこちら https://mynapoint-jp.help/')).includes('失効'));
});

test('script classes: Japanese by its kana, else the writing of most letters', () => {
  assert.equal(scriptClass('お荷物をお届けにあがりました'), 'ja');
  assert.equal(scriptClass('同學們注意:有人在群組裡發訊息,是詐騙。'), 'han');
  assert.equal(scriptClass('엄마, 대사관 번호로 전화 와서'), 'hangul');
  assert.equal(scriptClass('Your parcel is held, pay now'), 'latin');
  assert.equal(scriptClass('Bố đã ra ngân hàng hỏi rồi, tài khoản vẫn bình thường'), 'latin-marked');
  assert.equal(scriptClass('आमा, यो महिनाको पैसा Seven Bank बाट पठाएँ'), 'other');
  assert.equal(scriptClass('12345 !!'), 'none');
});

const lures = ['お荷物をお届けにあがりましたが不在の為持ち帰りました', '未払い料金のお支払いをお願いします。本日中にご確認ください', 'Your parcel is held, pay the fee now', '口座を一時的に規制しています。至急ご確認ください'];
const chats = ['明日の飲み会は7時からね', 'また明日ね、おやすみ', 'Are you coming to dinner tonight?', '了解、駅で待ってる'];

test('trained beside the rules\' score, the model gives its points to what the rules miss', () => {
  // The rules score the parcel lures 90 and miss the account lures (10, as the chats): the model
  // trained beside that score learns the account wording, not the parcel wording the rules know.
  const parcel = ['お荷物をお届けにあがりましたが不在の為持ち帰りました', '不在の為お荷物を持ち帰りました。ご確認ください', 'お荷物のお届けにあがりましたが不在でした'];
  const account = ['口座を一時的に規制しています。至急ご確認ください', '口座の利用を制限しました。本人確認をお願いします', 'ご利用口座を凍結しました。解除手続きを行ってください'];
  const rows = [
    ...parcel.map((t) => ({ ctx: contextOf(t), label: 1 as const, rules: 90 })),
    ...account.map((t) => ({ ctx: contextOf(t), label: 1 as const, rules: 10 })),
    ...chats.map((t) => ({ ctx: contextOf(t), label: 0 as const, rules: 10 })),
  ];
  const opts = { seed: 7, epochs: 30, features: { bits: 12, minN: 1, maxN: 3 } };
  const stacked = trainModel(rows, opts);
  assert.ok(stacked.rules !== undefined && stacked.rules.weight > 0, JSON.stringify(stacked.rules));
  const parsed = parseModel(JSON.parse(JSON.stringify(stacked)));
  assert.ok(parsed.ok && parsed.value.rules?.weight === stacked.rules.weight);
  assert.equal(parseModel({ ...stacked, rules: { centre: 50, span: 50, weight: 0 } }).ok, false);
  assert.equal(parseModel({ ...stacked, scripts: { ja: -1 } }).ok, false);
  const alone = trainModel(rows.map(({ ctx, label }) => ({ ctx, label })), opts);
  const weights = { MODEL: 45 } as unknown as Weights;
  const evidence = (m: typeof alone, text: string): number => createModelScorer(m)(contextOf(text)).evidence;
  const known = 'お荷物をお届けにあがりましたが不在の為持ち帰りました';
  const missed = '口座を一時的に規制しています。至急ご確認ください';
  // Alone, the model holds both wordings for lures; beside the rules, the parcel wording is the rules' and earns less.
  assert.ok(evidence(stacked, known) - evidence(stacked, missed) < evidence(alone, known) - evidence(alone, missed), `${evidence(stacked, known)} ${evidence(stacked, missed)} / ${evidence(alone, known)} ${evidence(alone, missed)}`);
  // Points are its evidence at the rules' rate, within the cap.
  const pts = createModelCheck({ ...stacked, scripts: { ja: FAMILIAR_ROWS } }, weights)(contextOf(missed))[0]?.weight ?? 0;
  const rate = stacked.rules.span / stacked.rules.weight;
  assert.ok(Math.abs(pts - Math.min(45, evidence(stacked, missed) * rate)) <= 0.05, `${pts} against ${evidence(stacked, missed) * rate}`);
});

test('in a writing the model saw few rows of, its points shrink in proportion', () => {
  const rows = [...lures.map((t) => ({ ctx: contextOf(t), label: 1 as const })), ...chats.map((t) => ({ ctx: contextOf(t), label: 0 as const }))];
  const model = trainModel(rows, { seed: 7, epochs: 30, features: { bits: 12, minN: 1, maxN: 3 } });
  assert.deepEqual(model.scripts, { ja: 6, latin: 2 });
  const weights = { MODEL: 45 } as unknown as Weights;
  const lure = '未払い料金のお支払いをお願いします。ご確認ください';
  const seen = createModelCheck({ ...model, scripts: { ja: FAMILIAR_ROWS } }, weights)(contextOf(lure))[0]?.weight ?? 0;
  const few = createModelCheck({ ...model, scripts: { ja: FAMILIAR_ROWS / 4 } }, weights)(contextOf(lure))[0]?.weight ?? 0;
  assert.ok(seen > 4, `${seen}`);
  assert.ok(Math.abs(few - seen / 4) <= 0.1, `${few} against ${seen}`);
});
