import { describe, test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { LEGACY_SECRET_SETTING, NoSecretError, NoStoreError, StoredSecretError, openStore, reference, type NewReport, type Store, type StoreOptions } from './index.js';
import { migrations } from './migrations/index.js';
import { TEST_DATABASES, TEST_SECRET, sqliteDatabase } from './test-support.js';

function report(text: string, extra: Partial<NewReport> = {}): NewReport {
  return {
    channel: 'web', text, sender: '09012345678', reporterHash: null, org: null, verdict: 'block', score: 90, reasons: [{ code: 'LURE' }],
    indicators: { urls: [{ normalized: 'https://mufgug.com/' }], domains: ['mufgug.com'], phones: [] },
    ...extra,
  };
}

function suite(name: string, skip: string | false, open: () => Promise<{ store: Store; reopen: (extra?: Partial<StoreOptions>) => Promise<Store>; cleanup: () => Promise<void> }>): void {
  describe(`store on ${name}`, { skip }, () => {
    let env: Awaited<ReturnType<typeof open>>;
    after(async () => env && (await env.cleanup()));

    test('a report round-trips and its indicators aggregate across reports', async () => {
      env = await open();
      const { store } = env;
      const a = await store.reports.create(report('first lure'));
      const b = await store.reports.create(report('second lure', { sender: '08011112222' }));
      assert.match(a.id, /^R-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
      assert.notEqual(a.id, b.id);
      const got = await store.reports.get(a.id);
      assert.equal(got?.text, 'first lure');
      assert.equal(got?.sender, '09012345678');
      assert.deepEqual(got?.reasons, [{ code: 'LURE' }]);
      const domains = await store.indicators.list({ kind: 'domain', limit: 10 });
      assert.deepEqual(domains.map((d) => [d.value, d.reportCount]), [['mufgug.com', 2]]);
      assert.ok(domains[0]!.firstSeen <= domains[0]!.lastSeen);
      const phones = await store.indicators.list({ kind: 'phone', limit: 10 });
      assert.deepEqual(phones.map((p) => p.value).sort(), ['08011112222', '09012345678']);
      assert.equal(await store.reports.get('R-NOPE0-NOPE0'), undefined);
    });

    test('listing pages newest first and export streams everything oldest first', async () => {
      const { store } = env;
      for (let i = 0; i < 5; i++) await store.reports.create(report(`lure ${i}`, { verdict: i % 2 ? 'suspicious' : 'block' }));
      const page1 = await store.reports.list({ limit: 3 });
      assert.equal(page1.length, 3);
      const page2 = await store.reports.list({ limit: 3, before: page1[2]!.id });
      const page3 = await store.reports.list({ limit: 3, before: page2[2]!.id });
      const ids = [...page1, ...page2, ...page3].map((r) => r.id);
      assert.equal(new Set(ids).size, 7, 'pages neither skip nor repeat a report, even ones committed together');
      assert.ok((await store.reports.list({ limit: 50, verdict: 'suspicious' })).every((r) => r.verdict === 'suspicious'));
      const all: string[] = [];
      for await (const r of store.reports.exportSince()) all.push(r.receivedAt);
      assert.equal(all.length, 7);
      assert.deepEqual(all, [...all].sort());
    });

    test('reports that arrive together are committed together and counted right', async () => {
      const { store } = env;
      const before = (await store.indicators.list({ kind: 'domain', limit: 10 })).find((d) => d.value === 'batch.example')?.reportCount ?? 0;
      const many = await Promise.all(Array.from({ length: 20 }, (_, i) => store.reports.create(report(`together ${i}`, {
        indicators: { urls: [{ normalized: 'https://batch.example/' }], domains: ['batch.example', 'batch.example'], phones: [] },
      }))));
      assert.equal(new Set(many.map((m) => m.id)).size, 20);
      const d = (await store.indicators.list({ kind: 'domain', limit: 10 })).find((x) => x.value === 'batch.example');
      assert.equal(d?.reportCount, before + 20, 'one count per report, however the batch fell');
      for (const m of many) assert.ok(await store.reports.get(m.id));
    });

    test('API keys are shown once, stored hashed, verified by role and revocable', async () => {
      const { store } = env;
      const { id, key } = await store.apiKeys.create({ org: 'Example Mobile', role: 'analyst' });
      assert.match(key, /^sg_/);
      assert.deepEqual(await store.apiKeys.verify(key), { id, org: 'Example Mobile', role: 'analyst' });
      assert.equal(await store.apiKeys.verify('sg_wrong'), null);
      const rows = await store.db.selectFrom('api_keys').selectAll().execute();
      assert.ok(rows.every((r) => r.key_hash !== key && !r.key_hash.includes(key)), 'the key itself is never stored');
      assert.equal(await store.apiKeys.revoke(id), true);
      assert.equal(await store.apiKeys.verify(key), null);
      assert.equal(await store.apiKeys.revoke(id), false);
      assert.ok((await store.apiKeys.list())[0]!.revokedAt);
    });

    test('the audit log keeps who did what; the hash secret is never written into the store', async () => {
      const { store } = env;
      await store.audit.append({ actor: 'key:K-1', action: 'reports.read', subject: 'R-1', detail: { n: 1 } });
      const [last] = await store.audit.list({ limit: 1 });
      assert.equal(last?.action, 'reports.read');
      assert.deepEqual(last?.detail, { n: 1 });
      assert.equal(await store.secret(), TEST_SECRET, 'the configured secret is the one used');
      await store.hashSubscriber('09012345678');
      const settings = await store.db.selectFrom('settings').select(['name', 'value']).execute();
      assert.ok(!settings.some((r) => r.value.includes(TEST_SECRET) || r.name === LEGACY_SECRET_SETTING), 'no secret in the store');
      const unkeyed = await env.reopen({ secret: undefined });
      try {
        await assert.rejects(unkeyed.hashSubscriber('09012345678'), NoSecretError, 'without a configured secret nothing is hashed (and none is made)');
        assert.equal((await unkeyed.db.selectFrom('settings').selectAll().execute()).length, settings.length);
      } finally {
        await unkeyed.close();
      }
      const again = await env.reopen();
      assert.equal((await again.reports.list({ limit: 100 })).length, 27, 'committed reports are there after reopening');
      await again.close();
    });

    test('a store that holds a secret (older versions) is refused until the secret is moved out', async () => {
      const { store } = env;
      await store.db.insertInto('settings').values({ name: LEGACY_SECRET_SETTING, value: 'a'.repeat(64) }).execute();
      await assert.rejects(env.reopen(), StoredSecretError);
      const exporter = await env.reopen({ allowStoredSecret: true });
      await exporter.db.deleteFrom('settings').where('name', '=', LEGACY_SECRET_SETTING).execute();
      await exporter.close();
      const again = await env.reopen();
      await again.close();
    });

    test('an indicator keeps its first and last sighting; injected clock and ids are used', async () => {
      let t = Date.parse('2099-01-02T03:04:05.000Z');
      let n = 0;
      const s = await env.reopen({ clock: () => new Date(t), randomId: () => `R-TEST-000${++n}` });
      try {
        const only = { urls: [], domains: ['seen.example'], phones: [] };
        const a = await s.reports.create(report('one', { sender: null, indicators: only }));
        t += 60_000;
        await s.reports.create(report('two', { sender: null, indicators: only }));
        assert.deepEqual(a, { id: 'R-TEST-0001', receivedAt: '2099-01-02T03:04:05.000Z' });
        assert.deepEqual(await s.indicators.lookup('domain', 'seen.example'), {
          kind: 'domain', value: 'seen.example', firstSeen: '2099-01-02T03:04:05.000Z', lastSeen: '2099-01-02T03:05:05.000Z', reportCount: 2,
        });
        assert.equal(await s.indicators.lookup('url', 'seen.example'), undefined);
        const since = await s.reports.list({ limit: 10, since: '2099-01-02T03:05:00.000Z' });
        assert.deepEqual(since.map((r) => r.id), ['R-TEST-0002']);
      } finally {
        await s.close();
      }
    });

    test('a sender is recorded once on a report that has none', async () => {
      const { store } = env;
      const { id } = await store.reports.create(report('no sender yet', { sender: null, indicators: { urls: [], domains: [], phones: [] } }));
      assert.deepEqual(await store.reports.setSender(id, '07099998888'), { ok: true });
      assert.equal((await store.reports.get(id))?.sender, '07099998888');
      assert.equal((await store.indicators.lookup('phone', '07099998888'))?.reportCount, 1);
      assert.deepEqual(await store.reports.setSender(id, '07011110000'), { ok: false, code: 'E_HAS_SENDER' });
      assert.equal((await store.reports.get(id))?.sender, '07099998888');
      assert.deepEqual(await store.reports.setSender('R-NOPE0-NOPE0', '07011110000'), { ok: false, code: 'E_NOT_FOUND' });
      assert.equal(await store.indicators.lookup('phone', '07011110000'), undefined);
    });

    test('migrations are applied once: reopening changes nothing', async () => {
      const count = async (s: Store): Promise<number> => {
        const rows = await s.db.selectFrom('kysely_migration' as never).selectAll().execute();
        return rows.length;
      };
      assert.equal(await count(env.store), migrations.length);
      const again = await env.reopen();
      const again2 = await env.reopen();
      try {
        assert.equal(await count(again2), migrations.length);
        assert.ok((await again.reports.list({ limit: 1 })).length === 1);
      } finally {
        await again.close();
        await again2.close();
      }
    });

    test('reporters are kept as a keyed hash: stable per number, never the number, and the configured secret wins', async () => {
      const { store } = env;
      const h = await store.hashSubscriber('09012345678');
      assert.match(h, /^[0-9a-f]{64}$/);
      assert.equal(await store.hashSubscriber('09012345678'), h, 'the same reporter is recognised again');
      assert.notEqual(await store.hashSubscriber('09012345679'), h);
      const configured = await env.reopen({ secret: 'another secret of at least thirty-two chars' });
      try {
        assert.notEqual(await configured.hashSubscriber('09012345678'), h, 'another key, another hash');
      } finally {
        await configured.close();
      }
    });

    test('NUL, other controls and lone surrogates are stored as U+FFFD, the same on every store', async () => {
      const { store } = env;
      const { id } = await store.reports.create(report('a\u0000b\u0007c\ud800d\udc00e\ud83d\ude00 f\tg\nh', { sender: '090\u00001234', org: 'o\u0000rg' }));
      const got = await store.reports.get(id);
      assert.equal(got?.text, 'a\ufffdb\ufffdc\ufffdd\ufffde\ud83d\ude00 f\tg\nh');
      assert.equal(got?.sender, '090\ufffd1234');
      assert.equal(got?.org, 'o\ufffdrg');
    });

    test('an id or value with NUL finds nothing (never an error from the database)', async () => {
      const { store } = env;
      assert.equal(await store.reports.get('R-\u0000'), undefined);
      assert.equal(await store.reports.details('R-\u0000'), null);
      assert.deepEqual(await store.reports.setSender('R-\u0000', '09012345678'), { ok: false, code: 'E_NOT_FOUND' });
      assert.equal(await store.indicators.lookup('domain', 'a\u0000b'), undefined);
    });

    test('one report the database refuses fails alone: the others committed with it are kept', async () => {
      const { store } = env;
      const before = (await store.reports.list({ limit: 1000 })).length;
      const results = await Promise.allSettled([
        ...Array.from({ length: 40 }, (_, i) => store.reports.create(report(`batch lure ${i}`))),
        store.reports.create(report('poison', { score: Number.NaN })),
        ...Array.from({ length: 40 }, (_, i) => store.reports.create(report(`batch lure ${40 + i}`))),
      ]);
      assert.equal(results.filter((r) => r.status === 'rejected').length, 1);
      assert.equal(results[40]?.status, 'rejected');
      assert.equal((await store.reports.list({ limit: 1000 })).length, before + 80);
    });

    test('a transaction commits together or not at all', async () => {
      const { store } = env;
      await store.transaction(async (tx) => {
        await tx.insertInto('settings').values({ name: 'tx_ok', value: '1' }).execute();
      });
      await assert.rejects(store.transaction(async (tx) => {
        await tx.insertInto('settings').values({ name: 'tx_undone', value: '1' }).execute();
        throw new Error('halfway');
      }), /halfway/);
      const names = (await store.db.selectFrom('settings').select('name').execute()).map((r) => r.name);
      assert.ok(names.includes('tx_ok'));
      assert.ok(!names.includes('tx_undone'), 'nothing of a failed transaction is kept');
    });
  });
}

for (const target of TEST_DATABASES) {
  suite(target.name, target.skip, async () => {
    const db = target.create();
    return { store: await db.open(), reopen: (extra = {}) => db.open(extra), cleanup: () => db.cleanup() };
  });
}

test('references use Crockford base32 in readable groups', () => {
  assert.equal(reference('R', Buffer.from([0, 0, 0, 0, 0, 0, 0])), 'R-00000-00000');
  assert.equal(reference('R', Buffer.from([255, 255, 255, 255, 255, 255, 255])), 'R-ZZZZZ-ZZZZZ');
  // Python's base64.b32encode of the same bytes, 'AEBAGBAFAY', in Crockford's letters.
  assert.equal(reference('R', Buffer.from([1, 2, 3, 4, 5, 6, 7])), 'R-04106-1050R');
});

test('SQLite: transactions that read then write, from several processes on one file, all commit (none refused as busy)', async () => {
  const db = sqliteDatabase();
  try {
    await (await db.open()).close();
    // Each step reads the newest audit entry, then appends one after it: the read-then-write
    // shape of case transitions and consent changes.
    const script = `
      const { openStore } = await import(${JSON.stringify(pathToFileURL(join(import.meta.dirname, 'index.ts')).href)});
      const store = await openStore({ sqlitePath: ${JSON.stringify(db.options.sqlitePath)} });
      for (let i = 0; i < 80; i++) {
        await store.transaction(async (tx) => {
          const last = await tx.selectFrom('audit').select('id').orderBy('id', 'desc').limit(1).executeTakeFirst();
          await tx.insertInto('audit').values({ at: new Date().toISOString(), actor: 'p' + process.argv[1], action: 'step', subject: String(last?.id ?? 0), detail: null }).execute();
        });
      }
      await store.close();`;
    const run = (w: number): Promise<{ code: number | null; err: string }> => new Promise((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, String(w)], { stdio: ['ignore', 'ignore', 'pipe'] });
      let err = '';
      child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
      child.on('close', (code) => resolve({ code, err }));
    });
    const results = await Promise.all([1, 2, 3].map(run));
    for (const r of results) assert.equal(r.code, 0, r.err);
    const store = await db.open();
    const steps = await store.db.selectFrom('audit').select('subject').where('action', '=', 'step').execute();
    assert.equal(steps.length, 240);
    assert.equal(new Set(steps.map((s) => s.subject)).size, 240, 'each step saw the one before it: serialised, none lost');
  } finally {
    await db.cleanup();
  }
});

test('SQLite: a store opened as must-exist is never made: a mistyped path leaves no file behind', async () => {
  const db = sqliteDatabase();
  try {
    const path = db.options.sqlitePath as string;
    await assert.rejects(openStore({ sqlitePath: path, mustExist: true }), NoStoreError);
    assert.equal(existsSync(path), false, 'no database was made');
    assert.equal(existsSync(dirname(path)), false, 'nor its folder');
    await (await db.open()).close();
    await (await openStore({ sqlitePath: path, mustExist: true, secret: TEST_SECRET })).close();
  } finally {
    await db.cleanup();
  }
});
