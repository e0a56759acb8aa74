// Hand over a secret: a password, PIN, card number or one-time code, typed into a page or sent
// back. Never legitimate from anyone, except the service's own code message that tells the
// reader its code ("Your code is 123456, never share it"). A building's door code asked for by
// a driver is a delivery matter, and "we never ask for your PIN" asks nothing.
import type { Ask, AskChannel } from '../check.js';
import { tellsItsCode } from '../lures/index.js';
import { replyChannel } from './reply.js';
import { inSentence, requestedNearby, requestedObjects, type AskFinder, type AskInput } from './types.js';

function channelOf(input: AskInput): AskChannel {
  const u = input.indicators.urls[0];
  return u ? { type: 'url', value: u.normalized, host: u.host } : replyChannel(input);
}

export function createSecretAsk(): AskFinder {
  return (input) => {
    const asks: Ask[] = [];
    const secret = requestedObjects(input, 'secret').find((o) => !inSentence(input, o.index, 'door'));
    if (secret) asks.push({ kind: 'secret', cue: secret.cue, channel: channelOf(input), quoted: secret.quoted });
    // A locker's or a building's entry code typed at its own screen is a delivery matter.
    const codes = requestedNearby(input, 'code').filter((o) => !inSentence(input, o.index, 'door'));
    if (codes.length > 0) {
      // A code that "arrived by mistake", or one asked back from the reader: someone is taking
      // over an account registered to the reader's number.
      const ownCode = tellsItsCode(input);
      const mistaken = codes.find((o) => inSentence(input, o.index, 'mistake') && (!ownCode || inSentence(input, o.index, 'hand-over')));
      if (mistaken) asks.push({ kind: 'share-code', cue: mistaken.cue, channel: replyChannel(input), quoted: mistaken.quoted });
      else if (!ownCode) {
        const c = codes[0]!;
        asks.push({ kind: 'secret', cue: c.cue, channel: channelOf(input), quoted: c.quoted });
      }
    }
    return asks;
  };
}
