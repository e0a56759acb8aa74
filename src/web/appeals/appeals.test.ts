// Appeals through the HTTP app: the public JSON API and page, the analysts' API, what an
// accepted appeal does to /api/v1/check, and the well-known fetch's refusals under the
// production policy (names in a real BIND test zone that point at private addresses).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { PRODUCTION_FETCH } from '../../appeals/index.js';
import { namedSkip, startNamed, type TestDns } from '../../appeals/test-dns.js';
import { getEngine } from '../../engine/index.js';
import { openReputationSnapshot, type ReputationSnapshot } from '../../reputation/index.js';
import type { Store } from '../../store/index.js';
import { sqliteDatabase, type TestDatabase } from '../../store/test-support.js';
import { buildApp } from '../index.js';

const engine = getEngine();
const ZONE = 'appeal-web.top';
const RECORDS = ['loopback IN A 127.0.0.1', 'private IN A 10.20.30.40', 'metadata IN A 169.254.169.254', 'v6loopback IN AAAA ::1', 'shop IN A 93.184.215.14'];
const LURE = `配達日時を確認してください https://shop.${ZONE}/track/55`;
const bearer = (key: string) => ({ authorization: `Bearer ${key}` });
const form = (fields: Record<string, string>) => ({ payload: new URLSearchParams(fields).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' } });

describe('appeals over HTTP', { skip: namedSkip }, () => {
  let dns: TestDns;
  let db: TestDatabase;
  let store: Store;
  let reputation: ReputationSnapshot;
  let app: FastifyInstance;
  before(async () => {
    dns = await startNamed(ZONE, RECORDS);
    db = sqliteDatabase();
    store = await db.open();
    reputation = await openReputationSnapshot(store, { refreshMs: 0 });
    // The production fetch policy: only the resolver is the test's.
    app = await buildApp({ engine, store, reputation, config: { rateLimit: 0 }, appealsForTests: { resolver: dns.resolver, fetchPolicy: PRODUCTION_FETCH, perAddressPerHour: 1000 } });
  });
  after(async () => {
    await app?.close();
    reputation?.close();
    await db?.cleanup();
    await dns?.stop();
  });
  const appeal = (payload: object, remoteAddress = '192.0.2.1') => app.inject({ method: 'POST', url: '/api/v1/appeals', payload, remoteAddress });
  const check = async () => (await app.inject({ method: 'POST', url: '/api/v1/check', payload: { text: LURE } })).json() as { verdict: string; reasons: { code: string }[] };

  it('refuses bad input with stable codes', async () => {
    const cases: [object, number, string][] = [
      // Address literals never become appeals (nothing to own): only names, checked when fetched.
      [{ subject: 'http://10.0.0.1/', email: 'a@example.jp', explanation: 'x' }, 400, 'E_BAD_SUBJECT'],
      [{ subject: '127.0.0.1', email: 'a@example.jp', explanation: 'x' }, 400, 'E_BAD_SUBJECT'],
      [{ subject: 'http://169.254.169.254/latest/meta-data/', email: 'a@example.jp', explanation: 'x' }, 400, 'E_BAD_SUBJECT'],
      [{ subject: 'https://[::1]/', email: 'a@example.jp', explanation: 'x' }, 400, 'E_BAD_SUBJECT'],
      [{ subject: 'example.jp', email: 'nobody', explanation: 'x' }, 400, 'E_BAD_EMAIL'],
      [{ subject: 'example.jp', email: 'a@example.jp', explanation: '   ' }, 400, 'E_BAD_EXPLANATION'],
      [{ subject: 'example.jp', email: 'a@example.jp' }, 400, 'E_VALIDATION'],
      [{ subject: 'example.jp', email: 'a@example.jp', explanation: 'x', extra: 1 }, 400, 'E_VALIDATION'],
    ];
    for (const [payload, status, code] of cases) {
      const r = await appeal(payload);
      assert.equal(r.statusCode, status, JSON.stringify(payload));
      assert.equal(r.json().code, code, JSON.stringify(payload));
      assert.equal(r.headers['x-error-code'], code);
    }
    const v = await app.inject({ method: 'POST', url: '/api/v1/appeals/A-00000-00000/verify' });
    assert.equal(v.statusCode, 404);
    assert.equal(v.json().code, 'E_NOT_FOUND');
  });

  it('the well-known fetch refuses names that resolve to loopback, private, metadata and IPv6 loopback addresses', async () => {
    for (const [name, address] of [['loopback', '127.0.0.1'], ['private', '10.20.30.40'], ['metadata', '169.254.169.254'], ['v6loopback', '::1']]) {
      const made = await appeal({ subject: `${name}.${ZONE}`, email: 'a@example.jp', explanation: 'ours' });
      assert.equal(made.statusCode, 201);
      const v = await app.inject({ method: 'POST', url: `/api/v1/appeals/${made.json().id}/verify` });
      assert.equal(v.statusCode, 422, name);
      assert.equal(v.json().code, 'E_NOT_PROVEN');
      assert.equal(v.json().checks.file, `E_ADDRESS_REFUSED: ${name}.${ZONE} resolves to an address that is not public (private, loopback, link-local, shared or reserved)`);
      assert.ok(!v.body.includes(address), `${name}: the public answer names the address our resolver saw`);
    }
  });

  it('proof by DNS, then an analyst accepts: the suspected link stops blocking, named REPUTATION_ALLOWLISTED; revoking restores the block', async () => {
    for (const ip of ['198.51.100.1', '198.51.100.2', '198.51.100.3']) {
      assert.equal((await app.inject({ method: 'POST', url: '/api/v1/reports', payload: { text: LURE }, remoteAddress: ip })).statusCode, 201);
    }
    await reputation.refresh();
    assert.equal((await check()).verdict, 'block');
    const made = await appeal({ subject: ZONE, email: 'owner@appeal-web.top', explanation: '当社の配送通知です', lang: 'ja' });
    assert.equal(made.statusCode, 201);
    const body = made.json() as { id: string; state: string; token: string; instructions: { dns: { name: string; value: string } } };
    assert.equal(body.state, 'pending_verification');
    assert.equal(body.instructions.dns.name, `_smishguard.${ZONE}`);
    const notYet = await app.inject({ method: 'POST', url: `/api/v1/appeals/${body.id}/verify` });
    assert.equal(notYet.statusCode, 422);
    await dns.setRecords([...RECORDS, `_smishguard IN TXT "${body.instructions.dns.value}"`]);
    const proven = await app.inject({ method: 'POST', url: `/api/v1/appeals/${body.id}/verify` });
    assert.equal(proven.statusCode, 200);
    assert.deepEqual(proven.json(), { id: body.id, state: 'verified', method: 'dns' });

    const reporter = (await store.apiKeys.create({ org: 'Partner', role: 'reporter' })).key;
    const analyst = (await store.apiKeys.create({ org: 'SOC', role: 'analyst' })).key;
    const decide = (key: string, payload: object) => app.inject({ method: 'POST', url: `/api/v1/appeals/${body.id}/decision`, payload, headers: bearer(key) });
    assert.equal((await decide(reporter, { action: 'accept' })).statusCode, 403);
    assert.equal((await app.inject({ method: 'GET', url: '/api/v1/appeals' })).statusCode, 401);
    const listed = await app.inject({ method: 'GET', url: '/api/v1/appeals?state=verified', headers: bearer(analyst) });
    assert.deepEqual((listed.json() as { appeals: { id: string; contactEmail: string }[] }).appeals.map((a) => [a.id, a.contactEmail]), [[body.id, 'owner@appeal-web.top']]);
    const accepted = await decide(analyst, { action: 'accept', note: 'registrant matches' });
    assert.equal(accepted.statusCode, 200);
    assert.equal(accepted.json().appeal.state, 'accepted');
    const after = await check();
    assert.notEqual(after.verdict, 'block');
    assert.ok(after.reasons.some((r) => r.code === 'REPUTATION_ALLOWLISTED'));
    assert.ok(!after.reasons.some((r) => r.code === 'REPUTATION_DOMAIN' || r.code === 'REPUTATION_URL'));
    assert.equal((await decide(analyst, { action: 'accept' })).json().code, 'E_ALREADY_DECIDED');
    const revoked = await decide(analyst, { action: 'revoke', note: 'domain sold' });
    assert.equal(revoked.statusCode, 200);
    assert.equal((await check()).verdict, 'block');
    const audit = (await store.audit.list({ limit: 100 })).map((a) => a.action);
    for (const a of ['appeals.submit', 'appeals.verify', 'appeals.list', 'appeals.accept', 'appeals.revoke']) assert.ok(audit.includes(a), a);
    // The indicators' own decision log holds the rejection the acceptance made, and its reversal.
    const decisions = await app.inject({ method: 'GET', url: `/api/v1/indicators/decisions?kind=domain&value=${ZONE}`, headers: bearer(analyst) });
    assert.deepEqual((decisions.json() as { decisions: { action: string }[] }).decisions.map((d) => d.action).map((a) => a.replace(/\d+/, 'N')), ['revert:N', 'reject']);
  });

  it('a number goes to analysts as it is; verifying it says why not', async () => {
    const made = await appeal({ subject: '0120-444-555', email: 'a@example.jp', explanation: 'our support line' });
    assert.equal(made.statusCode, 201);
    assert.deepEqual([made.json().state, made.json().token, made.json().instructions, made.json().subject], ['unverified', null, null, { kind: 'phone', value: '0120444555' }]);
    const v = await app.inject({ method: 'POST', url: `/api/v1/appeals/${made.json().id}/verify` });
    assert.equal(v.statusCode, 409);
    assert.equal(v.json().code, 'E_NOT_VERIFIABLE');
  });

  it('the page is Japanese first, English on asking; it shows errors with codes and the token once', async () => {
    const ja = await app.inject({ method: 'GET', url: '/appeal' });
    assert.equal(ja.statusCode, 200);
    assert.match(ja.body, /<html lang="ja">/);
    assert.match(ja.body, /<h1>ブロックへの異議申し立て<\/h1>/);
    assert.match(ja.headers['content-security-policy'] as string, /default-src 'none'/);
    const en = await app.inject({ method: 'GET', url: '/appeal?lang=en' });
    assert.match(en.body, /<h1>Appeal a block<\/h1>/);
    const bad = await app.inject({ method: 'POST', url: '/appeal', ...form({ lang: 'ja', subject: 'shop.appeal-web.top', email: 'no', explanation: '説明' }) });
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.headers['x-error-code'], 'E_BAD_EMAIL');
    assert.match(bad.body, /メールアドレスを正しく入力してください/);
    assert.match(bad.body, /value="shop.appeal-web.top"/, 'what was typed is kept');
    const ok = await app.inject({ method: 'POST', url: '/appeal', ...form({ lang: 'ja', subject: 'shop.appeal-web.top', email: 'a@example.jp', explanation: '説明' }) });
    assert.equal(ok.statusCode, 201);
    assert.match(ok.body, /申し立てを受け付けました/);
    assert.match(ok.body, /_smishguard\.shop\.appeal-web\.top/);
    assert.match(ok.body, /smishguard-verify=[A-Za-z0-9_-]{43}/);
  });

  it('appeals are limited per address (429 E_APPEAL_LIMIT with Retry-After)', async () => {
    const limited = await buildApp({ engine, store, config: { rateLimit: 0 }, appealsForTests: { resolver: dns.resolver, perAddressPerHour: 2 } });
    try {
      const send = () => limited.inject({ method: 'POST', url: '/api/v1/appeals', payload: { subject: 'EXAMPLE', email: 'a@example.jp', explanation: 'x' }, remoteAddress: '203.0.113.9' });
      assert.equal((await send()).statusCode, 201);
      assert.equal((await send()).statusCode, 201);
      const third = await send();
      assert.equal(third.statusCode, 429);
      assert.equal(third.json().code, 'E_APPEAL_LIMIT');
      assert.ok(Number(third.headers['retry-after']) > 0);
    } finally {
      await limited.close();
    }
  });
});
