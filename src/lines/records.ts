// Flags, cases, case events and the warnings outbox in the store. Every write that changes a
// case is one transaction (the flag, the case, its event, the queued warning), then audited.
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { lineKey, type ConsentTables } from '../consent/index.js';
import { reference, type Store } from '../store/index.js';
import type { LineFlag, LineFlagKind, LineReason } from '../core/lines/types.js';
import { onFlag, transition, type CaseState } from './cases.js';
import { linesDb, linesTx, type LineCasesTable, type LineFlagsTable, type LineWarningsTable, type WarningState } from './tables.js';

export interface FlagRecord {
  readonly id: number;
  readonly line: string;
  readonly kind: LineFlagKind;
  readonly score: number;
  readonly reasons: LineReason[];
  readonly firstFlaggedAt: string;
  readonly evidence: Evidence;
  readonly recordedAt: string;
}

/** What stands behind a flag besides the detector's reasons. */
export interface Evidence {
  /** Where the records came from: cli, http:<org>, nats:<stream>/<partition>. */
  readonly source: string;
  /** Distinct reporters who named the line as a lure's sender, when the flag was recorded. */
  readonly reporters?: number;
  readonly [k: string]: unknown;
}

export interface CaseRecord {
  readonly id: string;
  readonly line: string;
  readonly kind: LineFlagKind;
  readonly state: CaseState;
  readonly score: number;
  readonly escalated: boolean;
  readonly reopened: number;
  readonly openedAt: string;
  readonly updatedAt: string;
  readonly lastFlaggedAt: string;
}

export interface CaseEvent {
  readonly at: string;
  readonly actor: string;
  readonly action: string;
  readonly from: string | null;
  readonly to: string | null;
  readonly detail: unknown;
}

export interface WarningRecord {
  readonly id: string;
  readonly caseId: string;
  readonly line: string;
  readonly state: WarningState;
  readonly reason: string | null;
  readonly attempts: number;
  readonly queuedAt: string;
  readonly sentAt: string | null;
  /** When the traffic behind the flag happened; null (warnings from before migration 007 without a case): never sent. */
  readonly eventAt: string | null;
  /** Who approved (state queued, sending, sent) or denied it, and when. */
  readonly decidedBy: string | null;
  readonly decidedAt: string | null;
}

/** What a flag's warning became when the flag was recorded (besides `warningQueued`). */
export type WarningSkip = 'warnings-off' | 'warnings-consent-off' | 'stale-event';

export type DecideResult =
  | { ok: true; warning: WarningRecord }
  | { ok: false; code: 'E_NOT_FOUND' | 'E_CONFLICT' | 'E_STALE'; message: string };

export type RecordFlagResult =
  | { readonly recorded: false; /** Not recorded because the line has opted out of detection (pipeline). */ readonly optedOut?: true }
  | {
    readonly recorded: true; readonly caseId: string; readonly action: 'open' | 'reopen' | 'escalate' | 'note';
    /** A warning now waits for approval (state pending). */
    readonly warningQueued: boolean;
    /** The warning the flag would have had, kept as skipped with this reason. */
    readonly warningSkipped?: WarningSkip;
  };

export type SetStateResult =
  | { ok: true; case: CaseRecord }
  | { ok: false; code: 'E_NOT_FOUND' | 'E_BAD_TRANSITION' | 'E_CONFLICT'; message: string };

const toFlag = (r: LineFlagsTable & { id: number }): FlagRecord => ({
  id: Number(r.id), line: r.line, kind: r.kind, score: Number(r.score), reasons: JSON.parse(r.reasons) as LineReason[],
  firstFlaggedAt: r.first_flagged_at, evidence: JSON.parse(r.evidence) as Evidence, recordedAt: r.recorded_at,
});
const toCase = (r: LineCasesTable): CaseRecord => ({
  id: r.id, line: r.line, kind: r.kind, state: r.state, score: Number(r.score), escalated: Number(r.escalated) === 1, reopened: Number(r.reopened),
  openedAt: r.opened_at, updatedAt: r.updated_at, lastFlaggedAt: r.last_flagged_at,
});
const toWarning = (r: LineWarningsTable): WarningRecord => ({
  id: r.id, caseId: r.case_id, line: r.line, state: r.state, reason: r.reason, attempts: Number(r.attempts), queuedAt: r.queued_at, sentAt: r.sent_at,
  eventAt: r.event_at ?? null, decidedBy: r.decided_by ?? null, decidedAt: r.decided_at ?? null,
});

export type LinesRecords = ReturnType<typeof linesRecords>;

/** One subscriber's line however the records write it: the national form, else as written. */
const keyOf = (line: string): string => lineKey(line) ?? line;

export interface LinesRecordsOptions {
  readonly clock?: () => Date;
  /**
   * How flags queue warnings: `off` queues none (kept as skipped, `warnings-off`); otherwise a
   * warning waits as `pending` for approval, unless its traffic is older than `maxAgeMs`.
   * Default: review, 24 hours.
   */
  readonly warnings?: { readonly mode: 'off' | 'review' | 'auto'; readonly maxAgeMs: number };
}

export function linesRecords(store: Store, opts: LinesRecordsOptions = {}) {
  const clock = opts.clock ?? (() => new Date());
  const policy = opts.warnings ?? { mode: 'review', maxAgeMs: 24 * 3600_000 };
  const now = (): string => clock().toISOString();
  const db = linesDb(store);
  const newId = (prefix: string): string => reference(prefix, randomBytes(7));

  async function recordFlag(flag: LineFlag, evidence: Evidence, actor: string, o: { warningsAllowed?: boolean } = {}): Promise<RecordFlagResult> {
    const at = now();
    const flaggedAt = new Date(flag.firstFlaggedAt).toISOString();
    const result = await store.transaction(async (trx) => {
      const tx = linesTx(trx);
      // One line's flags are recorded one after another across connections and processes:
      // two at once would both find no case (PostgreSQL reads committed rows), both open one,
      // and the second would fail on the unique (line, kind); both would queue a warning.
      // SQLite needs none: store.transaction takes its write lock before anything is read.
      const key = keyOf(flag.line);
      if (store.dialect === 'postgres') await sql`select pg_advisory_xact_lock(hashtext(${`lines:${key}`}))`.execute(trx);
      const inserted = await tx.insertInto('line_flags').values({
        line: flag.line, line_key: key, kind: flag.kind, score: Math.round(flag.score), reasons: JSON.stringify(flag.reasons), first_flagged_at: flaggedAt,
        evidence: JSON.stringify(evidence), recorded_at: at,
      }).onConflict((oc) => oc.columns(['line', 'kind', 'first_flagged_at']).doNothing()).executeTakeFirst();
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return { recorded: false } as const;
      let existing = await tx.selectFrom('line_cases').selectAll().where('line_key', '=', key).where('kind', '=', flag.kind).executeTakeFirst();
      // A number that changed hands since its case was last flagged belongs to someone new: the
      // earlier holder's case and evidence are not the new holder's history, so this is a first
      // offence (a fresh case in the same row, its earlier events kept as the carrier's record).
      let afterReassign: string | null = null;
      if (existing) {
        const reassigned = await trx.withTables<ConsentTables>().selectFrom('consent_history').select('at')
          .where('line', '=', key).where('action', '=', 'reassign').where('at', '>', existing.last_flagged_at)
          .orderBy('at', 'desc').limit(1).executeTakeFirst();
        if (reassigned) {
          afterReassign = reassigned.at;
          await tx.deleteFrom('line_flags').where('line_key', '=', key).where('kind', '=', flag.kind).where('recorded_at', '<', reassigned.at).execute();
          await tx.updateTable('line_warnings').set({ state: 'skipped', reason: 'number-reassigned', updated_at: at })
            .where('line', '=', key).where('state', 'in', ['pending', 'queued']).where('queued_at', '<', reassigned.at).execute();
          await tx.updateTable('line_cases').set({ state: 'suspected', escalated: 0, reopened: 0, score: 0, opened_at: at, updated_at: at, last_flagged_at: flaggedAt })
            .where('id', '=', existing.id).execute();
          await tx.insertInto('line_case_events').values({ case_id: existing.id, at, actor, action: 'opened', from_state: existing.state, to_state: 'suspected', detail: JSON.stringify({ newHolderSince: reassigned.at, score: Math.round(flag.score), firstFlaggedAt: flaggedAt, source: evidence.source, reasons: flag.reasons.map((r) => r.code) }) }).execute();
          existing = undefined;
        }
      }
      const step = onFlag(existing?.state);
      const score = Math.round(flag.score);
      const detail = JSON.stringify({ score, firstFlaggedAt: flaggedAt, source: evidence.source, reasons: flag.reasons.map((r) => r.code) });
      let caseId: string;
      if (afterReassign !== null) {
        caseId = (await tx.selectFrom('line_cases').select('id').where('line_key', '=', key).where('kind', '=', flag.kind).executeTakeFirstOrThrow()).id;
        await tx.updateTable('line_cases').set({ score }).where('id', '=', caseId).execute();
      } else if (!existing) {
        caseId = newId('C');
        await tx.insertInto('line_cases').values({
          id: caseId, line: flag.line, line_key: key, kind: flag.kind, state: 'suspected', score, escalated: 0, reopened: 0, opened_at: at, updated_at: at, last_flagged_at: flaggedAt,
        }).execute();
        await tx.insertInto('line_case_events').values({ case_id: caseId, at, actor, action: 'opened', from_state: null, to_state: 'suspected', detail }).execute();
      } else {
        caseId = existing.id;
        if (step.action === 'reopen') {
          await tx.updateTable('line_cases').set((eb) => ({ state: 'suspected', escalated: 1, reopened: eb('reopened', '+', 1), score, updated_at: at, last_flagged_at: flaggedAt }))
            .where('id', '=', caseId).execute();
          await tx.insertInto('line_case_events').values({ case_id: caseId, at, actor, action: 'reopened', from_state: existing.state, to_state: 'suspected', detail }).execute();
          await tx.insertInto('line_case_events').values({ case_id: caseId, at, actor, action: 'escalated', from_state: 'suspected', to_state: 'suspected', detail: JSON.stringify({ worklist: 'call-centre' }) }).execute();
        } else if (step.action === 'escalate') {
          await tx.updateTable('line_cases').set({ escalated: 1, score: Math.max(score, Number(existing.score)), updated_at: at, last_flagged_at: flaggedAt }).where('id', '=', caseId).execute();
          await tx.insertInto('line_case_events').values({ case_id: caseId, at, actor, action: 'escalated', from_state: existing.state, to_state: existing.state, detail }).execute();
        } else {
          await tx.updateTable('line_cases').set({ score: Math.max(score, Number(existing.score)), updated_at: at, last_flagged_at: flaggedAt }).where('id', '=', caseId).execute();
          await tx.insertInto('line_case_events').values({ case_id: caseId, at, actor, action: 'flagged-again', from_state: existing.state, to_state: existing.state, detail }).execute();
        }
      }
      // Only infected lines are warned (a verification proxy is the KYC team's), and only when
      // the case (re)starts; one queued warning a line at most. Consent is checked here when the
      // caller knows it, and again when sending (it may change in between).
      let warningQueued = false;
      let warningSkipped: WarningSkip | undefined;
      if (flag.kind === 'infected') {
        // Warnings are kept under the line's national form, so that `+8190…` and `090…` in
        // different carriers' records are one line for the once-a-day rule.
        const to = key;
        const pending = await tx.selectFrom('line_warnings').select(['id', 'event_at']).where('line', '=', to).where('state', 'in', ['pending', 'queued', 'sending']).executeTakeFirst();
        // The line offends again while its warning waits: the warning is about recent traffic still.
        if (pending && (pending.event_at === null || pending.event_at < flaggedAt)) {
          await tx.updateTable('line_warnings').set({ event_at: flaggedAt }).where('id', '=', pending.id).execute();
        }
        if (!pending && (step.action === 'open' || step.action === 'reopen')) {
          // A flag about old traffic (a replayed file, a late batch) is no reason to text
          // anyone today; the case still opens. Measured on the traffic's time, not the flag's.
          warningSkipped = policy.mode === 'off' ? 'warnings-off'
            : o.warningsAllowed === false ? 'warnings-consent-off'
            : clock().getTime() - Date.parse(flaggedAt) > policy.maxAgeMs ? 'stale-event'
            : undefined;
          if (warningSkipped) {
            // Kept as skipped, so the case shows why its line was not warned.
            await tx.insertInto('line_warnings').values({ id: newId('W'), case_id: caseId, line: to, state: 'skipped', reason: warningSkipped, attempts: 0, queued_at: at, updated_at: at, sent_at: null, event_at: flaggedAt }).execute();
            await tx.insertInto('line_case_events').values({ case_id: caseId, at, actor, action: 'warning-skipped', from_state: null, to_state: null, detail: JSON.stringify({ reason: warningSkipped }) }).execute();
          } else {
            await tx.insertInto('line_warnings').values({ id: newId('W'), case_id: caseId, line: to, state: 'pending', reason: null, attempts: 0, queued_at: at, updated_at: at, sent_at: null, event_at: flaggedAt }).execute();
            warningQueued = true;
          }
        }
      }
      return { recorded: true, caseId, action: step.action, warningQueued, ...(warningSkipped ? { warningSkipped } : {}) } as const;
    });
    if (result.recorded) {
      await store.audit.append({ actor, action: 'lines.flag', subject: flag.line, detail: { kind: flag.kind, score: Math.round(flag.score), case: result.caseId, caseAction: result.action, warningQueued: result.warningQueued, ...(result.warningSkipped ? { warningSkipped: result.warningSkipped } : {}), source: evidence.source } });
    }
    return result;
  }

  async function listFlags(q: { limit: number; kind?: LineFlagKind; line?: string; since?: string; beforeId?: number }): Promise<FlagRecord[]> {
    let query = db.selectFrom('line_flags').selectAll().orderBy('id', 'desc').limit(q.limit);
    if (q.kind) query = query.where('kind', '=', q.kind);
    if (q.line) query = query.where('line_key', '=', keyOf(q.line));
    if (q.since) query = query.where('first_flagged_at', '>=', q.since);
    if (q.beforeId !== undefined) query = query.where('id', '<', q.beforeId);
    return (await query.execute()).map((r) => toFlag(r as LineFlagsTable & { id: number }));
  }

  async function listCases(q: { limit: number; state?: CaseState; kind?: LineFlagKind; escalated?: boolean; line?: string }): Promise<CaseRecord[]> {
    let query = db.selectFrom('line_cases').selectAll().orderBy('updated_at', 'desc').orderBy('id', 'desc').limit(q.limit);
    if (q.state) query = query.where('state', '=', q.state);
    if (q.kind) query = query.where('kind', '=', q.kind);
    if (q.line) query = query.where('line_key', '=', keyOf(q.line));
    if (q.escalated !== undefined) query = query.where('escalated', '=', q.escalated ? 1 : 0);
    return (await query.execute()).map(toCase);
  }

  async function getCase(id: string): Promise<{ case: CaseRecord; events: CaseEvent[]; flags: FlagRecord[]; warnings: WarningRecord[] } | undefined> {
    const row = await db.selectFrom('line_cases').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) return undefined;
    const events = await db.selectFrom('line_case_events').selectAll().where('case_id', '=', id).orderBy('id', 'asc').execute();
    const flags = await listFlags({ limit: 100, kind: row.kind, line: row.line_key });
    const warnings = await db.selectFrom('line_warnings').selectAll().where('case_id', '=', id).orderBy('queued_at', 'asc').execute();
    return {
      case: toCase(row),
      events: events.map((e) => ({ at: e.at, actor: e.actor, action: e.action, from: e.from_state, to: e.to_state, detail: e.detail === null ? null : (JSON.parse(e.detail) as unknown) })),
      flags,
      warnings: warnings.map(toWarning),
    };
  }

  async function setState(id: string, to: CaseState, actor: string, note?: string): Promise<SetStateResult> {
    const at = now();
    const r = await store.transaction(async (trx): Promise<SetStateResult> => {
      const tx = linesTx(trx);
      const row = await tx.selectFrom('line_cases').selectAll().where('id', '=', id).executeTakeFirst();
      if (!row) return { ok: false, code: 'E_NOT_FOUND', message: `no case ${id}` };
      const t = transition(row.state, to);
      if (!t.ok) return t;
      // The state in the where clause: two analysts acting at once, only one moves the case.
      const u = await tx.updateTable('line_cases').set({ state: to, updated_at: at, ...(to === 'closed' ? { escalated: 0 } : {}) })
        .where('id', '=', id).where('state', '=', row.state).executeTakeFirst();
      if (Number(u.numUpdatedRows) === 0) return { ok: false, code: 'E_CONFLICT', message: `case ${id} changed meanwhile; read it again` };
      await tx.insertInto('line_case_events').values({ case_id: id, at, actor, action: 'state', from_state: row.state, to_state: to, detail: note ? JSON.stringify({ note }) : null }).execute();
      return { ok: true, case: toCase({ ...row, state: to, updated_at: at, escalated: to === 'closed' ? 0 : row.escalated }) };
    });
    if (r.ok) await store.audit.append({ actor, action: 'lines.case.state', subject: id, detail: { line: r.case.line, to, ...(note ? { note } : {}) } });
    return r;
  }

  /** The call centre's list: escalated cases still open, oldest first. */
  async function worklist(): Promise<CaseRecord[]> {
    const rows = await db.selectFrom('line_cases').selectAll().where('escalated', '=', 1).where('state', '!=', 'closed').orderBy('updated_at', 'asc').limit(10_000).execute();
    return rows.map(toCase);
  }

  const warnings = {
    async list(q: { limit: number; state?: WarningState; line?: string }): Promise<WarningRecord[]> {
      let query = db.selectFrom('line_warnings').selectAll().orderBy('queued_at', 'desc').limit(q.limit);
      if (q.state) query = query.where('state', '=', q.state);
      if (q.line) query = query.where('line', '=', q.line);
      return (await query.execute()).map(toWarning);
    },
    /**
     * Takes up to `limit` queued warnings for sending (state → sending, so that two servers do
     * not both send one). A warning left in `sending` longer than `staleMs` (its server died
     * mid-send) is queued again.
     */
    async claim(limit: number, staleMs: number): Promise<WarningRecord[]> {
      const at = now();
      const stale = new Date(clock().getTime() - staleMs).toISOString();
      await db.updateTable('line_warnings').set({ state: 'queued', updated_at: at }).where('state', '=', 'sending').where('updated_at', '<', stale).execute();
      // Only approved warnings: `queued` without a decision cannot happen since migration 007,
      // and is not taken if an older server wrote one.
      const rows = await db.selectFrom('line_warnings').selectAll().where('state', '=', 'queued').where('decided_at', 'is not', null).orderBy('queued_at', 'asc').limit(limit).execute();
      const claimed: WarningRecord[] = [];
      for (const r of rows) {
        const u = await db.updateTable('line_warnings').set({ state: 'sending', updated_at: at }).where('id', '=', r.id).where('state', '=', 'queued').executeTakeFirst();
        if (Number(u.numUpdatedRows) === 1) claimed.push(toWarning({ ...r, state: 'sending' }));
      }
      return claimed;
    },
    /** How many warnings are in `state` now (the review queue's length). */
    async count(state: WarningState): Promise<number> {
      const row = await db.selectFrom('line_warnings').select((eb) => eb.fn.countAll<number>().as('n')).where('state', '=', state).executeTakeFirst();
      return Number(row?.n ?? 0);
    },
    /** How many warnings were sent since `cutoff` (every server: the hourly cap). */
    async sentSince(cutoff: string): Promise<number> {
      const row = await db.selectFrom('line_warnings').select((eb) => eb.fn.countAll<number>().as('n')).where('state', '=', 'sent').where('sent_at', '>=', cutoff).executeTakeFirst();
      return Number(row?.n ?? 0);
    },
    /**
     * An analyst's decision on one warning. Approve: a pending warning is queued for sending,
     * unless its traffic is older than `maxAgeMs` (then it is skipped as stale and E_STALE is
     * returned). Deny: a pending or approved-but-unsent warning is denied.
     */
    async decide(id: string, decision: 'approve' | 'deny', actor: string, o: { maxAgeMs: number; note?: string }): Promise<DecideResult> {
      const at = now();
      const r = await store.transaction(async (trx): Promise<DecideResult | { stale: WarningRecord }> => {
        const tx = linesTx(trx);
        const row = await tx.selectFrom('line_warnings').selectAll().where('id', '=', id).executeTakeFirst();
        if (!row) return { ok: false, code: 'E_NOT_FOUND', message: `no warning ${id}` };
        const from: WarningState[] = decision === 'approve' ? ['pending'] : ['pending', 'queued'];
        if (!from.includes(row.state)) return { ok: false, code: 'E_CONFLICT', message: `warning ${id} is ${row.state}; only ${from.join(' or ')} warnings can be ${decision === 'approve' ? 'approved' : 'denied'}` };
        if (decision === 'approve' && (row.event_at === null || clock().getTime() - Date.parse(row.event_at) > o.maxAgeMs)) return { stale: toWarning(row) };
        const to: WarningState = decision === 'approve' ? 'queued' : 'denied';
        // The state in the where clause: two analysts deciding at once, one decision stands.
        const u = await tx.updateTable('line_warnings').set({ state: to, decided_by: actor, decided_at: at, updated_at: at, ...(decision === 'deny' ? { reason: o.note ? `denied: ${o.note}` : 'denied' } : {}) })
          .where('id', '=', id).where('state', '=', row.state).executeTakeFirst();
        if (Number(u.numUpdatedRows) === 0) return { ok: false, code: 'E_CONFLICT', message: `warning ${id} changed meanwhile; read it again` };
        await tx.insertInto('line_case_events').values({ case_id: row.case_id, at, actor, action: decision === 'approve' ? 'warning-approved' : 'warning-denied', from_state: null, to_state: null, detail: JSON.stringify({ warning: id, ...(o.note ? { note: o.note } : {}) }) }).execute();
        return { ok: true, warning: toWarning({ ...row, state: to, decided_by: actor, decided_at: at, updated_at: at }) };
      });
      if ('stale' in r) {
        await warnings.skipped(r.stale, 'stale-event', actor);
        return { ok: false, code: 'E_STALE', message: `warning ${id} is about traffic older than the warning age limit (${r.stale.eventAt ?? 'unknown time'}); it was dropped` };
      }
      if (r.ok) await store.audit.append({ actor, action: decision === 'approve' ? 'lines.warning.approved' : 'lines.warning.denied', subject: r.warning.line, detail: { warning: id, case: r.warning.caseId, ...(o.note ? { note: o.note } : {}) } });
      return r;
    },
    /** `--warnings auto`: the server approves up to `limit` pending warnings itself (each audited). */
    async approvePending(actor: string, limit: number): Promise<number> {
      const rows = await db.selectFrom('line_warnings').select('id').where('state', '=', 'pending').orderBy('queued_at', 'asc').limit(limit).execute();
      let n = 0;
      for (const r of rows) {
        const d = await warnings.decide(r.id, 'approve', actor, { maxAgeMs: policy.maxAgeMs });
        if (d.ok) n++;
      }
      return n;
    },
    /**
     * Warnings still waiting (pending or approved) whose traffic happened before `cutoff` are
     * skipped as stale: none is sent about an old event, however long it waited for approval
     * or through a stop. Returns how many.
     */
    async expire(cutoff: string, actor: string): Promise<number> {
      const rows = await db.selectFrom('line_warnings').selectAll().where('state', 'in', ['pending', 'queued'])
        .where((eb) => eb.or([eb('event_at', 'is', null), eb('event_at', '<', cutoff)])).limit(1000).execute();
      for (const r of rows) await warnings.skipped(toWarning(r), 'stale-event', actor);
      return rows.length;
    },
    /** When the line was last sent a warning, or null. */
    async lastSent(line: string): Promise<string | null> {
      line = lineKey(line) ?? line;
      const row = await db.selectFrom('line_warnings').select('sent_at').where('line', '=', line).where('state', '=', 'sent').orderBy('sent_at', 'desc').limit(1).executeTakeFirst();
      return row?.sent_at ?? null;
    },
    async sent(w: WarningRecord, actor: string): Promise<void> {
      const at = now();
      await store.transaction(async (trx) => {
        const tx = linesTx(trx);
        await tx.updateTable('line_warnings').set({ state: 'sent', sent_at: at, updated_at: at, attempts: w.attempts + 1, reason: null }).where('id', '=', w.id).execute();
        const c = await tx.selectFrom('line_cases').select(['state']).where('id', '=', w.caseId).executeTakeFirst();
        await tx.insertInto('line_case_events').values({ case_id: w.caseId, at, actor, action: 'warning-sent', from_state: c?.state ?? null, to_state: c?.state === 'suspected' ? 'warned' : (c?.state ?? null), detail: JSON.stringify({ warning: w.id }) }).execute();
        if (c?.state === 'suspected') await tx.updateTable('line_cases').set({ state: 'warned', updated_at: at }).where('id', '=', w.caseId).where('state', '=', 'suspected').execute();
      });
      await store.audit.append({ actor, action: 'lines.warning.sent', subject: w.line, detail: { warning: w.id, case: w.caseId } });
    },
    async skipped(w: WarningRecord, reason: string, actor: string): Promise<void> {
      const at = now();
      await store.transaction(async (trx) => {
        const tx = linesTx(trx);
        await tx.updateTable('line_warnings').set({ state: 'skipped', reason, updated_at: at }).where('id', '=', w.id).execute();
        await tx.insertInto('line_case_events').values({ case_id: w.caseId, at, actor, action: 'warning-skipped', from_state: null, to_state: null, detail: JSON.stringify({ warning: w.id, reason }) }).execute();
      });
      await store.audit.append({ actor, action: 'lines.warning.skipped', subject: w.line, detail: { warning: w.id, case: w.caseId, reason } });
    },
    /** A send that failed for now: back in the queue, or given up after `maxAttempts`. */
    async failed(w: WarningRecord, error: string, maxAttempts: number, actor: string): Promise<void> {
      const attempts = w.attempts + 1;
      if (attempts >= maxAttempts) {
        await warnings.skipped({ ...w, attempts }, `send-failed: ${error}`, actor);
        return;
      }
      await db.updateTable('line_warnings').set({ state: 'queued', attempts, reason: error, updated_at: now() }).where('id', '=', w.id).execute();
    },
    /** Puts a claimed warning back untouched (no SMSC link right now). */
    async release(w: WarningRecord): Promise<void> {
      await db.updateTable('line_warnings').set({ state: 'queued', updated_at: now() }).where('id', '=', w.id).where('state', '=', 'sending').execute();
    },
  };

  /**
   * Deletes what is older than the retention period: flags (and their evidence) recorded
   * before `cutoff`, closed cases last touched before it with their events and warnings,
   * and finished warnings. The audit log is kept (it has no message content).
   */
  async function purge(cutoff: string, actor: string): Promise<{ flags: number; cases: number; warnings: number }> {
    const r = await store.transaction(async (trx) => {
      const tx = linesTx(trx);
      const flags = await tx.deleteFrom('line_flags').where('recorded_at', '<', cutoff).executeTakeFirst();
      const old = tx.selectFrom('line_cases').select('id').where('state', '=', 'closed').where('updated_at', '<', cutoff);
      await tx.deleteFrom('line_case_events').where('case_id', 'in', old).execute();
      const w1 = await tx.deleteFrom('line_warnings').where('case_id', 'in', old).executeTakeFirst();
      const cases = await tx.deleteFrom('line_cases').where('state', '=', 'closed').where('updated_at', '<', cutoff).executeTakeFirst();
      const w2 = await tx.deleteFrom('line_warnings').where('state', 'in', ['sent', 'skipped', 'denied']).where('updated_at', '<', cutoff).executeTakeFirst();
      return { flags: Number(flags.numDeletedRows), cases: Number(cases.numDeletedRows), warnings: Number(w1.numDeletedRows) + Number(w2.numDeletedRows) };
    });
    if (r.flags + r.cases + r.warnings > 0) await store.audit.append({ actor, action: 'lines.purge', subject: cutoff, detail: r });
    return r;
  }

  /**
   * Withdrawn consent reaches what was already kept: for every line now opted out of
   * detection, its flags and their evidence are deleted, its open cases closed and its queued
   * warnings skipped (the case and its events stay, as the record of what the carrier did).
   * `excluded` is the consent gate; run with the retention purge and `lines purge`.
   */
  async function forgetOptedOut(excluded: (line: string) => boolean, actor: string): Promise<{ lines: number; flags: number; cases: number; warnings: number }> {
    const flagged = await db.selectFrom('line_flags').select('line_key').distinct().execute();
    const open = await db.selectFrom('line_cases').select('line_key').where('state', '!=', 'closed').distinct().execute();
    const lines = [...new Set([...flagged, ...open].map((r) => r.line_key))].filter((l) => excluded(l));
    const total = { lines: lines.length, flags: 0, cases: 0, warnings: 0 };
    for (const line of lines) {
      const at = now();
      const r = await store.transaction(async (trx) => {
        const tx = linesTx(trx);
        const flags = await tx.deleteFrom('line_flags').where('line_key', '=', line).executeTakeFirst();
        const cases = await tx.selectFrom('line_cases').select(['id', 'state']).where('line_key', '=', line).where('state', '!=', 'closed').execute();
        for (const c of cases) {
          await tx.updateTable('line_cases').set({ state: 'closed', updated_at: at }).where('id', '=', c.id).execute();
          await tx.insertInto('line_case_events').values({ case_id: c.id, at, actor, action: 'closed', from_state: c.state, to_state: 'closed', detail: JSON.stringify({ reason: 'detection-consent-withdrawn' }) }).execute();
        }
        const warnings = await tx.updateTable('line_warnings').set({ state: 'skipped', reason: 'detection-consent-withdrawn', updated_at: at })
          .where('line', '=', line).where('state', 'in', ['pending', 'queued']).executeTakeFirst();
        return { flags: Number(flags.numDeletedRows), cases: cases.length, warnings: Number(warnings.numUpdatedRows) };
      });
      total.flags += r.flags;
      total.cases += r.cases;
      total.warnings += r.warnings;
      await store.audit.append({ actor, action: 'lines.forget-opted-out', subject: line, detail: r });
    }
    return total;
  }

  async function caseState(id: string): Promise<CaseState | undefined> {
    return (await db.selectFrom('line_cases').select('state').where('id', '=', id).executeTakeFirst())?.state;
  }

  return { recordFlag, caseState, listFlags, listCases, getCase, setState, worklist, warnings, purge, forgetOptedOut };
}
