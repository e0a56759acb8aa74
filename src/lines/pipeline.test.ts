// The pipeline with the real consent registry and engine: an opted-out line is never flagged,
// even when it is plainly infected — as sender, and its records as recipient are dropped too;
// a line that opts out after the gate was loaded is not recorded either. Reports name lines.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { openConsent, type ConsentActor } from '../consent/index.js';
import { getEngine } from '../engine/index.js';
import { TEST_DATABASES } from '../store/test-support.js';
import { createReportService } from '../reports/index.js';
import { keyedNumberHash } from './detector-deps.js';
import { openLinesPipeline } from './pipeline.js';
import { ingest } from './stream.js';
import { byTime, infected, ordinary, T0 } from './test-fixtures.js';
import type { LineFlag } from '../core/lines/types.js';

const engine = getEngine();
const SUBSCRIBER: ConsentActor = { id: 'subscriber', channel: 'subscriber-page' };

async function run(pipeline: Awaited<ReturnType<typeof openLinesPipeline>>, records: ReturnType<typeof infected>): Promise<LineFlag[]> {
  const flags: LineFlag[] = [];
  await ingest(records.map((r) => JSON.stringify(r)), {
    detector: pipeline.newDetector(), pipeline, source: 'test',
    onFlag: (f) => void flags.push(f),
    onBad(n, e) {
      throw new Error(`line ${n}: ${e}`);
    },
  });
  return flags;
}

it('the recipient hash is keyed: another secret, other hashes; the same secret, the same', () => {
  const a = keyedNumberHash('a'.repeat(64));
  const b = keyedNumberHash('b'.repeat(64));
  assert.equal(a('09012345678'), keyedNumberHash('a'.repeat(64))('09012345678'));
  assert.notEqual(a('09012345678'), b('09012345678'));
  assert.notEqual(a('09012345678'), a('09012345679'));
  assert.ok(Number.isSafeInteger(a('09012345678')) && a('09012345678') >= 0);
});

for (const engineDb of TEST_DATABASES) {
  describe(`lines pipeline on ${engineDb.name}`, { skip: engineDb.skip }, () => {
    const db = engineDb.create();
    after(() => db.cleanup());

    it('an infected line opted out of detection is never flagged; the one beside it is', async () => {
      const store = await db.open();
      const consent = openConsent(store);
      const set = await consent.set('+81 90-5555-0001', { detection: false }, SUBSCRIBER);
      assert.ok(set.ok);
      const pipeline = await openLinesPipeline({ store, engine, actor: 'test' });
      // The opted-out line appears in the records as 090…, in the registry it was set as +81 90-….
      const flags = await run(pipeline, byTime(infected('09055550001'), infected('09055550002', T0 + 7, 30, '0803'), ordinary('09055550003')));
      assert.deepEqual(flags.map((f) => f.line), ['09055550002']);
      assert.equal((await pipeline.records.listFlags({ limit: 10, line: '09055550001' })).length, 0);
      assert.equal((await pipeline.records.listCases({ limit: 10, line: '09055550001' })).length, 0);
      assert.equal((await pipeline.records.listCases({ limit: 10, line: '09055550002' })).length, 1);
    });

    it('records whose recipient opted out are dropped before any feature: too few left to flag the sender', async () => {
      const store = await db.open();
      const consent = openConsent(store);
      const lure = infected('09055550010', T0, 30, '0804');
      // Every recipient but one has opted out: one lure is all the detector may see.
      for (const r of lure.slice(1)) assert.ok((await consent.set(r.to, { detection: false }, SUBSCRIBER)).ok);
      const pipeline = await openLinesPipeline({ store, engine, actor: 'test' });
      assert.deepEqual(await run(pipeline, lure), []);
      assert.equal(pipeline.excludedLines >= 29, true);
      // The same lures to recipients who did not opt out flag the line.
      assert.equal((await run(pipeline, infected('09055550011', T0, 30, '0814'))).length, 1);
    });

    it('a line that opts out while the stream runs is not recorded, and refresh() loads the change', async () => {
      const store = await db.open();
      const pipeline = await openLinesPipeline({ store, engine, actor: 'test' });
      const detector = pipeline.newDetector();
      assert.ok((await openConsent(store).set('09055550020', { detection: false }, SUBSCRIBER)).ok);
      const raised: LineFlag[] = [];
      for (const r of infected('09055550020', T0, 30, '0805')) raised.push(...detector.push(r));
      assert.ok(raised.length > 0, 'the old snapshot still let it through the detector');
      for (const f of raised) assert.deepEqual(await pipeline.record(f, 'test'), { recorded: false, optedOut: true });
      await pipeline.refresh();
      assert.deepEqual(await run(pipeline, infected('09055550020', T0 + 86400_000, 30, '0806')), []);
    });

    it('reports naming a line are evidence: distinct reporters of texts the engine flagged are counted into the flag', async () => {
      const store = await db.open();
      // A third subscriber reported a text the engine allowed: no witness to a lure (as the reputation model counts).
      for (const who of ['a', 'b', 'a', 'c']) {
        await store.reports.create({
          channel: 'sms', text: who === 'c' ? '了解です' : 'lure', sender: '09055550030', reporterHash: await store.hashSubscriber(`0801111000${{ a: 1, b: 2, c: 3 }[who]}`), org: null,
          verdict: who === 'c' ? 'allow' : 'block', score: who === 'c' ? 0 : 90, reasons: [], indicators: { urls: [], domains: [], phones: [] },
        });
      }
      const pipeline = await openLinesPipeline({ store, engine, actor: 'test' });
      const flags = await run(pipeline, infected('09055550030', T0, 30, '0807'));
      assert.equal(flags.length, 1);
      const stored = await pipeline.records.listFlags({ limit: 1, line: '09055550030' });
      assert.equal(stored[0]?.evidence.reporters, 2);
    });

    it('on a feed without text, a 7726 report counts against a line only when the traffic shows the line texted the reporter', async () => {
      const store = await db.open();
      const reports = createReportService({ store, engine });
      const lure = '【佐川急便】お荷物のお届けにあがりましたが不在の為持ち帰りました。下記よりご確認ください。 http://sgw1-jp.top/a';
      const witnesses = ['08012340001', '08012340002', '08012340003'];
      const forgers = ['07099990001', '07099990002', '07099990003'];
      for (const [line, who] of [['09055550040', witnesses], ['09055550041', forgers]] as const) {
        for (const number of who) {
          const r = await reports.submit({ channel: 'call', text: lure, sender: line, reporter: { kind: 'subscriber', number } });
          assert.ok(r.ok && r.analysis.verdict !== 'allow');
        }
      }
      const pipeline = await openLinesPipeline({ store, engine, actor: 'test' });
      // Both lines text the three witnesses' numbers (in international form: one line however written) and five strangers, an hour before the reports.
      const start = Date.now() - 3_600_000;
      const records = ['09055550040', '09055550041'].flatMap((from) => [...witnesses.map((n) => `+81${n.slice(1)}`), ...['0806', '0807', '0808', '0809', '0810'].map((p) => `${p}5550000`)]
        .map((to, i) => ({ ts: start + i * 5 * 60_000, from, to, origin: 'handset' as const })));
      const flags = await run(pipeline, byTime(records));
      assert.deepEqual(flags.map((f) => f.line), ['09055550040'], 'the line that texted its reporters; not the one three SIMs named');
      assert.equal(flags[0]?.reasons.find((r) => r.code === 'REPORTED')?.value, 3);
    });
  });
}
