// A page built for the message, a sender who vouches for nothing, and a lure that sends the reader there, weighed together.
//
// A lure that names no brand leaves the brand checks nothing to hold against it: no claim, so no channel the claim does
// not own (checks/claim-channel.ts). What it has instead is the page: a host dressed as an official one (a JP registry's
// word worn as a label, nta-go-jp.top, hikin-henkan.gov-jp.org; a name under a private 'jp' registry, jp.net; dots
// written as 。), one named for the instruction it carries (kakunin, henkin), a free host's or a site builder's page
// (telegra.ph, *.jimdofree.com, storage.googleapis.com, forms.gle), a cheap TLD, a raw address, or a shortener that
// hides which of these it is. Sent by a line that vouches for no one (a handset, an 050 line, abroad, an unregistered
// letters ID, or no sender known) beside money, a deadline, a problem or a job or an investment told in the message's
// own words, the link is the only way the message offers to act on what it tells, and nobody we know owns the page:
// summed, each fact alone (ASK_LINK, the host's sign, the handset) reached 40-65 and the rules stopped short of block.
// The pair is the scam's own ask, so it is weighed as one more finding (MADE_PAGE_ASK), up to block and never past it.
//
// Twins that stay as they were: a friend's link to a real shop or a map (its host is nobody's throwaway, and a friend's
// words tell no lure), a small business's own domain (.jp, .com; its .shop, .site, .store or .online for its sale, its
// bookings or its bill: a 'shop-tld' counts only beside a lure or money owed, charged or promised, as a builder's page does), a
// municipal page on a real lg.jp or go.jp (owned), a warning that shows the link defanged (reported), an official
// short link (lin.ee, amzn.asia, r10.to: a brand's own host is never thrown away).
//
// An organisation's own money asked on a page nobody we know owns is the same ask: a page of the kinds above, or any page on
// nobody's domain from a line that vouches for nothing; with no sender known, one named for the money it collects
// (jichikai-kifu, shonen-yakyu-pay, gas-tenken-yoyaku; a body names its own site after itself, aoba-jichikai.org). A club, a school's
// year, a neighbourhood association or a utility speaking (its office-holder naming themself by it, "少年野球チームの会計です",
// "〇〇高校 学年会計より"; or its name as the heading, 【自治会】, 【ガス会社】) from a line that vouches for nothing, and sending
// the reader to a page to pay its dues, a collection, a donation, a fee or a booking deposit (遠征費の集金をオンラインで,
// 寄付金を電子決済で, 予約金1,000円), sends the organisation's money to whoever holds that page: the members' money goes by the
// envelope, the usual account or the school's debit, a utility bills on its own invoice and site, and an association that
// moves its collection online says so on its own notice, not from a handset (the bodies' own warnings in our dev rows say
// as much: "電子決済での受付はしていません", "PayPayなどで集金することはありません"). A page on a brand's own domain
// (PayPay's request link, a city's lg.jp) or a registrant-restricted one is someone's the reader can check, and the same
// notice from a 0005 route or a registered sender is the organisation's own.
//
// Pure: reads the context, the reasons the checks found and the asks blockingAsks let block.
import type { Ask, CheckContext } from '../check.js';
import type { ExtractedUrl, ReasonCode } from '../types.js';
import type { MadePageKind } from './url-suspect.js';
import { hostNamedForMoney, orgCollects } from '../asks/role.js';
import { vouchesForNothing } from './ask-channel.js';

/** A channel someone we know owns, or a claim weighed by the claim checks: then the message is left to them. */
const OWNED: ReadonlySet<ReasonCode> = new Set(['BRAND_OFFICIAL_DOMAIN', 'BRAND_OFFICIAL_SENDER', 'ASK_OWN_CHANNEL', 'SENDER_CARRIER', 'SENDER_REGISTERED', 'CLAIM_CHANNEL_ASK']);

/**
 * What the page is for, told in the message's own words: a problem, a prize, a threat or a payout (any lure), a
 * pressing word, or, as context, money due or released, a fee, a penalty, a deadline, a failure told as the reader's,
 * a job or an investment (data/lures.json). A teaser alone ("これ見て") is TEASER_LINK's, and tells none of these.
 */
const TOLD: ReadonlySet<string> = new Set(['refund-due', 'release', 'fee', 'penalty', 'unless-sent', 'deadline', 'problem-told', 'money-topic', 'work-topic', 'recruit']);
/**
 * Of those, money to be paid, received or made, or a job: what a form on a free host or a builder's page is not for when
 * a club or a class puts its attendance or order form there ("12/12締切です" beside a class's forms.gle link).
 */
const MONEY: ReadonlySet<string> = new Set(['refund-due', 'release', 'fee', 'penalty', 'money-topic', 'work-topic', 'recruit']);

/** How far after a donation word its price cut may stand ("寄附額最大50%OFF", "寄付金額が半額", "donation sale: 40%OFF"). */
const DONATION_CUT_SPAN = 8;

/**
 * The open-link or install ask through a page built for the message, sent by a line that vouches for nothing beside
 * what the page is for, or undefined. `kindOf` is the engine's throwaway classifier (url-suspect.ts createThrowawayHost).
 * A shortener counts only beside a lure or a pressing word (people pass shortened links to ordinary pages with a word
 * of what is there); a free host's or a form service's page beside a lure or money (MONEY); any other page built for the
 * message beside anything TOLD.
 */
export function askThroughMadePage(
  ctx: Pick<CheckContext, 'lures' | 'reported' | 'sender' | 'person' | 'indicators' | 'asks' | 'norm' | 'brands'>,
  found: readonly { readonly code: ReasonCode }[],
  blockingOf: () => readonly Ask[],
  kindOf: (u: ExtractedUrl) => MadePageKind | false,
  strangers: (u: ExtractedUrl) => boolean = () => false,
): Ask | undefined {
  if (ctx.reported || ctx.indicators.urls.length === 0 || !vouchesForNothing(ctx.sender)) return undefined;
  for (const r of found) if (OWNED.has(r.code)) return undefined;
  let lure = false;
  let lureWord = false;
  let told = false;
  let money = false;
  const donations: { index: number; end: number }[] = [];
  const discounts: number[] = [];
  for (const l of ctx.lures) {
    if (l.quoted) continue;
    if (l.category === 'donation') donations.push({ index: l.index, end: l.index + l.cue.length });
    else if (l.category === 'discount') discounts.push(l.index);
    if (l.kind === 'lure' || l.kind === 'pressure') lure = true;
    if (l.kind === 'lure') lureWord = true;
    else if (l.kind === 'context' && TOLD.has(l.category)) {
      told = true;
      if (MONEY.has(l.category)) money = true;
    }
  }
  // An organisation's own money asked on a page (see the head of this file): any page nobody we know owns.
  const org = !ctx.reported && !ctx.person && ctx.indicators.urls.some((u) => orgCollects(ctx, u.raw));
  // A donation is not sold: a price cut on the donation itself, the cut right after it ("寄附額最大50%OFF", "寄付金額が半額",
  // "donation sale: 40%OFF"), is a shop's sale dressed as a public scheme, since a municipality never discounts what is
  // given to it (消費者庁; the towns' own warnings: 「ふるさと納税に『割引』『セール』はありません」). The money it asks is paid
  // on the page, as a fee is. A shop's own sale that gives part of its takings to a cause cuts its goods' price, not a gift.
  if (donations.some((d) => discounts.some((i) => i >= d.end && i - d.end <= DONATION_CUT_SPAN))) told = money = true;
  // A friend's own words ("NISA始めた?", "バイト代入った") tell of money without asking anything for it: only a lure counts there.
  if (!lure && (!told || ctx.person) && !org) return undefined;
  const blocking = blockingOf();
  for (const a of blocking) {
    if ((a.kind !== 'open-link' && a.kind !== 'install') || a.channel.type !== 'url') continue;
    // A link into a messenger (lin.ee, line.me) is weighed as the move it is (ASK_MESSENGER), not as a page.
    const value = a.channel.value;
    if (ctx.asks.some((x) => x.kind === 'messenger' && x.channel.value === value)) continue;
    const u = ctx.indicators.urls.find((x) => x.normalized === a.channel.value);
    if (u === undefined) continue;
    const kind = kindOf(u);
    // An organisation's own money asked on a page nobody we know owns (an ordinary suffix's host too). With no sender
    // known (the corpora strip them; the body's own registered line may have sent it), the page must show itself built for
    // the collection by its name; from a line that vouches for nothing, any page on nobody's domain.
    // (A builder's page and a shop's TLD are weighed below as a shop's own might be.)
    if ((kind === false || kind === 'unvouched') && org && strangers(u) && (ctx.sender !== null || hostNamedForMoney(u.host)) && orgCollects(ctx, u.raw)) return a;
    if (kind === false) continue;
    if (kind === 'shortener' && !lure) continue;
    // A builder's page or a shop's cheap TLD (.shop, .site, .store, .online) is where small shops keep their own sites: a
    // shop's sale, its booking or its deadline ("12/20まで") there is its own; a lure or money owed, charged or promised
    // (a subsidy, a fee, a fine, a payout, a job) is no shop's goods, and the page is the stranger's built for it.
    if ((kind === 'free-hosting' || kind === 'shop-tld') && !lure && !money) continue;
    // Any other host nobody we know owns, vouches for or lends (not a listed brand's or a platform's, not under go.jp,
    // lg.jp or co.jp) on a suffix no ordinary business keeps its own site on (not .jp, .com, .net, .org: .help, .gift,
    // .lat, .fund), beside a lure told in no person's voice (a prize won, a charge unpaid, a line stopped, a parcel held, a
    // benefit to claim): the lure names no one whose site it could be, and the page is its only way to act. A shop's or a
    // clinic's own .com stays its own, whatever it tells; a pressing word alone is a shop's sale ("本日限定"), and a
    // person's lure word is news told, so neither counts.
    if (kind === 'unvouched' && (!lureWord || ctx.person)) continue;
    return a;
  }
  return undefined;
}
