// What the page tells a subscriber about one analysis: the verdict, who the message
// pretends to be, which links are dangerous, whether the sender is official. Shared by the
// server (the no-JS result page) and the browser (the live check), so both say the same.
// Plain JavaScript because browsers run it as is; its types are in summary.d.ts.

// Reasons whose detail.hosts name links that are part of the trick.
const DANGEROUS_HOST_CODES = new Set([
  'BRAND_UNOFFICIAL_DOMAIN', 'BRAND_LOOKALIKE_DOMAIN', 'URL_IP_HOST', 'URL_IDN', 'URL_USERINFO', 'URL_OBFUSCATED',
  'URL_SUSPICIOUS_TLD', 'URL_DYNAMIC_DNS', 'URL_RANDOM_HOST', 'URL_SHORTENER', 'URL_REDACTED',
]);

const UNSHOWN = new Set(['BRAND_CLAIMED', 'MODEL']);
const MAX_FINDINGS = 5;

/**
 * A link written so that nothing turns it back into a link: the scheme broken (hxxp) and
 * every dot of the host bracketed, the way security teams share indicators.
 */
export function defang(raw) {
  const m = /^([a-z][a-z0-9+.-]*:\/\/)?([^/?#]*)(.*)$/is.exec(raw);
  if (!m) return raw;
  const scheme = (m[1] ?? '').replace(/^http/i, 'hxxp');
  return scheme + (m[2] ?? '').replace(/\./g, '[.]') + (m[3] ?? '');
}

function hostUnder(host, suffix) {
  return host === suffix || host.endsWith(`.${suffix}`);
}

function strings(v) {
  if (typeof v === 'string') return [v];
  return Array.isArray(v) ? v.filter((x) => typeof x === 'string') : [];
}

/**
 * @param result the body of POST /api/v1/check (or a report's analysis)
 * @param opts.lang 'ja' | 'en'
 * @param opts.brands brand id → { ja, en, officialDomains }
 * @param opts.sender the sender as the subscriber typed it, if any
 */
export function summarise(result, opts) {
  const { lang, brands } = opts;
  const reasons = Array.isArray(result.reasons) ? result.reasons : [];
  const byCode = (code) => reasons.filter((r) => r.code === code);
  const nameOf = (id) => brands[id]?.[lang] ?? id;

  const claimedIds = [];
  for (const r of byCode('BRAND_CLAIMED')) for (const id of strings(r.detail?.brands)) if (!claimedIds.includes(id)) claimedIds.push(id);
  // A look-alike domain names its brand even when the text does not.
  for (const r of byCode('BRAND_LOOKALIKE_DOMAIN')) for (const id of strings(r.detail?.brand)) if (!claimedIds.includes(id)) claimedIds.push(id);
  const claimed = claimedIds.map((id) => ({ id, name: nameOf(id) }));

  const dangerousHosts = new Set();
  for (const r of reasons) {
    if (DANGEROUS_HOST_CODES.has(r.code)) for (const h of strings(r.detail?.hosts)) dangerousHosts.add(h.toLowerCase());
  }
  const reputed = new Set();
  for (const r of [...byCode('REPUTATION_URL'), ...byCode('REPUTATION_DOMAIN')]) for (const v of strings(r.detail?.values)) reputed.add(v.toLowerCase());

  const urls = Array.isArray(result.indicators?.urls) ? result.indicators.urls : [];
  const risky = result.verdict !== 'allow';
  const links = urls.map((u) => {
    const host = String(u.host ?? '').toLowerCase();
    const shown = defang(String(u.raw ?? u.normalized ?? ''));
    const officialFor = Object.keys(brands).find((id) => (brands[id].officialDomains ?? []).some((d) => hostUnder(host, d)));
    const flagged = dangerousHosts.has(host) || reputed.has(String(u.normalized ?? '').toLowerCase()) || (u.domain && reputed.has(String(u.domain).toLowerCase()));
    let status;
    if (flagged) status = 'dangerous';
    else if (officialFor && !u.userinfoHost) status = 'official';
    else status = risky ? 'dangerous' : 'unknown';
    return { shown, host: String(u.hostUnicode ?? host), status, ...(status === 'official' && officialFor ? { brand: nameOf(officialFor) } : {}) };
  });

  let sender = null;
  const typed = typeof opts.sender === 'string' ? opts.sender.trim() : '';
  if (typed) {
    let status = 'unverified';
    // A handset sending a link says more than "not the company's sender" (which a handset claiming a
    // brand's heading now also earns): it is how infected phones spread smishing, and the copy says so.
    if (byCode('BRAND_OFFICIAL_SENDER').length) status = 'official';
    else if (byCode('SENDER_MOBILE_WITH_LINK').length) status = 'personal';
    else if (byCode('BRAND_UNOFFICIAL_SENDER').length) status = 'unofficial';
    else if (byCode('SENDER_INTERNATIONAL_BRAND').length || byCode('SENDER_INTERNATIONAL').length) status = 'overseas';
    else if (byCode('REPUTATION_PHONE').length) status = 'reported';
    sender = { shown: typed, status };
  }

  const text = (r) => (lang === 'en' ? r.en : r.ja);
  // The brand is shown on its own line; the model's features are words for analysts, not subscribers.
  const findings = reasons.filter((r) => r.weight > 0 && !UNSHOWN.has(r.code)).sort((a, b) => b.weight - a.weight).map(text).slice(0, MAX_FINDINGS);
  const reassurance = reasons.filter((r) => r.weight < 0).map(text);
  return { verdict: result.verdict, score: result.score, brands: claimed, links, sender, findings, reassurance };
}
