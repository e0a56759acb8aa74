// Sender classification per the seed's table of routes (seed 003, "SMSの配信経路"):
//   ① domestic handsets show mobile numbers (090/080/070…),
//   ② domestic SMS aggregators show fixed numbers, 0120, carrier-common 0005…,
//   ③ overseas carriers show foreign numbers, letters or random alphanumerics.
// Japanese numbering is simple enough to classify by prefix and length, which is
// much faster than libphonenumber on the hot path, and libphonenumber does not
// know the carrier-common 0005 numbers at all (google/libphonenumber#3142).
import type { PhoneKind, PhoneNumber, SenderInfo, SenderRoute, SenderTier } from '../types.js';
import { senderKey, type SenderRegistry } from './registry.js';

export { EMPTY_SENDER_REGISTRY, parseSenderRegistry, senderKey, type SenderEntry, type SenderRegistry } from './registry.js';

const ROUTE: Record<PhoneKind, SenderRoute> = {
  mobile: 'domestic-handset',
  'ip-phone': 'aggregator',
  fixed: 'aggregator',
  'toll-free': 'aggregator',
  'navi-dial': 'aggregator',
  'carrier-common': 'aggregator',
  premium: 'aggregator',
  pager: 'domestic-handset',
  'short-code': 'aggregator',
  international: 'overseas',
  alphanumeric: 'unknown',
  unknown: 'unknown',
};

// The tier a kind has before any registry is consulted (the registry raises a listed sender to
// 'registered-business' or 'carrier').
const TIER: Record<PhoneKind, SenderTier> = {
  mobile: 'domestic-mobile',
  'ip-phone': 'business-number',
  fixed: 'business-number',
  'toll-free': 'business-number',
  'navi-dial': 'business-number',
  'carrier-common': 'business-number',
  premium: 'business-number',
  pager: 'domestic-mobile',
  'short-code': 'business-number',
  international: 'overseas',
  alphanumeric: 'alphanumeric',
  unknown: 'unknown',
};

export function routeOf(kind: PhoneKind): SenderRoute {
  return ROUTE[kind];
}

// Separators people and carriers put in numbers, after NFKC: spaces, hyphens (and the
// katakana prolonged sound mark typed for one), dots, parentheses.
const SEPARATORS = /[\s\-.()\u30fc\u2010-\u2015\u2212]/g;

/** Classifies a national-form Japanese number (digits only, leading 0). */
export function classifyNational(digits: string): PhoneKind {
  const n = digits.length;
  // The carriers issue 8–10 digits, but the 0005 prefix itself is what is reserved: no subscriber or
  // business line begins with it, so a longer display (a sub-number, a mistyped copy) is still the
  // carrier-vetted route, or a spoof that only an international route can carry (the firewall's policy).
  if (digits.startsWith('0005')) return n >= 8 && n <= 12 ? 'carrier-common' : 'unknown';
  if (digits.startsWith('0120')) return n === 10 ? 'toll-free' : 'unknown';
  if (digits.startsWith('0800')) return n === 11 ? 'toll-free' : 'unknown';
  if (digits.startsWith('0570')) return n === 10 ? 'navi-dial' : 'unknown';
  if (digits.startsWith('0990')) return n === 10 ? 'premium' : 'unknown';
  if (digits.startsWith('050')) return n === 11 ? 'ip-phone' : 'unknown';
  if (/^0[6789]0/.test(digits)) return n === 11 ? 'mobile' : 'unknown';
  if (digits.startsWith('020')) return n === 11 ? 'pager' : 'unknown';
  if (digits.startsWith('00')) return 'unknown';
  if (/^0[1-9]/.test(digits)) return n === 10 ? 'fixed' : 'unknown';
  return 'unknown';
}

/**
 * Parses what a person or a carrier writes for a phone number: `090-1234-5678`,
 * `０９０１２３４５６７８`, `+81 90 1234 5678`, `(03) 1234-5678`, `010-1-202-555-0100`,
 * `7726`. Returns null when the text is not a number.
 */
export function parsePhoneNumber(raw: string): PhoneNumber | null {
  const folded = fold(raw);
  if (folded === '' || folded.length > 32) return null;
  const compact = folded.replace(SEPARATORS, '');
  if (!/^\+?\d+$/.test(compact)) return null;
  if (compact.startsWith('+')) {
    const digits = compact.slice(1);
    if (digits.length < 7 || digits.length > 15) return null;
    if (digits.startsWith('81')) return national(raw, `0${digits.slice(2)}`);
    return { raw, normalized: `+${digits}`, e164: `+${digits}`, kind: 'international', country: null };
  }
  // 010 is Japan's international call prefix; 0081 the same for some carriers' apps.
  if (compact.startsWith('010') && compact.length >= 10) {
    const digits = compact.slice(3);
    if (digits.startsWith('81')) return national(raw, `0${digits.slice(2)}`);
    return { raw, normalized: `+${digits}`, e164: `+${digits}`, kind: 'international', country: null };
  }
  if (compact.startsWith('0')) {
    if (compact.length < 8 || compact.length > (compact.startsWith('0005') ? 12 : 11)) return null;
    return national(raw, compact);
  }
  // Short codes: 3–6 digits without a trunk prefix (7726, 21092, 244070).
  if (compact.length >= 3 && compact.length <= 6) return { raw, normalized: compact, e164: null, kind: 'short-code', country: 'JP' };
  return null;
}

const ASCII = /^[ -~]*$/;
// NFKC costs a microsecond even on ASCII; most senders are plain ASCII already.
function fold(raw: string): string {
  return (ASCII.test(raw) ? raw : raw.normalize('NFKC')).trim();
}

function national(raw: string, digits: string): PhoneNumber {
  const kind = classifyNational(digits);
  const e164 = kind === 'unknown' || kind === 'carrier-common' ? null : `+81${digits.slice(1)}`;
  return { raw, normalized: digits, e164, kind, country: 'JP' };
}

const NONE: readonly string[] = Object.freeze([]);
const LETTERS_ID = /^[\p{L}\p{N}_ .&'!+\-・ー（）()]{1,32}$/u;

/** Classifies the sender of an SMS as shown to the recipient, and the route that implies. */
export function classifySender(raw: string): SenderInfo {
  const phone = parsePhoneNumber(raw);
  // Fields written out, not spread: V8 copies a spread object through a slow generic path
  // (measured: a tenth of building a message's context).
  if (phone) return { raw: phone.raw, normalized: phone.normalized, e164: phone.e164, kind: phone.kind, country: phone.country, route: ROUTE[phone.kind], tier: TIER[phone.kind], brandIds: NONE };
  const id = fold(raw);
  // Alphanumeric sender IDs (up to 11 characters in GSM, carriers show longer display names).
  // A name in Japanese letters (住信SBIネット銀行, マイナポータル) is a display name as much as
  // "SMBC" is, not a number a brand does not use: neutral by itself, judged as letters are.
  if (LETTERS_ID.test(id) && /\p{L}/u.test(id)) {
    // Letters are shown by overseas routes and by domestic aggregators alike: the route is unknown.
    return { raw, normalized: id, e164: null, kind: 'alphanumeric', country: null, route: 'unknown', tier: 'alphanumeric', brandIds: NONE };
  }
  return { raw, normalized: id, e164: null, kind: 'unknown', country: null, route: 'unknown', tier: 'unknown', brandIds: NONE };
}

/** What the classifier knows of one listed sender. */
interface Listed {
  readonly tier: SenderTier;
  readonly brandIds: readonly string[];
}

// Kinds a listing can lift to 'registered-business'. A listed personal mobile (a driver's
// handset, a shop's 080 line) keeps its tier: the number says nothing the listing can vouch for.
const LIFTABLE = new Set<PhoneKind>(['carrier-common', 'short-code', 'alphanumeric', 'toll-free', 'navi-dial', 'fixed', 'ip-phone', 'unknown']);

/**
 * A sender classifier that knows the registry: listed senders get their tier ('carrier',
 * 'registered-business') and the brands they speak for. `brands` adds each brand's
 * `officialSenders` (data/brands.json) as registered senders of that brand.
 * The lookup is one Map get per message.
 */
export function createSenderClassifier(
  registry: SenderRegistry,
  brands: readonly { readonly id: string; readonly officialSenders: readonly string[] }[] = [],
): (raw: string) => SenderInfo {
  const listed = new Map<string, Listed>();
  const revoked = new Set(registry.revoked ?? []);
  const put = (key: string, tier: SenderTier, ids: readonly string[]): void => {
    if (revoked.has(key)) return;
    const had = listed.get(key);
    const brandIds = Object.freeze([...new Set([...(had?.brandIds ?? []), ...ids])]);
    // A carrier listing wins over a brand's own list of the same code.
    listed.set(key, { tier: had?.tier === 'carrier' ? 'carrier' : tier, brandIds });
  };
  for (const e of registry.senders) put(keyOf(e.sender), e.tier, e.brands);
  for (const b of brands) for (const s of b.officialSenders) put(keyOf(s), 'registered-business', [b.id]);
  const classify = (raw: string): SenderInfo => {
    const base = classifySender(raw);
    // base.normalized is already national digits for numbers: only IDs need folding.
    const key = base.kind === 'alphanumeric' ? senderKey(base.normalized) : base.normalized;
    const hit = listed.get(key);
    if (!hit) return revoked.size > 0 && revoked.has(key) ? { ...base, revoked: true } : base;
    const tier = LIFTABLE.has(base.kind) ? hit.tier : base.tier;
    // A listed short code or ID is a domestic aggregator's or carrier's, not an overseas route.
    const route: SenderRoute = base.kind === 'alphanumeric' ? base.route : tier === 'carrier' || tier === 'registered-business' ? 'aggregator' : base.route;
    return { raw: base.raw, normalized: base.normalized, e164: base.e164, kind: base.kind, country: base.country, route, tier, brandIds: hit.brandIds };
  };
  // The same sender comes again and again (a business's ID or number, an ESME's bulk traffic):
  // its classification, a pure function of the text and this registry, is kept. Bounded: emptied
  // when full, so a flood of distinct numbers costs what it did before.
  const memo = new Map<string, SenderInfo>();
  return (raw) => {
    let info = memo.get(raw);
    if (info === undefined) {
      info = classify(raw);
      if (memo.size >= SENDER_MEMO) memo.clear();
      memo.set(raw, info);
    }
    return info;
  };
}

/** Senders whose classification a classifier keeps (see createSenderClassifier). */
const SENDER_MEMO = 4096;

/** The key a listed sender is found by: national digits for numbers, senderKey for IDs. */
export function keyOf(sender: string): string {
  const phone = parsePhoneNumber(sender);
  return phone ? phone.normalized : senderKey(sender);
}
