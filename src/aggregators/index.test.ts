// Aggregator notices on both stores, made through the one report service: which reports make
// one, for whom, what they hold (never the reporter), the unassigned queue, and the states.
import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { getEngine } from '../engine/index.js';
import { createReportService } from '../reports/index.js';
import { TEST_DATABASES } from '../store/test-support.js';
import { normalisePrefix, openAggregatorNotices, routeOf } from './index.js';

const engine = getEngine();
const LURE = '【佐川急便】お荷物のお届けにあがりましたが不在の為持ち帰りました。下記よりご確認ください。 http://sagawa-xyz.top/abc';
const HAM = '明日の打ち合わせは15時からでお願いします。';
const REPORTER = '09011112222';

describe('aggregator routes', () => {
  it('0005, 0120/0800, 050 and alphanumeric senders are aggregator routes; handsets, fixed lines and abroad are not', () => {
    assert.deepEqual(routeOf('0005-12-3456'), { kind: '0005', key: '0005123456' });
    assert.equal(routeOf('0120-123-456')?.kind, 'toll-free');
    assert.equal(routeOf('0800-123-4567')?.kind, 'toll-free');
    assert.equal(routeOf('050-1234-5678')?.kind, '050');
    assert.deepEqual(routeOf('Sagawa Info'), { kind: 'alphanumeric', key: 'sagawainfo' });
    for (const s of ['090-1234-5678', '03-1234-5678', '+1 202 555 0100']) assert.equal(routeOf(s), null, s);
  });

  it('prefixes are normalised per kind and must fit it', () => {
    assert.equal(normalisePrefix('0005', '0005-12'), '000512');
    assert.equal(normalisePrefix('0005', ''), '');
    assert.equal(normalisePrefix('0005', '0120'), null);
    assert.equal(normalisePrefix('toll-free', '0800'), '0800');
    assert.equal(normalisePrefix('alphanumeric', 'Sagawa Info'), 'sagawainfo');
  });
});

for (const t of TEST_DATABASES) {
  describe(`aggregator notices on ${t.name}`, { skip: t.skip }, () => {
    const dbs: { cleanup(): Promise<void> }[] = [];
    afterEach(async () => { for (const d of dbs.splice(0)) await d.cleanup(); });
    const fresh = async () => {
      const db = t.create();
      dbs.push(db);
      const store = await db.open();
      const notices = openAggregatorNotices(store);
      const reports = createReportService({ store, engine, notices });
      return { store, notices, reports };
    };
    const submit = async (reports: ReturnType<typeof createReportService>, text: string, sender: string | null) => {
      const r = await reports.submit({ channel: 'api', text, sender, reporter: { kind: 'subscriber', number: REPORTER } });
      assert.ok(r.ok);
      return r;
    };

    it('a flagged report over a carried route becomes a notice to its aggregator, holding nothing of the reporter', async () => {
      const { store, notices, reports } = await fresh();
      assert.ok((await notices.setRoutes('Aggregator A', [{ kind: '0005', prefix: '000512' }], 'cli')).ok);
      assert.ok((await notices.setRoutes('Aggregator B', [{ kind: '0005', prefix: '' }, { kind: 'alphanumeric', prefix: '' }], 'cli')).ok);
      const taken = await notices.setRoutes('Aggregator B', [{ kind: '0005', prefix: '000512' }], 'cli');
      assert.ok(!taken.ok && taken.code === 'E_CONFLICT');

      const a = await submit(reports, LURE, '0005-12-3456');
      assert.notEqual(a.analysis.verdict, 'allow');
      const b = await submit(reports, LURE, '0005-99-0000');
      await submit(reports, HAM, '0005-12-3457');
      await submit(reports, LURE, '090-3333-4444');
      await submit(reports, LURE, null);

      const forA = await notices.notices({ org: 'Aggregator A', limit: 10 });
      assert.equal(forA.length, 1, 'the longest prefix wins; an allowed message and a handset make none');
      const n = forA[0]!;
      assert.deepEqual([n.report, n.receivedAt, n.sender, n.routeKind, n.state, n.verdict], [a.id, a.receivedAt, '0005123456', '0005', 'open', a.analysis.verdict]);
      assert.deepEqual(n.reasons, [...new Set(a.analysis.reasons.map((r) => r.code))]);
      assert.match(n.fingerprint, /^[0-9a-f]{64}$/);
      const hash = await store.hashSubscriber(REPORTER);
      const json = JSON.stringify(forA);
      assert.ok(!json.includes(REPORTER) && !json.includes(hash) && !json.includes('お荷物'), 'no reporter, no text');
      const forB = await notices.notices({ org: 'Aggregator B', limit: 10 });
      assert.deepEqual(forB.map((x) => x.report), [b.id]);
      assert.equal(forB[0]!.fingerprint, n.fingerprint, 'the same lure, the same fingerprint');
      assert.notEqual((await notices.fingerprint(`${LURE}x`)), n.fingerprint);
    });

    it('an unclaimed route queues unassigned by kind; analysts assign it; a sender given later still makes its notice', async () => {
      const { notices, reports } = await fresh();
      const r = await submit(reports, LURE, '050-1234-5678');
      const queue = await notices.notices({ org: null, kind: '050', limit: 10 });
      assert.deepEqual(queue.map((x) => x.report), [r.id]);
      assert.equal((await notices.notices({ org: null, kind: '0005', limit: 10 })).length, 0);
      const assigned = await notices.assign(queue[0]!.id, 'Aggregator C', 'key:analyst');
      assert.ok(assigned.ok && assigned.notice.org === 'Aggregator C');
      const again = await notices.assign(queue[0]!.id, 'Aggregator D', 'key:analyst');
      assert.ok(!again.ok && again.code === 'E_CONFLICT');

      const late = await submit(reports, LURE, null);
      assert.ok((await reports.setSender(late.id, 'SAGAWA-INFO', { kind: 'subscriber', number: REPORTER })).ok);
      const alnum = await notices.notices({ org: null, kind: 'alphanumeric', limit: 10 });
      assert.deepEqual(alnum.map((x) => [x.report, x.sender]), [[late.id, 'SAGAWA-INFO']]);
    });

    it('states: open → acknowledged → actioned by its own aggregator only, each audited; paging by id', async () => {
      const { store, notices, reports } = await fresh();
      await notices.setRoutes('Aggregator A', [{ kind: '0005', prefix: '' }], 'cli');
      const ids: string[] = [];
      for (let i = 0; i < 3; i++) ids.push((await submit(reports, `${LURE}${i}`, `0005-12-345${i}`)).id);
      const page1 = await notices.notices({ org: 'Aggregator A', limit: 2 });
      const page2 = await notices.notices({ org: 'Aggregator A', limit: 2, before: page1[1]!.id });
      assert.deepEqual([...page1, ...page2].map((n) => n.report), [...ids].reverse());
      const id = page1[0]!.id;
      const other = await notices.transition(id, 'Aggregator B', 'acknowledged', null, 'key:b');
      assert.ok(!other.ok && other.code === 'E_NOT_FOUND', "another organisation's notice does not exist for it");
      const ack = await notices.transition(id, 'Aggregator A', 'acknowledged', 'looking', 'key:a');
      assert.ok(ack.ok && ack.notice.state === 'acknowledged' && ack.notice.acknowledgedAt !== null);
      const twice = await notices.transition(id, 'Aggregator A', 'acknowledged', null, 'key:a');
      assert.ok(!twice.ok && twice.code === 'E_CONFLICT');
      const done = await notices.transition(id, 'Aggregator A', 'actioned', 'account suspended', 'key:a');
      assert.ok(done.ok && done.notice.state === 'actioned' && done.notice.note === 'account suspended');
      const direct = await notices.transition(page1[1]!.id, 'Aggregator A', 'actioned', 'blocked', 'key:a');
      assert.ok(direct.ok, 'open → actioned directly');
      assert.deepEqual((await notices.notices({ org: 'Aggregator A', state: 'open', limit: 10 })).map((n) => n.id), [page2[0]!.id]);
      const trail = (await store.audit.list({ limit: 20 })).filter((x) => x.action.startsWith('aggregator-notices.')).map((x) => [x.action, x.subject]);
      assert.deepEqual(trail.reverse(), [
        ['aggregator-notices.acknowledged', String(id)], ['aggregator-notices.actioned', String(id)], ['aggregator-notices.actioned', String(page1[1]!.id)],
      ]);
    });
  });
}
