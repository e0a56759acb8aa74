import type { Weights } from './check.js';
import type { ReasonCode, VerdictLabel } from './types.js';

/** Points per reason code and the verdict thresholds, from data/scores.json. */
export interface ScoreTable {
  readonly thresholds: { readonly block: number; readonly suspicious: number };
  readonly weights: Weights;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

/** Every reason code the engine can emit; a score table must price each one. */
export const REASON_CODES: readonly ReasonCode[] = [
  'BRAND_CLAIMED', 'BRAND_UNOFFICIAL_DOMAIN', 'BRAND_LOOKALIKE_DOMAIN', 'BRAND_UNOFFICIAL_SENDER',
  'BRAND_OFFICIAL_DOMAIN', 'BRAND_OFFICIAL_SENDER',
  'LURE', 'PRESSURE', 'CREDENTIAL_REQUEST', 'CALLBACK_LURE', 'BRAND_LURE',
  'URL_SHORTENER', 'URL_IP_HOST', 'URL_IDN', 'URL_USERINFO', 'URL_OBFUSCATED', 'URL_SUSPICIOUS_TLD',
  'URL_DYNAMIC_DNS', 'URL_NO_SCHEME', 'URL_REDACTED', 'URL_RANDOM_HOST', 'URL_FREE_HOSTING',
  'SENDER_MOBILE_WITH_LINK', 'SENDER_INTERNATIONAL', 'SENDER_INTERNATIONAL_BRAND', 'SENDER_ALPHANUMERIC_UNREGISTERED',
  'SENDER_ALPHANUMERIC_BRAND_MISMATCH',
  'OTP_MESSAGE', 'SCAM_AWARENESS', 'CARRIER_INFECTION_NOTICE',
  'MODEL', 'REPUTATION_URL', 'REPUTATION_DOMAIN', 'REPUTATION_PHONE', 'REPUTATION_ALLOWLISTED',
  'ASK_LINK', 'ASK_PERSONAL_DATA', 'ASK_SHARE_CODE', 'ASK_REPLY_YES_NO', 'ASK_MESSENGER', 'ASK_INSTALL',
  'ASK_GIFT_CARD', 'ASK_MONEY', 'ASK_NEW_NUMBER', 'ASK_OWN_CHANNEL', 'SCAM_REPORTED',
  'SENDER_CARRIER', 'SENDER_REGISTERED', 'SENDER_OVERSEAS_ASK', 'ASK_RESOLVE', 'ASK_CRIME_JOB',
  'ASK_INSTITUTION_STRANGER_PAGE', 'SENDER_HANDSET_OFFICE_ASK', 'URL_ACTION_NAME', 'URL_DRESSED_HOST', 'SENDER_HANDSET_STRANGER_PAGE', 'CALLBACK_OPEN_LINE', 'CALLBACK_PERSONAL_LINE',
  'ASK_UNVERIFIED_PAYEE', 'ASK_DOOR_COLLECT', 'ASK_PAID_OFFER', 'ASK_EXTORTION', 'ASK_DATA_STRANGER_PAGE', 'ASK_ATM', 'ASK_HOUSEHOLD_RECON',
  'NEW_NUMBER_OPENER', 'MONEY_PLIGHT', 'ASK_PUBLIC_BODY_STRANGER_PAGE', 'KIND_LOOKALIKE_DOMAIN', 'TEASER_LINK',
  'ASK_ROLE_CHANNEL', 'ROLE_BYPASS', 'ROLE_PERSONAL_LINE',
  'ASK_GOODS_ON_CREDIT', 'ASK_VISIT_SALE', 'VISIT_STAKE', 'SERVICE_FEE_OFF_CHANNEL', 'PUBLIC_FEE_OFF_CHANNEL', 'PUBLIC_BODY_ACCOUNT_ASK', 'ASK_COERCIVE_SALE', 'BUSINESS_VIA_MESSENGER', 'KANA_SPELT',
  'ASK_COACHED_DECEIT', 'COACHED_FOR_MONEY', 'MONEY_KEPT_SECRET', 'WORK_OPENER', 'ASK_KIN_NEW_LINE', 'ASK_STRANGER_TIE', 'ASK_RELAYED_CALL',
  'CLAIM_CHANNEL_ASK', 'MADE_PAGE_ASK', 'MESSENGER_STAKE_ASK', 'MESSENGER_NEW_CONTACT', 'SUPERIOR_UNCHECKED', 'SIGN_IN_HANDED_OVER', 'BUSINESS_FEE_FIRST', 'PREPAID_HANDOVER',
  'PAYOUT_BY_OPERATION', 'VALUE_TOLD_TO_PERSON', 'IDENTITY_BY_REPLY', 'PAYEE_MOVED_AWAY', 'CARD_VALUE_SENT', 'ADVANCE_FEE', 'READER_AS_MULE', 'RIGHT_RESALE_SCHEME', 'ASK_MATTER_OPENER', 'OPENER_STAKE',
  'KIN_MONEY_SCRIPT',
];

export function parseScoreTable(json: unknown): Parsed<ScoreTable> {
  if (typeof json !== 'object' || json === null) return { ok: false, error: 'scores: not an object' };
  const { thresholds, weights } = json as { thresholds?: unknown; weights?: unknown };
  if (typeof thresholds !== 'object' || thresholds === null) return { ok: false, error: 'scores: thresholds missing' };
  const { block, suspicious } = thresholds as { block?: unknown; suspicious?: unknown };
  if (typeof block !== 'number' || typeof suspicious !== 'number' || !(0 < suspicious && suspicious < block && block <= 100)) {
    return { ok: false, error: 'scores: thresholds must satisfy 0 < suspicious < block <= 100' };
  }
  if (typeof weights !== 'object' || weights === null) return { ok: false, error: 'scores: weights missing' };
  const table = weights as Record<string, unknown>;
  const known = new Set<string>(REASON_CODES);
  for (const key of Object.keys(table)) {
    if (!known.has(key)) return { ok: false, error: `scores: unknown reason code '${key}'` };
  }
  for (const code of REASON_CODES) {
    const w = table[code];
    if (typeof w !== 'number' || !Number.isFinite(w) || Math.abs(w) > 100) {
      return { ok: false, error: `scores: weight for ${code} must be a number in -100..100` };
    }
  }
  if ((table.MODEL as number) >= block) {
    return { ok: false, error: 'scores: MODEL weight must stay below the block threshold (the model alone never blocks)' };
  }
  return { ok: true, value: Object.freeze({ thresholds: { block, suspicious }, weights: Object.freeze({ ...table }) as Weights }) };
}

/** Sum of points, clamped to 0..100. */
export function scoreOf(reasons: readonly { weight: number }[]): number {
  let sum = 0;
  for (const r of reasons) sum += r.weight;
  return Math.max(0, Math.min(100, Math.round(sum)));
}

/**
 * The label for a score. Blocking needs evidence beyond the statistical model: a blocked
 * genuine notice costs more than a lure let through as suspicious.
 */
export function verdictFor(score: number, reasons: readonly { code: ReasonCode; weight: number }[], t: ScoreTable['thresholds']): VerdictLabel {
  if (score >= t.block && reasons.some((r) => r.code !== 'MODEL' && r.weight > 0)) return 'block';
  if (score >= t.suspicious) return 'suspicious';
  return 'allow';
}
