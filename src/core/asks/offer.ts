// Take up an offer that pays the reader, made out of the blue: an investment site or app, a
// "simple" phone job at several times a day's wage. The invitation ("登録してみませんか",
// "興味はありますか", "返信いただければ詳細送ります") is the ask, answered through the sender;
// what follows is the fee, the deposit or the crime (NPA: SNS型投資詐欺, 闇バイト). One word of
// pay from a person (a foreman's 日給1万2千円) and an answer to the reader's own application
// (面接, ご応募) are not such offers.
import { replyChannel } from './reply.js';
import { inSentence, speaksAsPerson, type AskFinder } from './types.js';

// Pay of 30,000 yen or more a day or a task: "日給は4万円", "1日3万円", "報酬1回5万円", "1件10万円" (skilled
// trades pay 2万-odd a day, and say so).
const BIG_PAY = /(?:日給|日当|1日|一日|1回|1件|一件|報酬)\D{0,4}(?:[3-9]|[1-9]\d)\s*万/;

export function createOfferAsk(): AskFinder {
  return (input) => {
    if (input.reported) return [];
    const invite = input.lures.find((l) => l.category === 'invite' && !l.quoted && !inSentence(input, l.index, 'never-ask'));
    // "「運ぶだけ」の募集は闇バイトです": a message that calls the offer a crime warns of it.
    if (!invite || input.lures.some((l) => (l.category === 'applied' || l.category === 'crime-name') && !l.quoted)) return [];
    const investment = new Set<string>();
    const job = new Set<string>();
    for (const l of input.lures) {
      if (l.quoted || l.kind !== 'lure' || inSentence(input, l.index, 'never-ask')) continue;
      if (l.category === 'investment') investment.add(l.cue);
      else if (l.category === 'side-job' || l.category === 'crime-job' || l.category === 'crime-task') job.add(l.cue);
    }
    // The recruiting piles up its pay; an office's voice, not a person's, makes it an offer to a stranger.
    const jobOffer = job.size + (BIG_PAY.test(input.norm.lower) ? 1 : 0) >= 2 && !speaksAsPerson(input);
    // An investment offer names where the money goes (a site, an app, a group, a first deposit);
    // "一緒に投資の勉強会に参加しませんか" from a friend names none.
    const investOffer = investment.size > 0 && input.lures.some((l) => l.category === 'invest-venue' && !l.quoted);
    if (!investOffer && !jobOffer) return [];
    return [{ kind: 'offer', cue: invite.cue, channel: replyChannel(input), quoted: false, implied: true }];
  };
}
