// URL extraction per the recipe in DEPENDENCIES.md: on the mended view (NFKC, de-fanged),
// match ASCII-only URL text that stops at the first non-ASCII character (Japanese glued to
// a link is not part of it), validate bare domains against the public-suffix list, keep
// the raw and the canonical form. Placeholders the sources put in place of live links
// ([redacted], ***, ~, ...., ○○, <URL>) still count as "a link was here".
import { parse as parseTld } from 'tldts';
import type { ExtractedUrl } from '../types.js';

export const MAX_URLS = 20;

const REDACTED_TOKEN = 'zzredactedzz';
const REDACTED_WORD = /\[(?:redacted|REDACTED|Redacted|removed|省略)\]/g;

// One pass, first alternative wins:
//   1. scheme://… (host may be empty or a placeholder; IDN hosts handled below)
//   2. www.… without scheme
//   3. a bare host with a public suffix, optional port, path or query; a colon before it is a
//      label's or a price's ("URL:x.top/a", "¥330:x.top/a"), unless it ends a scheme
//   4. a bare IPv4 host with a path (a dotted quad alone is a version or a figure)
//   5. the <URL> placeholder
// (groups numbered below: scheme, rest, www, bare, ip, placeholder)
const URL_RE = new RegExp(
  [
    String.raw`(https?):\/\/([A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]*)`,
    String.raw`(?<![A-Za-z0-9@._\-/])(www\.[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+)`,
    String.raw`(?<![A-Za-z0-9@._\-/])(?<!https?:)((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?\.)+(?:[A-Za-z]{2,24}|xn--[a-z0-9-]{1,59})(?::\d{2,5})?(?:[/?#][A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]*)?)(?![A-Za-z0-9@-])`,
    String.raw`(?<![A-Za-z0-9@._\-/])(?<!https?:)((?:\d{1,3}\.){3}\d{1,3}(?::\d{2,5})?[/?#][A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]*)`,
    String.raw`(<URL>|<url>|https?:~+)`,
  ].join('|'),
  'g',
);

// The capture groups of URL_RE, by number: named groups cost an object per match.
const SCHEME = 1;
const REST = 2;
const WWW = 3;
const BARE = 4;
const IP = 5;
const PLACEHOLDER = 6;

// Bare domains are links only with a public suffix; these common file and abbreviation
// endings are public suffixes too but almost never links in an SMS.
const BARE_SUFFIX_DENY = new Set(['txt', 'exe', 'zip', 'pdf', 'jpg', 'png', 'doc', 'mov', 'py', 'sh', 'rs', 'ts', 'js']);
// Punctuation that ends a sentence, not a link (. , ; : ! ? ' " ) ] * ~), cut by a loop from the
// end (the regex, anchored only at its end, is tried from every position of the link).
const TRAILING_CODES = new Set([...'.,;:!?\'")]*~'].map((c) => c.charCodeAt(0)));
function trimTrailing(s: string): string {
  let end = s.length;
  while (end > 0 && TRAILING_CODES.has(s.charCodeAt(end - 1))) end--;
  return end === s.length ? s : s.slice(0, end);
}
/** Where a host ends: its first '/', '?' or '#', or -1. */
function hostEndOf(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x2f || c === 0x3f || c === 0x23) return i;
  }
  return -1;
}
const PLACEHOLDER_HOST = /^(?:[.~*xX…]+|url~*|URL~*|X{2,}|x{2,}|\*+)$/;
const IPV4 = /^(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;
// Japanese placeholder marks right after a link: "https://bit.ly/○○○", "https://t.co/〇〇".
const PLACEHOLDER_AFTER = /^[○〇●◯…*~]/;
// A path that is only a placeholder: "https://bit.ly/…", "https://t.co/~".
const PLACEHOLDER_PATH = /^[/]?[.~*…]+\/?$/;

// A bare domain is parsed to decide it is a link, then again to describe it; a message's
// links often share a host, and so do a campaign's messages. Recent answers are kept (read
// only, never changed: tldts answers the same for the same host) and the memo is emptied
// when full. At 64 hosts it emptied every few dozen messages of the bench's traffic, which
// names some hundreds of hosts, and tldts parsed them again (~1% of the engine's time);
// 1,024 hosts hold them at a few hundred KB at most.
const TLD_OPTIONS = { allowPrivateDomains: true };
const PARSED_HOSTS_KEPT = 1024;
const parsedHosts = new Map<string, ReturnType<typeof parseTld>>();
function parseDomain(host: string): ReturnType<typeof parseTld> {
  let info = parsedHosts.get(host);
  if (info === undefined) {
    if (parsedHosts.size >= PARSED_HOSTS_KEPT) parsedHosts.clear();
    info = parseTld(host, TLD_OPTIONS);
    parsedHosts.set(host, info);
  }
  return info;
}

export interface UrlExtractionOptions {
  readonly isShortener: (domain: string) => boolean;
  /** Whether a host's dots were put back by normalisation ("yachinkts(ドット)win"), not written as dots. */
  readonly mended?: (host: string) => boolean;
}

// Every URL form above has "://", "www.", "<URL>", "http:~" or a dot between a letter or
// digit and a letter: without one, the costly scan is skipped (most prose has only
// sentence-ending dots).
const MAY_HAVE_URL = /[A-Za-z0-9\]*]\.[A-Za-z]|\d\.\d{1,3}\.\d|:\/\/|<url>|www\.|:~/i;

export function extractUrls(forUrls: string, opts: UrlExtractionOptions): ExtractedUrl[] {
  if (!MAY_HAVE_URL.test(forUrls)) return [];
  const hasPlaceholderWord = forUrls.includes('[');
  const s = hasPlaceholderWord ? forUrls.replace(REDACTED_WORD, REDACTED_TOKEN) : forUrls;
  const out: ExtractedUrl[] = [];
  URL_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = URL_RE.exec(s)) !== null && out.length < MAX_URLS) {
    const after = s.slice(URL_RE.lastIndex, URL_RE.lastIndex + 1);
    let url: ExtractedUrl | null = null;
    if (m[SCHEME] !== undefined) url = fromSchemed(m[SCHEME].toLowerCase(), m[REST] ?? '', s, m.index, URL_RE, after, opts);
    else if (m[WWW] !== undefined) url = fromBare(m[WWW], true, after, opts);
    else if (m[BARE] !== undefined) url = fromBare(m[BARE], false, after, opts);
    else if (m[IP] !== undefined) url = fromBare(m[IP], false, after, opts);
    else if (m[PLACEHOLDER] !== undefined) url = placeholderUrl(m[PLACEHOLDER]);
    if (url) out.push(url);
  }
  return out;
}

function fromSchemed(scheme: string, restIn: string, s: string, index: number, re: RegExp, after: string, opts: UrlExtractionOptions): ExtractedUrl | null {
  let rest = trimTrailing(restIn);
  // An IDN host: the ASCII match stopped at a non-ASCII letter right after "://" or inside the host.
  const hostEnd = hostEndOf(rest);
  const hostPart = hostEnd === -1 ? rest : rest.slice(0, hostEnd);
  const nextChar = s.charCodeAt(index + scheme.length + 3 + restIn.length);
  if (hostEnd === -1 && nextChar > 0x7f) {
    const idn = idnHost(s.slice(index + scheme.length + 3));
    if (idn) {
      re.lastIndex = index + scheme.length + 3 + idn.consumed;
      rest = idn.rest;
      return build(`${scheme}://${idn.raw}`, scheme, idn.ascii, idn.unicode, idn.path, true, false, opts);
    }
  }
  const raw = `${scheme}://${rest}`;
  if (hostPart === '' || PLACEHOLDER_HOST.test(hostPart) || hostPart.includes(REDACTED_TOKEN) && !hostPart.includes('.')) {
    return placeholderUrl(raw.replace(REDACTED_TOKEN, '[redacted]'));
  }
  const redactedAfter = PLACEHOLDER_AFTER.test(after) || PLACEHOLDER_PATH.test(rest.slice(hostPart.length));
  return build(raw, scheme, hostPart, null, rest.slice(hostPart.length), true, redactedAfter, opts);
}

function fromBare(textIn: string, www: boolean, after: string, opts: UrlExtractionOptions): ExtractedUrl | null {
  const text = trimTrailing(textIn);
  const hostEnd = hostEndOf(text);
  const host = hostEnd === -1 ? text : text.slice(0, hostEnd);
  const path = hostEnd === -1 ? '' : text.slice(hostEnd);
  if (!www) {
    const hostNoPort = host.replace(/:\d+$/, '');
    if (IPV4.test(hostNoPort)) {
      // A bare dotted quad is a link only with a path or port; otherwise it is a version or a figure.
      if (path === '' && hostNoPort === host) return null;
    } else {
      const info = parseDomain(hostNoPort);
      const tld = info.publicSuffix?.split('.').pop() ?? '';
      if (!info.domain || !(info.isIcann || info.isPrivate) || BARE_SUFFIX_DENY.has(tld.toLowerCase())) return null;
      // "Sorry.call me" style glue in English text: a bare domain whose label is all
      // letters and whose suffix is a generic word is only a link with a path.
      // A host whose dot was spelled out or stood in for ("yachinkts(ドット)win") was written as a link on purpose.
      if (path === '' && !/\d|-/.test(hostNoPort) && hostNoPort.split('.').length === 2 && !COMMON_BARE_TLDS.has(tld.toLowerCase()) && opts.mended?.(hostNoPort) !== true) return null;
    }
  }
  const redactedAfter = PLACEHOLDER_AFTER.test(after);
  return build(text, 'http', host, null, path, false, redactedAfter, opts);
}

// Endings that stand as links in SMS even with no scheme and no path.
const COMMON_BARE_TLDS = new Set([
  'com', 'net', 'org', 'jp', 'info', 'biz', 'xyz', 'top', 'cn', 'ru', 'shop', 'site', 'online', 'club', 'vip',
  'icu', 'cc', 'cyou', 'sbs', 'cfd', 'bond', 'lat', 'onl', 'live', 'rest', 'monster', 'quest', 'pw', 'ly', 'io', 'gy', 'tk', 'ml', 'ga', 'cf', 'gq', 'buzz', 'fun', 'asia', 'tokyo', 'work', 'link', 'uk', 'de', 'in', 'co', 'us', 'hk', 'tw', 'kr',
]);

function idnHost(from: string): { raw: string; ascii: string; unicode: string; path: string; rest: string; consumed: number } | null {
  const m = /^([\p{L}\p{N}.-]+)((?:[/?#][A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]*)?)/u.exec(from);
  if (!m) return null;
  // Trim Japanese glued after the host until the suffix is a real one.
  let unicode = m[1] as string;
  let path = m[2] as string;
  for (let i = 0; i < 8 && unicode.length > 0; i++) {
    let ascii: string;
    try {
      ascii = new URL(`http://${unicode}`).hostname;
    } catch {
      ascii = '';
    }
    const info = ascii ? parseDomain(ascii) : null;
    if (info?.domain && (info.isIcann || info.isPrivate)) {
      path = trimTrailing(path);
      return { raw: unicode + path, ascii, unicode, path, rest: path, consumed: unicode.length + path.length };
    }
    const cut = unicode.search(/[^ -~][^.]*$/);
    if (cut <= 0) return null;
    unicode = unicode.slice(0, cut);
    path = '';
  }
  return null;
}

/** The redaction marker put back as the source wrote it (most links have none: no copy then). */
function unredact(s: string): string {
  return s.includes(REDACTED_TOKEN) ? s.split(REDACTED_TOKEN).join('[redacted]') : s;
}

function placeholderUrl(raw: string): ExtractedUrl {
  return {
    raw, normalized: raw, host: '', hostUnicode: '', domain: null, suffix: null, hadScheme: raw.includes('://'),
    isIp: false, isIdn: false, isShortener: false, userinfoHost: null, redacted: true, path: '',
  };
}

const UPPER = /[A-Z]/;

/** The host without a trailing ":digits" (or a bare ":"), as /:\d*$/ would cut it. */
function stripPort(hostPort: string): string {
  const colon = hostPort.lastIndexOf(':');
  if (colon === -1) return hostPort;
  for (let i = colon + 1; i < hostPort.length; i++) {
    const c = hostPort.charCodeAt(i);
    if (c < 48 || c > 57) return hostPort;
  }
  return hostPort.slice(0, colon);
}

function build(
  rawIn: string, scheme: string, authority: string, unicodeHost: string | null, pathIn: string,
  hadScheme: boolean, redactedAfter: boolean, opts: UrlExtractionOptions,
): ExtractedUrl {
  let hostPort = authority;
  let userinfoHost: string | null = null;
  const at = hostPort.lastIndexOf('@');
  if (at !== -1) {
    const userinfo = hostPort.slice(0, at);
    hostPort = hostPort.slice(at + 1);
    // Only a userinfo that looks like a host is a trick; "user:pass@" is merely odd.
    if (/[A-Za-z0-9-]+\.[A-Za-z]{2,}/.test(userinfo)) userinfoHost = userinfo.toLowerCase();
  }
  let host = stripPort(hostPort);
  if (UPPER.test(host)) host = host.toLowerCase();
  if (host.endsWith('.')) host = host.slice(0, -1);
  if (host.startsWith('[') && host.endsWith(']')) host = host.slice(1, -1);
  const redactedHost = host.includes(REDACTED_TOKEN) || host.includes('*');
  const raw = unredact(rawIn);
  const path = unredact(pathIn);
  const isIp = IPV4.test(host) || host.includes(':');
  let domain: string | null = null;
  let suffix: string | null = null;
  if (!isIp) {
    // Placeholder labels ("****.short.gy") are dropped so the known part still resolves.
    const known = redactedHost ? host.split('.').filter((l) => !l.includes('*') && !l.includes(REDACTED_TOKEN)).join('.') : host;
    const info = parseDomain(known);
    suffix = info.publicSuffix;
    domain = info.domain;
    // A placeholder inside the registrable part leaves the real domain unknown.
    if (redactedHost && domain && !host.endsWith(`.${domain}`)) domain = null;
  }
  // Some label starts with "xn--": the first, or one after a dot.
  const isIdn = unicodeHost !== null || host.startsWith('xn--') || host.includes('.xn--');
  const shownHost = unredact(host);
  return {
    raw,
    normalized: `${scheme}://${shownHost}${path.startsWith('/') || path === '' ? path || '/' : `/${path}`}`,
    host: shownHost,
    hostUnicode: unicodeHost ?? shownHost,
    domain,
    suffix,
    hadScheme,
    isIp,
    isIdn,
    isShortener: domain !== null && opts.isShortener(domain),
    userinfoHost,
    redacted: redactedHost || redactedAfter || path.includes('[redacted]') || path.includes('***'),
    path,
  };
}
