// A conversation asked about a matter named and held back, in an organisation's voice, from a line no organisation texts
// from: "今お時間ありますか?電気料金の件で確認したいことがあります。", "代引き料金の件です。お電話ください", "叔父様の遺産の
// ことで、一度お話できませんか", "JRの忘れ物センターの者です。今お時間ありますか?" (dev batch-47/49/51). The opener of the
// phone scams (架空請求, 還付金, 相続, the 劇場型's first contact): the text says only that there is a matter (the reader's bill,
// parcel, contract, points, a relative's affairs) and asks the reader to start the talk, now or by a call back; what the matter
// is, and the money, come on the phone, where no link or number can be checked (警察庁 SOS47 「電話で お金 詐欺」; 国民生活
// センター 「『料金の件で確認したいことがある』という電話・SMS」). An organisation that really has a matter with the reader
// says what it is (the address it cannot read, the meter it cannot find, the booking tomorrow) and who writes, and texts from
// its own lines; so the finder asks three things of the text:
//   - a conversation asked in an office's polite register (TALK: 今お時間ありますか, お話できますか, 確認したいことがあります,
//     ご相談があります, お電話ください, 折り返しお願いします); a friend's "電話して" is no office's;
//   - a matter named and nothing told of it (MATTER: "Xの件", "Xについて", "Xのことで"), or the writer's organisation named
//     by its kind or a brand and nothing else (SELF_KIND: "不動産会社の者です", "芸能事務所です", "クロネコです");
//   - nothing else said: with those, greetings and fillers taken out, nothing is left (restAfter). A person who names
//     themself ("配達員の佐藤です"), a matter the two share by its day ("明日の打ち合わせの件", "さっきの新幹線代") and a
//     matter told ("番地が読み取れず") leave something, and are not openers.
// From a domestic handset, an 050 line or a number abroad (OPEN_LINE), which no organisation's own desk is; or, from any
// line but a registered one, by a writer who names their organisation only by its kind ("不動産会社の者です"): a kind owns
// no number the reader could look up. The check weighs it (checks/ask-channel.ts): it flags alone (ASK_MATTER_OPENER) and
// blocks beside money, a threat, a deadline or an institution's claim (openerStake, OPENER_STAKE).
import type { Ask, CheckContext } from '../check.js';
import type { SenderInfo } from '../types.js';
import { replyChannel } from './reply.js';
import { DUE_TODAY, luresOfCategory, NO_ASKS, speaksAsPerson, type AskFinder, type AskInput, type AskNeeds } from './types.js';

// An opener is a line or two: a longer text tells something of its own.
const OPENER_MAX = 70;

// The conversation asked, in a desk's polite forms: time now, a talk, a point to ask or confirm, a consultation, a reply
// chased ("ホームの件、お返事まだでしょうか?"), a call or a call back, or the desk's own call announced with the reader's
// yes or no to it asked ("…の件で担当者よりお電話いたします。明日10時にお電話に出られますか?(はい/いいえで返信)"). A friend's
// plain "電話して", "話せる?" is not among them: the office's register is the claim.
const TALK = /今\s*、?\s*(?:少し|ちょっと)?お時間(?:を)?(?:ありますか|よろしいですか|大丈夫ですか|ございますか|いただけますか|いただけませんか)|(?:少し|一度|直接)?お話(?:し)?(?:できますか|できませんか|できないでしょうか|させてください|させていただけ(?:ますか|ませんか|ないでしょうか)|したいことが(?:あります|ございます)|よろしいですか)|(?:少し)?(?:伺い|お伺いし|確認し|確認させていただき|お聞きし)たい(?:点|こと|事)が(?:あり(?:ます)?|ございます)|確認(?:事項)?が(?:あり(?:ます)?|ございます)|ご相談が(?:あり(?:ます)?|ございます)|ご相談です|お伝えしたいことが(?:あり(?:ます)?|ございます)|(?:お返事|ご返事|ご返信)(?:は)?(?:まだでしょうか|(?:を)?お待ちしております|いただけますか|いただけませんか|ください|下さい|(?:を)?お願い(?:します|いたします))/g;
const CALL = /(?:一度)?お電話(?:を)?(?:ください|下さい|いただけ(?:ますか|ませんか|ますでしょうか|ますと幸いです|れば)|お願い(?:します|いたします|致します)|お待ちしております)|(?:一度)?お電話を(?=$|[。!?！？\s])|(?:至急)?折り?返し(?:の)?(?:お電話|ご連絡)?(?:を)?(?:ください|下さい|お願い(?:します|いたします|致します)|いただけ(?:ますか|ませんか|ますでしょうか))|ご連絡(?:を)?(?:ください|下さい|お願い(?:します|いたします|致します)|いただけ(?:ますか|ませんか|ますでしょうか))|お電話に出られますか|(?:担当(?:者)?(?:より|から))?(?:お電話|ご連絡)(?:を)?(?:いたします|差し上げます|させていただきます)|[(（]?(?:はい|いいえ|はい[/／・]いいえ)で(?:ご)?返信(?:ください)?[)）]?/g;
// The matter named by a noun and a particle that holds it: "電気料金の件で", "首都高の料金について", "お母様のことで".
const MATTER = /([^\s、。,!?！？「」]{1,14}?)(?:の件|について|のことで|の事で|に関して)(?:で|です|ですが|でございます|、)?/g;
// The writer's organisation by its kind, a desk or a brand, with no name of a person: "JRの忘れ物センターの者です",
// "学校の者ですが", "芸能事務所です", "不動産会社の者です". Only at the head of a sentence.
const SELF = /(?:^|[。!?！？\s])([^\s、。,!?！？「」]{1,16}?)(?:の者|の担当(?:者)?|担当(?:者)?|のスタッフ)?(?:です|でございます)(?:が)?/g;
// An organisation named by its kind alone, a trade and a desk with no proper name: "不動産会社", "芸能事務所", "学校", "カスタマー
// センター", "保険代理店". A shop's or a clinic's own name ("山中燃料", "さくら歯科", "花屋フルール") is not among them: it names
// who writes, as a person's name does, and the reader can look it up.
const TRADE = '(?:不動産|芸能|保険|損保|生保|カード|信販|クレジット|電力|電気|ガス|水道|管理|運送|配送|宅配|引越し?|リフォーム|工務|法律|弁護士|司法書士|行政書士|税理士|会計|探偵|債権回収|回収|通信|携帯|旅行|チケット|買取|不用品回収|葬儀|介護|人材|派遣|芸能プロダクション|モデル|スカウト)';
const DESK = '(?:会社|事務所|業者|代理店|センター|窓口|事務局|サービス|サポート|デスク)';
const KIND_ONLY = new RegExp(`^(?:${TRADE}?${DESK}|${TRADE}|学校|病院|銀行|役所|市役所|区役所|役場|税務署|警察|警察署|年金事務所|カスタマーセンター|サポートセンター|コールセンター)$`);
// An institution's desk or a public body: what it claims stands for an office the reader's affairs are in.
const INSTITUTION_KIND = /センター|事務局|窓口|学校|銀行|協会|組合|病院|役所|役場|[課局署庁]|機構|警察|裁判所|税務|年金|市役所|区役所/;
// A matter the two share by its day or a moment just past: "明日の打ち合わせの件", "さっきの新幹線代", "今日の検針の件".
// (Not 先日: "先日のご契約の件" is the lure's own claim of a contact the reader cannot place.)
const SHARED = /明日|明後日|今日|本日の|昨日|さっき|先ほど|先程|今朝|今夜|今晩|今週|来週|今度|この前|週末|[0-9０-９]+(?:日|時|月)/;
// Greetings, fillers and the told missed call around an opener ("お電話しましたがつながりませんでした"), and a number written.
const FILLER = /こんにちは|こんばんは|おはようございます|お世話になっております|お世話になります|お疲れ様です|お疲れさまです|突然の(?:ご連絡|メッセージ)(?:を)?(?:失礼(?:します|いたします)|すみません|申し訳(?:ありません|ございません))|失礼(?:します|いたします)|お電話(?:しました|いたしました|差し上げました)が(?:つながり|繋がり|お出になり|出られ)ませんでした|ご連絡(?:です|しました|いたしました|差し上げました|させていただきました)|お手数(?:です|をおかけします)が|恐れ入りますが|大変|少し|少々|一度|至急|急ぎ|お急ぎ|本日中に|今日中に|今日|本日|今|なるべく早く|早めに|(?:明日|本日|今日)?[0-9０-９]{1,2}時(?:頃|ごろ)?に|この番号(?:に|へ|まで)|こちら(?:の番号)?(?:に|へ|まで)|[0-9０-９+＋()（）\-ー－‐]{8,}|[\s、。,.!?！？…〜~・:：]/g;
// What may be left: a particle or a verb's tail ("が", "ね").
const REST_MAX = 3;

// Lines no organisation's own desk texts from: a handset, an 050 IP line anyone rents, a number abroad.
function openLine(s: SenderInfo): boolean {
  return s.tier === 'domestic-mobile' || s.kind === 'ip-phone' || s.route === 'overseas' || s.tier === 'overseas';
}
// Lines that speak for whoever is listed for them: a registered sender, a carrier.
const REGISTERED: ReadonlySet<string> = new Set(['registered-business', 'carrier']);

const TALK_WORD = /お時間|お話|伺いたい|お伺いしたい|お聞きしたい|確認|ご相談|お伝えしたい|お電話|折り?返し|ご連絡|お返事|ご返事|ご返信/;

/** What createOpenerAsk cannot find an ask without (types.ts AskNeeds): a short text from a known line with a desk's talk word. */
export const openerNeeds: AskNeeds = (input) => !input.reported && input.sender !== null && input.norm.text.length <= OPENER_MAX && TALK_WORD.test(input.norm.text);

/** The opener's parts, when the text is one: the talk asked, the matter or the organisation named, and its kind. */
export interface Opener {
  readonly cue: string;
  readonly matter: string | undefined;
  readonly self: string | undefined;
}

/** The text is an opener by its words alone (the line is not read): see the file's head. */
export function openerOf(input: Pick<AskInput, 'norm' | 'lures' | 'brands'> & { readonly names?: AskInput['names'] }): Opener | undefined {
  const text = input.norm.text;
  if (text.length > OPENER_MAX || speaksAsPerson(input)) return undefined;
  // Quoted or reported words are someone else's opener, not this one.
  if (/[「『]/.test(text)) return undefined;
  const spans: [number, number][] = [];
  let cue: string | undefined;
  for (const re of [TALK, CALL]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      cue ??= m[0];
      spans.push([m.index, m.index + m[0].length]);
    }
  }
  if (cue === undefined) return undefined;
  let matter: string | undefined;
  MATTER.lastIndex = 0;
  for (let m = MATTER.exec(text); m !== null; m = MATTER.exec(text)) {
    const noun = m[1] as string;
    // A matter the two share by its day is a person's or a business's own plan, not held back.
    if (SHARED.test(noun)) return undefined;
    matter ??= noun;
    spans.push([m.index, m.index + m[0].length]);
  }
  let self: string | undefined;
  SELF.lastIndex = 0;
  for (let m = SELF.exec(text); m !== null; m = SELF.exec(text)) {
    const who = m[1] as string;
    const start = m.index + m[0].indexOf(who);
    // A kind alone, "…の者" (one of an organisation, no person named), or a listed brand's name standing alone ("クロネコです",
    // "日本郵便です"); a person's name, or a shop's, stays and leaves the text more than an opener.
    const brand = (input.names ?? []).some((n) => n.index === start && n.length === who.length);
    if (!KIND_ONLY.test(who) && !m[0].includes('の者') && !brand) continue;
    self ??= who;
    spans.push([start, m.index + m[0].length]);
  }
  if (matter === undefined && self === undefined) return undefined;
  let rest = '';
  for (let k = 0; k < text.length; k++) if (!spans.some(([s, e]) => k >= s && k < e)) rest += text[k];
  return rest.replace(FILLER, '').length <= REST_MAX ? { cue, matter, self } : undefined;
}

export function createOpenerAsk(): AskFinder {
  return (input) => {
    if (input.reported || input.sender === null || REGISTERED.has(input.sender.tier)) return NO_ASKS;
    const opener = openerOf(input);
    if (opener === undefined) return NO_ASKS;
    // From a line no desk texts from; or from any other line by an organisation named only by its kind, which owns no number.
    const kindOnly = opener.self !== undefined && KIND_ONLY.test(opener.self) && input.brands.length === 0;
    if (!openLine(input.sender) && !kindOnly) return NO_ASKS;
    const ask: Ask = { kind: 'opener', cue: opener.cue, channel: replyChannel(input), quoted: false };
    return [ask];
  };
}

// What an opener carries that makes its call the scam's: money of the reader's (a bill, a charge, an estate, an account)…
const MONEY = /料金|代金|代引|着払|遺産|相続|未払|未納|滞納|請求|支払|返金|還付|口座|預金|税金|保険料|引き落|延滞|違約金|解約金|手数料/;

/**
 * The opener carries money, a threat, a deadline or an institution's claim (checks/ask-channel.ts OPENER_STAKE): the reader's
 * bill or estate named as the matter, a lure's alarm or a pressure word, "today", a listed brand, a public body or an
 * institution's desk named as the writer. Its cue, or undefined: an opener with none of them (スカウトの件, ポイントの件,
 * お見積りの件) only flags.
 */
export function openerStake(ctx: Pick<CheckContext, 'norm' | 'lures' | 'brands'>): string | undefined {
  const text = ctx.norm.text;
  const money = MONEY.exec(text);
  if (money !== null) return money[0];
  for (const l of ctx.lures) if (!l.quoted && (l.kind === 'lure' || l.kind === 'pressure')) return l.cue;
  const due = DUE_TODAY.exec(ctx.norm.lower);
  if (due !== null) return due[0];
  const brand = ctx.brands[0];
  if (brand !== undefined) return brand.name;
  const institution = luresOfCategory(ctx.lures, 'institution').find((l) => !l.quoted);
  if (institution !== undefined) return institution.cue;
  const self = openerOf(ctx)?.self;
  return self !== undefined && INSTITUTION_KIND.test(self) ? self : undefined;
}
