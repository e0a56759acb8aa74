import type { Kysely } from 'kysely';
import type { Dialect } from './index.js';

export const id = '006_consent_code_requests';

// One-time codes belong to the browser that asked for them (issue 10, item 4): with one code
// per line, anyone who typed the number could replace the subscriber's code or burn it with
// wrong guesses. Each code is now keyed by the hash of a random token kept in the requesting
// browser's cookie; a line may have several outstanding. Codes live ten minutes, so the old
// table is dropped, not migrated.
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema.dropTable('consent_codes').ifExists().execute();
  await db.schema
    .createTable('consent_codes')
    .addColumn('request_hash', 'text', (c) => c.primaryKey())
    .addColumn('line', 'text', (c) => c.notNull())
    .addColumn('code_hash', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('consent_codes_line').on('consent_codes').column('line').execute();
}
