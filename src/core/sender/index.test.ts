import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifySender, parsePhoneNumber } from './index.js';

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
  ['0990-123-456', 'premium', 'aggregator', '0990123456'],
  ['020-1234-5678', 'pager', 'domestic-handset', '02012345678'],
  ['7726', 'short-code', 'aggregator', '7726'],
  ['244070', 'short-code', 'aggregator', '244070'],
  ['+1 202 555 0100', 'international', 'overseas', '+12025550100'],
  ['+8613812345678', 'international', 'overseas', '+8613812345678'],
  ['010-1-202-555-0100', 'international', 'overseas', '+12025550100'],
  ['SMBC', 'alphanumeric', 'overseas', 'SMBC'],
  ['Amazon', 'alphanumeric', 'overseas', 'Amazon'],
  ['Apple Notifications', 'alphanumeric', 'overseas', 'Apple Notifications'],
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
