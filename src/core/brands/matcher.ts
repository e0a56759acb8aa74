// Finds the brands a message's text claims to be. The engine scans for brand names and
// lure cues in one pass (src/core/engine.ts); this module supplies the names and reads the hits.
import type { BrandClaim } from '../check.js';
import { isAsciiWordPhrase, type Phrase } from '../match/phrases.js';
import type { NormalizedText } from '../types.js';
import type { Brand, BrandRegistry } from './registry.js';

// Short all-capital names (LINE, ANA, NHK) are ordinary words in lower case: match them as written.
const CASE_SENSITIVE = /^[A-Z0-9!]{2,5}$/;

/** The phrases that name each brand, tagged by `tagOf` (so another matcher can share one scan). */
export function brandPhrases<T>(registry: BrandRegistry, tagOf: (brand: Brand) => T): Phrase<T>[] {
  const phrases: Phrase<T>[] = [];
  for (const brand of registry.brands) {
    const tag = tagOf(brand);
    for (const v of brand.variants) {
      const n = v.normalize('NFKC');
      const lower = n.toLowerCase();
      const exact = CASE_SENSITIVE.test(n) && n !== 'AU' ? n : undefined;
      phrases.push({ phrase: lower, tag, wordBounded: isAsciiWordPhrase(lower), ...(exact ? { exact } : {}) });
    }
  }
  return phrases;
}

/** The lower-cased and original texts to scan: a name inside a link ("docs.google.com") is where the link goes, not who speaks. */
export function scanTexts(norm: NormalizedText): { lower: string; text: string } {
  const hasLink = norm.lower.includes('://') || norm.lower.includes('www.');
  if (!hasLink) return { lower: norm.lower, text: norm.text };
  const lower = blankLinks(norm.lower);
  // The links stand at the same places in the text when lower-casing kept every character's
  // length: only U+0130 (İ, which grows) and the Kelvin sign (which NFKC folds) lower-case into
  // ASCII, so the link pattern (ASCII, either case) matches the same spans in both. The text is
  // blanked at those spans instead of being scanned again.
  const text = norm.text.length === norm.lower.length && (norm.plain || !norm.text.includes('\u212a')) ? blankSpans(norm.text) : blankLinks(norm.text);
  return { lower, text };
}

/**
 * Brand claims from name hits in text order. A hit inside a longer one is dropped
 * ("三井住友" inside "三井住友カード" is the card company speaking, not the bank).
 */
export function claimsFrom(hits: readonly { brand: Brand; index: number; length: number }[], norm: NormalizedText): BrandClaim[] {
  const claims: BrandClaim[] = [];
  let coveredUntil = -1;
  let coveredFrom = -1;
  for (const h of hits) {
    if (h.index >= coveredFrom && h.index + h.length <= coveredUntil) continue;
    if (h.index + h.length > coveredUntil) {
      coveredFrom = h.index;
      coveredUntil = h.index + h.length;
    }
    if (claims.some((c) => c.brandId === h.brand.id)) continue;
    claims.push({
      brandId: h.brand.id,
      name: h.brand.name,
      nameEn: h.brand.nameEn,
      matched: norm.text.slice(h.index, h.index + h.length),
      prominent: h.index < 12 || isBracketed(norm.text, h.index),
    });
    if (claims.length >= 5) break;
  }
  return claims;
}

const LINK = /(?:https?:\/\/|www\.)[!-~]+/gi;

// Where the last blankLinks call found links: start, end, start, end… (the first spanCount entries; the list is
// reused, not emptied: setting an array's length to 0 went through the length setter and let its store go, 1.4% of
// analyse, for a list refilled by the next message).
const spans: number[] = [];
let spanCount = 0;

/** Replaces links with spaces of the same length, so indexes still point into the text. */
function blankLinks(s: string): string {
  // An exec loop: replace with a callback costs a call and a match array per link.
  LINK.lastIndex = 0;
  spanCount = 0;
  for (let m = LINK.exec(s); m !== null; m = LINK.exec(s)) {
    spans[spanCount++] = m.index;
    spans[spanCount++] = LINK.lastIndex;
  }
  return blankSpans(s);
}

/** `s` with the spans blankLinks last found replaced by spaces. */
function blankSpans(s: string): string {
  if (spanCount === 0) return s;
  let out = '';
  let last = 0;
  for (let k = 0; k < spanCount; k += 2) {
    const start = spans[k] as number;
    const end = spans[k + 1] as number;
    out += s.slice(last, start) + ' '.repeat(end - start);
    last = end;
  }
  return out + s.slice(last);
}

/** 【三菱UFJ銀行】, [d払い], 「…」 headers are how lures (and genuine notices) name their sender. */
function isBracketed(text: string, index: number): boolean {
  const open = Math.max(text.lastIndexOf('【', index), text.lastIndexOf('[', index), text.lastIndexOf('「', index), text.lastIndexOf('『', index));
  if (open === -1) return false;
  const close = text.slice(open, index).search(/[】\]」』]/);
  return close === -1;
}
