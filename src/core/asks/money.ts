// Transfer or lend money: the "new number" child, the stranger in trouble, the fake office.
import { replyChannel } from './reply.js';
import { cuesOf, inSentence, type AskFinder } from './types.js';

export function createMoneyAsk(): AskFinder {
  return (input) => {
    // "mẹ đã chuyển tiền" (I have sent the money): told, not asked.
    const cue = cuesOf(input, 'money').find((c) => !inSentence(input, c.index, 'never-ask') && !inSentence(input, c.index, 'done'));
    return cue ? [{ kind: 'money', cue: cue.cue, channel: replyChannel(input), quoted: cue.quoted }] : [];
  };
}
