import type { Kysely } from 'kysely';
import type { Dialect } from './index.js';

export const id = '015_report_line_hash';

// A 7726 reporter's number under the line detector's keyed hash (src/lines lineNumberHash),
// beside the report: the detector counts a report against a line only when the carrier's
// traffic shows the line texted that number. Never the number itself; null for reports from
// channels that carry none (web form, API) and for reports made before this column.
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema.alterTable('reports').addColumn('reporter_line_hash', 'text').execute();
}
