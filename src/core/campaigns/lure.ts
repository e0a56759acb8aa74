// A lure as the campaign store keeps it: only what clustering and a referral need. The text
// as its template (links → <u>, digit runs → 0: defanged, and no number of anyone in it), the
// links and call-back numbers the engine found, the brands it claims, the lure's sender (a
// report's; never for traffic, whose sender is a subscriber's line), and for a traffic lure
// the line only as a keyed hash. Pure.
import { templateOf } from '../lines/simhash.js';
import type { LureIndicators } from './infrastructure.js';

export type LureUrl = LureIndicators['urls'][number];

export interface Lure {
  /** The template (templateOf). */
  readonly t: string;
  readonly u: readonly LureUrl[];
  /** Call-back numbers in the text, normalized. */
  readonly p: readonly string[];
  /** The sender as the report gave it (a number, a short code or a sender ID), else null. */
  readonly s: string | null;
  /** Brand ids the engine saw claimed. */
  readonly b: readonly string[];
  /** A traffic lure's line as a keyed hash (never the number). */
  readonly l?: string;
}

const MAX_URLS = 10;

/** The lure in an analysed text (a report's stored `indicators` and `reasons`, or an Analysis). */
export function lureOf(x: { readonly text: string; readonly sender: string | null; readonly reasons: unknown; readonly indicators: unknown }, line?: string): Lure {
  const ind = (x.indicators ?? {}) as { urls?: unknown[]; phones?: unknown[] };
  const u: LureUrl[] = [];
  for (const raw of Array.isArray(ind.urls) ? ind.urls.slice(0, MAX_URLS) : []) {
    const r = raw as { normalized?: unknown; host?: unknown; domain?: unknown; isShortener?: unknown; isIp?: unknown };
    if (typeof r.normalized !== 'string' || typeof r.host !== 'string') continue;
    u.push({
      normalized: r.normalized, host: r.host, domain: typeof r.domain === 'string' ? r.domain : null,
      ...(r.isShortener === true ? { isShortener: true } : {}), ...(r.isIp === true ? { isIp: true } : {}),
    });
  }
  const p = new Set<string>();
  for (const raw of Array.isArray(ind.phones) ? ind.phones : []) {
    const r = raw as { normalized?: unknown; kind?: unknown };
    if (typeof r.normalized === 'string' && r.kind !== 'alphanumeric' && r.normalized !== x.sender) p.add(r.normalized);
  }
  const b = new Set<string>();
  for (const raw of Array.isArray(x.reasons) ? x.reasons : []) {
    const d = (raw as { detail?: { brand?: unknown; brands?: unknown } }).detail;
    if (typeof d?.brand === 'string') b.add(d.brand);
    if (Array.isArray(d?.brands)) for (const v of d.brands) if (typeof v === 'string') b.add(v);
  }
  return { t: templateOf(x.text), u, p: [...p].slice(0, MAX_URLS), s: x.sender, b: [...b], ...(line ? { l: line } : {}) };
}
