// Take up a job whose work is a crime: lend or sell a bank account, withdraw cash with a
// stranger's card, receive and forward parcels, collect cash from homes (闇バイト). The work
// itself is the harm, so the offer asks, said or not, to answer it: through the sender, or the
// messenger or number it names (judged as their own asks).
import { replyChannel } from './reply.js';
import { cuesOf, type AskFinder } from './types.js';

export function createJoinAsk(): AskFinder {
  return (input) => {
    const cue = cuesOf(input, 'crime-job').find((c) => !c.quoted);
    return cue ? [{ kind: 'join', cue: cue.cue, channel: replyChannel(input), quoted: false, implied: true }] : [];
  };
}
