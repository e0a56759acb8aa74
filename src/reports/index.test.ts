// The report service on both stores: a 7726 reporter's number is kept only sealed, and opens,
// with the store's secret, to the line hash the detector compares (see src/lines/pipeline.ts).
import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { getEngine } from '../engine/index.js';
import { lineNumberHash } from '../lines/detector-deps.js';
import { openLineHash } from '../lines/sealed-reporter.js';
import { TEST_DATABASES } from '../store/test-support.js';
import { createReportService } from './index.js';

const LURE = '【佐川急便】お荷物のお届けにあがりましたが不在の為持ち帰りました。 http://sagawa-abc.duckdns.org/';

for (const t of TEST_DATABASES) {
  describe(`report service on ${t.name}`, { skip: t.skip }, () => {
    const dbs: { cleanup(): Promise<void> }[] = [];
    afterEach(async () => { for (const d of dbs.splice(0)) await d.cleanup(); });

    it('a subscriber\'s number is stored sealed, differently every time, and opens to the detector\'s line hash', async () => {
      const db = t.create();
      dbs.push(db);
      const store = await db.open();
      const reports = createReportService({ store, engine: getEngine() });
      const ids: string[] = [];
      for (const number of ['09011112222', '09011112222', '08033334444']) {
        const r = await reports.submit({ channel: 'sms', text: LURE, reporter: { kind: 'subscriber', number } });
        assert.ok(r.ok);
        ids.push(r.id);
      }
      const rows = await store.db.selectFrom('reports').select(['id', 'reporter_line_hash']).where('id', 'in', ids).execute();
      const sealed = ids.map((id) => rows.find((r) => r.id === id)?.reporter_line_hash ?? '');
      assert.equal(new Set(sealed).size, 3, 'the same number seals differently each time');
      assert.ok(sealed.every((s) => !s.includes('0901111') && !s.includes('0803333')));
      const secret = await store.secret();
      const open = openLineHash(secret);
      const hash = lineNumberHash(secret);
      assert.deepEqual(sealed.map(open), [hash('09011112222'), hash('09011112222'), hash('08033334444')]);
      assert.equal(openLineHash('another secret, as long as the real one is')(sealed[0]!), null);
    });
  });
}
