// Hand a bank card, passbook, cash "held as a deposit", a PIN or the My Number to someone who comes to the door: "職員がご自宅まで受け取りに
// 伺います", "キャッシュカードと通帳をご用意ください". No bank, office or police officer collects
// them at home (NPA: キャッシュカード詐欺盗, 預貯金詐欺; the census never asks the My Number), so the visitor is the channel, and nobody
// the reader knows stands behind it. A visit that takes nothing (a meter reading, a mover) asks nothing
// here, nor one that needs a seal or a card payment (a care manager's forms, a repair paid by card).
import { replyChannel } from './reply.js';
import { cuesOf, inSentence, type AskFinder } from './types.js';

export function createCollectAsk(): AskFinder {
  return (input) => {
    const visit = cuesOf(input, 'visit-collect').find((c) => !c.quoted && !inSentence(input, c.index, 'never-ask'));
    if (!visit) return [];
    // The thing handed over, with a word of handing or preparing it in its sentence or the visit's
    // ("キャッシュカードのICチップ交換が必要です。職員が…受け取りに伺います").
    const handed = cuesOf(input, 'valuables').find((o) => !o.quoted && !inSentence(input, o.index, 'never-ask') && !inSentence(input, o.index, 'door')
      && (inSentence(input, o.index, 'collect-word') || inSentence(input, visit.index, 'collect-word')));
    return handed ? [{ kind: 'collect', cue: `${handed.cue} / ${visit.cue}`, channel: replyChannel(input), quoted: false }] : [];
  };
}
