// Pay a payee the reader cannot check. A bill is paid the way the reader already knows (the
// registered 口座振替, the paper slip, the shop's counter); a message that instead names a
// person's own account (or payment-app ID) for an office's or a cause's money, announces that the account has "changed", promises
// to send one once the reader agrees to pay first, asks for crypto, or asks a fee before money
// the reader is owed is released (winnings, a withdrawal, a loan, a job) sends the money where
// nobody the reader knows stands behind it (全銀協, NPA, FSA, 国民生活センター; data/lures.json). So do
// goods shipped cash on delivery that nobody ordered (消費者庁: 送りつけ商法). So does money "sent
// to you by mistake" to be sent back to the number or account the writer gives: a transfer made in
// error is reversed by the bank or app that made it (組戻し, the app's own refund), and the reader
// cannot check that any money came, nor whose the account is.
import type { Ask } from '../check.js';
import { anchorSet, holdsAny, holdsDigitRun } from '../match/anchors.js';
import { replyChannel } from './reply.js';
import { namedOwnAccount } from './role.js';
import { publicFeeOffRoute } from './public-fee.js';
import { servicePayee } from './service-fee.js';
import { feeBeforeBenefit, feeBeforeOwnThing, prepaidHandover, sharedWin, soldBelowFace } from './prepay.js';
import { movedPayee } from './moved-payee.js';
import { cuesOf, DUE_TODAY, hasCue, inSentence, inSentenceOrBefore, inSentenceOrNext, sentenceAt, speaksAsOffice, speaksAsPerson, tellsOfScam, type AskFinder, type AskInput, type AskNeeds, luresOfCategory, NO_ASKS } from './types.js';
import { gated } from '../match/literals.js';

// An account written out: "普通 7712045", "口座番号：1234567", "支店 当座".
const ACCOUNT_WRITTEN = /(?:普通|当座|口座番号|口座)\s*[:：]?\s*\d{6,8}(?!\d)|支店\s*(?:普通|当座)/;

/**
 * A request to pay in the sentence at `at`: "お振込ください", not the sender's "お振込みします" to the reader, nor a
 * warning not to ("Jangan transfer ke siapa pun", "振り込まないでください").
 */
function payAsked(input: AskInput, at: number): boolean {
  return inSentence(input, at, 'pay') && !inSentence(input, at, 'sender-pays') && !inSentence(input, at, 'never-ask');
}

// A payment worded with its verb and its request apart ("入金は、必ず指定の個人口座からお願いします", "参加費はUSDTで受け付けます"):
// the money's word and a request, or a fee taken, in one sentence. (Told only as where the money goes, "入金は個人口座宛になります",
// it is left: a club's treasurer says so of her own account.)
const MONEY_WORD = /入金|振込|振り込|送金|支払|払い込|参加費|会費|代金|費用/;
const REQUESTED = /お願い|ください|下さい|受け付け|受付/;

// The payee told as where the money goes: "個人口座宛になります", "宛てです", "へのご入金となります".
const DESTINATION = /宛て?(?:に|と)?(?:なります|です)|への?(?:ご)?入金(?:と|に)なります/;

/**
 * The payee's sentence tells it as where the money goes, in a message that invites an investment (an `investment` lure of its own):
 * a broker, an exchange or a fund takes a client's money into its own segregated account, never into a person's (金融商品取引法
 * 42条の4; 警察庁 SNS型投資詐欺: 個人名義の口座への入金を指示される).
 */
function investmentStakeTo(input: AskInput, at: number): boolean {
  const [s, e] = sentenceAt(input.norm.text, at);
  return DESTINATION.test(input.norm.lower.slice(s, e + 1)) && luresOfCategory(input.lures, 'investment').some((l) => !l.quoted && !inSentence(input, l.index, 'never-ask'))
    && !inSentence(input, at, 'never-ask') && !tellsOfScam(input);
}

/** The payee's sentence asks money into it, its verb and request apart; not the sender paying, nor a warning not to. */
function payWorded(input: AskInput, at: number): boolean {
  const [s, e] = sentenceAt(input.norm.text, at);
  const sentence = input.norm.lower.slice(s, e);
  return MONEY_WORD.test(sentence) && REQUESTED.test(sentence) && !inSentence(input, at, 'sender-pays') && !inSentence(input, at, 'never-ask');
}

// A fee's sentence clipped to its object and a deadline ("ご本人確認手数料を明日正午までに。"): the request left unsaid.
const CLIPPED_DUE = /^[^。!?！？\n]*?を\s*[^。!?！？\n]{0,12}(?:までに|中に|以内に)\s*(?:[。!?！？]|$)/;

/** The fee at `index` is asked by its clipped form: its object and a deadline ending the sentence. */
function feeDue(input: AskInput, fee: { index: number }): boolean {
  const [, e] = sentenceAt(input.norm.text, fee.index);
  return CLIPPED_DUE.test(input.norm.lower.slice(fee.index, Math.min(e + 1, input.norm.lower.length)));
}

/** A request to pay in the sentence at `index` or the one after it. */
function payNear(input: AskInput, index: number): boolean {
  return inSentenceOrNext(input, index, (at) => payAsked(input, at));
}

/** Whether a cue of `category` stands in the sentence at `index` or the one before it. */
function hereOrBefore(input: AskInput, index: number, category: string): boolean {
  return inSentenceOrBefore(input, index, (at) => inSentence(input, at, category));
}

/** A money cue of the message's own, anywhere in it: the need the third person's account is to receive. */
function moneyAsked(input: AskInput): boolean {
  return luresOfCategory(input.lures, 'money').some((l) => !l.quoted && !inSentence(input, l.index, 'done') && !inSentence(input, l.index, 'never-ask'));
}

/** The message says its notice was also given on paper (paper-copy) and presses for nothing. */
function onPaperUnpressed(input: AskInput): boolean {
  let paper = false;
  for (const l of input.lures) {
    if (l.quoted) continue;
    if (l.kind === 'pressure') return false;
    if (l.category === 'paper-copy') paper = true;
  }
  return paper;
}

// "無料で" before a verb of giving speaks of the goods the fee buys ("登録料2,000円をお支払いいただくと高級美容液を
// 無料で提供"), the bait; not of the fee ("手数料は無料", "払戻額から差し引きます").
const GIVEN_FREE = /^\s*で\s*(?:ご?提供|お届け|プレゼント|差し上げ|進呈|お送り|贈呈|お譲り)/;

/** The fee itself is waived, deducted or paid on delivery, said in its sentence (not goods given free). */
function feeWaived(input: AskInput, fee: { index: number }): boolean {
  const [start] = sentenceAt(input.norm.text, fee.index);
  return input.lures.some((w) => w.category === 'fee-waived' && !w.quoted && sentenceAt(input.norm.text, w.index)[0] === start
    && !GIVEN_FREE.test(input.norm.text.slice(w.index + w.cue.length, w.index + w.cue.length + 8)));
}

// Right before an order's word, words that put it in an earlier purchase: "以前", "昨年", "前回".
const PAST_ORDER = /(?:以前|昨年|去年|前回|かつて|前に)[^。!?！？\n]{0,8}$/;

/** The order cue at `index` tells of an earlier purchase (the tie a seller claims), not of what it now ships. */
function pastOrder(input: AskInput, index: number): boolean {
  return PAST_ORDER.test(input.norm.lower.slice(Math.max(0, index - 12), index));
}

// The cue categories a payee ask starts from, one per branch below (a new branch adds its own).
const PAYEE_CUES: ReadonlySet<string> = new Set(['payee-later', 'payee', 'payee-third', 'payee-id', 'payee-changed', 'fee', 'cod-shipment', 'send-back', 'job-fee']);

/** The money is asked for a cause or in an office's or a company's name, not a person's own. */
function forOthersMoney(input: AskInput): boolean {
  if (input.brands.length > 0 || speaksAsOffice(input)) return true;
  // A cause's money: unless a person asks friends to pool it ("サークルで募金を集めています、送ってくれたら").
  return luresOfCategory(input.lures, 'donation').some((l) => !l.quoted) && !speaksAsPerson(input);
}

// A marketplace between people (メルカリ, ラクマ, ジモティー, ヤフオク, 煤炉): it holds the payment until the goods arrive,
// and every one of them forbids paying outside it.
const MARKETPLACE = /メルカリ|ラクマ|ジモティ|ヤフオク|paypayフリマ|フリマアプリ|フリマ|mercari|煤炉|rakuma|jmty|marketplace/;
// Paid outside it: "アプリ外で", "直接PayPayで", "直接转账", a deposit or an advance first (手付金, 前金, 先払い).
const OFF_PLATFORM = /アプリ外|アプリを通さ|取引外|外で取引|直接(?:の)?\s*(?:送金|取引|振込|振り込|支払|お支払|paypay|ペイペイ|au\s*pay|line\s*pay|转账|轉帳|付款)|手付金|前金|内金|先払い|先に[^。\n]{0,10}(?:paypay|ペイペイ|振込|振り込|送金|支払)/;
// Found property returned for a fee paid first ("お財布を拾いました…お礼の送料として3千円をPayPayで"): the police's lost and
// found returns it, and a finder's reward is settled once the owner has it back (遺失物法), never paid in advance to a stranger.
// So is the reader's own thing held by whoever writes (a coat left at a cleaner's, property left in a taxi, a lost pet taken in:
// お忘れ物をお預かりしています, お預かりのコートの保管期限が過ぎました, 迷子の猫ちゃんを保護しました, you left your bag in my car)
// released for a fee sent first by transfer or app: a shop takes its storage fee at the counter when the thing is collected, a
// courier's 着払い is paid at the door, a pet is handed back to its owner (国民生活センター, 遺失物法); a fee to a transfer or an app
// before the handover is the finder's fee again, whoever claims to hold it.
const FOUND = /拾いました|拾った|拾って|拾得|お預かりしている(?:財布|落とし物)/;
const FOUND_FEE = /送料|手数料|お礼|謝礼|運賃|代金/;
// The reader's own thing held by whoever writes, however it is told: lost property kept by a taxi, a hotel or a shop
// ("お忘れ物(財布)をお預かりしています", "落とし物をお預かりしております"), a coat left at a cleaner's ("お預かりのコート"), a lost
// pet taken in ("保護しました"), a bag left in a car ("you left your bag in my car"). One rule with HELD_FEE below: the owner
// pays the courier on arrival (着払い) or fetches it at the counter, and a handover fee asked first is the finder's fee.
const HELD_FOR_READER = /(?:お?忘れ物|落とし物|遺失物)[^。\n]{0,14}?お?預かり|お忘れ物|置き忘れ|お預かりの|保護しました|保護しています|you left your|left (?:your|behind)[^.\n]{0,30}(?:car|taxi|cab)/;
// Only what the handover itself costs (postage, a fare, storage, the finder's thanks): not a repair's or a cleaning's price
// (お預かりのお車の修理代金はお振込みで).
const HELD_FEE = /送料|運賃|保管料|保護費|交通費|謝礼|お礼|for gas|gas money|delivery fee/;
// Money asked sent ahead of the handover with the app or the transfer unnamed: "先に送ってもらえますか", "send … first".
const SENT_FIRST = /先に[^。\n]{0,8}送っ|send [^.\n]{0,30}first/;
// The reader's money into a payment app or an account: PayPay, au PAY, LINE Pay, a transfer.
const APP_OR_ACCOUNT = /paypay|ペイペイ|au\s*pay|line\s*pay|楽天ペイ|d払い|振込|振り込|送金|口座/;
// Overpaid "by mistake" in a buyer's voice, the difference to be sent back to an account it gives (the overpayment scam).
const OVERPAID = /多めに|多く(?:送金|振り込|振込|支払)|余分に|過剰に|二重に/;
const BUYER = /購入者|買い手|落札者|購入希望|お客|buyer/;
const SEND_BACK = /差額|返金|返して|送り返|お返し/;
// A payment-app ID given as new or changed ("こっちの新しいIDね", "PayPayのID変わったから") for money owed or asked: the
// account-changed warning (全銀協: 振込先の変更) for an app, where the old ID is the one the reader could check.
const APP = /paypay|ペイペイ|au\s*pay|line\s*pay|楽天ペイ|d払い/;
const NEW_ID = /(?:新しい|新しく|別の)\s*(?:id|アカウント)|(?:id|アカウント)(?:が|を|は)?\s*(?:変わ|変え|変更|新しく)/;
const OWED = /貸した|貸してた|借りた|返して|返済|返してもら/;
// A shared cost (a split bill, a party, a club fee) is not an old debt: friends send it to whatever ID they use now.
const SHARED = /割り勘|割勘|飲み会|ランチ|会費|代を?|チケット/;
// A warning about these moves, not the move: forbidden, take care, do not.
const WARNED = /禁止|ご注意|注意して|お控え|詐欺|ないでください|ないように|しないで/;

// A sale offered: goods, tickets, a room or a card handed over or sold, or a price named as a bargain (also in Portuguese,
// Tagalog, Vietnamese and Chinese: "vendo meu carro", "ibinebenta", "bán gấp", "便宜卖").
const SELLS = /(?:購入|申込|申し込み)?代行(?:します|いたします|承ります)|まとめて申し込|譲ります|譲れます|お譲り|譲って|売ります|売れます|売ってます|買えます|販売|余って|余った|余ってる|格安|激安|割引価格|特別価格|半額|定価|\bvendo\b|vende-se|ibinebenta|binebenta|ban gap|ban re|出售|转让|轉讓|便宜卖|便宜賣/;
// Paid first, the goods after: "先に振込いただいた方に", "振込後に発送", "先払い", "手付金を振り込めば", "入金確認後にお渡し";
// a deposit to hold it: "sinal de 50 mil pra reservar", "đặt cọc", "先付定金", "paunang bayad".
const PAY_FIRST = /先に[^。\n]{0,12}(?:振込|振り込|送金|支払|入金|paypay|ペイペイ)|先払い|前払い|前金|手付金|内金|sinal de|pra reservar|para reservar|dat coc|chuyen coc|先付定金|先付订金|先转定金|先轉訂金|paunang bayad|downpayment muna|(?:振込|振り込み|送金|入金|支払い?)(?:の|を)?(?:確認)?(?:後|次第|でき次第|(?:し|でき)(?:まし)?たら)[^。\n]{0,8}(?:発送|発券|お渡し|渡し|分配|お送り|送り|確保)|(?:振り込め|振込すれ|送金すれ|入金すれ|払え)ば/;
// A channel that holds the money or vouches for the seller: the official resale (チケトレ, 公式リセール), a marketplace's own
// checkout or escrow, or the reader's own order or contract with the seller (ご注文, ご契約, 契約書).
const HELD = /チケトレ|公式リセール|公式の?リセール|公式トレード|エスクロー|escrow|ご注文|ご購入いただ|お買い上げ|ご契約|契約書|重要事項説明/;
// A gift card or store credit sold below its face value ("額面5万→3万", "格安で売ります"): cards are sold at face by their issuer,
// and a discounted one is stolen, already spent or never sent (国民生活センター; the issuers forbid resale).
const CARD = /ギフトカード|ギフト券|アマギフ|itunesカード|google\s*playカード|プリペイドカード|商品券/;
const BELOW_FACE = /額面|格安|激安|割引|半額|安く|\d+\s*%\s*(?:off|オフ)/;
const SELL_VERB = /代行します|代行いたします|売ります|売れます|譲ります|お譲り|販売|買いませんか|買わない|いりませんか/;
// A business's or a service's payment moved to a transfer into an account whose holder is a person's name written in katakana
// ("決済エラーのため銀行振込への変更をお願いします。口座:楽天銀行 … 普通 6038174 サトウ ハルミ"): a business takes payment in
// its own name (株式会社, カ)), on its own checkout; a person's name for its money is a borrowed or sold account (全銀協, NPA).
const PAY_SWITCHED = /(?:振込|振り込み|口座|支払い?|お支払い方法|決済方法|送金)[^。\n]{0,4}(?:へ|に)の?\s*変更|決済エラー|決済が(?:でき|完了し|失敗)|カード(?:決済)?が(?:ご?利用でき|使え|通ら)/;
const PERSON_HOLDER = /(?:普通|当座|口座番号)\s*[:：]?\s*\d{6,8}(?!\d)\s*(?:名義\s*[:：]?\s*)?[ァ-ヴー]{2,8}[\s\u3000・]+[ァ-ヴー]{2,8}(?![ァ-ヴー])/;
// The switch said outright: "お振込先:個人名義口座に変更となりました" for a town's, a shop's or a service's money.
const TO_PERSONAL = /個人名義[^。\n]{0,8}(?:へ|に)の?\s*変更/;
const COMPANY_HOLDER = /カ\)|\(カ|カブシキ|ユウゲン|ガイシャ|ゴウドウ|シャ\)|ザイダン|シャダン|ホウジン|クミアイ/;

// What each of strangerPayee's answers needs to have matched: the move off a marketplace, the found property, the new ID, the
// overpayment, the payment first or the card sold (payFirstSale), the switch to a person's account (personHolderSwitch).
// The payee moves in two halves, each tested only where the text holds one of its anchors (match/anchors.ts): a pattern of
// alternatives matches where one of them does, so the halves answer as the whole. The rarer moves' anchors, one character or
// word each alternative holds: 拾 預 of found property; 忘 預 護 or "left" of what is held for the reader; ウ of アカウント or
// "id" of a new ID; 多 余 過 重 of an overpayment; 個 of 個人名義; 普 座 of 普通/当座/口座番号. The commoner ones': 外 通 直 金 先
// of the moves off the app (アプリ外, アプリを通さ, 直接, 手付金/前金/内金, 先払い/先に); 先 前 金 後 次 ば or "sinal",
// "reservar", "coc", "paunang", "downpayment" of paying first; ギ ド 券 of a card (ギフト, カード, 商品券). Most texts hold one of
// the commoner ones, and then only the shorter half is run.
const RARE_MOVES = gated(new RegExp([FOUND, HELD_FOR_READER, NEW_ID, OVERPAID, TO_PERSONAL, PERSON_HOLDER].map((re) => `(?:${re.source})`).join('|')));
const RARE_ANCHORS = anchorSet('拾預忘護ウ多余過重個普座');
const RARE_WORDS = gated(/left|id/);
const COMMON_MOVES = gated(new RegExp([OFF_PLATFORM, PAY_FIRST, CARD].map((re) => `(?:${re.source})`).join('|')));
const COMMON_ANCHORS = anchorSet('外通直金先前後次ばギド券');
// (ASCII words as one pattern: String.includes over two-byte text costs some 50 ns a word.)
const COMMON_WORDS = gated(/sinal|reservar|coc|paunang|downpayment/);

/**
 * Whether the text holds a stranger's payee move (FOUND, HELD_FOR_READER, NEW_ID, OVERPAID, TO_PERSONAL,
 * PERSON_HOLDER, OFF_PLATFORM, PAY_FIRST or CARD): what strangerPayee's answers all need.
 */
function movesPayee(lower: string): boolean {
  return ((holdsAny(lower, RARE_ANCHORS) || RARE_WORDS.test(lower)) && RARE_MOVES.test(lower))
    || ((holdsAny(lower, COMMON_ANCHORS) || COMMON_WORDS.test(lower)) && COMMON_MOVES.test(lower));
}
// An account to come by reply, worded as a clause ("返信でお知らせする口座", "reply for the bank account") rather than a set phrase.
const PAYEE_BY_REPLY = /(?:返信|折り返し)[^。\n]{0,6}(?:お知らせ|お伝え|ご案内|お送り)(?:する|いたす|します)?(?:口座|振込先|送金先)|reply (?:for|to get|to receive) (?:the |our )?(?:bank (?:account|details)|payment details|account (?:number|details)|account to)/;
// A payment number to come by reply: "払込票番号：返信で案内", "お支払い番号は折り返しお伝えします", "収納番号は返信にて".
// A courier's parcel, named as the courier names it (cod-shipment above).
const COURIER_PARCEL = /荷物|小包|ゆうパック|宅急便|宅配便/;

/** The text of the sentence holding `index`. */
function sentenceText(input: AskInput, index: number): string {
  const [s, e] = sentenceAt(input.norm.text, index);
  return input.norm.lower.slice(s, e);
}

// (The reply may be pointed at first: "支払番号は本SMSへご返信いただいた方にお送りします".)
const SLIP_BY_REPLY = /(?:払込票|払込|払い込み|お?支払い?|収納|決済)(?:番号|票番号)\s*[:：は]?\s*(?:を|は)?[^。\n]{0,12}?(?:返信|折り返し)/;

/** Goods sold by a stranger for money paid first, with no channel that holds the money: the cue, if so. */
function payFirstSale(lower: string): string | undefined {
  if (HELD.test(lower)) return undefined;
  const first = PAY_FIRST.exec(lower);
  if (first !== null && SELLS.test(lower)) return first[0];
  const card = CARD.exec(lower);
  if (card !== null && (BELOW_FACE.test(lower) || soldBelowFace(lower) !== undefined) && SELL_VERB.test(lower)) return card[0];
  return undefined;
}

/** A payment switched to an account held in a person's katakana name, or said to be a personal one: the cue, if so. */
function personHolderSwitch(lower: string): string | undefined {
  const told = TO_PERSONAL.exec(lower);
  if (told !== null) return told[0];
  if (!PAY_SWITCHED.test(lower)) return undefined;
  const holder = PERSON_HOLDER.exec(lower);
  if (holder === null || COMPANY_HOLDER.test(holder[0])) return undefined;
  return holder[0];
}

/**
 * Money a stranger asks outside the channel that would protect the reader: a marketplace's buyer or seller moving the payment
 * off the app, a finder asking a fee before returning property, a buyer who "overpaid" asking the difference back, money owed
 * sent to a payment-app ID given as new (the reader can check only the old one). Exported
 * for checks/ask-channel.ts: between people these payee asks are still counted.
 */
export function strangerPayee(input: Pick<AskInput, 'norm'>): string | undefined {
  const lower = input.norm.lower;
  // Nothing below is found without one of these: tested at once, in one pattern, first (most texts have none, and each
  // of the dozen patterns below cost a call and a scan of the text).
  if (!movesPayee(lower)) return undefined;
  // The marketplace's own warning ("アプリ外での取引や直接のお支払いは禁止されています") asks nothing.
  if (WARNED.test(lower)) return undefined;
  const marketplace = MARKETPLACE.test(lower);
  const off = marketplace ? OFF_PLATFORM.exec(lower) : null;
  if (off !== null) return off[0];
  const found = FOUND.exec(lower);
  if (found !== null && FOUND_FEE.test(lower) && APP_OR_ACCOUNT.test(lower)) return found[0];
  const held = HELD_FOR_READER.exec(lower);
  if (held !== null && HELD_FEE.test(lower) && (APP_OR_ACCOUNT.test(lower) || SENT_FIRST.test(lower))) return held[0];
  const moved = APP.test(lower) ? NEW_ID.exec(lower) : null;
  if (moved !== null && OWED.test(lower) && !SHARED.test(lower)) return moved[0];
  const over = OVERPAID.exec(lower);
  if (over !== null && BUYER.test(lower) && SEND_BACK.test(lower) && APP_OR_ACCOUNT.test(lower)) return over[0];
  // Outside any marketplace: tickets, goods, a room or a gift card sold for money paid first (チケット転売・格安販売の先払い詐欺,
  // 国民生活センター), and a payment moved to a person's account.
  if (!marketplace) {
    const sale = payFirstSale(lower);
    if (sale !== undefined) return sale;
  }
  return personHolderSwitch(lower);
}

// A payment-app ID written out after the app's name: "PayPay ID: sensei_trip", "PayPayで ID:kodomo_shokudo_h", "私のPayPayにお願いします。
// ID:pta-kaikei-s3", "PayPay ไอดี thai_help_jp".
// (Also told: "PayPayの送金先IDは bokin_noto26 です"; or the app's 送金先 with its handle, "Kyashの送金先 sato_family_kouden へ".)
const APP_ID = gated(/(?:paypay|ペイペイ|au\s*pay|line\s*pay|楽天ペイ|kyash)[^\n]{0,40}?(?:\bid|ไอดี|아이디|送金先)\s*(?:[:：]|は|na\b|é\b|là\b)?\s*[a-z0-9][a-z0-9_.-]{2,}/);
// An organisation the money is for, named by what it is: a clinic, a school or its teacher, a shrine or temple, a shop
// (a cleaner's, a salon, a farm), a taxi company, a community-hall class, a children's cafeteria, a relief or residents'
// association (in the residents' languages too: สมาคม, အသင်း, guro, teacher); a staffing agency collecting from the workers it places
// (派遣元, 派遣会社: an employer deducts from the pay slip or hands the 幹事 the collection, never an app ID of its own).
const ORG_BUSINESS = /派遣元|派遣会社|人材派遣|保育園|幼稚園|こども園|病院|クリニック|医院|歯科|薬局|神社|寺|宮司|住職|学校|担任|先生|guro|teacher|こども食堂|子ども食堂|教室|講座|公民館|サロン|クリーニング|農園|交通|タクシー|協会|団体|互助会|機構|สมาคม|အသင်း/;
const UTILITY_BILL = /ガス代|電気代|水道代|ガス料金|電気料金|水道料金|光熱費|\bgas bill|electric(?:ity)? bill|power bill|water bill|utility bill|kuryente|bayad sa tubig|conta de (?:luz|[aá]gua|g[aá]s)|tiền điện|tien dien|tiền nước|tien nuoc|tagihan (?:listrik|air|gas)|电费|燃气费|水费/;
const UTILITY_SPLIT = /半分|割り勘|割勘|ずつ|折半|\bhalf\b|\bsplit\b|hatian|chia (?:đôi|doi|đều|deu)|metade|patungan|一半|平摊|각자/;
// A members' body whose treasurer may really collect into her own account or app from members who know her: PTA, 町内会, a
// club's 会計 or 幹事. Counted only with the money pressed (今日中, 至急): the members' dues have a season, not an hour.
export const ORG_MEMBERS = /pta|会計|町内会|自治会|町会|幹事|部活|サークル|同窓会|チーム|少年団|子ども会|顧問/;
// The writer told as a disaster's victim: "被災地の避難所にいます", "地震で被災しました".
const VICTIM_SELF = /(?:被災地|避難所|被災)[^。\n]{0,12}(?:にいます|にいる|しました|しています|してい|です)/;
// Pressed: a deadline of today (DUE_TODAY, types.ts) or at once.
const PRESSED_TODAY = gated(new RegExp(`${DUE_TODAY.source}|至急|今すぐ`));
// A payment app named as the way to pay, with no ID written ("今日中にPayPayで8,000円送ってください"): the account is the one the
// line the message came from holds, a person's.
const APP_NAMED = gated(/(?:paypay|ペイペイ|au\s*pay|line\s*pay|楽天ペイ)\s*(?:で|に|へ|から)/);
// A bill split between friends (a dinner, a party, a ticket bought for the group): theirs to send to whatever account they use.
const SPLIT_BILL = /割り勘|割勘|飲み会|ランチ|お昼代|忘年会|新年会|送別会|歓迎会|打ち上げ|二次会|食事代|立て替えてもらった|立て替えてくれた/;

/**
 * An organisation's or a cause's money asked into a payment-app ID written out: clinics, schools, shrines, shops and relief
 * bodies take money at their counter, by their slip or into an account in their own name, and publish it (日本赤十字社, 共同募金会,
 * a city); an app ID is a person's, which none of the organisation's members or patients can check (金融庁 2024-01-05 and PayPay's
 * 2024-01-05 notice: relief money asked by e-money on SNS, 見知らぬ人との残高のやりとりはしない; 三次市: a domestic body's payee in an
 * unrelated person's name; さつま町: 役場 never ask relief money of individuals by phone or SNS). A members' body's treasurer
 * collecting dues she is known for is counted only when the money is pressed for today. The cue, if so.
 */
function orgAppPayee(context: Pick<AskInput, 'norm' | 'lures'>): string | undefined {
  // Only the text and its cues are read (inSentence, payWorded, sentenceAt).
  const input = context as AskInput;
  const lower = input.norm.lower;
  const written = APP_ID.exec(lower);
  const id = written ?? appOfLine(input);
  if (id === null || inSentence(input, id.index, 'never-ask') || inSentence(input, id.index, 'done')) return undefined;
  const cause = luresOfCategory(input.lures, 'donation').some((l) => !l.quoted && !inSentence(input, l.index, 'never-ask'));
  // (The line's own app is found only in a sentence that asks money into it: appOfLine.)
  const asked = cause || written === null || input.lures.some((l) => !l.quoted && (l.category === 'pay' || l.category === 'money') && !inSentence(input, l.index, 'done') && !inSentence(input, l.index, 'never-ask'))
    || payWorded(input, id.index) || /送金|送って|お送り|お支払|徴収|集金|padala|bayad|โอน/.test(lower);
  if (!asked) return undefined;
  if (cause && !speaksAsPerson(input)) return id[0];
  // A disaster's victim writing from the shelter to whoever reads, money to an app ID (金融庁, PayPay 2024-01-05: 被災者を装い
  // 残高の送付を求める): relief reaches victims through the bodies that publish their accounts, not to a stranger's ID.
  if (VICTIM_SELF.test(lower)) return id[0];
  // The organisation named where the writer says who they are (the opening) or as the ID's holder ("先生のIDに"): not a school
  // or a teacher told of beside a member's own collection ("現金の方は担任の先生へ").
  // The opening is its first two sentences: a greeting may come first ("Magandang araw po. Ito po ang guro ng anak ninyo.").
  const [, firstEnd] = sentenceAt(input.norm.text, 0);
  const openEnd = firstEnd + 1 < lower.length ? sentenceAt(input.norm.text, firstEnd + 1)[1] : firstEnd;
  if (ORG_BUSINESS.test(lower.slice(0, openEnd)) || ORG_BUSINESS.test(lower.slice(Math.max(0, id.index), id.index + id[0].length))) return id[0];
  // A utility's bill (gas, power, water) told unpaid and asked into an app ID: utilities are paid by their slip, the debit or their own
  // page, never to a person's ID (東京ガス・電力各社: 料金をPayPay送金やSMSで請求することはありません). Not flatmates splitting it.
  if (written !== null && UTILITY_BILL.test(lower.slice(0, openEnd)) && !UTILITY_SPLIT.test(lower)) return id[0];
  // Or the body's members addressed as such ("ご入居者様へ", "保護者の皆様"; role.ts roleVoice): a building's or a school's notice,
  // whose money goes to the body's account, not to a staff member's app ID.
  if (written !== null && cuesOf(input, 'role-members').some((l) => !l.quoted && l.index < openEnd)) return id[0];
  if (ORG_MEMBERS.test(lower) && PRESSED_TODAY.test(lower)) return id[0];
  return undefined;
}

// The app named as the writer's own: "au PAYで私宛に", "PayPayで私に", "私のPayPayへ".
const WRITERS_OWN_APP = /私(?:宛|あて|の方|に|へ)/;

/**
 * A club's, a school's or a clinic's money pressed for today into a payment app named with no ID written ("部活の遠征費の件、顧問の
 * 先生から集金を頼まれました。今日中にPayPayで8,000円送ってください"): the money goes to whoever holds the line it came from, a
 * person's account the members cannot check against the organisation's own route (the envelope, the usual account, the
 * school's debit), and pressed for today it leaves no time to ask the teacher. Not a bill split between friends. The app's
 * name as the match, if so (its ID, when written, is APP_ID's).
 */
function appOfLine(input: AskInput): RegExpExecArray | null {
  const lower = input.norm.lower;
  const app = APP_NAMED.exec(lower);
  if (app === null || SPLIT_BILL.test(lower) || !(ORG_MEMBERS.test(lower) || ORG_BUSINESS.test(lower))) return null;
  // (Or, unpressed, into the writer's own app named as such, "写真販売の代金をau PAYで私宛に", for an organisation's sale: the
  // body's money into a member's own wallet, its ID still to come.)
  if (!PRESSED_TODAY.test(lower) && !(ORG_BUSINESS.test(lower) && WRITERS_OWN_APP.test(lower.slice(app.index, app.index + app[0].length + 12)))) return null;
  const [s, e] = sentenceAt(input.norm.text, app.index);
  return /送金|送って|お支払|振り込|振込|お願い/.test(lower.slice(s, e)) ? app : null;
}

// An account written out with a person's katakana name as its holder, in a bank's or ゆうちょ's form ("普通 1234567 ヤマダ タロウ",
// "記号12340 番号5567891 ヤマザキ ケンジ", "ゆうちょ 10190-32918871 ヒラノ マサル", "名義:タナカ ユウキ").
const HOLDER_NAME = String.raw`\s*(?:名義\s*[:：]?\s*)?[ァ-ヴー]{2,8}[\s\u3000・]+[ァ-ヴー]{2,8}(?![ァ-ヴー])`;
const PERSON_ACCOUNT = gated(new RegExp(String.raw`(?:(?:普通|当座|口座番号)\s*[:：]?\s*\d{6,8}|記号\s*\d{5}\s*番号\s*\d{7,8}|\d{5}-\d{7,8})(?!\d)${HOLDER_NAME}|名義\s*[:：]\s*[ァ-ヴー]{2,8}[\s\u3000・]+[ァ-ヴー]{2,8}(?![ァ-ヴー])`));

/**
 * Whether PERSON_ACCOUNT can match `lower` at all: every match holds five digits in a row (普通/当座/口座番号 and six to eight,
 * 記号 and five, ゆうちょ's five before its "-") or 名義 (its last form). Asked first because the pattern's literal gate cannot
 * keep it from running (its ゆうちょ form needs only a "-" between digits), and most messages hold neither.
 */
function mayHoldPersonAccount(lower: string): boolean {
  return holdsDigitRun(lower, 5) || lower.includes('名義');
}
// A civic body's, a class's or a cause's money: dues, a course fee, a donation or an offering, a tax-deductible 寄附.
const CIVIC_MONEY = gated(/町内会|自治会|町会|pta|公民館|講座|教室|授業料|寄附|寄付|奉納|義援|募金|ふるさと納税/);

/**
 * A civic body's, a class's or a cause's money asked into an account held in a person's name and pressed for today
 * ("町内会費がまだ納められていません。本日中に下記へ…ヤマザキ ケンジ", "受講料が未納です。今日中に…ヒラノ マサル"): a treasurer
 * collecting the season's dues into her own account names no hour, and a municipality's 寄附 or a course's fee is paid into
 * the body's own account; a person's account for a body's money is what 三次市 and さつま町 (2024) tell residents to check against
 * the body's published one, and pressed for today it leaves no time to. The cue, if so.
 */
function civicPersonAccount(input: AskInput): string | undefined {
  const lower = input.norm.lower;
  // The money's and the day's words first: PERSON_ACCOUNT is tried at every character (its ゆうちょ form starts with a digit).
  if (!CIVIC_MONEY.test(lower) || !PRESSED_TODAY.test(lower)) return undefined;
  const holder = mayHoldPersonAccount(lower) ? PERSON_ACCOUNT.exec(lower) : null;
  if (holder === null || COMPANY_HOLDER.test(holder[0])) return undefined;
  const asked = input.lures.some((l) => !l.quoted && l.category === 'pay' && !inSentence(input, l.index, 'done') && !inSentence(input, l.index, 'never-ask'));
  return asked ? holder[0] : undefined;
}

// An account pointed to below the text ("下記口座へ", "下記の振込先に"): with none written there, it is one still to be sent.
const BELOW_UNWRITTEN = /下記の?(?:口座|振込先|お振込先)(?:へ|に|まで)/;
// The writer's own account or app for the members' money: "私の口座に", "私のPayPayへ".
const OWN_ACCOUNT = gated(/私の(?:個人)?(?:口座|paypay|ペイペイ)/);

/**
 * A members' body's officer pressing its money into the officer's own account for today ("PTA会計です…業者への支払いが今日までなので、
 * いったん私の口座に3万円お願いします"): the season's dues into a treasurer's own account name no hour, and a body pays its
 * suppliers from its own funds, not from a member's money fronted today. The cue, if so.
 */
function officerOwnAccount(input: AskInput): string | undefined {
  const lower = input.norm.lower;
  const own = OWN_ACCOUNT.exec(lower);
  if (own === null || inSentence(input, own.index, 'never-ask') || inSentence(input, own.index, 'done')) return undefined;
  if (!(ORG_MEMBERS.test(lower) || CIVIC_MONEY.test(lower)) || !PRESSED_TODAY.test(lower)) return undefined;
  const [s, e] = sentenceAt(input.norm.text, own.index);
  return REQUESTED.test(lower.slice(s, e)) || inSentence(input, own.index, 'pay') ? own[0] : undefined;
}

/** An organisation's or a cause's money into a payee its members cannot check (orgAppPayee, civicPersonAccount, officerOwnAccount): the cue, if so. */
export function orgPayee(context: Pick<AskInput, 'norm' | 'lures'>): string | undefined {
  return orgAppPayee(context) ?? civicPersonAccount(context as AskInput) ?? officerOwnAccount(context as AskInput);
}

const PAYEE_CUE_LIST = [...PAYEE_CUES];
// What the other patterns cannot match without (match/anchors.ts): APP_ID an app's name (y of "pay", ペ of ペイペイ, 楽天ペイ);
// PERSON_ACCOUNT 普 座 of 普通/当座/口座番号, 記 of 記号, the "-" of ゆうちょ's 10190-…, or 名 of 名義; OWN_ACCOUNT 私 of 私の;
// BELOW_UNWRITTEN 記 of 下記.
const APP_ANCHORS = anchorSet('ペy');
// 返 of 返信 and 折り返し.
const REPLY_ANCHORS = anchorSet('返');
const HOLDER_ANCHORS = anchorSet('普座記-名');
const OWN_ANCHORS = anchorSet('私');
const BELOW_ANCHORS = anchorSet('記');

/**
 * What createPayeeAsk cannot find an ask without (types.ts AskNeeds): a cue of PAYEE_CUES, a slip's number by reply
 * (SLIP_BY_REPLY: every match holds 返信 or 折り返し), a stranger's payee (strangerPayee: movesPayee first), a slip ruled out
 * (SLIP_WAIVED) or a benefit released on a payment (CONDITIONAL_PAY).
 */
export const payeeNeeds: AskNeeds = (input) => {
  const lower = input.norm.lower;
  return hasCue(input, PAYEE_CUE_LIST) || servicePayee(input) !== undefined || prepaidHandover(input) !== undefined || feeBeforeOwnThing(input) !== undefined || feeBeforeBenefit(input) !== undefined || publicFeeOffRoute(input) !== undefined || (holdsAny(lower, REPLY_ANCHORS) && (lower.includes('返信') || lower.includes('折り返し'))) || movesPayee(lower)
    || (holdsAny(lower, APP_ANCHORS) && APP_ID.test(lower)) || APP_NAMED.test(lower) || (holdsAny(lower, HOLDER_ANCHORS) && mayHoldPersonAccount(lower) && PERSON_ACCOUNT.test(lower))
    || (holdsAny(lower, OWN_ANCHORS) && OWN_ACCOUNT.test(lower)) || (holdsAny(lower, BELOW_ANCHORS) && BELOW_UNWRITTEN.test(lower))
    || movedPayee(input) !== undefined;
};

/**
 * A payee announced as changed and a call asked in the message ("振込口座が変わったので確認の電話をください", "振込先口座が変更に
 * なります。新口座…。080-…まで折り返しください"), neither said never asked nor done: the change is to be confirmed with the very line that
 * announced it, which checks nothing (全銀協: a change of account is confirmed on the number the reader already holds for the payee,
 * never one the notice gives), and the new account comes on the call.
 */
export function changedPayeeCall(input: AskInput): boolean {
  if (!luresOfCategory(input.lures, 'payee-changed').some((l) => !l.quoted && !inSentence(input, l.index, 'never-ask') && !inSentence(input, l.index, 'done'))) return false;
  return luresOfCategory(input.lures, 'call').some((c) => !c.quoted && !inSentence(input, c.index, 'never-ask') && !inSentence(input, c.index, 'prohibits'));
}

/** The payee cue lies within the writer's own account ("個人口座" in "私の個人口座") that role.ts namedOwnAccount finds named in full. */
function ownAccountNamed(input: AskInput, l: { index: number; cue: string }): boolean {
  const own = luresOfCategory(input.lures, 'personal-channel').find((p) => !p.quoted && p.index <= l.index && l.index + l.cue.length <= p.index + p.cue.length);
  return own !== undefined && namedOwnAccount(input, own.index);
}

// The paper the reader pays against (納付書, 払込票, 請求書) ruled out: "納付書は不要です", "納付書の再発行は不要", "払込票はございません".
const SLIP_WAIVED = /(?:納付書|払込票|振込用紙|請求書)(?:の(?:再)?発行|の送付)?(?:は|も)?(?:不要|必要(?:ありません|ない|ございません)|いりません|要りません|ございません|省略|お送りしません)/;
// A benefit released once a payment is seen ("お振込確認後、即日ご融資いたします", "お支払いで認定書を発行します"): the payment is the
// condition, asked as surely as "お振込ください".
const CONDITIONAL_PAY = /(?:振込み?|振り込み|入金|支払い?|納付|送金)(?:の)?(?:確認後|確認(?:が)?でき次第|が確認でき(?:次第|ましたら)|を確認(?:し|いたし)?(?:て|次第|後)|完了後|後に|後、|で)/;

/** The fee at `index` is the condition of what its sentence releases: a payment seen, then the benefit (CONDITIONAL_PAY). */
function feeAsCondition(input: AskInput, fee: { index: number }): boolean {
  const [, e] = sentenceAt(input.norm.text, fee.index);
  return CONDITIONAL_PAY.test(input.norm.lower.slice(fee.index, e));
}
// An account pointed at rather than written out: "指定口座へ", "下記口座に", "担当者の口座へ".
const ACCOUNT_POINTED = /(?:指定|下記|以下|担当者?)(?:の)?口座(?:へ|に|まで)/;

/**
 * A payee the reader holds on paper or knows (known-payee: 納付書, 請求書に記載, 口座振替, 窓口で) named in the sentence at `at`, and
 * not ruled out there ("納付書は不要です、担当者の口座へ": the slip named only to be waived is no payee in hand).
 */
function payeeInHand(input: AskInput, at: number): boolean {
  const [s, e] = sentenceAt(input.norm.text, at);
  const lower = input.norm.lower;
  return luresOfCategory(input.lures, 'known-payee').some((l) => l.index >= s && l.index < e && !SLIP_WAIVED.test(lower.slice(l.index, l.index + l.cue.length + 16)));
}

export function createPayeeAsk(): AskFinder {
  return (input) => {
    // "振込先の変更をSMSでお願いすることはありません": what is never asked; "振り込みました": told.
    // "お振込先は見積書に記載のとおりです": the payee on the paper in hand.
    const said = (at: number): boolean => !inSentence(input, at, 'never-ask') && !inSentence(input, at, 'done') && !payeeInHand(input, at);
    const ask = (cue: string): Ask[] => [{ kind: 'payee', cue, channel: replyChannel(input), quoted: false }];
    for (const l of input.lures) {
      // The categories below first: `said` reads the cue's sentence three times, for every cue.
      if (l.quoted || !PAYEE_CUES.has(l.category) || !said(l.index)) continue;
      // "振込先をお送りします", "口座はこの後送りますね": the reader is to pay whatever account arrives.
      if (l.category === 'payee-later') return ask(l.cue);
      // "入社前研修の教材費として23,000円をコンビニでお支払いください", "専用ヘッドセット(12,800円)の購入が条件です": a job that
      // charges the worker first (lures/offers.ts jobFeeFirst) is paid to whoever sells it; no employer takes the money.
      if (l.category === 'job-fee') return ask(l.cue);
      // "こちらの個人口座にお振込ください", "まず10万円だけUSDTで送ってね".
      // (Not the office-holder's own account written out in full under their name, nothing pressed: role.ts namedOwnAccount.)
      // (Nor a new account to come on paper, none written here, nothing pressed: "新しい口座は書面で郵送します"; the reader pays what
      // the paper says, checked as 全銀協 advises, and the message gives no account to pay.)
      // (Also a personal account told only as where an investment's stake goes, "あなたもまずは10万円から始めましょう。入金は個人口座
      // 「ヤマグチ ケンタ」宛になります": no treasurer's dues, but the venue's deposit, which no broker or exchange takes into a person's
      // account: investmentStakeTo.)
      if (l.category === 'payee' && (payNear(input, l.index) || payWorded(input, l.index) || investmentStakeTo(input, l.index)) && !ownAccountNamed(input, l) && !(onPaperUnpressed(input) && !ACCOUNT_WRITTEN.test(input.norm.lower))) return ask(l.cue);
      // "5万だけ振り込んでもらえる?口座は友達ので大丈夫だから": the writer's own need paid into a friend's
      // or an acquaintance's account, asked before or after; the account holder is no one the reader can reach
      // (the money mule of オレオレ詐欺). A club's treasurer is named as such, not as "a friend". The money may be
      // asked sentences away ("10万貸して。給料日に返す。自分の口座止まってるから友達名義のここに").
      if (l.category === 'payee-third' && (payNear(input, l.index) || hereOrBefore(input, l.index, 'pay') || moneyAsked(input))) return ask(l.cue);
      // "被災地への義援金を…PayPay送金先ID: noto_shien までご送金ください": a person's payment-app ID for
      // a cause's or an office's money. Relief bodies and offices publish their own accounts, and no
      // office asks households for relief money (消費者庁); between friends (a club fee) it is theirs.
      if (l.category === 'payee-id' && payNear(input, l.index) && forOthersMoney(input)) return ask(l.cue);
      // "振込先口座が変更になりました。新しい口座へお振込ください", or the new account written out. Not when
      // the same notice was also given on paper the reader holds ("念のため、紙の通知も郵便受けに入れておきました")
      // and nothing is pressed: the reader checks the change on the paper, as 全銀協 advises, not on the message.
      if (l.category === 'payee-changed' && (payNear(input, l.index) || ACCOUNT_WRITTEN.test(input.norm.lower)) && !onPaperUnpressed(input)) return ask(l.cue);
      // "振込口座が変わったので確認の電話をください": the new account is to be told on a call to the line that announced the change
      // (changedPayeeCall), a payee still to come by voice, as one to come by reply is (payee-later).
      // The payee is whoever answers that call: the number written for it, or the line itself (so a landlord's agent's own
      // fixed line, asking the call back to itself, is its own channel, weighed as such in checks/ask-channel.ts owned).
      if (l.category === 'payee-changed' && changedPayeeCall(input) && !onPaperUnpressed(input)) {
        const written = input.indicators.phones[0];
        return [{ kind: 'payee', cue: l.cue, channel: written ? { type: 'phone', value: written.normalized } : replyChannel(input), quoted: false }];
      }
      // "出金には資産額の10%の保証料が必要です", "当選しました。お受け取りの事務手数料をご用意ください":
      // a fee before money owed is released. Not a fee waived or deducted, nor cash on delivery.
      // The writer's promise to pay beside it is the bait, not the writer paying the fee: "振込手数料1万円を
      // 電子マネーで送金後、お振込みいたします", "5千円送るので、先に手数料を送金して".
      // The pay may follow in the next sentence ("受け取りに関税1万5千円かかるって。払っといてね").
      // What is released may be goods offered at a price, a scholarship, a job or a visa as well as money:
      // "開運の数珠を特別価格でお譲りします。代金は先払いでお願いします", "Pay processing fee 20000 JPY to confirm".
      // The payee may be named where the pay is asked rather than beside the fee ("補助金申請の着手金の請求書を郵送しました。
      // 請求書に記載の口座へお振込みください", "手数料は収入印紙です。入管の窓口でお支払いください"): an invoice in hand or the
      // office's own counter is the channel the reader knows.
      // A fee someone else is told to pay ("手数料は会社が払ってくれるって") is asked of no one here.
      // Nor is a friend's share of their own win ("チケット当選したよ!手数料込みで1人6,500円": prepay.ts sharedWin).
      if (l.category === 'fee' && hereOrBefore(input, l.index, 'release') && !sharedWin(input) && (inSentence(input, l.index, 'pay') || payNear(input, l.index) || feeDue(input, l) || feeAsCondition(input, l)) && !feeWaived(input, l) && !inSentence(input, l.index, 'paid-by-other')
        && !inSentenceOrNext(input, l.index, (at) => payAsked(input, at) && payeeInHand(input, at))) return ask(l.cue);
      // "干物セットを代引き8,800円で明日発送します。キャンセルは本日17時までに…": goods sent cash on
      // delivery that the message never says the reader ordered (送りつけ商法); the reader pays at the door
      // whoever stands behind them. A shipment of what the reader ordered names the order.
      // "Napadala ko sa inyo ang ¥10,000 nang mali. Pakibalik po sa number na ito", "間違えて送金してしまいました。
      // 返金してください": the mistake told, then the money asked back (here or in the sentence after).
      // Through a payment app or bank it names, in no friend's voice: a friend who paid twice
      // ("間違えて2回振り込んじゃった、1回分返金して") is someone the reader knows.
      if (l.category === 'send-back' && hereOrBefore(input, l.index, 'mistake') && (input.names?.length ?? input.brands.length) > 0 && !speaksAsPerson(input)) return ask(l.cue);
      // A purchase told as the tie ("以前カニをお買い上げいただいた…の者です") is a past order, not this shipment's:
      // "助けると思って…代引きで送らせてもらえませんか" still asks leave to send goods nobody ordered.
      // Nor the reader's own property sent back (a hotel's "お忘れ物…着払いでお送りします"): the courier is paid at the door for
      // what is already the reader's, no payee a stranger chose. A fee paid first for it is strangerPayee's (FOUND).
      // A courier's parcel (お荷物) in the sentence is the courier delivering what someone else sent ("代金引換のお荷物を明日お届け
      // します"): the seller who chose the goods is not the writer.
      if (l.category === 'cod-shipment' && inSentence(input, l.index, 'ship') && !COURIER_PARCEL.test(sentenceText(input, l.index)) && !luresOfCategory(input.lures, 'ordered').some((o) => !o.quoted && !pastOrder(input, o.index))
        && !luresOfCategory(input.lures, 'own-property').some((o) => !o.quoted)) return ask(l.cue);
    }
    // "本メッセージへの返信でお知らせする口座へお振込みください", "Reply for the bank account to transfer": the account to come by reply,
    // however the sentence words it (the payee-later cues list the set phrases), the money asked beside it.
    const later = PAYEE_BY_REPLY.exec(input.norm.lower);
    if (later !== null && said(later.index) && inSentenceOrNext(input, later.index, (at) => payAsked(input, at) || payWorded(input, at) || inSentence(input, at, 'money'))) return ask(later[0]);
    // "4,000円分をコンビニ払いで。払込票番号:返信で案内": a payment slip whose number the sender is to give by reply is no slip
    // in hand; the number pays whatever bill the sender raised (架空請求's コンビニ払い). A slip the reader holds is known-payee.
    const slip = SLIP_BY_REPLY.exec(input.norm.lower);
    if (slip !== null && !inSentence(input, slip.index, 'never-ask')) return ask(slip[0]);
    // "納付書は不要です、担当者の口座へ直接お振込ください", "納付書の再発行は不要です。振込先：…": a levy's slip ruled out and an account
    // given instead. A public body's money is paid against its slip, at its counter or by the registered debit; the account a text
    // gives in the slip's place is the payee the reader cannot check, whoever it names.
    const slipless = SLIP_WAIVED.exec(input.norm.lower);
    if (slipless !== null && !inSentence(input, slipless.index, 'never-ask') && (ACCOUNT_WRITTEN.test(input.norm.lower) || ACCOUNT_POINTED.test(input.norm.lower))
      && luresOfCategory(input.lures, 'pay').some((l) => !l.quoted && payAsked(input, l.index))) return ask(slipless[0]);
    // "1口3万円を下記口座へ。宮司" with no account below it: the account is to come from the sender afterwards (payee-later), in
    // an organisation's voice or a cause's. An account written out, a slip in hand or a page linked is the one the reader sees.
    const below = BELOW_UNWRITTEN.exec(input.norm.lower);
    if (below !== null && !/\d{5,}|\d{2,}-\d{3,}/.test(input.norm.lower) && input.indicators.urls.length === 0 && said(below.index)
      && (forOthersMoney(input) || luresOfCategory(input.lures, 'donation').some((l) => !l.quoted))) return ask(below[0]);
    const org = orgPayee(input);
    if (org !== undefined) return ask(org);
    // Money first to a stranger for a thing handed over only after it, off any platform, or a fee before the reader's own thing
    // is released through a payee the reader cannot see (prepay.ts).
    const prepaid = prepaidHandover(input) ?? feeBeforeOwnThing(input);
    if (prepaid !== undefined) return ask(prepaid);
    // A fee first for a benefit the message promises (a prize, a loan, a job, a scholarship: prepay.ts feeBeforeBenefit), whoever
    // is to receive it: the payee is whoever sent the promise.
    const advance = feeBeforeBenefit(input);
    if (advance !== undefined) return ask(advance);
    const stranger = strangerPayee(input);
    if (stranger !== undefined) {
      const at = input.norm.lower.indexOf(stranger);
      if (!inSentence(input, at, 'never-ask') && !payeeInHand(input, at)) return ask(stranger);
    }
    // A service's fee or a creditor's money through a payee that is no business's (service-fee.ts): a handset's payment app, a
    // person's account, codes, the fee first with no payee shown, or a loan's or a rent's money into an account the message gives.
    const service = servicePayee(input);
    if (service !== undefined) return ask(service);
    // A public body's fee or money back through a route that is not the body's (public-fee.ts): e-money or gift cards, an
    // account a 担当 designates and never writes, a way to pay told only on a call.
    const pub = publicFeeOffRoute(input);
    if (pub !== undefined) return ask(pub);
    // Between people, a payee moved away from the one the reader knows, with a second sign (moved-payee.ts).
    const moved = movedPayee(input);
    if (moved !== undefined) return ask(moved);
    return NO_ASKS;
  };
}

// The reader's business addressed: the company, its licence, its staff, its levies ("御社", "事業者様", "中小企業", "営業許可",
// "労働保険料").
const BUSINESS_ADDRESSED = /御社|貴社|事業者|事業所|事業主|法人|中小企業|営業許可|労働保険|社会保険|店舗|従業員|your (?:company|business)|small business/;

/**
 * A fee asked of the reader's business before what an office or a business promises it is released (a loan once the entry fee
 * is seen, a certificate once the 認定料 is paid, a subsidy after a 着手金), or a levy paid into an account the text gives in
 * place of the slip ("納付書は不要です、担当者の口座へ直接"): lenders deduct their charges from the loan, authorities issue
 * licences and certificates against their own forms and fees at their counters, and public money is paid against its slip
 * or the registered debit, never into an account a text names (金融庁 貸付詐欺, 厚労省・中小企業庁 助成金詐欺 warnings).
 */
export function businessFeeFirst(input: AskInput): string | undefined {
  if (input.reported || speaksAsPerson(input)) return undefined;
  const lower = input.norm.lower;
  if (!BUSINESS_ADDRESSED.test(lower)) return undefined;
  const slipless = SLIP_WAIVED.exec(lower);
  if (slipless !== null && !inSentence(input, slipless.index, 'never-ask') && (ACCOUNT_WRITTEN.test(lower) || ACCOUNT_POINTED.test(lower))
    && luresOfCategory(input.lures, 'pay').some((l) => !l.quoted && payAsked(input, l.index))) return slipless[0];
  for (const l of luresOfCategory(input.lures, 'fee')) {
    if (l.quoted || inSentence(input, l.index, 'never-ask') || inSentence(input, l.index, 'done') || feeWaived(input, l)) continue;
    if (hereOrBefore(input, l.index, 'release') && (inSentence(input, l.index, 'pay') || payNear(input, l.index) || feeAsCondition(input, l))
      && !inSentenceOrNext(input, l.index, (at) => payAsked(input, at) && payeeInHand(input, at))) return l.cue;
  }
  return undefined;
}
