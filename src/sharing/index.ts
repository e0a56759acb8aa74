// Sharing: what the hub's analysts confirmed, out to partners in the formats their tools read —
// STIX 2.1 (a bundle, and TAXII 2.1 collections), a DNS RPZ zone, CSV. Only confirmed
// indicators leave, never who reported them; the never-block list is applied again on the way
// out. Every format reads the one published feed (feed.ts), so they agree.
import type { ReputationData } from '../reputation/index.js';
import { getReputationData } from '../reputation/index.js';
import type { Store } from '../store/index.js';
import { uuidv5 } from './ids.js';
import { openSharingFeed, type SharingFeed } from './feed.js';
import { bundleChunks, hubIdentity, phoneExtension, projectIdentity, type StixObject } from './stix.js';
import { tlpMarking, type Tlp } from './tlp.js';

export { INDICATORS_COLLECTION, openSharingFeed } from './feed.js';
export type { FeedEntry, FeedQuery, SharingFeed, VersionMatch } from './feed.js';
export { parseTlp, TLPS, type Tlp } from './tlp.js';
export { bundleChunks } from './stix.js';

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
  /** The objects every export carries before the indicators: identities, the marking, the phone-number extension. */
  readonly preamble: readonly StixObject[];
  /** Publishes pending changes; concurrent callers share one run. */
  sync(): Promise<void>;
  /** Every current shared indicator as one STIX 2.1 bundle: JSON text in chunks, to write one after another. */
  bundle(): Promise<string[]>;
}

export const DEFAULT_ORG = 'smishguard hub';

export function openSharing(store: Store, o: SharingOptions): Sharing {
  const data = o.data ?? getReputationData();
  const tlp = o.tlp ?? 'amber';
  const feed = openSharingFeed(store, { org: o.org, tlp, policy: data.policy, neverBlock: data.neverBlock, clock: o.clock });
  const preamble = [projectIdentity(), hubIdentity(o.org), tlpMarking(tlp), phoneExtension()];
  let running: Promise<void> | null = null;
  return {
    org: o.org, tlp, feed, preamble,
    sync() {
      running ??= feed.sync().then(() => undefined).finally(() => { running = null; });
      return running;
    },
    async bundle() {
      const parts: string[] = [];
      await feed.current((e) => parts.push(e.json));
      // The bundle's id names its content: the same published state gives the same id.
      const id = `bundle--${uuidv5(`bundle:${o.org}:${tlp}:${await feed.lastSeq()}`)}`;
      return [...bundleChunks(id, [...preamble, ...parts])];
    },
  };
}
