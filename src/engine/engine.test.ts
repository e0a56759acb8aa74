// The engine with its shipped data, read as a verdict table (Rspamd style): input → expected verdict.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { getEngine, loadEngineData } from './index.js';
import type { VerdictLabel } from '../core/types.js';

const engine = getEngine();
const PUBLIC_DATA = join(import.meta.dirname, '..', '..', 'data', 'corpora');

test('shipped data loads and validates', () => {
  const data = loadEngineData();
  assert.equal(data.ok, true, data.ok ? '' : data.error);
});

test('every smishing example quoted in the seeds is blocked', () => {
  const rows = parse(readFileSync(join(PUBLIC_DATA, 'ja_real.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
  const seedRows = rows.filter((r) => r.source!.startsWith('seed ') && r.label === 'smishing');
  assert.ok(seedRows.length >= 10, 'the seed examples are in ja_real.csv');
  for (const r of seedRows) {
    const a = engine.analyse({ text: r.text!, from: r.sender || undefined });
    assert.equal(a.verdict, 'block', `${r.text}\n  → ${a.verdict} ${a.score} ${a.reasons.map((x) => x.code).join(',')}`);
  }
});

type Row = [text: string, from: string | undefined, expected: VerdictLabel | 'flagged' | 'not-block'];

const table: Row[] = [
  // lures
  ['【三菱UFJ銀行】お客様の口座を一時停止しました。本人確認: https://mufg-jp-secure.top/login', '09012345678', 'block'],
  ['【Amazon】お支払い方法に問題があります。24時間以内に更新してください hxxps://amazon-co-jp[.]buzz/', '+8613812345678', 'block'],
  ['ｈｔｔｐｓ：／／ｓａｇａｗａ－ｅｘｐ．ｃｏｍ．ｘｙｚ お荷物の配達に伺いましたが不在のため持ち帰りました', '08011112222', 'block'],
  ['【国税庁】未払い税金のお知らせ。本日中にお支払いください。http://192.168.10.5/nta', undefined, 'block'],
  ['お客様宛にお荷物のお届けにあがりましたが不在の為持ち帰りました。下記よりご確認ください。', '07012345678', 'flagged'],
  // legitimate
  ['【NTTドコモ】認証コードは482913です。このコードを他人に教えないでください。', 'NTTDOCOMO', 'allow'],
  ['Your Google verification code is 123456', '22000', 'allow'],
  ['明日の飲み会、ここの店だよ https://tabelog.com/tokyo/A1301/A130101/13000001/', '09087654321', 'allow'],
  ['三井住友銀行を装った詐欺SMSにご注意ください。当行がSMSでID・パスワードの入力を求めることはありません。', '0120050929', 'not-block'],
  ['【楽天カード】ご利用確認のお願い。詳しくは楽天e-NAVIでご確認ください https://www.rakuten-card.co.jp/e-navi/', '0570666910', 'not-block'],
];

for (const [text, from, expected] of table) {
  test(`${expected}: ${text.slice(0, 40)}`, () => {
    const a = engine.analyse({ text, from });
    const why = `${a.verdict} ${a.score} ${a.reasons.map((r) => `${r.code}${r.weight > 0 ? '+' : ''}${Math.round(r.weight)}`).join(' ')}`;
    if (expected === 'flagged') assert.notEqual(a.verdict, 'allow', why);
    else if (expected === 'not-block') assert.notEqual(a.verdict, 'block', why);
    else assert.equal(a.verdict, expected, why);
  });
}

test('every reason explains itself in Japanese and English', () => {
  const a = engine.analyse({ text: '【三菱UFJ銀行】取引を一時的に規制しています。必ずご確認ください。hxxps://mufgug.com', from: '09011112222' });
  assert.ok(a.reasons.length > 0);
  for (const r of a.reasons) {
    assert.ok(r.ja.length > 0 && r.en.length > 0, r.code);
    assert.match(r.ja, /[\u3040-\u30ff\u4e00-\u9fff]/, `${r.code}: the ja text is Japanese`);
  }
  assert.ok(a.indicators.domains.includes('mufgug.com'));
});

test('a known-bad number from reports raises the verdict through the injected reputation', () => {
  const text = '明日 03-1234-5678 に電話してみて';
  const without = engine.analyse({ text });
  const withRep = engine.analyse({ text }, { phone: (n) => (n === '0312345678' ? { kind: 'phone', value: n, reports: 12 } : undefined) });
  assert.ok(withRep.score > without.score, `${withRep.score} > ${without.score}`);
  assert.notEqual(withRep.verdict, 'allow');
  assert.ok(withRep.reasons.some((r) => r.code === 'REPUTATION_PHONE'));
});
