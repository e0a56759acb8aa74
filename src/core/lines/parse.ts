// Traffic records as carriers hand them over (DESIGN.md, "Traffic record"): one JSON object
// per line. Errors are values naming the field, so a bad line in a large file is reported
// and skipped rather than stopping the replay.
import type { Origin, ParsedRecord } from './types.js';

// ISO 8601 with a date and, when there is a time, an explicit zone: event time must not
// depend on the machine's time zone, or a replay elsewhere would differ.
const ISO_8601 = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2}))?$/i;
/** Longest line field accepted; longer is not a phone number or a sender ID. */
const MAX_LINE_LENGTH = 64;

function digits(s: string, at: number, n: number): number {
  let v = 0;
  for (let i = at; i < at + n; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

// The form nearly every export uses, "2026-01-05T09:30:00Z" or with milliseconds, read by
// hand: Date.parse costs more than the rest of parsing a record together.
function fastUtc(s: string): number | null {
  const len = s.length;
  if ((len !== 20 && len !== 24) || s.charCodeAt(len - 1) !== 90 /* Z */ || s[4] !== '-' || s[7] !== '-' || s[10] !== 'T' || s[13] !== ':' || s[16] !== ':') return null;
  if (len === 24 && s[19] !== '.') return null;
  const y = digits(s, 0, 4);
  const mo = digits(s, 5, 2);
  const d = digits(s, 8, 2);
  const h = digits(s, 11, 2);
  const mi = digits(s, 14, 2);
  const sec = digits(s, 17, 2);
  const ms = len === 24 ? digits(s, 20, 3) : 0;
  if (!validDate(y, mo, d) || h < 0 || h > 23 || mi < 0 || mi > 59 || sec < 0 || sec > 59 || ms < 0) return null;
  return Date.UTC(y, mo - 1, d, h, mi, sec, ms);
}

// Date.parse rolls 2026-02-30 over into March; a record with an impossible date is bad data.
function validDate(y: number, mo: number, d: number): boolean {
  if (y < 0 || mo < 1 || mo > 12 || d < 1 || d > DAYS_IN_MONTH[mo - 1]!) return false;
  return !(mo === 2 && d === 29 && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)));
}

/**
 * The last millisecond of year 9999: later epoch times are no date an ISO 8601 text can name
 * (past 8.64e15 not even a Date), and a flag raised at one could not be written down.
 */
const MAX_EVENT_MS = 253_402_300_799_999;

/** Event time in epoch ms from an ISO 8601 string or epoch-ms number; null when unusable. */
export function parseEventTime(ts: unknown): number | null {
  if (typeof ts === 'number') return Number.isFinite(ts) && ts >= 0 && ts <= MAX_EVENT_MS ? Math.floor(ts) : null;
  if (typeof ts !== 'string') return null;
  const fast = fastUtc(ts);
  if (fast !== null) return fast;
  if (/^\d{10,16}$/.test(ts)) return Number(ts) <= MAX_EVENT_MS ? Number(ts) : null;
  if (!ISO_8601.test(ts)) return null;
  if (!validDate(digits(ts, 0, 4), digits(ts, 5, 2), digits(ts, 8, 2))) return null;
  if (ts.length > 10 && (digits(ts, 11, 2) > 23 || digits(ts, 14, 2) > 59 || (ts[16] === ':' && digits(ts, 17, 2) > 59))) return null;
  const ms = Date.parse(ts.length === 10 ? `${ts}T00:00:00Z` : ts);
  return Number.isFinite(ms) ? ms : null;
}

function lineField(obj: Record<string, unknown>, name: 'from' | 'to'): string | { error: string } {
  const v = obj[name];
  if (typeof v === 'number' && Number.isInteger(v)) return String(v);
  if (typeof v !== 'string') return { error: `"${name}" must be a non-empty string` };
  // Trimming allocates; exports rarely pad, so look at the ends first.
  const s = v.length > 0 && v.charCodeAt(0) > 32 && v.charCodeAt(v.length - 1) > 32 ? v : v.trim();
  if (s === '') return { error: `"${name}" must be a non-empty string` };
  if (s.length > MAX_LINE_LENGTH) return { error: `"${name}" is longer than ${MAX_LINE_LENGTH} characters` };
  return s;
}

/** Parses one JSONL traffic record. Unknown fields are ignored. */
export function parseTrafficRecord(line: string): ParsedRecord {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return { ok: false, error: 'not valid JSON' };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { ok: false, error: 'a traffic record must be a JSON object' };
  const obj = json as Record<string, unknown>;
  if (obj.ts === undefined) return { ok: false, error: '"ts" is missing (ISO 8601 or epoch ms)' };
  const ts = parseEventTime(obj.ts);
  if (ts === null) return { ok: false, error: '"ts" must be ISO 8601 with a time zone (e.g. 2026-01-01T09:00:00Z) or epoch milliseconds' };
  const from = lineField(obj, 'from');
  if (typeof from !== 'string') return { ok: false, error: from.error };
  const to = lineField(obj, 'to');
  if (typeof to !== 'string') return { ok: false, error: to.error };
  if (obj.origin !== 'handset' && obj.origin !== 'aggregator' && obj.origin !== 'international') return { ok: false, error: '"origin" must be one of handset, aggregator, international' };
  const origin = obj.origin as Origin;
  if (obj.text === undefined || obj.text === null) return { ok: true, record: { ts, from, to, origin } };
  if (typeof obj.text !== 'string') return { ok: false, error: '"text" must be a string when present' };
  return { ok: true, record: { ts, from, to, origin, text: obj.text } };
}
