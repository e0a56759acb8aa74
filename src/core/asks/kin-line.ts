// A relative reached on a line that is not theirs: the reader called by a kinship word ("母さん、", "Mẹ ơi", "Mom,")
// or the writer naming themself as the reader's child, grandchild or sibling ("兄です", "孫のけんたです", "息子より", "俺だけど"),
// the line told as new, borrowed or lost, or the voice as changed (`phone-changed`, `voice-changed`: "スマホ壊れたから友達の
// 借りてる", "風邪で声が変"), or the trouble the オレオレ tells (会社のお金, カバンなくした), and asked to be called or answered
// on it ("この番号に電話して", "あとでこっちにかけて", "Text me back here"; with the phone ruled out, "電話じゃなくここで返事して"),
// or the old number ruled out whatever else is said ("元の番号には掛けないで"). The relative owns the number the reader has
// for them; ringing it is the check the オレオレ and "hi mum" scams must keep the reader from (NPA, 政府広報, FTC). A relative
// who changed numbers and tells it, asking nothing, is the opener only (NEW_NUMBER_OPENER); one who invites the check
// ("心配なら前の番号にかけてみて") or keeps the old line open (`vouched`) is not counted.
import type { LureMatch } from '../check.js';
import { foldDiacritics } from '../lures/fold.js';
import { kinMarks, speaksAsKin } from './kin.js';
import { replyChannel } from './reply.js';
import { hasCue, type AskFinder, type AskNeeds, KIN_VOCATIVE, NO_ASKS } from './types.js';

// A meeting the two share, by its place or its pick-up ("駅着いたら", "塾が終わったら北口に迎えに", "pick me up"): a child on a
// friend's phone with a flat battery asks to be rung for it; the scam names no meeting, only a matter for later.
const MEETING = /迎え|着いたら|改札|[北南東西]口|待ち合わせ|pick me up|when (?:you|i) (?:arrive|get (?:there|here))/;
// What makes the call more than a meeting's: a favour or a need, money, a hurry, a secret.
const BEYOND_MEETING: ReadonlySet<string> = new Set(['favour', 'favour-later', 'own-need', 'money-plight', 'money', 'pay', 'gift-card', 'code', 'secret', 'coach-cue']);

// What createKinLineAsk's cue is one of: the old line said off, the reader told to reach the writer here, no voice.
const KIN_LINE_CUES = ['old-line-off', 'reach-here', 'not-by-voice'];

/** What createKinLineAsk cannot find an ask without (types.ts AskNeeds): a cue of KIN_LINE_CUES, in no report. */
export const kinLineNeeds: AskNeeds = (input) => !input.reported && hasCue(input, KIN_LINE_CUES);

export function createKinLineAsk(): AskFinder {
  return (input) => {
    if (input.reported) return NO_ASKS;
    let story = false;
    let textOnly: LureMatch | undefined;
    let kinSelf = false;
    let reach: LureMatch | undefined;
    let oldOff: LureMatch | undefined;
    let beyond = false;
    let trouble: LureMatch[] | undefined;
    let selfCues: LureMatch[] | undefined;
    for (const l of input.lures) {
      if (l.quoted) continue;
      if (l.kind === 'lure' && l.category === 'family') (trouble ??= []).push(l);
      if (l.kind === 'pressure' || BEYOND_MEETING.has(l.category)) beyond = true;
      switch (l.category) {
        case 'phone-changed':
        case 'voice-changed':
          // The story inside quotation marks is what a scam's text or call says ("「番号が変わった」っていう電話が来たら"): the
          // warning's, not the writer's.
          if (!insideQuotes(input.norm.text, l.index)) story = true;
          break;
        case 'not-by-voice':
          textOnly ??= l;
          break;
        case 'kin-self':
          kinSelf = true;
          (selfCues ??= []).push(l);
          break;
        case 'reach-here':
          reach ??= l;
          break;
        case 'old-line-off':
          oldOff ??= l;
          break;
        // The writer invites the check or keeps the old line open, rules money out, or names the scam.
        case 'vouched':
        case 'no-favour':
        case 'crime-name':
          return NO_ASKS;
      }
    }
    // The trouble the オレオレ tells (会社のお金, カバンなくした, 示談) is the story too; "俺だけど" is the writer naming no one, not a story.
    const troubleTold = trouble !== undefined && trouble.some((t) => !selfCues?.some((k) => k.index === t.index && k.cue === t.cue) && !phoneStory(input.lures, t));
    story ||= troubleTold;
    // Secrecy from the family ("兄にはまだ言わないで…こっそり相談したいからこの番号にかけて") keeps the matter off the lines the
    // family shares as the line's story does: the check another relative would make is cut off with the reader's own.
    const secret = kinMarks(input).has('secrecy');
    story ||= secret;
    // The story with the phone ruled out ("声ガラガラだからしばらくメッセで") keeps the exchange in text on this line by itself.
    const cue = oldOff ?? (story || textOnly !== undefined ? reach : undefined) ?? (story ? textOnly : undefined);
    if (cue === undefined) return NO_ASKS;
    // The call asked to the number the reader already holds for the writer ("いつもの俺の番号にかけ直して", "前の番号に電話して確認
    // して", "call my usual number"): the check the scam must keep the reader from, not a call to this line.
    if (cue !== oldOff && KNOWN_LINE.test(foldDiacritics(input.norm.lower))) return NO_ASKS;
    // A call asked for a meeting the two share, with no trouble, favour, money or hurry beside the line's story.
    if (cue !== oldOff && !troubleTold && !beyond && MEETING.test(input.norm.lower)) return NO_ASKS;
    if (!kinSelf && !KIN_VOCATIVE.test(input.norm.lower) && !speaksAsKin(input)) return NO_ASKS;
    return [{ kind: 'kin-line', cue: cue.cue, channel: replyChannel(input), quoted: false }];
  };
}

/** The family cue is one of the line's own story (`phone-changed` or `voice-changed` over the same words), not a trouble. */
function phoneStory(lures: readonly LureMatch[], cue: LureMatch): boolean {
  return lures.some((l) => (l.category === 'phone-changed' || l.category === 'voice-changed') && l.index < cue.index + cue.cue.length && cue.index < l.index + l.cue.length);
}

// The number the reader already holds for the writer, named as where the call asked goes: いつもの, 前の, 元の, 今までの, 登録して
// ある, 電話帳の番号に電話して / かけ直して (not "かけても": "元の番号にかけても繋がらない" is the scam's excuse), "call my usual
// number", "gọi vào số cũ", "打我原来的号码", "liga no meu número de sempre", "sa dati kong number", "원래 번호로 전화" (folded text).
const KNOWN_LINE = /(?:いつもの|前の|元の|もとの|今までの|登録(?:して)?(?:ある|てる|済みの)|電話帳の)[^。、\n]{0,6}?番号(?:に|へ|で)\s*(?:電話|連絡|かけ|掛け)(?:直|なお)?(?:し)?て(?!も|は)|\bcall (?:me )?(?:on |at )?my (?:usual|old|normal|regular) number\b|\bgoi (?:vao|lai vao|cho) so cu\b|打我原来的号码|打我原來的號碼|\bliga no meu numero de sempre\b|\bsa dati kong number\b|원래 번호로 전화/;

/** `index` stands inside a quotation the text opens and has not closed before it (「」, 『』, “”, or a straight double quote). */
function insideQuotes(text: string, index: number): boolean {
  const before = text.slice(0, index);
  const count = (c: string): number => before.split(c).length - 1;
  return count('「') > count('」') || count('『') > count('』') || count('“') > count('”') || count('"') % 2 === 1;
}
