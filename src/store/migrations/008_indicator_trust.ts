import type { Kysely } from 'kysely';
import type { Dialect } from './index.js';

export const id = '008_indicator_trust';

// Indicators with a trust model (src/reputation, src/core/reputation). One row per indicator
// with its evidence counts and the state they led to; one row per (indicator, reporter) so a
// reporter counts once however often they report; analysts' decisions, never rewritten, each
// keeping what it replaced so it can be reversed. `version` orders changes that matter to
// verdicts: every process polls the `reputation_version` setting and reads rows past its own.
// Reporters appear only as keyed hashes (of a number or an address) or as an organisation.
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('reputation_indicators')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('reports', 'integer', (c) => c.notNull())
    .addColumn('reporters', 'integer', (c) => c.notNull())
    .addColumn('flagged_reporters', 'integer', (c) => c.notNull())
    .addColumn('orgs', 'integer', (c) => c.notNull())
    .addColumn('trusted_orgs', 'integer', (c) => c.notNull())
    .addColumn('first_seen', 'text', (c) => c.notNull())
    .addColumn('last_seen', 'text', (c) => c.notNull())
    .addColumn('last_flagged_at', 'text')
    .addColumn('decision', 'text')
    .addColumn('decided_at', 'text')
    .addColumn('note', 'text')
    .addColumn('version', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('reputation_indicators_pk', ['kind', 'value'])
    .execute();
  await db.schema.createIndex('reputation_indicators_version').on('reputation_indicators').column('version').execute();
  await db.schema.createIndex('reputation_indicators_state').on('reputation_indicators').columns(['state', 'last_seen']).execute();
  await db.schema
    .createTable('reputation_evidence')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('reporter', 'text', (c) => c.notNull())
    .addColumn('org', 'text')
    .addColumn('trusted', 'integer', (c) => c.notNull())
    .addColumn('flagged', 'integer', (c) => c.notNull())
    .addColumn('reports', 'integer', (c) => c.notNull())
    .addColumn('first_at', 'text', (c) => c.notNull())
    .addColumn('last_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('reputation_evidence_pk', ['kind', 'value', 'reporter'])
    .execute();
  await db.schema
    .createTable('reputation_decisions')
    .addColumn('id', dialect === 'postgres' ? 'bigserial' : 'integer', (c) => (dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement()))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('from_state', 'text', (c) => c.notNull())
    .addColumn('to_state', 'text', (c) => c.notNull())
    // What the decision replaced, so that reverting it restores exactly that.
    .addColumn('prev_decision', 'text')
    .addColumn('prev_decided_at', 'text')
    .addColumn('reverted_by', 'bigint')
    .execute();
  await db.schema.createIndex('reputation_decisions_indicator').on('reputation_decisions').columns(['kind', 'value', 'id']).execute();
  // One row, bumped in the transaction of every change that matters to verdicts: writers
  // queue on its lock, so versions are committed in order and a reader past N has all ≤ N.
  await db.schema.createTable('reputation_version').addColumn('id', 'integer', (c) => c.primaryKey()).addColumn('version', 'bigint', (c) => c.notNull()).execute();
  await db.insertInto('reputation_version' as never).values({ id: 1, version: 0 } as never).execute();
}
