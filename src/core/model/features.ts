// Features of the statistical model: hashed character n-grams of the normalised,
// lower-cased text with links and digits masked (so a new URL or amount is the same
// feature as the last one), plus named structured features from the other checks'
// facts. The hash is FNV-1a 32-bit over UTF-16 code units, stable and documented, so
// weights can be shared and reproduced.
import type { CheckContext } from '../check.js';

export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

export interface FeatureSpec {
  /** log2 of the number of hash buckets. */
  readonly bits: number;
  readonly minN: number;
  readonly maxN: number;
}

const URL_MASK = /https?:\/\/[!-~]*|www\.[!-~]*|<url>|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|jp|xyz|top|ly|gy|co|info|me|io|cn|ru|uk)(?:\/[!-~]*)?/g;
const DIGIT_MASK = /\d/g;

/** The string the n-grams are read from: lower case, links → 'ǔ', digits → '0', spaces folded. */
const HAS_DIGIT = /\d/;
const HAS_SPACE_RUN = /\s\s|[\t\n\r\f\v\u3000]/;

export function maskedText(ctx: CheckContext): string {
  let s = ctx.norm.lower;
  if (ctx.indicators.urls.length > 0 || s.includes('<url>')) s = s.replace(URL_MASK, 'ǔ');
  if (HAS_DIGIT.test(s)) s = s.replace(DIGIT_MASK, '0');
  if (HAS_SPACE_RUN.test(s)) s = s.replace(/\s+/g, ' ');
  return ' ' + s + ' ';
}

/** Named facts the rules already know, as model features. */
export function namedFeatures(ctx: CheckContext): string[] {
  const f: string[] = [];
  const add = (name: string): void => {
    if (!f.includes(name)) f.push(name);
  };
  const urls = ctx.indicators.urls;
  f.push(urls.length === 0 ? 'url:none' : urls.length === 1 ? 'url:one' : 'url:many');
  for (const u of urls) {
    if (u.isShortener) add('url:shortener');
    if (u.isIp) add('url:ip');
    if (!u.hadScheme) add('url:no-scheme');
    if (u.redacted) add('url:redacted');
    if (u.suffix) add(`tld:${u.suffix.split('.').pop()}`);
  }
  if (ctx.indicators.phones.length > 0) f.push('phone:present');
  if (ctx.indicators.emails.length > 0) f.push('email:present');
  f.push(`sender:${ctx.sender?.kind ?? 'none'}`);
  if (ctx.brands.length > 0) f.push('brand:claimed');
  for (const l of ctx.lures) add(`${l.kind}:${l.category}`);
  const len = ctx.norm.text.length;
  f.push(len < 40 ? 'len:short' : len < 100 ? 'len:medium' : len < 160 ? 'len:long' : 'len:very-long');
  return f;
}

/**
 * Calls `visit(bucket, start, n)` for every n-gram occurrence. No strings are built:
 * the hash of each n-gram extends the hash of the one before it.
 */
export function forEachNgram(s: string, spec: FeatureSpec, visit: (bucket: number, start: number, n: number) => void): void {
  const mask = (1 << spec.bits) - 1;
  const len = s.length;
  for (let i = 0; i < len; i++) {
    let h = FNV_OFFSET;
    for (let n = 1; n <= spec.maxN && i + n <= len; n++) {
      h ^= s.charCodeAt(i + n - 1);
      h = Math.imul(h, FNV_PRIME);
      if (n >= spec.minN) visit(((h ^ Math.imul(n, 0x9e3779b1)) >>> 0) & mask, i, n);
    }
  }
}
