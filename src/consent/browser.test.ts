// The consent page in a real browser (Debian's chromium driven by playwright-core), without
// JavaScript, on a 360 px phone, against the real app with the report form's stylesheet,
// a real SQLite store and a real SMPP peer receiving the code.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { SmppClient, SmscServer, linksSender } from '../smpp/index.js';
import { Inbox } from '../smpp/test-support.js';
import { browserSkip as skip, phone, startBrowserRig, type BrowserRig } from '../web/test-browser.js';
import { openConsent } from './index.js';
import consentPlugin from './routes.js';

let rig: BrowserRig;
let server: SmscServer;
let client: SmppClient;
let inbox: Inbox;

before(async () => {
  if (skip) return;
  server = new SmscServer({ systemId: 'sg', password: 'pw' });
  const port = await server.listen();
  inbox = new Inbox(server);
  client = new SmppClient({ smsc: `smpp://sg:pw@127.0.0.1:${port}`, reconnectMinMs: 30, reconnectMaxMs: 100 });
  assert.ok((await client.start()).ok);
  rig = await startBrowserRig({ deps: () => ({ sms: linksSender([client]), plugins: [{ name: 'consent', plugin: consentPlugin }] }) });
});

after(async () => {
  if (skip) return;
  await rig.close();
  await client.close();
  await server.close();
});

test('without JavaScript on a phone: number, code from the SMS, turn detection off; then in English', { skip }, async () => {
  const { base } = rig;
  const { context, page } = await phone(rig, { javaScriptEnabled: false });
  try {
    await page.goto(`${base}/consent`);
    assert.equal(await page.getAttribute('html', 'lang'), 'ja');
    assert.equal(await page.textContent('h1'), '迷惑SMS対策の設定');
    await page.getByLabel('携帯電話番号').fill('090-2222-3333');
    await page.getByRole('button', { name: '確認コードを送る' }).click();
    assert.equal(await page.textContent('h1'), '確認コードの入力');
    const sms = await inbox.next();
    assert.equal(sms.to, '09022223333');
    const code = /(\d{6})/.exec(sms.text)?.[1] ?? '';

    // The language switch on this page posts the number rather than putting it in a URL.
    await page.getByRole('button', { name: 'English' }).click();
    assert.equal(await page.textContent('h1'), 'Enter your code');
    assert.ok(!page.url().includes('0902222'), 'the number is not in the address');
    await page.getByRole('button', { name: '日本語' }).click();
    assert.equal(await page.textContent('h1'), '確認コードの入力');
    assert.ok(Number(await page.evaluate('document.documentElement.scrollWidth')) <= 360);

    await page.getByLabel('確認コード（6桁）').fill(code);
    await page.getByRole('button', { name: '確認する' }).click();
    assert.equal(await page.textContent('h1'), '設定の確認と変更');
    const detection = page.getByRole('group', { name: '感染端末の検知' });
    assert.equal(await detection.getByLabel('利用する').isChecked(), true);
    await detection.getByLabel('利用しない').check();
    await page.getByRole('button', { name: '保存する' }).click();
    assert.equal(await page.textContent('#saved'), '設定を保存しました。');
    assert.equal(await page.getByRole('group', { name: '感染端末の検知' }).getByLabel('利用しない').isChecked(), true);
    const v = await openConsent(rig.store).get('09022223333');
    assert.deepEqual(v.ok ? v.value.settings : null, { detection: false, warnings: true, filtering: true, cncBlocking: true });
    assert.ok(Number(await page.evaluate('document.documentElement.scrollWidth')) <= 360, 'no page is wider than the phone');

    await page.getByRole('link', { name: 'English' }).click();
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.equal(await page.getByRole('group', { name: 'Infected handset detection' }).getByLabel('Off').isChecked(), true);
    await page.getByRole('button', { name: 'Finish' }).click();
    assert.equal(await page.textContent('h1'), 'Your anti-smishing settings');
    await page.goto(`${base}/consent/settings`);
    assert.equal(new URL(page.url()).pathname, '/consent', 'after finishing, the settings need a new code');
  } finally {
    await context.close();
  }
  assert.deepEqual(rig.problems, []);
});
