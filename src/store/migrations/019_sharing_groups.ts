import type { Kysely } from 'kysely';
import type { Dialect } from './index.js';

export const id = '019_sharing_groups';

// Sharing groups (src/sharing/groups.ts): the partners' organisations that see the same
// things, under one TLP 2.0 marking, and whose line numbers are keyed pseudonyms under a key
// of their own. The key is never stored: it is derived from the store secret (kept outside the
// store) and the group's `key_id`, a random value minted with the group, so a copy of the
// database alone cannot reverse a pseudonym, and two groups' pseudonyms of one line differ.
//
// `sharing_taxii_status`: TAXII Add Objects statuses, so a partner can ask after a restart or
// of another server on the same store. Only the organisation that posted may read its own.
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('sharing_groups')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('tlp', 'text', (c) => c.notNull())
    .addColumn('key_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('sharing_group_members')
    .addColumn('group_name', 'text', (c) => c.notNull())
    .addColumn('org', 'text', (c) => c.notNull())
    .addColumn('added_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('sharing_group_members_pk', ['group_name', 'org'])
    .execute();
  await db.schema.createIndex('sharing_group_members_org').on('sharing_group_members').column('org').execute();
  await db.schema
    .createTable('sharing_taxii_status')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    // JSON: the status resource as TAXII 2.1 answers it (successes and failures included).
    .addColumn('status', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sharing_taxii_status_created').on('sharing_taxii_status').column('created_at').execute();
  void dialect;
}
