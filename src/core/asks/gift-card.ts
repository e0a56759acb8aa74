// Buy gift cards or e-money and send their numbers, or pay "in e-money": no company or office
// takes payment that way (NPA: 「電子マネーで支払って」は詐欺).
import { replyChannel } from './reply.js';
import { inSentence, inSentenceOrNext, requestedNearby, sentenceAt, type AskFinder, type AskInput, NO_ASKS } from './types.js';

export function createGiftCardAsk(): AskFinder {
  return (input) => {
    // "Amazonギフトカード、メールで送ったから好きな本買ってね": a present already sent is told, not asked.
    const found = requestedNearby(input, 'gift-card').find((o) => !inSentence(input, o.index, 'done'))
      ?? requestedNearby(input, 'e-money').find((o) => !inSentence(input, o.index, 'done'))
      ?? paidIn(input)
      ?? cardAsMeans(input)
      ?? worthAsked(input)
      ?? backOfBoughtCard(input);
    return found ? [{ kind: 'gift-card', cue: found.cue, channel: replyChannel(input), quoted: found.quoted }] : NO_ASKS;
  };
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
const BOUGHT_WORD = /買って|購入して|かって|円分|えんぶん/;

// The back of a card scratched to show its number: only prepaid and gift cards hide it so.
const SCRATCHED = /削って|けずって|削った|削り|スクラッチ/;

/**
 * "カードを買って、裏の番号を写真で送って": the number or code on the back of a card the reader is asked to buy, asked
 * back (in its sentence or the next) is the gift-card ask, whatever the card is called (NPA, 国民生活センター: コンビニで
 * カードを買わせ裏面の番号を伝えさせる). The back of a card the reader holds already (保険証の裏の番号) is not: nothing is bought.
 */
function backOfBoughtCard(input: AskInput): { cue: string; quoted: boolean } | undefined {
  // A number scratched off the back ("裏の番号を削って写真で送って") is a prepaid card's, whether or not the card is named.
  const lower = input.norm.lower;
  if (!(BOUGHT_WORD.test(lower) && CARD_BOUGHT.test(lower)) && !SCRATCHED.test(lower)) return undefined;
  return requestedNearby(input, 'card-back').find((o) => !inSentence(input, o.index, 'done'));
}
