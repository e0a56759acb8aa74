// Phone numbers in the text: call-back lures carry a number instead of a link.
import { parsePhoneNumber } from '../sender/index.js';
import type { PhoneNumber } from '../types.js';

export const MAX_PHONES = 20;

// What a dialable number is, written the ways people write one (ITU-T E.123, and the
// 総務省 numbering plan for Japan): a trunk 0 and an area code (its parentheses optional:
// "(03) 1234-5678", "03(1234)5678"), a local and a subscriber group; or + and a country code,
// the national part's trunk written "(0)" or left out ("+81 (0)90…", "+1 (202) 555-0143").
// Groups are parted by a space, or a hyphen (or the katakana ー typed for one) or a dot with a space
// either side at most ("090 - 1234 - 5678"); the country code may stand in parentheses ("(+81) 90…").
// Digits must not touch other digits, nor a digit and a hyphen or dot (the tail of a date or an
// order number "2026-0312-3456"), so OTP codes, prices, dates and reference numbers do not match;
// the digits are then checked against the numbering plan (parsePhoneNumber).
const SEP = String.raw`(?: ?[-ー.] ?| )?`;
const PHONE_RE = new RegExp(String.raw`(?<![\d+]|\d[-ー.])(?:\(?\+\d{1,3}\)?${SEP}(?:\(0\) ?)?(?:\(\d{1,4}\)|\d{1,4})${SEP}\d{2,4}${SEP}\d{3,4}|(?:\(0\d{1,4}\)|0\d{1,4})${SEP}(?:\(\d{1,4}\)|\d{1,4})${SEP}\d{3,4})(?!\d)`, 'g');
// Written so that only a phone number can be meant, a run the plan does not know is still the
// number the reader is told to ring (lure writers invent them: "サポート窓口 (0101) 2274-8816"):
// an area code in parentheses, or a phone word just before it. Kept as kind 'unknown'.
const INTL_PREFIX = /^010(?:[- ー.]|\d+$)/;
const AREA_IN_PARENS = /^\(0\d{1,4}\)/;
const PHONE_WORD = /(?:電話|でんわ|tel|☎|📞|窓口|ダイヤル|コールセンター|サポートセンター|連絡先|call|phone|hotline)[^\d\n]{0,6}$/i;
// Kanji digits ("〇九〇ー一二三四ー五六七八"), as a number is written to slip past digit
// matching: ten or more, the first 〇 (a trunk 0), with the separators numbers use. Kanji
// numerals in prose (三万円, 一二三) are not ten in a row starting with 〇.
const KANJI_NUMBER = /〇[-〇一二三四五六七八九 ー・]{9,}[〇一二三四五六七八九]/g;
const KANJI_DIGIT: Record<string, string> = { 〇: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };
// Digits typed one by one with spaces ("0 1 2 0-123-456"): four or more single digits.
const SPACED_DIGITS = /(?<!\d)\d(?: \d){3,}(?!\d)/g;
// A number wrapped at a hyphen by the sender or the handset ("090-1234-⏎5678").
// Also wrapped between groups with no hyphen at the break ("090-1234⏎5678"): a trunk-0 number's
// first two groups, then the last group alone on the next line.
const WRAPPED = /(\d[-ー])[ \t]*\r?\n[ \t]*(?=\d)|(\d)[ \t]*\r?\n[ \t]*(?=[-ー]\d)|(?<![\d-])(0\d{1,4}[-ー]\d{1,4})[ \t]*\r?\n[ \t]*(?=\d{3,4}(?!\d))/g;
// Devanagari digits, as Nepali text writes its numbers (NFKC leaves them): read as the digits they are.
const DEVANAGARI_DIGIT = /[०-९]/g;
const MAY_BE_DISGUISED = /[〇०]|\d \d \d|[-ー][ \t]*\r?\n|\n[ \t]*[-ー]|\d[-ー]\d{1,4}[ \t]*\r?\n[ \t]*\d/;

/** The text with a disguised number written as one: Devanagari or kanji digits, digits spaced apart, a wrapped line. */
function undisguise(text: string): string {
  if (!MAY_BE_DISGUISED.test(text)) return text;
  return text
    .replace(DEVANAGARI_DIGIT, (c) => String(c.charCodeAt(0) - 0x966))
    .replace(KANJI_NUMBER, (m) => m.replace(/[〇一二三四五六七八九]/g, (c) => KANJI_DIGIT[c] ?? c))
    .replace(SPACED_DIGITS, (m) => m.replaceAll(' ', ''))
    .replace(WRAPPED, (_m, a: string | undefined, b: string | undefined, c: string | undefined) => a ?? b ?? `${c}-`);
}

// Numbers the sources masked ("050********", "050xxxxxxxx", "06-××××-××××", "XX-XXXX-XXXX"): still a number to call.
// Three mask letters in a row ("090-xxxx-1234"): a literal here, not in the function, is one object, not one per call.
const MASK_RUN = /[xX×]{3}/;
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

const ZERO_OR_PLUS = /[0+〇०]/;

// China's nationwide service numbers, 400 and 800 and seven digits ("400-660-8127", "400 660 8127", "4006608127"): the
// customer-service lines mainland companies print (工业和信息化部 numbering plan, 400/800 业务), written with no country
// code because they are dialled so inside China. From Japan they are lines abroad, reached only as +86 400…; no Japanese
// number starts with 4 or 8 without its trunk 0. Taken only after a Chinese phone word ("请致电客服 400-…", "热线"), so an
// order or a reference number of the same shape is not read as one.
const CN_SERVICE = /(?<![\d+\-.ー])([48]00)[- ー]?(\d{3})[- ー]?(\d{4})(?![\d\-ー])/g;
// (Chinese words only: an English "call 800-…" is the North American toll-free plan, +1, not China's.)
const CN_PHONE_WORD = /(?:电话|電話|致电|致電|拨打|撥打|热线|熱線|客服|服务|服務|联系|聯繫|聯絡)[^\d\n]{0,8}$/;

function chinaServiceNumbers(text: string, seen: Set<string>, out: PhoneNumber[]): void {
  if (!/[48]00/.test(text)) return;
  CN_SERVICE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CN_SERVICE.exec(text)) !== null && out.length < MAX_PHONES) {
    if (!CN_PHONE_WORD.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
    const e164 = `+86${m[1]}${m[2]}${m[3]}`;
    if (seen.has(e164)) continue;
    seen.add(e164);
    out.push({ raw: m[0], normalized: e164, e164, kind: 'international', country: 'CN' });
  }
}

export function extractPhones(raw: string): PhoneNumber[] {
  const out: PhoneNumber[] = [];
  const seen = new Set<string>();
  PHONE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  // Every number starts with "0" or "+": most texts have neither, and the scan (a
  // look-behind at every position) is skipped.
  // A regex, not includes('0'): V8 finds a character in two-byte text by memchr on its
  // highest byte, and 0x30 is the high byte of every kana and Japanese punctuation mark, so
  // includes('0') stopped at nearly every character of Japanese text.
  const mayHaveNumber = ZERO_OR_PLUS.test(raw);
  const text = mayHaveNumber ? undisguise(raw) : raw;
  while (mayHaveNumber && (m = PHONE_RE.exec(text)) !== null && out.length < MAX_PHONES) {
    // "+81 (0)90…": the trunk 0 in parentheses is not dialled after the country code.
    const p = phoneOf(m[0], text, m.index, ukPremium(m[0], text) ?? parsed(m[0]));
    // A 0-prefixed run that classifies as nothing (a reference number, a date) is not a phone;
    // the scan goes on from its next character, where a number may start ("05 090-1234-5678").
    if (!p || p.kind === 'short-code') {
      PHONE_RE.lastIndex = m.index + 1;
      continue;
    }
    if (seen.has(p.normalized)) continue;
    seen.add(p.normalized);
    out.push(p);
  }
  chinaServiceNumbers(text, seen, out);
  if (text.includes('*') || MASK_RUN.test(text)) {
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

function parsed(raw: string): PhoneNumber | null {
  if (raw.includes('(0)')) {
    const p = parsePhoneNumber(raw.replace('(0)', ''));
    return p && { raw, normalized: p.normalized, e164: p.e164, kind: p.kind, country: p.country };
  }
  const p = parsePhoneNumber(raw);
  // Japan's 010 international prefix is written as its own group ("010-1-202-555-0143"): "(0101)"
  // or "0101-2274-8816" is an area code, not 010 and a country.
  return p && p.kind === 'international' && !/^\(?\+/.test(raw) && !INTL_PREFIX.test(raw) ? null : p;
}

function phoneShaped(raw: string, text: string, index: number): boolean {
  const digits = raw.replace(/\D/g, '').length;
  return raw.startsWith('(0') || raw.startsWith('0') ? digits >= 10 && digits <= 12 && (AREA_IN_PARENS.test(raw) || PHONE_WORD.test(text.slice(Math.max(0, index - 16), index))) : false;
}

/**
 * The run as a phone: what the plan made of it (`known`), unless the plan knows no such
 * number; then it is one only when written as one, whether the plan parsed its digits or not.
 */
function phoneOf(raw: string, text: string, index: number, known: PhoneNumber | null): PhoneNumber | null {
  if (known && known.kind !== 'unknown') return known;
  if (!phoneShaped(raw, text, index)) return null;
  if (known) return known;
  // In a text with no Japanese it is a number of the writer's own country (a British 0871…).
  return { raw, normalized: raw.replace(/\D/g, ''), e164: null, kind: 'unknown', country: JAPANESE.test(text) ? 'JP' : null };
}
