// The trusted indicators every verdict consults, held in memory by every process: an
// open-addressing table of 64-bit keyed fingerprints, not of strings, so a million
// indicators cost ~30 bytes each and a lookup is one hash of the value and a probe or two.
// A false match needs two values whose 64-bit fingerprints collide (about 1 in 10^13 at a
// million entries). Values themselves are not kept: the caller has the value it asks about.
import type { ReputationHit, ReputationLookup } from '../types.js';
import type { IndicatorKind } from './index.js';
import { hostOf } from './url.js';

export type TrustLevel = 'suspected' | 'confirmed';

export interface TrustedHit {
  readonly level: TrustLevel;
  readonly reports: number;
}

export interface TrustedIndex {
  /** Adds, updates or (level null) removes one indicator; `until` is epoch ms. */
  set(kind: IndicatorKind, value: string, level: TrustLevel | null, reports: number, until: number): void;
  /** The indicator when it is trusted at `now` (epoch ms). */
  get(kind: IndicatorKind, value: string, now: number): TrustedHit | undefined;
  /** Live entries (including those whose trust has lapsed but were not removed). */
  readonly size: number;
  /** Bytes held by the table's arrays. */
  readonly bytes: number;
  /** The engine's view: URL (then its host), domain, number or sender ID. */
  lookup(now: () => number): ReputationLookup;
  /** "Is this a trusted bad indicator?" for the line detector (kinds as the detector names them). */
  isTrustedBad(now: () => number): (kind: string, value: string) => boolean;
}

const KIND_CODE: Record<IndicatorKind, number> = { url: 1, host: 2, domain: 3, phone: 4, sender: 5, cnc: 6 };
const LEVEL_CODE = { suspected: 1, confirmed: 2 } as const;

export function createTrustedIndex(opts: { seed: number; capacity?: number }): TrustedIndex {
  const seed = opts.seed >>> 0;
  let cap = 1024;
  while (cap < (opts.capacity ?? 0) * 2) cap *= 2;
  let hi = new Uint32Array(cap);
  let lo = new Uint32Array(cap);
  let until = new Uint32Array(cap); // seconds since the epoch
  let reports = new Uint16Array(cap);
  let level = new Uint8Array(cap);
  let used = 0; // slots ever taken (removal leaves the fingerprint with level 0)
  let live = 0;
  // Fingerprint of (kind, value), written to h1/h2 to spare an allocation per lookup.
  let h1 = 0;
  let h2 = 0;

  function fingerprint(kind: number, value: string): void {
    let a = seed ^ Math.imul(kind, 0x9e3779b1);
    let b = ~seed ^ Math.imul(kind, 0x85ebca77);
    for (let i = 0; i < value.length; i++) {
      const c = value.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
      b ^= b >>> 15;
    }
    a ^= a >>> 16; a = Math.imul(a, 0x85ebca6b); a ^= a >>> 13; a = Math.imul(a, 0xc2b2ae35); a ^= a >>> 16;
    b ^= b >>> 16; b = Math.imul(b, 0x7feb352d); b ^= b >>> 15; b = Math.imul(b, 0x846ca68b); b ^= b >>> 16;
    h1 = a >>> 0;
    // A zero pair marks an empty slot.
    h2 = (b | (h1 === 0 ? 1 : 0)) >>> 0;
  }

  /** The slot holding h1/h2, or the empty slot where it would go. */
  function probe(): number {
    const mask = cap - 1;
    let i = h1 & mask;
    for (;;) {
      const x = hi[i] as number;
      const y = lo[i] as number;
      if ((x === h1 && y === h2) || (x === 0 && y === 0)) return i;
      i = (i + 1) & mask;
    }
  }

  function grow(): void {
    const old = { hi, lo, until, reports, level };
    cap *= 2;
    hi = new Uint32Array(cap); lo = new Uint32Array(cap); until = new Uint32Array(cap); reports = new Uint16Array(cap); level = new Uint8Array(cap);
    used = 0;
    for (let j = 0; j < old.hi.length; j++) {
      if (old.level[j] === 0) continue; // removed entries are dropped here
      h1 = old.hi[j] as number; h2 = old.lo[j] as number;
      const i = probe();
      hi[i] = h1; lo[i] = h2; until[i] = old.until[j] as number; reports[i] = old.reports[j] as number; level[i] = old.level[j] as number;
      used++;
    }
  }

  const index: TrustedIndex = {
    set(kind, value, lv, n, untilMs) {
      fingerprint(KIND_CODE[kind], value);
      let i = probe();
      const fresh = hi[i] === 0 && lo[i] === 0;
      if (fresh) {
        if (lv === null) return;
        if ((used + 1) * 10 > cap * 7) {
          grow();
          fingerprint(KIND_CODE[kind], value);
          i = probe();
        }
        hi[i] = h1; lo[i] = h2; used++;
      }
      if ((level[i] as number) > 0) live--;
      level[i] = lv === null ? 0 : LEVEL_CODE[lv];
      if (lv !== null) live++;
      until[i] = Math.min(0xffffffff, Math.max(0, Math.floor(untilMs / 1000)));
      reports[i] = Math.min(0xffff, n);
    },
    get(kind, value, now) {
      fingerprint(KIND_CODE[kind], value);
      const i = probe();
      const lv = level[i] as number;
      if (lv === 0 || (until[i] as number) * 1000 < now) return undefined;
      return { level: lv === 2 ? 'confirmed' : 'suspected', reports: reports[i] as number };
    },
    get size() {
      return live;
    },
    get bytes() {
      return hi.byteLength + lo.byteLength + until.byteLength + reports.byteLength + level.byteLength;
    },
    lookup(now) {
      const hit = (kind: ReputationHit['kind'], value: string, h: TrustedHit | undefined): ReputationHit | undefined =>
        h ? { kind, value, reports: h.reports, source: h.level } : undefined;
      return {
        url(u) {
          if (live === 0) return undefined;
          const t = now();
          const exact = index.get('url', u, t);
          if (exact) return hit('url', u, exact);
          const host = hostOf(u);
          return hit('domain', host, index.get('host', host, t));
        },
        domain(d) {
          return live === 0 ? undefined : hit('domain', d, index.get('domain', d, now()));
        },
        phone(n) {
          if (live === 0) return undefined;
          const t = now();
          return hit('phone', n, index.get('phone', n, t) ?? index.get('sender', n, t));
        },
      };
    },
    isTrustedBad(now) {
      return (kind, value) => {
        if (live === 0) return false;
        const t = now();
        switch (kind) {
          case 'url':
            return index.get('url', value, t) !== undefined;
          case 'domain':
            // The detector asks with a link's host as well as with registrable domains.
            return index.get('domain', value, t) !== undefined || index.get('host', value, t) !== undefined;
          case 'phone':
            return index.get('phone', value, t) !== undefined || index.get('sender', value, t) !== undefined;
          default:
            return false;
        }
      };
    },
  };
  return index;
}
