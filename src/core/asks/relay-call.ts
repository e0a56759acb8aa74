// A call announced by someone else, from an authority the reader is to obey: "このあと警視庁から電話が入りますので指示に
// 従ってください" (in a 厚生労働省's voice), "銀行協会から折り返し連絡がありますので、指示に従ってください" (a 百貨店's),
// "今からかかってくる自動音声の指示に従ってください". The 劇場型 relay of the fake-police and fake-bank scams (NPA 警察官を
// 名乗る詐欺; 全国銀行協会): one "body" hands the reader to the next, and the reader is told in advance to take the call and do as
// told. A real body never announces another body's call by text and binds the reader to its instructions: the police, a bank
// or an office say who they are when they call and the reader may ring their published number to check; "follow the caller's
// instructions" is what removes that check. So the ask is the awaited call itself, through a channel nobody owns (the call's
// number is the caller's, whoever that is). Not in a person's voice (a relative telling the reader the police will ring after
// an accident speaks as a person), not in a report or a warning quoting it, not from a registered sender or a carrier's line
// (a line that speaks for a company), and not with the instructions refused ("指示に従わないで").
import { kinMarks, speaksAsKin } from './kin.js';
import { replyChannel } from './reply.js';
import { gated } from '../match/literals.js';
import { speaksAsPerson, type AskFinder, type AskNeeds, NO_ASKS } from './types.js';

// The caller: an authority the reader would obey by its name alone (police, prosecutors, a ministry, the bankers'
// association, a court, a lawyer, a recorded voice), 0-12 characters before the announced call. A desk named only by its
// role (担当, 係, センター, 本部) is a shop's or a clinic's as often: it counts only beside an alarm the message tells (a lure).
const AUTHORITY = '(?:警察|警視庁|県警|府警|道警|警察署|警察官|刑事|捜査|検察|検事|地検|金融庁|銀行協会|全銀協|国税|税務署|厚生労働省|厚労省|消費者庁|総務省|裁判所|弁護士|法務|自動音声)';
const DESK = '(?:担当(?:者|官|の者)?|係(?:の者|員)|センター|本部)';
const COMING = '[^。!?\\n]{0,12}?(?:から|より)(?:折り返し|改めて|後ほど|直接|順次)?(?:の)?(?:お?電話|ご?連絡|着信)(?:が|を)?(?:入り|入る|あり|ある|来ます|来る|きます|くる|かかって|いたします|差し上げ|します|いく|行く|いき|行き)';
const comingFrom = (caller: string): RegExp => new RegExp(`${caller}${COMING}|かかってくる(?:電話|お電話)?(?:の)?${caller}|かかってくる${caller}`);
const CALL_COMING_JA = comingFrom(AUTHORITY);
const DESK_CALL_COMING_JA = comingFrom(DESK);
const OBEY_JA = /(?:指示|案内|指導)に従(?:って|い)[^。!?\n]{0,10}?(?:ください|下さい|願)|指示(?:の)?(?:通り|どおり)に(?:操作|手続|対応|して)|言(?:う|われた)(?:通り|とおり)に(?:して|操作|手続)/;
const REFUSED_JA = /従わない|従わず|応じない|応じず|詐欺/;

const CALL_COMING_EN = /\b(?:you will|you'll)\s+(?:shortly\s+|soon\s+)?(?:receive|get)\s+a\s+(?:phone\s+)?call\s+from\s+(?:the\s+|an?\s+)?(?:[a-z]+\s+){0,3}(?:police|officer|investigator|prosecutor|bankers?'?\s+association|ministry|financial\s+services\s+agency|court|lawyer|automated\s+voice)\b|\b(?:police|officer|investigator|prosecutor|bank(?:ers)?\s+association|ministry|agency|department)\s+will\s+(?:call|contact|phone)\s+you\b/i;
const OBEY_EN = /\bfollow\s+(?:their|his|her|the\s+(?:officer'?s?|caller'?s?|agent'?s?))\s+instructions\b|\bdo\s+(?:exactly\s+)?as\s+(?:they|he|she)\s+(?:say|tell)/i;
const REFUSED_EN = /\b(?:do not|don't|never)\s+follow\b|\bscam\b|\bfraud\b/i;

const CALL_COMING_ZH = /(?:警察|公安|检察|银行协会|金融厅)[^。!?\n]{0,8}?(?:会|将)(?:给您|给你)?(?:打电话|来电|联系)/;
const OBEY_ZH = /(?:按照|听从|遵从)(?:他们的|对方的|其)?指示/;
const REFUSED_ZH = /不要(?:按照|听从)|诈骗/;

// Senders that speak for a company: a registered sender ID, a carrier.
const COMPANY_LINE: ReadonlySet<string> = new Set(['registered-business', 'carrier']);

const LANGS: readonly { readonly call: RegExp; readonly desk?: RegExp; readonly obey: RegExp; readonly refused: RegExp }[] = [
  { call: CALL_COMING_JA, desk: DESK_CALL_COMING_JA, obey: OBEY_JA, refused: REFUSED_JA },
  { call: CALL_COMING_EN, obey: OBEY_EN, refused: REFUSED_EN },
  { call: CALL_COMING_ZH, obey: OBEY_ZH, refused: REFUSED_ZH },
];

/** What createRelayCallAsk cannot find an ask without: an instruction-to-obey word, in no report. */
// (A module constant: a literal in the gate is a new object per message.)
// Read from norm.lower only, which holds no upper-case letter, so the pattern needs no i flag (and without one it can sit behind
// its literal gate, match/literals.ts: every match holds one of its words).
const GUIDED_WORD = gated(/指示|案内|指導|言(?:う|われた)(?:通り|とおり)|instructions|as\s+(?:they|he|she)\s+(?:say|tell)/);
export const relayCallNeeds: AskNeeds = (input) => !input.reported && GUIDED_WORD.test(input.norm.lower);

export function createRelayCallAsk(): AskFinder {
  return (input) => {
    // A relative who hands the reader to such a caller and binds them to it, beside a mark of the オレオレ script (a trouble,
    // secrecy, the line: asks/kin.ts), is the script's own relay ("弁護士の先生から電話がいくから、言われたとおりにして");
    // a relative telling the police will ring after an accident binds the reader to nothing.
    if (input.reported || (speaksAsPerson(input) && !(speaksAsKin(input) && kinMarks(input).size > 0))) return NO_ASKS;
    if (input.sender && COMPANY_LINE.has(input.sender.tier)) return NO_ASKS;
    const text = input.norm.lower;
    const alarm = input.lures.some((l) => !l.quoted && l.kind === 'lure');
    for (const lang of LANGS) {
      const call = lang.call.exec(text) ?? (alarm && lang.desk ? lang.desk.exec(text) : null);
      if (call === null) continue;
      const obey = lang.obey.exec(text);
      if (obey === null || lang.refused.test(text)) continue;
      return [{ kind: 'relay-call', cue: call[0], channel: replyChannel(input), quoted: false }];
    }
    return NO_ASKS;
  };
}
