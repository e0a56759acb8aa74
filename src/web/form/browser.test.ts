// The form in a real browser (Debian's chromium driven by playwright-core) against the
// real app listening on 127.0.0.1 with a real SQLite store.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { BrowserContext, Page } from 'playwright-core';
import { getEngine } from '../../engine/index.js';
import { browserSkip as skip, phone as rigPhone, startBrowserRig, type BrowserRig } from '../test-browser.js';
import { getDetails } from './index.js';

const LURE = '【佐川急便】お荷物のお届けにあがりましたが不在の為持ち帰りました。下記よりご確認ください。 http://sagawa-abc.duckdns.org/';
const REFERENCE = /^R-[0-9A-Z]{5}-[0-9A-Z]{5}$/;

let rig: BrowserRig;
let base: string;
let store: BrowserRig['store'];

before(async () => {
  if (skip) return;
  rig = await startBrowserRig();
  ({ base, store } = rig);
});

after(async () => {
  if (!skip) await rig.close();
});

/** A phone-sized page; script errors and CSP violations are collected and fail the test. */
const phone = (opts: { locale?: string; javaScriptEnabled?: boolean } = {}): Promise<{ context: BrowserContext; page: Page }> => rigPhone(rig, opts);

test('paste a lure: the brand and the de-fanged link appear at once; send it and get the reference', { skip }, async () => {
  const { context, page } = await phone();
  try {
    await page.goto(`${base}/`);
    assert.equal(await page.getAttribute('html', 'lang'), 'ja');
    // The no-JS "check only" button gives way to the live check.
    assert.equal(await page.isVisible('#check-only'), false);

    await page.getByLabel('SMSの本文').fill(LURE);
    await page.getByLabel('送信元の電話番号・表示名').fill('090-1234-5678');
    await page.locator('.verdict--block').waitFor();
    assert.equal(await page.textContent('.fact__brands'), '佐川急便');
    assert.equal(await page.textContent('.link--dangerous .link__text'), 'hxxp://sagawa-abc[.]duckdns[.]org/');
    assert.equal(await page.locator('a[href*="duckdns"]').count(), 0, 'a dangerous link is never clickable');
    assert.match(await page.textContent('.sender') ?? '', /個人の携帯電話番号/);
    assert.equal(await page.textContent('#live-status'), '詐欺SMSの可能性が高いです');
    assert.equal((await store.reports.list({ limit: 10 })).length, 0, 'checking stores nothing');

    await page.getByRole('button', { name: 'この内容で報告する' }).click();
    const id = (await page.locator('#reference-id').textContent()) ?? '';
    assert.match(id, REFERENCE);
    assert.equal(await page.locator(':focus').getAttribute('id'), 'thanks-title');
    const stored = await store.reports.get(id);
    assert.deepEqual([stored?.channel, stored?.text, stored?.sender, stored?.verdict], ['web', LURE, '09012345678', 'block']);
    // The sender was given: nothing left to add.
    assert.equal(await page.locator('a[href*="report="]').count(), 0);
    // No page is wider than a 360 px phone.
    assert.ok(Number(await page.evaluate('document.documentElement.scrollWidth')) <= 360);
  } finally {
    await context.close();
  }
  assert.deepEqual(rig.problems, []);
});

test('an empty report is refused in place, and the error is announced', { skip }, async () => {
  const { context, page } = await phone();
  try {
    await page.goto(`${base}/`);
    await page.getByRole('button', { name: 'この内容で報告する' }).click();
    const error = page.locator('#text-error');
    await error.waitFor();
    assert.equal(await error.textContent(), 'SMSの本文を入力してください。');
    assert.equal(await page.getAttribute('#text', 'aria-invalid'), 'true');
    assert.equal(await page.locator(':focus').getAttribute('id'), 'text');
    // The message is tied to the field, so a screen reader reads it with the field.
    assert.match((await page.getAttribute('#text', 'aria-describedby')) ?? '', /\btext-error\b/);
  } finally {
    await context.close();
  }
  assert.deepEqual(rig.problems, []);
});

test('switch to English: the page changes and remembers the choice', { skip }, async () => {
  const { context, page } = await phone();
  try {
    await page.goto(`${base}/`);
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(/lang=en/);
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.equal(await page.textContent('h1'), 'Report a spam or scam text message');
    await page.goto(`${base}/`);
    assert.equal(await page.getAttribute('html', 'lang'), 'en', 'remembered without ?lang');
    await page.getByLabel('Message text').fill(LURE);
    await page.locator('.verdict--block').waitFor();
    assert.equal(await page.textContent('.fact__brands'), 'Sagawa Express');
    assert.equal(await page.textContent('.verdict__title'), 'This is very likely a scam');
  } finally {
    await context.close();
  }
  assert.deepEqual(rig.problems, []);
});

test('the link in the 7726 reply: add the sender, where it arrived and a note to that same report', { skip }, async () => {
  // A report as the SMS intake stores it: the forwarded text, the sender not yet known.
  const a = getEngine().analyse({ text: LURE });
  const { id } = await store.reports.create({ channel: 'sms', text: LURE, sender: null, reporterHash: null, org: null, verdict: a.verdict, score: a.score, reasons: a.reasons, indicators: a.indicators });
  const { context, page } = await phone();
  try {
    await page.goto(`${base}/?report=${id}`);
    assert.match((await page.textContent('.lead')) ?? '', new RegExp(id));
    await page.getByLabel('送信元の電話番号・表示名').fill('080-5555-6666');
    await page.getByLabel('受け取った場所').selectOption('sms');
    await page.getByLabel('メモ').fill('11月24日 20時ごろ受信。リンクは開いていません。');
    await page.getByRole('button', { name: '情報を追加する' }).click();
    await page.locator('#message-title').waitFor();
    assert.equal(await page.textContent('#message-title'), '情報を追加しました');
    assert.equal((await store.reports.get(id))?.sender, '08055556666');
    assert.deepEqual(await getDetails(store, id).then((d) => [d?.receivedVia, d?.note]), ['sms', '11月24日 20時ごろ受信。リンクは開いていません。']);

    // The same link again: everything is already there.
    await page.goto(`${base}/?report=${id}`);
    assert.match((await page.textContent('main')) ?? '', /すでに情報が追加されています/);
  } finally {
    await context.close();
  }
  assert.deepEqual(rig.problems, []);
});

test('without JavaScript the same form posts to the server and the reference comes back', { skip }, async () => {
  const { context, page } = await phone({ javaScriptEnabled: false });
  try {
    await page.goto(`${base}/`);
    await page.getByLabel('SMSの本文').fill(LURE);
    await page.getByRole('button', { name: '報告せずに確認だけする' }).click();
    await page.locator('.verdict--block').waitFor();
    assert.equal(await page.textContent('.fact__brands'), '佐川急便');
    assert.equal(await page.inputValue('#text'), LURE, 'the text stays in the form');
    await page.getByRole('button', { name: 'この内容で報告する' }).click();
    const id = (await page.locator('#reference-id').textContent()) ?? '';
    assert.match(id, REFERENCE);
    assert.equal((await store.reports.get(id))?.channel, 'web');
    // No sender was given: the thanks page offers to add it.
    await page.getByRole('link', { name: '送信元の番号やメモを追加する' }).click();
    await page.getByLabel('送信元の電話番号・表示名').fill('+86 138 0000 1111');
    await page.getByRole('button', { name: '情報を追加する' }).click();
    assert.equal(await page.textContent('h1'), '情報を追加しました');
    assert.equal((await store.reports.get(id))?.sender, '+8613800001111');
  } finally {
    await context.close();
  }
  assert.deepEqual(rig.problems, []);
});
