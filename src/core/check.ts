import type { ExtractedUrl, Indicators, Message, NormalizedText, Reason, ReasonCode, ReputationHit, SenderInfo } from './types.js';

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

/**
 * What a cue in data/lures.json is evidence of. 'lure', 'pressure', 'benign' are scored by the
 * lure check; 'ask', 'object', 'verb', 'negation', 'context' feed the ask finders
 * (src/core/asks); 'report' marks a message about a scam; 'register' tells a person's voice
 * from a company's.
 */
export type LureKind = 'lure' | 'pressure' | 'benign' | 'ask' | 'object' | 'verb' | 'negation' | 'context' | 'report' | 'register';

/** A lure category or pressure cue found in the text. */
export interface LureMatch {
  readonly kind: LureKind;
  /** e.g. 'delivery-absence', 'unpaid-charge', 'account-restriction', 'urgency', 'otp', 'scam-awareness'. */
  readonly category: string;
  readonly cue: string;
  /** Where the cue starts in the normalised text. */
  readonly index: number;
  /** Inside text the message quotes or reports (「…」 after "これ詐欺？", a forwarded lure): not the message's own words. */
  readonly quoted: boolean;
}

/** The kinds of thing a message can ask the reader to do (one finder each in src/core/asks). */
export type AskKind =
  | 'open-link' // visit a URL (or "下記より" with the link elsewhere)
  | 'call' // phone a number, written or not
  | 'reply-data' // reply with name, birth date, address…
  | 'secret' // enter or send a password, PIN, card number, code
  | 'share-code' // pass on a code that "arrived by mistake"
  | 'reply-yes-no' // reply Y / YES / 1
  | 'messenger' // move to a LINE ID, Telegram, WhatsApp…
  | 'install' // install an app or a profile
  | 'gift-card' // buy gift cards, send their numbers
  | 'money' // transfer or lend money
  | 'resolve' // pay, confirm, update, read on: an act with no channel written
  | 'join' // take up a job whose work is a crime (lend an account, withdraw with a stranger's card, carry parcels)
  | 'payee' // pay a payee the reader cannot check: a changed or personal account, one sent later, crypto, a fee to release money owed
  | 'collect' // hand cards, a passbook or cash to someone who comes to the door
  | 'offer' // take up an investment or a well-paid "simple" job offered out of the blue
  | 'extort' // reply or pay to stop private images being sent or spread (sextortion, blackmail)
  | 'atm' // go to an ATM to receive a refund or benefit, or to cancel something
  | 'role' // money or a detail asked in an office-holder's voice through a personal channel (this number's PayPay, an account by reply, cash at the door)
  | 'recon' // tell how much cash or gold is kept at home, whether the reader lives alone, when the home is empty, how much is saved (アポ電)
  | 'credit-order' // ship goods now, paid later, to a buyer new to the reader (取り込み詐欺)
  | 'visit-sale' // tell when the reader is home for a visit where money changes hands, unasked (訪問購入, 点検商法)
  | 'coerce-sale' // buy a service for a shop or business told of harm to it (MEO, review removal)
  | 'coach' // tell the bank, a store or the police what the message scripts, or hide the payment from them or the family
  | 'befriend' // go on talking with a writer who is a stranger by their own words (a message sent by mistake, a profile seen)
  | 'relay-call' // take a call announced from an authority and follow the caller's instructions (劇場型: the fake police's relay)
  | 'kin-line' // reach a relative on a line they tell as new, borrowed or with a changed voice (call it, answer here, not the old number)
  | 'opener'; // start a talk (now, or by a call back) about a matter named and held back, in an office's voice, from a line no office texts from

/** Where an ask sends the reader. 'unstated': the message names no channel (the link was elsewhere, "call us"). */
export type AskChannel =
  | { readonly type: 'url'; readonly value: string; readonly host: string }
  | { readonly type: 'phone'; readonly value: string }
  | { readonly type: 'reply'; readonly value: string }
  | { readonly type: 'messenger'; readonly value: string }
  | { readonly type: 'unstated'; readonly value: '' };

/** One thing the message asks, with the cue that shows it and the channel it goes through. */
export interface Ask {
  readonly kind: AskKind;
  /** The cue that shows the ask ('' for a bare link). */
  readonly cue: string;
  readonly channel: AskChannel;
  /** The ask stands inside quoted or reported text. */
  readonly quoted: boolean;
  /** Not said in so many words: a company's name with a stopped or unpaid account asks to put it right. */
  readonly implied?: boolean;
  /** The way named is the sender's own desk (its customer centre, the person in charge), with no number or link written. */
  readonly ownWay?: boolean;
  /**
   * A call offered for the reader's own case, not asked as the way to act on the message (asks/call.ts offeredCall: "ご不明点は
   * …まで", "日程の変更は…まで", "ご都合が悪い場合は…", "緊急時は…へ", "窓口またはお電話で承ります").
   */
  readonly offered?: boolean;
}

/** Everything a check may read; built once per message by the engine. */
export interface CheckContext {
  readonly message: Message;
  readonly norm: NormalizedText;
  readonly indicators: Indicators;
  readonly sender: SenderInfo | null;
  /** Brands the message speaks as (a header, a company's voice); see `mentions`. */
  readonly brands: readonly BrandClaim[];
  /** Brands only named: in a person's message ("Amazonで買った"), or inside a reported scam. */
  readonly mentions: readonly BrandClaim[];
  readonly lures: readonly LureMatch[];
  /** What the message asks the reader to do (src/core/asks). */
  readonly asks: readonly Ask[];
  /** The message warns about, asks about or quotes a scam ("これ詐欺？", 「…」というSMSにご注意). */
  readonly reported: boolean;
  /** The message speaks as a person, with no office's voice (engine.ts personVoice): brands it names are mentions. */
  readonly person: boolean;
  readonly reputation: readonly ReputationHit[];
  /**
   * The engine's sender classifier, registry and all: a number written in the text is its
   * brand's own when the registry lists it for that brand (and not when it was revoked).
   */
  readonly classifySender?: (raw: string) => SenderInfo;
  /**
   * Whether a link's host is named for an instruction (-kakunin, -login) or is a raw address or dynamic
   * DNS: a page made for this message. The engine's url-risk lists answer it (checks/url-suspect.ts).
   */
  readonly madeForMessage?: (u: ExtractedUrl) => boolean;
}

/** One check: a pure function from the context to named reasons. Built by a factory that does the expensive work once. */
export type Check = (ctx: CheckContext) => Reason[];

/** Points per reason code, from data/scores.json. */
export type Weights = Readonly<Record<ReasonCode, number>>;
