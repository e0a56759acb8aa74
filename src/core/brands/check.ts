// Brand impersonation: a message that claims a brand while its links leave the brand's
// official domains, or while its sender is not one the brand uses (a bank does not text
// from a 090 handset). Look-alike domains count even when the text names no brand.
import { placeOrObject } from '../asks/types.js';
import { reason } from '../reason.js';
import type { BrandClaim, Check, CheckContext, Weights } from '../check.js';
import type { ExtractedUrl, Reason, SenderInfo } from '../types.js';
import { parse as parseTld } from 'tldts';
import type { InstitutionKind } from './kinds.js';
import { hostUnder, type Brand, type BrandRegistry } from './registry.js';

// Hosts that contain a brand token for innocent reasons.
const NOT_LOOKALIKE = ['amazonaws.com', 'media-amazon.com', 'ssl-images-amazon.com', 'googleusercontent.com', 'googleapis.com', 'gstatic.com', 'cloudfront.net'];

export interface BrandLookups {
  byId(id: string): Brand | undefined;
  /** Brands for which this URL's host is official (never a platform host where anyone publishes). */
  officialForHost(host: string): Brand[];
  /** Brands running the platform this host is on (lin.ee, forms.gle…): theirs only from their own sender. */
  platformOf(host: string): Brand[];
  /** Brands that registered this sender (number or sender ID), in brands.json or the sender registry. */
  officialForSender(sender: SenderInfo): Brand[];
  /** Brands whose name is exactly this sender ID ("SMBC", "Amazon"): an ID that names a brand claims it. */
  namedBy(senderId: string): Brand[];
  /** A brand whose look-alike token sits in this unofficial host. */
  lookalike(host: string): { brand: Brand; token: string } | undefined;
  /** Whether the host sits under a registrant-restricted Japanese domain (go.jp, co.jp…): its holder is a vetted organisation. */
  restricted(host: string): boolean;
  /**
   * Whether a registrable domain is one letter away from a listed brand's own or platform domain under the same suffix
   * (line.ee beside LINE's lin.ee, amzm.to beside amzn.to): a name picked to be misread as that one, not the brand's.
   */
  nearMiss(domain: string): boolean;
  /** Kinds of institution a message may speak as without naming a listed brand (./kinds.ts). */
  readonly kinds: readonly InstitutionKind[];
  /** The listed brands' own apps' names, NFKC and lower-cased (brands.json officialApps). */
  readonly apps: readonly string[];
}

export function createBrandLookups(registry: BrandRegistry): BrandLookups {
  const byId = new Map(registry.brands.map((b) => [b.id, b]));
  const senders = new Map<string, Brand[]>();
  for (const b of registry.brands) {
    for (const s of b.officialSenders) {
      const key = s.normalize('NFKC').toLowerCase().replace(/[\s-]/g, '');
      senders.set(key, [...(senders.get(key) ?? []), b]);
    }
  }
  const tokens = registry.brands.flatMap((brand) => brand.lookalikeTokens.map((token) => ({ brand, token }))).sort((a, b) => b.token.length - a.token.length);
  // Official host suffix → brands; a host is looked up by walking its own suffixes.
  const bySuffix = new Map<string, Brand[]>();
  for (const b of registry.brands) for (const d of b.officialDomains) bySuffix.set(d, [...(bySuffix.get(d) ?? []), b]);
  // Only government bodies can register under go.jp and lg.jp: a host there is a government's own site, whichever office it is.
  const governments = registry.brands.filter((b) => b.category === 'government');
  for (const d of registry.restrictedDomains?.government ?? []) bySuffix.set(d, [...(bySuffix.get(d) ?? []), ...governments]);
  const restrictedSuffixes = [...(registry.restrictedDomains?.government ?? []), ...(registry.restrictedDomains?.organisation ?? [])];
  const localGovernment = localGovernmentTest(registry.restrictedDomains?.localGovernmentLabels ?? []);
  const byPlatform = new Map<string, Brand[]>();
  for (const b of registry.brands) for (const d of b.platformDomains) byPlatform.set(d, [...(byPlatform.get(d) ?? []), b]);
  const byName = new Map<string, Brand[]>();
  for (const b of registry.brands) {
    for (const v of b.variants) {
      const key = nameKey(v);
      if (!byName.get(key)?.includes(b)) byName.set(key, [...(byName.get(key) ?? []), b]);
    }
  }
  // Tokens by their first two codes, in `tokens` order: the first token (longest) found
  // anywhere in a host, in one pass over the host instead of one search per token.
  const tokensAt = new Map<number, number[]>();
  tokens.forEach(({ token }, i) => {
    const key = token.charCodeAt(0) * 65536 + token.charCodeAt(1);
    tokensAt.set(key, [...(tokensAt.get(key) ?? []), i]);
  });
  // Hosts are ASCII: which ASCII pairs start some token, one byte each, read before the Map
  // (a host has a pair per character, and few of them start a token).
  const asciiPairs = new Uint8Array(128 * 128);
  for (const { token } of tokens) {
    const c0 = token.charCodeAt(0);
    const c1 = token.charCodeAt(1);
    if (c0 < 128 && c1 < 128) asciiPairs[c0 * 128 + c1] = 1;
  }
  const firstTokenIn = (host: string): number => {
    let best = -1;
    for (let at = 0; at + 1 < host.length; at++) {
      const c0 = host.charCodeAt(at);
      const c1 = host.charCodeAt(at + 1);
      if (c0 < 128 && c1 < 128 && asciiPairs[c0 * 128 + c1] === 0) continue;
      const list = tokensAt.get(c0 * 65536 + c1);
      if (list === undefined) continue;
      for (const i of list) {
        if (best !== -1 && i >= best) break;
        if (host.startsWith((tokens[i] as { token: string }).token, at)) {
          best = i;
          break;
        }
      }
    }
    return best;
  };
  const NONE: Brand[] = [];
  /** The brands listed under the host or one of its parent domains in `map`. */
  const underSuffix = (map: ReadonlyMap<string, Brand[]>, host: string): Brand[] => {
    let found: Brand[] = NONE;
    for (let at = -1; ; ) {
      const list = map.get(at < 0 ? host : host.slice(at + 1));
      if (list) found = found === NONE ? list : [...found, ...list.filter((b) => !found.includes(b))];
      at = host.indexOf('.', at + 1);
      if (at < 0) break;
    }
    return found;
  };
  const platformOfHost = (host: string): Brand[] => (byPlatform.size === 0 ? NONE : underSuffix(byPlatform, host));
  const officialForHostUncached = (host: string): Brand[] => {
    // sites.google.com sits under google.com, but what is on it is anyone's. (The memo: the
    // checks ask platformOf of the same host too.)
    if (platform(host).length > 0) return NONE;
    let found: Brand[] = NONE;
    for (let at = -1; ; ) {
      const list = bySuffix.get(at < 0 ? host : host.slice(at + 1));
      if (list) found = found === NONE ? list : [...found, ...list.filter((b) => !found.includes(b))];
      at = host.indexOf('.', at + 1);
      if (at < 0) break;
    }
    // A prefecture's or a municipality's geographic-type name (www.city.kawasaki.jp) is as much a
    // government's own as lg.jp: its reserved label cannot be registered by anyone else.
    if (found === NONE && localGovernment(host)) return governments;
    return found;
  };
  const lookalikeUncached = (host: string): { brand: Brand; token: string } | undefined => {
    if (host === '' || official(host).length > 0 || platform(host).length > 0 || NOT_LOOKALIKE.some((d) => hostUnder(host, d))) return undefined;
    const i = firstTokenIn(host);
    return i === -1 ? undefined : tokens[i];
  };
  // Several checks ask the same questions of one message's hosts (brand, lure, URL, ask,
  // sender checks): each answer is worked out once. Small and emptied when full, so it
  // serves one message's repeated questions and the next few messages, not a whole corpus.
  const official = memoByHost(officialForHostUncached);
  const platform = memoByHost(platformOfHost);
  const lookalike = memoByHost(lookalikeUncached);
  // Listed domains by what follows their first label ('ee' for lin.ee, 'co.jp' for smbc.co.jp): their first labels.
  const labelsBySuffix = new Map<string, Set<string>>();
  for (const b of registry.brands) {
    for (const d of [...b.officialDomains, ...b.platformDomains]) {
      const dot = d.indexOf('.');
      if (dot < 3) continue;
      const rest = d.slice(dot + 1);
      const set = labelsBySuffix.get(rest) ?? new Set<string>();
      set.add(d.slice(0, dot));
      labelsBySuffix.set(rest, set);
    }
  }
  const nearMissUncached = (domain: string): boolean => {
    const dot = domain.indexOf('.');
    if (dot < 3 || official(domain).length > 0 || platform(domain).length > 0) return false;
    const labels = labelsBySuffix.get(domain.slice(dot + 1));
    if (labels === undefined) return false;
    const label = domain.slice(0, dot);
    if (labels.has(label)) return false;
    for (const l of labels) if (oneEditApart(label, l)) return true;
    return false;
  };
  const nearMiss = memoByHost(nearMissUncached);
  let lastSender: SenderInfo | null = null;
  let lastSenderBrands: Brand[] = NONE;
  const apps: string[] = [];
  for (const b of registry.brands) for (const a of b.officialApps) apps.push(a.normalize('NFKC').toLowerCase());
  return {
    apps,
    byId: (id) => byId.get(id),
    officialForHost: official,
    platformOf: platform,
    restricted: (host) => restrictedSuffixes.some((d) => hostUnder(host, d)) || localGovernment(host),
    officialForSender: (sender) => {
      if (sender.revoked) return NONE;
      // Asked by several checks of one message, with the same sender object.
      if (sender === lastSender) return lastSenderBrands;
      const listed = senders.get(sender.normalized.toLowerCase().replace(SENDER_SPACING, '')) ?? NONE;
      let out = listed;
      if (sender.brandIds.length > 0) {
        out = [...listed];
        for (const id of sender.brandIds) {
          const b = byId.get(id);
          if (b && !out.includes(b)) out.push(b);
        }
      }
      lastSender = sender;
      lastSenderBrands = out;
      return out;
    },
    namedBy: (senderId) => byName.get(nameKey(senderId)) ?? NONE,
    lookalike,
    nearMiss,
    kinds: registry.kinds ?? [],
  };
}

/**
 * Whether a host is a local public body's geographic-type JP name: its registrable domain begins with
 * a label JPRS reserves for them (city, town, vill, pref, metro) under a geographic .jp suffix
 * (kawasaki.jp, kanagawa.jp, hakone.kanagawa.jp). city.sakai.jp is not one: sakai.jp is a general-use
 * name anyone may hold, and the label is then only a sub-domain of it.
 */
function localGovernmentTest(labels: readonly string[]): (host: string) => boolean {
  if (labels.length === 0) return () => false;
  const anyLabel = new RegExp(`(?:^|\\.)(?:${labels.join('|')})\\.[a-z0-9-]+\\.(?:[a-z0-9-]+\\.)?jp$`);
  return (host) => {
    if (!host.endsWith('.jp') || !anyLabel.test(host)) return false;
    const { domain, publicSuffix } = parseTld(host, { allowPrivateDomains: false });
    if (domain === null || publicSuffix === null || !publicSuffix.endsWith('.jp')) return false;
    return labels.includes(domain.slice(0, domain.indexOf('.')));
  };
}

/** One letter inserted, dropped or changed turns `a` into `b` (not two equal strings). */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

const MEMO_SIZE = 64;
// Spaces and hyphens dropped from a sender before it is looked up (a module constant: replace resets a global pattern's lastIndex).
const SENDER_SPACING = /[\s-]/g;

function memoByHost<R>(f: (host: string) => R): (host: string) => R {
  const memo = new Map<string, R>();
  // The checks of one message ask of its one or two hosts in turn: the last answer is kept
  // beside the Map, so a repeated question costs a string compare, not a hash lookup.
  let lastHost: string | undefined;
  let lastAnswer: R | undefined;
  return (host) => {
    if (host === lastHost) return lastAnswer as R;
    let r = memo.get(host);
    if (r === undefined && !memo.has(host)) {
      if (memo.size >= MEMO_SIZE) memo.clear();
      r = f(host);
      memo.set(host, r);
    }
    lastHost = host;
    lastAnswer = r;
    return r as R;
  };
}

function nameKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/[\s._-]/g, '');
}

type LinkStanding = 'official' | 'unofficial' | 'unknown';

/**
 * Where a link stands for the brands a message claims. A link the source hid entirely
 * (`https://~`, `<URL>`) is unknown; a partly hidden host (`muf[redacted].com`) is
 * unofficial when no official domain could end the way its visible tail does.
 */
function standing(u: ExtractedUrl, brands: readonly Brand[], lookups: BrandLookups, fromBrand: readonly Brand[]): LinkStanding {
  if (u.userinfoHost) return 'unofficial';
  if (u.host === '') return 'unknown';
  const hidden = u.host.lastIndexOf(']') + 1 || u.host.lastIndexOf('*') + 1;
  if (hidden > 0) {
    const tail = u.host.slice(hidden);
    const couldBe = tail.startsWith('.') && brands.some((b) => b.officialDomains.some((d) => `.${d}`.endsWith(tail)));
    return couldBe ? 'unknown' : 'unofficial';
  }
  const platform = lookups.platformOf(u.host);
  if (platform.length > 0 && brands.some((b) => platform.includes(b))) {
    // A LINE account link is LINE's own only when LINE's registered sender sends it; from
    // anyone else it proves nothing either way (a stranger can open an account too).
    return platform.some((b) => fromBrand.includes(b)) ? 'official' : 'unknown';
  }
  const official = lookups.officialForHost(u.host);
  if (brands.some((b) => official.includes(b))) return 'official';
  // Another listed brand's own site (a shop's map on maps.app.goo.gl, a bank's video on
  // youtu.be): nobody but that brand publishes there, so it is no page of an impersonator's.
  // Neither credit nor blame. A link carrying another address (…/url?q=https://…) is a redirect.
  // A host under a registrant-restricted name that only a vetted non-commercial body can hold (or.jp: a foundation, an association,
  // 日本赤十字社's jrc.or.jp; ac.jp, ed.jp: a school; JPRS checks the registrant, https://jprs.jp/about/dom-rule/): another body's
  // own site, linked by the message as where its matter is told, as another listed brand's is. Neither credit nor blame. (co.jp
  // is left out: one per company, but any company, and a shop's compromised site serves phishing pages.)
  if (onOwnSite(u) && VETTED_NONPROFIT.test(u.host)) return 'unknown';
  return official.length > 0 && onOwnSite(u) ? 'unknown' : 'unofficial';
}
const VETTED_NONPROFIT = /(?:^|\.)(?:or|ac|ed)\.jp$/;

const EMBEDDED_ADDRESS = /[?&#][^=]*=(?:https?(?::|%3a)|www\.)/i;

/**
 * The link opens a page on the host it names (a brand's own short link, amzn.to or maps.app.goo.gl,
 * opens only that brand's pages), not a redirect carrying another address in its query
 * (…/url?q=https://…).
 */
export function onOwnSite(u: ExtractedUrl): boolean {
  // Most links have no query: no '=', no address in one (asked of each link by several checks).
  return !u.redacted && !u.userinfoHost && !(u.normalized.includes('=') && EMBEDDED_ADDRESS.test(u.normalized));
}

const HEADER_OPEN = ['【', '[', '「', '『', '<', '(', '〈', '《'];
// A handle's shape: Latin letters with a digit, a dot, a hyphen or an underscore (tg_anzen_tenken, kabu.jp88).
const HANDLE_SHAPE = /[a-z][a-z0-9]*[0-9._-][a-z0-9._-]*|[0-9][a-z0-9._-]*[a-z]/;
const SPEAKING = ['です', 'より', 'からのお知らせ', 'からの重要', 'でございます', 'カスタマー', 'サポート', 'お客様センター', 'をご利用'];

/**
 * Whether the message speaks as the brand rather than about it: a 【header】, "…です/より", or
 * anything it asks (a link, a number, a messenger account written out, a lure). "市役所行ってくるね" from a handset names a
 * brand and asks nothing: someone talking about it, not a brand texting from a handset.
 */
function speaksAs(ctx: CheckContext, claim: BrandClaim): boolean {
  if (namedAsLandmark(ctx.norm.text, claim.matched)) return false;
  if (ctx.indicators.urls.length > 0 || ctx.indicators.phones.length > 0) return true;
  // A messenger account written out to go to ("担当LINE「tg_anzen_tenken」まで", "LINE ID: hoken_desk01"): a contact given, as a
  // number is.
  // Not the messenger the account is on ("当店LINE(ricco_hair01)から", "LINE ID: cafe_mori22"): the app named before the handle
  // is where the account is, the channel, not a brand speaking; a salon's own LINE ID claims no LINE.
  // Nor a brand named only as the means of something, a way to pay or the bank an account is at ("お支払いはPayPay対応です",
  // "PayPay・楽天ペイでのお支払いに対応"): a shop names the apps it takes, whatever else it asks (namedAsMeans); a link or a number
  // given beside it is still weighed above.
  if (namedAsMeans(ctx.norm.text, claim.matched)) return false;
  if (ctx.asks.some((a) => a.kind === 'messenger' && !a.quoted && HANDLE_SHAPE.test(a.channel.value) && !namesHandlesApp(ctx.norm.lower, claim.matched, a.channel.value))) return true;
  // Qualifiers ("送ったから", "心当たりがない場合", "ことはありません") assert and ask nothing by themselves.
  if (ctx.lures.some((l) => l.kind !== 'benign' && l.kind !== 'context' && l.kind !== 'negation')) return true;
  const text = ctx.norm.text;
  const at = text.indexOf(claim.matched);
  if (at < 0) return false;
  if (HEADER_OPEN.includes(text.slice(Math.max(0, at - 1), at))) return true;
  const after = text.slice(at + claim.matched.length, at + claim.matched.length + 8);
  return SPEAKING.some((w) => after.startsWith(w) || (w.length > 2 && after.includes(w))) || DEPARTMENT_SPEAKING.test(after);
}

// Right after a brand's name, words that make it the means of something: a way to pay ("対応", "払い", "でのお支払い", "がご利用
// いただけます", "使えます"), or the bank an account is at, paid into ("ゆうちょ銀行の口座へお振込み"; not "…銀行の口座が凍結", the
// lure's subject). A list reads on ("ゆうちょ銀行か楽天銀行にお振込み", "PayPay・楽天ペイでのお支払い").
const MEANS_AFTER = /^(?:(?:[・、,/／]|と|か|や|または|もしくは)\s*[^\s・、,。]{1,12}?)*\s*(?:対応|払い|決済|でのお支払|でお支払|がご利用|もご利用|ご利用いただけ|が使え|も使え|(?:の[^\s。、]{0,6}?口座)?(?:へ|に|まで)[^。！!?？\n]{0,10}?(?:お)?振(?:り)?込)/;

/** Whether every place `name` is written names it as the means of something (MEANS_AFTER): named, not speaking. */
export function namedAsMeans(text: string, name: string): boolean {
  let any = false;
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
    if (!MEANS_AFTER.test(text.slice(at + name.length, at + name.length + 40))) return false;
    any = true;
  }
  return any;
}

/** Whether `name` is written just before `handle` (a few characters between: " ID:", "(", "「", "@"): the app the handle is on. */
function namesHandlesApp(lower: string, name: string, handle: string): boolean {
  const n = name.toLowerCase();
  for (let at = lower.indexOf(n); at !== -1; at = lower.indexOf(n, at + 1)) {
    const h = lower.indexOf(handle.toLowerCase(), at + n.length);
    if (h !== -1 && h - (at + n.length) <= 8) return true;
  }
  return false;
}

// Right after a shop's or a station's name, words that make it a spot to meet or wait at ("ローソン前にいます", "セブンの駐車場で",
// "ファミマの向かい", "in front of the FamilyMart"): a driver, a rider or a friend says where they stand.
const LANDMARK_AFTER = /^\s*(?:の)?(?:前|横|隣|向かい|近く|そば|付近|駐車場|裏|角|入口|入り口)(?!払|金|納)/;
const LANDMARK_BEFORE_EN = /\b(?:in front of|next to|near|outside|opposite|behind|by)\s+(?:the\s+|a\s+)?$/i;

/**
 * Every mention of the brand is a landmark, unbracketed ("近くのローソン前にいます。何号棟か教えてもらえますか？"): the writer says where
 * they stand, and the shop claims nothing. A 【header】 or "ローソンです" speaks as it.
 */
function namedAsLandmark(text: string, matched: string): boolean {
  let any = false;
  for (let at = text.indexOf(matched); at >= 0; at = text.indexOf(matched, at + matched.length)) {
    if (HEADER_OPEN.includes(text.slice(Math.max(0, at - 1), at))) return false;
    const after = text.slice(at + matched.length, at + matched.length + 6);
    if (!LANDMARK_AFTER.test(after) && !LANDMARK_BEFORE_EN.test(text.slice(Math.max(0, at - 16), at))) return false;
    any = true;
  }
  return any;
}

// The brand's department or desk introducing itself right after the name ("国税局査察部です", "楽天カード不正検知室より"): the brand speaks.
const DEPARTMENT_SPEAKING = /^[一-龥ァ-ヶー]{0,5}(?:部|課|係|室|局)(?:です|より|でございます)/;

/** xs.map(f) by a loop: arrays map builds in optimised code have another shape, and the code reading them was compiled again. */
function listOf<T>(xs: readonly T[], f: (x: T) => string): string[] {
  const out: string[] = [];
  for (const x of xs) out.push(f(x));
  return out;
}

/** The claims' names joined by `sep`, as listOf(claims, c => c[key]).join(sep) writes them, without the array. */
function namesOf(claims: readonly BrandClaim[], key: 'name' | 'nameEn', sep: string): string {
  let out = '';
  for (let i = 0; i < claims.length; i++) out += (i > 0 ? sep : '') + (claims[i] as BrandClaim)[key];
  return out;
}

/** Its first two official domains joined by `sep`, as officialDomains.slice(0, 2).join(sep) writes them. */
function firstDomains(b: Brand, sep: string): string {
  const d = b.officialDomains;
  return d.length === 0 ? '' : d.length === 1 ? (d[0] as string) : (d[0] as string) + sep + (d[1] as string);
}

const NO_LOOKALIKES: readonly { url: ExtractedUrl; brand: Brand; token: string }[] = [];

// Kinds of sender a brand never uses for its notices unless it registered the number…
const UNLIKELY_FOR_BRANDS = new Set(['mobile', 'ip-phone', 'unknown']);
// A 00XX display (0032…, not 0005, which is classified apart) is a carrier's prefix put on a business route: no
// handset or rented 050 line shows one, so a number the classifier cannot place further is no evidence against a claim.
const CARRIER_PREFIXED = /^00[1-9]\d{5,}$/;
// …except where its people text customers from their own phones (delivery drivers).
const STAFF_TEXT_FROM_HANDSETS = new Set(['logistics', 'delivery', 'ecommerce']);
// …but not its desk: a customer centre, a call centre, a support centre (data/lures.json desk cues) is the company speaking, and
// it texts from the company's registered senders, not a person's handset ("Amazonお客様センター。…へお電話" from 080-…);
// nor its notice under its own heading (brandHeading: "【日本郵便】…" from 090-…).
const DESK_VOICE = /センター|customer (?:service|care)/;

// Brands that text no one who holds their product: a card network (Visa, Mastercard) keeps no cardholder's account, the issuer
// does and sends its alerts (Visa, Mastercard: contact the issuer on the number on the back of the card; 日本クレジット協会).
// Speaking as one, at the head of the message or in its heading, and asking something back is no notice of theirs, whatever line.
const NEVER_TEXT_HOLDERS = new Set(['card-network']);
// What a message asks back (a reply, data, a secret, a call to a number it writes, a page): not advice with no channel of its own.
function asksBack(ctx: CheckContext): boolean {
  return ctx.asks.some((a) => !a.quoted && (a.kind === 'reply-yes-no' || a.kind === 'reply-data' || a.kind === 'secret' || a.kind === 'share-code'
    || (a.kind === 'call' && a.channel.type !== 'unstated') || a.kind === 'open-link'));
}

// A person at one of the brand's outlets naming themself at the opening: the outlet (a shop, a branch, a sales office), then
// a surname, with a role between or not ("ドコモショップ〇〇店の鈴木です", "〇〇銀行〇〇支店の担当の田村です", "auショップの山田です").
// (Not a kind of person, 者 or 員: "ドコモの者です" names no one.)
const OUTLET_STAFF = /^\s*[^。、,!?！？\n【】「」]{1,24}?(?:店|支店|営業所|出張所|ショップ|shop)(?:の)?(?:担当|担当者|スタッフ|店長|営業|受付)?(?:の)?([一-龥]{1,4})(?<![者員])(?:です|と申します)/;

/**
 * A named person at one of the brand's shops or branches speaks from that outlet (OUTLET_STAFF), and whatever they ask goes
 * through the brand's own place, named and unwritten ("店舗までお電話ください", "ご来店ください": Ask.ownWay), with no number,
 * link or handle written: outlets' staff text their customers from the shop's or their own phones, as couriers' drivers do,
 * and a reader who answers does so through the shop they know. A number, a link or a reply asked keeps the claim weighed.
 */
function outletStaffOwnWay(ctx: CheckContext): boolean {
  if (ctx.indicators.urls.length > 0 || ctx.indicators.phones.length > 0) return false;
  if (!OUTLET_STAFF.test(ctx.norm.text)) return false;
  return ctx.asks.every((a) => a.quoted || a.ownWay === true);
}

// The brackets a notice's heading opens and closes with: 【日本郵便】, [ヤマト運輸], 《佐川急便》.
const HEADING = /^\s*[【[『《〈<]([^】\]』》〉>]{1,24})[】\]』》〉>]/;

/**
 * The message opens with a heading in brackets that names the brand it claims ("【日本郵便】ゆうパックの…", "[クロネコ]…"):
 * the company's notice, as its registered senders send it. A courier's driver texting from their own phone writes as
 * themselves ("ヤマト運輸の佐藤です", "佐川急便の者です"), not under the company's heading.
 */
export function brandHeading(ctx: Pick<CheckContext, 'norm' | 'brands' | 'reported'>): boolean {
  if (ctx.reported) return false;
  const m = HEADING.exec(ctx.norm.text);
  if (m === null) return false;
  const inside = m[1] as string;
  const lower = inside.toLowerCase();
  return ctx.brands.some((b) => lower.includes(b.matched.toLowerCase()));
}

/** The message speaks as the company's desk, unquoted ("Amazonお客様センター。", "カスタマーセンターです"); not a desk named as a place ("…に電話したら", "…へお問い合わせを"). */
function deskVoice(ctx: CheckContext): boolean {
  return ctx.lures.some((l) => l.category === 'desk' && !l.quoted && DESK_VOICE.test(l.cue) && !placeOrObject(ctx.norm.text, l.index, l.cue.length));
}

export function createBrandCheck(registry: BrandRegistry, weights: Weights, lookups: BrandLookups = createBrandLookups(registry)): Check {
  return (ctx) => {
    const reasons: Reason[] = [];
    const urls = ctx.indicators.urls;

    // Look-alike hosts, claimed in the text or not. (Most messages have no link: no array then.)
    let lookalikes = NO_LOOKALIKES as { url: ExtractedUrl; brand: Brand; token: string }[];
    for (const u of urls) {
      const hit = u.isShortener ? undefined : lookups.lookalike(u.host);
      if (hit) (lookalikes === NO_LOOKALIKES ? (lookalikes = []) : lookalikes).push({ url: u, brand: hit.brand, token: hit.token });
      else if (u.userinfoHost) {
        const viaUser = lookups.officialForHost(u.userinfoHost)[0] ?? lookups.lookalike(u.userinfoHost)?.brand;
        if (viaUser) (lookalikes === NO_LOOKALIKES ? (lookalikes = []) : lookalikes).push({ url: u, brand: viaUser, token: u.userinfoHost });
      }
    }
    if (lookalikes.length > 0) {
      const first = lookalikes[0]!;
      reasons.push(reason('BRAND_LOOKALIKE_DOMAIN', weights.BRAND_LOOKALIKE_DOMAIN, () => ({
        en: `${first.url.host} imitates ${first.brand.nameEn} but is not one of its domains (${firstDomains(first.brand, ', ')})`,
        ja: `${first.url.host} は${first.brand.name}に似せたドメインですが、公式ドメイン（${firstDomains(first.brand, '、')}）ではありません`,
        detail: { brand: first.brand.id, hosts: lookalikes.map((l) => l.url.host), official: first.brand.officialDomains },
      })));
    }

    // Read, never changed: no copy.
    const claims = ctx.brands;
    if (claims.length === 0) return reasons;
    // A loop, not map and filter: their arrays change shape once optimised, and the code reading them was compiled again.
    const claimed: Brand[] = [];
    for (const c of claims) {
      const b = lookups.byId(c.brandId);
      if (b !== undefined) claimed.push(b);
    }
    const main = claims.find((c) => c.prominent) ?? claims[0]!;
    const mainBrand = lookups.byId(main.brandId)!;
    reasons.push(reason('BRAND_CLAIMED', weights.BRAND_CLAIMED, () => ({
      en: `Claims to be from ${namesOf(claims, 'nameEn', ', ')}`,
      ja: `${namesOf(claims, 'name', '、')}を名乗っています`,
      detail: { brands: listOf(claims, (c) => c.brandId), matched: listOf(claims, (c) => c.matched) },
    })));

    const fromBrand = ctx.sender ? lookups.officialForSender(ctx.sender) : [];
    let allOfficial = false;
    if (urls.length > 0) {
      const standings: ReturnType<typeof standing>[] = [];
      const unofficial: (typeof urls)[number][] = [];
      for (const u of urls) {
        const st = standing(u, claimed, lookups, fromBrand);
        standings.push(st);
        if (st === 'unofficial') unofficial.push(u);
      }
      if (unofficial.length > 0) {
        const shown = listOf(unofficial, (u) => u.host || u.raw);
        reasons.push(reason('BRAND_UNOFFICIAL_DOMAIN', weights.BRAND_UNOFFICIAL_DOMAIN, () => ({
          en: `Claims to be ${mainBrand.nameEn}, but links to ${shown.slice(0, 2).join(', ')}, not its official domain (${firstDomains(mainBrand, ', ') || 'none listed'})`,
          ja: `${mainBrand.name}を名乗っていますが、リンク先（${shown.slice(0, 2).join('、')}）は公式ドメイン（${firstDomains(mainBrand, '、') || '登録なし'}）ではありません`,
          detail: { brand: mainBrand.id, hosts: shown, official: mainBrand.officialDomains },
        })));
      } else if (standings.every((st) => st === 'official')) {
        allOfficial = true;
        reasons.push(reason('BRAND_OFFICIAL_DOMAIN', weights.BRAND_OFFICIAL_DOMAIN, () => ({
          en: `Every link is on ${mainBrand.nameEn}'s official domains`,
          ja: `リンク先はすべて${mainBrand.name}の公式ドメインです`,
          detail: { brand: mainBrand.id, hosts: urls.map((u) => u.host) },
        })));
      }
    }

    const sender = ctx.sender;
    if (sender) {
      const official = fromBrand.filter((b) => claimed.includes(b));
      // Anyone can put letters in the sender field: a listed ID is the brand's only when the
      // message also keeps to the brand's own links, or asks nothing at all.
      const spoofable = sender.kind === 'alphanumeric';
      const asksNothing = urls.length === 0 && ctx.indicators.phones.length === 0 && !ctx.asks.some((a) => !a.quoted);
      if (official.length > 0 && spoofable && !allOfficial && !asksNothing) {
        // No credit and no penalty: sender-route weighs an ID against its links.
      } else if (official.length > 0) {
        reasons.push(reason('BRAND_OFFICIAL_SENDER', weights.BRAND_OFFICIAL_SENDER, () => ({
          en: `Sender ${sender.raw} is registered for ${official[0]!.nameEn}`,
          ja: `送信元 ${sender.raw} は${official[0]!.name}の公式の送信元です`,
          detail: { brand: official[0]!.id, sender: sender.normalized },
        })));
      } else if (UNLIKELY_FOR_BRANDS.has(sender.kind) && !CARRIER_PREFIXED.test(sender.normalized) && (!STAFF_TEXT_FROM_HANDSETS.has(mainBrand.category) || deskVoice(ctx) || brandHeading(ctx)) && speaksAs(ctx, main) && !outletStaffOwnWay(ctx)) {
        reasons.push(reason('BRAND_UNOFFICIAL_SENDER', weights.BRAND_UNOFFICIAL_SENDER, () => ({
          en: `Claims to be ${mainBrand.nameEn}, but was sent from ${sender.kind === 'mobile' ? 'a personal mobile number' : 'a number'} (${sender.raw}) it does not use`,
          ja: `${mainBrand.name}を名乗っていますが、${sender.kind === 'mobile' ? '個人の携帯電話番号' : '公式ではない番号'}（${sender.raw}）から送信されています`,
          detail: { brand: mainBrand.id, sender: sender.normalized, kind: sender.kind },
        })));
      } else if (NEVER_TEXT_HOLDERS.has(mainBrand.category) && main.prominent && !ctx.reported && !ctx.person && asksBack(ctx)) {
        reasons.push(reason('BRAND_UNOFFICIAL_SENDER', weights.BRAND_UNOFFICIAL_SENDER, () => ({
          en: `Speaks as ${mainBrand.nameEn}, a card network that keeps no cardholder's account and texts no cardholder (the card's issuer does): whatever the sender (${sender.raw}), it is not ${mainBrand.nameEn}`,
          ja: `${mainBrand.name}（国際ブランド）を名乗っていますが、国際ブランドはカード会員の口座を持たず、会員にSMSを送ることはありません（連絡するのはカード発行会社です）。送信元（${sender.raw}）が何であれ${mainBrand.name}ではありません`,
          detail: { brand: mainBrand.id, sender: sender.normalized, kind: sender.kind },
        })));
      }
    }
    return reasons;
  };
}
