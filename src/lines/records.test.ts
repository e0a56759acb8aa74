// Flags, cases and the worklist on both engines: a flag opens a case once, analysts move it
// through the states the machine allows, a cleaned line that offends again is reopened and
// escalated to the call centre, and retention deletes what is old.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import type { LineFlag } from '../core/lines/types.js';
import { TEST_DATABASES } from '../store/test-support.js';
import { openConsent } from '../consent/index.js';
import { linesRecords } from './records.js';
import { purgeOnce } from './retention.js';
import { worklistCsv } from './worklist.js';

// Flags here are dated November 2026 and the clock is real: warnings are held to their age
// limit only in the test about it.
const LENIENT = { warnings: { mode: 'review', maxAgeMs: 10 * 365 * 86400_000 } } as const;

const flag = (line: string, at: string, kind: LineFlag['kind'] = 'infected'): LineFlag => ({
  kind, line, score: 80, firstFlaggedAt: Date.parse(at), reasons: [{ code: 'ENGINE_BLOCK', en: 'blocked text', ja: 'ブロック判定' }],
});

for (const engine of TEST_DATABASES) {
  describe(`lines records on ${engine.name}`, { skip: engine.skip }, () => {
    const db = engine.create();
    after(() => db.cleanup());

    it('a flag opens one case and queues one warning; the same flag again is not recorded twice', async () => {
      const store = await db.open();
      const r = linesRecords(store, LENIENT);
      const first = await r.recordFlag(flag('09012340001', '2026-11-02T09:05:00Z'), { source: 'test' }, 'test');
      assert.ok(first.recorded);
      assert.equal(first.action, 'open');
      assert.equal(first.warningQueued, true);
      assert.deepEqual(await r.recordFlag(flag('09012340001', '2026-11-02T09:05:00Z'), { source: 'replay' }, 'test'), { recorded: false });
      const cases = await r.listCases({ limit: 10, line: '09012340001' });
      assert.equal(cases.length, 1);
      assert.equal(cases[0]!.state, 'suspected');
      assert.equal((await r.warnings.list({ limit: 10, line: '09012340001' })).length, 1);
      const proxy = await r.recordFlag(flag('09012340002', '2026-11-02T09:05:00Z', 'verification-proxy'), { source: 'test' }, 'test');
      assert.ok(proxy.recorded && !proxy.warningQueued, 'a verification proxy is for the KYC team, not warned');
      const audit = await store.audit.list({ limit: 5 });
      assert.ok(audit.some((a) => a.action === 'lines.flag' && a.subject === '09012340001'));
    });

    it('a warning waits for approval, and none is queued about traffic older than the age limit or with warnings off', async () => {
      const store = await db.open();
      const now = new Date('2026-11-10T12:00:00Z');
      const r = linesRecords(store, { clock: () => now, warnings: { mode: 'review', maxAgeMs: 24 * 3600_000 } });
      const fresh = await r.recordFlag(flag('09012340201', '2026-11-10T11:00:00Z'), { source: 'test' }, 'test');
      assert.ok(fresh.recorded && fresh.warningQueued);
      const [w] = await r.warnings.list({ limit: 1, line: '09012340201' });
      assert.deepEqual([w?.state, w?.eventAt, w?.decidedBy], ['pending', '2026-11-10T11:00:00.000Z', null]);
      assert.deepEqual(await r.warnings.claim(10, 60_000), [], 'nothing pending is taken for sending');
      // Eleven months old, replayed today: the case opens, the warning is kept as skipped.
      const old = await r.recordFlag(flag('09012340202', '2025-12-10T11:00:00Z'), { source: 'replay' }, 'test');
      assert.ok(old.recorded && !old.warningQueued && old.warningSkipped === 'stale-event' && old.action === 'open');
      assert.deepEqual((await r.warnings.list({ limit: 1, line: '09012340202' })).map((x) => [x.state, x.reason]), [['skipped', 'stale-event']]);
      const off = linesRecords(store, { clock: () => now, warnings: { mode: 'off', maxAgeMs: 24 * 3600_000 } });
      const none = await off.recordFlag(flag('09012340203', '2026-11-10T11:30:00Z'), { source: 'test' }, 'test');
      assert.ok(none.recorded && !none.warningQueued && none.warningSkipped === 'warnings-off');
      // Approved, it is taken for sending; approval of one whose event grew old is refused and drops it.
      const ok = await r.warnings.decide(w!.id, 'approve', 'key:K-1', { maxAgeMs: 24 * 3600_000 });
      assert.ok(ok.ok && ok.warning.state === 'queued' && ok.warning.decidedBy === 'key:K-1');
      assert.deepEqual((await r.warnings.claim(10, 60_000)).map((x) => x.id), [w!.id]);
      const later = linesRecords(store, { clock: () => new Date('2026-11-12T12:00:00Z') });
      const second = await r.recordFlag(flag('09012340204', '2026-11-10T11:45:00Z'), { source: 'test' }, 'test');
      assert.ok(second.recorded && second.warningQueued);
      const [w2] = await r.warnings.list({ limit: 1, line: '09012340204' });
      const stale = await later.warnings.decide(w2!.id, 'approve', 'key:K-1', { maxAgeMs: 24 * 3600_000 });
      assert.ok(!stale.ok && stale.code === 'E_STALE');
      assert.deepEqual((await r.warnings.list({ limit: 1, line: '09012340204' })).map((x) => [x.state, x.reason]), [['skipped', 'stale-event']]);
    });

    it('transitions are validated; a cleaned line that offends again is reopened and escalated to the worklist', async () => {
      const store = await db.open();
      const r = linesRecords(store, LENIENT);
      const opened = await r.recordFlag(flag('09012340003', '2026-11-02T10:00:00Z'), { source: 'test' }, 'test');
      assert.ok(opened.recorded);
      const id = opened.caseId;
      const bad = await r.setState(id, 'closed', 'analyst');
      assert.ok(bad.ok);
      assert.deepEqual(await r.setState(id, 'warned', 'analyst').then((x) => !x.ok && x.code), 'E_BAD_TRANSITION');
      assert.deepEqual(await r.setState('C-NOPE0-NOPE0', 'closed', 'analyst').then((x) => !x.ok && x.code), 'E_NOT_FOUND');
      assert.equal((await r.worklist()).length, 0);

      const again = await r.recordFlag(flag('09012340003', '2026-11-03T10:00:00Z'), { source: 'test' }, 'test');
      assert.ok(again.recorded);
      assert.equal(again.action, 'reopen');
      assert.equal(again.caseId, id, 'the same case, reopened: its history stays with it');
      assert.equal(again.warningQueued, false, 'the warning queued when it opened is still waiting: one at a time');
      assert.equal((await r.warnings.list({ limit: 10, line: '09012340003', state: 'pending' })).length, 1);
      const detail = await r.getCase(id);
      assert.equal(detail?.case.state, 'suspected');
      assert.equal(detail?.case.escalated, true);
      assert.equal(detail?.case.reopened, 1);
      assert.deepEqual(detail?.events.map((e) => e.action), ['opened', 'state', 'reopened', 'escalated']);
      assert.equal(detail?.flags.length, 2);
      const work = await r.worklist();
      assert.deepEqual(work.map((c) => c.id), [id]);
      const csv = worklistCsv(work);
      assert.match(csv, /^case_id,line,kind,state,reopened,score,last_flagged_at,opened_at,updated_at\r\n/);
      assert.ok(csv.includes(`${id},09012340003,infected,suspected,1,80,2026-11-03T10:00:00.000Z`));

      // Acknowledged by the subscriber yet still sending: escalated without reopening.
      assert.ok((await r.setState(id, 'acknowledged', 'analyst')).ok);
      const still = await r.recordFlag(flag('09012340003', '2026-11-04T10:00:00Z'), { source: 'test' }, 'test');
      assert.ok(still.recorded && still.action === 'escalate' && !still.warningQueued);
    });

    it('two flags of one new line recorded at once (two servers, or a server and a worker) make one case, and neither fails', async () => {
      const store = await db.open();
      const a = linesRecords(store, LENIENT);
      // Two connections where the engine has them; SQLite in one process is one writer anyway
      // (a second connection would block this thread while the first holds its lock).
      const b = engine.name === 'PostgreSQL' ? linesRecords(await db.open(), LENIENT) : a;
      const results = await Promise.all([
        a.recordFlag(flag('09012340040', '2026-11-05T09:00:00Z'), { source: 'http:A' }, 'test'),
        b.recordFlag(flag('09012340040', '2026-11-05T09:00:07Z'), { source: 'nats:TRAFFIC/3' }, 'test'),
      ]);
      assert.ok(results.every((x) => x.recorded), JSON.stringify(results));
      const cases = await a.listCases({ limit: 10, line: '09012340040' });
      assert.equal(cases.length, 1);
      assert.equal(new Set(results.map((x) => x.recorded && x.caseId)).size, 1, 'both flags are on the one case');
      assert.equal((await a.listFlags({ limit: 10, line: '09012340040' })).length, 2);
      assert.equal((await a.warnings.list({ limit: 10, line: '09012340040' })).length, 1, 'one warning queued');
    });

    it('a CSV cell that a spreadsheet would run is quoted as text', () => {
      const csv = worklistCsv([{ id: 'C-1', line: '+819012345678', kind: 'infected', state: 'suspected', score: 1, escalated: true, reopened: 1, openedAt: 'a', updatedAt: 'b', lastFlaggedAt: '=cmd' }]);
      assert.ok(csv.includes(",'+819012345678,"));
      assert.ok(csv.includes(",'=cmd,"));
    });

    it('retention deletes flags and closed cases older than the cutoff, and keeps the rest', async () => {
      let now = new Date('2026-10-01T00:00:00Z');
      const store = await db.open({ clock: () => now });
      const r = linesRecords(store, { ...LENIENT, clock: () => now });
      const old = await r.recordFlag(flag('09012340009', '2026-09-30T00:00:00Z'), { source: 'test' }, 'test');
      assert.ok(old.recorded);
      await r.setState(old.caseId, 'closed', 'analyst');
      now = new Date('2026-11-15T00:00:00Z');
      await r.recordFlag(flag('09012340010', '2026-11-14T00:00:00Z'), { source: 'test' }, 'test');
      const purged = await r.purge('2026-10-16T00:00:00Z', 'test');
      assert.ok(purged.flags >= 1 && purged.cases >= 1);
      assert.equal((await r.listFlags({ limit: 10, line: '09012340009' })).length, 0);
      assert.equal(await r.getCase(old.caseId), undefined);
      assert.equal((await r.listFlags({ limit: 10, line: '09012340010' })).length, 1);
    });

    it('one subscriber\'s line written two ways in two carriers\' records is one case, found by either form', async () => {
      const store = await db.open();
      const r = linesRecords(store, LENIENT);
      const a = await r.recordFlag(flag('+819012340055', '2026-11-05T09:00:00Z'), { source: 'carrier-a' }, 'test');
      const b = await r.recordFlag(flag('090-1234-0055', '2026-11-05T09:10:00Z'), { source: 'carrier-b' }, 'test');
      assert.ok(a.recorded && b.recorded);
      assert.equal(b.caseId, a.caseId);
      assert.equal(b.action, 'note');
      assert.equal(b.warningQueued, false, 'one warning for the line');
      for (const form of ['09012340055', '+81 90-1234-0055', '090-1234-0055']) {
        assert.deepEqual((await r.listCases({ limit: 10, line: form })).map((c) => c.id), [a.caseId], form);
        assert.equal((await r.listFlags({ limit: 10, line: form })).length, 2, form);
      }
      assert.deepEqual((await r.getCase(a.caseId))?.flags.map((f) => f.line).sort(), ['+819012340055', '090-1234-0055']);
    });

    it('a number that changed hands starts afresh: the new holder\'s first flag is a first offence, not a repeat of the old holder\'s', async () => {
      let now = new Date('2026-11-04T09:00:00Z');
      const store = await db.open({ clock: () => now });
      const r = linesRecords(store, { ...LENIENT, clock: () => now });
      const consent = openConsent(store, { clock: () => now });
      const first = await r.recordFlag(flag('09012340088', '2026-11-04T08:55:00Z'), { source: 'test' }, 'test');
      assert.ok(first.recorded);
      await r.setState(first.caseId, 'warned', 'analyst');
      await r.setState(first.caseId, 'cleaned', 'analyst');

      now = new Date('2026-11-10T09:00:00Z');
      await consent.reassign('090-1234-0088', 'transfer', { id: 'carrier', channel: 'carrier-api' });
      now = new Date('2026-11-12T09:00:00Z');
      const next = await r.recordFlag(flag('09012340088', '2026-11-12T08:59:00Z'), { source: 'test' }, 'test');
      assert.ok(next.recorded);
      assert.equal(next.action, 'open');
      assert.equal(next.warningQueued, true, 'the new holder is warned');
      const c = await r.getCase(next.caseId);
      assert.equal(c?.case.state, 'suspected');
      assert.equal(c?.case.escalated, false, 'not on the call-centre worklist');
      assert.equal(c?.case.reopened, 0);
      assert.deepEqual(c?.flags.map((f) => f.firstFlaggedAt), ['2026-11-12T08:59:00.000Z'], 'the earlier holder\'s evidence is gone');
      assert.ok((await r.worklist()).every((w) => w.line !== '09012340088'));

      // Without a change of hands, offending again after cleaning is a repeat.
      now = new Date('2026-11-13T09:00:00Z');
      await r.setState(next.caseId, 'warned', 'analyst');
      await r.setState(next.caseId, 'cleaned', 'analyst');
      const again = await r.recordFlag(flag('09012340088', '2026-11-13T08:59:00Z'), { source: 'test' }, 'test');
      assert.ok(again.recorded && again.action === 'reopen');
      assert.equal((await r.getCase(again.caseId))?.case.escalated, true);
    });

    it('a line that opts out of detection after being flagged: its flags go, its case closes, its warning is not sent', async () => {
      const store = await db.open();
      const r = linesRecords(store, LENIENT);
      const consent = openConsent(store);
      const flagged = await r.recordFlag(flag('+81 90-1234-0077', '2026-11-03T09:00:00Z'), { source: 'test' }, 'test');
      const other = await r.recordFlag(flag('09012340078', '2026-11-03T09:00:00Z'), { source: 'test' }, 'test');
      assert.ok(flagged.recorded && flagged.warningQueued && other.recorded);

      assert.equal((await purgeOnce(r, { cutoff: '2026-01-01T00:00:00Z', actor: 'test', consent })).optedOut?.lines, 0, 'nothing to forget while consent stands');
      await consent.set('090-1234-0077', { detection: false }, { id: 'cli', channel: 'cli' });
      const out = await purgeOnce(r, { cutoff: '2026-01-01T00:00:00Z', actor: 'test', consent });
      assert.deepEqual(out.optedOut, { lines: 1, flags: 1, cases: 1, warnings: 1 });

      assert.equal((await r.listFlags({ limit: 10, line: '+81 90-1234-0077' })).length, 0);
      const c = await r.getCase(flagged.caseId);
      assert.equal(c?.case.state, 'closed');
      assert.ok(c?.events.some((e) => e.action === 'closed' && JSON.stringify(e.detail).includes('detection-consent-withdrawn')));
      assert.deepEqual(c?.warnings.map((w) => [w.state, w.reason]), [['skipped', 'detection-consent-withdrawn']]);
      assert.equal((await r.listFlags({ limit: 10, line: '09012340078' })).length, 1, 'other lines keep theirs');
      assert.ok((await store.audit.list({ limit: 5 })).some((a) => a.action === 'lines.forget-opted-out'));
    });
  });
}
