// The analysis engine: normalise → extract → classify → match → asks → checks → verdict.
// Pure: it receives its data (brands, lures, weights, model) and an optional
// reputation lookup, and returns a value. Loading files is src/engine's job.
import { createAskFinder, sentenceAt } from './asks/index.js';
import { askedBefore, CLIPPED_DESTINATION } from './asks/call.js';
import { WRITERS_WIN } from './asks/prepay.js';
import { atMeeting, EMPHATIC_NEGATION, speaksAsPerson, toldDoneAt, luresOfCategory } from './asks/types.js';
import { ordinarySuffix } from './brands/kinds.js';
import { namedSiteLinks } from './brands/own-site.js';
import { bracketed, brandPhrases, claimsFrom, createBrandCheck, createBrandLookups, createMediaFilter, scanTexts, type Brand, type BrandRegistry } from './brands/index.js';
import type { Ask, BrandClaim, Check, CheckContext, LureMatch } from './check.js';
import { askThroughUnownedChannel } from './checks/claim-channel.js';
import { bareNewLine, blockingAsks, createAskChannelCheck, identityOf, lettersId, openLine, unownedAsks, writesNoWay } from './checks/ask-channel.js';
import { createKanaSpeltCheck } from './checks/kana-spelt.js';
import { createReputationCheck, lookupReputation } from './checks/reputation.js';
import { createSenderRouteCheck } from './checks/sender-route.js';
import { createSenderTrustCheck } from './checks/sender-trust.js';
import { createHiddenDestination, createMadePageKind, createThrowawayHost, createUrlSuspectCheck, type MadePageKind, type UrlRiskData } from './checks/url-suspect.js';
import { serviceAskOnStrangersPage } from './checks/service-page.js';
import { askThroughMadePage } from './checks/made-page.js';
import { moveWithStake, newContactAfterGap } from './checks/messenger-stake.js';
import { createExtractor } from './extract/index.js';
import { disownedSentences, neverAskFollowedByAsk } from './lures/disown.js';
import { foldDiacritics } from './lures/fold.js';
import { foldKanaCue, kanaView } from './lures/kana.js';
import { createLureCheck, lurePhrases, withinLongerWord, type LureCategory, type LureData } from './lures/index.js';
import { offerLures } from './lures/offers.js';
import { anchorSet, holdsAny } from './match/anchors.js';
import { createPhraseMatcher } from './match/phrases.js';
import { createModelCheck, type LinearModel } from './model/index.js';
import { normalizeText } from './normalize/index.js';
import { disownsDefanged } from './quotes/disowns.js';
import { exampleSpans, inQuote, splitQuotes, type QuoteSplit } from './quotes/index.js';
import { reason, reweighed } from './reason.js';
import { scoreOf, verdictFor, type ScoreTable } from './scores.js';
import { createSenderClassifier, EMPTY_SENDER_REGISTRY, type SenderRegistry } from './sender/index.js';
import type { Analysis, ExtractedUrl, Indicators, Message, NormalizedText, Reason, ReasonCode, ReputationLookup, SenderInfo } from './types.js';
import { gated } from './match/literals.js';

export interface EngineData {
  readonly brands: BrandRegistry;
  readonly lures: LureData;
  readonly shorteners: readonly string[];
  readonly urlRisk: UrlRiskData;
  readonly scores: ScoreTable;
  /** Senders whose owner is known (data/senders.json); brands' own officialSenders are added to it. */
  readonly senders?: SenderRegistry;
  /** null runs the rules alone (used when training the model itself). */
  readonly model: LinearModel | null;
}

export interface Engine {
  /** The facts every check reads; exposed for training and evaluation. */
  context(message: Message, reputation?: ReputationLookup): CheckContext;
  analyse(message: Message, reputation?: ReputationLookup): Analysis;
  /**
   * The same engine judging senders by another registry (an operator's entries merged over the
   * shipped one, src/registry): matchers, checks and model are shared; only the sender
   * classifier, one Map, is built again.
   */
  withSenders(registry: SenderRegistry): Engine;
}

/** Texts longer than this are cut before analysis: SMS bodies are short, and work per message stays bounded. */
export const MAX_TEXT_LENGTH = 4096;

// Credits for a channel the claimed identity owns: the model may not outweigh them.
const OWN_CHANNEL: ReadonlySet<ReasonCode> = new Set(['BRAND_OFFICIAL_DOMAIN', 'BRAND_OFFICIAL_SENDER', 'ASK_OWN_CHANNEL', 'SENDER_CARRIER', 'SENDER_REGISTERED']);
// A sender line at odds with the brand claimed: a handset, a number abroad, another brand's letters ID.
const SENDER_CONTRADICTS: ReadonlySet<ReasonCode> = new Set(['BRAND_UNOFFICIAL_SENDER', 'SENDER_INTERNATIONAL_BRAND', 'SENDER_ALPHANUMERIC_BRAND_MISMATCH', 'SENDER_OVERSEAS_ASK', 'SENDER_HANDSET_OFFICE_ASK']);
const REPUTATION: ReadonlySet<ReasonCode> = new Set(['REPUTATION_URL', 'REPUTATION_DOMAIN', 'REPUTATION_PHONE']);
// Reasons that say only who sent a link, not what the message asks or claims.
const STRUCTURAL: ReadonlySet<ReasonCode> = new Set(['SENDER_MOBILE_WITH_LINK']);
// Asks that hand something over to whoever holds the channel (a call to a written number is added in asksThroughStranger).
// Not secrets, codes, gift cards or money: warnings name them as what the scam asks ("不要汇款", "yêu cầu chuyển tiền"),
// and a code message asks its code to be typed in.
const STRANGER_ASKS: ReadonlySet<string> = new Set(['reply-data']);

// What the ask is, in the words of CLAIM_CHANNEL_ASK.
const ASK_SAID: Readonly<Record<string, string>> = {
  'open-link': 'open the link', call: 'call the number', 'reply-data': 'send personal data back', secret: 'send a password, PIN or card number back',
  'share-code': 'pass on a code', 'gift-card': 'send gift card numbers', money: 'send money', payee: 'pay the account it gives', messenger: 'move to a messenger account', install: 'install an app',
};
const ASK_SAID_JA: Readonly<Record<string, string>> = {
  'open-link': 'リンクを開く', call: '電話をかける', 'reply-data': '個人情報を返信する', secret: 'パスワード・暗証番号・カード番号を送る',
  'share-code': 'コードを伝える', 'gift-card': 'ギフトカードの番号を送る', money: '送金する', payee: '指定の口座に支払う', messenger: 'メッセージアプリに移る', install: 'アプリを入れる',
};

// Words after an ask or a claim that make it what someone else says (a warning's "…というSMS", "…と言われても",
// "…라는 문자", "a text saying…"), not what the message says to the reader.
const TOLD_OF = /という|といった|って|と言|との|などと|と頼|と依頼|と求め|と要求|よう(?:に|な|求|依頼|頼)|と来|と連絡|saying|says|said|claiming|asking you|asks you|asking for|라는|라고|다는|다고|고 하|称|說|说|声称|聲稱|要求你|让你|讓你|nagsasabi|sinasabing|sinabing|yang mengatakan|yang meminta|dizendo|pedindo|que dice|pidiendo|ว่า|noi rang|bao rang|yeu cau ban/;

/**
 * The rest of the sentence from `from` tells what was said ("…というSMS", "说…"): words there are reported.
 * Vietnamese is matched with its diacritics folded, as the cues are written ("nói rằng" as "noi rang").
 */
function toldOfAfter(text: string, lower: string, from: number): boolean {
  const [, e] = sentenceAt(text, from);
  return TOLD_OF.test(foldDiacritics(lower.slice(from, e)));
}

// "…場合は", "…たら", "…なら", "if …", "如果/如有", "nếu", "caso", "kung", "jika", "만약/…면": an ask for when something happens is advice.
const CONDITIONAL = /場合[はにも、,]|たら|なら[、,ば]|\bif\b|如果|如有|若有|nếu|\bneu\b|\bcaso\b|\bkung\b|\bjika\b|만약|으면|하면|오면/;

/** The ask's sentence, up to its cue, sets a condition: advice for when it happens, not an ask now. */
function conditional(ctx: CheckContext, a: Ask): boolean {
  // An implied call has no cue: its sentence is the one that writes its number.
  const at = a.implied && a.channel.type === 'phone' ? numberAt(ctx, a.channel.value) : ctx.lures.find((l) => l.cue === a.cue && !l.quoted)?.index;
  if (at === undefined) return false;
  const [s] = sentenceAt(ctx.norm.text, at);
  return CONDITIONAL.test(ctx.norm.lower.slice(s, at));
}

/** The hand-over of a relayed code is told as what someone else says ("届いた番号を教えてという連絡"). */
function relayToldOf(ctx: CheckContext, a: Ask): boolean {
  const at = ctx.lures.find((l) => l.cue === a.cue && !l.quoted)?.index;
  if (at === undefined) return true;
  return luresOfCategory(ctx.lures, 'hand-over').some((l) => !l.quoted && l.index >= at && sentenceAt(ctx.norm.text, l.index)[0] <= sentenceAt(ctx.norm.text, at)[1] + 1 && toldOfAfter(ctx.norm.text, ctx.norm.lower, l.index + l.cue.length));
}

/** The call's cue and the number it rings stand in one sentence ("請立即回電 050-…"), not a number told of elsewhere. */
function callsWritten(ctx: CheckContext, a: Ask): boolean {
  if (a.channel.type !== 'phone') return false;
  if (a.implied) return sentToNumber(ctx, a.channel.value) || askedBeforeNumber(ctx, a.channel.value);
  const at = luresOfCategory(ctx.lures, 'call').find((l) => l.cue === a.cue && !l.quoted)?.index;
  if (at === undefined) return false;
  const [s, e] = sentenceAt(ctx.norm.text, at);
  const digits = ctx.norm.text.slice(s, e).replace(/\D/g, '');
  return digits.includes(a.channel.value.replace(/\D/g, '').slice(-8));
}

// Right after a number, the words that send the reader to it: "…に電話して", "…へご連絡を", "…まで。" (the verb left out).
const TO_NUMBER = /^\s*(?:(?:に|へ)\s*(?:今すぐ|すぐに?|至急|直ちに|ただちに)?\s*(?:お?電話|ご?連絡|架電|発信|折り返)|(?:まで|迄)\s*(?:お?電話|ご?連絡|[。．.!！\n]|$))/;

/** The number as the message writes it (an ask's channel holds its normalised form). */
function writtenPhone(ctx: CheckContext, normalized: string): { raw: string } | undefined {
  return ctx.indicators.phones.find((x) => x.normalized === normalized);
}

/** Where the number is first written in the text, or undefined. */
function numberAt(ctx: CheckContext, normalized: string): number | undefined {
  const p = writtenPhone(ctx, normalized);
  const at = p === undefined ? -1 : ctx.norm.text.indexOf(p.raw);
  return at === -1 ? undefined : at;
}

/** The number, as written, comes right after an ask whose verb is left out ("本日中にご連絡を 050-…": asks/call.ts askedBefore). */
function askedBeforeNumber(ctx: CheckContext, normalized: string): boolean {
  const p = writtenPhone(ctx, normalized);
  return p !== undefined && askedBefore(ctx.norm.text, p.raw);
}

/** The number, as written, is where the words right after it send the reader ("050-… に電話して停止手続きを", "…担当 050-… まで。"). */
function sentToNumber(ctx: CheckContext, normalized: string): boolean {
  const p = writtenPhone(ctx, normalized);
  if (p === undefined) return false;
  for (let at = ctx.norm.text.indexOf(p.raw); at !== -1; at = ctx.norm.text.indexOf(p.raw, at + 1)) {
    const after = ctx.norm.text.slice(at + p.raw.length, at + p.raw.length + 28);
    if (TO_NUMBER.test(after.slice(0, 12)) || CLIPPED_DESTINATION.test(after)) return true;
  }
  return false;
}

// Words that make a call the way to stop or undo what the message says is happening ("止めるには…まで", "解除は…へ",
// "to stop it, call…", "para cancelar"): the remedy of an asserted problem, pressing as an urgency word does.
const REMEDY = /止めるには|止めたい方は|停止するには|解除するには|解除は|取り?消すには|キャンセルするには|to (?:stop|cancel|block|unlock) (?:it|this|the)|para (?:cancelar|bloquear|desbloquear)|如需(?:取消|停止|解除)|要(?:取消|停止)|de huy|để hủy|취소하려면|차단하려면/;

/** The call's sentence makes it the remedy of a problem the message asserts in its own words (a lure, unquoted, not told of). */
function remedyOfOwnAlarm(ctx: CheckContext, a: Ask): boolean {
  const at = a.channel.type === 'phone' ? numberAt(ctx, a.channel.value) : undefined;
  if (at === undefined) return false;
  const [s, e] = sentenceAt(ctx.norm.text, at);
  if (!REMEDY.test(ctx.norm.lower.slice(s, e))) return false;
  return ctx.lures.some((l) => l.kind === 'lure' && !l.quoted && !toldOfAfter(ctx.norm.text, ctx.norm.lower, sentenceAt(ctx.norm.text, l.index)[0]));
}
// A warning that calls the link it shows the scam's, or tells the reader not to open it: the link is the example.
const DISOWNS_LINK = /開かない|押さない|タップしない|アクセスしない|クリックしない|触らない|偽サイト|偽物|詐欺サイト|フィッシングサイト|怪しいリンク|このリンク|このurl|don'?t (?:open|click|tap)|do not (?:open|click|tap)|fake (?:site|link)/;
// Words that vouch for a link as the safe or genuine one ("正規のアプリ", "公式サイト", "安全な").
// ("Log in only at …": the one place to go, as a rival's texts are called fake, is vouched for.)
const VOUCHES_FOR_LINK = /正規|公式|安全な|本物の|正しい|official|genuine|legit|safe|\bonly (?:at|on|via|through)\b/;
// A caution to the reader, not a scam named.
const CAUTION = /気をつけ|気を付け|注意|用心|careful|beware|watch out/;
// The message points the reader to its link: "こちら", "ここから", "↓", an app to put in.
const POINTS_TO_LINK = /こちら|こっち|ここから|ここで|下記|以下|↓|⇒|インストール|ダウンロード|アプリを入れ|click|tap here|install|download|\b(?:log ?in|sign ?in|pay|verify|go to|visit)\b[^.!?\n]{0,12}\bat\b/;
// Reasons kept in the verdict even at no weight: they explain why something else did not count.
const NAMED_AT_ZERO: ReadonlySet<ReasonCode> = new Set(['REPUTATION_ALLOWLISTED']);
// The report cues that name a scam as a topic (data/lures.json): a report only when the message does not send the reader to its own page.
const TOPIC = 'report-topic';
// A verb cue in its て-form, and the progressive or its polite forms after it, not a question (…していますか).
// (Read with endsWith: asked of every cue of a request's kind.)
const teFormEnd = (phrase: string): boolean => phrase.endsWith('て') || phrase.endsWith('で');
const ONGOING_AFTER = /^(?:います|おります|いました|おりました)(?!か)/;
// …or goes on into a favour received, done ("銀行の窓口で教えてもらった", "店員さんに設定してもらいました"): what the writer was
// helped with, told; not "教えてもらえますか", a request, nor "教えてもらった?", a question pressing for it.
// (Ending its clause: "この前教えてもらった番号で合ってる?" holds the favour inside a question about the number.)
const FAVOUR_RECEIVED_AFTER = /^(?:もらった|もらいました|貰った|貰いました|いただいた|いただきました)(?=$|[。!！、,\s]|よ|けど|から|ので|ね|し|わ)/;
// A scam named before the damage in its sentence: a line quoted as what is said, 詐欺, 悪質, なりすまし.
const SCAM_NAMED = /[「『]|詐欺|詐取|悪質|なりすまし/;

/** The damage at `at` is a scam's: its sentence names one before it (a lure cue, a quoted line, 詐欺). */
function scamDamage(text: string, lower: string, lures: readonly LureMatch[], at: number): boolean {
  const [s] = sentenceAt(text, at);
  return SCAM_NAMED.test(lower.slice(s, at)) || lures.some((l) => l.kind === 'lure' && l.index >= s && l.index < at);
}
// "被害が" / "相談が" / "トラブルが", a place of up to ten characters with its particle, then the report's verb.
const PLACED_DAMAGE = gated(/(?:被害|相談|トラブル)が[^。、\s「」]{1,10}?(?:で|にて|において)も?(?:発生|多発|相次|急増|増えて|増加)/);
const ACCUSED = 'accused';
// Right after a name, words with which a message speaks as it ("楽天銀行です", "市役所より").
// After a messenger's name, words that make it the way to reach someone: "LINEで", "LINEまたはお電話で", "LINEか電話", "LINEや電話",
// "LINEから" (not "LINEからのお知らせ", which speaks as it).
// (Or an account written on it in brackets, "当店LINE(ricco_hair01)から", "LINE「cafe_mori22」まで": where the sender's account is, as
// "LINE ID: …" is; "LINE@で", the official accounts' old name, is the way too.)
const AS_WAY = /^@?(?:で(?!す|ござ)|または|か(?:お電話|電話)|や|から(?!の)|\s*[(（「『]\s*@?[A-Za-z0-9])/;
const SPEAKS_AS = ['です', 'より', 'からのお知らせ', 'からのご案内', 'でございます'];
/** The name at `at` heads the message as a 【header】 or speaks as itself ("Xです", "Xより"): a claim, whatever else the sentence says. */
function speaksAsAt(text: string, at: number, length: number): boolean {
  return bracketed(text, at, length) || SPEAKS_AS.some((w) => text.startsWith(w, at + length));
}

/**
 * The message opens with a person naming themself by role and surname ("税理士の藤田です", "専務の渡辺です", "大家の村上と申します"):
 * a role that is no desk or company (担当, 受付, 課, センター, 銀行, 生命… name the office speaking) and holds no brand's name.
 */
function introducesSelf(text: string, hits: readonly { index: number; length: number }[]): boolean {
  const m = ROLE_INTRO.exec(text);
  if (m === null) return false;
  const role = (m[1] as string).trim();
  return !DESK_ROLE.test(role) && !hits.some((h) => h.index < m[0].length);
}
// Role, の, a surname of one to four kanji, です or と申します, at the start.
// (Not a kind of person: "台湾在住の日本人です", "近所の者です", "会社の社員です" name no one.)
const GIFT_CARD = 'gift-card';
const ROLE_INTRO = gated(/^\s*([^。、,，!?！？\n「」【】[\]]{1,10}?)の([一-龥]{0,3}[一-龥](?<![人者民員生]))(?:です|と申します)/);
// A role that names an office or a company's desk, not a person: the office is who speaks.
const DESK_ROLE = /(?:担当|係|課|窓口|受付|センター|サポート|事務局|本部|部|室|局|署|庁|店|銀行|カード|証券|生命|保険|郵便|運輸|急便|会社|協会|機構|事務所|役場|役所)$|担当/;

/**
 * A bank named as where a person's own account is held ("振込先は前回と同じ私の個人口座です(ゆうちょ)", "口座は前と同じ三井住友で
 * いい?"): the bank is where the money goes, not who writes. Its sentence names a person's account (私の口座, 個人口座, 個人名義,
 * the same account as before), and the name neither heads the message nor speaks ("ゆうちょ銀行です", "三井住友銀行より"). A bank
 * texts of its customers' accounts as お客様の口座, under its own name, never of "my account".
 */
function holdsPersonsAccount(text: string, at: number, length: number): boolean {
  if (speaksAsAt(text, at, length)) return false;
  const [s, e] = sentenceAt(text, at);
  return PERSONS_ACCOUNT.test(text.slice(s, e));
}
/**
 * A service named as where or through what the writer bought or booked ("新干线票我用えきねっと买好了", "在携程上订了酒店",
 * "チケットはe+で買っといた", "I booked it on Expedia"): the shop the writer used, told, not who writes. Not as a heading or "Xです".
 */
function usedByWriter(text: string, lower: string, at: number, length: number): boolean {
  if (speaksAsAt(text, at, length)) return false;
  const before = lower.slice(Math.max(0, at - 40), at);
  const after = lower.slice(at + length, at + length + 10);
  return (USED_THROUGH.test(before) && BOUGHT_ZH.test(after)) || BOUGHT_JA.test(after) || BOUGHT_ON_EN.test(before);
}
// Right after a brand's name, what was paid for there: its tickets, its stay, its price ("USJのチケ代", "星野リゾートの宿代", "ディズニー
// のチケット代", "Amazonで買ったやつの代金" is left to usedByWriter).
const PRICE_OF = /^\s*の?\s*(?:チケ代|チケット代|チケット|入場料|パス代|年パス|年間パス|宿代|宿泊代|ホテル代|ツアー代|旅行代|飲み代|食事代|ランチ代|代金|送料)/;
// Money settled between people: fronted for another (立て替え), split (割り勘, 半分ずつ), or a share per head (1人3,800円).
const SETTLING = /立て替え|立替|たてかえ|割り勘|割勘|わりかん|ワリカン|半分(?:ずつ|こ|出し|払)|(?:1|一)人\s*(?:あたり|当たり)?\s*\d|ひとり\s*\d/;

/**
 * A brand named as what was paid for there ("立て替えてたUSJのチケ代、9,800円ね"), in a message that settles money between
 * people (SETTLING): the park, the hotel or the shop is what the share is of, not who writes; a fee a brand asks of its
 * customer is its own bill, named under its own heading or "Xです" (speaksAsAt), never a fronted share.
 */
function pricedBetweenPeople(text: string, lower: string, at: number, length: number): boolean {
  if (speaksAsAt(text, at, length)) return false;
  return PRICE_OF.test(lower.slice(at + length, at + length + 8)) && SETTLING.test(lower);
}
/**
 * A payment app named as the route money is sent to the writer by ("me manda pelo PayPay", "send me it via PayPay", "转给我用PayPay"
 * reads the other way and is left): where the money goes, not who writes, as a bank holding a person's account is (holdsPersonsAccount); weighed by the
 * money finders as any payment is. Not as a heading or "Xです".
 */
function payRoute(text: string, lower: string, at: number, length: number): boolean {
  if (speaksAsAt(text, at, length)) return false;
  const before = lower.slice(Math.max(0, at - 24), at);
  return ROUTE_BEFORE.test(before) && TO_WRITER.test(before);
}
// Sent to the writer themself ("me manda", "send me", "pay me", "转给我", "ipadala mo sa akin"): a person's share paid back, not a
// fee to an office or a shop.
const TO_WRITER = /\bme (?:manda|mande|envia|envie|passa|paga|pague|transfere)\b|\b(?:send|pay|transfer)(?: it| that| the money)? (?:to )?me\b|(?:转|轉|付|发|發)(?:给|給)我|sa akin\b/;
// The route's preposition just before the app's name: pelo, pela, via, through, by, com o, sa, 用, 通过.
const ROUTE_BEFORE = /(?:\bpelo|\bpela|\bvia|\bthrough|\bby|\bcom o|\bno|\bsa|\bqua|用|通过|通過)\s*$/;

// 用X, 在X, 从X, 通过X: the means or the place of the writer's act (Chinese).
const USED_THROUGH = /(?:用|在|从|從|通过|通過|经由|經由)\s*$/;
// …bought, booked or reserved there ("买好了", "上订了", "预约了").
const BOUGHT_ZH = /^\s*(?:上|里|裡)?\s*(?:买|買|订|訂|预订|預訂|预约|預約|购|購|抢|搶)/;
// "Xで買っといた", "Xで予約した", "Xで取れた": the writer's own purchase or booking (plain or perfective, not a polite ask).
const BOUGHT_JA = /^\s*で\s*(?:買っ|買い(?:まし)?た|購入し(?:た|と)|予約し(?:た|と)|取っ(?:た|と)|取れ)/;
// "I bought / booked / got it on X", "ordered them through X".
const BOUGHT_ON_EN = /\bi(?:'ve| have| just| already)?\s+(?:bought|booked|got|ordered|reserved)\b[^.!?\n]{0,24}\b(?:on|via|through|from)\s*$/;

// A person's own account: 私の口座, 僕の個人口座, 個人口座, 個人名義, 口座は前と同じ, 前回と同じ口座.
const PERSONS_ACCOUNT = /(?:私|わたし|僕|俺|自分|うち|母|父|夫|妻|息子|娘)の(?:個人)?口座|個人口座|個人名義|口座は(?:前|前回|いつも)(?:と同じ|の)|(?:前|前回|いつも)と同じ[^。!?！？\n]{0,6}口座/;

// The name a notice opens with, as its 【header】 or before "です" / "より" / "からのお知らせ" (the first sentence's head).
const OPENING_NAME = gated(/^\s*(?:【([^】]{2,24})】|([^。、,，!?！？\n【】「」]{2,24}?)(?:です|より|からのお知らせ|からのご案内|からのお願い)(?:[。、,!！:：\s]|$))/);
// A sender that speaks for itself and for no brand we list, and that no lure of our corpora speaks as: a clinic, a
// pharmacy, a school, a civic group. Public offices (役所, 税務署, 警察署, a section's 課) are left out: lures speak as them
// and name a brand beside ("〇〇区役所です。マイナポイントの…"); so is a desk with no name of its own ("カスタマーセンター",
// "事務局", "サポート窓口"): a lure's unnamed desk speaks for the brand it names.
const OWN_BODY = /(?:クリニック|医院|病院|歯科|診療所|(?<!医)薬局|整骨院|接骨院|治療院|小学校|中学校|高校|高等学校|幼稚園|保育園|こども園|町内会|自治会|管理組合|pta)(?:の[^\sの]{1,8})?$/i;

// A document named as what the reader brings to the counter or shows there ("マイナ保険証をお持ちください", "マイナンバーカード
// または資格確認書をご持参ください", "保険証(マイナ保険証)と診察券をお持ちください"): the reader's own card, not a speaker.
const BROUGHT = /^[)）]?\s*(?:(?:か|または|や|と|、)[^。!?！？\n]{0,14}?)?(?:を|も)\s*(?:お持ち|ご持参|持参|お持ちになって|ご提示|提示|持って)/;

// A public body named as where the reader turns ("警察相談専用電話#9110にご相談ください", "最寄りの警察署へご相談を",
// "市役所の窓口へ"): the reader is sent to it, it does not speak.
const TURNED_TO = /^(?:相談専用電話|相談窓口|の(?:相談)?窓口|(?:に|へ|まで)(?:ご相談|相談|通報|ご連絡|連絡|お問い合わせ|問い合わせ|お越し|来|[。.]|$))/;

/** [start, end) of the sender's own name at the message's opening, when that sender is a body of its own (OWN_BODY). */
function ownName(text: string): [number, number] | null {
  const m = OPENING_NAME.exec(text);
  if (m === null) return null;
  const name = (m[1] ?? m[2]) as string;
  if (!OWN_BODY.test(name.trim())) return null;
  const at = text.indexOf(name);
  return [at, at + name.length];
}

/**
 * Lure and pressure words inside `spans` marked as quoted: another's words (a scam's, named by a
 * warning), not the message's own claim.
 */
/** A lure's copy read as quoted: the scam's words, not the message's own. */
function asQuoted(l: LureMatch): LureMatch {
  return { kind: l.kind, category: l.category, cue: l.cue, index: l.index, quoted: true };
}

function quotedWithin(lures: LureMatch[], spans: readonly (readonly [number, number])[]): LureMatch[] {
  if (spans.length === 0) return lures;
  const out: LureMatch[] = [];
  for (const l of lures) {
    const inside = !l.quoted && (l.kind === 'lure' || l.kind === 'pressure') && spans.some(([s, e]) => l.index >= s && l.index < e);
    out.push(inside ? asQuoted(l) : l);
  }
  return out;
}

// LINE, the messenger, is a word of its own: "ライン" inside a longer katakana word (オンライン, ガイドライン, オフライン,
// ホットライン, デッドライン) and "line" inside a longer Latin one (online, deadline, guideline) name no messenger, so a
// cue that starts with either there ("オンラインで応募できる" holding "ラインで") is no move to LINE.
// (startsWith, not a pattern: this is asked of every cue found, some five a message, and the call into the regex engine cost
// more than the two compares.)
const KATAKANA_BEFORE = /[ァ-ヺー]/;
const LATIN_BEFORE = /[a-z]/;
export function lineInsideWord(phrase: string, lower: string, index: number): boolean {
  if (index === 0 || !(phrase.startsWith('ライン') || phrase.startsWith('line'))) return false;
  const before = lower[index - 1] as string;
  return phrase.startsWith('l') ? LATIN_BEFORE.test(before) : KATAKANA_BEFORE.test(before);
}

/**
 * Lure words quoted as examples of what scams say (「未納料金」「当選」などのSMSで…): see
 * quotes/exampleSpans. Only a message with lure words of its own has any to set apart.
 */
function withoutExamples(lures: LureMatch[], text: string, tails: readonly string[]): LureMatch[] {
  if (!lures.some((l) => (l.kind === 'lure' || l.kind === 'pressure') && !l.quoted)) return lures;
  return quotedWithin(lures, exampleSpans(text, tails));
}

/**
 * "当行が暗証番号をお尋ねすることはありません", "we never text about unpaid tolls", "đừng gửi mã cho ai",
 * "…と頼まれたら本人に確認して": a sentence that says what someone never does, tells the reader not to do it, or
 * tells the reader to refuse or hang up if someone asks it, describes the scam, as a quotation does
 * (lures/disown.ts). Its lure and pressure words are not the message's own claim, so they are marked as quoted;
 * and the ask finders, which set aside asks in a sentence that says it is never asked (never-ask), are told so by
 * a never-ask cue at the disowning cue (no smishing row of the Japanese sets says what it never does; banks',
 * cities' and police notices do, every day). A sentence that does not disown keeps its asks: "never share your
 * code. Reply with the code to 090-…" still asks.
 */
function withoutDisowned(lures0: LureMatch[], text: string, folded: string): LureMatch[] {
  const overruled = neverAskFollowedByAsk(lures0, text, folded);
  const lures = overruled.length === 0 ? lures0 : lures0.filter((l) => !overruled.includes(l));
  const disowned = disownedSentences(lures, text, folded);
  if (disowned.length === 0) return lures;
  const negated = disowned.flatMap((d) => (d.negated === undefined ? [] : [d.negated]));
  const out = quotedWithin(lures, disowned.map((d) => d.span)).map((l) => (negated.some((n) => n.index === l.index && n.cue === l.cue && n.category === l.category) ? asQuoted(l) : l));
  for (const { cue, whole } of disowned) {
    if (whole && !out.some((l) => l.category === NEVER_ASK && l.index === cue.index)) out.push({ kind: 'negation', category: NEVER_ASK, cue: cue.cue, index: cue.index, quoted: false });
  }
  out.sort((a, b) => a.index - b.index);
  return out;
}
const NEVER_ASK = 'never-ask';
// The report cues that tell the reader not to tell (教えちゃだめ, 教えたらあかん, 教えないでね).
const TELL_NOT = /教え/;
// The matter itself as what is not to be told: "このこと", "この件", "今回の話", "俺のこと".
const THE_MATTER = /(?:この|その|今回の|今日の)(?:こと|事|件|話)|(?:俺|僕|私|わたし|あたし)の(?:こと|事)/;
// A scam named as what the message's own act guards against ("보이스피싱 예방을 위해 본인 확인이 필요합니다", "ठगीबाट बच्न…पठाउनुहोस्",
// "为防止诈骗,请回复…", "to protect you from scams, reply…", "詐欺防止のため"): the purpose of the ask that follows, the pretext banks'
// and the police's warnings name (全銀協 https://www.zenginkyo.or.jp/topic/detail/nid/3164/: 「不正防止のため」と暗証番号を聞き出す),
// not the message telling of a scam. A warning says what not to do; its other report words ("絶対に教えないで", "開かないで") still report.
const GUARD_BEFORE = /(?:to (?:prevent|avoid|stop|protect you from|protect your account from|guard against)|for (?:fraud|scam) prevention|para (?:evitar|prevenir|maiwasan ang|proteger contra)|untuk (?:mencegah|menghindari)|(?:为|為)(?:了)?(?:防止|防范|防範|预防|預防)|(?:de|để) phong chong|phong chong|เพื่อป้องกัน|ป้องกัน)\s*$/;
const GUARD_AFTER = /^\s*(?:예방|방지|피해 ?(?:예방|방지)|(?:被害)?(?:防止|対策|予防)(?:の|のため)|を防ぐ|बाट बच्न|बाट जोगिन|prevention)/;
// A forward word ("転送します", "forwarding this", "转发") warns when what it passes on is a message. Said of the reader's data handed to
// an authority ("警察に情報を転送しますので、下記に連絡を", "your details will be forwarded to the police"), it is the fake office's
// threat against the reader, the 総務省・警察をかたる詐欺's next step (https://www.soumu.go.jp/menu_seisaku/ictseisaku/ictriyou/fraud.html):
// no warning hands anyone's information on.
const FORWARD_WORD = /転送|forward|转发|轉發|chuyen tiep/;
const PASSED_TO_AUTHORITY = /(?:警察|検察|裁判所|当局|関係機関|捜査機関|police|authorities|prosecutor|公安|检察院|법원|경찰|cong an)[^。.!?\n]{0,8}(?:に|へ|to\b|给|給)|(?:個人)?情報を|(?:your|the reader's) (?:data|details|information)/;

// "佐藤です。", "母です。", "田中だけど、": a message that opens by naming its writer as a person.
// A person's name is a surname or a family word, in kanji ("佐藤", "母", "父さん") or kana ("おかあさん");
// a katakana name is more often a service's ("スキマニです").
const SELF_INTRO = gated(/^([一-龥]{1,4}(?:さん|ちゃん)?|お?(?:かあ|とう|ばあ|じい|ねえ|にい)(?:さん|ちゃん))(?:です|だけど|だよ)(?:[。、,!！\s]|$)/);
// …unless the name is an office's or a role's ("サポートセンターです", "市役所です", "担当です").
// (Conservative: a surname holding one of these kanji, 村田, 市川, is left as it was.)
const OFFICE_WORDS = /[課係局署庁所店社室部院館会省府県市区町村校塾園庫]|センター|担当|窓口|事務|サポート|カスタマー|デスク|銀行|カード|公式|運営|配達|ドライバー|生命|保険|証券|電力|協会|組合|機構/;

/**
 * The message opens by naming its writer as a person ("佐藤です。", "母です。"): a brand written
 * after that is named by the person, not speaking (a brand's own notice opens with the brand,
 * "ヤマト運輸の佐藤です").
 */
function selfIntroduced(text: string, hits: readonly { index: number; length: number }[]): boolean {
  const m = SELF_INTRO.exec(text);
  if (m === null) return false;
  const name = m[1] as string;
  return !OFFICE_WORDS.test(name) && !hits.some((h) => h.index < name.length);
}

/**
 * The message speaks as a person, with no office's voice: the voice heard more is a person's
 * (asks/types.ts speaksAsPerson), or it opens by naming its writer ("佐藤です。") and nothing in it
 * speaks as a business (お客様, 当社). A brand it names is named, not claimed; checks that weigh an
 * office's claims can read it from the context (CheckContext.person).
 */
function personVoice(lures: readonly LureMatch[], hits: readonly { index: number; length: number }[], norm: NormalizedText): boolean {
  if (speaksAsPerson({ lures }) || narrates(lures, norm)) return true;
  // A name that is an institution's ("入管です", "国税局です") names the office, not a person.
  return selfIntroduced(norm.text, hits) && !lures.some((l) => !l.quoted && ((l.kind === 'register' && l.category !== 'personal') || (l.category === 'institution' && l.index === 0)));
}

// A sentence that ends in the writer's own plain past or perfective ("変えといた", "登録し直したら通った", "アプリに出てた",
// "代表番号にかけた", "落ちなかった"), not the polite "ました/でした" an office writes in, or in reported speech
// after a plain form ("送ってくるって", "落ちないって", "…と言われた"; not a te-form request, "送って", "買って"): the
// writer tells what happened or what they were told.
const NARRATED_END = /(?:(?<!まし|でし|あな)た|(?<=[るたいだうすくつぬむぶぐ])って|と言われた)(?:よ|わ|ね|な|けど)?[。!！?？\s]*$/;
// "I updated it", "I've paid", "I called them", "it said…", "they told me": the writer's own past, or what they were told.
const NARRATED_EN = /\bi(?:'ve| have| just| already)? (?:[a-z]+ed|paid|got|made|sent|told|saw|did|put|set|went|rang|gave)\b|\b(?:it|they|he|she) (?:said|told me)\b/;
// Chinese and Korean, told the same way: "我把…改成信用卡了", "我已经换了", "카드 바꿨어", "결제 실패했대"; an office writes
// "您的…已被…" and "-습니다".
const NARRATED_CJK = /我[^。！？!?，,]{0,24}了[吧啊呀哦]?\s*$|(?:었|았|였|했|꿨|됐)(?:어|대|다더라|더라)(?:요)?[.!?\s]*$/;
// What an office writes and a person telling the reader does not: a polite ask of the reader ("ください", "please").
// (Chinese 請 only outside the Japanese words that hold it: 請求, 申請, 要請, 請け負う; "未払い請求の電話が来てるって" asks nothing.)
const ASKS_POLITELY = gated(/ください|下さい|お願い(?:します|いたします|致します)|\bplease\b|\bkindly\b|请|(?<![申要招普])請(?![求負け])|您|주세요|바랍니다|하십시오/);

/**
 * The message narrates, in the writer's own voice: what the writer did or saw ("Huluの支払い方法、クレカに変えといた",
 * "I updated it in the account settings") or was told ("振込用紙送ってくるって"), in no office's register, with nothing
 * pressed or asked politely, and every word of asking it holds (a call, a payment, a hand-over) inside a sentence it
 * narrates ("折り返しは代表番号にかけた"): "…出すって。今日中にこの口座に振り込んで" asks. A brand it names is the one
 * it tells of, mentioned, not claimed (a 【header】 or "Xです" still claims: see whoSpeaks).
 */
function narrates(lures: readonly LureMatch[], norm: NormalizedText): boolean {
  if (ASKS_POLITELY.test(norm.lower)) return false;
  const narrated = (at: number): boolean => {
    const [s, e] = sentenceAt(norm.text, at);
    const sentence = norm.text.slice(s, e + 1);
    return NARRATED_END.test(sentence) || NARRATED_CJK.test(sentence.replace(/[。！？!?.\s]+$/, '')) || NARRATED_EN.test(norm.lower.slice(s, e + 1));
  };
  for (const l of lures) {
    if (l.quoted) continue;
    // An office's word inside quotation marks, however short, is the office's, told of ("『ご利用確認』の電話きた").
    if (l.kind === 'register' && withinMarks(norm.text, l.index)) continue;
    if (l.kind === 'pressure' || (l.kind === 'register' && l.category !== 'personal')) return false;
    if ((l.kind === 'ask' || l.kind === 'verb') && !narrated(l.index)) return false;
  }
  for (let at = 0; at < norm.text.length; at = sentenceAt(norm.text, at)[1] + 1) if (narrated(at)) return true;
  return false;
}

const NO_SPANS: readonly (readonly [number, number])[] = [];

/** Whether `index` lies inside 「…」 or 『…』 closed in the same sentence. */
function withinMarks(text: string, index: number): boolean {
  for (const [open, close] of [['「', '」'], ['『', '』']] as const) {
    const o = text.lastIndexOf(open, index);
    if (o === -1 || text.lastIndexOf(close, index) > o) continue;
    const c = text.indexOf(close, index);
    if (c !== -1 && !/[。!?！？\n]/.test(text.slice(o, c))) return true;
  }
  return false;
}

// The writer tells of being invited or urged by someone, in the plain form a person writes in ("投資の勉強会に誘われたんだけど",
// "暗号資産の投資に誘われて迷ってる", "副業を勧められた"): what was offered is a third party's offer, told of. Not the polite
// "ご招待されました" / "お誘いします" of a lure speaking to the reader (no row of the Japanese lures says 誘われ, 勧められ…).
const APPROACHED = /(?:誘われ|勧められ|すすめられ|持ちかけられ|声(?:を)?かけられ|勧誘され)(?![まな])/g;
const APPROACH_ANCHORS = anchorSet('誘勧め持声');

/** [start, end) spans: each sentence's head up to where it tells the writer was approached (APPROACHED). */
function toldApproached(text: string, lower: string): (readonly [number, number])[] {
  // One character of each of APPROACHED's words (match/anchors.ts): 誘, 勧, め of すすめられ, 持 of 持ちかけられ, 声 of 声かけられ.
  // Read in the lower-cased text, as every other gate reads it (lower-casing changes none of them): one scan a message.
  if (!holdsAny(lower, APPROACH_ANCHORS)) return [];
  const out: (readonly [number, number])[] = [];
  for (const m of text.matchAll(APPROACHED)) out.push([sentenceAt(text, m.index as number)[0], (m.index as number) + m[0].length]);
  return out;
}

// A host named the fake one, in the words right before it ("偽サイト(", "偽サイト例:", "偽サイト「") or right after it
// ("…などの偽サイト", "…という偽のurl", "…のような詐欺サイト", "…(偽サイト)").
const FAKE_BEFORE = /(?:偽|ニセ|にせ|フィッシング|詐欺)(?:の)?(?:サイト|url|ドメイン|リンク|アドレス)(?:の)?(?:例)?\s*(?:[(（「『:：]|例[:：]?|は)\s*$/;
const FAKE_AFTER = /^\s*[)）」』]?\s*(?:など|とか|といった|という|のような|みたいな)?(?:の)?\s*[(（]?(?:偽|ニセ|にせ|フィッシング|詐欺)(?:の)?(?:サイト|url|ドメイン|リンク|アドレス)/;
// English, the link the subject the fake is said of: "links like etc-meisai.top are fake", "fake sites such as x.top".
const FAKE_BEFORE_EN = /\b(?:fake|phishing|scam|fraudulent)\s+(?:sites?|links?|urls?|domains?|pages?)\s*(?:like|such as|e\.g\.,?|:)?\s*$/;
const FAKE_AFTER_EN = /^\s*['")]?\s*(?:etc\.?\s*)?,?\s*(?:is|are)\s+(?:all\s+|both\s+)?(?:fake|scams?|phishing|fraud(?:ulent)?)\b/;
// The message cautions the reader anywhere: CAUTION's words and the looser ones a whole message may carry ("警戒",
// "heads up", "be aware", "warning") beside a fake site it names.
const CAUTIONS = gated(new RegExp(`${CAUTION.source}|警戒|heads[- ]up|be aware|warning`));

/**
 * "【Amazon】amazon-co-jp.top などの偽サイトにご注意ください。正規サイトはこちら https://www.amazon.co.jp/": a caution in the
 * message's own words, a link written and named in the same breath as the fake site (the scam's, shown so the reader knows
 * it), and every other link on a page some brand we know or a registrant-restricted body owns. A lure never names its own
 * page the fake one; one that calls a stranger's page "正規サイト" names no fake and is read as before. As a defanged link
 * is (quotes/disowns.ts), the named fake is the warned-of one: the message is a report, which is never blocked, and its
 * live link may still tag it.
 */
function namesFakeBesideOfficial(norm: NormalizedText, urls: readonly ExtractedUrl[], owned: (u: ExtractedUrl) => boolean): boolean {
  if (urls.length === 0 || !CAUTIONS.test(norm.lower)) return false;
  let fakes = 0;
  for (const u of urls) {
    const raw = u.raw.toLowerCase();
    const at = raw === '' ? -1 : norm.lower.indexOf(raw);
    const before = at === -1 ? '' : norm.lower.slice(Math.max(0, at - 24), at);
    const after = at === -1 ? '' : norm.lower.slice(at + raw.length, at + raw.length + 24);
    const named = at !== -1 && (FAKE_BEFORE.test(before.slice(-16)) || FAKE_AFTER.test(after.slice(0, 16)) || FAKE_BEFORE_EN.test(before) || FAKE_AFTER_EN.test(after));
    if (named) fakes++;
    else if (!owned(u)) return false;
  }
  return fakes > 0;
}

// An opt-out: a keyword that stops the messages (STOP, UNSUBSCRIBE, 配信停止), as a word of its own.
const OPT_OUT_WORD = /(?<![a-z])(?:stop|stopall|unsub(?:scribe)?|opt[ -]?out|optout)(?![a-z])|配信停止|配信を停止|受信停止|受信を停止/;

/**
 * "Stop? Send STOP to 62468": every sentence of the message is about stopping the messages, so the only thing it asks is
 * the opt-out, which takes nothing from the reader (reply.ts sets an opt-out reply aside). The English spam corpora sign
 * their prizes off with such a line, so the model's n-grams carry it; alone, it is no lure.
 */
const OPT_OUT_NOTICE_MAX = 60;

function optOutOnly(norm: NormalizedText): boolean {
  // A short notice only: a longer text's sentences run together (English spam is written without stops), and its
  // offer stands in the same "sentence" as its opt-out line.
  if (norm.text.length > OPT_OUT_NOTICE_MAX || !OPT_OUT_WORD.test(norm.lower)) return false;
  for (let at = 0; at < norm.text.length; ) {
    const [s, e] = sentenceAt(norm.text, at);
    const sentence = norm.lower.slice(s, e + 1);
    if (/[\p{L}\p{N}]/u.test(sentence) && !OPT_OUT_WORD.test(sentence)) return false;
    at = e + 1;
  }
  return true;
}

/**
 * Sentences that tell the reader of money the writer has already sent ("我已经转到你…的账户了",
 * "mẹ đã chuyển tiền … rồi nhé", "振り込んどいたよ") and ask nothing after saying so. Telling is not
 * asking: the account and the bank named there are where the money went, not a claim to be that
 * bank or a lure about the reader's account. Only with no link in the message and nothing pressed
 * (the refund lure "給付金を振り込みました" sends the reader to a page to "confirm" it).
 */
function toldDone(lures: readonly LureMatch[], text: string): (readonly [number, number])[] {
  let spans: [number, number][] | null = null;
  for (const l of lures) {
    if (l.category !== 'done' || l.quoted) continue;
    if (lures.some((x) => x.kind === 'pressure' && !x.quoted)) return [];
    // A request after what was done asks ("送ったから、届いた番号を返信して").
    if (toldDoneAt(lures, text, l.index, true)) (spans ??= []).push(sentenceAt(text, l.index));
  }
  return spans ?? [];
}

/**
 * The indicators with only the links a reader could still tap: a defanged or broken link
 * (hxxps://x[.]top, "x . cc") was mended for extraction, so its host is not in the text as written;
 * one with only its scheme broken (hxxp://203.0.113.58/track) has its host after "hxxp".
 */
function liveOnly(ind: Indicators, norm: NormalizedText): Indicators {
  const urls: ExtractedUrl[] = [];
  const written = (host: string): boolean => {
    if (host === '') return false;
    for (let at = norm.lower.indexOf(host); at !== -1; at = norm.lower.indexOf(host, at + 1)) if (!/hxxps?:\/\/$/.test(norm.lower.slice(Math.max(0, at - 8), at))) return true;
    return false;
  };
  for (const u of ind.urls) if (u.host !== '' && (written(u.host) || written(u.hostUnicode.toLowerCase()))) urls.push(u);
  if (urls.length === ind.urls.length) return ind;
  const domains: string[] = [];
  for (const u of urls) if (u.domain !== null && !domains.includes(u.domain)) domains.push(u.domain);
  return { urls, domains, phones: ind.phones, emails: ind.emails };
}

// Where a sender's name stands: the message's opening, bare or in brackets, then what follows a name that speaks.
const NAME_OPENS = /^[\s【[(<「]?$/;
const NAME_CLOSES = /^(?:\s*[:：】\])>」]|より|から|です)/;

/**
 * "Amazon.co.jp:プライム会費の…": a brand whose name is its own domain, written bare (no scheme, no path) where the
 * sender's name stands (the opening, "X:", "【X】", "Xより"), names the sender; it is no link to tap, from a handset or
 * from anyone. Left out of the indicators. Elsewhere ("結果はeplus.jpのマイページから") it is the site to visit.
 */
function namesNotLinks(ind: Indicators, nameHits: readonly { brand: Brand; index: number; length: number }[], lower: string): Indicators {
  if (ind.urls.length === 0 || nameHits.length === 0) return ind;
  const isName = (u: ExtractedUrl): boolean => !u.hadScheme && (u.path === '' || u.path === '/') && u.domain !== null
    && nameHits.some((h) => h.brand.officialDomains.includes(u.domain as string) && lower.slice(h.index, h.index + h.length) === u.raw.toLowerCase()
      && NAME_OPENS.test(lower.slice(0, h.index)) && NAME_CLOSES.test(lower.slice(h.index + h.length, h.index + h.length + 3)));
  if (!ind.urls.some(isName)) return ind;
  const urls = ind.urls.filter((u) => !isName(u));
  const domains: string[] = [];
  for (const u of urls) if (u.domain !== null && !domains.includes(u.domain)) domains.push(u.domain);
  return { urls, domains, phones: ind.phones, emails: ind.emails };
}

/** Strongest first, ties in the order found: a stable insertion sort (a handful of reasons; sort's comparator calls cost more). */
function sortByWeight(reasons: Reason[]): void {
  for (let i = 1; i < reasons.length; i++) {
    const r = reasons[i] as Reason;
    let j = i;
    for (; j > 0 && (reasons[j - 1] as Reason).weight < r.weight; j--) reasons[j] = reasons[j - 1] as Reason;
    reasons[j] = r;
  }
}

/**
 * "給料日に必ず返す": a pressure word inside the writer's own promise to pay back (an `own-need` cue) presses
 * the writer, not the reader. Dropped in place (the list is the message's own, just built).
 */
function dropPromisedPressure(lures: LureMatch[]): void {
  const promises = lures.filter((l) => l.category === OWN_NEED);
  if (promises.length === 0) return;
  removeCues(lures, (l) => l.kind === 'pressure' && promises.some((p) => p.cue.length > l.cue.length && p.index <= l.index && l.index + l.cue.length <= p.index + p.cue.length));
}
const OWN_NEED = 'own-need';

/** Removes, in place, the cues `drop` marks from the message's own cue list (built for this message alone). */
function removeCues(lures: LureMatch[], drop: (l: LureMatch) => boolean): void {
  let k = 0;
  for (const l of lures) if (!drop(l)) lures[k++] = l;
  lures.length = k;
}

/**
 * "本人確認書類をお持ちください", "通帳・カード・本人確認書類をお持ちのうえ窓口へ": the identity papers named as what the reader
 * brings, in person, to a shop's or a bank's counter, are a document's name, not the identity-check lure ("本人確認のため
 * こちらから", "本人確認が必要です"): a stranger cannot meet the reader at the brand's own counter. Only in a sentence that
 * says to bring them and says nothing of sending, photographing, typing or replying, in a message that writes no link;
 * a place to be told by reply (collect.ts broughtToPlaceUntold) is an ask of its own whatever the lure words.
 */
function dropIdPapersBrought(lures: LureMatch[], text: string, lower: string, written: { urls: readonly unknown[] }): void {
  if (written.urls.length > 0) return;
  removeCues(lures, (l) => {
    const papers = l.category === IDENTITY_CHECK && (l.cue === '本人確認' || l.cue === 'ご本人様確認') && ID_PAPERS.test(lower.slice(l.index + l.cue.length, l.index + l.cue.length + 8));
    if (!papers) return false;
    const [from, to] = sentenceAt(text, l.index);
    const sentence = lower.slice(from, to);
    return BRING.test(sentence) && !SENT_OFF.test(sentence);
  });
}
const IDENTITY_CHECK = 'identity-check';
// The papers: 本人確認書類, 本人確認資料, 本人確認ができる書類, 本人確認のできるもの.
const ID_PAPERS = /^(?:書類|資料|(?:が|の)?でき(?:る|ます)(?:書類|もの|物)|用の書類)/;
// Brought in person: お持ちください, ご持参, 持参, ご来店, ご来局, 窓口へ, 店頭で, お越しの際.
const BRING = /お持ち(?:ください|下さい|のうえ|の上|いただ)|ご?持参|ご来店|ご来局|ご来庁|窓口|店頭|お越し/;
// Sent off instead: a photo, an upload, typing in, a reply, a place to be told.
const SENT_OFF = /送|撮影|写真|アップロード|添付|入力|返信|url|リンク|場所は/;

// A loan named by any of its words: the loan-fee lure's deposit (保証金, 保証料) is a loan's fee only beside one.
const LOAN_SPOKEN = /融資|ローン|借入|借り入れ|貸付|貸し付け|キャッシング|審査|貸金|消費者金融|お貸し|loan/;
const DEPOSIT_CUE = /^(?:保証金|保証料)$/;

/**
 * A cost the writer and the reader share, told by a friend (advance fee's twins, session advfee): a club's or a trip's deposit
 * collected by the 幹事 ("合宿の保証金3,000円、幹事の私にPayPayで送ってね"), with no loan told, is no 融資保証金 lure; the writer's
 * own ticket win shared in a person's voice ("ライブのチケット当選したよ!手数料込みで1人6,500円") is no prize bait. The money ask
 * itself is weighed as a friend's (its payee between people), and a lure of any other kind beside it keeps the words as they are.
 */
function dropSharedFee(lures: LureMatch[], folded: string): void {
  const shared = lures.some((l) => !l.quoted && l.category === 'shared-cost');
  const person = lures.some((l) => !l.quoted && l.kind === 'register' && l.category === 'personal');
  const win = person && WRITERS_WIN.test(folded);
  if (!shared && !win) return;
  const deposit = (l: LureMatch): boolean => shared && l.category === 'loan-fee' && DEPOSIT_CUE.test(l.cue) && !LOAN_SPOKEN.test(folded);
  const prize = (l: LureMatch): boolean => win && l.category === 'prize' && /当選|当た/.test(l.cue);
  // Only when nothing else lures: another lure beside it (a threat, a job, an investment) is the bait the shared words dress.
  if (lures.some((l) => !l.quoted && l.kind === 'lure' && !deposit(l) && !prize(l))) return;
  removeCues(lures, (l) => deposit(l) || prize(l));
}

/**
 * "絶対に今日中にこのSMSへ返信してください", "決して遅れずに": 絶対に (a scam-awareness cue, data/lures.json) and 決して (a never-ask
 * cue) warn or disown only with the negation they lead to in their sentence ("絶対に押さないで", "絶対に買っちゃダメ", "ことは決して
 * ございません": asks/types.ts EMPHATIC_NEGATION); alone they insist, and the ask they press is asked, not warned of.
 */
function dropInsistence(lures: LureMatch[], folded: string): void {
  const insists = (l: LureMatch): boolean => {
    if (!((l.category === 'scam-awareness' && l.cue === '絶対に') || (l.category === 'never-ask' && l.cue === '決して'))) return false;
    const [, e] = sentenceAt(folded, l.index);
    return !EMPHATIC_NEGATION.test(folded.slice(l.index, e + 1));
  };
  if (lures.some(insists)) removeCues(lures, insists);
}

// The residents' languages' confirm and verify verbs read as an account's check (data/lures.json foreign-lure), and the
// booking nouns a clinic, a salon or a restaurant confirms: the reader's appointment, reservation or booking.
// (English "confirm your", read as an identity check, the same: "please reply today to confirm your appointment tomorrow".)
const CONFIRM_VERB = /^(?:kumpirmahin|i-verify|xac minh|xac thuc|verifique|확인 바랍니다|confirm your)$/;
const BOOKING_NOUN = /appointment|booking|reservation|reserbasyon|lich hen|lich kham|consulta|agendamento|reserva|예약|预约|預約/;

/**
 * "Kumpirmahin ang appointment niyo bukas 9AM?", "Vui lòng xác minh lịch hẹn ngày mai": a confirm verb whose sentence names the
 * reader's own appointment or booking asks the reader to confirm what they booked, as "ご予約の確認" does (`ordered`), a reminder
 * with a Y/N or a call back to the desk they chose; the lure's verify is of an account, a card, a parcel or a residence
 * status, never of the reader's booking. Dropped only when no other lure stands beside it (a fee, a threat, a prize keep it)
 * and no number, link or address is written.
 */
function dropBookingConfirmed(lures: LureMatch[], text: string, written: Indicators): void {
  // The booking is confirmed back to the line it came from (a Y/N, a call back): another number or a link written is a way
  // the message chose, and "confirm your appointment at Immigration: call 090-…" stays the lure it reads as.
  if (written.phones.length > 0 || written.urls.length > 0 || written.emails.length > 0) return;
  const confirm = (l: LureMatch): boolean => (l.category === 'foreign-lure' || l.category === 'identity-check') && CONFIRM_VERB.test(l.cue) && bookingNamed(text, l.index);
  if (!lures.some(confirm) || lures.some((l) => !l.quoted && l.kind === 'lure' && !confirm(l))) return;
  removeCues(lures, confirm);
}

function bookingNamed(text: string, at: number): boolean {
  const [s, e] = sentenceAt(text, at);
  return BOOKING_NOUN.test(text.slice(s, e + 1));
}

/**
 * "明日10:30のご予約…ご連絡なき場合はキャンセル料が発生します": the fee for cancelling what the reader booked or ordered
 * (an `ordered` cue, not told as a problem) is the terms of the reader's own business, not a site's fee for nothing bought.
 * Dropped in place, unless the message disowns the order for the reader ("心当たりのない場合", `if-not-you`: the fake order
 * rung back to cancel) or tells of another paid-content charge or an unpaid bill beside it.
 */
function dropOwnBookingFee(lures: LureMatch[], text: string): void {
  if (!lures.some((l) => l.category === ORDERED && !l.quoted)) return;
  if (lures.some((l) => l.category === IF_NOT_YOU || l.category === UNPAID || (l.category === PAID_CONTENT && !BOOKING_FEE.test(l.cue)))) return;
  // The same terms said through what follows if the reader does not get in touch ("ご連絡なき場合はキャンセル料を頂戴いたします",
  // "ご連絡なき場合はキャンセル扱いとさせていただきます"): an inn, a salon or a restaurant states its cancellation policy for the
  // booking the reader made, the booking itself being all that is at stake. It presses no more than the policy printed on
  // the booking does, so neither the "if not" clause (pressure) nor the fee (penalty) is counted, when that sentence names
  // the booking's cancellation and no other charge or harm (違約金, 法的措置, 延滞料 keep it: no booking's terms threaten so).
  const terms = (at: number): boolean => {
    const [s, e] = sentenceAt(text, at);
    const said = text.slice(s, e);
    return BOOKING_CANCELLED.test(said) && !lures.some((l) => l.category === PENALTY && !BOOKING_FEE.test(l.cue) && l.index >= s && l.index < e);
  };
  const drop = (l: LureMatch): boolean => ((l.category === PAID_CONTENT || l.category === PENALTY) && BOOKING_FEE.test(l.cue) && (l.category === PAID_CONTENT || terms(l.index)))
    || (l.kind === 'pressure' && IF_NOT_CONTACTED.test(l.cue) && terms(l.index))
    // Nor is that clause read as a call asked (the `call` ask cue "ご連絡なき場合"): it tells what the booking's terms do if the
    // reader stays silent, and whatever the message does ask (the arrival time, a Y/N) is weighed as it stands. Left in, the
    // model read the inn's own policy as the callback lure's "contact us or else" (its asks:call>reply feature).
    || (l.kind === 'ask' && l.category === 'call' && IF_NOT_CONTACTED.test(l.cue) && terms(l.index));
  removeCues(lures, drop);
}

/**
 * "今日の勉強会で隣だった佐々木です": a study group is where people learn anything (a school's, a firm's, a hobby's); it is the
 * investment scam's venue only when the message talks of a market or money made (SNS型投資詐欺's 株の勉強会, with its 先生,
 * アシスタント, picks and returns). The bare word is dropped as an `investment` cue when nothing else in the message is of
 * investing: no other investment cue and no word of a market, returns or the group's cast (STUDY_GROUP_FRAMED).
 */
function dropStudyGroupUnframed(lures: LureMatch[], folded: string): void {
  const bare = (l: LureMatch): boolean => l.category === INVESTMENT && l.cue === STUDY_GROUP;
  if (!lures.some(bare)) return;
  if (lures.some((l) => l.category === INVESTMENT && l.cue !== STUDY_GROUP) || STUDY_GROUP_FRAMED.test(folded)) return;
  removeCues(lures, bare);
}
/**
 * "PTA会計です。会費のご協力ありがとうございました。未納の方は…": arrears said of those members who have not paid yet (未納の方,
 * 未納のご家庭), in a message naming a members' body (PTA, 町内会, 子ども会, 部費, 学級費, 保護者), is the treasurer's round-robin to the
 * members, not an office's bill said unpaid by the reader (the lure accuses the reader: "お客様の料金が未納", "未納料金があります").
 * The word is dropped there, as an `unpaid-charge` lure and as the reader's own `account-matter` (which would make the treasurer's
 * "ご不明点はお電話ください" an office's desk on a handset: ask-channel.ts deskOnOpenLine); whatever the message asks (a payee, a link, a call) is weighed as before.
 */
function dropMembersArrears(lures: LureMatch[], folded: string): void {
  const arrears = (l: LureMatch): boolean => (l.category === UNPAID || l.category === ACCOUNT_MATTER) && ARREARS.test(l.cue) && THOSE_WHO.test(folded.slice(l.index + l.cue.length, l.index + l.cue.length + 6));
  if (!lures.some(arrears) || !MEMBERS_BODY.test(folded)) return;
  removeCues(lures, arrears);
}
const ACCOUNT_MATTER = 'account-matter';

/**
 * "Your cleaning is overdue (last visit June). Reply 1 to book": what is overdue is a visit (a dental cleaning, a check-up, an
 * inspection, a vaccination), the clinic's or the garage's recall of its own patient or customer, not a bill said unpaid. The
 * unpaid-charge lure says money is overdue ("your payment / bill / balance / toll is overdue": 国民生活センター, the FTC's toll
 * scam alert https://consumer.ftc.gov/consumer-alerts/2024/01/got-text-about-unpaid-tolls). The `overdue` cue is dropped when
 * a visit is its subject and no money is named anywhere in the message (OVERDUE_MONEY); any ask is weighed as before.
 */
function dropVisitOverdue(lures: LureMatch[], folded: string): void {
  const overdue = (l: LureMatch): boolean => l.category === UNPAID && OVERDUE_CUE.test(l.cue) && VISIT_BEFORE.test(folded.slice(Math.max(0, l.index - 32), l.index));
  if (!lures.some(overdue) || OVERDUE_MONEY.test(folded)) return;
  removeCues(lures, overdue);
}
/**
 * "マイナンバーカードを紛失したらまず 0120-95-0178 で一時停止を": a stop the reader is told to ask for after their own loss (紛失したら,
 * 盗難の際は, if you lose your card) is the owner's own remedy, the advice デジタル庁 and every card issuer give
 * (https://www.digital.go.jp/policies/mynumber/faq-card : 紛失・盗難の際はマイナンバー総合フリーダイヤルで一時利用停止). The
 * account-restriction lure asserts the stop as done to the reader ("ご利用を一時停止しました", "カードが利用停止になります"). The cue is
 * dropped when a loss of the reader's own is the condition before it in its sentence; any ask is weighed as before.
 */
function dropStopAfterLoss(lures: LureMatch[], text: string, folded: string): void {
  const stop = (l: LureMatch): boolean => {
    if (l.category !== RESTRICTION || !STOP_CUE.test(l.cue)) return false;
    const [s] = sentenceAt(text, l.index);
    return LOSS_IF.test(folded.slice(s, l.index));
  };
  removeCues(lures, stop);
}
const RESTRICTION = 'account-restriction';
const STOP_CUE = /停止|freeze|suspend|block/;
// The reader's own loss as the condition: 紛失したら, 盗難に遭った場合, 落とした際は, 紛失時は, if you lose your card, if it is lost or stolen.
const LOSS_IF = /(?:紛失|盗難|盗まれ|なくし|無くし|落とし)(?:し|に遭っ|にあっ)?(?:た(?:ら|場合|とき|時|際)|の(?:場合|際)|時)|\bif (?:you )?los[et]\b|\bif (?:it|your card|the card) (?:is|was|gets) (?:lost|stolen)/;
const OVERDUE_CUE = /^(?:over ?due|past due)$/;
// The visit named as what is overdue: "your cleaning is", "check-up is now", "MOT is", "flu jab is".
const VISIT_BEFORE = /\b(?:cleaning|check-?up|checkup|exam|examination|visit|recall|inspection|service|servicing|mot|screening|vaccination|vaccine|jab|shot|booster|appointment|hygiene)s?\s+(?:is|are|was|were|has been|have been)\s+(?:now\s+|well\s+|a (?:little|bit)\s+)?$/;
const OVERDUE_MONEY = /pay|bill|balance|fee|fine|toll|charge|invoice|amount|debt|due amount|\$|£|€|¥|円|料金|未納|未払|請求/;

/**
 * "送別会のプレゼント…私の席で集めてます。本人には内緒で!", "主役にはサプライズなので秘密でお願いします": a surprise kept from the one it is
 * for (本人, 主役, 当人: the person the gift or the party honours) hides nothing from whoever would check on the reader. The lure's
 * secrecy keeps the matter from the reader's parents, family, company, bank or the police (親には内緒, 誰にも言わないで), the
 * parties who would stop it. The secrecy words there (a secrecy lure, a push, a coach's cue) are dropped; anything else the
 * message asks is weighed as before. Only when the money is handed over in person ("私の席で集めてます"): sent to an account or
 * an app ("下記へ…普通 8801429 モリ アヤ"), the one kept out is the one person who could tell the reader the collection is real.
 */
function dropSurpriseKept(lures: LureMatch[], folded: string): void {
  if (!SECRET_WORD.test(folded) || SENT_AWAY.test(folded)) return;
  const spans: [number, number][] = [];
  for (const m of folded.matchAll(SECRET_WORDS)) {
    const before = folded.slice(Math.max(0, m.index - 10), m.index);
    if (HONOREE_BEFORE.test(before) || (KIN_KEPT_BEFORE.test(before) && SURPRISE.test(sentenceOf(folded, m.index)))) spans.push([m.index, m.index + m[0].length]);
  }
  if (spans.length === 0) return;
  removeCues(lures, (l) => spans.some(([s, e]) => l.index < e && l.index + l.cue.length > s));
}
/**
 * "在留カードの写真を表裏とも送ってください", "マイナンバーカードの両面": a card's picture or its two sides are a payment card's secret only
 * when the card is one (its number, expiry and the code on its back pay with it; secret.ts CARD_DATA reads it so). An identity,
 * insurance, student or staff card named just before ("在留カードの写真") is personal data, weighed as the identity papers are
 * (personal-data: ASK_PERSONAL_DATA); its secret cue, which reads only "カードの写真", is dropped. A payment card's ("クレジット
 * カードの表裏", "カードの写真") stays, and so does a card's number, whichever card it is ("在留カード番号を返信").
 */
function dropIdCardPictured(lures: LureMatch[], folded: string): void {
  const idCard = (l: LureMatch): boolean => l.category === SECRET && CARD_PICTURED.test(l.cue) && ID_CARD_BEFORE.test(folded.slice(Math.max(0, l.index - 10), l.index));
  removeCues(lures, idCard);
}
/**
 * "お忘れ物のお財布をお預かりしております", "手袋をお忘れでした。営業所で保管しています": what is held (預かる, 保管) is the reader's own thing left behind (own-property: お忘れ物, 落とし物), told by
 * the shop, hotel or station that keeps it; the parcel-held lure ("お荷物をお預かりしております") is a delivery the reader never
 * ordered. The held cue is dropped when the thing held is named as the reader's own, before it; any fee, payee or link the
 * message asks is weighed as before (prepay.ts feeBeforeOwnThing weighs a fee first for the reader's own thing).
 */
function dropOwnPropertyHeld(lures: LureMatch[]): void {
  const own = lures.find((l) => l.category === OWN_PROPERTY && !l.quoted);
  if (own === undefined) return;
  removeCues(lures, (l) => l.category === DELIVERY && l.index > own.index && l.index - own.index <= 16 && HELD.test(l.cue));
}
const OWN_PROPERTY = 'own-property';
const DELIVERY = 'delivery';
const HELD = /預か|保管(?:し|中)/;
const SECRET = 'secret';
// The secret cues that name a card's picture or its sides (not its number, which an ID card's lure asks as a secret too).
const CARD_PICTURED = /^カードの(?:写真|表裏|両面|表と裏|裏面の写真)/;
// The kinds of card that hold no money (as secret.ts CARD_DATA's look-behind): residence, My Number, insurance, patient, student, staff, library, point, transit.
const ID_CARD_BEFORE = /(?:在留|マイナンバー|マイナ|保険|健康保険|診察|学生|社員|職員|図書|ポイント|交通系|ic|住基)$/;
const SECRET_WORD = gated(/内緒|ないしょ|ナイショ|秘密/);
// Money sent rather than handed over: an account, a transfer, a payment app, a payee below, an account's number.
const SENT_AWAY = /口座|振込|振り込|送金|入金|paypay|ペイペイ|下記へ|下記まで|宛に|\d{6,8}|account|transfer/;
const SECRET_WORDS = new RegExp(SECRET_WORD.source, 'g');
// The one the surprise is for, as the party it is kept from, just before the secrecy word: "本人には", "主役さんには", "当人にだけは".
const HONOREE_BEFORE = /(?:本人|主役|当人)(?:さん|様|たち)?(?:には|に|へは|にだけは|にだけ)(?:絶対|まだ)?$/;
// A relative kept out, just before the secrecy word ("お父さんには内緒で", "兄ちゃんにはまだ秘密"): in a sentence that names a present or a
// surprise ("お父さんには内緒で誕生日プレゼント一緒に買わない?"), the relative is the one it is for, as 本人 is above.
const KIN_KEPT_BEFORE = /(?:お?(?:父|母|とう|かあ)さん|パパ|ママ|お?(?:じい|ばあ)ちゃん|じいじ|ばあば|(?:兄|姉|にい|ねえ)ちゃん|兄|姉|弟|妹|旦那|妻|夫)(?:さん)?(?:には|に|へは|にだけは|にだけ)(?:絶対|まだ)?$/;
const SURPRISE = /サプライズ|プレゼント|誕生日|お祝い|驚かせ|驚かそ|びっくりさせ|記念日|還暦|古希|喜寿|母の日|父の日|敬老の日/;

const SENTENCE_END = /[。!?！？\n]/;

/** The sentence of the folded text around index, cut at sentence ends. */
function sentenceOf(folded: string, index: number): string {
  let s = index;
  while (s > 0 && !SENTENCE_END.test(folded[s - 1] as string)) s--;
  let e = index;
  while (e < folded.length && !SENTENCE_END.test(folded[e] as string)) e++;
  return folded.slice(s, e);
}
const ARREARS = /^(?:未納|未払い?|滞納)$/;
// Those of the members who have not paid: 未納の方, 未納のご家庭, 未払いの人, 未納がある方.
const THOSE_WHO = /^(?:の方|のご家庭|の家庭|の人|の皆|の世帯|が?ある方|が?あるご家庭)/;
// A body of members collecting its own dues: PTA, 町内会, 自治会, 子ども会, 保護者会, 後援会, 同窓会, a club's or a class's fund.
const MEMBERS_BODY = /pta|町内会|自治会|子ども会|子供会|保護者|後援会|同窓会|育成会|部費|学級費|学年費|部員|班長|組長/;

/**
 * An account the reader is asked to send money into ("gửi tiền nhà vào tài khoản ngân hàng của chị", "房租转到姐姐的银行账户",
 * "이 계좌로 보내줘") is the payee: the money and payee finders weigh it by who asks and whose it is (a relative's, a landlord's
 * changed one, a third party's, a "safe account"). The bare account cue of the residents' languages (data/lures.json
 * foreign-lure: 账户, 계좌, tai khoan) stands for the reader's own account told in trouble (tài khoản bị khóa, 您的账户异常,
 * 계좌가 정지됨), which the writer's own account to pay into, named as theirs between relatives or friends ("của chị", "我的",
 * "언니"), is not; nor is the same account told again ("Số tài khoản …"). Only when nothing else in the message is a lure or
 * presses: a trouble, a hurry, a changed or a "safe" account keep the word a lure, and a third party's or "this" account too.
 */
function dropPayeeAccount(lures: LureMatch[], folded: string): void {
  const account = (l: LureMatch): boolean => l.category === 'foreign-lure' && ACCOUNT_CUES.has(l.cue);
  if (!lures.some((l) => account(l) && paidInto(folded, l) && (writersOwn(folded, l) || readersOwn(folded, l)))) return;
  if (lures.some((l) => !l.quoted && !account(l) && (l.kind === 'lure' || l.kind === 'pressure'))) return;
  removeCues(lures, account);
}
// The bare "account" cues of the foreign lure.
const ACCOUNT_CUES: ReadonlySet<string> = new Set(['账户', '계좌', 'tai khoan']);
// Money sent into the account: Vietnamese "(gửi|chuyển) … vào tài khoản", Chinese "转到/打到/汇入/存进…账户" (a few words between
// for whose: 姐姐的银行), Korean "계좌로/계좌에 … 보내/송금/입금/이체".
const INTO_BEFORE = /(?:\bvao\s+(?:(?:cai|so)\s+)?|(?:转|轉|打|汇|匯|存|付|交|发放|發放|发|發)(?:到|入|进|進)[^。！？!?\n]{0,8})$/i;
const INTO_AFTER = /^(?:으?로|에)\s*(?:[^\s.!?。]+\s+){0,2}[^\s.!?。]*(?:보내|보냈|송금|입금|이체)/;

// Whose the account is: the writer's by a self or kinship word, the one each calls the other by between relatives and friends
// ("tài khoản (ngân hàng) của chị", "我的/姐姐的(银行)账户", "언니 계좌"); not "của bạn" (yours, or a friend's), "này" (this one),
// "mới" (a new one), a third party's.
const OWN_AFTER_VI = /^(?:\s+(?:ngan hang|[a-z]+)){0,2}?\s+cua\s+(?:chi|anh|em|toi|minh|me|bo|ba|con|co|chu|di|cau|ong|ba)\b(?!\s+(?:ban|cua))/;
const OWN_BEFORE = /(?:(?:我|姐姐|哥哥|妈妈|媽媽|爸爸|妹妹|弟弟|姐|哥)的(?:银行|銀行)?|(?:내|제|언니|누나|형|오빠|엄마|아빠)\s*(?:은행\s*)?)$/;

function writersOwn(folded: string, l: LureMatch): boolean {
  return OWN_AFTER_VI.test(folded.slice(l.index + l.cue.length, l.index + l.cue.length + 32)) || OWN_BEFORE.test(folded.slice(Math.max(0, l.index - 8), l.index));
}

// The reader's own account, money paid into it ("工资25号发，打到你日本的银行账户", "转到您的卡上", "네 계좌로 입금할게"): the
// writer's or an employer's money arriving, the reverse of an account asked into.
const READERS_BEFORE = /(?:(?:你|您|各位|大家|你们)[^。！？!?\n，,]{0,6}|(?:^|\s)(?:네|너의|니)(?:\s+[^\s.!?。,]{1,6}){0,2}\s*)$/;

function readersOwn(folded: string, l: LureMatch): boolean {
  return READERS_BEFORE.test(folded.slice(Math.max(0, l.index - 12), l.index));
}

function paidInto(folded: string, l: LureMatch): boolean {
  return INTO_BEFORE.test(folded.slice(Math.max(0, l.index - 16), l.index)) || INTO_AFTER.test(folded.slice(l.index + l.cue.length, l.index + l.cue.length + 24));
}

/**
 * "授業料の引き落としができませんでした。12/20に再振替を行いますので、口座残高のご確認をお願いします": a failed debit whose remedy is
 * the debit run again from the account on file, or the balance made ready for it, sends the money nowhere but where it always goes
 * (the registered debit: money.ts). With no link, no number, no payee, no other ask and nothing pressed, the failed debit is the
 * biller's notice, not the unpaid-charge lure, which always brings its way to pay (a page, a number, an account: "再振替の手続き→
 * ja-furikae.sbs", "本日中に…へお振込み").
 */
function dropDebitRetried(lures: LureMatch[], folded: string, written: Indicators): void {
  const failed = (l: LureMatch): boolean => l.category === UNPAID && DEBIT_FAILED.test(l.cue);
  if (!lures.some(failed) || !DEBIT_RETRIED.test(folded) || written.urls.length > 0 || written.phones.length > 0 || written.emails.length > 0) return;
  if (lures.some((l) => !l.quoted && (l.kind === 'pressure' || (l.kind === 'ask' && l.category !== 'resolve') || (l.kind === 'lure' && !failed(l)) || DEBIT_NOT_ALONE.has(l.category)))) return;
  removeCues(lures, failed);
}
// The failed debit: 引き落としができ(ませんでした), 引落しができ, お引落しができ.
const DEBIT_FAILED = /引き?落と?しができ/;
// Its remedy on the account on file: 再振替, 再引き落とし, 次回の引き落とし, the balance to be checked or made ready.
const DEBIT_RETRIED = /再振替|再引き?落と?し|再度(?:の)?引き?落と?し|次回(?:の)?(?:お)?引き?落と?し|残高(?:を|の)?(?:ご)?(?:確認|用意)/;
// Beside it, what makes it more than the biller's notice: a payee, a fee, a penalty, money asked.
const DEBIT_NOT_ALONE: ReadonlySet<string> = new Set(['payee', 'payee-changed', 'payee-later', 'fee', 'penalty', 'pay', 'money']);

/**
 * "本日の法定点検で伺いましたがご不在でした。ポストの不在票に記載の番号でご予約をお願いします": a visit missed, and the slip the
 * visitor left in the reader's post box as the only way on (data/lures.json desk, slip-number, own-way: 不在票に記載, 不在票の番号).
 * The slip is a paper in the reader's hand, its number the company's own, so the absence leads nowhere the writer controls. The
 * absence lure always brings its own way on: a link, a number written, a reply or a call back to the line ("この番号に折り返し"),
 * a fee. With none of them, nothing pressed, no other lure and no ask cue, the absence cue is dropped as the notice it is.
 */
function dropAbsenceToSlip(lures: LureMatch[], written: Indicators): void {
  const absence = (l: LureMatch): boolean => l.kind === 'lure' && l.category === DELIVERY && ABSENT.test(l.cue);
  if (!lures.some(absence) || written.urls.length > 0 || written.phones.length > 0 || written.emails.length > 0) return;
  if (!lures.some((l) => !l.quoted && SLIP_WAYS.has(l.category) && SLIP.test(l.cue))) return;
  if (lures.some((l) => !l.quoted && (l.kind === 'pressure' || l.kind === 'ask' || (l.kind === 'lure' && !absence(l)) || DEBIT_NOT_ALONE.has(l.category)))) return;
  removeCues(lures, absence);
}
const ABSENT = /不在/;

/**
 * "Nakuha ko na ang ticket sa concert! Bayaran mo na lang ako pag nagkita tayo", "钱见面的时候给我就行": a pay word whose sentence
 * settles the money when the two meet (asks/types.ts AT_MEETING) is a friend's share handed over face to face, not a bill the
 * reader is pressed to pay at a distance: the pay lure of that sentence is dropped (the payment lures always bring a payee, a
 * page or a number to pay through). Not beside pressure.
 */
function dropPayAtMeeting(lures: LureMatch[], text: string, lower: string): void {
  const pay = (l: LureMatch): boolean => l.kind === 'lure' && !l.quoted && PAY_WORD.test(l.cue) && atMeeting(text, lower, l.index);
  if (!lures.some(pay) || lures.some((l) => !l.quoted && l.kind === 'pressure')) return;
  removeCues(lures, pay);
}
/**
 * "引越しのバイト、明日は朝7時に駅前集合です…日払いは現場で手渡しです", "明日日給1万2千円、7時集合です": a shift's pay told beside its own
 * logistics (a meeting time and place, the site, what to bring) to a worker already taken on, by a foreman or a crew leader. The
 * side-job family's pay words (日給, 日払い, 手渡しで) are the 闇バイト's bait only where the message recruits: nothing here invites, asks a
 * reply, a DM or a messenger, makes the work light or the pay outsized (offers.ts reads those as cues of their own, which keep the
 * family), and nothing presses. The pay cues are dropped then; the message still tells its pay.
 */
function dropShiftPay(lures: LureMatch[], folded: string): void {
  const pay = (l: LureMatch): boolean => l.kind === 'lure' && !l.quoted && l.category === 'side-job' && SHIFT_PAY_CUE.test(l.cue);
  if (!lures.some(pay) || !SHIFT_LOGISTICS.test(folded) || !SHIFT_DAY.test(folded) || SHIFT_RECRUITS.test(folded)) return;
  if (lures.some((l) => !l.quoted && (l.kind === 'pressure' || ((l.kind === 'lure' || l.kind === 'ask' || l.kind === 'object') && !pay(l) && l.category !== 'work-topic')))) return;
  removeCues(lures, pay);
}
const SHIFT_PAY_CUE = /^(?:日給|日当|日払い|即日払い|即日現金|手渡しで|即金|にっきゅう|ひばらい)$/;
const SHIFT_LOGISTICS = /集合|現場は|現場に|現場で|持ってきて|持参|出勤|シフト/;
const SHIFT_DAY = /明日|明後日|あした|今日|本日|\d{1,2}\s*(?:時|:\d\d)|[月火水木金土日]曜/;
const SHIFT_RECRUITS = /募集|応募|興味|dm|返信|line|ライン|テレグラム|telegram|簡単|だけ|誰でも|高額|登録|紹介/;
// A payment's word in the residents' languages and Japanese: bayaran, bayad, pagar, 支付, 付款, thanh toán, 払.
const PAY_WORD = /bayar|bayad|pag(?:ar|ue|amento)|支付|付款|thanh toan|払/;
const SLIP = /不在票|不在連絡票/;
// The cues that name the slip as the way on: its number (slip-number), what is written on it (desk), the slip itself (own-way).
const SLIP_WAYS: ReadonlySet<string> = new Set(['desk', 'slip-number', 'own-way']);

const INVESTMENT = 'investment';
const STUDY_GROUP = '勉強会';
// A market, money made or the group's cast: 株 (not 株式会社 or 株主総会), 投資, 銘柄, 相場, FX, crypto, a fund, returns, profits,
// 資産, 配当, 儲け, 稼ぎ, a 先生 or an アシスタント, a signed percentage.
const STUDY_GROUP_FRAMED = /株(?!式会社|主総会)|投資|銘柄|相場|トレード|\bfx\b|\bipo\b|仮想通貨|暗号資産|コイン|ファンド|資産|運用|配当|利益|収益|利回り|儲|稼|副業|お金|先生|アシスタント|[+＋]\s*\d+(?:\.\d+)?\s*[%％]/;

const PAID_CONTENT = 'paid-content';
const ORDERED = 'ordered';
const IF_NOT_YOU = 'if-not-you';
const UNPAID = 'unpaid-charge';
// The prohibits cues that call a thing a crime (犯罪, 違法, 闇バイト, illegal, criminal, tội phạm, kriminal…), not those that forbid
// an act ("送らないで"): a crime named is what a warning says of what it describes; a bare "don't send" is a relative's too.
const CRIME_SAID = /犯罪|違法|闇バイト|illegal|crime|criminal|krimen|kriminal|kejahatan|pham phap|pham toi|toi pham|bat hop phap|불법|범죄|delito|गैरकानुनी/;
// …said in the negative ("Vender a conta não é crime", "it's not illegal", "không phải là tội phạm", "bukan kejahatan"): the
// recruiter's reassurance, no warning.
const CRIME_DENIED = /(?:^|[^a-z])(?:not|isn't|aren't|nao|khong phai|khong|bukan|tidak|hindi|no)\s*$|(?:不是|並不|아니)\s*$/;
// A cancellation's fee (キャンセル料): what a booking's terms charge for not coming, not a site's fee.
const BOOKING_FEE = /キャンセル料/;
const PENALTY = 'penalty';
// A visit's answer: a time or a day, the reader's convenience, a Y/N, OK or a numbered choice ("よければ1、明日がよければ2").
const VISIT_ANSWER = /時間|時頃|日時|都合|午前|午後|明日|本日|今日|[「『]\s*(?:y|n|ok|はい|いいえ|[12])\s*[」』]|(?:^|[^a-z])(?:y|n)(?:[^a-z]|$)|よければ[12１２]|\bok\b/;
// The booking's cancellation, with or without its fee (キャンセル料, キャンセル扱い, 取り消し), as what follows.
const BOOKING_CANCELLED = /キャンセル|取り?消/;
// What follows if the reader does not get in touch (ご連絡なき場合, ご連絡がない場合, 連絡がなければ).
const IF_NOT_CONTACTED = /連絡.{0,4}(?:場合|なければ)/;

/** Takes the reason with this code out of the list (the message's own, just built); its weight, or 0 if absent. */
function dropReason(reasons: Reason[], code: ReasonCode): number {
  const at = reasons.findIndex((r) => r.code === code);
  return at === -1 ? 0 : (reasons.splice(at, 1)[0] as Reason).weight;
}

/**
 * The message gives the reader no way in a stranger could hold: no link, number or e-mail written, every ask it makes
 * of its own words names no channel, and either it comes from a letters sender ID (no reply, no call back), or it
 * disowns the scam's channel itself, or it names the way the reader already holds (the paper in hand, the counter,
 * the app: own-way). See blockingAsks' noWayIn.
 */
function noWayIn(ctx: CheckContext): boolean {
  if (!writesNoWay(ctx)) return false;
  // A notice that says what its sender never does ("当行からURLをお送りすることはありません") disowns the scam's
  // channel in its own words: no smishing row of the Japanese sets does so, whatever its sender line. One that sends
  // the reader to a way they already hold (お手元の払込票, 同封の封筒, 窓口, the app) names no way a stranger holds.
  if (!lettersId(ctx.sender) && !ctx.lures.some((l) => (l.category === 'never-does' || l.category === 'own-way') && !l.quoted)) return false;
  for (const a of ctx.asks) if (!a.quoted && a.channel.type !== 'unstated') return false;
  return true;
}

/**
 * A brand or office named only inside what the message disowns ("市役所や保険会社が…ATMへ行くよう指示することはありません",
 * "đừng gửi mã cho người tự xưng nhân viên ngân hàng"), never as its 【header】, is the one the scam pretends to be, named
 * by the warning, not the message's own voice: a mention, as in a report. A sentence that still asks after its
 * disowning clause disowns nothing here (lures/disown.ts).
 */
function namedInDisowned(spoken: { brands: BrandClaim[]; mentions: BrandClaim[] }, lures: readonly LureMatch[], hits: readonly { brand: Brand; index: number; length: number }[], norm: NormalizedText): { brands: BrandClaim[]; mentions: BrandClaim[] } {
  if (spoken.brands.length === 0 || !lures.some((l) => DISOWNING.has(l.category) && !l.quoted)) return spoken;
  const spans = disownedSentences(lures, norm.text, norm.plain ? norm.lower : foldDiacritics(norm.lower)).filter((d) => d.whole).map((d) => d.span);
  if (spans.length === 0) return spoken;
  const disowned = (c: BrandClaim): boolean => {
    const own = hits.filter((h) => h.brand.id === c.brandId);
    return own.length > 0 && own.every((h) => !bracketed(norm.text, h.index, h.length) && spans.some(([s, e]) => h.index >= s && h.index < e));
  };
  if (!spoken.brands.some(disowned)) return spoken;
  return { brands: spoken.brands.filter((c) => !disowned(c)), mentions: [...spoken.mentions, ...spoken.brands.filter(disowned)] };
}
const DISOWNING: ReadonlySet<string> = new Set(['never-does', 'prohibits', 'refuse', 'retracts', 'impersonated']);

export function createEngine(data: EngineData): Engine {
  const extract = createExtractor({ shorteners: data.shorteners });
  // Brand names and lure cues are found in one scan of the text: it runs on every
  // character of every message, so one pass instead of two matters.
  type Tag = { readonly brand: Brand } | { readonly lure: LureCategory };
  const matchText = createPhraseMatcher<Tag>(
    [...brandPhrases<Tag>(data.brands, (brand) => ({ brand })), ...lurePhrases<Tag>(data.lures, (lure) => ({ lure }))],
    { maxHits: 64, overlap: 'across-tags' },
  );
  // The cues as a text written in kana alone is read (lures/kana.ts): built on first such text.
  let matchKana: ((text: string, cased: string) => Iterable<{ tag: LureCategory; phrase: string; index: number }>) | null = null;
  const kanaMatcher = () => (matchKana ??= createPhraseMatcher<LureCategory>(
    lurePhrases<LureCategory>(data.lures, (lure) => lure).map((p) => ({ ...p, phrase: foldKanaCue(p.phrase) })),
    { maxHits: 64, overlap: 'across-tags' },
  ));
  const { weights, thresholds } = data.scores;
  const lookups = createBrandLookups(data.brands);
  // A platform named as the way to reach or pay someone is no claim to be it (brands/media.ts).
  const withoutMedia = createMediaFilter(data.brands);
  const findAsks = createAskFinder(data.lures);
  const appStores = new Set(data.lures.appStores);
  // What kind of throwaway page a link is: for the ask-channel check and for a warning's own link alike.
  const throwawayHost = createThrowawayHost(data.urlRisk, lookups);
  const madePageKind = createMadePageKind(data.urlRisk, throwawayHost, lookups);
  const shopTlds: ReadonlySet<string> = new Set(data.urlRisk.ownSiteHosts?.tlds ?? []);
  /**
   * The page a link opens as checks/made-page.ts and checks/service-page.ts read it: madePageKind, or 'unvouched' for a host
   * nobody we know owns, vouches for or lends, on a name no ordinary business keeps its own site on (.jp, .com, .net, .org;
   * a shop's .shop is 'shop-tld'): .help, .gift, .lat, .fund, .biz, .info. `spelt`: the text wrote the link's dots as 。 or
   * spaced it apart, and a shop's cheap TLD spelt so is no shop's own site either: the spelling, not the TLD, tells what it is.
   */
  const builtPageKind = (u: ExtractedUrl, brandIds: readonly string[], spelt = false): MadePageKind | false => {
    const kind = madePageKind(u, brandIds);
    const unvouched = u.host !== '' && !u.isIp && !u.redacted && lookups.officialForHost(u.host).length === 0 && !lookups.restricted(u.host) && lookups.platformOf(u.host).length === 0;
    if ((kind === false || kind === 'shop-tld') && spelt && unvouched) return 'dressed';
    return kind === false && unvouched && !ordinarySuffix(u) ? 'unvouched' : kind;
  };
  const checks: Check[] = [
    createBrandCheck(data.brands, weights, lookups),
    createLureCheck(data.lures, weights, lookups),
    createUrlSuspectCheck(data.urlRisk, weights, lookups),
    createSenderRouteCheck(weights, lookups),
    createSenderTrustCheck(weights, lookups, data.lures.appStores),
    createAskChannelCheck(weights, lookups, data.lures.appStores, throwawayHost, createHiddenDestination(data.urlRisk, lookups, throwawayHost),
      (ctx, u) => serviceAskOnStrangersPage(ctx, u, builtPageKind(u, ctx.sender?.brandIds ?? []), shopTlds)),
    createReputationCheck(weights),
    createKanaSpeltCheck(weights),
  ];
  const modelCheck = data.model ? createModelCheck(data.model, weights) : null;
  // Brands that are messengers: a host of theirs is among the messenger hosts (whatsapp.com), or one is named by the brand (line.me).
  const messengerHosts = data.lures.messengerHosts;
  const messengerBrands = new Set(data.brands.brands.filter((b) => b.officialDomains.some((d) => messengerHosts.includes(d)) || messengerHosts.some((h) => h.startsWith(`${b.id}.`))).map((b) => b.id));

  /** On no known owner's site: not a brand's official domain, not a registrant-restricted one such as go.jp. */
  function onStrangersSite(u: ExtractedUrl): boolean {
    return u.host !== '' && lookups.officialForHost(u.host).length === 0 && !lookups.restricted(u.host);
  }

  /** A live link on no known owner's site. */
  function strangersLink(ctx: CheckContext): boolean {
    return ctx.indicators.urls.some(onStrangersSite);
  }

  /** Claims the message speaks as, and brands it only names (in a person's chat, or inside a reported scam). */
  function whoSpeaks(claims: BrandClaim[], hits: readonly { brand: Brand; index: number; length: number }[], person: boolean, reported: boolean, split: QuoteSplit, norm: NormalizedText, lures: readonly LureMatch[]): { brands: BrandClaim[]; mentions: BrandClaim[] } {
    if (claims.length === 0) return { brands: claims, mentions: [] };
    // Whose voice: a person's (who they write to, plain-form endings, "番号が変わりました、小川です",
    // "佐藤です。") or a company's (お客様, いたします): see personVoice.
    // A notice that opens by naming its own sender, a clinic, a school, a civic group ("〇〇歯科です。",
    // "【〇〇小学校】", "町内会より"), speaks as that sender: a brand it names elsewhere, not as a
    // header or "Xです", is what it talks about ("マイナ保険証をお持ちください", "警察相談専用電話#9110にご相談ください").
    // (A name that holds a brand of ours, "厚生労働省医薬局", is that brand speaking: read as before.)
    const named = !reported && !person ? ownName(norm.text) : null;
    const own = named !== null && !hits.some((h) => h.index < named[1] && h.index + h.length > named[0]) ? named : null;
    if (own !== null) {
      const brands: BrandClaim[] = [];
      const mentions: BrandClaim[] = [];
      for (const c of claims) {
        const speaks = hits.some((h) => h.brand.id === c.brandId && !BROUGHT.test(norm.text.slice(h.index + h.length, h.index + h.length + 24))
          && !TURNED_TO.test(norm.text.slice(h.index + h.length, h.index + h.length + 12)));
        (speaks ? brands : mentions).push(c);
      }
      return { brands, mentions };
    }
    // A writer who opens by naming themself by a person's role and surname, a role that is no desk and holds no brand of ours
    // ("税理士の藤田です。…国税庁の公表サイトで確認しました", "専務の渡辺です。…警察と取引銀行に共有済み"), speaks as that person: a brand
    // named later is what they talk of, claimed only under a heading or as "Xです", as in a person's chat (below).
    // (Not beside gift cards to buy, "Apple Gift Cardを買って裏の番号を": no colleague asks them, and the card's maker is weighed as before.)
    const colleague = !reported && !person && introducesSelf(norm.text, hits) && !lures.some((l) => l.category === GIFT_CARD && !l.quoted);
    if (!reported && !person && !colleague) {
      // Whoever speaks, a public body named only as where the reader turns ("不審な電話は警察へ", "警察相談専用電話#9110に
      // ご相談ください") is where the reader is sent, not who sends.
      // So is a messenger named only as the way to reach the sender ("変更はLINEまたはお電話で", "ご予約はLINEから"): the medium, not
      // who speaks; any other mention of it (a 【header】, "LINEです", "LINEアカウントが…") keeps it claimed.
      // (A payment app as the route only where no lure or pressure speaks: "Pague a taxa…pelo PayPay para liberar sua encomenda" is
      // the parcel-fee lure in the app's name.)
      const quiet = !lures.some((l) => !l.quoted && (l.kind === 'lure' || l.kind === 'pressure'));
      const turnedTo = (c: BrandClaim): boolean => hits.every((h) => h.brand.id !== c.brandId
        || (h.brand.category === 'government' && TURNED_TO.test(norm.text.slice(h.index + h.length, h.index + h.length + 12)))
        || (messengerBrands.has(h.brand.id) && !bracketed(norm.text, h.index, h.length) && AS_WAY.test(norm.text.slice(h.index + h.length, h.index + h.length + 6)))
        || (h.brand.category === 'bank' && holdsPersonsAccount(norm.text, h.index, h.length))
        || usedByWriter(norm.text, norm.lower, h.index, h.length)
        || pricedBetweenPeople(norm.text, norm.lower, h.index, h.length)
        || (h.brand.category === 'payment' && quiet && payRoute(norm.text, norm.lower, h.index, h.length)));
      if (!claims.some(turnedTo)) return { brands: claims, mentions: [] };
      return { brands: claims.filter((c) => !turnedTo(c)), mentions: claims.filter(turnedTo) };
    }
    const brands: BrandClaim[] = [];
    const mentions: BrandClaim[] = [];
    for (const c of claims) {
      const h = hits.find((x) => x.brand.id === c.brandId);
      // A report keeps only its sender's own header at the very start (not one it forwards); a person's chat keeps
      // the names it speaks as: a 【header】, or "Xです", "Xより", "Xからのお知らせ".
      const header = h !== undefined && (reported
        ? bracketed(norm.text, h.index, h.length) && h.index <= 1 && !inQuote(split, h.index, true)
        // (Not inside quotation marks: 「警察ですが…」 is the caller the person tells of.)
        : speaksAsAt(norm.text, h.index, h.length) && !withinMarks(norm.text, h.index));
      (header ? brands : mentions).push(c);
    }
    return { brands, mentions };
  }

  /**
   * The message links, live and outside any quotation, to a page no brand we know and no
   * registrant-restricted body owns. A warning's security words (なりすまし, フィッシング) do not
   * make such a message a report: a warning points at the scam's link defanged or quoted, or at an
   * official page; a lure says "フィッシング詐欺の被害防止のため" and sends the reader to its own page
   * asserting a problem or asking (一時停止しました, こちらから, ご確認ください): the caller checks those.
   */
  function sendsOwnLiveLink(norm: NormalizedText, indicators: Indicators, split: QuoteSplit): boolean {
    if (norm.tricks.includes('defanged') || indicators.urls.length === 0) return false;
    return indicators.urls.some((u) => !u.redacted && onStrangersSite(u) && !inQuote(split, norm.lower.indexOf(u.raw.toLowerCase())));
  }

  /**
   * A warning's frame around the message's own live link, unquoted, to a page nobody we know owns, sent by a
   * sender that vouches for nothing (a handset, an 050 line, abroad, a letters ID; or none known), where the
   * frame is the lure's cover, not a report: either a bare caution to the reader that names no scam
   * ("気をつけて!あなたの写真が出回ってるよ", `cautionOnly`) beside a page made to be thrown away (a
   * phishing-heavy TLD, free hosting, a raw IP, an instruction-named host), or a warning that vouches for its
   * own link as the safe or genuine one ("正規の追跡アプリはこちら"): a real warning sends readers to an
   * official site or store. A person telling of a scam they got ("これ詐欺SMSだよね? …", "これ来てた→…") names
   * it as one and vouches for no link; one that says not to open the link it shows is not counted either.
   */
  function warnsIntoStrangersPage(norm: NormalizedText, indicators: Indicators, split: QuoteSplit, sender: SenderInfo | null, cautionOnly: boolean): boolean {
    // (openLine takes in numbers abroad.)
    if (sender !== null && !openLine(sender) && !lettersId(sender)) return false;
    if (norm.tricks.includes('defanged') || DISOWNS_LINK.test(norm.lower)) return false;
    const vouches = VOUCHES_FOR_LINK.test(norm.lower) && POINTS_TO_LINK.test(norm.lower);
    if (!vouches && !cautionOnly) return false;
    const brandsOfSender = sender?.brandIds ?? [];
    for (const u of indicators.urls) {
      if (u.redacted || !onStrangersSite(u) || inQuote(split, norm.lower.indexOf(u.raw.toLowerCase()))) continue;
      const kind = throwawayHost(u, brandsOfSender);
      if (vouches || (kind !== false && kind !== 'shortener')) return true;
    }
    return false;
  }

  /** Whether the span at `at` lies inside a longer legal-threat cue (an accusation that names the crime). */
  function withinAccusation(lures: readonly LureMatch[], at: number, length: number): boolean {
    for (const l of luresOfCategory(lures, 'legal-threat')) if (l.cue.length > length && l.index <= at && at + length <= l.index + l.cue.length) return true;
    return false;
  }

  function build(classifySender: (raw: string) => SenderInfo): Engine {
    /** The facts, and the indicators as extracted (the checks of a reported scam see only its live links). */
    function facts(message: Message, reputation?: ReputationLookup): { ctx: CheckContext; extracted: Indicators } {
      const text = message.text.length > MAX_TEXT_LENGTH ? message.text.slice(0, MAX_TEXT_LENGTH) : message.text;
      const norm = normalizeText(text);
      const written = extract(norm);
      const from = message.from?.trim();
      const sender = from ? classifySender(from) : null;
      const { lower, text: cased } = scanTexts(norm);
      const nameHits: { brand: Brand; index: number; length: number }[] = [];
      const lures: LureMatch[] = [];
      const reports: { at: number; length: number }[] = [];
      const topics: number[] = [];
      // Plain text has no letter with a diacritic to fold (and the fold's scan costs a pass). The text's
      // end is a sentence's end: plain endings ("振り込まれたよ") match as they do before 。.
      const folded = norm.plain ? lower : foldDiacritics(lower);
      for (const h of matchText(`${folded}。`, `${cased}。`)) {
        if ('brand' in h.tag) nameHits.push({ brand: h.tag.brand, index: h.index, length: h.phrase.length });
        else {
          const cat = h.tag.lure;
          if (cat.kind === 'report') {
            if (cat.id === TOPIC) topics.push(h.index);
            else reports.push({ at: h.index, length: h.phrase.length });
          }
          // "最終回" is a series' last episode or a last round, not a deadline: the pressure word is half of it.
          if (cat.kind === 'pressure' && h.phrase === '最終' && lower[h.index + 2] === '回') continue;
          // "緊急連絡先", "緊急連絡網", "緊急時は", "緊急の際は": the emergency contact an itinerary, a school or a lease lists, or what
          // to do if one arises, a noun or a condition; no emergency is told and nothing is hurried (a tour's "遅れる場合はツアー案内書の
          // 緊急連絡先へ": EMERGENCY_CONTACT_NOUN). The heading "【緊急連絡】" and "緊急です" still press.
          if ((h.phrase === '緊急' || h.phrase === '緊急連絡') && (EMERGENCY_CONTACT.test(lower.slice(h.index, h.index + 6))
            || (written.phones.length === 0 && EMERGENCY_CONTACT_NOUN.test(lower.slice(h.index, h.index + 12))))) continue;
          if (lineInsideWord(h.phrase, lower, h.index)) continue;
          if (withinLongerWord(cat, h.phrase, folded, h.index)) continue;
          // A request's or a hand-over's verb in its て-form that goes on into the progressive ("ワンタイムパスワードを送信しています",
          // "お振込みを確認しております"): the writer's own act told as under way, no request (that is "送信してください",
          // "送信していただけますか"). A bank tells what it sends to both addresses; the lure asks it back.
          if ((cat.kind === 'verb' || cat.kind === 'ask') && teFormEnd(h.phrase) && (ONGOING_AFTER.test(lower.slice(h.index + h.phrase.length, h.index + h.phrase.length + 6))
            || FAVOUR_RECEIVED_AFTER.test(lower.slice(h.index + h.phrase.length, h.index + h.phrase.length + 8)))) continue;
          // Tagalog "Nay," (Mom) is a vocative: it opens the message or follows a greeting. After another word it is the
          // Vietnamese "nay" of hôm nay, năm nay, chiều nay (today, this year, this afternoon) folded, no person's voice.
          if (cat.id === 'personal' && h.phrase === 'nay,' && afterWord(folded, h.index)) continue;
          // "いいね!を押す", "いいね!の数": the Like button named, a noun, not a person's "ね!" (a task scam's "いいね!を押すだけで1件300円").
          if (cat.id === 'personal' && h.phrase === 'ね!' && LIKE_BUTTON.test(lower.slice(Math.max(0, h.index - 2), h.index + 6))) continue;
          lures.push({ kind: cat.kind, category: cat.id, cue: h.phrase, index: h.index, quoted: false });
        }
      }
      // Damage told of others with where it happens between the cue's parts ("被害が市内で発生", "相談が県内でも相次いで"): the same
      // report-topic as "被害が発生" (data/lures.json), the consumer bodies' and the police's register for a warning, which names a
      // place the way their alerts do (国民生活センター 見守り新鮮情報, 警察署の防犯メール).
      // Only damage a scam did, named before it in its sentence (a lure's own word, a line quoted as what is said, 詐欺): "シロアリ
      // 被害が近隣で多発" is a pest, and the door-to-door inspection that tells it is a sales pitch, no warning.
      const placed = PLACED_DAMAGE.exec(lower);
      if (placed !== null && !topics.includes(placed.index) && scamDamage(norm.text, lower, lures, placed.index)) {
        topics.push(placed.index);
        const at = lures.findIndex((l) => l.index > placed.index);
        lures.splice(at < 0 ? lures.length : at, 0, { kind: 'report', category: TOPIC, cue: placed[0], index: placed.index, quoted: false });
      }
      const extracted = namesNotLinks(written, nameHits, lower);
      // A text written in kana alone is read again in one script (lures/kana.ts): the cues it spells in kana, at the
      // places in the text they stand, beside those found as written.
      const kana = kanaView(folded);
      if (kana !== null) {
        for (const h of kanaMatcher()(`${kana.view}。`, `${kana.view}。`)) {
          const cat = h.tag;
          if (cat.kind === 'report') continue;
          const index = h.index < kana.at.length ? (kana.at[h.index] as number) : folded.length;
          if (lures.some((l) => l.category === cat.id && l.index === index)) continue;
          lures.push({ kind: cat.kind, category: cat.id, cue: h.phrase, index, quoted: false });
        }
        lures.sort((a, b) => a.index - b.index);
      }
      // Offers told by their amounts and rates (lures/offers.ts), as cues of their families.
      const offers = offerLures(folded);
      for (let k = 0; k < offers.length; k++) lures.push(offers[k] as LureMatch);
      dropPromisedPressure(lures);
      dropIdPapersBrought(lures, norm.text, lower, written);
      dropOwnBookingFee(lures, norm.text);
      dropBookingConfirmed(lures, folded, written);
      dropSharedFee(lures, folded);
      dropInsistence(lures, folded);
      dropStudyGroupUnframed(lures, folded);
      dropMembersArrears(lures, folded);
      dropVisitOverdue(lures, folded);
      dropStopAfterLoss(lures, norm.text, folded);
      dropDebitRetried(lures, folded, written);
      dropPayeeAccount(lures, folded);
      dropSurpriseKept(lures, folded);
      dropIdCardPictured(lures, folded);
      dropOwnPropertyHeld(lures);
      dropAbsenceToSlip(lures, written);
      dropPayAtMeeting(lures, norm.text, lower);
      dropShiftPay(lures, folded);
      const split = splitQuotes(norm.text, norm.lower, data.lures.reportTails ?? [], data.lures.reportLeads ?? []);
      // About a scam: its own words warn, ask or tell of one ("これ詐欺？", "是詐騙", "ठगी हो"), or it
      // passes one on (「…」って来た, Fw:, ↑これ). A report word inside what it passes on is the scam's.
      const passesOn = split.told && split.own >= 2;
      // A scam's name inside an accusation against the reader is the lure's threat, not a report of one: inside a
      // longer legal-threat cue ("口座が詐欺に使われ"), or in a sentence that names the reader's own account.
      // "귀하 명의의 계좌가 보이스피싱 조직에 이용되었습니다", "您的账户涉嫌诈骗": a crime word whose sentence
      // names the reader's own account or name as what the crime used accuses the reader, the fake police's
      // opening, in the message's own words; a warning quotes that line or tells it as what scammers say
      // ("…というSMS", "说你的银行卡…").
      const accusations: number[] = [];
      for (const l of lures) if (l.category === ACCUSED && !inQuote(split, l.index) && !toldOfAfter(norm.text, norm.lower, sentenceAt(norm.text, l.index)[0])) accusations.push(l.index);
      const accuses = (at: number): boolean => {
        if (accusations.length === 0) return false;
        const [s, e] = sentenceAt(norm.text, at);
        return accusations.some((a) => a >= s && a < e);
      };
      // A bare caution ("気をつけて!", "注意して") that names no scam: see warnsIntoStrangersPage.
      const cautionOnly = topics.length === 0 && reports.length > 0 && reports.every((r) => CAUTION.test(lower.slice(r.at, r.at + r.length)))
        && !lures.some((l) => l.category === 'crime-name' || l.category === 'scam-awareness');
      // A link written so it cannot be tapped (x[.]top, hxxps://) by a message that in its own words tells the reader not
      // to open it, or warns of texts going round: a warning showing the scam's link, with no live page of a stranger's
      // beside it and no accusation of the reader (a lure that defangs its own link says none of this).
      const defangedWarning = norm.tricks.includes('defanged') && accusations.length === 0
        && disownsDefanged(folded)
        && !liveOnly(extracted, norm).urls.some(onStrangersSite);
      // A live link named the fake one by a caution, beside only links some owner we know holds: the scam's, shown.
      const namedFakeWarning = accusations.length === 0 && namesFakeBesideOfficial(norm, extracted.urls, (u) => !onStrangersSite(u));
      // "教えちゃだめ" warns about something to keep (a PIN, a code, the account: "暗証番号は誰にも教えちゃだめだよ"). Said of the
      // matter itself ("このことは誰にも教えちゃだめ", "今回の件は教えたらあかん"), it is the オレオレ's secrecy, no warning.
      const guardsAgainst = (r: { at: number; length: number }): boolean => GUARD_BEFORE.test(folded.slice(Math.max(0, r.at - 28), r.at))
        || GUARD_AFTER.test(folded.slice(r.at + r.length, r.at + r.length + 12));
      const threatensToPass = (r: { at: number; length: number }): boolean => {
        if (!FORWARD_WORD.test(folded.slice(r.at, r.at + r.length))) return false;
        const [s] = sentenceAt(norm.text, r.at);
        return PASSED_TO_AUTHORITY.test(folded.slice(s, r.at + r.length));
      };
      const keepsNothing = (r: { at: number; length: number }): boolean => {
        if (!TELL_NOT.test(lower.slice(r.at, r.at + r.length))) return false;
        const [s] = sentenceAt(norm.text, r.at);
        return THE_MATTER.test(norm.text.slice(s, r.at));
      };
      // The offer or the move the message describes called a crime in its own words, in the affirmative (prohibits: "…をうたう求人は
      // 闇バイトです", "…requests to move to Telegram are criminal", "Đây là tội phạm", "口座を売るのは犯罪です"): the message warns of
      // it, so the moves, offers and jobs it describes are the scam's, as a security word makes a topic of them. A recruiter never
      // calls its own offer a crime ("闇バイトではありません" is the lure's, and no cue reads it); an accusation of the reader
      // ("口座が犯罪に使われています") stays the fake police's (accuses), and a live page of a stranger's beside it keeps the
      // message its own (the topic rule below).
      for (const l of lures) if (l.category === 'prohibits' && !l.quoted && CRIME_SAID.test(l.cue) && !CRIME_DENIED.test(folded.slice(Math.max(0, l.index - 12), l.index))) topics.push(l.index);
      let reported = passesOn || defangedWarning || namedFakeWarning || (reports.some((r) => !inQuote(split, r.at, true) && !withinAccusation(lures, r.at, r.length) && !accuses(r.at) && !keepsNothing(r) && !threatensToPass(r) && !guardsAgainst(r))
        && !warnsIntoStrangersPage(norm, extracted, split, sender, cautionOnly));
      // Security words (なりすまし, フィッシング) in its own words make a report unless it sends the
      // reader, live and unquoted, to a page nobody we know owns while asserting a problem or asking.
      if (!reported && topics.some((at) => !inQuote(split, at, true) && !accuses(at))) {
        reported = !warnsIntoStrangersPage(norm, extracted, split, sender, false) && !(sendsOwnLiveLink(norm, extracted, split) && lures.some((l) => l.kind === 'lure' || l.kind === 'pressure' || l.category === 'link-ref' || l.category === 'resolve' || l.category === 'request'));
      }
      // Lure words a "never does" sentence disowns, or quoted as examples of what scams say, are not the message's own.
      const notDisowned = (ls: LureMatch[]): LureMatch[] => withoutExamples(withoutDisowned(ls, norm.text, folded), norm.text, data.lures.reportTails ?? []);
      if (!reported) return { ctx: assemble(message, norm, extracted, sender, notDisowned(lures), nameHits, false, split, reputation), extracted };
      // A message about a scam: its lure wording is the scam's. With quotation marks, only the quoted part is.
      // A loop and the literal below, not map and a spread: optimised code that gets arrays or
      // objects of another shape than it was compiled for is thrown away and compiled again.
      const marked: LureMatch[] = [];
      for (const l of lures) marked.push({ kind: l.kind, category: l.category, cue: l.cue, index: l.index, quoted: l.kind !== 'report' && (split.spans.length === 0 || inQuote(split, l.index)) });
      const ctx = assemble(message, norm, extracted, sender, notDisowned(marked), nameHits, true, split, reputation);
      if (passesOn) return { ctx, extracted };
      const own = notDisowned(lures);
      // Report words alone ("詐騙", "사기", "lừa đảo", "scam") are also what a lure accuses the reader
      // with ("您的護照被用於詐騙,請立即回電 050-…"): a message that, in its own words, asks the reader
      // to call a number, reply with data or pay through a channel its claimed sender does not own is
      // that scam asking, not a warning about one, whatever it calls it.
      // Its own words are those outside quotation marks: a warning's quote holds the scam's asks ("Got this text: \"…call now…\"").
      let unquoted = own;
      if (split.spans.length > 0) {
        unquoted = [];
        for (const l of own) unquoted.push(l.kind !== 'report' && !l.quoted && inQuote(split, l.index) ? { kind: l.kind, category: l.category, cue: l.cue, index: l.index, quoted: true } : l);
      }
      const asking = assemble(message, norm, extracted, sender, unquoted, nameHits, false, split, reputation);
      return { ctx: asksThroughStranger(asking) ? asking : ctx, extracted };
    }

    /** The rest of the facts, once whose words are whose is settled. */
    // A link whose host was built for the message it came in: named for what it asks, or an address.
    const madeForMessage = (u: ExtractedUrl): boolean => {
      const kind = throwawayHost(u, []);
      return kind === 'named' || kind === 'address' || kind === 'dressed';
    };

    function assemble(message: Message, norm: NormalizedText, extracted: Indicators, sender: SenderInfo | null, lures0: LureMatch[], nameHits: readonly { brand: Brand; index: number; length: number }[], reported: boolean, split: QuoteSplit, reputation?: ReputationLookup): CheckContext {
      // A scam passed on with its link defanged (hxxps://…[.]top, "sagawa-rd . cc") leaves nothing to tap: only live links count.
      const indicators = reported ? liveOnly(extracted, norm) : extracted;
      // "房租我已经转到你三井住友的账户了", "em chuyen vao tai khoan Yucho cua chi roi nha": a transfer told as done.
      const told = reported || extracted.urls.length > 0 ? NO_SPANS : toldDone(lures0, norm.text);
      const approached = reported ? NO_SPANS : toldApproached(norm.text, norm.lower);
      const lures = told.length > 0 || approached.length > 0 ? quotedWithin(lures0, [...told, ...approached]) : lures0;
      // The bank named where the money went is the reader's, named by a person (not "【X】", not "Xです").
      const toldOf = told.length > 0 && nameHits.some((h) => told.some(([s, e]) => h.index >= s && h.index < e));
      const person = personVoice(lures, nameHits, norm) || (toldOf && !lures.some((l) => l.kind === 'register' && l.category === 'business' && !l.quoted));
      const spoken = whoSpeaks(withoutMedia(claimsFrom(nameHits, norm), nameHits, norm), nameHits, person, reported, split, norm, lures);
      const { brands, mentions } = namedInDisowned(spoken, lures, nameHits, norm);
      const names: { brandId: string; index: number; length: number; header: boolean }[] = [];
      for (const h of nameHits) names.push({ brandId: h.brand.id, index: h.index, length: h.length, header: bracketed(norm.text, h.index, h.length) });
      const asks = findAsks({ norm, indicators, sender, lures, reported, brands, names });
      return { message, norm, indicators, sender, brands, mentions, lures, asks, reported, person, reputation: lookupReputation(reputation, indicators, sender), classifySender, madeForMessage };
    }

    /**
     * The message's own words press the reader to ring a number written beside the ask (or one the words right after it
     * send the reader to: "050-… に電話して", "…まで。"), or to reply with personal data, through a channel its claimed
     * sender does not own (checks/ask-channel.ts); pressed by an urgency word, or by making the call the remedy of an
     * alarm the message raises in its own words ("不正利用されています。止めるには…まで").
     * Links are left out: a warning pastes the scam's link without quotation marks as often as a lure does.
     */
    function asksThroughStranger(ctx: CheckContext): boolean {
      // A warning offers a line to ring if in doubt ("不審な電話があった場合は…", "不安なら…にお電話ください")
      // and says what the real office never does; the lure presses, unconditionally ("請立即回電").
      // A code arriving on the reader's phone, asked in its own words to be passed on ("なりすまし防止のため、届いた
      // 認証番号を返信してください"), is asked whatever else the message calls a scam: no service needs its code
      // relayed, and a warning says never to pass it on or tells the ask as what the scammer says ("…と言われても").
      if (ctx.asks.some((a) => a.kind === 'share-code' && !a.quoted && !conditional(ctx, a) && !relayToldOf(ctx, a))) return true;
      // A call is asked by its cue beside the number, or by the words right after the number ("…に電話して", "…まで。").
      // What presses is an urgency word, or the call made the remedy of a problem the message asserts ("止めるには…まで").
      if (luresOfCategory(ctx.lures, 'never-does').length > 0) return false;
      const pressed = ctx.lures.some((l) => l.kind === 'pressure' && !l.quoted);
      return unownedAsks(ctx, lookups, appStores).some((a) => !a.quoted && (!a.implied || a.kind === 'call') && !conditional(ctx, a)
        && (pressed || (a.kind === 'call' && remedyOfOwnAlarm(ctx, a)))
        && ((STRANGER_ASKS.has(a.kind) && !a.implied) || (a.kind === 'call' && a.channel.type === 'phone' && callsWritten(ctx, a))));
    }

    function vouchedNewLine(ctx: CheckContext): boolean {
      if (ctx.indicators.urls.length > 0 || ctx.indicators.emails.length > 0) return false;
      if (!ctx.lures.some((l) => !l.quoted && l.category === 'vouched')) return false;
      if (ctx.lures.some((l) => !l.quoted && (l.kind === 'pressure' || (l.kind === 'lure' && l.category !== 'family')))) return false;
      if (ctx.asks.some((a) => !a.quoted)) return false;
      return bareNewLine(ctx);
    }
    function driversOwnVisit(ctx: CheckContext): boolean {
      if (!ctx.lures.some((l) => !l.quoted && l.kind === 'lure' && l.category === 'delivery')) return false;
      const id = identityOf(ctx, lookups);
      // (Not the company's own voice on a handset, "ヤマト運輸より:…再配達は080-…へ": the company texts from its registered
      // senders, not a driver's phone; ask-channel.ts companyOnHandset.)
      if (!id.visitHandset || !id.driversReply || id.companyOnHandset) return false;
      // What the reply settles is the visit: a time, a day, the reader's convenience, a Y/N or one of two numbered choices. A name,
      // an address or a recipient asked back ("受取人名義を返信でご教示ください") is more than the visit needs.
      if (!VISIT_ANSWER.test(ctx.norm.lower)) return false;
      const s = ctx.sender?.normalized;
      return ctx.asks.every((a) => a.quoted || ((a.kind === 'reply-yes-no' || a.kind === 'call') && (a.channel.type === 'reply' || a.channel.type === 'unstated' || a.channel.value === s)));
    }

    function context(message: Message, reputation?: ReputationLookup): CheckContext {
      return facts(message, reputation).ctx;
    }

    function analyse(message: Message, reputation?: ReputationLookup): Analysis {
      const { ctx, extracted } = facts(message, reputation);
      const reasons: Reason[] = [];
      let rules = 0;
      let credit = 0;
      let known = false;
      // Indexed loops: the checks' call site sees seven functions, and an iterator over each
      // answer cost more there than the loop body.
      for (let c = 0; c < checks.length; c++) {
        const found = (checks[c] as Check)(ctx);
        for (let k = 0; k < found.length; k++) {
          const r = found[k] as Reason;
          if (r.weight === 0 && !NAMED_AT_ZERO.has(r.code)) continue;
          reasons.push(r);
          rules += r.weight;
          if (OWN_CHANNEL.has(r.code)) credit += r.weight;
          if (REPUTATION.has(r.code)) known = true;
        }
      }
      // A claim whose channel is foreign and a risky ask through that very channel (checks/claim-channel.ts): the
      // impersonation itself, weighed as one more finding so that the rules, not the model, carry it to block.
      const via = askThroughUnownedChannel(ctx, reasons, () => blockingAsks(ctx, lookups, appStores), (a) => {
        const u = a.channel.type === 'url' ? ctx.indicators.urls.find((x) => x.normalized === a.channel.value) : undefined;
        const kind = u === undefined ? false : throwawayHost(u, ctx.sender?.brandIds ?? []);
        return kind !== false && kind !== 'shortener';
      });
      // Up to its weight and never past block: it carries the rules to block, not past the model's doubt (a clinic's own
      // 050 line asking a call back about an unpaid bill reaches block on the rules already, and the model may still hold it).
      const lift = via === undefined ? 0 : Math.min(weights.CLAIM_CHANNEL_ASK, thresholds.block - rules);
      if (via !== undefined && lift > 0) {
        reasons.push(reason('CLAIM_CHANNEL_ASK', lift, () => ({
          en: `Claims to be someone whose line, number or page this is not, and asks you to act through it (${ASK_SAID[via.kind] ?? via.kind}): whoever holds that channel gets what you give`,
          ja: `名乗っている相手のものではない回線・番号・ページを通して、行動を求めています（${ASK_SAID_JA[via.kind] ?? via.kind}）。応じた内容はその回線・ページの持ち主に渡ります`,
          detail: { ask: via.kind, channel: via.channel.type, ...(via.channel.value ? { via: via.channel.value } : {}) },
        })));
        rules += lift;
      }
      // A page built for the message, from a line that vouches for nothing, beside money, a deadline, a problem, a job or an
      // investment told (checks/made-page.ts): the lure that names no brand asks through a channel nobody we know owns.
      // A link whose dots the text wrote as 。 or spaced apart ("nisa-tsumitate-saisettei。com", "h t t p s://") was spelt to
      // pass link filters: nobody writes their own site so, and it is mended before it is read (normalize/index.ts).
      const spelt = ctx.norm.tricks.includes('dot-substitute') || ctx.norm.tricks.includes('space-in-url');
      const made = askThroughMadePage(ctx, reasons, () => blockingAsks(ctx, lookups, appStores), (u) => builtPageKind(u, ctx.sender?.brandIds ?? [], spelt), onStrangersSite);
      const madeLift = made === undefined ? 0 : Math.min(weights.MADE_PAGE_ASK, thresholds.block - rules);
      if (made !== undefined && madeLift > 0) {
        const host = made.channel.type === 'url' ? made.channel.host : made.channel.value;
        reasons.push(reason('MADE_PAGE_ASK', madeLift, () => ({
          en: `Sends you, from a line that vouches for no one, to a page built for this message (${host}: a host dressed as an official one, named for what it asks, on a free host or a cheap domain, or hidden behind a shortener) to act on the money, deadline, problem or job it tells of: nobody you know owns that page, and whoever made it gets what you enter`,
          ja: `身元を保証しない送信元から、このメッセージのために作られたページ（${host}：公的・公式に見せかけたドメイン、指示語の名前、無料ホスティングや安価なドメイン、短縮URLなど）へ誘導し、お金・期限・不具合・仕事などへの対応を求めています。そのページの持ち主は分からず、入力した内容は作成者に渡ります`,
          detail: { ask: made.kind, channel: made.channel.type, ...(made.channel.value ? { via: made.channel.value } : {}) },
        })));
        rules += madeLift;
      }
      // A move to a messenger account from a line that vouches for nothing, tied to something of value (money paid first or
      // collected, returns or pay offered, a job, goods, the reader's data, a secret kept from whoever would check:
      // checks/messenger-stake.ts): the move and its stake are the lure's one ask, weighed up to block and never past it.
      const staked = moveWithStake(ctx, reasons, () => blockingAsks(ctx, lookups, appStores));
      const stakeLift = staked === undefined ? 0 : Math.min(weights.MESSENGER_STAKE_ASK, thresholds.block - rules);
      if (staked !== undefined && stakeLift > 0) {
        reasons.push(reason('MESSENGER_STAKE_ASK', stakeLift, () => ({
          en: `Moves you, from a line that vouches for no one, to a messenger account (${staked.move.channel.value}) and ties something of value to the move (money to pay or collect, pay or returns offered, a job, goods, your data or a secret): off the carrier's network nobody can trace who holds that account`,
          ja: `身元を保証しない送信元から、LINE・Telegram・WhatsAppなどのアカウント（${staked.move.channel.value}）へ移るよう求め、その先にお金の支払い・受け取り、報酬や利益、仕事、品物、個人情報、口止めなどを結びつけています。携帯会社の網の外では、そのアカウントの持ち主をたどれません`,
          detail: { ask: 'messenger', stake: staked.stake, via: staked.move.channel.value },
        })));
        rules += stakeLift;
      }
      // An old acquaintance's new contact given as a messenger account with nothing at stake (checks/messenger-stake.ts): it
      // flags, never blocks, since a real classmate writes the same.
      const gapLift = newContactAfterGap(ctx, reasons) ? Math.min(weights.MESSENGER_NEW_CONTACT, thresholds.block - 1 - rules) : 0;
      if (gapLift > 0) {
        reasons.push(reason('MESSENGER_NEW_CONTACT', gapLift, () => ({
          en: 'Greets you after a long gap and gives a new contact as a messenger account: you know this person, if at all, by an old number or account, not this one; it is how a stranger posing as an old acquaintance opens',
          ja: '久しぶりの挨拶とともに、新しい連絡先としてLINEなどのアカウントを伝えています。相手を確かめられるのは以前の番号・アカウントで、この連絡先ではありません（古い知人を装う最初の連絡の手口です）',
        })));
        rules += gapLift;
      }
      // A notice whose every ask goes through the claimed sender's own channels (its app, its site, its
      // number), sent from a line that does not contradict the claim, leaves the reader nothing to act on but
      // the real brand: its fear words ("利用停止予定日", "未払い") are the brand's own notice, not an
      // impersonation. The lure itself still counts; only the brand-and-lure surcharge goes.
      // So does one that gives no way in at all: sent from a letters ID (which cannot be replied to or rung), with no
      // link, number or e-mail written and nothing asked but through ways the reader already knows (its app, a
      // counter, the paper in hand). Spoofed or not, such a message leaves a scammer nothing to collect.
      const closed = noWayIn(ctx);
      if ((credit < 0 && reasons.some((r) => r.code === 'ASK_OWN_CHANNEL') && !reasons.some((r) => SENDER_CONTRADICTS.has(r.code))) || closed) {
        rules -= dropReason(reasons, 'BRAND_LURE');
      }
      // With no way in, "put it right" can only be done through ways the reader already knows (blockingAsks drops it too),
      // and the brand's name claims nothing a stranger could use: the reader acts, if at all, in the brand's own app, at its
      // counter or on the paper in hand ("DAZNアプリの「マイ・アカウント」から", "明細はOliveアプリで"), so it is not weighed.
      if (closed) {
        rules -= dropReason(reasons, 'ASK_RESOLVE');
        rules -= dropReason(reasons, 'BRAND_CLAIMED');
        // Nor do its lure words and its haste: LURE and PRESSURE stand for a problem told to move the reader through the way the
        // message gives, and it gives none a stranger holds. A letters ID's "不正な出金の可能性…詳細は公式アプリで" or "持ち戻りました
        // …ご不在連絡票に記載の番号で" is the brand's notice read where the reader already goes, or a spoof that collects nothing.
        // (Only where the message itself names that way, own-way or never-does: a letters ID's first part of a split message,
        // "【NTTドコモ】(1/2)…本日中に全ての通信サービスを停止いたします", may carry its link in the part that follows.)
        // And only from a letters ID, which no one can reply to or ring: a handset's or a number abroad's "アプリで話してた…" is
        // still a way in (its own line).
        if (lettersId(ctx.sender) && ctx.lures.some((l) => !l.quoted && (l.category === 'own-way' || l.category === 'never-does'))) {
          rules -= dropReason(reasons, 'LURE');
          rules -= dropReason(reasons, 'PRESSURE');
        }
      }
      // A courier's worker writing from their own handset about the visit (ask-channel.ts identityOf visitHandset and driversReply:
      // no link, no number but that handset, no other lure, nothing pressed) and asking only a time, a Y/N or a call back on that
      // same line: the parcel's words (ご不在でした, お届けに伺いましたが) are the visit itself. The delivery lure stands for the
      // redelivery page or fee the fake courier sends the reader to, and this message sends them nowhere but back to the driver.
      if (!ctx.reported && reasons.some((r) => r.code === 'LURE') && driversOwnVisit(ctx)) rules -= dropReason(reasons, 'LURE');
      // A relative's new number that invites the check the "hi mum" and オレオレ openers exist to avoid: the old line kept open or
      // offered to ring ("the old one still works until Friday if you want to check", "số cũ vẫn dùng được…gọi thử", "古い方は…
      // 両方つながる"), the number said unchanged, or what the two already said face to face or on the phone (`vouched`). The family
      // lure stands for a writer cutting the reader off from the line they know; one who sends them back to it tells no lure, as
      // long as the number's story is all there is (bareNewLine: no trouble, favour, money, code or hurry) and nothing is asked,
      // linked or pressed. (A vouched number beside any ask keeps the lure: the ask is weighed as it stands.)
      if (!ctx.reported && reasons.some((r) => r.code === 'LURE') && vouchedNewLine(ctx)) rules -= dropReason(reasons, 'LURE');
      if (modelCheck) {
        // Only a handset sending a link: no other finding of the rules.
        let linkOnly = false;
        let substantive = false;
        for (const r of reasons) {
          if (STRUCTURAL.has(r.code)) linkOnly = true;
          else if (r.weight > 0) substantive = true;
        }
        linkOnly &&= !substantive;
        // A message that only tells how to stop the messages: the model's doubt alone does not tag it either.
        const quiet = linkOnly || (!substantive && optOutOnly(ctx.norm));
        for (const r of modelCheck(ctx)) {
          // The model reads the whole text: in a message about a scam, its suspicion is the quoted scam's,
          // unless the scam's link is still live in it (passing the message on passes the link on).
          if (ctx.reported && r.weight > 0 && !strangersLink(ctx)) continue;
          // The model may add its doubt, never outweigh a channel the claimed sender owns. When the
          // rules found nothing but a handset sending a link (a friend's restaurant or photo link), the
          // model's doubt alone does not tag it: our corpora hold more such lures than a carrier carries.
          const cap = credit < 0 ? -credit / 2 : quiet ? Math.max(0, thresholds.suspicious - 1 - rules) : Infinity;
          const weight = r.weight > cap ? Math.round(cap * 10) / 10 : r.weight;
          if (Math.abs(weight) >= 1) reasons.push(weight === r.weight ? r : reweighed(r, weight));
        }
      }
      sortByWeight(reasons);
      const score = scoreOf(reasons);
      let verdict = verdictFor(score, reasons, thresholds);
      // Blocking needs the message to ask something through a channel its claimed sender does not
      // own, with the rules alone at block less the model's cap (the model may not carry it), or a known-bad
      // indicator. A warning about a scam is never blocked. A teaser beside a hidden link (TEASER_LINK) only
      // tags: without its points the message must reach block, so the model cannot carry "これ見て <link>" there.
      if (verdict === 'block' && (ctx.reported || !known)) {
        const asks = !ctx.reported && blockingAsks(ctx, lookups, appStores).length > 0;
        let teaser = 0;
        let made = false;
        let tld = 0;
        let link = 0;
        for (const r of reasons) {
          if (r.code === 'TEASER_LINK') teaser += r.weight;
          else if (r.code === 'MADE_PAGE_ASK') made = true;
          else if (r.code === 'URL_SUSPICIOUS_TLD') tld += r.weight;
          else if (r.code === 'ASK_LINK') link += r.weight;
        }
        // A small business's own site on a cheap TLD shops keep their sites on (.shop, .site, .store, .online: data/url-risk.json
        // ownSiteHosts, which GMO Pepabo and JPRS sell to shops): the message signs with a name at its head and the host carries
        // it (brands/own-site.ts namedSiteLinks: "整体院ひだまりです…hidamari-seitai.shop"), and checks/made-page.ts passed the page
        // over (no lure, no money owed, no secret asked beside it: no MADE_PAGE_ASK). Its TLD still tags the host
        // (URL_SUSPICIOUS_TLD), and a handset's link to it is still asked as to a stranger's page (ASK_LINK, where no lure or
        // pressure is told beside it), but those points do not open the block: the model, whose tld feature restates that same
        // host, may not carry a salon's own bill on its own .shop to block alone. Only when every link is such a site.
        const quietPage = !ctx.lures.some((l) => !l.quoted && (l.kind === 'lure' || l.kind === 'pressure'));
        const shopTld = !made && tld > 0 && extracted.urls.length > 0 && extracted.urls.every((u) => madePageKind(u, ctx.sender?.brandIds ?? []) === 'shop-tld')
          && namedSiteLinks(ctx.norm.text, extracted.urls, shopTlds).length === extracted.urls.length ? tld + (quietPage ? link : 0) : 0;
        if (!asks || rules - teaser - shopTld < thresholds.block - weights.MODEL || score - teaser < thresholds.block) verdict = 'suspicious';
      }
      return { verdict, score, reasons, indicators: extracted, sender: ctx.sender };
    }

    return { context, analyse, withSenders: (registry) => build(createSenderClassifier(registry, data.brands.brands)) };
  }

  return build(createSenderClassifier(data.senders ?? EMPTY_SENDER_REGISTRY, data.brands.brands));
}

// A Latin word other than a greeting stands right before `index` ("hom nay," but not "hi nay," nor a message's opening "nay,").
const GREETING_BEFORE = /(?:^|[^a-z])(?:hi|hello|hey|uy|o)\s+$/;
// The Like button as a noun: "いいね!" followed by its particle or verb (を押す, の数, ボタン, が付く).
const LIKE_BUTTON = /^いいね[!！]\s*(?:を|の|が|ボタン|押|数|して|する)/;
const EMERGENCY_CONTACT = /^緊急(?:時|の際|連絡網)/;
// The emergency contact as where to turn ("ツアー案内書の緊急連絡先へ", "緊急連絡先までご連絡を"), read so only where the message
// writes no number for it: one the reader holds on paper, not one the message hands over ("緊急連絡先: 050-…"), nor the reader's
// own asked as data ("緊急連絡先をご返信ください").
const EMERGENCY_CONTACT_NOUN = /^緊急連絡先(?:へ|まで|に(?:ご?連絡|お電話|電話))/;

function afterWord(folded: string, index: number): boolean {
  const before = folded.slice(Math.max(0, index - 12), index);
  return /[a-z]\s+$/.test(before) && !GREETING_BEFORE.test(before);
}
