// An ask's own verb negated where it stands: Japanese and Korean say the negation after the verb, at the end of its
// clause ("警察はLINEで連絡もしてこない", "人事はLINEで口座番号を聞いたりしないので", "경찰은 카톡으로 연락 안 해"). The clause
// tells what someone does not do, as a never-does notice does ("…ことはありません"), only in the plain words of a person or a
// warning; the ask it names is the scam's, told so the reader refuses it (警察庁, 国民生活センター: 「警察はLINEで連絡しない」).
// The cue lists (data/lures.json never-does) hold the fixed forms; this reads the grammar, so that any ask a clause negates is
// read so. Latin-script languages put the negation before the verb (asks/messenger.ts deniedMove reads those).
//
// Not negated so: a request in a negative question ("連絡くれない?", "送ってもらえませんか"), an inability or a thing not yet
// done (the lure's own problem: "ログインできません", "お支払いいただいていません", "確認できないため"), a condition or a threat
// ("返信しないと", "連絡がない場合", "支払わなければ"), a prohibition ("送らないで": prohibits reads it), a restriction ("LINE
// でしか受け付けていません" asks the move), and a thing that is not ("ご返信がありません", "カードが使えません": the subject
// marked by が, or ある negated).
import type { LureMatch } from '../check.js';

// The cue kinds that name what is asked: the asking phrase, its verb, or its object.
const ASKING: ReadonlySet<string> = new Set(['ask', 'verb', 'object']);

// From the cue to its clause's end: a verb negated in the indicative, then only the particles a statement ends with. The verb
// is read by the kana before ない/ません (a stem, not が/は/も: "話がない" is no verb); `{0,16}` keeps the negation the cue's own.
const JA_NEGATED = /^[^、。!?！？\n「」]{0,16}?(?<![がはもあ])(?:ない|ません|ねえ|へん)(?:よ|ね|わ|し|から|ので|です|んです|んだ|らしい|って|そう|みたい|んだって|よね|もん|のに)*\s*$/;
// What keeps the verb from being a refusal or a habit: a request in the negative (くれ, もらえ, いただけ, 頂け, くださ),
// inability (でき, られ), a thing not yet done (て(い)ない, てません, でない), a restriction (しか), a subject (が), ある negated
// (ありません, ござい), a condition.
const NOT_REFUSAL = /くれ|もらえ|貰え|いただけ|頂け|くださ|下さ|でき|出来|られ|て(?:い|お)?(?:な|ま)|で(?:い)?(?:な|ま)|しか|が|あり|ござい|場合|たら|なら|ければ|限り/;
// Korean: the short negation 안 or the long 지 않다 a few words after the cue, ending its clause ("연락 안 해", "연락하지 않아요").
const KO_NEGATED = /^[^.!?,\n]{0,12}?(?:지\s*않[가-힣]{0,3}|(?:^|\s)안\s+[가-힣]{1,3})\s*[.!]?\s*$/;

export interface NegatedClause {
  /** The cue whose clause is negated. */
  readonly cue: LureMatch;
  /** Where the negation stands, and its words. */
  readonly index: number;
  readonly negation: string;
}

/**
 * The asking cues (kinds ask, verb, object, unquoted) whose clause, from the cue to `clauseEnd(cue)`, ends in their verb
 * negated as a statement. `lower` is the lower-cased text (same indexes as the cues).
 */
export function negatedAskClauses(lures: readonly LureMatch[], lower: string, clauseEnd: (from: number) => number): NegatedClause[] {
  const out: NegatedClause[] = [];
  for (const l of lures) {
    if (l.quoted || !ASKING.has(l.kind)) continue;
    const from = l.index + l.cue.length;
    const end = clauseEnd(from);
    // A question mark or か right after the clause asks ("送ってくれない?", "連絡しませんか").
    const next = lower.charAt(end);
    if (next === '?' || next === '？') continue;
    const tail = lower.slice(from, end);
    const ja = JA_NEGATED.exec(tail);
    if (ja !== null && !NOT_REFUSAL.test(tail) && !tail.endsWith('か')) {
      const at = tail.search(/(?:ない|ません|ねえ|へん)/);
      out.push({ cue: l, index: from + at, negation: tail.slice(at) });
      continue;
    }
    if (KO_NEGATED.test(tail)) out.push({ cue: l, index: from, negation: tail.trim() });
  }
  return out;
}
