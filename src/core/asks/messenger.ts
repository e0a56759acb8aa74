// Move to a messenger: "add my LINE ID", a Telegram or WhatsApp handle or link. The talk then
// leaves the carrier's network, where filters and reports no longer reach.
import type { Ask, LureMatch } from '../check.js';
import { foldDiacritics } from '../lures/fold.js';
import { tellsItsCode } from '../lures/index.js';
import { anchorSet, holdsAny } from '../match/anchors.js';
import { splitTest } from '../match/split-test.js';
import { cuesOf, hasCue, inSentence, KIN_VOCATIVE, speaksAsPerson, toldAsDone, type AskFinder, type AskInput, type AskNeeds, NO_ASKS } from './types.js';

// A messenger handle written out: "LINE: uketori_job", "Telegram @jp_work", "LINEまで:@iine-work".
// (Every messenger it names is one of MESSENGER_NAMED's too: messengerNeeds reads that one.)
const HANDLE = /(?:line|telegram|テレグラム|signal|シグナル|whatsapp|kakao|カカオ|wechat|微信|viber|zalo)[^\s@:]{0,6}\s*(?:id)?\s*:\s*@?[a-z0-9][a-z0-9._-]{2,}|(?:^|[\s(:])@[a-z0-9][a-z0-9._-]{3,}/;

// A messenger named, and an account ID given ("ID: miki_0714jp", "ID：@kabu"): see below.
// (LINE as a word: not the "line" of online or deadline, nor the "ライン" of オンライン or ガイドライン.)
const MESSENGER_NAMED = /(?<![a-z])line|(?<![ァ-ヺー])ライン|telegram|テレグラム|whatsapp|kakao|カカオ|카톡|wechat|微信|viber|zalo|signal|シグナル/;
const ID_GIVEN = /(?:^|[^a-z])id\s*:\s*@?[a-z0-9][a-z0-9._-]{2,}/;
// ':' and '@', and '@' alone, read from the text's anchors (match/anchors.ts): the same answers as /[:@]/ and includes('@'),
// without a scan of their own each (String.includes over two-byte text costs some 50 ns).
const COLON_OR_AT = anchorSet(':@');
const AT = anchorSet('@');
// MESSENGER_NAMED.test, its Japanese and its ASCII words tested apart (match/split-test.ts).
const messengerNamed = splitTest(MESSENGER_NAMED);

/** Whether a host is a messenger's (lin.ee, t.me, wa.me…) or one of its subdomains. */
export function createIsMessenger(messengerHosts: readonly string[]): (host: string) => boolean {
  const hosts = new Set(messengerHosts);
  return (host) => {
    if (hosts.has(host)) return true;
    const dot = host.indexOf('.');
    return dot > 0 && hosts.has(host.slice(dot + 1));
  };
}

// An ending addressed to the reader anywhere ("こちらから手続きをしてください", "追加しといて", "見てね"):
// the message asks, whatever it tells.
const ASKS_READER = /ください|下さい|お願い|おねがい|しませんか|しましょう|[とて]いて|ておいて|[てで]ね(?!え)|ほしい|欲しい|please/;

/**
 * The message tells of a move the writer already made ("市の公式LINE、友だち追加しといた → lin.ee/…")
 * and asks none: every messenger cue is told as done, nothing is requested and no ending asks the reader. The messenger's link
 * beside it is the account the writer added, shown, as a photo's link is; the twin
 * "友だち追加してください → lin.ee/…" asks the reader to follow it.
 */
export function toldMoveDone(input: AskInput): boolean {
  if (ASKS_READER.test(input.norm.lower)) return false;
  let told = false;
  for (const l of input.lures) {
    if (l.quoted) continue;
    if (l.category === 'request' || l.category === 'hand-over') return false;
    if (l.category === 'messenger' || l.category === 'messenger-name') {
      if (!toldAsDone(input, l)) return false;
      told = true;
    }
  }
  return told;
}

// The writer's own sending or writing through the messenger, to the reader ("到了酒店给你发微信", "我把链接发你微信了", "微信发给你",
// "LINEで送るね", "LINE送っといた", "카톡 보낼게", "I'll WhatsApp you", "sent it to you on WhatsApp"): the
// writer acts in the chat the two already share; the reader is moved nowhere. Read in the messenger's clause, before or after it.
// (Not Vietnamese "nhắn Zalo cho anh": its kinship pronouns name the writer or the reader alike, so who sends is not told.)
const WRITER_SENDS_BEFORE = /(?:给你|跟你|和你|給你)(?:发|發|传|傳|打|回)(?:个|個)?(?:消息|信息|语音|語音)?(?:到|在)?$|(?:发|發|传|傳)(?:给|給)?你(?:的)?$|(?:发|發|传|傳)到你(?:的)?$|(?:^|\s)i(?:'ll| will|'ve| have)?\s+(?:send|sent|text|message|msg)\s+(?:it\s+|you\s+|them\s+)?(?:to you\s+)?(?:on|via|through|by|over)\s+$/;
const WRITER_SENDS_AFTER = /^\s*(?:上|里|裡)?\s*(?:发|發|传|傳)(?:给|給)?你|^\s*(?:で|に|にも)?\s*(?:送る(?:ね|よ|から)|送ります|送っと(?:く|いた)|送っておく|送っておいた|送った|連絡する(?:ね|よ|から)|連絡します|するね|しとく)|^\s*(?:로|으로)?\s*(?:보낼게|보냈어|보내줄게|연락할게)|^\s*(?:you|it to you|them to you)\b/;
const CLAUSE_END = /[。!?！？\n]/;

/** The messenger `c` names is where the writer sends or writes to the reader (WRITER_SENDS_*): the chat the two share. */
function writerSendsThere(input: AskInput, c: LureMatch): boolean {
  const text = input.norm.lower;
  let s = c.index;
  while (s > 0 && s > c.index - 14 && !CLAUSE_END.test(text[s - 1]!)) s--;
  let e = c.index + c.cue.length;
  while (e < text.length && e < c.index + c.cue.length + 12 && !CLAUSE_END.test(text[e]!)) e++;
  return WRITER_SENDS_BEFORE.test(text.slice(s, c.index)) || WRITER_SENDS_AFTER.test(text.slice(c.index + c.cue.length, e));
}

// How far after a messenger's name its "stays the same" may stand: "Zalo vẫn như cũ", "O WhatsApp continua o mesmo".
const SAME_WITHIN = 12;

// A move denied in its clause, the negation a few words before the messenger's name: "they do not move hiring to Telegram",
// "không chuyển qua Zalo đâu", "tidak pernah pakai WhatsApp", "hindi po kami gumagamit ng Viber", "nunca pede para ir ao
// WhatsApp". Latin-script languages put the negation before the verb; Japanese says it after (never-ask: "LINEで連絡する
// ことはありません"). No punctuation and no conjunction between: "don't tell anyone and message me on Telegram" moves; "or"
// joins the messengers the one negation denies ("do not move hiring to Telegram or WhatsApp").
const DENIED_BEFORE = /(?:^|[^a-z'])(?:do not|don't|does not|doesn't|did not|will not|won't|never|khong|chua bao gio|tidak|tak pernah|hindi|nunca|nao)\s+((?:[a-z']+\s+){0,6})$/;
const CONJUNCTION = /^(?:and|but|then|so|va|nhung|roi|dan|tapi|lalu|at|pero|e|mas)$/;

/**
 * The messenger is named as where the writer, or the genuine party the message speaks of, does not go: the warning's "real
 * companies do not move hiring to Telegram", a friend's "tuition is paid at the counter, không chuyển qua Zalo đâu". The
 * move denied is the scam's, told so the reader refuses it (国民生活センター and the police on 闇バイト and fake-job moves).
 */
function deniedMove(input: AskInput, c: LureMatch): boolean {
  const before = foldDiacritics(input.norm.lower.slice(Math.max(0, c.index - 48), c.index));
  const m = DENIED_BEFORE.exec(before);
  return m !== null && (m[1] ?? '').split(/\s+/).every((w) => !CONJUNCTION.test(w));
}

/**
 * "Zalo vẫn như cũ", "WhatsApp tetap sama", "카톡은 그대로야", "LINEはそのまま": the messenger named is
 * said to stay as it was, the opposite of a move. Only what follows the name in its clause: "my number
 * is the same, add me on Telegram" still moves the reader.
 */
function staysSame(input: AskInput, c: LureMatch): boolean {
  const end = c.index + c.cue.length;
  for (const l of input.lures) {
    if (l.category !== 'messenger-same' || l.index < end || l.index > end + SAME_WITHIN) continue;
    if (!/[。、,，.!?！？\n]/.test(input.norm.text.slice(end, l.index))) return true;
  }
  return false;
}

// The writer recalls a talk the two had, in the plain past ("先週話してた株の勉強会", "この前言ってたやつ"): someone the reader knows.
// (A stranger's casual voice, "もっと話したいから", "シグナルで話そう", recalls none.)
const SHARED_TALK = /(?:話して|言って)(?:た|いた)(?:[^。!?！？\n]{0,2})?(?:[一-龥ぁ-んァ-ヶ]|、)|(?:この前|こないだ|前に|昨日|先週)(?:話した|言った)/;

/**
 * A person the reader knows names the messenger as where the two of them go on talking ("先週話してた株の勉強会、日程決まったら
 * LINEで送るね"): in a person's voice, recalling a talk the two had (SHARED_TALK), opening no first contact (はじめまして, 突然のご連絡),
 * with no account to add (no messenger link, no ID or handle written: the two already share the chat). A stranger moves the
 * reader with an ID, a link or an introduction; a lure word beside a friend's "LINEで話そう" does not move anyone.
 */
function betweenKnown(input: AskInput): boolean {
  if (!speaksAsPerson(input) || !SHARED_TALK.test(input.norm.lower) || input.indicators.urls.length > 0 || holdsAny(input.norm.lower, COLON_OR_AT)) return false;
  return !input.lures.some((l) => !l.quoted && (l.category === 'first-contact' || l.category === 'messenger' || l.category === 'add-me'));
}

// Money as the matter: investing, a side income, earnings, a sum ("投資のことで", "副業", "稼げる", "月10万").
const MONEY_TALK = /投資|副業|副収入|稼|儲|利益|資産|株|fx|暗号資産|仮想通貨|\d\s*万|invest|profit|crypto|trading|earn/;

// The move is for details of something left unsaid ("詳細はテレグラムでお伝えします", "詳しくはこちらのLINEで",
// "详情加微信"): an offer withheld until the reader has moved, not two people keeping in touch.
export const DETAILS_THERE = /詳細|詳しく|details|详情|詳情|자세한|chi tiet|detalhes|detalles|detalye/;

// Business matters opened with the reader (data/lures.json): a recruiter hiring, a customer ordering or booking.
export const BUSINESS_MATTERS: readonly string[] = ['recruit', 'order-approach'];

// The cues createMessengerAsk moves the reader by: a messenger named, mentioned or moved to, an account to add.
const MESSENGER_CUES = ['messenger', 'messenger-name', 'messenger-mention', 'add-me'];

/**
 * What createMessengerAsk cannot find an ask without (types.ts AskNeeds): a messenger's link, a cue of MESSENGER_CUES, or, in
 * the message's own words, a ':' or '@' (`marked`) with an '@' (HANDLE's bare handle) or a messenger named (HANDLE's named
 * handle and ID_GIVEN both need MESSENGER_NAMED). (accountLost's move needs an `add-me` cue.)
 */
export function createMessengerNeeds(messengerHosts: readonly string[]): AskNeeds {
  const isMessenger = createIsMessenger(messengerHosts);
  return (input) => {
    if (hasCue(input, MESSENGER_CUES) || input.indicators.urls.some((u) => isMessenger(u.host))) return true;
    const lower = input.norm.lower;
    return !input.reported && ((holdsAny(lower, COLON_OR_AT) && (holdsAny(lower, AT) || messengerNamed(lower))) || (BRACKETS.test(lower) && messengerNamed(lower)));
  };
}

// Right after "新しい番号に", the verb it completes: なる or 変わる ("新しい番号になりました", "新しい番号に変わったよ").
const BECAME = /^\s*(?:なり|なっ|なる|変わ|かわ)/;

/**
 * The cue `c` ("新しい番号に") completes "became" ("新しい番号になりました、田村です"): the writer's number told as changed, the news
 * itself, and not "連絡して" or "登録して" on it, which moves the reader. What the news is for is read apart: the opener's save-it ask
 * (NEW_NUMBER_OPENER), the favour or the money after it (ASK_NEW_NUMBER), a messenger named beside it.
 */
function numberBecame(input: AskInput, c: LureMatch): boolean {
  if (!c.cue.endsWith('に') || !BECAME.test(input.norm.lower.slice(c.index + c.cue.length, c.index + c.cue.length + 4))) return false;
  // Not in a relative's voice (the reader called お母さん, or the writer naming themself so: "お母さんです。…新しい番号になりました"):
  // the オレオレ and 'hi mum' openers are written just so (警察庁, 政府広報: 「番号が変わった」という電話・SMSは元の番号に掛け直して確認),
  // and are weighed as they were. A colleague's or a friend's new number, signed with their name, is the news alone.
  const lower = input.norm.lower;
  return !KIN_VOCATIVE.test(lower) && !KIN_SELF.test(lower);
}
// The writer naming themself as the reader's relative: "お母さんです", "ママだよ", "孫の健太です", "兄だけど".
const KIN_SELF = /(?:お?(?:母|かあ|父|とう)さん|ママ|パパ|お?(?:ばあ|ばぁ|じい|じぃ)ちゃん|(?:兄|姉|弟|妹|息子|娘|孫)(?:の[^。!?！？\n]{1,6})?)(?:です|だよ|だけど|より)/;

export function createMessengerAsk(messengerHosts: readonly string[]): AskFinder {
  const isMessenger = createIsMessenger(messengerHosts);
  return (input) => {
    // A service's own code message names its app and links to its own login: it moves nobody anywhere.
    if (tellsItsCode(input)) return NO_ASKS;
    const asks: Ask[] = [];
    // Whether the move is told as made: worked out only for a messenger's link or a mention (it reads the whole text).
    let shown: boolean | null = null;
    for (const u of input.indicators.urls) {
      if (isMessenger(u.host) && !(shown ??= toldMoveDone(input))) asks.push({ kind: 'messenger', cue: u.host, channel: { type: 'messenger', value: u.normalized }, quoted: input.reported });
    }
    // "LINEで" / "LINEから" is how friends say where they talk; it moves the reader only when the message pushes a lure,
    // and not when a person the reader knows names it as where the two of them go on talking (betweenKnown).
    // So is one that holds the details back for the messenger beside something of value (stakeOfMove: a fee, a referral's pay,
    // returns, dues, secrecy from the parents): "紹介するだけで1人3万円。詳しくはテレグラムで。親には言わなくて大丈夫だよ" is an
    // offer withheld until the reader has moved, in a person's voice too. (A friend's "口座番号はLINEで教えて" withholds nothing.)
    const withheld = DETAILS_THERE.test(input.norm.lower) && stakeOfMove(input, NO_ASKS) !== undefined;
    const pushes = (input.lures.some((l) => (l.kind === 'lure' || l.kind === 'pressure') && !l.quoted) || withheld) && !betweenKnown(input);
    // "警察がLINEで連絡することはありません" says where the sender never goes; "友だち追加しといた" tells
    // where the writer went.
    const said = (c: LureMatch): boolean => !inSentence(input, c.index, 'never-ask') && !deniedMove(input, c) && !staysSame(input, c) && !toldAsDone(input, c) && !writerSendsThere(input, c) && !namesTakenAccount(input, c) && !paysThrough(input, c) && !numberBecame(input, c);
    // A messenger named bare ("gửi chị qua Zalo", "Viber मा पठाउँछु") by a person to family is the chat they share,
    // as "LINEで" is; from a company or a stranger, or beside a lure, it is where the reader is moved to.
    // A first contact (はじめまして, 突然のご連絡) naming a messenger to go on in about money is a stranger moving the reader
    // off the carrier's network, lure word or none ("以前お会いした佐伯です。投資のことで面白い話があるのでLINEで話しませんか").
    // (A new club member's "初めまして…LINE交換してもらえますか" talks of no money.)
    const stranger = MONEY_TALK.test(input.norm.lower) && input.lures.some((l) => l.category === 'first-contact' && !l.quoted);
    const named = pushes || stranger || !speaksAsPerson(input) ? cuesOf(input, 'messenger-name').find(said) : undefined;
    // Beside a move told as made, "給付金の申請もLINEでできる" talks of the messenger the writer joined.
    // So does a business matter opened with the reader in no person's voice (hiring them, ordering or booking from
    // their shop: "接待の予約…詳細はLINEで"): where it is to be settled is where the reader is moved.
    const business = BUSINESS_MATTERS.some((c) => cuesOf(input, c).some((l) => !l.quoted && said(l)));
    const moves = pushes || stranger || (business && !speaksAsPerson(input));
    const cue = cuesOf(input, 'messenger').find(said) ?? named ?? (moves && !(shown ??= toldMoveDone(input)) ? cuesOf(input, 'messenger-mention').find(said) : undefined);
    if (cue && asks.length === 0) asks.push({ kind: 'messenger', cue: cue.cue, channel: { type: 'messenger', value: cue.cue }, quoted: cue.quoted });
    // A handle written out in a message that pushes a lure is where it wants the reader to go.
    // Both patterns below need a ':' or an '@': a text with neither is not scanned for them.
    const marked = asks.length === 0 && !input.reported && holdsAny(input.norm.lower, COLON_OR_AT);
    // So is one written out in a hiring message or an order ("お仕事の件でご連絡です。テレグラムで…@hw_job2025"): a
    // recruiter or a customer hands a handle to move to; friends already know where the other is.
    if (marked && (pushes || business)) {
      const m = HANDLE.exec(input.norm.lower);
      if (m) asks.push({ kind: 'messenger', cue: m[0].trim(), channel: { type: 'messenger', value: m[0].trim() }, quoted: false });
    }
    // So is an ID to add given beside the messenger's name, lure words or none ("こちらのLINEで続きを話しませんか?
    // ID: miki_0714", "詳細はLINEで→ ID: hoken_support"): the messenger is the medium (brands/media.ts), the ID the move.
    // The ID first: most texts name no ID, and many name LINE.
    if (marked && asks.length === 0) {
      // Every match holds "id": the pattern starts at a class and is tried at every character.
      const m = input.norm.lower.includes('id') ? ID_GIVEN.exec(input.norm.lower) : null;
      if (m && MESSENGER_NAMED.test(input.norm.lower) && !inSentence(input, m.index, 'never-ask')) asks.push({ kind: 'messenger', cue: m[0].trim(), channel: { type: 'messenger', value: m[0].trim() }, quoted: false });
    }
    // So is an account to add written in brackets right after the messenger's name, with no colon ("担当LINE「tg_anzen_tenken」
    // までお願いします", "LINE『kaitori.jp88』", "LINE(milano-zakka88)でお送りください"): the brackets set the handle off as a colon does, in a desk's notice (a person
    // giving their own handle is read by the finders above). Only a handle's shape (Latin letters with a digit, a dot, a hyphen or
    // an underscore), not a word quoted ("LINE「友だち追加」").
    if (asks.length === 0 && !input.reported && BRACKETS.test(input.norm.lower) && !speaksAsPerson(input) && !(shown ??= toldMoveDone(input))) {
      const m = BRACKETED_HANDLE.exec(input.norm.lower);
      if (m && !inSentence(input, m.index, 'never-ask')) asks.push({ kind: 'messenger', cue: m[0].trim(), channel: { type: 'messenger', value: m[1] as string }, quoted: false });
    }
    // A messenger account said to be lost (taken over, gone with a phone, made anew) and an account to add
    // instead ("LINE乗っ取られたから、こっちのIDで追加しなおして", "my LINE got hacked, add my new one"):
    // the reader is moved to an account nobody they know has vouched for. A friend who really made a new
    // account writes the same, so it is the ask (ASK_MESSENGER), not a block by itself.
    if (asks.length === 0 && !input.reported && accountLost(input) && MESSENGER_NAMED.test(input.norm.lower)) {
      const add = cuesOf(input, 'add-me').find((c) => !c.quoted && said(c));
      const account = add ? (NEW_ACCOUNT.exec(input.norm.lower) ?? BARE_HANDLE.exec(input.norm.lower)) : null;
      if (add && account) asks.push({ kind: 'messenger', cue: add.cue, channel: { type: 'messenger', value: account[0].trim() }, quoted: false });
    }
    return asks;
  };
}

// Japanese brackets or parentheses, and a handle set off by them just after a messenger's name (a few characters between: 公式, の担当, ID).
const BRACKETS = /[「『(（]/;
const BRACKETED_HANDLE = /(?:(?<![a-z])line|(?<![ァ-ヺー])ライン|telegram|テレグラム|signal|シグナル|whatsapp|kakao|カカオ|wechat|微信|viber|zalo)[^\s「『(（。、!?！？]{0,6}?\s*(?:id)?\s*[:：]?\s*[「『(（]\s*@?((?=[a-z0-9._-]*[a-z])(?=[a-z0-9._-]*[0-9._-])[a-z0-9][a-z0-9._-]{2,})\s*[」』)）]/;

// Where the account to add is: an ID named ("こっちのID", "ID:", "아이디"), a new account, or a handle written bare ("yui_0303").
const NEW_ACCOUNT = /(?:^|[^a-z])id(?![a-z])|アカウント|account|账号|帳號|계정|아이디|tai khoan|nick|conta|akun|cuenta|บัญชี/;
const BARE_HANDLE = /(?:^|[\s:：→>（(])@?[a-z][a-z0-9._-]*[0-9._][a-z0-9._-]*(?=$|[\s。、!！?？)）])/;

// What may stand between a messenger's name and the word that tells it was taken ("微信号被盗", "LINEのアカウントが乗っ取られ",
// "facebook cua minh bi hack"): a few words of one clause, no stop or comma.
const TAKEN_GAP = /^[^。．.!！?？,，、\n]{0,12}$/;

/**
 * The messenger named is the account the writer tells was taken ("我的微信号被盗了", "LINE乗っ取られました", "my WhatsApp got
 * hacked"): the account lost, what a warning is about, not one the reader is moved to (a new account to add instead is
 * accountLost's move, below, read from its own cues).
 */
function namesTakenAccount(input: AskInput, c: LureMatch): boolean {
  const end = c.index + c.cue.length;
  return input.lures.some((l) => l.category === 'account-taken' && !l.quoted && l.index >= end && TAKEN_GAP.test(input.norm.lower.slice(end, l.index)));
}

// Right after a messenger's name, its wallet as the way money comes back to the writer ("微信转我", "微信转账给我", "微信轉給我"):
// a person's own wallet, named for a share paid back, not an account to move the talk to. (A price "微信支付" to a service
// the reader has never used is no money owed back: the move stays.)
const PAY_AFTER = /^\s*(?:转|轉|付)(?:账|帳|款)?(?:给|給)?我/;

/**
 * The messenger named is the writer's wallet a share is paid back into ("这次旅游费用AA,每人2000元,回来后微信转我就行"): a payment's
 * route between people who share the cost, weighed by the money finders as any payment is, not a move to another account.
 */
function paysThrough(input: AskInput, c: LureMatch): boolean {
  return PAY_AFTER.test(input.norm.lower.slice(c.index + c.cue.length, c.index + c.cue.length + 8));
}

/** The writer tells of losing their messenger account (taken over, gone) or their phone (a "new number" story): the account to add is not the one the reader knows. */
function accountLost(input: AskInput): boolean {
  return input.lures.some((l) => !l.quoted && (l.category === 'account-taken' || l.category === 'account-lost' || (l.kind === 'lure' && l.category === 'family')));
}

/**
 * Something of value named beside the move (data/lures.json): money to pay or collect (a fee, a payment asked, a payee, a
 * deposit ahead, dues), money offered or released (a payout, a refund, an investment, a job), goods sold or sent (a
 * discount, a quota, goods asked sent), the reader's data, a code, a card or a gift card, a favour announced, a donation.
 */
// (Not the words of an occasion or a payment's verb alone: "飲み会", "幹事", "send", "直接" name nothing at stake.)
const VALUE: ReadonlySet<string> = new Set([
  'fee', 'money', 'payee', 'payee-changed', 'payee-later', 'payee-third', 'payee-id', 'e-money',
  'release', 'refund-due', 'settlement', 'donation',
  'send-goods', 'valuables',
  'personal-data', 'secret', 'code', 'gift-card',
  'favour', 'favour-later',
  // Secrecy from the party who would check (親には言わなくて大丈夫, 他の人には言わないで): the stake is kept from them.
  'bypass-party',
]);
/**
 * Lures that tell who the writer is or that something is there, not what is at stake: a relative's new number (weighed by
 * ASK_NEW_NUMBER and the kin checks), a wrong number, a romance's cast, a photo "of you", a notice's heading.
 */
const WHO: ReadonlySet<string> = new Set(['family', 'wrong-number', 'romance', 'curiosity', 'notice']);
// Matters told that are a stake only when a stranger or a desk tells them: an investment, a recruiter hiring, a customer ordering.
const TOPICS: ReadonlySet<string> = new Set(['money-topic', 'recruit', 'order-approach']);
// A sum of money or a rate named (pay offered, a fee, a price, returns; not a shop's discount, "10%OFF", which sells its own
// goods): "1件500円", "月収30万円", "1.5倍", "¥4,500", "¥१२,०००" (digits of any script after a currency's sign), "3万",
// "untung 20% per bulan".
const SUM = /\d[\d,.]*\s*(?:[万千]\s*)?(?:円|元|yen|ienes|yên|원|ドル|dollars?)|\d\s*万|[¥$€£₱]\s*\p{Nd}|\d(?:\.\d)?\s*倍|\d\s*[%％](?!\s*(?:off|オフ|引|割))/u;
// The message rules money out ("お金の話とかじゃないよ"): what it names is not a stake.
const NO_MONEY = 'no-favour';
/**
 * Asks beside the move that hand over something of value themselves: money or a payee, data, a secret or a code, gift cards,
 * an offer or a crime job taken up, cards at the door, an app. (A call, a Y/N reply or a link asks nothing of value by itself.)
 */
const VALUE_ASKS: ReadonlySet<string> = new Set([
  'money', 'payee', 'gift-card', 'reply-data', 'secret', 'share-code', 'offer', 'join', 'collect', 'extort', 'atm', 'install', 'credit-order', 'coach', 'recon',
]);
// A messenger named by its own name (not "online", "deadline"): the move is to an account there, not to a new number.
export const MESSENGER_BY_NAME = /(?<![a-z])line(?![a-z])|(?<![ァ-ヺー])ライン|telegram|テレグラム|whatsapp|ワッツアップ|kakao|カカオ|카톡|카카오|wechat|微信|viber|zalo|signal|シグナル/;
// Messengers whose accounts are found by the phone number: from an open line, the line itself is the account moved to.
export const NUMBER_KEYED = /telegram|テレグラム|whatsapp|ワッツアップ|kakao|カカオ|카톡|카카오|wechat|微信|viber|zalo|signal|シグナル/;


/** A cue of value in the message's own words: not quoted, not in a sentence that says it is never asked. */
function valueCue(input: AskInput, l: LureMatch): boolean {
  if (l.quoted) return false;
  // An investment, a hiring or a booking told (TOPICS) is an offer from a stranger's or a desk's mouth; in a person's own voice it
  // is their own life ("バイトの面接の件、あとでテレグラムで話そう"), as the made page's check reads it.
  const value = VALUE.has(l.category) || (l.kind === 'lure' && !WHO.has(l.category)) || (TOPICS.has(l.category) && !speaksAsPerson(input));
  return value && !inSentence(input, l.index, 'never-ask') && !inSentence(input, l.index, 'prohibits');
}

/**
 * What a move to a messenger is tied to, or undefined (checks/messenger-stake.ts, and ask-channel.ts blockingAsks for a quiet
 * move from a handset): another ask that may block beside it (money, a payee, data, a code, an offer, a
 * crime job…), a cue of value (VALUE, or a lure that is not only about who writes), or a sum of money named.
 */
export function stakeOfMove(input: AskInput, blocking: readonly Ask[]): string | undefined {
  if (input.lures.some((l) => !l.quoted && l.category === NO_MONEY)) return undefined;
  const other = blocking.find((a) => VALUE_ASKS.has(a.kind));
  if (other) return other.kind;
  const cue = input.lures.find((l) => valueCue(input, l));
  if (cue) return cue.category;
  const sum = SUM.exec(input.norm.lower);
  return sum ? 'sum' : undefined;
}
