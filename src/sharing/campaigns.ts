// Campaigns from reports: the flagged reports of a window clustered by near-duplicate text
// (src/core/campaigns: links and numbers masked, MinHash over trigrams), each with its
// timeline, counts by channel, the indicators its reports name and example texts as
// templates (links and digits masked: defanged, and no number of anyone who reported or was
// targeted). Computed on demand, not stored: a campaign's id is that of its earliest report's
// template in the window, stable while that report stays in the window.
import { createClusterer } from '../core/campaigns/cluster.js';
import { templateOf } from '../core/lines/simhash.js';
import type { Report, Store } from '../store/index.js';
import { stixId } from './ids.js';

export interface Counted { readonly value: string; readonly reports: number }

export interface CampaignView {
  readonly id: string;
  readonly firstSeen: string;
  readonly lastSeen: string;
  readonly reports: number;
  readonly channels: Readonly<Record<string, number>>;
  /** Reports a day (UTC), oldest first. */
  readonly timeline: readonly { day: string; reports: number }[];
  readonly urls: readonly Counted[];
  readonly domains: readonly Counted[];
  readonly phones: readonly Counted[];
  /** Up to three distinct templates, most reported first. */
  readonly examples: readonly string[];
}

export interface CampaignQuery {
  /** ISO time: reports received at or after it (default: 30 days back). */
  readonly since: string;
  /** Campaigns with at least this many reports (default 2). */
  readonly minReports?: number;
  readonly limit?: number;
}

/** At most this many reports are clustered per call (the newest are kept). */
export const MAX_REPORTS = 200_000;

interface Acc {
  first: Report; last: Report; reports: number;
  channels: Map<string, number>; days: Map<string, number>;
  urls: Map<string, number>; domains: Map<string, number>; phones: Map<string, number>; templates: Map<string, number>;
}

const bump = (m: Map<string, number>, k: string): void => { m.set(k, (m.get(k) ?? 0) + 1); };
const top = (m: Map<string, number>, n: number): Counted[] => [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, n).map(([value, reports]) => ({ value, reports }));

/** What a stored report's indicators name (the engine's shape: urls with normalized/domain, phones with normalized). */
function namesOf(r: Report): { urls: string[]; domains: string[]; phones: string[] } {
  const i = (r.indicators ?? {}) as { urls?: { normalized?: string; domain?: string | null }[]; domains?: string[]; phones?: { normalized?: string; kind?: string }[] };
  const urls = (i.urls ?? []).map((u) => u.normalized).filter((v): v is string => typeof v === 'string');
  const domains = new Set([...(i.domains ?? []).filter((d) => typeof d === 'string'), ...(i.urls ?? []).map((u) => u.domain).filter((d): d is string => typeof d === 'string')]);
  const phones = new Set((i.phones ?? []).filter((p) => p.kind !== 'alphanumeric').map((p) => p.normalized).filter((v): v is string => typeof v === 'string'));
  if (r.sender && /^[0-9+]+$/.test(r.sender)) phones.add(r.sender);
  return { urls, domains: [...domains], phones: [...phones] };
}

export async function campaignsOf(store: Store, q: CampaignQuery): Promise<CampaignView[]> {
  const flagged: Report[] = [];
  for await (const r of store.reports.exportSince(q.since)) {
    if (r.verdict === 'allow') continue;
    flagged.push(r);
    if (flagged.length > MAX_REPORTS) flagged.shift();
  }
  const clusterer = createClusterer();
  const ids = flagged.map((r) => clusterer.add(r.text));
  const acc = new Map<number, Acc>();
  flagged.forEach((r, i) => {
    const id = clusterer.resolve(ids[i] as number);
    let a = acc.get(id);
    if (!a) {
      a = { first: r, last: r, reports: 0, channels: new Map(), days: new Map(), urls: new Map(), domains: new Map(), phones: new Map(), templates: new Map() };
      acc.set(id, a);
    }
    a.last = r;
    a.reports++;
    bump(a.channels, r.channel);
    bump(a.days, r.receivedAt.slice(0, 10));
    bump(a.templates, templateOf(r.text));
    const n = namesOf(r);
    for (const u of n.urls) bump(a.urls, u);
    for (const d of n.domains) bump(a.domains, d);
    for (const p of n.phones) bump(a.phones, p);
  });
  const min = q.minReports ?? 2;
  return [...acc.values()].filter((a) => a.reports >= min).sort((x, y) => y.reports - x.reports || (x.first.receivedAt < y.first.receivedAt ? -1 : 1))
    .slice(0, q.limit ?? 100).map((a) => ({
      id: stixId('campaign', templateOf(a.first.text)),
      firstSeen: a.first.receivedAt, lastSeen: a.last.receivedAt, reports: a.reports,
      channels: Object.fromEntries(a.channels),
      timeline: [...a.days.entries()].sort().map(([day, reports]) => ({ day, reports })),
      urls: top(a.urls, 50), domains: top(a.domains, 50), phones: top(a.phones, 50),
      examples: top(a.templates, 3).map((t) => t.value),
    }));
}
