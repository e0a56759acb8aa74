// The allow-list: names whose owner proved they own them (an appeal an analyst accepted), held
// in memory beside the trusted indicators. An entry beats a suspicion — reports can be wrong,
// and the owner has shown the name is theirs — but never an analyst's confirmation of a full
// URL: a compromised site can still be blocked by its exact URL. The allow-list is about the
// indicator, not a free pass: the rules still judge the message (a brand lookalike stays one).
import type { ReputationHit, ReputationLookup } from '../types.js';
import type { IndicatorKind } from './index.js';
import { hostOf } from './url.js';

export interface AllowList {
  /** Adds (`on`) or removes one entry. */
  set(kind: IndicatorKind, value: string, on: boolean): void;
  readonly size: number;
  /** An entry names this URL, its host, or a domain the host is under. */
  coversUrl(url: string): boolean;
  /** An entry names this host or domain, or a domain it is under. */
  coversName(name: string): boolean;
  /** An entry names this number or sender ID. */
  coversSender(value: string): boolean;
}

export function createAllowList(): AllowList {
  const entries = new Set<string>();
  const key = (kind: IndicatorKind, value: string): string => `${kind}\u0000${value}`;
  const list: AllowList = {
    set(kind, value, on) {
      if (on) entries.add(key(kind, value));
      else entries.delete(key(kind, value));
    },
    get size() { return entries.size; },
    coversUrl(url) {
      if (entries.size === 0) return false;
      return entries.has(key('url', url)) || list.coversName(hostOf(url));
    },
    coversName(name) {
      if (entries.size === 0 || name === '') return false;
      const n = name.toLowerCase();
      if (entries.has(key('host', n))) return true;
      // A domain entry covers every name under it: its owner controls them all.
      for (let h = n; h !== ''; ) {
        if (entries.has(key('domain', h))) return true;
        const dot = h.indexOf('.');
        if (dot < 0) return false;
        h = h.slice(dot + 1);
      }
      return false;
    },
    coversSender(value) {
      return entries.size > 0 && (entries.has(key('sender', value)) || entries.has(key('phone', value)));
    },
  };
  return list;
}

/** The hit as the verdict sees it once the allow-list has had its say. */
function judged(h: ReputationHit | undefined, covered: () => boolean): ReputationHit | undefined {
  if (!h) return undefined;
  // An analyst's confirmation of one exact URL stands against any allow-list entry.
  if (h.kind === 'url' && h.source === 'confirmed') return h;
  return covered() ? { ...h, source: 'allowlisted' } : h;
}

/**
 * The engine's lookup with the allow-list applied: a hit the allow-list covers comes back
 * marked `source: 'allowlisted'`, which the reputation check turns into a reason of no weight
 * (REPUTATION_ALLOWLISTED) instead of a known-bad one.
 */
export function withAllowList(lookup: ReputationLookup, allow: AllowList): ReputationLookup {
  return {
    url: (u) => judged(lookup.url?.(u), () => allow.coversUrl(u)),
    domain: (d) => judged(lookup.domain?.(d), () => allow.coversName(d)),
    phone: (n) => judged(lookup.phone?.(n), () => allow.coversSender(n)),
  };
}

/** The line detector's question with the allow-list applied (same precedence as above). */
export function trustedBadUnlessAllowed(isTrustedBad: (kind: string, value: string) => boolean, isConfirmedUrl: (url: string) => boolean, allow: AllowList): (kind: string, value: string) => boolean {
  return (kind, value) => {
    if (!isTrustedBad(kind, value)) return false;
    switch (kind) {
      case 'url':
        return isConfirmedUrl(value) || !allow.coversUrl(value);
      case 'domain':
        return !allow.coversName(value);
      case 'phone':
        return !allow.coversSender(value);
      default:
        return true;
    }
  };
}
