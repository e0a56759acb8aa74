import type { Kysely } from 'kysely';
import type { Dialect } from './index.js';

export const id = '016_firewall_held';

// Messages the firewall holds for review (src/firewall/held.ts). The PDUs and the text are kept
// only while a decision is pending or the release is being sent: both are cleared when the
// message is rejected or released, and the row keeps what an audit needs (who decided, when,
// the fingerprint and reason codes, the upstream ids). State: held → approved → sending →
// released, or held → rejected; `sending` left by a crash stays for a person to look at.
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('firewall_held')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('esme', 'text', (c) => c.notNull())
    .addColumn('ids', 'text', (c) => c.notNull())
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addColumn('reasons', 'text', (c) => c.notNull())
    .addColumn('parts', 'integer', (c) => c.notNull())
    .addColumn('text', 'text')
    .addColumn('pdus', 'text')
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('held_at', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'text')
    .addColumn('decided_by', 'text')
    .addColumn('sent_at', 'text')
    .addColumn('upstream_ids', 'text')
    .execute();
  await db.schema.createIndex('firewall_held_state').on('firewall_held').columns(['state', 'held_at']).execute();
}
