// Transfer or lend money: the "new number" child, the stranger in trouble, the fake office.
import { replyChannel } from './reply.js';
import { cuesOf, inSentence, type AskFinder } from './types.js';

export function createMoneyAsk(): AskFinder {
  return (input) => {
    const cue = cuesOf(input, 'money').find((c) => !inSentence(input, c.index, 'never-ask'));
    if (cue) return [{ kind: 'money', cue: cue.cue, channel: replyChannel(input), quoted: cue.quoted }];
    // "It's me, new number" and an urgent favour or matter announced for later: the money
    // request the 'new number' scam leads to, through the new number (NPA, FTC 'hi mum'). A
    // favour with no hurry ("相談したいことがある") is how relatives who did change numbers talk too.
    const relative = input.lures.some((l) => l.category === 'family' && !l.quoted);
    const favour = relative ? cuesOf(input, 'favour').find((c) => !c.quoted) : undefined;
    return favour ? [{ kind: 'money', cue: favour.cue, channel: replyChannel(input), quoted: false, implied: true }] : [];
  };
}
