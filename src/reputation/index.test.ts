// Indicators in the store, on both engines: evidence counting, promotion, never-block,
// analysts' decisions and their reversal, and the snapshot every process keeps.
import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { getEngine } from '../engine/index.js';
import { openTrustedIndicators } from '../lines/detector-deps.js';
import { openSenderRegistry } from '../registry/index.js';
import { TEST_DATABASES } from '../store/test-support.js';
import { getReputationData, indicatorsOf, openReputationSnapshot, withReputation, type ReportEvidence } from './index.js';

const engine = getEngine();
const data = getReputationData();
const LURE_URL = 'https://parcel-check.example.top/d/8231';
const LURE = `お荷物の配達日時を確認してください ${LURE_URL}`;

const report = (reporter: string, flagged = true, extra: Partial<ReportEvidence> = {}): ReportEvidence => ({
  reporter, org: null, trustedOrg: false, flagged, indicators: indicatorsOf(engine.analyse({ text: LURE }), null), ...extra,
});

for (const t of TEST_DATABASES) {
  describe(`indicators with a trust model on ${t.name}`, { skip: t.skip }, () => {
    const dbs: { cleanup(): Promise<void> }[] = [];
    // One schema alive at a time: Kysely's migrator looks for its lock table in every schema.
    afterEach(async () => { for (const d of dbs.splice(0)) await d.cleanup(); });
    const fresh = async (clock?: () => Date) => {
      const db = t.create();
      dbs.push(db);
      const store = await db.open();
      const snapshot = await openReputationSnapshot(store, { refreshMs: 0, clock });
      return { db, store, snapshot, indicators: snapshot.indicators };
    };
    const verdictOf = (s: { lookup: Parameters<typeof withReputation>[1] }, text: string) => withReputation(engine, s.lookup).analyse({ text });

    it('a report names each URL, its host and domain; one report, or a flood from one reporter, changes no verdict', async () => {
      const { snapshot, indicators } = await fresh();
      const before = engine.analyse({ text: LURE_URL });
      for (let i = 0; i < 20; i++) await indicators.record(report('sub:one'));
      await snapshot.refresh();
      const v = await indicators.get({ kind: 'url', value: LURE_URL });
      assert.equal(v?.state, 'observed');
      assert.deepEqual(v?.evidence, { reports: 20, reporters: 1, flaggedReporters: 1, orgs: 0, trustedOrgs: 0 });
      assert.equal((await indicators.get({ kind: 'host', value: 'parcel-check.example.top' }))?.state, 'observed');
      assert.equal(snapshot.size, 0);
      assert.deepEqual(verdictOf(snapshot, LURE_URL), before);
    });

    it('three independent reporters whose reports the engine flagged make it suspected, and it blocks', async () => {
      const { snapshot, indicators } = await fresh();
      await indicators.record(report('sub:a'));
      await indicators.record(report('sub:b'));
      await indicators.record(report('sub:c', false)); // the engine let this one through: not counted as flagged
      await snapshot.refresh();
      assert.equal(snapshot.size, 0);
      await indicators.record(report('sub:c'));
      await snapshot.refresh();
      const v = await indicators.get({ kind: 'url', value: LURE_URL });
      assert.equal(v?.state, 'suspected');
      assert.equal(v?.trusted, true);
      const a = verdictOf(snapshot, LURE_URL);
      assert.equal(a.verdict, 'block');
      assert.ok(a.reasons.some((r) => r.code === 'REPUTATION_URL'));
    });

    it('one flagged report from a trusted organisation is enough; from an untrusted one it is one reporter', async () => {
      const { snapshot, indicators } = await fresh();
      await indicators.record(report('org:partner', true, { org: 'partner', trustedOrg: false }));
      await snapshot.refresh();
      assert.equal(snapshot.size, 0);
      await indicators.record(report('org:carrier-x', true, { org: 'carrier-x', trustedOrg: true }));
      await snapshot.refresh();
      assert.equal((await indicators.get({ kind: 'url', value: LURE_URL }))?.state, 'suspected');
      assert.equal(verdictOf(snapshot, LURE_URL).verdict, 'block');
    });

    it('popular domains and bare shortener links never become bad, even from 50 flagged reporters; full URLs under them can', async () => {
      const { snapshot, indicators } = await fresh();
      const flood = (text: string) => indicatorsOf(engine.analyse({ text }), null);
      for (let i = 0; i < 50; i++) {
        await indicators.record({ reporter: `ip:${i}`, org: null, trustedOrg: false, flagged: true, indicators: flood('【重要】アカウントが停止されました。至急確認 https://google.com') });
        await indicators.record({ reporter: `ip:${i}`, org: null, trustedOrg: false, flagged: true, indicators: flood('【重要】アカウントが停止されました。至急確認 https://cutt.ly/') });
        await indicators.record({ reporter: `ip:${i}`, org: null, trustedOrg: false, flagged: true, indicators: flood('【重要】アカウントが停止されました。至急確認 https://cutt.ly/evil1') });
      }
      await snapshot.refresh();
      for (const [kind, value] of [['domain', 'google.com'], ['host', 'google.com'], ['url', 'https://google.com/'], ['domain', 'cutt.ly'], ['url', 'https://cutt.ly/']] as const) {
        const v = await indicators.get({ kind, value });
        assert.equal(v?.state, 'observed', `${kind} ${value}`);
        assert.equal(v?.protected, true);
      }
      assert.equal((await indicators.get({ kind: 'url', value: 'https://cutt.ly/evil1' }))?.state, 'suspected');
      for (const text of ['明日の集合場所はこちら https://maps.google.com/?q=35.68,139.76', 'https://google.com', '短縮URL https://cutt.ly/abc']) {
        assert.deepEqual(verdictOf(snapshot, text), engine.analyse({ text }), text);
      }
      assert.equal(verdictOf(snapshot, 'https://cutt.ly/evil1').verdict, 'block');
    });

    it('a brand\'s official number is never-block until its registry entry is revoked; then reports and analysts can make it bad', async () => {
      const { store, snapshot, indicators } = await fresh();
      const ref = { kind: 'phone', value: '0120050929' } as const; // SMBC's, in data/brands.json
      const flagged = (reporter: string): ReportEvidence => ({ reporter, org: null, trustedOrg: false, flagged: true, indicators: [ref] });
      for (const r of ['sub:a', 'sub:b', 'sub:c']) await indicators.record(flagged(r));
      let v = await indicators.get(ref);
      assert.equal(v?.protected, true);
      assert.equal(v?.state, 'observed');
      const refused = await indicators.decide(ref, 'confirm', 'key:K-A');
      assert.ok(!refused.ok && refused.code === 'E_PROTECTED');

      assert.ok((await openSenderRegistry(store).revoke('0120050929', 'key:admin', 'number no longer SMBC\'s')).ok);
      v = await indicators.get(ref);
      assert.equal(v?.protected, false);
      assert.equal((await indicators.list({ kind: 'phone', limit: 10 })).find((x) => x.value === ref.value)?.protected, false);
      await indicators.record(flagged('sub:d'));
      assert.equal((await indicators.get(ref))?.state, 'suspected');
      const confirmed = await indicators.decide(ref, 'confirm', 'key:K-A');
      assert.ok(confirmed.ok && confirmed.state === 'confirmed');
      await snapshot.refresh();
      assert.equal(snapshot.index.get('phone', ref.value, Date.now())?.level, 'confirmed');
    });

    it('analysts confirm, reject, expire, annotate; every decision is kept and can be reverted', async () => {
      const { snapshot, indicators } = await fresh();
      const ref = { kind: 'url', value: 'https://never-reported.example.top/x' } as const;
      const c = await indicators.decide(ref, 'confirm', 'key:K-A', 'seen in a partner feed');
      assert.ok(c.ok && c.state === 'confirmed');
      await snapshot.refresh();
      assert.equal(verdictOf(snapshot, ref.value).verdict, 'block');
      const r = await indicators.decide(ref, 'reject', 'key:K-B');
      assert.ok(r.ok && r.state === 'rejected');
      await snapshot.refresh();
      assert.notEqual(verdictOf(snapshot, ref.value).verdict, 'block');
      assert.ok(r.ok);
      const undo = await indicators.revert(r.decision, 'key:K-A', 'rejected by mistake');
      assert.ok(undo.ok && undo.state === 'confirmed');
      await snapshot.refresh();
      assert.equal(verdictOf(snapshot, ref.value).verdict, 'block');
      assert.deepEqual(await indicators.revert(r.decision, 'key:K-A'), { ok: false, code: 'E_ALREADY_REVERTED', message: `decision ${r.decision} was reverted by ${undo.ok ? undo.decision : 0}` });
      const e = await indicators.decide(ref, 'expire', 'key:K-A');
      assert.ok(e.ok && e.state === 'expired');
      const n = await indicators.decide(ref, 'annotate', 'key:K-A', 'campaign 2026-12');
      assert.ok(n.ok && n.state === 'expired');
      assert.equal((await indicators.get(ref))?.note, 'campaign 2026-12');
      const log = await indicators.decisions({ limit: 10, kind: 'url', value: ref.value });
      assert.deepEqual(log.map((d) => [d.action, d.fromState, d.toState]), [
        ['annotate', 'expired', 'expired'], ['expire', 'confirmed', 'expired'], [`revert:${r.decision}`, 'rejected', 'confirmed'], ['reject', 'confirmed', 'rejected'], ['confirm', 'observed', 'confirmed'],
      ]);
      assert.equal(log[3]?.revertedBy, undo.ok ? undo.decision : -1);
      assert.equal((await indicators.decide({ kind: 'domain', value: 'google.com' }, 'confirm', 'key:K-A')).ok, false);
    });

    it('a rejection holds against new reports; a suspicion fades out after its half-lives', async () => {
      let now = Date.parse('2026-12-01T00:00:00Z');
      const { snapshot, indicators } = await fresh(() => new Date(now));
      for (const who of ['a', 'b', 'c']) await indicators.record(report(`sub:${who}`));
      await snapshot.refresh();
      assert.equal(verdictOf(snapshot, LURE_URL).verdict, 'block');
      now += (data.policy.halfLifeDays.url * 3) * 86_400_000;
      assert.deepEqual(verdictOf(snapshot, LURE_URL).reasons.map((r) => r.code), engine.analyse({ text: LURE_URL }).reasons.map((r) => r.code), 'faded without a refresh: time alone');
      assert.equal((await indicators.get({ kind: 'url', value: LURE_URL }))?.state, 'expired');
      await indicators.record(report('sub:d'));
      await snapshot.refresh();
      assert.equal(verdictOf(snapshot, LURE_URL).verdict, 'block', 'a new flagged report renews it');
      // The lure's host and domain were named by the same reports: the analyst rejects all three.
      for (const ref of indicatorsOf(engine.analyse({ text: LURE }), null)) await indicators.decide(ref, 'reject', 'key:K-A');
      for (const who of ['e', 'f', 'g']) await indicators.record(report(`sub:${who}`));
      await snapshot.refresh();
      assert.equal((await indicators.get({ kind: 'url', value: LURE_URL }))?.state, 'rejected');
      assert.notEqual(verdictOf(snapshot, LURE_URL).verdict, 'block');
    });

    it('the line detector is told only of trusted indicators', async () => {
      const { store, indicators } = await fresh();
      const detector = await openTrustedIndicators(store);
      for (const who of ['a', 'b']) await indicators.record(report(`sub:${who}`));
      await indicators.record({ ...report('sub:z'), indicators: [{ kind: 'phone', value: '05011112222' }] });
      await detector.refresh();
      for (const [kind, value] of [['url', LURE_URL], ['domain', 'parcel-check.example.top'], ['domain', 'example.top'], ['phone', '05011112222']]) {
        assert.equal(detector.isKnownBad(kind as string, value as string), false, `${kind} ${value}: observed only`);
      }
      await indicators.record(report('sub:c'));
      await indicators.decide({ kind: 'phone', value: '05011112222' }, 'confirm', 'key:K-A');
      await detector.refresh();
      for (const [kind, value] of [['url', LURE_URL], ['domain', 'parcel-check.example.top'], ['domain', 'example.top'], ['phone', '05011112222']]) {
        assert.equal(detector.isKnownBad(kind as string, value as string), true, `${kind} ${value}: trusted`);
      }
      detector.close();
    });

    it('an allow-listed domain beats the suspicion of it and its hosts (a verdict case), not an analyst-confirmed URL, nor the rules; revoking restores it', async () => {
      const { store, snapshot, indicators } = await fresh();
      const allowList = snapshot.allowList;
      // The lure's URL, host and domain suspected by three flagged reporters: reputation blocks.
      for (const who of ['a', 'b', 'c']) await indicators.record(report(`sub:${who}`));
      const OTHER_URL = 'https://parcel-check.example.top/track';
      await snapshot.refresh();
      assert.equal(verdictOf(snapshot, OTHER_URL).verdict, 'block', 'another URL on the suspected host');
      const at = new Date().toISOString();
      const entry = await store.transaction((tx) => allowList.addWithin(tx, { kind: 'domain', value: 'example.top', appealId: 'A-TEST', actor: 'key:K-A', note: 'owner proved it' }, at));
      await snapshot.refresh();
      // Case table: text → expected verdict and reason codes present / absent.
      const cases: [string, string, 'allow' | 'not-block' | 'block', string[], string[]][] = [
        // Reputation's suspicion is gone; what is left is the engine's own judgement of a bare .top link (the model may doubt it).
        ['a URL on a host under the allow-listed domain', OTHER_URL, 'not-block', ['REPUTATION_ALLOWLISTED'], ['REPUTATION_URL', 'REPUTATION_DOMAIN']],
        ['the suspected URL itself, under the allow-listed domain', LURE_URL, 'not-block', ['REPUTATION_ALLOWLISTED'], ['REPUTATION_URL', 'REPUTATION_DOMAIN']],
      ];
      for (const [name, text, expected, present, absent] of cases) {
        const v = verdictOf(snapshot, text);
        if (expected === 'not-block') {
          assert.notEqual(v.verdict, 'block', name);
          assert.equal(v.verdict, engine.analyse({ text }).verdict, `${name}: as the engine alone judges it`);
        } else assert.equal(v.verdict, expected, `${name}: ${v.reasons.map((r) => r.code).join(' ')}`);
        for (const c of present) assert.ok(v.reasons.some((r) => r.code === c), `${name}: ${c}`);
        for (const c of absent) assert.ok(!v.reasons.some((r) => r.code === c), `${name}: no ${c}`);
      }
      assert.equal(snapshot.isTrustedBad('domain', 'parcel-check.example.top'), false, 'the line detector agrees');
      // The allow-list is about the indicator, not a free pass: a brand lookalike on it is still judged by the rules.
      const lookalike = '【Amazon】お支払い方法に問題があります。更新してください https://parcel-check.example.top/amazon/pay';
      assert.equal(verdictOf(snapshot, lookalike).verdict, engine.analyse({ text: lookalike }).verdict);
      assert.notEqual(engine.analyse({ text: lookalike }).verdict, 'allow');
      // An analyst-confirmed exact URL on the allow-listed host still blocks.
      const COMPROMISED = 'https://parcel-check.example.top/hacked/login';
      await indicators.decide({ kind: 'url', value: COMPROMISED }, 'confirm', 'key:K-B', 'compromised page');
      await snapshot.refresh();
      assert.equal(verdictOf(snapshot, COMPROMISED).verdict, 'block');
      assert.ok(verdictOf(snapshot, COMPROMISED).reasons.some((r) => r.code === 'REPUTATION_URL'));
      // Revoked: the suspicion counts again.
      assert.equal(await store.transaction((tx) => allowList.revokeWithin(tx, entry, 'key:K-B', 'ownership lapsed', new Date().toISOString())), true);
      await snapshot.refresh();
      assert.equal(verdictOf(snapshot, OTHER_URL).verdict, 'block');
      assert.equal((await allowList.get(entry))?.active, false);
      // A process that starts later loads only active entries.
      const late = await openReputationSnapshot(store, { refreshMs: 0 });
      assert.equal(verdictOf(late, OTHER_URL).verdict, 'block');
    });

    it('a second process on the same store sees a change at its next refresh', async () => {
      const { db, indicators } = await fresh();
      const other = await openReputationSnapshot(await db.open(), { refreshMs: 0 });
      // A bare link is judged on its own (the model may doubt it) until an indicator decides it.
      const before = verdictOf(other, LURE_URL).verdict;
      assert.notEqual(before, 'block');
      await indicators.decide({ kind: 'url', value: LURE_URL }, 'confirm', 'key:K-A');
      assert.equal(verdictOf(other, LURE_URL).verdict, before);
      await other.refresh();
      assert.equal(verdictOf(other, LURE_URL).verdict, 'block');
      await indicators.decide({ kind: 'url', value: LURE_URL }, 'clear', 'key:K-A');
      await other.refresh();
      assert.equal(verdictOf(other, LURE_URL).verdict, before);
    });
  });
}
