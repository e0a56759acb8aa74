// "It's me, new number" and an urgent favour or matter announced for later: the money request
// the 'new number' scam leads to, through the new number (NPA, FTC 'hi mum'). A favour with no
// hurry ("相談したいことがある") is how relatives who did change numbers write too. So is the setup
// for a hand-over: a boss, a colleague or a lawyer who will call or come, to be taken at their word
// ("上司から電話いくと思うから出てね", "会社の人が取りに行く": NPA, オレオレ詐欺).
import { replyChannel } from './reply.js';
import { cuesOf, inSentence, type AskFinder, luresOfCategory, NO_ASKS } from './types.js';

export function createFavourAsk(): AskFinder {
  return (input) => {
    if (cuesOf(input, 'money').some((c) => !c.quoted)) return NO_ASKS;
    const family = luresOfCategory(input.lures, 'family').filter((l) => !l.quoted);
    if (family.length === 0) return NO_ASKS;
    const favour = cuesOf(input, 'favour').find((c) => !c.quoted);
    // "上司から電話いくと思うから出てね" alone is a household's message; the オレオレ setup tells who is
    // speaking or what went wrong besides ("俺だけど", "番号変わった", "小切手をなくした").
    if (favour && family.length === 1 && inSentence(input, family[0].index, 'favour')) return NO_ASKS;
    return favour ? [{ kind: 'money', cue: favour.cue, channel: replyChannel(input), quoted: false, implied: true }] : NO_ASKS;
  };
}
