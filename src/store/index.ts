// The platform's store: one interface over SQLite (better-sqlite3, the embedded default)
// and PostgreSQL (when a database URL is given), through one query layer (Kysely) and
// one set of migrations. A write returns only after it is committed.
import { createHash, createHmac, randomBytes as nodeRandomBytes } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Kysely, Migrator, PostgresDialect, PostgresIntrospector, SqliteDialect, sql, type DatabaseIntrospector, type TableMetadata, type Transaction } from 'kysely';
import pg from 'pg';
import { migrationProvider, type Dialect } from './migrations/index.js';
import type { ApiKeysTable, Database, IndicatorsTable, ReportsTable } from './schema.js';
import { groupCommit } from './group-commit.js';
import { isStorable, isStorableId, storableText } from './text.js';
import { openSqliteFile } from './sqlite-driver.js';

export { groupCommit } from './group-commit.js';
export type { GroupCommit, GroupCommitOptions } from './group-commit.js';
export { isStorable, isStorableId, storableText } from './text.js';
export { NoSqliteDriverError, openSqliteFile, sqliteDriverFor } from './sqlite-driver.js';
export type { SqliteDriverName, SqliteFile, SqliteFileOptions } from './sqlite-driver.js';

export type { Database } from './schema.js';
export type { Dialect } from './migrations/index.js';

export type Role = ApiKeysTable['role'];
export const ROLES: readonly Role[] = ['reporter', 'analyst', 'carrier', 'partner', 'admin', 'aggregator'];
export type Channel = ReportsTable['channel'];

export interface StoreOptions {
  /** SQLite file (default ./smishguard-data/smishguard.db); ignored when databaseUrl is set. */
  readonly sqlitePath?: string;
  /**
   * SQLite: open an existing file only, never make one (read-only commands: a mistyped
   * path must not leave a new empty database behind).
   */
  readonly mustExist?: boolean;
  /** postgres://… — PostgreSQL instead of SQLite. */
  readonly databaseUrl?: string;
  /** PostgreSQL schema to use (tests run each in their own). */
  readonly schema?: string;
  readonly clock?: () => Date;
  readonly randomBytes?: (n: number) => Buffer;
  /** Report references (e.g. `R-7K4M-2Q9X`) for tests; default: 35 random bits from node:crypto, Crockford base32. */
  readonly randomId?: () => string;
  /**
   * The keyed-hash secret, from configuration (never from the store: a copy of the database
   * must not carry the key that reverses its hashes). Without it, `secret()` and
   * `hashSubscriber()` reject with NoSecretError.
   */
  readonly secret?: string;
  /**
   * A store made by an older smishguard keeps its secret in the table `settings`; opening it
   * is refused (StoredSecretError) unless this is set, which only `smishguard secret export`
   * does, to move the secret out.
   */
  readonly allowStoredSecret?: boolean;
  /** Where the store reports trouble (a pino-style logger); never given message texts or numbers. */
  readonly log?: { warn(obj: object, msg: string): void };
}

export type SetSenderResult = { ok: true } | { ok: false; code: 'E_NOT_FOUND' | 'E_HAS_SENDER' };

export interface NewReport {
  readonly channel: Channel;
  readonly text: string;
  /** The lure's sender (the suspect), normalised; null when unknown. */
  readonly sender: string | null;
  /** Keyed hash of the reporter's own number; never the number. */
  readonly reporterHash: string | null;
  /** The reporter's number under the line detector's keyed hash (src/lines lineNumberHash), when the channel gave one. */
  readonly reporterLineHash?: string | null;
  /** The organisation whose API key submitted it. */
  readonly org: string | null;
  readonly verdict: ReportsTable['verdict'];
  readonly score: number;
  readonly reasons: readonly unknown[];
  readonly indicators: {
    readonly urls: readonly { readonly normalized: string }[];
    readonly domains: readonly string[];
    readonly phones: readonly { readonly normalized: string }[];
  };
  /**
   * Runs inside the transaction that commits the report (behind a savepoint: if it fails, its
   * writes are undone, the report is still committed and the failure is logged). Another
   * capability's writes that belong with the report (its indicators' evidence) thus cost no
   * commit of their own.
   */
  readonly withinCommit?: (tx: Transaction<Database>, report: { readonly id: string; readonly receivedAt: string }) => Promise<void>;
}

export interface Report {
  readonly id: string;
  readonly receivedAt: string;
  readonly channel: Channel;
  readonly text: string;
  readonly sender: string | null;
  readonly org: string | null;
  readonly verdict: ReportsTable['verdict'];
  readonly score: number;
  readonly reasons: unknown[];
  readonly indicators: unknown;
}

export interface ReportDetails {
  readonly addedAt: string;
  readonly receivedVia: string | null;
  readonly note: string | null;
}

export interface Indicator {
  readonly kind: 'url' | 'domain' | 'phone';
  readonly value: string;
  readonly firstSeen: string;
  readonly lastSeen: string;
  readonly reportCount: number;
}

export interface ApiKeyInfo {
  readonly id: string;
  readonly org: string;
  readonly role: Role;
  readonly createdAt: string;
  readonly revokedAt: string | null;
}

export interface Store {
  readonly db: Kysely<Database>;
  readonly dialect: Dialect;
  readonly reports: {
    create(r: NewReport): Promise<{ id: string; receivedAt: string }>;
    get(id: string): Promise<Report | undefined>;
    /** What the reporter added afterwards through the form (where it arrived, a note), if anything. */
    details(id: string): Promise<ReportDetails | null>;
    /**
     * Records the lure's sender on a report that has none (the 7726 ask-back), counting it as a
     * phone indicator. `also` writes what goes with it (the form's details) in the same
     * transaction: when it throws, the sender is not recorded either.
     */
    setSender(id: string, sender: string, also?: (tx: Transaction<Database>) => Promise<void>): Promise<SetSenderResult>;
    /** Newest first; `before` is the id of the last report of the previous page. */
    list(q: { limit: number; before?: string; since?: string; verdict?: Report['verdict'] }): Promise<Report[]>;
    /** Every report received at or after `since`, oldest first, read page by page. */
    exportSince(since?: string): AsyncIterable<Report>;
  };
  readonly indicators: {
    list(q: { kind?: Indicator['kind']; limit: number }): Promise<Indicator[]>;
    lookup(kind: Indicator['kind'], value: string): Promise<Indicator | undefined>;
  };
  readonly audit: {
    append(e: { actor: string; action: string; subject: string; detail?: unknown }): Promise<void>;
    /** The same inside another transaction: the record of a change commits with the change, or neither does. */
    appendWithin(tx: Transaction<Database>, e: { actor: string; action: string; subject: string; detail?: unknown }): Promise<void>;
    list(q: { limit: number }): Promise<{ at: string; actor: string; action: string; subject: string; detail: unknown }[]>;
  };
  readonly apiKeys: {
    /** The key is returned once; only its hash is kept. */
    create(k: { org: string; role: Role }): Promise<{ id: string; key: string }>;
    verify(key: string): Promise<{ id: string; org: string; role: Role } | null>;
    list(): Promise<ApiKeyInfo[]>;
    revoke(id: string): Promise<boolean>;
  };
  /** The secret for keyed hashes of subscriber numbers, as configured (rejects with NoSecretError when none was given). */
  secret(): Promise<string>;
  /**
   * HMAC-SHA256 (hex) of a subscriber's number under the store's secret: reporters are
   * recognised across reports without their number being kept. Pass the number normalised.
   */
  hashSubscriber(number: string): Promise<string>;
  /**
   * Runs `fn` in one transaction (committed when it resolves, rolled back when it throws).
   * For a capability's own tables; reports go through `reports.create`, which batches commits.
   */
  transaction<T>(fn: (tx: Transaction<Database>) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

// Outside data/, which holds reference data shipped in the package: a store must never be packed.
export const DEFAULT_SQLITE_PATH = './smishguard-data/smishguard.db';

/** The row older versions kept their secret in. */
export const LEGACY_SECRET_SETTING = 'hash_secret';

export class NoSecretError extends Error {
  readonly code = 'E_NO_SECRET';
  constructor() {
    super('no keyed-hash secret configured: set SMISHGUARD_SECRET_FILE=PATH or SMISHGUARD_SECRET (at least 32 characters)');
  }
}

export class StoredSecretError extends Error {
  readonly code = 'E_SECRET_IN_STORE';
  constructor() {
    super('this store keeps its keyed-hash secret inside the database (made by an older smishguard); '
      + 'move it out once with `smishguard secret export --to FILE` (same --db / DATABASE_URL), then run with SMISHGUARD_SECRET_FILE=FILE or --secret-file FILE');
  }
}

export class NoStoreError extends Error {
  readonly code = 'E_NO_STORE';
}

/** The first `length` characters of `bytes` in a base32 `alphabet` (32 characters), most significant bits first. */
export function base32(bytes: Uint8Array, alphabet: string, length: number): string {
  let bits = 0;
  let acc = 0;
  let out = '';
  for (const b of bytes) {
    acc = ((acc << 8) | b) & 0xfff;
    bits += 8;
    while (bits >= 5 && out.length < length) {
      out += alphabet[(acc >>> (bits - 5)) & 31];
      bits -= 5;
    }
    if (out.length === length) break;
  }
  return out;
}

// Crockford's base32: no I, L, O, U, so a reference read over the phone survives.
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function reference(prefix: string, bytes: Buffer, groups = 2, size = 5): string {
  const out = base32(bytes, CROCKFORD, groups * size);
  const parts: string[] = [];
  for (let i = 0; i < groups; i++) parts.push(out.slice(i * size, (i + 1) * size));
  return `${prefix}-${parts.join('-')}`;
}

const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

/**
 * Kysely's migrator asks whether its tables exist by listing the tables of every schema the role
 * may use (has_schema_privilege by name): a schema another client drops meanwhile — tests sharing
 * a server each drop theirs — fails that listing with 3F000 and the store does not open. Its
 * tables can only be in this connection's own schemas (the search path), so only those are listed.
 */
class OwnSchemasIntrospector extends PostgresIntrospector {
  readonly #db: Kysely<unknown>;
  constructor(db: Kysely<unknown>) {
    super(db);
    this.#db = db;
  }
  override async getTables(): Promise<TableMetadata[]> {
    const rows = await sql<{ name: string; schema: string; kind: string }>`
      select c.relname as name, n.nspname as schema, c.relkind as kind
      from pg_catalog.pg_class c join pg_catalog.pg_namespace n on n.oid = c.relnamespace
      where c.relkind in ('r', 'v', 'p') and n.nspname = any (current_schemas(false))
      order by n.nspname, c.relname`.execute(this.#db);
    return rows.rows.map((r) => ({ name: r.name, schema: r.schema, isView: r.kind === 'v', columns: [] }));
  }
}

class OwnSchemasPostgresDialect extends PostgresDialect {
  override createIntrospector(db: Kysely<unknown>): DatabaseIntrospector {
    return new OwnSchemasIntrospector(db);
  }
}

export async function openStore(opts: StoreOptions = {}): Promise<Store> {
  const clock = opts.clock ?? (() => new Date());
  const random = opts.randomBytes ?? nodeRandomBytes;
  const now = (): string => clock().toISOString();
  let dialect: Dialect;
  let db: Kysely<Database>;
  if (opts.databaseUrl) {
    dialect = 'postgres';
    const pool = new pg.Pool({
      connectionString: opts.databaseUrl,
      max: 10,
      ...(opts.schema ? { options: `-c search_path=${opts.schema}` } : {}),
    });
    db = new Kysely<Database>({ dialect: new OwnSchemasPostgresDialect({ pool }) });
    if (opts.schema) await sql`create schema if not exists ${sql.id(opts.schema)}`.execute(db);
  } else {
    dialect = 'sqlite';
    const path = opts.sqlitePath ?? DEFAULT_SQLITE_PATH;
    if (opts.mustExist && (path === ':memory:' || !existsSync(path))) throw new NoStoreError(`no store at ${path}`);
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    const file = openSqliteFile(path, { fileMustExist: opts.mustExist === true });
    file.pragma('journal_mode = WAL');
    // FULL: a committed report survives power loss, not only a killed process.
    file.pragma('synchronous = FULL');
    file.pragma('busy_timeout = 5000');
    db = new Kysely<Database>({ dialect: new SqliteDialect({ database: file }) });
  }

  // Kysely asks whether its migration tables exist by name in any schema unless told which:
  // with a schema of our own (tests run in parallel, one schema each) another schema's tables
  // would pass for ours, and the migration fails on a lock table that is not there.
  const migrator = new Migrator({ db, provider: migrationProvider(dialect), ...(dialect === 'postgres' && opts.schema ? { migrationTableSchema: opts.schema } : {}) });
  const { error } = await migrator.migrateToLatest();
  if (error) {
    await db.destroy();
    throw error instanceof Error ? error : new Error(String(error));
  }
  if (!opts.allowStoredSecret) {
    const legacy = await db.selectFrom('settings').select('name').where('name', '=', LEGACY_SECRET_SETTING).executeTakeFirst();
    if (legacy) {
      await db.destroy();
      throw new StoredSecretError();
    }
  }

  const indicatorsOf = (r: NewReport): { kind: Indicator['kind']; value: string }[] => {
    const seen: { kind: Indicator['kind']; value: string }[] = [];
    const add = (kind: Indicator['kind'], value: string): void => {
      if (value && !seen.some((s) => s.kind === kind && s.value === value)) seen.push({ kind, value });
    };
    for (const u of r.indicators.urls) add('url', storableText(u.normalized));
    for (const d of r.indicators.domains) add('domain', storableText(d));
    for (const p of r.indicators.phones) add('phone', storableText(p.normalized));
    if (r.sender) add('phone', storableText(r.sender));
    return seen;
  };

  const toReport = (r: ReportsTable): Report => ({
    id: r.id, receivedAt: r.received_at, channel: r.channel, text: r.text, sender: r.sender, org: r.org,
    verdict: r.verdict, score: Number(r.score), reasons: JSON.parse(r.reasons) as unknown[], indicators: JSON.parse(r.indicators) as unknown,
  });

  // Group commit (group-commit.ts): one fsync for many reports, none answered before it is
  // on disk, and a batch that fails is retried report by report so one bad report is refused alone.
  async function writeBatch(batch: readonly NewReport[]): Promise<{ id: string; receivedAt: string }[]> {
    const receivedAt = now();
    const out = batch.map(() => ({ id: opts.randomId ? opts.randomId() : reference('R', random(7)), receivedAt }));
    // Indicators are counted across the batch first: one row per (kind, value), as one
    // multi-row upsert (PostgreSQL refuses to update one row twice in a statement).
    const counts = new Map<string, { kind: Indicator['kind']; value: string; n: number }>();
    for (const r of batch) {
      for (const s of indicatorsOf(r)) {
        const key = `${s.kind}\u0000${s.value}`;
        const c = counts.get(key);
        if (c) c.n++;
        else counts.set(key, { ...s, n: 1 });
      }
    }
    await db.transaction().execute(async (tx) => {
      await tx.insertInto('reports').values(batch.map((r, i) => ({
        id: (out[i] as { id: string }).id, received_at: receivedAt, channel: r.channel, text: storableText(r.text),
        sender: r.sender === null ? null : storableText(r.sender), reporter_hash: r.reporterHash, reporter_line_hash: r.reporterLineHash ?? null, org: r.org === null ? null : storableText(r.org),
        verdict: r.verdict, score: r.score, reasons: JSON.stringify(r.reasons), indicators: JSON.stringify(r.indicators),
      }))).execute();
      const rows = [...counts.values()];
      for (let i = 0; i < rows.length; i += 200) {
        await tx.insertInto('indicators')
          .values(rows.slice(i, i + 200).map((c) => ({ kind: c.kind, value: c.value, first_seen: receivedAt, last_seen: receivedAt, report_count: c.n })))
          .onConflict((oc) => oc.columns(['kind', 'value']).doUpdateSet((eb) => ({
            last_seen: receivedAt,
            report_count: eb('indicators.report_count', '+', eb.ref('excluded.report_count')),
          })))
          .execute();
      }
      for (const [i, r] of batch.entries()) {
        if (!r.withinCommit) continue;
        await sql`savepoint within_commit`.execute(tx);
        try {
          await r.withinCommit(tx, out[i] as { id: string; receivedAt: string });
        } catch (err) {
          await sql`rollback to savepoint within_commit`.execute(tx);
          opts.log?.warn({ err: { message: (err as Error).message } }, 'work committed with a report failed; the report is kept without it');
        }
        await sql`release savepoint within_commit`.execute(tx);
      }
    });
    return out;
  }

  const reportWrites = groupCommit(async (batch: readonly NewReport[]) => {
    // A reference already taken (1 in 2^50 a pair): the whole batch retries with new ones.
    for (let attempt = 0; ; attempt++) {
      try {
        return await writeBatch(batch);
      } catch (err) {
        if (attempt < 3 && /unique|duplicate|primary key/i.test((err as Error).message)) continue;
        opts.log?.warn({ err: { message: (err as Error).message }, reports: batch.length }, 'reports could not be committed');
        throw err;
      }
    }
    // SQLite allows 32,766 bound parameters a statement: 11 a report, so at most ~2,900 a batch.
  }, { maxBatch: 500 });

  const reports: Store['reports'] = {
    create: (r) => reportWrites.write(r),
    async get(id) {
      // No stored id holds a control character or a lone surrogate; PostgreSQL would refuse to compare with it.
      if (!isStorableId(id)) return undefined;
      const row = await db.selectFrom('reports').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toReport(row) : undefined;
    },
    async details(id) {
      if (!isStorableId(id)) return null;
      const row = await db.withTables<{ report_details: { report_id: string; added_at: string; received_via: string | null; note: string | null } }>()
        .selectFrom('report_details').selectAll().where('report_id', '=', id).executeTakeFirst();
      return row ? { addedAt: row.added_at, receivedVia: row.received_via, note: row.note } : null;
    },
    async setSender(id, sender, also) {
      if (!isStorableId(id)) return { ok: false, code: 'E_NOT_FOUND' };
      return db.transaction().execute(async (tx): Promise<SetSenderResult> => {
        const row = await tx.selectFrom('reports').select(['id', 'sender']).where('id', '=', id).executeTakeFirst();
        if (!row) return { ok: false, code: 'E_NOT_FOUND' };
        if (row.sender !== null) return { ok: false, code: 'E_HAS_SENDER' };
        // `sender is null` again in the update: two answers racing, only one is recorded.
        sender = storableText(sender);
        const r = await tx.updateTable('reports').set({ sender }).where('id', '=', id).where('sender', 'is', null).executeTakeFirst();
        if (Number(r.numUpdatedRows) === 0) return { ok: false, code: 'E_HAS_SENDER' };
        const at = now();
        await tx.insertInto('indicators').values({ kind: 'phone', value: sender, first_seen: at, last_seen: at, report_count: 1 })
          .onConflict((oc) => oc.columns(['kind', 'value']).doUpdateSet((eb) => ({ last_seen: at, report_count: eb('indicators.report_count', '+', 1) })))
          .execute();
        await also?.(tx);
        return { ok: true };
      });
    },
    async list(q) {
      let query = db.selectFrom('reports').selectAll().orderBy('received_at', 'desc').orderBy('id', 'desc').limit(q.limit);
      if (q.before) {
        // Reports committed together share a time: the cursor is (time, id), not time alone.
        const last = await db.selectFrom('reports').select(['received_at', 'id']).where('id', '=', q.before).executeTakeFirst();
        if (!last) return [];
        query = query.where((eb) => eb.or([eb('received_at', '<', last.received_at), eb.and([eb('received_at', '=', last.received_at), eb('id', '<', last.id)])]));
      }
      if (q.since) query = query.where('received_at', '>=', q.since);
      if (q.verdict) query = query.where('verdict', '=', q.verdict);
      return (await query.execute()).map(toReport);
    },
    async *exportSince(since) {
      let after: { at: string; id: string } | undefined;
      for (;;) {
        let query = db.selectFrom('reports').selectAll().orderBy('received_at', 'asc').orderBy('id', 'asc').limit(500);
        if (since) query = query.where('received_at', '>=', since);
        if (after) {
          const a = after;
          query = query.where((eb) => eb.or([eb('received_at', '>', a.at), eb.and([eb('received_at', '=', a.at), eb('id', '>', a.id)])]));
        }
        const rows = await query.execute();
        for (const r of rows) yield toReport(r);
        if (rows.length < 500) return;
        const last = rows[rows.length - 1] as ReportsTable;
        after = { at: last.received_at, id: last.id };
      }
    },
  };

  const toIndicator = (r: IndicatorsTable): Indicator => ({ kind: r.kind, value: r.value, firstSeen: r.first_seen, lastSeen: r.last_seen, reportCount: Number(r.report_count) });
  const indicators: Store['indicators'] = {
    async list(q) {
      let query = db.selectFrom('indicators').selectAll().orderBy('report_count', 'desc').orderBy('last_seen', 'desc').limit(q.limit);
      if (q.kind) query = query.where('kind', '=', q.kind);
      return (await query.execute()).map(toIndicator);
    },
    async lookup(kind, value) {
      if (!isStorable(value)) return undefined;
      const row = await db.selectFrom('indicators').selectAll().where('kind', '=', kind).where('value', '=', value).executeTakeFirst();
      return row ? toIndicator(row) : undefined;
    },
  };

  const audit: Store['audit'] = {
    async append(e) {
      await db.insertInto('audit').values({ at: now(), actor: e.actor, action: e.action, subject: e.subject, detail: e.detail === undefined ? null : JSON.stringify(e.detail) }).execute();
    },
    async appendWithin(tx, e) {
      await tx.insertInto('audit').values({ at: now(), actor: e.actor, action: e.action, subject: e.subject, detail: e.detail === undefined ? null : JSON.stringify(e.detail) }).execute();
    },
    async list(q) {
      const rows = await db.selectFrom('audit').selectAll().orderBy('id', 'desc').limit(q.limit).execute();
      return rows.map((r) => ({ at: r.at, actor: r.actor, action: r.action, subject: r.subject, detail: r.detail === null ? null : (JSON.parse(r.detail) as unknown) }));
    },
  };

  const apiKeys: Store['apiKeys'] = {
    async create(k) {
      const id = reference('K', random(7), 1, 8);
      const key = `sg_${random(32).toString('base64url')}`;
      await db.insertInto('api_keys').values({ id, org: k.org, role: k.role, key_hash: sha256(key), created_at: now(), revoked_at: null }).execute();
      return { id, key };
    },
    async verify(key) {
      if (!key.startsWith('sg_')) return null;
      const row = await db.selectFrom('api_keys').select(['id', 'org', 'role', 'revoked_at']).where('key_hash', '=', sha256(key)).executeTakeFirst();
      return row && row.revoked_at === null ? { id: row.id, org: row.org, role: row.role } : null;
    },
    async list() {
      const rows = await db.selectFrom('api_keys').select(['id', 'org', 'role', 'created_at', 'revoked_at']).orderBy('created_at', 'asc').execute();
      return rows.map((r) => ({ id: r.id, org: r.org, role: r.role, createdAt: r.created_at, revokedAt: r.revoked_at }));
    },
    async revoke(id) {
      const r = await db.updateTable('api_keys').set({ revoked_at: now() }).where('id', '=', id).where('revoked_at', 'is', null).executeTakeFirst();
      return Number(r.numUpdatedRows) > 0;
    },
  };

  async function secret(): Promise<string> {
    if (!opts.secret) throw new NoSecretError();
    return opts.secret;
  }

  return {
    db, dialect, reports, indicators, audit, apiKeys, secret,
    async hashSubscriber(number) {
      return createHmac('sha256', await secret()).update(number).digest('hex');
    },
    transaction: (fn) => db.transaction().execute(async (tx) => {
      // SQLite: take the write lock first (an update of no row does it), waiting out
      // busy_timeout, so a transaction that reads and then writes cannot be refused with
      // SQLITE_BUSY_SNAPSHOT when another process (a server, the CLI) wrote in between.
      if (dialect === 'sqlite') await sql`update kysely_migration set name = name where 0`.execute(tx);
      return fn(tx);
    }),
    async close() {
      // Whatever was accepted is written before the store closes.
      await reportWrites.drain();
      await db.destroy();
    },
  };
}
