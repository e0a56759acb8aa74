// The lookup page ("この番号・送信元は誰？") in a real browser (Debian's chromium driven by
// playwright-core), without JavaScript, on a 360 px phone, against the real app with the
// report form's stylesheet and a real SQLite store holding an operator's entry.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openSenderRegistry } from '../registry/index.js';
import { browserSkip as skip, phone, startBrowserRig, type BrowserRig } from './test-browser.js';

let rig: BrowserRig;

before(async () => {
  if (skip) return;
  rig = await startBrowserRig({
    seed: async (store) => {
      const made = await openSenderRegistry(store).create({ kind: '0005', value: '0005-12-3456', company: '佐川急便株式会社', brandIds: ['sagawa'], source: 'https://www.sagawa-exp.co.jp/sms/', verifiedAt: '2026-12-01' }, 'test');
      assert.ok(made.ok);
    },
  });
});

after(async () => {
  if (!skip) await rig.close();
});

test('without JavaScript on a phone: a registered 0005 number, an unregistered one, a bad entry, then English', { skip }, async () => {
  const { base } = rig;
  const { context, page } = await phone(rig, { javaScriptEnabled: false });
  try {
    await page.goto(`${base}/lookup`);
    assert.equal(await page.getAttribute('html', 'lang'), 'ja');
    assert.equal(await page.textContent('h1'), 'この番号・送信元は誰？');
    await page.getByLabel('SMSの送信元').fill('０００５－１２－３４５６');
    await page.getByRole('button', { name: '調べる' }).click();
    const answer = page.locator('#answer');
    assert.equal((await answer.locator('.verdict__title').textContent())?.trim(), '登録されている送信元です');
    assert.match(await answer.textContent() ?? '', /佐川急便株式会社/);
    assert.match(await answer.textContent() ?? '', /2026-12-01/);
    assert.equal(await answer.getByRole('link').getAttribute('href'), 'https://www.sagawa-exp.co.jp/sms/');
    assert.match(await answer.locator('.advice__note').textContent() ?? '', /身に覚えのないリンクは開かず/);
    assert.ok(Number(await page.evaluate('document.documentElement.scrollWidth')) <= 360, 'no wider than the phone');

    await page.getByLabel('SMSの送信元').fill('0005-99-0000');
    await page.getByRole('button', { name: '調べる' }).click();
    assert.equal((await page.locator('#answer .verdict__title').textContent())?.trim(), '登録されていない送信元です');

    await page.getByLabel('SMSの送信元').fill('<script>');
    await page.getByRole('button', { name: '調べる' }).click();
    assert.match(await page.locator('#error-summary').textContent() ?? '', /番号または英数字の送信元名/);
    assert.equal(await page.getByLabel('SMSの送信元').getAttribute('aria-invalid'), 'true');

    await page.getByLabel('SMSの送信元').fill('SoftBank');
    await page.getByRole('button', { name: '調べる' }).click();
    await page.getByRole('link', { name: 'English' }).click();
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.equal(await page.textContent('h1'), 'Who is this sender?');
    assert.equal(await page.getByLabel('The SMS sender').inputValue(), 'SoftBank', 'the switch keeps the question');
    assert.match(await page.locator('#answer').textContent() ?? '', /spoofed from abroad/);
  } finally {
    await context.close();
  }
  // The refused entry is answered 400 on purpose (the page says why), which chromium logs.
  assert.deepEqual(rig.problems, ['console: Failed to load resource: the server responded with a status of 400 (Bad Request)']);
});
