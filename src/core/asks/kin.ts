// The オレオレ and "hi mum" script: a relative's voice on a line the reader cannot check, asking money, a card or cash for a
// third party, with one of the marks the police list for it (警察庁 SOS47 オレオレ詐欺, 政府広報オンライン 「オレオレ詐欺」:
// a trouble that needs money now, 会社の損失・事故・示談・病気・カードが止まった; secrecy, 会社には言えない・兄には言わないで;
// someone else who collects, 部下・同僚・弁護士が取りに行く; a line told as new, broken or not the usual; an account "below" or to
// come; FTC family emergency scams). A relative's voice alone, or money between relatives alone, is ordinary: a child asks
// a loan till payday, a parent sends the allowance. The marks are what the real relative has no need of: the reader can
// ring the number they have for them.
import type { LureMatch } from '../check.js';
import { KIN_VOCATIVE, luresOfCategory, type AskInput } from './types.js';

// A relative named as the one the matter is kept from ("兄にはまだ言わないで", "親父には絶対言うなよ", "母さんには内緒で"): the
// writer speaks from inside the family, and keeps the reader from the check another relative would make.
const KEPT_FROM_KIN = /(?:兄|姉|弟|妹|母|父|親|親父|おやじ|お袋|おふくろ|おかん|おとん|ママ|パパ|じいちゃん|ばあちゃん|じいじ|ばあば|旦那|嫁|妻|夫)(?:さん|ちゃん|貴|上)?(?:に|には|にも)(?:まだ|絶対|絶対に|何も|なんも|ちょっと)?(?:(?:言わ|いわ|話さ|はなさ)(?:ないで|んで|んといて|んとって|ずに)|内緒|ないしょ|黙っ|だまっ|言うな|いうな|知らせないで|相談しないで)/;

// The reader called by a kinship word that KIN_VOCATIVE leaves out for its other uses: an elder sibling or an aunt or uncle in
// the words a relative uses for them ("兄貴、", "姉さん、", "叔母さん、"), a grandparent in Chinese or Korean ("奶奶,", "阿嬷,",
// "할머니,").
const KIN_CALL_MORE = /(?:^|[。！？!?\n]\s*)[\s「『]*(?:兄貴|姉貴|兄さん|姉さん|お袋|(?:叔|伯)(?:父|母)さん|奶奶|爷爷|爺爺|外婆|外公|阿嬷|阿嬤|阿公|姥姥|姥爷|할머니|할아버지)[、,，!！\s]/;

/** The message speaks as the reader's relative: the reader called by a kinship word, the writer naming themself as kin, a relative kept out. */
export function speaksAsKin(input: Pick<AskInput, 'lures' | 'norm'>): boolean {
  const lower = input.norm.lower;
  if (input.lures.some((l) => !l.quoted && (l.category === 'kin-self' || (l.kind === 'lure' && l.category === 'family' && HI_MUM.test(l.cue))))) return true;
  return KIN_VOCATIVE.test(lower) || KIN_CALL_MORE.test(lower) || KEPT_FROM_KIN.test(lower);
}

// The "hi mum, this is…" opening among the family cues (a relative's voice in itself, not a trouble).
const HI_MUM = /^hi (?:mum|mom|dad)/;

/** A `money-plight` cue that tells the trouble itself (the writer's way to pay stopped, a third party's fee, "only you"), not a bare hurry. */
export function moneyTrouble(l: LureMatch): boolean {
  return l.category === 'money-plight' && !HURRY.test(l.cue);
}

export type KinMark = 'trouble' | 'secrecy' | 'stand-in' | 'line';

// Among the `money-plight` cues, the hurry alone (今日中, 急ぎで, today): a relative's ordinary deadline, a school's fee due
// today. The others tell the trouble itself (a fee a third party charges, the writer's way to pay stopped, "only you", an
// account the message gives).
const HURRY = /今日|今すぐ|急|至急|本日|明日|今夜|today|urgent|right now|hoje|agora|hoy|ahora|ngay|hom nay|\bgap\b|hari ini|segera|mendesak|วันนี้|ด่วน|马上|馬上|今天|急需|오늘|지금|급|तुरुन्त|turunt|aaja|အမြန်|অরুরি|জরুরি|\bagad\b|ngayon/;
// Someone else sent to take the money or to be taken at their word ("会社の人が取りに", "代理の者が", "電話いくから出て").
const STAND_IN = /取りに|代理|代わりの|電話(?:いく|行く|が行く|がいく)|出てあげて|言う通り|言うとおり|言われた通り|言われたとおり|指示に従/;

/**
 * The marks of the script the message carries, each with its first cue: the trouble (a family lure that tells one, a
 * `money-plight` cue beyond a bare hurry), secrecy (a ban on telling, a relative kept out), a stand-in (a collect ask or a
 * third party announced to take the money or to be obeyed), the line (told new, borrowed, broken, its voice changed, the
 * phone ruled out, the old line ruled out).
 */
export function kinMarks(input: Pick<AskInput, 'lures' | 'norm'>, collect = false): Map<KinMark, string> {
  const marks = new Map<KinMark, string>();
  const lines = input.lures.filter((l) => !l.quoted && (l.category === 'phone-changed' || l.category === 'voice-changed'));
  const overlaps = (l: LureMatch, others: readonly LureMatch[]): boolean => others.some((o) => o !== l && o.index < l.index + l.cue.length && l.index < o.index + o.cue.length);
  const secrets = input.lures.filter((l) => !l.quoted && (l.category === 'coach-cue' || l.category === 'bypass-party'));
  const selves = luresOfCategory(input.lures, 'kin-self');
  for (const l of input.lures) {
    if (l.quoted) continue;
    if (l.category === 'phone-changed' || l.category === 'voice-changed' || l.category === 'not-by-voice' || l.category === 'old-line-off') {
      if (!marks.has('line')) marks.set('line', l.cue);
    } else if (l.category === 'coach-cue' || l.category === 'bypass-party') {
      if (!marks.has('secrecy')) marks.set('secrecy', l.cue);
    } else if (moneyTrouble(l)) {
      if (!marks.has('trouble')) marks.set('trouble', l.cue);
    } else if (l.kind === 'lure' && l.category === 'family' && !HI_MUM.test(l.cue) && !overlaps(l, lines) && !overlaps(l, secrets) && !overlaps(l, selves)) {
      if (!marks.has('trouble')) marks.set('trouble', l.cue);
    } else if (l.category === 'favour' && STAND_IN.test(l.cue)) {
      if (!marks.has('stand-in')) marks.set('stand-in', l.cue);
    }
  }
  if (!marks.has('secrecy')) {
    const kept = KEPT_FROM_KIN.exec(input.norm.lower);
    if (kept !== null) marks.set('secrecy', kept[0]);
  }
  if (collect && !marks.has('stand-in')) marks.set('stand-in', 'collect');
  return marks;
}
