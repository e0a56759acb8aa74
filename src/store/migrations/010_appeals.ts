import type { Kysely } from 'kysely';
import type { Dialect } from './index.js';

export const id = '010_appeals';

// Appeals against a block (src/appeals) and the allow-list an accepted appeal adds to
// (src/reputation/allow-list.ts). An appeal keeps only a keyed hash of its verification token
// (the appellant is shown it once) and of the client address it came from. Allow-list entries
// are never deleted: a revocation marks the row, and `version` (from `reputation_version`, in
// the writer's transaction) tells every process's snapshot what changed, as indicators do.
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('appeals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('subject_kind', 'text', (c) => c.notNull())
    .addColumn('subject_value', 'text', (c) => c.notNull())
    .addColumn('contact_email', 'text', (c) => c.notNull())
    .addColumn('explanation', 'text', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text')
    .addColumn('client_hash', 'text')
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('verify_attempts', 'integer', (c) => c.notNull())
    .addColumn('last_verify_error', 'text')
    .addColumn('verified_at', 'text')
    .addColumn('verified_by', 'text')
    .addColumn('decided_at', 'text')
    .addColumn('decided_by', 'text')
    .addColumn('decision_note', 'text')
    .addColumn('allow_id', 'bigint')
    // The reputation decisions an acceptance made (JSON list of ids), reverted on revocation.
    .addColumn('indicator_decisions', 'text')
    .execute();
  await db.schema.createIndex('appeals_state').on('appeals').columns(['state', 'created_at']).execute();
  await db.schema
    .createTable('allowlist_entries')
    .addColumn('id', dialect === 'postgres' ? 'bigserial' : 'integer', (c) => (dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement()))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull())
    .addColumn('appeal_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('revoked_at', 'text')
    .addColumn('revoked_by', 'text')
    .addColumn('revoke_note', 'text')
    .addColumn('version', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('allowlist_entries_name').on('allowlist_entries').columns(['kind', 'value']).execute();
  await db.schema.createIndex('allowlist_entries_version').on('allowlist_entries').column('version').execute();
}
