// Who the message claims to be, the channel it asks the reader to act through, and what it asks, weighed together.
//
// The other checks weigh each fact alone: a brand or an office claimed (BRAND_CLAIMED, the office's voice), a line,
// a number or a page that identity does not own (BRAND_UNOFFICIAL_SENDER, CALLBACK_OPEN_LINE, BRAND_UNOFFICIAL_DOMAIN…),
// and the ask (CALLBACK_LURE, ASK_PERSONAL_DATA, ASK_LINK…). Summed, a claim whose channel is foreign and an ask
// through that very channel reach 40-65: short of block, so a lure that says nothing else stays at suspicious
// unless the statistical model adds its doubt. Together they are the impersonation itself: the claimed sender does
// not hold the channel, and what the reader is to do there (ring that number, open that page, send data, money or
// a code back to that line) goes to whoever does. So the pair, a foreign channel and a risky ask through it, is
// weighed as one more finding (CLAIM_CHANNEL_ASK), enough for the rules to block.
//
// Pure: reads the context, the reasons the checks found and the asks blockingAsks let block.
import type { Ask, CheckContext } from '../check.js';
import type { ReasonCode } from '../types.js';
import { orgPayee } from '../asks/payee.js';
import { unnamedCashAtDoor } from '../asks/role.js';
import { calmOffer, callAlarm, vouchesForNothing } from './ask-channel.js';

/** The line the message came from is not the claimed sender's: a listed brand's name from a handset, an office's voice from an open line. */
const LINE_NOT_OWNED: ReadonlySet<ReasonCode> = new Set(['BRAND_UNOFFICIAL_SENDER', 'SENDER_HANDSET_OFFICE_ASK', 'SENDER_INTERNATIONAL_BRAND', 'SENDER_ALPHANUMERIC_BRAND_MISMATCH']);
/** …and of those, the ones that name a listed brand (not only an office's voice). */
const BRAND_LINE_NOT_OWNED: ReadonlySet<ReasonCode> = new Set(['BRAND_UNOFFICIAL_SENDER', 'SENDER_INTERNATIONAL_BRAND', 'SENDER_ALPHANUMERIC_BRAND_MISMATCH']);
/**
 * The number it asks to be rung on is not the claimed sender's: an 050 line or one abroad, rented by anyone in minutes
 * (CALLBACK_OPEN_LINE); or a handset for an institution (CALLBACK_PERSONAL_LINE), which may be its own nurse's or
 * officer's phone given from its own landline, so that one counts only beside an asserted problem or a listed brand.
 */
const OPEN_NUMBER: ReasonCode = 'CALLBACK_OPEN_LINE';
const PERSONAL_NUMBER: ReasonCode = 'CALLBACK_PERSONAL_LINE';
/**
 * The page it links to is not the claimed sender's: a look-alike of a listed brand's or an institution kind's name, an
 * institution's or a public body's claim on a stranger's host.
 */
const PAGE_NOT_OWNED: ReadonlySet<ReasonCode> = new Set(['BRAND_LOOKALIKE_DOMAIN', 'ASK_INSTITUTION_STRANGER_PAGE', 'ASK_PUBLIC_BODY_STRANGER_PAGE', 'KIND_LOOKALIKE_DOMAIN']);
/**
 * A listed brand's claim on a host not among its domains: our lists of a brand's domains are not complete (campaign
 * sites, a shop's own site on a builder), so this counts only where the page is also one nobody keeps a site on
 * (`thrownAway`: a phishing-heavy TLD, free hosting, an address, an instruction-named host; not a shortener, which
 * may open the brand's own page).
 */
const UNLISTED_PAGE: ReasonCode = 'BRAND_UNOFFICIAL_DOMAIN';
/** A channel the claim does own: then the message is the claimed sender's own, or mixed, and is left to the other checks. */
const OWNED: ReadonlySet<ReasonCode> = new Set(['BRAND_OFFICIAL_DOMAIN', 'BRAND_OFFICIAL_SENDER', 'ASK_OWN_CHANNEL', 'SENDER_CARRIER', 'SENDER_REGISTERED']);

/** Sent back to the line: a password, a PIN, a card's number, a code or a gift card's number, which no one asks by SMS. */
const HAND_OVER: ReadonlySet<string> = new Set(['secret', 'share-code', 'gift-card']);
/** A payee to be paid: the account is the one the line gives. */
const PAYEE: ReadonlySet<string> = new Set(['payee']);
/**
 * Cash asked at the door in an association's name by a collector who names neither themself nor an office (asks/role.ts
 * unnamedCashAtDoor: "町内会の者です…集金に伺います。現金で"), from a line the office does not own (SENDER_HANDSET_OFFICE_ASK): the
 * association is the claim, the line and the unnamed visitor whoever holds them, and the cash handed over the ask. (A role's
 * other personal channels, this number's PayPay or a collection by 係の者 with no cash named, a real officer may write; they flag.)
 */
const ROLE: ReadonlySet<string> = new Set(['role']);
/**
 * A call back, a payment or a name and an address sent back are ordinary from a shop's, a farm's or a clinic's own
 * handset or 050 line about the reader's order or booking: they are the impersonation's only when the message asserts
 * a problem or presses (a lure or a pressure word of its own), or when the name on it is a listed brand's, which does
 * not text from such a line.
 */
const PRESSED: ReadonlySet<string> = new Set(['call', 'money', 'reply-data']);

type Found = { readonly code: ReasonCode };

/**
 * The ask that goes through a channel the claimed identity does not own, or undefined. `blockingOf` gives the asks that may
 * block (checks/ask-channel blockingAsks): unowned, not quoted, not told of. A "resolve" with no channel and a move to a
 * messenger are left out: a shop's own handset promotes its LINE account as often as a stranger moves the reader off
 * the network (BUSINESS_VIA_MESSENGER and SENDER_OVERSEAS_ASK weigh the move); a Y/N reply gives away only that the
 * number is live, and a shop's or an inn's own line asks it every day (counted only beside an alarm about the reader's
 * account, or a listed brand's problem told from a line it does not own).
 */
export function askThroughUnownedChannel(ctx: Pick<CheckContext, 'lures' | 'reported'> & Partial<Pick<CheckContext, 'norm' | 'sender'>>, found: readonly Found[], blockingOf: () => readonly Ask[], thrownAway: (a: Ask) => boolean): Ask | undefined {
  if (ctx.reported) return undefined;
  let line = false;
  let brandLine = false;
  let openNumber = false;
  let personalNumber = false;
  // A listed brand claimed (BRAND_CLAIMED): its desks are published, and a handset written for it is no nurse's phone.
  let listed = false;
  let roleNumber = false;
  let page = false;
  let unlisted = false;
  for (const r of found) {
    if (OWNED.has(r.code)) return undefined;
    if (LINE_NOT_OWNED.has(r.code)) line = true;
    if (BRAND_LINE_NOT_OWNED.has(r.code)) brandLine = true;
    if (r.code === OPEN_NUMBER) openNumber = true;
    if (r.code === PERSONAL_NUMBER) personalNumber = true;
    // An office-holder's call moved to a personal mobile, its own line said to be down or its contact changed (ROLE_PERSONAL_LINE):
    // a handset the organisation does not own, which tags alone and counts beside a threat or a promise, as an institution's does.
    if (r.code === 'ROLE_PERSONAL_LINE') roleNumber = true;
    if (r.code === 'BRAND_CLAIMED') listed = true;
    if (PAGE_NOT_OWNED.has(r.code)) page = true;
    if (r.code === UNLISTED_PAGE) unlisted = true;
  }
  // An organisation's or a cause's money (a club's, a school's, a clinic's, a relief body's) asked into a payee that is not
  // the organisation's (asks/payee.ts orgPayee: a payment-app ID or the line's own app account, a person's katakana account
  // pressed for today, the officer's own account), from a line that vouches for nothing (a handset, an 050 line, abroad, a
  // letters ID, no sender): the organisation is the claim, the personal payee the channel it does not own, and the payment
  // the ask through it. Bodies collect through their envelope, their own account or their debit and publish it (三次市,
  // さつま町, 金融庁 and PayPay 2024-01-05); the same notice from a registered or 0005 line is owned above.
  const norm = ctx.norm;
  const sender = ctx.sender ?? null;
  const orgOffChannel = norm !== undefined && vouchesForNothing(sender) && orgPayee({ norm, lures: ctx.lures }) !== undefined;
  if (!line && !openNumber && !personalNumber && !roleNumber && !page && !unlisted && !orgOffChannel) return undefined;
  // Worked out only now: most messages carry no contradiction, and the asks that may block take a pass of their own.
  const blocking = blockingOf();
  if (blocking.length === 0) return undefined;
  let pressed = false;
  let alarmed = false;
  let aware = false;
  let accountAlarm = false;
  let knownPayee = false;
  for (const l of ctx.lures) {
    if (l.quoted) continue;
    // A problem, a prize, a refund or a threat the message asserts in its own words; a bare "至急" is a clinic's too.
    if (l.kind === 'lure') pressed = true;
    // For a call back, the alarm or the promise the call is to answer, however it is worded (callAlarm).
    else if (callAlarm(l)) alarmed = true;
    // An alarm about the reader's own account, card or line: accused ("お客様の口座"), a security alert or a restriction.
    if (l.category === 'accused' || l.category === 'security-alert' || l.category === 'account-restriction') accountAlarm = true;
    // A message that names the scam in its own words ("…scam iyon. Tawagan mo ako") warns of the refund it mentions.
    if (l.category === 'scam-awareness') aware = true;
    // "いつもの口座で": the account the reader already pays into is theirs to know, not the line's.
    if (l.category === 'known-payee') knownPayee = true;
  }
  alarmed &&= !aware;
  accountAlarm &&= !aware;
  // The message says in its own words what it never asks ("※本SMSで口座番号等をお尋ねすることはありません", a never-ask cue outside
  // any quote) and asserts no problem, presses nothing and raises no alarm: the real office's refusal, which 警察庁 and 全銀協 tell
  // the reader to expect (https://www.zenginkyo.or.jp/abstract/efforts/smishing/); no lure of the Japanese sets writes one beside
  // its own ask. A listed brand's calm call from a line it does not own then tags (BRAND_UNOFFICIAL_SENDER) and is not lifted.
  const refuses = !pressed && !alarmed && !accountAlarm && ctx.lures.some((l) => !l.quoted && l.category === 'never-ask');
  // A call offered for the reader's own case (asks/call.ts offeredCall: questions, a change to a booked visit, an emergency, one
  // way among others), in a message that asserts no problem, raises no alarm and presses nothing, asks nothing through the line:
  // the notice (a visit booked, a registration done, a bill posted) stands without the call, and the reader who rings for their
  // own question chooses the number. A listed brand's name on a line it does not own (brandLine) still tags; the offer alone
  // is no impersonation's ask (checks/ask-channel.ts calmOffer). Beside a lure, an alarm or haste the same offer is the callback
  // lure's way out, and counts.
  const asked = (a: Ask): boolean => !refuses && !calmOffer(ctx, a);
  for (const a of blocking) {
    const via = a.channel.type;
    if (via === 'reply' && orgOffChannel && PAYEE.has(a.kind) && !knownPayee) return a;
    if (via === 'reply' && line) {
      if (HAND_OVER.has(a.kind)) return a;
      if ((PAYEE.has(a.kind) || a.kind === 'money') && knownPayee) continue;
      if (PAYEE.has(a.kind)) return a;
      if (ROLE.has(a.kind) && ctx.norm !== undefined && unnamedCashAtDoor({ norm: ctx.norm, lures: ctx.lures })) return a;
      if (PRESSED.has(a.kind) && (pressed || (brandLine && asked(a)) || (a.kind === 'call' && alarmed))) return a;
      // A Y/N reply is an inn's or a shop's every day; not beside an alarm about the reader's own account or money
      // ("お客様の口座から高額送金の申請がありました。身に覚えがなければ「0」を返信"): the reply is the fake bank's first call.
      // Nor from a line a listed brand does not own (brandLine: not a small shop's own handset) beside a problem the message
      // asserts with the reader's parcel, account or bill ("【日本郵便】…保管期限が過ぎるため返送…「1」とだけ返信" from 090-…):
      // the brand's notices come from its registered senders, and the reply tells the line's holder the number is live
      // and its reader worried, the opening of the call or the page that follows.
      if (a.kind === 'reply-yes-no' && (accountAlarm || (brandLine && pressed))) return a;
    }
    // A number written by a line the claim does not own is that line holder's to give: rung beside an asserted problem or a listed brand.
    if (a.kind === 'call' && via === 'phone' && (openNumber || ((personalNumber || line) && (pressed || alarmed || (brandLine && asked(a)))) || (personalNumber && listed) || (roleNumber && (pressed || alarmed)))) return a;
    if ((a.kind === 'open-link' || a.kind === 'install') && via === 'url' && (page || (unlisted && thrownAway(a)))) return a;
  }
  return undefined;
}
