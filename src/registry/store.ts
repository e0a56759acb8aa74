// The operators' sender registry in the store: upserts that change nothing write nothing (an
// import run twice is one import), every change bumps the registry's version in its own
// transaction, and nothing is ever deleted: a revoked entry stays, to take away trust.
import type { Transaction } from 'kysely';
import type { Database, Store } from '../store/index.js';
import type { EntryKind, EntryState, ValidEntry } from './entry.js';

type EntryRow = {
  kind: string; value: string; display: string; company: string; brands: string; source: string; verified_at: string;
  state: string; created_at: string; updated_at: string; updated_by: string;
};
export type RegistryTables = {
  sender_registry: EntryRow;
  sender_registry_version: { id: number; version: number | string | bigint };
};

/** A stored entry: what was validated, and when and by whom it last changed. */
export interface RegistryEntry extends ValidEntry {
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly updatedBy: string;
}

/** An audit row of a registry change (the actor is the change's). */
export interface AuditRecord { readonly action: string; readonly subject: string; readonly detail?: unknown }

/** What an upsert did: `unchanged` when the stored entry already said the same. */
export type UpsertOutcome = 'created' | 'updated' | 'unchanged';

export interface RegistryStore {
  get(value: string): Promise<RegistryEntry | undefined>;
  /** Ordered by value; `after` is the last value of the previous page. */
  list(q: { kind?: EntryKind; state?: EntryState; limit: number; after?: string }): Promise<RegistryEntry[]>;
  /** Every entry, for the snapshot. */
  all(): Promise<RegistryEntry[]>;
  /**
   * Creates or replaces entries (one transaction); what each did, in order. `dryRun` writes
   * nothing. `audit` names the audit record of what was done (null: none); it is written in the
   * same transaction, so the change and its record commit together or not at all.
   */
  upsert(entries: readonly ValidEntry[], actor: string, o?: { dryRun?: boolean; audit?: (outcomes: readonly UpsertOutcome[]) => AuditRecord | null }): Promise<UpsertOutcome[]>;
  /** active → revoked; false when there is no such entry or it is revoked already. `audit` as for `upsert`. */
  revoke(value: string, actor: string, audit?: AuditRecord): Promise<boolean>;
  version(): Promise<number>;
}

const num = (v: number | string | bigint): number => Number(v);

function entryOf(r: EntryRow): RegistryEntry {
  return {
    kind: r.kind as EntryKind, value: r.value, display: r.display, company: r.company, brandIds: JSON.parse(r.brands) as string[],
    source: r.source, verifiedAt: r.verified_at, state: r.state as EntryState, createdAt: r.created_at, updatedAt: r.updated_at, updatedBy: r.updated_by,
  };
}

function same(row: EntryRow, e: ValidEntry): boolean {
  return row.kind === e.kind && row.display === e.display && row.company === e.company && row.brands === JSON.stringify(e.brandIds)
    && row.source === e.source && row.verified_at === e.verifiedAt && row.state === e.state;
}

export function openRegistryStore(store: Store, o: { clock?: () => Date } = {}): RegistryStore {
  const db = store.db.withTables<RegistryTables>();
  const now = (): string => (o.clock ? o.clock() : new Date()).toISOString();

  async function bump(tx: Transaction<RegistryTables>): Promise<void> {
    await tx.updateTable('sender_registry_version').set((eb) => ({ version: eb('version', '+', 1) })).where('id', '=', 1).execute();
  }

  return {
    async get(value) {
      const r = await db.selectFrom('sender_registry').selectAll().where('value', '=', value).executeTakeFirst();
      return r ? entryOf(r) : undefined;
    },
    async list(q) {
      let query = db.selectFrom('sender_registry').selectAll().orderBy('value').limit(q.limit);
      if (q.kind) query = query.where('kind', '=', q.kind);
      if (q.state) query = query.where('state', '=', q.state);
      if (q.after !== undefined) query = query.where('value', '>', q.after);
      return (await query.execute()).map(entryOf);
    },
    async all() {
      return (await db.selectFrom('sender_registry').selectAll().orderBy('value').execute()).map(entryOf);
    },
    async upsert(entries, actor, opts = {}) {
      const run = async (tx: Transaction<RegistryTables>): Promise<UpsertOutcome[]> => {
        const at = now();
        const out: UpsertOutcome[] = [];
        let changed = false;
        for (const e of entries) {
          const had = await tx.selectFrom('sender_registry').selectAll().where('value', '=', e.value).executeTakeFirst();
          if (had && same(had, e)) { out.push('unchanged'); continue; }
          out.push(had ? 'updated' : 'created');
          if (opts.dryRun) continue;
          changed = true;
          const row = {
            kind: e.kind, display: e.display, company: e.company, brands: JSON.stringify(e.brandIds), source: e.source,
            verified_at: e.verifiedAt, state: e.state, updated_at: at, updated_by: actor,
          };
          if (had) await tx.updateTable('sender_registry').set(row).where('value', '=', e.value).execute();
          else await tx.insertInto('sender_registry').values({ ...row, value: e.value, created_at: at }).execute();
        }
        if (changed) await bump(tx);
        const record = opts.dryRun ? null : opts.audit?.(out) ?? null;
        if (record) await store.audit.appendWithin(tx as unknown as Transaction<Database>, { actor, ...record });
        return out;
      };
      return store.transaction((tx) => run(tx as unknown as Transaction<RegistryTables>));
    },
    async revoke(value, actor, audit) {
      return store.transaction(async (t) => {
        const tx = t as unknown as Transaction<RegistryTables>;
        const r = await tx.updateTable('sender_registry').set({ state: 'revoked', updated_at: now(), updated_by: actor })
          .where('value', '=', value).where('state', '=', 'active').executeTakeFirst();
        if (Number(r.numUpdatedRows) === 0) return false;
        await bump(tx);
        if (audit) await store.audit.appendWithin(t, { actor, ...audit });
        return true;
      });
    },
    async version() {
      const r = await db.selectFrom('sender_registry_version').select('version').where('id', '=', 1).executeTakeFirst();
      return r ? num(r.version) : 0;
    },
  };
}
