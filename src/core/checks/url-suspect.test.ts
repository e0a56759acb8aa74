import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contextOf, testData } from '../test-support.js';
import { createUrlSuspectCheck, looksRandom } from './url-suspect.js';

const check = createUrlSuspectCheck(testData.urlRisk, testData.scores.weights);
const codes = (text: string) => check(contextOf(text)).map((r) => r.code).sort();

const table: [string, string[]][] = [
  ['https://bit.ly/3abc', ['URL_SHORTENER']],
  ['http://192.168.10.5/nta', ['URL_IP_HOST']],
  ['https://アマゾン.com/login', ['URL_IDN']],
  ['http://www.mufg.jp@evil.example/', ['URL_USERINFO']],
  ['hxxps://evil[.]example/login', ['URL_OBFUSCATED']],
  ['https://rakuten-point.top/login', ['URL_SUSPICIOUS_TLD']],
  ['https://x.duckdns.org/a', ['URL_DYNAMIC_DNS', 'URL_RANDOM_HOST'].filter((c) => c !== 'URL_RANDOM_HOST')],
  ['amazon-prime-update.com', ['URL_NO_SCHEME']],
  ['https://muf[redacted].com', ['URL_REDACTED']],
  ['https://xkcdqwrtzp.com/', ['URL_RANDOM_HOST']],
  ['https://www.google.com/maps', []],
];

for (const [text, expected] of table) {
  test(`url check: ${text}`, () => assert.deepEqual(codes(text), [...expected].sort()));
}

test('five links with one trick make one reason that lists them', () => {
  const reasons = check(contextOf('https://bit.ly/a https://bit.ly/b https://t.co/c https://cutt.ly/d https://rb.gy/e'));
  assert.equal(reasons.length, 1);
  assert.deepEqual(reasons[0]!.detail?.hosts, ['bit.ly', 't.co', 'cutt.ly', 'rb.gy']);
});

test('machine-made host labels are told from words', () => {
  assert.equal(looksRandom('xkcdqwrtzp'), true);
  assert.equal(looksRandom('a8k3m2q9'), true);
  assert.equal(looksRandom('rakuten'), false);
  assert.equal(looksRandom('sagawa-exp'), false);
});
