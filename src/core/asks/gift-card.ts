// Buy gift cards and send their numbers: no company or office takes payment that way.
import { replyChannel } from './reply.js';
import { inSentence, requestedNearby, type AskFinder } from './types.js';

export function createGiftCardAsk(): AskFinder {
  return (input) => {
    // "Amazonギフトカード、メールで送ったから好きな本買ってね": a present already sent is told, not asked.
    const found = requestedNearby(input, 'gift-card').find((o) => !inSentence(input, o.index, 'done'));
    return found ? [{ kind: 'gift-card', cue: found.cue, channel: replyChannel(input), quoted: found.quoted }] : [];
  };
}
