// Which language a visitor reads: an explicit `?lang=` wins (and is remembered in a
// cookie), then the remembered choice, then the browser's Accept-Language; Japanese by default.
import type { Lang } from './copy.js';

export const LANG_COOKIE = 'sg_lang';

const isLang = (v: unknown): v is Lang => v === 'ja' || v === 'en';

export function cookieValue(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/** The first of ja/en the header prefers (by q, then by order); undefined when it names neither. */
export function fromAcceptLanguage(header: string | undefined): Lang | undefined {
  if (!header) return undefined;
  const ranked = header.split(',').map((item, i) => {
    const [tag = '', ...params] = item.trim().split(';');
    const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)).find(Boolean);
    return { primary: tag.trim().toLowerCase().split('-')[0], q: q ? Number(q[1]) : 1, i };
  });
  ranked.sort((a, b) => b.q - a.q || a.i - b.i);
  return ranked.find((r) => r.q > 0 && isLang(r.primary))?.primary as Lang | undefined;
}

export interface LangChoice {
  readonly lang: Lang;
  /** Set when the visitor chose explicitly: remember it. */
  readonly remember: boolean;
}

export function chooseLang(query: unknown, cookieHeader: string | undefined, acceptLanguage: string | undefined): LangChoice {
  if (isLang(query)) return { lang: query, remember: true };
  const cookie = cookieValue(cookieHeader, LANG_COOKIE);
  if (isLang(cookie)) return { lang: cookie, remember: false };
  return { lang: fromAcceptLanguage(acceptLanguage) ?? 'ja', remember: false };
}

export function langCookie(lang: Lang): string {
  return `${LANG_COOKIE}=${lang}; Path=/; Max-Age=31536000; SameSite=Lax`;
}
