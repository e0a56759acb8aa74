// The brand registry (data/brands.json): who lures pretend to be, and what is genuinely theirs.
import type { Parsed } from '../scores.js';
import { parseKinds, type InstitutionKind } from './kinds.js';

export interface Brand {
  readonly id: string;
  /** Japanese display name, e.g. '三菱UFJ銀行'. */
  readonly name: string;
  readonly nameEn: string;
  readonly category: string;
  /** Names as they appear in messages (Japanese, English, abbreviations). */
  readonly variants: readonly string[];
  /** Host suffixes its genuine messages link to (`bk.mufg.jp` covers `www.bk.mufg.jp`). */
  readonly officialDomains: readonly string[];
  /**
   * Hosts the brand runs where anyone can publish (LINE's lin.ee / line.me accounts, Google
   * Forms and Sites, cloud storage): the brand's own only when its registered sender sends them.
   */
  readonly platformDomains: readonly string[];
  /** Sender numbers (national digits) and sender IDs reported for its genuine SMS. */
  readonly officialSenders: readonly string[];
  /**
   * Names of the brand's own apps as its store pages and notices write them ('クロネコヤマト公式アプリ', 'Smart Club'):
   * one named to be installed is the brand's own way, whoever names it; another name under the brand's is no app of its.
   */
  readonly officialApps: readonly string[];
  /** Strings that betray imitation inside an unofficial domain ('mufg' in 'mufgug.com'). */
  readonly lookalikeTokens: readonly string[];
  readonly sources: readonly string[];
}

export interface BrandRegistry {
  readonly brands: readonly Brand[];
  /**
   * Japanese second-level domains whose registrant JPRS vets, one domain per organisation of
   * the named kind (go.jp national government, lg.jp local government, ac.jp universities…).
   * `government` ones are every government brand's own; all are the own site of the body a
   * message names when it claims no brand of ours.
   */
  readonly restrictedDomains?: {
    readonly government: readonly string[];
    readonly organisation: readonly string[];
    /**
     * Labels JPRS reserves for local public bodies in the geographic-type JP names (city.kawasaki.jp,
     * pref.kanagawa.jp, town.hakone.kanagawa.jp, metro.tokyo.jp): a registrable domain beginning with
     * one, under a .jp geographic suffix, can only be a prefecture's or a municipality's.
     */
    readonly localGovernmentLabels?: readonly string[];
  };
  /** Platforms people reach each other through, and the words that make a mention of one the medium (./media.ts). */
  readonly media?: MediaWords;
  /** Kinds of institution a message speaks as without naming a listed brand (./kinds.ts). */
  readonly kinds?: readonly InstitutionKind[];
}

/** brands.json "media": see its $comment and ./media.ts. */
export interface MediaWords {
  readonly brands: readonly string[];
  readonly particles: readonly string[];
  readonly features: readonly string[];
  /** Hosts where a platform's users share their own files and forms (docs.google.com): a link there names the platform as the tool. */
  readonly sharedHosts?: readonly string[];
  readonly before: readonly string[];
  readonly speaks: readonly string[];
  readonly account: readonly string[];
  /** Banks and payment apps named as where an account is or how money moves (./media.ts asPaymentPlace). */
  readonly payment?: PaymentWords;
}

/** brands.json "media.payment". */
export interface PaymentWords {
  readonly categories: readonly string[];
  readonly details: readonly string[];
  readonly within: number;
  readonly after: readonly string[];
  readonly before: readonly string[];
}

// A host name: labels of letters, digits and inner hyphens, at least two of them.
const HOST = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/;

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string' && x.length > 0);

export function parseBrandRegistry(json: unknown): Parsed<BrandRegistry> {
  const list = (json as { brands?: unknown } | null)?.brands;
  if (!Array.isArray(list) || list.length === 0) return { ok: false, error: 'expected { brands: [...] }' };
  const ids = new Set<string>();
  const variantOwner = new Map<string, string>();
  const brands: Brand[] = [];
  for (const [i, raw] of list.entries()) {
    const e = (raw ?? {}) as Record<string, unknown>;
    const where = `brands[${i}]${typeof e.id === 'string' ? ` (${e.id})` : ''}`;
    if (typeof e.id !== 'string' || !/^[a-z0-9-]+$/.test(e.id)) return { ok: false, error: `${where}: id must be lower-case letters, digits, '-'` };
    if (ids.has(e.id)) return { ok: false, error: `${where}: duplicate id` };
    ids.add(e.id);
    for (const f of ['name', 'nameEn', 'category'] as const) {
      if (typeof e[f] !== 'string' || e[f] === '') return { ok: false, error: `${where}: ${f} is required` };
    }
    if (!isStrings(e.variants) || e.variants.length === 0) return { ok: false, error: `${where}: variants must be a non-empty list of names` };
    if (!isStrings(e.officialDomains) || e.officialDomains.some((d) => !HOST.test(d))) {
      return { ok: false, error: `${where}: officialDomains must be lower-case host names` };
    }
    const platform = e.platformDomains ?? [];
    if (!isStrings(platform) || platform.some((d) => !HOST.test(d))) return { ok: false, error: `${where}: platformDomains must be lower-case host names` };
    if (!Array.isArray(e.officialSenders) || !e.officialSenders.every((s) => typeof s === 'string')) return { ok: false, error: `${where}: officialSenders must be a list` };
    const apps = e.officialApps ?? [];
    if (!isStrings(apps) || apps.some((a) => a.trim() === '')) return { ok: false, error: `${where}: officialApps must be a list of app names` };
    const tokens = e.lookalikeTokens ?? [];
    if (!Array.isArray(tokens) || !tokens.every((t) => typeof t === 'string' && /^[a-z0-9-]{3,}$/.test(t))) {
      return { ok: false, error: `${where}: lookalikeTokens must be lower-case strings of 3+ characters` };
    }
    if (!isStrings(e.sources) || e.sources.length === 0) return { ok: false, error: `${where}: every brand needs its sources` };
    for (const v of e.variants) {
      const key = v.normalize('NFKC').toLowerCase();
      const other = variantOwner.get(key);
      // One name, two brands: the matcher could only guess who speaks.
      if (other !== undefined && other !== e.id) return { ok: false, error: `${where}: variant '${v}' is also a variant of ${other}` };
      variantOwner.set(key, e.id);
    }
    brands.push({
      id: e.id, name: e.name as string, nameEn: e.nameEn as string, category: e.category as string,
      variants: e.variants, officialDomains: e.officialDomains, officialSenders: e.officialSenders as string[], platformDomains: platform, officialApps: apps,
      lookalikeTokens: tokens as string[], sources: e.sources,
    });
  }
  const media = parseMedia((json as { media?: unknown }).media, ids);
  if (typeof media === 'string') return { ok: false, error: media };
  const kinds = parseKinds((json as { kinds?: unknown }).kinds);
  if (typeof kinds === 'string') return { ok: false, error: kinds };
  const extra = { ...(media ? { media } : {}), ...(kinds.length > 0 ? { kinds } : {}) };
  const r = (json as { restrictedDomains?: { government?: unknown; organisation?: unknown; localGovernmentLabels?: unknown } }).restrictedDomains;
  if (r === undefined) return { ok: true, value: { brands, ...extra } };
  const gov = r.government ?? [], org = r.organisation ?? [], labels = r.localGovernmentLabels ?? [];
  if (!isStrings(gov) || !isStrings(org) || [...gov, ...org].some((d) => !HOST.test(d))) return { ok: false, error: 'restrictedDomains: government and organisation must be lists of lower-case domains' };
  if (!isStrings(labels) || labels.some((l) => !/^[a-z]+$/.test(l))) return { ok: false, error: 'restrictedDomains.localGovernmentLabels must be lower-case labels' };
  const restrictedDomains = { government: gov, organisation: org, ...(labels.length > 0 ? { localGovernmentLabels: labels } : {}) };
  return { ok: true, value: { brands, restrictedDomains, ...extra } };
}

/** The "media" section, or an error message. Words are matched on NFKC, lower-cased text. */
function parseMedia(raw: unknown, ids: ReadonlySet<string>): MediaWords | undefined | string {
  if (raw === undefined) return undefined;
  const m = (raw ?? {}) as Record<string, unknown>;
  const lists = ['brands', 'particles', 'features', 'before', 'speaks', 'account', 'sharedHosts'] as const;
  for (const f of lists) if (!isStrings(m[f] ?? [])) return `media.${f} must be a list of strings`;
  const words = (f: (typeof lists)[number]): string[] => ((m[f] ?? []) as string[]).map((w) => w.normalize('NFKC').toLowerCase());
  const brands = (m.brands ?? []) as string[];
  const unknown = brands.find((id) => !ids.has(id));
  if (unknown !== undefined) return `media.brands: no brand '${unknown}'`;
  if (!isStrings(m.sources) || m.sources.length === 0) return 'media: needs its sources';
  const payment = parsePayment(m.payment);
  if (typeof payment === 'string') return payment;
  return { brands, particles: words('particles'), features: words('features'), before: words('before'), speaks: words('speaks'), account: words('account'), ...(m.sharedHosts ? { sharedHosts: words('sharedHosts') } : {}), ...(payment ? { payment } : {}) };
}

function parsePayment(raw: unknown): PaymentWords | undefined | string {
  if (raw === undefined) return undefined;
  const p = (raw ?? {}) as Record<string, unknown>;
  const lists = ['categories', 'details', 'after', 'before'] as const;
  for (const f of lists) if (!isStrings(p[f] ?? [])) return `media.payment.${f} must be a list of strings`;
  if (typeof p.within !== 'number' || !(p.within > 0)) return 'media.payment.within must be a positive number';
  const words = (f: (typeof lists)[number]): string[] => ((p[f] ?? []) as string[]).map((w) => w.normalize('NFKC').toLowerCase());
  return { categories: (p.categories ?? []) as string[], details: words('details'), within: p.within, after: words('after'), before: words('before') };
}

/** True when `host` is `suffix` or a sub-domain of it. */
export function hostUnder(host: string, suffix: string): boolean {
  return host === suffix || (host.length > suffix.length && host.endsWith(suffix) && host[host.length - suffix.length - 1] === '.');
}
