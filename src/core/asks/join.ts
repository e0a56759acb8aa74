// Take up a job whose work is a crime: lend or sell a bank account, withdraw cash with a
// stranger's card, receive and forward parcels, collect cash from homes (闇バイト). The work
// itself is the harm, so the offer asks, said or not, to answer it: through the sender, or the
// messenger or number it names (judged as their own asks).
import { replyChannel } from './reply.js';
import { cuesOf, type AskFinder } from './types.js';

export function createJoinAsk(): AskFinder {
  return (input) => {
    // "帰国前に口座を売るのは犯罪です", "Bán tài khoản ngân hàng … là phạm tội": a message that calls the
    // work a crime warns of it (as offer.ts reads an offer); a recruiter never names the crime.
    if (input.lures.some((l) => l.category === 'crime-name' && !l.quoted)) return [];
    const cue = cuesOf(input, 'crime-job').find((c) => !c.quoted);
    return cue ? [{ kind: 'join', cue: cue.cue, channel: replyChannel(input), quoted: false, implied: true }] : [];
  };
}
