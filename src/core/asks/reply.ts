// Reply to the sender: with personal data (name, birth date, address), or with a Y / YES / 1
// that confirms a number is alive and the reader is listening.
import type { Ask, AskChannel } from '../check.js';
import { cuesOf, inSentence, requestedNearby, type AskFinder, type AskInput } from './types.js';

function replyChannel(input: AskInput): AskChannel {
  return input.sender ? { type: 'reply', value: input.sender.normalized } : { type: 'unstated', value: '' };
}

export function createReplyDataAsk(): AskFinder {
  return (input) => {
    const found = requestedNearby(input, 'personal-data')[0];
    return found ? [{ kind: 'reply-data', cue: found.cue, channel: replyChannel(input), quoted: found.quoted }] : [];
  };
}

// Objects a reply can carry: with one of them in the sentence, the reply is that object's ask.
const CARRIED = ['personal-data', 'secret', 'code', 'gift-card'];

export function createReplyYesNoAsk(): AskFinder {
  return (input) => {
    // "返信しないでください" / "do not reply" asks nothing; "お名前を返信して" is the data ask, found by its own finder.
    const cue = cuesOf(input, 'reply-yes-no').find((c) => !inSentence(input, c.index, 'never-ask') && !CARRIED.some((o) => inSentence(input, c.index, o)));
    return cue ? [{ kind: 'reply-yes-no', cue: cue.cue, channel: replyChannel(input), quoted: cue.quoted } satisfies Ask] : [];
  };
}

export { replyChannel };
