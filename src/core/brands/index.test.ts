import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contextOf, testData } from '../test-support.js';
import { createBrandCheck, parseBrandRegistry } from './index.js';

const check = createBrandCheck(testData.brands, testData.scores.weights);
const codes = (text: string, from?: string) => check(contextOf(text, from)).map((r) => r.code).sort();

test('the registry covers at least 60 brands, each with sources, and every brand named in the shared data', () => {
  assert.ok(testData.brands.brands.length >= 60);
  for (const b of testData.brands.brands) assert.ok(b.sources.length > 0, b.id);
  const named = ['三菱UFJ銀行', '国税庁', 'ソフトバンク', 'NTTドコモ', 'Apple', 'd払い', 'KDDI', 'ヤマト運輸', 'NTTファイナンス', '三井住友銀行', '日本郵便', '東京電力',
    'dカード', '東京都水道局', 'JCB', '三井住友カード', '東京都主税局', '総務省', '佐川急便', '楽天カード', 'メルカリ', 'みずほ銀行', 'Google', '三井住友信託銀行', 'エポスカード',
    'アイフル', '静岡銀行', 'auじぶん銀行', '警察庁', 'りそな銀行', '楽天市場', 'セディナ', 'PayPay', 'Amazon', 'au'];
  for (const name of named) {
    const found = contextOf(`【${name}】お知らせ`).brands;
    assert.ok(found.length > 0, `${name} is recognised`);
  }
});

// text, sender → reason codes
const table: [string, string | undefined, string[]][] = [
  ['【三菱UFJ銀行】お客様の口座を確認してください https://mufg-check.top/', undefined, ['BRAND_CLAIMED', 'BRAND_LOOKALIKE_DOMAIN', 'BRAND_UNOFFICIAL_DOMAIN']],
  ['確認はこちら hxxps://mufgug.com', undefined, ['BRAND_LOOKALIKE_DOMAIN']],
  ['【楽天カード】ご利用確認 https://www.rakuten-card.co.jp/e-navi/', '0570666910', ['BRAND_CLAIMED', 'BRAND_OFFICIAL_DOMAIN', 'BRAND_OFFICIAL_SENDER']],
  ['【三井住友銀行】口座を確認してください', '09012345678', ['BRAND_CLAIMED', 'BRAND_UNOFFICIAL_SENDER']],
  ['【三菱UFJ銀行】取引を規制しています https://muf[redacted].com', undefined, ['BRAND_CLAIMED', 'BRAND_UNOFFICIAL_DOMAIN']],
  ['【三井住友カード】ご利用確認にご協力をお願いいたします https://~', undefined, ['BRAND_CLAIMED']],
  ['【dカード】ご利用確認 https://s.vpass.jp/?id=○○○○', undefined, ['BRAND_CLAIMED', 'BRAND_OFFICIAL_DOMAIN']],
  ['ヤマト運輸の配達員です。14時頃伺います', '08012345678', ['BRAND_CLAIMED']],
  ['会議資料 https://docs.google.com/document/d/1', '08012345678', []],
  ['see http://www.mufg.jp@evil.example/', undefined, ['BRAND_LOOKALIKE_DOMAIN']],
  ['because I said so, au revoir', undefined, []],
  ['【au】重要なお知らせ', undefined, ['BRAND_CLAIMED']],
  ['This line is busy, call me later', undefined, []],
];

for (const [text, from, expected] of table) {
  test(`brand check: ${text.slice(0, 40)} (${from ?? 'no sender'})`, () => {
    assert.deepEqual(codes(text, from), [...expected].sort());
  });
}

test('a look-alike reason names the brand and the official domains', () => {
  const r = check(contextOf('hxxps://mufgug.com')).find((x) => x.code === 'BRAND_LOOKALIKE_DOMAIN')!;
  assert.equal(r.detail?.brand, 'mufg');
  assert.match(r.ja, /三菱UFJ銀行/);
  assert.match(r.en, /mufg\.jp/);
});

test('a registry without sources or with a bad domain is refused', () => {
  const brand = { id: 'x', name: 'X', nameEn: 'X', category: 'bank', variants: ['X銀行'], officialDomains: ['x.co.jp'], officialSenders: [], sources: ['https://x.co.jp/'] };
  assert.equal(parseBrandRegistry({ brands: [brand] }).ok, true);
  assert.equal(parseBrandRegistry({ brands: [{ ...brand, sources: [] }] }).ok, false);
  assert.equal(parseBrandRegistry({ brands: [{ ...brand, officialDomains: ['https://x.co.jp'] }] }).ok, false);
  assert.equal(parseBrandRegistry({ brands: [brand, brand] }).ok, false);
});
