// What the message asks, weighed against who it claims to be and whose channel the ask goes
// through. Smishing pretends to be someone and asks the reader to act through a channel that
// someone does not own; an ask through the claimed identity's own channel (its domain, its
// registered sender, its published number) is credited; an ask for secrets is never owned.
// Quoted or reported asks are the scam being talked about: they do not count here.
import { reason } from '../reason.js';
import { brandHeading, onOwnSite, type BrandLookups } from '../brands/check.js';
import { namedSiteLinks } from '../brands/own-site.js';
import { toldOwnSite } from './told-own-site.js';
import { mayHoldWord } from '../match/anchors.js';
import { kindToken, onKindSite, ordinarySuffix, spokenKinds, type SpokenKind } from '../brands/kinds.js';
import type { Ask, AskKind, Check, CheckContext, LureMatch, Weights } from '../check.js';
import { coachedMoney, coachesChecker } from '../asks/coach.js';
import { keyLeftForJob, publicBodysPretext } from '../asks/collect.js';
import { kinMarks, speaksAsKin } from '../asks/kin.js';
import { visitStake } from '../asks/commerce.js';
import { BUSINESS_MATTERS, DETAILS_THERE, NUMBER_KEYED, stakeOfMove } from '../asks/messenger.js';
import { businessFeeFirst, changedPayeeCall, orgPayee, strangerPayee } from '../asks/payee.js';
import { movedPayee } from '../asks/moved-payee.js';
import { dueToday, OWN_WAYS_TO_PAY, unlessPaid } from '../asks/money.js';
import { DESK_KINDS } from '../asks/call.js';
import { namesIdPaper, papersByReply, papersSetAside } from '../asks/papers.js';
import { reconVoice } from '../asks/recon.js';
import { publicBodyAccountAsk, publicFeeOffRoute } from '../asks/public-fee.js';
import { businessPersonalPayee, servicePayee } from '../asks/service-fee.js';
import { feeBeforeBenefit, feeBeforeOwnThing, prepaidHandover } from '../asks/prepay.js';
import { cardForCharge, cardValueSent } from '../asks/gift-card.js';
import { guidedOperation } from '../asks/atm.js';
import { readerAsMule } from '../asks/join.js';
import { rightResale } from '../asks/right-resale.js';
import { openerStake } from '../asks/opener.js';
import { refundByInstall } from '../asks/install.js';
import { overpaidSentBack, refundBySending } from '../asks/refund.js';
import { hostNamedForMoney, orgCollects, superiorUnchecked, superiorVoice } from '../asks/role.js';
import { signInHandOver, valueToPerson } from '../asks/secret.js';
import { asksDataEntry, asksLogin, inSentence, KIN_VOCATIVE, luresOfCategory, placeOrObject, QUESTIONS_OFFERED, sentenceAt, speaksAsInstitution, speaksAsOffice, speaksAsPerson } from '../asks/types.js';
import type { ExtractedUrl, PhoneKind, Reason, ReasonCode, SenderInfo } from '../types.js';
import type { ThrowawayKind } from './url-suspect.js';

/** Who the message speaks for and what that identity owns. */
export interface Identity {
  /** Brand ids the text claims. */
  readonly claimed: readonly string[];
  /** Brand ids the sender is registered for (registry tier, or the brand registry's senders). */
  readonly senderBrands: readonly string[];
  /** The sender is a carrier's or a registered business's, and speaks for what it claims (or claims nothing). */
  readonly senderOwnsClaim: boolean;
  readonly senderNumber: string;
  /** The message has links, and every one is on a claimed brand's official domains. */
  readonly linksOfficial: boolean;
  /** The sender is a domestic fixed, 0120/0800 or 0570 line, which aggregators send from only for its holder. */
  readonly senderFixedLine: boolean;
  /** The text speaks as an office or a business, named or not: by what it asserts (a parcel held, a debt, a refund…) or by its voice (お客様, 当社). */
  readonly role: boolean;
  /** Links (normalised) whose host carries the name the message signs with at its head (src/core/brands/own-site.ts). */
  readonly namedSite: readonly string[];
  /** Every claimed brand is a courier and the sender a domestic handset: a driver's own phone. */
  readonly courierHandset: boolean;
  /**
   * The sender is a domestic handset, the writer signs with their own name, and the message tells
   * of nothing but a visit or a delivery, presses for nothing and claims no brand but a courier's:
   * a driver's, a fitter's or a mover's own phone.
   */
  readonly workersHandset: boolean;
  /** A worker's own handset (courierHandset or workersHandset) about nothing but the visit: no other lure, nothing pressed. */
  readonly driversReply: boolean;
  /**
   * A domestic handset telling of nothing but a visit or a delivery (no other lure, nothing pressed,
   * no brand but a courier's), with no link and no number but its own: signed or not, a call it asks
   * for can only ring the line it comes from.
   */
  readonly visitHandset: boolean;
  /**
   * A domestic handset claiming a courier that speaks as the company ("クロネコです", "ヤマト運輸より", "日本郵便です"), not as
   * one of its workers: no driver's voice (courier-worker cues: 配達員, ドライバー, 配達担当, の者です, tài xế, 司机) and no
   * person's name ("ヤマトの佐々木です", "担当 佐藤"). Couriers send their own SMS from registered senders; their drivers
   * text from their own phones as the people they are. A call back to such a handset rings whoever holds it, not the company.
   */
  readonly companyOnHandset: boolean;
  /**
   * The message names a listed brand's own app (brands.json officialApps: 'クロネコヤマト公式アプリ'): an install asked with
   * no link goes through the store to that brand's app, whoever asks it; another name ("「佐川追跡プラス」を検索・インストール")
   * is an app the brand does not publish, found by the name the line's holder chose.
   */
  readonly namesOwnApp: boolean;
  /** Links (normalised) opening another listed brand's own site, not the claimed one's (a shop's map on maps.app.goo.gl). */
  readonly elsewhereOfficial: readonly string[];
  /** What the registry says of a number written in the text (the engine's classifier), when known. */
  readonly numberInfo?: (value: string) => SenderInfo;
  /**
   * Kinds of institution the text speaks as (a water department, a tax, a 信用金庫, a JA: data/brands.json kinds), when it
   * has links or numbers, is in no person's voice and claims no brand but a government's.
   */
  readonly kinds: readonly SpokenKind[];
  /**
   * The message speaks as an institution (a hospital, a pension office, a tax office, a bank, a consumer centre,
   * an embassy: data/lures.json institution, not a parcel's words) in no person's voice, claims none of our brands
   * and is sent from a line no office texts from (openLine: a handset, an 050 line, abroad), unsigned by a person:
   * a call or a reply back to that line reaches whoever holds it, not the institution (see deskOnOpenLine).
   */
  readonly deskOnOpenLine: boolean;
  /**
   * A payee announced as changed, to be confirmed by a call asked beside it (asks/payee.ts changedPayeeCall): the call reaches the
   * one who announced the change, whoever they claim to be, and confirms nothing; it is the way the new account is told.
   */
  readonly payeeConfirmCall: boolean;
  /**
   * The immigration office tells a problem with the reader's status from a line no registry vouches for (statusOfficeCall): a
   * call back to a written number is owned by no one here, a fixed line included, since the callers show real numbers.
   */
  readonly statusOffice: boolean;
}

const SERVICE_NUMBER = /^1\d{2}$/;

// Domestic numbers whose SMS only come through an aggregator sending for the line's holder (an 050 IP phone is had by anyone online):
// the fixed, 0120/0800 and 0570 lines a desk publishes (asks/call.ts DESK_KINDS).

// What only a creditor, a court or an office can impose: legal action, a status, a licence or a service taken away, a debt
// called in, a fine (data/lures.json legal-threat, account-restriction, unpaid-charge, office-matter; penalty, settlement).
const SANCTION_LURES: ReadonlySet<string> = new Set(['legal-threat', 'account-restriction', 'office-matter']);
const SANCTION_CONTEXT: ReadonlySet<string> = new Set(['penalty', 'settlement']);
// The paid-content cues that name a site or its content (not a booking's キャンセル料 or a plan's 自動更新, which a shop the
// reader uses may tell).
const PAID_SITE = /サイト|動画|コンテンツ|アダルト|出会い|退会/;

/**
 * A fixed, 0120 or 0570 line through an aggregator is tied to a registered holder, and a call or a reply back to it reaches
 * that holder; it vouches for the organisation the message names only as far as that organisation would write so. Two
 * things no genuine creditor, court or office writes, whoever holds the line:
 * - a sanction pressed for today (a fine, legal action, a status or a service taken away, unless paid or rung today) with
 *   none of the body's own ways named: a tax or a fine is called in by a 督促状 with ten days' grace before any 差押え
 *   (地方税法 329条・331条, 国税通則法 37条・40条), a court's 支払督促 comes by special post, a lender or a guarantor bills by post
 *   and its registered debit, and 入管 takes no fine by phone or SMS; 国民生活センター and 消費者庁 on 架空請求: 「本日中に連絡が
 *   なければ法的手続き」 is the fake claim's (https://www.kokusen.go.jp/soudan_topics/data/kakuu.html,
 *   https://www.caa.go.jp/policies/policy/consumer_policy/caution/caution_009/);
 * - a paid site's fee told and pressed (the 架空請求 itself);
 * - its own known line ruled out ("内線は通じません", "電話が故障"), beside a problem told: the desk the reader would check with
 *   is closed off and another number given, as a relative's "don't call the old number" does (kin-line.ts old-line-off).
 * Then the line is whoever holds it, and what the message asks through it is not the organisation's channel.
 */
function fixedLineDisowned(ctx: CheckContext): boolean {
  if (ctx.reported || ctx.person || speaksAsPerson(ctx)) return false;
  let sanction = false;
  let problem = false;
  let lineOff = false;
  let paidSite = false;
  for (const l of ctx.lures) {
    if (l.quoted) continue;
    if (l.kind === 'lure') problem = true;
    if (l.kind === 'lure' && l.category === 'paid-content' && PAID_SITE.test(l.cue)) paidSite = true;
    if ((l.kind === 'lure' && SANCTION_LURES.has(l.category)) || SANCTION_CONTEXT.has(l.category)) sanction ||= !inSentence(ctx, l.index, 'never-does');
    else if (l.category === 'own-line-down') lineOff = true;
  }
  if (lineOff && problem) return true;
  // A court's process told as already filed or served ("支払督促の申立てを行いました", "訴状が提出されました"): a court serves its
  // 支払督促 and its 訴状 by 特別送達, handed over by the postman, and the objection goes to the court, never by a text naming a line
  // to ring (裁判所: 支払督促・特別送達; 国民生活センター 架空請求; the dev warnings: "本物は郵便配達の人が手渡しする特別送達だって。
  // SMSで来るのは嘘だよ"). Whoever holds the line wrote the court's words, a number offered "for questions" included.
  if (COURT_FILED.test(ctx.norm.text) && !ctx.lures.some((l) => !l.quoted && (l.category === 'never-does' || l.category === 'never-ask' || l.category === 'scam-awareness'))) return true;
  // A payment made the condition of what follows ("本日中の納付がない場合、車検を受けられなくなります": asks/money.ts payOrElse) is
  // the sanction's own wording, whatever the sanction is.
  sanction ||= ctx.asks.some((a) => a.kind === 'money' && !a.quoted && unlessPaid(a.cue));
  // A number offered for questions ("お問い合わせは…センター 0120-… まで") is the desk the notice lets the reader ask at.
  if (ctx.asks.some((a) => a.kind === 'call' && offeredForQuestions(ctx, a))) return false;
  // A paid site's fee or its late charge told by text and pressed (有料動画サイトの延滞料金…至急お電話ください) is the 架空請求
  // itself, whatever line rings (国民生活センター: such a bill comes from no site the reader knows; do not call the number).
  // (Its desk's name is only how it signs: 【お客様センター】.)
  if (paidSite && ctx.lures.some((l) => !l.quoted && l.kind === 'pressure')) return true;
  return sanction && dueToday(ctx) && !OWN_WAYS_TO_PAY.some((c) => luresOfCategory(ctx.lures, c).some((l) => !l.quoted && !labelsNumber(ctx, l.index + l.cue.length)));
}

// What a company's message threatens, whenever it falls: a legal or police matter, a fine or damages, a duty claimed by law
// (data/lures.json legal-threat, penalty, settlement, inspection-pretext).
const COMPANY_THREAT: ReadonlySet<string> = new Set(['legal-threat', 'penalty', 'settlement', 'inspection-pretext']);
// A loss the reader's service or account suffers (account-restriction, unpaid-charge, office-matter): a threat when it is still to
// come within hours (SOON in its sentence: "本日回線を停止します", "2時間後に利用停止"); told as a hold already placed for the
// holder's protection ("不正の懸念があるため一時的にご利用を制限しています") it is the issuer's fraud desk at work.
const COMPANY_LOSS: ReadonlySet<string> = new Set(['account-restriction', 'unpaid-charge', 'office-matter']);
const SOON = /本日|今日|今夜|今晩|\d+\s*(?:時間|分)(?:後|以内)/;
// The reader's contract, plan or line ending or stopping, said as to come ("料金プランが本日で終了します", "回線を停止いたします").
const SERVICE_ENDS = /(?:契約|プラン|回線|サービス|ご利用)[^。\n]{0,8}(?:終了|停止|解約)(?:します|いたします|となります|になります|されます)/;
// One office of a company named as the writer: a branch, a sales office, a named post office ("府中郵便局", "川口営業所", "戸塚支店").
const LOCAL_OFFICE = /[一-龥ァ-ヶー]{1,8}(?:支店|支社|営業所|出張所|事業所|郵便局)/;

/**
 * A fixed, 0120/0800 or 0570 number shown as an SMS's sender is not a line that texts on a domestic route: the message came in
 * through a route where the sender field says whatever the sender typed, so the number proves no one holds it. It vouches for a
 * company we list (a carrier, a card issuer, a utility, a courier: a national company whose desks are published, not a public
 * body of many local offices) only where the data lists it (senderBrands, owned above). A company speaking as itself (its
 * heading, "…です", "…より"), not as one of its offices or people (a branch's or a named worker's own line, which no list holds),
 * threatening a loss to come (COMPANY_STAKE) and asking to be rung on that unlisted line: the line is whoever typed it.
 */
function companyOffItsLines(ctx: CheckContext, senderBrands: readonly string[], brands: BrandLookups): boolean {
  if (ctx.reported || ctx.person || speaksAsPerson(ctx)) return false;
  const company = ctx.brands.some((b) => b.prominent && !senderBrands.includes(b.brandId) && brands.byId(b.brandId)?.category !== 'government');
  if (!company || !speaksAsClaimed(ctx) || LOCAL_OFFICE.test(ctx.norm.text) || namedPerson(ctx)) return false;
  const soonAt = (at: number): boolean => {
    const [b, e] = sentenceAt(ctx.norm.text, at);
    return SOON.test(ctx.norm.text.slice(b, e));
  };
  for (const l of ctx.lures) {
    if (l.quoted || inSentence(ctx, l.index, 'never-does')) continue;
    if (COMPANY_THREAT.has(l.category) || (COMPANY_LOSS.has(l.category) && soonAt(l.index))) return true;
  }
  const ends = SERVICE_ENDS.exec(ctx.norm.text);
  return ends !== null && soonAt(ends.index);
}

// A court's process told as filed or served: a 支払督促 applied for, a 訴状 filed, issued or arrived, a suit brought.
const COURT_FILED = /支払督促(?:の申し?立て)?(?:を|が)(?:行いました|申し?立てました|申し?立てられました|ありました|発付されました)|支払督促を申し?立て(?:ました|いたしました)|訴状が(?:提出|発付|送付|届)|訴訟を提起(?:しました|いたしました)/;

// Between an own way's word and the number it labels: a few words of the desk's name, no sentence's end ("訴訟取下げ窓口 03-…").
const LABEL_GAP = /^[^。\n!！?？\d]{0,8}$/;

/** The cue ending at `end` labels a number written right after it: it names the message's own line, not a way the body keeps. */
function labelsNumber(ctx: CheckContext, end: number): boolean {
  return ctx.indicators.phones.some((p) => {
    const at = ctx.norm.text.indexOf(p.raw, end);
    return at >= end && LABEL_GAP.test(ctx.norm.text.slice(end, at));
  });
}

// The ask-channel and sender-trust checks and the engine's block rule each ask for one
// message's identity: it is worked out once (contexts are never changed once built).
let lastCtx: CheckContext | null = null;
let lastBrands: BrandLookups | null = null;
let lastIdentity: Identity | null = null;

export function identityOf(ctx: CheckContext, brands: BrandLookups): Identity {
  if (ctx !== lastCtx || brands !== lastBrands || lastIdentity === null) {
    lastIdentity = workOutIdentity(ctx, brands);
    lastCtx = ctx;
    lastBrands = brands;
  }
  return lastIdentity;
}

/** The ids of `list`, by a loop (see workOutIdentity). */
function idsOf(list: readonly { id: string }[]): string[] {
  const out: string[] = [];
  for (const x of list) out.push(x.id);
  return out;
}

function workOutIdentity(ctx: CheckContext, brands: BrandLookups): Identity {
  // Loops, not map: arrays map builds in optimised code have another shape than the ones it
  // builds before, so the optimised code rejected its own results and was compiled again (9 times).
  const claimed: string[] = [];
  for (const b of ctx.brands) claimed.push(b.brandId);
  const urls = ctx.indicators.urls;
  const linksOfficial = claimed.length > 0 && urls.length > 0
    && urls.every((u) => !u.redacted && u.host !== '' && !u.userinfoHost && brands.officialForHost(u.host).some((b) => claimed.includes(b.id)));
  const elsewhereOfficial: string[] = [];
  for (const u of urls) if (onOwnSite(u) && brands.officialForHost(u.host).length > 0) elsewhereOfficial.push(u.normalized);
  // A host that carries the sender's name beside an instruction ("【けんしん】 → kenshin-kakunin.com") was made
  // for the message: no organisation names its own site after what it asks, so the name it shares proves nothing.
  const madeFor = ctx.madeForMessage;
  // (Only when it gives a way to reach it, a link or a number: that is what the kind is weighed against.)
  const kinds = (urls.length > 0 || ctx.indicators.phones.length > 0) && brands.kinds.length > 0 && !ctx.reported && !ctx.person && !speaksAsPerson(ctx)
    && claimed.every((c) => brands.byId(c)?.category === 'government')
    ? spokenKinds(ctx.norm.lower, brands.kinds)
    : NO_KINDS;
  // A public body's own site is a government's (owned above by its domain), never one named after it elsewhere.
  const namedSite = claimed.length === 0 && !kinds.some((k) => k.kind.public)
    ? namedSiteLinks(ctx.norm.text, madeFor === undefined ? urls : urls.filter((u) => !madeFor(u)))
    : [];
  const role = speaksAsOffice(ctx);
  // (Gated by each name's last character: most texts hold none, and seven includes over two-byte text cost more than one scan.)
  const namesOwnApp = mayHoldWord(ctx.norm.lower, brands.apps) && brands.apps.some((a) => ctx.norm.lower.includes(a));
  const s = ctx.sender;
  const numberInfo = ctx.classifySender;
  if (!s) return { claimed, senderBrands: [], senderOwnsClaim: false, senderNumber: '', senderFixedLine: false, linksOfficial, elsewhereOfficial, namedSite, courierHandset: false, workersHandset: false, driversReply: false, visitHandset: false, companyOnHandset: false, namesOwnApp, role, numberInfo, kinds, deskOnOpenLine: false, payeeConfirmCall: !ctx.reported && changedPayeeCall(ctx), statusOffice: false };
  const senderBrands: string[] = [];
  for (const id of s.brandIds) if (!senderBrands.includes(id)) senderBrands.push(id);
  for (const b of brands.officialForSender(s)) if (!senderBrands.includes(b.id)) senderBrands.push(b.id);
  // Letters IDs and overseas numbers can be anyone: listed or not, they own no channel by themselves.
  const spoofable = s.tier === 'alphanumeric' || s.tier === 'overseas' || s.kind === 'alphanumeric' || s.route === 'overseas';
  // A 0005 common number is vetted by the four carriers before it is issued, listed or not: its holder is the business it names.
  const trusted = !spoofable && (s.tier === 'carrier' || s.tier === 'registered-business' || s.kind === 'carrier-common' || senderBrands.length > 0);
  const carrierClaims = s.tier === 'carrier' && claimed.every((id) => brands.byId(id)?.category === 'carrier');
  const vettedUnlisted = s.kind === 'carrier-common' && senderBrands.length === 0;
  const senderOwnsClaim = trusted && (claimed.length === 0 || carrierClaims || vettedUnlisted || claimed.some((id) => senderBrands.includes(id)));
  const senderFixedLine = s.route === 'aggregator' && DESK_KINDS.has(s.kind) && !fixedLineDisowned(ctx) && !companyOffItsLines(ctx, senderBrands, brands);
  const handset = s.kind === 'mobile' && s.route === 'domestic-handset';
  const onlyCouriers = claimed.every((c) => COURIERS.has(brands.byId(c)?.category ?? ''));
  const courierHandset = handset && claimed.length > 0 && onlyCouriers;
  const visitOnly = !ctx.lures.some((l) => !l.quoted && (l.kind === 'pressure' || (l.kind === 'lure' && l.category !== 'delivery')));
  const workersHandset = handset && onlyCouriers && visitOnly && signedByPerson(ctx.norm.text);
  // A worker who names the job and no company (宅配の者です) answers for the visit as a signed one does, but vouches for no channel:
  // the reply about the visit is settled (driversReply), with no own-channel credit to hold the model's doubt.
  const unnamedWorker = handset && claimed.length === 0 && visitOnly && COURIER_WORKER_SELF.test(ctx.norm.lower);
  // (Not under the company's own heading, "【日本郵便】…" from a handset: that is the company's notice, which comes from its
  // registered senders, not a driver's word from their phone; brands/check.ts brandHeading.)
  const driversReply = (workersHandset || unnamedWorker || (courierHandset && visitOnly)) && !brandHeading(ctx);
  const visitHandset = handset && onlyCouriers && visitOnly && urls.length === 0 && ctx.indicators.phones.every((p) => p.normalized === s.normalized);
  const companyOnHandset = courierHandset && !workerVoice(ctx);
  const desk = claimed.length === 0 && deskOnOpenLine(ctx);
  const payeeConfirmCall = !ctx.reported && changedPayeeCall(ctx);
  return { claimed, senderBrands, senderOwnsClaim, senderNumber: s.normalized, senderFixedLine, linksOfficial, elsewhereOfficial, namedSite, courierHandset, workersHandset, driversReply, visitHandset, companyOnHandset, namesOwnApp, role, numberInfo, kinds, deskOnOpenLine: desk, payeeConfirmCall, statusOffice: statusOfficeCall(ctx) };
}

const NO_KINDS: readonly SpokenKind[] = [];

// What the reader ordered, booked or applied for (data/lures.json ordered, recon-requested, applied).
const OWN_BUSINESS = ['ordered', 'recon-requested', 'applied'];
// A parcel's words among the institution cues (お荷物, 宅配便, 運輸, 郵便局…): drivers and movers text from their own phones.
const PARCEL_WORDS = /荷物|配達|配送|宅配|置き配|運輸|急便|郵便|引越|引っ越し/;

const ASCII_ONLY = /^[\x20-\x7e]+$/;
// The call cue that asks through what follows if it is not made (ご連絡なき場合, 連絡がない場合, ご連絡いただけない場合).
const IF_NOT_MADE = /場合/;

/** A call asked through what follows if it is not made, beside a charge or harm threatened or a problem told (a lure). */
function ifNotCalled(ctx: CheckContext): boolean {
  if (!luresOfCategory(ctx.lures, 'call').some((l) => !l.quoted && l.kind === 'ask' && IF_NOT_MADE.test(l.cue) && !inSentence(ctx, l.index, 'never-ask'))) return false;
  return ctx.lures.some((l) => !l.quoted && (l.kind === 'lure' || l.category === 'penalty') && !inSentence(ctx, l.index, 'never-ask'));
}

/**
 * The message is about the reader's own booking, order or application with the business that writes (ご予約, ご注文,
 * ご応募, ご宿泊: `ordered`, `applied`, `recon-requested`) and tells of no problem and presses nothing (no lure, no
 * pressure cue). The reader gave this business their number when they booked, and the business answers on the line it
 * booked them from: an inn's, a salon's or a clinic's own 050 line or handset asking the arrival time, a Y/N for the
 * booking or a call back to it is the desk the reader chose, not an office's voice borrowed by whoever holds the line
 * (a survey's, a contract check's, a debt's: those tell of no booking of the reader's, or tell of a problem).
 */
export function readersOwnBusiness(ctx: Pick<CheckContext, 'lures' | 'asks' | 'sender'>): boolean {
  const booked = OWN_BUSINESS.some((c) => luresOfCategory(ctx.lures, c).some((l) => !l.quoted));
  if (!booked && !attendedFee(ctx)) return false;
  if (ctx.lures.some((l) => !l.quoted && (l.kind === 'lure' || l.kind === 'pressure' || NOT_THE_BOOKING.has(l.category)))) return false;
  // Only the booking's own answers: a Y/N, a time, a call back. Money, a payee, a code or personal data asked is more than
  // the booking needs, and a business abroad is none the reader booked with here.
  return !fromAbroad(ctx.sender) && ctx.asks.every((a) => a.quoted || a.kind === 'reply-yes-no' || a.kind === 'call');
}

/**
 * The fee the reader pays a service they attend in person (月謝, 受講料, レッスン料, 治療費: data/lures.json attended-fee), told from
 * a domestic handset that is asked to be rung or answered back, and no other number: "〇〇塾の受付です。今月の月謝のお支払いの件で
 * お電話ください". A small school, salon or clinic texts from its own phone about the fee the reader owes it, and the reader, who
 * goes there, knows it and its number; it is the reader's own business with that desk, as a booking is (readersOwnBusiness, which
 * still asks that no lure, threat, fee, payee or pressure stand beside it). Not an 050 line or a number abroad, rented by anyone,
 * nor a bill for something the reader never used (有料サイト利用料, 未納: lures), nor another number to ring.
 */
function attendedFee(ctx: Pick<CheckContext, 'lures' | 'asks' | 'sender'>): boolean {
  const s = ctx.sender;
  if (s === null || s.tier !== 'domestic-mobile' || !luresOfCategory(ctx.lures, 'attended-fee').some((l) => !l.quoted)) return false;
  return ctx.asks.some((a) => !a.quoted && (a.kind === 'call' || a.kind === 'reply-yes-no'))
    && ctx.asks.every((a) => a.quoted || a.kind === 'reply-yes-no' || (a.kind === 'call' && (a.channel.type === 'reply' || a.channel.value === s.normalized)));
}
// Beside the booking, what makes it more than its confirmation: money before the visit (予約金, 前払い, デポジット), a
// disowned order rung back to cancel (心当たりのない場合, ご本人様でない場合), a charge, a bill or a harm.
const NOT_THE_BOOKING: ReadonlySet<string> = new Set(['fee', 'money-topic', 'if-not-you', 'penalty', 'unpaid-charge', 'paid-content', 'payee', 'payee-changed', 'payee-later', 'pay', 'problem-told']);

// The cancellation cues among refund-due (解約, キャンセル, 取消, cancel): a booking's or a contract's matter, no money told as due.
const CANCELLATION = /解約|キャンセル|取り?消|cancel|취소/;

// A desk or a business opening the message as itself: a heading (【自動車保険】, ◆後払い.com◆), a department or a desk introducing
// itself ("ディーラーサービス部です", "料金回収センターより", "総務課より", "…対策の担当です", "理赔部:", "Billing department:"), or "…の者です" (a shop's or
// an office's staff as such).
const DESK_OPENING = /^\s*(?:【[^】]{1,24}】|◆[^◆]{1,24}◆|\[[^\]]{1,24}\])|(?:部|課|係|室|センター|事務局|窓口|受付|デスク|本部|の担当)(?:です|でございます|より|から(?:の)?(?:ご連絡|お知らせ)|\s*[:：])|の者(?:です|でございます)|^\s*[a-z .&'-]{0,30}\b(?:department|dept|desk|team|office|cent(?:er|re))\s*[:：]/i;

// What a desk may tell of the reader's money, contract, benefit or account (besides data/lures.json account-matter): a charge
// threatened, a fee, a payee changed, a settlement to be paid (示談金, 和解金).
const MATTER_CONTEXT: readonly string[] = ['account-matter', 'penalty', 'fee', 'payee-changed', 'settlement'];

/**
 * The message tells of the reader's own money, contract, benefit or account as a matter to settle: an office's problem told as a
 * lure (OFFICE_PROBLEMS: unpaid, restricted, a refund), or a matter named (data/lures.json account-matter: お支払いが未確認, 督促,
 * ご契約内容, 未支給, 保険金請求, 事故の相手方; a penalty, a fee, a payee changed), not in a sentence that says it is never asked.
 */
export function accountMatter(ctx: CheckContext): boolean {
  // The reader's own account, card or name said caught up (accused: "お客様名義のカード", "あなたの口座") is such a matter too, in the
  // notice's register (the English "your card" is a relative's word as well: see deskOnOpenLine).
  // So is a sum charged to the reader for them to disown ("238,000円の決済が承認待ちです。ご本人でない場合は…", if-not-you beside a
  // sum): a payment on the reader's card or account, the card issuer's or the bank's matter, which it alerts from its registered
  // senders and takes calls on the number on the card (日本クレジット協会: 不正利用の確認はカード裏面の番号へ).
  const charged = SUM_TOLD.test(ctx.norm.text);
  return ctx.lures.some((l) => !l.quoted && ((l.kind === 'lure' && OFFICE_PROBLEMS.has(l.category)) || MATTER_CONTEXT.includes(l.category)
    || (l.category === 'accused' && !ASCII_ONLY.test(l.cue)) || (charged && l.category === 'if-not-you')) && !inSentence(ctx, l.index, 'never-ask'));
}

// A charge's word: incurred, billed, debited.
const CHARGE_WORD = /発生|請求|課金|引き落と|引落|charged|billed/;

/**
 * A sum charged unless the reader answers ("返信がない場合、月額9,800円が発生します", "if you do not reply you will be charged ¥…"): a
 * sign-up billed unless disowned by a reply is the one-click bill's script (国民生活センター ワンクリック請求: 退会・解除の連絡をしない),
 * and a service the reader did join cancels in its own account, not by a text back (the renewal-charge lure, whatever the sum).
 */
export function chargedUnlessAnswered(ctx: CheckContext): boolean {
  return luresOfCategory(ctx.lures, 'unless-sent').some((l) => {
    if (l.quoted || inSentence(ctx, l.index, 'never-ask')) return false;
    const [start, end] = sentenceAt(ctx.norm.text, l.index);
    const said = ctx.norm.lower.slice(start, end + 1);
    return SUM_TOLD.test(said) && CHARGE_WORD.test(said);
  });
}

// A sum of money written out (238,000円, ¥43,800, 5万円), not a cost's word.
const SUM_TOLD = /\d[\d,，.]*\s*(?:万\s*)?(?:円|日元|日圓|엔|yen|ienes|yên)|[¥￥]\s*\d/i;

// An organisation's own word for what it is (the head of its name), not a person's: a company, a firm, an office, a union, an
// agency, a shop, a salon, a clinic, a school, a desk. Japanese names an organisation by the word it ends with (東京ガス株式会社,
// ○○管理組合, 山田法律事務所, ペットサロン○○), the other languages by the word that leads it (companhia, perusahaan, công ty).
const ORG_HEAD = '(?:会社|株式会社|事務所|事務局|組合|協会|機構|団体|財団|法人|協議会|委員会|代理店|工務店|営業所|支店|事業所|業者|運営|' +
  '管理会社|クリニック|医院|学校|役所|役場|(?<!お)店|サロン|センター|窓口|受付|デスク|本部|(?<![全一細])部|課|(?<!関)係|室|(?<!結)局)';
// (Only the longer head words before a name of its own: "部活の件です" is no organisation.)
const ORG_HEAD_NAMED = '(?:会社|事務所|事務局|組合|協会|機構|団体|代理店|工務店|クリニック|サロン|センター)';
// The organisation named as the writer, in the opening: its name then the words a writer introduces itself with (です, でございます,
// より, からのお知らせ, の者です, a colon), or, with no name after it, "○○です" right after its head word (ペットサロン○○です).
// Other languages: "somos da empresa", "aviso da companhia", "saya dari perusahaan", "we are the … company", "this is … office",
// "công ty … xin thông báo", "…अफिसबाट" (from the office), "我们是…公司".
const ORG_WRITER = new RegExp(
  String.raw`${ORG_HEAD}(?:[\s○〇◯●]*(?:です|でございます|より|から(?:の)?(?:ご連絡|お知らせ|ご案内|ご紹介)|の者(?:です|でございます)|[:：]))` +
  String.raw`|^[^。！？!?\n]{0,12}${ORG_HEAD_NAMED}[^。！？!?\n、,]{0,8}?(?:です|でございます)(?=[。！!、\s]|が|$)` +
  String.raw`|\b(?:somos d[ao]|aviso d[ao]|aqui (?:é|e) d[ao]|falamos d[ao]|(?:saya|kami) dari|we are (?:the|from)|this is the|ito (?:ang|po ang|ay ang) (?:mula sa )?)\s*(?:[a-zà-ÿ]+\s+){0,3}?(?:empresa|companhia|escola|prefeitura|perusahaan|kantor|company|office|agency|department|management|school|association|committee|council|authority|bureau|aeroporto|airport|bandara|paliparan|kompanya|opisina|tanggapan)\b` +
  // Korean: a centre, a company, an office or a corporation introducing itself (공항 수하물센터입니다, 관리사무소에서 알려드립니다); Thai: an
  // authority, a company, a parking lot or an airport that notifies (การไฟฟ้า…แจ้ง, บริษัท…ขอแจ้ง, ที่จอดรถแจ้ง).
  String.raw`|(?:센터|회사|사무소|사무실|공사|공단|관리소|사무국|본부|지점|은행|병원)\s?(?:입니다|이에요|에서\s?(?:알려|안내|연락))` +
  String.raw`|^\s*(?:การไฟฟ้า|การประปา|การรถไฟ|การท่าอากาศยาน|บริษัท|สำนักงาน|สํานักงาน|ศูนย์|ที่จอดรถ|สนามบิน)[^\s:：]{0,24}\s?(?:ขอ)?แจ้ง` +
  String.raw`|^\s*(?:[a-z]+\s+){0,3}(?:company|office|agency|department|management|airport|bandara|aeroporto|estacionamento)\b[^:：\n]{0,30}[:：]` +
  // Vietnamese: an airport, a parking lot or the power company that notifies (Sân bay Narita thông báo, Điện lực … thông báo).
  String.raw`|^\s*(?:sân bay|san bay|bãi đỗ xe|bai do xe|điện lực|dien luc)[^.:：\n]{0,30}(?:thông báo|thong bao)` +
  String.raw`|\bcông ty\b|अफिसबाट|^(?:我们是|這裡是|这里是|我們是)[^。，,]{0,16}(?:公司|事务所|事務所|中心)` +
  // A heading naming an organisation ("【労働局】", "【義援金受付センター】").
  // (Or a place's operator, named by what it runs: 【駐車場管理】, 【羽田空港】, 【マンション管理】.)
  String.raw`|^\s*【[^】]{0,20}(?:${ORG_HEAD}|管理|空港)】`,
  'i');
// An organisation's signature closing the message ("…お電話ください。○○銀行 年金係"): a desk's name ending the text.
const ORG_SIGNATURE = new RegExp(String.raw`[。.!！\s][^。.!！?？\s]{0,16}\s?[^。.!！?？\s]{0,12}(?:${ORG_HEAD_NAMED}|課|係|窓口)\s*$`);
// Every match of ORG_SIGNATURE ends where the text's trailing white space starts and holds at most 1 + 16 + 1 + 12 characters
// and a head word (課, 係, 窓口 or ORG_HEAD_NAMED's longest, クリニック) before it: only that tail is read. The pattern tried at every
// character of the whole text cost more than any other the engine runs (bench:regex, 2026-12), for an answer only the last 35
// characters can change. (ORG_HEAD_NAMED is a list of plain words: its longest is read from it.)
const ORG_SIGNATURE_SPAN = 1 + 16 + 1 + 12 + Math.max(2, ...ORG_HEAD_NAMED.slice(3, -1).split('|').map((w) => w.length));

/** ORG_SIGNATURE read over the tail of `text` that can hold its match (same answer as over the whole text). */
function signedByOrganisation(text: string): boolean {
  const end = text.trimEnd().length;
  return ORG_SIGNATURE.test(end > ORG_SIGNATURE_SPAN ? text.slice(end - ORG_SIGNATURE_SPAN) : text);
}

/**
 * The message speaks as an organisation: in its first sentence it names itself as the writer by an organisation's head word
 * and the grammar a writer introduces itself with (ORG_WRITER), or it closes signed by a desk's name (ORG_SIGNATURE). A person naming the company they work for says
 * so with their own name after it ("ガス会社の田中です", "ヤマトの佐々木です": NAMED_WORKER, a signature), which this leaves out;
 * a company named as a place or a payee ("管理会社に確認したら", "振込先:○○銀行") is no writer.
 */
export function writesAsOrganisation(text: string): boolean {
  const [, opening] = sentenceAt(text, 0);
  const head = text.slice(0, opening + 1);
  if (!ORG_WRITER.test(head) && !signedByOrganisation(text)) return false;
  // "○○の田中です": a person of the organisation, not the organisation.
  return !NAMED_WORKER.test(head) || DESK_WORDS.test(NAMED_WORKER.exec(head)![1] as string);
}

/**
 * The message speaks as an institution that holds the reader's money, health, taxes, status or case (a hospital,
 * a pension or tax office, a bank, a consumer centre, an embassy, the police: an institution cue, not a parcel's
 * word) in no person's voice, from a line no office texts from (openLine), and no person signs it (a 渉外担当's or
 * a visiting nurse's own handset, "担当 佐藤", is the writer's line). Institutions text through aggregators or
 * registered lines and take calls on their published numbers (NPA, 国民生活センター: ring the institution's own
 * published number to check a caller): a call or a reply back to such a line reaches whoever holds it.
 */
// "…場合は", "…たら", "…なら", "if …", "如果", "nếu", "caso", "kung", "jika": an ask for when something happens (engine.ts CONDITIONAL).
const WHEN_CLAUSE = /場合[はにも、,]|たら|なら[、,ば]|\bif\b|如果|如有|若有|nếu|\bneu\b|\bcaso\b|\bkung\b|\bjika\b|만약|으면|하면|오면/;
// What an organisation's writer asks back through the line: a call, a reply, money, a payee, a messenger move.
const ASKS_BACK: ReadonlySet<AskKind> = new Set<AskKind>(['call', 'reply-yes-no', 'reply-data', 'money', 'payee', 'messenger']);

// What is at stake beside a call or a reply asked: a problem, a threat or a hurry (lures, pressure), money (a fee, a charge, a
// payee, a sum told), or the hours the reader is at home (home-when: 警察庁's アポ電, asked before a visit nobody booked).
const AT_STAKE: ReadonlySet<string> = new Set([...NOT_THE_BOOKING, 'visit-money', 'visit-collect', 'home-when']);
// Money told in any language: a sum (円, yen, ienes, yên, ¥), a cost's word (費, 料金, 代金, 負担金) or a payment's (振込, 支払, 入金).
const MONEY_TOLD = /\d[\d,，.]*\s*(?:万\s*)?(?:円|yen|ienes|yên|ien)|[¥￥]\s*\d|費|料金|代金|負担金|振込|振り込|支払|入金/i;

/** Something at stake told beside the ask (AT_STAKE: a problem, a threat, a hurry, money, the hours at home), or a sum or a cost named. */
function stakeTold(ctx: Pick<CheckContext, 'lures' | 'norm'>): boolean {
  return MONEY_TOLD.test(ctx.norm.text) || ctx.lures.some((l) => !l.quoted && (l.kind === 'lure' || l.kind === 'pressure' || AT_STAKE.has(l.category)));
}

/**
 * The message asks a call, a reply, money or a messenger move outright, not only for when something happens ("欠席の場合は連絡を").
 * A call or a plain reply (a time, a Y/N) counts only with something at stake beside it (AT_STAKE): "トリミング終わりました。お迎えの
 * 時間を返信ください" is the salon the reader left the dog at, whatever line it texts from; money, a payee, data or a messenger move
 * asked by an organisation through a line it does not own is the ask itself.
 */
function asksOutright(ctx: Pick<CheckContext, 'asks' | 'lures' | 'norm' | 'sender'>): boolean {
  // (Only a domestic handset may be a worker's or a small shop's own phone: an 050 line or a number abroad is rented by anyone.)
  const stake = ctx.sender?.tier !== 'domestic-mobile' || stakeTold(ctx);
  return ctx.asks.some((a) => {
    if (a.quoted || !ASKS_BACK.has(a.kind)) return false;
    if ((a.kind === 'call' || a.kind === 'reply-yes-no') && !stake) return false;
    const at = ctx.lures.find((l) => !l.quoted && l.cue === a.cue)?.index;
    if (at === undefined) return true;
    const [start, end] = sentenceAt(ctx.norm.text, at);
    // An ask whose sentence sends the reader to the organisation's own way ("暗証番号を持って窓口へ", "お手元の納付書で") goes
    // through that way, not back through this line.
    if (luresOfCategory(ctx.lures, 'own-way').some((l) => !l.quoted && l.index >= start && l.index < end)) return false;
    return !WHEN_CLAUSE.test(ctx.norm.lower.slice(start, at));
  });
}

function deskOnOpenLine(ctx: CheckContext): boolean {
  if (ctx.reported || ctx.person || !openLine(ctx.sender) || speaksAsPerson(ctx) || signedByPerson(ctx.norm.text)) return false;
  // Nor a person of the organisation naming themself from a domestic handset, asking only a call or a reply with nothing at stake
  // ("月極駐車場の管理人の佐藤です。車の件で確認したいのでこの番号にお電話ください", "電力会社の点検員の田中です。明日の点検の件で…":
  // namedPerson, stakeTold): a caretaker or a fitter asking to be rung on the phone they carry is the writer, as a signed one is.
  // Not from an 050 line or abroad, rented by anyone; not beside money, a PIN or a problem ("民生委員の佐々木です。…暗証番号も").
  if (ctx.sender?.tier === 'domestic-mobile' && namedPerson(ctx) && !stakeTold(ctx) && ctx.asks.every((a) => a.quoted || a.kind === 'call' || a.kind === 'reply-yes-no')) return false;
  // The reader's own booking, order or application (ご予約, ご注文, ご応募), with no problem told and nothing pressed: the
  // reader's business with a desk they chose ("中村歯科医院です。明日11時のご予約…キャンセルの際はお電話ください").
  const own = OWN_BUSINESS.some((c) => luresOfCategory(ctx.lures, c).some((l) => !l.quoted));
  if (readersOwnBusiness(ctx)) return false;
  // The institution speaks when the message opens with it ("年金事務所です。", "【電力会社からのお知らせ】", "…の件で病院から連絡です");
  // one named later is where money goes or what is talked of ("大家の村上です。…新しい口座は、みずほ銀行…").
  const [, opening] = sentenceAt(ctx.norm.text, 0);
  // So does money said in the opening to be due to the reader from no one named ("払い過ぎた携帯料金の返金があります"):
  // whoever owes a refund says who they are and pays through the reader's own account with it; the refund is the
  // lure of the 還付金詐欺 (NPA, 国民生活センター), and the line it asks to be rung on is whoever holds it.
  if (luresOfCategory(ctx.lures, 'refund-due').some((l) => !l.quoted && l.index < opening && !CANCELLATION.test(l.cue) && !inSentence(ctx, l.index, 'never-ask'))) return true;
  // So does a call asked through what follows if it is not made, with a charge, a harm or a problem told ("本日中にご連絡なき場合、
  // 延滞料を請求いたします", "連絡がない場合、ご家族・勤務先へ連絡します" after an unpaid site's fee): only a creditor, a court or an
  // office threatens so, and it names itself and takes calls on its published number (国民生活センター: 「本日中に連絡がなければ
  // 法的措置」のSMSには連絡しない).
  // (Not about the reader's own booking or order: "ご予約…ご連絡なき場合はキャンセル料が発生します" is the desk the reader chose.)
  if (!own && ifNotCalled(ctx)) return true;
  // So does the reader's own account, name, number or identity said in the opening to be caught up in something ("お客様の
  // 口座に関して確認したい事項がございます", "あなたの個人情報が…"): the matter of an institution that holds it, which names itself
  // and is rung on its published number; the fake police's and the fake bank's opening (accused) leaves who speaks unsaid.
  // (Written in the notice's own register: the English cues, "your card", "your name", are a relative's everyday words too:
  // "Mom, don't answer if a 'bank' calls asking for your card number. Call me first".)
  if (luresOfCategory(ctx.lures, 'accused').some((l) => !l.quoted && l.index < opening && !ASCII_ONLY.test(l.cue) && !inSentence(ctx, l.index, 'never-ask'))) return true;
  // So does a desk or a business that opens the message as itself (a heading, "サービス部です", "料金回収センターより", "…の者です",
  // or the office's register: お客様, ございます) and tells of the reader's own money, contract, benefit or account as a matter to
  // settle (accountMatter: a payment unconfirmed, a 督促, the contract's terms, a benefit due, an insurance claim): a dealer, an
  // insurer, a landlord's agent or a billing desk names itself and takes calls on its published line or the one on the reader's
  // bill or card, and sends its notices through a registered sender (国民生活センター 架空請求: SMSに記載された番号に電話しない).
  // (Not the reader's own booking or order with nothing told wrong: `own` above.)
  if (!own && accountMatter(ctx) && (DESK_OPENING.test(ctx.norm.text.slice(0, opening)) || officeVoiceOnOpenLine(ctx))) return true;
  // So does an organisation that names itself as the writer (writesAsOrganisation: "ガス会社です", "管理組合です", "…事務所より",
  // "Aviso da companhia elétrica", "saya dari perusahaan gas"), not a parcel's worker: what it asks back through this line goes
  // to whoever holds it (警察庁・国民生活センター: 会社や役所を名乗るSMSの番号に折り返さず、公式の番号に確かめる).
  // (Asked outright: "欠席の場合は必ず連絡してください" tells the reader when to call, as a school's office does; it asks nothing now.)
  if (writesAsOrganisation(ctx.norm.text) && !ctx.lures.some((l) => !l.quoted && l.category === 'delivery') && asksOutright(ctx)) return true;
  // So does a customer-service desk named as the line to ring, its number abroad ("请致电客服 400-660-8127", "call our customer
  // service on +1 …"): a company serving residents of Japan takes their calls on a domestic line (a fixed, 0120 or 0570 number);
  // one abroad, given from a line no office texts from, is whoever holds it (国民生活センター: SMSに記載された番号に電話しない;
  // the 航班取消 refund lure of 中国民用航空局's and 警察庁's warnings gives a 400 number).
  if (abroadDeskCall(ctx)) return true;
  return luresOfCategory(ctx.lures, 'institution').some((l) => !l.quoted && l.index < opening && !PARCEL_WORDS.test(l.cue) && !inSentence(ctx, l.index, 'never-ask') && !placeOrObject(ctx.norm.text, l.index, l.cue.length));
}


// A customer-service desk's name, in the residents' languages: what a company calls the line its customers ring.
const SERVICE_DESK = /客服|客户服务|客戶服務|服务热线|服務熱線|customer (?:service|support|care)|help ?desk|hotline|カスタマー(?:サービス|センター|サポート)|サポートセンター|コールセンター|고객\s?센터|tổng đài|tong dai|chăm sóc khách hàng|cham soc khach hang|atendimento|serviço ao cliente|servico ao cliente|layanan pelanggan|customer hotline/;

/** A call asked, not quoted, to a written number abroad, with a customer-service desk named in the ask's sentence. */
function abroadDeskCall(ctx: CheckContext): boolean {
  return ctx.asks.some((a) => {
    if (a.quoted || a.kind !== 'call' || a.channel.type !== 'phone') return false;
    const value = a.channel.value;
    const p = ctx.indicators.phones.find((x) => x.normalized === value);
    if (p === undefined || p.kind !== 'international') return false;
    const at = ctx.norm.text.indexOf(p.raw);
    if (at < 0) return false;
    const [start, end] = sentenceAt(ctx.norm.text, at);
    return SERVICE_DESK.test(ctx.norm.lower.slice(start, end + 1));
  });
}

// The immigration office named, in the residents' languages (入管, 出入国在留管理庁/局, 入国管理局, immigration, 出入境, 출입국,
// xuất nhập cảnh, imigração, imigrasi, अध्यागमन).
const IMMIGRATION_OFFICE = /入管|出入国在留管理|入国管理|immigration|出入境|入境管理|출입국|xuất nhập cảnh|xuat nhap canh|imigração|imigracao|imigrasi|अध्यागमन/;
// Senders vouched for by a registry: a listed business's number or a carrier's.
const REGISTERED_TIERS: ReadonlySet<string> = new Set(['registered-business', 'carrier']);

/**
 * The immigration office speaks (an institution cue naming it, opening no person's message) and tells a problem with the
 * reader (a lure, not in a never-ask sentence), from a line no registry vouches for, a fixed line included. 出入国在留管理庁
 * warns that callers posing as its staff show real numbers (実在する電話番号…を偽装していることがあります), that its staff never
 * ask money by phone or mail, and that a passport, visa or residence card's problem is not told by phone: whoever answers a call
 * back to such a line is the caller (https://www.moj.go.jp/isa/ 「入管を名乗る不審な電話、メール等にご注意ください」).
 * A person telling of their own visa, a report or a warning, and a registered sender are not counted.
 */
function statusOfficeCall(ctx: CheckContext): boolean {
  // (The office's name first: it now runs for every message's identity, and almost none names it.)
  if (ctx.reported || ctx.person || ctx.sender === null || REGISTERED_TIERS.has(ctx.sender.tier)) return false;
  if (!luresOfCategory(ctx.lures, 'institution').some((l) => !l.quoted && IMMIGRATION_OFFICE.test(l.cue.toLowerCase()) && !inSentence(ctx, l.index, 'never-ask'))) return false;
  if (speaksAsPerson(ctx)) return false;
  return ctx.lures.some((l) => !l.quoted && l.kind === 'lure' && !inSentence(ctx, l.index, 'never-ask'));
}

// LINE official accounts' own links (lin.ee, page.line.me, line.me/R/ti/p/@…): LINE issues them to registered businesses.
const OFFICIAL_ACCOUNT = /(?:^|\/\/|\b)(?:lin\.ee|page\.line\.me)\/|line\.me\/r\/ti\/p\/@/i;

/**
 * A business matter (a recruiter hiring, a customer ordering or booking), not a person's own talk, moved to a
 * messenger account that is no official account link: businesses hire and order through their own mail,
 * systems and published lines.
 */
export function businessViaMessenger(ctx: CheckContext, asks: readonly Ask[]): boolean {
  if (ctx.reported || ctx.person || !asks.some((a) => a.kind === 'messenger')) return false;
  if (!BUSINESS_MATTERS.some((c) => luresOfCategory(ctx.lures, c).some((l) => !l.quoted && !inSentence(ctx, l.index, 'never-ask')))) return false;
  return !ctx.indicators.urls.some((u) => OFFICIAL_ACCOUNT.test(u.normalized));
}

/** Whether an ask goes through a channel the identity owns. Secrets and gift cards are never owned. */
export function owned(ask: Ask, id: Identity, brands: BrandLookups, appStores: ReadonlySet<string>): boolean {
  // Nor is a visitor who takes cards or a passbook at the door: no bank or office collects them so.
  // Nor a threat to expose the reader unless they pay or answer: whoever makes it, it is extortion.
  // Nor a script for the bank teller or a ban on telling: no bank, office or police coaches the reader so.
  // Nor a relative's new, borrowed or hoarse line: the relative owns the number the reader has for them, not this one.
  if (ask.kind === 'secret' || ask.kind === 'share-code' || ask.kind === 'gift-card' || ask.kind === 'collect' || ask.kind === 'extort' || ask.kind === 'coach' || ask.kind === 'kin-line' || ask.kind === 'befriend' || ask.kind === 'relay-call' || ask.kind === 'opener') return false;
  // Nor a call back to a written number about the reader's status in the immigration office's voice, a fixed line's included.
  if (ask.kind === 'call' && ask.channel.type !== 'unstated' && id.statusOffice) return false;
  const ch = ask.channel;
  switch (ch.type) {
    case 'url': {
      if (ask.kind === 'install' && appStores.has(ch.host)) return true;
      const owners = idsOf(brands.officialForHost(ch.host));
      // A message that claims none of our brands, linking under co.jp, ac.jp, lg.jp…: JPRS lets only
      // the organisation of that kind hold it, one each, so it is the site of whoever writes, not a scammer's page.
      // So is a link whose host carries the name the message signs with (【さくら歯科】 → sakura-dental.jp).
      // So is a site the body a kind names keeps outside them (kinds' sites: kenketsu.jp for 日本赤十字社's blood centres).
      if (owners.length === 0) return id.claimed.length === 0 && (brands.restricted(ch.host) || id.namedSite.includes(ch.value) || onKindSite(ch.host, id.kinds));
      // A person sharing a shop's page links to the shop's own site; a shop's map or a bank's video
      // on another listed brand's own site (maps.app.goo.gl, youtu.be) is on no impersonator's page.
      // (Platform hosts where anyone publishes are never any brand's official host.)
      if (id.claimed.length === 0 || owners.some((o) => id.claimed.includes(o))) return true;
      return id.elsewhereOfficial.includes(ch.value);
    }
    case 'phone': {
      // A three-digit 1xx service number (151, 157, 113…) rings the reader's own carrier, whoever wrote it.
      if (SERVICE_NUMBER.test(ch.value)) return true;
      const info = id.numberInfo?.(ch.value) ?? { raw: ch.value, normalized: ch.value, e164: null, kind: 'unknown', country: null, route: 'unknown', tier: 'unknown', brandIds: [] };
      const owners = idsOf(brands.officialForSender(info));
      if (owners.some((o) => id.claimed.includes(o) || id.senderBrands.includes(o))) return true;
      if (id.claimed.length === 0 && owners.length > 0) return true;
      // A sender that cannot be spoofed and speaks for what it claims vouches for the numbers it writes;
      // a call back to the fixed line the message came from reaches that line's holder.
      if (id.senderOwnsClaim || (id.senderFixedLine && ch.value === id.senderNumber)) return true;
      // The handset the message comes from, written out ("担当 佐藤(090-…)。この番号へご連絡ください"): a call
      // to it is a reply to the writer, owned as one.
      return ch.value === id.senderNumber && ask.kind === 'call' && ownsReplyCall(id);
    }
    case 'unstated':
      // "カスタマーセンターへご連絡ください" with no number written: the desk is reached by the number the reader already knows.
      if (ask.ownWay) return true;
      // "「クロネコヤマト公式アプリ」を検索してインストール": the store gives the brand's own app (namesOwnApp).
      if (ask.kind === 'install' && id.namesOwnApp) return true;
      // "再配達はお電話ください" from a handset about a visit, with no number written: the one number the
      // reader has is the line the message comes from, so the call is a reply to the writer.
      // (Not a courier's company voice on a handset: the reader is left to ring the handset, which is not the company's.)
      if (ask.kind === 'call' && id.visitHandset && !id.companyOnHandset) return true;
      // "下記より", "ご確認ください": the way is the message's own links, when every one is the claimed brand's.
      return id.senderOwnsClaim || (id.claimed.length > 0 && id.linksOfficial);
    case 'reply':
      if (ask.kind === 'call' && ownsReplyCall(id)) return true;
      // "このまま折り返しお電話ください" from a fixed line: the call back reaches that line's holder, as the same number
      // written out does (the 'phone' case above). A ward office's or a clinic's own landline asking to be rung back.
      if (ask.kind === 'call' && id.senderFixedLine) return true;
      return id.senderOwnsClaim;
    case 'messenger':
      return id.senderOwnsClaim;
  }
}

// A worker signing with their name: "担当 佐藤(090-…)", "〇〇ガスサービス 藤井" at the end, "我是搬家公司的李".
// A surname is one to four kanji; an office's word in it makes it a desk, not a person. ("Xの佐藤です" is
// left out: "配達日時の確認です" reads the same to a pattern.)
const SIGNED = [/担当(?:者)?\s*[:：]?\s*([一-龥]{1,4})(?=[\s(（。、,です]|$)/, /\s([一-龥]{2,4})\s*$/, /我是[^,，。]{0,12}的([一-龥]{1,2})(?=[。,，!！]|$)/];
// (村 only as a village's office: 中村, 木村, 西村 are among the commonest surnames.)
const DESK_WORDS = /[課係局署庁所店社室部院館会省府県市区町校塾園庫者]|村(?:役場|役所)|窓口|事務|担当|受付|本部|支援/;

// A courier's worker introducing themself by the job, no company named ("宅配の者です", "配送の者ですが", "配達員です", "I'm the
// driver", "em là tài xế", "我是快递员"): the driver texting from their own phone about the visit, as a signed name says (SIGNED).
// (Not "…の者です" alone: "市役所の者です" is any office's voice.)
const COURIER_WORKER_SELF = /(?:宅配|配達|配送|運送|宅急便)(?:の者|員|担当|スタッフ)|ドライバー|\bdriver\b|tai xe|tài xế|司机|司機|快递员|快遞員|배송기사|택배기사|motorista/;

/** The writer names themself as a courier's worker, by the job (COURIER_WORKER_SELF) or a worker's word (data/lures.json courier-worker). */
function courierWorkerVoice(ctx: CheckContext): boolean {
  return COURIER_WORKER_SELF.test(ctx.norm.lower) || luresOfCategory(ctx.lures, 'courier-worker').some((l) => !l.quoted);
}

/** The writer signs with a person's name (see SIGNED). */
function signedByPerson(text: string): boolean {
  for (const re of SIGNED) {
    const m = re.exec(text);
    if (m !== null && !DESK_WORDS.test(m[1] as string)) return true;
  }
  return false;
}

// A person of the company named before です/と申します: "ヤマトの佐々木です", "西濃運輸の藤田と申します", "郵便局配達担当の阿部です".
const NAMED_WORKER = /の([一-龥々]{1,4})(?:です|と申します|でございます)/;

/**
 * The writer speaks as a courier's worker, not as the company: a worker's word (data/lures.json courier-worker), a signature,
 * or a person's name after the company's ("ヤマトの佐々木です"; not a desk's: "配送センターの受付です").
 */
function workerVoice(ctx: CheckContext): boolean {
  return luresOfCategory(ctx.lures, 'courier-worker').some((l) => !l.quoted) || namedPerson(ctx);
}

/** The writer names themself as a person of the company: a signature, or a surname after the company's ("明治安田生命の中村です"). */
export function namedPerson(ctx: Pick<CheckContext, 'norm'>): boolean {
  if (signedByPerson(ctx.norm.text)) return true;
  const m = NAMED_WORKER.exec(ctx.norm.text);
  return m !== null && !DESK_WORDS.test(m[1] as string);
}

/** Whether a call back to the line the message comes from reaches the one the message speaks as. */
function ownsReplyCall(id: Identity): boolean {
  // "Call me back" from someone who claims to be no one but themselves: the call reaches them and no one else.
  // A courier's driver, a gas fitter or a mover texting from their own phone about the visit, with no
  // office's problem to press: "変更がある場合はこの番号へご連絡ください" rings the worker.
  // Unsigned too ("ご都合の良い時間をこの番号にお知らせください" from a fitter who did not sign): with no link and no
  // other number, and nothing but the visit told, the call reaches the writer and gives nothing away.
  // Not an institution's voice from a line no office texts from (deskOnOpenLine): that line is whoever holds it.
  if (id.deskOnOpenLine) return false;
  // Nor a courier speaking as the company from a handset (companyOnHandset): the company does not text from one, its drivers do, as themselves.
  if (id.companyOnHandset) return false;
  // Nor a call to confirm a payee the same line announced as changed (payeeConfirmCall): the announcer confirms its own word.
  if (id.payeeConfirmCall) return false;
  return (id.claimed.length === 0 && !id.role) || id.courierHandset || id.workersHandset || id.visitHandset;
}

/**
 * A shop's sale, a price cut with a limit on who may buy ("先着30名様限定・定価の80%OFF", "予約枠に空き"),
 * in no person's voice, from a line no shop sends its sales from (a handset, an 050 line, a number abroad,
 * an unregistered letters ID) that vouches for nothing: shops send sales from registered lines, and the limit
 * presses a stranger to pay on the linked page before checking it (偽通販サイト). A friend passing a sale on
 * speaks as a person ("セールで半額だって").
 */
export function shopSale(ctx: CheckContext, id: Identity): boolean {
  if (ctx.reported || ctx.person || id.senderOwnsClaim) return false;
  const s = ctx.sender;
  if (s === null || !(s.tier === 'domestic-mobile' || s.kind === 'ip-phone' || fromAbroad(s) || lettersId(s))) return false;
  let discount = false;
  let quota = false;
  for (const l of ctx.lures) {
    if (l.quoted) continue;
    if (l.category === 'discount') discount = true;
    else if (l.category === 'quota') quota = true;
  }
  return discount && quota;
}

/**
 * The number to ring is an 050 IP-phone line or a number abroad (the line the message came from too: an
 * office does not text from one either): had by anyone online in minutes, kept by no office.
 */
function openCallbackLine(ctx: CheckContext, a: Ask): boolean {
  const kind = phoneKindAsked(ctx, a);
  return kind === 'ip-phone' || kind === 'international';
}

// Listed brands whose calls are taken on published lines only: banks, utilities, government bodies.
// So do those that hold the reader's money or contract: card issuers, insurers, brokerages, payment and finance companies,
// carriers and the broadcaster (their desks are 0120/0570 and the carriers' 151/157). Not couriers, whose drivers ring
// from their own handsets, nor shops.
const PUBLISHED_LINE_CATEGORIES: ReadonlySet<string> = new Set(['bank', 'utility', 'government', 'card', 'card-network', 'insurance', 'brokerage', 'payment', 'consumer-finance', 'crypto', 'carrier', 'carrier-billing', 'broadcaster']);

/**
 * The message speaks as a financial, utility, medical or public institution: a kind of one it does not
 * name (data/brands.json kinds: a 信金, a JA, a regional bank, a gas company, a hospital, a municipality's
 * department), or a listed bank, utility or government body, with nothing else claimed.
 */
function institutionCaller(id: Identity, brands: BrandLookups): boolean {
  if (id.claimed.length > 0) return id.claimed.every((c) => PUBLISHED_LINE_CATEGORIES.has(brands.byId(c)?.category ?? ''));
  return id.kinds.length > 0;
}

// Lines a public body's offices and desks answer on: geographic fixed lines, 0120/0800 and 0570.
const DESK_LINES: ReadonlySet<PhoneKind> = new Set(['fixed', 'toll-free', 'navi-dial']);

/**
 * The number to ring is a fixed, toll-free or 0570 line, the message does not come from a handset, an 050
 * line or abroad, and it speaks as a government body
 * (every brand claimed is one) or as a kind of institution we do not list (a 信金, a JA, a hospital, a
 * municipality's department: its own numbers are in no list either).
 */
function publicBodyDesk(ctx: CheckContext, id: Identity, brands: BrandLookups, a: Ask): boolean {
  const kind = phoneKindAsked(ctx, a);
  // Not from a line no office texts from (a handset, an 050 line, abroad): whoever holds it picked the number. Except a
  // department's own geographic line with nothing at stake (departmentNotice): a town's notice sent through a bulk service.
  if (kind === undefined || !DESK_LINES.has(kind) || (openLine(ctx.sender) && !(kind === 'fixed' && departmentNotice(ctx, a)))) return false;
  if (id.claimed.length === 0) return id.kinds.length > 0;
  return id.claimed.every((c) => brands.byId(c)?.category === 'government');
}

// A department of an office named right before the number it is rung on: "保険年金課(0294-…)", "税務課 0175-…", "市民課 担当:".
const DEPARTMENT_BEFORE = /[課係室](?:\s*担当)?\s*[(（:：]?\s*$/;

/**
 * A public body's notice from a domestic handset (a bulk service's number) that names the department the reader is to ring on
 * its own geographic line (an area code ties a fixed line to an address and a holder: 03-, 0294-), and tells nothing at stake:
 * no lure, nothing pressed, no link, no e-mail, nothing asked but that call ("【ひばり野町からのお知らせ】後期高齢者医療保険料について、
 * ご案内があります。保険年金課(0294-55-7100)までご連絡ください"). The call reaches the department, whoever sent the text; a lure's
 * desk is an 050 line, a handset or a 0570 number anyone rents, or it comes with a refund, a debt, a sanction or a hurry.
 */
function departmentNotice(ctx: CheckContext, a: Ask): boolean {
  if (ctx.reported || ctx.sender?.route !== 'domestic-handset' || a.channel.type !== 'phone') return false;
  const ind = ctx.indicators;
  if (ind.urls.length > 0 || ind.emails.length > 0 || ind.phones.length !== 1) return false;
  if (ctx.lures.some((l) => !l.quoted && (l.kind === 'lure' || l.kind === 'pressure'))) return false;
  if (ctx.asks.some((x) => !x.quoted && x.kind !== 'call')) return false;
  const p = ind.phones[0]!;
  const at = ctx.norm.text.indexOf(p.raw);
  return at > 0 && DEPARTMENT_BEFORE.test(ctx.norm.text.slice(Math.max(0, at - 12), at));
}

// A desk offered for the reader's questions, opening the number's sentence: "ご不明点は納税課(03-…)まで", "お問い合わせは…へ".
const QUESTIONS_DESK = new RegExp(`${QUESTIONS_OFFERED.source}|questions\\?? (?:call|contact)|if you have (?:any )?questions`);

/**
 * The number the call rings is offered in its sentence for the reader's questions, not asked as the way to act on the
 * notice: the reader rings it only to ask about what the notice already says, whatever it says (a 督促's 差押え included).
 */
function offeredForQuestions(ctx: CheckContext, a: Ask): boolean {
  if (a.channel.type !== 'phone') return false;
  const p = ctx.indicators.phones.find((x) => x.normalized === a.channel.value);
  const at = p === undefined ? -1 : ctx.norm.text.indexOf(p.raw);
  if (at < 0) return false;
  const [start] = sentenceAt(ctx.norm.text, at);
  return QUESTIONS_DESK.test(ctx.norm.lower.slice(start, at));
}

// Where money is to go, written: an account ("普通 1234567", "口座番号"), a payment app's ID, or a payee's cue (data/lures.json payee*).
// Any account named, even without its number ("捜査用の安全な口座へ移して"), is a payee the message chose.
const PAYEE_WRITTEN = /口座|支店|名義|paypay|送金先|振込先|お振込先|\baccount\b|wallet/;
const PAYEE_CATEGORIES: ReadonlySet<string> = new Set(['payee', 'payee-third', 'payee-id', 'payee-changed', 'payee-later', 'e-money', 'gift-card', 'crypto']);

/**
 * The message asks a payment and gives no payee (no account, no app ID, no payee cue), from a fixed, 0120 or 0570 line
 * sent through an aggregator (a line tied to a registered holder), writing no link, no e-mail and no number but that very
 * line: the reader pays the way they already pay the sender, and any question goes to the line it came from.
 */
function ownPaymentLine(ctx: CheckContext, id: Identity): boolean {
  const s = ctx.sender;
  if (s === null || !id.senderFixedLine || ctx.reported) return false;
  // A brand we list, claimed from a line that is not its own, speaks through a stranger's line (BRAND_UNOFFICIAL_SENDER's case).
  if (id.claimed.length > 0 && !id.senderOwnsClaim) return false;
  const ind = ctx.indicators;
  if (ind.urls.length > 0 || ind.emails.length > 0 || ind.phones.some((p) => p.normalized !== s.normalized)) return false;
  if (ctx.asks.some((a) => !a.quoted && a.kind !== 'money' && a.kind !== 'call' && a.kind !== 'resolve')) return false;
  if (PAYEE_WRITTEN.test(ctx.norm.lower)) return false;
  return !ctx.lures.some((l) => !l.quoted && PAYEE_CATEGORIES.has(l.category));
}

/** The number to ring is a mobile (070/080/090) written in the text that is not the line the message came from. */
function personalCallbackLine(ctx: CheckContext, a: Ask): boolean {
  return phoneKindAsked(ctx, a) === 'mobile' && a.channel.value !== ctx.sender?.normalized;
}

// Written numbers anyone can hold: a handset, an 050 line rented online, a number abroad.
const HELD_BY_ANYONE: ReadonlySet<PhoneKind> = new Set(['mobile', 'ip-phone', 'international']);

/**
 * A parcel's matter (a courier's or a parcel's words, in no person's voice) asked to be rung on a written number that is not the
 * line the message came from and that anyone can hold (a handset, an 050 line, abroad): a driver's call back rings the phone they
 * text from ("担当 佐藤(090-…)。変更はこの番号へ"), and a courier's desks are its published fixed, 0120 and 0570 lines; another
 * handset or an 050 line is whoever holds it ("宅配便の送り先住所がわかりません。お電話にてご連絡ください 080-…" from 070-…).
 */
function parcelOnOtherLine(ctx: CheckContext, a: Ask): boolean {
  if (ctx.reported || ctx.person || speaksAsPerson(ctx) || a.channel.type !== 'phone' || a.channel.value === ctx.sender?.normalized) return false;
  const kind = phoneKindAsked(ctx, a);
  if (kind === undefined || !HELD_BY_ANYONE.has(kind)) return false;
  return ctx.lures.some((l) => !l.quoted && (l.category === 'delivery' || (l.category === 'institution' && PARCEL_WORDS.test(l.cue))));
}

/** The kind of the written number a call ask rings (as extracted from the text), if it rings one. */
function phoneKindAsked(ctx: CheckContext, a: Ask): PhoneKind | undefined {
  const ch = a.channel;
  return ch.type === 'phone' ? ctx.indicators.phones.find((p) => p.normalized === ch.value)?.kind : undefined;
}

/** A sender ID of letters, which whoever sends can type. */
export function lettersId(s: SenderInfo | null): boolean {
  return s !== null && (s.tier === 'alphanumeric' || s.kind === 'alphanumeric');
}

/**
 * A line no office texts from: a personal handset, an 050 IP line anyone rents online, a number
 * abroad, or a number no plan knows (a digit short or long): offices, banks, utilities and pollsters
 * send through aggregators or registered lines.
 */
export function openLine(s: SenderInfo | null): boolean {
  return s !== null && (s.tier === 'domestic-mobile' || s.kind === 'ip-phone' || s.kind === 'unknown' || fromAbroad(s));
}

/** The line vouches for no one: a handset, an 050 line, a number abroad or no plan knows, a letters ID, or no sender known. */
export function vouchesForNothing(s: SenderInfo | null): boolean {
  return s === null || openLine(s) || lettersId(s);
}

/**
 * The message speaks in an office's or a company's voice (お客様, 当社, a desk introducing itself:
 * "選挙調査センターです", "病院の受付です", "受信契約の確認です"), not a person's, from a line no
 * office texts from (openLine): whatever it asks back through that line goes to whoever holds it,
 * not to the office it sounds like. A 0005 or registered line is the office's own.
 */
export function officeVoiceOnOpenLine(ctx: Pick<CheckContext, 'lures' | 'asks' | 'sender' | 'person' | 'reported' | 'norm'>): boolean {
  if (ctx.reported || ctx.person || !openLine(ctx.sender)) return false;
  // The reader's own booking or order with the business, nothing wrong told: the desk the reader chose (readersOwnBusiness).
  if (readersOwnBusiness(ctx)) return false;
  // A parcel's words are a driver's, and drivers text from their own phones (see blockingAsks).
  // An organisation naming itself as the writer (writesAsOrganisation) is its voice, unless a person signs (signedByPerson).
  let voice = writesAsOrganisation(ctx.norm.text) && !speaksAsPerson(ctx) && !signedByPerson(ctx.norm.text) && asksOutright(ctx);
  for (const l of ctx.lures) {
    if (l.quoted) continue;
    if (l.category === 'delivery') return false;
    // An institution named is not enough: "振込先:三菱UFJ銀行" names where money goes, not who speaks.
    if (l.kind === 'register' && l.category === 'business') voice = true;
    // A poll is an organisation's (a pollster's, an office's, a shop's): "【アンケート】…受け取る場合は「Y」",
    // "3問の調査にご協力ください" asks in that voice whoever signs it, and no pollster texts from such a line.
    if (l.category === 'recon-pretext' && POLL.test(l.cue)) voice = true;
  }
  return voice;
}

// The poll's words among the recon pretexts (data/lures.json recon-pretext): a survey, a census, statistics.
const POLL = /アンケート|あんけーと|調査|ちょうさ|チョウサ|統計|survey|census|调查|調查|khao sat|pesquisa|censo/;

/** An overseas number or route: no domestic office, shop or relative's handset texts from there. */
export function fromAbroad(s: SenderInfo | null): boolean {
  return s !== null && (s.route === 'overseas' || s.tier === 'overseas');
}

// Brand categories whose staff text the reader from their own phones about a delivery.
const COURIERS: ReadonlySet<string> = new Set(['logistics', 'delivery']);

/**
 * Lures that tell of an office's problem with the reader's account, bill, case or payout. A parcel
 * (drivers text from their own phones) and a relative speak as people.
 */
export const OFFICE_PROBLEMS: ReadonlySet<string> = new Set([
  'unpaid-charge', 'account-restriction', 'security-alert', 'identity-check', 'tax-refund', 'prize',
  'legal-threat', 'paid-content', 'loan-fee', 'office-matter',
  // A charge that goes ahead unless the reader answers (自動更新, 月額料金が発生): a subscription the office bills.
  'renewal-charge',
  // The office's own published line ruled out for a handset ("0120ではなくこちらの携帯へ"): the office's business, told so that
  // the reader cannot check it on the number the office publishes.
  'official-line-ruled-out',
]);

// What a "new number" relative is after.
// Moving a relative to a new messenger ID is the first step of the same scam (NPA: 'LINEを新しくしたのでIDを追加して').
const NEW_NUMBER_ASKS: ReadonlySet<AskKind> = new Set(['money', 'payee', 'gift-card', 'share-code', 'secret', 'messenger']);

// Senders whose own line an office would ask to be called back on.
const OFFICE_LINES: ReadonlySet<string> = new Set(['business-number', 'registered-business', 'carrier']);
// An 050 IP-phone number is had by anyone in minutes, online: no more an office's line than a handset.
const OPEN_KINDS: ReadonlySet<string> = new Set(['ip-phone']);

const ASK_REASON: Partial<Record<AskKind, ReasonCode>> = {
  'reply-data': 'ASK_PERSONAL_DATA',
  secret: 'CREDENTIAL_REQUEST',
  'share-code': 'ASK_SHARE_CODE',
  'reply-yes-no': 'ASK_REPLY_YES_NO',
  messenger: 'ASK_MESSENGER',
  install: 'ASK_INSTALL',
  'gift-card': 'ASK_GIFT_CARD',
  money: 'ASK_MONEY',
  join: 'ASK_CRIME_JOB',
  payee: 'ASK_UNVERIFIED_PAYEE',
  collect: 'ASK_DOOR_COLLECT',
  offer: 'ASK_PAID_OFFER',
  extort: 'ASK_EXTORTION',
  atm: 'ASK_ATM',
  recon: 'ASK_HOUSEHOLD_RECON',
  role: 'ASK_ROLE_CHANNEL',
  'credit-order': 'ASK_GOODS_ON_CREDIT',
  'visit-sale': 'ASK_VISIT_SALE',
  'coerce-sale': 'ASK_COERCIVE_SALE',
  coach: 'ASK_COACHED_DECEIT',
  'kin-line': 'ASK_KIN_NEW_LINE',
  befriend: 'ASK_STRANGER_TIE',
  'relay-call': 'ASK_RELAYED_CALL',
  opener: 'ASK_MATTER_OPENER',
};

/** A keyword texted to a short code (asks/reply.ts shortCodeKeyword): a premium-rate service's sign-up, billed per message. */
const SHORT_CODE_EXPLAIN = { en: 'Asks you to text a keyword to a short code: how premium-rate services sign you up and bill each message to your phone', ja: 'キーワードを短縮番号へ送信させようとしています（有料SMSサービスの登録・従量課金の手口）' };

const EXPLAIN: Record<AskKind, { en: string; ja: string }> = {
  'open-link': { en: 'Asks you to open a link that is not the claimed sender\'s own', ja: '名乗る相手の公式ではないリンクを開かせようとしています' },
  call: { en: 'Asks you to call a number that is not the claimed sender\'s own', ja: '名乗る相手の公式ではない番号に電話させようとしています' },
  'reply-data': { en: 'Asks you to send back personal data (name, birth date, address…)', ja: '氏名・生年月日・住所などの個人情報を返信させようとしています' },
  secret: { en: 'Asks for secrets such as passwords, PINs, card details or codes', ja: '暗証番号・パスワード・カード情報・認証コードなどを求めています' },
  'share-code': { en: 'Asks you to pass on a code sent to your phone: whoever gets it takes over an account in your name', ja: 'あなたの電話番号に届いたコードを教えるよう求めています（アカウント乗っ取り・SMS認証代行の手口）' },
  'reply-yes-no': { en: 'Asks for a Y/YES reply from a sender that is not who it claims', ja: '名乗る相手の公式でない送信元への「Y」「はい」の返信を求めています' },
  messenger: { en: 'Moves the conversation to a messenger account (LINE ID, Telegram, WhatsApp…)', ja: 'LINE・Telegram・WhatsAppなど別の連絡手段に誘導しています' },
  install: { en: 'Asks you to install an app or profile from outside the official stores', ja: '公式ストア以外からアプリ・プロファイルをインストールさせようとしています' },
  'gift-card': { en: 'Asks you to buy gift cards or send their numbers: no company takes payment that way', ja: 'ギフトカード・電子マネーの購入や番号の連絡を求めています（正規の支払い方法ではありません）' },
  money: { en: 'Asks you to transfer or lend money', ja: '送金・立て替えを求めています' },
  join: { en: 'Offers a job whose work is a crime (lending an account, withdrawing cash with a stranger\'s card, carrying parcels): answering it is the ask', ja: '犯罪にあたる仕事（口座の貸与、他人のカードでの引き出し、荷物の受け取り・運搬など）への応募を求めています（闇バイト）' },
  payee: { en: 'Asks you to pay a payee you cannot check: a personal or "changed" account, one to be sent later, crypto, or a fee before money you are owed is released', ja: '確かめようのない相手への支払いを求めています（個人名義・「変更された」口座、後から送られる口座、暗号資産、受け取りの前の手数料）' },
  collect: { en: 'Says someone will come to your home to take your bank card, passbook or seal, or cash for a fee or a debt: no bank, office or police does that, and no shop or courier sends a collector for an order\'s or a parcel\'s money', ja: '自宅に来る人にキャッシュカード・通帳・印鑑や、料金・未払い金の現金を渡すよう求めています（銀行・役所・警察が受け取りに来ることはなく、通販や宅配の代金を集金に来ることもありません）' },
  offer: { en: 'Invites you, out of the blue, to an investment or a well-paid "simple" job: the fee, deposit or crime comes next', ja: '突然の投資や高額報酬の「簡単な仕事」への勧誘です（登録料・入金・犯罪への加担に続く手口）' },
  extort: { en: 'Threatens to send or spread private images or a recording unless you reply or pay: that is extortion, whoever writes', ja: '返信や支払いをしなければ画像・動画を送る・広めると脅しています（恐喝です）' },
  atm: { en: 'Sends you to an ATM to receive a refund or benefit, or to cancel something, or has you work an ATM or a payment app on someone\'s instructions: an ATM or an app only sends what you hold, and whoever talks you through it makes you send money', ja: '還付金・給付金の受け取りや解約の手続きでATMへ行かせる、または指示どおりにATMや決済アプリを操作させようとしています（ATMやアプリでお金を受け取ることはできず、操作させて送金させる還付金詐欺の手口です）' },
  role: { en: 'Speaks as an office-holder (a teacher, a treasurer, a building\'s committee or caretaker, a landlord, a contractor) but asks money or a detail through a personal channel: this number\'s PayPay, a personal account, an account sent by reply, a fee in cash at the door, a slip number, a personal mobile', ja: '担任・会計・管理組合・管理人・大家・業者などの立場を名乗りながら、その団体の窓口ではない個人的な手段（この番号のPayPay、個人口座、返信で知らせる口座、玄関での現金集金、不在票の番号、個人の携帯）でお金や情報を求めています' },
  recon: { en: 'Asks how much cash or gold you keep at home, whether you live alone, when your home is empty or how much you have saved: no office, shop or survey asks that by SMS; it is how robbers and fraudsters size up a home (アポ電)', ja: '自宅の現金・金・金庫、一人暮らしかどうか、留守になる時間、預貯金の額などを聞き出そうとしています（役所・店・調査がSMSで尋ねることはありません。強盗・詐欺の下見の「アポ電」の手口です）' },
  'credit-order': { en: 'A buyer new to you asks for goods shipped now and paid for later: a first order on credit from someone you cannot check is how 取り込み詐欺 takes goods and never pays', ja: '取引のない相手が、商品を先に送らせて代金は後払いにしようとしています（初回からの後払い注文は取り込み詐欺の手口です）' },
  'visit-sale': { en: 'Asks when you are home for a visit where money changes hands (a buy, an appraisal, a charged job) that you did not ask for: unsolicited visits are how 押し買い and 点検商法 begin', ja: '依頼していない訪問（買取・査定・有料作業）のために在宅の時間を聞き出そうとしています（押し買い・点検商法の手口です）' },
  'coerce-sale': { en: 'Sells a service to your shop or business by telling of harm to it (a veiled threat if you do not sign, bad reviews or lost sales): a seller that frightens you into a contract is not one to pay', ja: '契約しないと損害が出るとほのめかして、店舗・事業向けのサービスを売り込んでいます（MEO対策・口コミ削除などの強引な勧誘です）' },
  coach: { en: 'Tells you what to say to the bank, a store clerk or the police when they ask about the money, or to keep the payment or the call from them or your family: banks and stores ask because that question stops fraud, and a script or a ban on telling is the fraud\'s own', ja: '銀行・店員・警察に聞かれたときの答え方を指示したり、支払いや電話のことを銀行・警察・家族に話さないよう求めています（窓口での声かけは詐欺を止めるためのもので、口止めや答え方の指示は詐欺の手口です）' },
  'kin-line': { en: 'Writes as your relative on a line told as new, borrowed or with a changed voice, and asks you to call or answer on it, or not to call the old number: your relative owns the number you have for them, and ringing that one is the check this ask avoids', ja: '家族を名乗り、番号が変わった・借りた携帯・声が変などと言って、この番号への電話や返信を求めたり、前の番号に掛けないよう求めています（本人の番号は登録済みの番号です。そちらに掛けて確かめるのを避けさせる手口です）' },
  befriend: { en: 'Writes as a stranger by its own words (a message sent by mistake, your profile seen, an old acquaintance or a friend\'s friend left unnamed) and asks you to be friends, chat or swap LINE: how the romance and investment scams open, the money asked later through the tie', ja: '送り間違い・プロフィールを見た・古い知人など、自ら見知らぬ相手だと言いながら、友達になる・話す・LINE交換を求めています（ロマンス詐欺・投資詐欺の最初の接触の手口で、お金の話は親しくなった後に出てきます）' },
  'relay-call': { en: 'Tells you a call is coming from the police, a ministry, a bankers\' body or a recorded voice and that you must follow the caller\'s instructions: no real body hands you on to another by text and binds you to a caller; hang up and ring the body\'s published number', ja: '警察・省庁・銀行協会・自動音声などから電話があるので指示に従うよう求めています（本物の機関が別の機関からの電話をSMSで予告し、その指示に従わせることはありません。電話は切り、公式の番号に自分で掛けて確かめてください）' },
  opener: { en: 'Speaks as an organisation (or names only its kind) but names no person, says only that there is a matter (your bill, parcel, contract, points, a relative\'s affairs) and asks you to talk now or call back, from a mobile, an 050 line or a number abroad: an organisation with a real matter says what it is and who writes, from its own lines; the phone scams open so, and tell the matter and the money on the call', ja: '組織を名乗りながら担当者名もなく、「〜の件で」と用件があることだけを告げて、今の通話や折り返しの電話を求めています（携帯・050・海外の番号から）。本当に用件のある組織は内容と担当者を書き、自社の番号から連絡します。用件とお金の話を電話で持ち出す詐欺の最初の連絡の手口です' },
  resolve: { en: 'Asks you to act on the problem it asserts, by a way that is not the claimed sender\'s own', ja: '訴えている問題への対応を、公式ではない（示されていない）窓口で求めています' },
};

/** Whether a link is on a host no organisation keeps its own site on (src/core/checks/url-suspect.ts). */
export type ThrowawayHost = (u: ExtractedUrl, senderBrands: readonly string[]) => ThrowawayKind | false;

/** Whether a link is asked in a service's voice on a page no one vouches for (checks/service-page.ts, built by the engine). */
export type ServicePage = (ctx: CheckContext, u: ExtractedUrl) => boolean;

// Money moved or an account named, in any words ("指定口座へ入金して", "振込", "送金").
const MONEY_MOVED = /口座|入金|振込|振り込|送金|支払|払い込|決済/;
// A deadline of the day: the answer wanted by tonight.
const DAY_DEADLINE = /^(?:本日中|今日中|今日まで|本日まで)$/;

// A school's side of a household among the role cues (data/lures.json role): a school, its PTA, a nursery or after-school club,
// a class teacher, a head of year or a nursery's head.
const SCHOOL_ROLE = /学校|高校|保育園|幼稚園|学童|pta|担任|学年主任|園長|班主任|class teacher/;

// An officer of the body speaking as one, named or not, on their own handset: "PTA役員です", "PTAの役員をしています", "学級委員の者です",
// "会計係です". A person who holds the role writes in the first person; the body's heading alone (【〇〇小PTA】) is not a person.
const OFFICER_SPEAKS = /(?:役員|委員|会計|書記|係|幹事|代表)(?:を(?:して|務めて)(?:い|おり)|の者|です|でございます|になりました)/;

/**
 * A school, its PTA or a nursery speaking as itself (data/lures.json role: "【〇〇小PTA】…", "〇〇小学校です"), in no person's
 * voice and with no officer signing from their own handset, or from a line no officer texts from (an 050 line, a number abroad
 * or one no plan knows), asking a household's data (children's names, home phone numbers, family contacts: asksDataEntry), a
 * sign-in or a secret typed into a page anyone made in minutes (a form service, free hosting, a cheap TLD, a name made for the
 * matter; `kind`, not a shortener, which may open the school's own page). Schools keep the register through their own liaison
 * system and paper, and a register gathered on a stranger's form under the school's name is the 保護者・PTAなりすまし that
 * collects children's names and home numbers for 名簿業者 (data/lures.json contact-data sources). Weighed as an institution's
 * stranger page (ASK_INSTITUTION_STRANGER_PAGE). Not a class representative or an officer who names themself on their own
 * handset ("4年2組学級委員の佐藤です…"), whose class form may well sit on a form service; not a form that asks attendance, an
 * order or a volunteer's name only (ASK_DATA_STRANGER_PAGE's household data or nothing); not the school's registered sender.
 */
function schoolsDataPage(ctx: CheckContext, id: Identity, kind: ThrowawayKind | false): boolean {
  if (kind === false || kind === 'shortener' || ctx.reported || ctx.person || id.claimed.length > 0 || id.senderOwnsClaim) return false;
  const s = ctx.sender;
  if (!openLine(s) || speaksAsPerson(ctx)) return false;
  if (!luresOfCategory(ctx.lures, 'role').some((l) => !l.quoted && SCHOOL_ROLE.test(l.cue))) return false;
  if (s?.tier === 'domestic-mobile' && (namedPerson(ctx) || OFFICER_SPEAKS.test(ctx.norm.text))) return false;
  return asksDataEntry(ctx) || asksLogin(ctx) || ctx.asks.some((a) => a.kind === 'secret' && a.channel.type === 'url' && !a.quoted);
}

/** `a` and `b` stand in one sentence of `text` (b < 0: nowhere). */
function sameSentence(text: string, a: number, b: number): boolean {
  return b >= 0 && sentenceAt(text, a)[0] === sentenceAt(text, b)[0];
}

export function createAskChannelCheck(weights: Weights, brands: BrandLookups, appStoreHosts: readonly string[], throwaway?: ThrowawayHost, hidden?: (u: ExtractedUrl) => boolean, servicePage?: ServicePage): Check {
  const appStores = new Set(appStoreHosts);
  /**
   * The kind of page anyone made in minutes that the link `value` opens (url-suspect.ts), or false.
   * A link into a messenger (lin.ee, line.me) is weighed as the messenger ask it is, not as a page.
   */
  const pageKind = (ctx: CheckContext, id: Identity, value: string): ThrowawayKind | false => {
    if (!throwaway || ctx.asks.some((x) => x.kind === 'messenger' && x.channel.value === value)) return false;
    const u = ctx.indicators.urls.find((x) => x.normalized === value);
    return u === undefined ? false : throwaway(u, id.senderBrands);
  };
  /**
   * A message that names an institution (a bank, an office, a hospital, a courier…), listed
   * among our brands or not, and links to a page anyone made in minutes, from a sender that does
   * not vouch for it: whoever it claims to be, that page is not its own site.
   */
  const institutionsStrangerPage = (ctx: CheckContext, id: Identity, kind: ThrowawayKind | false): boolean =>
    kind !== false && !id.senderOwnsClaim && (speaksAsInstitution(ctx) || id.kinds.length > 0 || schoolsDataPage(ctx, id, kind));
  /** A host no brand we know owns and no vetted registrant holds (not a brand's domain, not go.jp or lg.jp). */
  const strangersPage = (host: string): boolean => host !== '' && brands.officialForHost(host).length === 0 && !brands.restricted(host);
  /**
   * A page anyone made in minutes (a phishing-heavy TLD, free hosting, a raw IP, dynamic DNS),
   * sent from a handset, an 050 IP line anyone rents online or from abroad, by a message that claims no one: nobody vouches for the
   * page, and no lure needs to be worded for the reader to open it. Shorteners are left out:
   * people pass on shortened links to ordinary sites.
   */
  const handsetStrangerPage = (ctx: CheckContext, id: Identity, kind: ThrowawayKind | false): ThrowawayKind | false => {
    const s = ctx.sender;
    // A letters ID is typed by whoever sends (sender-route.ts): unregistered, it vouches for no page either.
    if (kind === false || kind === 'shortener' || s === null || id.senderOwnsClaim || !(s.tier === 'domestic-mobile' || s.kind === 'ip-phone' || fromAbroad(s) || lettersId(s))) return false;
    return kind;
  };
  return (ctx) => {
    // (A handset's text with lure words and no link may be a worker's about a visit: see below.)
    const maybeVisit = ctx.sender?.kind === 'mobile' && ctx.indicators.urls.length === 0 && ctx.lures.length > 0;
    const opener = newNumberOpener(ctx);
    if (!ctx.reported && ctx.asks.length === 0 && ctx.brands.length === 0 && !maybeVisit) return opener ? [openerReason()] : workOpener(ctx) ? [workOpenerReason()] : [];
    const reasons: Reason[] = [];
    if (ctx.reported) {
      reasons.push(reason('SCAM_REPORTED', weights.SCAM_REPORTED, () => ({
        en: 'Warns about, asks about or quotes a scam: the lure wording is reported, not the message\'s own',
        ja: '詐欺についての注意・相談・引用です（詐欺の文面は引用として扱います）',
      })));
    }
    const asks = ctx.asks.filter((a) => !a.quoted); 
    const id = identityOf(ctx, brands);
    if (asks.length === 0) {
      // A login or change notice from the claimed brand's own sender that asks nothing ("ご本人でない場合は…"
      // is advice): its own channel, as much as one that asks through it.
      // So is a worker's signed text from their own handset about the visit, with no link and no number but
      // its own ("ご都合の良い時間をこの番号にSMSか電話でお知らせください。〇〇ガスサービス 藤井"): the only way back is to the writer.
      const ownLine = id.senderOwnsClaim && id.claimed.length > 0;
      if (!ctx.reported && (ownLine || id.visitHandset) && ctx.lures.some((l) => l.kind === 'lure' && !l.quoted)) reasons.push(ownChannel(asks));
      if (opener) reasons.push(openerReason());
      else if (workOpener(ctx)) reasons.push(workOpenerReason());
      return reasons;
    }
    const hasLure = ctx.lures.some((l) => (l.kind === 'lure' || l.kind === 'pressure') && !l.quoted);
    // A deadline set on the reply itself, with no lure told ("本日中にお返事ください、お店の予約の人数確定させたいので"): an
    // organiser's or a shop's hurry for an answer, which carries nothing; pressure beside a lure, or set on anything else, presses.
    // (Only a day's deadline, 本日中 or 今日中, not 至急; the reply the only ask, and no money named: "本日中に指定口座へ入金して、
    // 完了したら返信を" asks the money.)
    const replyDeadlineOnly = (a: Ask): boolean => a.kind === 'reply-yes-no' && asks.every((x) => x.kind === 'reply-yes-no')
      && !ctx.lures.some((l) => !l.quoted && (l.kind === 'lure' || l.category === 'money' || l.category === 'payee')) && !MONEY_MOVED.test(ctx.norm.lower)
      && ctx.lures.every((l) => l.kind !== 'pressure' || l.quoted || (DAY_DEADLINE.test(l.cue) && sameSentence(ctx.norm.text, l.index, ctx.lures.find((r) => r.category === 'reply-yes-no' && !r.quoted && r.cue === a.cue)?.index ?? -1)));
    const sale = shopSale(ctx, id);
    // A handful at most: an array's scan costs less than a Set made per message.
    const seen: ReasonCode[] = [];
    let unowned = 0;
    let neutral = false;
    let institutionPage: Ask | undefined;
    let openCallback: Ask | undefined;
    let personalCallback: Ask | undefined;
    let handsetPage: Ask | undefined;
    let loginPage: Ask | undefined;
    let dataPage: Ask | undefined;
    let publicPage: Ask | undefined;
    let lookalikePage: { ask: Ask; host: string; token: string; kind: string } | undefined;
    const login = !ctx.reported && asksLogin(ctx);
    // A name or a birth date to be typed into a form page (free hosting, forms) by a sender that claims no
    // one, in no office's voice and with no lure: a club's attendance form, a seminar's submission form. The
    // data goes to whoever made the page, weighed by ASK_DATA_STRANGER_PAGE below, not as a reply to a stranger.
    const formEntry = (a: Ask): boolean => {
      if (a.kind !== 'reply-data' || id.claimed.length > 0 || id.role || hasLure || speaksAsInstitution(ctx)) return false;
      const cue = luresOfCategory(ctx.lures, 'personal-data').find((l) => l.cue === a.cue && !l.quoted);
      if (cue === undefined || !inSentence(ctx, cue.index, 'entry')) return false;
      return ctx.indicators.urls.length > 0 && ctx.indicators.urls.every((u) => pageKind(ctx, id, u.normalized) === 'free-hosting');
    };
    const community = communityInvite(ctx, id);
    const ownAccount = ownOfficialAccount(ctx, id);
    const openSender = vouchesForNothing(ctx.sender);
    const collects = (value: string): boolean => {
      const u = ctx.indicators.urls.find((x) => x.normalized === value);
      return openSender && u !== undefined && strangersPage(u.host) && orgCollects(ctx, u.raw)
        && (ctx.sender !== null || hostNamedForMoney(u.host) || pageKind(ctx, id, value) !== false);
    };
    const servicesStrangerPage = (value: string): boolean => {
      const u = servicePage === undefined || id.senderOwnsClaim ? undefined : ctx.indicators.urls.find((x) => x.normalized === value);
      return u !== undefined && strangersPage(u.host) && (servicePage as ServicePage)(ctx, u);
    };
    // A courier's worker writing as one (a driver, the person delivering: courierWorkerVoice) and sending the reader to a page no
    // listed brand owns and no vetted registrant holds: a driver asks the room number or the time by a reply or a call to the
    // phone they carry, and the courier's own tracking pages are on its own domain (owned above). A page "to confirm" in a
    // driver's voice is the courier lure's, whoever writes (警察庁: 宅配業者を装ったSMS).
    const driversPage = (value: string): boolean => {
      if (ctx.reported || !courierWorkerVoice(ctx)) return false;
      const u = ctx.indicators.urls.find((x) => x.normalized === value);
      return u !== undefined && strangersPage(u.host) && !asks.some((x) => x.kind === 'messenger' && x.channel.value === value);
    };
    const plight = !ctx.reported && moneyPlight(ctx);
    // The オレオレ / "hi mum" script (asks/kin.ts): a relative's money ask with a mark the real relative has no need of.
    const kinScript = plight || ctx.reported ? undefined : kinMoneyScript(ctx);
    let plightAsk: Ask | undefined;
    for (const a of asks) {
      if (owned(a, id, brands, appStores)) continue;
      if (formEntry(a)) continue;
      // A community's group invite to its own members (communityInvite): its messenger link is where they meet.
      if (community && (a.kind === 'messenger' || (a.kind === 'open-link' && asks.some((x) => x.kind === 'messenger' && x.channel.value === a.channel.value)))) continue;
      // A business's invite to its own LINE official account (ownOfficialAccount): the link is the account LINE registered to it.
      if (ownAccount && (a.kind === 'messenger' || a.kind === 'open-link') && OFFICIAL_ACCOUNT.test(a.channel.value)) continue;
      // A person who names themself and claims no office asks to be rung back on the line they text from: their own.
      // (Not a call to confirm a payee this line announced as changed: payeeConfirmCall.)
      if (a.kind === 'call' && a.channel.type !== 'phone' && ctx.person && id.claimed.length === 0 && !id.payeeConfirmCall) continue;
      // "よければ1、明日がよければ2で返信ください" to a driver's own phone reaches the driver and gives away
      // nothing: not held against the message, nor credited (a handset's claim to be a courier is its own word).
      if (a.kind === 'reply-yes-no' && a.channel.type === 'reply' && id.driversReply) {
        neutral = true;
        continue;
      }
      unowned++;
      let code = ASK_REASON[a.kind];
      // An office-holder's call moved to a personal mobile (its own line "down", its contact "changed") gives nothing away by
      // itself: a head teacher may well ring from her own phone. It tags, and blocks only beside money or a threat.
      if (a.kind === 'role' && luresOfCategory(ctx.lures, 'personal-line').some((l) => l.cue === a.cue && !l.quoted)) code = 'ROLE_PERSONAL_LINE';
      // A sign-in asked on a page anyone made in minutes: no service keeps its login there (a shortened
      // link may open the service's own page, so it is left out).
      const kind = a.kind === 'open-link' && a.channel.type === 'url' ? pageKind(ctx, id, a.channel.value) : false;
      if (login && kind !== false && kind !== 'shortener') loginPage ??= a;
      if (a.kind === 'open-link' && a.channel.type === 'url' && id.claimed.length === 0) {
        const institutions = institutionsStrangerPage(ctx, id, kind);
        if (institutions) institutionPage ??= a;
        const handset = handsetStrangerPage(ctx, id, kind);
        // Free hosting and forms are also where clubs and classmates put their attendance forms; but not a club the
        // reader belongs to writes from a number abroad, where no domestic shop, office or friend shares its page from.
        // (Nor a cheap TLD's page told as the writer's own or a friend's, claiming and selling nothing: told-own-site.ts.)
        const counted = handset !== false && (handset !== 'free-hosting' || fromAbroad(ctx.sender)) && !(handset === 'tld' && toldOwnSite(ctx));
        if (counted) handsetPage ??= a;
        // An organisation's own money (its dues, a collection, a donation, a fee) asked on a page built for it (one anyone made
        // in minutes, or one on no one's domain named for the money), from a line that vouches for nothing (asks/role.ts
        // orgCollects; weighed with the page in checks/made-page.ts): the link is where the money is asked, lure words or not.
        // So is a service's notice about the reader's own contract, account, procedure or benefit sent to a page no one vouches for
        // (checks/service-page.ts): its voice says whose page it should be, brand or lure phrase named or not.
        if (hasLure || sale || institutions || counted || collects(a.channel.value) || servicesStrangerPage(a.channel.value) || driversPage(a.channel.value)) code = 'ASK_LINK';
        if (kind !== false && kind !== 'shortener' && !ctx.reported && !id.senderOwnsClaim && asksDataEntry(ctx)) dataPage ??= a;
      }
      // A kind of institution speaking (data/brands.json kinds) through a link that is not its own. A
      // shortened link may open the body's own page, and a messenger's is weighed as the move it is.
      // So is an app to be installed from a link that is no store's (an .apk handed over): a public body's or an
      // institution's apps are in the stores, and those were owned above.
      if ((a.kind === 'open-link' || a.kind === 'install') && a.channel.type === 'url' && id.kinds.length > 0 && !id.senderOwnsClaim && kind !== 'shortener'
        && !asks.some((x) => x.kind === 'messenger' && x.channel.value === a.channel.value)) {
        const u = ctx.indicators.urls.find((x) => x.normalized === a.channel.value);
        if (u !== undefined && u.host !== '') {
          // A public body owns government domains only (those were owned above): any other page is a stranger's.
          if (id.claimed.length === 0 && id.kinds.some((k) => k.kind.public)) publicPage ??= a;
          // A host spelling the kind's own name, not under a vetted registrant's domain: dressed as the sender's
          // site. For a private kind, only where no ordinary business keeps its site (a cheap TLD, a throwaway
          // host): a 信金 or a pharmacy may well carry its kind in its own .jp or .com name.
          const spelt = kindToken(u, id.kinds);
          if (spelt && !brands.restricted(u.host) && (spelt.kind.public || (kind !== 'free-hosting' && (!ordinarySuffix(u) || kind !== false)))) {
            lookalikePage ??= { ask: a, host: u.host, token: spelt.token, kind: spelt.kind.id };
          }
          if ((publicPage === a || lookalikePage?.ask === a) && a.kind === 'open-link') code = 'ASK_LINK';
        }
      }
      // Put right the problem the lure asserts, by a way the message does not show.
      if ((a.kind === 'resolve' || a.kind === 'open-link') && a.channel.type === 'unstated' && hasLure && !a.implied) code = 'ASK_RESOLVE';
      // A call back to a written number, or to a personal or overseas sender: "call us" from an office's own line is ordinary.
      // A claimed company asking to be called on a number it does not own is the lure itself.
      const officeLine = OFFICE_LINES.has(ctx.sender?.tier ?? 'unknown') && !OPEN_KINDS.has(ctx.sender?.kind ?? 'unknown');
      // A premium-rate line bills the caller: being asked to ring one is the lure whoever writes.
      // A bank, a 信金, a JA, a utility, a hospital or a public office (a kind we do not list, or a listed bank,
      // utility or government body) asking to be rung on a mobile number it writes out: such institutions take
      // calls on their published fixed, 0120 and 0570 lines, and a handset's number is a person's, not theirs.
      // (Not the handset the message comes from: a 渉外担当's or a visiting nurse's own phone is the writer's.)
      const personal = a.kind === 'call' && institutionCaller(id, brands) && personalCallbackLine(ctx, a);
      // A public body of many offices (a police station, a tax office, a city hall), or an institution named by its
      // kind (a 信金's branch, a clinic), takes calls on its offices' fixed lines and its 0120/0570 desks, which no
      // list holds: with no lure told, asking to be rung on such a line is its own way ("先日の落とし物の件で、署の
      // 03-… にご連絡ください", "変更はお取引店 0120-… まで"), not a claim's mismatch.
      // With a lure told (a 督促's 延滞金, 差押え), the same desk offered for questions ("ご不明点は納税課(03-…)まで") is still the
      // body's own published line: the notice is paid or answered the way the reader knows, the desk only answers questions.
      // A lure's desk is a handset or an 050 line (DESK_LINES), or is the way to act ("本日中に03-…へお電話を").
      const questionsDesk = a.kind === 'call' && hasLure && offeredForQuestions(ctx, a) && publicBodyDesk(ctx, id, brands, a);
      // A vague notice alone ("お伝えしたいことがありますので…までお電話ください") asserts no debt, sanction or harm to escape: it is
      // how a tax office or a city hall texts a matter it may not write in an SMS, and it asks to be rung at its own desk. The
      // lure's vague notice is rung on a line anyone can hold, which publicBodyDesk already refuses (東京都主税局 texts its
      // 催告 this way, naming its 都税事務所's published number: https://www.tax.metro.tokyo.lg.jp/kazei/info/sms_saikoku).
      const vagueOnly = hasLure && ctx.lures.every((l) => l.quoted || (l.kind !== 'lure' && l.kind !== 'pressure') || l.category === 'notice');
      const publicDesk = a.kind === 'call' && (!hasLure || questionsDesk || vagueOnly) && publicBodyDesk(ctx, id, brands, a);
      // A parcel's matter to be rung on another line anyone can hold (parcelOnOtherLine): the lure's, not the driver's.
      const parcelLine = a.kind === 'call' && parcelOnOtherLine(ctx, a);
      // So is an institution's call back to the line no office texts from that it came from (deskOnOpenLine).
      // (Not a business's call back to its own line about the reader's own booking, nothing wrong told: readersOwnBusiness.)
      const bookedDesk = a.kind === 'call' && id.claimed.length === 0 && a.channel.type === 'reply' && readersOwnBusiness(ctx);
      // The immigration office's problem with the reader's status, asked to be rung back, from a line that is no registered sender
      // (statusOfficeCall): a fixed line is no office's own here, since the callers show real numbers.
      const statusOffice = a.kind === 'call' && id.statusOffice;
      // A handset written out as the writer's own ("私の携帯", "担当の携帯") that is not the handset the message comes from, for a
      // matter held back ("大事なお話があります", data/lures.json matter-held): the call is the only place the matter is told, on a line
      // neither the organisation nor the handset texting holds ("〇〇保育園の園長です。お迎えの時間について大事なお話があります。…
      // 080-…(私の携帯)へ今日中に" from another 080 line). A head teacher who says what the call is about ("明日の行事の件は私の携帯
      // に") or asks to be rung on the phone she texts from is the writer, and is left as it was.
      const otherOwnLine = a.kind === 'call' && !ctx.reported && ctx.sender?.tier === 'domestic-mobile' && personalCallbackLine(ctx, a)
        && luresOfCategory(ctx.lures, 'personal-line').some((l) => !l.quoted) && luresOfCategory(ctx.lures, 'matter-held').some((l) => !l.quoted);
      if (a.kind === 'call' && ((hasLure && !questionsDesk && !(vagueOnly && publicDesk)) || ((id.role || id.claimed.length > 0 || id.deskOnOpenLine) && !publicDesk && !bookedDesk) || premiumLine(ctx, a) || personal || parcelLine || otherOwnLine || id.payeeConfirmCall) && (a.channel.type === 'phone' || !officeLine || statusOffice)) code = 'CALLBACK_LURE';
      if (personal) personalCallback ??= a;
      if (code === 'CALLBACK_LURE' && (id.claimed.length > 0 || id.role || speaksAsInstitution(ctx) || id.kinds.length > 0 || id.deskOnOpenLine) && openCallbackLine(ctx, a)) openCallback ??= a;
      // A Y/N reply or a money ask is ordinary between people; it is bait when it serves a lure or a false identity.
      // A Y/N reply asked from abroad, where none of the reader's businesses text from, is bait too.
      // (Money between relatives abroad is ordinary: families of foreign residents text from home.)
      // So is either asked in an office's voice from a line no office texts from ("選挙調査センターです…1と返信"
      // from an 050 line, "病院の受付です…お振込みいただけますか" from a handset): the office is not who holds the line.
      // A money ask for the writer's own need told the way the "it's me" and romance scams tell it (moneyPlight) is bait too.
      if (a.kind === 'money' && (plight || kinScript !== undefined)) plightAsk ??= a;
      // A keyword texted to a short code (reply.ts shortCodeKeyword) is a premium-rate service's, billed to the reader, as a
      // premium line rung is (premiumLine): between people no one asks it.
      // So is a Y/N reply asked by an institution opening the message as itself from such a line (deskOnOpenLine: "【羽田空港】…
      // 返信いただければ", "การไฟฟ้า…แจ้ง…กรุณาตอบกลับ", "aqui é da empresa de água…respondendo"): the reply reaches whoever holds the line.
      // (Nor a reply that a sum is charged without: chargedUnlessAnswered.)
      if ((a.kind === 'reply-yes-no' || a.kind === 'money') && (!hasLure || replyDeadlineOnly(a)) && !sale && id.claimed.length === 0 && !(a.kind === 'reply-yes-no' && (fromAbroad(ctx.sender) || a.channel.type === 'phone' || id.deskOnOpenLine || chargedUnlessAnswered(ctx))) && !officeVoiceOnOpenLine(ctx) && !(a.kind === 'money' && (plight || kinScript !== undefined))) code = undefined;
      // A friend's "口座あとで送るね" for a shared bill: a payee between people is theirs to know, unless a lure or a claim comes with it.
      // Not one into a third person's account ("口座は友達ので大丈夫"): the money leaves the people who know each other.
      // Nor an organisation's money (a school's, a clinic's, a cause's) relayed by a person into an app ID or a person's account pressed for today (payee.ts orgPayee).
      // Nor a business's money sent to a person by a tradesman writing as one ("Anh là thợ sửa điều hòa… tài khoản riêng của anh";
      // service-fee.ts businessPersonalPayee): the business is who is paid, whatever the register.
      if (a.kind === 'payee' && !hasLure && id.claimed.length === 0 && speaksAsPerson(ctx) && !thirdPartyPayee(ctx) && strangerPayee(ctx) === undefined && orgPayee(ctx) === undefined && prepaidHandover(ctx) === undefined && feeBeforeOwnThing(ctx) === undefined && feeBeforeBenefit(ctx) === undefined && businessPersonalPayee(ctx) === undefined && movedPayee(ctx) === undefined) code = undefined;
      // Money kept from the family alone ("ママには内緒で5万貸して") is weaker than a script for the bank or a ban on telling the
      // police: a child may hide a loan from a parent. It adds to the money ask, and blocks only with more.
      if (a.kind === 'coach' && !coachesChecker(ctx)) code = 'MONEY_KEPT_SECRET';
      // The payee ask is the money ask made explicit: one ask, counted once.
      if (a.kind === 'money' && asks.some((x) => x.kind === 'payee')) code = undefined;
      if (!code || seen.includes(code)) continue;
      seen.push(code);
      const shown = a.channel.value ? ` (${a.channel.type === 'url' ? a.channel.host : a.channel.value})` : '';
      const said = a.kind === 'reply-yes-no' && a.channel.type === 'phone' ? SHORT_CODE_EXPLAIN : EXPLAIN[a.kind];
      reasons.push(reason(code, weights[code], () => ({
        en: `${said.en}${shown}`,
        ja: `${said.ja}${shown}`,
        detail: { ask: a.kind, cue: a.cue, channel: a.channel.type, ...(a.channel.value ? { via: a.channel.value } : {}) },
      })));
    }
    // An office-holder's payment into the writer's own account or this line's wallet ("部費は私の個人口座に": role, through a
    // `personal-channel` cue) and that account as the payee ("個人口座": payee) are one ask found twice in the same words:
    // counted once, as the role's (which ROLE_BYPASS builds on). An account still to come by reply ("口座は返信でお知らせします")
    // is not the writer's named one: the reply is one more way in, and both count.
    const roleAt = reasons.findIndex((r) => r.code === 'ASK_ROLE_CHANNEL');
    const payeeAt = reasons.findIndex((r) => r.code === 'ASK_UNVERIFIED_PAYEE');
    if (roleAt !== -1 && payeeAt !== -1) {
      const cueOf = (r: Reason): string => String((r.detail as { cue?: unknown } | undefined)?.cue ?? '');
      const role = cueOf(reasons[roleAt] as Reason);
      const payee = cueOf(reasons[payeeAt] as Reason);
      const own = luresOfCategory(ctx.lures, 'personal-channel').some((l) => !l.quoted && l.cue === role);
      if (own && payee !== '' && (role.includes(payee) || payee.includes(role))) reasons.splice(payeeAt, 1);
    }
    // The cash a stand-in collects for the relative's trouble (collect.ts envoyForMoney) is the script's ask too.
    const kinAsk = kinScript === undefined ? undefined : plightAsk ?? asks.find((a) => a.kind === 'collect' && !a.quoted);
    if (kinAsk !== undefined) {
      const ask = kinAsk;
      reasons.push(reason('KIN_MONEY_SCRIPT', weights.KIN_MONEY_SCRIPT, () => ({
        en: `Writes as your relative and asks for money with a mark of the "it's me" (オレオレ) and "hi mum" script (${kinScript}): a trouble that needs money now, secrecy, someone else sent to collect, or a line told as new or broken. Your relative owns the number you have for them: ring that one before paying`,
        ja: `家族を名乗ってお金を求め、オレオレ詐欺の手口の特徴があります（${kinScript}）。今すぐお金が必要なトラブル・口止め・代理の人の受け取り・番号が変わった/壊れたなど。本人の登録済みの番号に電話して確かめてください`,
        detail: { ask: ask.kind, cue: ask.cue, marks: kinScript ?? '' },
      })));
    } else if (plightAsk && plight) {
      reasons.push(reason('MONEY_PLIGHT', weights.MONEY_PLIGHT, () => ({
        en: 'Asks you to lend or send money for the writer\'s own need, told the way the "it\'s me" and romance scams tell it: needed today or urgently, for a fee someone else charges (customs, a fine, a settlement, surgery), because the writer\'s own way to pay is stopped, "only you can help", or into an account the message gives',
        ja: '書き手自身のためにお金を貸す・送るよう求め、詐欺の手口どおりの事情を添えています（今日中・急ぎ、関税・罰金・示談金・手術代など第三者への支払い、限度額やカード停止、あなたしか頼れない、この口座に）',
        detail: { ask: plightAsk.kind, cue: plightAsk.cue },
      })));
    }
    // An opener that carries money, a threat, a deadline or an institution's claim (asks/opener.ts openerStake): the call it
    // asks for is where the bill, the estate or the office's demand is told, on a line the reader cannot tie to any desk.
    const openerCue = seen.includes('ASK_MATTER_OPENER') ? openerStake(ctx) : undefined;
    if (openerCue !== undefined) {
      reasons.push(reason('OPENER_STAKE', weights.OPENER_STAKE, () => ({
        en: `The matter held back for the call carries money, a threat, a deadline or an institution's name (${openerCue}): a bill, an estate or an office's demand is told in writing from the organisation's own lines, never only announced for a call back to a mobile or an 050 line`,
        ja: `電話で話すとしている用件に、お金・脅し・期限・機関の名前が含まれています（${openerCue}）。料金・相続・機関からの請求は、自社の番号や書面で内容が示され、携帯や050への折り返しだけを求めることはありません`,
        detail: { cue: openerCue },
      })));
    }
    // The script or the ban on telling serves a payment or a hand-over the message names: the bank's question is what it gets past.
    if (seen.includes('ASK_COACHED_DECEIT') && coachedMoney(ctx)) {
      reasons.push(reason('COACHED_FOR_MONEY', weights.COACHED_FOR_MONEY, () => ({
        en: 'The script or the secrecy is about money you are to send, withdraw or hand over: it is meant to get the payment past the bank\'s or the police\'s check',
        ja: '答え方の指示や口止めは、送金・引き出し・手渡しするお金についてのものです（銀行や警察の確認をすり抜けさせるためです）',
      })));
    }
    // An unasked visit with something at stake beside it (commerce.ts visitStake): a penalty or a danger told of the home, the
    // jewellery a buyer asks beside what it came for, or cash on the day; or the key left out for a job (collect.ts
    // keyLeftForJob); or a fire station's or a city's direction claimed, or a duty told beside the charge (commerce.ts bodysDirection,
    // dutyCharged). The 点検商法 and the 押し買い press so; a visit the reader booked names the booking and is no visit-sale.
    // Beside a public body's staff taking cash at the door (collect.ts publicBodyCash), the pretext told for it, a duty, a law or a
    // danger of the home ("法改正で一般家庭も点検が義務になりました"; collect.ts publicBodysPretext): the 点検商法 in an office's name,
    // since no fire station or office inspects, sells or collects at homes.
    const stake = seen.includes('ASK_VISIT_SALE') ? visitStake(ctx) : seen.includes('ASK_DOOR_COLLECT') ? keyLeftForJob(ctx) ?? publicBodysPretext(ctx) : undefined;
    if (stake !== undefined) {
      reasons.push(reason('VISIT_STAKE', weights.VISIT_STAKE, () => ({
        en: `The visit you did not ask for comes with a penalty or a danger told, a fire station's or a city's name or a new legal duty claimed, valuables asked, cash on the day or your key left out (${stake}): no fire department, city office, gas company or managing agent fines, scares, sells or collects so at the door`,
        ja: `依頼していない訪問に、罰則や危険の告知・消防署や市役所の名前や「義務化」の主張・貴金属・当日の現金・鍵の置き場所が添えられています（${stake}）。消防・市役所・ガス会社・管理会社が戸口でこうした告知や販売・集金をすることはありません`,
        detail: { cue: stake },
      })));
    }
    // A service provider's fee or a creditor's money through a payee that is no business's (asks/service-fee.ts servicePayee): the
    // business bills on its own invoice, counter or page, the creditor collects by the registered debit or its own slip.
    // Counted beside the payee or the gift-card ask it explains, not from a line that speaks for the claim.
    const service = (seen.includes('ASK_UNVERIFIED_PAYEE') || seen.includes('ASK_GIFT_CARD')) && !id.senderOwnsClaim ? servicePayee(ctx) : undefined;
    if (service !== undefined) {
      reasons.push(reason('SERVICE_FEE_OFF_CHANNEL', weights.SERVICE_FEE_OFF_CHANNEL, () => ({
        en: `A service's fee or a loan's, rent's or union's money is asked through a payee that is no business's (${service}): providers bill on their own invoice, counter or page, and lenders, guarantors and landlords collect by the registered debit or their own slip`,
        ja: `サービスの料金やローン・家賃・組合の費用を、事業者のものではない支払先で求めています（${service}）。事業者は自社の請求書・窓口・ページで、貸主・保証会社・管理会社は登録の口座振替や自社の払込票で集金します`,
        detail: { cue: service },
      })));
    }
    // Money first to a stranger for a thing handed over only after it (keys, a viewing, a pickup's car, a ticket's QR, a room, a
    // tour), off any platform, or a fee before the reader's own thing or money is released through a payee the reader cannot see
    // (asks/prepay.ts): agents, platforms, hotels and lost-and-found desks take money on their own page, at their counter or from
    // the refund. Beside the payee ask it explains, not from a line that speaks for the claim, nor beside SERVICE_FEE_OFF_CHANNEL.
    const prepaid = seen.includes('ASK_UNVERIFIED_PAYEE') && !id.senderOwnsClaim && service === undefined ? prepaidHandover(ctx) ?? feeBeforeOwnThing(ctx) : undefined;
    if (prepaid !== undefined) {
      reasons.push(reason('PREPAID_HANDOVER', weights.PREPAID_HANDOVER, () => ({
        en: `Asks money first (${prepaid}) to a payee you cannot check, for something handed over only after it is paid (keys, a viewing, a pickup's car, a ticket, a room, a tour) or for your own property or refund: agents, booking platforms, hotels, airlines and lost-and-found desks take money on their own page, at their counter or from the refund, never first into a person's app or account`,
        ja: `確かめようのない支払先へ、先にお金を払うよう求めています（${prepaid}）。鍵・内見・送迎車・チケット・部屋・ツアー、またはあなた自身の忘れ物や返金と引き換えです。不動産会社・予約サイト・ホテル・航空会社・遺失物窓口は自社のページや窓口、返金額からの差し引きで受け取り、個人のアプリや口座へ先払いさせることはありません`,
        detail: { cue: prepaid },
      })));
    }
    // Between people, a payee moved away from the one the reader knows (asks/moved-payee.ts): a third person's account, or one
    // told as changed or new, with a second sign (the old one ruled out, the writer's own unusable, pressed today, secrecy, a name
    // told to differ, a new number, money sent by mistake). Friends and treasurers keep the payee the group knows.
    const moved = seen.includes('ASK_UNVERIFIED_PAYEE') && !id.senderOwnsClaim && service === undefined && prepaid === undefined ? movedPayee(ctx) : undefined;
    if (moved !== undefined) {
      reasons.push(reason('PAYEE_MOVED_AWAY', weights.PAYEE_MOVED_AWAY, () => ({
        en: `Moves the money away from the payee you know (${moved}) and adds a second sign (the old one ruled out, the writer's own account unusable, a hurry, secrecy, a different name, a new number, or money "sent by mistake"): friends and treasurers keep the account the group knows, and money sent by mistake goes back through the bank's or the app's own reversal`,
        ja: `お金の送り先を、あなたの知っている相手の口座やIDから別のものへ移しています（${moved}）。さらに、旧口座の否定・本人の口座が使えない・今日中・内緒・名義違い・新しい番号・誤送金の返金のいずれかが添えられています。友人や会計係は皆が知る口座を使い続け、誤送金は銀行やアプリ自身の組戻しで戻ります`,
        detail: { cue: moved },
      })));
    }
    // A public body's fee or money back through a route that is not the body's (asks/public-fee.ts publicFeeOffRoute): e-money
    // or gift cards, an account a 担当 designates and never writes, a way to pay told only on a call. Public bodies take their
    // fees at the counter, against their own slip or by the registered debit. Beside the payee or gift-card ask it explains.
    const pub = (seen.includes('ASK_UNVERIFIED_PAYEE') || seen.includes('ASK_GIFT_CARD')) && !id.senderOwnsClaim && service === undefined ? publicFeeOffRoute(ctx) : undefined;
    if (pub !== undefined) {
      reasons.push(reason('PUBLIC_FEE_OFF_CHANNEL', weights.PUBLIC_FEE_OFF_CHANNEL, () => ({
        en: `A public body's fee or money back is asked through a route that is not the body's (${pub}): cities, pension and tax offices take their fees at the counter, against their own slip or by the registered debit, never in e-money, into an account a staff member names, or by a payment told on a call`,
        ja: `公的機関の手数料や返還金を、その機関のものではない方法で求めています（${pub}）。役所・年金事務所・税務署は窓口・自らの納付書・登録の口座振替で受け取り、電子マネーや担当者の指定口座、電話で伝える支払方法を使うことはありません`,
        detail: { cue: pub },
      })));
    }
    // Any other charge (a shop's, a school's, a studio's, a lost-and-found office's) paid in gift cards or store-bought e-money
    // (asks/gift-card.ts cardForCharge): no business takes a price, a fee or dues as the numbers of cards bought at a store.
    const cardCharge = seen.includes('ASK_GIFT_CARD') && !id.senderOwnsClaim && service === undefined && pub === undefined ? cardForCharge(ctx)?.cue : undefined;
    if (cardCharge !== undefined) {
      reasons.push(reason('SERVICE_FEE_OFF_CHANNEL', weights.SERVICE_FEE_OFF_CHANNEL, () => ({
        en: `A price, a fee or dues is asked in gift cards or e-money bought at a store (${cardCharge}): no shop, school, office or service takes payment as the numbers of cards, whoever asks it`,
        ja: `代金・手数料・会費をギフトカードやコンビニで買う電子マネーで求めています（${cardCharge}）。店・教室・事業者・役所がカードの番号で支払いを受けることはありません`,
        detail: { cue: cardCharge },
      })));
    }
    // Cards the reader is asked to buy with their numbers, codes, backs or photos sent back through this line (asks/gift-card.ts
    // cardValueSent): the card's value reaches the writer only as its number, whoever asks. Not beside another charge's reason.
    const cardValue = seen.includes('ASK_GIFT_CARD') && !id.senderOwnsClaim && service === undefined && pub === undefined && cardCharge === undefined ? cardValueSent(ctx) : undefined;
    if (cardValue !== undefined) {
      reasons.push(reason('CARD_VALUE_SENT', weights.CARD_VALUE_SENT, () => ({
        en: `Asks you to buy gift cards or e-money and send back their numbers, codes or photos (${cardValue}): a card's value is its number, so whoever receives it has the money, untraceably; a friend, a relative or a boss who needs money asks for it in person or by a call you can check, never as card numbers`,
        ja: `ギフトカードや電子マネーを買わせ、その番号・コード・写真を送らせようとしています（${cardValue}）。カードの価値は番号そのもので、受け取った相手が追跡できない形でお金を得ます。家族・友人・上司が本当に困っていても、カードの番号で求めることはありません`,
        detail: { cue: cardValue },
      })));
    }
    // A public body's voice asking the reader's PIN, or the bank account back by reply or on a call, naming no form, portal or
    // counter of its own (asks/public-fee.ts publicBodyAccountAsk): no office needs a PIN, and public bodies take an account on
    // their own forms or through マイナポータル, never by message or phone. Beside the data ask it explains, from a line that does not speak for the claim.
    const account = (seen.includes('ASK_PERSONAL_DATA') || seen.includes('CREDENTIAL_REQUEST')) && !id.senderOwnsClaim && !ctx.indicators.urls.length
      ? publicBodyAccountAsk(ctx, asks.filter((a) => a.kind === 'reply-data' && !a.quoted).map((a) => a.cue), asks.find((a) => a.kind === 'secret' && !a.quoted)?.cue) : undefined;
    if (account !== undefined) {
      reasons.push(reason('PUBLIC_BODY_ACCOUNT_ASK', weights.PUBLIC_BODY_ACCOUNT_ASK, () => ({
        en: `A public body's voice asks your PIN or your bank account by message or on a call (${account}): no office needs a PIN, and cities, pension and tax offices take an account on their own forms, at their counters or through Mynaportal, never by text or phone`,
        ja: `公的機関を名乗って、暗証番号や口座情報をメッセージや電話で求めています（${account}）。暗証番号を必要とする機関はなく、役所・年金事務所・税務署は口座を自らの申請書・窓口・マイナポータルで受け付け、SMSや電話で聞くことはありません`,
        detail: { cue: account },
      })));
    }
    // What proves who the reader is (an identity paper's picture or number, the family's contacts or workplace, a birth date
    // beside a name or a number) asked sent back to a line that vouches for nothing and does not speak for the claim
    // (asks/papers.ts papersByReply): organisations take identity through their own portals, apps and counters, so the line
    // that asks it is not the university's, the employer's, the clinic's or the card company's. Not beside the public body's own.
    const papers = seen.includes('ASK_PERSONAL_DATA') && account === undefined && !id.senderOwnsClaim && vouchesForNothing(ctx.sender)
      && asks.some((a) => a.kind === 'reply-data' && a.channel.type !== 'url' && !a.quoted) ? papersByReply(ctx) : undefined;
    if (papers !== undefined) {
      reasons.push(reason('IDENTITY_BY_REPLY', weights.IDENTITY_BY_REPLY, () => ({
        en: `Asks you to send back to this line what proves who you are, where your family is, or what holds your utility account, home or savings (${papers}): universities, employers, clinics, couriers, card companies and utilities take ID papers, birth dates, family contacts and meter-slip numbers only through their own portals, apps and counters, and title papers come from the registry, never by a reply to a mobile, an 050 line or a number abroad; whoever holds this line would hold your identity or your account`,
        ja: `身元を証明するもの・家族の所在・電気やガスの契約や自宅・資産の情報（${papers}）を、この番号へ送り返すよう求めています。大学・勤務先・病院・配送業者・カード会社・電力会社やガス会社は、身分証・生年月日・家族の連絡先・検針票の番号を自らのポータル・アプリ・窓口でのみ受け付け、登記の書類は法務局で取得するもので、携帯電話・050・海外の番号への返信で集めることはありません。送れば、この番号の持ち主があなたの身元や契約を手にします`,
        detail: { cue: papers },
      })));
    }
    // A refund or a service made to need the reader to work an ATM or a money app while someone guides them, or to install an
    // app for a refund (asks/atm.ts guidedOperation, asks/install.ts refundByInstall): money reaches the reader with nothing
    // operated on anyone's instructions, so the steps talked through are a send screen (還付金詐欺). Beside the ask it explains.
    // So is a refund "received" on the reader's own send screen, by a code typed or the app kept open for a call, or with the screen
    // shared (asks/refund.ts refundBySending), and an overpaid sum asked sent back by app or transfer (overpaidSentBack): a payer
    // takes back its own overpayment (the bank's 組戻し, the shop's refund), and nobody's refund needs the payee to send.
    const operated = (seen.includes('ASK_ATM') ? guidedOperation(ctx) ?? refundBySending(ctx) : undefined) ?? (seen.includes('ASK_INSTALL') ? refundByInstall(ctx) : undefined)
      ?? (seen.includes('ASK_UNVERIFIED_PAYEE') ? overpaidSentBack(ctx) : undefined);
    if (operated !== undefined && !id.senderOwnsClaim) {
      reasons.push(reason('PAYOUT_BY_OPERATION', weights.PAYOUT_BY_OPERATION, () => ({
        en: `A refund or a service is made to need you to work an ATM or a payment app on someone's instructions (its send screen, a code, the app kept open for a call, your screen shared), to install an app, or to send back an 'overpaid' sum (${operated}): money comes back to you without your operating or sending anything, a real overpayment is taken back by whoever paid it (the bank's recall, the shop's refund), and the steps talked through are a transfer to the caller`,
        ja: `返金やサービスのために、指示どおりにATMや決済アプリを操作させる（送金画面・コードの入力・通話のためにアプリを開いたまま待つ・画面共有）、アプリを入れさせる、または「多く振り込んだ」分を送り返させようとしています（${operated}）。返金は利用者が何かを操作・送金しなくても戻り、本当の過払いは支払った側が組戻しや返金処理で取り戻します。案内される手順は相手への送金です（返金詐欺・還付金詐欺の手口）`,
        detail: { cue: operated },
      })));
    }
    // A crime job whose task is the reader's own account, card, line or name sold, lent or handed over, or the reader as the
    // pickup or the withdrawal (asks/join.ts readerAsMule): no genuine sender asks it, so the ask blocks whoever sends it,
    // a friend's voice, an 050 line or no sender at all (the office's open line is SENDER_HANDSET_OFFICE_ASK's).
    const mule = seen.includes('ASK_CRIME_JOB') ? readerAsMule(ctx) : undefined;
    if (mule !== undefined) {
      reasons.push(reason('READER_AS_MULE', weights.READER_AS_MULE, () => ({
        en: `Offers money for your own bank account, card, phone line, SIM, SNS account or name, or for receiving, carrying or withdrawing for someone (${mule}): selling or lending an account or a contracted phone is itself a crime in Japan, and the pickup and the withdrawal are the fraud's own work, so no bank, carrier, platform or employer ever asks it, whoever the sender is`,
        ja: `あなた自身の口座・カード・携帯回線・SIM・SNSアカウント・名義を売る・貸す・渡すこと、または代わりに受け取る・運ぶ・引き出すことにお金を払うと持ちかけています（${mule}）。口座や契約した携帯の譲渡・貸与はそれ自体が犯罪で（犯罪収益移転防止法・携帯電話不正利用防止法）、受け取りや引き出しは詐欺の受け子・出し子の仕事です。銀行・携帯会社・SNS・雇い主が求めることはなく、相手が誰でも応じてはいけません`,
        detail: { cue: mule },
      })));
    }
    // A right sold with a buy-back at a multiple, asked handed over for a reward, or its name told misused and settled for money
    // (asks/right-resale.ts rightResale): the 権利商法's 劇場型勧誘, whose offer no care home, temple or issuer makes, whoever sends it.
    // Beside any ask the message makes (its offer, a reply, a call, money), not from a line that speaks for the claim.
    const resale = seen.length > 0 && !id.senderOwnsClaim ? rightResale(ctx) : undefined;
    if (resale !== undefined) {
      reasons.push(reason('RIGHT_RESALE_SCHEME', weights.RIGHT_RESALE_SCHEME, () => ({
        en: `A right is sold with a buy-back at a multiple promised, asked handed over for a reward, or its name told misused and settled for money (${resale}): the 'right' (a care home's place, a grave's perpetual rites, a membership, a bond) is the script's, and no care home, temple, cemetery or issuer resells or buys it back at a premium; the next call asks the money`,
        ja: `権利を「後で倍額で買い取る」と売りつける、謝礼と引き換えに譲るよう求める、または名義が使われたとして解決金を求めています（${resale}）。老人ホームの入居権・永代供養権・会員権などの転売や高値の買い取りを施設・寺院・霊園・発行元が持ちかけることはありません（国民生活センター：劇場型勧誘）`,
        detail: { cue: resale },
      })));
    }
    // An office-holder's ask through a personal channel, with the party that usually handles the matter cut out
    // ("管理会社には連絡しなくて大丈夫", "コーチには私から伝えます", "先别跟组长说"): the one check the reader would make is ruled out.
    if (seen.includes('ASK_ROLE_CHANNEL') && luresOfCategory(ctx.lures, 'bypass-party').some((l) => !l.quoted)) {
      reasons.push(reason('ROLE_BYPASS', weights.ROLE_BYPASS, () => ({
        en: 'Tells you not to involve the party that usually handles this (the management company, the coach, the school, the team leader): that is the check that would expose a false role',
        ja: '本来の窓口（管理会社・コーチ・学校・組長など）に知らせないよう求めています。確認されると偽の立場が分かるためです',
      })));
    }
    // A superior's money, chat or gift cards asked while the superior is out of reach or hidden from the company, or the chat's
    // invite sent to this line (asks/role.ts superiorUnchecked): the CEO fraud, with the one check the reader would make cut off.
    const unchecked = seen.includes('ASK_ROLE_CHANNEL') || seen.includes('ASK_GIFT_CARD')
      ? superiorUnchecked(ctx, { role: seen.includes('ASK_ROLE_CHANNEL'), giftCard: seen.includes('ASK_GIFT_CARD') }) : undefined;
    if (unchecked !== undefined) {
      reasons.push(reason('SUPERIOR_UNCHECKED', weights.SUPERIOR_UNCHECKED, () => ({
        en: `Speaks as your superior (or for one) and asks the company's money, its chat or gift cards while they cannot be reached or want it kept from the company (${unchecked}): a company moves its money and its chat through its own accounts, approvals and tools, so whoever holds this line is not your superior`,
        ja: `上司・役員（またはその代理）を名乗り、連絡が取れない・社内に伏せるなどとして（${unchecked}）、会社のお金・LINEグループ・ギフトカードを求めています。会社の送金やグループは正規の経理・承認・社内ツールを通すもので、この番号の相手は上司ではありません`,
        detail: { cue: unchecked },
      })));
    }
    // A fee asked of the reader's business before a loan, a certificate or a subsidy is released, or a levy into an account given
    // in place of its slip (asks/payee.ts businessFeeFirst): lenders deduct, authorities issue against their own forms and counters.
    const feeFirst = seen.includes('ASK_UNVERIFIED_PAYEE') ? businessFeeFirst(ctx) : undefined;
    if (feeFirst !== undefined) {
      reasons.push(reason('BUSINESS_FEE_FIRST', weights.BUSINESS_FEE_FIRST, () => ({
        en: `Asks your business to pay first (${feeFirst}) for a loan, a certificate or a subsidy, or to pay a levy into an account it gives instead of the payment slip: lenders deduct their charges from the loan, and authorities issue licences and take fees against their own forms, counters and slips, never into an account a text names`,
        ja: `融資・認定書・補助金などの前に手数料の支払いを求める、または納付書の代わりに示した口座への納付を求めています（${feeFirst}）。融資の費用は融資額から差し引かれ、官公庁の手数料や保険料は正規の納付書・窓口で納めるもので、SMSで示された口座に払うことはありません`,
        detail: { cue: feeFirst },
      })));
    }
    // A fee asked first for a benefit the message promises the reader (asks/prepay.ts feeBeforeBenefit): a prize or points, a
    // loan, a job, its pay or a 内定, a scholarship, a grant, returns, free goods. Lenders deduct their charges, campaigns ship
    // free, employers pay and scholarship bodies pay out: none collects a fee by SMS first, whoever's voice asks it (a friend's
    // "紹介料をお願いできる?" too). Beside the payee ask it explains, not beside another reason for the same payment.
    const advance = seen.includes('ASK_UNVERIFIED_PAYEE') && !id.senderOwnsClaim && service === undefined && prepaid === undefined && moved === undefined && pub === undefined && feeFirst === undefined
      ? feeBeforeBenefit(ctx) : undefined;
    if (advance !== undefined) {
      reasons.push(reason('ADVANCE_FEE', weights.ADVANCE_FEE, () => ({
        en: `Asks you to pay a fee first (${advance}) to receive something it promises you (a prize or points, a loan, a job or its pay, a placement, a scholarship or a grant, returns, free goods): genuine lenders, prize campaigns, employers and scholarship bodies never collect a fee by text before they pay out`,
        ja: `約束した当選金・ポイント・融資・仕事や報酬・内定・奨学金・給付などを受け取る前に、手数料や保証料を先に払うよう求めています（${advance}）。正規の貸金業者・懸賞・雇用主・奨学団体がSMSで先に手数料を集めることはありません（融資保証金詐欺・当選商法）`,
        detail: { cue: advance },
      })));
    }
    // A sign-in's secret or a remote-control app's number told to a person (asks/secret.ts signInHandOver): whoever hears it
    // holds the account or the device, whoever they say they are.
    const signIn = seen.includes('CREDENTIAL_REQUEST') && asks.some((a) => a.kind === 'secret' && a.channel.type !== 'url') ? signInHandOver(ctx) : undefined;
    if (signIn !== undefined) {
      reasons.push(reason('SIGN_IN_HANDED_OVER', weights.SIGN_IN_HANDED_OVER, () => ({
        en: `Asks you to tell a person an account's sign-in (its ID with the password, an approval password, a token's number) or a remote-control app's number (${signIn}): no bank, accountant, IT desk or platform asks that by message or phone; whoever gets it controls the account or the device`,
        ja: `ログインIDとパスワード・承認用パスワード・トークンの番号、または遠隔操作アプリの番号を人に伝えるよう求めています（${signIn}）。銀行・会計事務所・情シス・運営がSMSや電話でそれを聞くことはなく、伝えれば口座や端末を乗っ取られます`,
        detail: { cue: signIn },
      })));
    }
    // What unlocks money, an identity or a home told to a person (asks/secret.ts valueToPerson): a card's number, data, back
    // code or picture, a passport beside a card, a cash card's number copied down, a door's code beside the hours at home, a
    // spare key's place. No hotel, booking site, driver, cleaner or salon takes them by reply, photo, messenger or a call.
    const value = seen.includes('CREDENTIAL_REQUEST') && signIn === undefined && !id.senderOwnsClaim && asks.some((a) => a.kind === 'secret' && a.channel.type !== 'url' && !a.quoted) ? valueToPerson(ctx) : undefined;
    if (value !== undefined) {
      reasons.push(reason('VALUE_TOLD_TO_PERSON', weights.VALUE_TOLD_TO_PERSON, () => ({
        en: `Asks you to give a person, by reply, photo, messenger or a call, what unlocks your money, your identity or your home (${value}): cards are entered on the merchant's own secure page or shown at the counter, and no hotel, booking site, driver, cleaner or salon asks a card's number, its back code or its picture, a door code with your hours at home, or where a key is kept this way`,
        ja: `お金・身元・住まいを開けるもの（${value}）を、返信・写真・メッセンジャー・電話で人に伝えるよう求めています。カードは事業者の正規の決済画面や窓口で扱うもので、ホテル・予約サイト・配達員・家事代行・サロンがカード番号や裏面のコード、カードの写真、在宅時間と玄関の暗証番号、鍵の置き場所をこの方法で聞くことはありません`,
        detail: { cue: value },
      })));
    }
    // The phone's counterpart of a throwaway page: a company or an office to be rung on an 050 line anyone rents
    // online in minutes, or on a number abroad (国民生活センター: 架空請求 give 050 numbers).
    if (openCallback && openCallback.channel.type === 'phone') {
      const openCallbackChannel = openCallback.channel;
      reasons.push(reason('CALLBACK_OPEN_LINE', weights.CALLBACK_OPEN_LINE, () => ({
        en: `Speaks as a company or an office but asks you to call an IP-phone (050) or overseas number (${openCallbackChannel.value}), which anyone can rent online: offices take calls on their published lines`,
        ja: `企業・機関を名乗りながら、誰でもネットで取得できる050のIP電話番号や海外の番号（${openCallbackChannel.value}）へ電話させようとしています（公式の窓口番号ではありません）`,
        detail: { via: openCallbackChannel.value },
      })));
    }
    // A role's call moved to a personal mobile (ROLE_PERSONAL_LINE) is the same fact: counted once.
    if (personalCallback && personalCallback.channel.type === 'phone' && !reasons.some((r) => r.code === 'ROLE_PERSONAL_LINE')) {
      const personalChannel = personalCallback.channel;
      reasons.push(reason('CALLBACK_PERSONAL_LINE', weights.CALLBACK_PERSONAL_LINE, () => ({
        en: `Speaks as a bank, a credit union or JA, a utility, a hospital or a public office but asks you to call a mobile number (${personalChannel.value}): such institutions take calls on their published fixed, 0120 and 0570 lines, not on a person's handset`,
        ja: `銀行・信用金庫・JA・電力/ガス・病院・役所などを名乗りながら、携帯電話の番号（${personalChannel.value}）へ電話させようとしています（これらの機関の窓口は公表された固定電話・0120・0570の番号です）`,
        detail: { via: personalChannel.value },
      })));
    }
    // A public body we do not list (a water department, a tax office) is weighed as one we do (BRAND_UNOFFICIAL_DOMAIN):
    // its site is a government's, and a link anywhere else is not its channel.
    if (publicPage && publicPage.channel.type === 'url') {
      const publicPageChannel = publicPage.channel;
      reasons.push(reason('ASK_PUBLIC_BODY_STRANGER_PAGE', weights.ASK_PUBLIC_BODY_STRANGER_PAGE, () => ({
        en: `Speaks as a public body (a municipality's department, a tax or water office) but links to ${publicPageChannel.host}: public bodies keep their pages on government domains (go.jp, lg.jp, city.*.jp, pref.*.jp)`,
        ja: `自治体の部署・税・水道などの公的機関を名乗りながら、${publicPageChannel.host} へ誘導しています（公的機関のサイトは go.jp・lg.jp・city.〜.jp・pref.〜.jp などの政府ドメインです）`,
        detail: { via: publicPageChannel.value },
      })));
    }
    if (lookalikePage) {
      reasons.push(reason('KIND_LOOKALIKE_DOMAIN', weights.KIND_LOOKALIKE_DOMAIN, () => ({
        en: `${lookalikePage.host} spells the name of the kind of institution the message speaks as (${lookalikePage.token}) but is not that institution's own site`,
        ja: `${lookalikePage.host} は名乗っている機関の名前（${lookalikePage.token}）に似せたドメインですが、その機関の公式サイトではありません`,
        detail: { kind: lookalikePage.kind, host: lookalikePage.host, token: lookalikePage.token },
      })));
    }
    // An institution we do not list is weighed as one we do (BRAND_UNOFFICIAL_DOMAIN): its site is not a throwaway page.
    if (institutionPage && institutionPage.channel.type === 'url' && !publicPage) {
      const institutionPageChannel = institutionPage.channel;
      reasons.push(reason('ASK_INSTITUTION_STRANGER_PAGE', weights.ASK_INSTITUTION_STRANGER_PAGE, () => ({
        en: `Speaks as a bank, office, hospital, utility or courier but links to a page anyone can make in minutes (${institutionPageChannel.host}), not an institution's own site`,
        ja: `銀行・役所・病院・公共料金・配送業者などを名乗りながら、誰でもすぐ作れるページ（${institutionPageChannel.host}）へ誘導しています（機関の公式サイトではありません）`,
        detail: { via: institutionPageChannel.value },
      })));
    }
    if (loginPage && loginPage.channel.type === 'url' && !seen.includes('CREDENTIAL_REQUEST')) {
      const loginPageChannel = loginPage.channel;
      reasons.push(reason('CREDENTIAL_REQUEST', weights.CREDENTIAL_REQUEST, () => ({
        en: `Asks you to sign in on a page anyone can make in minutes (${loginPageChannel.host}): no service keeps its login there, and whoever made it gets your password`,
        ja: `誰でもすぐ作れるページ（${loginPageChannel.host}）でのログインを求めています。サービスの公式のログイン画面ではなく、入力したパスワードは作成者に渡ります`,
        detail: { ask: 'secret', cue: 'login', channel: 'url', via: loginPageChannel.value },
      })));
    }
    // A household's data to be typed into a page anyone made, for a sender who claims no one: weighed to
    // tag, not to block alone (a PTA's real form from an officer's own handset asks the same).
    if (dataPage && dataPage.channel.type === 'url' && !institutionPage && !publicPage) {
      const dataPageChannel = dataPage.channel;
      reasons.push(reason('ASK_DATA_STRANGER_PAGE', weights.ASK_DATA_STRANGER_PAGE, () => ({
        en: `Asks you to type names, phone numbers or other personal data into a page anyone can make (${dataPageChannel.host}): whoever made it receives them`,
        ja: `誰でもすぐ作れるページ（${dataPageChannel.host}）に名前・電話番号などの個人情報の入力を求めています。入力した内容は作成者に渡ります`,
        detail: { via: dataPageChannel.value },
      })));
    }
    // A link hiding where it leads, sent by a line that vouches for no one with nothing but a teaser around it
    // ("これ見て", "この人あなたに似てない?笑", or no words at all): what malware-infected handsets send on. Only
    // the ask to open it, with none of the context a friend's link comes with; so it flags, and blocks only with more.
    // (A letters ID the registry knows for a brand is left to the sender checks: it may be spoofed, but it is not the infected handset.)
    if (hidden && !handsetPage && !institutionPage && !publicPage && !hasLure && !sale && !ctx.reported && !id.senderOwnsClaim && id.claimed.length === 0
      && !(lettersId(ctx.sender) && id.senderBrands.length > 0) && teaserLink(ctx, hidden)) {
      const host = ctx.indicators.urls[0]?.host ?? '';
      reasons.push(reason('TEASER_LINK', weights.TEASER_LINK, () => ({
        en: `Sent from a personal, overseas or unverified number with a link that hides where it leads (${host}) and nothing but "look at this" around it: no name, no shared plan, no word of what the page is`,
        ja: `個人・海外・確認できない送信元から、行き先の分からないリンク（${host}）が「これ見て」などの決まり文句だけで送られています（相手の名前、共通の予定、リンク先の説明がありません）`,
        detail: { via: ctx.indicators.urls[0]?.normalized ?? '' },
      })));
    }
    // A handset, an 050 line or a number abroad sending a page registered or hosted to be thrown away: how
    // infected handsets spread smishing, whatever the text says (or does not: "荷物届いてる？ <link>").
    if (handsetPage && handsetPage.channel.type === 'url' && !institutionPage && !publicPage) {
      const handsetPageChannel = handsetPage.channel;
      reasons.push(reason('SENDER_HANDSET_STRANGER_PAGE', weights.SENDER_HANDSET_STRANGER_PAGE, () => ({
        en: `Sent from a personal, 050 IP-phone or overseas number, or an unregistered letters ID, with a link to a page registered to be thrown away (${handsetPageChannel.host})`,
        ja: `個人・050のIP電話・海外の番号や登録のない送信者名から、使い捨て用に取得されたようなページ（${handsetPageChannel.host}）へのリンクが送られています`,
        detail: { via: handsetPageChannel.value },
      })));
    }
    // A hiring message that moves the applicant to a messenger account it names (a LINE ID, a Telegram or Signal
    // handle, a WhatsApp number): employers hire through their own mail, hiring system and published lines, as
    // their own warnings say ("当社からの連絡は採用管理システムのメールと代表電話のみ", "弊社がSMSでLINE登録を
    // お願いすることはありません"); a personal account is where the 闇バイト and task scams take applicants.
    // So is a customer's order or booking moved there ("接待で10名…高級ワインの手配もお願いしたいので、詳細は
    // LINEで"): the ドタキャン詐欺 that restaurant associations warn of, where the wine's price is asked next.
    // Not a person's own talk about a job, nor a business's official account link (lin.ee, page.line.me).
    if (seen.includes('ASK_MESSENGER') && businessViaMessenger(ctx, asks)) {
      reasons.push(reason('BUSINESS_VIA_MESSENGER', weights.BUSINESS_VIA_MESSENGER, () => ({
        en: 'Opens a business matter (hiring you, or ordering or booking from your shop) and moves it to a messenger account (LINE ID, Telegram, WhatsApp): businesses hire and order through their own mail, systems and published numbers',
        ja: '採用や注文・予約などの取引を持ちかけ、やり取りをLINE・Telegram・WhatsAppなどの個人アカウントに移そうとしています（企業の採用・発注は自社のメール・システム・代表電話で行われます）',
      })));
    }
    // "It's me, new number" and a request for money, a code or gift cards: the person claimed owns their old number, not this one.
    const newNumber = !ctx.reported && ctx.lures.some((l) => l.kind === 'lure' && l.category === 'family' && !l.quoted);
    // The same story told of a messenger account taken over ("LINE乗っ取られたから新しいアカウント追加して"): the
    // friend owns the account the reader has, not the new one it moves them to. (Only a takeover: friends whose
    // account was lost with a phone or a failed move write "新しいアカウント作った、追加して" as often as the lure.)
    const lostAccount = !ctx.reported && luresOfCategory(ctx.lures, 'account-taken').some((l) => !l.quoted);
    const valuable = (newNumber || lostAccount) && !id.senderOwnsClaim
      ? asks.find((a) => (newNumber ? NEW_NUMBER_ASKS.has(a.kind) : a.kind === 'messenger') && (a.kind !== 'messenger' || namesAccount(ctx, a)))
      : undefined;
    if (valuable) {
      reasons.push(reason('ASK_NEW_NUMBER', weights.ASK_NEW_NUMBER, () => ({
        en: 'Says it is someone you know writing from a new number, and asks for money, a code or gift cards through it',
        ja: '知人・家族を名乗って「番号が変わった」とし、その番号でお金・コード・ギフトカードを求めています',
        detail: { ask: valuable.kind },
      })));
    } else if (opener) {
      reasons.push(openerReason());
    } else if (workOpener(ctx)) {
      reasons.push(workOpenerReason());
    }
    // A worker who signs their own handset's text about the visit and asks only to be rung or texted back on it
    // ("ご都合の良い時間をこの番号にSMSか電話でお知らせください。〇〇ガスサービス 藤井") asks through their own channel,
    // as a courier's driver does: the visit's words (ご不在でした) are the visit, not a lure.
    if (unowned === 0 && !neutral && (id.senderOwnsClaim || id.claimed.length > 0 || (id.workersHandset && id.visitHandset))) reasons.push(ownChannel(asks));
    return reasons;
  };

  function openerReason(): Reason {
    return reason('NEW_NUMBER_OPENER', weights.NEW_NUMBER_OPENER, () => ({
      en: 'Writes as your relative from a new number and asks you to save it, drop the old one, or hear a favour later: how the "it\'s me, new number" scam begins',
      ja: '家族を名乗って「番号が変わった」とし、登録や古い番号の削除、あとでの頼み事を予告しています（オレオレ詐欺の最初の連絡の手口）',
    }));
  }

  function workOpenerReason(): Reason {
    return reason('WORK_OPENER', weights.WORK_OPENER, () => ({
      en: 'Asks only whether you are at work, holding back what it wants or asking just a reply: how the boss and company-president impersonation begins, before the transfer, gift cards or chat group are asked',
      ja: '今会社にいるかだけを尋ね、用件を言わずに返信を求めています（社長・上司になりすます詐欺の最初の連絡の手口です。次に振込・ギフトカード・LINEグループ作成などを求めてきます）',
    }));
  }

  function ownChannel(asks: readonly Ask[]): Reason {
    return reason('ASK_OWN_CHANNEL', weights.ASK_OWN_CHANNEL, () => ({
      en: 'Everything it asks goes through the sender\'s own channels',
      ja: '求めている対応はすべて送信者自身の公式の窓口を通じたものです',
      detail: { asks: [...new Set(asks.map((a) => a.kind))] },
    }));
  }
}

// Laughter and reaction marks that name nothing ("笑", "草", "www").
const LAUGH = /[笑草]|(?<![a-z])w+(?![a-z])/g;
// What is left of a teaser once its cues are gone: grammar (hiragana), punctuation, emoji and spaces.
const NAMES_NOTHING = /[\p{Script=Hiragana}\p{P}\p{S}\p{Z}\p{Emoji_Presentation}\p{Extended_Pictographic}\u30fc\s]|\u200d|\ufe0f/gu;

/**
 * The sender vouches for no one (a handset, an 050 line, a number abroad or no plan knows, a letters ID,
 * or none known), every link hides where it leads (url-suspect.ts createHiddenDestination), and the words
 * around it are nothing but a generic teaser (`teaser` cues: これ見て, 確認お願いします, あなたに似てる,
 * is this you, xem cai nay, olha isso) or nothing at all: no name, no plan the two share, nothing said of
 * what the page is. A friend's link comes with one of those ("昨日話してたカフェ、ここ"). Also a writer who
 * doubts the reader remembers them (`weak-tie`: "覚えてないかな") pointing at their page with a teaser
 * ("写真こっちに載せてるから見て"): a stranger by their own words.
 */
function teaserLink(ctx: CheckContext, hidden: (u: ExtractedUrl) => boolean): boolean {
  const s = ctx.sender;
  const urls = ctx.indicators.urls;
  if (urls.length === 0 || !urls.every(hidden)) return false;
  if (s !== null && !openLine(s) && !lettersId(s)) return false;
  const lower = ctx.norm.lower;
  // Teasers are a line: a longer text says something of its own.
  if (lower.length > 200) return false;
  let teaser = false;
  let weakTie = false;
  const keep = Array.from({ length: lower.length }, () => true);
  const blank = (from: number, length: number): void => {
    for (let k = from; k < from + length && k < keep.length; k++) keep[k] = false;
  };
  for (const u of urls) {
    const raw = u.raw.toLowerCase();
    for (let at = lower.indexOf(raw); at !== -1; at = lower.indexOf(raw, at + 1)) blank(at, raw.length);
  }
  for (const l of ctx.lures) {
    if (l.quoted) continue;
    if (l.category === 'teaser') teaser = true;
    else if (l.category === 'weak-tie') weakTie = true;
    else continue;
    blank(l.index, l.cue.length);
  }
  if (weakTie && teaser) return true;
  let rest = '';
  for (let k = 0; k < lower.length; k++) if (keep[k]) rest += lower[k];
  return rest.replace(LAUGH, '').replace(NAMES_NOTHING, '') === '';
}


// The opener is the whole message: a line or two, nothing else told.
const OPENER_MAX = 50;

/**
 * "今、会社にいますか?読んだら返信して", "会社来てます?ちょっと聞きたいことある": a short text whose only content is whether the reader is at
 * work, with a matter held back or a bare reply asked: the opener of the president and boss impersonation (JC3), which finds who
 * answers an unknown number before it asks the transfer, the gift cards or the group. It tags only: a colleague may write the same,
 * and one who says what the matter is (お昼一緒にどうかな) is not counted.
 */
function workOpener(ctx: CheckContext): boolean {
  if (ctx.reported || ctx.norm.text.length > OPENER_MAX) return false;
  // Asked by a superior who names themself ("社長です。今、少し手が空いていますか?", "社長です。今から言うことは他言無用で。"), whether the
  // reader is free or a secret announced stands for whether they are at work.
  const boss = superiorVoice(ctx) ? luresOfCategory(ctx.lures, 'availability').filter((l) => !l.quoted) : [];
  const at = [...luresOfCategory(ctx.lures, 'work-opener'), ...boss].filter((l) => !l.quoted);
  const held = [...luresOfCategory(ctx.lures, 'matter-held'), ...luresOfCategory(ctx.lures, 'favour-later')].filter((l) => !l.quoted);
  if (at.length === 0 || (held.length === 0 && boss.length === 0)) return false;
  // Nothing else told: with the two cues, greetings and fillers taken out, a verb's tail at most is left ("お昼どうするか返信して"
  // tells the matter, "今、会社にいますか?読んだら返信して" does not).
  let rest = ctx.norm.lower;
  for (const l of [...at, ...held].sort((a, b) => b.index - a.index)) rest = rest.slice(0, l.index) + rest.slice(l.index + l.cue.length);
  // The superior's own introduction ("社長の山田です。") is the voice, not a matter told.
  if (boss.length > 0) rest = rest.replace(INTRODUCTION, '');
  return rest.replace(OPENER_FILLER, '').length <= OPENER_REST;
}
// The writer's introduction at the head: "お疲れ様です。社長の山田です。".
const INTRODUCTION = /^(?:お疲れ様です。?|お疲れさまです。?)?[^。!?]{0,12}?(?:です|と申します|でございます)[。、!]?/;
// Greetings, fillers and punctuation around an opener.
const OPENER_FILLER = /お疲れ様です|お疲れさまです|おつかれさまです|お久しぶりです|すみません|ちょっと|少し|今日|今|至急|急ぎで?|[\s、。,.!?！？…〜ー]/g;
// What may be left of the cues' own sentences: "して", "ます", "ください".
const OPENER_REST = 5;

/**
 * A relative's new number told to someone the text calls by a kinship word, who is asked to save it or
 * delete the old one, or told of a favour to ask later ("あと一個お願いがあるんだけど"): the オレオレ and
 * 'hi mum' opener (NPA, FTC), before any ask is made. A relative who did change numbers writes the same,
 * so it only tags, and not when the writer rules money out; with no kinship word ("母です。新しい番号は…登録しておいてね") it is not counted.
 */
function newNumberOpener(ctx: CheckContext): boolean {
  if (ctx.reported) return false;
  // The cues first, the patterns only for a text that has the relative's cue and an opener's (most have neither; the
  // kinship pattern starts at any sentence's head and was tried at every character).
  let family = false;
  let register = false;
  let later = false;
  for (const l of ctx.lures) {
    if (l.quoted) continue;
    if (l.kind === 'lure' && l.category === 'family') family = true;
    else if (l.category === 'register-number') register = true;
    else if (l.category === 'favour-later') later = true;
    // "お金の話とかは一切しないから", "I'm not asking for anything", "頼まれたら詐欺だと思って": the writer
    // rules out the ask the opener leads to.
    else if (l.category === 'no-favour' || l.category === 'crime-name' || l.category === 'vouched') return false;
  }
  if (!family || (!register && !later)) return false;
  // "登録よろしく。正月は31日の夕方に帰ります": saving the number beside a plan the two already share, named by its
  // day or hour and pressed by no deadline, is news between relatives; the opener announces a matter for later, or nothing.
  const opener = later || !(SHARED_PLAN.test(ctx.norm.lower) && !DEADLINE.test(ctx.norm.lower));
  return opener && KIN_VOCATIVE.test(ctx.norm.lower);
}

// What leads a new number's message beyond the number itself: a favour (said or for later), the writer's need or its
// hurry (今日中, 至急), money, a code or a secret, a payee, the reader's data, cards or cash at home.
const BEYOND_NEW_LINE: ReadonlySet<string> = new Set([
  'favour', 'favour-later', 'own-need', 'money-plight', 'money', 'fee', 'pay', 'payee', 'payee-third', 'payee-id', 'gift-card', 'e-money',
  'code', 'secret', 'personal-data', 'valuables', 'coach-cue', 'recon-cash', 'recon-stash', 'recon-savings',
]);

/**
 * The family lure is the writer's phone or number told as new, changed, lost or borrowed and nothing else: every
 * family cue is one of the number's story (`phone-changed`: 番号変わった, 新しい番号, スマホ壊れた), none tells a trouble
 * (事故, 示談, 会社のお金, 財布をなくした, には内緒), and no favour, need, hurry, money, code or data is named. A relative who
 * did change numbers writes so, and asks to be answered on the new one.
 */
export function bareNewLine(ctx: CheckContext): boolean {
  const lines: { from: number; to: number }[] = [];
  let family = false;
  for (const l of ctx.lures) {
    if (l.quoted) continue;
    if (l.category === 'phone-changed') lines.push({ from: l.index, to: l.index + l.cue.length });
    else if (BEYOND_NEW_LINE.has(l.category)) return false;
  }
  for (const l of ctx.lures) {
    if (l.quoted || l.kind !== 'lure' || l.category !== 'family') continue;
    family = true;
    if (!lines.some((n) => n.from < l.index + l.cue.length && l.index < n.to)) return false;
  }
  return family;
}

// An account to add: an ID ("ID：satomi.0707", "ID検索"), a handle (@jp_part, kabu_laoshi, sh-gaj110).
const ACCOUNT = /(?:^|[^a-z])id(?:[^a-z]|$)|@[a-z0-9_.-]{3,}|[a-z][a-z0-9]*[_.-][a-z0-9_.-]{2,}|[a-z]{2,}\d{2,}/;

// A group to join, which its members see: "グループに招待", "group chat", "群", a LINE OpenChat ("オープンチャット").
const GROUP = /グループ|group|群|オープンチャット|オプチャ|openchat/;
// A messenger's link that opens a group, not a person's account: LINE's group and OpenChat invites
// (line.me/ti/g/…, line.me/R/ti/g/…, line.me/ti/g2/…), WhatsApp's chat.whatsapp.com.
const GROUP_LINK = /^(?:line\.me\/(?:r\/)?ti\/g2?\/|chat\.whatsapp\.com\/)/i;

/** The move is into a group: named as one, or a group's invite link. */
function intoGroup(ctx: CheckContext): boolean {
  if (GROUP.test(ctx.norm.lower)) return true;
  for (const u of ctx.indicators.urls) if (GROUP_LINK.test(`${u.host}${u.path}`)) return true;
  return false;
}

// Who a community's invite is addressed to, by the group the reader belongs to: "保護者の皆さん", "部員各位",
// "1年3組の", "クラスの", "団員へ", "members", "everyone".
const MEMBERS = /皆さん|皆様|みなさん|みんな|各位|部員|団員|会員|メンバー|保護者|父兄|[0-9０-９一二三四五六]\s*組|クラス|学級|学年|同級生|同期|ご近所|members|everyone|\bteam\b/;

/**
 * A group's invite from a domestic handset to the people it names ("保護者の皆さん、連絡用のオープンチャット
 * を作りました", "部員へ、このグループに入って"), with no lure, nothing pressed, no one claimed and no office's
 * voice: a class rep, a club's officer or a team's coach gathering people the reader is one of. Joining
 * them is not being moved to a stranger's account, so the move is not held against the message. An
 * investment or job "group" comes with its offer (a lure) and stays ASK_MESSENGER.
 */
function communityInvite(ctx: CheckContext, id: Identity): boolean {
  const s = ctx.sender;
  if (s === null || s.route !== 'domestic-handset' || ctx.reported || id.claimed.length > 0 || speaksAsOffice(ctx)) return false;
  if (ctx.lures.some((l) => !l.quoted && (l.kind === 'lure' || l.kind === 'pressure'))) return false;
  return intoGroup(ctx) && MEMBERS.test(ctx.norm.lower);
}

/**
 * A business's invite to its own LINE official account (an official account link: lin.ee, page.line.me, line.me/R/ti/p/@),
 * in no person's voice, with no lure and nothing pressed, nothing of value asked (no money, payee, code, password or personal
 * data), no listed brand claimed and not from abroad: a shop's news, its bookings or its hiring at an ordinary wage taken up on
 * the account LINE issues to the business that applied for it ("応募は当店公式LINEから https://lin.ee/…", "新メニューは公式LINEで
 * 配信中"). The move to a messenger stands for the reader taken where nobody answers for the other side; here the other side is
 * the shop that writes, and what it asks there is what it asks here: nothing. A job's pay piled up, an investment, a problem or a
 * claim to be a brand we list keep the move counted (BUSINESS_VIA_MESSENGER already leaves such links out).
 */
function ownOfficialAccount(ctx: CheckContext, id: Identity): boolean {
  if (ctx.reported || ctx.person || speaksAsPerson(ctx) || id.claimed.length > 0 || fromAbroad(ctx.sender)) return false;
  if (ctx.lures.some((l) => !l.quoted && (l.kind === 'lure' || l.kind === 'pressure'))) return false;
  if (!ctx.asks.some((a) => !a.quoted && a.kind === 'messenger' && OFFICIAL_ACCOUNT.test(a.channel.value))) return false;
  return ctx.asks.every((a) => a.quoted || a.kind === 'messenger' || a.kind === 'open-link');
}

/** A messenger ask that names where to go; "LINEで連絡するね" names the chat the reader already has. */
export function namesAccount(ctx: CheckContext, a: Ask): boolean {
  return a.channel.type === 'messenger' && (a.channel.value.includes('/') || a.channel.value.includes('.') || ACCOUNT.test(ctx.norm.lower));
}

/**
 * The writer asks money for their own need (a loan, a shortfall, a payment on their behalf, a promise to pay it
 * back: `own-need`) with what makes the オレオレ, "hi mum" and romance scams' ask (`money-plight`: needed today or
 * urgently, a fee a third party charges, the writer's own way to pay stopped, "only you can help", an account the
 * message points to), and names nothing the two share (`shared-cost`: a split bill, a club's fee, a share paid
 * ahead) nor rules money out. A friend's loan till payday ("1万円だけ貸して。給料日に返す") has the need and none of
 * the rest: between people, as before.
 */
function moneyPlight(ctx: CheckContext): boolean {
  let need = false;
  let plight = false;
  for (const l of ctx.lures) {
    if (l.quoted) continue;
    if (l.category === 'shared-cost' || l.category === 'no-favour') return false;
    if (l.category === 'own-need') need ||= !inSentence(ctx, l.index, 'done');
    // The writer ruling out the call the reader would check with ("電話には出られない", "đang bận không nghe máy được") is the
    // plight's other half: the loan is routed around the check a friend or relative invites (FTC "hi mum": call the old number).
    else if (l.category === 'money-plight' || l.category === 'not-by-voice') plight = true;
  }
  return need && plight;
}

/**
 * The オレオレ and "hi mum" script (asks/kin.ts): a relative's voice, a money ask and at least one mark of the script (a trouble,
 * secrecy, a stand-in collector, the line told new or broken), with nothing the two share named (a split bill, a club's fee),
 * money not ruled out, the check not invited (`vouched`) and the scam not named. Secrecy alone is left to MONEY_KEPT_SECRET
 * where the coach ask already weighs it: a child may hide a loan from the other parent. The marks, as "mark: cue", or undefined.
 */
function kinMoneyScript(ctx: CheckContext): string | undefined {
  const collect = ctx.asks.some((a) => a.kind === 'collect' && !a.quoted);
  if (!collect && !ctx.asks.some((a) => a.kind === 'money' && !a.quoted)) return undefined;
  if (ctx.lures.some((l) => !l.quoted && (l.category === 'shared-cost' || l.category === 'no-favour' || l.category === 'vouched' || l.category === 'crime-name'))) return undefined;
  if (!speaksAsKin(ctx)) return undefined;
  // A collect ask's stand-in is the ask itself, not a mark beside it: the collector then needs a trouble, secrecy or a line story too.
  const money = ctx.asks.some((a) => a.kind === 'money' && !a.quoted);
  const marks = kinMarks(ctx, collect && money);
  if (!money) marks.delete('stand-in');
  if (marks.size === 0) return undefined;
  if (marks.size === 1 && marks.has('secrecy') && ctx.asks.some((a) => a.kind === 'coach' && !a.quoted)) return undefined;
  return [...marks].map(([k, cue]) => `${k}: ${cue}`).join(', ');
}

/** The message names a third person's account (a friend's, an acquaintance's) as where money goes. */
function thirdPartyPayee(ctx: CheckContext): boolean {
  return luresOfCategory(ctx.lures, 'payee-third').some((l) => !l.quoted);
}

function premiumLine(ctx: CheckContext, a: Ask): boolean {
  return phoneKindAsked(ctx, a) === 'premium';
}

// The sender-trust check, the engine's report test and its block rule ask these of one message
// in turn: each is worked out once per context, as its identity is (contexts are never changed).
let unownedFor: CheckContext | null = null;
let unownedBrands: BrandLookups | null = null;
let unownedStores: ReadonlySet<string> | null = null;
let unownedList: readonly Ask[] = [];
let blockingFor: CheckContext | null = null;
let blockingBrands: BrandLookups | null = null;
let blockingStores: ReadonlySet<string> | null = null;
let blockingList: readonly Ask[] = [];

/** Asks the reader is asked to act on through a channel the claimed identity does not own. */
export function unownedAsks(ctx: CheckContext, brands: BrandLookups, appStores: ReadonlySet<string>): readonly Ask[] {
  if (ctx !== unownedFor || brands !== unownedBrands || appStores !== unownedStores) {
    const id = identityOf(ctx, brands);
    unownedList = ctx.asks.filter((a) => !a.quoted && !owned(a, id, brands, appStores));
    unownedFor = ctx;
    unownedBrands = brands;
    unownedStores = appStores;
  }
  return unownedList;
}

/**
 * What a call back is asked to answer, beside the lure words: the reader's own account, name, number or identity said to
 * be caught up in something (accused: "お客様の口座に関して", "あなたの個人情報が"), a charge or harm threatened (penalty:
 * 延滞料, 違約金), the call asked through what follows if it is not made ("ご連絡なき場合", "連絡がない場合"), or money said
 * to be due to the reader or released to them (refund-due, release: 未支給分, 還付, 受け取りには; not a booking's
 * cancellation: "取消请回复2"). The fake police's, the 架空請求's and the 還付金詐欺's openings: an institution that
 * raises such an alarm or promise and sends the reader to a line it does not own asks through a stranger's line
 * (国民生活センター: 記載された番号に電話しない; NPA: 相手から教示された番号には折り返さない). A bare "至急" stays a clinic's.
 * So does the reader's own money, contract, benefit or account named as the matter to settle (account-matter: お支払いが未確認,
 * 督促状, ご契約内容, 未支給, 事故の相手方から保険金請求): the call is to settle it on the line the stranger chose.
 */
const CALL_ALARMS: ReadonlySet<string> = new Set(['accused', 'penalty', 'refund-due', 'release', 'account-matter']);

export function callAlarm(l: LureMatch): boolean {
  if (CALL_ALARMS.has(l.category)) return !CANCELLATION.test(l.cue.toLowerCase());
  return l.kind === 'ask' && l.category === 'call' && IF_NOT_MADE.test(l.cue);
}

/**
 * A call offered for the reader's own case (asks/call.ts OFFERED_CALL: questions, a change to a booked visit, an emergency, one
 * way among others) in a message that asserts no problem (no lure), presses nothing and raises no alarm the call would answer
 * (callAlarm): the notice stands without the call, and the reader who rings for their own question chooses the number. It asks
 * nothing through the line, so it opens no block (workOutBlockingAsks) and weighs no CLAIM_CHANNEL_ASK (claim-channel.ts); the
 * brand's name on a line it does not own still tags. Beside a lure, haste or an alarm the offer is the callback lure's way out.
 */
export function calmOffer(ctx: Pick<CheckContext, 'lures'>, a: Ask): boolean {
  if (a.kind !== 'call' || a.offered !== true) return false;
  return !ctx.lures.some((l) => !l.quoted && (l.kind === 'lure' || l.kind === 'pressure' || callAlarm(l)));
}

// The party itself, checked directly: 団体に直接, ご本人に直接, 発行元へ直接, 直接本人に, check directly with, 直接向…确认, trực tiếp với.
const DIRECT_WITH_PARTY = /(?:団体|本人|家族|相手|発行元|事業者|販売元|カード会社|金融機関|取引先)(?:に|へ|と|様に)?直接(?:確認|問い合わせ|問合せ|連絡)|直接(?:本人|ご本人|団体|家族|相手)(?:に|へ)|check directly with (?:the )?(?:charity|organi[sz]ation|company|person|bank|issuer)|直接向(?:本人|对方|机构|团体)|truc tiep voi (?:to chuc|nguoi than|ngan hang)/;

/**
 * The unowned asks that let a message be blocked. A Y/N reply to a courier confirming a time
 * ("17時でよければ1") gives away nothing: with no lure but the delivery itself, and no hurry, it stays at suspicious.
 */
export function blockingAsks(ctx: CheckContext, brands: BrandLookups, appStores: ReadonlySet<string>): readonly Ask[] {
  if (ctx !== blockingFor || brands !== blockingBrands || appStores !== blockingStores) {
    blockingList = workOutBlockingAsks(ctx, brands, appStores);
    blockingFor = ctx;
    blockingBrands = brands;
    blockingStores = appStores;
  }
  return blockingList;
}

// The pretexts of the 点検商法 and the 訪問購入 (data/lures.json): a free inspection, a maker's inspector, a buy-up, a survey.
const VISIT_PRETEXT: ReadonlySet<string> = new Set(['inspection-pretext', 'recon-pretext']);

// Lures of who writes, not of what they talk about (asks/messenger.ts WHO): a relative's new number, a wrong number turned
// friendly, a romance, a teaser of the writer's identity, a notice in someone's name.
const PERSON_UNCHECKED: ReadonlySet<string> = new Set(['family', 'wrong-number', 'romance', 'curiosity', 'notice']);

// A plan named by its day or hour: "周六", "土曜の", "31日の夕方", "正月", "明日", "9時に", "6h40", "amanhã", "tomorrow", "sábado".
const SHARED_PLAN = /[月火水木金土日]曜|\d{1,2}日の?(?:朝|昼|夕方|夜|午前|午後)|正月|お盆|明日|あした|今夜|今晩|\d{1,2}\s*(?:時|:\d\d|h\d\d)|周[一二三四五六日末]|星期|礼拜|明天|今晚|[월화수목금토일]요일|내일|amanh[ãa]|mañana|manana|tomorrow|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day|s[áa]bado|domingo|ngày mai|ngay mai|bukas/;

// A day named as a deadline ("明日の朝までに…連絡ください", "by tomorrow") presses; it names no plan.
const DEADLINE = /までに|まで[にで]?(?:連絡|返信|登録|お願い)|以内|\bby (?:tomorrow|tonight|today|\d)|\bbefore\b|之前|以前|\bat[ée]\b|\bantes\b|\bhasta\b|trước/;

// Words that name what a move to a messenger is for, beyond talking: a favour or a matter announced
// for later ("急ぎの用事で少しお願いがあって", "급하게 부탁할 게 있어"), the reader's data or a household's
// contacts (身分証, 連絡先), a code or a secret, money or a fee (a payment asked is an ask of its own), a place to invest.
const SOUGHT: ReadonlySet<string> = new Set([
  'favour', 'favour-later', 'personal-data', 'contact-data', 'secret', 'code', 'gift-card', 'money', 'fee', 'release',
  'payee', 'payee-changed', 'payee-later', 'payee-third', 'payee-id', 'valuables', 'e-money', 'hand-over', 'discount', 'quota',
]);
// Investment venues (data/lures.json invest-venue) that are the messenger or its group: the move itself.
const MESSENGER_CUE = /^(?:line|グループ)$/;
// A sum of money named (pay offered, a fee, a price): "1回5万円", "月収30万円", "2000 yen", "¥4,500", "3万".
const SUM = /\d[\d,.]*\s*(?:[万千]\s*)?(?:円|元|yen|ienes|yên|원|ドル|dollars?)|\d\s*万|[¥$€£₱]\s*\d/;

// The move is for details of something left unsaid (asks/messenger.ts DETAILS_THERE).

/**
 * The message asks nothing but the move to a messenger: every ask is that move or its link, nothing
 * of value is named (see SOUGHT, a sum of money, an investment's venue other than the messenger), no
 * details are held back for the messenger and no favour is announced for later. A written number is a
 * way in of its own (a call, a text).
 */
function seeksNothingElse(ctx: CheckContext, asks: readonly Ask[]): boolean {
  if (ctx.indicators.phones.length > 0 || SUM.test(ctx.norm.lower) || DETAILS_THERE.test(ctx.norm.lower)) return false;
  for (const l of ctx.lures) {
    if (l.quoted) continue;
    if (SOUGHT.has(l.category) || (l.category === 'invest-venue' && !MESSENGER_CUE.test(l.cue))) return false;
  }
  const moves = new Set<string>();
  for (const a of asks) if (a.kind === 'messenger') moves.add(a.channel.value);
  return asks.every((a) => a.kind === 'messenger' || (a.kind === 'open-link' && moves.has(a.channel.value)));
}

// Right after a brand's name, words with which a message speaks as it ("金融庁です", "市役所より", "裁判所からの通知"); a
// 【header】 does too.
const SPEAKS_AS_AFTER = /^(?:グループ)?(?:です|より|からの(?:お知らせ|ご案内|ご連絡|連絡|通知|重要)|でございます)/;
const HEADER_OPEN = /[【[「『][^】\]」』]*$/;

/**
 * The message speaks as a brand it claims, not of it: the name in a 【header】 or followed by "です", "より", a signature
 * line's "グループ", or the office's own register (お客様, 当社, いたします) in its own words.
 */
function speaksAsClaimed(ctx: CheckContext): boolean {
  if (ctx.brands.length === 0 || ctx.person || ctx.reported) return false;
  if (ctx.lures.some((l) => !l.quoted && l.kind === 'register' && l.category === 'business')) return true;
  const text = ctx.norm.text;
  for (const b of ctx.brands) {
    const at = text.indexOf(b.matched);
    if (at === -1) continue;
    if (HEADER_OPEN.test(text.slice(Math.max(0, at - 16), at)) || SPEAKS_AS_AFTER.test(text.slice(at + b.matched.length, at + b.matched.length + 12))) return true;
  }
  return false;
}

// A 00XX display other than 0005 (0032…): a carrier's prefix on a business route (brands/check.ts CARRIER_PREFIXED).
const CARRIER_PREFIXED = /^00[1-9]\d{5,}$/;

/** The message writes no way to reach anyone: no link, no number, no e-mail address. */
export function writesNoWay(ctx: Pick<CheckContext, 'indicators'>): boolean {
  const ind = ctx.indicators;
  return ind.urls.length === 0 && ind.phones.length === 0 && ind.emails.length === 0;
}

function workOutBlockingAsks(ctx: CheckContext, brands: BrandLookups, appStores: ReadonlySet<string>): readonly Ask[] {
  let asks = unownedAsks(ctx, brands, appStores);
  // "おばあちゃん、家に現金いくらある?" with no new number told: the アポ電's voice, but a grandchild may ask
  // so; it tags (ASK_HOUSEHOLD_RECON) and does not block by itself.
  if (asks.some((a) => a.kind === 'recon') && reconVoice(ctx) === 'kin' && !ctx.lures.some((l) => l.kind === 'lure' && l.category === 'family' && !l.quoted)) {
    asks = asks.filter((a) => a.kind !== 'recon');
  }
  // An identity paper asked back as its holder's own business, nothing offered or pressed: the reader's own hiring or
  // contract ("人事の田中です。入社手続きのため、在留カードの写真を"), or the paper's number in a friend's words ("パスポートの番号教えて、
  // 航空券まとめて取るから"). papers.ts sets both aside from IDENTITY_BY_REPLY; the data ask still tags (ASK_PERSONAL_DATA), but it
  // does not open the block, or the model, restating that same ask, would carry the tag there alone.
  if (asks.some((a) => a.kind === 'reply-data' && namesIdPaper(a.cue)) && papersSetAside(ctx)) asks = asks.filter((a) => !(a.kind === 'reply-data' && namesIdPaper(a.cue)));
  // An unasked visit where money changes hands (ASK_VISIT_SALE, 45) with no stake beside it (visitStake: no harm or penalty told
  // of the home, no jewellery asked beside a buy, no cash on the day, no insurance to pay for it, no body's direction claimed),
  // no pretext of the 点検商法 or the 訪問購入 (data/lures.json inspection-pretext and recon-pretext: a free inspection, a maker's
  // inspector, a buy-up, a security check; 国民生活センター) and no lure or pressure: "エアコンの分解洗浄で明日伺います。作業費は
  // 1台8,800円です。ご在宅の時間を" is a tradesman's priced canvass, so it tags and does not open the block by itself
  // (data/scores.json: it "never blocks alone"). Without this, the model, restating the same ask (its asks:visit-sale>reply
  // feature), carried the tag to block alone.
  if (asks.some((a) => a.kind === 'visit-sale') && visitStake(ctx) === undefined
    && !ctx.lures.some((l) => !l.quoted && (l.kind === 'lure' || l.kind === 'pressure' || VISIT_PRETEXT.has(l.category)))) {
    asks = asks.filter((a) => a.kind !== 'visit-sale');
  }
  // "ご確認ください" from a letters sender ID, which cannot be replied to or called, in a message
  // that gives no way to act (no link, no number, no e-mail): the reader can only act through
  // ways they already know, so the ask leads nowhere a scammer controls. (A message without its
  // sender is not judged so: the corpora strip links and senders from lures. A handset or
  // overseas sender is itself a way in: "ご連絡ください" rings it.)
  const s = ctx.sender;
  const noWayIn = lettersId(s) && writesNoWay(ctx);
  if (noWayIn) asks = asks.filter((a) => a.channel.type !== 'unstated');
  // "A message that asks nothing cannot be blocked": a 'resolve' read into a problem the message only tells
  // ("カード期限切れで決済エラー", "payment failed"), with no link, number, reply or messenger written, gives the reader
  // nowhere to go. It still tags (the lure and the brand weigh as before); only what the message asks, through a
  // way it writes, opens the block. A lure that writes its way in is judged by that ask. (A message without its
  // sender is not judged so, as above: the corpora strip links and senders from lures.) One way stays written: the
  // line itself, when the message speaks as the office it claims (【裁判所】, "金融庁です", お客様) from a line open to
  // anyone (a handset, an 050 line, a number abroad): the threat is answered by calling or replying to that line.
  if (s !== null && !(openLine(s) && speaksAsClaimed(ctx))) asks = asks.filter((a) => !(a.kind === 'resolve' && a.implied && a.channel.type === 'unstated'));
  // A check the message sends the reader to make directly with the party concerned ("募金をする場合は団体に直接確認してください",
  // "check directly with the charity"), writing no way of its own (no link, number or e-mail): the warning's own advice, which
  // sends the reader away from this line to one they find themselves (警察庁・消費者庁: 寄付や請求は団体・事業者に直接確認を). The
  // resolve leads nowhere the sender holds. Not the sender's own staff or desk (担当に直接, 当社に直接), which is this line again.
  if (writesNoWay(ctx) && DIRECT_WITH_PARTY.test(ctx.norm.lower)) asks = asks.filter((a) => !(a.kind === 'resolve' && a.channel.type === 'unstated'));
  // A call offered for the reader's own case in a calm message ("日程の変更は0570-…まで", "ご不明点は…へ") asks nothing (calmOffer).
  asks = asks.filter((a) => !calmOffer(ctx, a));
  // A move to a messenger from a domestic handset with nothing else (no lure, nothing pressed, no one
  // claimed, no office's voice) into a group ("連絡用のLINEグループにご招待します"), or with no account named
  // ("LINEの友だち追加したいから"): how a PTA, a club or a friend gathers people. So is an ID given when
  // the message seeks nothing else through it (no other ask, no favour or matter announced for later):
  // people who met exchange IDs so ("今日の交流会でお話しした鈴木です。LINE IDは…"). A stranger's move
  // comes with the offer, the threat or the favour it serves (money, a job, an investment, a code, data,
  // an urgent matter). It still tags (ASK_MESSENGER), but blocks only with one of those. Its link is the same ask.
  // A new number told beside a plan the two already share, named by its day or hour ("周六打工的事我们微信聊",
  // "土曜のフットサル、9時に駅集合"), that seeks nothing and names no account moves the reader to the chat
  // they already have: the "new number" scam announces a matter for later and names none.
  let quiet = true;
  let newNumberOnly = true;
  for (const l of ctx.lures) {
    if (l.quoted || (l.kind !== 'lure' && l.kind !== 'pressure')) continue;
    quiet = false;
    if (l.kind !== 'lure' || l.category !== 'family') newNumberOnly = false;
  }
  const planned = !quiet && newNumberOnly && SHARED_PLAN.test(ctx.norm.lower) && !DEADLINE.test(ctx.norm.lower);
  // A person's own words (ctx.person) moving the talk to a messenger with no account named, nothing pressed and nothing sought
  // through it ("新NISA始めたよ。一緒に投資の勉強会行かない?LINEで話そう"): with no ID, link or number given, the reader can reach the
  // writer there only through the contact the two already share, so the move is no channel a stranger holds, whatever the
  // topic (an investment word still tags as its lure). The investment scam's move names the account or group it leads to
  // (警察庁 SNS型投資詐欺: the 'assistant's' LINE ID or a group link), or seeks money, a sum, data or a favour (seeksNothingElse).
  // (Its lure makes speaksAsOffice read an office's assertion; the person's voice is the engine's reading, with no business register.)
  // Not with a lure of who writes (a relative's or a boss's new number or line, a wrong number, a romance: PERSON_UNCHECKED):
  // there the contact the two share is the very thing in doubt.
  const personal = !quiet && !planned && ctx.person && !ctx.lures.some((l) => !l.quoted && (l.kind === 'pressure' || (l.kind === 'register' && l.category === 'business')
    || (l.kind === 'lure' && PERSON_UNCHECKED.has(l.category))));
  if (s !== null && s.route === 'domestic-handset' && asks.some((a) => a.kind === 'messenger') && (quiet || planned || personal)
    && identityOf(ctx, brands).claimed.length === 0 && (personal || !speaksAsOffice(ctx)) && !businessViaMessenger(ctx, asks)) {
    const group = intoGroup(ctx);
    const moves: string[] = [];
    // (A number written out is an account too: "WhatsAppに移動してもらえますか? +44 7700 900123 まで".)
    const named = (a: Ask): boolean => namesAccount(ctx, a) || ctx.indicators.phones.length > 0;
    // Beside a stake, so is the handset itself on a messenger found by number: "紹介料1人5万円。詳しくはテレグラムで" reaches
    // the writer's Telegram through this line. (Beside a shared plan, "微信聊" is the chat the two already have.)
    const reached = (a: Ask): boolean => named(a) || NUMBER_KEYED.test(ctx.norm.lower);
    // What the move is tied to (asks/messenger.ts stakeOfMove: money to pay or collect, dues, returns, a job, goods, data, secrecy
    // from whoever would check) is sought as much as SOUGHT's cues are: "会費を先に集めてます。LINEに移動して ID: …".
    const onlyMove = seeksNothingElse(ctx, asks) && stakeOfMove(ctx, asks) === undefined;
    for (const a of asks) if (a.kind === 'messenger' && (planned ? onlyMove && !named(a) : personal ? seeksNothingElse(ctx, asks) && !reached(a) : group || onlyMove || !reached(a))) moves.push(a.channel.value);
    if (moves.length > 0) asks = asks.filter((a) => !((a.kind === 'messenger' || a.kind === 'open-link') && moves.includes(a.channel.value)));
  }
  // A call back to a domestic geographic landline (03-…, 06-…), asked from a carrier-prefixed business route (a 00XX
  // display no handset or rented 050 line shows): both ends are lines tied to a registered holder and address, the
  // way a tax office or a clinic texts "担当 徴収係(03-…)までお電話ください". The ask still tags (CALLBACK_LURE), but
  // does not block by itself: the lure rings an 050 line, a number abroad, or writes from a handset.
  if (s !== null && CARRIER_PREFIXED.test(s.normalized) && asks.some((a) => a.kind === 'call')) {
    asks = asks.filter((a) => !(a.kind === 'call' && a.channel.type === 'phone' && ctx.classifySender?.(a.channel.value).kind === 'fixed'));
  }
  // A payment asked with no payee given ("払込期限までにお振込みください"), from a fixed, 0120 or 0570 line through an
  // aggregator, writing no link and no number but that line: the reader pays the way they always do (the slip, the registered
  // account), and the one way the message gives is the sender's own line (ownPaymentLine). It tags; it does not block.
  if (asks.some((a) => a.kind === 'money') && ownPaymentLine(ctx, identityOf(ctx, brands))) asks = asks.filter((a) => a.kind !== 'money');
  // A public body's desk offered for questions on its fixed, 0120 or 0570 line ("ご不明点は納税課(03-…)まで"), from no line
  // anyone can hold: its own published line, whatever the notice tells (offeredForQuestions). It asks nothing to block on.
  // So is a public body's department on its own geographic line, named in a notice from a handset that tells nothing at stake
  // (departmentNotice): the call reaches the department. It still tags (the claim from a handset); it does not block.
  const deskCall = (a: Ask): boolean => a.kind === 'call' && (offeredForQuestions(ctx, a) || departmentNotice(ctx, a));
  if (asks.some(deskCall)) {
    const id = identityOf(ctx, brands);
    asks = asks.filter((a) => !(deskCall(a) && publicBodyDesk(ctx, id, brands, a)));
  }
  // A courier's company voice on a handset (companyOnHandset) asking to be rung back on that handset, with nothing but the
  // visit told (driversReply: no other lure, nothing pressed): not the company's line, so the call tags (CALLBACK_LURE), but
  // a driver who writes in the company's name ("ヤマト運輸です。…ご都合悪ければこの番号に電話ください") asks the same, and the
  // call gives nothing away by itself. A fee, a charge, a hurry or another ask beside it blocks as before.
  if (s !== null && asks.some((a) => a.kind === 'call')) {
    const id = identityOf(ctx, brands);
    if (id.companyOnHandset && id.driversReply) asks = asks.filter((a) => !(a.kind === 'call' && (a.channel.type !== 'phone' || a.channel.value === s.normalized)));
  }
  if (!asks.some((a) => a.kind === 'reply-yes-no')) return asks;
  // A relative's new number told and nothing more ("番号変わった。登録しといてね、返信ください"): the reply confirms the
  // number, as saving it does (the opener, NEW_NUMBER_OPENER), and gives nothing away; it tags and does not block.
  // A trouble told (会社のお金, 事故), money, a code, a favour or a hurry beside it is beyond the opener (bareNewLine).
  const bare = bareNewLine(ctx);
  const beyondDelivery = ctx.lures.some((l) => !l.quoted && ((l.kind === 'lure' && l.category !== 'delivery' && !(l.category === 'family' && bare)) || l.kind === 'pressure'));
  // A reply that confirms the number is alive, to a sender that is not the office, bank or shop it
  // names (a courier's driver excepted: drivers text from their own phones), or that writes from
  // abroad, where no domestic business sends from: the claim and the channel part.
  // The name must be the message's heading or opening (a brand named in passing, "LINEグループに
  // 上げました", is a medium, not the speaker).
  const namesOther = ctx.brands.some((b) => b.prominent && !COURIERS.has(brands.byId(b.brandId)?.category ?? ''));
  // So does a reply asked in an office's voice from a handset, an 050 line or abroad (officeVoiceOnOpenLine).
  // (A relative abroad tells a new number as one at home does: families of foreign residents text from home.)
  // So does a courier's own notice under its heading from a handset ("【日本郵便】…「1」とだけ返信"): drivers write as themselves.
  const courierNotice = ctx.brands.some((b) => COURIERS.has(brands.byId(b.brandId)?.category ?? '')) && brandHeading(ctx) && s?.kind === 'mobile';
  // So does one asked by an institution or a desk opening the message as itself from such a line (deskOnOpenLine: "【羽田空港】…",
  // "Olá, aqui é da empresa de água…respondendo", "การไฟฟ้า…แจ้ง…กรุณาตอบกลับ"): the office is not who holds the line.
  // So does one that a sum is charged without (chargedUnlessAnswered): the reply is the bill's way in, whoever sends.
  return beyondDelivery || namesOther || courierNotice || (fromAbroad(s) && !bare) || officeVoiceOnOpenLine(ctx) || identityOf(ctx, brands).deskOnOpenLine || chargedUnlessAnswered(ctx) ? asks : asks.filter((a) => a.kind !== 'reply-yes-no');
}
