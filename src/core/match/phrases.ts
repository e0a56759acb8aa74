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

/** Phrases of one table while it is built: by their first two codes' slot, and one-character ones by their code. */
interface Draft<T> {
  readonly slots: Int32Array;
  readonly lists: Indexed<T>[][];
  readonly single: Map<number, Indexed<T>[]>;
}

function newDraft<T>(): Draft<T> {
  return { slots: new Int32Array(SLOTS).fill(-1), lists: [], single: new Map() };
}

/**
 * A table laid out flat: every list's phrases one after another in typed arrays, so a candidate is
 * filtered on codes read from a few contiguous arrays rather than by chasing a list, its codes array, a
 * Map of its parts and each phrase object and string. The matcher runs after the rest of the engine has
 * filled the caches with its own data, and measured inside the engine each of those pointers was a miss:
 * the same scan cost five times what it cost on its own.
 */
interface Table<T> {
  /** A hash of the first two codes → index of its list (-1: none). */
  readonly slots: Int32Array;
  /** List k's phrases are entries listStart[k] .. listStart[k + 1] - 1, longest first. */
  readonly listStart: Int32Array;
  /** One-character phrases by their code: [first entry, end]. */
  readonly single: Map<number, readonly [number, number]>;
  /** Per entry, four ints: third code, fourth code (-1: the phrase is shorter), tag id, where its codes start in `chars`. One more start closes the last. */
  readonly meta: Int32Array;
  /** Every entry's phrase, code by code. */
  readonly chars: Uint16Array;
  /** The entries themselves, read only for a phrase whose codes match. */
  readonly entries: Indexed<T>[];
}

function flatten<T>(draft: Draft<T>): Table<T> {
  const entries: Indexed<T>[] = [];
  const listStart = new Int32Array(draft.lists.length + 1);
  draft.lists.forEach((list, k) => {
    listStart[k] = entries.length;
    entries.push(...list);
  });
  listStart[draft.lists.length] = entries.length;
  const single = new Map<number, readonly [number, number]>();
  for (const [c0, list] of draft.single) {
    single.set(c0, [entries.length, entries.length + list.length]);
    entries.push(...list);
  }
  const meta = new Int32Array(entries.length * 4 + 4);
  const chars = new Uint16Array(entries.reduce((n, p) => n + p.phrase.length, 0));
  let at = 0;
  entries.forEach((p, k) => {
    meta[4 * k] = p.third;
    meta[4 * k + 1] = p.fourth;
    meta[4 * k + 2] = p.tagId;
    meta[4 * k + 3] = at;
    for (let q = 0; q < p.phrase.length; q++) chars[at++] = p.phrase.charCodeAt(q);
  });
  meta[4 * entries.length + 3] = at;
  return { slots: draft.slots, listStart, single, meta, chars, entries };
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
  const drafts = { anywhere: newDraft<T>(), wordStart: newDraft<T>() };
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
    const table = p.wordBounded ? drafts.wordStart : drafts.anywhere;
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
  for (const table of [drafts.anywhere, drafts.wordStart]) {
    for (const list of table.lists) list.sort((a, b) => b.phrase.length - a.phrase.length);
    for (const list of table.single.values()) list.sort((a, b) => b.phrase.length - a.phrase.length);
  }
  const anywhere = flatten(drafts.anywhere);
  const wordStart = flatten(drafts.wordStart);

  // With no one-character phrases (the shipped data has none) every match starts with a pair and is either a
  // two-character phrase or begins with a triple: two bit sets of those, 8.5 KB together, are the only tables read at
  // a position that starts nothing. The scan runs after the rest of the engine has filled the caches with its own
  // data (the model's weights alone are 512 KB): measured inside the engine, five byte tables read per position
  // (pair slot, first code, second code, pair, triple; 50 KB) cost five times what the same scan costs on its own.
  const pairsOnly = anywhere.single.size === 0 && wordStart.single.size === 0;
  const pairGate = new Int32Array(SLOTS >>> 5);
  const tripleGate = new Int32Array(TRIPLE_BITS >>> 5);
  for (const table of [drafts.anywhere, drafts.wordStart]) {
    for (const list of table.lists) {
      for (const p of list) {
        if (p.phrase.length === 2) setBit(pairGate, slot(p.phrase.charCodeAt(0), p.phrase.charCodeAt(1)));
        else setBit(tripleGate, triple(p.phrase.charCodeAt(0), p.phrase.charCodeAt(1), p.third));
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
      const c2 = i + 2 < n ? text.charCodeAt(i + 2) : -2;
      let key: number;
      let hasPair: boolean;
      if (pairsOnly) {
        // Most positions fail here, on two bit reads (the checks below are exact).
        key = slot(c0, c1);
        if (!hasBit(pairGate, key) && !hasBit(tripleGate, triple(c0, c1, c2))) continue;
        if (!acrossTags && i < allCoveredUntil) continue;
        hasPair = true;
      } else {
        if (!acrossTags && i < allCoveredUntil) continue;
        if (first[c0 & CODE_MASK] === 0) continue;
        hasPair = second[c1 & CODE_MASK] === 1;
        key = hasPair ? slot(c0, c1) : 0;
      }
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
    if (at !== -1) collect(t, t.listStart[at] as number, t.listStart[at + 1] as number, c2, text, cased, i, hits, coveredUntil, base, acrossTags);
  }
  if (t.single.size > 0 && (acrossTags || hits.length === already)) {
    const range = t.single.get(c0);
    if (range !== undefined) collect(t, range[0], range[1], c2, text, cased, i, hits, coveredUntil, base, acrossTags);
  }
}

// Small tables on purpose: they are probed at every character, and three matchers plus
// the model's weights compete for the same L2 cache. Collisions only cost a startsWith.
const SLOTS = 4096;
const CODE_MASK = 0x3fff;

function slot(c0: number, c1: number): number {
  return (Math.imul(c0, 0x9e37) + c1) & (SLOTS - 1);
}

// 64 Ki bits (8 KB): the shipped phrases' eight thousand or so first triples fill one in eight.
const TRIPLE_BITS = 65536;

function triple(c0: number, c1: number, c2: number): number {
  return (Math.imul(c0, 0x9e3779b1) + Math.imul(c1, 0x85eb) + c2) & (TRIPLE_BITS - 1);
}

function setBit(bits: Int32Array, k: number): void {
  bits[k >>> 5] = (bits[k >>> 5] as number) | (1 << (k & 31));
}

function hasBit(bits: Int32Array, k: number): boolean {
  return ((bits[k >>> 5] as number) & (1 << (k & 31))) !== 0;
}

/** A phrase with its tag's id and the codes its candidates are filtered on. */
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

/**
 * Entries from .. to - 1 of the table, in order (longest first): adds the longest phrase of each tag that starts at i,
 * unless that tag already covers i. `c2` is the text's code at i + 2 (-2 past the end). True when it stopped at a hit
 * (without acrossTags).
 */
function collect<T>(t: Table<T>, from: number, to: number, c2: number, text: string, cased: string | undefined, i: number, hits: PhraseHit<T>[], coveredUntil: Int32Array, base: number, acrossTags: boolean): boolean {
  const meta = t.meta;
  const c3 = i + 3 < text.length ? text.charCodeAt(i + 3) : -2;
  for (let k = from; k < to; k++) {
    const third = meta[4 * k] as number;
    if (third !== c2 && third !== -1) continue;
    const fourth = meta[4 * k + 1] as number;
    if (fourth !== c3 && fourth !== -1) continue;
    const tagId = meta[4 * k + 2] as number;
    if ((coveredUntil[tagId] as number) > base + i) continue;
    const start = meta[4 * k + 3] as number;
    const length = (meta[4 * k + 7] as number) - start;
    if (!samePrefix(text, i, t.chars, start, length)) continue;
    const p = t.entries[k] as Indexed<T>;
    if (p.exact !== undefined && !(cased !== undefined && cased.startsWith(p.exact, i))) continue;
    if (p.wordBounded) {
      const end = i + length;
      const before = i > 0 ? text.charCodeAt(i - 1) : 32;
      const after = end < text.length ? text.charCodeAt(end) : 32;
      if (isWordChar(before) || isWordChar(after)) continue;
      // Two letters ("au") are a name only beside Japanese or brackets, not between English words.
      if (length <= 2 && !isNameMark(before) && !isNameMark(after)) continue;
    }
    hits.push({ tag: p.tag, phrase: p.phrase, index: i });
    coveredUntil[tagId] = base + i + length;
    if (!acrossTags) return true;
  }
  return false;
}

/**
 * The text at i starts with the phrase whose codes are chars[start .. start + length - 1], by a loop: the phrases are a
 * few characters long, and the call into the builtin cost more than comparing them. Its third and fourth codes were
 * compared already; the first two only by their hash's slot.
 */
function samePrefix(text: string, i: number, chars: Uint16Array, start: number, length: number): boolean {
  if (i + length > text.length) return false;
  for (let q = 0; q < length; q++) if (text.charCodeAt(i + q) !== chars[start + q]) return false;
  return true;
}
