// Which better-sqlite3 this Node runs. better-sqlite3 12 (V8 API, built from source at install)
// aborts Node >= 24.19 processes when a statement is garbage-collected
// (node::RemoveEnvironmentCleanupHook, WiseLibs/better-sqlite3#1515); better-sqlite3 13 fixes it,
// but it is built for Node-API 10 (Node 22.14+, 23.6+, 24+) and segfaults on older Node (Node 20,
// and Node 22 before 22.14: both tried). So 13 is the driver wherever Node-API 10 is there and 12
// (the optional dependency `better-sqlite3-node20`, an npm alias) is kept for the rest.
// Loaded on the first SQLite open, not at import: a PostgreSQL deployment never needs either.
import { createRequire } from 'node:module';
import type BetterSqlite3 from 'better-sqlite3';

export type SqliteFile = BetterSqlite3.Database;
export type SqliteFileOptions = BetterSqlite3.Options;
type Driver = typeof BetterSqlite3;

export type SqliteDriverName = 'better-sqlite3' | 'better-sqlite3-node20';

/** The package to load for a Node whose `process.versions.napi` is `napi`. */
export function sqliteDriverFor(napi: string | undefined): SqliteDriverName {
  return Number(napi) >= 10 ? 'better-sqlite3' : 'better-sqlite3-node20';
}

export class NoSqliteDriverError extends Error {
  constructor(driver: SqliteDriverName, cause: unknown) {
    const why = (cause instanceof Error ? cause.message : String(cause)).replace(/\s+/g, ' ').trim();
    const fix =
      driver === 'better-sqlite3'
        ? 'reinstall (`npm ci`)'
        : 'it is built from source at install; build it for this Node with `npm rebuild better-sqlite3-node20` (needs a C++ compiler and Python), or use Node 22.14 or later';
    super(`SQLite is not available on Node ${process.versions.node} (Node-API ${process.versions.napi ?? '?'}): ${driver} did not load (${why}); ${fix}. A PostgreSQL store (DATABASE_URL=postgres://…) does not need it.`);
    this.name = 'NoSqliteDriverError';
  }
}

const load = createRequire(import.meta.url);
let driver: Driver | undefined;

function sqliteDriver(): Driver {
  if (driver) return driver;
  const name = sqliteDriverFor(process.versions.napi);
  let loaded: Driver;
  try {
    loaded = load(name) as Driver;
    // Both load their native part on the first open: open one in memory so that a module built
    // for another Node shows here, as this error, and not as a store that fails to open.
    new loaded(':memory:').close();
  } catch (e) {
    throw new NoSqliteDriverError(name, e);
  }
  driver = loaded;
  return loaded;
}

/** Opens a SQLite file with the better-sqlite3 that this Node can run. */
export function openSqliteFile(path: string, options?: SqliteFileOptions): SqliteFile {
  return new (sqliteDriver())(path, options);
}
