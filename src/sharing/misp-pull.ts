// Pulling a partner's MISP feed (the layout MISP publishes and "Add feed" reads: manifest.json
// naming each event by UUID with its timestamp, and one <uuid>.json per event, {"Event": {…}}
// with its Attribute list and Objects' attributes). The url, domain, hostname, domain|ip and
// phone-number attributes marked for detection (to_ids) become the partner's evidence exactly
// as its STIX does (import.ts): one reporter, never a confirmation. Only events whose
// timestamp changed since the last pull are read: the timestamp of each event read is kept in
// sharing_state (a map, not a high-water mark: an edited event need not become the newest). The partner's server is not trusted: sizes, JSON and shapes are checked, and
// a failure stops the pull where it is, keeping what came before.
import type { Store } from '../store/index.js';
import { recordPartnerRefs, type ImportedRef, type PartnerEvidence } from './import.js';
import { pullPosition } from './pull-position.js';

const MAX_MANIFEST = 16 * 1024 * 1024;
const MAX_EVENT = 32 * 1024 * 1024;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface MispPullOptions {
  /** The feed's base URL: manifest.json and the events are under it. */
  readonly url: string;
  /** The Authorization header, if the feed needs one (many are public). */
  readonly authorization?: string;
  readonly partner: { readonly org: string; readonly role: string };
  readonly fetch?: typeof fetch;
  readonly now: () => Date;
}

export type MispPullResult =
  | { ok: true; events: number; attributes: number; accepted: number; skipped: number }
  | { ok: false; code: 'E_PULL'; message: string; events: number; accepted: number };

type Attr = { type?: unknown; value?: unknown; to_ids?: unknown; deleted?: unknown };

const truthy = (v: unknown): boolean => v === true || v === 1 || v === '1';

/** The values of an event's attributes we read, and how many others it had. */
export function refsOfEvent(event: unknown): { refs: ImportedRef[]; attributes: number; skipped: number } | null {
  const e = (event as { Event?: unknown } | null)?.Event as { Attribute?: unknown; Object?: unknown } | undefined;
  if (!e || typeof e !== 'object') return null;
  const attrs: Attr[] = [];
  if (Array.isArray(e.Attribute)) attrs.push(...(e.Attribute as Attr[]));
  if (Array.isArray(e.Object)) for (const o of e.Object as { Attribute?: unknown; deleted?: unknown }[]) {
    if (o && !truthy(o.deleted) && Array.isArray(o.Attribute)) attrs.push(...(o.Attribute as Attr[]));
  }
  const refs: ImportedRef[] = [];
  let skipped = 0;
  for (const a of attrs) {
    if (!a || typeof a !== 'object' || typeof a.value !== 'string' || typeof a.type !== 'string') { skipped++; continue; }
    // Only what the partner marked for detection, and not withdrawn.
    if (!truthy(a.to_ids) || truthy(a.deleted)) { skipped++; continue; }
    switch (a.type) {
      case 'url': case 'link': refs.push({ kind: 'url', value: a.value }); break;
      case 'domain': case 'hostname': refs.push({ kind: 'domain-name', value: a.value }); break;
      case 'domain|ip': refs.push({ kind: 'domain-name', value: a.value.split('|')[0] ?? '' }); break;
      case 'phone-number': refs.push({ kind: 'phone', value: a.value }); break;
      default: skipped++;
    }
  }
  return { refs, attributes: attrs.length, skipped };
}

export async function pullMispFeed(store: Store, evidence: PartnerEvidence, o: MispPullOptions): Promise<MispPullResult> {
  const base = o.url.endsWith('/') ? o.url : `${o.url}/`;
  const position = pullPosition(store, { protocol: 'misp', org: o.partner.org, url: base });
  const saved = await position.read();
  let seen: Record<string, number> = {};
  try { seen = saved ? (JSON.parse(saved) as Record<string, number>) : {}; } catch { seen = {}; }
  const doFetch = o.fetch ?? fetch;
  const headers: Record<string, string> = { accept: 'application/json', ...(o.authorization ? { authorization: o.authorization } : {}) };
  let events = 0;
  let attributes = 0;
  let accepted = 0;
  let skipped = 0;
  const save = async (): Promise<void> => { if (events > 0) await position.save(JSON.stringify(seen)); };
  const failed = async (message: string): Promise<MispPullResult> => { await save(); return { ok: false, code: 'E_PULL', message, events, accepted }; };
  const getJson = async (name: string, limit: number): Promise<{ ok: true; value: unknown } | { ok: false; message: string }> => {
    const u = new URL(name, base);
    let res: Response;
    try {
      res = await doFetch(u, { headers, signal: AbortSignal.timeout(60_000) });
    } catch (err) {
      return { ok: false, message: `${u.host}: ${(err as Error).message}` };
    }
    if (res.status !== 200) return { ok: false, message: `${u.host} answered ${res.status} for ${name}` };
    const text = await res.text();
    if (text.length > limit) return { ok: false, message: `${name}: larger than ${limit} bytes` };
    try {
      return { ok: true, value: JSON.parse(text) as unknown };
    } catch {
      return { ok: false, message: `${name}: not JSON` };
    }
  };
  const m = await getJson('manifest.json', MAX_MANIFEST);
  if (!m.ok) return failed(m.message);
  if (!m.value || typeof m.value !== 'object' || Array.isArray(m.value)) return failed('manifest.json: not a MISP feed manifest ({"<event uuid>": {…}})');
  const todo = Object.entries(m.value as Record<string, { timestamp?: unknown }>)
    .filter(([uuid]) => UUID.test(uuid))
    .map(([uuid, ev]) => ({ uuid: uuid.toLowerCase(), ts: Number(ev?.timestamp ?? 0) || 0 }))
    .filter((e) => seen[e.uuid] !== e.ts)
    .sort((a, b) => a.ts - b.ts);
  for (let i = 0; i < todo.length; i++) {
    const { uuid, ts } = todo[i]!;
    const ev = await getJson(`${uuid}.json`, MAX_EVENT);
    if (!ev.ok) return failed(ev.message);
    const got = refsOfEvent(ev.value);
    if (!got) return failed(`${uuid}.json: not a MISP event ({"Event": {…}})`);
    const r = await recordPartnerRefs(evidence, o.partner, got.refs, got.skipped);
    if (!r.ok) return failed(r.message);
    events++;
    attributes += got.attributes;
    accepted += r.accepted.length;
    skipped += r.skipped;
    seen[uuid] = ts;
  }
  await save();
  return { ok: true, events, attributes, accepted, skipped };
}
