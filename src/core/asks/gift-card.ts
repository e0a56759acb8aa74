// Buy gift cards or e-money and send their numbers, or pay "in e-money": no company or office
// takes payment that way (NPA: 「電子マネーで支払って」は詐欺).
import { replyChannel } from './reply.js';
import { inSentence, inSentenceOrNext, requestedNearby, type AskFinder, type AskInput, NO_ASKS } from './types.js';

export function createGiftCardAsk(): AskFinder {
  return (input) => {
    // "Amazonギフトカード、メールで送ったから好きな本買ってね": a present already sent is told, not asked.
    const found = requestedNearby(input, 'gift-card').find((o) => !inSentence(input, o.index, 'done'))
      ?? requestedNearby(input, 'e-money').find((o) => !inSentence(input, o.index, 'done'))
      ?? paidIn(input)
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

// A card bought for the writer, however it is named ("コンビニでカードを3万円分買って", "アマゾンの カードを 2まんえんぶん かって"):
// a card named beside a verb of buying, or an amount's worth of something ("円分", "えんぶん").
const CARD_BOUGHT = /(?:カード|かーど|ギフト|ぎふと|券)[^。\n]{0,24}?(?:買って|買ってきて|購入して|かって)|(?:\d|万|千|まん|せん)\s*(?:円分|えんぶん)/;

/**
 * "カードを買って、裏の番号を写真で送って": the number or code on the back of a card the reader is asked to buy, asked
 * back (in its sentence or the next) is the gift-card ask, whatever the card is called (NPA, 国民生活センター: コンビニで
 * カードを買わせ裏面の番号を伝えさせる). The back of a card the reader holds already (保険証の裏の番号) is not: nothing is bought.
 */
function backOfBoughtCard(input: AskInput): { cue: string; quoted: boolean } | undefined {
  if (!CARD_BOUGHT.test(input.norm.lower)) return undefined;
  return requestedNearby(input, 'card-back').find((o) => !inSentence(input, o.index, 'done'));
}
