// URL tricks, one reason per trick per message (a message with five links does not
// score five times): shorteners, raw IPs, IDN, user@host, obfuscation, risky TLDs,
// dynamic DNS and free hosting, scheme-less links, placeholders, machine-made hosts.
import { reason } from '../reason.js';
import { asksLogin, speaksAsInstitution } from '../asks/types.js';
import type { Check, Weights } from '../check.js';
import { toldOwnSite } from './told-own-site.js';
import type { Parsed } from '../scores.js';
import type { ExtractedUrl, Reason, ReasonCode } from '../types.js';
import { gated } from '../match/literals.js';

export interface FreeHost {
  /** Host suffix ('web.app' covers 'x.web.app'). */
  readonly host: string;
  /** Only links whose path starts with this ('/forms' on docs.google.com). */
  readonly path?: string;
  /** Brand id running the platform: its own registered sender may link there without the signal. */
  readonly platform?: string;
}

export interface UrlRiskData {
  readonly suspiciousTlds: readonly string[];
  readonly dynamicDns: readonly string[];
  /** Free hosting and form services where anyone publishes a page in minutes. */
  readonly freeHosting?: readonly FreeHost[];
  /** TLDs and site builders above that small businesses also keep their own sites on. */
  readonly ownSiteHosts?: { readonly tlds: readonly string[]; readonly hosts: readonly string[] };
  /**
   * Words of an instruction (kakunin, kaijo, login, verify…): a registered name made of one is a
   * page made for the message that links to it; no organisation names its own site after what it asks.
   */
  readonly actionWords?: readonly string[];
}

export function parseUrlRiskData(json: unknown): Parsed<UrlRiskData> {
  const j = (json ?? {}) as { suspiciousTlds?: unknown; dynamicDns?: unknown; sources?: unknown };
  const isList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string' && /^[a-z0-9.-]+$/.test(x));
  if (!isList(j.suspiciousTlds)) return { ok: false, error: 'suspiciousTlds must be a list of lower-case labels' };
  if (!isList(j.dynamicDns)) return { ok: false, error: 'dynamicDns must be a list of lower-case suffixes' };
  if (!Array.isArray(j.sources) || j.sources.length === 0) return { ok: false, error: 'sources must name where the lists come from' };
  const free: FreeHost[] = [];
  const rawFree = (json as { freeHosting?: unknown }).freeHosting ?? [];
  if (!Array.isArray(rawFree)) return { ok: false, error: 'freeHosting must be a list of { host, path?, platform? }' };
  for (const [i, e] of rawFree.entries()) {
    const { host, path, platform } = (e ?? {}) as { host?: unknown; path?: unknown; platform?: unknown };
    if (typeof host !== 'string' || !/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/.test(host)) return { ok: false, error: `freeHosting[${i}].host must be a lower-case host` };
    if (path !== undefined && (typeof path !== 'string' || !path.startsWith('/'))) return { ok: false, error: `freeHosting[${i}].path must start with '/'` };
    if (platform !== undefined && (typeof platform !== 'string' || platform === '')) return { ok: false, error: `freeHosting[${i}].platform must be a brand id` };
    free.push({ host, ...(path !== undefined ? { path: path as string } : {}), ...(platform !== undefined ? { platform: platform as string } : {}) });
  }
  const own = (json as { ownSiteHosts?: { tlds?: unknown; hosts?: unknown } }).ownSiteHosts;
  if (own !== undefined && (!isList(own.tlds) || !isList(own.hosts))) return { ok: false, error: 'ownSiteHosts must be { tlds: [...], hosts: [...] } of lower-case names' };
  const action = (json as { actionWords?: unknown }).actionWords;
  if (action !== undefined && !isList(action)) return { ok: false, error: 'actionWords must be a list of lower-case words' };
  return { ok: true, value: { suspiciousTlds: j.suspiciousTlds, dynamicDns: j.dynamicDns, freeHosting: free, ...(own ? { ownSiteHosts: { tlds: own.tlds as string[], hosts: own.hosts as string[] } } : {}), ...(action ? { actionWords: action as string[] } : {}) } };
}

type Explain = (hosts: string) => { en: string; ja: string };

const EXPLAIN: Partial<Record<ReasonCode, Explain>> = {
  URL_SHORTENER: (h) => ({ en: `Link through a URL shortener (${h}) hides where it leads`, ja: `短縮URL（${h}）で本当のリンク先が隠されています` }),
  URL_IP_HOST: (h) => ({ en: `Link to a raw IP address (${h}) instead of a name`, ja: `ドメイン名ではなくIPアドレス（${h}）へのリンクです` }),
  URL_IDN: (h) => ({ en: `Internationalised domain (${h}) can imitate a familiar name`, ja: `国際化ドメイン（${h}）は有名な名前に似せることができます` }),
  URL_USERINFO: (h) => ({ en: `Link hides its real host behind "name@" (${h})`, ja: `「名前@」の形で本当の接続先（${h}）を隠しています` }),
  URL_OBFUSCATED: (h) => ({ en: `Link written to dodge filters (${h})`, ja: `フィルタを避けるための細工がされたリンクです（${h}）` }),
  URL_SUSPICIOUS_TLD: (h) => ({ en: `Domain under a top-level domain much used for phishing (${h})`, ja: `フィッシングに多用されるトップレベルドメインです（${h}）` }),
  URL_DYNAMIC_DNS: (h) => ({ en: `Host on a dynamic-DNS or free-hosting service (${h})`, ja: `誰でもすぐ作れるダイナミックDNS・無料ホスティング上のリンクです（${h}）` }),
  URL_NO_SCHEME: (h) => ({ en: `Link written without "https://" (${h}), a way past link filters`, ja: `「https://」を省いたリンクです（${h}）` }),
  URL_REDACTED: (h) => ({ en: `A link was here (${h}); its address was not shown in full`, ja: `リンクが含まれています（${h}）` }),
  URL_FREE_HOSTING: (h) => ({ en: `Page on a free hosting or form service anyone can publish on (${h})`, ja: `誰でもすぐにページやフォームを作れる無料サービス上のリンクです（${h}）` }),
  URL_ACTION_NAME: (h) => ({ en: `Link's name is an instruction (${h}): a page made for this message, not an organisation's site`, ja: `リンク先の名前が「確認」「解除」「ログイン」などの指示語です（${h}）。組織のサイトではなく、このメッセージのために作られたページです` }),
  URL_DRESSED_HOST: (h) => ({ en: `Link's name reads as an address it is not (${h}): a registry's or a country's word worn inside someone else's name`, ja: `リンク先の名前が別のアドレスに見えるよう作られています（${h}）。「.com」「.net」「jp」などを他人のドメイン名の一部に入れたものです` }),
  URL_RANDOM_HOST: (h) => ({ en: `Machine-generated looking host name (${h})`, ja: `機械的に生成されたようなホスト名です（${h}）` }),
};

/** A host label that no person picked: long, few vowels, digits mixed into letters. */
export function looksRandom(label: string): boolean {
  if (label.length < 6 || label.startsWith('xn--')) return false;
  // Counted in one pass (no intermediate strings): letters a–z, vowels among them, hyphens, and whether a letter and a
  // digit stand side by side (/[a-z]\d|\d[a-z]/; the pattern, run on the few labels that get that far, showed in
  // profiles of the engine at some 2% of a message's time, fifty times what it costs on its own).
  let letters = 0;
  let vowels = 0;
  let hyphens = 0;
  let mixed = false;
  let prev = 0;
  for (let i = 0; i < label.length; i++) {
    const c = label.charCodeAt(i);
    if (c >= 97 && c <= 122) {
      letters++;
      if (c === 97 || c === 101 || c === 105 || c === 111 || c === 117) vowels++;
      if (prev >= 48 && prev <= 57) mixed = true;
    } else if (c >= 48 && c <= 57) {
      if (prev >= 97 && prev <= 122) mixed = true;
    } else if (c === 45) hyphens++;
    prev = c;
  }
  const digits = label.length - letters - hyphens;
  if (letters >= 6 && vowels / letters < 0.2) return true;
  if (digits >= 2 && letters >= 3 && mixed && label.length >= 7) return true;
  return false;
}

/** Whether the host, or a parent of it after any dot, is in the set: one set lookup per dot, not a string per entry. */
function underListed(hosts: ReadonlySet<string>, host: string): boolean {
  if (hosts.has(host)) return true;
  for (let at = host.indexOf('.'); at !== -1; at = host.indexOf('.', at + 1)) if (hosts.has(host.slice(at + 1))) return true;
  return false;
}

/** Where a link points, as far as the URL risk lists tell: the lookups both URL checks share. */
function createHostLookups(risk: UrlRiskData, official?: { officialForHost(host: string): readonly unknown[] }) {
  const isOfficial = (host: string): boolean => official !== undefined && official.officialForHost(host).length > 0;
  const tlds = new Set(risk.suspiciousTlds);
  const dyn = new Set(risk.dynamicDns.map((d) => d.toLowerCase()));
  const onDynamic = (host: string): boolean => underListed(dyn, host);
  const free = new Map<string, FreeHost[]>();
  for (const f of risk.freeHosting ?? []) free.set(f.host, [...(free.get(f.host) ?? []), f]);
  /** The free-hosting entry this link is on, if any: the host or a parent domain, then the path. */
  const onFreeHost = (host: string, path: string): FreeHost | undefined => {
    if (free.size === 0) return undefined;
    for (let at = -1; ; ) {
      const list = free.get(at < 0 ? host : host.slice(at + 1));
      const hit = list?.find((f) => f.path === undefined || path.startsWith(f.path));
      if (hit) return hit;
      at = host.indexOf('.', at + 1);
      if (at < 0) return undefined;
    }
  };
  const actions = risk.actionWords ?? [];
  // A part is an instruction word, or holds one of six letters or more: one Set lookup per part,
  // and the longer words searched only in parts long enough to hold them.
  const actionWords = new Set(actions);
  const longActions = actions.filter((w) => w.length >= 6);
  // One scan of a part for all the longer words, not one search per word (some two dozen).
  const holdsLong = longActions.length === 0 ? null : new RegExp(longActions.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
  const actionPart = (part: string): boolean => {
    if (actionWords.has(part)) return true;
    return part.length >= 6 && holdsLong !== null && holdsLong.test(part);
  };
  /** The registered name, split at hyphens, has a part that is or holds an instruction word (mufg-kakunin, kaijo-center, smbc-login). */
  const namedUncached = (domain: string, suffix: string | null): boolean => {
    const label = domain.slice(0, domain.length - (suffix?.length ?? 0) - 1);
    // The parts between hyphens, as label.split('-') gives them, without the array.
    for (let from = 0; ; ) {
      const dash = label.indexOf('-', from);
      if (actionPart(dash === -1 ? label.slice(from) : label.slice(from, dash))) return true;
      if (dash === -1) return false;
      from = dash + 1;
    }
  };
  // The URL check and the ask-channel check (through throwaway hosts) ask it of the same link in turn.
  let lastDomain: string | null = null;
  let lastSuffix: string | null = null;
  let lastNamed = false;
  const namedForAction = (u: ExtractedUrl): boolean => {
    if (actions.length === 0 || !u.domain) return false;
    if (u.domain !== lastDomain || u.suffix !== lastSuffix) {
      lastNamed = namedUncached(u.domain, u.suffix);
      lastDomain = u.domain;
      lastSuffix = u.suffix;
    }
    return lastNamed;
  };
  return { isOfficial, tlds, onDynamic, onFreeHost, namedForAction };
}

/**
 * Why a host is one nobody vouches for: a public shortener, a raw IP or dynamic DNS ('address'), a
 * name made of an instruction ('named'), a name dressed as an official one ('dressed'), a
 * phishing-heavy TLD, free hosting or forms.
 */
export type ThrowawayKind = 'shortener' | 'address' | 'named' | 'dressed' | 'tld' | 'free-hosting';

/**
 * A page built for the message as checks/made-page.ts reads it: a throwaway host, or a page on a cheap TLD a small
 * business also keeps its own site on (.shop, .site, .store, .online: 'shop-tld'), which is a shop's own only for what a
 * shop sells and is counted there only beside a lure or money told, as a site builder's page is; or any other host
 * nobody we know owns, vouches for or lends, on a suffix no ordinary business keeps its own site on ('unvouched': not a
 * listed brand's, not a platform's, not under a vetted registrant's go.jp, lg.jp or co.jp, not .jp, .com, .net or .org;
 * engine.ts), which made-page.ts counts only beside a lure word in no person's voice.
 */
export type MadePageKind = ThrowawayKind | 'shop-tld' | 'unvouched';

/**
 * A Japanese registry's second-level word written as a label of an ordinary name (nta-go-jp.top,
 * amazon-co-jp.prime-pay.top, hikin-henkan.gov-jp.org, shizei-nofu.lg-jp.cfd, monex.com-jp.net):
 * go.jp, lg.jp and co.jp are restricted to the bodies and companies they name, so a host that wears
 * them with a hyphen is dressed as one it is not.
 */
const SUFFIX_AS_LABEL = gated(/(?:^|[.-])(?:go|gov|lg|co|or|ne|ac|ed|ad|gr|com|net)-jp(?:$|[.-])/);

/**
 * A host dressed as an official one: a Japanese registry's second-level word worn as a label
 * (SUFFIX_AS_LABEL: nta-go-jp.top, hikin-henkan.gov-jp.org). No organisation's own site is one; its
 * real host (go.jp, co.jp, its .com) is checked first and is never dressed.
 */
export function dressedHost(u: ExtractedUrl): boolean {
  if (u.host === '' || u.isIp) return false;
  const suffix = u.suffix ?? '';
  // The labels the registrant chose (the suffix itself is the registry's).
  const own = suffix === '' ? u.host : u.host.slice(0, Math.max(0, u.host.length - suffix.length - 1));
  return SUFFIX_AS_LABEL.test(own);
}

/**
 * A name bought under a private registry that sells 'jp' under a generic TLD (cashback-sec.jp.net, x.jpn.com): the
 * address reads as Japanese and is not JPRS's. Cheap and unvetted, but a small business may hold one, so it is read as
 * built for the message only beside a lure (checks/made-page.ts), not on its own as a throwaway host.
 */
export function underJpResale(u: ExtractedUrl): boolean {
  const suffix = u.suffix ?? '';
  return suffix.includes('.') && !suffix.endsWith('.jp') && /(?:^|\.)jpn?\./.test(suffix);
}

// Top-level and registry words a reader takes for the end of an address: a host that wears one as a label of its own, or as
// the first hyphenated part of its registered name, reads as ending there (bukken-kariosae.com.tw-room.top reads as
// bukken-kariosae.com.tw; photo-data.store-dl.com as photo-data.store; genjou-kaifuku.net-mypage.org as genjou-kaifuku.net).
const ADDRESS_END_WORDS: ReadonlySet<string> = new Set(['com', 'net', 'org', 'co', 'jp', 'ne', 'or', 'go', 'lg', 'gov', 'info', 'biz', 'store', 'shop', 'site', 'online', 'app', 'dev']);
// Sub-domains an ordinary site keeps in front of its own name.
const PLAIN_SUBDOMAIN = /^(?:www\d?|m|mail|web|app|shop|store|my|secure|account|support|help|blog|news|info)$/;

/**
 * A host that reads as an address it is not: under a sub-domain the registrant chose, a label that is a top-level or
 * registry word (bukken-kariosae.com.tw-room.top), a registered name whose first hyphenated part is one
 * (photo-data.store-dl.com, genjou-kaifuku.net-mypage.org, hoken-shuuri.jp-support.site), or one that ends in the country's
 * code worn as a word (oil-coupon.garage-jp.xyz, trimming-yoyaku.pages-jp.dev). An organisation's own site is under its own
 * name, and the words in front of it name its pages, not a second address; across the dev and corpus rows only lures hold such
 * hosts. Read as dressed by checks/made-page.ts, which counts it only beside a lure, money told or the customer's business.
 */
export function readsAsOtherAddress(u: ExtractedUrl): boolean {
  if (u.host === '' || u.isIp || u.domain === null || u.host === u.domain) return false;
  const suffix = u.suffix ?? '';
  const registered = u.domain.slice(0, Math.max(0, u.domain.length - suffix.length - 1));
  const subs = u.host.slice(0, u.host.length - u.domain.length - 1).split('.');
  if (registered === '' || subs.every((l) => PLAIN_SUBDOMAIN.test(l))) return false;
  if (subs.some((l) => ADDRESS_END_WORDS.has(l))) return true;
  const parts = registered.split('-');
  return parts.length >= 2 && (ADDRESS_END_WORDS.has(parts[0] as string) || parts[parts.length - 1] === 'jp');
}

/**
 * A host no organisation keeps its own site on: a top-level domain much used for phishing, a
 * free hosting or form service, a raw IP, dynamic DNS, a public shortener, a name made of an
 * instruction (kakunin, kaijo, login; a brand's own hosts excepted). A business or office linking there from a number it does not own is using a page
 * anyone made in minutes, whatever name it gives.
 */
export function createThrowawayHost(risk: UrlRiskData, official?: { officialForHost(host: string): readonly unknown[] }): (u: ExtractedUrl, senderBrands: readonly string[]) => ThrowawayKind | false {
  const { isOfficial, tlds, onDynamic, onFreeHost, namedForAction } = createHostLookups(risk, official);
  const shopTlds = new Set(risk.ownSiteHosts?.tlds ?? []);
  const shopHosts = new Set(risk.ownSiteHosts?.hosts ?? []);
  const onShopHost = (host: string): boolean => underListed(shopHosts, host);
  return (u, senderBrands) => {
    if (u.host === '' || isOfficial(u.host)) return false;
    if (u.isShortener) return 'shortener';
    if (u.isIp || onDynamic(u.host)) return 'address';
    if (namedForAction(u)) return 'named';
    if (dressedHost(u)) return 'dressed';
    const tld = u.suffix ? u.suffix.slice(u.suffix.lastIndexOf('.') + 1) : undefined;
    if (onShopHost(u.host) || (tld !== undefined && shopTlds.has(tld))) return false;
    if (tld && tlds.has(tld)) return 'tld';
    const hosting = onFreeHost(u.host, u.path);
    return hosting !== undefined && !(hosting.platform !== undefined && senderBrands.includes(hosting.platform)) ? 'free-hosting' : false;
  };
}

/**
 * The kind of page built for the message a link opens, for checks/made-page.ts: a throwaway host (above); a site
 * builder's page (jimdofree.com, wixsite.com, notion.site), which createThrowawayHost spares because small shops keep
 * their own sites there too, read as the free host it is ('free-hosting'); a name under a private 'jp' registry
 * (underJpResale) or one letter from a listed brand's own or platform domain (line.ee beside LINE's lin.ee:
 * brands/check.ts nearMiss), read as dressed. made-page.ts counts each only beside a lure, money or a deadline told. A
 * cheap TLD a small business also keeps its own site on (.shop, .site) is not one.
 */
export function createMadePageKind(
  risk: UrlRiskData,
  throwaway: (u: ExtractedUrl, senderBrands: readonly string[]) => ThrowawayKind | false,
  brands?: { officialForHost(host: string): readonly unknown[]; nearMiss?(domain: string): boolean },
): (u: ExtractedUrl, senderBrands: readonly string[]) => MadePageKind | false {
  const builders = new Set(risk.ownSiteHosts?.hosts ?? []);
  const onBuilder = (host: string): boolean => underListed(builders, host);
  const shopTlds = new Set(risk.ownSiteHosts?.tlds ?? []);
  return (u, senderBrands) => {
    const kind = throwaway(u, senderBrands);
    if (kind !== false) return kind;
    if (u.host === '' || u.isIp || (brands !== undefined && brands.officialForHost(u.host).length > 0)) return false;
    if (underJpResale(u) || readsAsOtherAddress(u) || (u.domain !== null && brands?.nearMiss?.(u.domain) === true)) return 'dressed';
    // The builder's own site (jimdo.com's pages about itself) is not under a sub-domain a user made.
    if (u.domain !== null && u.host !== u.domain && onBuilder(u.host)) return 'free-hosting';
    // A cheap TLD spared as a small shop's own (.shop, .site): a shop's for what it sells, not for a subsidy, a fee, a
    // fine or a job; made-page.ts weighs it as a builder's page, only beside a lure or money told.
    const tld = u.suffix ? u.suffix.slice(u.suffix.lastIndexOf('.') + 1) : '';
    return shopTlds.has(tld) ? 'shop-tld' : false;
  };
}

/**
 * A link that does not show where it leads, or leads to a page anyone put up in minutes: a
 * throwaway host (above), a site builder's or free host's page (notion.site, wixsite.com: small
 * shops keep sites there too, so createThrowawayHost spares them), a cheap top-level domain, or a
 * machine-made name. Nothing in the address tells the reader whose page it is; a brand's own host
 * and a registrant-restricted one (go.jp, co.jp) do.
 */
export function createHiddenDestination(
  risk: UrlRiskData,
  official?: { officialForHost(host: string): readonly unknown[]; restricted?(host: string): boolean },
  // The engine's own classifier, when it has one: its memo of hosts serves both.
  throwaway: ReturnType<typeof createThrowawayHost> = createThrowawayHost(risk, official),
): (u: ExtractedUrl) => boolean {
  const builders = new Set([...(risk.ownSiteHosts?.hosts ?? []), ...(risk.freeHosting ?? []).map((f) => f.host)]);
  const cheap = new Set([...risk.suspiciousTlds, ...(risk.ownSiteHosts?.tlds ?? [])]);
  const onBuilder = (host: string): boolean => underListed(builders, host);
  return (u) => {
    if (u.host === '' || u.redacted || (official !== undefined && (official.officialForHost(u.host).length > 0 || official.restricted?.(u.host) === true))) return false;
    if (throwaway(u, []) !== false || onBuilder(u.host)) return true;
    const tld = u.suffix ? u.suffix.slice(u.suffix.lastIndexOf('.') + 1) : '';
    if (cheap.has(tld)) return true;
    const label = u.domain ? u.domain.slice(0, u.domain.length - (u.suffix?.length ?? 0) - 1) : '';
    return label !== '' && looksRandom(label);
  };
}

/**
 * `official` (the brand registry's officialForHost) exempts a brand's own hosts from the
 * tricks that only matter on hosts anyone can register: amzn.asia is Amazon's, not a cheap
 * .asia domain, and maps.app.goo.gl is Google's, not the goo.gl shortener.
 */
export function createUrlSuspectCheck(risk: UrlRiskData, weights: Weights, official?: { officialForHost(host: string): readonly unknown[] }): Check {
  const { isOfficial, tlds, onDynamic, onFreeHost, namedForAction } = createHostLookups(risk, official);
  return (ctx) => {
    const urls = ctx.indicators.urls;
    if (urls.length === 0) return [];
    const senderBrands = ctx.sender?.brandIds ?? [];
    const found = new Map<ReasonCode, string[]>();
    const add = (code: ReasonCode, u: ExtractedUrl): void => {
      const list = found.get(code) ?? [];
      const shown = u.host || u.raw;
      if (!list.includes(shown)) list.push(shown);
      found.set(code, list);
    };
    const obfuscated = ctx.norm.tricks.some((t) => t === 'defanged' || t === 'space-in-url' || t === 'dot-substitute');
    const ownSite = toldOwnSite(ctx);
    // A sign-in asked on the page serves whoever made it, as a claim or a lure does.
    const pushes = ctx.brands.length > 0 || ctx.lures.some((l) => !l.quoted && (l.kind === 'lure' || l.kind === 'pressure' || (l.kind === 'register' && l.category === 'business'))) || speaksAsInstitution(ctx)
      || (!ctx.reported && asksLogin(ctx));
    for (const u of urls) {
      if (u.redacted) add('URL_REDACTED', u);
      if (u.host === '') continue;
      const brandOwned = isOfficial(u.host);
      if (u.isShortener && !brandOwned) add('URL_SHORTENER', u);
      if (u.isIp) add('URL_IP_HOST', u);
      if (u.isIdn) add('URL_IDN', u);
      if (u.userinfoHost) add('URL_USERINFO', u);
      if (!u.hadScheme && !u.isShortener) add('URL_NO_SCHEME', u);
      const tld = u.suffix ? u.suffix.slice(u.suffix.lastIndexOf('.') + 1) : undefined;
      // (Not for a site told as the writer's own or a friend's, with nothing claimed, lured or sold: checks/told-own-site.ts.)
      if (tld && tlds.has(tld) && !brandOwned && !ownSite) add('URL_SUSPICIOUS_TLD', u);
      if (onDynamic(u.host)) add('URL_DYNAMIC_DNS', u);
      const hosting = onFreeHost(u.host, u.path);
      // The platform's own registered sender linking to its own service is not a stranger's page.
      // A form or page anyone can make is a stranger's trap when it serves a claim or a lure, or takes a login; from
      // someone who claims and pushes nothing it is their own (a club's attendance form).
      if (hosting && !(hosting.platform !== undefined && senderBrands.includes(hosting.platform)) && pushes) add('URL_FREE_HOSTING', u);
      const label = u.domain ? u.domain.slice(0, u.domain.length - (u.suffix?.length ?? 0) - 1) : '';
      if (!u.isShortener && !brandOwned && label && looksRandom(label)) add('URL_RANDOM_HOST', u);
      // The name is the instruction of the message that sends it; one that reports a scam instructs nothing.
      if (!ctx.reported && !u.isShortener && !brandOwned && namedForAction(u)) add('URL_ACTION_NAME', u);
      // A name dressed as an official one or as another address (nta-go-jp.top, photo-data.store-dl.com): no organisation's own
      // site wears a registry's word inside someone else's name. One that reports a scam shows it, and asks nothing.
      if (!ctx.reported && !u.isShortener && !brandOwned && (dressedHost(u) || readsAsOtherAddress(u))) add('URL_DRESSED_HOST', u);
    }
    // A link spaced apart so a chat app will not preview it is how people write their own site too (told-own-site.ts); a
    // defanged one or one with its dot spelt out is a warning's or a lure's, whoever tells it.
    const spacedOwn = ownSite && !ctx.norm.tricks.some((t) => t === 'defanged' || t === 'dot-substitute' || t === 'zero-width');
    if ((obfuscated && !spacedOwn) || ctx.norm.tricks.includes('zero-width') && urls.length > 0) {
      for (const u of urls) add('URL_OBFUSCATED', u);
    }
    const reasons: Reason[] = [];
    for (const [code, hosts] of found) {
      const explain = EXPLAIN[code];
      if (!explain) continue;
      reasons.push(reason(code, weights[code], () => {
        const { en, ja } = explain(hosts.slice(0, 3).join(', '));
        return { en, ja, detail: { hosts } };
      }));
    }
    return reasons;
  };
}
