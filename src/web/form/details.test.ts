import { describe, test, after } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
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

    test('an answer with a sender and a note is kept whole or not at all', async () => {
      const own = await open();
      try {
        const { store } = own;
        const { id } = await store.reports.create(lure);
        // The details table out of reach: the note cannot be written, so the sender is not kept either.
        await sql`alter table report_details rename to report_details_away`.execute(store.db);
        try {
          await assert.rejects(addDetails(store, clock, id, { sender: '090-1111-2222', note: '夜に届いた' }));
        } finally {
          await sql`alter table report_details_away rename to report_details`.execute(store.db);
        }
        assert.equal((await store.reports.get(id))?.sender, null);
        assert.equal(await store.indicators.lookup('phone', '09011112222'), undefined, 'no evidence from an answer that was not kept');

        // Another answer's details land between this one's check and its write: this one is refused whole.
        const raced = await addDetails(store, clock, id, { sender: '090-1111-2222', note: 'mine' }, async (rid, sender, also) => {
          assert.ok((await addDetails(store, clock, rid, { note: 'theirs' })).ok);
          return store.reports.setSender(rid, sender, also);
        });
        assert.equal(!raced.ok && raced.code, 'E_HAS_DETAILS');
        assert.equal((await store.reports.get(id))?.sender, null);
        assert.equal((await getDetails(store, id))?.note, 'theirs');

        assert.deepEqual(await addDetails(store, clock, id, { sender: '090-1111-2222' }), { ok: true, added: ['sender'], sender: '09011112222' });
      } finally {
        await own.cleanup();
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
