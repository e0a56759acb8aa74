// Appeals against a block (issue 9, item 5): a sender or a domain's owner says a block is
// wrong; a domain's owner proves control of the name (DNS TXT or a well-known file); analysts
// decide. An accepted appeal puts the name on the allow-list (which beats a suspicion, never
// an analyst's confirmation of a full URL) and rejects the matching indicators through the
// reputation store's own decisions; a later revocation undoes both. Everything is audited.
// One service for every channel (the public form, the JSON API, analysts' API).
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Engine } from '../core/engine.js';
import type { IndicatorKind } from '../core/reputation/index.js';
import type { AllowListStore, IndicatorRef, IndicatorStore } from '../reputation/index.js';
import { isStorable, reference, type Store } from '../store/index.js';
import { failureLimit, type FailureLimit } from '../limits/index.js';
import { createProver, instructionsFor, type ProofOptions, type Prover } from './proof.js';
import { parseSubject, type Subject } from './subject.js';

export { isPublicAddress } from './address-policy.js';
export { PRODUCTION_FETCH, WELL_KNOWN_PATH, fetchWellKnown, type DnsResolver, type FetchPolicy } from './well-known.js';
export { TXT_LABEL, TXT_PREFIX, instructionsFor, type ProofOptions } from './proof.js';
export { parseSubject, SUBJECT_MAX, type Subject } from './subject.js';

export const APPEAL_STATES = ['pending_verification', 'verified', 'unverified', 'accepted', 'rejected', 'revoked', 'expired'] as const;
/**
 * Days a domain's appeal waits for its proof of ownership; then it is `expired` (audited as
 * `appeals.expire`). A token lying published-but-unchecked, or never published, is not an
 * open question for ever; the owner files a new appeal and gets a new token.
 */
export const PENDING_DAYS = 14;
export type AppealState = (typeof APPEAL_STATES)[number];
export type AppealLang = 'ja' | 'en';
export const EXPLANATION_MAX = 2000;
export const EMAIL_MAX = 254;
export const APPEAL_ID = /^A-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/;

type AppealRow = {
  id: string; subject_kind: string; subject_value: string; contact_email: string; explanation: string; lang: string;
  token_hash: string | null; client_hash: string | null; state: string; created_at: string; updated_at: string;
  verify_attempts: number; last_verify_error: string | null; verified_at: string | null; verified_by: string | null;
  decided_at: string | null; decided_by: string | null; decision_note: string | null; allow_id: number | string | bigint | null;
  indicator_decisions: string | null;
};
type AppealTables = { appeals: AppealRow };

export interface AppealView {
  readonly id: string;
  readonly subject: { readonly kind: IndicatorKind; readonly value: string };
  readonly state: AppealState;
  readonly contactEmail: string;
  readonly explanation: string;
  readonly lang: AppealLang;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly verification: { readonly attempts: number; readonly lastError: string | null; readonly at: string | null; readonly method: string | null };
  readonly decision: { readonly at: string; readonly by: string; readonly note: string | null } | null;
  readonly allowEntry: number | null;
}

export type FieldError = { field: 'subject' | 'email' | 'explanation'; code: 'E_BAD_SUBJECT' | 'E_BAD_EMAIL' | 'E_BAD_EXPLANATION'; message: string };

export interface NewAppeal {
  readonly subject: string;
  readonly email: string;
  readonly explanation: string;
  readonly lang?: AppealLang;
  /** The client's address: appeals are limited per address, and only its keyed hash is kept. */
  readonly client: string;
}

export type SubmitResult =
  | { ok: true; appeal: AppealView; token: string | null; instructions: ReturnType<typeof instructionsFor> | null }
  | { ok: false; code: 'E_VALIDATION'; errors: FieldError[] }
  | { ok: false; code: 'E_APPEAL_LIMIT'; retryAfterS: number; message: string };

export type VerifyResult =
  | { ok: true; appeal: AppealView; method: 'dns' | 'file' | null }
  | { ok: false; code: 'E_NOT_FOUND' | 'E_NOT_VERIFIABLE' | 'E_TOO_MANY_ATTEMPTS' | 'E_NOT_PROVEN' | 'E_EXPIRED'; message: string; checks?: { dns: string; file: string } };

export type AppealAction = 'accept' | 'reject' | 'revoke';
export type DecideResult =
  | { ok: true; appeal: AppealView; indicatorDecisions: number[] }
  | { ok: false; code: 'E_NOT_FOUND' | 'E_NOT_VERIFIED' | 'E_ALREADY_DECIDED' | 'E_NOT_ACCEPTED'; message: string };

export interface AppealService {
  submit(a: NewAppeal): Promise<SubmitResult>;
  verify(id: string, client: string): Promise<VerifyResult>;
  get(id: string): Promise<AppealView | undefined>;
  list(q: { state?: AppealState; limit: number }): Promise<AppealView[]>;
  decide(id: string, action: AppealAction, actor: string, note: string | null): Promise<DecideResult>;
  /** Moves appeals past their wait for proof to `expired`, with an audit row each; how many. Done also before every read and check. */
  expire(): Promise<number>;
}

export interface AppealServiceOptions extends ProofOptions {
  readonly store: Store;
  readonly engine: Engine;
  readonly indicators: IndicatorStore;
  readonly allowList: AllowListStore;
  readonly clock?: () => Date;
  /** Applies reputation changes in this process at once (the snapshot's refresh). */
  readonly refresh?: () => Promise<void>;
  /** Appeals one address may file per hour (default 5). */
  readonly perAddressPerHour?: number;
  /** Verification attempts per appeal (default 30). */
  readonly maxVerifyAttempts?: number;
  /** Appeals one subject may have waiting for analysts (verified or unverified) at once (default 3). */
  readonly openPerSubject?: number;
  /** Days an appeal waits for its proof of ownership (default PENDING_DAYS). */
  readonly pendingDays?: number;
}

const EMAIL = /^[^\s@<>()[\]\\,;:"]{1,64}@(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;
const TOKEN = /^[A-Za-z0-9_-]{43}$/;
const num = (v: number | string | bigint | null): number | null => (v === null ? null : Number(v));

function viewOf(r: AppealRow): AppealView {
  return {
    id: r.id, subject: { kind: r.subject_kind as IndicatorKind, value: r.subject_value }, state: r.state as AppealState,
    contactEmail: r.contact_email, explanation: r.explanation, lang: r.lang as AppealLang, createdAt: r.created_at, updatedAt: r.updated_at,
    verification: { attempts: Number(r.verify_attempts), lastError: r.last_verify_error, at: r.verified_at, method: r.verified_by },
    decision: r.decided_at && r.decided_by ? { at: r.decided_at, by: r.decided_by, note: r.decision_note } : null,
    allowEntry: num(r.allow_id),
  };
}

/** The indicators an accepted appeal rejects: the exact name in every kind reports store it as. */
function matchingRefs(s: Subject): IndicatorRef[] {
  switch (s.kind) {
    case 'domain':
      return [{ kind: 'domain', value: s.value }, { kind: 'host', value: s.value }, { kind: 'url', value: `https://${s.value}/` }, { kind: 'url', value: `http://${s.value}/` }];
    case 'host':
      return [{ kind: 'host', value: s.value }, { kind: 'url', value: `https://${s.value}/` }, { kind: 'url', value: `http://${s.value}/` }];
    case 'url':
      return [{ kind: 'url', value: s.value }];
    case 'cnc':
      return [{ kind: 'cnc', value: s.value }];
    case 'phone':
    case 'sender':
      return [{ kind: 'phone', value: s.value }, { kind: 'sender', value: s.value }];
  }
}

export function validateAppeal(engine: Engine, a: Pick<NewAppeal, 'subject' | 'email' | 'explanation'>): { ok: true; subject: Subject; email: string; explanation: string } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const s = parseSubject(engine, typeof a.subject === 'string' ? a.subject : '');
  if (!s.ok) errors.push({ field: 'subject', code: s.code, message: s.message });
  const email = (a.email ?? '').trim();
  if (email.length > EMAIL_MAX || !EMAIL.test(email)) errors.push({ field: 'email', code: 'E_BAD_EMAIL', message: 'email: an address we can write to about the appeal' });
  const explanation = (a.explanation ?? '').trim();
  if (explanation === '' || explanation.length > EXPLANATION_MAX || !isStorable(explanation)) {
    errors.push({ field: 'explanation', code: 'E_BAD_EXPLANATION', message: `explanation: 1–${EXPLANATION_MAX} characters of text saying why the block is wrong` });
  }
  if (errors.length > 0 || !s.ok) return { ok: false, errors };
  return { ok: true, subject: s.subject, email, explanation };
}

export function createAppealService(o: AppealServiceOptions): AppealService {
  const { store, engine, indicators, allowList } = o;
  const clock = o.clock ?? (() => new Date());
  const db = store.db.withTables<AppealTables>();
  const prover: Prover = createProver(o);
  const perAddress: FailureLimit = failureLimit({ max: o.perAddressPerHour ?? 5, windowMs: 3_600_000, now: () => clock().getTime() });
  const maxAttempts = o.maxVerifyAttempts ?? 30;
  const perSubject = o.openPerSubject ?? 3;
  // The token is kept only as a keyed hash (HMAC under the store's secret), so the database
  // alone cannot publish a proof for someone else's appeal.
  const tokenHash = (token: string): Promise<string> => store.hashSubscriber(`appeal-token\u0000${token}`);
  const clientHash = async (client: string): Promise<string> => store.hashSubscriber(`appeal-client\u0000${client}`);
  const pendingMs = (o.pendingDays ?? PENDING_DAYS) * 86_400_000;
  const rowNow = (id: string) => db.selectFrom('appeals').selectAll().where('id', '=', id).executeTakeFirst();
  const row = async (id: string) => {
    await expire();
    return rowNow(id);
  };

  /** One transaction: the state changes and their audit rows commit together. */
  async function expire(): Promise<number> {
    const now = clock();
    const before = new Date(now.getTime() - pendingMs).toISOString();
    // The index on (state, created_at) makes the usual answer, none, one cheap read.
    const stale = await db.selectFrom('appeals').select('id').where('state', '=', 'pending_verification').where('created_at', '<', before).execute();
    if (stale.length === 0) return 0;
    const at = now.toISOString();
    const note = `no proof of ownership within ${o.pendingDays ?? PENDING_DAYS} days`;
    return store.transaction(async (tx) => {
      let n = 0;
      for (const { id } of stale) {
        const u = await tx.withTables<AppealTables>().updateTable('appeals').set({ state: 'expired', updated_at: at, decided_at: at, decided_by: 'system', decision_note: note })
          .where('id', '=', id).where('state', '=', 'pending_verification').executeTakeFirst();
        if (Number(u.numUpdatedRows) === 0) continue; // checked or decided meanwhile
        await store.audit.appendWithin(tx, { actor: 'system', action: 'appeals.expire', subject: id, detail: { note } });
        n++;
      }
      return n;
    });
  }

  return {
    expire,
    async submit(a) {
      const v = validateAppeal(engine, a);
      if (!v.ok) return { ok: false, code: 'E_VALIDATION', errors: v.errors };
      const client = await clientHash(a.client);
      const wait = perAddress.blockedFor(client);
      if (wait > 0) return { ok: false, code: 'E_APPEAL_LIMIT', retryAfterS: wait, message: `too many appeals from this address; try again in ${Math.ceil(wait / 60)} min` };
      // Per subject too, whatever the address: a number or a sender ID needs no proof, so sock
      // puppets on many addresses could otherwise fill the analysts' queue with one name.
      const waiting = await db.selectFrom('appeals').select((eb) => eb.fn.countAll<number>().as('n'))
        .where('subject_kind', '=', v.subject.kind).where('subject_value', '=', v.subject.value).where('state', 'in', ['verified', 'unverified']).executeTakeFirst();
      if (Number(waiting?.n ?? 0) >= perSubject) return { ok: false, code: 'E_APPEAL_LIMIT', retryAfterS: 3600, message: `${v.subject.value} already has ${perSubject} appeals waiting for analysts; they will write to each appellant` };
      perAddress.fail(client);
      const proofName = v.subject.proofName;
      const token = proofName ? randomBytes(32).toString('base64url') : null;
      const at = clock().toISOString();
      const id = reference('A', randomBytes(7));
      const r: AppealRow = {
        id, subject_kind: v.subject.kind, subject_value: v.subject.value, contact_email: v.email, explanation: v.explanation, lang: a.lang ?? 'ja',
        token_hash: token ? await tokenHash(token) : null, client_hash: client,
        // Numbers and sender IDs have no DNS to prove with: analysts judge the appellant's evidence.
        state: proofName ? 'pending_verification' : 'unverified', created_at: at, updated_at: at,
        verify_attempts: 0, last_verify_error: null, verified_at: null, verified_by: null, decided_at: null, decided_by: null, decision_note: null,
        allow_id: null, indicator_decisions: null,
      };
      await db.insertInto('appeals').values(r).execute();
      await store.audit.append({ actor: `appellant:${client.slice(0, 16)}`, action: 'appeals.submit', subject: id, detail: { kind: r.subject_kind, value: r.subject_value, state: r.state } });
      return { ok: true, appeal: viewOf(r), token, instructions: proofName && token ? instructionsFor(proofName, token) : null };
    },

    async verify(id, client) {
      const r = await row(id);
      if (!r) return { ok: false, code: 'E_NOT_FOUND', message: `no appeal ${id}` };
      if (r.state === 'expired') return { ok: false, code: 'E_EXPIRED', message: `this appeal waited ${o.pendingDays ?? PENDING_DAYS} days for its proof and expired; file a new one` };
      if (r.state !== 'pending_verification') {
        if (r.token_hash === null) return { ok: false, code: 'E_NOT_VERIFIABLE', message: 'a number or sender ID cannot be proven by DNS: an analyst reads the appeal as it is' };
        return { ok: true, appeal: viewOf(r), method: null };
      }
      if (Number(r.verify_attempts) >= maxAttempts) return { ok: false, code: 'E_TOO_MANY_ATTEMPTS', message: `this appeal was checked ${maxAttempts} times; file a new one` };
      const subject = parseSubject(engine, r.subject_kind === 'url' ? r.subject_value : `https://${r.subject_value}/`);
      const name = subject.ok ? subject.subject.proofName : null;
      const expected = Buffer.from(r.token_hash as string, 'hex');
      const isToken = async (candidate: string): Promise<boolean> => {
        if (!TOKEN.test(candidate)) return false;
        const h = Buffer.from(await tokenHash(candidate), 'hex');
        return h.length === expected.length && timingSafeEqual(h, expected);
      };
      const proof = name ? await prover.prove(name, isToken) : { ok: false as const, dns: 'no name to look up', file: 'no name to look up' };
      const at = clock().toISOString();
      const error = proof.ok ? null : `dns: ${proof.dns}; file: ${proof.file}`.slice(0, 1000);
      await db.updateTable('appeals').set((eb) => ({
        verify_attempts: eb('verify_attempts', '+', 1), last_verify_error: error, updated_at: at,
        ...(proof.ok ? { state: 'verified', verified_at: at, verified_by: proof.method } : {}),
      })).where('id', '=', id).where('state', '=', 'pending_verification').execute();
      await store.audit.append({ actor: `appellant:${(await clientHash(client)).slice(0, 16)}`, action: 'appeals.verify', subject: id, detail: proof.ok ? { method: proof.method } : { dns: proof.dns, file: proof.file } });
      const after = viewOf((await rowNow(id)) as AppealRow);
      if (!proof.ok) return { ok: false, code: 'E_NOT_PROVEN', message: `the token was not found (${error})`, checks: { dns: proof.dns, file: proof.file } };
      return { ok: true, appeal: after, method: proof.method };
    },

    async get(id) {
      const r = await row(id);
      return r ? viewOf(r) : undefined;
    },

    async list(q) {
      await expire();
      let query = db.selectFrom('appeals').selectAll().orderBy('created_at', 'desc').orderBy('id').limit(q.limit);
      if (q.state) query = query.where('state', '=', q.state);
      return (await query.execute()).map(viewOf);
    },

    async decide(id, action, actor, note) {
      const r = await row(id);
      if (!r) return { ok: false, code: 'E_NOT_FOUND', message: `no appeal ${id}` };
      const subject: Subject = { kind: r.subject_kind as IndicatorKind, value: r.subject_value, proofName: null };
      const at = clock().toISOString();
      const decisions: number[] = [];
      const moveFrom = async (from: readonly string[], to: AppealState, extra: Partial<AppealRow>, within?: (tx: Parameters<Parameters<Store['transaction']>[0]>[0]) => Promise<Partial<AppealRow>>): Promise<boolean> =>
        store.transaction(async (tx) => {
          const t = tx.withTables<AppealTables>();
          const more = within ? await within(tx) : {};
          const u = await t.updateTable('appeals').set({ ...extra, ...more, state: to, updated_at: at, decided_at: at, decided_by: actor, decision_note: note })
            .where('id', '=', id).where('state', 'in', [...from]).executeTakeFirst();
          if (Number(u.numUpdatedRows) === 0) throw new StateChanged();
          // The audit record commits with the decision: a decision no audit row tells of cannot be.
          await store.audit.appendWithin(tx, { actor, action: `appeals.${action}`, subject: id, detail: { kind: subject.kind, value: subject.value, note, indicatorDecisions: [...decisions] } });
          return true;
        }).catch((err: unknown) => { if (err instanceof StateChanged) return false; throw err; });

      if (action === 'accept') {
        if (r.state === 'pending_verification') return { ok: false, code: 'E_NOT_VERIFIED', message: `appeal ${id}: ownership of ${r.subject_value} is not proven yet` };
        if (r.state !== 'verified' && r.state !== 'unverified') return { ok: false, code: 'E_ALREADY_DECIDED', message: `appeal ${id} is ${r.state}` };
        const refs: IndicatorRef[] = [];
        for (const ref of matchingRefs(subject)) {
          const v = await indicators.get(ref);
          if (v && v.state !== 'rejected') refs.push(ref);
        }
        // The entry, the indicators' rejections and the record of them commit together: were the
        // rejections made after the entry's commit, a crash between would leave rejections that
        // no revocation knows of, and the name immune to reports for ever after.
        const moved = await moveFrom(['verified', 'unverified'], 'accepted', {}, async (tx) => {
          decisions.length = 0;
          const allowId = await allowList.addWithin(tx, { kind: subject.kind, value: subject.value, appealId: id, actor, note }, at);
          // The reputation store's own decision path, each revertible.
          for (const ref of refs) {
            const d = await indicators.decideWithin(tx, ref, 'reject', actor, `appeal ${id} accepted${note ? `: ${note}` : ''}`);
            if (d.ok) decisions.push(d.decision);
          }
          return { allow_id: allowId, indicator_decisions: JSON.stringify(decisions) };
        });
        if (!moved) return { ok: false, code: 'E_ALREADY_DECIDED', message: `appeal ${id} was decided meanwhile` };
      } else if (action === 'reject') {
        if (!['pending_verification', 'verified', 'unverified'].includes(r.state)) return { ok: false, code: 'E_ALREADY_DECIDED', message: `appeal ${id} is ${r.state}` };
        if (!(await moveFrom(['pending_verification', 'verified', 'unverified'], 'rejected', {}))) return { ok: false, code: 'E_ALREADY_DECIDED', message: `appeal ${id} was decided meanwhile` };
      } else {
        if (r.state !== 'accepted') return { ok: false, code: 'E_NOT_ACCEPTED', message: `appeal ${id} is ${r.state}: only an accepted appeal can be revoked` };
        const moved = await moveFrom(['accepted'], 'revoked', {}, async (tx) => {
          decisions.length = 0;
          if (r.allow_id !== null) await allowList.revokeWithin(tx, Number(r.allow_id), actor, note, at);
          // The indicators get back the decisions the acceptance replaced, in the same commit.
          for (const d of JSON.parse(r.indicator_decisions ?? '[]') as number[]) {
            const back = await indicators.revertWithin(tx, d, actor, `appeal ${id} revoked${note ? `: ${note}` : ''}`);
            if (back.ok) decisions.push(back.decision);
          }
          return {};
        });
        if (!moved) return { ok: false, code: 'E_NOT_ACCEPTED', message: `appeal ${id} was revoked meanwhile` };
      }
      await o.refresh?.();
      return { ok: true, appeal: viewOf((await row(id)) as AppealRow), indicatorDecisions: decisions };
    },
  };
}

class StateChanged extends Error {}
