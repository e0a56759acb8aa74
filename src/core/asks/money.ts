// Transfer or lend money: the "new number" child, the stranger in trouble, the fake office.
import { replyChannel } from './reply.js';
import { cuesOf, inSentence, toldAsDone, type AskFinder } from './types.js';

export function createMoneyAsk(): AskFinder {
  return (input) => {
    // "mẹ đã chuyển tiền" (I have sent the money): told, not asked. "账户写在报价单上", "登録の口座振替で":
    // the payee is the one on the paper or the debit the reader already holds.
    const cue = cuesOf(input, 'money').find((c) => !inSentence(input, c.index, 'never-ask') && !inSentence(input, c.index, 'done') && !toldAsDone(input, c) && !inSentence(input, c.index, 'known-payee'));
    return cue ? [{ kind: 'money', cue: cue.cue, channel: replyChannel(input), quoted: cue.quoted }] : [];
  };
}
