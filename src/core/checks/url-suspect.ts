// URL tricks, one reason per trick per message (a message with five links does not
// score five times): shorteners, raw IPs, IDN, user@host, obfuscation, risky TLDs,
// dynamic DNS and free hosting, scheme-less links, placeholders, machine-made hosts.
import type { Check, Weights } from '../check.js';
import type { Parsed } from '../scores.js';
import type { ExtractedUrl, Reason, ReasonCode } from '../types.js';

export interface UrlRiskData {
  readonly suspiciousTlds: readonly string[];
  readonly dynamicDns: readonly string[];
}

export function parseUrlRiskData(json: unknown): Parsed<UrlRiskData> {
  const j = (json ?? {}) as { suspiciousTlds?: unknown; dynamicDns?: unknown; sources?: unknown };
  const isList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string' && /^[a-z0-9.-]+$/.test(x));
  if (!isList(j.suspiciousTlds)) return { ok: false, error: 'suspiciousTlds must be a list of lower-case labels' };
  if (!isList(j.dynamicDns)) return { ok: false, error: 'dynamicDns must be a list of lower-case suffixes' };
  if (!Array.isArray(j.sources) || j.sources.length === 0) return { ok: false, error: 'sources must name where the lists come from' };
  return { ok: true, value: { suspiciousTlds: j.suspiciousTlds, dynamicDns: j.dynamicDns } };
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
  URL_RANDOM_HOST: (h) => ({ en: `Machine-generated looking host name (${h})`, ja: `機械的に生成されたようなホスト名です（${h}）` }),
};

const VOWELS = /[aeiou]/g;

/** A host label that no person picked: long, few vowels, digits mixed into letters. */
export function looksRandom(label: string): boolean {
  if (label.length < 6 || label.startsWith('xn--')) return false;
  const letters = label.replace(/[^a-z]/g, '');
  const digits = label.length - letters.length - (label.match(/-/g)?.length ?? 0);
  const vowels = letters.match(VOWELS)?.length ?? 0;
  if (letters.length >= 6 && vowels / letters.length < 0.2) return true;
  if (digits >= 2 && letters.length >= 3 && /[a-z]\d|\d[a-z]/.test(label) && label.length >= 7) return true;
  return false;
}

export function createUrlSuspectCheck(risk: UrlRiskData, weights: Weights): Check {
  const tlds = new Set(risk.suspiciousTlds);
  const dyn = new Set(risk.dynamicDns.map((d) => d.toLowerCase()));
  // The host or a suffix of it after a dot is listed: one set lookup per dot, not a string per entry.
  const onDynamic = (host: string): boolean => {
    if (dyn.has(host)) return true;
    for (let at = host.indexOf('.'); at !== -1; at = host.indexOf('.', at + 1)) if (dyn.has(host.slice(at + 1))) return true;
    return false;
  };

  return (ctx) => {
    const urls = ctx.indicators.urls;
    if (urls.length === 0) return [];
    const found = new Map<ReasonCode, string[]>();
    const add = (code: ReasonCode, u: ExtractedUrl): void => {
      const list = found.get(code) ?? [];
      const shown = u.host || u.raw;
      if (!list.includes(shown)) list.push(shown);
      found.set(code, list);
    };
    const obfuscated = ctx.norm.tricks.some((t) => t === 'defanged' || t === 'space-in-url');
    for (const u of urls) {
      if (u.redacted) add('URL_REDACTED', u);
      if (u.host === '') continue;
      if (u.isShortener) add('URL_SHORTENER', u);
      if (u.isIp) add('URL_IP_HOST', u);
      if (u.isIdn) add('URL_IDN', u);
      if (u.userinfoHost) add('URL_USERINFO', u);
      if (!u.hadScheme && !u.isShortener) add('URL_NO_SCHEME', u);
      const tld = u.suffix?.split('.').pop();
      if (tld && tlds.has(tld)) add('URL_SUSPICIOUS_TLD', u);
      if (onDynamic(u.host)) add('URL_DYNAMIC_DNS', u);
      const label = u.domain ? u.domain.slice(0, u.domain.length - (u.suffix?.length ?? 0) - 1) : '';
      if (!u.isShortener && label && looksRandom(label)) add('URL_RANDOM_HOST', u);
    }
    if (obfuscated || ctx.norm.tricks.includes('zero-width') && urls.length > 0) {
      for (const u of urls) add('URL_OBFUSCATED', u);
    }
    const reasons: Reason[] = [];
    for (const [code, hosts] of found) {
      const explain = EXPLAIN[code];
      if (!explain) continue;
      const shown = hosts.slice(0, 3).join(', ');
      reasons.push({ code, weight: weights[code], ...explain(shown), detail: { hosts } });
    }
    return reasons;
  };
}
