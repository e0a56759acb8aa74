// One decision per message in the network's path (issue 11): the engine's verdict (with
// trusted reputation already in it), the sender policy of the route the message came by, and
// the recipient's filtering consent give one action. Pure: the caller reads consent and runs
// the engine; the policy is data (src/firewall/policy.ts reads and validates it).
import type { Analysis, PhoneKind, SenderInfo, VerdictLabel } from '../types.js';

/** pass: relayed untouched; tag: relayed with a warning prefix; block: refused or dropped; hold: kept for review. */
export type FirewallAction = 'pass' | 'tag' | 'block' | 'hold';

/** How strong an action is: when several rules speak, the strongest wins. */
const SEVERITY: Readonly<Record<FirewallAction, number>> = { pass: 0, tag: 1, hold: 2, block: 3 };

export type SenderFindingCode =
  /** An international route presenting a Japanese number (IR.70/IR.71 spoofing). */
  | 'SENDER_INTL_DOMESTIC_NUMBER'
  /** An international route presenting the sender ID a domestic brand registered. */
  | 'SENDER_INTL_BRAND_ID'
  /** A registered brand's alphanumeric ID from an ESME not registered to send it. */
  | 'SENDER_ID_NOT_REGISTERED_FOR_ESME'
  /** A 0005 carrier-common number from an ESME other than its registered aggregator. */
  | 'SENDER_0005_NOT_REGISTERED_FOR_ESME';

export type DecisionReasonCode =
  | 'FILTERING_OFF'
  | 'SENDER_ALLOW_LISTED'
  | 'NOT_TEXT'
  | 'VERDICT_BLOCK'
  | 'VERDICT_SUSPICIOUS'
  | 'VERDICT_ALLOW'
  | 'REPUTATION'
  | SenderFindingCode;

export interface DecisionReason {
  readonly code: DecisionReasonCode;
  /** What this reason alone asks for. */
  readonly action: FirewallAction;
  readonly detail?: Readonly<Record<string, string | readonly string[]>>;
}

/** The ESME a message came from, as the policy describes it. */
export interface EsmeProfile {
  readonly systemId: string;
  /** 'international' for interconnect from abroad: domestic numbers and brand IDs are not theirs to present. */
  readonly route: 'domestic' | 'international';
  /** Brand ids (data/brands.json) whose alphanumeric sender IDs this ESME is registered to send. */
  readonly brands: readonly string[];
  /** 0005 numbers (national form, 0005…) registered to this ESME. */
  readonly carrierCommon: readonly string[];
}

export interface ActionPolicy {
  /** Action for each engine verdict. */
  readonly verdicts: Readonly<Record<VerdictLabel, FirewallAction>>;
  /** Action for a sender-policy finding. */
  readonly senderPolicy: FirewallAction;
  /** Action when the text names an indicator trusted as bad (reports, feeds, analysts). */
  readonly reputation: FirewallAction;
  /** Senders (as written in source_addr, national form for Japanese numbers) never filtered. */
  readonly allowSenders: ReadonlySet<string>;
}

export interface DecisionInput {
  /** null when the message carries no text this platform reads (binary, unknown coding). */
  readonly analysis: Analysis | null;
  /** The sender as classified (the engine's, or classifySender's when there is no text). */
  readonly sender: SenderInfo | null;
  /** The ESME it came from; null when the route is not known (an SMSC asking over the API): no sender policy. */
  readonly esme: EsmeProfile | null;
  /** The recipient's filtering consent: false passes every message untouched. */
  readonly filtering: boolean;
  readonly policy: ActionPolicy;
}

export interface Decision {
  readonly action: FirewallAction;
  readonly reasons: readonly DecisionReason[];
}

const DOMESTIC_KINDS: ReadonlySet<PhoneKind> = new Set(['mobile', 'ip-phone', 'fixed', 'toll-free', 'navi-dial', 'carrier-common', 'premium', 'pager']);

/** What the route and the ESME's registrations say about the sender, before the text is read. */
export function senderFindings(sender: SenderInfo | null, esme: EsmeProfile): { code: SenderFindingCode; detail: Record<string, string | readonly string[]> }[] {
  if (!sender) return [];
  const brandIds = sender.brandIds;
  if (esme.route === 'international') {
    if (DOMESTIC_KINDS.has(sender.kind)) return [{ code: 'SENDER_INTL_DOMESTIC_NUMBER', detail: { kind: sender.kind } }];
    if (sender.kind === 'alphanumeric' && brandIds.length > 0) return [{ code: 'SENDER_INTL_BRAND_ID', detail: { brands: brandIds } }];
    return [];
  }
  if (sender.kind === 'alphanumeric' && brandIds.length > 0 && !brandIds.some((b) => esme.brands.includes(b))) {
    return [{ code: 'SENDER_ID_NOT_REGISTERED_FOR_ESME', detail: { brands: brandIds } }];
  }
  if (sender.kind === 'carrier-common' && !esme.carrierCommon.includes(sender.normalized)) {
    return [{ code: 'SENDER_0005_NOT_REGISTERED_FOR_ESME', detail: { number: sender.normalized } }];
  }
  return [];
}

const REPUTATION_CODES = new Set(['REPUTATION_URL', 'REPUTATION_DOMAIN', 'REPUTATION_PHONE']);

export function decide(input: DecisionInput): Decision {
  const { analysis, sender, esme, policy } = input;
  // Consent first: a line that turned filtering off gets everything as it was sent.
  if (!input.filtering) return { action: 'pass', reasons: [{ code: 'FILTERING_OFF', action: 'pass' }] };
  if (sender && (policy.allowSenders.has(sender.normalized) || policy.allowSenders.has(sender.raw))) {
    return { action: 'pass', reasons: [{ code: 'SENDER_ALLOW_LISTED', action: 'pass' }] };
  }
  const reasons: DecisionReason[] = [];
  for (const f of esme ? senderFindings(sender, esme) : []) reasons.push({ code: f.code, action: policy.senderPolicy, detail: f.detail });
  if (analysis === null) {
    reasons.push({ code: 'NOT_TEXT', action: 'pass' });
  } else {
    if (analysis.verdict === 'block') reasons.push({ code: 'VERDICT_BLOCK', action: policy.verdicts.block, detail: { reasons: analysis.reasons.filter((r) => r.weight > 0).map((r) => r.code) } });
    else if (analysis.verdict === 'suspicious') reasons.push({ code: 'VERDICT_SUSPICIOUS', action: policy.verdicts.suspicious, detail: { reasons: analysis.reasons.filter((r) => r.weight > 0).map((r) => r.code) } });
    else if (policy.verdicts.allow !== 'pass') reasons.push({ code: 'VERDICT_ALLOW', action: policy.verdicts.allow });
    const hits = analysis.reasons.filter((r) => REPUTATION_CODES.has(r.code)).map((r) => r.code);
    if (hits.length > 0) reasons.push({ code: 'REPUTATION', action: policy.reputation, detail: { reasons: hits } });
  }
  let action: FirewallAction = 'pass';
  for (const r of reasons) if (SEVERITY[r.action] > SEVERITY[action]) action = r.action;
  return { action, reasons };
}
