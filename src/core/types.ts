// Shared vocabulary of the analysis engine. Everything in src/core is pure:
// values in, values out; data (brands, lures, weights) is passed in, never read here.

/** What a normalised message looks like to the checks. */
export interface NormalizedText {
  /** The message exactly as received, for display. */
  readonly original: string;
  /** NFKC, zero-width/bidi stripped, look-alike punctuation folded; case kept. */
  readonly text: string;
  /** `text` lower-cased, for case-blind matching of names and cues. */
  readonly lower: string;
  /** `text` with defanging undone (hxxp, [.], (.), [:]) and spaces inside URLs closed; URL extraction reads this. */
  readonly forUrls: string;
  /** Obfuscation tricks found while normalising (e.g. 'zero-width', 'fullwidth', 'defanged', 'bidi'). */
  readonly tricks: readonly NormalizationTrick[];
  /**
   * The text is only ASCII and plain Japanese (NFKC_PLAIN in src/core/normalize): no letter with
   * a diacritic, none with a case but A–Z. Lets later steps skip scans that would find nothing.
   */
  readonly plain: boolean;
}

export type NormalizationTrick =
  | 'fullwidth'
  | 'zero-width'
  | 'bidi'
  | 'lookalike-punctuation'
  | 'defanged'
  | 'space-in-url'
  | 'dot-substitute'
  | 'filler';

export interface ExtractedUrl {
  /** As it stood in the text (after NFKC), for display and sharing. */
  readonly raw: string;
  /** Canonical form: scheme added when missing, host lower-case and punycode (ASCII). */
  readonly normalized: string;
  /** Host as ASCII (punycode for IDN); an IPv4/IPv6 literal for raw-IP hosts. */
  readonly host: string;
  /** Host in Unicode when it was an IDN, else same as host. */
  readonly hostUnicode: string;
  /** Registrable domain (eTLD+1, private suffixes honoured), null for IP hosts. */
  readonly domain: string | null;
  /** Public suffix, e.g. 'com', 'co.jp', 'duckdns.org'. */
  readonly suffix: string | null;
  readonly hadScheme: boolean;
  readonly isIp: boolean;
  readonly isIdn: boolean;
  /** Known URL shortener (from data/shorteners.json). */
  readonly isShortener: boolean;
  /** `http://bank.co.jp@evil.example/` style: text before '@' that looks like a host. */
  readonly userinfoHost: string | null;
  /** The source replaced the rest of the link with a placeholder ([redacted], ***, <URL>, ~). */
  readonly redacted: boolean;
  readonly path: string;
}

export type PhoneKind =
  | 'mobile' // 070/080/090 (and 11-digit 060)
  | 'ip-phone' // 050
  | 'fixed' // 0[1-9]… geographic
  | 'toll-free' // 0120, 0800
  | 'navi-dial' // 0570
  | 'carrier-common' // 0005 + 4-6 digits (8–10 digits in all), shown alike by every carrier
  | 'premium' // 0990
  | 'pager' // 020
  | 'short-code' // 3–6 digits, e.g. 7726
  | 'international' // +… not +81, or 010…
  | 'alphanumeric' // sender ID with letters
  | 'unknown';

/** The route a sender kind implies: who could have sent it. */
export type SenderRoute = 'domestic-handset' | 'aggregator' | 'overseas' | 'unknown';

export interface PhoneNumber {
  /** As written. */
  readonly raw: string;
  /** Digits only in national form (0…) for Japanese numbers, E.164 (+…) for foreign ones, the ID itself for alphanumerics. */
  readonly normalized: string;
  /** E.164 where it has one (+8190…), else null. */
  readonly e164: string | null;
  readonly kind: PhoneKind;
  readonly country: string | null;
}

/**
 * How far the sender itself can be trusted, before the text is read. Domestic routes can't
 * spoof 0005 numbers or carrier short codes; alphanumeric IDs and overseas numbers can be
 * anything, so they earn no credit by themselves.
 */
export type SenderTier =
  | 'carrier' // a carrier's own short code (151, 157, 113…)
  | 'registered-business' // a 0005 number or sender ID listed in the sender registry for named brands
  | 'business-number' // 0005 / 0120 / 0570 / fixed / 050 not in the registry: an aggregator route, owner unknown
  | 'alphanumeric' // a letters ID: spoofable, neutral on its own
  | 'domestic-mobile' // 090/080/070: a person, or an infected handset
  | 'overseas' // an international number
  | 'unknown';

export interface SenderInfo extends PhoneNumber {
  readonly route: SenderRoute;
  readonly tier: SenderTier;
  /** Brand ids the sender registry lists for this exact sender; empty when it lists none. */
  readonly brandIds: readonly string[];
  /** An operator revoked this sender's listing: no list (brands' own included) vouches for it. */
  readonly revoked?: true;
}

export interface Indicators {
  readonly urls: readonly ExtractedUrl[];
  /** Registrable domains of urls, deduplicated, in order of appearance. */
  readonly domains: readonly string[];
  /** Phone numbers found in the text (call-back lures carry no URL). */
  readonly phones: readonly PhoneNumber[];
  readonly emails: readonly string[];
}

/** Machine-readable reason codes. Names live in code; their weights live in data/scores.json. */
export type ReasonCode =
  // brand impersonation (src/core/brands)
  | 'BRAND_CLAIMED'
  | 'BRAND_UNOFFICIAL_DOMAIN'
  | 'BRAND_LOOKALIKE_DOMAIN'
  | 'BRAND_UNOFFICIAL_SENDER'
  | 'BRAND_OFFICIAL_DOMAIN'
  | 'BRAND_OFFICIAL_SENDER'
  // lures and pressure (src/core/lures)
  | 'LURE'
  | 'PRESSURE'
  | 'CREDENTIAL_REQUEST'
  | 'CALLBACK_LURE'
  | 'BRAND_LURE'
  // URL tricks (src/core/checks/url-suspect)
  | 'URL_SHORTENER'
  | 'URL_IP_HOST'
  | 'URL_IDN'
  | 'URL_USERINFO'
  | 'URL_OBFUSCATED'
  | 'URL_SUSPICIOUS_TLD'
  | 'URL_DYNAMIC_DNS'
  | 'URL_NO_SCHEME'
  | 'URL_REDACTED'
  | 'URL_RANDOM_HOST'
  /** A registered name made of an instruction word (kakunin, kaijo, login, verify). */
  | 'URL_ACTION_NAME'
  | 'URL_DRESSED_HOST'
  | 'URL_FREE_HOSTING'
  // sender route (src/core/checks/sender-route)
  | 'SENDER_MOBILE_WITH_LINK'
  | 'SENDER_INTERNATIONAL'
  | 'SENDER_INTERNATIONAL_BRAND'
  | 'SENDER_ALPHANUMERIC_UNREGISTERED'
  | 'SENDER_ALPHANUMERIC_BRAND_MISMATCH'
  | 'SENDER_CARRIER'
  | 'SENDER_REGISTERED'
  // benign evidence (negative weights)
  | 'OTP_MESSAGE'
  | 'SCAM_AWARENESS'
  | 'CARRIER_INFECTION_NOTICE'
  // model and reputation
  | 'MODEL'
  | 'REPUTATION_URL'
  | 'REPUTATION_DOMAIN'
  | 'REPUTATION_PHONE'
  /** A reported indicator its owner proved theirs (an accepted appeal): named, weighs nothing. */
  | 'REPUTATION_ALLOWLISTED'
  // what the message asks, weighed against whose channel it goes through (src/core/checks/ask-channel)
  | 'ASK_LINK'
  /** A named institution (listed among our brands or not) linking to a page anyone made in minutes, from a sender that does not vouch for it. */
  | 'ASK_INSTITUTION_STRANGER_PAGE'
  /** A public body we do not list (a municipality's department, a tax or water office) linking anywhere but a government domain. */
  | 'ASK_PUBLIC_BODY_STRANGER_PAGE'
  /** A host that spells the kind of institution the message speaks as (uji-suido, jidoushazei, zenshin) and is not its own site. */
  | 'KIND_LOOKALIKE_DOMAIN'
  /** A handset or overseas number linking to a phishing-heavy TLD, a raw IP, dynamic DNS or an instruction-named host. */
  | 'SENDER_HANDSET_STRANGER_PAGE'
  | 'CALLBACK_OPEN_LINE'
  | 'CALLBACK_PERSONAL_LINE'
  | 'ASK_PERSONAL_DATA'
  | 'ASK_SHARE_CODE'
  | 'ASK_REPLY_YES_NO'
  | 'ASK_MESSENGER'
  | 'ASK_INSTALL'
  | 'ASK_GIFT_CARD'
  | 'ASK_MONEY'
  | 'ASK_NEW_NUMBER'
  /** Money for the writer's own need (a loan, a shortfall, paying on their behalf) asked today, for a third party's fee, with their own way to pay stopped, "only you", or into a given account. */
  | 'MONEY_PLIGHT'
  /** A relative's voice (kinship word, "息子です", a relative kept out) asking money with a mark of the オレオレ script: a trouble, secrecy, a stand-in collector, a line told new or broken. */
  | 'KIN_MONEY_SCRIPT'
  /** A relative addressed by kinship ("母さん、") told of a new number and asked to save it, drop the old one or hear a favour later: the opener, no ask yet. */
  | 'NEW_NUMBER_OPENER'
  /** A short text asking only whether the reader is at work, with a matter held back or a bare reply asked: the business-impersonation opener, no ask yet. */
  | 'WORK_OPENER'
  /** Beside a superior's ask (ASK_ROLE_CHANNEL, ASK_GIFT_CARD): the superior out of reach or hidden from the company, or the chat's invite sent to this line (src/core/asks/role.ts superiorUnchecked). */
  | 'SUPERIOR_UNCHECKED'
  /** Beside CREDENTIAL_REQUEST: an account's sign-in (ID with password, approval password, token number) or a remote-control app's number told to a person (src/core/asks/secret.ts signInHandOver). */
  | 'SIGN_IN_HANDED_OVER'
  /** Beside CREDENTIAL_REQUEST: a payment card's number, data, back code or picture (a passport's beside it), a cash card's number copied down, a door's code beside the hours at home or a spare key's place, told to a person by reply, photo, messenger or a call (src/core/asks/secret.ts valueToPerson). */
  | 'VALUE_TOLD_TO_PERSON'
  /** Beside ASK_PERSONAL_DATA from a line that vouches for nothing: an identity paper's picture or number, the family's contacts or workplace, a birth date beside a name or a number, or a name with an age and where the reader lives, or, in an organisation's words, the meter slip or its numbers, a house's title papers or a list of the reader's property or savings, asked sent back to that line (src/core/asks/papers.ts papersByReply). */
  | 'IDENTITY_BY_REPLY'
  /** Beside ASK_UNVERIFIED_PAYEE: a fee asked of the reader's business before a loan, a certificate or a subsidy, or a levy into an account in place of its slip (src/core/asks/payee.ts businessFeeFirst). */
  | 'BUSINESS_FEE_FIRST'
  /** Beside ASK_UNVERIFIED_PAYEE: money asked first to a stranger for a thing handed over only after it (keys, a viewing, a pickup's car, a ticket, a room, a tour) off any platform, or a fee before the reader's own thing or refund is released through a payee they cannot see (src/core/asks/prepay.ts). */
  | 'PREPAID_HANDOVER'
  /** Beside ASK_UNVERIFIED_PAYEE: between people, a payee moved away from the one the reader knows (a third person's account, one told as changed or new) with a second sign (src/core/asks/moved-payee.ts). */
  | 'PAYEE_MOVED_AWAY'
  /** Beside ASK_UNVERIFIED_PAYEE: a fee asked first for a benefit the message promises the reader (a prize, a loan, a job, a scholarship, a grant, returns, free goods; src/core/asks/prepay.ts feeBeforeBenefit). */
  | 'ADVANCE_FEE'
  /** Beside ASK_GIFT_CARD: cards the reader is asked to buy (by a verb, their worth or their count) with their numbers, codes, backs or photos sent back through this line, whoever asks (src/core/asks/gift-card.ts cardValueSent). */
  | 'CARD_VALUE_SENT'
  /** Beside ASK_CRIME_JOB, the crime named as the task: the reader's own account, card, phone line, SNS account or name
   * sold, lent or handed over, or the reader as the pickup, the carrier or the withdrawal, for pay (asks/join.ts readerAsMule). */
  | 'READER_AS_MULE'
  /** Beside an ask of the message: a right (a care home's 入居権, a grave's 永代供養権, a membership, 社債, 未公開株) sold with a buy-back at a multiple promised, asked handed over for a reward, or its 名義 told misused and settled for money: the 権利商法 and its 劇場型勧誘 (src/core/asks/right-resale.ts). */
  | 'RIGHT_RESALE_SCHEME'
  /** A relative (called by a kinship word, or naming themself as one) on a line told as new, borrowed or with a changed voice, asking to be called or answered on it, or not on the old number (src/core/asks/kin-line). */
  | 'ASK_KIN_NEW_LINE'
  /** A stranger by their own words (sent by mistake, a profile seen, an old acquaintance unnamed) asking to be friends, to chat or to swap LINE (src/core/asks/stranger-tie). */
  | 'ASK_STRANGER_TIE'
  /** A call announced from an authority (the police, a ministry, the bankers' association, a recorded voice) with the reader told to follow the caller's instructions (src/core/asks/relay-call). */
  | 'ASK_RELAYED_CALL'
  /** A talk asked (now, or by a call back) about a matter named and held back, in an office's voice with no person named, from a handset, an 050 line or a number abroad, or by an organisation named only by its kind (src/core/asks/opener). */
  | 'ASK_MATTER_OPENER'
  /** Beside ASK_MATTER_OPENER, the opener carries money (a bill, a charge, an estate), a threat, a deadline or an institution's claim (asks/opener.ts openerStake). */
  | 'OPENER_STAKE'
  | 'ASK_OWN_CHANNEL'
  // quoted and reported scams (src/core/checks/ask-channel)
  | 'SCAM_REPORTED'
  // sender trust tiers (src/core/checks/sender-trust)
  | 'SENDER_CARRIER'
  | 'SENDER_REGISTERED'
  | 'SENDER_OVERSEAS_ASK'
  /** An office's problem (a debt, a stopped account, a legal threat…) told from a handset, an 050 line or abroad, asking a call, a reply or a messenger move. */
  | 'SENDER_HANDSET_OFFICE_ASK'
  | 'ASK_RESOLVE'
  // a job whose work is a crime, offered to the reader (src/core/asks/join)
  | 'ASK_CRIME_JOB'
  /** Pay a payee the reader cannot check (src/core/asks/payee): a changed or personal account, one sent later, crypto, a fee to release money owed. */
  | 'ASK_UNVERIFIED_PAYEE'
  /** Hand cards, a passbook or cash to someone coming to the door (src/core/asks/collect). */
  | 'ASK_DOOR_COLLECT'
  /** Take up an investment or a well-paid "simple" job offered out of the blue (src/core/asks/offer). */
  | 'ASK_PAID_OFFER'
  /** Go to an ATM to receive a refund or benefit, or to cancel something (src/core/asks/atm): an ATM only pays out what the card holds. */
  | 'ASK_ATM'
  /** Tell how much cash or gold is kept at home, whether there is a safe, whether the reader lives alone, when the home is empty or how much is saved (src/core/asks/recon): the アポ電 before a robbery or a fraud. */
  | 'ASK_HOUSEHOLD_RECON'
  /** Ship goods now, paid later, to a buyer new to the reader (src/core/asks/commerce): 取り込み詐欺. */
  | 'ASK_GOODS_ON_CREDIT'
  /** Tell when the reader is home for an unasked visit where money changes hands (src/core/asks/commerce): 訪問購入, 点検商法. */
  | 'ASK_VISIT_SALE'
  /** Beside it, a penalty or a danger told of the home, jewellery asked beside a buy, or cash on the day (src/core/asks/commerce visitStake). */
  | 'VISIT_STAKE'
  | 'SERVICE_FEE_OFF_CHANNEL'
  | 'PUBLIC_FEE_OFF_CHANNEL'
  | 'PUBLIC_BODY_ACCOUNT_ASK'
  /** Beside ASK_ATM or ASK_INSTALL, a refund or a service made to need the reader to work an ATM or a money app on someone's
   * guidance, or to install an app for a refund (asks/atm.ts guidedOperation, asks/install.ts refundByInstall), or a refund received
   * by the reader's own send (asks/refund.ts refundBySending); beside ASK_UNVERIFIED_PAYEE, an overpaid sum asked sent back
   * (overpaidSentBack): 還付金詐欺's and 返金詐欺's shape. */
  | 'PAYOUT_BY_OPERATION'
  /** Buy a service for a shop or business told of harm to it (src/core/asks/commerce): MEO and review-removal selling. */
  | 'ASK_COERCIVE_SALE'
  /** A recruiter's or employer's voice moving the applicant to a messenger account (checks/ask-channel businessViaMessenger). */
  | 'BUSINESS_VIA_MESSENGER'
  /** The whole message spelt in katakana, word by word, with a way to act (checks/kana-spelt): written to slip past word filters. */
  | 'KANA_SPELT'
  /** A script for the bank's, a store's or the police's question, or a ban on telling them (src/core/asks/coach). */
  | 'ASK_COACHED_DECEIT'
  /** Beside it, the money the script or the secret serves (checks/ask-channel). */
  | 'COACHED_FOR_MONEY'
  /** Money asked with trouble told and kept from the family or anyone (src/core/asks/coach). */
  | 'MONEY_KEPT_SECRET'
  /** A claimed identity's channel (line, number, page) is foreign and a risky act is asked through it (checks/claim-channel). */
  | 'CLAIM_CHANNEL_ASK'
  /** A page built for the message, sent by a line that vouches for nothing beside money, a deadline, a problem or a job told (checks/made-page). */
  | 'MADE_PAGE_ASK'
  /** A move to a messenger account from a line that vouches for nothing, tied to money, an offer, a job, goods, data or a secret (checks/messenger-stake). */
  | 'MESSENGER_STAKE_ASK'
  /** An old acquaintance's new contact given as a messenger account with nothing at stake, after a long gap: flags only (checks/messenger-stake). */
  | 'MESSENGER_NEW_CONTACT'
  /** Type a household's personal data into a page anyone can make (free hosting, forms), claiming no one (checks/ask-channel). */
  | 'ASK_DATA_STRANGER_PAGE'
  /** Reply or pay to stop private images or a recording being sent or spread (src/core/asks/extort). */
  | 'ASK_EXTORTION'
  /** A link hiding where it leads, from a line that vouches for no one, with nothing but a generic teaser around it (checks/ask-channel). */
  | 'TEASER_LINK'
  // an office-holder's voice asking money or a detail through a personal channel (src/core/asks/role.ts), and secrecy from the usual party beside it
  | 'ASK_ROLE_CHANNEL'
  | 'ROLE_BYPASS'
  | 'ROLE_PERSONAL_LINE';

/** One named, explainable piece of evidence with the points it contributes. */
export interface Reason {
  readonly code: ReasonCode;
  /** Points toward the score; negative for benign evidence. */
  readonly weight: number;
  readonly en: string;
  readonly ja: string;
  /** Structured evidence: which brand, which domain, which lure category… */
  readonly detail?: Readonly<Record<string, string | number | boolean | readonly string[]>>;
}

export type VerdictLabel = 'block' | 'suspicious' | 'allow';

export interface Analysis {
  readonly verdict: VerdictLabel;
  /** 0–100. */
  readonly score: number;
  readonly reasons: readonly Reason[];
  readonly indicators: Indicators;
  readonly sender: SenderInfo | null;
}

export interface Message {
  readonly text: string;
  /** Sender as shown to the recipient: a number, a short code or an alphanumeric ID. */
  readonly from?: string;
}

/** Known-bad indicators from reports and feeds; injected so the engine stays pure. */
export interface ReputationLookup {
  url?(normalizedUrl: string): ReputationHit | undefined;
  domain?(domain: string): ReputationHit | undefined;
  phone?(normalizedNumber: string): ReputationHit | undefined;
}

export interface ReputationHit {
  readonly kind: 'url' | 'domain' | 'phone';
  readonly value: string;
  /** How many independent reports or feeds name it. */
  readonly reports: number;
  /** 'suspected' | 'confirmed' from reports and analysts; 'allowlisted' when the allow-list overrides it. */
  readonly source?: string;
}
