// Where a pull of a partner's feed resumes (TAXII's added_after, MISP's map of event
// timestamps), kept in sharing_state. What identifies a feed is where it is read and whose
// evidence it becomes: the collection's or feed's URL (a query in it included) and the partner's
// organisation. One URL read for two partners is two histories; two collections on one server
// are two URLs. Never the server alone.
import type { Store } from '../store/index.js';

type StateTables = { sharing_state: { collection: string; reputation_version: number | string | bigint; last_added: string } };

export interface PullPosition {
  /** What the last pull of this feed saved, or null before the first. */
  read(): Promise<string | null>;
  save(position: string): Promise<void>;
}

export function pullPosition(store: Store, feed: { readonly protocol: 'pull' | 'misp'; readonly org: string; readonly url: string }): PullPosition {
  const db = store.db.withTables<StateTables>();
  const key = `${feed.protocol}:${feed.org}:${feed.url}`;
  return {
    async read() {
      return (await db.selectFrom('sharing_state').select('last_added').where('collection', '=', key).executeTakeFirst())?.last_added || null;
    },
    async save(position) {
      await db.insertInto('sharing_state').values({ collection: key, reputation_version: 0, last_added: position })
        .onConflict((oc) => oc.column('collection').doUpdateSet({ last_added: position })).execute();
    },
  };
}
