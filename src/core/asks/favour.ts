// "It's me, new number" and an urgent favour or matter announced for later: the money request
// the 'new number' scam leads to, through the new number (NPA, FTC 'hi mum'). A favour with no
// hurry ("相談したいことがある") is how relatives who did change numbers write too.
import { replyChannel } from './reply.js';
import { cuesOf, type AskFinder } from './types.js';

export function createFavourAsk(): AskFinder {
  return (input) => {
    if (cuesOf(input, 'money').some((c) => !c.quoted)) return [];
    if (!input.lures.some((l) => l.category === 'family' && !l.quoted)) return [];
    const favour = cuesOf(input, 'favour').find((c) => !c.quoted);
    return favour ? [{ kind: 'money', cue: favour.cue, channel: replyChannel(input), quoted: false, implied: true }] : [];
  };
}
