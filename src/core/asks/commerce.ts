// Unsolicited commerce that asks the reader to act before they can check who stands behind it:
//
// - `credit-order`: a buyer new to the reader asks goods shipped now and paid for later ("はじめまして…
//   法人で毎月お米を200kg買いたいので、初回分を今週中に送ってもらえますか?代金は翌々月払い"): the
//   取り込み詐欺 that chambers of commerce warn of (a first order, on credit, the buyer reachable only on a
//   mobile); the goods go and the money never comes. A regular customer's order names no first contact.
// - `visit-sale`: the reader asked when they are home, or whether a visit is all right, for a visit where
//   money changes hands (a buy, an appraisal, a charged job: "出張査定無料。明日お近くを回りますので、ご在宅
//   の時間を…ご返信ください", "有料になりました。作業員が明日伺いますので、ご在宅の時間を教えてください"),
//   with nothing the reader ordered, asked for or booked: 訪問購入 (押し買い) and 点検商法 set their visits so
//   (国民生活センター). A visit the reader asked for names the request (ご依頼, お問い合わせ, ご注文). Dues
//   collected at the door (集金) are a club's or a neighbourhood's, weighed elsewhere.
//   Or the visit set without asking, for today, tomorrow or an hour, for a buy or for an inspection the
//   reader never booked, free, "now compulsory", of damage "seen" from the street or paid by the fire insurance
//   (点検商法: "明日無料で点検に伺います。火災保険で直せます"), or charged ("点検費3,000円は現金で").
// - `coerce-sale`: a paid service sold to a shop or business by telling of harm to it, a veiled threat if it
//   does not sign ("今月中にご契約いただけないなら、どうなっても知りません") or a scare about its reviews or
//   sales ("口コミに星1が8件…弊社なら削除できます。初回30万円"): MEO and review-removal sellers
//   (国民生活センター). The platform's own notice sells nothing; a plain pitch tells of no harm.
import { anchorSet, holdsAny } from '../match/anchors.js';
import { foldDiacritics } from '../lures/fold.js';
import { replyChannel } from './reply.js';
import { hasCue, inSentence, sentenceAt, type AskFinder, type AskInput, type AskNeeds, luresOfCategory, NO_ASKS } from './types.js';
import { gated } from '../match/literals.js';

/** A cue of `category` in the message's own words, not in a sentence that says it is never asked. */
function own(input: AskInput, category: string): { cue: string; index: number } | undefined {
  return luresOfCategory(input.lures, category).find((l) => !l.quoted && !inSentence(input, l.index, 'never-ask'));
}

// A sum of money written out: "1万2千円", "8,800円", "30万円".
// In the residents' languages the yen is named after the number ("8,000 yen", "8.000 yên", "8000日元", "8,000엔").
const SUM = /\d[\d,.]*\s*(?:[万千]\s*)?(?:\d[\d,.]*\s*)?円|[¥￥]\s*\d|\d[\d,.]*\s*(?:y[eê]n|ienes|日元|엔)/;
// A visit announced: "伺います", "回りますので", "訪問", "出張", "参ります".
// Or its day arranged ("点検の日程調整のため、ご在宅の日時を返信"): the visit is what the date is for.
// In English, the visit said in a business's "we" ("we will visit", "we can come by", "our inspector will stop by"): a friend's
// or a booked builder's "will come by" is no firm setting its own visit.
const VISIT_EN = /\b(?:we|our (?:team|staff|inspector|technician|engineer)s?)(?:'ll| will| can| could| would like to| are going to| plan to)? (?:visit|come (?:by|round|over)|stop by|drop by)\b/;
const VISIT = new RegExp(`伺い|伺う|伺っ|お伺|回ります|回りますので|訪問|出張|参ります|お邪魔|日程調整|日程を調整|${VISIT_EN.source}`);

// A buy names the money by itself ("買取", "査定"): the visitor pays, and names the price at the door.
const BUY = /買取|買い取|査定/;
// A charge said to be none: "費用は管理費に含まれます", "料金はいただきません"; or borne by the owner or the writer ("費用はオーナー負担です",
// "こちらで負担します"): a landlord's repair of the owner's fitting is the owner's to pay (民法606条).
const NO_CHARGE = /含まれ|いただきません|頂きません|いただいておりません|(?:こちら|当方|弊社|当社|オーナー|大家|貸主|家主)(?:で|の|が)?(?:ご)?負担/;
// The whole visit said to take no money and sell nothing, as a gas company's statutory notice says ("点検は無料で、その場で料金を
// いただくことはありません", "点検で機器の販売はしません", "料金の集金は行いません"): the one promise the 点検商法 cannot keep.
const DOOR_CHARGE_DISOWNED = /(?:料金|代金|費用|お金)を?(?:いただく|頂く|請求する|お支払いいただく)ことは(?:ありません|ございません|一切)|販売は(?:しません|いたしません|行いません|行っておりません)|集金は(?:行いません|いたしません|しません)|費用はかかりません/;

/** Money changes hands at the visit: a buy, or a charge (or a sum) that its sentence does not waive. */
function moneyAtVisit(input: AskInput): boolean {
  for (const l of luresOfCategory(input.lures, 'visit-money')) {
    if (l.quoted) continue;
    if (BUY.test(l.cue)) return true;
    const [s, e] = sentenceAt(input.norm.text, l.index);
    if (!inSentence(input, l.index, 'fee-waived') && !NO_CHARGE.test(input.norm.lower.slice(s, e))) return true;
  }
  return SUM.test(input.norm.lower);
}

/** The reader asked, ordered or booked it: an answer, not an approach. */
function requested(input: AskInput): boolean {
  return ['ordered', 'recon-requested', 'applied'].some((c) => luresOfCategory(input.lures, c).some((l) => !l.quoted && !quoteOffered(input, l) && !askedOfReader(input, l)))
    || CONTACT_THANKED.test(input.norm.lower);
}
// A quote offered, not asked for: "お見積りはこのSMSに…返信するだけ", "無料お見積り" (the seller's offer, not the reader's request).
const QUOTE = /^お?見積/;
function quoteOffered(input: AskInput, l: { cue: string; index: number }): boolean {
  if (!QUOTE.test(l.cue)) return false;
  const lower = input.norm.lower;
  // Or the quote the seller comes to give ("お見積りに伺う日をご返信ください", "見積もりにお伺いします"): the visit is the seller's.
  return /^(?:り|もり)?(?:は|も|無料)/.test(lower.slice(l.index + l.cue.length, l.index + l.cue.length + 3)) || /無料\s*$/.test(lower.slice(Math.max(0, l.index - 3), l.index))
    || /^(?:り|もり)?に(?:お?伺|参|訪問)/.test(lower.slice(l.index + l.cue.length, l.index + l.cue.length + 6));
}
// A booking or an order asked of the reader, not one they made ("至急点検日をご予約ください", "ご依頼をお願いします"): the imperative is
// the seller's, and the reader has booked nothing yet.
const ASKED_AFTER = /^(?:を|は)?\s*(?:ください|下さい|お願い|願います|くださいませ)/;
function askedOfReader(input: AskInput, l: { cue: string; index: number }): boolean {
  const at = l.index + l.cue.length;
  return ASKED_AFTER.test(input.norm.lower.slice(at, at + 8));
}
// The reader's own call or message thanked ("鍵の紛失のご連絡ありがとうございます"): the visit answers what the reader reported.
const CONTACT_THANKED = /(?:ご連絡|お電話|ご相談)(?:を)?(?:いただき|頂き)?(?:まして)?(?:誠に)?ありがとう/;

const SEND_GOODS = ['send-goods'];
const PAY_LATER = ['pay-later'];
const FIRST_CONTACT = ['first-contact'];

/** What createCreditOrderAsk cannot find an ask without (types.ts AskNeeds): all three of its cues, in no report. */
export const creditOrderNeeds: AskNeeds = (input) => !input.reported && hasCue(input, SEND_GOODS) && hasCue(input, PAY_LATER) && hasCue(input, FIRST_CONTACT);

export function createCreditOrderAsk(): AskFinder {
  return (input) => {
    if (input.reported) return NO_ASKS;
    const send = own(input, 'send-goods');
    if (!send || !own(input, 'pay-later') || !own(input, 'first-contact')) return NO_ASKS;
    return [{ kind: 'credit-order', cue: send.cue, channel: replyChannel(input), quoted: false, implied: true }];
  };
}

// A visit the writer sets for a near day or hour, not one it asks about ("本日午後伺います", "明日、査定員がご自宅にお伺いします",
// "今週中に訪問日を返信してください"): the stranger comes whether or not the reader answers.
// In English the day may come before or after the verb ("we will visit this week", "we can come by tomorrow").
const DATED_VISIT = new RegExp(`(?:本日|今日|明日|あす|明後日|あさって|今夜|今晩|今週|来週|\\d{1,2}\\s*時)[^。\\n]{0,16}?(?:伺|訪問|回ります|参ります)|${VISIT_EN.source}[^.!?\\n]{0,16}?\\b(?:today|tomorrow|tonight|this (?:week|afternoon|evening|weekend))\\b|\\b(?:today|tomorrow|tonight|this (?:week|afternoon|evening|weekend))\\b[^.!?\\n]{0,16}?${VISIT_EN.source}`);
// A job in the home set for a near day, the visit unsaid ("明日各お部屋の消火器点検を行います", "交換品を明日お持ちします"); in the
// residents' languages, an inspection set for today or tomorrow ("Kiểm tra thiết bị phòng cháy … vào ngày mai", "明天上门检查",
// "inspeção amanhã", "내일 … 점검"), read on the folded text. The worker comes to do it all the same.
const DATED_HOME_JOB = gated(/(?:本日|今日|明日|あす|明後日|あさって|今週|来週)[^。\n]{0,20}?(?:(?:点検|交換|取り?付け?|設置)(?:作業)?を?(?:行い|行います|行う|実施)|お持ちします|お持ちいたします|お持ちしま)|(?:点検|交換|清掃|作業|工事)当日|(?:kiem tra|inspecao|检查|점검|inspeksyon)[^.!?。\n]{0,40}?(?:ngay mai|hom nay|amanha|hoje|明天|今天|내일|오늘|bukas|ngayong araw)|(?:ngay mai|hom nay|amanha|hoje|明天|今天|내일|오늘|bukas)[^.!?。\n]{0,30}?(?:kiem tra|inspecao|检查|점검|inspeksyon)/);
// What DATED_HOME_JOB cannot match without: one of its job words' characters (点 交 取 設 持 当), or a residents' language's inspection.
const HOME_JOB_ANCHORS = anchorSet('点交取設持当');
const HOME_JOB_OTHER = gated(/kiem tra|kiểm tra|inspe|检查|점검/);

/**
 * A near day's job in the home (DATED_HOME_JOB), tried only when one of its words can be there. Goods brought ("明日お持ちします")
 * count only as a fitting of the home (an extinguisher, an alarm, a water heater): a neighbour bringing vegetables or a receipt
 * brings no job. Money at it counts only beside an inspection or a fitting (createVisitSaleAsk's `pressed`).
 */
function datedHomeJob(lower: string): RegExpExecArray | null {
  if (!holdsAny(lower, HOME_JOB_ANCHORS) && !HOME_JOB_OTHER.test(lower)) return null;
  const m = DATED_HOME_JOB.exec(foldDiacritics(lower));
  if (m === null) return null;
  if (m[0].includes('お持ち')) return HOME_FITTING.test(lower) ? m : null;
  // A job's day ("作業当日") only for an inspection, a fitting's replacement or installation or the drains' cleaning: a mover's or a builder's day
  // is a job the reader booked.
  return !m[0].endsWith('当日') || homeJobNamed(lower) ? m : null;
}
// A fitting installed in the home ("防犯カメラを設置", "警報器の取付け").
const INSTALLED = /設置|取り?付け/;
/** An inspection, a fitting's replacement or installation, or the drains' cleaning named: a job on the home's fittings. */
function homeJobNamed(lower: string): boolean {
  return INSPECTION.test(foldDiacritics(lower)) || FITTING_JOB.test(lower) || HOME_CLEANING.test(lower) || INSTALLED.test(lower);
}
// The reader asked to be in ("ご在宅でしょうか", "ご在宅ください"): beside a job on the home's fittings, the visit itself.
const AT_HOME = /在宅/;

// What every match of DATED_VISIT holds, tested first: the pattern starts at any digit and is tried at every character.
const DATED_VISIT_VERB = gated(new RegExp(`伺|訪問|回ります|参ります|${VISIT_EN.source}`));

// An inspection or a check-up of the home's fittings (点検, 診断): the 点検商法's opening, the job no one asked for.
// In the residents' languages too: an inspection (inspect, kiểm tra, inspeção, 检查, 점검, inspeksyon).
const INSPECTION = /点検|診断|\binspect|kiem tra|inspecao|检查|점검|inspeksyon/;
// The inspection or the look said to be free, however it is worded ("シロアリ点検の無料キャンペーン", "タダで見ますので", "無料で床下
// を診断"): a sentence holding both. The free look is the pretext; the charge comes after it, at the door (国民生活センター 点検商法).
const LOOK = /点検|診断|調査|見ます|見させ|拝見|見てあげ|調べ/;
const FREE = /無料|無償|タダ|ただで|0円/;
// A pretext that is only the look said free (freeLook's cue, inspection-pretext's 無料点検 or "free inspection").
const FREE_SAID = /無料|無償|タダ|ただで|0円|free/;

/** An inspection or a look said free in one sentence of the message's own words. */
function freeLook(input: AskInput): { cue: string; index: number } | undefined {
  const text = input.norm.lower;
  for (let i = 0; i < text.length;) {
    const [s, e] = sentenceAt(input.norm.text, i);
    const sentence = text.slice(s, e);
    const look = LOOK.exec(sentence);
    const free = look ? FREE.exec(sentence) : null;
    if (look && free && !inSentence(input, s + look.index, 'never-ask')) return { cue: `${free[0]} / ${look[0]}`, index: s + look.index };
    i = Math.max(e, i) + 1;
  }
  return undefined;
}

/**
 * The stake of an unasked visit (ASK_VISIT_SALE), beside it (checks/ask-channel.ts VISIT_STAKE): a penalty or a danger told of the
 * home (data/lures.json home-harm: 消防法違反, 罰金, ガス漏れ, 雨漏り; 消防庁 and the fire departments: no household is fined for
 * an extinguisher, and no fire officer sells or inspects at the door), the valuables a buyer asks beside what it came for
 * (押し買い: "着物の査定…ついでに指輪やネックレスも", 国民生活センター 訪問購入), or cash asked on the day ("工事当日に現金で",
 * "点検費用を用意しておいて").
 */
export function visitStake(input: AskInput): string | undefined {
  const harm = homeHarm(input);
  if (harm) return harm.cue;
  // A fire station's or a city's direction claimed for the visit, or a duty told as new beside the visit's charge: the bodies named
  // never send anyone to inspect, fit or sell at homes, and no law makes a household pay an inspector at its door (dutyCharged).
  const claim = bodysDirection(input) ?? dutyCharged(input);
  if (claim) return claim.cue;
  const lower = input.norm.lower;
  const cashReady = CASH_READY_OTHER.exec(foldDiacritics(lower));
  if (cashReady !== null && !inSentence(input, cashReady.index, 'never-ask')) return cashReady[0];
  if (BUY.test(lower)) {
    const jewel = JEWELLERY.exec(lower);
    if (jewel) return jewel[0];
  }
  const cash = CASH_ON_DAY.exec(lower);
  if (cash) return cash[0];
  // The reader's insurance named as what pays for the repair the visit sells: the money at stake is the insurer's payout, of
  // which such contractors take a share or a cancellation fee (国民生活センター 「保険金が使える」住宅修理トラブル).
  const insured = INSURANCE_PAYS.exec(lower);
  if (insured && !inSentence(input, insured.index, 'never-ask')) return insured[0];
  const seen = SEEN_OUTSIDE.exec(lower);
  if (seen !== null && DAMAGE_TOLD.test(lower) && !inSentence(input, seen.index, 'never-ask')) return seen[0];
  // The home's address asked back for a visit the reader never asked for: the stranger learns where to come.
  return ADDRESS_ASKED.exec(lower)?.[0];
}
// The reader's insurance said to pay for the repair: "火災保険で直せます", "保険金で修理", "your home insurance can cover 100% of repairs";
// and the care insurance said to pay for a home's alteration ("介護保険を使えば手すり工事が無料", 国民生活センター: 「介護保険で無料になる」と
// 訪問してくるリフォーム業者: 住宅改修 is applied for through the care manager before any work).
const INSURANCE_PAYS = gated(/(?:火災)?保険(?:金)?(?:で|を使って|を使えば|が使え)[^。\n]{0,10}?(?:直|修理|修繕|負担|工事|改修|リフォーム)|\binsurance (?:can|will|would) (?:cover|pay)|\binsurance cover(?:s|ing)\b|\b(?:covered|paid) by (?:your |the )?(?:home |house )?insurance\b|seguro (?:cobre|paga)|保险(?:可以)?(?:支付|赔付|报销|覆盖)|보험으로 (?:수리|처리)|bao hiem (?:chi tra|tra)/);
/** A penalty or a danger told of the home (data/lures.json home-harm); not the gas-leak alarm a gas company leases and replaces (ガス漏れ警報器). */
function homeHarm(input: AskInput): { cue: string; index: number } | undefined {
  const harm = luresOfCategory(input.lures, 'home-harm').find((l) => !l.quoted && !inSentence(input, l.index, 'never-ask')
    && !/^(?:警報器|警報機|検知器)/.test(input.norm.lower.slice(l.index + l.cue.length, l.index + l.cue.length + 3)));
  if (harm) return harm;
  // Or a fitting of the home told past its inspection or replacement time ("ご使用の給湯器はメーカー点検時期を過ぎています"), as the
  // fire departments' "使用期限が過ぎています": the lapse is the scare. A car's or a body's check-up is no fitting of the home.
  const lower = input.norm.lower;
  const lapse = HOME_LAPSE.exec(lower);
  return lapse !== null && HOME_FITTING.test(lower) && !inSentence(input, lapse.index, 'never-ask') ? { cue: lapse[0], index: lapse.index } : undefined;
}
// An inspection's or a replacement's time said passed or run out.
const HOME_LAPSE = gated(/(?:点検|交換|取替|取り替え)(?:の)?(?:時期|期限|年数)(?:を|が)(?:過ぎ|超え|切れ)|past (?:its|their|the) (?:inspection|service|replacement) (?:date|time|period)/);
// The home's fittings the 点検商法 names: a water heater, gas appliances, an extinguisher, an alarm, the roof or walls, the meter,
// pipes, the switchboard, an air conditioner.
const HOME_FITTING = /給湯器|手すり|手摺|段差解消|住宅改修|バリアフリー|ボイラー|ガス(?:機器|器具|コンロ|管)|消火器|火災報知|報知器|警報器|警報機|エアコン|屋根|外壁|雨樋|雨どい|メーター|配管|水道管|床下|分電盤|ブレーカー|室外機|換気扇|浄水器|water heater|boiler|smoke alarm|extinguisher|roof/;
// Damage said seen on the reader's home from outside, from a roof next door or by drone, told with the damage itself ("外から見たら
// …メーターが回り続けて…漏水の恐れ", "ドローンで撮影したところ…棟板金が浮いている", "spotted loose tiles on your roof"): the
// stranger has looked the home over unasked, the 点検商法's own approach (取手市消費生活センター, 国民生活センター).
const SEEN_OUTSIDE = /外から見(?:え|たら|て)|通りから見え|足場から見え|屋根から見え|ドローンで|by drone|our drone|drone (?:photo|footage)|(?:noticed|spotted|saw)[^.!?\n]{0,30}\b(?:on|of) your (?:roof|house|home|gutter|chimney)/;
const DAMAGE_TOLD = /漏水|水漏れ|雨漏り|回り続け|浮いて|ずれ|ズレ|外れ|割れ|ひび|剥が|はが|傷ん|腐食|サビ|錆|loose|damage|cracked|broken|missing|leak/;
// The body whose direction a 点検商法 visitor claims: a fire station, a city, ward, town or prefecture (消防署の方から来ました).
const PUBLIC_BODY = '(?:消防署|消防局|消防本部|消防|市役所|区役所|町役場|村役場|役場|役所|市|区|町|県|都|自治体|行政)';
// Its direction claimed: "の方から来ました" (the direction, not the body: the classic dodge), "からの依頼で来ました", "市の委託を受け",
// "市の紹介で回っております" (a city refers no trader: 住宅改修 goes through the care manager, 国民生活センター),
// "市と提携"; in English, "from the fire department", "on behalf of the city", "commissioned by the city".
const BODYS_DIRECTION = new RegExp(`${PUBLIC_BODY}(?:の方(?:から|より)(?:来|参|伺)|(?:から|より)の?(?:依頼|委託|指示|要請|指導|紹介)(?:で|を受け|により)|の(?:委託|依頼|指示|要請|指導|紹介)(?:で|を受け|により)|と(?:提携|連携)(?:し|して|の)?)|\\b(?:from|on behalf of|commissioned by|sent by) the (?:fire (?:department|station|service)|city(?: office| hall)?|ward office|municipality)\\b`);

/**
 * A fire station's or a city's direction claimed for a visit about the home's fittings ("消防署の方から来ました。明日各お部屋の消火器
 * 点検を行います", "市役所からの依頼で来ました。消火器の点検を行います", "市の委託を受け、給湯器の無料点検で各戸を回っております"): fire
 * departments and cities neither inspect nor sell household extinguishers or alarms, nor commission traders to do it at the door
 * (総務省消防庁 and the fire departments' 消火器の訪問販売 warnings: 「消防署の方から来ました」; 国民生活センター 点検商法). Not in a
 * sentence that says it never happens, not a census taker (no fitting named).
 */
function bodysDirection(input: AskInput): { cue: string; index: number } | undefined {
  const lower = input.norm.lower;
  if (!HOME_FITTING.test(lower) && !INSPECTION.test(lower) && !FITTING_JOB.test(lower)) return undefined;
  const m = BODYS_DIRECTION.exec(lower);
  return m !== null && !inSentence(input, m.index, 'never-ask') ? { cue: m[0], index: m.index } : undefined;
}

// A duty told as new or as the law's ("義務化されました", "法改正で…義務になりました", "mandatory", "bắt buộc", "obrigatória").
const DUTY_TOLD = /義務化|義務(?:に|と)な(?:り|っ)|義務付け|法改正|法律で決ま|\bmandatory\b|\brequired by law\b|bat buoc|obrigatori|强制|义务|의무/;
// A duty told as new ("義務化されました", "法改正で…義務になりました"), not the standing duty a gas company's notice names
// ("ガス事業法で義務付けられた法定点検"): the 法定点検 is the company's duty, and it has not changed.
const DUTY_NEW = /義務化|義務(?:に|と)な(?:り|っ)|法改正|\bnow mandatory\b|\bnew law\b/;
// A utility's or a maker's commission claimed ("ガス会社から依頼を受けた給湯器点検業者です", "メーカー指定の業者"): what a stranger can
// say of any company, and what the 点検商法 says (国民生活センター: 「ガス会社の委託」「メーカーから来た」).
const TRADE_DIRECTION = /(?:ガス会社|電力会社|電気会社|水道局|メーカー)(?:から|より)の?(?:依頼|委託)(?:を受け|で)|(?:ガス会社|電力会社|メーカー)(?:指定|認定)の/;

/**
 * A duty told beside a visit that takes money, or told as new beside a commission claimed ("住宅用火災警報器の設置が義務化されました…明日業者が取付けに伺います(1台12,000円)",
 * "法改正で警報器の交換が義務になりました。交換費用28,000円を当日現金で"): the duty is the lever for the charge. A household's
 * alarm duty is its own to meet where it likes, and no law has anyone charge for it at the door (総務省消防庁 住宅用火災警報器 Q&A;
 * 特定商取引法 訪問販売). A gas company's free 法定点検 takes nothing and tells no new duty.
 */
function dutyCharged(input: AskInput): { cue: string; index: number } | undefined {
  const folded = foldDiacritics(input.norm.lower);
  const m = DUTY_TOLD.exec(folded);
  if (m === null || inSentence(input, m.index, 'never-ask')) return undefined;
  if (moneyAtVisit(input)) return { cue: m[0], index: m.index };
  // Or a duty told as new by someone claiming a utility's, a maker's or an office's commission, charge or none yet: the duty
  // sets up the job, the commission lends it a name the reader trusts ("ガス会社から依頼を受けた…冬前の点検が義務化されました").
  const fresh = DUTY_NEW.exec(folded);
  return fresh !== null && (TRADE_DIRECTION.test(folded) || BODYS_DIRECTION.test(folded)) ? { cue: fresh[0], index: fresh.index } : undefined;
}

// Cash to be made ready, in the residents' languages ("please have cash ready", "chuẩn bị tiền mặt", "准备好现金", "현금을 준비",
// "prepare o dinheiro", "ihanda ang cash"): CASH_ON_DAY's counterpart, on the folded text.
const CASH_READY_OTHER = /\bhave (?:the )?(?:cash|money) ready\b|\b(?:pay|paid)[^.!?\n]{0,20}\bin cash\b|\bcash (?:on the day|at the door)\b|chuan bi (?:san )?tien mat|tra tien mat|准备(?:好)?现金|现金支付|현금(?:을|으로)?\s*(?:준비|지불|결제)|(?:prepar\w*|separ\w*)[^.!?\n]{0,12}dinheiro|dinheiro em especie|ihanda (?:ang |ninyo ang |po ang )?cash|magbayad ng cash/;

// Jewellery and precious metals named beside a buy-up: what the 押し買い visit is for, whatever it was called in for.
const JEWELLERY = /貴金属|指輪|ネックレス|宝石|ジュエリー|金製品|プラチナ|ダイヤ|腕時計/;
// Cash asked at the visit or on its day, or to be made ready for it.
const CASH_ON_DAY = /(?:当日|その場で?|作業後|点検後|訪問時|到着時|お伺いした際|伺った際)[^。\n]{0,8}?現金|(?:当日|訪問時|到着時|その場で)[^。\n]{0,4}?(?:お支払い|お支払|お預かり|集金)|立替金[^。\n]{0,12}(?:当日|その場|訪問時)|現金[^。\n]{0,8}?(?:ご用意|ご準備|用意して|準備して|でお支払い|でお願い|払い)|(?:点検|作業|工事|交換)(?:費用|代|料金?)を?(?:ご用意|ご準備|用意して)/;

const HOME_WHEN = ['home-when'];

// The visit's day asked back ("無償点検のご訪問日程をご返信ください", "調査日のご希望をこのメッセージにご返信ください", "ご希望日時を
// ご返信いただければ調査員が伺います"): the reader is asked when the stranger may come, as home-when asks when they are in.
const VISIT_DAY_ASKED = gated(/(?:訪問|調査|点検|診断|見積り?|伺う)[^。\n]{0,4}(?:日程|日時|日)[^。\n]{0,16}(?:ご?返信|お知らせ|教え)|(?:ご?希望の?|ご都合の?(?:よい|良い)?)(?:日時|日程|日)[^。\n]{0,12}(?:ご?返信|お知らせ|教え)[^。\n]{0,16}(?:伺|訪問)/);
// A worker paid in cash at the door on the day ("交換費用は当日、作業員に現金でお支払いください"): the visit is told by its payment.
const WORKER_CASH = gated(/(?:当日|その場)[^。\n]{0,10}(?:作業員|係員|担当者|スタッフ|技術者|職員)[^。\n]{0,8}現金/);
// The home's address asked back for the visit ("品目とご住所を返信するだけ", "ご住所をお知らせください"): where the stranger is to come.
const ADDRESS_ASKED = gated(/(?:ご?住所|所在地)[^。\n]{0,10}?(?:を|は)?\s*(?:この\s*sms\s*に|こちらに)?\s*(?:ご?返信|お知らせ|教え|送っ|送信)/);
// A pick-up said free ("無料で回収いたします", "回収無料"): the 不用品回収's opening, whose charge comes at the door (国民生活センター).
const FREE_PICKUP = /無料で?(?:回収|引き?取|処分|お引き?取)|(?:回収|引き?取り?|処分)(?:費用?|料金?)?は?無料/;
// A job on the home's fittings the sender decided on (a replacement, a part, a meter, an inspection), not one the reader ordered;
// a 工事 or a 修理 named bare is a job someone arranged ("工事は明日10時に業者が伺います。費用は当日現金で").
// In the residents' languages, a fitting installed or replaced ("install", "replace", 安装, 更换, instalação).
const FITTING_JOB = /交換|部品|メーター|点検|\binstall|\breplac|安装|更换|instala/;
// A building's cleaning of the home's drains or ducts (排水管清掃, 換気扇清掃): arranged and paid by the management through the
// common fees, never charged to the resident in cash on the day.
const HOME_CLEANING = /(?:排水管|配管|換気扇|ダクト|貯水槽|給水管)(?:の)?(?:高圧)?(?:洗浄|清掃)/;

/**
 * What createVisitSaleAsk cannot find an ask without (types.ts AskNeeds): the visit's time, a `home-when` cue or a dated
 * visit (DATED_VISIT, tried only after DATED_VISIT_VERB), in no report.
 */
// What DATED_VISIT_VERB cannot match without (match/anchors.ts): one of its four words' 伺 訪 回 参.
const VISIT_VERB_ANCHORS = anchorSet('伺訪回参');
// VISIT_EN's verbs, in place of an anchor for its English alternative: visit, come, stop by, drop by.
const VISIT_EN_WORDS = gated(/visit|come|by/);

export const visitSaleNeeds: AskNeeds = (input) => !input.reported && (hasCue(input, HOME_WHEN) || ((holdsAny(input.norm.lower, VISIT_VERB_ANCHORS) || VISIT_EN_WORDS.test(input.norm.lower)) && DATED_VISIT_VERB.test(input.norm.lower)) || VISIT_DAY_ASKED.test(input.norm.lower) || WORKER_CASH.test(input.norm.lower) || ADDRESS_ASKED.test(input.norm.lower)
  || hasCue(input, PRETEXT_CUES) || INSURANCE_PAYS.test(input.norm.lower) || HOME_LAPSE.test(input.norm.lower) || CASH_AT_VISIT.test(input.norm.lower)
  || datedHomeJob(input.norm.lower) !== null);
const PRETEXT_CUES = ['inspection-pretext', 'home-harm', 'body-direction'];

export function createVisitSaleAsk(): AskFinder {
  return (input) => {
    if (input.reported || requested(input)) return NO_ASKS;
    const lower = input.norm.lower;
    const pickup = FREE_PICKUP.exec(lower);
    const pretext = own(input, 'inspection-pretext') ?? homeHarm(input) ?? freeLook(input) ?? (pickup !== null && !inSentence(input, pickup.index, 'never-ask') ? { cue: pickup[0], index: pickup.index } : undefined)
      ?? bodysDirection(input);
    // A visit set without asking counts for a buy, for the 点検商法's pretext (a free inspection, a duty said to be new,
    // damage "seen" from the street, a repair the insurance pays: data/lures.json inspection-pretext), or for an
    // inspection charged; not for a job the reader arranged (a plumber's repair, a mover, a delivery paid on arrival).
    const visitSet = DATED_VISIT_VERB.test(lower) ? DATED_VISIT.exec(lower) : null;
    // Or a job in the home set for a near day with the visit unsaid (datedHomeJob), counted only with money at it or a pretext
    // other than a free look: a building's own notice of its free 消防設備点検 sets a day and says it is free.
    const jobSet = visitSet === null ? datedHomeJob(lower) : null;
    const m = visitSet ?? jobSet;
    const pressed = (pretext !== undefined && !FREE_SAID.test(pretext.cue)) || (moneyAtVisit(input) && homeJobNamed(lower));
    // So does one set for a job on the home's fittings with cash to be made ready or paid on the day ("明日訪問して交換しますので、
    // 交換費用38,500円を現金でご用意ください"): a utility, a security company or a city bills its work or debits it; cash at the
    // door for a replacement the reader never asked is the 点検商法's collection (国民生活センター).
    const cashJob = (FITTING_JOB.test(lower) || HOME_CLEANING.test(lower) || INSPECTION.test(foldDiacritics(lower))) && (CASH_ON_DAY.test(lower) || CASH_READY_OTHER.test(foldDiacritics(lower)));
    // Or for any service brought to the home with cash taken at the visit itself ("来週ご自宅に伺います。初回費用は訪問時に現金で
    // お預かりします"), with no price quoted before it: a booked tradesman takes what was quoted, after the work.
    const cashAtVisit = CASH_AT_VISIT.test(lower) && !PRICE_QUOTED.test(lower);
    const dated = m !== null && !inSentence(input, m.index, 'never-ask') && (jobSet !== null ? pressed || cashJob
      : pretext !== undefined || BUY.test(lower) || (INSPECTION.test(foldDiacritics(lower)) && moneyAtVisit(input)) || cashJob || cashAtVisit);
    // The visit's day asked back, or a worker paid in cash at the door, is the visit's time as much as a date set.
    const dayAsked = VISIT_DAY_ASKED.exec(lower);
    // Or cash taken at a visit for a job on the home's fittings, however the visit is told ("給湯器交換の立会いに伺う際、作業費3万円を
    // 現金でご用意ください"): the visit is told by its payment, as a worker paid at the door.
    const workerCash = WORKER_CASH.exec(lower) ?? (FITTING_JOB.test(lower) && !PRICE_QUOTED.test(lower) ? CASH_AT_VISIT.exec(lower) : null);
    // Or the home's address asked back for a free pick-up or inspection: the visit's place is its time's counterpart.
    const address = pretext !== undefined ? ADDRESS_ASKED.exec(lower) : null;
    const when = own(input, 'home-when') ?? (dated ? { cue: m[0], index: m.index } : undefined)
      ?? (dayAsked !== null && !inSentence(input, dayAsked.index, 'never-ask') ? { cue: dayAsked[0], index: dayAsked.index } : undefined)
      ?? (workerCash !== null && !inSentence(input, workerCash.index, 'never-ask') ? { cue: workerCash[0], index: workerCash.index } : undefined)
      ?? (address !== null && !inSentence(input, address.index, 'never-ask') ? { cue: address[0], index: address.index } : undefined);
    if (!when) {
      // No visit's time yet, but the 点検商法's opener: a danger or a lapse told of the home, damage seen from outside, a duty said
      // new or the insurance said to pay, with the reader asked to call or reply to set the job up ("ドローンで撮影したところ…
      // 棟板金が浮いているのが見えました…折り返しお電話ください", "点検時期を過ぎています…希望される方は1を返信"). The stranger asks
      // the reader to book what nobody booked; a free look alone, a gas company's own notice, is not counted here.
      const opener = openerPretext(input);
      const contact = opener !== undefined ? CONTACT_ASKED.exec(lower) : null;
      if (opener === undefined || contact === null || inSentence(input, contact.index, 'never-ask') || DOOR_CHARGE_DISOWNED.test(lower)) return NO_ASKS;
      return [{ kind: 'visit-sale', cue: contact[0], channel: replyChannel(input), quoted: false }];
    }
    // The visit told: a visit's verb, the day asked, a worker paid at the door, a near day's job in the home, or the reader asked to be
    // in for a job on the home's fittings ("ガス点検の者です。明日ご在宅でしょうか…交換費用…当日現金で").
    const visitTold = VISIT.test(lower) || when.cue === dayAsked?.[0] || when.cue === workerCash?.[0] || (jobSet !== null && when.cue === jobSet[0])
      || (AT_HOME.test(when.cue) && (FITTING_JOB.test(lower) || HOME_FITTING.test(lower)) && pressed);
    if (!visitTold) return NO_ASKS;
    // Money at the visit: a buy, an appraisal or a charge named, or a sum; not dues collected (集金) for a club or a
    // neighbourhood. A job's price collected at the door ("部品代8,800円は明日集金に伺います") is no dues: it is the cash
    // the job's visitor takes.
    if (lower.includes('集金') && !cashJob && !(FITTING_JOB.test(lower) && SUM.test(lower))) return NO_ASKS;
    if (!BUY.test(lower) && DOOR_CHARGE_DISOWNED.test(lower)) return NO_ASKS;
    if (!moneyAtVisit(input) && pretext === undefined) return NO_ASKS;
    return [{ kind: 'visit-sale', cue: when.cue, channel: replyChannel(input), quoted: false }];
  };
}

// Cash taken at the visit itself or at its start ("訪問時に現金でお預かり", "初回費用は…現金で", "到着時に現金で").
const CASH_AT_VISIT = gated(/(?:訪問時|到着時|お伺いした(?:際|時)|伺った(?:際|時)|伺う際|お伺いする際|立会いの際|初回)[^。\n]{0,16}現金|現金[^。\n]{0,4}(?:でお預かり|を?お預かり|を?頂戴)(?:します|いたします|致します)/);
// A price already quoted or kept as before: the job was agreed ("見積書どおりの金額", "お見積りの通り", "従来通り13,200円").
const PRICE_QUOTED = /見積(?:書|り|もり)?(?:の)?(?:どおり|通り)|従来(?:どおり|通り)|いつも(?:どおり|通り)|as quoted|as in your (?:written )?quote/;
// The reader asked to call, reply or book by the number given ("折り返しお電話ください 0120-…", "1を、不要の方は2を返信してください",
// "点検日の予約は 03-… へ", "Call 050-… to book").
const CONTACT_ASKED = /(?:折り返し|お電話|電話|ご連絡|連絡|ご返信|返信|ご予約|予約|お申し?込み?|申し?込み?|お問い?合わせ|問い?合わせ)[^。\n]{0,24}?(?:ください|下さい|お願いします|お願いいたします|お待ちして|まで|へ|いただければ|頂ければ)|\b(?:call|text|ring|reply|contact)(?: us)?\b[^.!?\n]{0,24}?(?:\d{3,}|\bback\b|\bto (?:book|arrange|schedule)\b)|请(?:回电|致电|回复|联系|打电话)|\bligue\b|\bresponda\b|entre em contato|(?:전화|연락|답장)\s*(?:주세요|바랍니다)|goi lai|lien he/;
// What opens the 点検商法 without a free look: a danger or a lapse of the home (home-harm), a pretext cue that is not the free
// inspection itself (damage seen from outside, a duty said new, a crew working nearby), or the insurance said to pay.
function openerPretext(input: AskInput): { cue: string; index: number } | undefined {
  const cue = luresOfCategory(input.lures, 'inspection-pretext').find((l) => !l.quoted && !inSentence(input, l.index, 'never-ask') && !/無料|free/.test(l.cue));
  if (cue) return cue;
  const harm = homeHarm(input);
  if (harm) return harm;
  const insured = INSURANCE_PAYS.exec(input.norm.lower);
  return insured !== null && !inSentence(input, insured.index, 'never-ask') ? { cue: insured[0], index: insured.index } : undefined;
}

const BUSINESS_HARM = ['business-harm'];

/** What createCoerceSaleAsk cannot find an ask without (types.ts AskNeeds): a `business-harm` cue, in no report. */
export const coerceSaleNeeds: AskNeeds = (input) => !input.reported && hasCue(input, BUSINESS_HARM);

export function createCoerceSaleAsk(): AskFinder {
  return (input) => {
    if (input.reported) return NO_ASKS;
    const harm = own(input, 'business-harm');
    if (!harm || (!own(input, 'contract-offer') && !SUM.test(input.norm.lower))) return NO_ASKS;
    return [{ kind: 'coerce-sale', cue: harm.cue, channel: replyChannel(input), quoted: false, implied: true }];
  };
}
