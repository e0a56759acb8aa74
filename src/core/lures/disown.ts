// Sentences in which a message disowns what it names: it says someone never does it (never-does), tells the
// reader not to do it (prohibits: "don't send", "売らないで", "đừng gửi", "อย่าส่ง"), or tells the reader to refuse,
// hang up or check with the real party if someone asks it ("…と頼まれたら本人に確認して", "nếu ai nhắn … thì đừng
// gửi", "…고 하면 바로 끊고"). The lure and ask words there are the scam's, named by a warning, not the message's
// own asks. The cues are data (data/lures.json: never-does, prohibits, refuse); this module says how they combine.
import type { LureMatch } from '../check.js';
import { luresOfCategory, sentenceAt } from '../asks/types.js';
import { negatedAskClauses } from '../quotes/negated.js';

// Before a refusal, words that make what precedes it a condition: "…たら", "…ても" (even if), "…なら", "…場合",
// "if", "even if", "如果/若/…的话", "nếu"/"… thì", "만약/…면", "आएमा/भने", "ถ้า/หาก", "kung", "jika/kalau", "se", "si".
const CONDITION = /場合|たら|ても|でも|なら|\bif\b|\bwhen(?:ever)?\b|如果|若是|若有|如有|要是|的话|的話|\bneu\b|\bthi\b|만약|으면|하면|오면|라면|다면|आएमा|भने|ถ้า|หาก|ถึง|\bkung\b|\bjika\b|\bkalau\b|\bapabila\b|\bse\b|\bcaso\b|\bsi\b|\bcuando\b|\bquando\b/;

// A link or a number written in the sentence: a way in for whoever wrote it. A conditional refusal beside one is a
// lure's own ask for when the reader hesitates ("ご不明な場合は 090-… に確認して"), not advice to turn away.
// (#9110 and three-digit public lines are not ways in: they are written without the digits a stranger's line has.)
const WAY_IN = /https?:\/\/|www\.|[a-z0-9-]+\.(?:com|net|jp|top|xyz|cc|me|info|org|app|site|shop|online|link|ly)\b|\d{2,4}[-‐ー－ ]\d{2,4}[-‐ー－ ]\d{3,4}|\d{10,}/;

// A prohibition's form that is a condition, not an order: "nếu không…", "if you don't send…", "caso não…", "如果不要…" right
// before it, or "払わないでいると" (if you go on not paying) after it: a threat's condition, as lures write it.
const CONDITION_JUST_BEFORE = /(?:\bneu|\bif(?: you)?|\bunless|\bcaso|\bse|\bsi|\bjika|\bkalau|如果|若|要是|만약)\s*$/;
// …or a negation right before it: "não é crime", "không phải là phạm pháp", "不是违法", "is not illegal" say the opposite.
const NEGATION_JUST_BEFORE = /(?:\bnao|\bnot|\bhindi|\bbukan|\bkhong phai|\bkhong|不|没|沒)\s*$/;
// A caution's cue (data/lures.json prohibits: 相手にご注意, への誘導に注意) and a messenger handle written out (ID: abc, @abc).
const CAUTION_CUE = /注意|気をつけ|気を付け/;
const HANDLE = /\bid\s*[:：]|[:：]\s*@|(?:^|\s)@[a-z0-9_.]{3,}/;
const CONDITION_AFTER = /^(?:いる|いた|おく|おい|いれ|放置|ください(?:ますと|ませんと))/;

/** The cue categories whose sentence disowns on its own (never-does, prohibits, retracts, impersonated), and the one that needs a condition. */
const DISOWN_ALONE = ['never-does', 'prohibits', 'retracts', 'impersonated'] as const;
const REFUSE = 'refuse';

// Where a clause ends after a disowning cue: a comma, a colon or a semicolon, an exception ("except", "除了"), or a
// contrast ("但", "しかし", "but", "nhưng").
const CLAUSE_END = /[，,、;；:：၊။]|(?<=[\u0E00-\u0E7F])\s+(?=[\u0E00-\u0E7F])|\bexcept\b|除了|以外|を除|ngoai tru|但|しかし|でも|\bbut\b|\bnhung\b|\btapi\b|\bpero\b|\bmas\b|다만|하지만|그런데/g;
// Thai writes no comma: a space between Thai words ends a clause. Burmese ends clauses and sentences with ၊ and ။.
// A clause that concedes ("even if they say…", "ถึงเขาจะบอกว่า…ก็ตาม", "nem se disser…", "即使…") tells what the scam says:
// what it holds is not asked.
const CONCESSIVE = /\beven if\b|\beven though\b|\bnem se\b|\bmesmo que\b|\baunque\b|\bkahit\b|\bke ca\b|\bmeskipun\b|\bwalaupun\b|ถึง|即使|就算|即便|哪怕|더라도|ても/;
// What still asks after the disowning clause, in the same sentence: an ask's cue, a request or hand-over verb.
const ASKING_KINDS: ReadonlySet<string> = new Set(['ask', 'verb']);

/** Where the clause that holds `at` starts: just past the last clause break between `start` and `at`. */
function lastClauseBreak(lower: string, start: number, at: number): number {
  let from = start;
  CLAUSE_END.lastIndex = start;
  for (let m = CLAUSE_END.exec(lower); m !== null && m.index < at; m = CLAUSE_END.exec(lower)) from = m.index + Math.max(1, m[0].length);
  return from;
}

/** The end of the clause that holds the cue: the first clause break after it, or the sentence's end. */
function clauseEnd(lower: string, from: number, end: number): number {
  CLAUSE_END.lastIndex = from;
  const m = CLAUSE_END.exec(lower);
  return m === null || m.index >= end ? end : m.index;
}

export interface Disowned {
  /** [start, end): from the sentence's start to the end of the disowning cue's clause. */
  readonly span: [number, number];
  readonly cue: LureMatch;
  /**
   * The whole sentence is disowned: nothing asks after the disowning clause ("银行不会打电话要求转账，请立即转到安全账户"
   * keeps its ask), and the ask finders may set the sentence's asks aside (they read sentences, not clauses).
   */
  readonly whole: boolean;
  /** The asking cue whose own verb the clause negates (quotes/negated.ts): not asked, whatever else its sentence asks. */
  readonly negated?: LureMatch;
}

/**
 * What the message disowns: for each never-does or prohibition cue, and each refusal cue with a condition before it in
 * its sentence and no link or number written there, the sentence up to the end of the cue's clause (Japanese and
 * Korean name the act before the cue, Chinese, Vietnamese and English after it, in the same clause).
 * `text` is the normalised text and `lower` its lower-cased, diacritic-folded twin (same indexes).
 */
export function disownedSentences(lures: readonly LureMatch[], text: string, lower: string): Disowned[] {
  const out: Disowned[] = [];
  const push = (l: LureMatch, sentence: [number, number], negated?: LureMatch): void => {
    const end = clauseEnd(lower, l.index + l.cue.length, sentence[1]);
    const conceded = (at: number): boolean => {
      let from = end;
      for (let k = clauseEnd(lower, end + 1, sentence[1]); k < at; k = clauseEnd(lower, k + 1, sentence[1])) from = k;
      return CONCESSIVE.test(lower.slice(from, at));
    };
    const asksAfter = end < sentence[1] && (WAY_IN.test(lower.slice(end, sentence[1])) || lures.some((x) => !x.quoted && ASKING_KINDS.has(x.kind) && x.index >= end && x.index < sentence[1] && !conceded(x.index)));
    out.push(negated === undefined ? { span: [sentence[0], end], cue: l, whole: !asksAfter } : { span: [sentence[0], end], cue: l, whole: !asksAfter, negated });
  };
  for (const category of DISOWN_ALONE) {
    for (const l of luresOfCategory(lures, category)) {
      if (l.quoted) continue;
      const sentence = sentenceAt(text, l.index);
      const before = lower.slice(Math.max(sentence[0], l.index - 12), l.index);
      // A withdrawal beside a link or a number written in its sentence withdraws nothing.
      if ((category === 'retracts' || category === 'impersonated') && WAY_IN.test(lower.slice(sentence[0], sentence[1]))) continue;
      // A caution about a party (…を求める相手にご注意, …への誘導に注意) beside a way in of its own (a link, a number, a handle) names
      // no party to beware of: it is the lure's cover for the way in it writes.
      if (category === 'prohibits' && CAUTION_CUE.test(l.cue) && (WAY_IN.test(lower.slice(sentence[0], sentence[1])) || HANDLE.test(lower.slice(sentence[0], sentence[1])))) continue;
      if (category === 'prohibits' && (CONDITION_JUST_BEFORE.test(before) || NEGATION_JUST_BEFORE.test(before) || CONDITION_AFTER.test(lower.slice(l.index + l.cue.length, l.index + l.cue.length + 8)))) continue;
      push(l, sentence);
    }
  }
  // An ask whose own verb its clause negates ("警察はLINEで連絡もしてこない", "人事は口座番号を聞いたりしないので"): what someone
  // does not do, in a person's plain words (quotes/negated.ts). Only where nothing asks in the clauses before it in its sentence.
  const negated = negatedAskClauses(lures, lower, (from) => clauseEnd(lower, from, sentenceAt(text, from)[1]));
  for (const n of negated) {
    const sentence = sentenceAt(text, n.index);
    const clauseStart = lastClauseBreak(lower, sentence[0], n.cue.index);
    const asksBefore = lures.some((x) => !x.quoted && ASKING_KINDS.has(x.kind) && x.index >= sentence[0] && x.index < clauseStart
      && !negated.some((o) => o.cue === x || (o.cue.index <= x.index && x.index < o.index)));
    if (asksBefore) continue;
    push({ kind: 'negation', category: 'never-does', cue: n.negation, index: n.index, quoted: false }, sentence, n.cue);
  }
  for (const l of luresOfCategory(lures, REFUSE)) {
    if (l.quoted) continue;
    const sentence = sentenceAt(text, l.index);
    if (CONDITION.test(lower.slice(sentence[0], l.index)) && !WAY_IN.test(lower.slice(sentence[0], sentence[1]))) push(l, sentence);
  }
  return out;
}

// しか before the negation in its clause ("LINEでしか…ません"): the negation restricts to the one way named, it refuses nothing.
const RESTRICTION_BEFORE = /しか[^、。,!?！？\n]{0,12}$/;

/**
 * Never-ask cues ("never share", "教えないで") whose clause is followed, in the same sentence, by an ask: "Never share this
 * code with anyone except our agent: reply with the code now" asks. The ask finders read a never-ask cue as voiding its
 * whole sentence; these are left out of what they read.
 */
export function neverAskFollowedByAsk(lures: readonly LureMatch[], text: string, lower: string): LureMatch[] {
  const out: LureMatch[] = [];
  for (const l of luresOfCategory(lures, 'never-ask')) {
    const sentence = sentenceAt(text, l.index);
    const end = clauseEnd(lower, l.index + l.cue.length, sentence[1]);
    if (end < sentence[1] && lures.some((x) => !x.quoted && ASKING_KINDS.has(x.kind) && x.category !== 'never-ask' && x.index >= end && x.index < sentence[1])) out.push(l);
    // A restriction, not a refusal: "応募はLINEでしか受け付けていません", "現金でしか受け付けてない" name the one way the thing is taken.
    else if (RESTRICTION_BEFORE.test(lower.slice(Math.max(sentence[0], l.index - 16), l.index))) out.push(l);
  }
  return out;
}
