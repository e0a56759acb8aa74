// The vocabulary of infected-line detection, shared by the pure detector (this folder),
// the capability around it (src/lines: store, cases, warnings, NATS workers, API) and
// consent (src/consent). Everything here is pure: event time comes from the records,
// consent and reputation are injected.
import type { LineReasonCode, LineScoreTable } from './scores.js';

export type { LineReasonCode, LineScoreTable } from './scores.js';

/** How the record's sending line reached the network (DESIGN.md, "Traffic record"). */
export type Origin = 'handset' | 'aggregator' | 'international';

/** One SMS as a carrier's traffic record shows it. `ts` is event time in epoch ms. */
export interface TrafficRecord {
  readonly ts: number;
  /** The sending line, exactly as in the record (flags name it this way). */
  readonly from: string;
  /** The recipient, as in the record; the detector keeps it only as a keyed hash. */
  readonly to: string;
  readonly origin: Origin;
  readonly text?: string;
}

export type ParsedRecord = { readonly ok: true; readonly record: TrafficRecord } | { readonly ok: false; readonly error: string };

/**
 * Infected lines are handsets sending lures; verification proxies (SMS認証代行) are lines that
 * receive one-time codes from many unrelated senders and send little — for the KYC team.
 */
export type LineFlagKind = 'infected' | 'verification-proxy';

/** One piece of evidence behind a flag, explained for analysts. `code` is stable. */
export interface LineReason {
  readonly code: LineReasonCode;
  readonly en: string;
  readonly ja: string;
  /** The figure behind it (a count, a share 0–1…), where there is one. */
  readonly value?: number;
}

export interface LineFlag {
  readonly kind: LineFlagKind;
  /** The line as it appears in the records. */
  readonly line: string;
  /** 0–100. */
  readonly score: number;
  /** Event time (epoch ms) of the record that crossed the threshold. */
  readonly firstFlaggedAt: number;
  readonly reasons: readonly LineReason[];
}

/** What the detector is given; it does no I/O of its own. */
export interface DetectorDeps {
  /** Points, tiers and thresholds (data/line-scores.json, validated by parseLineScores). */
  readonly scores: LineScoreTable;
  /**
   * Consent: true when the line has opted out of detection. Asked for the sender and for the
   * recipient of every record before anything about the record is computed or kept; an
   * excluded sender's records are dropped, an excluded recipient's records are dropped too.
   */
  readonly excluded: (line: string) => boolean;
  /**
   * Keyed hash of a recipient (or any number kept in state): the detector never keeps a raw
   * recipient. A fast keyed hash is fine for in-memory state; stores use their own HMAC.
   */
  readonly hashNumber: (number: string) => number;
  /**
   * The engine's view of a record's text, where there is text. `score` (0–100), when given,
   * lets a confident block weigh more than a marginal one. Called once per template, not per record.
   */
  readonly analyseText?: (text: string, from: string) => { readonly verdict: 'block' | 'suspicious' | 'allow'; readonly score?: number; readonly urls: number; readonly indicators: readonly { readonly kind: string; readonly value: string }[] };
  /** Known-bad indicators (from reports): URL, domain or phone number. */
  readonly isKnownBad?: (kind: string, value: string) => boolean;
  /**
   * Reports naming this line as a lure's sender (from the intake), each with its reporter's
   * number under `hashNumber` (undefined when the channel gave none: web form, API) and when it
   * was received (epoch ms). A report counts only when the line's own traffic texted its
   * reporter before it: the reporter chose the number it names.
   */
  readonly reports?: (line: string) => readonly LineReport[];
}

/** One report naming a line, as the detector is given it. */
export interface LineReport {
  /** The reporter's own number, keyed as `DetectorDeps.hashNumber` keys numbers; undefined when unknown. */
  readonly reporter?: number;
  /** When the report was received (epoch ms). */
  readonly at: number;
}
