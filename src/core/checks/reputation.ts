import { reason } from '../reason.js';
import type { Check, Weights } from '../check.js';
import type { Indicators, Reason, ReputationHit, ReputationLookup, SenderInfo } from '../types.js';

/** Looks every indicator of a message up in the injected reputation source. */
export function lookupReputation(lookup: ReputationLookup | undefined, indicators: Indicators, sender: SenderInfo | null): ReputationHit[] {
  if (!lookup) return [];
  const hits: ReputationHit[] = [];
  if (lookup.url) for (const u of indicators.urls) { const h = lookup.url(u.normalized); if (h) hits.push(h); }
  if (lookup.domain) for (const d of indicators.domains) { const h = lookup.domain(d); if (h) hits.push(h); }
  if (lookup.phone) {
    for (const p of indicators.phones) { const h = lookup.phone(p.normalized); if (h) hits.push(h); }
    if (sender) { const h = lookup.phone(sender.normalized); if (h) hits.push(h); }
  }
  return hits;
}

const CODE = { url: 'REPUTATION_URL', domain: 'REPUTATION_DOMAIN', phone: 'REPUTATION_PHONE' } as const;
const WHAT = { url: ['URL', 'URL'], domain: ['domain', 'ドメイン'], phone: ['number', '電話番号'] } as const;

/** One reason per kind of known-bad indicator; the values it matched are listed in detail. */
export function createReputationCheck(weights: Weights): Check {
  return (ctx) => {
    if (ctx.reputation.length === 0) return [];
    const reasons: Reason[] = [];
    const bad = ctx.reputation.filter((h) => h.source !== 'allowlisted');
    for (const kind of ['url', 'domain', 'phone'] as const) {
      const hits = bad.filter((h) => h.kind === kind);
      if (hits.length === 0) continue;
      const values = [...new Set(hits.map((h) => h.value))];
      const reports = Math.max(...hits.map((h) => h.reports));
      const [en, ja] = WHAT[kind];
      reasons.push(reason(CODE[kind], weights[CODE[kind]], () => ({
        en: `Known smishing ${en} ${values.join(', ')}, reported ${reports} time(s)`,
        ja: `報告済みの詐欺${ja} ${values.join(', ')}（報告 ${reports} 件）`,
        detail: { values, reports },
      })));
    }
    // Named even though it weighs nothing: whoever reads the verdict sees why a reported
    // indicator did not count (its owner proved it is theirs, an analyst agreed).
    const allowed = [...new Set(ctx.reputation.filter((h) => h.source === 'allowlisted').map((h) => h.value))];
    if (allowed.length > 0) {
      reasons.push(reason('REPUTATION_ALLOWLISTED', weights.REPUTATION_ALLOWLISTED, () => ({
        en: `Reported ${allowed.join(', ')}, but allow-listed after its owner's appeal`,
        ja: `${allowed.join(', ')} は報告されていますが、所有者の申し立てにより許可リストに登録されています`,
        detail: { values: allowed },
      })));
    }
    return reasons;
  };
}
