// The key a line's consent is kept under: its national form (09012345678). Every way a
// number reaches us — `+81 90-1234-5678`, `090-1234-5678`, full-width digits, and the
// `819012345678` that SMPP and carrier records use for international TON — maps to one key.
import { parsePhoneNumber } from '../core/sender/index.js';

const ZERO = 48;
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

/** The common exact forms without allocation beyond the result; undefined for anything else. */
export function fastLineKey(s: string): string | null | undefined {
  const n = s.length;
  if (n === 11 && s.charCodeAt(0) === ZERO) return plainLine(s, 1) ? s : undefined;
  if (n === 13 && s.charCodeAt(0) === 43 && s.charCodeAt(1) === 56 && s.charCodeAt(2) === 49) return plainLine(s, 3) ? `0${s.slice(3)}` : undefined;
  if (n === 12 && s.charCodeAt(0) === 56 && s.charCodeAt(1) === 49) return plainLine(s, 2) ? `0${s.slice(2)}` : undefined;
  return undefined;
}

/**
 * The consent key of a subscriber line, or null when the text is not a Japanese mobile
 * (or 020 data) number: consent belongs to lines a subscriber holds by contract.
 */
export function lineKey(raw: string): string | null {
  const fast = fastLineKey(raw);
  if (fast !== undefined) return fast;
  let phone = parsePhoneNumber(raw);
  if (phone === null) {
    // `81 90 1234 5678` without the plus, as records with an international TON show it.
    const compact = raw.normalize('NFKC').replace(/[\s\-.()\u30fc\u2010-\u2015\u2212]/g, '');
    if (/^81\d{9,10}$/.test(compact)) phone = parsePhoneNumber(`+${compact}`);
  }
  if (phone === null || phone.country !== 'JP') return null;
  return phone.kind === 'mobile' || phone.kind === 'pager' ? phone.normalized : null;
}
