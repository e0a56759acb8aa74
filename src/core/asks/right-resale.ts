// A right bought back at a multiple, or asked handed over for a reward: the 権利商法 and its 劇場型勧誘 (session 'care', dev
// batch 47).
//
// A right that exists only in the script (老人ホームの入居権, 永代供養権, a care home's 会員権, 社債, 未公開株, CO2排出権) is sold to
// the reader with a promise that it will be bought back at a multiple, or a "buyer" asks the reader to hand over one they hold
// for a reward; the next act is a "lawyer" or the "police" who say the reader's name was lent (名義貸し) and settle it for money
// (国民生活センター: 「老人ホームの入居権を譲って」という劇場型勧誘、入居権という権利はない; 消費者庁 and the police's warnings on
// 権利収益・社債の買い取り話). No care home, temple, cemetery or issuer sells a place for resale or buys one back at a premium,
// and nobody pays a stranger for a right the stranger could apply for: the message's offer is the bait whoever sends it.
// Not a warning or a report that quotes the script ("「入居権を譲って」という電話は詐欺です", "…って電話きたらしい"), not a real
// estate's or a second-hand dealer's price for the reader's own house or goods (no right named).
import { gated } from '../match/literals.js';
import { insideQuoteMarks } from '../quotes/index.js';
import { replyChannel } from './reply.js';
import { inSentence, tellsOfScam, type AskFinder, type AskInput, type AskNeeds, NO_ASKS } from './types.js';

// The right itself: a place in a care home or a grave, a membership, an unlisted share or a bond, an emission right.
const RIGHT = /(?:入居|入所|利用|使用|会員|供養|永代供養|墓地|墓所|区画|優先)権|(?:入居|永代供養|墓地|会員)の権利|社債|未公開株|排出権/;
// The buy-back at a multiple or a premium ("後日倍額での買い取りをお約束", "購入後は倍額で買い取ります", "高値で買い取る業者").
const BUYBACK = /(?:倍額?|[2-9２-９]倍|数倍|高値|高額|割増|上乗せ)[^。\n]{0,10}(?:買い?取|買い戻|買戻|引き取)|(?:買い?取|買い戻|買戻)[^。\n]{0,10}(?:倍額?|[2-9２-９]倍|数倍|高値|高額)/;
// The reader asked to hand the right (or their name) over: 譲って, お譲りいただけませんか, 名義を貸して, 売っていただけ.
const HANDED = /(?:お?譲り|譲って|譲渡し|名義(?:を)?(?:お?貸し|貸して)|売って|お売り)[^。\n]{0,12}(?:いただけ|ください|下さい|くれ|もらえ|願え|お願い|ませんか)/;
// A reward for it: お礼, 謝礼, a sum handed over or paid to the reader.
const REWARD = /お礼|謝礼|礼金|(?:\d[\d,]*\s*(?:万|千)?\s*円|[一二三四五六七八九十]+万円?)[^。\n]{0,12}(?:お渡し|お支払い|差し上げ|お払い)/;
// The third act: the right's name told lent or misused, settled with money or by the caller's instructions.
const NAME_MISUSED = /名義(?:貸し|が(?:第三者に)?(?:使われ|悪用|無断)|を(?:使われ|悪用))/;
const SETTLED = /解決金|示談|和解金|違約金|保証金|逮捕|警察|訴訟|裁判|指示(?:どおり|通り|に従)/;
// Someone else's words told, not made: "…って電話きた", "…という電話は", "と言われた".
const TOLD_OF = /って(?:電話|連絡|言われ|来)|という(?:電話|連絡|勧誘|話)|と言われ|との(?:電話|連絡)|など(?:の|という)(?:勧誘|電話|話|連絡)/;
// A warning's own words: the scheme named as a scam, the reader told to take care or to consult (188, the police).
const WARNS = /詐欺|ご注意|注意して|気をつけ|ご相談ください|相談を|消費生活センター|\b188\b|#9110/;

/** The right's scheme in the message's own words, with its cue: a buy-back, a hand-over for a reward, or the name misused. */
export function rightResale(input: Pick<AskInput, 'norm' | 'lures' | 'reported'>): string | undefined {
  if (input.reported) return undefined;
  const lower = input.norm.lower;
  const right = RIGHT.exec(lower);
  if (right === null || tellsOfScam(input) || TOLD_OF.test(lower) || WARNS.test(lower) || insideQuoteMarks(lower, right.index)) return undefined;
  if (inSentence(input as AskInput, right.index, 'never-ask')) return undefined;
  const buyback = BUYBACK.exec(lower);
  if (buyback !== null) return buyback[0];
  const handed = HANDED.exec(lower);
  if (handed !== null && REWARD.test(lower)) return handed[0];
  const misused = NAME_MISUSED.exec(lower);
  if (misused !== null && SETTLED.test(lower)) return misused[0];
  return undefined;
}

// What the finder cannot find anything without: the right's 権 (or 社債, 株) in the text.
// (A module constant: a literal in the gate is a new object per message.)
// Behind its literal gate (match/literals.ts): every match is one of these three words, so a text holding none skips the scan.
const RIGHT_WORD = gated(/権|社債|株/);
export const rightResaleNeeds: AskNeeds = (input) => !input.reported && RIGHT_WORD.test(input.norm.lower);

/**
 * The scheme's offer, taken up through the sender (a reply, a call, an application to the 担当): an `offer` ask, weighed with
 * RIGHT_RESALE_SCHEME in checks/ask-channel.ts.
 */
export function createRightResaleAsk(): AskFinder {
  return (input) => {
    const cue = rightResale(input);
    return cue === undefined ? NO_ASKS : [{ kind: 'offer', cue, channel: replyChannel(input), quoted: false, implied: true }];
  };
}
