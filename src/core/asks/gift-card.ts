// Buy gift cards or e-money and send their numbers, or pay "in e-money": no company or office
// takes payment that way (NPA: 「電子マネーで支払って」は詐欺).
import { replyChannel } from './reply.js';
import { inSentence, inSentenceOrNext, requestedNearby, type AskFinder, type AskInput, NO_ASKS } from './types.js';

export function createGiftCardAsk(): AskFinder {
  return (input) => {
    // "Amazonギフトカード、メールで送ったから好きな本買ってね": a present already sent is told, not asked.
    const found = requestedNearby(input, 'gift-card').find((o) => !inSentence(input, o.index, 'done'))
      ?? requestedNearby(input, 'e-money').find((o) => !inSentence(input, o.index, 'done'))
      ?? paidIn(input);
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
