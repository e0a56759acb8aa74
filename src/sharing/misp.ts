// A MISP feed (the layout MISP's "Add feed" reads, and PyMISP's feed generator writes):
// manifest.json (one entry per event), one <event uuid>.json per event, hashes.csv (the MD5 of
// each attribute value with its event, for MISP's feed correlation). One event per campaign
// (its UUID the campaign's, src/sharing/campaign-store.ts) holding the confirmed indicators its
// lures name; the confirmed indicators of no campaign stay in one event per day of
// confirmation (the STIX object's `created`, which never changes), so nothing confirmed waits
// for a campaign to form. Re-exports rewrite the same events; an indicator that joins a
// campaign moves to the campaign's event and stays in its day's event as a deleted attribute,
// so a MISP that pulled it there before drops it there (attribute UUIDs are unique in MISP:
// the day event's is the STIX indicator's, the campaign event's is derived from both). A withdrawn indicator stays in its event as a deleted attribute, so a MISP instance
// that pulled it learns to drop it. Pure apart from MD5 (node:crypto).
import { createHash } from 'node:crypto';
import { uuidv5 } from './ids.js';
import { phoneValue, type SharedKind } from './stix.js';
import type { Tlp } from './tlp.js';

export interface MispInput {
  readonly kind: SharedKind;
  readonly value: string;
  /** The STIX indicator's id: its UUID becomes the attribute's. */
  readonly stixId: string;
  /** The STIX object's `created` (ISO): which day's event it belongs to. */
  readonly created: string;
  /** The version's `modified` (ISO): the attribute's timestamp. */
  readonly modified: string;
  readonly revoked: boolean;
}

/**
 * MISP type and category for each kind. Each pair is one MISP accepts (MISP's
 * describeTypes.json, category lists of `url`, `domain`, `hostname`, `phone-number`).
 */
export const MISP_TYPES: Readonly<Record<SharedKind, { type: string; category: string }>> = {
  url: { type: 'url', category: 'Network activity' },
  domain: { type: 'domain', category: 'Network activity' },
  host: { type: 'hostname', category: 'Network activity' },
  phone: { type: 'phone-number', category: 'Other' },
};

/** A campaign as its MISP event names it, and which confirmed indicators belong to it. */
export interface MispCampaign {
  /** campaign--<uuid>: the event's UUID is the campaign's. */
  readonly id: string;
  readonly name: string;
  readonly firstSeen: string;
  readonly lastSeen: string;
  readonly lures: number;
  /** Whether a confirmed indicator is one its lures name. */
  has(kind: SharedKind, value: string): boolean;
}

export interface MispFeed {
  readonly manifest: Record<string, object>;
  readonly events: ReadonlyMap<string, { Event: object }>;
  readonly hashes: string;
}

/** FIRST's TLP 2.0 colours, as MISP's tlp taxonomy shows them. */
const TLP_COLOUR: Readonly<Record<Tlp, string>> = { clear: '#FFFFFF', green: '#33FF00', amber: '#FFC000', 'amber+strict': '#FFC000', red: '#FF2B2B' };

const seconds = (iso: string): string => String(Math.floor(Date.parse(iso) / 1000));

export function mispFeed(items: Iterable<MispInput>, o: { readonly org: string; readonly tlp: Tlp; readonly campaigns?: readonly MispCampaign[] }): MispFeed {
  const orgc = { name: o.org, uuid: uuidv5(`misp-org:${o.org}`) };
  const tags = [{ name: `tlp:${o.tlp}`, colour: TLP_COLOUR[o.tlp] }, { name: 'smishing', colour: '#0088CC' }];
  const campaigns = o.campaigns ?? [];
  const byDay = new Map<string, MispInput[]>();
  const byCampaign = new Map<MispCampaign, MispInput[]>();
  /** Indicators of a campaign also listed, deleted, in their day's event: a MISP that pulled them there drops them. */
  const moved = new Set<MispInput>();
  const into = <K>(m: Map<K, MispInput[]>, k: K, i: MispInput): void => {
    let list = m.get(k);
    if (!list) { list = []; m.set(k, list); }
    list.push(i);
  };
  for (const i of items) {
    const c = campaigns.find((x) => x.has(i.kind, i.value));
    if (c) {
      into(byCampaign, c, i);
      moved.add(i);
    }
    into(byDay, i.created.slice(0, 10), i);
  }
  const manifest: Record<string, object> = {};
  const events = new Map<string, { Event: object }>();
  const hashes: string[] = [];
  const attribute = (i: MispInput, uuid: string, deleted: boolean, comment: string, inCampaign = false): object => {
    const value = i.kind === 'phone' ? phoneValue(i.value) : i.value;
    if (!deleted) hashes.push(`${createHash('md5').update(value).digest('hex')},${uuid}`);
    return {
      uuid: inCampaign ? uuidv5(`misp-attribute:${uuid}:${i.stixId}`) : i.stixId.slice(i.stixId.indexOf('--') + 2), type: MISP_TYPES[i.kind].type, category: MISP_TYPES[i.kind].category, value,
      to_ids: !deleted, deleted, timestamp: seconds(i.modified), distribution: '5', comment,
    };
  };
  const event = (uuid: string, info: string, day: string, list: MispInput[], attrs: object[]): void => {
    const timestamp = seconds(list.reduce((m, i) => (i.modified > m ? i.modified : m), `${day}T00:00:00.000Z`));
    const head = { uuid, info, date: day, analysis: '2', threat_level_id: '2', published: true, timestamp, Orgc: orgc, Tag: tags };
    manifest[uuid] = { info, date: day, analysis: head.analysis, threat_level_id: head.threat_level_id, timestamp, Orgc: orgc, Tag: head.Tag };
    events.set(uuid, { Event: { ...head, publish_timestamp: timestamp, Attribute: attrs } });
  };
  for (const day of [...byDay.keys()].sort()) {
    const list = byDay.get(day) ?? [];
    const uuid = uuidv5(`misp-event:${o.org}:${day}`);
    event(uuid, `${o.org}: smishing indicators confirmed on ${day}`, day, list, list.map((i) => {
      const gone = i.revoked || moved.has(i);
      return attribute(i, uuid, gone, i.revoked ? 'withdrawn by the analysts' : moved.has(i) ? 'moved to its campaign\'s event' : 'confirmed smishing indicator');
    }));
  }
  for (const [c, list] of byCampaign) {
    const uuid = c.id.slice(c.id.indexOf('--') + 2);
    event(uuid, `${o.org}: smishing campaign ${c.name} (${c.lures} lures, ${c.firstSeen.slice(0, 10)} to ${c.lastSeen.slice(0, 10)})`, c.firstSeen.slice(0, 10), list,
      list.map((i) => attribute(i, uuid, i.revoked, i.revoked ? 'withdrawn by the analysts' : 'confirmed smishing indicator named by the campaign\'s lures', true)));
  }
  return { manifest, events, hashes: hashes.length ? hashes.join('\n') + '\n' : '' };
}
