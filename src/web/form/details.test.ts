import { describe, test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openStore, type Store } from '../../store/index.js';
import { addDetails, detailsState, getDetails } from './details.js';

const PG_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}
const pgUp = await postgresReachable();
const pgSkip = pgUp || process.env.CI === 'true' ? false : `PostgreSQL not reachable at ${PG_URL}`;

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

suite('SQLite', false, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'smishguard-details-'));
  const store = await openStore({ sqlitePath: join(dir, 'd.db') });
  return { store, cleanup: async () => { await store.close(); rmSync(dir, { recursive: true, force: true }); } };
});

suite('PostgreSQL', pgSkip, async () => {
  const schema = `form_${process.pid}_${Date.now()}`;
  const store = await openStore({ databaseUrl: PG_URL, schema });
  return {
    store,
    cleanup: async () => {
      await store.close();
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      await c.query(`drop schema if exists "${schema}" cascade`);
      await c.end();
    },
  };
});
