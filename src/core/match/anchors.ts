// Anchor characters: a pattern that cannot match without one of a few characters ("先生|老师|…" needs 生 or 老)
// is not run over a text that holds none of them. Which anchors a text holds is read in one pass over it, kept for
// the last text asked (the checks and finders ask of one message's lower-cased text, one after another), so each gate
// after the first costs a few bit tests instead of a call into the regex engine; the regex engine tries a long list of
// Japanese words at every character of the text and costs some hundreds of nanoseconds a pattern even when nothing
// matches (measured on the bench set: the payee moves' pattern 514 ns a message).
//
// A gate is only ever a necessary condition: every way the pattern can match must hold one of its anchors. So the anchors
// of a pattern are chosen alternative by alternative, one character each alternative cannot do without (written beside
// each use), and the pattern's own answer is unchanged.

// Anchor characters by code: 0 for none, else the anchor's bit number + 1. Up to 255 anchors in all.
const bitOf = new Uint8Array(65536);
// Which codes, masked to their low 11 bits, some anchor has (256 bytes): most of a text's characters fail here, and the
// 64 KB table above is read only for the rest (read at every character it missed the cache: twice the scan's time).
const FILTER_MASK = 2047;
const filter = new Int32Array((FILTER_MASK + 1) >>> 5);
let anchors = 0;
const WORDS = 8;
// The anchors the last text holds.
let lastText: string | null = null;
const present = new Int32Array(WORDS);

/** The set of anchors `chars` (each code unit one anchor), registered on first use: a gate's constant. */
export function anchorSet(chars: string): Int32Array {
  const words = new Int32Array(WORDS);
  for (let i = 0; i < chars.length; i++) {
    const c = chars.charCodeAt(i);
    if (bitOf[c] === 0) {
      if (anchors >= WORDS * 32 - 1) throw new Error('anchors: more than 255 anchor characters');
      bitOf[c] = ++anchors;
      filter[(c & FILTER_MASK) >>> 5] = (filter[(c & FILTER_MASK) >>> 5] as number) | (1 << (c & 31));
      // A text read before this anchor was known is read again.
      lastText = null;
    }
    const bit = (bitOf[c] as number) - 1;
    words[bit >>> 5] = (words[bit >>> 5] as number) | (1 << (bit & 31));
  }
  // The words, then the numbers of those that hold any anchor.
  const used: number[] = [];
  for (let w = 0; w < WORDS; w++) if (words[w] !== 0) used.push(w);
  const set = new Int32Array(WORDS + used.length);
  set.set(words);
  set.set(used, WORDS);
  return set;
}

function scan(text: string): void {
  present.fill(0);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (((filter[(c & FILTER_MASK) >>> 5] as number) & (1 << (c & 31))) === 0) continue;
    const b = bitOf[c] as number;
    if (b !== 0) present[(b - 1) >>> 5] = (present[(b - 1) >>> 5] as number) | (1 << ((b - 1) & 31));
  }
  lastText = text;
}

/** Whether `text` holds any anchor of `set`. */
export function holdsAny(text: string, set: Int32Array): boolean {
  if (text !== lastText) scan(text);
  // Most sets lie in one or two of the eight words: the word numbers of those that do are kept after them (the
  // set's own words).
  for (let k = WORDS; k < set.length; k++) {
    const w = set[k] as number;
    if (((present[w] as number) & (set[w] as number)) !== 0) return true;
  }
  return false;
}

// Word lists given as data (brands' app names) get their anchor sets once per list.
const wordSets = new WeakMap<readonly string[], Int32Array | null>();

/**
 * Whether any of `words` may stand in `text` (false: none does): each word's last character is its anchor. A list with an
 * empty word, which stands in every text, always may.
 */
export function mayHoldWord(text: string, words: readonly string[]): boolean {
  let set = wordSets.get(words);
  if (set === undefined) {
    let chars = '';
    for (const w of words) chars += w.slice(-1);
    set = words.some((w) => w === '') ? null : anchorSet(chars);
    wordSets.set(words, set);
  }
  return set === null || holdsAny(text, set);
}

// The last text asked of holdsDigitRun and its longest run of ASCII digits.
let digitsText: string | null = null;
let longestDigits = 0;

/**
 * Whether `text` holds `n` ASCII digits in a row: what \d{n} needs (\d is ASCII only without the u flag). An account number
 * written out ("普通 1234567", "記号12340 番号5567891", ゆうちょ's "10190-32918871") holds five at least, and most messages hold no
 * such run; a pattern whose every match holds one is not run over a text without it. The patterns that read account numbers
 * start with a digit or a short word, so the regex engine tries them at every character, and their literal gate cannot read
 * ゆうちょ's form (a "-" between digits). Read once per text (the last text asked is kept, as above).
 */
export function holdsDigitRun(text: string, n: number): boolean {
  if (text !== digitsText) {
    let longest = 0;
    let run = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0x30 && c <= 0x39) {
        if (++run > longest) longest = run;
      } else run = 0;
    }
    digitsText = text;
    longestDigits = longest;
  }
  return longestDigits >= n;
}
