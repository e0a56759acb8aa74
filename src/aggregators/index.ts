// Aggregator accountability: a flagged report whose lure came over an aggregator route (a 0005
// number, 0120/0800, 050, an alphanumeric ID) becomes a notice to the organisation that carries
// that route, as US carriers hold their aggregators to account. A notice says which report
// (its reference and time), a keyed fingerprint of the text, the sender, the verdict and its
// reason codes — never who reported it. Aggregators read their own notices with an API key of
// role `aggregator` and mark them acknowledged, then actioned; a route nobody has claimed
// queues its notices unassigned, by kind, for analysts to assign.
import { createHmac } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { normalizeText } from '../core/normalize/index.js';
import { classifySender, senderKey } from '../core/sender/index.js';
import type { PhoneKind } from '../core/types.js';
import type { Database, Store } from '../store/index.js';

export const ROUTE_KINDS = ['0005', 'toll-free', '050', 'alphanumeric'] as const;
export type RouteKind = (typeof ROUTE_KINDS)[number];
export const NOTICE_STATES = ['open', 'acknowledged', 'actioned'] as const;
export type NoticeState = (typeof NOTICE_STATES)[number];

const KIND_OF: Partial<Record<PhoneKind, RouteKind>> = { 'carrier-common': '0005', 'toll-free': 'toll-free', 'ip-phone': '050', alphanumeric: 'alphanumeric' };

/** The aggregator route a sender (as reports keep it) came over, and its key for prefixes; null for handsets, fixed lines, abroad. */
export function routeOf(sender: string): { kind: RouteKind; key: string } | null {
  const s = classifySender(sender);
  const kind = KIND_OF[s.kind];
  if (!kind) return null;
  return { kind, key: kind === 'alphanumeric' ? senderKey(s.normalized) : s.normalized };
}

export interface Route { readonly kind: RouteKind; readonly prefix: string }

export interface Notice {
  readonly id: number;
  /** null: in the unassigned queue of its route kind. */
  readonly org: string | null;
  readonly routeKind: RouteKind;
  readonly report: string;
  readonly receivedAt: string;
  /** HMAC-SHA256 of the normalised text under the store's secret: the same lure gives the same fingerprint. */
  readonly fingerprint: string;
  readonly sender: string;
  readonly verdict: string;
  readonly reasons: readonly string[];
  readonly state: NoticeState;
  readonly createdAt: string;
  readonly acknowledgedAt: string | null;
  readonly actionedAt: string | null;
  readonly note: string | null;
}

/** What a notice is made from: the committed report, minus anything about its reporter. */
export interface NoticeSource {
  readonly report: string;
  readonly receivedAt: string;
  readonly text: string;
  readonly sender: string;
  readonly verdict: string;
  readonly reasons: readonly { readonly code: string }[];
}

export type TransitionResult = { ok: true; notice: Notice } | { ok: false; code: 'E_NOT_FOUND' | 'E_CONFLICT'; message: string };

export interface AggregatorNotices {
  /** Replaces the routes an organisation carries; a route another organisation carries is refused. */
  setRoutes(org: string, routes: readonly Route[], actor: string): Promise<{ ok: true; routes: Route[] } | { ok: false; code: 'E_CONFLICT'; message: string }>;
  list(): Promise<{ org: string; routes: Route[] }[]>;
  /** The organisation carrying this sender's route (longest prefix), or null. */
  carrierOf(sender: string): Promise<string | null>;
  /**
   * The notice for a committed report when its sender came over an aggregator route and the
   * engine flagged it; nothing otherwise. Inside the report's own commit (NewReport.withinCommit).
   */
  noticeWithin(tx: Transaction<Database>, src: NoticeSource, fingerprint: string): Promise<void>;
  /** The same in a transaction of its own (a sender given after the report: the 7726 ask-back). */
  notice(src: NoticeSource): Promise<void>;
  /** Newest first; `org` null reads the unassigned queue; `before` is the last id of the previous page. */
  notices(q: { org: string | null; kind?: RouteKind; state?: NoticeState; limit: number; before?: number }): Promise<Notice[]>;
  /** acknowledged (from open) or actioned (from open or acknowledged), by the organisation the notice is for. */
  transition(id: number, org: string, to: 'acknowledged' | 'actioned', note: string | null, actor: string): Promise<TransitionResult>;
  /** Moves an unassigned notice to an organisation (analysts). */
  assign(id: number, org: string, actor: string): Promise<TransitionResult>;
  /** The keyed fingerprint of a text (rejects when the store has no secret: then no notice is made). */
  fingerprint(text: string): Promise<string>;
  /** Whether a report from this sender with this verdict makes a notice. */
  due(sender: string | null, verdict: string): boolean;
}

type RouteRow = { kind: string; prefix: string; org: string; created_at: string };
type NoticeRow = {
  id: number | string; org: string | null; route_kind: string; report_id: string; received_at: string; fingerprint: string; sender: string;
  verdict: string; reasons: string; state: string; created_at: string; acknowledged_at: string | null; actioned_at: string | null; note: string | null;
};
type Tables = { aggregator_routes: RouteRow; aggregator_notices: Omit<NoticeRow, 'id'> & { id?: number | string } };

const noticeOf = (r: NoticeRow): Notice => ({
  id: Number(r.id), org: r.org, routeKind: r.route_kind as RouteKind, report: r.report_id, receivedAt: r.received_at, fingerprint: r.fingerprint,
  sender: r.sender, verdict: r.verdict, reasons: JSON.parse(r.reasons) as string[], state: r.state as NoticeState, createdAt: r.created_at,
  acknowledgedAt: r.acknowledged_at, actionedAt: r.actioned_at, note: r.note,
});

/** A route's prefix as senders are keyed: digits for numbers, senderKey for IDs; '' carries the whole kind. */
export function normalisePrefix(kind: RouteKind, raw: string): string | null {
  const p = raw.normalize('NFKC').trim();
  if (p === '') return '';
  if (kind === 'alphanumeric') return /^[\w .&'!+-]{1,32}$/.test(p) ? senderKey(p) : null;
  const digits = p.replace(/[\s\-()]/g, '');
  if (!/^\d{1,11}$/.test(digits)) return null;
  const must = kind === '0005' ? '0005' : kind === '050' ? '050' : null;
  if (must && !(digits.startsWith(must) || must.startsWith(digits))) return null;
  if (kind === 'toll-free' && !['0120', '0800'].some((m) => digits.startsWith(m) || m.startsWith(digits))) return null;
  return digits;
}

export function openAggregatorNotices(store: Store, o: { clock?: () => Date } = {}): AggregatorNotices {
  const db = store.db.withTables<Tables>() as unknown as Kysely<Tables>;
  const now = (): string => (o.clock ? o.clock() : new Date()).toISOString();
  const audit = (actor: string, action: string, subject: string, detail: unknown): Promise<void> => store.audit.append({ actor, action, subject, detail });

  async function fingerprint(text: string): Promise<string> {
    // Domain-separated from the reporter hashes made under the same secret.
    return createHmac('sha256', await store.secret()).update(`smishguard/aggregator-notice/v1\u0000${normalizeText(text).text}`).digest('hex');
  }

  async function carrierIn(q: Kysely<Tables>, kind: RouteKind, key: string): Promise<string | null> {
    const rows = await q.selectFrom('aggregator_routes').select(['prefix', 'org']).where('kind', '=', kind).execute();
    let best: { prefix: string; org: string } | null = null;
    for (const r of rows) if (key.startsWith(r.prefix) && (!best || r.prefix.length > best.prefix.length)) best = r;
    return best?.org ?? null;
  }

  async function insert(q: Kysely<Tables>, src: NoticeSource, fp: string): Promise<void> {
    const route = routeOf(src.sender);
    if (!route || src.verdict === 'allow') return;
    await q.insertInto('aggregator_notices').values({
      org: await carrierIn(q, route.kind, route.key), route_kind: route.kind, report_id: src.report, received_at: src.receivedAt,
      fingerprint: fp, sender: src.sender, verdict: src.verdict, reasons: JSON.stringify([...new Set(src.reasons.map((r) => r.code))]),
      state: 'open', created_at: now(), acknowledged_at: null, actioned_at: null, note: null,
    }).onConflict((oc) => oc.column('report_id').doNothing()).execute();
  }

  const get = async (id: number): Promise<Notice | undefined> => {
    const r = await db.selectFrom('aggregator_notices').selectAll().where('id', '=', id).executeTakeFirst();
    return r ? noticeOf(r as NoticeRow) : undefined;
  };

  return {
    async setRoutes(org, routes, actor) {
      const unique = [...new Map(routes.map((r) => [`${r.kind}\u0000${r.prefix}`, r])).values()];
      const r = await store.transaction(async (t) => {
        const tx = t as unknown as Transaction<Tables>;
        for (const route of unique) {
          const other = await tx.selectFrom('aggregator_routes').select('org').where('kind', '=', route.kind).where('prefix', '=', route.prefix).executeTakeFirst();
          if (other && other.org !== org) return { ok: false as const, code: 'E_CONFLICT' as const, message: `route ${route.kind} ${route.prefix || '(all)'} is carried by another organisation` };
        }
        await tx.deleteFrom('aggregator_routes').where('org', '=', org).execute();
        const at = now();
        if (unique.length > 0) await tx.insertInto('aggregator_routes').values(unique.map((x) => ({ kind: x.kind, prefix: x.prefix, org, created_at: at }))).execute();
        return { ok: true as const, routes: unique };
      });
      if (r.ok) await audit(actor, 'aggregators.routes', org, { routes: unique });
      return r;
    },
    async list() {
      const rows = await db.selectFrom('aggregator_routes').selectAll().orderBy('org').orderBy('kind').orderBy('prefix').execute();
      const by = new Map<string, Route[]>();
      for (const r of rows) by.set(r.org, [...(by.get(r.org) ?? []), { kind: r.kind as RouteKind, prefix: r.prefix }]);
      return [...by].map(([org, routes]) => ({ org, routes }));
    },
    async carrierOf(sender) {
      const route = routeOf(sender);
      return route ? carrierIn(db, route.kind, route.key) : null;
    },
    async noticeWithin(t, src, fp) {
      await insert(t as unknown as Transaction<Tables>, src, fp);
    },
    async notice(src) {
      await insert(db, src, await fingerprint(src.text));
    },
    async notices(q) {
      let query = db.selectFrom('aggregator_notices').selectAll().orderBy('id', 'desc').limit(q.limit);
      query = q.org === null ? query.where('org', 'is', null) : query.where('org', '=', q.org);
      if (q.kind) query = query.where('route_kind', '=', q.kind);
      if (q.state) query = query.where('state', '=', q.state);
      if (q.before !== undefined) query = query.where('id', '<', q.before);
      return (await query.execute()).map((r) => noticeOf(r as NoticeRow));
    },
    async transition(id, org, to, note, actor) {
      const n = await get(id);
      // Another organisation's notice is as good as absent: its existence is not theirs to learn.
      if (!n || n.org !== org) return { ok: false, code: 'E_NOT_FOUND', message: `no notice ${id} for ${org}` };
      const from: readonly NoticeState[] = to === 'acknowledged' ? ['open'] : ['open', 'acknowledged'];
      if (!from.includes(n.state)) return { ok: false, code: 'E_CONFLICT', message: `notice ${id} is ${n.state}` };
      const at = now();
      const r = await db.updateTable('aggregator_notices')
        .set(to === 'acknowledged' ? { state: to, acknowledged_at: at, note: note ?? n.note } : { state: to, actioned_at: at, note: note ?? n.note })
        .where('id', '=', id).where('state', 'in', [...from]).executeTakeFirst();
      if (Number(r.numUpdatedRows) === 0) return { ok: false, code: 'E_CONFLICT', message: `notice ${id} changed meanwhile` };
      await audit(actor, `aggregator-notices.${to}`, String(id), { org, from: n.state, note });
      return { ok: true, notice: (await get(id))! };
    },
    async assign(id, org, actor) {
      const r = await db.updateTable('aggregator_notices').set({ org }).where('id', '=', id).where('org', 'is', null).executeTakeFirst();
      if (Number(r.numUpdatedRows) === 0) {
        const n = await get(id);
        return n ? { ok: false, code: 'E_CONFLICT', message: `notice ${id} is assigned already` } : { ok: false, code: 'E_NOT_FOUND', message: `no notice ${id}` };
      }
      await audit(actor, 'aggregator-notices.assign', String(id), { org });
      return { ok: true, notice: (await get(id))! };
    },
    fingerprint,
    due: (sender, verdict) => sender !== null && verdict !== 'allow' && routeOf(sender) !== null,
  };
}
