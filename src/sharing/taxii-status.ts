// TAXII 2.1 status resources of Add Objects requests, kept in the store (migration 019): a
// partner that posted and then asks for the status gets it after a restart, and from any
// server on the same store. A status is the poster's: another organisation asking gets 404,
// as if there were none. Kept 30 days (a partner polls minutes after posting, not months).
import type { Store } from '../store/index.js';

type StatusTables = { sharing_taxii_status: { id: string; org: string; created_at: string; status: string } };

export const STATUS_KEEP_DAYS = 30;

export interface TaxiiStatuses {
  save(org: string, status: { readonly id: string; readonly request_timestamp: string }): Promise<void>;
  /** The status, or null when there is none for this organisation (admins see every one). */
  get(id: string, reader: { readonly org: string; readonly role: string }): Promise<object | null>;
}

export function taxiiStatuses(store: Store, clock: () => Date): TaxiiStatuses {
  const db = store.db.withTables<StatusTables>();
  return {
    async save(org, status) {
      const cutoff = new Date(clock().getTime() - STATUS_KEEP_DAYS * 86_400_000).toISOString();
      await db.deleteFrom('sharing_taxii_status').where('created_at', '<', cutoff).execute();
      await db.insertInto('sharing_taxii_status').values({ id: status.id, org, created_at: status.request_timestamp, status: JSON.stringify(status) }).execute();
    },
    async get(id, reader) {
      const row = await db.selectFrom('sharing_taxii_status').selectAll().where('id', '=', id).executeTakeFirst();
      if (!row || (row.org !== reader.org && reader.role !== 'admin')) return null;
      return JSON.parse(row.status) as object;
    },
  };
}
