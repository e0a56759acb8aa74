import { sql, type Kysely } from 'kysely';
import type { Dialect } from './index.js';

export const id = '007_warning_controls';

// Warnings under control (src/lines/warnings.ts): a warning now waits as `pending` until an
// analyst approves it (`queued`) or denies it (`denied`), unless the server runs with
// `--warnings auto`. `event_at` is the time of the traffic that raised the flag, so a warning
// about an old event (a replayed file) is never sent; `decided_by`/`decided_at` record who
// let it go. Warnings queued before this migration were never approved: they go back to
// `pending`, with the event time of their case's latest flag.
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema.alterTable('line_warnings').addColumn('event_at', 'text').execute();
  await db.schema.alterTable('line_warnings').addColumn('decided_by', 'text').execute();
  await db.schema.alterTable('line_warnings').addColumn('decided_at', 'text').execute();
  await sql`update line_warnings set event_at = (select c.last_flagged_at from line_cases c where c.id = line_warnings.case_id)`.execute(db);
  await sql`update line_warnings set state = 'pending' where state in ('queued', 'sending')`.execute(db);
  // The hourly cap counts what was sent in the last hour, across every server.
  await db.schema.createIndex('line_warnings_sent_at').on('line_warnings').columns(['state', 'sent_at']).execute();
}
