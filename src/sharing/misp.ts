// A MISP feed (the layout MISP's "Add feed" reads, and PyMISP's feed generator writes):
// manifest.json (one entry per event), one <event uuid>.json per event, hashes.csv (the MD5 of
// each attribute value with its event, for MISP's feed correlation). One event per day of
// confirmation (the STIX object's `created`, which never changes): re-exports rewrite the same
// events. A withdrawn indicator stays in its event as a deleted attribute, so a MISP instance
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

export interface MispFeed {
  readonly manifest: Record<string, object>;
  readonly events: ReadonlyMap<string, { Event: object }>;
  readonly hashes: string;
}

/** FIRST's TLP 2.0 colours, as MISP's tlp taxonomy shows them. */
const TLP_COLOUR: Readonly<Record<Tlp, string>> = { clear: '#FFFFFF', green: '#33FF00', amber: '#FFC000', 'amber+strict': '#FFC000', red: '#FF2B2B' };

const seconds = (iso: string): string => String(Math.floor(Date.parse(iso) / 1000));

export function mispFeed(items: Iterable<MispInput>, o: { readonly org: string; readonly tlp: Tlp }): MispFeed {
  const orgc = { name: o.org, uuid: uuidv5(`misp-org:${o.org}`) };
  const tags = [{ name: `tlp:${o.tlp}`, colour: TLP_COLOUR[o.tlp] }, { name: 'smishing', colour: '#0088CC' }];
  const byDay = new Map<string, MispInput[]>();
  for (const i of items) {
    const day = i.created.slice(0, 10);
    let list = byDay.get(day);
    if (!list) { list = []; byDay.set(day, list); }
    list.push(i);
  }
  const manifest: Record<string, object> = {};
  const events = new Map<string, { Event: object }>();
  const hashes: string[] = [];
  for (const day of [...byDay.keys()].sort()) {
    const list = byDay.get(day) ?? [];
    const uuid = uuidv5(`misp-event:${o.org}:${day}`);
    const timestamp = seconds(list.reduce((m, i) => (i.modified > m ? i.modified : m), `${day}T00:00:00.000Z`));
    const head = {
      uuid, info: `${o.org}: smishing indicators confirmed on ${day}`, date: day, analysis: '2', threat_level_id: '2', published: true, timestamp,
      Orgc: orgc, Tag: tags,
    };
    const Attribute = list.map((i) => {
      const value = i.kind === 'phone' ? phoneValue(i.value) : i.value;
      if (!i.revoked) hashes.push(`${createHash('md5').update(value).digest('hex')},${uuid}`);
      return {
        uuid: i.stixId.slice(i.stixId.indexOf('--') + 2), type: MISP_TYPES[i.kind].type, category: MISP_TYPES[i.kind].category, value,
        to_ids: !i.revoked, deleted: i.revoked, timestamp: seconds(i.modified), distribution: '5', comment: i.revoked ? 'withdrawn by the analysts' : 'confirmed smishing indicator',
      };
    });
    manifest[uuid] = { info: head.info, date: day, analysis: head.analysis, threat_level_id: head.threat_level_id, timestamp, Orgc: orgc, Tag: tags };
    events.set(uuid, { Event: { ...head, publish_timestamp: timestamp, Attribute } });
  }
  return { manifest, events, hashes: hashes.length ? hashes.join('\n') + '\n' : '' };
}
