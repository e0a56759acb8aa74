// A message written in kana alone ("ケイサツショ デス … デンワ シテ クダサイ", "アマゾンの カードを かって うらの ばんごうを
// しゃしんで おくって"): written so for a child or an elder, or to slip past filters that read kanji. The cue table spells
// its words in kanji or in one kana script, so such a text is read a second time in one script: katakana folded to
// hiragana and the spaces between kana words dropped, against the cues folded the same way. Indexes map back to the text.

/** The character at i of s, a katakana letter (ァ..ヶ) as its hiragana; the long-vowel mark and everything else kept. */
function hiraganaAt(s: string, i: number): string {
  const c = s.charCodeAt(i);
  return c >= 0x30a1 && c <= 0x30f6 ? String.fromCharCode(c - 0x60) : (s[i] as string);
}

/** Katakana (ァ..ヶ) as hiragana; the long-vowel mark and everything else kept. */
export function toHiragana(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += hiraganaAt(s, i);
  return out;
}

const KANA = (c: number): boolean => (c >= 0x3041 && c <= 0x3096) || (c >= 0x30a1 && c <= 0x30fc);
const KANJI = (c: number): boolean => c >= 0x4e00 && c <= 0x9fff;
const SPACE = (c: number): boolean => c === 0x20 || c === 0x3000 || c === 0x09;
/** A space beside a kana letter: the gap between kana words, which the kana view drops. */
const kanaGap = (s: string, i: number): boolean => SPACE(s.charCodeAt(i)) && (KANA(s.charCodeAt(i - 1)) || KANA(s.charCodeAt(i + 1)));

/** A cue as the kana view spells it: hiragana, with no spaces between kana words. */
export function foldKanaCue(cue: string): string {
  let out = '';
  for (let i = 0; i < cue.length; i++) if (!kanaGap(cue, i)) out += hiraganaAt(cue, i);
  return out;
}

/**
 * The kana view of a text written in kana (at least 12 kana and no more than one kanji in 20 of them), with, for each
 * of its characters, the index in the text it came from; null for a text that is not written so (most Japanese text
 * mixes kanji in, and is read as it is).
 */
export function kanaView(text: string): { view: string; at: Int32Array } | null {
  let kana = 0;
  let kanji = 0;
  const n = text.length;
  if (n < 12) return null;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (KANA(c)) kana++;
    else {
      if (KANJI(c)) kanji++;
      // Even if every character left were kana, too few, or too few for the kanji seen: not a kana text
      // (most Japanese text is known so within its first kanji, not at its end).
      const most = kana + (n - 1 - i);
      if (most < 12 || kanji * 20 > most) return null;
    }
  }
  if (kana < 12 || kanji * 20 > kana) return null;
  const at = new Int32Array(text.length);
  let view = '';
  for (let i = 0; i < text.length; i++) {
    if (kanaGap(text, i)) continue;
    at[view.length] = i;
    view += hiraganaAt(text, i);
  }
  return { view, at: at.subarray(0, view.length) };
}
