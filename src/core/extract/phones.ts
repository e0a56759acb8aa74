// Phone numbers in the text: call-back lures carry a number instead of a link.
import { parsePhoneNumber } from '../sender/index.js';
import type { PhoneNumber } from '../types.js';

export const MAX_PHONES = 20;

// Domestic (0 + 9–10 digits with optional separators, or the 0005 carrier-common form),
// +81 and other international forms. Digits must not touch other digits, so OTP codes,
// prices and dates do not match.
const PHONE_RE = /(?<![\d+])(?:\+\d{1,3}[ \-ー]?(?:\(0\))?\d{1,4}[ \-ー]?\d{2,4}[ \-ー]?\d{3,4}|0\d{1,4}[ \-ー]?\(?\d{1,4}\)?[ \-ー]?\d{3,4})(?![\d])/g;
// Numbers the sources masked ("050********", "050xxxxxxxx", "06-××××-××××", "XX-XXXX-XXXX"): still a number to call.
const MASKED_RE = /(?<![\dA-Za-z])(?:0\d{1,3}[*xX×]{5,}|0\d{1,4}[-ー][*xX×]{2,4}[-ー][*xX×]{3,4}|[xX]{2,4}-[xX]{3,4}-[xX]{4})(?![\dA-Za-z*×])/g;

// A UK premium-rate (090x) or revenue-sharing (087x) number is written exactly like a Japanese
// 090 mobile or not at all like a Japanese number. In a text with no kana or kanji that prices
// itself the British way (£, 150p, p/min, "UK"), it is the premium line (Ofcom numbering plan).
const UK_PREMIUM = /^09\d{9}$|^087[0-3]\d{7}$/;
const UK_PRICED = /£|\d\s?p\b|p\/?min\b|\bppm\b|per min|\bgbp\b|\+44|\buk\b|\bpounds?\b|\bstd\s?(?:ntwk|network|rate)|\bnat(?:ional)? rate/i;
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

function ukPremium(raw: string, text: string): PhoneNumber | null {
  const digits = raw.replace(/\D/g, '');
  if (!UK_PREMIUM.test(digits) || JAPANESE.test(text) || !UK_PRICED.test(text)) return null;
  return { raw, normalized: `+44${digits.slice(1)}`, e164: `+44${digits.slice(1)}`, kind: 'premium', country: 'GB' };
}

const ZERO_OR_PLUS = /[0+]/;

export function extractPhones(text: string): PhoneNumber[] {
  const out: PhoneNumber[] = [];
  const seen = new Set<string>();
  PHONE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  // Every number starts with "0" or "+": most texts have neither, and the scan (a
  // look-behind at every position) is skipped.
  // A regex, not includes('0'): V8 finds a character in two-byte text by memchr on its
  // highest byte, and 0x30 is the high byte of every kana and Japanese punctuation mark, so
  // includes('0') stopped at nearly every character of Japanese text.
  const mayHaveNumber = ZERO_OR_PLUS.test(text);
  while (mayHaveNumber && (m = PHONE_RE.exec(text)) !== null && out.length < MAX_PHONES) {
    const p = ukPremium(m[0], text) ?? parsePhoneNumber(m[0]);
    if (!p || p.kind === 'short-code' || seen.has(p.normalized)) continue;
    // A 0-prefixed run that classifies as nothing (a reference number, a date) is not a phone.
    if (p.kind === 'unknown') continue;
    seen.add(p.normalized);
    out.push(p);
  }
  if (text.includes('*') || /[xX×]{4}/.test(text)) {
    MASKED_RE.lastIndex = 0;
    while ((m = MASKED_RE.exec(text)) !== null && out.length < MAX_PHONES) {
      const raw = m[0];
      const prefix = raw.match(/^0\d{1,3}/)?.[0] ?? '';
      const kind = prefix === '050' ? 'ip-phone' : /^0[6789]0$/.test(prefix) ? 'mobile' : prefix === '0120' ? 'toll-free' : 'unknown';
      out.push({ raw, normalized: raw, e164: null, kind, country: 'JP' });
    }
  }
  return out;
}
