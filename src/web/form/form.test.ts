import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getEngine } from '../../engine/index.js';
import { openStore } from '../../store/index.js';
import { buildApp, loadOptionalPlugins } from '../index.js';
import formPlugin, { CONTENT_SECURITY_POLICY, getDetails } from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'smishguard-form-'));
const store = await openStore({ sqlitePath: join(dir, 'form.db') });
const app = await buildApp({ engine: getEngine(), store, config: { rateLimit: 0 }, plugins: [{ name: 'web form', plugin: formPlugin }] });
after(async () => {
  await app.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const LURE = '【佐川急便】お荷物のお届けにあがりましたが不在の為持ち帰りました。下記よりご確認ください。 http://sagawa-abc.duckdns.org/';
const form = (fields: Record<string, string>, headers: Record<string, string> = {}) => app.inject({
  method: 'POST', url: '/', headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, payload: new URLSearchParams(fields).toString(),
});
const countReports = async (): Promise<number> => (await store.reports.list({ limit: 500 })).length;
const newReport = async (sender: string | null = null): Promise<string> => {
  const a = getEngine().analyse({ text: LURE });
  const { id } = await store.reports.create({ channel: 'sms', text: LURE, sender, reporterHash: null, org: null, verdict: a.verdict, score: a.score, reasons: a.reasons, indicators: a.indicators });
  return id;
};

test('the server finds the form among its optional plugins', async () => {
  const loaded = await loadOptionalPlugins();
  assert.ok(loaded.ok);
  assert.ok(loaded.plugins.some((p) => p.name === 'web form'));
});

test('/ is a Japanese page with a strict CSP, labelled fields and its script as a separate file', async () => {
  const res = await app.inject('/');
  assert.equal(res.statusCode, 200);
  assert.equal(res.headers['content-type'], 'text/html; charset=utf-8');
  assert.equal(res.headers['content-security-policy'], CONTENT_SECURITY_POLICY);
  assert.match(CONTENT_SECURITY_POLICY, /script-src 'self';/);
  assert.doesNotMatch(CONTENT_SECURITY_POLICY, /unsafe-inline|unsafe-eval|https?:/);
  assert.equal(res.headers['x-content-type-options'], 'nosniff');
  assert.equal(res.headers['referrer-policy'], 'no-referrer');
  assert.equal(res.headers['cache-control'], 'no-store');
  assert.match(res.body, /<html lang="ja">/);
  assert.match(res.body, /迷惑SMS・詐欺SMSの報告/);
  assert.match(res.body, /<label for="text">/);
  assert.match(res.body, /<textarea id="text" name="text"/);
  assert.match(res.body, /<label for="sender">/);
  assert.match(res.body, /<form [^>]*method="post" action="\/"/);
  assert.match(res.body, /aria-live="polite"/);
  assert.match(res.body, /<script type="module" src="\/form\/assets\/app\.js"><\/script>/);
  // No inline script: the only <script> without src is the JSON data block.
  const inline = [...res.body.matchAll(/<script(?![^>]*\ssrc=)([^>]*)>/g)].map((m) => m[1]);
  assert.deepEqual(inline, [' type="application/json" id="sg-data"']);
  assert.match(res.body, /URLを開かない/);
  assert.match(res.body, /https:\/\/www\.npa\.go\.jp\//);
});

test('language: ?lang= wins and is remembered, then the cookie, then Accept-Language; Japanese by default', async () => {
  const langOf = (body: string): string | undefined => /<html lang="(\w+)">/.exec(body)?.[1];
  const en = await app.inject({ url: '/?lang=en' });
  assert.equal(langOf(en.body), 'en');
  assert.match(String(en.headers['set-cookie']), /^sg_lang=en; Path=\/; Max-Age=\d+; SameSite=Lax$/);
  assert.match(en.body, /Report a spam or scam text message/);
  assert.match(en.body, /href="\/\?lang=ja" hreflang="ja"/);
  const table: [Record<string, string>, string | undefined, string][] = [
    [{}, undefined, 'ja'],
    [{ 'accept-language': 'en-GB,en;q=0.9' }, undefined, 'en'],
    [{ 'accept-language': 'fr-FR, en;q=0.5, ja;q=0.8' }, undefined, 'ja'],
    [{ 'accept-language': 'de' }, undefined, 'ja'],
    [{ cookie: 'other=1; sg_lang=en' }, undefined, 'en'],
    [{ cookie: 'sg_lang=en', 'accept-language': 'ja' }, undefined, 'en'],
    [{ cookie: 'sg_lang=en' }, 'ja', 'ja'],
    [{ cookie: 'sg_lang=xx', 'accept-language': 'en' }, undefined, 'en'],
  ];
  for (const [headers, q, want] of table) {
    const res = await app.inject({ url: q ? `/?lang=${q}` : '/', headers });
    assert.equal(langOf(res.body), want, JSON.stringify({ headers, q }));
  }
});

test('assets are served with their types, revalidated by ETag; unknown ones are 404', async () => {
  const js = await app.inject('/form/assets/app.js');
  assert.equal(js.statusCode, 200);
  assert.equal(js.headers['content-type'], 'text/javascript; charset=utf-8');
  assert.equal((await app.inject('/form/assets/summary.js')).headers['content-type'], 'text/javascript; charset=utf-8');
  const css = await app.inject('/form/assets/style.css');
  assert.equal(css.headers['content-type'], 'text/css; charset=utf-8');
  const again = await app.inject({ url: '/form/assets/style.css', headers: { 'if-none-match': String(css.headers.etag) } });
  assert.equal(again.statusCode, 304);
  const missing = await app.inject('/form/assets/summary.d.ts');
  assert.deepEqual([missing.statusCode, missing.json().code], [404, 'E_NOT_FOUND']);
});

test('without JavaScript, "check only" answers with the result page and stores nothing', async () => {
  const before = await countReports();
  const res = await form({ text: LURE, sender: '090-1234-5678', action: 'check', lang: 'ja' });
  assert.equal(res.statusCode, 200);
  assert.match(res.body, /詐欺SMSの可能性が高いです/);
  assert.match(res.body, /<dd class="fact__brands">佐川急便<\/dd>/);
  assert.match(res.body, /<span class="badge badge--dangerous">危険<\/span> <code class="link__text">hxxp:\/\/sagawa-abc\[\.\]duckdns\[\.\]org\/<\/code>/);
  assert.doesNotMatch(res.body, /href="[^"]*duckdns/);
  assert.match(res.body, /個人の携帯電話番号からです/);
  // What was typed is kept in the form.
  assert.match(res.body, /value="090-1234-5678"/);
  assert.equal(await countReports(), before);
});

test('without JavaScript, a report is stored and the page shows its reference', async () => {
  const res = await form({ text: LURE, sender: '', action: 'report', lang: 'en' });
  assert.equal(res.statusCode, 201);
  const id = /id="reference-id">(R-[0-9A-Z]{5}-[0-9A-Z]{5})</.exec(res.body)?.[1];
  assert.ok(id, 'reference shown');
  assert.match(res.body, /Thank you for your report/);
  assert.match(res.body, new RegExp(`href="/\\?report=${id}&amp;lang=en"`));
  const stored = await store.reports.get(id);
  assert.equal(stored?.channel, 'web');
  assert.equal(stored?.text, LURE);
  assert.equal(stored?.sender, null);
  assert.equal(stored?.verdict, 'block');
});

test('without JavaScript, bad input comes back as the form with the errors and what was typed, escaped', async () => {
  const before = await countReports();
  const empty = await form({ text: '   ', sender: '090-1234-5678', action: 'report' });
  assert.equal(empty.statusCode, 400);
  assert.match(empty.body, /role="alert"/);
  assert.match(empty.body, /SMSの本文を入力してください。/);
  assert.match(empty.body, /aria-invalid="true"/);
  assert.match(empty.body, /value="090-1234-5678"/);

  const hostile = '</textarea><script>alert(1)</script>';
  const bad = await form({ text: hostile, sender: '?!', action: 'report', lang: 'en' });
  assert.equal(bad.statusCode, 400);
  assert.match(bad.body, /Enter the sender as a phone number/);
  assert.ok(bad.body.includes('&lt;/textarea&gt;&lt;script&gt;alert(1)&lt;/script&gt;'));
  assert.ok(!bad.body.includes(hostile));
  assert.equal(await countReports(), before);
});

test('without JavaScript, a body over the limit gets a page, not JSON', async () => {
  const res = await form({ text: 'あ'.repeat(4000), action: 'report' });
  assert.equal(res.statusCode, 413);
  assert.equal(res.headers['content-type'], 'text/html; charset=utf-8');
  assert.match(res.body, /本文が長すぎます/);
});

test('POST /api/v1/reports/:id/details: refusals by table, none of which changes the report', async () => {
  const id = await newReport();
  const post = (target: string, payload: unknown) => app.inject({ method: 'POST', url: `/api/v1/reports/${target}/details`, payload: payload as object });
  const table: [string, unknown, number, string][] = [
    ['R-00000-00000', { sender: '09012345678' }, 404, 'E_NOT_FOUND'],
    ['nonsense', { sender: '09012345678' }, 400, 'E_VALIDATION'],
    [id, {}, 400, 'E_EMPTY_DETAILS'],
    [id, { sender: '  ', note: '' }, 400, 'E_EMPTY_DETAILS'],
    [id, { sender: '12-??' }, 400, 'E_BAD_SENDER'],
    [id, { receivedVia: 'pigeon' }, 400, 'E_VALIDATION'],
    [id, { note: 'x'.repeat(1001) }, 400, 'E_VALIDATION'],
    // NUL never gets past the JSON parser (src/web/json-guard.ts), whatever the field.
    [id, { note: 'a\u0000b' }, 400, 'E_BINARY_TEXT'],
    [id, { note: 'a\u0001b' }, 400, 'E_BAD_NOTE'],
    [id, { sender: '09012345678', extra: 1 }, 400, 'E_VALIDATION'],
  ];
  for (const [target, payload, status, code] of table) {
    const res = await post(target, payload);
    assert.deepEqual([res.statusCode, res.json().code], [status, code], JSON.stringify(payload));
  }
  assert.equal((await store.reports.get(id))?.sender, null);
  assert.equal(await getDetails(store, id), undefined);
});

test('details are added once each: the sender to the report (and its indicators), the rest beside it', async () => {
  const id = await newReport();
  const post = (payload: object) => app.inject({ method: 'POST', url: `/api/v1/reports/${id}/details`, payload });
  const before = (await store.indicators.lookup('phone', '08011112222'))?.reportCount ?? 0;

  const first = await post({ sender: '080-1111-2222' });
  assert.equal(first.statusCode, 200);
  assert.deepEqual(first.json(), { id, added: ['sender'], sender: '08011112222' });
  assert.equal((await store.reports.get(id))?.sender, '08011112222');
  assert.equal((await store.indicators.lookup('phone', '08011112222'))?.reportCount, before + 1);

  const again = await post({ sender: '080-3333-4444', note: 'should not be kept' });
  assert.deepEqual([again.statusCode, again.json().code], [409, 'E_HAS_SENDER']);
  assert.equal(await getDetails(store, id), undefined, 'a refused request keeps nothing');

  const note = await post({ receivedVia: 'sms', note: '11月24日の夜に届きました。リンクは開いていません。' });
  assert.deepEqual(note.json(), { id, added: ['receivedVia', 'note'], sender: null });
  const details = await getDetails(store, id);
  assert.equal(details?.receivedVia, 'sms');
  assert.equal(details?.note, '11月24日の夜に届きました。リンクは開いていません。');

  const second = await post({ note: 'another' });
  assert.deepEqual([second.statusCode, second.json().code], [409, 'E_HAS_DETAILS']);
  assert.equal((await getDetails(store, id))?.note, '11月24日の夜に届きました。リンクは開いていません。');

  // Analysts read what the reporter added, beside the report; never who reported it.
  const { key } = await store.apiKeys.create({ org: 'SOC', role: 'analyst' });
  const read = await app.inject({ url: `/api/v1/reports/${id}`, headers: { authorization: `Bearer ${key}` } });
  assert.equal(read.statusCode, 200);
  assert.deepEqual(read.json().details, { addedAt: details?.addedAt, receivedVia: 'sms', note: '11月24日の夜に届きました。リンクは開いていません。' });
  assert.equal(read.json().sender, '08011112222');
  assert.ok(!/reporter/i.test(read.body), 'no reporter field reaches analysts');

  // A report that arrived with its sender refuses another at once.
  const withSender = await newReport('09099998888');
  const refused = await app.inject({ method: 'POST', url: `/api/v1/reports/${withSender}/details`, payload: { sender: '09012345678' } });
  assert.deepEqual([refused.statusCode, refused.json().code], [409, 'E_HAS_SENDER']);
});

test('/?report=ID asks only for what the report lacks; unknown references get a 404 page', async () => {
  const id = await newReport();
  const page = await app.inject(`/?report=${id}`);
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /報告に情報を追加する/);
  assert.match(page.body, new RegExp(`受付番号 ${id} の報告`));
  assert.match(page.body, /<form [^>]*id="details-form" method="post" action="\/details"/);
  assert.match(page.body, /<label for="sender">/);
  assert.match(page.body, /<label for="received-via">/);
  assert.match(page.body, /<label for="note">/);
  // The language switch keeps the reference.
  assert.match(page.body, new RegExp(`href="/\\?report=${id}&amp;lang=en"`));

  await store.reports.setSender(id, '09012345678');
  const rest = await app.inject(`/?report=${id}`);
  assert.doesNotMatch(rest.body, /<label for="sender">/);
  assert.match(rest.body, /送信元は登録済みです/);

  const unknown = await app.inject('/?report=R-ZZZZZ-ZZZZZ');
  assert.equal(unknown.statusCode, 404);
  assert.match(unknown.body, /見つかりませんでした/);
  const junk = await app.inject(`/?report=${encodeURIComponent('<b>x</b>')}`);
  assert.equal(junk.statusCode, 404);
  assert.ok(!junk.body.includes('<b>x</b>'));
});

test('without JavaScript, details post to /details and the answer is a page', async () => {
  const id = await newReport();
  const post = (fields: Record<string, string>) => app.inject({ method: 'POST', url: '/details', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: new URLSearchParams(fields).toString() });
  const bad = await post({ report: id, sender: '12-??', receivedVia: '', note: 'kept', lang: 'ja' });
  assert.equal(bad.statusCode, 400);
  assert.match(bad.body, /送信元は電話番号/);
  assert.match(bad.body, />kept<\/textarea>/);
  const ok = await post({ report: id, sender: '070-1234-5678', receivedVia: 'rcs', note: '', lang: 'en' });
  assert.equal(ok.statusCode, 200);
  assert.match(ok.body, /Details added/);
  assert.equal((await store.reports.get(id))?.sender, '07012345678');
  assert.equal((await getDetails(store, id))?.receivedVia, 'rcs');
  const missing = await post({ report: 'R-ZZZZZ-ZZZZZ', note: 'x' });
  assert.equal(missing.statusCode, 404);
});

test('the per-address limit answers a form with a page', async () => {
  const limited = await buildApp({ engine: getEngine(), store, config: { rateLimit: 1 }, plugins: [{ name: 'web form', plugin: formPlugin }] });
  try {
    assert.equal((await limited.inject({ method: 'POST', url: '/', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'text=hello&action=check' })).statusCode, 200);
    const res = await limited.inject({ method: 'POST', url: '/', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'text=hello&action=check' });
    assert.equal(res.statusCode, 429);
    assert.equal(res.headers['content-type'], 'text/html; charset=utf-8');
    assert.match(res.body, /少し時間をおいて/);
  } finally {
    await limited.close();
  }
});
