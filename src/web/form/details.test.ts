import { describe, test, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Store } from '../../store/index.js';
import { TEST_DATABASES } from '../../store/test-support.js';
import { addDetails, detailsState, getDetails } from './details.js';

const clock = () => new Date('2026-11-24T09:00:00Z');
const lure = { channel: 'sms' as const, text: '【佐川急便】不在のため持ち帰りました http://sagawa-abc.duckdns.org/', sender: null, reporterHash: null, org: null, verdict: 'block' as const, score: 100, reasons: [], indicators: { urls: [], domains: [], phones: [] } };

function suite(name: string, skip: string | false, open: () => Promise<{ store: Store; cleanup: () => Promise<void> }>): void {
  describe(`report details on ${name}`, { skip }, () => {
    let env: { store: Store; cleanup: () => Promise<void> };
    after(async () => env && env.cleanup());

    test('a 7726 report gets its sender and a note once; racing answers record one sender', async () => {
      env = await open();
      const { store } = env;
      const { id } = await store.reports.create(lure);
      assert.deepEqual(await detailsState(store, id), { exists: true, hasSender: false, hasDetails: false });

      const racing = await Promise.all([
        addDetails(store, clock, id, { sender: '090-1111-2222' }),
        addDetails(store, clock, id, { sender: '090-3333-4444' }),
      ]);
      assert.deepEqual(racing.map((r) => r.ok).sort(), [false, true]);
      const lost = racing.find((r) => !r.ok);
      assert.equal(lost && !lost.ok && lost.code, 'E_HAS_SENDER');
      assert.match((await store.reports.get(id))?.sender ?? '', /^090(11112222|33334444)$/);

      assert.deepEqual(await addDetails(store, clock, id, { receivedVia: 'imessage', note: '夜に届いた' }), { ok: true, added: ['receivedVia', 'note'], sender: null });
      assert.deepEqual(await getDetails(store, id), { addedAt: '2026-11-24T09:00:00.000Z', receivedVia: 'imessage', note: '夜に届いた' });
      assert.deepEqual(await detailsState(store, id), { exists: true, hasSender: true, hasDetails: true });
      const again = await addDetails(store, clock, id, { note: 'again' });
      assert.equal(!again.ok && again.code, 'E_HAS_DETAILS');
      const missing = await addDetails(store, clock, 'R-ZZZZZ-ZZZZZ', { note: 'x' });
      assert.equal(!missing.ok && missing.status, 404);
    });
  });
}

for (const target of TEST_DATABASES) {
  suite(target.name, target.skip, async () => {
    const db = target.create();
    return { store: await db.open(), cleanup: () => db.cleanup() };
  });
}
