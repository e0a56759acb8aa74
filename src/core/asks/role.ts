// Money or details asked in a role's voice through a channel the role does not own. An office-holder
// of an organisation the reader belongs to or deals with (a class teacher, a club's treasurer, a
// building's committee or caretaker, a landlord, a neighbourhood association, a designated contractor)
// collects through the organisation's own route: the school's collection, the club's usual account, the
// management company, the written notice, the bill. Asked instead through a personal one, the money or
// the detail goes to whoever holds the line, whatever role it names (NPA 特殊詐欺, 全銀協 振込先変更,
// 消費者庁 点検商法):
// - the payee is the line the message comes from or the writer's own account ("この番号のPayPayへ",
//   "私の個人口座に直接"), or the account is to come by reply ("口座は返信でお知らせします");
// - a call moved to a person's own mobile because the organisation's line is said to be down or changed
//   ("園の電話が故障しているので、私の携帯へ"; it only tags), or a mobile to ring about money ("治療費の立替えが必要なため、
//   担当 090-… へ");
// - a slip's number asked back ("不在票の番号を教えてください"): whoever has it takes the parcel;
// - a fee collected in cash at the door by someone the message does not name ("作業員が明日伺います。
//   交換費用8,800円"), for nothing the reader ordered: the organisation bills, a named officer collects dues;
// - any money asked with secrecy from the party that usually handles it ("管理会社には連絡しなくて大丈夫",
//   "コーチには私から伝えます", "先别跟组长说"): the check the reader would make is cut off.
// A registered or 0005 line is the organisation's own (owned in checks/ask-channel.ts). Friends splitting a bill
// speak in no role; a treasurer who names herself and her PayPay ID or her own account written out in full (namedOwnAccount), a landlord's notice naming the management
// company, a 班長 collecting the dues by name are the organisation's route.
import type { Ask } from '../check.js';
import { anchorSet, holdsAny } from '../match/anchors.js';
import { replyChannel } from './reply.js';
import { cuesOf, hasCue, inSentence, luresOfCategory, sentenceAt, speaksAsOffice, type AskFinder, type AskInput, type AskNeeds, NO_ASKS } from './types.js';
import { gated } from '../match/literals.js';

// After a role word, how the writer names themself by it: "会計です", "町内会の者です", "大家の山田です",
// "6年2組担任の森です", "指定業者でございます", "PTA本部です", "自治会事務局より" (a particle after it, "担任に", "管理会社には",
// "会計は", makes it someone else, or the bill).
const INTRODUCES = /^(?:の[^\s。、,!！?？]{1,5}|本部|事務局|役員|執行部|秘書|室)?(?:です|の者|でございます|より|と申します)/;
// Before a role word: "我是你们公司的翻译", "I'm the treasurer", "this is your landlord"; Vietnamese names the writer by a
// pronoun and "là" ("chị là chủ nhà", "tôi là thủ quỹ"), with or without its diacritics.
const INTRODUCED = /(?:我是|i'm|i am|this is|(?:^|[\s,.])(?:tôi|toi|chị|chi|anh|em|mình|minh|cô|co|chú|chu|bác|bac) (?:là|la) )[^。!?！？]{0,12}$/;

/** The role word the writer names themself by, or a role's members addressed ("入居者の皆様"). */
export function roleVoice(input: AskInput): { cue: string; index: number } | undefined {
  if (input.reported) return undefined;
  const lower = input.norm.lower;
  for (const r of cuesOf(input, 'role')) {
    if (r.quoted) continue;
    const after = lower.slice(r.index + r.cue.length, r.index + r.cue.length + 12);
    if (INTRODUCES.test(after) || INTRODUCED.test(lower.slice(Math.max(0, r.index - 16), r.index))) return { cue: r.cue, index: r.index };
  }
  const members = cuesOf(input, 'role-members').find((m) => !m.quoted);
  return members ? { cue: members.cue, index: members.index } : undefined;
}

// A sum of money: "3,000円", "3千円", "1万2千円", "90万円", "35,000日元", "¥4,200".
const SUM = /\d[\d,]*\s*(?:[万千]\s*(?:\d[\d,]*\s*)?[千]?\s*)?(?:円|日元|yen)|[¥￥]\s*\d/;
// A visit to the reader's door ("伺います", "伺ってよろしいですか", "集金に回ります", "我去宿舍收").
// Or cash asked on the day of works at the home ("残りの2万円は工事当日に現金でお願いします"), or handed to the worker ("立会い費用
// として作業員に現金8,800円をお渡しください"): paid to whoever comes to do them.
const VISIT = gated(/集金に(?:お?伺|回)|お?伺(?:います|いいたします|いします|って|いますので)|訪問(?:します|いたします)|回って集め|取りに(?:伺|行)|我去.{0,8}收|上门收|(?:工事|作業|設置|取り?付け?)当日[^。\n]{0,6}?現金|(?:作業員|作業者|工事担当|係員)に[^。\n]{0,12}?現金/);
// What is collected: a fee, a charge, a contribution, cash.
const FEE = /費用|代金|代として|料金|[^有]料|協力金|会費|集金|有料|負担|現金|现金|费/;
// The reader asked for the work or the goods ("ご依頼", "ご予約", "鍵の紛失のご連絡ありがとうございます"), or the visit is told as
// the one already arranged with them ("空港送迎、予定どおり伺います", "お約束の日時に伺います").
// So is a price told as the one already quoted to the reader ("費用は見積り通り8,000円", "見積りどおり18,700円"): a quote is
// given for a job the reader asked about, so the visit is the job they arranged, not a fee for nothing ordered.
// (Not beside a lure: a threat or a bill told of is no job the reader arranged, whatever quote it cites.)
const REQUESTED = /ご依頼|ご注文|ご予約|お申し?込み|ご連絡(?:いただき)?ありがとう|ご相談いただ|予定(?:どおり|通り)|お約束(?:の|どおり|通り)/;
const QUOTED = /見積(?:も?り)?(?:どおり|通り|の通り)/;
// So is a price told as the one the reader has paid before ("料金は従来通り13,200円", "いつも通り", "前回と同じ") by a worker who
// opens with their own name ("ピアノ調律の大木です"): a standing job (a piano's tuning, a septic tank's check) the reader keeps
// with that person. (Not "町内会の者です…例年通り3,000円を現金で": a collector who names no one is unnamedCashAtDoor's, whatever
// the custom told.)
const USUAL_PRICE = /(?:従来|いつも|例年|前回|昨年|去年)(?:どおり|通り|と同じ|同様)/;
const OPENS_WITH_NAME = /^[^。\n]{0,16}の([一-龥]{1,3})(?:です|と申します)/;
const USUAL_NOT_A_NAME = /^(?:者|係|方|担当|担当者|事務局|窓口|職員|係員|業者|会|店)$/;

function usualPriceByName(lower: string): boolean {
  if (!USUAL_PRICE.test(lower)) return false;
  const m = OPENS_WITH_NAME.exec(lower);
  return m !== null && !USUAL_NOT_A_NAME.test(m[1]!);
}
// A person named by the role they hold, as the writer or the collector ("班長の田村です", "班長の山本が", "大家の山田です",
// "会計の宮本(ID: …)"); a desk's or a crew's word in the name's place ("町内会の者です", "係の者が") names no one.
const NAMED = /^(?:の|\s)?\s*([一-龥]{1,3})(?:です|が|より|まで|と申します|\s*[(（])/;
const NOT_A_NAME = /[者員会社局所課係長部店業組団]/;

function namesPerson(input: AskInput): boolean {
  const lower = input.norm.lower;
  for (const r of cuesOf(input, 'role')) {
    const m = NAMED.exec(lower.slice(r.index + r.cue.length, r.index + r.cue.length + 12));
    if (m !== null && !NOT_A_NAME.test(m[1] as string)) return true;
  }
  return false;
}

// An account written out: a bank's branch or kind and its number ("三菱UFJ 渋谷支店 普通 1234567"), or ゆうちょ's 記号 and 番号.
const ACCOUNT_WRITTEN = /(?:支店|普通|当座|総合)[^。\n]{0,12}?\d{6,8}|記号\s*[:：]?\s*\d{5}[^。\n]{0,8}?番号\s*[:：]?\s*\d{6,8}/;
// Into the writer's own account named in the message, the holder spelt as an account holds it ("ヤマダタロウ", "名義 サトウ").
const HOLDER = /[ァ-ヶー]{2,}\s*[ァ-ヶー]{2,}|[ァ-ヶー]{4,}|名義/;

/**
 * An office-holder who names themself by role and name ("テニス部会計の山田です") and writes out their own account in full, bank,
 * number and holder ("私の個人口座(三菱UFJ 渋谷支店 普通 1234567 ヤマダタロウ)"), for the members' money with nothing pressed
 * (no 今日中, 至急) and nobody cut out: the treasurer's named route, as a treasurer naming herself and her PayPay ID is. A club
 * that has no account of its own collects so, and the members can check the name and the number against the treasurer they
 * know (payee.ts orgPayee counts the officer's own account only when pressed for today). Unnamed, unwritten ("口座は後で"),
 * pressed or with the usual party bypassed, it is still the role's ask.
 */
export function namedOwnAccount(input: AskInput, at: number): boolean {
  if (roleVoice(input) === undefined || !namesPerson(input)) return false;
  if (input.lures.some((l) => !l.quoted && l.kind === 'pressure')) return false;
  if (cuesOf(input, 'bypass-party').some((l) => !l.quoted)) return false;
  const lower = input.norm.lower;
  const [s] = sentenceAt(input.norm.text, at);
  const rest = input.norm.text.slice(s);
  return ACCOUNT_WRITTEN.test(lower.slice(s)) && HOLDER.test(rest);
}

// Dues the reader owes as a member (町内会費, 自治会費, 管理費, 月謝): collected at the door is the association's own route.
const DUES = /会費|管理費|月謝|購読料|新聞代/;
// Right after the body's name, the writer as one of it and no more ("町内会の者です", "町会の者ですけど"): no name, no office.
const ONE_OF_IT = /^の者/;
// Cash asked for the collection ("現金でお願いします", "現金でご用意").
const CASH = /現金|现金|\bcash\b/;

/** The writer names themself only as one of the body ("町内会の者です"): no name and no office in it (班長, 会計). */
function collectorUnnamed(input: AskInput, lower: string): boolean {
  if (namesPerson(input)) return false;
  return cuesOf(input, 'role').some((r) => !r.quoted && ONE_OF_IT.test(lower.slice(r.index + r.cue.length, r.index + r.cue.length + 4)));
}

/**
 * Cash asked at the door by "one of" the association and no one more ("町内会の者です。年末の会費の集金に明日伺います。現金で
 * お願いします"): the association's collectors go by the rota's office and their name (班長の田村, 会計の宮本) and hand a receipt,
 * so that the reader can check with a neighbour who is coming; a collector who names neither, with cash made ready, is whoever
 * holds the line (as the associations' and officers' own warnings in our dev rows tell: "誰かが集金に来ても払わんでくださいね",
 * "班長が回収に伺います"). Its dues count too (doorFee), and
 * from a line the office does not own it is the impersonation's pair (checks/claim-channel.ts).
 */
export function unnamedCashAtDoor(input: Pick<AskInput, 'norm' | 'lures'>): boolean {
  const lower = input.norm.lower;
  const visit = VISIT.exec(lower);
  if (visit === null || !CASH.test(lower) || REQUESTED.test(lower)) return false;
  // Only the text and its cues are read (cuesOf, inSentence, namesPerson).
  const context = input as AskInput;
  return !inSentence(context, visit.index, 'never-ask') && collectorUnnamed(context, lower);
}

/**
 * A fee taken in cash at the door by someone unnamed, for nothing the reader asked for nor owes as a member; or cash, dues
 * too, taken so by someone who names neither themself nor an office (unnamedCashAtDoor).
 */
function doorFee(input: AskInput): string | undefined {
  const lower = input.norm.lower;
  const visit = VISIT.exec(lower);
  if (visit === null || !FEE.test(lower) || REQUESTED.test(lower)) return undefined;
  if (!(SUM.test(lower) && !DUES.test(lower)) && !unnamedCashAtDoor(input)) return undefined;
  if ((QUOTED.test(lower) || usualPriceByName(lower)) && !input.lures.some((l) => !l.quoted && l.kind === 'lure')) return undefined;
  if (inSentence(input, visit.index, 'never-ask') || namesPerson(input)) return undefined;
  return visit[0];
}

// Money named by what it pays for or how: a cost (治療費, 交通費), a price, an advance (立替え), cash.
const MONEY_WORD = /\S費|代金|料金|立替|立て替|お金|現金|现金|钱|\bmoney\b|\bfee\b|\brent\b/;
// Money the reader is told they have not paid ("アルバム代の振込が確認できていません", "未納があります"): a sum is owed.
const UNPAID = /(?:振込|振り込み?|入金|支払い?|納付)[^。]{0,8}確認(?:でき(?:てい|ませ|ており)|が取れ(?:てい|ませ))|未納|未払|滞納/;

// Money asked at all: a money or pay word, a cost named, a sum, or money told unpaid.
function moneyNamed(input: AskInput): boolean {
  return cuesOf(input, 'money').some((l) => !l.quoted) || cuesOf(input, 'pay').some((l) => !l.quoted) || SUM.test(input.norm.lower) || MONEY_WORD.test(input.norm.lower)
    || UNPAID.test(input.norm.lower);
}

// "不在票の番号と配達会社を教えてください": the slip's number as the object handed back.
const SLIP_ASKED = /^(?:と[^。]{0,12})?を?[^。]{0,6}?(?:教えて|返信して|返信ください|お知らせ|送って)/;

// The cues createRoleAsk's asks start from: a role's voice (roleVoice: `role`, `role-members`), a superior's (superiorAsk),
// a party bypassed (workMoneyBypass), a free webmail address (workMailAsk), a personal line (lineMoved).
const ROLE_CUES = ['role', 'role-members', 'superior', 'bypass-party', 'free-mail', 'personal-line'];

/**
 * What createRoleAsk cannot find an ask without (types.ts AskNeeds): with no cue of ROLE_CUES, only a group asked made
 * (workGroupAsk: GROUP_ASKED, whose every match holds グループ) or a fee at the door (doorFee: VISIT) is left.
 */
// What VISIT cannot match without (match/anchors.ts): 集 of 集金/集め, 伺 of お伺い, 訪 of 訪問, 取 of 取りに, 收 of 收 and 上门收,
// 現 of 現金.
const VISIT_ANCHORS = anchorSet('集伺訪取收現');
// グ of グループ (String.includes over two-byte text costs some 50 ns).
const GROUP = anchorSet('グ');

export const roleNeeds: AskNeeds = (input) => hasCue(input, ROLE_CUES) || (holdsAny(input.norm.lower, GROUP) && input.norm.lower.includes('グループ')) || (holdsAny(input.norm.lower, VISIT_ANCHORS) && VISIT.test(input.norm.lower));

export function createRoleAsk(): AskFinder {
  return (input) => {
    const role = roleVoice(input);
    const ask = (cue: string): Ask[] => [{ kind: 'role', cue, channel: replyChannel(input), quoted: false }];
    const said = (at: number): boolean => !inSentence(input, at, 'never-ask') && !inSentence(input, at, 'done') && !inSentence(input, at, 'known-payee');
    // The visitor's role is the channel whoever speaks: a door fee counts in a role's voice or none.
    const fee = doorFee(input);
    // So is a personal mobile to ring because the organisation's line is down or its contact changed
    // ("管理会社の担当が変わりました。新しい担当の携帯 090-… に"): the organisation's own line is disowned in its name.
    const line = cuesOf(input, 'personal-line').find((l) => !l.quoted);
    const lineMoved = line !== undefined && cuesOf(input, 'own-line-down').some((l) => !l.quoted) && cuesOf(input, 'call').some((l) => !l.quoted);
    if (role === undefined) {
      if (input.reported) return NO_ASKS;
      const boss = superiorAsk(input) ?? workGroupAsk(input) ?? workMoneyBypass(input) ?? workMailAsk(input);
      if (boss !== undefined) return ask(boss);
      if (lineMoved) return ask(line.cue);
      return fee && !input.names?.length && input.brands.length === 0 ? ask(fee) : NO_ASKS;
    }
    const later = cuesOf(input, 'payee-later').find((l) => !l.quoted && said(l.index));
    const own = cuesOf(input, 'personal-channel').find((l) => !l.quoted && said(l.index));
    if (own && !later && namedOwnAccount(input, own.index)) return NO_ASKS;
    const channel = own ?? later;
    if (channel) return ask(channel.cue);
    const lower = input.norm.lower;
    const slip = cuesOf(input, 'slip-number').find((l) => !l.quoted && !inSentence(input, l.index, 'never-ask') && SLIP_ASKED.test(lower.slice(l.index + l.cue.length, l.index + l.cue.length + 24)));
    if (slip) return ask(slip.cue);
    if (lineMoved) return ask(line.cue);
    // Money and a mobile number to ring for it ("治療費の立替えが必要なため、担当 090-… へすぐお電話ください"): the
    // organisation takes calls on its own line; a mobile written out for the money is a person's, whoever it names.
    const call = cuesOf(input, 'call').find((l) => !l.quoted && !inSentence(input, l.index, 'never-ask'));
    if (call && moneyNamed(input) && input.indicators.phones.some((p) => p.kind === 'mobile' && p.normalized !== input.sender?.normalized)) return ask(call.cue);
    if (fee) return ask(fee);
    // An office-holder who is also a superior (理事長, a 支店長 named as a role) asks as one: the superior's asks count in that voice.
    const boss = superiorAsk(input) ?? workGroupAsk(input);
    if (boss !== undefined) return ask(boss);
    const bypass = cuesOf(input, 'bypass-party').find((l) => !l.quoted);
    if (bypass && moneyNamed(input)) {
      const [s] = sentenceAt(input.norm.text, bypass.index);
      if (!inSentence(input, s, 'never-ask')) return ask(bypass.cue);
    }
    return NO_ASKS;
  };
}

// A superior's title the writer names themself by ("社長の伊藤です", "院長です", "お疲れ様です、会長の鈴木です"): see superiorAsk.
export function superiorVoice(input: Pick<AskInput, 'lures' | 'norm'>): boolean {
  const lower = input.norm.lower;
  for (const r of luresOfCategory(input.lures, 'superior')) {
    if (r.quoted) continue;
    const after = lower.slice(r.index + r.cue.length, r.index + r.cue.length + 12);
    if (INTRODUCES.test(after)) return true;
    // In English the title comes after "it's", "this is", "I'm" ("Hi, it's your CEO", "This is Sarah, the managing director"),
    // before "here" ("Boss here."), or in the signature that ends the text ("– Sarah (Managing Director)", "- David, CEO").
    const before = lower.slice(Math.max(0, r.index - 28), r.index);
    if (INTRODUCED_EN.test(before) || HERE_EN.test(after)) return true;
    if (lower.length - (r.index + r.cue.length) <= 3 && SIGNED_EN.test(before)) return true;
  }
  return false;
}
const INTRODUCED_EN = /(?:\bi'm|\bi am|\bthis is|\bit's|\bits)\b[^.!?\n]{0,20}$/;
const HERE_EN = /^\s+here\b/;
// A signature: a dash, or a name and a comma or an opening bracket, right before the title that closes the message.
const SIGNED_EN = /(?:[-–—]\s*[a-z][a-z .'-]{0,20}?\s*[(,]\s*|[-–—]\s*)$/;

// This line named as the only one to answer on ("このSMSにだけ返信して", "この番号にのみ連絡を"): every other way to the writer, the
// one the reader would check with, is ruled out.
const ONLY_HERE = /この(?:sms|ショートメール|メッセージ|番号|携帯)(?:に|へ|で)(?:だけ|のみ)/;
// The writer out of reach or on a line the reader cannot know: a new phone, a meeting, secrecy, this line only. Haste is not one.
// In English, secrecy as the dev rows write it ("handle something discreetly", "keep this between us", "don't mention this to the
// rest of the team"). A meeting is AWAY_EN: in English a manager's "I'm in a meeting, reply with your availability" is everyday.
const UNREACHABLE = new RegExp(`会議中|出張先|手が離せ|電話(?:に|は)?[^。]{0,6}出られ|極秘|内密|他言無用|口外|${ONLY_HERE.source}|`
  + `\\bdiscreet(?:ly)?\\b|\\bbetween us\\b|\\bdon[’']?t (?:mention|tell)\\b|\\bonly (?:on|to|via) this number`);
// The writer out of reach in English: a meeting, "can't take calls", "can't talk". It counts in the opener only beside the reader's
// own number asked (superiorAsk): the matter moved to a line of the writer's choosing.
const AWAY_EN = /\bin (?:a|the) (?:board |client )?meeting|\bcan[’']?t (?:take|answer) (?:calls|the phone|my phone)|\bcan[’']?t talk/;
// A new phone: the reader's saved number for the superior is not this one. With a matter held back or pressed ("今日中にお願いしたい
// ことがある", "至急やってほしい業務"), it is the opener; with "何かあれば返信ください" alone it is a manager's news.
const NEW_PHONE = /新しい携帯|新しい番号|携帯(?:を)?[変替]え|番号(?:が)?変わ|番号を変え/;
const MATTER_PRESSED = /お願いしたいこと|頼みたいこと|やってほしい|指示|案件|業務|相談|至急|急ぎ|急用|今すぐ|本日中|今日中/;
// Someone speaking in the superior's place: "社長の代理です", "代理の者です", "社長秘書です".
const PROXY = /の代理(?:人|の者)?(?:です|でございます|と申します)|代理の者|秘書(?:です|でございます|と申します|の|を(?:して|務め))/;
// A payment named as the matter ("支払いの件で", "振込の件").
const PAYMENT = /支払|振込|振り込|送金|入金/;
// A reply asked on this line ("この番号に返信ください", "このSMSにだけ返信して", "手が空いたら返事ください", "返信を").
const REPLY_HERE = /返信(?:を|して|ください|下さい|お願い|願います|をお願い|でき(?:ます|る)[か?]|もらえ|いただけ)|返事(?:を|して|ください|下さい|ちょうだい)|連絡(?:ください|下さい|して|を)|\breply (?:with|to this|here|back|asap|when)\b|\btext (?:me )?back\b|\bget back to me\b/;

// What a superior asks of a member of staff that moves the company's money or its group: a transfer asked ("振込をお願い",
// "この口座へ20万移しておいて", "指定口座へ480万円振込の準備を"; not a transfer's paperwork, "振込申請を出して"), a card's number or a
// screenshot of the account ("カード番号を写真で", "残高画面をスクショして"), a chat group the reader is to create with its QR sent
// back or the writer invited ("LINEで新しいグループを作り、QRコードをこの番号に送って", "グループを作成して私を招待して"; not
// "チームのグループに招待して", a group that already exists).
const SUPERIOR_ASKS = /振込(?:を)?(?:お願い|の準備|して)|(?:振込|振り込み|送金|仮払い?|支払い?)[^。]{0,12}?(?:頼め|頼みたい|頼む|お願いしたい|をお願い)|振り込んで|振り込み(?:を)?お願い|送金(?:して|を?お願い)|入金(?:して|を?お願い)|口座(?:へ|に)[^。]{0,16}(?:移して|移しておいて|入れて|振り込)|カード番号|裏の番号|残高[^。]{0,12}(?:スクショ|写真|画面|教えて|知らせ|送って|返信)|(?:送金|振込|振り込み|入金|支払い?)(?:を)?する必要があ|(?:振込|送金|支払い?)[^。]{0,4}承認[^。]{0,12}お願い|立て?替え?[^。]{0,16}振り?込|招待(?:リンク|url)[^。]{0,12}(?:返信|送って|送信)|グループ[^。]{0,6}(?:作成して|作って|作り)[^。]{0,30}(?:qr|招待して|送って)|qrコード[^。]{0,16}送|私を招待して/;
// What keeps the reader from checking: the writer cannot be called, is on a new phone, or asks secrecy or haste.
const UNCHECKABLE = new RegExp(`${NEW_PHONE.source}|打ち合わせ中|話せ(?:ません|ない)|外出中|伏せ|今日まで|会議中|出張先|手が離せ|電話(?:に|は)?[^。]{0,6}出られ|極秘|内密|内緒|他言無用|口外|他の(?:社員|メンバー|人)|至急|急ぎ|急用|今すぐ|本日中|今日中|締切|明日まで|${ONLY_HERE.source}`);

/**
 * A superior who names themself by title (社長, 会長, 代表取締役, 専務, 院長, 支店長, 監督…) from a line the company does not own, who
 * cannot be called back or asks haste or secrecy, and asks a transfer, a card's number, the account's balance, or a chat group
 * created and its invite sent: the CEO fraud (ビジネスメール詐欺 moved to SMS and LINE; JC3, 警察庁 2024). A company pays through
 * its accounts department and its approvals, not by a text to whoever reads it. A registered line owns it (checks/ask-channel.ts).
 */
function superiorAsk(input: AskInput): string | undefined {
  const lower = input.norm.lower;
  // Someone speaking in the superior's place ("会長の秘書をしております村田です") asks in the superior's voice.
  if (!superiorVoice(input) && !PROXY.test(lower)) return undefined;
  const m = SUPERIOR_ASKS.exec(lower);
  // The chat's invite or the reader's QR sent to this line (SEAT_HANDED) needs no other bar: the line that gets it takes the seat.
  if (m !== null && (UNCHECKABLE.test(lower) || SEAT_HANDED.test(lower)) && !inSentence(input, m.index, 'never-ask') && !inSentence(input, m.index, 'done')) return m[0];
  // The opener: the superior out of reach asks only to be answered on this line ("部長です。会議中で電話に出られません。この番号に返信
  // ください", "取締役の山本です。今から指示を出すので、このSMSにだけ返信してください"); the ask comes once the reader has answered a
  // number they never had. Haste alone is no bar to a real manager's "返信ください"; a new phone, a meeting or "this line only" is.
  const reply = REPLY_HERE.exec(lower);
  // A proxy speaking for the superior about money ("経理の方ですか?社長の代理です。支払いの件で連絡ください") is out of reach the same way:
  // the superior's own number, the one the reader could ring, is the one not used.
  const outOfReach = UNREACHABLE.test(lower) || (NEW_PHONE.test(lower) && MATTER_PRESSED.test(lower)) || (PROXY.test(lower) && (moneyNamed(input) || PAYMENT.test(lower)))
    || (AWAY_EN.test(lower) && ownNumberAsked(input));
  if (reply === null || !outOfReach || inSentence(input, reply.index, 'never-ask') || inSentence(input, reply.index, 'done')) return undefined;
  return reply[0];
}

/** The reader's own number named ("your personal cell", "あなたの携帯番号"), not in a "never asks" sentence. */
function ownNumberAsked(input: AskInput): boolean {
  return luresOfCategory(input.lures, 'own-number').some((l) => !l.quoted && !inSentence(input, l.index, 'never-ask'));
}

// A chat group the reader is asked to create ("LINEグループ作成をお願いします", "グループを作って"; not one told as made or to be left to
// the admins: "総務が作るので、個人で作らないで").
const GROUP_ASKED = /グループ(?:を|の)?[^。]{0,6}?(?:作成(?:を)?(?:お願い|して|頼)|作って)/;
// For work: the company's, the business's, a client's matter.
const FOR_WORK = /会社|業務|社内|社員|部署|仕事の都合|取引先|プロジェクト/;
// Its invite or QR sent to this line ("招待リンクをこの番号に", "QRコードを送って"), or the rest of the staff kept out ("他の人は招待しないで").
// (Sent to everyone, "招待リンクを全員に送って", it is an organiser's errand: the object goes straight to its verb here.)
const GROUP_TO_HERE = /(?:招待(?:リンク|url)?|qr(?:コード)?|リンク)[^。]{0,12}(?:この(?:番号|sms|メッセージ)|ここに|こちらに|私に|返信)|(?:招待(?:リンク|url)|qr(?:コード)?)を?\s*(?:送って|送信して|返信して)/;
const GROUP_KEPT = /他の(?:人|社員|メンバー|方)(?:は|を|には|に)[^。]{0,6}(?:招待しない|入れない|言わない|知らせない)|誰も招待しない|口外/;

/**
 * The organisation's chat moved onto this line: the reader asked to create a group for work and send its invite or QR here, or to
 * keep the rest of the staff out of it, whoever the writer says they are (JC3, IPA: 社長を名乗りLINEグループの作成を指示し、QRコードを
 * 送らせる手口). A company's groups are made by its admins and joined from its own channels; the QR sent to a number puts the
 * writer, whoever holds the line, in the chair. Not a warning that quotes it (reported), nor a group told as made.
 */
function workGroupAsk(input: AskInput): string | undefined {
  const lower = input.norm.lower;
  const m = GROUP_ASKED.exec(lower);
  if (m === null || !FOR_WORK.test(lower) || !(GROUP_TO_HERE.test(lower) || GROUP_KEPT.test(lower))) return undefined;
  // Inside quotation marks it is what someone else wrote ("『LINEグループを作成して』というメール").
  const before = lower.slice(0, m.index);
  if (Math.max(before.lastIndexOf('「'), before.lastIndexOf('『')) > Math.max(before.lastIndexOf('」'), before.lastIndexOf('』'))) return undefined;
  if (inSentence(input, m.index, 'never-ask') || inSentence(input, m.index, 'done')) return undefined;
  return m[0];
}

// The company's money named: a client's or a contractor's payment, the accounts department, the company's account.
const COMPANY_MONEY = /取引先|元請け?|下請け?|外注|仕入れ?先|経理|会社の(?:お金|口座|支払|資金)/;
// Money moved into an account: a transfer asked (as a superior asks it), a sum put into an account, a payee switched.
const INTO_ACCOUNT = /口座(?:に|へ)[^。]{0,8}(?:入れて|入金して|振り込んで|移して)|振込先を?[^。]{0,6}(?:切り替えて|切替えて|変更して)/;

/**
 * The company's money moved into an account by this line's word with the one who would check kept out ("元請けへの支払いが足りん。
 * 今日中に30万、俺の個人口座に入れてくれ。社長には後で話すから黙っといて", "取引先の口座が変更になったので、下記へ振込先を切り替えて
 * ください。他部署には未共有です"), whoever the writer says they are: a company pays through its accounts and its approvals,
 * and the approver cut out is the check that would stop it (全銀協 振込先変更, ビジネスメール詐欺). ROLE_BYPASS joins it.
 */
function workMoneyBypass(input: AskInput): string | undefined {
  const lower = input.norm.lower;
  if (!COMPANY_MONEY.test(lower)) return undefined;
  const m = SUPERIOR_ASKS.exec(lower) ?? INTO_ACCOUNT.exec(lower);
  if (m === null || inSentence(input, m.index, 'never-ask') || inSentence(input, m.index, 'done')) return undefined;
  const bypass = cuesOf(input, 'bypass-party').find((l) => !l.quoted && !inSentence(input, l.index, 'never-ask'));
  return bypass === undefined ? undefined : m[0];
}

// The company's accounts or management named: the accounts or general affairs department, a superior's title (a sole trader's own
// invoice to their own address names none).
const MONEY_DESK = /経理|総務|社長|部長|課長|取締役|専務|常務/;
// An answer sent to an address the message gives ("このアドレスに返信", "こちらのメールへご連絡ください").
const TO_ADDRESS = /(?:この|こちらの|下記の?|以下の)\s*(?:アドレス|メール(?:アドレス)?)(?:に|へ|まで)|返信|連絡(?:ください|下さい|して|を)|送って/;

/**
 * The accounts department or a superior moving the matter to a free webmail address ("経理の件で至急確認したいことがあるので、このアドレスに
 * 返信お願いします …@gmail.com"): a company's departments write from its own domain, and an address anyone opens in a minute is a
 * person's, whoever it names (JC3: ビジネスメール詐欺 moved to SMS). Alone it flags (ASK_ROLE_CHANNEL); the model carries it to block.
 */
function workMailAsk(input: AskInput): string | undefined {
  const lower = input.norm.lower;
  const mail = cuesOf(input, 'free-mail').find((l) => !l.quoted);
  if (mail === undefined || !MONEY_DESK.test(lower)) return undefined;
  const m = TO_ADDRESS.exec(lower);
  return m === null || inSentence(input, m.index, 'never-ask') || inSentence(input, m.index, 'done') ? undefined : m[0];
}

// The writer out of reach or hidden from the rest of the company: a meeting, a trip, a new phone, "can't talk", secrecy from
// colleagues, this line only (in the languages the dev rows write it: "stuck in a board meeting", "keep this between us",
// "회의 중", "통화가 어렵"). Haste is not one: a real manager presses too.
const OUT_OF_REACH = new RegExp(`${UNREACHABLE.source}|${AWAY_EN.source}|${NEW_PHONE.source}|打ち合わせ中|話せ(?:ません|ない)|外出中|伏せ|内緒|誰にも言わ|`
  + `in a (?:board )?meeting|can'?t (?:take|answer) (?:calls|the phone)|between us|don'?t (?:mention|tell)|회의\\s?중|통화가\\s?어렵`);
// The company's chat handed to this line: a group's invite or the reader's QR sent back ("招待URLをショートメールで送って",
// "個人LINEのQRコードを画像でこちらに送って"); whoever holds the line takes the seat, as a code relayed gives the account.
const SEAT_HANDED = /(?:qr(?:コード)?|招待(?:リンク|url)?)[^。]{0,16}(?:送って|送信して|返信して|返信ください|返信を|送ってください)/;
// An executive's voice without a title: the writer at the executives' meeting ("今から役員会議で"), "a board meeting".
const EXEC_AWAY = /役員会議|取締役会|board meeting/;
// Gift cards for the company's business: a client's gift, a 手土産, the year-end gifts, the president's errand.
const WORK_GIFT = /取引先|手土産|お歳暮|御歳暮|お中元|社長|会社|経費|client|customer|거래처/;

/**
 * The CEO fraud's ask with the way to check it cut off (JC3, 警察庁 ビジネスメール詐欺; IPA 社長になりすますLINEグループ作成): a superior
 * (or one speaking in their place) asks the company's money, its balance, its chat or gift cards of a member of staff while
 * out of reach or hiding it from the company (a meeting, a trip, a new phone, "don't tell anyone"), or asks the chat's invite
 * or the reader's QR sent to this line. A company's money moves through its accounts and approvals, its chat through its
 * own tools, and gift cards are no company's purchase: a superior who asks them of staff by text while no one can ring
 * them back is whoever holds the line. Given only beside the ask it sharpens (ASK_ROLE_CHANNEL, ASK_GIFT_CARD).
 */
export function superiorUnchecked(input: AskInput, asked: { role: boolean; giftCard: boolean }): string | undefined {
  if (input.reported) return undefined;
  const lower = input.norm.lower;
  const voice = superiorVoice(input) || PROXY.test(lower) || EXEC_AWAY.test(lower);
  const out = OUT_OF_REACH.exec(lower);
  const usable = (m: RegExpExecArray | null): m is RegExpExecArray => m !== null && !inSentence(input, m.index, 'never-ask');
  // Something of value asked (SUPERIOR_ASKS), not only a reply: a manager on a new phone asking to be answered may be real,
  // and the opener stays a flag (ASK_ROLE_CHANNEL alone).
  if (asked.role && voice && usable(SUPERIOR_ASKS.exec(lower))) {
    if (usable(out)) return out[0];
    const seat = SEAT_HANDED.exec(lower);
    if (usable(seat)) return seat[0];
  }
  // The reader's own number asked back by the superior out of reach ("Reply with your personal cell and I will explain. Don't
  // mention this to the rest of the team", "会議中なので、あなたの携帯番号を返信して"): like the chat's QR sent here, it moves the company's
  // matter onto a line of the writer's choosing, away from the company's phones and the colleagues who would check it.
  if (asked.role && voice && usable(out) && ownNumberAsked(input)) return out[0];
  if (asked.giftCard && (voice || WORK_GIFT.test(lower)) && usable(out)) return out[0];
  return undefined;
}

// A heading that opens the message with a sender's name (【自治会】, 【ガス会社】, 【〇〇中学校 PTA】): a body's notice, not a person's chat.
const HEADING = /^\s*【[^】]{2,24}】/;
// The organisation's money: a collection, dues, a fee, a donation, a payment or a transfer asked (cues: fee, donation, shared-cost,
// pay), or said unpaid ("振込が確認できていません") or taken online (決済, オンライン受付).
const ORG_MONEY_CUES: ReadonlySet<string> = new Set(['fee', 'donation', 'shared-cost', 'pay', 'unpaid-charge']);
const WARNS: ReadonlySet<string> = new Set(['scam-awareness', 'never-ask', 'never-does']);
const ORG_MONEY_WORDS = /決済|振込|振り込|支払|入金|納付|集金|会費|寄付|寄附|募金|\bpay(?:ment)?\b|\bdues\b|\bfee\b/;

// The body's own route for the money named in the message (the envelope, the rota, the debit, on the day): the page is not
// where it is paid ("会費は回覧板の集金袋でお願いします。会計報告はブログに https://…").
const OWN_ROUTE = gated(/集金袋|封筒|口座振替|引き?落と?し|回覧板|当日(?:受付|集金|現金|お支払)|手渡し|いつもの口座|例年どおり|例月どおり/);

// Romanised words of money collected, as a host names them: a page named for the collection ("jichikai-kifu", "shonen-yakyu-pay",
// "gas-tenken-yoyaku"), not for the body (aoba-jichikai.org, salon-aoi.net), whose own site is named after itself.
const MONEY_HOST_WORDS: ReadonlySet<string> = new Set(['pay', 'payment', 'kifu', 'kihu', 'bokin', 'kikin', 'kessai', 'shiharai', 'siharai', 'kaihi', 'shukin', 'syukin', 'shuukin', 'yoyaku', 'nofu', 'noufu', 'furikomi', 'donate', 'donation', 'dues', 'fee', 'fees']);

/** The host of a link as written (scheme, path and port left off), lower-cased. */
function hostOf(raw: string): string {
  return raw.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').split(/[/?#:]/)[0]!.toLowerCase();
}

/** The host is named for the money it collects: one of its labels' hyphenated parts is a word of MONEY_HOST_WORDS. */
export function hostNamedForMoney(host: string): boolean {
  for (const part of host.split(/[.-]/)) if (MONEY_HOST_WORDS.has(part)) return true;
  return false;
}

/**
 * The message speaks as an organisation collecting its own money on the link written as `raw`: its office-holder names themself
 * by it, or its name heads the text, or it speaks in a business's register; and money is asked or told for it in the link's
 * sentence or the one before it (the page is where it is paid), with no route of the body's own named for it. Not a person's
 * own words, nor a warning. (checks/made-page.ts and checks/ask-channel.ts weigh it beside a page nobody we know owns, from a
 * line that vouches for nothing.)
 */
export function orgCollects(ctx: AskInput & { readonly person: boolean }, raw: string): boolean {
  if (ctx.reported || ctx.person) return false;
  // A body's own warning about such pages ("…へ誘導するSMSが出回っています。ご注意ください", "町内会がオンラインで集金することは
  // ありません") names the page it warns of.
  if (ctx.lures.some((l) => !l.quoted && WARNS.has(l.category))) return false;
  // (Or the body named as the message's very first word, its money the matter, on a page named for the money, not for the body:
  // "町内会費の集金です。…以下から納付してください chonaikai-nofu.com/pay". A body's own site is named after itself, aoba-jichikai.org.)
  const voice = HEADING.test(ctx.norm.text) || roleVoice(ctx) !== undefined || speaksAsOffice(ctx)
    || (ctx.lures.some((l) => !l.quoted && l.category === 'role' && l.index === 0) && hostNamedForMoney(hostOf(raw)));
  if (!voice || OWN_ROUTE.test(ctx.norm.lower)) return false;
  const at = ctx.norm.text.indexOf(raw);
  if (at === -1) return false;
  const [s, e] = sentenceAt(ctx.norm.text, at);
  const from = s > 1 ? sentenceAt(ctx.norm.text, s - 2)[0] : s;
  const near = (i: number): boolean => i >= from && i < e;
  return ctx.lures.some((l) => !l.quoted && ORG_MONEY_CUES.has(l.category) && near(l.index)) || ORG_MONEY_WORDS.test(ctx.norm.lower.slice(from, e));
}
