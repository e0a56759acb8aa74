// The sender registry (data/senders.json): senders whose owner is known and who cannot be
// faked on domestic routes as easily as a name can. Carriers' own short codes (157, 151…)
// and 0005 "共通番号" are issued by the carriers after vetting the company, so a domestic
// SMS showing one comes from that company; alphanumeric IDs are listed too, but stay
// spoofable (checks weigh them by tier and kind, not by listing alone).
import type { Parsed } from '../scores.js';
import type { SenderTier } from '../types.js';

export interface SenderEntry {
  /** As shown to recipients: digits for numbers and short codes, the ID itself for letters. */
  readonly sender: string;
  /** 'carrier' for a carrier's own short code, 'registered-business' for everything else listed. */
  readonly tier: Extract<SenderTier, 'carrier' | 'registered-business'>;
  readonly company: string;
  /** Brand ids (data/brands.json) the sender speaks for. */
  readonly brands: readonly string[];
  readonly sources: readonly string[];
  /** ISO date the sources were last read. */
  readonly verified: string;
}

export interface SenderRegistry {
  readonly senders: readonly SenderEntry[];
  /**
   * Keys (senderKey, national digits for numbers) whose listing an operator revoked: they lose
   * every listing, the brands' own officialSenders included, and are judged as unlisted.
   */
  readonly revoked?: readonly string[];
}

export const EMPTY_SENDER_REGISTRY: SenderRegistry = Object.freeze({ senders: Object.freeze([]) });

/** The key a sender is looked up by: NFKC, lower case, no spaces or hyphens. */
export function senderKey(raw: string): string {
  return raw.normalize('NFKC').toLowerCase().replace(/[\s\-()]/g, '');
}

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string' && x.length > 0);

/** Validates data/senders.json; `brandIds` (when given) must know every brand a sender names. */
export function parseSenderRegistry(json: unknown, brandIds?: ReadonlySet<string>): Parsed<SenderRegistry> {
  const list = (json as { senders?: unknown } | null)?.senders;
  if (!Array.isArray(list)) return { ok: false, error: 'expected { senders: [...] }' };
  const seen = new Set<string>();
  const senders: SenderEntry[] = [];
  for (const [i, raw] of list.entries()) {
    const e = (raw ?? {}) as Record<string, unknown>;
    const where = `senders[${i}]`;
    if (typeof e.sender !== 'string' || e.sender.trim() === '') return { ok: false, error: `${where}: sender must be a non-empty string` };
    const key = senderKey(e.sender);
    if (/^\d+$/.test(key) && !(key.startsWith('0005') ? key.length >= 8 && key.length <= 10 : key.length >= 3)) {
      return { ok: false, error: `${where} (${e.sender}): a number must be a 0005 number of 8–10 digits, a short code or a national number` };
    }
    if (seen.has(key)) return { ok: false, error: `${where} (${e.sender}): listed twice` };
    seen.add(key);
    if (e.tier !== 'carrier' && e.tier !== 'registered-business') return { ok: false, error: `${where} (${e.sender}): tier must be 'carrier' or 'registered-business'` };
    if (e.tier === 'carrier' && !/^\d{3,6}$/.test(key)) return { ok: false, error: `${where} (${e.sender}): a carrier tier is for the carriers' own short codes` };
    if (typeof e.company !== 'string' || e.company === '') return { ok: false, error: `${where} (${e.sender}): company missing` };
    if (!isStrings(e.brands) || e.brands.length === 0) return { ok: false, error: `${where} (${e.sender}): brands must list brand ids` };
    const unknown = brandIds ? e.brands.find((b) => !brandIds.has(b)) : undefined;
    if (unknown) return { ok: false, error: `${where} (${e.sender}): unknown brand '${unknown}'` };
    if (!isStrings(e.sources) || e.sources.length === 0 || !e.sources.every((s) => /^https?:\/\//.test(s))) {
      return { ok: false, error: `${where} (${e.sender}): sources must be URLs of the pages that document the sender` };
    }
    if (typeof e.verified !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(e.verified)) return { ok: false, error: `${where} (${e.sender}): verified must be an ISO date` };
    senders.push({ sender: e.sender, tier: e.tier, company: e.company, brands: e.brands, sources: e.sources, verified: e.verified });
  }
  return { ok: true, value: { senders } };
}
