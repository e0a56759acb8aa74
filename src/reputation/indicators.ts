// Indicators with their evidence, kept in the store: what reports add, what analysts decide,
// and what every process's snapshot reads. The decisions (states, confidence) are the pure
// trust model's (src/core/reputation); this file only keeps its inputs and outputs.
import type { Kysely, Transaction } from 'kysely';
import { protectionIn } from './protection.js';
import {
  confidenceOf, effectiveState, stateOf, trustedUntil,
  type AnalystAction, type AnalystDecision, type IndicatorEvidence, type IndicatorKind, type IndicatorState, type NeverBlock, type ReputationPolicy,
} from '../core/reputation/index.js';
import type { Database, Store } from '../store/index.js';

type IndicatorRow = {
  kind: string; value: string; state: string;
  reports: number; reporters: number; flagged_reporters: number; orgs: number; trusted_orgs: number;
  first_seen: string; last_seen: string; last_flagged_at: string | null;
  decision: string | null; decided_at: string | null; note: string | null;
  version: number | string | bigint; updated_at: string;
};
type EvidenceRow = { kind: string; value: string; reporter: string; org: string | null; trusted: number; flagged: number; reports: number; first_at: string; last_at: string };
type DecisionRow = {
  id: number | string; at: string; actor: string; kind: string; value: string; action: string; note: string | null;
  from_state: string; to_state: string; prev_decision: string | null; prev_decided_at: string | null; reverted_by: number | string | null;
};
export type ReputationTables = {
  reputation_indicators: IndicatorRow;
  reputation_evidence: EvidenceRow;
  reputation_decisions: DecisionRow;
  reputation_version: { id: number; version: number | string | bigint };
};

export interface IndicatorRef { readonly kind: IndicatorKind; readonly value: string }

/** Who reported: a keyed hash of a subscriber's number or a client address, or an organisation. */
export interface ReportEvidence {
  /** Stable per reporter and never reversible to the person: `sub:HMAC`, `ip:HMAC`, `org:NAME`. */
  readonly reporter: string;
  readonly org: string | null;
  /** The organisation's key has a role the policy trusts. */
  readonly trustedOrg: boolean;
  /** The engine judged the report suspicious or block. */
  readonly flagged: boolean;
  readonly indicators: readonly IndicatorRef[];
}

/** An indicator as analysts and carriers read it: never who reported it. */
export interface IndicatorView {
  readonly kind: IndicatorKind;
  readonly value: string;
  readonly state: IndicatorState;
  readonly confidence: number;
  /** Whether it changes verdicts now. */
  readonly trusted: boolean;
  /** On the never-block list: never bad as a domain or host. */
  readonly protected: boolean;
  readonly evidence: { reports: number; reporters: number; flaggedReporters: number; orgs: number; trustedOrgs: number };
  readonly firstSeen: string;
  readonly lastSeen: string;
  readonly decision: { action: AnalystAction; at: string } | null;
  readonly note: string | null;
}

export interface DecisionView {
  readonly id: number;
  readonly at: string;
  readonly actor: string;
  readonly kind: IndicatorKind;
  readonly value: string;
  readonly action: string;
  readonly note: string | null;
  readonly fromState: string;
  readonly toState: string;
  readonly revertedBy: number | null;
}

export type DecideAction = AnalystAction | 'annotate' | 'clear';
export type DecideResult =
  | { ok: true; decision: number; state: IndicatorState }
  | { ok: false; code: 'E_PROTECTED' | 'E_NOT_FOUND' | 'E_ALREADY_REVERTED'; message: string };

/** A change a snapshot applies: the indicator, how far it is trusted, until when. */
export interface TrustChange {
  readonly kind: IndicatorKind;
  readonly value: string;
  readonly level: 'suspected' | 'confirmed' | null;
  readonly reports: number;
  readonly until: number;
}

export interface IndicatorStore {
  /** Adds one report's evidence; a reporter counts once per indicator however often they report. */
  record(e: ReportEvidence): Promise<void>;
  /** The same inside another transaction (the report's own commit: see NewReport.withinCommit). */
  recordWithin(tx: Transaction<Database>, e: ReportEvidence): Promise<void>;
  /** An analyst's decision on one indicator (created if no report named it yet). */
  decide(ref: IndicatorRef, action: DecideAction, actor: string, note?: string | null): Promise<DecideResult>;
  /** Undoes a decision: the indicator's decision goes back to what it replaced. */
  revert(decisionId: number, actor: string, note?: string | null): Promise<DecideResult>;
  /** `decide` inside another transaction (an appeal's acceptance: the allow-list entry and its rejections commit together). */
  decideWithin(tx: Transaction<Database>, ref: IndicatorRef, action: DecideAction, actor: string, note?: string | null): Promise<DecideResult>;
  /** `revert` inside another transaction (an appeal's revocation). */
  revertWithin(tx: Transaction<Database>, decisionId: number, actor: string, note?: string | null): Promise<DecideResult>;
  get(ref: IndicatorRef): Promise<IndicatorView | undefined>;
  list(q: { kind?: IndicatorKind; state?: IndicatorState; limit: number }): Promise<IndicatorView[]>;
  decisions(q: { limit: number; kind?: IndicatorKind; value?: string }): Promise<DecisionView[]>;
  /** The version of the last change that matters to verdicts. */
  version(): Promise<number>;
  /** Trust changes after `since` (all trusted indicators when 0), page by page, with the version reached. */
  changesSince(since: number, each: (c: TrustChange) => void): Promise<number>;
}

export interface IndicatorStoreOptions {
  readonly policy: ReputationPolicy;
  readonly neverBlock: NeverBlock;
  readonly clock?: () => Date;
}

const ms = (iso: string | null): number | null => (iso === null ? null : Date.parse(iso));
const num = (v: number | string | bigint | null): number => Number(v ?? 0);

function evidenceOf(r: IndicatorRow): IndicatorEvidence {
  return {
    reports: num(r.reports), reporters: num(r.reporters), flaggedReporters: num(r.flagged_reporters), orgs: num(r.orgs), trustedOrgs: num(r.trusted_orgs),
    firstSeen: Date.parse(r.first_seen), lastSeen: Date.parse(r.last_seen), lastFlaggedAt: ms(r.last_flagged_at),
  };
}
function decisionOf(r: { decision: string | null; decided_at: string | null }): AnalystDecision | null {
  return r.decision && r.decided_at ? { action: r.decision as AnalystAction, at: Date.parse(r.decided_at) } : null;
}
const TRUSTED = new Set<string>(['suspected', 'confirmed']);

/**
 * Every writer takes the version row's lock first: writers of indicators queue on it (two
 * servers on PostgreSQL cannot deadlock on two indicators' rows), and versions commit in order.
 * The allow-list's writers take it too (src/reputation/allow-list.ts).
 */
export async function lockVersion(tx: Transaction<ReputationTables>): Promise<void> {
  await tx.updateTable('reputation_version').set((eb) => ({ version: eb.ref('version') })).where('id', '=', 1).execute();
}

/** The next version, for a change that matters to verdicts (inside the writer's transaction). */
export async function bump(tx: Transaction<ReputationTables>): Promise<number> {
  const r = await tx.updateTable('reputation_version').set((eb) => ({ version: eb('version', '+', 1) })).where('id', '=', 1).returning('version').executeTakeFirstOrThrow();
  return num(r.version);
}

export function openIndicatorStore(store: Store, o: IndicatorStoreOptions): IndicatorStore {
  const clock = o.clock ?? (() => new Date());
  const db = store.db.withTables<ReputationTables>();
  // The protection rule (protection.ts), shared with the published feed.
  const protectedIn = (q: Kysely<Database> | Transaction<Database>, refs: readonly IndicatorRef[]): Promise<(ref: IndicatorRef) => boolean> => protectionIn(q, o.neverBlock, refs);
  const prot = async (q: Kysely<Database> | Transaction<Database>, ref: IndicatorRef): Promise<boolean> => (await protectedIn(q, [ref]))(ref);

  /** The row, locked for this transaction on PostgreSQL (SQLite's transactions hold the one write lock). */
  async function rowFor(tx: Transaction<ReputationTables>, ref: IndicatorRef, at: string): Promise<IndicatorRow> {
    // One statement: inserted when new, else the row as it is (an upsert that changes nothing,
    // which on PostgreSQL also locks the row until the transaction ends).
    return tx.insertInto('reputation_indicators').values({
      kind: ref.kind, value: ref.value, state: 'observed', reports: 0, reporters: 0, flagged_reporters: 0, orgs: 0, trusted_orgs: 0,
      first_seen: at, last_seen: at, last_flagged_at: null, decision: null, decided_at: null, note: null, version: 0, updated_at: at,
    }).onConflict((oc) => oc.columns(['kind', 'value']).doUpdateSet((eb) => ({ kind: eb.ref('excluded.kind') })))
      .returningAll().executeTakeFirstOrThrow();
  }

  /** Writes the row back with its new state; bumps the version when verdicts may change. */
  async function save(tx: Transaction<ReputationTables>, before: IndicatorRow, after: IndicatorRow, at: string): Promise<IndicatorState> {
    const state = stateOf(evidenceOf(after), decisionOf(after), await prot(tx as unknown as Transaction<Database>, { kind: after.kind as IndicatorKind, value: after.value }), o.policy);
    const matters = state !== before.state || (TRUSTED.has(state) && (after.last_flagged_at !== before.last_flagged_at || after.decided_at !== before.decided_at));
    const version = matters ? await bump(tx) : num(before.version);
    await tx.updateTable('reputation_indicators').set({ ...after, state, version, updated_at: at })
      .where('kind', '=', after.kind).where('value', '=', after.value).execute();
    return state;
  }

  const view = (r: IndicatorRow, now: number, prot: (ref: IndicatorRef) => boolean): IndicatorView => {
    const kind = r.kind as IndicatorKind;
    const e = evidenceOf(r);
    const d = decisionOf(r);
    const state = effectiveState(kind, r.state as IndicatorState, e, d, o.policy, now);
    return {
      kind, value: r.value, state,
      confidence: Math.round(confidenceOf(kind, r.state as IndicatorState, e, d, o.policy, now) * 1000) / 1000,
      trusted: state === 'suspected' || state === 'confirmed',
      protected: prot({ kind, value: r.value }),
      evidence: { reports: e.reports, reporters: e.reporters, flaggedReporters: e.flaggedReporters, orgs: e.orgs, trustedOrgs: e.trustedOrgs },
      firstSeen: r.first_seen, lastSeen: r.last_seen,
      decision: d && r.decided_at ? { action: d.action, at: r.decided_at } : null,
      note: r.note,
    };
  };

  async function applyDecision(tx: Transaction<ReputationTables>, ref: IndicatorRef, action: DecideAction, actor: string, note: string | null, at: string, revertOf?: DecisionRow): Promise<DecideResult> {
    const before = await rowFor(tx, ref, at);
    const after: IndicatorRow = { ...before };
    if (revertOf) {
      after.decision = revertOf.prev_decision;
      after.decided_at = revertOf.prev_decided_at;
    } else if (action === 'annotate') {
      after.note = note;
    } else if (action === 'clear') {
      after.decision = null;
      after.decided_at = null;
    } else {
      after.decision = action;
      after.decided_at = at;
    }
    if (note !== null && action !== 'annotate') after.note = note;
    const state = await save(tx, before, after, at);
    const inserted = await tx.insertInto('reputation_decisions').values({
      at, actor, kind: ref.kind, value: ref.value, action: revertOf ? `revert:${revertOf.id}` : action, note,
      from_state: before.state, to_state: state, prev_decision: before.decision, prev_decided_at: before.decided_at, reverted_by: null,
    } as never).returning('id').executeTakeFirstOrThrow();
    return { ok: true, decision: num(inserted.id), state };
  }

  async function decideIn(t: Transaction<Database>, ref: IndicatorRef, action: DecideAction, actor: string, note: string | null): Promise<DecideResult> {
    if ((action === 'confirm') && await prot(t, ref)) {
      return { ok: false, code: 'E_PROTECTED', message: `${ref.kind} ${ref.value} is on the never-block list: only a full URL under it can be confirmed` };
    }
    const tx = t as unknown as Transaction<ReputationTables>;
    await lockVersion(tx);
    return applyDecision(tx, ref, action, actor, note, clock().toISOString());
  }

  async function revertIn(t: Transaction<Database>, decisionId: number, actor: string, note: string | null): Promise<DecideResult> {
    const tx = t as unknown as Transaction<ReputationTables>;
    await lockVersion(tx);
    const d = await tx.selectFrom('reputation_decisions').selectAll().where('id', '=', decisionId).executeTakeFirst();
    if (!d) return { ok: false, code: 'E_NOT_FOUND', message: `no decision ${decisionId}` };
    if (d.reverted_by !== null) return { ok: false, code: 'E_ALREADY_REVERTED', message: `decision ${decisionId} was reverted by ${d.reverted_by}` };
    const r = await applyDecision(tx, { kind: d.kind as IndicatorKind, value: d.value }, 'annotate', actor, note, clock().toISOString(), d);
    if (r.ok) await tx.updateTable('reputation_decisions').set({ reverted_by: r.decision }).where('id', '=', decisionId).execute();
    return r;
  }

  /** One report's evidence, inside a transaction. */
  async function recordIn(tx: Transaction<ReputationTables>, e: ReportEvidence, at: string): Promise<void> {
    for (const ref of e.indicators) {
      const before = await rowFor(tx, ref, at);
      const ins = await tx.insertInto('reputation_evidence').values({
        kind: ref.kind, value: ref.value, reporter: e.reporter, org: e.org, trusted: e.trustedOrg ? 1 : 0, flagged: e.flagged ? 1 : 0, reports: 1, first_at: at, last_at: at,
      }).onConflict((oc) => oc.columns(['kind', 'value', 'reporter']).doNothing()).executeTakeFirst();
      const newReporter = Number(ins.numInsertedOrUpdatedRows ?? 0) > 0;
      let newlyFlagged = newReporter && e.flagged;
      if (!newReporter) {
        await tx.updateTable('reputation_evidence').set((eb) => ({ reports: eb('reports', '+', 1), last_at: at }))
          .where('kind', '=', ref.kind).where('value', '=', ref.value).where('reporter', '=', e.reporter).execute();
        if (e.flagged) {
          const up = await tx.updateTable('reputation_evidence').set({ flagged: 1 })
            .where('kind', '=', ref.kind).where('value', '=', ref.value).where('reporter', '=', e.reporter).where('flagged', '=', 0).executeTakeFirst();
          newlyFlagged = Number(up.numUpdatedRows) > 0;
        }
      }
      const after: IndicatorRow = {
        ...before,
        reports: num(before.reports) + 1,
        reporters: num(before.reporters) + (newReporter ? 1 : 0),
        flagged_reporters: num(before.flagged_reporters) + (newlyFlagged ? 1 : 0),
        orgs: num(before.orgs) + (newReporter && e.org !== null ? 1 : 0),
        trusted_orgs: num(before.trusted_orgs) + (newlyFlagged && e.org !== null && e.trustedOrg ? 1 : 0),
        last_seen: at,
        last_flagged_at: e.flagged ? at : before.last_flagged_at,
      };
      await save(tx, before, after, at);
    }
  }

  // Group commit, as reports have: evidence arriving while a commit is under way goes into
  // the next one, so a burst of reports costs a few transactions, not one each.
  interface Pending { e: ReportEvidence; resolve: () => void; reject: (err: unknown) => void }
  const queue: Pending[] = [];
  let flushing = false;
  async function flush(): Promise<void> {
    if (flushing) return;
    flushing = true;
    try {
      while (queue.length > 0) {
        const batch = queue.splice(0, 200);
        const at = clock().toISOString();
        try {
          await store.transaction(async (t) => {
            await lockVersion(t as unknown as Transaction<ReputationTables>);
            for (const p of batch) await recordIn(t as unknown as Transaction<ReputationTables>, p.e, at);
          });
          for (const p of batch) p.resolve();
        } catch (err) {
          for (const p of batch) p.reject(err);
        }
      }
    } finally {
      flushing = false;
    }
  }

  return {
    async recordWithin(t, e) {
      if (e.indicators.length === 0) return;
      const tx = t as unknown as Transaction<ReputationTables>;
      await lockVersion(tx);
      await recordIn(tx, e, clock().toISOString());
    },

    record(e) {
      if (e.indicators.length === 0) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        queue.push({ e, resolve, reject });
        if (!flushing) setImmediate(() => void flush());
      });
    },

    decide(ref, action, actor, note = null) {
      return store.transaction((t) => decideIn(t, ref, action, actor, note));
    },

    revert(decisionId, actor, note = null) {
      return store.transaction((t) => revertIn(t, decisionId, actor, note));
    },

    decideWithin: (t, ref, action, actor, note = null) => decideIn(t, ref, action, actor, note),
    revertWithin: (t, decisionId, actor, note = null) => revertIn(t, decisionId, actor, note),

    async get(ref) {
      const r = await db.selectFrom('reputation_indicators').selectAll().where('kind', '=', ref.kind).where('value', '=', ref.value).executeTakeFirst();
      if (!r) return undefined;
      return view(r, clock().getTime(), await protectedIn(store.db, [{ kind: r.kind as IndicatorKind, value: r.value }]));
    },

    async list(q) {
      let query = db.selectFrom('reputation_indicators').selectAll().orderBy('flagged_reporters', 'desc').orderBy('last_seen', 'desc').limit(q.limit);
      if (q.kind) query = query.where('kind', '=', q.kind);
      // Expired is also what a faded suspicion reads as: filtered after computing it.
      if (q.state && q.state !== 'expired') query = query.where('state', '=', q.state);
      const now = clock().getTime();
      const found = await query.execute();
      const prot = await protectedIn(store.db, found.map((r) => ({ kind: r.kind as IndicatorKind, value: r.value })));
      const rows = found.map((r) => view(r, now, prot));
      return q.state ? rows.filter((r) => r.state === q.state) : rows;
    },

    async decisions(q) {
      let query = db.selectFrom('reputation_decisions').selectAll().orderBy('id', 'desc').limit(q.limit);
      if (q.kind) query = query.where('kind', '=', q.kind);
      if (q.value) query = query.where('value', '=', q.value);
      return (await query.execute()).map((d) => ({
        id: num(d.id), at: d.at, actor: d.actor, kind: d.kind as IndicatorKind, value: d.value, action: d.action, note: d.note,
        fromState: d.from_state, toState: d.to_state, revertedBy: d.reverted_by === null ? null : num(d.reverted_by),
      }));
    },

    async version() {
      const r = await db.selectFrom('reputation_version').select('version').where('id', '=', 1).executeTakeFirst();
      return num(r?.version ?? 0);
    },

    async changesSince(since, each) {
      const reached = await this.version();
      let after = since;
      for (;;) {
        let q = db.selectFrom('reputation_indicators').selectAll().where('version', '>', after).where('version', '<=', reached).orderBy('version').limit(5000);
        // A first load needs only what is trusted; later ones also what stopped being trusted.
        if (since === 0) q = q.where('state', 'in', ['suspected', 'confirmed']);
        const rows = await q.execute();
        for (const r of rows) {
          const kind = r.kind as IndicatorKind;
          const state = r.state as IndicatorState;
          const until = trustedUntil(kind, state, evidenceOf(r), decisionOf(r), o.policy);
          each({ kind, value: r.value, level: until > 0 ? (state as 'suspected' | 'confirmed') : null, reports: num(r.flagged_reporters), until });
        }
        if (rows.length < 5000) return reached;
        after = num((rows[rows.length - 1] as IndicatorRow).version);
      }
    },
  };
}
