// The trust model of indicators: what reports say about a URL, a host, a domain, a number or a
// sender ID, how far that is believed, and when the belief fades. Pure: the clock is a number
// passed in, the never-block list and the policy are data (data/reputation.json,
// data/never-block.json). Persistence is src/reputation's; this file only decides.
//
// States: observed (named by reports; never changes a verdict) → suspected (several independent
// flagged reporters, or a trusted organisation) → confirmed (an analyst). rejected and expired
// are an analyst's word, or (expired only) the fading of a suspicion nobody renewed. Confidence
// is computed from evidence and time, never stored: a half-life per kind, as MISP's decaying
// models do, so a lure URL fades in weeks and a scam number in months.

// `cnc`: a host name the malware on infected handsets calls home to (command and control). Its
// own kind, not a `host`: it is never looked for in an SMS, and what it feeds is the C&C
// blocking of lines that consent to it (src/sharing/cnc.ts), not verdicts.
export type IndicatorKind = 'url' | 'host' | 'domain' | 'phone' | 'sender' | 'cnc';
export const INDICATOR_KINDS: readonly IndicatorKind[] = ['url', 'host', 'domain', 'phone', 'sender', 'cnc'];
export type IndicatorState = 'observed' | 'suspected' | 'confirmed' | 'rejected' | 'expired';
export type AnalystAction = 'confirm' | 'reject' | 'expire';

/** What the store has gathered on one indicator; times are epoch milliseconds. */
export interface IndicatorEvidence {
  /** Reports naming it (a flood from one reporter counts every report here, once below). */
  readonly reports: number;
  /** Distinct reporters (keyed hashes of numbers or addresses; an organisation is one reporter). */
  readonly reporters: number;
  /** Distinct reporters at least one of whose reports naming it the engine judged suspicious or block. */
  readonly flaggedReporters: number;
  /** Distinct reporting organisations (API keys' org). */
  readonly orgs: number;
  /** Distinct trusted organisations whose flagged reports name it. */
  readonly trustedOrgs: number;
  readonly firstSeen: number;
  readonly lastSeen: number;
  /** The last report naming it that the engine flagged; null when none was. */
  readonly lastFlaggedAt: number | null;
}

export interface AnalystDecision {
  readonly action: AnalystAction;
  readonly at: number;
}

export interface ReputationPolicy {
  /** Independent reporters whose reports the engine flagged that make an indicator suspected. */
  readonly minFlaggedReporters: number;
  /** Days for the confidence of each kind to halve. */
  readonly halfLifeDays: Readonly<Record<IndicatorKind, number>>;
  /** Below this confidence a suspected or confirmed indicator no longer counts. */
  readonly trustedConfidence: number;
  /** API key roles whose organisation's flagged report is enough for suspicion. */
  readonly trustedRoles: readonly string[];
}

export interface NeverBlock {
  /** Registrable domains and hosts (suffix match) that never become bad as a domain or host. */
  readonly domains: ReadonlySet<string>;
  /** Numbers and sender IDs (normalised) that never become bad. */
  readonly senders: ReadonlySet<string>;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

import { hostOf, isBareUrl } from './url.js';

export { hostOf, isBareUrl } from './url.js';

const DAY = 86_400_000;

function underNeverBlock(host: string, nb: NeverBlock): boolean {
  for (let h = host; h !== ''; ) {
    if (nb.domains.has(h)) return true;
    const dot = h.indexOf('.');
    if (dot < 0) return false;
    h = h.slice(dot + 1);
  }
  return false;
}

/**
 * Whether an indicator may never be judged bad: a popular or official domain or host (or any
 * name under one), a bare URL of one, an official sender. A full URL under such a domain can.
 */
export function isProtected(kind: IndicatorKind, value: string, nb: NeverBlock): boolean {
  switch (kind) {
    case 'host':
    case 'domain':
    case 'cnc':
      return underNeverBlock(value.toLowerCase(), nb);
    case 'url':
      return isBareUrl(value) && underNeverBlock(hostOf(value), nb);
    case 'phone':
    case 'sender':
      return nb.senders.has(value);
  }
}

/**
 * The state from evidence and an analyst's decision. Protected indicators stay observed
 * whatever is said of them; a rejection holds until an analyst reverses it; an expiry holds
 * until a report flagged after it.
 */
export function stateOf(e: IndicatorEvidence, decision: AnalystDecision | null, isProtectedValue: boolean, p: ReputationPolicy): IndicatorState {
  if (isProtectedValue) return decision?.action === 'reject' ? 'rejected' : 'observed';
  if (decision?.action === 'confirm') return 'confirmed';
  if (decision?.action === 'reject') return 'rejected';
  if (decision?.action === 'expire' && (e.lastFlaggedAt === null || e.lastFlaggedAt <= decision.at)) return 'expired';
  if (e.flaggedReporters >= p.minFlaggedReporters || e.trustedOrgs > 0) return 'suspected';
  return 'observed';
}

/** Confidence before time fades it, and when the fading starts. */
function base(state: IndicatorState, e: IndicatorEvidence, decision: AnalystDecision | null, p: ReputationPolicy): { c: number; from: number } {
  switch (state) {
    case 'confirmed':
      return { c: 1, from: Math.max(decision?.at ?? 0, e.lastSeen) };
    case 'suspected': {
      // More independent flagged reporters, or a trusted organisation, make a firmer suspicion.
      const extra = Math.max(0, e.flaggedReporters - p.minFlaggedReporters) * 0.05 + (e.trustedOrgs > 0 ? 0.2 : 0);
      return { c: Math.min(0.9, 0.6 + extra), from: e.lastFlaggedAt ?? e.lastSeen };
    }
    case 'observed':
      return { c: Math.min(0.3, (0.3 * e.flaggedReporters) / Math.max(1, p.minFlaggedReporters)), from: e.lastFlaggedAt ?? e.lastSeen };
    default:
      return { c: 0, from: e.lastSeen };
  }
}

/** Confidence (0..1) at `now` that the indicator is bad; it halves every half-life since the last evidence. */
export function confidenceOf(kind: IndicatorKind, state: IndicatorState, e: IndicatorEvidence, decision: AnalystDecision | null, p: ReputationPolicy, now: number): number {
  const b = base(state, e, decision, p);
  if (b.c === 0) return 0;
  const age = Math.max(0, now - b.from);
  return b.c * 0.5 ** (age / (p.halfLifeDays[kind] * DAY));
}

/**
 * Until when (epoch ms) the indicator changes verdicts; 0 when it never does. Suspected and
 * confirmed only, while their confidence stays at or above the policy's threshold.
 */
export function trustedUntil(kind: IndicatorKind, state: IndicatorState, e: IndicatorEvidence, decision: AnalystDecision | null, p: ReputationPolicy): number {
  if (state !== 'suspected' && state !== 'confirmed') return 0;
  const b = base(state, e, decision, p);
  if (b.c < p.trustedConfidence) return 0;
  return b.from + Math.log2(b.c / p.trustedConfidence) * p.halfLifeDays[kind] * DAY;
}

/** The state as shown at `now`: a suspicion faded below the threshold reads as expired. */
export function effectiveState(kind: IndicatorKind, state: IndicatorState, e: IndicatorEvidence, decision: AnalystDecision | null, p: ReputationPolicy, now: number): IndicatorState {
  if ((state === 'suspected' || state === 'confirmed') && trustedUntil(kind, state, e, decision, p) < now) return 'expired';
  return state;
}

export function parsePolicy(json: unknown): Parsed<ReputationPolicy> {
  const j = json as Partial<ReputationPolicy> | null;
  if (!j || typeof j !== 'object') return { ok: false, error: 'not an object' };
  if (!Number.isInteger(j.minFlaggedReporters) || (j.minFlaggedReporters as number) < 2) return { ok: false, error: 'minFlaggedReporters: a whole number ≥ 2 (one reporter never decides)' };
  const hl = j.halfLifeDays as Record<string, unknown> | undefined;
  for (const k of INDICATOR_KINDS) {
    if (typeof hl?.[k] !== 'number' || !((hl[k] as number) > 0)) return { ok: false, error: `halfLifeDays.${k}: a positive number of days` };
  }
  if (typeof j.trustedConfidence !== 'number' || !(j.trustedConfidence > 0 && j.trustedConfidence < 1)) return { ok: false, error: 'trustedConfidence: between 0 and 1' };
  if (!Array.isArray(j.trustedRoles) || j.trustedRoles.some((r) => typeof r !== 'string')) return { ok: false, error: 'trustedRoles: a list of API key roles' };
  return { ok: true, value: { minFlaggedReporters: j.minFlaggedReporters as number, halfLifeDays: hl as unknown as Record<IndicatorKind, number>, trustedConfidence: j.trustedConfidence, trustedRoles: j.trustedRoles } };
}

/** data/never-block.json, plus what other data already names (brands' official domains and senders, shorteners). */
export function parseNeverBlock(json: unknown, extra: { domains?: readonly string[]; senders?: readonly string[] } = {}): Parsed<NeverBlock> {
  const j = json as { domains?: unknown; senders?: unknown } | null;
  if (!j || !Array.isArray(j.domains)) return { ok: false, error: 'domains: a list of {domain, source}' };
  const domains = new Set<string>();
  for (const [i, d] of (j.domains as unknown[]).entries()) {
    const e = d as { domain?: unknown; source?: unknown };
    if (typeof e?.domain !== 'string' || !/^[a-z0-9.-]+\.[a-z0-9-]+$/.test(e.domain)) return { ok: false, error: `domains[${i}].domain: a lower-case host name` };
    if (typeof e.source !== 'string' || e.source === '') return { ok: false, error: `domains[${i}].source: where it comes from` };
    domains.add(e.domain);
  }
  for (const d of extra.domains ?? []) domains.add(d.toLowerCase());
  const senders = new Set<string>(extra.senders ?? []);
  for (const [i, s] of ((j.senders as unknown[] | undefined) ?? []).entries()) {
    const e = s as { sender?: unknown; source?: unknown };
    if (typeof e?.sender !== 'string' || typeof e.source !== 'string') return { ok: false, error: `senders[${i}]: {sender, source}` };
    senders.add(e.sender);
  }
  return { ok: true, value: { domains, senders } };
}

export { createTrustedIndex, type TrustedIndex, type TrustedHit } from './trusted-index.js';
export { createAllowList, withAllowList, trustedBadUnlessAllowed, type AllowList } from './allow-list.js';
