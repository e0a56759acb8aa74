import type { Kysely } from 'kysely';
import type { Dialect } from './index.js';

export const id = '014_sharing';

// What the hub shares (src/sharing): every version of every STIX object it has published, in
// the order published. `seq` is that order (assigned under the lock of `sharing_state`, so it
// is also commit order): TAXII pages by it, so objects added while a partner pages through a
// collection come after the cursor and none is missed or repeated. A version is never
// rewritten; a withdrawn indicator gets a new, revoked version. `latest` marks each object's
// current version. `sharing_state` keeps, per collection, how far the indicator store's
// version has been published.
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('sharing_objects')
    .addColumn('seq', dialect === 'postgres' ? 'bigserial' : 'integer', (c) => (dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement()))
    .addColumn('collection', 'text', (c) => c.notNull())
    .addColumn('stix_id', 'text', (c) => c.notNull())
    .addColumn('stix_type', 'text', (c) => c.notNull())
    .addColumn('modified', 'text', (c) => c.notNull())
    .addColumn('added_at', 'text', (c) => c.notNull())
    .addColumn('revoked', 'integer', (c) => c.notNull())
    .addColumn('latest', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('valid_until', 'text')
    .addColumn('object', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sharing_objects_id').on('sharing_objects').columns(['collection', 'stix_id', 'seq']).execute();
  await db.schema.createIndex('sharing_objects_latest').on('sharing_objects').columns(['collection', 'latest', 'seq']).execute();
  await db.schema
    .createTable('sharing_state')
    .addColumn('collection', 'text', (c) => c.primaryKey())
    .addColumn('reputation_version', 'bigint', (c) => c.notNull())
    .addColumn('last_added', 'text', (c) => c.notNull())
    .execute();
}
