import type { Kysely } from 'kysely';

export const id = '003_intake_dialogues';

// The 7726 dialogues waiting for a reporter's answer (src/intake). The reporter's number is
// the key, kept in clear only while the dialogue is open: the row goes when the sender is
// given, declined, or the wait runs out. Reports themselves carry only a keyed hash of it.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('intake_dialogues')
    .addColumn('reporter', 'text', (c) => c.primaryKey())
    .addColumn('report_id', 'text', (c) => c.notNull())
    .addColumn('opened_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('intake_dialogues_expires_at').on('intake_dialogues').column('expires_at').execute();
}
