// Appeals on both stores: validation, proof by a DNS TXT record (a real BIND serving a test
// zone) and by the well-known file (a local web server, reached only because the test's fetch
// policy allows 127.0.0.1 — the production policy refuses it, and every other private name),
// analysts' decisions and what they do to verdicts.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { after, afterEach, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { getEngine } from '../engine/index.js';
import { indicatorsOf, openReputationSnapshot, withReputation } from '../reputation/index.js';
import { TEST_DATABASES } from '../store/test-support.js';
import { createAppealService, PENDING_DAYS, PRODUCTION_FETCH, WELL_KNOWN_PATH, type AppealService, type FetchPolicy } from './index.js';
import { namedSkip, startNamed, type TestDns } from './test-dns.js';

const engine = getEngine();
const ZONE = 'appeal-test.jp';
const BASE_RECORDS = [
  'dnsowner IN A 93.184.215.14', 'fileowner IN A 127.0.0.1', 'loopback IN A 127.0.0.1', 'private IN A 10.1.2.3',
  'metadata IN A 169.254.169.254', 'v6loopback IN AAAA ::1', 'mixed IN A 93.184.215.14', 'mixed IN A 10.0.0.7',
];
const LURE_URL = `https://dnsowner.${ZONE}/parcel/8231`;
const LURE = `お荷物の配達日時を確認してください ${LURE_URL}`;

let dns: TestDns | undefined;
let web: Server;
let webPort = 0;
let webHits = 0;
/** What the local website serves at the well-known path, per host name. */
const files = new Map<string, { status: number; body: string; location?: string }>();

before(async () => {
  if (namedSkip) return;
  dns = await startNamed(ZONE, BASE_RECORDS);
  web = createServer((req, res) => {
    webHits++;
    const f = req.url === WELL_KNOWN_PATH ? files.get((req.headers.host ?? '').split(':')[0] as string) : undefined;
    if (!f) { res.writeHead(404).end('not here'); return; }
    res.writeHead(f.status, f.location ? { location: f.location } : {}).end(f.body);
  });
  await new Promise<void>((r) => web.listen(0, '127.0.0.1', () => r()));
  webPort = (web.address() as { port: number }).port;
});
after(async () => {
  await dns?.stop();
  await new Promise((r) => (web ? web.close(r) : r(undefined)));
});

/** The test's policy: plain HTTP to the local server's port; 127.0.0.1 deliberately allowed. */
const testPolicy = (): FetchPolicy => ({ scheme: 'http', port: webPort, isAllowedAddress: (ip) => ip === '127.0.0.1', timeoutMs: 5000, maxBytes: 1024 });
/** Production's address rule, aimed at the local server's port: a refusal here means no connection was made. */
const productionRule = (): FetchPolicy => ({ ...PRODUCTION_FETCH, scheme: 'http', port: webPort });

for (const t of TEST_DATABASES) {
  describe(`appeals on ${t.name}`, { skip: t.skip || namedSkip }, () => {
    const dbs: { cleanup(): Promise<void> }[] = [];
    afterEach(async () => { for (const d of dbs.splice(0)) await d.cleanup(); });
    const fresh = async (policy: FetchPolicy = testPolicy(), extra: { perAddressPerHour?: number; clock?: () => Date } = {}) => {
      await dns?.setRecords(BASE_RECORDS);
      const db = t.create();
      dbs.push(db);
      const store = await db.open();
      const snapshot = await openReputationSnapshot(store, { refreshMs: 0 });
      const appeals: AppealService = createAppealService({
        store, engine, indicators: snapshot.indicators, allowList: snapshot.allowList, resolver: dns?.resolver, fetchPolicy: policy, refresh: snapshot.refresh, ...extra,
      });
      return { store, snapshot, appeals };
    };
    const submit = (appeals: AppealService, subject: string, client = '192.0.2.10') =>
      appeals.submit({ subject, email: 'owner@example.jp', explanation: '当社の正規の配送通知用ドメインです。', client });

    it('refuses what it cannot act on, each field with its code; numbers and sender IDs go to analysts unverified, without a token', async () => {
      const { appeals } = await fresh();
      const bad = await appeals.submit({ subject: 'https://127.0.0.1/x', email: 'not-an-address', explanation: '  ', client: 'c' });
      assert.ok(!bad.ok && bad.code === 'E_VALIDATION');
      assert.deepEqual(bad.errors.map((e) => [e.field, e.code]), [['subject', 'E_BAD_SUBJECT'], ['email', 'E_BAD_EMAIL'], ['explanation', 'E_BAD_EXPLANATION']]);
      const sender = await submit(appeals, 'EXAMPLE');
      assert.ok(sender.ok);
      assert.equal(sender.appeal.state, 'unverified');
      assert.deepEqual(sender.appeal.subject, { kind: 'sender', value: 'EXAMPLE' });
      assert.equal(sender.token, null);
      const v = await appeals.verify(sender.appeal.id, 'c');
      assert.ok(!v.ok && v.code === 'E_NOT_VERIFIABLE');
      const phone = await submit(appeals, '03-1234-5678');
      assert.ok(phone.ok && phone.appeal.subject.kind === 'phone' && phone.appeal.subject.value === '0312345678');
    });

    it('a DNS TXT record with the token proves the name; another token or none does not', async () => {
      const { appeals, store } = await fresh();
      const made = await submit(appeals, `https://dnsowner.${ZONE}/`);
      assert.ok(made.ok && made.token && made.instructions);
      assert.equal(made.appeal.state, 'pending_verification');
      assert.deepEqual(made.instructions.dns, { name: `_smishguard.dnsowner.${ZONE}`, type: 'TXT', value: `smishguard-verify=${made.token}` });
      assert.equal(made.instructions.file.url, `https://dnsowner.${ZONE}${WELL_KNOWN_PATH}`);
      const none = await appeals.verify(made.appeal.id, 'c');
      assert.ok(!none.ok && none.code === 'E_NOT_PROVEN');
      assert.match(none.checks?.dns ?? '', /no TXT record/);
      const other = await submit(appeals, `dnsowner.${ZONE}`);
      assert.ok(other.ok && other.token);
      await dns?.setRecords([...BASE_RECORDS, `_smishguard.dnsowner IN TXT "smishguard-verify=${other.token}"`]);
      const wrong = await appeals.verify(made.appeal.id, 'c');
      assert.ok(!wrong.ok);
      assert.match(wrong.checks?.dns ?? '', /another token/);
      await dns?.setRecords([...BASE_RECORDS, `_smishguard.dnsowner IN TXT "v=spf1 -all"`, `_smishguard.dnsowner IN TXT "smishguard-verify=${made.token}"`]);
      const ok = await appeals.verify(made.appeal.id, 'c');
      assert.ok(ok.ok, JSON.stringify(ok));
      assert.equal(ok.method, 'dns');
      assert.equal(ok.appeal.state, 'verified');
      assert.equal(ok.appeal.verification.attempts, 3);
      // The token itself is not kept: only its keyed hash.
      const raw = JSON.stringify(await store.db.withTables<{ appeals: Record<string, unknown> }>().selectFrom('appeals').selectAll().execute());
      assert.ok(!raw.includes(made.token), 'the token is not stored');
      const audit = await store.audit.list({ limit: 50 });
      assert.deepEqual(audit.filter((a) => a.subject === made.appeal.id).map((a) => a.action).sort(), ['appeals.submit', 'appeals.verify', 'appeals.verify', 'appeals.verify']);
    });

    it(`a domain's appeal left without proof expires after ${PENDING_DAYS} days, audited; an appeal waiting for analysts does not`, async () => {
      let now = new Date('2026-12-01T00:00:00Z');
      const { appeals, store } = await fresh(testPolicy(), { clock: () => now });
      const domain = await submit(appeals, `https://dnsowner.${ZONE}/`);
      const sender = await submit(appeals, 'EXAMPLE');
      assert.ok(domain.ok && sender.ok);
      now = new Date(now.getTime() + (PENDING_DAYS - 1) * 86_400_000);
      const early = await appeals.verify(domain.appeal.id, 'c');
      assert.ok(!early.ok && early.code === 'E_NOT_PROVEN', 'still open the day before');
      now = new Date(Date.parse('2026-12-01T00:00:00Z') + PENDING_DAYS * 86_400_000 + 60_000);
      const late = await appeals.verify(domain.appeal.id, 'c');
      assert.ok(!late.ok && late.code === 'E_EXPIRED');
      const view = await appeals.get(domain.appeal.id);
      assert.equal(view?.state, 'expired');
      assert.equal(view?.decision?.by, 'system');
      assert.equal((await appeals.get(sender.appeal.id))?.state, 'unverified');
      assert.deepEqual((await appeals.list({ state: 'expired', limit: 10 })).map((a) => a.id), [domain.appeal.id]);
      assert.equal(await appeals.expire(), 0, 'expired once');
      const accept = await appeals.decide(domain.appeal.id, 'accept', 'key:K-A', null);
      assert.ok(!accept.ok && accept.code === 'E_ALREADY_DECIDED');
      const audit = (await store.audit.list({ limit: 50 })).filter((a) => a.subject === domain.appeal.id).map((a) => a.action);
      assert.deepEqual(audit.sort(), ['appeals.expire', 'appeals.submit', 'appeals.verify']);
    });

    it('the well-known file proves the name, fetched from the address checked (the name exists only in the test DNS); no redirects, at most 1 KiB', async () => {
      const { appeals } = await fresh();
      const made = await submit(appeals, `fileowner.${ZONE}`);
      assert.ok(made.ok && made.token);
      files.set(`fileowner.${ZONE}`, { status: 302, body: '', location: `http://127.0.0.1:${webPort}/elsewhere` });
      const redirected = await appeals.verify(made.appeal.id, 'c');
      assert.ok(!redirected.ok);
      assert.match(redirected.checks?.file ?? '', /E_REDIRECT/);
      files.set(`fileowner.${ZONE}`, { status: 200, body: `${made.token}\n${'x'.repeat(2000)}` });
      const large = await appeals.verify(made.appeal.id, 'c');
      assert.ok(!large.ok);
      assert.match(large.checks?.file ?? '', /E_TOO_LARGE/);
      files.set(`fileowner.${ZONE}`, { status: 200, body: `# smishguard\n${made.token}\n` });
      const ok = await appeals.verify(made.appeal.id, 'c');
      assert.ok(ok.ok, JSON.stringify(ok));
      assert.equal(ok.method, 'file');
    });

    it('the production address rule refuses loopback, private, link-local (metadata) and IPv6 loopback names — before any connection', async () => {
      const { appeals } = await fresh(productionRule());
      const hitsBefore = webHits;
      for (const [name, address] of [['loopback', '127.0.0.1'], ['private', '10.1.2.3'], ['metadata', '169.254.169.254'], ['v6loopback', '::1'], ['mixed', '10.0.0.7']]) {
        const made = await submit(appeals, `${name}.${ZONE}`);
        assert.ok(made.ok && made.token);
        files.set(`${name}.${ZONE}`, { status: 200, body: made.token });
        const v = await appeals.verify(made.appeal.id, 'c');
        assert.ok(!v.ok, name);
        assert.match(v.checks?.file ?? '', new RegExp(`E_ADDRESS_REFUSED: ${name}\\.${ZONE.replace('.', '\\.')} resolves to an address that is not public`), name);
        // The verify answer is public: it must not map the addresses our resolver sees (an internal view).
        assert.ok(!v.message.includes(address) && !(v.checks?.file ?? '').includes(address), `${name}: ${v.message}`);
      }
      assert.equal(webHits, hitsBefore, 'the local server was never asked');
    });

    it('appeals are limited per address', async () => {
      const { appeals } = await fresh(testPolicy(), { perAddressPerHour: 2 });
      assert.ok((await submit(appeals, 'EXAMPLE', '198.51.100.1')).ok);
      assert.ok((await submit(appeals, 'EXAMPLE', '198.51.100.1')).ok);
      const third = await submit(appeals, 'EXAMPLE', '198.51.100.1');
      assert.ok(!third.ok && third.code === 'E_APPEAL_LIMIT' && third.retryAfterS > 0);
      assert.ok((await submit(appeals, 'EXAMPLE', '198.51.100.2')).ok);
    });

    it('appeals are limited per subject too: many addresses cannot fill the analysts\' queue with one number', async () => {
      const { appeals } = await fresh();
      for (let i = 1; i <= 3; i++) assert.ok((await submit(appeals, '050-9999-0000', `198.51.100.${i}`)).ok);
      const fourth = await submit(appeals, '0509999-0000', '198.51.100.4');
      assert.ok(!fourth.ok && fourth.code === 'E_APPEAL_LIMIT', JSON.stringify(fourth));
      assert.ok((await submit(appeals, '050-9999-0001', '198.51.100.4')).ok, 'another number is another subject');
      // Once analysts decide one, another may be filed.
      const waiting = await appeals.list({ state: 'unverified', limit: 10 });
      const first = waiting.find((a) => a.subject.value === '05099990000')!;
      assert.ok((await appeals.decide(first.id, 'reject', 'key:K-A', 'not theirs')).ok);
      assert.ok((await submit(appeals, '050-9999-0000', '198.51.100.5')).ok);
    });

    it('an acceptance is one commit: a fault while rejecting the indicators leaves no allow-list entry, and a later revocation undoes every rejection', async () => {
      const { appeals, snapshot, store } = await fresh();
      const ind = snapshot.indicators;
      const CALLBACK = '折り返しお電話ください 050-1234-5678';
      for (const who of ['a', 'b', 'c']) {
        await ind.record({ reporter: `sub:${who}`, org: null, trustedOrg: false, flagged: true, indicators: indicatorsOf(engine.analyse({ text: CALLBACK }), null) });
      }
      const made = await submit(appeals, '050-1234-5678');
      assert.ok(made.ok && made.appeal.state === 'unverified');
      // The store fails at the indicators' decision (a full disk, a lost connection): a trigger, not a stub of our code.
      if (store.dialect === 'sqlite') {
        await sql`create trigger appeal_fault before insert on reputation_decisions begin select raise(abort, 'injected fault'); end`.execute(store.db);
      } else {
        await sql`create or replace function appeal_fault() returns trigger language plpgsql as $$ begin raise exception 'injected fault'; end $$`.execute(store.db);
        await sql`create trigger appeal_fault before insert on reputation_decisions for each row execute function appeal_fault()`.execute(store.db);
      }
      await assert.rejects(appeals.decide(made.appeal.id, 'accept', 'key:K-A', 'our call centre'), /injected fault/);
      assert.equal((await appeals.get(made.appeal.id))?.state, 'unverified', 'nothing of the acceptance was kept');
      assert.deepEqual(await snapshot.allowList.list({ active: true, limit: 10 }), []);
      await sql`drop trigger appeal_fault${sql.raw(store.dialect === 'sqlite' ? '' : ' on reputation_decisions')}`.execute(store.db);
      const accepted = await appeals.decide(made.appeal.id, 'accept', 'key:K-A', 'our call centre');
      assert.ok(accepted.ok && accepted.indicatorDecisions.length === 1, JSON.stringify(accepted));
      assert.equal((await ind.get({ kind: 'phone', value: '05012345678' }))?.state, 'rejected');
      assert.ok((await appeals.decide(made.appeal.id, 'revoke', 'key:K-B', 'not theirs after all')).ok);
      assert.equal((await ind.get({ kind: 'phone', value: '05012345678' }))?.state, 'suspected', 'the revocation found the rejection to undo');
      // The audit row commits with the decision: when it cannot be written, the decision is not made either.
      const other = await submit(appeals, '050-1234-5679');
      assert.ok(other.ok);
      if (store.dialect === 'sqlite') {
        await sql`create trigger audit_fault before insert on audit when new.action like 'appeals.%' begin select raise(abort, 'injected audit fault'); end`.execute(store.db);
      } else {
        await sql`create or replace function audit_fault() returns trigger language plpgsql as $$ begin if new.action like 'appeals.%' then raise exception 'injected audit fault'; end if; return new; end $$`.execute(store.db);
        await sql`create trigger audit_fault before insert on audit for each row execute function audit_fault()`.execute(store.db);
      }
      await assert.rejects(appeals.decide(other.appeal.id, 'reject', 'key:K-A', 'not theirs'), /injected audit fault/);
      assert.equal((await appeals.get(other.appeal.id))?.state, 'unverified', 'no decision without its audit record');
    });

    it('accepting allow-lists the name and rejects its indicators; the suspected link no longer blocks; revoking restores both; all audited', async () => {
      const { appeals, snapshot, store } = await fresh();
      const ind = snapshot.indicators;
      for (const who of ['a', 'b', 'c']) {
        await ind.record({ reporter: `sub:${who}`, org: null, trustedOrg: false, flagged: true, indicators: indicatorsOf(engine.analyse({ text: LURE }), null) });
      }
      await snapshot.refresh();
      const verdict = () => withReputation(engine, snapshot.lookup).analyse({ text: LURE });
      assert.equal(verdict().verdict, 'block');
      const made = await submit(appeals, ZONE);
      assert.ok(made.ok && made.token);
      const early = await appeals.decide(made.appeal.id, 'accept', 'key:K-A', 'looks fine');
      assert.ok(!early.ok && early.code === 'E_NOT_VERIFIED');
      await dns?.setRecords([...BASE_RECORDS, `_smishguard IN TXT "smishguard-verify=${made.token}"`]);
      assert.ok((await appeals.verify(made.appeal.id, 'c')).ok);
      const accepted = await appeals.decide(made.appeal.id, 'accept', 'key:K-A', 'owner confirmed by phone');
      assert.ok(accepted.ok, JSON.stringify(accepted));
      assert.equal(accepted.appeal.state, 'accepted');
      assert.ok(accepted.appeal.allowEntry);
      assert.equal((await ind.get({ kind: 'domain', value: ZONE }))?.state, 'rejected');
      assert.equal((await ind.get({ kind: 'host', value: `dnsowner.${ZONE}` }))?.state, 'suspected', 'a host under it stays suspected: the allow-list covers it in verdicts');
      assert.equal(accepted.indicatorDecisions.length, 1);
      const v = verdict();
      assert.notEqual(v.verdict, 'block', v.reasons.map((r) => r.code).join(' '));
      assert.ok(v.reasons.some((r) => r.code === 'REPUTATION_ALLOWLISTED'));
      assert.equal((await appeals.decide(made.appeal.id, 'reject', 'key:K-B', null)).ok, false);
      const revoked = await appeals.decide(made.appeal.id, 'revoke', 'key:K-B', 'the domain changed hands');
      assert.ok(revoked.ok);
      assert.equal(revoked.appeal.state, 'revoked');
      assert.equal((await ind.get({ kind: 'domain', value: ZONE }))?.state, 'suspected');
      assert.equal(verdict().verdict, 'block');
      assert.equal((await snapshot.allowList.list({ active: true, limit: 10 })).length, 0);
      const actions = (await store.audit.list({ limit: 50 })).filter((a) => a.subject === made.appeal.id).map((a) => a.action);
      assert.ok(actions.includes('appeals.accept') && actions.includes('appeals.revoke'));
      const log = await ind.decisions({ limit: 10, kind: 'domain', value: ZONE });
      assert.deepEqual(log.map((d) => d.action), [`revert:${accepted.indicatorDecisions[0]}`, 'reject']);
      // A number: no proof, an analyst accepts on the evidence; its suspicion stops counting.
      const CALLBACK = '折り返しお電話ください 050-1234-5678';
      for (const who of ['d', 'e', 'f']) {
        await ind.record({ reporter: `sub:${who}`, org: null, trustedOrg: false, flagged: true, indicators: indicatorsOf(engine.analyse({ text: CALLBACK }), null) });
      }
      await snapshot.refresh();
      const phoneVerdict = () => withReputation(engine, snapshot.lookup).analyse({ text: CALLBACK });
      assert.ok(phoneVerdict().reasons.some((r) => r.code === 'REPUTATION_PHONE'));
      const number = await submit(appeals, '050-1234-5678');
      assert.ok(number.ok && number.appeal.state === 'unverified');
      assert.ok((await appeals.decide(number.appeal.id, 'accept', 'key:K-A', 'our call centre')).ok);
      assert.ok(!phoneVerdict().reasons.some((r) => r.code === 'REPUTATION_PHONE'));
      assert.equal((await ind.get({ kind: 'phone', value: '05012345678' }))?.state, 'rejected', 'the acceptance rejected it through the indicators\' own decision');
      // A rejected appeal changes nothing.
      const other = await submit(appeals, 'EXAMPLE');
      assert.ok(other.ok);
      const rej = await appeals.decide(other.appeal.id, 'reject', 'key:K-A', 'not theirs');
      assert.ok(rej.ok && rej.appeal.state === 'rejected');
      assert.deepEqual((await appeals.list({ state: 'rejected', limit: 10 })).map((a) => a.id), [other.appeal.id]);
    });
  });
}
