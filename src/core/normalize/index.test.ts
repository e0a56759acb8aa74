import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dotSubstituteHint, NFKC_PLAIN, normalizeText } from './index.js';

// [input, expected forUrls, tricks that must be reported]
const table: [string, string, string[]][] = [
  ['ｈｔｔｐｓ：／／ｅｘａｍｐｌｅ．ｃｏｍ', 'https://example.com', ['fullwidth']],
  ['０９０－１２３４－５６７８', '090-1234-5678', ['fullwidth']],
  ['hxxps://mufgug.com', 'https://mufgug.com', ['defanged']],
  ['hxxps://t[.]co/abc', 'https://t.co/abc', ['defanged']],
  ['http[:]//evil(.)example{.}com', 'http://evil.example.com', ['defanged']],
  ['ア\u200bマ\u200dゾ\ufeffン', 'アマゾン', ['zero-width']],
  ['\u202eexample.com', 'example.com', ['bidi']],
  ['https:// evil .com/x', 'https://evil.com/x', ['space-in-url']],
  ['https ://evil.com', 'https://evil.com', ['space-in-url']],
  ['こちら https://bit.ly/3ab\ncd9EF から', 'こちら https://bit.ly/3abcd9EF から', ['space-in-url']],
  ['mufg。com', 'mufg.com', ['dot-substitute']],
  // Spaced dots before abused endings (.lat, .onl) and, after a hyphenated or numbered label, before word-like ones (.live, .app);
  // a date's "6/24." is no host label.
  ['Seizure begins on 6/24. nta-go-puss . lat', 'Seizure begins on 6/24. nta-go-puss.lat', ['space-in-url']],
  ['更新 au-supportai . live', '更新 au-supportai.live', ['space-in-url']],
  ['jp-post24 . app/track', 'jp-post24.app/track', ['space-in-url']],
  // Dots replaced by what filters do not read as dots.
  ['amazon🔴co🔴jp/login', 'amazon.co.jp/login', ['dot-substitute']],
  ['smbc-check・top/a', 'smbc-check.top/a', ['dot-substitute']],
  ['sagawa-exp★xyz', 'sagawa-exp.xyz', ['dot-substitute']],
  ['詳細→ nta〇go〇jp.cfd', '詳細→ nta.go.jp.cfd', ['dot-substitute']],
  ['example ドット com', 'example.com', ['dot-substitute']],
  ['evil[dot]example[dot]com', 'evil.example.com', ['defanged']],
  ['evil(dot)com', 'evil.com', ['defanged']],
  // Schemes typed apart, broken or cut so apps do not make them links.
  ['h t t p s : / / e v i l . c o m / x', 'https://evil.com/x', ['defanged']],
  ['h t t p s : / / evil.com', 'https://evil.com', ['defanged']],
  ['ttps://evil.com/a', 'https://evil.com/a', ['defanged']],
  ['https//evil.com', 'https://evil.com', ['defanged']],
  ['https;//evil.com', 'https://evil.com', ['defanged']],
  ['確認はこちら smbc-check . top/login', '確認はこちら smbc-check.top/login', ['space-in-url']],
  ['visit paypal-secure .com now', 'visit paypal-secure.com now', ['space-in-url']],
  ['受け取り日時はこちらで y a m a t o - r e . c o m / k 2', '受け取り日時はこちらで yamato-re.com/k2', ['space-in-url']],
  ['ご確認を s m b c 1 . t o p', 'ご確認を smbc1.top', ['space-in-url']],
  // Every dot of a host spaced, and 。 with spaces beside it or before a ".help" ending.
  ['mercari .jp-pay .top から口座を再登録', 'mercari.jp-pay.top から口座を再登録', ['space-in-url']],
  ['更新は appleid。apple-jp。help', '更新は appleid.apple-jp.help', ['dot-substitute']],
  ['解除は d-card 。 xyz/ok から', '解除は d-card.xyz/ok から', ['dot-substitute']],
  // The reading ドット in brackets, as (dot) is written; letter by letter too; spaced ・ between every label.
  ['更新:jinji-portalyk(ドット)sbs', '更新: jinji-portalyk.sbs', ['defanged']],
  ['確認 myjcb（ドット）kakunin【ドット】top', '確認 myjcb.kakunin.top', ['defanged']],
  ['amazon (ドット) co (ドット) jp', 'amazon.co.jp', ['defanged']],
  ['資格確認 m y n a - h o k e n (ドット) t o p', '資格確認 myna-hoken.top', ['defanged']],
  ['amazon ・ co ・ jp', 'amazon.co.jp', ['dot-substitute']],
  ['example\u2024com\u2215login', 'example.com/login', ['lookalike-punctuation']],
];

for (const [input, forUrls, tricks] of table) {
  test(`normalises ${JSON.stringify(input)}`, () => {
    const n = normalizeText(input);
    assert.equal(n.original, input, 'the original is kept for display');
    assert.equal(n.forUrls, forUrls);
    for (const t of tricks) assert.ok(n.tricks.includes(t as never), `reports ${t}: ${n.tricks.join(',')}`);
  });
}

test('ordinary text passes untouched and reports no trick', () => {
  for (const s of ['また明日ね。駅前で18:30に', 'See you at 5. OK?', 'https://x.com\nThanks!', 'OK。co-opで買った', '本当です。com', '明日・明後日', 'よろしく🙏ありがとう', 'https://example.com/', 'ok . me too', 'I am at home. Come over', 'Done . Thanks', 'A . B . C', 'U . S . A . trip', 'p . s . see you', 'Thank you 。 to be continued', 'iPhone 。 me too', '明日はOK 。 また連絡する', 'Sorry . me . too late', 'ヨドバシ(ドット)コム', 'abc(ドット)def です', '明日 ・ 明後日 ・ jp']) {
    const n = normalizeText(s);
    assert.equal(n.forUrls, n.text);
    assert.deepEqual(n.tricks, []);
  }
});

test('lower is the lower-cased text', () => {
  assert.equal(normalizeText('SoftBank ＡＢＣ').lower, 'softbank abc');
});

test('symbols or stray marks put between every pair of Japanese characters are taken out of the reading view', () => {
  assert.equal(normalizeText('お*客~様が不#在の為').text, 'お客様が不在の為');
  assert.equal(normalizeText('お\u0749届\u0749け\u0749に').text, 'お届けに');
  assert.ok(normalizeText('お*客~様が不#在の為').tricks.includes('filler'));
  // Once in a while prose puts a symbol there: left alone.
  assert.equal(normalizeText('営業日は月～金です').text, '営業日は月~金です');
});

test('a colon after a Japanese label is not part of the link after it', () => {
  assert.equal(normalizeText('受取手続き：example-parcel。top').forUrls, '受取手続き: example-parcel.top');
  assert.equal(normalizeText('TEL:03-1234-5678').forUrls, 'TEL:03-1234-5678');
});

test('text the fast path passes by is its own NFKC form, alone and beside any other character of it', () => {
  const plain: string[] = [];
  for (let c = 0; c < 0x10000; c++) if (NFKC_PLAIN.test(String.fromCharCode(c))) plain.push(String.fromCharCode(c));
  for (const c of plain) assert.equal(c.normalize('NFKC'), c, `U+${c.charCodeAt(0).toString(16)}`);
  // Composition joins a character with the next: every pair of the non-ideographs, and each ideograph beside a kana.
  const small = plain.filter((c) => c < '\u4e00');
  for (const a of small) for (const b of small) assert.ok((a + b).normalize('NFKC') === a + b, `U+${a.charCodeAt(0).toString(16)} U+${b.charCodeAt(0).toString(16)}`);
  for (const c of plain) if (c >= '\u4e00') assert.ok((c + 'か').normalize('NFKC') === c + 'か' && ('か' + c).normalize('NFKC') === 'か' + c);
});

test('in text the fast path passes by, only A-Z have a lower case, so such text without them is its own lower case', () => {
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    if (NFKC_PLAIN.test(ch) && !/[A-Z]/.test(ch)) assert.equal(ch.toLowerCase(), ch, `U+${c.toString(16)}`);
  }
  const n = normalizeText('【三井住友銀行】お客様の口座を一時停止しました。https://Example.com/A');
  assert.equal(n.lower, n.text.toLowerCase());
  assert.equal(normalizeText('お荷物のお届けにあがりましたが不在の為持ち帰りました。').lower, 'お荷物のお届けにあがりましたが不在の為持ち帰りました。');
});

test('plain text is marked so: no diacritic to fold, no case but A-Z', () => {
  assert.equal(normalizeText('【三井住友銀行】お客様の口座を一時停止しました。https://example.com').plain, true);
  assert.equal(normalizeText('Tài khoản của bạn bị khóa').plain, false);
  assert.equal(normalizeText('ＡＭＡＺＯＮ').plain, false);
});

test('plain Japanese text comes out as NFKC would make it', () => {
  for (const s of ['【三井住友銀行】お客様の口座を一時停止しました。https://example.com/a', '※ご確認ください〜■', 'ガ゙']) {
    assert.equal(normalizeText(s).text, s.normalize('NFKC'));
  }
});

test('the one-pass scan marks as plain exactly what NFKC_PLAIN admits', () => {
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    assert.equal(normalizeText(`a${ch}あ`).plain, NFKC_PLAIN.test(`a${ch}あ`), `U+${c.toString(16)}`);
  }
});

test('the dot-substitute hint finds what its regex finds', () => {
  const HINT = /[a-z0-9-](?:[\u0080-\uffff]{1,3}|\s*(?:ドット|どっと)\s*|\s+[。・]\s*|[。・]\s+)[a-z]/i;
  const parts = ['a', 'Z', '0', '-', '.', ' ', '\u3000', '。', '・', '🔴', '\ufe0f', 'ド', 'ット', 'ドット', 'どっと', 'か', 'x'];
  // A fixed linear congruential sequence: the same strings every run.
  let seed = 12345;
  const next = (n: number): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n;
  for (let k = 0; k < 20000; k++) {
    let s = '';
    for (let len = 1 + next(8); len > 0; len--) s += parts[next(parts.length)];
    assert.equal(dotSubstituteHint(s), HINT.test(s), JSON.stringify(s));
  }
});

test('prose with a spaced dot before a word-like ending stays prose', () => {
  for (const t of ['take care . live the dream', 'I was at the store . app is down', 'Meet at gate-3 . today ok?']) {
    assert.equal(normalizeText(t).forUrls, t, t);
  }
});
