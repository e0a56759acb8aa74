import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contextOf } from '../test-support.js';
import { createModelScorer, forEachNgram, maskedText, namedFeatures, parseModel, trainModel } from './index.js';

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

test('with digit runs, a number in Japanese text is one shape whatever its digits, commas and decimal point', () => {
  const masked = (text: string): string => maskedText(contextOf(text), true);
  assert.equal(masked('お支払い¥12,800（1.5%）を3/15までに、090-1234-5678へ'), ' お支払い¥0(0%)を0/0までに、0-0-0へ ');
  assert.equal(masked('料金3,000円を12月5日までに'), masked('料金128,500円を1月25日までに'));
  // A comma or point after a number, not inside one, stays.
  assert.equal(masked('残り2,あと3.'), ' 残り0,あと0. ');
  // English text keeps its count of digits: a premium line's length is evidence there.
  assert.equal(masked('Call 09061701461 now, £1,500 won'), ' call 00000000000 now, £0,000 won ');
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
  for (const features of [{ bits, minN: 1, maxN: 4 }, { bits, minN: 2, maxN: 3 }, { bits, minN: 1, maxN: 4, digitRuns: true }, { bits, minN: 2, maxN: 5, digitRuns: true }]) {
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
      forEachNgram(maskedText(ctx, features.digitRuns === true), features, (b) => {
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

test('the asks the ask finders typed are features, by act and way, and not when quoted', () => {
  const own = namedFeatures(contextOf('【さくら不動産】今月分の家賃が未納となっております。お手数ですが 03-5555-1234 までお電話ください。', '0355551234'));
  const asks = own.filter((f) => f.startsWith('asks:'));
  assert.ok(asks.length > 0, `asks found: ${own.join(' ')}`);
  for (const f of asks) assert.match(f, /^asks:[a-z-]+>(own|url|phone|reply|messenger|unstated)~?$/);
  // A warning quoting a lure's ask does not ask it.
  const quoted = namedFeatures(contextOf('「お荷物をお届けできませんでした。こちらから確認ください https://sagawa-xx.top」というSMSが来たけど詐欺だよね？'));
  assert.ok(!quoted.some((f) => f.startsWith('asks:open-link')), quoted.join(' '));
  // The scorer reads what the trainer wrote: a weight on one of them moves the score.
  const base = trainModel(examples, { seed: 7, features: { bits: 12, minN: 1, maxN: 3 } });
  const ctx = contextOf('【さくら不動産】今月分の家賃が未納となっております。お手数ですが 03-5555-1234 までお電話ください。', '0355551234');
  const tilted = { ...base, named: { ...base.named, [asks[0] as string]: 5 } };
  assert.ok(createModelScorer(tilted)(ctx).probability > createModelScorer(base)(ctx).probability);
});

test('Japanese text has its own intercept (script:ja), other text the bias alone', () => {
  const ja = namedFeatures(contextOf('明日の打ち合わせは10時からでお願いします'));
  assert.ok(ja.includes('script:ja'), ja.join(' '));
  for (const text of ['see you at ten tomorrow for the meeting', 'Gui minh so dien thoai moi cua ban nhe']) {
    const other = namedFeatures(contextOf(text));
    assert.ok(!other.includes('script:ja'), other.join(' '));
  }
});
