// The key a line's consent is kept under: its national form (09012345678). Every way a
// number reaches us — `+81 90-1234-5678`, `090-1234-5678`, full-width digits, and the
// `819012345678` that SMPP and carrier records use for international TON — maps to one key.
import { parsePhoneNumber } from '../core/sender/index.js';

const ZERO = 48;
const PLUS = 43;
const HYPHEN = 45;
const NINE = 57;

const isDigit = (c: number): boolean => c >= ZERO && c <= NINE;

/**
 * The national digits `s[from..]` when they are a plain 11-digit subscriber line
 * (060/070/080/090 mobile, 020 data/M2M): checked by character codes, because the detection
 * gate asks this for both numbers of every traffic record.
 */
function plainLine(s: string, from: number): boolean {
  if (s.length - from !== 10) return false;
  const a = s.charCodeAt(from);
  if (!((a >= 54 && a <= 57) || a === 50) || s.charCodeAt(from + 1) !== ZERO) return false;
  for (let i = from + 2; i < s.length; i++) if (!isDigit(s.charCodeAt(i))) return false;
  return true;
}

/**
 * The key for the forms traffic records carry, decided by character codes: a string for a
 * line, null for what cannot be one (business numbers, short codes, foreign numbers,
 * alphanumeric sender IDs), undefined when only the full parser can tell.
 */
export function fastLineKey(s: string): string | null | undefined {
  const n = s.length;
  if (n === 11 && s.charCodeAt(0) === ZERO && plainLine(s, 1)) return s;
  const c0 = s.charCodeAt(0);
  if (c0 === PLUS) {
    if (n === 13 && s.charCodeAt(1) === 56 && s.charCodeAt(2) === 49 && plainLine(s, 3)) return `0${s.slice(3)}`;
  } else if (n === 12 && c0 === 56 && s.charCodeAt(1) === 49 && plainLine(s, 2)) return `0${s.slice(2)}`;
  // 090-1234-5678, the written form.
  if (n === 13 && s.charCodeAt(3) === HYPHEN && s.charCodeAt(8) === HYPHEN && c0 === ZERO) {
    const joined = s.slice(0, 3) + s.slice(4, 8) + s.slice(9);
    return plainLine(joined, 1) ? joined : undefined;
  }
  let digits = true;
  for (let i = c0 === PLUS ? 1 : 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (isDigit(c)) continue;
    digits = false;
    // A letter or any other ASCII sign but a separator: a sender ID, never a line. A plus
    // after a bracket (`(+81)90…`) and tabs or other ASCII white space are the parser's to
    // judge: it reads them as a line, and the consent gate must not let such a line through.
    if (c < 128 && c !== 32 && c !== HYPHEN && c !== 46 && c !== 40 && c !== 41 && c !== PLUS && (c < 9 || c > 13)) return null;
    if (c >= 128) return undefined;
  }
  if (!digits || n === 0) return digits ? null : undefined;
  // Plain digits that are not a line in the forms above: a line only behind the 010 prefix.
  return c0 !== PLUS && n > 3 && s.startsWith('010') ? undefined : null;
}

/**
 * The consent key of a subscriber line, or null when the text is not a Japanese mobile
 * (or 020 data) number: consent belongs to lines a subscriber holds by contract.
 */
export function lineKey(raw: string): string | null {
  const fast = fastLineKey(raw);
  return fast !== undefined ? fast : parsedLineKey(raw);
}

/** lineKey by the full parser alone (the reference the fast path must agree with). */
export function parsedLineKey(raw: string): string | null {
  let phone = parsePhoneNumber(raw);
  if (phone === null) {
    // `81 90 1234 5678` without the plus, as records with an international TON show it.
    const compact = raw.normalize('NFKC').replace(/[\s\-.()\u30fc\u2010-\u2015\u2212]/g, '');
    if (/^81\d{9,10}$/.test(compact)) phone = parsePhoneNumber(`+${compact}`);
  }
  if (phone === null || phone.country !== 'JP') return null;
  return phone.kind === 'mobile' || phone.kind === 'pager' ? phone.normalized : null;
}
