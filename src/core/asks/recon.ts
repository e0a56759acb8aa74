// Tell a stranger what the home holds and when it stands empty: how much cash or gold is kept at home,
// whether there is a safe or タンス預金, how much is saved, whether the reader lives alone, when nobody
// is in. That is the アポ電 (appointment call) robbers and 特殊詐欺 groups make before they come, in a
// relative's, the police's, the city's, a department store's, a bank's or a survey's voice (警視庁 防犯速報,
// NPA; sources in data/lures.json recon-*): no office, shop or pollster asks it by SMS, so the answer goes
// to whoever holds the line. A warning that quotes the question ("『家に現金はいくらありますか』と聞く電話は
// 詐欺です"), a notice that says it is never asked, or a visit's time ("ご在宅の日時を教えてください": a time
// the reader is in, not one the home is empty) asks nothing here. Between people (a spouse's "家に現金いくら
// あったっけ?") it is theirs to ask, unless a relative's new number or a kinship call sets it up.
import type { AskChannel, LureMatch } from '../check.js';
import { replyChannel } from './reply.js';
import { hasCue, inSentence, inSentenceOrBefore, inSentenceOrNext, sentenceAt, speaksAsInstitution, speaksAsOffice, speaksAsPerson, type AskFinder, type AskInput, type AskNeeds, NO_ASKS } from './types.js';

// The sentence asks: a question mark, a question's ending (〜ですか, 〜ますか, かどうか), or (checked
// apart) a request or a reply asked in it or the next.
const QUESTION = /[?？]|(?:です|ます|でしょう|ません|マス|デス)[かカ]|かどうか|か否か|\bor not\b|\bkhong\b|\bchua\b|吗|嗎/;
// What makes cash a payment, not a holding asked about: a fee, a price, change (代引きの現金, お釣り).
const PAYMENT = /代金|代引|料金|費用|会費|集金|お釣り|おつり|支払|払い|精算|家賃|fee|price|payment|troco|phi /;
// A warning or a notice in the sentence: the question is named as the scam's, or as never asked.
const DISOWNING = ['never-ask', 'never-does', 'crime-name', 'scam-awareness', 'done'];
// Asking verbs beyond the request and hand-over cues: お聞かせ, お尋ね, 伺いたい, 回答.
const ASKING = /聞かせ|お尋ね|伺いたい|うかがいたい|回答|答えて|お答え|教え|知らせ|tell us|let us know|answer|告诉|回答|cho biet|tra loi|informe|diga|responda/;

/** The sentence at `index` (or the next, for the request) asks the reader something. */
function asked(input: AskInput, index: number): boolean {
  const [s, e] = sentenceAt(input.norm.text, index);
  const sentence = input.norm.lower.slice(s, Math.min(input.norm.lower.length, e + 1));
  if (QUESTION.test(sentence) || ASKING.test(sentence)) return true;
  return inSentenceOrNext(input, index, (at) => ['request', 'hand-over', 'reply-yes-no', 'call'].some((c) => inSentence(input, at, c)));
}

function disowned(input: AskInput, index: number): boolean {
  return DISOWNING.some((c) => inSentence(input, index, c));
}

// After the fact, in its clause: a condition ("場合は", "予定があれば", "際は", "方は"); before it: "if", "in case", "nếu", "如果".
const CONDITION_AFTER = /^[^、。,.!?！？\n]{0,12}?(?:場合|際|予定|ときは|時は|なら|ようでしたら|ようであれば|あれば|方は|方へ|方に|世帯は)/;
const CONDITION_BEFORE = /(?:\bif|\bin case|\bneu|如果|若)\s*[^,.!?、。]{0,12}$/;

function conditional(lower: string, index: number, length: number): boolean {
  return CONDITION_AFTER.test(lower.slice(index + length, index + length + 24)) || CONDITION_BEFORE.test(lower.slice(Math.max(0, index - 16), index));
}

// The writer as the clause's subject: the absence or the living alone told is the writer's own ("我不在家", "I'll be away
// from home", "私は一人暮らしなので"), not a question about the reader's home.
const WRITER_SUBJECT = /我|私|僕|俺|あたし|わたし|自分|\bi\b|\bi'(?:m|ll|ve|d)\b|\btoi\b|\bminh\b|\beu\b|\bako\b|\bsaya\b|\baku\b|저는|제가|나는|내가/;
const CLAUSE_START = /[、。,.!?！？\n][^、。,.!?！？\n]*$/;

/** The fact at `index` is told of the writer: a first-person subject in its clause, before it. */
function writersOwn(lower: string, index: number): boolean {
  const before = lower.slice(Math.max(0, index - 24), index);
  const m = CLAUSE_START.exec(before);
  return WRITER_SUBJECT.test(m === null ? before : m[0]);
}

/** `index` stands inside 「…」 or 『…』: the question quoted, as warnings quote it. */
function inBrackets(text: string, index: number): boolean {
  let depth = 0;
  for (let i = 0; i < index; i++) {
    const c = text[i];
    if (c === '「' || c === '『') depth++;
    else if ((c === '」' || c === '』') && depth > 0) depth--;
  }
  return depth > 0;
}

// The reader's own choice to take something up: "ご希望の方は", "お申し込みの方".
const OPT_IN = /ご?希望|お申し?込み|お申込/;

/** The first of the household's facts the message asks the reader to tell, in its own words. */
function reconCue(input: AskInput): LureMatch | undefined {
  const text = input.norm.text;
  for (const l of input.lures) {
    if (l.quoted) continue;
    const c = l.category;
    if (c !== 'recon-cash' && c !== 'recon-stash' && c !== 'recon-savings' && c !== 'recon-alone' && c !== 'recon-empty' && c !== 'recon-elderly' && c !== 'recon-where') continue;
    // After the category: the bracket count reads the text up to the cue, and most cues are of none of these.
    if (inBrackets(text, l.index)) continue;
    if (disowned(input, l.index) || !asked(input, l.index)) continue;
    // Cash or gold: where it is kept and how much (or whether any) in the one sentence, not paid as a fee.
    if (c === 'recon-cash') {
      const [s, e] = sentenceAt(text, l.index);
      if (PAYMENT.test(input.norm.lower.slice(s, e))) continue;
      // How much may follow as a question of its own: "家にお金置いてない?いくらくらいある?".
      if (!inSentence(input, l.index, 'recon-home') || !inSentenceOrNext(input, l.index, (at) => inSentence(input, at, 'recon-amount'))) continue;
    }
    // "年末年始に家を空ける予定があれば教えてください", "長期で家を空ける場合はご連絡ください", "一人暮らしの方は…": a landlord's
    // or a city's notice asks to hear of an absence or a household if there is one, not when the home is empty.
    // "ご高齢の方がいらっしゃる世帯は在宅時間を教えてください": whether only the elderly are home, with when they are in or
    // away, asked of every household that has them: the one the robber or the 点検商法 picks (a city's heat advice to such
    // households asks no time). Said as a condition, it is still the question, so it is not excused as one.
    // An offer the reader may take up ("訪問をご希望の方は在宅時間をお知らせください") is theirs to answer, not a question to all.
    if (c === 'recon-elderly') {
      if (inSentenceOrNext(input, l.index, (at) => OPT_IN.test(input.norm.lower.slice(...sentenceAt(input.norm.text, at))))) continue;
      if (!inSentenceOrNext(input, l.index, (at) => inSentence(input, at, 'home-when') || inSentence(input, at, 'recon-empty'))) continue;
      return l;
    }
    if ((c === 'recon-alone' || c === 'recon-empty') && (conditional(input.norm.lower, l.index, l.cue.length) || writersOwn(input.norm.lower, l.index))) continue;
    // Where the bankbook, the card, the PIN or the seal is kept ("通帳とかどこに置いてるか教えて"): asked beside the valuable,
    // in its sentence or the one before.
    if (c === 'recon-where') {
      if (!inSentenceOrBefore(input, l.index, (at) => inSentence(input, at, 'valuables'))) continue;
      return l;
    }
    // A safe or タンス預金 says where; savings and assets are asked by their amount.
    if ((c === 'recon-stash' || c === 'recon-savings') && !inSentence(input, l.index, 'recon-amount')) continue;
    return l;
  }
  return undefined;
}

/** Where the answer goes: a link (a form), a number written other than the sender's, or a reply. */
function channelOf(input: AskInput): AskChannel {
  const u = input.indicators.urls[0];
  if (u) return { type: 'url', value: u.normalized, host: u.host };
  const own = input.sender?.normalized;
  const p = input.indicators.phones.find((x) => x.normalized !== own);
  return p ? { type: 'phone', value: p.normalized } : replyChannel(input);
}

// The reader called by a kinship word ("おばあちゃん、", "母さん"): the オレオレ アポ電's voice.
const KIN_CALL = /(?:^|[。！？!?\n、\s])(?:お?(?:ばあ|ばぁ|じい|じぃ)ちゃん|おばあさん|おじいさん|ばあば|じいじ|お?(?:母|かあ|父|とう)さん|お袋|おふくろ|親父|おやじ|grandma|grandpa|granny|mum|mom|dad)[、,!！\s]/;

// The writer naming themself by their kinship to the reader, with a name: "孫のだいきだよ", "甥の健太です".
const KIN_SELF = /(?:^|[。！？!?\n、\s])(?:孫|息子|娘|甥|姪)の[^\s、。,!?！？]{1,6}(?:です|だよ|だけど|より|でーす)/;

/**
 * Who asks: 'office' (an office's or a shop's voice, a brand or an institution named, or a survey's or crime
 * prevention's pretext, however it is spelt), 'kin' (a relative on a new number, or the reader called by a
 * kinship word), or null (a person or nobody: a spouse's "家に現金いくらあったっけ?" is between them).
 */
export function reconVoice(input: Pick<AskInput, 'lures' | 'brands' | 'norm'>): 'office' | 'kin' | null {
  if (input.lures.some((l) => l.category === 'family' && l.kind === 'lure' && !l.quoted)) return 'kin';
  if (speaksAsPerson(input)) return KIN_CALL.test(input.norm.lower) || KIN_SELF.test(input.norm.lower) ? 'kin' : null;
  if (input.brands.length > 0 || speaksAsOffice(input) || speaksAsInstitution(input) || input.lures.some((l) => l.category === 'recon-pretext' && !l.quoted)) return 'office';
  return KIN_CALL.test(input.norm.lower) ? 'kin' : null;
}

// A visit the reader arranged: a booking, an order, a contract, a redelivery, a job they asked for.
const ARRANGED = /ご?予約|ご?注文|お申し?込|ご依頼|ご契約|再配達|お届け予定|ご購入|ご指定|ご相談/;
// The reader's home address, in the words a form or a reply uses.
const ADDRESS = /住所|address|地址|dia chi/;

/**
 * The reader's home address and when they are home, both asked back in an office's or a shop's voice about nothing the reader
 * arranged ("電力自由化センターです…適用にはご自宅の住所と在宅時間帯の返信が必要です"): where the home is and when someone is in
 * are the two facts a visit nobody booked needs, the 下見 of the 点検商法, the 押し買い and the アポ電 robbery (警視庁 防犯速報,
 * 国民生活センター 訪問購入). An office that bills the reader has the address on file, and a visit the reader booked is answered
 * for its time alone. Not a person's (a friend sending a present), not a booked visit, a redelivery or an order, not a question
 * the reader may take up (ご希望の方は), not a warning.
 */
function homeAndAddress(input: AskInput): LureMatch | undefined {
  if (reconVoice(input) !== 'office' || ARRANGED.test(input.norm.lower) || OPT_IN.test(input.norm.lower)) return undefined;
  for (const l of input.lures) {
    if (l.quoted || l.category !== 'home-when' || disowned(input, l.index) || !asked(input, l.index)) continue;
    const [s, e] = sentenceAt(input.norm.text, l.index);
    if (ADDRESS.test(input.norm.lower.slice(s, e + 1))) return l;
  }
  return undefined;
}

// The household's facts reconCue takes up.
const RECON_CUES = ['recon-cash', 'recon-stash', 'recon-savings', 'recon-alone', 'recon-empty', 'recon-elderly', 'recon-where'];

/** What createReconAsk cannot find an ask without (types.ts AskNeeds): a cue of RECON_CUES, in no report. */
export const reconNeeds: AskNeeds = (input) => !input.reported && (hasCue(input, RECON_CUES) || hasCue(input, ['home-when']));

export function createReconAsk(): AskFinder {
  return (input) => {
    // An answer to the reader's own inquiry (a realtor's "一人暮らし用でよろしいですか?", a mover's quote) is theirs to give.
    // A warning that names the アポ電 or says not to answer ("「家にいくらありますか」と聞かれても答えないで") asks nothing.
    if (input.reported || reconVoice(input) === null || input.lures.some((l) => (l.category === 'recon-requested' || l.category === 'applied' || l.category === 'recon-warn') && !l.quoted)) return NO_ASKS;
    const cue = reconCue(input) ?? homeAndAddress(input);
    return cue ? [{ kind: 'recon', cue: cue.cue, channel: channelOf(input), quoted: false }] : NO_ASKS;
  };
}
