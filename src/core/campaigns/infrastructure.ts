// Shared infrastructure: the keys by which two lures are one operation whatever their wording.
// A key is something one operator controls: the registrable domain its links go to (a
// campaign rotates host names under the domain it registered), a host on an IP address, a
// shortened link itself (a shortener's domain is everyone's: only the same short link is the
// same operator), a call-back number written in the text. Never a key: a popular or official
// domain or number (`isShared`: the never-block list), which lures quote to look genuine, and
// the lure's sender (infected handsets and rented routes send for many operators).
// Pure: the never-block test is injected.

/** What a lure names, as the engine extracted it (a report's stored indicators have this shape). */
export interface LureIndicators {
  readonly urls: readonly { readonly normalized: string; readonly host: string; readonly domain: string | null; readonly isShortener?: boolean; readonly isIp?: boolean }[];
  /** Call-back numbers in the text (normalized, as the engine gives them). */
  readonly phones: readonly string[];
}

export interface InfrastructureOptions {
  /** A domain, host or number everyone uses (the never-block list): never a key. */
  readonly isShared: (kind: 'domain' | 'host' | 'phone', value: string) => boolean;
}

/** Infrastructure keys, `d:` domain, `h:` host on an IP, `u:` shortened link, `p:` number. */
export function infrastructureOf(l: LureIndicators, o: InfrastructureOptions): string[] {
  const keys = new Set<string>();
  for (const u of l.urls) {
    if (u.isShortener) {
      // The same short link only: its path is the operator's, its domain everyone's.
      if (u.normalized.length > u.host.length + 10) keys.add(`u:${u.normalized}`);
    } else if (u.isIp) {
      keys.add(`h:${u.host}`);
    } else {
      const d = u.domain ?? u.host;
      if (!o.isShared('domain', d) && !o.isShared('host', u.host)) keys.add(`d:${d}`);
    }
  }
  for (const p of l.phones) if (p.replace(/\D/g, '').length >= 10 && !o.isShared('phone', p)) keys.add(`p:${p}`);
  return [...keys];
}
