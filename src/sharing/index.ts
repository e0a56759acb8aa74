// Sharing: what the hub's analysts confirmed, out to partners in the formats their tools read —
// STIX 2.1 (a bundle, and TAXII 2.1 collections), a DNS RPZ zone, CSV. Only confirmed
// indicators leave, never who reported them; the never-block list is applied again on the way
// out. Every format reads the one published feed (feed.ts), so they agree.
import { isProtected } from '../core/reputation/index.js';
import type { ReputationData } from '../reputation/index.js';
import { getReputationData } from '../reputation/index.js';
import type { Store } from '../store/index.js';
import { uuidv5 } from './ids.js';
import { csvOf } from './csv.js';
import { openSharingFeed, type FeedEntry, type SharingFeed } from './feed.js';
import { rpzZone, serialOf, type RpzEntry } from './rpz.js';
import { mispFeed, type MispCampaign, type MispFeed, type MispInput } from './misp.js';
import { namedBy, openCampaignStore, type CampaignStore } from './campaign-store.js';
import { openCampaignFeed } from './campaign-feed.js';
import { bundleChunks, hubIdentity, phoneExtension, projectIdentity, type StixObject } from './stix.js';
import { tlpId, tlpMarking, TLPS, type Tlp } from './tlp.js';

export { INDICATORS_COLLECTION, openSharingFeed } from './feed.js';
export { CAMPAIGNS_COLLECTION } from './campaign-feed.js';
export type { FeedEntry, FeedQuery, SharingFeed, VersionMatch } from './feed.js';
export { parseTlp, TLPS, type Tlp } from './tlp.js';
export { openSharingGroups, pseudonymOf, type SharingGroup, type SharingGroups } from './groups.js';

/** The strictest of the markings (a partner in several groups gets what all of them allow). */
export const strictestTlp = (tlps: readonly Tlp[]): Tlp | null =>
  tlps.reduce<Tlp | null>((a, b) => (a === null || TLPS.indexOf(b) > TLPS.indexOf(a) ? b : a), null);
export { bundleChunks } from './stix.js';
export { dnsName, rpzZone, serialOf } from './rpz.js';
export { csvOf } from './csv.js';
export { MISP_TYPES, mispFeed, type MispFeed } from './misp.js';

/** The RPZ zone's name unless configured. */
export const DEFAULT_RPZ_ZONE = 'rpz.smishguard.invalid';

export interface SharingOptions {
  /** The hub's organisation: the STIX identity that creates every shared indicator. */
  readonly org: string;
  /** The TLP 2.0 marking of everything shared (default amber: partners' organisations only). */
  readonly tlp?: Tlp;
  readonly data?: ReputationData;
  readonly clock?: () => Date;
}

export interface Sharing {
  readonly org: string;
  readonly tlp: Tlp;
  readonly feed: SharingFeed;
  /** The stored campaigns (campaign-store.ts): one index per process, shared by the API, TAXII and MISP. */
  readonly campaigns: CampaignStore;
  /** The campaigns collection (campaign-feed.ts): campaign objects and relationships to confirmed indicators. */
  readonly campaignFeed: SharingFeed;
  /** The objects every export carries before the indicators: identities, the marking, the phone-number extension. */
  readonly preamble: readonly StixObject[];
  /** Publishes pending changes; concurrent callers share one run. */
  sync(): Promise<void>;
  /** Every current shared indicator as one STIX 2.1 bundle: JSON text in chunks, to write one after another; marked `tlp` (a sharing group's) when given. */
  bundle(tlp?: Tlp): Promise<string[]>;
  /** A published object's JSON marked `tlp` instead of the hub's. */
  remark(json: string, tlp: Tlp): string;
  /** The RPZ zone of current confirmed domains and host names, never-block applied again. */
  rpz(origin?: string): Promise<{ text: string; names: number; serial: number; skipped: string[] }>;
  /** Every current shared indicator as CSV. */
  csv(): Promise<string>;
  /** The MISP feed: manifest.json, one event per campaign and one a day of confirmation for the rest, hashes.csv. */
  misp(tlp?: Tlp): Promise<MispFeed>;
}

export const DEFAULT_ORG = 'smishguard hub';

export function openSharing(store: Store, o: SharingOptions): Sharing {
  const data = o.data ?? getReputationData();
  const tlp = o.tlp ?? 'amber';
  const feed = openSharingFeed(store, { org: o.org, tlp, policy: data.policy, neverBlock: data.neverBlock, clock: o.clock });
  const preamble = [projectIdentity(), hubIdentity(o.org), tlpMarking(tlp), phoneExtension()];
  // Marking ids are fixed UUIDs (tlp.ts) that appear nowhere else in an object: swapping the
  // hub's for a group's re-marks it without parsing.
  const remark = (json: string, marked: Tlp): string => (marked === tlp ? json : json.split(tlpId(tlp)).join(tlpId(marked)));
  let running: Promise<void> | null = null;
  // One build per published state, campaigns' version and marking (a MISP pulling a feed asks for the manifest, then each event).
  const mispCache = new Map<Tlp, { key: string; feed: MispFeed }>();
  const campaigns = openCampaignStore(store, { neverBlock: data.neverBlock, clock: o.clock });
  const campaignFeed = openCampaignFeed(store, { org: o.org, tlp, indicators: feed, campaigns, clock: o.clock });
  return {
    org: o.org, tlp, feed, campaigns, campaignFeed, preamble,
    sync() {
      running ??= feed.sync().then(() => undefined).finally(() => { running = null; });
      return running;
    },
    async bundle(marked = tlp) {
      const parts: string[] = [];
      await feed.current((e) => parts.push(remark(e.json, marked)));
      // The campaigns collection's current objects too (as published: sender numbers only
      // counted); its relationships point only at confirmed indicators, all in the bundle.
      await campaignFeed.current((e) => parts.push(remark(e.json, marked)));
      // The bundle's id names its content: the same published state gives the same id.
      const id = `bundle--${uuidv5(`bundle:${o.org}:${marked}:${await feed.lastSeq()}:${await campaignFeed.lastSeq()}`)}`;
      const head = marked === tlp ? preamble : preamble.map((x) => (x.id === tlpId(tlp) ? tlpMarking(marked) : x));
      return [...bundleChunks(id, [...head, ...parts])];
    },
    remark,
    async rpz(origin = DEFAULT_RPZ_ZONE) {
      const now = (o.clock ?? (() => new Date()))().toISOString();
      const entries: RpzEntry[] = [];
      let lapsed = 0;
      await feed.current((e) => {
        if (e.kind !== 'domain' && e.kind !== 'host') return;
        if (e.validUntil !== null && e.validUntil <= now) { lapsed++; return; }
        // Again on the way out: the never-block list may have grown since the confirmation.
        if (!isProtected(e.kind, e.value, data.neverBlock)) entries.push({ kind: e.kind, value: e.value });
      });
      const serial = serialOf(await feed.lastSeq(), lapsed);
      return { ...rpzZone(entries, { origin, serial, comment: `${o.org}: confirmed smishing domains and host names (smishguard)` }), serial };
    },
    async csv() {
      const entries: FeedEntry[] = [];
      await feed.current((e) => entries.push(e));
      return csvOf(entries);
    },
    async misp(marked = tlp) {
      // A MISP pulling a feed asks for the manifest, then each event: one build per published state.
      await campaigns.sync();
      const key = `${await feed.lastSeq()}:${await campaigns.version()}`;
      const hit = mispCache.get(marked);
      if (hit?.key === key) return hit.feed;
      const items: MispInput[] = [];
      await feed.current((e) => {
        const obj = JSON.parse(e.json) as { created: string };
        items.push({ kind: e.kind, value: e.value, stixId: e.id, created: obj.created, modified: e.modified, revoked: e.revoked });
      }, { revoked: true });
      // Campaigns of two lures or more, largest first: an indicator goes to the first that names it.
      const groups: MispCampaign[] = (await campaigns.list({ limit: 10_000 })).map((c) => ({
        id: c.id, name: `«${c.examples[0]?.slice(0, 60) ?? ''}»`, firstSeen: c.firstSeen, lastSeen: c.lastSeen, lures: c.lures, has: namedBy(c),
      }));
      const built = mispFeed(items, { org: o.org, tlp: marked, campaigns: groups });
      mispCache.set(marked, { key, feed: built });
      return built;
    },
  };
}
