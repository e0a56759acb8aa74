// STIX 2.1 objects for confirmed indicators: pure builders (no I/O, no clock; node:crypto only
// for the UUIDv5 ids). Only what analysts confirmed leaves the hub, never who reported it:
// descriptions carry evidence counts, not reporters.
import { classifySender } from '../core/sender/index.js';
import type { SharedCampaign } from './campaign-store.js';
import { stixId } from './ids.js';
import { tlpId, type Tlp } from './tlp.js';

/** The indicator kinds that leave as STIX (sender IDs stay in the SMS firewall's own lists). */
export type SharedKind = 'url' | 'host' | 'domain' | 'phone';
export const SHARED_KINDS: readonly SharedKind[] = ['url', 'host', 'domain', 'phone'];

export interface SharedIndicator {
  readonly kind: SharedKind;
  readonly value: string;
  /** ISO 8601: first named by a report (or decided on, if no report named it). */
  readonly firstSeen: string;
  /** ISO 8601: the analyst's confirmation. */
  readonly confirmedAt: string;
  /** ISO 8601: when the confirmation stops counting (it fades unless renewed); null = never. */
  readonly validUntil: string | null;
  readonly reports: number;
  readonly reporters: number;
}

export type StixObject = { readonly type: string; readonly id: string; readonly [k: string]: unknown };

/** The project's own identity: it defines the phone-number extension, the same in every hub. */
export const PROJECT_IDENTITY = stixId('identity', 'smishguard project');
const PROJECT_CREATED = '2026-12-01T00:00:00.000Z';

/** STIX has no phone-number object: a new SCO type defined by this extension (issue 12). */
export const PHONE_EXTENSION = stixId('extension-definition', 'phone-number');
export const PHONE_SCO = 'phone-number';

export function projectIdentity(): StixObject {
  return {
    type: 'identity', spec_version: '2.1', id: PROJECT_IDENTITY, created: PROJECT_CREATED, modified: PROJECT_CREATED,
    name: 'smishguard', description: 'The open-source anti-smishing platform that defines the objects and extensions these indicators use.',
    identity_class: 'system',
  };
}

export function phoneExtension(): StixObject {
  return {
    type: 'extension-definition', spec_version: '2.1', id: PHONE_EXTENSION, created_by_ref: PROJECT_IDENTITY, created: PROJECT_CREATED, modified: PROJECT_CREATED,
    name: 'phone-number',
    description: "A telephone number as a cyber observable: `value` is the number in E.164 (+81…) when it is one, else as the sender showed it (a short code). Patterns use `[phone-number:value = '+8190…']`.",
    schema: 'https://github.com/smishguard/smishguard#sharing',
    version: '1.0.0',
    extension_types: ['new-sco'],
  };
}

/** The hub's identity (the carrier running smishguard): the creator of every indicator it shares. */
export function hubIdentity(org: string): StixObject {
  return {
    type: 'identity', spec_version: '2.1', id: stixId('identity', org), created: PROJECT_CREATED, modified: PROJECT_CREATED,
    name: org, identity_class: 'organization', sectors: ['telecommunications'],
  };
}

/** A STIX pattern string literal: backslash and quote escaped (STIX 2.1 patterning, 9.x). */
export function patternString(v: string): string {
  return `'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** The value a phone indicator is shared as: E.164 when the number is one. */
export function phoneValue(v: string): string {
  return classifySender(v).e164 ?? v;
}

function patternOf(i: SharedIndicator): string {
  switch (i.kind) {
    case 'url': return `[url:value = ${patternString(i.value)}]`;
    case 'host':
    case 'domain': return `[domain-name:value = ${patternString(i.value)}]`;
    case 'phone': return `[${PHONE_SCO}:value = ${patternString(phoneValue(i.value))}]`;
  }
}

const WHAT: Readonly<Record<SharedKind, string>> = { url: 'URL', host: 'host name', domain: 'domain', phone: 'phone number' };

/** The indicator's id: one per kind and value, stable across exports and hubs. */
export const indicatorId = (kind: SharedKind, value: string): string => stixId('indicator', `${kind}:${value}`);

export function stixIndicator(i: SharedIndicator, o: { readonly org: string; readonly tlp: Tlp }): StixObject {
  const created = i.firstSeen < i.confirmedAt ? i.firstSeen : i.confirmedAt;
  const shown = i.kind === 'phone' ? phoneValue(i.value) : i.value;
  const subjects = i.kind === 'domain' ? ' and every name under it' : '';
  return {
    type: 'indicator', spec_version: '2.1', id: indicatorId(i.kind, i.value),
    created_by_ref: stixId('identity', o.org), created, modified: i.confirmedAt,
    name: `Smishing ${WHAT[i.kind]}: ${shown}`,
    description: `A ${WHAT[i.kind]}${subjects} in smishing SMS, confirmed by ${o.org}'s analysts on ${i.confirmedAt.slice(0, 10)}; `
      + `named by ${i.reports} report(s) from ${i.reporters} independent reporter(s) since ${i.firstSeen.slice(0, 10)}.`,
    indicator_types: ['malicious-activity'],
    pattern: patternOf(i), pattern_type: 'stix', pattern_version: '2.1',
    valid_from: i.confirmedAt,
    ...(i.validUntil && i.validUntil > i.confirmedAt ? { valid_until: i.validUntil } : {}),
    labels: ['smishing', i.kind],
    object_marking_refs: [tlpId(o.tlp)],
  };
}

/** The same object, revoked: what partners receive when an analyst rejects or expires it. */
export function revoked(obj: StixObject, at: string): StixObject {
  return { ...obj, modified: at, revoked: true };
}

/**
 * One bundle as JSON text, chunk by chunk: 100,000 indicators are ~80 MB of JSON, written as
 * they are made instead of as one object graph stringified at the end.
 */
export function* bundleChunks(id: string, objects: Iterable<StixObject | string>): Generator<string> {
  yield `{"type":"bundle","id":${JSON.stringify(id)},"objects":[`;
  let first = true;
  let buf = '';
  for (const o of objects) {
    buf += (first ? '' : ',') + (typeof o === 'string' ? o : JSON.stringify(o));
    first = false;
    if (buf.length > 1 << 16) { yield buf; buf = ''; }
  }
  yield `${buf}]}\n`;
}

const pseudonyms = (c: SharedCampaign): string => {
  const p = c.senders.filter((s) => s.value.startsWith('sgl_'));
  return c.senderGroup && p.length ? ` (as sharing group ${c.senderGroup}'s pseudonyms: ${p.map((s) => `${s.value} ×${s.lures}`).join(', ')})` : '';
};

/** The campaign object alone (what the campaigns collection shares): counts and masked examples, never a reporter. */
export function campaignObject(c: SharedCampaign, o: { readonly org: string; readonly tlp: Tlp }): StixObject {
  const channels = Object.entries(c.channels).map(([k, n]) => `${k} ${n}`).join(', ');
  const brands = c.brands.length ? ` Brands claimed: ${c.brands.join(', ')}.` : '';
  return {
    type: 'campaign', spec_version: '2.1', id: c.id, created_by_ref: stixId('identity', o.org), created: c.firstSeen, modified: c.lastSeen,
    name: `Smishing campaign: ${c.examples[0]?.slice(0, 60) ?? c.id}`,
    description: `${c.lures} lure(s) seen by ${o.org} from ${c.firstSeen.slice(0, 10)} to ${c.lastSeen.slice(0, 10)}: ${c.reports} report(s) (by channel: ${channels})`
      + `${c.lines ? `, sent from ${c.lines} subscriber line(s) found infected` : ''}.${brands}`
      + `${c.senderNumbers ? ` Reported from ${c.senderNumbers} sender number(s)${pseudonyms(c)}.` : ''} `
      + `Lures a day: ${c.timeline.map((t) => `${t.day} ${t.lures}`).join(', ')}. Texts, links and numbers masked: ${c.examples.map((e) => `«${e}»`).join(' ')}`,
    first_seen: c.firstSeen, last_seen: c.lastSeen, object_marking_refs: [tlpId(o.tlp)],
  };
}

/**
 * One campaign as STIX objects: the campaign, an indicator for each URL, domain, call-back
 * number and sender short code its lures name (not necessarily confirmed: their own ids, apart
 * from the shared ones), `indicates` relationships, and a sighting of each (its count: the lures
 * that named it). For a referral to law enforcement.
 */
export function campaignObjects(c: SharedCampaign, o: { readonly org: string; readonly tlp: Tlp }): StixObject[] {
  const by = stixId('identity', o.org);
  const marking = [tlpId(o.tlp)];
  const created = c.firstSeen;
  const modified = c.lastSeen;
  const out: StixObject[] = [campaignObject(c, o)];
  const seen = new Set<string>();
  const add = (kind: 'url' | 'domain' | 'phone', value: string, lures: number, what: string): void => {
    const shown = kind === 'phone' ? phoneValue(value) : value;
    if (seen.has(`${kind}:${shown}`)) return;
    seen.add(`${kind}:${shown}`);
    const id = stixId('indicator', `campaign:${c.id}:${kind}:${value}`);
    const pattern = kind === 'url' ? `[url:value = ${patternString(value)}]` : kind === 'domain' ? `[domain-name:value = ${patternString(value)}]` : `[${PHONE_SCO}:value = ${patternString(shown)}]`;
    out.push({
      type: 'indicator', spec_version: '2.1', id, created_by_ref: by, created, modified,
      name: `${what} in a smishing campaign: ${shown}`, description: `Named by ${lures} of the campaign's lures (not necessarily confirmed by analysts).`,
      indicator_types: ['malicious-activity'], pattern, pattern_type: 'stix', pattern_version: '2.1', valid_from: created, labels: ['smishing', kind], object_marking_refs: marking,
    });
    out.push({
      type: 'relationship', spec_version: '2.1', id: stixId('relationship', `${id}:indicates:${c.id}`), created_by_ref: by, created, modified,
      relationship_type: 'indicates', source_ref: id, target_ref: c.id, object_marking_refs: marking,
    });
    // How often the hub saw it: the lures that named it, sighted by the hub's organisation.
    out.push({
      type: 'sighting', spec_version: '2.1', id: stixId('sighting', `${id}:${c.id}`), created_by_ref: by, created, modified,
      sighting_of_ref: id, where_sighted_refs: [by], count: Math.min(lures, 999_999_999), object_marking_refs: marking,
    });
  };
  for (const u of c.urls) add('url', u.value, u.lures, 'URL');
  for (const d of c.domains) add('domain', d.value, d.lures, 'domain');
  for (const p of c.phones) add('phone', p.value, p.lures, 'Call-back number');
  // Short codes only: sender lines are pseudonyms here (in the campaign's description), never an indicator.
  for (const p of c.senders) if (/^[0-9]{3,5}$/.test(p.value)) add('phone', p.value, p.lures, 'Sender short code');
  return out;
}
