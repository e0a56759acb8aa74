import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createBrandLookups } from '../brands/check.js';
import { contextOf, testData } from '../test-support.js';
import { createUrlSuspectCheck, looksRandom, parseUrlRiskData } from './url-suspect.js';

const check = createUrlSuspectCheck(testData.urlRisk, testData.scores.weights, createBrandLookups(testData.brands));
const codes = (text: string, from?: string) => check(contextOf(text, from)).map((r) => r.code).sort();

const table: [string, string[]][] = [
  ['https://bit.ly/3abc', ['URL_SHORTENER']],
  ['http://192.168.10.5/nta', ['URL_IP_HOST']],
  ['https://アマゾン.com/login', ['URL_IDN']],
  ['http://www.mufg.jp@evil.example/', ['URL_USERINFO']],
  ['hxxps://evil[.]example/login', ['URL_OBFUSCATED']],
  ['https://rakuten-point.top/login', ['URL_SUSPICIOUS_TLD']],
  ['https://x.duckdns.org/a', ['URL_DYNAMIC_DNS', 'URL_RANDOM_HOST'].filter((c) => c !== 'URL_RANDOM_HOST')],
  // Dynu's and No-IP's free dynamic-DNS domains (data/url-risk.json dynamicDns).
  ['http://rusuden-play.accesscam.org', ['URL_DYNAMIC_DNS']],
  ['http://ymt-henko.giize.com', ['URL_DYNAMIC_DNS']],
  // 'update' is koushin's English twin (data/url-risk.json actionWords): a host named for what it asks.
  ['amazon-prime-update.com', ['URL_ACTION_NAME', 'URL_NO_SCHEME']],
  ['https://muf[redacted].com', ['URL_REDACTED']],
  ['https://xkcdqwrtzp.com/', ['URL_RANDOM_HOST']],
  ['https://www.google.com/maps', []],
  // A registered name made of an instruction; words inside other words (checkers, blogin) are not one.
  ['https://mufg-kakunin.com/', ['URL_ACTION_NAME']],
  ['https://smbc-login.net/', ['URL_ACTION_NAME']],
  ['https://www.checkers-cafe.com/', []],
  // Free hosting and form services anyone can publish on, in a message that pushes something (【重要】).
  ['【重要】https://storage.googleapis.com/bucket-x/index.html', ['URL_FREE_HOSTING']],
  ['【重要】https://forms.gle/AbCdEf', ['URL_FREE_HOSTING']],
  ['【重要】https://sites.google.com/view/smbc-login', ['URL_FREE_HOSTING']],
  ['【重要】https://docs.google.com/forms/d/e/1FAIpQL/viewform', ['URL_FREE_HOSTING']],
  ['【重要】https://docs.google.com/document/d/1AbCdEf/edit', []],
  ['【重要】https://account-check.web.app/', ['URL_ACTION_NAME', 'URL_FREE_HOSTING']],
  ['【重要】https://secure-login.pages.dev/', ['URL_ACTION_NAME', 'URL_FREE_HOSTING']],
  ['【重要】https://mysite.wixsite.com/page', ['URL_FREE_HOSTING']],
  ['【重要】https://contoso.sharepoint.com/:b:/s/x', ['URL_FREE_HOSTING']],
  // The same form from someone who claims and pushes nothing is their own.
  ['テニス部です。出欠はこちら https://forms.gle/AbCdEf', []],
  // A brand's own short links lead to its own site: not a shortener anyone can use.
  ['https://amzn.asia/d/abc123', []],
  ['https://r10.to/hAbCdE', []],
  ['https://maps.app.goo.gl/AbCdEf', []],
  ['https://lin.ee/AbCdEf', ['URL_SHORTENER']],
];

for (const [text, expected] of table) {
  test(`url check: ${text}`, () => assert.deepEqual(codes(text), [...expected].sort()));
}

test("a platform's own registered sender links to its own service without the hosting signal", () => {
  // Brand ids come from the sender registry: a sender listed for Google vouches for forms.gle.
  const ctx = contextOf('【重要】アンケートのお願い https://forms.gle/AbCdEf', '22000');
  assert.deepEqual(ctx.sender?.brandIds, ['google']);
  assert.deepEqual(check(ctx).map((r) => r.code), []);
  assert.deepEqual(codes('【重要】アンケートのお願い https://forms.gle/AbCdEf', '09012345678'), ['URL_FREE_HOSTING']);
});

test('url-risk data with a malformed free-hosting entry is refused', () => {
  const base = { suspiciousTlds: ['top'], dynamicDns: ['duckdns.org'], sources: ['x'] };
  assert.equal(parseUrlRiskData({ ...base, freeHosting: [{ host: 'web.app' }] }).ok, true);
  assert.equal(parseUrlRiskData({ ...base, freeHosting: [{ host: 'https://web.app' }] }).ok, false);
  assert.equal(parseUrlRiskData({ ...base, freeHosting: [{ host: 'docs.google.com', path: 'forms' }] }).ok, false);
});

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

test('pages built for the message: a JP registry word worn as a label is a dressed throwaway host; a private jp registry, a near miss of a brand\'s domain and a builder\'s page are made pages only', async () => {
  const { createMadePageKind, createThrowawayHost, dressedHost, underJpResale } = await import('./url-suspect.js');
  const { oneEditApart } = await import('../brands/check.js');
  const lookups = createBrandLookups(testData.brands);
  const throwaway = createThrowawayHost(testData.urlRisk, lookups);
  const made = createMadePageKind(testData.urlRisk, throwaway, lookups);
  const urlOf = (text: string) => {
    const u = contextOf(text).indicators.urls[0];
    assert.ok(u, text);
    return u;
  };
  for (const host of ['https://nta-go-jp.top/pay', 'hikin-henkan.gov-jp.org', 'https://shizei.lg-jp.cfd', 'https://amazon-co-jp.prime-pay.top', 'http://monex.com-jp.net/']) {
    assert.ok(dressedHost(urlOf(host)), host);
    // A cheap TLD or an instruction in the name may be read first; the host is thrown away either way.
    assert.notEqual(throwaway(urlOf(host), []), false, host);
  }
  // The registry's own go.jp, a company's co.jp, a word that only holds the letters, are not dressed.
  for (const host of ['https://www.nta.go.jp/', 'https://www.sakura-fudosan.co.jp/', 'https://www.cojp-design.com/', 'https://tokyo-jp.com/']) {
    assert.ok(!dressedHost(urlOf(host)), host);
  }
  assert.ok(underJpResale(urlOf('https://sec-cb.jp.net/entry')));
  assert.ok(!underJpResale(urlOf('https://www.example.co.jp/')));
  assert.equal(throwaway(urlOf('https://sec-cb.jp.net/entry'), []), false);
  assert.equal(made(urlOf('https://sec-cb.jp.net/entry'), []), 'dressed');
  assert.equal(made(urlOf('https://patisserie-lune.jimdofree.com/'), []), 'free-hosting');
  assert.equal(made(urlOf('https://www.muji.com/jp/ja/store'), []), false);
  assert.equal(made(urlOf('https://lumiere-hair.jp/yoyaku'), []), false);
  assert.ok(lookups.nearMiss('line.ee'));
  assert.ok(!lookups.nearMiss('lin.ee'));
  assert.ok(oneEditApart('line', 'lin'));
  assert.ok(oneEditApart('amzm', 'amzn'));
  assert.ok(!oneEditApart('line', 'line'));
  assert.ok(!oneEditApart('lines', 'lin'));
});
