// The allow-list in the store: names an analyst allowed after their owner's appeal
// (src/appeals). Each change bumps the reputation version in its own transaction, so every
// process's snapshot picks it up with the indicators' changes (src/reputation/index.ts).
import type { Transaction } from 'kysely';
import type { IndicatorKind } from '../core/reputation/index.js';
import type { Database, Store } from '../store/index.js';
import { bump, lockVersion, type ReputationTables } from './indicators.js';

type EntryRow = {
  id: number | string; kind: string; value: string; active: number; appeal_id: string | null;
  created_at: string; created_by: string; note: string | null;
  revoked_at: string | null; revoked_by: string | null; revoke_note: string | null; version: number | string | bigint;
};
export type AllowListTables = ReputationTables & { allowlist_entries: EntryRow };

export interface AllowEntry {
  readonly id: number;
  readonly kind: IndicatorKind;
  readonly value: string;
  readonly active: boolean;
  readonly appealId: string | null;
  readonly createdAt: string;
  readonly createdBy: string;
  readonly note: string | null;
  readonly revokedAt: string | null;
  readonly revokedBy: string | null;
}

export interface AllowListStore {
  /** Adds an active entry inside the caller's transaction (an appeal's acceptance); an active one for the same name is reused. */
  addWithin(tx: Transaction<Database>, e: { kind: IndicatorKind; value: string; appealId: string | null; actor: string; note: string | null }, at: string): Promise<number>;
  /** Revokes an entry inside the caller's transaction; false when it was not active. */
  revokeWithin(tx: Transaction<Database>, id: number, actor: string, note: string | null, at: string): Promise<boolean>;
  get(id: number): Promise<AllowEntry | undefined>;
  list(q: { active?: boolean; limit: number }): Promise<AllowEntry[]>;
  /** Entries changed after `since` up to `reached` (active ones only when since is 0). */
  changesSince(since: number, reached: number, each: (e: { kind: IndicatorKind; value: string; active: boolean }) => void): Promise<void>;
}

const num = (v: number | string | bigint | null): number => Number(v ?? 0);
const viewOf = (r: EntryRow): AllowEntry => ({
  id: num(r.id), kind: r.kind as IndicatorKind, value: r.value, active: num(r.active) === 1, appealId: r.appeal_id,
  createdAt: r.created_at, createdBy: r.created_by, note: r.note, revokedAt: r.revoked_at, revokedBy: r.revoked_by,
});

export function openAllowListStore(store: Store): AllowListStore {
  const db = store.db.withTables<AllowListTables>();
  return {
    async addWithin(t, e, at) {
      const tx = t as unknown as Transaction<AllowListTables>;
      await lockVersion(t as unknown as Transaction<ReputationTables>);
      const have = await tx.selectFrom('allowlist_entries').select('id').where('kind', '=', e.kind).where('value', '=', e.value).where('active', '=', 1).executeTakeFirst();
      if (have) return num(have.id);
      const version = await bump(t as unknown as Transaction<ReputationTables>);
      const r = await tx.insertInto('allowlist_entries').values({
        kind: e.kind, value: e.value, active: 1, appeal_id: e.appealId, created_at: at, created_by: e.actor, note: e.note,
        revoked_at: null, revoked_by: null, revoke_note: null, version,
      } as never).returning('id').executeTakeFirstOrThrow();
      return num(r.id);
    },

    async revokeWithin(t, id, actor, note, at) {
      const tx = t as unknown as Transaction<AllowListTables>;
      await lockVersion(t as unknown as Transaction<ReputationTables>);
      const version = await bump(t as unknown as Transaction<ReputationTables>);
      const r = await tx.updateTable('allowlist_entries').set({ active: 0, revoked_at: at, revoked_by: actor, revoke_note: note, version })
        .where('id', '=', id).where('active', '=', 1).executeTakeFirst();
      return Number(r.numUpdatedRows) > 0;
    },

    async get(id) {
      const r = await db.selectFrom('allowlist_entries').selectAll().where('id', '=', id).executeTakeFirst();
      return r ? viewOf(r) : undefined;
    },

    async list(q) {
      let query = db.selectFrom('allowlist_entries').selectAll().orderBy('id', 'desc').limit(q.limit);
      if (q.active !== undefined) query = query.where('active', '=', q.active ? 1 : 0);
      return (await query.execute()).map(viewOf);
    },

    async changesSince(since, reached, each) {
      let q = db.selectFrom('allowlist_entries').select(['kind', 'value', 'active']).where('version', '>', since).where('version', '<=', reached).orderBy('version');
      if (since === 0) q = q.where('active', '=', 1);
      // Rows come in version order, so a revocation after an addition of the same name wins.
      for (const r of await q.execute()) each({ kind: r.kind as IndicatorKind, value: r.value, active: num(r.active) === 1 });
    },
  };
}
