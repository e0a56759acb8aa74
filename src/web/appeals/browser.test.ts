// The appeal page in a real browser (Debian's chromium driven by playwright-core) on a 360 px
// phone, without JavaScript: fill in the form, get the token, publish it on the (local) website,
// check, and see ownership proven. The name exists only in a real BIND test zone; the fetch
// policy lets this test's web server on 127.0.0.1 be reached, which production's never does.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { after, before, test } from 'node:test';
import { WELL_KNOWN_PATH } from '../../appeals/index.js';
import { namedSkip, startNamed, type TestDns } from '../../appeals/test-dns.js';
import { browserSkip, phone, startBrowserRig, type BrowserRig } from '../test-browser.js';

const skip = browserSkip || namedSkip;
const ZONE = 'appeal-browser.jp';
let dns: TestDns;
let rig: BrowserRig;
let site: Server;
let published = '';

before(async () => {
  if (skip) return;
  dns = await startNamed(ZONE, ['www IN A 127.0.0.1']);
  site = createServer((req, res) => {
    if (req.url === WELL_KNOWN_PATH && published) res.writeHead(200, { 'content-type': 'text/plain' }).end(published);
    else res.writeHead(404).end();
  });
  await new Promise<void>((r) => site.listen(0, '127.0.0.1', () => r()));
  const port = (site.address() as { port: number }).port;
  rig = await startBrowserRig({
    deps: () => ({ appealsForTests: { resolver: dns.resolver, fetchPolicy: { scheme: 'http', port, isAllowedAddress: (ip) => ip === '127.0.0.1', timeoutMs: 5000, maxBytes: 1024 } } }),
  });
});

after(async () => {
  if (skip) return;
  await rig.close();
  await new Promise((r) => site.close(r));
  await dns.stop();
});

test('on a phone without JavaScript: appeal in Japanese, get the token, publish it, check; the English page too', { skip }, async () => {
  const { base } = rig;
  const { context, page } = await phone(rig, { javaScriptEnabled: false });
  try {
    await page.goto(`${base}/appeal`);
    assert.equal(await page.getAttribute('html', 'lang'), 'ja');
    assert.equal(await page.textContent('h1'), 'ブロックへの異議申し立て');
    await page.getByLabel('ブロックされたドメイン、URL、電話番号または送信者名').fill(`www.${ZONE}`);
    await page.getByLabel('ご連絡先メールアドレス').fill('not an address');
    await page.getByLabel('ご説明').fill('当社の予約確認SMSに載せている正規のサイトです。');
    // The browser's own check would stop a type=email field; the server's is what counts.
    await page.$eval('form.form', (f) => f.setAttribute('novalidate', ''));
    await page.getByRole('button', { name: '申し立てを送信する' }).click();
    assert.equal(await page.textContent('.error-summary__title'), '入力内容を確認してください');
    assert.equal(await page.inputValue('#subject'), `www.${ZONE}`, 'what was typed is kept');
    await page.getByLabel('ご連絡先メールアドレス').fill('owner@example.jp');
    await page.getByRole('button', { name: '申し立てを送信する' }).click();
    assert.equal(await page.textContent('h1'), '申し立てを受け付けました');
    const token = ((await page.textContent('#token')) ?? '').trim();
    assert.match(token, /^[A-Za-z0-9_-]{43}$/);
    assert.equal(await page.textContent('#dns-name'), `_smishguard.www.${ZONE}`);
    assert.equal(await page.textContent('#dns-value'), `smishguard-verify=${token}`);
    assert.equal(await page.textContent('#file-url'), `https://www.${ZONE}${WELL_KNOWN_PATH}`);
    assert.ok(Number(await page.evaluate('document.documentElement.scrollWidth')) <= 360, 'the token page fits the phone');

    await page.getByRole('button', { name: '確認する' }).click();
    assert.equal(await page.textContent('h1'), '確認できませんでした');
    published = `${token}\n`;
    await page.getByRole('button', { name: 'もう一度確認する' }).click();
    assert.equal(await page.textContent('h1'), '所有者であることを確認しました');

    await page.goto(`${base}/appeal`);
    await page.getByRole('link', { name: 'English' }).click();
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.equal(await page.textContent('h1'), 'Appeal a block');
    assert.ok(Number(await page.evaluate('document.documentElement.scrollWidth')) <= 360, 'the form fits the phone');
  } finally {
    await context.close();
  }
  // The two refusals this test provoked (the bad address, the first check) are pages with
  // 4xx statuses, which chromium logs; nothing else may be.
  assert.deepEqual(rig.problems, [
    'console: Failed to load resource: the server responded with a status of 400 (Bad Request)',
    'console: Failed to load resource: the server responded with a status of 422 (Unprocessable Entity)',
  ]);
});
