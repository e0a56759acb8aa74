import type { Kysely } from 'kysely';
import type { Dialect } from './index.js';

export const id = '012_aggregator_notices';

// Aggregator accountability (src/aggregators): which organisation carries which aggregator
// route (a sender kind and a prefix of the sender), and the notices made from flagged reports
// that came over such a route. A notice holds the report's reference, its time, a keyed
// fingerprint of the text, the sender, verdict and reason codes — never the reporter. `org`
// null is the unassigned queue of its route kind.
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('aggregator_routes')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('prefix', 'text', (c) => c.notNull())
    .addColumn('org', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('aggregator_routes_pk', ['kind', 'prefix'])
    .execute();
  await db.schema.createIndex('aggregator_routes_org').on('aggregator_routes').column('org').execute();
  await db.schema
    .createTable('aggregator_notices')
    .addColumn('id', dialect === 'postgres' ? 'bigserial' : 'integer', (c) => (dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement()))
    .addColumn('org', 'text')
    .addColumn('route_kind', 'text', (c) => c.notNull())
    .addColumn('report_id', 'text', (c) => c.notNull().unique())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addColumn('sender', 'text', (c) => c.notNull())
    .addColumn('verdict', 'text', (c) => c.notNull())
    .addColumn('reasons', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('acknowledged_at', 'text')
    .addColumn('actioned_at', 'text')
    .addColumn('note', 'text')
    .execute();
  await db.schema.createIndex('aggregator_notices_org').on('aggregator_notices').columns(['org', 'id']).execute();
  await db.schema.createIndex('aggregator_notices_queue').on('aggregator_notices').columns(['route_kind', 'org', 'id']).execute();
}
