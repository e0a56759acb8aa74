// Pay or answer to stop a threat: private images or a recording to be sent to the reader's family,
// work or contacts, or said to be circulating already, unless the reader replies or pays
// ("動画を送られたくなければ返信して", "48時間以内に送金しなければ家族と職場に送ります", "ネットに出回ってる…
// 削除代行、費用3万円"). Extortion is for money whatever it asks first (NPA, IPA: sextortion), and
// no one the reader knows asks through it, so no channel owns it. A warning that quotes the threat
// is reported, not asked.
import { replyChannel } from './reply.js';
import { hasCue, inSentence, type AskFinder, type AskNeeds, NO_ASKS } from './types.js';

// A sum of money written out, or a currency nobody can trace back.
const AMOUNT = /\d[\d,.]*\s*(?:万\s*円?|円)|[¥$€£]\s*\d|ビットコイン|bitcoin|btc|usdt|暗号資産|仮想通貨/;

// What the threat is made to get: a reply, a sending, a payment.
// (A payment named by its means counts: "支払いはギフトカードで".)
const DEMANDS: ReadonlySet<string> = new Set(['hand-over', 'reply-yes-no', 'money', 'pay', 'payee', 'fee', 'gift-card', 'e-money']);

// The work demanded under the threat: a job to finish, the next run, a place to be at, or not leaving it partway
// ("途中で抜けるとか考えない方がいい": the recruit who wants out, lures/offers.ts jobHeldByThreat).
const HELD_TO_WORK = /仕事|案件|運び|バイト|指定の場所|最後までやって|途中で(?:抜け|辞め|降り|逃げ)/;
const THREATS = ['extortion', 'sextortion'];

/** What createExtortAsk cannot find an ask without (types.ts AskNeeds): an `extortion` or `sextortion` cue, in no report. */
export const extortNeeds: AskNeeds = (input) => !input.reported && hasCue(input, THREATS);

export function createExtortAsk(): AskFinder {
  return (input) => {
    if (input.reported) return NO_ASKS;
    const threat = input.lures.find((l) => !l.quoted && (l.category === 'extortion' || l.category === 'sextortion') && !inSentence(input, l.index, 'never-ask'));
    if (!threat) return NO_ASKS;
    // Or the work the threat holds the reader to ("一度受けた仕事は最後までやってもらう", "明日指定の場所へ", "次の案件"):
    // the 闇バイト's hold on an applicant whose ID and family it has (lures/offers.ts jobHeldByThreat).
    const demand = AMOUNT.test(input.norm.lower) || input.lures.some((l) => !l.quoted && DEMANDS.has(l.category)) 
      // (Not in a message that names the work's crime, 闇バイト or 詐欺: a school's or the police's warning quoting the threat.)
      || (HELD_TO_WORK.test(input.norm.lower) && !input.lures.some((l) => !l.quoted && l.category === 'crime-name'));
    return demand ? [{ kind: 'extort', cue: threat.cue, channel: replyChannel(input), quoted: false, implied: true }] : NO_ASKS;
  };
}
