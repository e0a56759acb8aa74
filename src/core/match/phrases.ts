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

/** ASCII letter or digit (NaN, off either end of the text, is not). */
function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

export function isAsciiWordPhrase(phrase: string): boolean {
  return /^[\x20-\x7e]+$/.test(phrase) && ASCII_WORD.test(phrase[0] as string);
}

/**
 * Builds a matcher returning every non-overlapping hit, longest phrase first at each
 * position (so "三井住友カード" wins over "三井住友").
 */
export function createPhraseMatcher<T>(phrases: readonly Phrase<T>[], maxHits = 32): (text: string) => PhraseHit<T>[] {
  // Keyed by the first two characters' codes: English text starts a phrase at almost
  // every letter, so a one-character key leaves dozens of candidates per position.
  // (charCodeAt, unlike text[i], allocates nothing for Japanese characters.)
  // A flat table indexed by a hash of the two codes (a Map keyed by c0·65536+c1 would
  // hash heap numbers); phrases sharing a slot are told apart by startsWith.
  const buckets: (Phrase<T>[] | undefined)[] = new Array(65536);
  const single = new Map<number, Phrase<T>[]>();
  const first = new Uint8Array(65536);
  const second = new Uint8Array(65536);
  for (const p of phrases) {
    if (p.phrase.length === 0) continue;
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

  return (text) => {
    const hits: PhraseHit<T>[] = [];
    const n = text.length;
    for (let i = 0; i < n; i++) {
      const c0 = text.charCodeAt(i);
      if (first[c0] === 0) continue;
      const c1 = text.charCodeAt(i + 1);
      let matched: Phrase<T> | undefined;
      if (c1 === c1 && second[c1] === 1) {
        const list = buckets[slot(c0, c1)];
        if (list !== undefined) matched = firstMatch(list, text, i);
      }
      if (matched === undefined && single.size > 0) {
        const list = single.get(c0);
        if (list !== undefined) matched = firstMatch(list, text, i);
      }
      if (matched === undefined) continue;
      hits.push({ tag: matched.tag, phrase: matched.phrase, index: i });
      i += matched.phrase.length - 1;
      if (hits.length >= maxHits) break;
    }
    return hits;
  };
}

function slot(c0: number, c1: number): number {
  return (Math.imul(c0, 0x9e37) + c1) & 0xffff;
}

function firstMatch<T>(list: readonly Phrase<T>[], text: string, i: number): Phrase<T> | undefined {
  for (const p of list) {
    if (!text.startsWith(p.phrase, i)) continue;
    if (p.wordBounded && (isWordChar(text.charCodeAt(i - 1)) || isWordChar(text.charCodeAt(i + p.phrase.length)))) continue;
    return p;
  }
  return undefined;
}
