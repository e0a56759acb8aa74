// Types of summary.js (plain JavaScript so that browsers run it as served).
import type { VerdictLabel } from '../../../core/types.js';

export type Lang = 'ja' | 'en';

export interface BrandNames {
  readonly [id: string]: { readonly ja: string; readonly en: string; readonly officialDomains: readonly string[] };
}

export interface CheckResult {
  readonly verdict: VerdictLabel;
  readonly score: number;
  readonly reasons: readonly { code: string; weight: number; ja: string; en: string; detail?: Readonly<Record<string, unknown>> }[];
  readonly indicators: { readonly urls: readonly { raw: string; normalized: string; host: string; hostUnicode?: string; domain?: string | null; userinfoHost?: string | null }[] };
}

export type LinkStatus = 'dangerous' | 'official' | 'unknown';
export type SenderStatus = 'official' | 'unofficial' | 'overseas' | 'personal' | 'reported' | 'unverified';

export interface Summary {
  readonly verdict: VerdictLabel;
  readonly score: number;
  readonly brands: readonly { id: string; name: string }[];
  readonly links: readonly { shown: string; host: string; status: LinkStatus; brand?: string }[];
  readonly sender: { shown: string; status: SenderStatus } | null;
  /** Why, in the reader's language, strongest first. */
  readonly findings: readonly string[];
  /** Evidence that it is genuine (official domain or sender, a one-time code…). */
  readonly reassurance: readonly string[];
}

export function defang(raw: string): string;
export function summarise(result: CheckResult, opts: { lang: Lang; brands: BrandNames; sender?: string }): Summary;
