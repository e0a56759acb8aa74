import type { Kysely } from 'kysely';
import type { Dialect } from './index.js';

export const id = '004_consent';

// Consent per subscriber line (src/consent). The line is kept in clear, in its national
// form: the registry is the carrier's own contract record (the carrier holds the number as
// part of the contract anyway), the subscriber page has to text a one-time code to it, and
// the detection gate compares it with the sending and receiving numbers of every traffic
// record, which a keyed hash per record could not do at 300k records a second.
// A line without a row has the defaults (everything on, consent by the contract terms).
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('consent_lines')
    .addColumn('line', 'text', (c) => c.primaryKey())
    .addColumn('detection', 'integer', (c) => c.notNull())
    .addColumn('warnings', 'integer', (c) => c.notNull())
    .addColumn('filtering', 'integer', (c) => c.notNull())
    .addColumn('cnc_blocking', 'integer', (c) => c.notNull())
    // When these settings began: the last change, or the reassignment that reset them.
    .addColumn('since', 'text', (c) => c.notNull())
    .execute();
  // The detection gate loads only the opted-out lines.
  await db.schema.createIndex('consent_lines_detection').on('consent_lines').column('detection').execute();

  // Every change and every reassignment, never rewritten: consent history outlives owners.
  await db.schema
    .createTable('consent_history')
    .addColumn('id', dialect === 'postgres' ? 'bigserial' : 'integer', (c) => (dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement()))
    .addColumn('line', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    // JSON: the settings changed ({field: {from, to}}), or the reassignment's reason.
    .addColumn('detail', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('consent_history_line').on('consent_history').columns(['line', 'id']).execute();

  // One-time codes for the subscriber page: one outstanding code per line, its keyed hash only.
  await db.schema
    .createTable('consent_codes')
    .addColumn('line', 'text', (c) => c.primaryKey())
    .addColumn('code_hash', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .execute();

  // Sessions after proof of control: the token's hash, bound to one line, short-lived.
  await db.schema
    .createTable('consent_sessions')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('line', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('consent_sessions_line').on('consent_sessions').column('line').execute();

  // Fixed-window counters for code requests and guesses, per line and per client address
  // (the address as a keyed hash): shared by every server on one store.
  await db.schema
    .createTable('consent_throttle')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('window_start', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .execute();
}
