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
// An organisation's own business with its customer asked on such a page is the same ask, named or unnamed (customersBusiness:
// session page41, dev batch-41): a dental clinic's recall asking the insurance card and the card number registered at
// dental-recall.cfd, a swimming school's parents' accounts re-registered at swim-furikae.online/login, a studio's unpaid data
// purchase at photo-data.store-dl.com, a property's hold deposit at bukken-kariosae.com.tw-room.top, a salon's re-booking at
// trimming-yoyaku.pages-jp.dev, a seat fee at zipair-seat.help/pay, a compensation claim at flight-claim-eu.help. A clinic, a
// school, a studio, a managing agent or an airline does that on its own site; the page here is a throwaway, dressed as another
// address (url-suspect.ts readsAsOtherAddress) or on a suffix no ordinary business keeps. A shop's own sale, order, bill or form
// on its .shop or a form service stays its own, and so does a club's insurance form: only a payment card's number, a PIN, a
// password or a sign-in asked again counts there (and, on a shop's TLD, money told as owed).
//
// Pure: reads the context, the reasons the checks found and the asks blockingAsks let block.
import type { Ask, CheckContext } from '../check.js';
import type { ExtractedUrl, ReasonCode } from '../types.js';
import type { MadePageKind } from './url-suspect.js';
import { hostNamedForMoney, orgCollects } from '../asks/role.js';
import { luresOfCategory, sentenceAt, tellsOfScam } from '../asks/types.js';
import { vouchesForNothing } from './ask-channel.js';
import { gated } from '../match/literals.js';

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

// A customer's business with an organisation, asked of the reader on the linked page (customersBusiness below), in the
// languages the residents read. Money paid for the organisation's service, booking or goods: a settlement, a deposit, a fare.
const BUSINESS_PAY = /決済|支払|入金|振込|振り込|預り金|預かり金|手付金|内金|前金|申込金|予約金|デポジット|\bdeposit\b|\bpay(?:ment)?\b|\bsettle|\bfare\b|付款|支付|缴费|繳費|결제|납부|thanh to[aá]n|pagamento|pagar|pague|magbayad|bayad|bayar|pembayaran|भुक्तानी|ชำระ/;
// The organisation's bill for the reader to see there: a cost, a charge, an estimate, an invoice.
const BUSINESS_BILL = gated(/請求|見積|明細|\binvoice|\bbill(?:ing)?\b|\bestimate|账单|賬單|청구|h[oó]a [dđ][oơ]n|fatura|tagihan|singil/);
// The reader asked to act on it (a request, a pointer to the page, a step required; an imperative at a sentence's head), not a
// page told of ("EUの遅延補償の話", "compensation rules explained"): a friend's article is read, not acted on.
const BUSINESS_REQUEST = new RegExp('ください|下さい|お願い|願います|はこちら|こちらから|こちらより|下記|以下|お手続|手続き|が必要|必要となり|'
  + '\\bplease\\b|(?:^|[.!?:]\\s+)(?:claim|pay|settle|complete|book|rebook|register|update|enter|confirm|get|collect|redeem)\\b|'
  + '\\b(?:claim|pay|settle|complete|rebook|register|update|redeem|collect)\\s+(?:now|here|at|via|before|by|today|online|your|the|it)\\b|'
  + '请|請|立即|하세요|주세요|받기|바랍니다|vui l[oò]ng|h[aã]y |t[aạ]i [dđ][aâ]y|conclua|acesse|pague|fa[cç]a|reclame|por favor|paki|silakan|mohon|klaim di|segera|กรุณา|गर्नुहोस्');
// The organisation's money told as owed or stuck: unpaid, incomplete, on hold, not confirmed.
const BUSINESS_OWED = /未完了|未払|未納|滞納|未決済|未精算|保留|確認できません|確認ができません|確認が取れ|unpaid|pending|outstanding|overdue|failed|declined|未付|待支付|未繳|未缴|미납|미결제|ch[uư]a thanh to[aá]n|pendente|hindi pa bayad|belum dibayar|ค้างชำระ/;
// Data of value typed into the page: a payment card's number or details, a PIN, a password (no form of anyone's own asks it)…
const BUSINESS_SECRET = /(?<!会員|ポイント|診察|保険|メンバーズ)カード(?:番号|情報)|暗証|パスワード|(?<!insurance |member(?:ship)? |loyalty |points? )card (?:number|details)|password|卡号|卡號|카드 ?번호|s[oố] th[eẻ]|n[uú]mero do cart[aã]o|nomor kartu/;
// Before a card's number, words that make it no payment card's: an insurance, a membership, a points or a patient's card.
const NOT_A_PAYMENT_CARD = /(?:insurance|member(?:ship)?|loyalty|points?|保険|会員|ポイント|診察|メンバーズ)\s*$/;
// …or an insurance card, an account's number, My Number (which a club's or a school's own form may ask for its insurance).
const BUSINESS_DATA = /保険証|被保険者|口座(?:番号|情報)|マイナンバー|insurance card/;
// …and the act of typing it: register, enter, update, submit.
const BUSINESS_ENTRY = /登録|入力|記入|更新|提出|\benter\b|regist|update|submit|填写|填寫|입력|등록|nh[aậ]p|đăng k[ií]|dang ky|cadastr|preench|isi /;
// A sign-in asked again on a new page: a re-registration, a move of the system, a reset.
const BUSINESS_AGAIN = /再登録|再ログイン|再設定|移行|re-?regist|re-?enter|again|migrat|重新|다시|lại|lai |novamente|ulang/;
// The reader's booking made again there, or a claim or a coupon collected there.
const BUSINESS_BOOK = /再予約|予約(?:の|を)?(?:取り直|やり直|再登録|再手続)|re-?book|reschedul|重新预约|重新預約|재예약|다시 예약|đặt lại|dat lai|remarcar|reagendar|pesan ulang/;
const BUSINESS_CLAIM = gated(/申請|補償|賠償|払い?戻|返金|クーポン|coupon|voucher|\bclaim|compensation|refund|领取|領取|申领|索赔|보상|환급|쿠폰|b[oồ]i th[uư][oờ]ng|reclamar|reembolso|indeniza|klaim|ganti rugi|kupon/);

// Romanised words of a customer's business, as a page built for it is named (flight-claim-eu, zipair-seat, oil-coupon).
const BUSINESS_HOST_WORDS: ReadonlySet<string> = new Set(['claim', 'claims', 'refund', 'henkin', 'haraimodoshi', 'hosho', 'hoshou', 'coupon', 'kupon', 'voucher', 'seat', 'booking', 'reserve', 'rebook', 'login', 'signin', 'mypage', 'kessai', 'billing', 'invoice', 'deposit']);

/** The host is named for a customer's business (a claim, a refund, a coupon, a booking, a sign-in): one of its hyphenated parts is such a word. */
function namedForBusiness(host: string): boolean {
  for (const part of host.split(/[.-]/)) if (BUSINESS_HOST_WORDS.has(part)) return true;
  return false;
}

/**
 * What the message asks its reader to do on the page the link `raw` opens, as an organisation's customer, in the link's
 * sentence or the one before it: 'secret' (a payment card's number, a PIN or a password to be registered, or a sign-in asked
 * again: カード番号をご登録ください, 保護者アカウントの再登録), 'data' (an insurance card, an account's number, My Number: 保険証情報をご登録ください), 'owed' (the organisation's money told as unpaid or
 * on hold: 追加データ購入分の決済が未完了です, 決済が保留中), 'pay' (its fee, deposit or fare paid there: 予約確定には事前決済,
 * 仮押さえには1万円の預り金), 'book' (a booking made again there: 再予約は下記フォームから) or 'claim' (a claim, a refund, a coupon or
 * an insurance application: 無料クーポン…受け取りはこちら, Claim before Dec 12). Undefined in a person's voice, a report or a
 * warning. The first is what no one's own form asks; the money owed is what no shop's own page asks by a text out of the blue;
 * the rest are any organisation's business too, and are counted only on a page nobody's business keeps (askThroughMadePage).
 */
export function customersBusiness(ctx: Pick<CheckContext, 'lures' | 'reported' | 'person' | 'norm'>, raw: string): 'secret' | 'data' | 'owed' | 'pay' | 'book' | 'claim' | undefined {
  if (ctx.reported || ctx.person || tellsOfScam(ctx)) return undefined;
  if (ctx.lures.some((l) => !l.quoted && (l.category === 'never-ask' || l.category === 'never-does'))) return undefined;
  const text = ctx.norm.text;
  const at = text.indexOf(raw);
  if (at === -1) return undefined;
  const [s, e] = sentenceAt(text, at);
  const from = s > 1 ? sentenceAt(text, s - 2)[0] : s;
  // The message's own words about the page, not the link's letters.
  const near = (ctx.norm.lower.slice(from, at) + ' ' + ctx.norm.lower.slice(at + raw.length, e));
  const cueNear = (category: string): boolean => luresOfCategory(ctx.lures, category).some((l) => !l.quoted && l.index >= from && l.index < e);
  const entry = BUSINESS_ENTRY.test(near) || cueNear('entry');
  // A secret's cue, unless it is an insurance, membership or points card's number ("insurance card number", "会員カード番号").
  const secretCue = luresOfCategory(ctx.lures, 'secret').some((l) => !l.quoted && l.index >= from && l.index < e
    && !NOT_A_PAYMENT_CARD.test(ctx.norm.lower.slice(Math.max(0, l.index - 14), l.index)));
  if ((BUSINESS_SECRET.test(near) || secretCue) && entry) return 'secret';
  if (cueNear('login') && BUSINESS_AGAIN.test(near)) return 'secret';
  if (BUSINESS_DATA.test(near) && entry) return 'data';
  const pay = BUSINESS_PAY.test(near) || cueNear('pay');
  if (pay && (BUSINESS_OWED.test(near) || cueNear('unpaid-charge'))) return 'owed';
  // The rest is any organisation's business too: counted only when the reader is asked to act on it.
  if (!BUSINESS_REQUEST.test(near)) return undefined;
  if (pay || BUSINESS_BILL.test(near)) return 'pay';
  if (BUSINESS_BOOK.test(near)) return 'book';
  if (BUSINESS_CLAIM.test(near)) return 'claim';
  return undefined;
}

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
  // Worked out on first use: it is read only where no lure word decides (below) or a link's kind leaves it open, and
  // orgCollects reads the whole text again for every link (pure, so asking it later answers the same).
  let orgSeen: boolean | undefined;
  const org = (): boolean => (orgSeen ??= !ctx.reported && !ctx.person && ctx.indicators.urls.some((u) => orgCollects(ctx, u.raw)));
  // A donation is not sold: a price cut on the donation itself, the cut right after it ("寄附額最大50%OFF", "寄付金額が半額",
  // "donation sale: 40%OFF"), is a shop's sale dressed as a public scheme, since a municipality never discounts what is
  // given to it (消費者庁; the towns' own warnings: 「ふるさと納税に『割引』『セール』はありません」). The money it asks is paid
  // on the page, as a fee is. A shop's own sale that gives part of its takings to a cause cuts its goods' price, not a gift.
  if (donations.some((d) => discounts.some((i) => i >= d.end && i - d.end <= DONATION_CUT_SPAN))) told = money = true;
  // The organisation's own business with its customer asked on the page (customersBusiness): weighed per link below.
  const business = (u: ExtractedUrl): ReturnType<typeof customersBusiness> => customersBusiness(ctx, u.raw);
  // A friend's own words ("NISA始めた?", "バイト代入った") tell of money without asking anything for it: only a lure counts there.
  if (!lure && (!told || ctx.person) && !org() && !ctx.indicators.urls.some((u) => business(u) !== undefined)) return undefined;
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
    if ((kind === false || kind === 'unvouched') && org() && strangers(u) && (ctx.sender !== null || hostNamedForMoney(u.host)) && orgCollects(ctx, u.raw)) return a;
    if (kind === false) continue;
    if (kind === 'shortener' && !lure) continue;
    // An organisation's own business with its customer (a registration of a card or an insurance card, a sign-in asked again,
    // its money paid or its bill seen, a booking made again, a claim or a coupon) asked on a page nobody we know owns: a clinic, a school, a
    // studio, a garage or an airline does it on its own site, and a page that is a throwaway, a host dressed as an address
    // it is not (photo-data.store-dl.com, genjou-kaifuku.net-mypage.org, bukken-kariosae.com.tw-room.top) or one on a suffix no
    // ordinary business keeps (.help, .dev) is nobody's. A shop's cheap TLD and a builder's or a form service's page are where
    // small shops and classes keep their own pages: there only data of value or money told as owed counts, which no shop's
    // own page asks out of the blue; its sale, its booking and its form stay its own.
    if (kind !== 'shortener') {
      const biz = business(u);
      // On a suffix no ordinary business keeps but some keep all the same (.tokyo, .info, .help), a fee, a booking or a claim
      // counts where the page is named for it (flight-claim-eu.help, shaken-yoyaku): a business names its own site after itself.
      // A form service's or a builder's page holds clubs' and classes' own forms (an insurance card's number for a team's
      // insurance, a fee): there only a payment card's number, a PIN or a password, or a sign-in asked again, counts.
      const counts = biz === undefined ? false
        : biz === 'secret' ? true
        : kind === 'free-hosting' ? false
        : kind === 'shop-tld' ? biz === 'owed'
        : kind === 'unvouched' ? biz === 'data' || biz === 'owed' || hostNamedForMoney(u.host) || namedForBusiness(u.host)
        : true;
      if (counts) return a;
    }
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
