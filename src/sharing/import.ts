// Partners' STIX in: the indicators of a STIX 2.1 bundle a partner pushes (or a TAXII
// collection we pull: pull.ts) become that partner's evidence in the trust model
// (src/reputation) — one flagged reporter, the partner's organisation, however many times it
// sends them. Never confirmed by it: a partner whose role the policy trusts (a carrier) makes
// an indicator suspected at once, others count as one of the independent reporters suspicion
// needs; only the hub's analysts confirm.
import type { Engine } from '../core/engine.js';
import type { IndicatorRef, IndicatorStore } from '../reputation/index.js';
import { normalise } from '../web/indicators.js';
export interface ImportedRef { readonly kind: 'url' | 'domain-name' | 'phone'; readonly value: string }

export type ImportResult =
  | { ok: true; refs: ImportedRef[]; skipped: number }
  | { ok: false; message: string };

// One comparison of the value of an object we read, as our own exports and most feeds write
// single indicators; anything else (AND/OR, other objects or properties) is skipped.
const PATTERN = /^\[\s*(url|domain-name|phone-number|x-phone-number):value\s*=\s*'((?:[^'\\]|\\['\\])*)'\s*\]$/;

export const MAX_IMPORT = 10_000;

export function indicatorsOfBundle(bundle: unknown, now: string): ImportResult {
  const b = bundle as { type?: unknown; objects?: unknown };
  if (!b || typeof b !== 'object' || b.type !== 'bundle' || !Array.isArray(b.objects)) return { ok: false, message: 'not a STIX bundle: {"type":"bundle","objects":[…]}' };
  const refs: ImportedRef[] = [];
  let skipped = 0;
  for (const o of b.objects as unknown[]) {
    const i = o as { type?: unknown; pattern?: unknown; pattern_type?: unknown; revoked?: unknown; valid_until?: unknown };
    if (!i || typeof i !== 'object' || i.type !== 'indicator') continue;
    const m = i.pattern_type === 'stix' && typeof i.pattern === 'string' ? PATTERN.exec(i.pattern.trim()) : null;
    const lapsed = typeof i.valid_until === 'string' && i.valid_until <= now;
    if (!m || i.revoked === true || lapsed) { skipped++; continue; }
    const type = m[1] as string;
    const value = (m[2] as string).replace(/\\(['\\])/g, '$1');
    refs.push({ kind: type === 'url' ? 'url' : type === 'domain-name' ? 'domain-name' : 'phone', value });
    if (refs.length > MAX_IMPORT) return { ok: false, message: `more than ${MAX_IMPORT} indicators in one bundle: send it in parts` };
  }
  return { ok: true, refs, skipped };
}

export interface PartnerEvidence {
  readonly engine: Engine;
  readonly indicators: IndicatorStore;
  /** API key roles whose organisation's flagged report is enough for suspicion (data/reputation.json). */
  readonly trustedRoles: readonly string[];
}

export type RecordResult = { ok: true; accepted: IndicatorRef[]; skipped: number } | { ok: false; message: string };

/** A partner's bundle recorded as its evidence: values normalised the way reports store them. */
export async function recordPartnerBundle(d: PartnerEvidence, partner: { org: string; role: string }, bundle: unknown, now: string): Promise<RecordResult> {
  const parsed = indicatorsOfBundle(bundle, now);
  if (!parsed.ok) return parsed;
  return recordPartnerRefs(d, partner, parsed.refs, parsed.skipped);
}

/** Values a partner named (from STIX, TAXII or a MISP feed) recorded as its evidence, normalised the way reports store them. */
export async function recordPartnerRefs(d: PartnerEvidence, partner: { org: string; role: string }, named: readonly ImportedRef[], skippedBefore: number): Promise<RecordResult> {
  const parsed = { refs: named };
  const refs: IndicatorRef[] = [];
  let skipped = skippedBefore;
  const seen = new Set<string>();
  const add = (r: IndicatorRef): void => { const k = `${r.kind}\u0000${r.value}`; if (!seen.has(k)) { seen.add(k); refs.push(r); } };
  for (const r of parsed.refs) {
    if (r.kind === 'domain-name') {
      // A domain-name that is its own registrable domain is a domain; a name under one is a host (never widened to its domain).
      const host = normalise(d.engine, 'host', r.value);
      const domain = normalise(d.engine, 'domain', r.value);
      if (!host.ok || !domain.ok) { skipped++; continue; }
      add(host.value === domain.value ? { kind: 'domain', value: domain.value } : { kind: 'host', value: host.value });
      continue;
    }
    const n = normalise(d.engine, r.kind, r.value);
    if (n.ok) add({ kind: r.kind, value: n.value }); else skipped++;
  }
  if (refs.length) {
    await d.indicators.record({ reporter: `org:${partner.org}`, org: partner.org, trustedOrg: d.trustedRoles.includes(partner.role), flagged: true, indicators: refs });
  }
  return { ok: true, accepted: refs, skipped };
}
