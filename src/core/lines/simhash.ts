// Template fingerprints for "one text sent to many": a 64-bit SimHash (Charikar 2002) over
// character trigrams of the template, i.e. the text normalised (NFKC, lower case) with URLs
// and digit runs masked, so "https://a.xyz/q1" and "https://b.top/zz9" in one lure count as one
// template. Each trigram's UTF-8 bytes are hashed with 64-bit FNV-1a (the published FNV
// parameters); bit i of the SimHash is set when more trigrams have bit i set than clear (ties
// clear). Numbers are carried as two unsigned 32-bit halves because BigInt is too slow here.
// The exact definition is pinned by test vectors in simhash.test.ts: changing it changes
// every stored fingerprint.

export interface Hash64 {
  readonly hi: number;
  readonly lo: number;
}

const FNV_OFFSET_HI = 0xcbf29ce4;
const FNV_OFFSET_LO = 0x84222325;
const FNV_PRIME_LO = 0x1b3; // prime = 2^40 + 0x1b3

const encoder = new TextEncoder();

/** 64-bit FNV-1a of the bytes [start, end) of `bytes`. */
export function fnv1a64(bytes: Uint8Array, start = 0, end = bytes.length): Hash64 {
  let hi = FNV_OFFSET_HI;
  let lo = FNV_OFFSET_LO;
  for (let i = start; i < end; i++) {
    lo = (lo ^ bytes[i]!) >>> 0;
    // x * (2^40 + 0x1b3) mod 2^64, in 32-bit halves: every product stays below 2^53.
    const loProd = lo * FNV_PRIME_LO;
    const carry = Math.floor(loProd / 0x100000000);
    const newHi = (hi * FNV_PRIME_LO + carry + ((lo << 8) >>> 0)) % 0x100000000;
    lo = loProd >>> 0;
    hi = newHi >>> 0;
  }
  return { hi, lo };
}

/** 64-bit FNV-1a of a string's UTF-8 bytes. */
export function fnv1a64String(s: string): Hash64 {
  return fnv1a64(encoder.encode(s));
}

export function hash64Hex(h: Hash64): string {
  return h.hi.toString(16).padStart(8, '0') + h.lo.toString(16).padStart(8, '0');
}

// URLs with or without a scheme (bare "example.xyz/abc" is common in lures), then any digits.
const URL_RE = /(?:https?:\/\/|www\.)[^\s<>"'、。「」]+|[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:\/[^\s<>"'、。「」]*)?/g;
const DIGITS_RE = /\d+/g;
const SPACE_RE = /\s+/g;

/** The template of a text: NFKC, lower case, URLs → "<u>", digit runs → "0", spaces folded. */
export function templateOf(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(URL_RE, '<u>').replace(DIGITS_RE, '0').replace(SPACE_RE, ' ').trim();
}

/** SimHash-64 of an already masked template (see templateOf). Texts under 3 code points use the whole text as one feature. */
export function simhashTemplate(template: string): Hash64 {
  const bytes = encoder.encode(template);
  // Byte offsets where each code point starts, plus the end: trigram i is starts[i]..starts[i+3].
  const starts: number[] = [];
  for (let i = 0; i < bytes.length; i++) if ((bytes[i]! & 0xc0) !== 0x80) starts.push(i);
  starts.push(bytes.length);
  const counts = new Int32Array(64);
  const add = (h: Hash64): void => {
    for (let b = 0; b < 32; b++) {
      counts[b] = counts[b]! + ((h.lo >>> b) & 1 ? 1 : -1);
      counts[32 + b] = counts[32 + b]! + ((h.hi >>> b) & 1 ? 1 : -1);
    }
  };
  const points = starts.length - 1;
  if (points < 3) add(fnv1a64(bytes));
  for (let i = 0; i + 3 <= points; i++) add(fnv1a64(bytes, starts[i], starts[i + 3]));
  let hi = 0;
  let lo = 0;
  for (let b = 0; b < 32; b++) {
    if (counts[b]! > 0) lo |= 1 << b;
    if (counts[32 + b]! > 0) hi |= 1 << b;
  }
  return { hi: hi >>> 0, lo: lo >>> 0 };
}

/** SimHash-64 of a raw text: simhashTemplate(templateOf(text)). */
export function simhash(text: string): Hash64 {
  return simhashTemplate(templateOf(text));
}

function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** Number of differing bits between two fingerprints (0–64). */
export function hamming(a: Hash64, b: Hash64): number {
  return popcount32((a.hi ^ b.hi) >>> 0) + popcount32((a.lo ^ b.lo) >>> 0);
}
