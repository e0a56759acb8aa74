// For tests of anything that keeps data: the two engines a test runs on — a fresh SQLite
// file, and a fresh schema in PostgreSQL where it answers. On CI PostgreSQL must be there, so
// a missing server fails the run instead of skipping it; elsewhere its tests skip with a reason.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openStore, type Store, type StoreOptions } from './index.js';

export const PG_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

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

/** `false` when PostgreSQL tests run, else why they skip. */
export const pgSkip: string | false = (await postgresReachable()) || process.env.CI === 'true' ? false : `PostgreSQL not reachable at ${PG_URL}`;

/** One database for one test or suite; every store opened on it is closed by `cleanup`. */
export interface TestDatabase {
  /** What opens this database again (a restart sees the same data). */
  readonly options: StoreOptions;
  open(extra?: Partial<StoreOptions>): Promise<Store>;
  cleanup(): Promise<void>;
}

let made = 0;

/** The keyed-hash secret test stores run with (a store never makes or keeps one itself). */
export const TEST_SECRET = 'test secret, not for use: 0123456789abcdef';

function database(options: StoreOptions, drop: () => Promise<void>): TestDatabase {
  const opened: Store[] = [];
  return {
    options,
    async open(extra = {}) {
      const store = await openStore({ ...options, ...extra });
      opened.push(store);
      return store;
    },
    async cleanup() {
      await Promise.all(opened.map((s) => s.close().catch(() => {})));
      await drop();
    },
  };
}

export function sqliteDatabase(): TestDatabase {
  const dir = mkdtempSync(join(tmpdir(), 'smishguard-test-'));
  return database({ sqlitePath: join(dir, 'db', 'test.db'), secret: TEST_SECRET }, async () => rmSync(dir, { recursive: true, force: true }));
}

export function postgresDatabase(): TestDatabase {
  const schema = `t_${process.pid}_${Date.now()}_${made++}`;
  return database({ databaseUrl: PG_URL, schema, secret: TEST_SECRET }, async () => {
    const c = new pg.Client({ connectionString: PG_URL });
    await c.connect();
    await c.query(`drop schema if exists "${schema}" cascade`);
    await c.end();
  });
}

/** Both engines, for `for (const db of TEST_DATABASES) describe(\`… on ${db.name}\`, { skip: db.skip }, …)`. */
export const TEST_DATABASES: readonly { readonly name: 'SQLite' | 'PostgreSQL'; readonly skip: string | false; create(): TestDatabase }[] = [
  { name: 'SQLite', skip: false, create: sqliteDatabase },
  { name: 'PostgreSQL', skip: pgSkip, create: postgresDatabase },
];
