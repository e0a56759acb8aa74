import type { Kysely } from 'kysely';

export const id = '009_intake_durability';

// The 7726 intake's own state, so that it holds across a restart and across processes:
// - smpp_parts: parts of concatenated messages, each committed before its deliver_sm_resp,
//   until the message is whole and handed on; handed-on sets stay a day (handed_at set) so
//   a part the SMSC sends again is recognised as a copy.
// - intake_reporter_hours: reports per reporter (keyed hash) per clock hour, for the cap.
// - intake_stopped: reporters (keyed hash) who sent STOP: no more replies to them.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('smpp_parts')
    .addColumn('set_key', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('total', 'integer', (c) => c.notNull())
    .addColumn('received_at', 'bigint', (c) => c.notNull())
    .addColumn('segment', 'text', (c) => c.notNull())
    .addColumn('handed_at', 'bigint')
    .addPrimaryKeyConstraint('smpp_parts_pk', ['set_key', 'seq'])
    .execute();
  await db.schema.createIndex('smpp_parts_received_at').on('smpp_parts').columns(['handed_at', 'received_at']).execute();

  await db.schema
    .createTable('intake_reporter_hours')
    .addColumn('reporter_hash', 'text', (c) => c.notNull())
    .addColumn('hour', 'bigint', (c) => c.notNull())
    .addColumn('reports', 'integer', (c) => c.notNull())
    .addColumn('refused', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('intake_reporter_hours_pk', ['reporter_hash', 'hour'])
    .execute();
  await db.schema.createIndex('intake_reporter_hours_hour').on('intake_reporter_hours').column('hour').execute();

  await db.schema
    .createTable('intake_stopped')
    .addColumn('reporter_hash', 'text', (c) => c.primaryKey())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
}
