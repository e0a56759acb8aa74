import type { Kysely } from 'kysely';

export const id = '002_report_details';

// What a reporter adds to a report afterwards through the web form (src/web/form): where
// the message arrived and a note. One row a report: details are given once.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('report_details')
    .addColumn('report_id', 'text', (c) => c.primaryKey().references('reports.id'))
    .addColumn('added_at', 'text', (c) => c.notNull())
    .addColumn('received_via', 'text')
    .addColumn('note', 'text')
    .execute();
}
