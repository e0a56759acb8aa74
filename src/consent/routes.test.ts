// Consent over HTTP: the carrier API's roles and validation, and the subscriber page's whole
// flow with a real SMPP peer on loopback receiving the one-time code (src/smpp SmscServer,
// our SmppClient behind linksSender), on SQLite and PostgreSQL.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { getEngine } from '../engine/index.js';
import { SmppClient, SmscServer, linksSender, lateSmsSender, type SubmittedMessage } from '../smpp/index.js';
import { Inbox } from '../smpp/test-support.js';
import type { Store } from '../store/index.js';
import { TEST_DATABASES } from '../store/test-support.js';
import { buildApp } from '../web/index.js';
import { openConsent } from './index.js';
import { linesRecords } from '../lines/records.js';
import consentPlugin from './routes.js';

const engine = getEngine();
const FROM = '0005-01-7726';

const form = (fields: Record<string, string>): { payload: string; headers: Record<string, string> } => ({
  payload: new URLSearchParams(fields).toString(),
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
});
const codeOf = (m: SubmittedMessage): string => {
  const c = /(\d{6})/.exec(m.text)?.[1];
  assert.ok(c, `no code in ${m.text}`);
  return c;
};
const sessionCookie = (res: LightMyRequestResponse): string => {
  const raw = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((c) => c.startsWith('sg_consent='));
  assert.ok(raw, 'no session cookie');
  return raw.split(';')[0] as string;
};
/** The browser's request token from a code request: its code is bound to it. */
const requestCookie = (res: LightMyRequestResponse): string => {
  const raw = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((c) => c.startsWith('sg_consent_req='));
  assert.ok(raw, 'no request cookie');
  return raw.split(';')[0] as string;
};
/** The session cookie and the anti-forgery secret the settings page set. */
const withCsrfCookie = (session: string, res: LightMyRequestResponse): string => {
  const raw = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((c) => c.startsWith('sg_consent_csrf='));
  assert.ok(raw, 'no anti-forgery cookie');
  return `${session}; ${raw.split(';')[0]}`;
};
const withCookie = (f: { payload: string; headers: Record<string, string> }, cookie: string) => ({ payload: f.payload, headers: { ...f.headers, cookie } });
const csrfIn = (body: string): string => {
  const m = /name="csrf" value="([\w-]+)"/.exec(body);
  assert.ok(m, 'no csrf field');
  return m[1] as string;
};
const checked = (body: string, field: string): string | undefined => new RegExp(`name="${field}" value="(on|off)" checked`).exec(body)?.[1];

function suite(name: string, skip: string | false, open: () => Promise<{ store: Store; cleanup: () => Promise<void> }>): void {
  describe(`consent over HTTP on ${name}`, { skip }, () => {
    let env: { store: Store; cleanup: () => Promise<void> };
    let server: SmscServer;
    let client: SmppClient;
    let inbox: Inbox;
    let app: FastifyInstance;
    let now = new Date('2026-05-01T00:00:00.000Z');
    let carrierKey: string;
    let analystKey: string;

    before(async () => {
      env = await open();
      server = new SmscServer({ systemId: 'smishguard', password: 'secret' });
      const port = await server.listen();
      inbox = new Inbox(server);
      client = new SmppClient({ smsc: `smpp://smishguard:secret@127.0.0.1:${port}`, reconnectMinMs: 30, reconnectMaxMs: 100, responseTimeoutMs: 2_000 });
      const bound = await client.start();
      assert.ok(bound.ok, JSON.stringify(bound));
      app = await buildApp({
        engine, store: env.store, config: { rateLimit: 0 }, plugins: [{ name: 'consent', plugin: consentPlugin }],
        sms: linksSender([client]), settings: { smsFrom: FROM, carrierUrl: null, publicUrl: 'https://guard.example.jp' }, clock: () => now,
      });
      carrierKey = (await env.store.apiKeys.create({ org: 'Example Mobile', role: 'carrier' })).key;
      analystKey = (await env.store.apiKeys.create({ org: 'SOC', role: 'analyst' })).key;
    });
    after(async () => {
      await app?.close();
      await client?.close();
      await server?.close();
      await env?.cleanup();
    });

    const api = (method: 'GET' | 'PUT' | 'POST', url: string, payload?: unknown, key: string | null = carrierKey) =>
      app.inject({ method, url, ...(payload === undefined ? {} : { payload: payload as object }), headers: key ? { authorization: `Bearer ${key}` } : {} });

    test('carrier API: roles, reading, changing, reassigning; a 400 names the field', async () => {
      assert.equal((await api('GET', '/api/v1/consent/09033334444', undefined, null)).json().code, 'E_AUTH_REQUIRED');
      assert.equal((await api('GET', '/api/v1/consent/09033334444', undefined, analystKey)).json().code, 'E_FORBIDDEN');
      assert.equal((await api('PUT', '/api/v1/consent/09033334444', { detection: 'x' }, analystKey)).statusCode, 403, 'roles are checked before the body');

      const fresh = await api('GET', '/api/v1/consent/+819033334444');
      assert.equal(fresh.statusCode, 200);
      assert.deepEqual(fresh.json().settings, { detection: true, warnings: true, filtering: true, cncBlocking: true });
      assert.equal(fresh.json().since, null);

      const put = await api('PUT', '/api/v1/consent/090-3333-4444', { warnings: false, filtering: false });
      assert.equal(put.statusCode, 200);
      assert.deepEqual(put.json().changed, ['warnings', 'filtering']);
      assert.deepEqual(put.json().settings, { detection: true, warnings: false, filtering: false, cncBlocking: true });

      for (const [body, field] of [[{ detection: 'off' }, 'detection'], [{ cncBlocking: 1 }, 'cncBlocking'], [{ tracking: true }, 'tracking'], [{}, 'name at least one'], [[true], 'changes must be']] as const) {
        const r = await api('PUT', '/api/v1/consent/09033334444', body);
        assert.equal(r.statusCode, 400, JSON.stringify(body));
        assert.equal(r.json().code, 'E_VALIDATION');
        assert.ok((r.json().message as string).startsWith(field), `${JSON.stringify(body)} → ${r.json().message}`);
      }
      const badLine = await api('PUT', '/api/v1/consent/0312345678', { detection: false });
      assert.deepEqual([badLine.statusCode, badLine.json().code], [400, 'E_BAD_LINE']);
      assert.match(badLine.json().message, /^line: /);
      const badReason = await api('POST', '/api/v1/consent/09033334444/reassign', { reason: 'stolen' });
      assert.deepEqual([badReason.statusCode, badReason.json().message.split(':')[0]], [400, 'reason']);

      const moved = await api('POST', '/api/v1/consent/09033334444/reassign', { reason: 'port-in' });
      assert.equal(moved.statusCode, 200);
      assert.deepEqual(moved.json().settings, { detection: true, warnings: true, filtering: true, cncBlocking: true });
      assert.equal(moved.json().history.changes, 1);
      assert.equal(moved.json().history.reassignments, 1);

      const hist = await api('GET', '/api/v1/consent/09033334444/history');
      assert.equal(hist.statusCode, 200);
      assert.deepEqual(hist.json().history.map((e: { action: string; channel: string }) => [e.action, e.channel]), [['reassign', 'carrier-api'], ['set', 'carrier-api']]);
      assert.deepEqual(hist.json().history[1].changes, { warnings: { from: true, to: false }, filtering: { from: true, to: false } });
      assert.equal((await api('GET', '/api/v1/consent/09033334444/history', undefined, analystKey)).statusCode, 403);

      const audit = (await env.store.audit.list({ limit: 10 })).filter((a) => a.subject === '09033334444' && a.action !== 'consent.read-history');
      assert.deepEqual(audit.map((a) => a.action), ['consent.reassign', 'consent.set', 'consent.read']);
      assert.match(audit[1]?.actor ?? '', /^Example Mobile \(K-/);

      const spec = (await app.inject('/openapi.json')).json() as { paths: Record<string, unknown> };
      assert.ok(spec.paths['/api/v1/consent/{line}'] && spec.paths['/api/v1/consent/{line}/reassign']);
    });

    test('the page: number → code by SMS over SMPP → code → settings changed, audited as subscriber-page; works without JavaScript', async () => {
      const start = await app.inject({ url: '/consent' });
      assert.equal(start.statusCode, 200);
      assert.match(start.body, /<html lang="ja">/);
      assert.match(start.body, /<form class="card form" method="post" action="\/consent\/code"/);
      assert.doesNotMatch(start.body, /<script/);
      assert.doesNotMatch(start.body, /no-smsc/);
      assert.match(start.headers['content-security-policy'] as string, /default-src 'none'/);
      assert.match((await app.inject({ url: '/consent?lang=en' })).body, /Text me a code/);

      const crossSite = await app.inject({ method: 'POST', url: '/consent/code', payload: 'line=09055551212', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' } });
      assert.equal(crossSite.statusCode, 403, 'a form posted from another site');
      const hidden = await app.inject({ method: 'POST', url: '/consent/code', payload: 'line=09055551212', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'null' } });
      assert.equal(hidden.statusCode, 403, 'or from a page that hides its origin');
      await new Promise((r) => setTimeout(r, 200));
      assert.equal(inbox.pending, 0, 'and no code went out for them');
      const sameSite = await app.inject({ method: 'POST', url: '/consent/code', payload: 'line=0312345678', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://guard.example.jp' } });
      assert.equal(sameSite.statusCode, 400, 'the public address is this site');

      const bad = await app.inject({ method: 'POST', url: '/consent/code', ...form({ line: '03-1234-5678', lang: 'ja' }) });
      assert.equal(bad.statusCode, 400);
      assert.match(bad.body, /aria-invalid="true"/);
      assert.equal(inbox.pending, 0);

      const sent = await app.inject({ method: 'POST', url: '/consent/code', ...form({ line: '+81 90-5555-1212', lang: 'ja' }) });
      assert.equal(sent.statusCode, 200, sent.body);
      assert.match(sent.body, /090-\*\*\*\*-1212/);
      const browser = requestCookie(sent);
      assert.match(([] as string[]).concat(sent.headers['set-cookie'] ?? []).join('\n'), /sg_consent_req=[\w-]{43}; Max-Age=600; Path=\/consent; HttpOnly; Secure; SameSite=Strict/);
      const sms = await inbox.next();
      assert.equal(sms.to, '09055551212');
      assert.equal(sms.from, FROM);
      assert.match(sms.text, /確認コード/);
      assert.equal(sms.parts, 1, 'the code fits one SMS');
      const code = codeOf(sms);
      const rows = await env.store.db.withTables<{ consent_codes: { line: string; code_hash: string } }>().selectFrom('consent_codes').selectAll().execute();
      assert.ok(rows.every((r) => !r.code_hash.includes(code)), 'only a hash of the code is kept');

      // Guesses from another browser (no request token, or its own) never reach this code.
      for (let i = 0; i < 6; i++) {
        const other = await app.inject({ method: 'POST', url: '/consent/verify', ...withCookie(form({ line: '09055551212', code: String(100000 + i), lang: 'ja' }), i % 2 ? 'sg_consent_req=' + 'x'.repeat(43) : 'a=b') });
        assert.match(other.body, /有効な確認コードがありません/);
      }
      const wrong = await app.inject({ method: 'POST', url: '/consent/verify', ...withCookie(form({ line: '09055551212', code: code === '000000' ? '111111' : '000000', lang: 'ja' }), browser) });
      assert.equal(wrong.statusCode, 400);
      assert.match(wrong.body, /確認コードが違います/);

      // Typed on a Japanese keyboard: full-width digits.
      const wide = code.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
      const ok = await app.inject({ method: 'POST', url: '/consent/verify', ...withCookie(form({ line: '09055551212', code: wide, lang: 'ja' }), browser) });
      assert.equal(ok.statusCode, 303, ok.body);
      assert.equal(ok.headers.location, '/consent/settings');
      const setCookie = ([] as string[]).concat(ok.headers['set-cookie'] ?? []).join('\n');
      assert.match(setCookie, /sg_consent=[\w-]{43}; Max-Age=900; Path=\/consent; HttpOnly; Secure; SameSite=Strict/);
      const cookie = sessionCookie(ok);

      const again = await app.inject({ method: 'POST', url: '/consent/verify', ...withCookie(form({ line: '09055551212', code, lang: 'ja' }), browser) });
      assert.equal(again.statusCode, 400, 'a code works once');

      const shown = await app.inject({ url: '/consent/settings', headers: { cookie } });
      assert.equal(shown.statusCode, 200);
      for (const f of ['detection', 'warnings', 'filtering', 'cncBlocking']) assert.equal(checked(shown.body, f), 'on', f);
      assert.match(shown.body, /<fieldset class="setting"/);
      const csrf = csrfIn(shown.body);
      const both = withCsrfCookie(cookie, shown);

      const forged = await app.inject({ method: 'POST', url: '/consent/settings', headers: { cookie: both, 'content-type': 'application/x-www-form-urlencoded' }, payload: 'detection=off&warnings=on&filtering=on&cncBlocking=on&csrf=0' });
      assert.equal(forged.statusCode, 403);
      assert.equal(forged.headers['x-error-code'], 'E_BAD_FORM');
      const noSecret = await app.inject({ method: 'POST', url: '/consent/settings', headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' }, payload: `detection=off&warnings=on&filtering=on&cncBlocking=on&csrf=${csrf}` });
      assert.equal(noSecret.statusCode, 403, 'the token alone, without its secret cookie');

      now = new Date(now.getTime() + 60_000);
      const save = await app.inject({ method: 'POST', url: '/consent/settings', headers: { cookie: both, 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams({ lang: 'ja', csrf, detection: 'off', warnings: 'off', filtering: 'on', cncBlocking: 'on', line: '09000000000' }).toString() });
      assert.equal(save.statusCode, 303);
      assert.equal(save.headers.location, '/consent/settings?saved=changed');
      const after1 = await app.inject({ url: '/consent/settings?saved=changed&lang=en', headers: { cookie } });
      assert.match(after1.body, /Your settings are saved/);
      assert.equal(checked(after1.body, 'detection'), 'off');
      assert.equal(checked(after1.body, 'warnings'), 'off');

      const consent = openConsent(env.store);
      const v = await consent.get('09055551212');
      assert.deepEqual(v.ok ? v.value.settings : null, { detection: false, warnings: false, filtering: true, cncBlocking: true });
      const untouched = await consent.get('09000000000');
      assert.equal(untouched.ok ? untouched.value.since : 'x', null, 'the session is bound to its line, whatever the form says');
      const h = await consent.history('09055551212');
      assert.deepEqual(h.ok ? h.value.map((e) => [e.action, e.channel, e.actor]) : null, [['set', 'subscriber-page', 'subscriber']]);
      const audit = (await env.store.audit.list({ limit: 10 })).filter((a) => a.subject === '09055551212').map((a) => a.action);
      assert.deepEqual(audit, ['consent.set', 'consent.verified', 'consent.code-sent']);

      // The number changes hands: defaults again, and the old owner's session is over.
      const moved = await api('POST', '/api/v1/consent/09055551212/reassign', { reason: 'transfer' });
      assert.deepEqual(moved.json().settings, { detection: true, warnings: true, filtering: true, cncBlocking: true });
      const gone = await app.inject({ url: '/consent/settings', headers: { cookie } });
      assert.deepEqual([gone.statusCode, gone.headers.location], [303, '/consent?expired']);
    });

    test('codes expire after 10 minutes, die after 5 wrong guesses, and requests are limited per line; sessions end after 15 minutes', async () => {
      const line = '08077778888';
      let browser = 'sg_consent_req=' + 'b'.repeat(43);
      const ask = async () => {
        const r = await app.inject({ method: 'POST', url: '/consent/code', ...withCookie(form({ line, lang: 'en' }), browser) });
        if (r.statusCode === 200) browser = requestCookie(r);
        return r;
      };
      const verify = (code: string) => app.inject({ method: 'POST', url: '/consent/verify', ...withCookie(form({ line, code, lang: 'en' }), browser) });

      assert.equal((await ask()).statusCode, 200);
      const firstSms = await inbox.next();
      assert.equal(firstSms.parts, 1, 'in English too, one part');
      assert.match(firstSms.text, /^[ -~]+$/, 'GSM-7 only');
      const first = codeOf(firstSms);
      now = new Date(now.getTime() + 10 * 60_000 + 1);
      const late = await verify(first);
      assert.equal(late.statusCode, 400);
      assert.match(late.body, /expired/);

      assert.equal((await ask()).statusCode, 200);
      const second = codeOf(await inbox.next());
      const other = second === '123456' ? '654321' : '123456';
      for (let i = 0; i < 4; i++) assert.match((await verify(other)).body, /That code is not right/);
      const fifth = await verify(other);
      assert.equal(fifth.statusCode, 400);
      assert.match(fifth.body, /Too many wrong codes/);
      const tooLate = await verify(second);
      assert.equal(tooLate.statusCode, 400, 'the right code no longer works after five wrong ones');
      assert.match(tooLate.body, /no valid code/);

      assert.equal((await ask()).statusCode, 200);
      const third = codeOf(await inbox.next());
      const limited = await ask();
      assert.equal(limited.statusCode, 429, 'three codes a quarter-hour per line from one address');
      assert.ok(Number(limited.headers['retry-after']) > 0);
      assert.equal(inbox.pending, 0, 'no SMS for a refused request');

      const ok = await verify(third);
      assert.equal(ok.statusCode, 303);
      const cookie = sessionCookie(ok);
      assert.equal((await app.inject({ url: '/consent/settings', headers: { cookie } })).statusCode, 200);
      now = new Date(now.getTime() + 15 * 60_000 + 1);
      const expired = await app.inject({ url: '/consent/settings', headers: { cookie } });
      assert.deepEqual([expired.statusCode, expired.headers.location], [303, '/consent?expired']);
      assert.match((await app.inject({ url: '/consent?expired&lang=en' })).body, /has expired/);
    });

    test('while an infected case is open, the page cannot turn detection off (the carrier can); the other settings still change', async () => {
      const line = '09066667777';
      const records = linesRecords(env.store, { clock: () => now });
      const opened = await records.recordFlag({ kind: 'infected', line, score: 90, firstFlaggedAt: now.getTime(), reasons: [] }, { source: 'test' }, 'test');
      assert.ok(opened.recorded);
      const sent = await app.inject({ method: 'POST', url: '/consent/code', ...form({ line, lang: 'en' }) });
      const browser = requestCookie(sent);
      const ok = await app.inject({ method: 'POST', url: '/consent/verify', ...withCookie(form({ line, code: codeOf(await inbox.next()), lang: 'en' }), browser) });
      const cookie = sessionCookie(ok);
      const shown = await app.inject({ url: '/consent/settings?lang=en', headers: { cookie } });
      assert.match(shown.body, /<fieldset class="setting"[^>]* disabled>\s*<legend>[^<]*detect/i);
      assert.match(shown.body, /id="detection-held">Your carrier is dealing with a suspected infection/);
      const csrf = csrfIn(shown.body);
      const both = withCsrfCookie(cookie, shown);
      const post = (fields: Record<string, string>) => app.inject({ method: 'POST', url: '/consent/settings', headers: { cookie: both, 'content-type': 'application/x-www-form-urlencoded' }, payload: new URLSearchParams({ lang: 'en', csrf, ...fields }).toString() });
      const forced = await post({ detection: 'off', warnings: 'on', filtering: 'on', cncBlocking: 'on' });
      assert.equal(forced.statusCode, 409, 'a hand-made form cannot turn it off either');
      const v0 = await openConsent(env.store).get(line);
      assert.equal(v0.ok && v0.value.settings.detection, true);
      // The disabled fieldset posts no detection: the others are saved.
      const others = await post({ warnings: 'off', filtering: 'on', cncBlocking: 'on' });
      assert.equal(others.statusCode, 303, others.body);
      const v1 = await openConsent(env.store).get(line);
      assert.deepEqual(v1.ok ? v1.value.settings : null, { detection: true, warnings: false, filtering: true, cncBlocking: true });
      // Through the carrier's channel it works, and once the case is closed the page does too.
      const viaCarrier = await api('PUT', `/api/v1/consent/${line}`, { detection: false });
      assert.deepEqual(viaCarrier.json().changed, ['detection']);
      assert.ok((await api('PUT', `/api/v1/consent/${line}`, { detection: true })).json().changed.length === 1);
      assert.ok(opened.recorded && (await records.setState(opened.caseId, 'closed', 'analyst')).ok);
      const freed = await app.inject({ url: '/consent/settings?lang=en', headers: { cookie } });
      assert.doesNotMatch(freed.body, /detection-held/);
      assert.equal((await post({ detection: 'off', warnings: 'off', filtering: 'on', cncBlocking: 'on' })).statusCode, 303);
    });

    test('a carrier PUT that changes nothing still leaves an audit row', async () => {
      const line = '07088889999';
      assert.deepEqual((await api('PUT', `/api/v1/consent/${line}`, { detection: true })).json().changed, []);
      const audit = (await env.store.audit.list({ limit: 20 })).filter((a) => a.subject === line);
      assert.deepEqual(audit.map((a) => a.action), ['consent.set-unchanged']);
      assert.match(audit[0]?.actor ?? '', /^Example Mobile \(K-/);
    });

    test('without an SMSC link the page says so plainly and makes no code', async () => {
      const offline = await buildApp({ engine, store: env.store, config: { rateLimit: 0 }, plugins: [{ name: 'consent', plugin: consentPlugin }], sms: lateSmsSender(), clock: () => now });
      try {
        const start = await offline.inject({ url: '/consent' });
        assert.match(start.body, /id="no-smsc"/);
        assert.match(start.body, /SMSの送信設備につながっていません/);
        const r = await offline.inject({ method: 'POST', url: '/consent/code', ...form({ line: '07011112222', lang: 'en' }) });
        assert.equal(r.statusCode, 503);
        assert.match(r.body, /not connected to the SMS network/);
        const rows = await env.store.db.withTables<{ consent_codes: { line: string } }>().selectFrom('consent_codes').select('line').where('line', '=', '07011112222').execute();
        assert.equal(rows.length, 0);
      } finally {
        await offline.close();
      }
    });
  });
}

for (const target of TEST_DATABASES) {
  suite(target.name, target.skip, async () => {
    const db = target.create();
    return { store: await db.open(), cleanup: () => db.cleanup() };
  });
}
