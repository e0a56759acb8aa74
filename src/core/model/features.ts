// Features of the statistical model: hashed character n-grams of the normalised,
// lower-cased text with links and digits masked (so a new URL or amount is the same
// feature as the last one), plus named structured features from the other checks'
// facts. The hash is FNV-1a 32-bit over UTF-16 code units, stable and documented, so
// weights can be shared and reproduced.
import type { Ask, CheckContext } from '../check.js';
import { ORG_MEMBERS } from '../asks/payee.js';
import { DUE_TODAY } from '../asks/types.js';

export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

export interface FeatureSpec {
  /** log2 of the number of hash buckets. */
  readonly bits: number;
  readonly minN: number;
  readonly maxN: number;
  /**
   * In Japanese text, a number masked to one '0', with any thousands comma or decimal point
   * inside it (¥3,000 and ¥12,800, 090-1234-5678 and 03-1234-5678 are one shape each): the
   * next writer's amounts, dates and numbers are not the last one's, and their count of digits
   * was being learnt as wording. English text keeps its digits (maskInto says why).
   */
  readonly digitRuns?: boolean;
}

const URL_MASK = /https?:\/\/[!-~]*|www\.[!-~]*|<url>|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|jp|xyz|top|ly|gy|co|info|me|io|cn|ru|uk)(?:\/[!-~]*)?/g;
const URL_CODE = 0x01d4; // 'ǔ' stands for any link
const SPACE = 0x20;

/** Kana or CJK ideographs anywhere in the text. */
export function hasJapanese(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x4e00 && c <= 0x9fff)) return true;
  }
  return false;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** JavaScript's \s, as code points. */
function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Writes the code units the n-grams are read from into `buf` and returns how many:
 * the lower-cased text between two spaces, links → 'ǔ', ASCII digits → '0' (with
 * `digitRuns`, in Japanese text, a whole number → one '0'), runs of white space → one
 * space. One pass, no intermediate strings (this runs per message).
 * `buf` must hold at least the text's length + 2.
 */
export function maskInto(ctx: CheckContext, buf: Uint16Array, digitRuns = false): number {
  const s = ctx.norm.lower;
  // Japanese text only: the English corpora's spam numbers (premium lines, short codes) are
  // told apart by their count of digits (folded in all text: SMS Spam F1 0.958 -> 0.955).
  const runs = digitRuns && hasJapanese(s);
  // Links are found as String.replace would find them (left to right, each match resumed
  // after the last; none is empty), but each is written as one code straight into `buf`
  // rather than into a masked copy of the text.
  const links = ctx.indicators.urls.length > 0 || s.includes('<url>');
  let linkAt = s.length;
  let linkEnd = s.length;
  if (links) {
    URL_MASK.lastIndex = 0;
    const m = URL_MASK.exec(s);
    if (m !== null) {
      linkAt = m.index;
      linkEnd = m.index + m[0].length;
    }
  }
  let k = 0;
  buf[k++] = SPACE;
  let prevSpace = true;
  for (let i = 0; i < s.length; i++) {
    if (i === linkAt) {
      prevSpace = false;
      buf[k++] = URL_CODE;
      i = linkEnd - 1;
      URL_MASK.lastIndex = linkEnd;
      const m = URL_MASK.exec(s);
      linkAt = m === null ? s.length : m.index;
      linkEnd = m === null ? s.length : m.index + m[0].length;
      continue;
    }
    const c = s.charCodeAt(i);
    // Printable ASCII skips the white-space test.
    if (c > 0x20 && c < 0xa0) {
      prevSpace = false;
      if (c >= 48 && c <= 57) {
        if (!runs || buf[k - 1] !== 48) buf[k++] = 48;
      } else if (runs && (c === 44 || c === 46) && buf[k - 1] === 48 && isDigit(s.charCodeAt(i + 1))) {
        // A thousands comma or a decimal point inside a number is part of its run.
      } else buf[k++] = c;
      continue;
    }
    if (isSpace(c)) {
      if (!prevSpace) buf[k++] = SPACE;
      prevSpace = true;
      continue;
    }
    prevSpace = false;
    buf[k++] = c;
  }
  // Leading and trailing white space fold into the edge spaces.
  if (!prevSpace || k === 1) buf[k++] = SPACE;
  return k;
}

let scratch = new Uint16Array(512);

/** The masked text as a string (for training and explanations). */
export function maskedText(ctx: CheckContext, digitRuns = false): string {
  if (scratch.length < ctx.norm.lower.length + 2) scratch = new Uint16Array(ctx.norm.lower.length + 2);
  const n = maskInto(ctx, scratch, digitRuns);
  let out = '';
  for (let i = 0; i < n; i += 4096) out += String.fromCharCode(...scratch.subarray(i, Math.min(n, i + 4096)));
  return out;
}

/** The named feature of text with kana or CJK ideographs in it: the Japanese rows' own intercept. */
export const SCRIPT_JA = 'script:ja';

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
  const shared = sharedCost(ctx);
  for (const a of ctx.asks) if (!a.quoted) add(askFeature(a, shared));
  const len = ctx.norm.text.length;
  f.push(len < 40 ? 'len:short' : len < 100 ? 'len:medium' : len < 160 ? 'len:long' : 'len:very-long');
  // The prior is the script's: the Japanese sets are half lures, the English corpora one in seven (the
  // trainer balances the classes within each script, train.ts). With one bias for both, every Japanese
  // row added moved the English rows' prior: an intercept for Japanese text keeps them apart.
  if (hasJapanese(ctx.norm.text)) f.push(SCRIPT_JA);
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
      const c = s.charCodeAt(i + n - 1);
      h ^= c;
      h = Math.imul(h, FNV_PRIME);
      // A lone Latin letter says nothing; a lone kanji or kana often does.
      if (n === 1 && c < 0x80) continue;
      if (n >= spec.minN) visit(((h ^ Math.imul(n, 0x9e3779b1)) >>> 0) & mask, i, n);
    }
  }
}

/**
 * What the message asks and through which way, as the ask finders typed it (src/core/asks):
 * 'asks:call>phone', 'asks:resolve>own' (the sender's own desk), a trailing '~' when implied.
 * The act and its channel, not the words a batch's writer chose for them.
 */
export function askFeature(a: Ask, shared = false): string {
  return `asks:${a.kind}>${askWay(a, shared)}${a.implied ? '~' : ''}`;
}

/**
 * The way an ask goes, as its feature names it: 'own' for the sender's own desk, 'shared' for money asked as a share of a cost
 * the writer and the reader shared (`sharedCost`), else the channel's type.
 */
export function askWay(a: Ask, shared: boolean): string {
  return a.ownWay ? 'own' : shared && a.kind === 'money' ? 'shared' : a.channel.type;
}

/**
 * A person's own words asking a share of a cost the two shared (data/lures.json shared-cost: a split bill, a party's, a club's or
 * a trip's cost, a share paid ahead), with no lure told beside it: the rules leave such a payment between the two, to the usual
 * ID or a new one (asks/payee.ts: "a split bill or a party's cost to a friend's new ID is not counted"; service-fee.ts: a share
 * of the group's own cost). Its money ask is named apart ('asks:money>shared'), so that the model does not read "飲み会代3000円
 * こっちに送ってね" as a stranger's "3万円送って": without it, the one feature a stranger's money ask carries made the model flag a
 * split bill alone. The old debt repaid to a new ID, or a loan, names no shared cost and is weighed as before.
 */
export function sharedCost(ctx: CheckContext): boolean {
  // A members' body's officer (会計, 幹事, 町内会, PTA) collecting its members' dues speaks for the group the reader belongs to:
  // the cost is shared as a club's fee is, in an office's register ("町内会の会計の山崎です。町内会費3,000円の集金をお願いします").
  // Pressed for today, it is the rules' business (payee.ts orgPayee) and not a share.
  if (!ctx.person && !(ORG_MEMBERS.test(ctx.norm.lower) && !DUE_TODAY.test(ctx.norm.lower))) return false;
  let cost = false;
  for (const l of ctx.lures) {
    if (l.quoted) continue;
    if (l.kind === 'lure') return false;
    if (l.category === 'shared-cost') cost = true;
  }
  return cost;
}
