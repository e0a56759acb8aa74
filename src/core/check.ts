import type { Indicators, Message, NormalizedText, Reason, ReasonCode, ReputationHit, SenderInfo } from './types.js';

/** A brand the message text claims to be, found by the brand matcher. */
export interface BrandClaim {
  readonly brandId: string;
  /** Display name in Japanese, e.g. '三菱UFJ銀行'. */
  readonly name: string;
  readonly nameEn: string;
  /** The variant that matched, as found in the normalised text. */
  readonly matched: string;
  /** Where the claim stands: a 【bracketed】 header is a stronger claim than a passing mention. */
  readonly prominent: boolean;
}

export type LureKind = 'lure' | 'pressure' | 'credential' | 'callback' | 'benign';

/** A lure category or pressure cue found in the text. */
export interface LureMatch {
  readonly kind: LureKind;
  /** e.g. 'delivery-absence', 'unpaid-charge', 'account-restriction', 'urgency', 'otp', 'scam-awareness'. */
  readonly category: string;
  readonly cue: string;
}

/** Everything a check may read; built once per message by the engine. */
export interface CheckContext {
  readonly message: Message;
  readonly norm: NormalizedText;
  readonly indicators: Indicators;
  readonly sender: SenderInfo | null;
  readonly brands: readonly BrandClaim[];
  readonly lures: readonly LureMatch[];
  readonly reputation: readonly ReputationHit[];
}

/** One check: a pure function from the context to named reasons. Built by a factory that does the expensive work once. */
export type Check = (ctx: CheckContext) => Reason[];

/** Points per reason code, from data/scores.json. */
export type Weights = Readonly<Record<ReasonCode, number>>;
