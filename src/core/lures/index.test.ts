import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contextOf, testData } from '../test-support.js';
import { createBrandLookups } from '../brands/index.js';
import { createLureCheck, parseLureData } from './index.js';

const check = createLureCheck(testData.lures, testData.scores.weights, createBrandLookups(testData.brands));
const codes = (text: string, from?: string) => check(contextOf(text, from)).map((r) => r.code).sort();

// text, sender → reason codes (a verdict table, Rspamd style)
const table: [string, string | undefined, string[]][] = [
  ['お客様宛にお荷物のお届けにあがりましたが不在の為持ち帰りました。', undefined, ['LURE']],
  ['【三菱UFJ銀行】お客様の口座取引を一時的に規制しています。必ずご確認ください。', undefined, ['BRAND_LURE', 'LURE', 'PRESSURE']],
  // Asks (call backs, secrets) are weighed by src/core/checks/ask-channel, not here.
  ['ご利用料金の確認が取れておりません。本日中に 03-1234-5678 迄ご連絡下さい。', undefined, ['LURE', 'PRESSURE']],
  ['【さくら歯科】明日15時のご予約です。ご変更の際はお電話ください。03-5555-1234', undefined, []],
  ['暗証番号とカード番号を入力してください', undefined, []],
  ['【NTTドコモ】認証コードは482913です。このコードを他人に教えないでください。', 'NTTDOCOMO', ['OTP_MESSAGE']],
  ['お荷物お受け取りで本人確認のため、受信した確認コードを送信してください。', undefined, ['LURE']],
  // A warning: its lure words are reported, not its own (SCAM_REPORTED comes from the ask-channel check).
  ['三井住友銀行を装った詐欺SMSにご注意ください。当行がSMSで暗証番号の入力を求めることはありません。', '0120050929', []],
  ['詐欺SMSにご注意ください。こちらで確認 https://check-scam.top/', undefined, []],
  ['【ドコモからのお知らせ】お客様の端末が不正なアプリに感染している可能性があります。https://www.docomo.ne.jp/info/', 'NTTDOCOMO', ['CARRIER_INFECTION_NOTICE']],
  ['お客様の端末がウイルスに感染している可能性があります https://docomo-security.top/', '09012345678', []],
  ['Congratulations! You have won a prize. Claim your reward now', undefined, ['LURE']],
  ['URGENT! You have won a prize. Claim it within 24 hours', undefined, ['LURE', 'PRESSURE']],
];

for (const [text, from, expected] of table) {
  test(`lure check: ${text.slice(0, 40)}`, () => {
    assert.deepEqual(codes(text, from), [...expected].sort());
  });
}

test('more phrases of one template weigh more, up to a cap', () => {
  const one = check(contextOf('お荷物情報をご確認')).find((r) => r.code === 'LURE')!;
  const many = check(contextOf('ご不在の為お荷物を持ち帰りました。再配達はこちら。宛先不明')).find((r) => r.code === 'LURE')!;
  assert.ok(many.weight > one.weight);
  assert.ok(many.weight <= testData.scores.weights.LURE * 1.9);
});

test('lure data must be NFKC lower case and keep the benign categories', () => {
  assert.equal(parseLureData({ categories: [{ id: 'x', kind: 'lure', en: 'x', ja: 'x', cues: ['Upper'], sources: ['s'] }] }).ok, false);
  assert.equal(parseLureData({ categories: [{ id: 'x', kind: 'lure', en: 'x', ja: 'x', cues: ['tài khoản'], sources: ['s'] }] }).ok, false, 'cues are stored without diacritics');
  assert.match((parseLureData({ categories: [{ id: 'x', kind: 'lure', en: 'x', ja: 'x', cues: ['ab'] }] }) as { error: string }).error, /sources/);
  assert.match((parseLureData({ categories: [{ id: 'x', kind: 'lure', en: 'x', ja: 'x', cues: ['ab'], sources: ['s'] }] }) as { error: string }).error, /otp/);
});

test('one-character cues are refused (they would take the matcher off its fast path)', () => {
  assert.match((parseLureData({ categories: [{ id: 'x', kind: 'lure', en: 'x', ja: 'x', cues: ['笑'], sources: ['s'] }] }) as { error: string }).error, /2\+ characters/);
});
