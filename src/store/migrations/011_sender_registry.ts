import type { Kysely } from 'kysely';
import type { Dialect } from './index.js';

export const id = '011_sender_registry';

// The sender registry kept by operators (src/registry): 0005 numbers, carriers' short codes,
// alphanumeric IDs and business numbers, each with the company and brands it speaks for, the
// page that documents it and when that page was read. Merged over data/senders.json in every
// process's snapshot; a revoked row takes away the shipped entry's trust too. `version` is
// bumped in the transaction of every change, so processes poll one row to know they are behind.
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('sender_registry')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('display', 'text', (c) => c.notNull())
    .addColumn('company', 'text', (c) => c.notNull())
    .addColumn('brands', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('verified_at', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('sender_registry_pk', ['value'])
    .execute();
  await db.schema.createTable('sender_registry_version').addColumn('id', 'integer', (c) => c.primaryKey()).addColumn('version', 'bigint', (c) => c.notNull()).execute();
  await db.insertInto('sender_registry_version' as never).values({ id: 1, version: 0 } as never).execute();
}
