// Buy gift cards and send their numbers: no company or office takes payment that way.
import { replyChannel } from './reply.js';
import { requestedNearby, type AskFinder } from './types.js';

export function createGiftCardAsk(): AskFinder {
  return (input) => {
    const found = requestedNearby(input, 'gift-card')[0];
    return found ? [{ kind: 'gift-card', cue: found.cue, channel: replyChannel(input), quoted: found.quoted }] : [];
  };
}
