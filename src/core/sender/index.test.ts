import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testData } from '../test-support.js';
import { classifySender, createSenderClassifier, parsePhoneNumber, parseSenderRegistry } from './index.js';

// sender as shown → [kind, route, normalised]
const table: [string, string, string, string][] = [
  ['090-1234-5678', 'mobile', 'domestic-handset', '09012345678'],
  ['08012345678', 'mobile', 'domestic-handset', '08012345678'],
  ['０７０－１２３４－５６７８', 'mobile', 'domestic-handset', '07012345678'],
  ['+81 90 1234 5678', 'mobile', 'domestic-handset', '09012345678'],
  ['+81-3-1234-5678', 'fixed', 'aggregator', '0312345678'],
  ['060-1234-5678', 'mobile', 'domestic-handset', '06012345678'],
  ['050-3199-1197', 'ip-phone', 'aggregator', '05031991197'],
  ['03-1234-5678', 'fixed', 'aggregator', '0312345678'],
  ['(06) 6445-3474', 'fixed', 'aggregator', '0664453474'],
  ['0120-936-795', 'toll-free', 'aggregator', '0120936795'],
  ['0800-123-4567', 'toll-free', 'aggregator', '08001234567'],
  ['0570-066-691', 'navi-dial', 'aggregator', '0570066691'],
  ['0005-01-1234', 'carrier-common', 'aggregator', '0005011234'],
  ['00050000', 'carrier-common', 'aggregator', '00050000'],
  ['000512345678', 'carrier-common', 'aggregator', '000512345678'],
  ['0005123456789', 'unknown', 'unknown', '0005123456789'],
  ['0990-123-456', 'premium', 'aggregator', '0990123456'],
  ['020-1234-5678', 'pager', 'domestic-handset', '02012345678'],
  ['7726', 'short-code', 'aggregator', '7726'],
  ['244070', 'short-code', 'aggregator', '244070'],
  ['+1 202 555 0100', 'international', 'overseas', '+12025550100'],
  ['+8613812345678', 'international', 'overseas', '+8613812345678'],
  ['010-1-202-555-0100', 'international', 'overseas', '+12025550100'],
  // Letters are shown by domestic aggregators and overseas routes alike.
  ['SMBC', 'alphanumeric', 'unknown', 'SMBC'],
  ['Amazon', 'alphanumeric', 'unknown', 'Amazon'],
  ['Apple Notifications', 'alphanumeric', 'unknown', 'Apple Notifications'],
  // A display name in Japanese letters is a sender ID too, not a number a brand does not use.
  ['住信SBIネット銀行', 'alphanumeric', 'unknown', '住信SBIネット銀行'],
  ['マイナポータル', 'alphanumeric', 'unknown', 'マイナポータル'],
];

for (const [raw, kind, route, normalized] of table) {
  test(`classifies ${raw} as ${kind}`, () => {
    const s = classifySender(raw);
    assert.equal(s.kind, kind);
    assert.equal(s.route, route);
    assert.equal(s.normalized, normalized);
    assert.equal(s.raw, raw);
  });
}

test('parsePhoneNumber reads what a reporter types and refuses what is not a number', () => {
  assert.equal(parsePhoneNumber('090-1234-5678')?.normalized, '09012345678');
  assert.equal(parsePhoneNumber('０９０１２３４５６７８')?.kind, 'mobile');
  assert.equal(parsePhoneNumber('+81 90 1234 5678')?.e164, '+819012345678');
  for (const bad of ['不明', 'unknown', '', '12', 'https://x.com', '090-1234-5678 です', '1234567890123456789']) {
    assert.equal(parsePhoneNumber(bad), null, bad);
  }
});

// The shipped registry (data/senders.json + brands' officialSenders): sender → [tier, brand ids]
const classify = createSenderClassifier(testData.senders, testData.brands.brands);
const tiers: [string, string, string[]][] = [
  ['157', 'carrier', ['au', 'softbank']],
  ['151', 'carrier', ['softbank']],
  ['NTTDOCOMO', 'registered-business', ['docomo']],
  ['NTT DOCOMO', 'registered-business', ['docomo']],
  ['docomo-info', 'alphanumeric', []],
  ['Apple Notifications', 'registered-business', ['apple']],
  ['0120-050-929', 'registered-business', ['smbc']],
  ['0005-12-3456', 'business-number', []],
  ['0120-123-456', 'business-number', []],
  ['SMBC', 'alphanumeric', []],
  ['Info', 'alphanumeric', []],
  ['090-1234-5678', 'domestic-mobile', []],
  // A listed handset number keeps its tier: the listing names the brand, the number still is a handset.
  ['080-2180-5511', 'domestic-mobile', ['apple']],
  ['+1 202 555 0100', 'overseas', []],
  ['7726', 'business-number', []],
];
for (const [raw, tier, brands] of tiers) {
  test(`sender tier: ${raw} is ${tier}${brands.length ? ` for ${brands.join(', ')}` : ''}`, () => {
    const s = classify(raw);
    assert.equal(s.tier, tier);
    assert.deepEqual([...s.brandIds].sort(), brands);
  });
}

test('a listed 0005 number is a registered business for its brands; unlisted ones are only business numbers', () => {
  const registry = parseSenderRegistry({
    senders: [{ sender: '0005-01-2345', tier: 'registered-business', company: 'X株式会社', brands: ['yamato'], sources: ['https://example.jp/sms'], verified: '2026-12-01' }],
  }, new Set(['yamato']));
  assert.ok(registry.ok);
  const c = createSenderClassifier(registry.value);
  assert.equal(c('000501 2345').tier, 'registered-business');
  assert.deepEqual(c('0005012345').brandIds, ['yamato']);
  assert.equal(c('0005012346').tier, 'business-number');
  // Without a registry the classifier is the plain one.
  assert.deepEqual(createSenderClassifier({ senders: [] })('0005012345'), classifySender('0005012345'));
});

test('a sender registry entry without a source, with an unknown brand or a carrier tier on a long number is refused', () => {
  const ok = { sender: '157', tier: 'carrier', company: 'KDDI', brands: ['au'], sources: ['https://example.jp/'], verified: '2026-12-01' };
  const ids = new Set(['au']);
  assert.equal(parseSenderRegistry({ senders: [ok] }, ids).ok, true);
  assert.equal(parseSenderRegistry({ senders: [{ ...ok, sources: [] }] }, ids).ok, false);
  assert.equal(parseSenderRegistry({ senders: [{ ...ok, sources: ['a blog'] }] }, ids).ok, false);
  assert.equal(parseSenderRegistry({ senders: [{ ...ok, brands: ['nobody'] }] }, ids).ok, false);
  assert.equal(parseSenderRegistry({ senders: [{ ...ok, sender: '0005012345' }] }, ids).ok, false);
  assert.equal(parseSenderRegistry({ senders: [{ ...ok, sender: '00051' , tier: 'registered-business' }] }, ids).ok, false);
  assert.equal(parseSenderRegistry({ senders: [ok, ok] }, ids).ok, false);
  assert.equal(parseSenderRegistry({ senders: [{ ...ok, verified: 'last week' }] }, ids).ok, false);
});
