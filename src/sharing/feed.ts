// The published feed: every version of every STIX object the hub shares, in publication order
// (table sharing_objects, migration 014). `sync` publishes what the indicator store changed
// since the last sync: a newly confirmed indicator becomes a new object, a re-confirmed one a
// new version, one an analyst rejected or expired (or cleared) a revoked version. Every channel
// (TAXII, the STIX bundle, RPZ, CSV) reads this feed, so they agree with each other.
import type { Transaction } from 'kysely';
import {
  effectiveState, trustedUntil,
  type AnalystAction, type IndicatorEvidence, type IndicatorKind, type IndicatorState, type NeverBlock, type ReputationPolicy,
} from '../core/reputation/index.js';
import type { ReputationTables } from '../reputation/indicators.js';
import { protectionIn } from '../reputation/protection.js';
import type { Database, Store } from '../store/index.js';
import { uuidv5 } from './ids.js';
import { indicatorId, revoked, SHARED_KINDS, stixIndicator, type SharedKind, type StixObject } from './stix.js';
import type { Tlp } from './tlp.js';

/** The one collection: indicators the hub's analysts confirmed. */
export const INDICATORS_COLLECTION = uuidv5('collection:confirmed-indicators');

type ObjectRow = {
  seq: number | string | bigint; collection: string; stix_id: string; stix_type: string; modified: string; added_at: string;
  revoked: number; latest: number; kind: string; value: string; valid_until: string | null; object: string;
};
type SharingTables = ReputationTables & {
  sharing_objects: ObjectRow;
  sharing_state: { collection: string; reputation_version: number | string | bigint; last_added: string };
};

/** One published version. */
export interface FeedEntry {
  readonly seq: number;
  readonly id: string;
  readonly type: string;
  readonly modified: string;
  readonly addedAt: string;
  readonly revoked: boolean;
  readonly kind: SharedKind;
  readonly value: string;
  readonly validUntil: string | null;
  /** The STIX object as JSON text, exactly as published. */
  readonly json: string;
}

export type VersionMatch = 'last' | 'first' | 'all' | readonly string[];

export interface FeedQuery {
  /** Only entries published after this one (the paging cursor). */
  readonly afterSeq?: number;
  /** Only entries added after this ISO time. */
  readonly addedAfter?: string;
  readonly ids?: readonly string[];
  readonly types?: readonly string[];
  readonly versions?: VersionMatch;
  readonly limit: number;
}

export interface SharingFeed {
  /** Publishes what changed in the indicator store; cheap when nothing did (two one-row reads). */
  sync(): Promise<{ added: number; revoked: number }>;
  /** Entries in publication order, `limit` at most, and whether more match. */
  page(q: FeedQuery): Promise<{ entries: FeedEntry[]; more: boolean }>;
  /** Each object's current version that is not revoked (or, with `revoked`, also those that are), in publication order, page by page. */
  current(each: (e: FeedEntry) => void, o?: { revoked?: boolean }): Promise<void>;
  /** The last published seq (0 when nothing is). */
  lastSeq(): Promise<number>;
}

export interface FeedOptions {
  readonly org: string;
  readonly tlp: Tlp;
  readonly policy: ReputationPolicy;
  readonly neverBlock: NeverBlock;
  readonly clock?: () => Date;
}

type IndicatorRow = SharingTables['reputation_indicators'];
const num = (v: number | string | bigint | null | undefined): number => Number(v ?? 0);
const SHARED = new Set<string>(SHARED_KINDS);

function evidenceOf(r: IndicatorRow): IndicatorEvidence {
  return {
    reports: num(r.reports), reporters: num(r.reporters), flaggedReporters: num(r.flagged_reporters), orgs: num(r.orgs), trustedOrgs: num(r.trusted_orgs),
    firstSeen: Date.parse(r.first_seen), lastSeen: Date.parse(r.last_seen), lastFlaggedAt: r.last_flagged_at === null ? null : Date.parse(r.last_flagged_at),
  };
}

function entryOf(r: ObjectRow): FeedEntry {
  return {
    seq: num(r.seq), id: r.stix_id, type: r.stix_type, modified: r.modified, addedAt: r.added_at, revoked: r.revoked === 1,
    kind: r.kind as SharedKind, value: r.value, validUntil: r.valid_until, json: r.object,
  };
}

const later = (a: string, b: string): string => (a > b ? a : b);
/** A time strictly after `t` (a new version's `modified` must be). */
const after = (t: string): string => new Date(Date.parse(t) + 1).toISOString();

export function openSharingFeed(store: Store, o: FeedOptions): SharingFeed {
  const clock = o.clock ?? (() => new Date());
  const db = store.db.withTables<SharingTables>();
  const collection = INDICATORS_COLLECTION;

  /** What the indicator should be published as now, or null when it should not be shared. */
  function wanted(r: IndicatorRow, now: number, isProtected: (ref: { kind: IndicatorKind; value: string }) => boolean): StixObject | null {
    const kind = r.kind as IndicatorKind;
    if (!SHARED.has(kind) || r.state !== 'confirmed' || r.decision !== 'confirm' || r.decided_at === null) return null;
    // The indicator store's own rule: never-block listed, unless its registry entry is revoked.
    if (isProtected({ kind, value: r.value })) return null;
    const e = evidenceOf(r);
    const d = { action: 'confirm' as AnalystAction, at: Date.parse(r.decided_at) };
    if (effectiveState(kind, r.state as IndicatorState, e, d, o.policy, now) !== 'confirmed') return null;
    const until = trustedUntil(kind, 'confirmed', e, d, o.policy);
    return stixIndicator({
      kind: kind as SharedKind, value: r.value, firstSeen: r.first_seen, confirmedAt: r.decided_at,
      validUntil: Number.isFinite(until) ? new Date(until).toISOString() : null, reports: num(r.reports), reporters: num(r.reporters),
    }, { org: o.org, tlp: o.tlp });
  }

  type NewRow = Omit<ObjectRow, 'seq'>;
  const rowOf = (obj: StixObject, r: { kind: string; value: string }, addedAt: string, isRevoked: boolean): NewRow => ({
    collection, stix_id: obj.id, stix_type: obj.type, modified: obj.modified as string, added_at: addedAt, revoked: isRevoked ? 1 : 0, latest: 1,
    kind: r.kind, value: r.value, valid_until: isRevoked ? null : ((obj.valid_until as string | undefined) ?? null), object: JSON.stringify(obj),
  });

  /** Appends new versions in order (many rows a statement), their previous versions no longer latest. */
  async function append(tx: Transaction<SharingTables>, rows: NewRow[], replaced: (number | string | bigint)[]): Promise<void> {
    for (let i = 0; i < replaced.length; i += 500) await tx.updateTable('sharing_objects').set({ latest: 0 }).where('seq', 'in', replaced.slice(i, i + 500)).execute();
    for (let i = 0; i < rows.length; i += 500) await tx.insertInto('sharing_objects').values(rows.slice(i, i + 500) as never).execute();
  }

  return {
    async sync() {
      const counts = { added: 0, revoked: 0 };
      const version = num((await db.selectFrom('reputation_version').select('version').where('id', '=', 1).executeTakeFirst())?.version);
      const state = await db.selectFrom('sharing_state').selectAll().where('collection', '=', collection).executeTakeFirst();
      if (state && num(state.reputation_version) >= version) return counts;
      await db.insertInto('sharing_state').values({ collection, reputation_version: 0, last_added: '' }).onConflict((oc) => oc.column('collection').doNothing()).execute();
      await store.transaction(async (t) => {
        const tx = t as unknown as Transaction<SharingTables>;
        // The state row's lock: one publisher at a time, so seq order is commit order.
        await tx.updateTable('sharing_state').set((eb) => ({ reputation_version: eb.ref('reputation_version') })).where('collection', '=', collection).execute();
        const s = await tx.selectFrom('sharing_state').selectAll().where('collection', '=', collection).executeTakeFirstOrThrow();
        const since = num(s.reputation_version);
        const reached = num((await tx.selectFrom('reputation_version').select('version').where('id', '=', 1).executeTakeFirst())?.version);
        if (since >= reached) return;
        const nowDate = clock();
        const now = nowDate.getTime();
        // Added times never go backwards, whatever the clock does: added_after agrees with seq order.
        const addedAt = later(nowDate.toISOString(), s.last_added);
        let from = since;
        for (;;) {
          // Filtered by kind here, not in SQL: SQLite would then prefer the (kind, value) key and sort.
          const page = await tx.selectFrom('reputation_indicators').selectAll()
            .where('version', '>', from).where('version', '<=', reached).orderBy('version').limit(2000).execute();
          if (page.length === 0) break;
          const rows = page.filter((r) => SHARED.has(r.kind));
          const ids = rows.map((r) => indicatorId(r.kind as SharedKind, r.value));
          // By id only (its index), the latest picked here: with `latest` in SQL, SQLite scans every latest row.
          const cur = new Map((await tx.selectFrom('sharing_objects').selectAll().where('collection', '=', collection).where('stix_id', 'in', ids).execute())
            .filter((r) => r.latest === 1).map((r) => [r.stix_id, r]));
          const out: NewRow[] = [];
          const replaced: (number | string | bigint)[] = [];
          const prot = await protectionIn(tx as unknown as Transaction<Database>, o.neverBlock, rows.map((r) => ({ kind: r.kind as IndicatorKind, value: r.value })));
          for (const r of rows) {
            const want = wanted(r, now, prot);
            const had = cur.get(indicatorId(r.kind as SharedKind, r.value));
            if (want) {
              if (!had || had.revoked === 1 || had.modified !== want.modified) {
                // A re-confirmation after a withdrawal must still be a later version.
                const obj = had && had.modified >= (want.modified as string) ? { ...want, modified: after(had.modified) } : want;
                out.push(rowOf(obj, r, addedAt, false));
                if (had) replaced.push(had.seq);
                counts.added++;
              }
            } else if (had && had.revoked === 0) {
              out.push(rowOf(revoked(JSON.parse(had.object) as StixObject, later(nowDate.toISOString(), after(had.modified))), r, addedAt, true));
              replaced.push(had.seq);
              counts.revoked++;
            }
          }
          await append(tx, out, replaced);
          if (page.length < 2000) break;
          from = num(page[page.length - 1]?.version);
        }
        await tx.updateTable('sharing_state').set({ reputation_version: reached, last_added: addedAt }).where('collection', '=', collection).execute();
      });
      return counts;
    },

    ...collectionReader(store, collection),
  };
}

/**
 * Reading one collection of `sharing_objects` (the indicators feed's, the campaigns feed's):
 * pages in seq order, so a TAXII client paging while more is published misses nothing and
 * sees nothing twice (a new object or version always has a higher seq).
 */
export function collectionReader(store: Store, collection: string): Pick<SharingFeed, 'page' | 'current' | 'lastSeq'> {
  const db = store.db.withTables<SharingTables>();
  return {
    async page(q: FeedQuery) {
      let query = db.selectFrom('sharing_objects').selectAll().where('collection', '=', collection).orderBy('seq').limit(q.limit + 1);
      if (q.afterSeq !== undefined) query = query.where('seq', '>', q.afterSeq);
      if (q.addedAfter !== undefined) query = query.where('added_at', '>', q.addedAfter);
      if (q.ids?.length) query = query.where('stix_id', 'in', [...q.ids]);
      if (q.types?.length) query = query.where('stix_type', 'in', [...q.types]);
      const v = q.versions ?? 'last';
      if (v === 'last') query = query.where('latest', '=', 1);
      else if (v === 'first') {
        query = query.where('seq', 'in', db.selectFrom('sharing_objects').select((eb) => eb.fn.min('seq').as('s')).where('collection', '=', collection).groupBy('stix_id'));
      } else if (v !== 'all') query = query.where('modified', 'in', [...v]);
      const rows = await query.execute();
      return { entries: rows.slice(0, q.limit).map(entryOf), more: rows.length > q.limit };
    },

    async current(each, opts) {
      let from = 0;
      for (;;) {
        let q = db.selectFrom('sharing_objects').selectAll().where('collection', '=', collection).where('latest', '=', 1);
        if (!opts?.revoked) q = q.where('revoked', '=', 0);
        const rows = await q.where('seq', '>', from).orderBy('seq').limit(10_000).execute();
        for (const r of rows) each(entryOf(r));
        if (rows.length < 10_000) return;
        from = num(rows[rows.length - 1]?.seq);
      }
    },

    async lastSeq() {
      const r = await db.selectFrom('sharing_objects').select((eb) => eb.fn.max('seq').as('s')).where('collection', '=', collection).executeTakeFirst();
      return num(r?.s as number | null);
    },
  };
}
