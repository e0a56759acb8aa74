// Sender trust tiers in the score, as a table: the tier and registered brands a registry would
// give the sender (src/core/sender), the text, and the reason codes the sender-trust check adds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contextOf, testData } from '../test-support.js';
import { createBrandLookups } from '../brands/index.js';
import type { SenderTier } from '../types.js';
import { createSenderTrustCheck } from './sender-trust.js';
import { createAskChannelCheck } from './ask-channel.js';

const lookups = createBrandLookups(testData.brands);
const trust = createSenderTrustCheck(testData.scores.weights, lookups, testData.lures.appStores);
const asks = createAskChannelCheck(testData.scores.weights, lookups, testData.lures.appStores);

function codes(text: string, from: string, tier: SenderTier, brandIds: string[]): string[] {
  const ctx = contextOf(text, from);
  const sender = { ...ctx.sender!, tier, brandIds };
  const withTier = { ...ctx, sender };
  return [...trust(withTier), ...asks(withTier)].map((r) => r.code).sort();
}

const table: [text: string, from: string, tier: SenderTier, brandIds: string[], expected: string[]][] = [
  // A carrier's own short code telling the subscriber the handset may be infected: credited.
  ['【ドコモ】お客様の端末が不正なアプリに感染している可能性があります。アプリを削除してください。', '151', 'carrier', ['docomo'], ['SENDER_CARRIER']],
  // A registered 0005 number speaking for the brand it is registered to: the brand check credits
  // it (BRAND_OFFICIAL_SENDER), so sender trust adds no second credit.
  ['【楽天カード】ご利用確認のお願い。楽天e-NAVIでご確認ください。', '0005123456', 'registered-business', ['rakutencard'], ['ASK_OWN_CHANNEL']],
  // The same number claiming a brand it is not registered to earns nothing.
  ['【三菱UFJ銀行】お客様の口座を一時停止しました。ご確認ください。', '0005123456', 'registered-business', ['rakutencard'], ['ASK_RESOLVE']],
  // Not even a registered sender may ask for a PIN.
  ['【楽天カード】本人確認のため暗証番号を返信してください。', '0005123456', 'registered-business', ['rakutencard'], ['CREDENTIAL_REQUEST']],
  // An alphanumeric ID is neutral by itself: with the brand's own link there is nothing to hold against it…
  ['Amazon: ご注文の商品を発送しました。https://www.amazon.co.jp/gp/css/order-history', 'Amazon', 'alphanumeric', [], ['ASK_OWN_CHANNEL']],
  // …and with a link the brand does not own, the ask is weighed by its channel, not by the ID: domestic
  // aggregators show letters as overseas routes do, so the route is unknown, not abroad…
  ['Amazon: お支払い方法に問題があります。更新してください https://amazon-pay-update.top/', 'Amazon', 'alphanumeric', [], ['ASK_RESOLVE']],
  // …while a number abroad claiming the brand and asking through a channel it does not own counts against it.
  ['Amazon: お支払い方法に問題があります。更新してください https://amazon-pay-update.top/', '+447700900123', 'overseas', [], ['ASK_RESOLVE', 'SENDER_OVERSEAS_ASK']],
];

for (const [text, from, tier, brandIds, expected] of table) {
  test(`sender trust (${tier}): ${text.slice(0, 30)}`, () => {
    assert.deepEqual(codes(text, from, tier, brandIds), expected);
  });
}
