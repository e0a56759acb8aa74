import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createBrandLookups } from '../brands/check.js';
import { contextOf, testData } from '../test-support.js';
import { createSenderRouteCheck } from './sender-route.js';
import { createEngine } from '../engine.js';
import { parseSenderRegistry } from '../sender/index.js';

const check = createSenderRouteCheck(testData.scores.weights, createBrandLookups(testData.brands));
const codes = (text: string, from: string) => check(contextOf(text, from)).map((r) => r.code).sort();

const table: [string, string, string[]][] = [
  ['090-1234-5678', 'お荷物をお届けに上がりましたが不在の為持ち帰りました。https://x7kq2.duckdns.org/', ['SENDER_MOBILE_WITH_LINK']],
  ['+81 90 1234 5678', '不在通知です。確認はこちら https://example.com/a', ['SENDER_MOBILE_WITH_LINK']],
  ['090-1234-5678', '今日の夕飯どうする？', []],
  ['+1 202 555 0100', 'Your code is 123456', ['SENDER_INTERNATIONAL']],
  ['010-1-202-555-0100', 'Your code is 123456', ['SENDER_INTERNATIONAL']],
  ['+1 202 555 0100', '【三井住友銀行】お客様の口座を一時停止しました。https://smbc-check.top/', ['SENDER_INTERNATIONAL_BRAND']],
  // Letters alone are neutral: domestic aggregators show them too.
  ['Promo', 'Hello there', []],
  ['Info', 'セール開催中 https://shop.example.com/', []],
  // An ID naming or coming with a brand it is not registered for, linking off the brand's sites.
  ['SMBC', '【三井住友銀行】口座確認 https://smbc-check.top/', ['SENDER_ALPHANUMERIC_BRAND_MISMATCH']],
  ['SMBC', 'ご確認ください https://smbc-check.top/', ['SENDER_ALPHANUMERIC_BRAND_MISMATCH']],
  ['Notice', '【三井住友銀行】口座確認 https://smbc-check.top/', ['SENDER_ALPHANUMERIC_BRAND_MISMATCH']],
  ['SMBC', '【三井住友銀行】お振込を受け付けました', []],
  ['SHOPXYZ', 'LINEの友だち追加ありがとうございます！クーポンはこちら https://lin.ee/AbCdEf', []],
  ['SMBC', '【三井住友銀行】詳しくは https://www.smbc.co.jp/kojin/', []],
  // A registered ID is judged by the brand check (credit only with official links).
  ['Apple Notifications', '【Apple】アカウント確認 https://apple-id-verify.top/', []],
  ['Amazon', '【Amazon】ご注文の商品 https://amzn.asia/d/abc', []],
  // Carriers' own short codes cannot be shown by others on domestic routes.
  // Carrier short codes are credited by the sender-trust check (which weighs what they ask), not here.
  ['157', 'お客様の端末がウイルスに感染している可能性があります。詳しくは https://www.au.com/mobile/', []],
  ['151', '【ワイモバイル】ご利用料金のお知らせ', []],
  ['157', '【三井住友銀行】口座を確認してください', []],
  ['+1 202 555 0100', '【Amazon】アカウントを確認 https://amazon-verify.top/', ['SENDER_INTERNATIONAL_BRAND']],
  ['0120-123-456', '【三井住友銀行】ご利用確認のお願い', []],
  ['7726', '認証コードは123456です', []],
  ['0005-01-1234', 'ご利用料金のお知らせ', []],
];

for (const [from, text, expected] of table) {
  test(`sender route: ${from} / ${text.slice(0, 20)}`, () => assert.deepEqual(codes(text, from), [...expected].sort()));
}

test('each reason carries its weight and names the sender in both languages', () => {
  const [r] = check(contextOf('Hello', '+44 7700 900123'));
  assert.equal(r?.code, 'SENDER_INTERNATIONAL');
  assert.equal(r.weight, testData.scores.weights.SENDER_INTERNATIONAL);
  assert.match(r.en, /\+44 7700 900123/);
  assert.match(r.ja, /\+44 7700 900123/);
});

test('a 0005 number earns credit for what it claims, but a listed one not for a brand it is not registered for', () => {
  const senders = parseSenderRegistry({
    senders: [{ sender: '0005-01-2345', tier: 'registered-business', company: 'ヤマト運輸株式会社', brands: ['yamato'], sources: ['https://example.jp/sms'], verified: '2026-12-01' }],
  });
  assert.ok(senders.ok);
  const engine = createEngine({ ...testData, senders: senders.value });
  // The credit comes once: from the brand check when the message names the brand, else from sender trust.
  const credits = (text: string, from: string) =>
    engine.analyse({ text, from }).reasons.filter((r) => r.code === 'SENDER_REGISTERED' || r.code === 'BRAND_OFFICIAL_SENDER').map((r) => r.code);
  assert.deepEqual(credits('【ヤマト運輸】お荷物のお届け予定です', '0005012345'), ['BRAND_OFFICIAL_SENDER']);
  assert.deepEqual(credits('お荷物のお届け予定です', '0005012345'), ['SENDER_REGISTERED']);
  assert.deepEqual(credits('【三井住友銀行】口座確認', '0005012345'), []);
  // An unlisted 0005 number was still vetted by the carriers before it was issued: its holder speaks for itself.
  assert.deepEqual(credits('お荷物のお届け予定です', '0005012399'), ['SENDER_REGISTERED']);
});
