// Confirmed indicators as CSV (RFC 4180, a header row) for the tools that read nothing else.
import { stringify } from 'csv-stringify/sync';
import type { FeedEntry } from './feed.js';

export const CSV_COLUMNS = ['kind', 'value', 'stix_id', 'confirmed_at', 'added_at', 'valid_until'] as const;

/** A cell a spreadsheet would run as a formula gets a leading apostrophe (no value we share starts so but a URL can be made to). */
const cell = (v: string): string => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v);

export function csvOf(entries: readonly FeedEntry[]): string {
  return stringify([[...CSV_COLUMNS], ...entries.map((e) => [e.kind, cell(e.value), e.id, e.modified, e.addedAt, e.validUntil ?? ''])], { record_delimiter: '\r\n' });
}
