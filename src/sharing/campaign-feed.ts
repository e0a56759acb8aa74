// The campaigns collection (TAXII `campaigns`): each stored campaign (campaign-store.ts) of
// two lures or more as a STIX `campaign` (counts, timeline, brands, masked examples; never a
// reporter), and an `indicates` relationship from each confirmed indicator of the
// confirmed-indicators collection that its lures name. Nothing unconfirmed leaves: the
// campaign's other URLs, domains and numbers stay in the referral package. Published into
// `sharing_objects` like the indicators (its own collection id, so TAXII pages it by seq the
// same way): a campaign that grows gets a new version, one merged into another a revoked one
// (with its relationships), a relationship whose indicator is withdrawn a revoked one.
// No `attributed-to`: the hub sees lures, not who runs them; a partner that knows links its
// own intrusion-set to our campaign id.
import type { Transaction } from 'kysely';
import type { Store } from '../store/index.js';
import { namedBy, shareCampaign, type CampaignStore } from './campaign-store.js';
import { collectionReader, type FeedEntry, type SharingFeed } from './feed.js';
import { uuidv5, stixId } from './ids.js';
import { campaignObject, revoked, type StixObject } from './stix.js';
import { tlpId, type Tlp } from './tlp.js';

export const CAMPAIGNS_COLLECTION = uuidv5('collection:campaigns');
/** The state row remembering which indicator feed seq the relationships were built against. */
const INDICATORS_SEEN = `${CAMPAIGNS_COLLECTION}:indicators`;

type ObjectRow = {
  seq: number | string | bigint; collection: string; stix_id: string; stix_type: string; modified: string; added_at: string;
  revoked: number; latest: number; kind: string; value: string; valid_until: string | null; object: string;
};
type Tables = {
  sharing_objects: ObjectRow;
  sharing_state: { collection: string; reputation_version: number | string | bigint; last_added: string };
};

const num = (v: number | string | bigint | null | undefined): number => Number(v ?? 0);
const later = (a: string, b: string): string => (a > b ? a : b);
const after = (t: string): string => new Date(Date.parse(t) + 1).toISOString();

export interface CampaignFeedOptions {
  readonly org: string;
  readonly tlp: Tlp;
  /** The confirmed-indicators feed: only its current indicators get relationships. */
  readonly indicators: SharingFeed;
  readonly campaigns: CampaignStore;
  readonly clock?: () => Date;
}

/** The same reading surface as the indicators feed (TAXII uses either). */
export function openCampaignFeed(store: Store, o: CampaignFeedOptions): SharingFeed {
  const db = store.db.withTables<Tables>();
  const clock = o.clock ?? (() => new Date());
  const collection = CAMPAIGNS_COLLECTION;
  const by = stixId('identity', o.org);
  const marking = [tlpId(o.tlp)];

  return {
    async sync() {
      const counts = { added: 0, revoked: 0 };
      await o.indicators.sync();
      await o.campaigns.sync();
      const [cv, iv] = [await o.campaigns.version(), await o.indicators.lastSeq()];
      const seen = new Map((await db.selectFrom('sharing_state').selectAll().where('collection', 'in', [collection, INDICATORS_SEEN]).execute()).map((r) => [r.collection, num(r.reputation_version)]));
      if (seen.get(collection) === cv && seen.get(INDICATORS_SEEN) === iv) return counts;
      for (const c of [collection, INDICATORS_SEEN]) await db.insertInto('sharing_state').values({ collection: c, reputation_version: -1, last_added: '' }).onConflict((oc) => oc.column('collection').doNothing()).execute();
      // What should be out now: every campaign of two lures or more, and its confirmed indicators' relationships.
      const confirmed: FeedEntry[] = [];
      await o.indicators.current((e) => { if (e.type === 'indicator') confirmed.push(e); });
      const wanted = new Map<string, { obj: StixObject; kind: string; value: string }>();
      for (const c of await o.campaigns.list({ limit: 100_000 })) {
        // One collection for every partner: sender numbers only counted, in no group's pseudonyms.
        const obj = campaignObject(shareCampaign(c, null), { org: o.org, tlp: o.tlp });
        wanted.set(c.id, { obj: { ...obj, modified: later(c.updatedAt, c.lastSeen) }, kind: 'campaign', value: c.id });
        const has = namedBy(c);
        for (const e of confirmed) {
          if (!has(e.kind, e.value)) continue;
          const id = stixId('relationship', `${e.id}:indicates:${c.id}`);
          wanted.set(id, {
            obj: {
              type: 'relationship', spec_version: '2.1', id, created_by_ref: by, created: c.firstSeen, modified: c.firstSeen,
              relationship_type: 'indicates', source_ref: e.id, target_ref: c.id, object_marking_refs: marking,
            },
            kind: 'relationship', value: c.id,
          });
        }
      }
      await store.transaction(async (t) => {
        const tx = t as unknown as Transaction<Tables>;
        // The state row's lock: one publisher at a time, so seq order is commit order.
        await tx.updateTable('sharing_state').set((eb) => ({ reputation_version: eb.ref('reputation_version') })).where('collection', '=', collection).execute();
        const s = await tx.selectFrom('sharing_state').selectAll().where('collection', '=', collection).executeTakeFirstOrThrow();
        const nowIso = clock().toISOString();
        const addedAt = later(nowIso, s.last_added);
        const current = await tx.selectFrom('sharing_objects').selectAll().where('collection', '=', collection).where('latest', '=', 1).execute();
        const cur = new Map(current.map((r) => [r.stix_id, r]));
        const rows: Omit<ObjectRow, 'seq'>[] = [];
        const replaced: (number | string | bigint)[] = [];
        const row = (obj: StixObject, kind: string, value: string, isRevoked: boolean): Omit<ObjectRow, 'seq'> => ({
          collection, stix_id: obj.id, stix_type: obj.type, modified: obj.modified as string, added_at: addedAt, revoked: isRevoked ? 1 : 0, latest: 1,
          kind, value, valid_until: null, object: JSON.stringify(obj),
        });
        for (const [id, w] of wanted) {
          const had = cur.get(id);
          if (had && had.revoked === 0 && had.modified >= (w.obj.modified as string) && (had.stix_type === 'relationship' || had.object === JSON.stringify(w.obj))) continue;
          const obj = had && had.modified >= (w.obj.modified as string) ? { ...w.obj, modified: after(had.modified) } : w.obj;
          rows.push(row(obj, w.kind, w.value, false));
          if (had) replaced.push(had.seq);
          counts.added++;
        }
        for (const [id, had] of cur) {
          if (wanted.has(id) || had.revoked === 1) continue;
          rows.push(row(revoked(JSON.parse(had.object) as StixObject, later(nowIso, after(had.modified))), had.kind, had.value, true));
          replaced.push(had.seq);
          counts.revoked++;
        }
        for (let i = 0; i < replaced.length; i += 500) await tx.updateTable('sharing_objects').set({ latest: 0 }).where('seq', 'in', replaced.slice(i, i + 500)).execute();
        for (let i = 0; i < rows.length; i += 500) await tx.insertInto('sharing_objects').values(rows.slice(i, i + 500) as never).execute();
        await tx.updateTable('sharing_state').set({ reputation_version: cv, last_added: addedAt }).where('collection', '=', collection).execute();
        await tx.updateTable('sharing_state').set({ reputation_version: iv, last_added: addedAt }).where('collection', '=', INDICATORS_SEEN).execute();
      });
      return counts;
    },

    ...collectionReader(store, collection),
  };
}
