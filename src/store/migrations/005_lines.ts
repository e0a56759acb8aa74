import type { ColumnDefinitionBuilder, Kysely } from 'kysely';
import type { Dialect } from '../migrations/index.js';

export const id = '005_lines';

// Infected lines (src/lines): the flags the detector raised with the evidence behind them,
// one case per (line key, kind) — the line in national form, so `+8190…` and `090-…` in two
// carriers' records are one subscriber's line — that moves suspected → warned → acknowledged|cleaned → closed and
// is reopened and escalated when the line offends again, every action on a case, and the
// durable outbox of warnings. No recipient and no message text is kept here: flags carry the
// detector's reasons (figures), not what was sent.
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const serial = (c: ColumnDefinitionBuilder): ColumnDefinitionBuilder => (dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement());
  await db.schema
    .createTable('line_flags')
    .addColumn('id', dialect === 'postgres' ? 'bigserial' : 'integer', serial)
    .addColumn('line', 'text', (c) => c.notNull())
    .addColumn('line_key', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('score', 'integer', (c) => c.notNull())
    .addColumn('reasons', 'text', (c) => c.notNull())
    .addColumn('first_flagged_at', 'text', (c) => c.notNull())
    .addColumn('evidence', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    // A replay, a redelivered NATS message or a second worker records the same flag once.
    .addUniqueConstraint('line_flags_once', ['line', 'kind', 'first_flagged_at'])
    .execute();
  await db.schema.createIndex('line_flags_recorded_at').on('line_flags').column('recorded_at').execute();
  await db.schema.createIndex('line_flags_line_key').on('line_flags').columns(['line_key', 'kind']).execute();
  await db.schema
    .createTable('line_cases')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // As first written in the records, for display; cases are one per line_key.
    .addColumn('line', 'text', (c) => c.notNull())
    .addColumn('line_key', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('score', 'integer', (c) => c.notNull())
    .addColumn('escalated', 'integer', (c) => c.notNull())
    .addColumn('reopened', 'integer', (c) => c.notNull())
    .addColumn('opened_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('last_flagged_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('line_cases_line_kind', ['line_key', 'kind'])
    .execute();
  await db.schema.createIndex('line_cases_updated_at').on('line_cases').columns(['updated_at', 'id']).execute();
  await db.schema
    .createTable('line_case_events')
    .addColumn('id', dialect === 'postgres' ? 'bigserial' : 'integer', serial)
    .addColumn('case_id', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('from_state', 'text')
    .addColumn('to_state', 'text')
    .addColumn('detail', 'text')
    .execute();
  await db.schema.createIndex('line_case_events_case').on('line_case_events').columns(['case_id', 'id']).execute();
  await db.schema
    .createTable('line_warnings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull())
    .addColumn('line', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('queued_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .execute();
  await db.schema.createIndex('line_warnings_state').on('line_warnings').columns(['state', 'queued_at']).execute();
  await db.schema.createIndex('line_warnings_line').on('line_warnings').columns(['line', 'sent_at']).execute();
}
