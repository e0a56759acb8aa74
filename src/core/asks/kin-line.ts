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
import { replyChannel } from './reply.js';
import { type AskFinder, KIN_VOCATIVE, NO_ASKS } from './types.js';

export function createKinLineAsk(): AskFinder {
  return (input) => {
    if (input.reported) return NO_ASKS;
    let story = false;
    let textOnly: LureMatch | undefined;
    let kinSelf = false;
    let reach: LureMatch | undefined;
    let oldOff: LureMatch | undefined;
    let trouble: LureMatch[] | undefined;
    let selfCues: LureMatch[] | undefined;
    for (const l of input.lures) {
      if (l.quoted) continue;
      if (l.kind === 'lure' && l.category === 'family') (trouble ??= []).push(l);
      switch (l.category) {
        case 'phone-changed':
        case 'voice-changed':
          story = true;
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
    story ||= trouble !== undefined && trouble.some((t) => !selfCues?.some((k) => k.index === t.index));
    // The story with the phone ruled out ("声ガラガラだからしばらくメッセで") keeps the exchange in text on this line by itself.
    const cue = oldOff ?? (story || textOnly !== undefined ? reach : undefined) ?? (story ? textOnly : undefined);
    if (cue === undefined) return NO_ASKS;
    if (!kinSelf && !KIN_VOCATIVE.test(input.norm.lower)) return NO_ASKS;
    return [{ kind: 'kin-line', cue: cue.cue, channel: replyChannel(input), quoted: false }];
  };
}
