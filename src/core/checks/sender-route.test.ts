import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createBrandLookups } from '../brands/check.js';
import { contextOf, testData } from '../test-support.js';
import { createSenderRouteCheck } from './sender-route.js';

const check = createSenderRouteCheck(testData.scores.weights, createBrandLookups(testData.brands));
const codes = (text: string, from: string) => check(contextOf(text, from)).map((r) => r.code).sort();

const table: [string, string, string[]][] = [
  ['090-1234-5678', 'お荷物をお届けに上がりましたが不在の為持ち帰りました。https://x7kq2.duckdns.org/', ['SENDER_MOBILE_WITH_LINK']],
  ['+81 90 1234 5678', '不在通知です。確認はこちら https://example.com/a', ['SENDER_MOBILE_WITH_LINK']],
  ['090-1234-5678', '今日の夕飯どうする？', []],
  ['+1 202 555 0100', 'Your code is 123456', ['SENDER_INTERNATIONAL']],
  ['010-1-202-555-0100', 'Your code is 123456', ['SENDER_INTERNATIONAL']],
  ['+1 202 555 0100', '【三井住友銀行】お客様の口座を一時停止しました。https://smbc-check.top/', ['SENDER_INTERNATIONAL_BRAND']],
  ['Promo', 'Hello there', ['SENDER_ALPHANUMERIC_UNREGISTERED']],
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
