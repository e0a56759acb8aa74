// Take up a job whose work is a crime: lend or sell a bank account, withdraw cash with a
// stranger's card, receive and forward parcels, collect cash from homes (闇バイト). The work
// itself is the harm, so the offer asks, said or not, to answer it: through the sender, or the
// messenger or number it names (judged as their own asks).
import { anchorSet, holdsAny } from '../match/anchors.js';
import { replyChannel } from './reply.js';
import { cuesOf, hasCue, inSentence, type AskFinder, type AskNeeds, luresOfCategory, NO_ASKS } from './types.js';
import type { CheckContext } from '../check.js';

// Pay by the task or the day: "1回2万円", "1件につき5千円", "1個5千円", "日払い", "だけで8万円", "だけで月3万円", "8万円お支払いします";
// "per one" in Sinhala, Mongolian, Bengali, Burmese and Thai, whose amounts may be written in their own digits.
const PAY_PER_TASK = /(?:1|一)\s*(?:回|件|個|台|日|本|箱)\s*(?:あたり|につき|で)?\s*[\d,.]+\s*(?:万|千)?\s*円?|日払い|日給|日当|即日払い|報酬|だけで\s*(?:月|毎月|1日)?\s*[\d,.]+\s*(?:万|千)|[\d,.]+\s*(?:万|千)\s*円?\s*(?:お支払い|支払います|払います|もらえ|差し上げ)|\bper (?:task|parcel|package|day|contract|phone)\b|එකකට|нэг бүрт|প্রতিটি|တစ်ခုလျှင်|ชิ้นละ|วันละ|[$¥£]\s?[\d,]+/;

// An account opened in the reader's name as the whole of a job ("新しく口座を作っていただくだけ", "口座を開設するだけ"): the account
// is what is handed over (NPA 闇バイト: 口座の譲渡). A bank's own offer for opening one ("口座を作るだけで1000ポイント") is no job.
const ACCOUNT_TASK = /口座を(?:新しく)?(?:作|つく|開設)(?:る|す|って|して)(?:いただく|もらう)?だけ(?!で\s*[\d０-９]+\s*(?:ポイント|pt|円分))/;
// The words of a job offered: work, pay, a cut kept.
const JOB_WORDS = /お仕事|仕事です|バイト|報酬|手元に残る|稼げ/;

// Right after the crime's name, words that deny it: "闇バイト×", "闇バイトではありません", "違法じゃない" (the recruiter's "完全ホワイト").
const DENIED = /^\s*(?:[×✕✖❌]|で(?:は|も)?(?:な|ありません|ございません)|じゃ(?:な|ありません)|とは(?:違|ちが)|ではない|なし|無し|一切な)/;

/**
 * Whether the message names the offer's crime in its own words ("「運ぶだけ」の募集は闇バイトです"): a warning's, never a recruiter's.
 * A name denied right after it ("闇バイト×、完全ホワイト", "違法ではないので安心して") is the recruiter's reassurance, not a warning.
 */
export function namesCrime(input: Pick<Parameters<AskFinder>[0], 'lures' | 'norm'>): boolean {
  return luresOfCategory(input.lures, 'crime-name').some((l) => !l.quoted && !DENIED.test(input.norm.lower.slice(l.index + l.cue.length, l.index + l.cue.length + 8)));
}
const JOB_CUES = ['crime-job', 'crime-task'];

// v of "receiv", 荷 of 荷物を, 座 of 口座を (match/anchors.ts: String.includes over two-byte text costs some 50 ns a word).
const JOIN_ANCHORS = anchorSet('v荷座');

/**
 * What createJoinAsk cannot find an ask without (types.ts AskNeeds): a `crime-job` or `crime-task` cue, or the words every
 * match of RECEIVED_SENT_ON ("receiv…", 荷物を) or of ACCOUNT_TASK (口座を) starts with.
 */
export const joinNeeds: AskNeeds = (input) => {
  const lower = input.norm.lower;
  return hasCue(input, JOB_CUES) || (holdsAny(lower, JOIN_ANCHORS) && (lower.includes('receiv') || lower.includes('荷物を') || lower.includes('口座を')));
};

export function createJoinAsk(): AskFinder {
  return (input) => {
    // "帰国前に口座を売るのは犯罪です", "Bán tài khoản ngân hàng … là phạm tội": a message that calls the
    // work a crime warns of it (as offer.ts reads an offer); a recruiter never names the crime.
    if (namesCrime(input)) return NO_ASKS;
    const cue = cuesOf(input, 'crime-job').find((c) => !c.quoted) ?? paidTask(input) ?? accountJob(input);
    return cue ? [{ kind: 'join', cue: cue.cue, channel: replyChannel(input), quoted: false, implied: true }] : NO_ASKS;
  };
}

/**
 * Work that is a crime by what it asks, told as a task ("ATMで指定の金額をおろすだけ", "あなた名義でスマホを
 * 契約して渡す", "ロッカーに荷物を預けるだけ", "届いた荷物を別の住所に送り直す"), offered for pay by the task or
 * the day, or in a recruiter's words (日払い, 簡単なお仕事): the 出し子, the phone-contract mule, the parcel
 * mule (NPA 闇バイト). A friend asking the reader to fetch a parcel from a locker offers no pay.
 */
function paidTask(input: Parameters<AskFinder>[0]): { cue: string } | undefined {
  const task = cuesOf(input, 'crime-task').find((c) => !c.quoted) ?? receivedSentOn(input.norm.lower);
  if (!task) return undefined;
  const recruits = PAY_PER_TASK.test(input.norm.lower) || luresOfCategory(input.lures, 'side-job').some((l) => !l.quoted);
  return recruits ? task : undefined;
}

// Parcels received and sent on, told in one sentence with words between ("receive packages at your apartment and forward
// them", "自宅で荷物を受け取って、指定の住所へ送る"): the reshipping mule, whatever the address or the hours are called (NPA
// 闇バイト: 荷受け; US Postal Inspection Service: reshipping scams). The cue table holds the adjacent forms.
const RECEIVED_SENT_ON = /receiv\w*\s+(?:the\s+|our\s+)?(?:packages?|parcels?|deliveries)\b[^.!?\n]{0,40}\b(?:forward|reship|re-ship|resend|send (?:them|it) (?:on|to))|荷物を(?:自宅で)?受け取(?:って|り|った後)[^。!?！？\n]{0,20}(?:転送|送り直|発送し直|別の住所)/;

function receivedSentOn(lower: string): { cue: string } | undefined {
  const m = RECEIVED_SENT_ON.exec(lower);
  return m ? { cue: m[0] } : undefined;
}

/** A job whose task is opening an account in the reader's name ("運用益の10%があなたの手元に残るお仕事です。新しく口座を作っていただくだけ"). */
function accountJob(input: Parameters<AskFinder>[0]): { cue: string } | undefined {
  const m = ACCOUNT_TASK.exec(input.norm.lower);
  return m !== null && JOB_WORDS.test(input.norm.lower) ? { cue: m[0] } : undefined;
}

/**
 * The crime a join ask is for, named as the task: the reader's own bank account, card, phone line, SNS account or name sold,
 * lent or handed over, or the reader as the pickup, the carrier or the withdrawal (a `crime-job` or `crime-task` cue, in the
 * writer's words, outside a sentence that rules the ask out; lures/offers.ts sellsOwnAccount, sellsOwnLine, paidMule). Selling
 * or lending an account or a contracted phone is itself a crime (犯罪収益移転防止法, 携帯電話不正利用防止法), and
 * the pickup and the withdrawal are the 受け子's and the 出し子's (警察庁・政府広報「闇バイト」): no bank, carrier, platform or
 * employer asks it, so whoever the sender is the ask is never theirs. Not in a report (a warning quoting the offer).
 */
export function readerAsMule(ctx: CheckContext): string | undefined {
  if (ctx.reported) return undefined;
  return ctx.lures.find((l) => !l.quoted && (l.category === 'crime-job' || l.category === 'crime-task') && !inSentence(ctx, l.index, 'never-ask'))?.cue;
}
