// Buy gift cards or e-money and send their numbers, or pay "in e-money": no company or office
// takes payment that way (NPA: 「電子マネーで支払って」は詐欺).
import { foldDiacritics } from '../lures/fold.js';
import { anchorSet, holdsAny } from '../match/anchors.js';
import { gated } from '../match/literals.js';
import { replyChannel } from './reply.js';
import { cuesOf, hasCue, inSentence, inSentenceOrNext, requestedNearby, sentenceAt, speaksAsOffice, speaksAsPerson, tellsOfScam, type AskFinder, type AskInput, type AskNeeds, NO_ASKS } from './types.js';

const CARD_CUES = ['gift-card', 'e-money'];

/**
 * What createGiftCardAsk cannot find an ask without (types.ts AskNeeds): a `gift-card` or `e-money` cue (requestedNearby,
 * paidIn, cardAsMeans, worthAsked, boughtForWriter), or BOUGHT_WORD or SCRATCHED (backOfBoughtCard asks one of them first),
 * or コンビニ, which every match of STORE_CARD holds (boughtForWriter with no card cue).
 */
// ビ of コンビニ (match/anchors.ts): String.includes over two-byte text costs some 50 ns.
const KONBINI = anchorSet('ビ');

export const giftCardNeeds: AskNeeds = (input) => {
  const lower = input.norm.lower;
  return hasCue(input, CARD_CUES) || BOUGHT_WORD.test(lower) || SCRATCHED.test(lower) || (holdsAny(lower, KONBINI) && lower.includes('コンビニ'))
    || (lower.includes('枚') && FACE_COUNTED.test(lower));
};

export function createGiftCardAsk(): AskFinder {
  return (input) => {
    // "Amazonギフトカード、メールで送ったから好きな本買ってね": a present already sent is told, not asked.
    // A parent's card bought for the parent's own account, charged by hand at home ("お母さんのゲームのアカウントに入れたいから、
    // プリペイドカード買ってきて"), with no number or code asked back: its value never goes through this line.
    if (forOwnAccount(input)) return NO_ASKS;
    // "Buy gift cards at any AEON store this week and get 500 bonus points!": a shop selling its cards, the card kept by the buyer.
    if (soldToKeep(input)) return NO_ASKS;
    // "ニンテンドープリペイドの3000円のやつ買ってきてもいい?お年玉から出すから": the writer asks leave to buy a card, with nothing of it
    // asked back: the purchase is the writer's own (dev batch-49).
    if (leaveToBuy(input)) return NO_ASKS;
    // "私が買っておくから後で半分ちょうだい", "I'll buy the Amazon gift card myself", "chị sẽ tự mua thẻ": the writer buys the card
    // themself, with nothing of it asked back or bought by the reader (writerBuys).
    if (writerBuys(input)) return NO_ASKS;
    // "ギフトカード、誕生日プレゼントにスタバのやつあげるね。コード送るからアプリで登録して": a card given to the reader, its code sent
    // to them, nothing bought or sent back (presentToReader).
    if (presentToReader(input)) return NO_ASKS;
    const found = requestedNearby(input, 'gift-card').find((o) => !inSentence(input, o.index, 'done'))
      ?? requestedNearby(input, 'e-money').find((o) => !inSentence(input, o.index, 'done'))
      ?? paidIn(input)
      ?? cardAsMeans(input)
      ?? worthAsked(input)
      ?? backOfBoughtCard(input)
      ?? boughtForWriter(input)
      ?? boughtForWriterEn(input)
      ?? cardForCharge(input);
    return found ? [{ kind: 'gift-card', cue: found.cue, channel: replyChannel(input), quoted: found.quoted }] : NO_ASKS;
  };
}

// The card given to the reader: a present, given, or its code sent to them by the writer.
const GIVEN_TO_READER = /プレゼント|あげる|あげた|贈る|贈った|(?:コード|番号|url)(?:を|は)?[^。\n]{0,6}?(?:送る(?:ね|から|よ)|送った|送っとく|送っておく)|(?:a |as a )?(?:present|gift) for you|sent you|i'?ll send you/;
// Something of the card asked back or bought: its code, number, back or photo sent or told, or the card bought.
const ASKED_BACK = /(?:コード|番号|裏|写真|画像|レシート)[^。\n]{0,8}?(?:送って|おくって|教えて|撮って|返信|送信して|ちょうだい)|買って|購入して|かって(?:きて|ほしい|くれ)|send me|text me|buy/;

/**
 * A gift card given to the reader as a present, its code sent to them ("スタバのやつあげるね。コード送るからアプリで登録して",
 * "I'll send you an Amazon gift card for your birthday"), with nothing of it asked back and nothing bought: the value goes to the
 * reader, the reverse of the 電子マネー型 ask, which has the reader buy and send the code.
 */
function presentToReader(input: AskInput): boolean {
  if (!input.lures.some((l) => !l.quoted && (l.category === 'gift-card' || l.category === 'e-money'))) return false;
  const lower = input.norm.lower;
  // (A person's, not a campaign's: "切替だけで1万円分のギフト券プレゼント!申込は返信で" is a shop's offer, weighed as such.)
  return GIVEN_TO_READER.test(lower) && !ASKED_BACK.test(lower) && speaksAsPerson(input) && !speaksAsOffice(input) && !lower.includes('【')
    && !input.lures.some((l) => !l.quoted && (l.kind === 'lure' || l.kind === 'pressure'));
}

/** "修復費用9,800円を電子マネーでお支払いください": e-money named as the way to pay, in the ask's sentence or the one before. */
function paidIn(input: AskInput): { cue: string; quoted: boolean } | undefined {
  for (const o of input.lures) {
    if (o.category !== 'e-money' || inSentence(input, o.index, 'never-ask') || inSentence(input, o.index, 'done')) continue;
    // (The ask's own sentence was just found free of "never asks".)
    if (inSentenceOrNext(input, o.index, (at) => inSentence(input, at, 'pay') && !inSentence(input, at, 'never-ask'))) return o;
  }
  return undefined;
}

// Right after a card's name, the card named as what a payment is made in: "ギフトカード2万円分で結構です", "アマギフでお願いします",
// "ギフト券でお支払いください"; not a card accepted beside other ways ("ギフトカードもご利用いただけます").
const AS_MEANS = /^[^。\n]{0,10}?(?:円分|えんぶん)?\s*で\s*(?:結構|お願い|大丈夫|構いません|かまいません|ok|お支払いください|お支払い下さい|支払って|払って|納めて|送って|お送りください)/;

/**
 * "確定申告の書類作成料を前払いでお願いしています。ギフトカード2万円分で結構です": a payment asked in one sentence and a gift card named
 * as what it is paid in, in that sentence or the one after. No business or office takes a fee in gift cards (NPA: 「ギフトカードで
 * 支払って」は詐欺), whoever it says it is.
 */
function cardAsMeans(input: AskInput): { cue: string; quoted: boolean } | undefined {
  for (const o of input.lures) {
    if (o.category !== 'gift-card' || o.quoted || inSentence(input, o.index, 'never-ask') || inSentence(input, o.index, 'done')) continue;
    if (!AS_MEANS.test(input.norm.lower.slice(o.index + o.cue.length, o.index + o.cue.length + 30))) continue;
    const [start] = sentenceAt(input.norm.text, o.index);
    const payHere = (at: number): boolean => inSentence(input, at, 'pay') && !inSentence(input, at, 'never-ask');
    if (payHere(o.index) || (start > 1 && payHere(start - 2))) return o;
  }
  return undefined;
}

// Right after a card's or e-money's name, an amount's worth of it asked of the reader: "アップルのギフトカード2万円分お願いできる?",
// "コンビニのプリペイドで代用するので5万円分お願い", "ウェブマネー3万円分頼める?".
const WORTH_ASKED = /^[^。\n]{0,24}?(?:\d|万|千)\s*(?:円分|えんぶん)\s*(?:を|だけ)?\s*(?:お願い|おねがい|頼め|頼みたい|頼む|買ってもらえ|買ってくれ|買ってきて|用意して|用意でき)/;

/**
 * "ウェブマネー3万円分お願いできないかな": a card or e-money named and an amount's worth of it asked in the words that follow, with no
 * verb of buying: the favour is the card bought for the writer, whoever the writer says they are (NPA 電子マネー型). A card told as
 * sent (a present: "3,000円分をメールで送ったので") is not asked.
 */
function worthAsked(input: AskInput): { cue: string; quoted: boolean } | undefined {
  for (const o of input.lures) {
    if ((o.category !== 'gift-card' && o.category !== 'e-money') || o.quoted || inSentence(input, o.index, 'never-ask') || inSentence(input, o.index, 'done')) continue;
    if (WORTH_ASKED.test(input.norm.lower.slice(o.index + o.cue.length, o.index + o.cue.length + 40))) return o;
  }
  return undefined;
}

// A card bought for the writer, however it is named ("コンビニでカードを3万円分買って", "アマゾンの カードを 2まんえんぶん かって"):
// a card named beside a verb of buying, or an amount's worth of something ("円分", "えんぶん").
const CARD_BOUGHT = /(?:カード|かーど|ギフト|ぎふと|券)[^。\n]{0,24}?(?:買って|買ってきて|購入して|かって)|(?:\d|万|千|まん|せん)\s*(?:円分|えんぶん)/;
// What every match of CARD_BOUGHT holds (its verb of buying, or its "worth"), tested first: CARD_BOUGHT's second form starts
// at any digit and is tried at every one.
const BOUGHT_WORD = gated(/買って|購入して|かって|円分|えんぶん/);

// The back of a card scratched to show its number: only prepaid and gift cards hide it so.
const SCRATCHED = gated(/削って|けずって|削った|削り|スクラッチ/);

/**
 * "カードを買って、裏の番号を写真で送って": the number or code on the back of a card the reader is asked to buy, asked
 * back (in its sentence or the next) is the gift-card ask, whatever the card is called (NPA, 国民生活センター: コンビニで
 * カードを買わせ裏面の番号を伝えさせる). The back of a card the reader holds already (保険証の裏の番号) is not: nothing is bought.
 */
function backOfBoughtCard(input: AskInput): { cue: string; quoted: boolean } | undefined {
  // A number scratched off the back ("裏の番号を削って写真で送って") is a prepaid card's, whether or not the card is named.
  const lower = input.norm.lower;
  const bought = (BOUGHT_WORD.test(lower) && CARD_BOUGHT.test(lower)) || cardsCounted(input) || (lower.includes('枚') && FACE_COUNTED.test(lower));
  if (!bought && !SCRATCHED.test(lower)) return undefined;
  const back = requestedNearby(input, 'card-back').find((o) => !inSentence(input, o.index, 'done'));
  if (back !== undefined || !bought) return back;
  // Its number or code sent however it is named ("番号だけ写メで送って", "コードを送ってくれたらいいよ"): the card's value is its number.
  const sent = NUMBER_SENT.exec(lower) ?? PHOTO_SENT.exec(lower);
  return sent !== null && !inSentence(input, sent.index, 'never-ask') && !inSentence(input, sent.index, 'done') ? { cue: sent[0], quoted: false } : undefined;
}

// A bought card's number or code asked sent: "番号だけ写メで送って", "コードを送ってくれたら", "番号を教えて".
const NUMBER_SENT = /(?:番号|コード|ばんごう|こーど)(?:だけ)?(?:を|も)?[^。\n]{0,6}?(?:写メ|写真|送って|おくって|教えて|おしえて|送信)/;

// A bought card photographed and the photo asked sent ("レシートと一緒に撮って送って", "写真で送って", "写メして"): a card's picture
// carries its number.
const PHOTO_SENT = /(?:撮って|撮影して|とって|写真|写メ|しゃしん)[^。\n]{0,8}?(?:送って|おくって|送信して|ちょうだい|ください)|写メして/;
// A count of cards, right after a card's or e-money's name: "Amazonのギフト券、5千円を6枚", "Google Playの1万円カードを3枚",
// "iTunesカード1万円のを5枚": cards asked by the piece are cards to buy, as "円分" is.
const CARDS_COUNTED = /^[^。\n]{0,16}?(?:\d|[一二三四五六七八九十])\s*枚/;

// Cards of a face value asked by the piece, however the card is named ("Google Playの1万円カードを3枚", "5千円のカード4枚",
// "1万円のギフト券を2枚"): only prepaid value is bought so.
const FACE_COUNTED = /(?:\d|万|千)\s*円(?:の)?\s*(?:[^\s。、\n\d]{0,8}?)(?:カード|ギフト券|ギフト|券)\s*(?:を|が)?\s*(?:\d|[一二三四五六七八九十])\s*枚/;

/** A gift card or e-money named (not as done, quoted or never asked) with a count of cards right after it. */
function cardsCounted(input: AskInput): boolean {
  return input.lures.some((o) => (o.category === 'gift-card' || o.category === 'e-money') && !o.quoted && !inSentence(input, o.index, 'done') && !inSentence(input, o.index, 'never-ask')
    && CARDS_COUNTED.test(input.norm.lower.slice(o.index + o.cue.length, o.index + o.cue.length + 24)));
}

/**
 * "カードを3枚買って、番号だけこっちに送って", "pick up 4 Apple gift cards… text me photos of the codes": the reader asked to buy
 * cards (by a verb of buying, by their worth or by their count) and to send back their numbers, codes, backs or photos. The
 * card's value then reaches the writer only as its number, through this line: the 電子マネー型 fraud whoever asks (NPA;
 * 国民生活センター; FTC "anyone who asks you to pay with a gift card is a scammer"), a friend's, a relative's or a superior's
 * voice alike. A card given as a present, a card bought for the writer's own account at home, a shop's sale, a warning or a
 * report asks no value back. Beside ASK_GIFT_CARD it is CARD_VALUE_SENT (checks/ask-channel.ts).
 */
export function cardValueSent(input: AskInput): string | undefined {
  if (input.reported || tellsOfScam(input) || forOwnAccount(input) || soldToKeep(input)) return undefined;
  const en = boughtForWriterEn(input);
  if (en !== undefined) {
    const value = /\b(?:codes?|pins?|card numbers?|numbers? on the back|back of (?:the|each|them)|backs|scratch\w*|photos? of|pictures? of|pics? of)\b/.exec(input.norm.lower);
    if (value !== null) return `${en.cue} … ${value[0]}`;
  }
  const back = backOfBoughtCard(input);
  if (back !== undefined) return back.cue;
  return boughtAndSentOther(input);
}

// In the residents' other languages, the reader asked to buy a card (folded text): mua (giúp), compra(r), bumili / bilhan, beli(kan),
// 买 / 買, 사다 / 구매, किन.
const BUY_OTHER = /\bmua\b|\bcompr(?:a|ar|e|ou)\b|\bbumili\b|\bbilhan\b|\bbilhin\b|\bpakibili\b|\bbeli(?:kan)?\b|买|買|구매|사\s*(?:줘|주세요|다\s*줘)|किन/;
// …and its code, number, back or a photo of it sent back: mã số, mã thẻ, cào, chụp; código, foto, raspa; code, litrato, kodigo;
// kode, foto; 卡号, 卡密, 密码, 拍照; 번호, 코드, 사진; कोड, फोटो.
const VALUE_OTHER = /\bma (?:so|the|nap)\b|\bcao\b|\bchup\b|\bcodigos?\b|\bfotos?\b|\braspa\w*|\blitrato\b|\bkodigo\b|\bkode\b|卡号|卡號|卡密|密码|密碼|拍照|번호|코드|사진|कोड|फोटो/;

/**
 * "Chị ơi mua giúp em 3 thẻ Google Play… cào mặt sau rồi chụp gửi em mã số", "compra dois cartões Google Play e me manda foto dos
 * códigos": backOfBoughtCard in vi, pt, tl, id, zh, ko and ne. A card named, a verb of buying in its sentence, and its code,
 * number, back or photo asked back anywhere in the message.
 */
function boughtAndSentOther(input: AskInput): string | undefined {
  const folded = foldDiacritics(input.norm.lower);
  if (!VALUE_OTHER.test(folded)) return undefined;
  for (const o of input.lures) {
    if ((o.category !== 'gift-card' && o.category !== 'e-money') || o.quoted || inSentence(input, o.index, 'never-ask') || inSentence(input, o.index, 'done')) continue;
    const [start, end] = sentenceAt(input.norm.text, o.index);
    const buy = BUY_OTHER.exec(folded.slice(start, end + 1));
    if (buy !== null) return `${buy[0]} … ${o.cue}`;
  }
  return undefined;
}

// A card asked bought at a store or at all ("コンビニでカード買ってきてくれない?", "ギフトカードを用意したい。コンビニで買える?").
const BUY_ASKED = /買ってきて|買って(?:くれ|もらえ|ほしい|欲しい|きてほしい)|買える[?？]|購入(?:して|をお願い|お願い)|用意(?:して|できる|できない|してほしい)/;
// A card named: a gift card, e-money, or a bare "カード" bought at a convenience store.
const STORE_CARD = /コンビニ[^。\n]{0,12}カード|カード[^。\n]{0,12}コンビニ/;
// The card is for the writer: the writer will pay it back ("あとで返すから", "明日現金で返す"), or it goes to the writer's client
// ("先方に", "取引先へ", "お客様に渡す").
const FOR_WRITER = /(?:あと|後|明日|来週|給料日)で?[^。\n]{0,6}返す|返すから|立て替え|立替|先方|取引先|客先|お客様に|お客さんに/;

/**
 * "コンビニでカード買ってきてくれない?あとで返すから", "先方にギフトカードを用意したい。コンビニで買える?": a prepaid card the reader is
 * asked to buy for the writer, paid back later or handed to the writer's client. The card's value reaches the writer only as its
 * number, by this line: the opener of the 電子マネー型 fraud (NPA; 国民生活センター), in a colleague's or a friend's voice. A parent's
 * card for the parent's own account (forOwnAccount) is not asked so.
 */
function boughtForWriter(input: AskInput): { cue: string; quoted: boolean } | undefined {
  const lower = input.norm.lower;
  const card = input.lures.find((o) => (o.category === 'gift-card' || o.category === 'e-money') && !o.quoted && !inSentence(input, o.index, 'done'));
  if (card === undefined && !STORE_CARD.test(lower)) return undefined;
  const buy = BUY_ASKED.exec(lower);
  if (buy === null || !FOR_WRITER.test(lower) || inSentence(input, buy.index, 'never-ask') || inSentence(input, buy.index, 'done')) return undefined;
  return card ?? { cue: buy[0], quoted: false };
}

// In English, the reader asked to get cards however the errand is worded ("can you pick up 4 Apple gift cards", "could you grab
// a few Google Play cards", "I need you to get some iTunes cards", "please buy 3 gift cards"): a request and a verb of getting.
const GET_ASKED_EN = /\b(?:can you|could you|can u|would you|will you|please|pls|i need you to|need you to)\b[^.?!\n]{0,16}?\b(?:pick up|picking up|grab|get|buy|purchase)\b/;
// The card's value coming back through this line, or the card for the writer's business: its codes, PINs or numbers, photos of
// them, the backs scratched, or a client's or a customer's gift ("scratch the backs and text me photos of the codes", "for a
// client"). "I'll pay you back" alone is a friend's errand too (a birthday card picked up on the way home), so it is not one.
const VALUE_SENT_EN = /\b(?:codes?|pins?|card numbers?|numbers? on the back|back of (?:the|each|them)|backs|scratch\w*|photos? of|pictures? of|pics? of|clients?|customers?)\b/;

/**
 * "can you pick up 4 Apple gift cards at $250 each? Scratch the backs and text me photos of the codes": boughtForWriter and
 * backOfBoughtCard in English. A gift card named, the reader asked to get it in that sentence, and its value (its codes, its back,
 * a photo of it) asked back or the card bound for the writer's client: the card's value reaches the writer only as its
 * number, by this line (FTC: "anyone who asks you to pay with a gift card is a scammer"; NPA 電子マネー型), whoever they say they are.
 * A card given as a present ("I sent you an Amazon gift card") or picked up for a party with nothing sent back is not asked so.
 */
function boughtForWriterEn(input: AskInput): { cue: string; quoted: boolean } | undefined {
  const lower = input.norm.lower;
  if (!VALUE_SENT_EN.test(lower)) return undefined;
  for (const o of input.lures) {
    if ((o.category !== 'gift-card' && o.category !== 'e-money') || o.quoted || inSentence(input, o.index, 'never-ask') || inSentence(input, o.index, 'done')) continue;
    const [start, end] = sentenceAt(input.norm.text, o.index);
    const get = GET_ASKED_EN.exec(lower.slice(start, end + 1));
    if (get !== null) return o;
  }
  return undefined;
}

// The writer's own account to be charged, the writer named as the reader's parent or by "私の" ("お母さんのアカウントに入れたい",
// "パパのゲームのアカウントにチャージする").
const OWN_ACCOUNT = /(?:お?母さん|ママ|お?父さん|パパ|私|わたし|自分)の[^。\n]{0,10}アカウント(?:に|へ)[^。\n]{0,6}(?:入れ|チャージ)/;

/** A card bought for the account the writer holds and charges, with no number, code or photo of it asked back. */
function forOwnAccount(input: AskInput): boolean {
  const lower = input.norm.lower;
  return OWN_ACCOUNT.test(lower) && !NUMBER_SENT.test(lower) && cuesOf(input, 'card-back').length === 0 && !SCRATCHED.test(lower);
}

// Leave asked for the writer's own purchase, right after its verb of buying: "買ってきてもいい?", "買ってもいいかな", "can I buy",
// "is it ok if I get" ("買ってきてもらってもいい?" is a request of the reader: its verb is もらう, not the buying).
const LEAVE_TO_BUY = /(?:買って|買ってきて|買って来て|購入して|買いに行って)(?:も)?(?:いい|良い|よい|ok|大丈夫)\s*(?:かな|ですか|でしょうか|か|\?|？)|\b(?:can|could|may) i (?:buy|get|purchase)\b|\bis it ok(?:ay)? if i (?:buy|get|purchase)\b/;

/** A card the writer asks leave to buy, in the card's sentence, with no number, code, back or photo of it asked back. */
function leaveToBuy(input: AskInput): boolean {
  const lower = input.norm.lower;
  if (NUMBER_SENT.test(lower) || PHOTO_SENT.test(lower) || SCRATCHED.test(lower) || cuesOf(input, 'card-back').length > 0 || FOR_WRITER.test(lower)) return false;
  const leave = LEAVE_TO_BUY.exec(lower);
  if (leave === null) return false;
  const [s, e] = sentenceAt(input.norm.text, leave.index);
  return input.lures.some((o) => (o.category === 'gift-card' || o.category === 'e-money') && !o.quoted && o.index >= s && o.index <= e);
}

// What a shop gives back for a purchase: points, a bonus, a discount, cash back ("get 500 bonus points", "ポイント10倍").
const SALE_REWARD = /\b(?:points?|bonus|cash ?back|\d+\s*% off|discount)\b|ポイント|還元|割引/;
// The card's value asked back or the card bought for the writer, in English: its codes, PIN or a photo of it sent, the writer's
// need or client ("for me", "for a client", "I'll pay you back", "reimburse").
const VALUE_BACK_EN = /\b(?:codes?|pins?|numbers?|photos?|pictures?|pics?|scratch\w*|back of|for me|clients?|customers?|reimburse\w*|pay you back|send (?:me|them|it))\b/;

/**
 * A shop's sale of cards: a purchase rewarded with points, a bonus or a discount, with nothing of the card asked back (no code,
 * PIN, number or photo; not for the writer or a client; no fee paid in it), and no lure or institution beside it. The card
 * stays with the buyer: its value never goes through this line, so there is no ask (the fraud's purchase is the value handed
 * on: FTC, NPA 電子マネー型).
 */
function soldToKeep(input: AskInput): boolean {
  const lower = input.norm.lower;
  if (!SALE_REWARD.test(lower) || VALUE_BACK_EN.test(lower) || NUMBER_SENT.test(lower) || FOR_WRITER.test(lower) || SCRATCHED.test(lower)) return false;
  if (cuesOf(input, 'card-back').length > 0 || cuesOf(input, 'pay').length > 0 || cuesOf(input, 'fee').length > 0) return false;
  // A shop's sale tells no prize, refund, debt or alarm and speaks as no institution (its hurry is a sale's): "buy cards to
  // unlock your prize" is the fee.
  return !input.lures.some((l) => !l.quoted && (l.kind === 'lure' || l.category === 'institution'));
}

// A charge named: a price, a fee, dues, a deposit, a sum collected or a payment asked first, in the languages the residents read.
const CHARGE = /代金|料金|定価|価格|お?支払い?(?:は|を|が|いただく必要)|契約金|保証金|敷金|礼金|手付金|頭金|申込金|予約金|協賛金|手数料|費用|検定料|受験料|月謝|会費|参加費|保管料|保証料|送料|差額|集金|先払い|前払い|事前|家賃|賃料|入会金|[^\s\d]代(?:を|は|と|、|の)|[^\s\d無]料(?:を|は|と|、|の|\d)|[^\s\d]費(?:を|は|と|、|の|\d)|\b(?:fees?|charges?|tuition|deposit|dues|balance due|payment|(?:overdue|outstanding|unpaid) (?:balance|bill|amount))\b|费用|費用|手续费|手續費|学费|學費|运费|運費|수수료|요금|비용|회비|학원비|phí|\bphi\b|hoc phi|học phí|\btaxas?\b|mensalidade|\btarifa\b|\bbiaya\b|\bbayad\b|bayarin|ค่า/;
// Goods shipped for the payment: the charge is the goods' price, unnamed ("ギフトカードで払ってもらえればすぐ発送できます", "we ship
// once paid", "envio imediato", "gửi hàng", "发货", "바로 발송"): a shop that sells takes its price on its own till or page
// (dev batch-49; 国民生活センター 偽サイト・SNS通販の「ギフトカードで支払って」).
const GOODS_SENT = /発送|出荷|\bship(?:s|ped|ping)?\b|\benvio\b|\benviamos\b|gui hang|gửi hàng|发货|發貨|발송|배송/;
// Right after the card's name, the card as what the charge is paid, handed or carried in, asked or offered ("電子マネーの番号で
// お支払いいただけます", "ギフトカードでのお支払いも可能です", "iTunesカード3,000円分をお子さんに持たせてください", "PayPayギフトを
// 購入しお支払いください", "苹果卡支付", "기프트카드로 결제"); not the writer's own payment ("アマギフで払ってもいい?": asked, not asking).
const MEANS_AFTER = /^[^。\n]{0,20}?(?:で(?:の)?\s*(?:お|ご)?(?:支払|払い|払|納め|納付|精算|決済)[^。\n?？]{0,10}?(?:ください|下さい|願い|いただけ|いただき|いただく|頂け|もらえ|くれれ|くれたら|可能|できます|出来ます|ok|承|受け付|受付)|で(?:お願い|結構|構いません|かまいません|大丈夫)|でも\s*(?:可|ok|結構|構いません|かまいません|大丈夫)|で\s*(?:受け付けて|受付して|承って|お受けして))|^[^。\n]{0,24}?(?:持たせて|ご持参|持参して|お持ちください|お持ち下さい|お持ちいただ|お渡しください|お渡し下さい|お預けください|ご用意ください|用意してください)|^[^。\n]{0,6}?(?:を|の)?\s*(?:ご)?(?:購入|買っ|買い)(?:し|して|いただき|の上|のうえ)[^。\n]{0,10}?(?:お|ご)?(?:支払|払|納め|精算|決済)[^。\n]{0,8}?(?:ください|下さい|願|いただ)|^[^。\n.]{0,10}?(?:支付|付款|缴纳|繳納|缴费|繳費)|^[^。\n.]{0,8}?(?:으로|로)\s*(?:결제|지불|납부)|^[^.!?\n]{0,20}?\bas (?:a )?payment\b/;
// Right before the card's name, in its sentence, a payment made with it: "please pay the exam fee with iTunes gift cards",
// "pague a taxa com cartões Google Play", "thanh toán bằng thẻ", "bayar dengan kartu", "magbayad gamit ang gift card".
const MEANS_BEFORE = /(?:\b(?:pay|paid|payment|settle|cover)\b[^.!?\n]{0,40}?\b(?:with|in|using|via|by)\b|\baccepts?\b|\b(?:pag(?:ar|ue|amento)|quitar)\b[^.!?\n]{0,30}?\b(?:com|em|usando)\b|(?:thanh toan|thanh toán|nop|nộp|tra|trả)[^.!?\n]{0,30}?(?:bang|bằng)|\bbayar\b[^.!?\n]{0,30}?\b(?:dengan|pakai|menggunakan)\b|(?:bayad|magbayad|bayaran)[^.!?\n]{0,30}?\bgamit ang\b)\s+(?:[^\s.!?\n]+\s+){0,3}$/;
// Paid in person, where a shop or an office takes vouchers at its own counter or on delivery (a department store's or JCB's
// gift cards, e-money at the register or to the courier who delivers a 代引 parcel).
const IN_PERSON = /受付で|窓口で|レジ|店頭|店舗で|当店|店内|フロント|会場|現地で|当日|お届け時|受け取り時|受取時|引き渡し時|お引き渡し時|引取時|代引|代金引換|着払い|ご来店|来店時|ご来院|来院時|\bat (?:the )?(?:checkout|counter|register|front desk|reception)\b|\bin[- ]store\b|\bon (?:delivery|arrival)\b/;
// A shop's or a department store's vouchers, or the reader's shopping paid with them (全国百貨店共通商品券, JCBギフトカード,
// "お買い物代金は…でのお支払いも可能です"): paper vouchers handed at the shop's own till.
const VOUCHER = /商品券|\bjcb\b|jcbギフト|vjaギフト|百貨店|図書カード|クオカード|quoカード|お買い物|お買物|\bgift certificates?\b/;
// A generic e-money named with its number, its code or its purchase, not e-money paid at a register ("電子マネーの番号で",
// "コンビニで購入した電子マネー").
const BOUGHT_OR_NUMBERED = /番号|コード|\bid\b|コンビニ|(?:で|を)(?:ご)?購入(?:し|して|した|いただ)|買って|買った|買い求め|\bcodes?\b|\bpins?\b|\bbuy\b|\bbought\b|\bpurchased?\b/;

/**
 * "写真館より…代金はコンビニで購入した電子マネーの番号でお支払いいただけます", "レッカー代と保管料を先払いいただく必要があります。
 * ギフトカードでのお支払いも可能です", "検定料を集金しています。iTunesカード3,000円分をお子さんに持たせてください": a charge named (a
 * price, a fee, dues, a payment first) in the card's sentence or the one before, and the card named as what it is paid, handed or
 * carried in. No shop, school, garage, studio, lost-and-found office or public body takes payment as the numbers of cards bought
 * at a store (NPA 「電子マネーで支払って」は詐欺; 国民生活センター; FTC), whether the number is sent, handed or the card carried,
 * and whatever the card is called. Not a voucher or e-money paid in person, at the counter or on delivery (IN_PERSON), unless it
 * is bought for the charge or paid by its number, nor e-money with neither (a register's IC card), nor a
 * warning (tellsOfScam) or a report. A card offered in a question is the writer's own payment ("アマギフで払ってもいい?").
 */
export function cardForCharge(input: AskInput): { cue: string; quoted: boolean } | undefined {
  if (input.reported || tellsOfScam(input)) return undefined;
  const text = input.norm.text;
  const lower = input.norm.lower;
  for (const o of input.lures) {
    if ((o.category !== 'gift-card' && o.category !== 'e-money') || o.quoted || inSentence(input, o.index, 'never-ask') || inSentence(input, o.index, 'done')) continue;
    const [start, end] = sentenceAt(text, o.index);
    const after = lower.slice(o.index + o.cue.length, Math.min(end + 1, o.index + o.cue.length + 60));
    if (!MEANS_AFTER.test(after) && !MEANS_BEFORE.test(lower.slice(Math.max(start, o.index - 80), o.index))) continue;
    const from = start > 1 ? sentenceAt(text, start - 2)[0] : start;
    const span = lower.slice(from, end + 1);
    if (!CHARGE.test(span) && !GOODS_SENT.test(span)) continue;
    // A card bought for the charge or paid by its number is never paid in person: its number is the payment.
    const bought = BOUGHT_OR_NUMBERED.test(lower.slice(start, end + 1));
    // (The counter may be named in the sentence after: "…ギフトカードでのお支払いも可能です。店頭レジにてご利用ください".)
    const around = end + 1 < text.length ? lower.slice(from, sentenceAt(text, end + 1)[1] + 1) : span;
    if ((!bought && (IN_PERSON.test(around) || VOUCHER.test(around))) || (o.category === 'e-money' && !bought)) continue;
    return o;
  }
  return undefined;
}

// The writer's own purchase, told in the writer's forms of buying (not a request: 買っておく, 買っとく, 買って渡す/返す/あげる, or
// 買う/購入する/用意する with the writer as subject, 私が, 俺が, 自分で), or in the residents' languages: "I'll buy… myself",
// "tự mua", "我自己买", "eu compro", "ako na ang bibili", "내가 살게". Read on the folded lower-cased text.
const WRITER_BUYS = new RegExp([
  String.raw`(?:買|購入|用意)(?:っておく|っとく|っといた|っておいた|しておく|しとく|しといた|して(?:おいた|渡|送|あげ))|買って(?:渡|返|あげ|持って(?:く|い)|送(?:っておく|っとく|る(?:ね|よ|から|ので)|ります))|買って[^。、\n]{0,10}?(?:渡す|渡しとく|渡しておく|あげる|送る|持ってく)(?:ね|よ|から|ので|つもり|[。!！\s]|$)`,
  String.raw`(?:私|わたし|あたし|僕|ぼく|俺|おれ|うち|自分)(?:が|で|の方で)[^。\n]{0,24}?(?:買|購入|用意)(?:う(?:ね|よ|から|つもり|し|わ|か)|います|いました|った|っちゃった|します|しました|した|する(?:ね|よ|から|つもり))`,
  String.raw`\bi(?:'ll| will|'ve| have| already)? (?:buy|get|bought|got|pick up|picked up|purchase|purchased)\b[^.!?\n]{0,60}\b(?:myself|my treat|on me|pay me back|you can pay)\b|\bi(?:'ve| have)? (?:already )?(?:bought|got|picked up|purchased)\b`,
  String.raw`\btu mua\b|\bda mua (?:roi|xong)\b|我(?:自己|已经|已經|来|來)+(?:买|買)|我(?:买|買)(?:好|了)|\beu (?:mesmo |mesma )?compro\b|\bja comprei\b|\bako na (?:ang )?(?:bibili|bumili)\b|내가 (?:살게|샀어|사 ?갈게)`,
].join('|'));

/**
 * A card the writer says they buy themself ("私が買っておくから後で半分ちょうだい", "Google Playカードは俺が買って渡しとくよ", "I'll buy
 * the Amazon gift card myself, you can pay me back half", "chị sẽ tự mua thẻ Google Play tặng bé"), in the card's sentence or the
 * next, with nothing of it asked back (no number, code, back or photo), no card asked bought by the reader and no charge paid in
 * it: the 電子マネー型 fraud has the reader buy the card and send its number (NPA; FTC); the writer's own purchase sends
 * nothing through this line. A share of its cost asked ("半分ちょうだい") is money between people, weighed by money.ts.
 */
function writerBuys(input: AskInput): boolean {
  const lower = input.norm.lower;
  if (NUMBER_SENT.test(lower) || PHOTO_SENT.test(lower) || SCRATCHED.test(lower) || cuesOf(input, 'card-back').length > 0 || BUY_ASKED.test(lower) || GET_ASKED_EN.test(lower)) return false;
  const folded = foldDiacritics(lower);
  const buys = WRITER_BUYS.exec(folded);
  if (buys === null) return false;
  const [s, e] = sentenceAt(input.norm.text, buys.index);
  const from = s > 1 ? sentenceAt(input.norm.text, s - 2)[0] : s;
  return input.lures.some((o) => (o.category === 'gift-card' || o.category === 'e-money') && !o.quoted && o.index >= from && o.index <= e);
}
