// A compiled phrase matcher for short texts: phrases are bucketed by their first
// character, so the hot path is one Map lookup per character of the message and a
// startsWith for the few candidates. (A regex alternation of hundreds of phrases
// costs tens of µs on a 70-character SMS; this costs about one.)

export interface Phrase<T> {
  /** Already folded the way the text will be (NFKC, lower case). */
  readonly phrase: string;
  readonly tag: T;
  /** ASCII phrases like "au" or "jcb" must stand as a word, not inside "because". */
  readonly wordBounded: boolean;
  /** Also require this exact spelling in the original-case text ("LINE", not "line"). */
  readonly exact?: string;
}

export interface PhraseHit<T> {
  readonly tag: T;
  readonly phrase: string;
  readonly index: number;
}

const ASCII_WORD = /[a-z0-9]/;

/** Japanese text, full-width forms and brackets: what stands around a short brand name. */
function isNameMark(c: number): boolean {
  return c > 0x2000 || c === 0x5b || c === 0x5d || c === 0x28 || c === 0x29 || c === 0x22;
}

/** ASCII letter or digit. */
function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

export function isAsciiWordPhrase(phrase: string): boolean {
  return /^[\x20-\x7e]+$/.test(phrase) && ASCII_WORD.test(phrase[0] as string);
}

export interface MatcherOptions {
  readonly maxHits?: number;
  /**
   * 'none': a hit hides every phrase inside it (a brand's long name hides the short
   * name of its sibling). 'across-tags': phrases of other tags inside a hit still count
   * ("必ずご確認" is a notice, and its "必ず" is pressure).
   */
  readonly overlap?: 'none' | 'across-tags';
}

interface Table<T> {
  /**
   * A hash of the first two codes → index into `lists` (-1: none). Typed, so a miss is
   * one integer read (a 65536-long JS array of mostly holes is slower to probe).
   */
  readonly slots: Int32Array;
  readonly lists: Indexed<T>[][];
  /** Each list's third and fourth codes, two per phrase (see `packed`). */
  readonly codes: Int32Array[];
  /** Each list split by third code (null: a short list, read whole); see `splitByThird`. */
  readonly split: (Split<T> | null)[];
  readonly single: Map<number, Indexed<T>[]>;
  readonly singleCodes: Map<number, Int32Array>;
}

function newTable<T>(): Table<T> {
  return { slots: new Int32Array(SLOTS).fill(-1), lists: [], codes: [], split: [], single: new Map(), singleCodes: new Map() };
}

interface Part<T> {
  readonly list: Indexed<T>[];
  readonly codes: Int32Array;
}

/**
 * A long list by its phrases' third code, and its two-character phrases (no third code) apart: at a
 * position only the phrases whose third code is the text's next can match, and the two-character ones.
 * The list is sorted longest first, so its two-character phrases are its last, and reading the third
 * code's part and then those is reading the list in its order with the phrases that cannot match left out
 * (some slots hold fifty phrases and more; measured: 121 candidates read per message, 23 passing).
 */
interface Split<T> {
  readonly byThird: Map<number, Part<T>>;
  readonly twos: Part<T> | null;
}

// Lists this long or longer are split.
const SPLIT_FROM = 8;

function part<T>(list: Indexed<T>[]): Part<T> {
  return { list, codes: packed(list) };
}

function splitByThird<T>(list: readonly Indexed<T>[]): Split<T> | null {
  if (list.length < SPLIT_FROM) return null;
  const byThird = new Map<number, Indexed<T>[]>();
  const twos: Indexed<T>[] = [];
  for (const p of list) {
    if (p.third === -1) {
      twos.push(p);
      continue;
    }
    const group = byThird.get(p.third);
    if (group === undefined) byThird.set(p.third, [p]);
    else group.push(p);
  }
  const parts = new Map<number, Part<T>>();
  for (const [third, group] of byThird) parts.set(third, part(group));
  return { byThird: parts, twos: twos.length > 0 ? part(twos) : null };
}

/**
 * The third and fourth codes of a list's phrases side by side, in the list's order: a candidate
 * list is filtered on these before any phrase object is read. The phrases of one list were made
 * at different times and lie apart on the heap; a list read at every candidate position cost a
 * cache miss per phrase.
 */
function packed<T>(list: readonly Indexed<T>[]): Int32Array {
  const codes = new Int32Array(list.length * 2);
  list.forEach((p, k) => {
    codes[2 * k] = p.third;
    codes[2 * k + 1] = p.fourth;
  });
  return codes;
}

/**
 * Builds a matcher returning every hit, longest phrase first for a tag at each position
 * (so "三井住友カード" wins over "三井住友" when both name one brand).
 *
 * Phrases are keyed by their first two characters (English text starts a phrase at
 * almost every letter, so one character leaves dozens of candidates), in a flat table
 * (a Map keyed by c0·65536+c1 would hash heap numbers). Word-bounded ASCII phrases sit
 * in a table of their own that is consulted only where a word starts. charCodeAt,
 * unlike text[i], allocates nothing for Japanese characters.
 */
export function createPhraseMatcher<T>(phrases: readonly Phrase<T>[], opts: MatcherOptions = {}): (text: string, original?: string) => PhraseHit<T>[] {
  const maxHits = opts.maxHits ?? 32;
  const acrossTags = opts.overlap === 'across-tags';
  const anywhere = newTable<T>();
  const wordStart = newTable<T>();
  const tagIds = new Map<T, number>();
  // Which (masked) codes can start a phrase or stand second in one.
  const first = new Uint8Array(CODE_MASK + 1);
  const second = new Uint8Array(CODE_MASK + 1);
  for (const phrase of phrases) {
    if (phrase.phrase.length === 0) continue;
    let tagId = tagIds.get(phrase.tag);
    if (tagId === undefined) tagIds.set(phrase.tag, (tagId = tagIds.size));
    // Every field written, in one order (not spread from phrases with and without `exact`):
    // one hidden class, so the reads in collect stay monomorphic.
    const p: Indexed<T> = { phrase: phrase.phrase, tag: phrase.tag, wordBounded: phrase.wordBounded, exact: phrase.exact, tagId, third: phrase.phrase.length > 2 ? phrase.phrase.charCodeAt(2) : -1, fourth: phrase.phrase.length > 3 ? phrase.phrase.charCodeAt(3) : -1 };
    const table = p.wordBounded ? wordStart : anywhere;
    const c0 = p.phrase.charCodeAt(0);
    first[c0 & CODE_MASK] = 1;
    if (p.phrase.length === 1) {
      table.single.set(c0, [...(table.single.get(c0) ?? []), p]);
      continue;
    }
    const c1 = p.phrase.charCodeAt(1);
    second[c1 & CODE_MASK] = 1;
    const key = slot(c0, c1);
    if (table.slots[key] === -1) {
      table.slots[key] = table.lists.length;
      table.lists.push([]);
    }
    (table.lists[table.slots[key] as number] as Indexed<T>[]).push(p);
  }
  for (const table of [anywhere, wordStart]) {
    for (const list of table.lists) {
      list.sort((a, b) => b.phrase.length - a.phrase.length);
      table.codes.push(packed(list));
      table.split.push(splitByThird(list));
    }
    for (const [c0, list] of table.single) {
      list.sort((a, b) => b.phrase.length - a.phrase.length);
      table.singleCodes.set(c0, packed(list));
    }
  }

  // Which slots hold any phrase: with no one-character phrases (the shipped data has
  // none) a position whose pair has no slot is passed over before anything else is read.
  const occupied = new Uint8Array(SLOTS);
  for (let k = 0; k < SLOTS; k++) occupied[k] = (anywhere.slots[k] as number) !== -1 || (wordStart.slots[k] as number) !== -1 ? 1 : 0;
  const pairsOnly = anywhere.single.size === 0 && wordStart.single.size === 0;
  // And which first three codes begin a longer phrase, or pair a two-character one: in
  // English text one position in four has a phrase pair, one in twenty these.
  const twoLong = new Uint8Array(SLOTS);
  const triples = new Uint8Array(TRIPLES);
  for (const table of [anywhere, wordStart]) {
    for (const list of table.lists) {
      for (const p of list) {
        if (p.phrase.length === 2) twoLong[slot(p.phrase.charCodeAt(0), p.phrase.charCodeAt(1))] = 1;
        else triples[triple(p.phrase.charCodeAt(0), p.phrase.charCodeAt(1), p.third)] = 1;
      }
    }
  }

  // Where each tag's last match ends, plus `base`: each call's base is past every end the call before it wrote, so
  // an entry from an earlier call reads as "not covered" without the list being refilled per call (a fill of its
  // four hundred entries cost more than most texts' scan of them). Refilled only when the bases near Int32's end.
  const coveredUntil = new Int32Array(tagIds.size).fill(-1);
  let nextBase = 0;
  return (text, original) => {
    const hits: PhraseHit<T>[] = [];
    // Exact spellings are checked in the original only where indexes line up.
    const cased = original !== undefined && original.length === text.length ? original : undefined;
    const n = text.length;
    // Matches may overlap when their tags differ; a tag's own later phrases inside its
    // last match are skipped.
    if (nextBase + n + 1 > 0x7fffffff) {
      coveredUntil.fill(-1);
      nextBase = 0;
    }
    const base = nextBase;
    // Every entry this call writes is base + an end ≤ n.
    nextBase = base + n + 1;
    let allCoveredUntil = 0;
    // Each code is read once: the pair at i is the last pair's second code and the next.
    let next = n > 0 ? text.charCodeAt(0) : 0;
    for (let i = 0; i < n; i++) {
      const c0 = next;
      // Reads past either end (NaN) push V8 off its fast path: guard them.
      const c1 = (next = i + 1 < n ? text.charCodeAt(i + 1) : 0);
      // Most positions fail here, on one hash and one read (the checks below are exact).
      if (pairsOnly && occupied[slot(c0, c1)] === 0) continue;
      if (!acrossTags && i < allCoveredUntil) continue;
      if (first[c0 & CODE_MASK] === 0) continue;
      const hasPair = second[c1 & CODE_MASK] === 1;
      const key = hasPair ? slot(c0, c1) : 0;
      if (pairsOnly && (!hasPair || occupied[key] === 0)) continue;
      const c2 = i + 2 < n ? text.charCodeAt(i + 2) : -2;
      if (pairsOnly && twoLong[key] === 0 && triples[triple(c0, c1, c2)] === 0) continue;
      const atWordStart = i === 0 || !isWordChar(text.charCodeAt(i - 1));
      const already = hits.length;
      scan(anywhere, key, hasPair, c0, c2, text, cased, i, hits, coveredUntil, base, acrossTags);
      if (atWordStart && (acrossTags || hits.length === already)) scan(wordStart, key, hasPair, c0, c2, text, cased, i, hits, coveredUntil, base, acrossTags);
      if (!acrossTags && hits.length > 0) {
        const lastHit = hits[hits.length - 1] as PhraseHit<T>;
        if (lastHit.index === i) allCoveredUntil = i + lastHit.phrase.length;
      }
      if (hits.length >= maxHits) break;
    }
    return hits;
  };
}

/** Tries the phrases of one table that start at i: two-character keys first, then single characters. */
function scan<T>(t: Table<T>, key: number, hasPair: boolean, c0: number, c2: number, text: string, cased: string | undefined, i: number,
  hits: PhraseHit<T>[], coveredUntil: Int32Array, base: number, acrossTags: boolean): void {
  const already = hits.length;
  if (hasPair) {
    const at = t.slots[key] as number;
    if (at !== -1) {
      const split = t.split[at] as Split<T> | null;
      if (split === null) collect(t.lists[at] as Indexed<T>[], t.codes[at] as Int32Array, c2, text, cased, i, hits, coveredUntil, base, acrossTags);
      else {
        // The list's order: its phrases with this third code, then its two-character ones.
        const third = split.byThird.get(c2);
        const stopped = third !== undefined && collect(third.list, third.codes, c2, text, cased, i, hits, coveredUntil, base, acrossTags);
        if (!stopped && split.twos !== null) collect(split.twos.list, split.twos.codes, c2, text, cased, i, hits, coveredUntil, base, acrossTags);
      }
    }
  }
  if (t.single.size > 0 && (acrossTags || hits.length === already)) {
    const list = t.single.get(c0);
    if (list !== undefined) collect(list, t.singleCodes.get(c0) as Int32Array, c2, text, cased, i, hits, coveredUntil, base, acrossTags);
  }
}

// Small tables on purpose: they are probed at every character, and three matchers plus
// the model's weights compete for the same L2 cache. Collisions only cost a startsWith.
const SLOTS = 4096;
const CODE_MASK = 0x3fff;

function slot(c0: number, c1: number): number {
  return (Math.imul(c0, 0x9e37) + c1) & (SLOTS - 1);
}

const TRIPLES = 8192;

function triple(c0: number, c1: number, c2: number): number {
  return (Math.imul(c0, 0x9e3779b1) + Math.imul(c1, 0x85eb) + c2) & (TRIPLES - 1);
}

/** Adds the longest phrase of each tag that starts at i, unless that tag already covers i. */
interface Indexed<T> extends Phrase<T> {
  readonly tagId: number;
  /** The phrase's third code (-1: it has two or fewer): most candidates of a slot differ there, and one compare is cheaper than startsWith. */
  readonly third: number;
  /**
   * Its fourth (-1: three or fewer): of the candidates whose third code agrees, about two in three
   * differ here (measured on the Japanese-market bench set: 25 startsWith calls per message, 4 hits).
   */
  readonly fourth: number;
}

/** `c2` is the text's code at i + 2 (-2 past the end). True when it stopped at a hit (without acrossTags). */
function collect<T>(list: readonly Indexed<T>[], codes: Int32Array, c2: number, text: string, cased: string | undefined, i: number, hits: PhraseHit<T>[], coveredUntil: Int32Array, base: number, acrossTags: boolean): boolean {
  const c3 = i + 3 < text.length ? text.charCodeAt(i + 3) : -2;
  for (let k = 0; k < list.length; k++) {
    const third = codes[2 * k] as number;
    if (third !== c2 && third !== -1) continue;
    const fourth = codes[2 * k + 1] as number;
    if (fourth !== c3 && fourth !== -1) continue;
    const p = list[k] as Indexed<T>;
    if ((coveredUntil[p.tagId] as number) > base + i) continue;
    if (!samePrefix(text, i, p.phrase)) continue;
    if (p.exact !== undefined && !(cased !== undefined && cased.startsWith(p.exact, i))) continue;
    if (p.wordBounded) {
      const end = i + p.phrase.length;
      const before = i > 0 ? text.charCodeAt(i - 1) : 32;
      const after = end < text.length ? text.charCodeAt(end) : 32;
      if (isWordChar(before) || isWordChar(after)) continue;
      // Two letters ("au") are a name only beside Japanese or brackets, not between English words.
      if (p.phrase.length <= 2 && !isNameMark(before) && !isNameMark(after)) continue;
    }
    hits.push({ tag: p.tag, phrase: p.phrase, index: i });
    coveredUntil[p.tagId] = base + i + p.phrase.length;
    if (!acrossTags) return true;
  }
  return false;
}

/**
 * text.startsWith(phrase, i), by a loop: the phrases are a few characters long, and the call
 * into the builtin cost more than comparing them. Its third and fourth codes were compared
 * already; the first two only by their hash's slot.
 */
function samePrefix(text: string, i: number, phrase: string): boolean {
  const n = phrase.length;
  if (i + n > text.length) return false;
  for (let q = 0; q < n; q++) if (text.charCodeAt(i + q) !== phrase.charCodeAt(q)) return false;
  return true;
}
