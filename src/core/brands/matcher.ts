// Finds the brands a message's text claims to be.
import type { BrandClaim } from '../check.js';
import { createPhraseMatcher, isAsciiWordPhrase, type Phrase } from '../match/phrases.js';
import type { NormalizedText } from '../types.js';
import type { Brand, BrandRegistry } from './registry.js';

// Short all-capital names (LINE, ANA, NHK) are ordinary words in lower case: match them as written.
const CASE_SENSITIVE = /^[A-Z0-9!]{2,5}$/;

export function createBrandMatcher(registry: BrandRegistry): (norm: NormalizedText) => BrandClaim[] {
  const phrases: Phrase<Brand>[] = [];
  for (const brand of registry.brands) {
    for (const v of brand.variants) {
      const n = v.normalize('NFKC');
      const lower = n.toLowerCase();
      const exact = CASE_SENSITIVE.test(n) && n !== 'AU' ? n : undefined;
      phrases.push({ phrase: lower, tag: brand, wordBounded: isAsciiWordPhrase(lower), ...(exact ? { exact } : {}) });
    }
  }
  const match = createPhraseMatcher(phrases);

  return (norm) => {
    // A name inside a link ("docs.google.com") is where the link goes, not who is speaking.
    const hasLink = norm.lower.includes('://') || norm.lower.includes('www.');
    const lower = hasLink ? blankLinks(norm.lower) : norm.lower;
    const text = hasLink ? blankLinks(norm.text) : norm.text;
    const hits = match(lower, text);
    const claims: BrandClaim[] = [];
    for (const h of hits) {
      if (claims.some((c) => c.brandId === h.tag.id)) continue;
      claims.push({
        brandId: h.tag.id,
        name: h.tag.name,
        nameEn: h.tag.nameEn,
        matched: norm.text.slice(h.index, h.index + h.phrase.length),
        prominent: h.index < 12 || isBracketed(norm.text, h.index),
      });
      if (claims.length >= 5) break;
    }
    return claims;
  };
}

const LINK = /(?:https?:\/\/|www\.)[!-~]+/gi;

/** Replaces links with spaces of the same length, so indexes still point into the text. */
function blankLinks(s: string): string {
  return s.replace(LINK, (m) => ' '.repeat(m.length));
}

/** 【三菱UFJ銀行】, [d払い], 「…」 headers are how lures (and genuine notices) name their sender. */
function isBracketed(text: string, index: number): boolean {
  const open = Math.max(text.lastIndexOf('【', index), text.lastIndexOf('[', index), text.lastIndexOf('「', index), text.lastIndexOf('『', index));
  if (open === -1) return false;
  const close = text.slice(open, index).search(/[】\]」』]/);
  return close === -1;
}
