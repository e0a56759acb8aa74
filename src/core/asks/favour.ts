// "It's me, new number" and an urgent favour or matter announced for later: the money request
// the 'new number' scam leads to, through the new number (NPA, FTC 'hi mum'). A favour with no
// hurry ("相談したいことがある") is how relatives who did change numbers write too. So is the setup
// for a hand-over: a boss, a colleague or a lawyer who will call or come, to be taken at their word
// ("上司から電話いくと思うから出てね", "会社の人が取りに行く": NPA, オレオレ詐欺).
import { moneyTrouble } from './kin.js';
import { replyChannel } from './reply.js';
import { cuesOf, hasCue, inSentence, type AskFinder, type AskNeeds, luresOfCategory, NO_ASKS } from './types.js';

const FAMILY = ['family'];
const FAVOUR = ['favour'];

/** What createFavourAsk cannot find an ask without (types.ts AskNeeds): a `family` cue and a `favour` cue. */
export const favourNeeds: AskNeeds = (input) => hasCue(input, FAMILY) && (hasCue(input, FAVOUR) || (hasCue(input, LATER) && hasCue(input, PLIGHT)));
const LATER = ['favour-later'];
const PLIGHT = ['money-plight'];

export function createFavourAsk(): AskFinder {
  return (input) => {
    if (cuesOf(input, 'money').some((c) => !c.quoted)) return NO_ASKS;
    // "お父さん、電話でも言ったけど、これが新しい番号": the writer points to the call already made or the family's
    // passphrase (合言葉), the check the オレオレ setup avoids (`vouched`).
    if (cuesOf(input, 'vouched').some((c) => !c.quoted)) return NO_ASKS;
    const family = luresOfCategory(input.lures, 'family').filter((l) => !l.quoted);
    if (family.length === 0) return NO_ASKS;
    // "上司から電話いくと思うから出てね" alone is a household's message; the オレオレ setup tells who is
    // speaking or what went wrong besides ("俺だけど", "番号変わった", "小切手をなくした"), or presses its favour
    // in a sentence of its own ("会社の金に手つけちゃって…。頼れるの母さんしかいない").
    // A favour announced for later, unsaid ("I need a favour"), beside the writer's own way to pay stopped or a fee a third party
    // charges ("I've got a bill due today and my banking app won't work"): the favour is the money.
    const trouble = input.lures.some((l) => !l.quoted && moneyTrouble(l));
    const favours = [...cuesOf(input, 'favour'), ...(trouble ? cuesOf(input, 'favour-later') : [])].filter((c) => !c.quoted);
    const favour = family.length === 1 ? favours.find((c) => !inSentence(input, c.index, 'family')) : favours[0];
    return favour ? [{ kind: 'money', cue: favour.cue, channel: replyChannel(input), quoted: false, implied: true }] : NO_ASKS;
  };
}
