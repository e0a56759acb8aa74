// Stored campaigns (migration 017): lures arrive in `campaign_inbox` — every flagged report in
// its own commit (src/reports), every lure the line detector flagged a line for (src/lines) —
// and `sync` folds them, oldest first, into campaigns with the pure clusterer of
// src/core/campaigns: near-duplicate text, or shared infrastructure (a domain, a host on an IP,
// a short link, a call-back number; never a popular or official one). A campaign's id is
// fixed when it starts (UUIDv5 of its first lure's template and time: a store rebuilt from the
// same evidence gives the same ids) and kept as it grows; when a lure bridges two campaigns
// the older keeps its id and the other records the merge and points at it.
//
// One fold at a time, under the `campaign_state` row; the in-memory index follows the stored
// version and is reloaded from the campaigns table when another process folded meanwhile (or
// a fold failed half-way).
import type { Generated, Transaction } from 'kysely';
import { createClusterer, type Clusterer } from '../core/campaigns/cluster.js';
import { infrastructureOf } from '../core/campaigns/infrastructure.js';
import { lureOf, type Lure } from '../core/campaigns/lure.js';
import { isProtected, type NeverBlock } from '../core/reputation/index.js';
import type { Channel, Database, Store } from '../store/index.js';
import { stixId } from './ids.js';

/** Where a lure came from: a report's channel (`network`: the firewall blocked it), or `traffic` (the line detector). */
export type LureChannel = Channel | 'traffic';

type InboxRow = { seq: number | string | bigint; at: string; channel: string; lure: string };
type CampaignRow = {
  id: string; ord: number | string | bigint; merged_into: string | null; first_seen: string; last_seen: string; updated_at: string;
  lures: number | string | bigint; detail: string; index_data: string;
};
export type CampaignTables = {
  campaign_inbox: Omit<InboxRow, 'seq'> & { seq: Generated<number> };
  campaigns: CampaignRow;
  campaign_merges: { from_id: string; into_id: string; at: string; lures: number | string | bigint };
  campaign_state: { name: string; version: number | string | bigint; next_ord: number | string | bigint };
};

/** What a campaign keeps besides its times: counts, capped so a huge campaign stays one row. */
interface Detail {
  channels: Record<string, number>;
  days: Record<string, number>;
  brands: Record<string, number>;
  urls: Record<string, number>;
  domains: Record<string, number>;
  phones: Record<string, number>;
  senders: Record<string, number>;
  templates: Record<string, number>;
  /** Keyed hashes of the lines traffic lures came from (for the count; never shown). */
  lines: string[];
  linesSeen: number;
  mergedFrom: string[];
}

const CAP = { urls: 500, domains: 200, phones: 200, senders: 200, templates: 50, brands: 20, lines: 2000 } as const;

interface Live {
  /** The clusterer's id. */
  n: number;
  row: { id: string; ord: number; mergedInto: string | null; firstSeen: string; lastSeen: string; lures: number };
  detail: Detail;
  dirty: boolean;
}

export interface Counted { readonly value: string; readonly lures: number }

/** A campaign as the API shows it. Example texts are templates: links and digits masked. */
export interface CampaignView {
  readonly id: string;
  readonly firstSeen: string;
  readonly lastSeen: string;
  readonly updatedAt: string;
  /** Lures of every channel (reports, network blocks, traffic). */
  readonly lures: number;
  /** Flagged reports among them (every report channel, `network` included). */
  readonly reports: number;
  readonly channels: Readonly<Record<string, number>>;
  /** Lures a day (UTC), oldest first. */
  readonly timeline: readonly { day: string; lures: number }[];
  readonly brands: readonly string[];
  readonly urls: readonly Counted[];
  readonly domains: readonly Counted[];
  /** Call-back numbers in the texts. */
  readonly phones: readonly Counted[];
  /**
   * The lures' senders as reports gave them (never a subscriber's line from traffic): often an
   * infected subscriber's line, or a spoofed one. Never leaves the carrier as it is: every
   * export goes through `shareCampaign`, which keeps only sender IDs and short codes in clear.
   */
  readonly rawSenders: readonly Counted[];
  /** Distinct sender numbers (lines, not sender IDs or short codes) among the first 200 senders. */
  readonly senderNumbers: number;
  /** Distinct subscriber lines the line detector saw sending it (a count only). */
  readonly lines: number;
  readonly examples: readonly string[];
  /** Campaigns merged into this one (their ids now lead here). */
  readonly mergedFrom: readonly string[];
}

export interface CampaignQuery {
  /** ISO time: campaigns seen at or after it. */
  readonly since?: string;
  readonly minLures?: number;
  readonly limit?: number;
}

export interface CampaignStore {
  /** Folds every lure waiting in the inbox; returns how many. */
  sync(): Promise<{ folded: number; campaigns: number }>;
  list(q?: CampaignQuery): Promise<CampaignView[]>;
  /** Moves on every fold: what was built from the campaigns is current while it holds. */
  version(): Promise<number>;
  /** A campaign by id; a merged one's id gives the campaign it joined (`redirectedFrom` says so). */
  get(id: string): Promise<(CampaignView & { redirectedFrom?: string }) | null>;
}

const bump = (m: Record<string, number>, k: string, cap: number): void => {
  if (m[k] !== undefined) m[k]++;
  else if (Object.keys(m).length < cap) m[k] = 1;
};
const addAll = (into: Record<string, number>, from: Record<string, number>, cap: number): void => {
  for (const [k, n] of Object.entries(from)) {
    if (into[k] !== undefined) into[k] += n;
    else if (Object.keys(into).length < cap) into[k] = n;
  }
};
const top = (m: Record<string, number>, n: number): Counted[] => Object.entries(m).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, n).map(([value, lures]) => ({ value, lures }));
const emptyDetail = (): Detail => ({ channels: {}, days: {}, brands: {}, urls: {}, domains: {}, phones: {}, senders: {}, templates: {}, lines: [], linesSeen: 0, mergedFrom: [] });
const num = (v: number | string | bigint): number => Number(v);

const sigText = (s: Uint32Array): string => Buffer.from(s.buffer, s.byteOffset, s.byteLength).toString('base64');
const sigOf = (t: string): Uint32Array => { const b = Buffer.from(t, 'base64'); return new Uint32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength)); };

const REPORT_CHANNELS = new Set(['sms', 'web', 'api', 'call', 'network']);

/** Writes a lure into the inbox inside another transaction (the report's own commit). */
export async function recordLureWithin(tx: Transaction<Database>, lure: Lure, channel: LureChannel, at: string): Promise<void> {
  await tx.withTables<CampaignTables>().insertInto('campaign_inbox').values({ at, channel, lure: JSON.stringify(lure) }).execute();
}

/** A traffic lure the line detector flagged a line for: the template and what it names; the line only as a keyed hash. */
export async function recordTrafficLure(store: Store, x: { text: string; line: string; at: string; analysis: { reasons: unknown; indicators: unknown } }): Promise<void> {
  const line = await store.hashSubscriber(x.line);
  const lure = lureOf({ text: x.text, sender: null, reasons: x.analysis.reasons, indicators: x.analysis.indicators }, line);
  await store.db.withTables<CampaignTables>().insertInto('campaign_inbox').values({ at: x.at, channel: 'traffic', lure: JSON.stringify(lure) }).execute();
}

export interface CampaignStoreOptions {
  readonly neverBlock: NeverBlock;
  readonly clock?: () => Date;
  /** Lures folded per transaction (default 2,000). */
  readonly batch?: number;
}

export function openCampaignStore(store: Store, o: CampaignStoreOptions): CampaignStore {
  const db = store.db.withTables<CampaignTables>();
  const clock = o.clock ?? (() => new Date());
  const batch = o.batch ?? 2000;
  const isShared = (kind: 'domain' | 'host' | 'phone', value: string): boolean => isProtected(kind, value, o.neverBlock);
  // The in-memory index: the clusterer, and each of its numeric ids' campaign.
  let version = -1;
  let clusterer: Clusterer = createClusterer();
  let byNum: Live[] = [];

  async function reload(tx: Transaction<Database & CampaignTables>): Promise<void> {
    clusterer = createClusterer();
    byNum = [];
    const rows = await tx.selectFrom('campaigns').selectAll().where('merged_into', 'is', null).orderBy('ord').execute();
    for (const r of rows) {
      const idx = JSON.parse(r.index_data) as { e: string[]; k: string[] };
      const detail = JSON.parse(r.detail) as Detail;
      const n = clusterer.restore({ exemplars: idx.e.map(sigOf), keys: idx.k, templates: Object.keys(detail.templates) });
      byNum[n] = { n, row: { id: r.id, ord: num(r.ord), mergedInto: null, firstSeen: r.first_seen, lastSeen: r.last_seen, lures: num(r.lures) }, detail, dirty: false };
    }
  }

  function fold(c: Live, lure: Lure, channel: string, at: string): void {
    const d = c.detail;
    c.row.lures++;
    if (at < c.row.firstSeen) c.row.firstSeen = at;
    if (at > c.row.lastSeen) c.row.lastSeen = at;
    bump(d.channels, channel, 20);
    bump(d.days, at.slice(0, 10), 100_000);
    bump(d.templates, lure.t, CAP.templates);
    for (const b of lure.b) bump(d.brands, b, CAP.brands);
    for (const u of lure.u) { bump(d.urls, u.normalized, CAP.urls); bump(d.domains, u.domain ?? u.host, CAP.domains); }
    for (const p of lure.p) bump(d.phones, p, CAP.phones);
    if (lure.s) bump(d.senders, lure.s, CAP.senders);
    if (lure.l && !d.lines.includes(lure.l)) { d.linesSeen++; if (d.lines.length < CAP.lines) d.lines.push(lure.l); }
    c.dirty = true;
  }

  function absorb(into: Live, from: Live): void {
    const a = into.detail;
    const b = from.detail;
    into.row.lures += from.row.lures;
    if (from.row.firstSeen < into.row.firstSeen) into.row.firstSeen = from.row.firstSeen;
    if (from.row.lastSeen > into.row.lastSeen) into.row.lastSeen = from.row.lastSeen;
    addAll(a.channels, b.channels, 20); addAll(a.days, b.days, 100_000); addAll(a.brands, b.brands, CAP.brands);
    addAll(a.urls, b.urls, CAP.urls); addAll(a.domains, b.domains, CAP.domains); addAll(a.phones, b.phones, CAP.phones);
    addAll(a.senders, b.senders, CAP.senders); addAll(a.templates, b.templates, CAP.templates);
    for (const l of b.lines) if (!a.lines.includes(l) && a.lines.length < CAP.lines) a.lines.push(l);
    a.linesSeen += b.linesSeen;
    a.mergedFrom.push(from.row.id, ...b.mergedFrom);
    into.dirty = true;
    from.row.mergedInto = into.row.id;
    from.dirty = true;
  }

  async function foldBatch(): Promise<number> {
    return store.transaction(async (txAny) => {
      const tx = txAny.withTables<CampaignTables>();
      const state = await (store.dialect === 'postgres'
        ? tx.selectFrom('campaign_state').selectAll().where('name', '=', 'campaigns').forUpdate()
        : tx.selectFrom('campaign_state').selectAll().where('name', '=', 'campaigns')).executeTakeFirstOrThrow();
      const inbox = await tx.selectFrom('campaign_inbox').selectAll().orderBy('seq').limit(batch).execute();
      if (inbox.length === 0) return 0;
      try {
        if (num(state.version) !== version) await reload(tx);
        let nextOrd = num(state.next_ord);
        const now = clock().toISOString();
        const touched = new Set<Live>();
        const merges: { from: Live; into: Live }[] = [];
        for (const r of inbox) {
          const lure = JSON.parse(r.lure) as Lure;
          const keys = infrastructureOf({ urls: lure.u, phones: lure.p }, { isShared });
          const n = clusterer.add(lure.t, keys);
          for (const m of clusterer.takeMerges()) {
            const from = byNum[m.from] as Live;
            const into = byNum[m.into] as Live;
            absorb(into, from);
            merges.push({ from, into });
            touched.add(from);
          }
          let c = byNum[n];
          if (!c) {
            c = { n, row: { id: stixId('campaign', `${lure.t}\n${r.at}`), ord: nextOrd++, mergedInto: null, firstSeen: r.at, lastSeen: r.at, lures: 0 }, detail: emptyDetail(), dirty: true };
            byNum[n] = c;
          }
          fold(c, lure, r.channel, r.at);
          touched.add(c);
        }
        for (const c of touched) {
          const index = c.row.mergedInto ? { e: [], k: [] } : { e: clusterer.exemplarsOf(c.n).map(sigText), k: clusterer.keysOf(c.n) };
          const row = {
            id: c.row.id, ord: c.row.ord, merged_into: c.row.mergedInto, first_seen: c.row.firstSeen, last_seen: c.row.lastSeen, updated_at: now,
            lures: c.row.lures, detail: JSON.stringify(c.detail), index_data: JSON.stringify(index),
          };
          await tx.insertInto('campaigns').values(row).onConflict((oc) => oc.column('id').doUpdateSet({
            merged_into: row.merged_into, first_seen: row.first_seen, last_seen: row.last_seen, updated_at: now, lures: row.lures, detail: row.detail, index_data: row.index_data,
          })).execute();
          c.dirty = false;
        }
        for (const m of merges) {
          await tx.insertInto('campaign_merges').values({ from_id: m.from.row.id, into_id: m.into.row.id, at: now, lures: m.from.row.lures })
            .onConflict((oc) => oc.column('from_id').doNothing()).execute();
          // Campaigns merged into the one that just merged follow it.
          await tx.updateTable('campaigns').set({ merged_into: m.into.row.id, updated_at: now }).where('merged_into', '=', m.from.row.id).execute();
        }
        const seqs = inbox.map((r) => num(r.seq));
        await tx.deleteFrom('campaign_inbox').where('seq', 'in', seqs).execute();
        version = num(state.version) + 1;
        await tx.updateTable('campaign_state').set({ version, next_ord: nextOrd }).where('name', '=', 'campaigns').execute();
        return inbox.length;
      } catch (err) {
        version = -1; // the index may hold what was rolled back: reload next time
        throw err;
      }
    });
  }

  let running: Promise<{ folded: number; campaigns: number }> | null = null;
  async function syncNow(): Promise<{ folded: number; campaigns: number }> {
    let folded = 0;
    // Nothing waiting (the common read): no write transaction at all.
    if (!(await db.selectFrom('campaign_inbox').select('seq').limit(1).executeTakeFirst())) return { folded, campaigns: byNum.filter((c) => c && !c.row.mergedInto).length };
    for (;;) {
      const n = await foldBatch();
      folded += n;
      if (n < batch) break;
    }
    return { folded, campaigns: byNum.filter((c) => c && !c.row.mergedInto).length };
  }

  const viewOf = (r: CampaignRow): CampaignView => {
    const d = JSON.parse(r.detail) as Detail;
    const reports = Object.entries(d.channels).reduce((a, [k, n]) => a + (REPORT_CHANNELS.has(k) ? n : 0), 0);
    return {
      id: r.id, firstSeen: r.first_seen, lastSeen: r.last_seen, updatedAt: r.updated_at, lures: num(r.lures), reports,
      channels: d.channels,
      timeline: Object.entries(d.days).sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([day, lures]) => ({ day, lures })),
      brands: top(d.brands, CAP.brands).map((b) => b.value),
      urls: top(d.urls, 50), domains: top(d.domains, 50), phones: top(d.phones, 50), rawSenders: top(d.senders, 50),
      senderNumbers: Object.keys(d.senders).filter(isLineNumber).length,
      lines: d.linesSeen, examples: top(d.templates, 3).map((t) => t.value), mergedFrom: d.mergedFrom,
    };
  };

  return {
    sync() {
      // Callers at once share one run (the timer and a read).
      running ??= syncNow().finally(() => { running = null; });
      return running;
    },
    async version() {
      return num((await db.selectFrom('campaign_state').select('version').where('name', '=', 'campaigns').executeTakeFirst())?.version ?? 0);
    },
    async list(q = {}) {
      let sel = db.selectFrom('campaigns').selectAll().where('merged_into', 'is', null).where('lures', '>=', q.minLures ?? 2);
      if (q.since) sel = sel.where('last_seen', '>=', q.since);
      const rows = await sel.orderBy('lures', 'desc').orderBy('ord').limit(q.limit ?? 100).execute();
      return rows.map(viewOf);
    },
    async get(id) {
      const r = await db.selectFrom('campaigns').selectAll().where('id', '=', id).executeTakeFirst();
      if (!r) return null;
      if (r.merged_into === null) return viewOf(r);
      const into = await db.selectFrom('campaigns').selectAll().where('id', '=', r.merged_into).executeTakeFirst();
      return into ? { ...viewOf(into), redirectedFrom: id } : null;
    },
  };
}

/** A sender that is a telephone line (six digits or more), not a sender ID or a short code. */
export const isLineNumber = (sender: string): boolean => sender.replace(/[^0-9]/g, '').length >= 6;

/** A campaign as it leaves the carrier: sender numbers only as one sharing group's pseudonyms, or only counted. */
export type SharedCampaign = Omit<CampaignView, 'rawSenders'> & {
  /** Sender IDs and short codes in clear; sender numbers as `senderGroup`'s pseudonyms (`sgl_…`), or left out. */
  readonly senders: readonly Counted[];
  /** The sharing group whose pseudonyms `senders` holds; absent: sender numbers are only counted (`senderNumbers`). */
  readonly senderGroup?: string;
};

/**
 * The campaign for a caller: each sender number becomes the group's pseudonym of the line (the
 * same line, whatever its format, is one pseudonym within a group; groups' pseudonyms cannot be
 * linked), or, for a caller outside any group, is dropped and only counted. Call-back numbers
 * written in the lures (the scammers') stay in clear.
 */
export function shareCampaign<C extends CampaignView>(c: C, group: { readonly name: string; readonly pseudonym: (line: string) => string | null } | null): Omit<C, 'rawSenders'> & SharedCampaign {
  const { rawSenders, ...rest } = c;
  const senders = new Map<string, number>();
  for (const s of rawSenders) {
    const p = !isLineNumber(s.value) ? s.value : group ? (group.pseudonym(s.value) ?? group.pseudonym(s.value.replace(/[^0-9]/g, ''))) : null;
    if (p !== null) senders.set(p, (senders.get(p) ?? 0) + s.lures);
  }
  return { ...rest, senders: top(Object.fromEntries(senders), 50), ...(group ? { senderGroup: group.name } : {}) };
}

/** Whether a shared indicator is one the campaign's lures name (a host: under one of its domains). Senders never: they leave only pseudonymised. */
export function namedBy(c: Pick<CampaignView, 'urls' | 'domains' | 'phones'>): (kind: 'url' | 'domain' | 'host' | 'phone', value: string) => boolean {
  const urls = new Set(c.urls.map((u) => u.value));
  const domains = new Set(c.domains.map((d) => d.value));
  const phones = new Set(c.phones.map((p) => p.value));
  return (kind, value) => {
    switch (kind) {
      case 'url': return urls.has(value);
      case 'domain': return domains.has(value);
      case 'host': for (let i = value.indexOf('.'); i >= 0; i = value.indexOf('.', i + 1)) if (domains.has(value.slice(i + 1))) return true; return domains.has(value);
      case 'phone': return phones.has(value);
    }
  };
}
