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

/** ASCII letter or digit (NaN, off either end of the text, is not). */
function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

export function isAsciiWordPhrase(phrase: string): boolean {
  return /^[\x20-\x7e]+$/.test(phrase) && ASCII_WORD.test(phrase[0] as string);
}

/**
 * Builds a matcher returning every hit, longest phrase first for a tag at each position
 * (so "三井住友カード" wins over "三井住友" when both name one brand).
 */
export interface MatcherOptions {
  readonly maxHits?: number;
  /**
   * 'none': a hit hides every phrase inside it (a brand's long name hides the short
   * name of its sibling). 'across-tags': phrases of other tags inside a hit still count
   * ("必ずご確認" is a notice, and its "必ず" is pressure).
   */
  readonly overlap?: 'none' | 'across-tags';
}

export function createPhraseMatcher<T>(phrases: readonly Phrase<T>[], opts: MatcherOptions = {}): (text: string) => PhraseHit<T>[] {
  const maxHits = opts.maxHits ?? 32;
  const acrossTags = opts.overlap === 'across-tags';
  // Keyed by the first two characters' codes: English text starts a phrase at almost
  // every letter, so a one-character key leaves dozens of candidates per position.
  // (charCodeAt, unlike text[i], allocates nothing for Japanese characters.)
  // A flat table indexed by a hash of the two codes (a Map keyed by c0·65536+c1 would
  // hash heap numbers); phrases sharing a slot are told apart by startsWith.
  const buckets: (Indexed<T>[] | undefined)[] = new Array(65536);
  const tagIds = new Map<T, number>();
  const single = new Map<number, Indexed<T>[]>();
  const first = new Uint8Array(65536);
  const second = new Uint8Array(65536);
  for (const phrase of phrases) {
    if (phrase.phrase.length === 0) continue;
    let tagId = tagIds.get(phrase.tag);
    if (tagId === undefined) tagIds.set(phrase.tag, (tagId = tagIds.size));
    const p: Indexed<T> = { ...phrase, tagId };
    const c0 = p.phrase.charCodeAt(0);
    first[c0] = 1;
    if (p.phrase.length === 1) {
      single.set(c0, [...(single.get(c0) ?? []), p]);
      continue;
    }
    const c1 = p.phrase.charCodeAt(1);
    second[c1] = 1;
    const key = slot(c0, c1);
    const list = buckets[key] ?? [];
    list.push(p);
    buckets[key] = list;
  }
  for (const list of buckets) list?.sort((a, b) => b.phrase.length - a.phrase.length);
  for (const list of single.values()) list.sort((a, b) => b.phrase.length - a.phrase.length);

  const coveredUntil = new Int32Array(tagIds.size);
  return (text) => {
    const hits: PhraseHit<T>[] = [];
    const n = text.length;
    // Matches may overlap when their tags differ ("必ずご確認" is a notice and "必ず" is
    // pressure); a tag's own later phrases inside its last match are skipped.
    coveredUntil.fill(-1);
    let allCoveredUntil = 0;
    for (let i = 0; i < n; i++) {
      if (!acrossTags && i < allCoveredUntil) continue;
      const c0 = text.charCodeAt(i);
      if (first[c0] === 0) continue;
      const c1 = text.charCodeAt(i + 1);
      if (c1 === c1 && second[c1] === 1) {
        const list = buckets[slot(c0, c1)];
        if (list !== undefined) collect(list, text, i, hits, coveredUntil, acrossTags);
      }
      // (hits[-1] would be a slow named-property lookup: test the length first.)
      const before = hits.length;
      if (single.size > 0 && (acrossTags || before === 0 || (hits[before - 1] as PhraseHit<T>).index !== i)) {
        const list = single.get(c0);
        if (list !== undefined) collect(list, text, i, hits, coveredUntil, acrossTags);
      }
      if (!acrossTags && hits.length > 0) {
        const lastHit = hits[hits.length - 1] as PhraseHit<T>;
        if (lastHit.index === i) allCoveredUntil = i + lastHit.phrase.length;
      }
      if (hits.length >= maxHits) break;
    }
    return hits;
  };
}

function slot(c0: number, c1: number): number {
  return (Math.imul(c0, 0x9e37) + c1) & 0xffff;
}

/** Adds the longest phrase of each tag that starts at i, unless that tag already covers i. */
interface Indexed<T> extends Phrase<T> {
  readonly tagId: number;
}

function collect<T>(list: readonly Indexed<T>[], text: string, i: number, hits: PhraseHit<T>[], coveredUntil: Int32Array, acrossTags: boolean): void {
  for (const p of list) {
    if ((coveredUntil[p.tagId] as number) > i) continue;
    if (!text.startsWith(p.phrase, i)) continue;
    if (p.wordBounded) {
      const before = text.charCodeAt(i - 1);
      const after = text.charCodeAt(i + p.phrase.length);
      if (isWordChar(before) || isWordChar(after)) continue;
      // Two letters ("au") are a name only beside Japanese or brackets, not between English words.
      if (p.phrase.length <= 2 && !isNameMark(before) && !isNameMark(after)) continue;
    }
    hits.push({ tag: p.tag, phrase: p.phrase, index: i });
    coveredUntil[p.tagId] = i + p.phrase.length;
    if (!acrossTags) return;
  }
}
