// A stranger by their own words asking to go on talking: a message "sent by mistake" that turns to friendship ("間違えて
// 送ってしまいました。よかったらお友達になりませんか"), a profile seen ("プロフ見て連絡しました。LINE交換しませんか"), an
// unnamed old acquaintance or a friend's friend ("古い知人です…LINEで", "我是小林的朋友,方便加个LINE吗?"), or one who doubts
// the reader remembers them (`weak-tie`: "覚えてますか?…LINEでもいい?"), asking to be friends, to chat, to swap LINE or to
// answer (`keep-talking`). The SNS romance and investment scams open so (NPA, 国民生活センター): the money is asked weeks later,
// through the tie this ask builds. People who met say where ("昨日はありがとう。LINE交換しよ") and are not counted; a
// wrong number apologised for and left (失礼しました) asks nothing.
import { replyChannel } from './reply.js';
import { hasCue, type AskFinder, type AskNeeds, NO_ASKS } from './types.js';

const TIES = ['stranger-tie', 'weak-tie'];
const KEEP_TALKING = ['keep-talking'];

/** What createStrangerTieAsk cannot find an ask without (types.ts AskNeeds): a tie's cue and a `keep-talking` cue, in no report. */
export const strangerTieNeeds: AskNeeds = (input) => !input.reported && hasCue(input, TIES) && hasCue(input, KEEP_TALKING);

export function createStrangerTieAsk(): AskFinder {
  return (input) => {
    if (input.reported) return NO_ASKS;
    let stranger = false;
    let cue: string | undefined;
    for (const l of input.lures) {
      if (l.quoted) continue;
      if (l.category === 'stranger-tie' || l.category === 'weak-tie') stranger = true;
      else if (l.category === 'keep-talking') cue ??= l.cue;
    }
    return stranger && cue !== undefined ? [{ kind: 'befriend', cue, channel: replyChannel(input), quoted: false }] : NO_ASKS;
  };
}
