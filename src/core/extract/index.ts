// Indicator extraction: URLs (with host and registrable domain), phone numbers and
// e-mail addresses, from the normalised views of a message.
import type { Parsed } from '../scores.js';
import type { Indicators, NormalizedText } from '../types.js';
import { extractPhones } from './phones.js';
import { extractUrls } from './urls.js';

export { extractUrls, MAX_URLS } from './urls.js';
export { extractPhones, MAX_PHONES } from './phones.js';

const EMAIL_RE = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}(?![A-Za-z0-9-])/g;

export function extractEmails(forUrls: string): string[] {
  if (!forUrls.includes('@')) return [];
  const out = new Set<string>();
  for (const m of forUrls.matchAll(EMAIL_RE)) {
    // "https://bank.jp@evil.com" is a URL trick, not an address.
    const before = forUrls.slice(Math.max(0, (m.index ?? 0) - 3), m.index);
    if (before.endsWith('://') || before.endsWith('/')) continue;
    out.add(m[0].toLowerCase());
    if (out.size >= 20) break;
  }
  return [...out];
}

// Every phone extractPhones finds has a 0, a + or a kanji or Devanagari zero, every masked one a * or an x.
const MAY_HAVE_PHONE = /[0+*xX×〇०]/;

export function createExtractor(opts: { shorteners: readonly string[] }): (norm: NormalizedText) => Indicators {
  const shorteners = new Set(opts.shorteners.map((d) => d.toLowerCase()));
  const isShortener = (domain: string): boolean => shorteners.has(domain);
  const urlOpts = { isShortener };
  return (norm) => {
    // A host not in the text as written had its dots put back (a de-fanged or substituted dot).
    const urls = extractUrls(norm.forUrls, norm.forUrls === norm.text ? urlOpts : { isShortener, mended: (host: string) => !norm.lower.includes(host.toLowerCase()) });
    const domains: string[] = [];
    for (const u of urls) if (u.domain && !domains.includes(u.domain)) domains.push(u.domain);
    // Phones are read with the URLs blanked out, so digits inside a link are not a number.
    let phoneText = norm.text;
    // Blanking only removes characters: text with none a number can start with needs none.
    if (MAY_HAVE_PHONE.test(phoneText)) for (const u of urls) if (u.raw.length > 0) phoneText = phoneText.replaceAll(u.raw, ' ');
    const emails = extractEmails(norm.forUrls).filter((e) => !urls.some((u) => u.raw.includes(e)));
    return { urls, domains, phones: extractPhones(phoneText), emails };
  };
}

/** Validates data/shorteners.json: `{ "shorteners": [{ "domain", "source" }] }`. */
export function parseShorteners(json: unknown): Parsed<string[]> {
  const list = (json as { shorteners?: unknown } | null)?.shorteners;
  if (!Array.isArray(list) || list.length === 0) return { ok: false, error: 'expected { shorteners: [{ domain, source }] }' };
  const out: string[] = [];
  for (const [i, e] of list.entries()) {
    const { domain, source } = (e ?? {}) as { domain?: unknown; source?: unknown };
    if (typeof domain !== 'string' || !/^[a-z0-9.-]+\.[a-z]{2,}$/.test(domain)) return { ok: false, error: `shorteners[${i}].domain is not a lower-case domain` };
    if (typeof source !== 'string' || source === '') return { ok: false, error: `shorteners[${i}] (${domain}) needs a source` };
    out.push(domain);
  }
  return { ok: true, value: out };
}
