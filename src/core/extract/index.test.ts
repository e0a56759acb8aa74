import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeText } from '../normalize/index.js';
import { createExtractor, parseShorteners } from './index.js';

const shorteners = parseShorteners(JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', '..', 'data', 'shorteners.json'), 'utf8')));
assert.ok(shorteners.ok);
const extract = createExtractor({ shorteners: shorteners.value });
const run = (s: string) => extract(normalizeText(s));

type UrlRow = [text: string, expect: { host: string; domain: string | null; redacted?: boolean; shortener?: boolean; ip?: boolean; idn?: boolean; scheme?: boolean; userinfo?: string }[]];

const urlTable: UrlRow[] = [
  ['【重要】三菱UFJ銀行お知らせ。hxxps://mufgug.com', [{ host: 'mufgug.com', domain: 'mufgug.com' }]],
  ['必ずご確認ください。https://muf[redacted].com', [{ host: 'muf[redacted].com', domain: null, redacted: true }]],
  ['確認のお願い。https://rb.gy/[redacted]', [{ host: 'rb.gy', domain: 'rb.gy', redacted: true, shortener: true }]],
  ['本人認証設定をお願いします。http://www.epos-[redacted].com', [{ host: 'www.epos-[redacted].com', domain: null, redacted: true }]],
  ['こちらにてご確認ください 1kr[redacted].com?us9ia', [{ host: '1kr[redacted].com', domain: null, redacted: true, scheme: false }]],
  ['お支払いのお願い。http://fhwmt.[redacted].xyz', [{ host: 'fhwmt.[redacted].xyz', domain: null, redacted: true }]],
  ['詳細:https://~', [{ host: '', domain: null, redacted: true }]],
  ['ご確認ください。 <URL>', [{ host: '', domain: null, redacted: true }]],
  ['詳細:https://bit.ly/○○○', [{ host: 'bit.ly', domain: 'bit.ly', redacted: true, shortener: true }]],
  ['ご確認ください。https://x-amazon.top/abcこちらから', [{ host: 'x-amazon.top', domain: 'x-amazon.top' }]],
  ['ｈｔｔｐｓ：／／ｓａｇａｗａ－ｅｘｐ．ｃｏｍ．ｘｙｚ お荷物', [{ host: 'sagawa-exp.com.xyz', domain: 'com.xyz' }]],
  ['hxxps://t[.]co/abc', [{ host: 't.co', domain: 't.co', shortener: true }]],
  ['http://192.168.10.5/nta', [{ host: '192.168.10.5', domain: null, ip: true }]],
  ['http://www.mufg.jp@evil.example.com/login', [{ host: 'evil.example.com', domain: 'example.com', userinfo: 'www.mufg.jp' }]],
  ['https://アマゾン.com/login ログイン', [{ host: 'xn--cckwcxetd.com', domain: 'xn--cckwcxetd.com', idn: true }]],
  ['http://xn--80ak6aa92e.com/', [{ host: 'xn--80ak6aa92e.com', domain: 'xn--80ak6aa92e.com', idn: true }]],
  ['x.duckdns.org/login です', [{ host: 'x.duckdns.org', domain: 'x.duckdns.org', scheme: false }]],
  ['ログインは 45.12.7.200/login から', [{ host: '45.12.7.200', domain: null, ip: true, scheme: false }]],
  ['https://****.short.gy/****', [{ host: '****.short.gy', domain: 'short.gy', redacted: true, shortener: true }]],
  // Links rebuilt from dot substitutes, spaced and cut schemes.
  ['お荷物の確認はamazon-co-jp🔴top/loginから', [{ host: 'amazon-co-jp.top', domain: 'amazon-co-jp.top', scheme: false }]],
  ['ご確認ください h t t p s : / / s m b c - a . x y z / l', [{ host: 'smbc-a.xyz', domain: 'smbc-a.xyz' }]],
  ['確認はこちら ttps://sagawa-exp.cc/x です', [{ host: 'sagawa-exp.cc', domain: 'sagawa-exp.cc' }]],
  ['詳細 ｈｔｔｐｓ：／／ｍｕｆｇ－ｊｐ。ｔｏｐ', [{ host: 'mufg-jp.top', domain: 'mufg-jp.top' }]],
  ['アクセス: kuroneko-yamato[.]icu', [{ host: 'kuroneko-yamato.icu', domain: 'kuroneko-yamato.icu', scheme: false }]],
  // A label or a price glued to a bare link by a colon: the colon ends the label, not a scheme.
  ['不在のため持ち帰りました。URL:yamato-kx.top/abc', [{ host: 'yamato-kx.top', domain: 'yamato-kx.top', scheme: false }]],
  ['再配送費¥330:japanpost-re.top/r/1', [{ host: 'japanpost-re.top', domain: 'japanpost-re.top', scheme: false }]],
  ['詳細:203.0.113.7/login', [{ host: '203.0.113.7', domain: null, ip: true, scheme: false }]],
];

for (const [text, expected] of urlTable) {
  test(`extracts URLs from ${JSON.stringify(text).slice(0, 60)}`, () => {
    const { urls } = run(text);
    assert.equal(urls.length, expected.length, JSON.stringify(urls));
    expected.forEach((e, i) => {
      const u = urls[i]!;
      assert.equal(u.host, e.host);
      assert.equal(u.domain, e.domain);
      assert.equal(u.redacted, e.redacted ?? false, 'redacted');
      assert.equal(u.isShortener, e.shortener ?? false, 'shortener');
      assert.equal(u.isIp, e.ip ?? false, 'ip');
      assert.equal(u.isIdn, e.idn ?? false, 'idn');
      if (e.scheme !== undefined) assert.equal(u.hadScheme, e.scheme);
      assert.equal(u.userinfoHost, e.userinfo ?? null);
    });
  });
}

test('prices, dates, times, versions, file names and OTP codes are not URLs or phone numbers', () => {
  for (const s of ['合計1,500円です', '2024/02/26 18:30に', 'v1.2.3 released', 'file.txt を送った', '認証コード: 123456', 'Sorry.i will call later', 'ok...see u', '3.14159', '受付 10:30.5分前', 'Re:1.5倍']) {
    const ind = run(s);
    assert.deepEqual(ind.urls, [], `${s}: ${JSON.stringify(ind.urls)}`);
    assert.deepEqual(ind.phones, [], `${s}: ${JSON.stringify(ind.phones)}`);
  }
});

test('phone numbers in text, including masked ones, and not the digits inside links', () => {
  const a = run('本日中に03-1234-5678 NTTファイナンスお客様サポートセンター迄ご連絡下さい。');
  assert.deepEqual(a.phones.map((p) => [p.normalized, p.kind]), [['0312345678', 'fixed']]);
  const b = run('至急御連絡下さい。050********。');
  assert.deepEqual(b.phones.map((p) => p.kind), ['ip-phone']);
  const c = run('本日中に XX-XXXX-XXXX 迄ご連絡下さい。');
  assert.equal(c.phones.length, 1);
  const d = run('https://example.com/09012345678 を見て');
  assert.deepEqual(d.phones, []);
  const e = run('お電話は０１２０－１２３－４５６まで、または+1 202 555 0100');
  assert.deepEqual(e.phones.map((p) => p.kind), ['toll-free', 'international']);
});

// What a dialable number is (E.123, the Japanese numbering plan), however it is written; and what
// is not one, however much it looks like digits in groups.
const phoneTable: [text: string, expect: [normalized: string, kind: string][]][] = [
  ['お問い合わせ (03) 1234-5678 まで', [['0312345678', 'fixed']]],
  ['電話 03(1234)5678', [['0312345678', 'fixed']]],
  ['（０１２０）１２３－４５６へお電話を', [['0120123456', 'toll-free']]],
  ['050.1234.5678 までご連絡ください', [['05012345678', 'ip-phone']]],
  ['本日中に 0 1 2 0-123-456 までご連絡ください', [['0120123456', 'toll-free']]],
  ['〇九〇ー一二三四ー五六七八までお電話ください', [['09012345678', 'mobile']]],
  ['ご連絡は090-1234-\n5678まで', [['09012345678', 'mobile']]],
  ['ご連絡は 090-1234\n-5678 まで', [['09012345678', 'mobile']]],
  ['至急 03-1234\n5678 までお電話を', [['0312345678', 'fixed']]],
  ['तुरुन्त ०५०-३९१८-२२६५ मा फोन गर्नुहोस्', [['05039182265', 'ip-phone']]],
  ['＋８１ (0)90-1234-5678 へ', [['09012345678', 'mobile']]],
  ['Call +1 (202) 555-0143 now', [['+12025550143', 'international']]],
  ['受付 12/05 090-1234-5678 佐藤', [['09012345678', 'mobile']]],
  ['電話番号は 090 - 1234 - 5678 です', [['09012345678', 'mobile']]],
  ['(+1) 202 555 0143 までお電話を', [['+12025550143', 'international']]],
  // Lure writers invent numbers the plan does not have: written as a phone number, still one.
  ['サポート窓口 (0101) 2274-8816', [['010122748816', 'unknown']]],
  ['電話番号 0101-2274-8816 へ', [['010122748816', 'unknown']]],
  // Not numbers: dates, times, order and tracking numbers, postcodes, prices, counted lists.
  ['注文番号 0123-4567-8901', []],
  ['伝票番号 0123 4567 8901 をお伝えください', []],
  ['2026-0312-3456 に更新', []],
  ['期間 05.12.2026 から', []],
  ['受付時間 0900-1800', []],
  ['〒060-0001 札幌市', []],
  ['合計 10,000円 2026/12/05 10:00', []],
  ['一二三四五六七八九十', []],
  ['会員番号 1234-5678\n9012 です', []],
  ['दिनको ३०,००० येन', []],
];

for (const [text, expect] of phoneTable) {
  test(`phone: ${text.replace(/\n/g, '⏎')}`, () => {
    assert.deepEqual(run(text).phones.map((p) => [p.normalized, p.kind]), expect);
  });
}

test('a UK premium number in a British-priced English text is not a Japanese mobile; the same digits elsewhere are', () => {
  assert.deepEqual(run('Call 09061743806 now to claim your prize! 150p/min').phones.map((p) => [p.kind, p.country]), [['premium', 'GB']]);
  assert.deepEqual(run('To stop, Customer Care 08718726270 £1.50').phones.map((p) => [p.kind, p.country]), [['premium', 'GB']]);
  assert.deepEqual(run('Call me on 09061743806 when you land').phones.map((p) => p.kind), ['mobile']);
  assert.deepEqual(run('09061743806に電話して、150円かかるけど').phones.map((p) => p.kind), ['mobile']);
  assert.equal(run('本日中に06-××××-×××× サポートセンター迄ご連絡ください').phones.length, 1);
});

test("China's 400/800 service numbers after a phone word are lines abroad; the same digits as a reference are not", () => {
  const [p] = run('请致电客服 400-660-8127 办理改签').phones;
  assert.equal(p?.normalized, '+864006608127');
  assert.equal(p?.kind, 'international');
  assert.equal(run('客服热线:400 660 8127').phones[0]?.normalized, '+864006608127');
  assert.deepEqual(run('注文番号 400-660-8127 を発送しました').phones, []);
  assert.deepEqual(run('Order 800-123-4567 shipped').phones, []);
  assert.deepEqual(run('Call 800-555-0143 today').phones, []);
});

test('e-mail addresses are extracted; host@ tricks are not addresses', () => {
  assert.deepEqual(run('support@evil-bank.com へ返信').emails, ['support@evil-bank.com']);
  assert.deepEqual(run('http://www.mufg.jp@evil.example.com/').emails, []);
});

test('domains are deduplicated registrable domains in order', () => {
  assert.deepEqual(run('https://a.example.com/1 https://b.example.com/2 https://bit.ly/x').domains, ['example.com', 'bit.ly']);
});

test('work per message is capped', () => {
  const many = Array.from({ length: 100 }, (_, i) => `https://h${i}.example.com`).join(' ');
  assert.equal(run(many).urls.length, 20);
});
