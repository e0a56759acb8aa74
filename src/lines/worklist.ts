// The call centre's worklist as CSV (RFC 4180, written by csv-stringify): escalated cases
// still open, oldest first.
import { stringify } from 'csv-stringify/sync';
import type { CaseRecord } from './records.js';

const COLUMNS = ['case_id', 'line', 'kind', 'state', 'reopened', 'score', 'last_flagged_at', 'opened_at', 'updated_at'] as const;

// What a spreadsheet may run: a cell whose first visible character (after NFKC, so `＝＋－＠`
// count as `=+-@`, and after any leading spaces — no-break and ideographic too) starts a
// formula, a DDE call (`|`) or a control; or a cell that holds `;` or `,` followed by one,
// since a spreadsheet set to split on that character starts a new cell there.
const TRIGGER = /^[\s\u200b-\u200d\u2060\ufeff]*[=+\-@|\t\r\n]/u;
const INNER_TRIGGER = /[;,][\s\u200b-\u200d\u2060\ufeff]*[=+\-@|]/u;

/** `'` in front of anything a spreadsheet would run: `+8190…` shows as a number to call. */
export function formulaSafe(value: string): string {
  const folded = value.normalize('NFKC');
  return TRIGGER.test(folded) || INNER_TRIGGER.test(folded) || /^[\t\r]/.test(value) ? `'${value}` : value;
}

export function worklistCsv(cases: readonly CaseRecord[]): string {
  return stringify(
    cases.map((c) => [c.id, c.line, c.kind, c.state, c.reopened, c.score, c.lastFlaggedAt, c.openedAt, c.updatedAt]),
    {
      header: true, columns: [...COLUMNS], record_delimiter: 'windows',
      cast: { string: formulaSafe, number: (n) => String(n) },
      // Quoted whenever a separator of any locale is inside, not only a comma.
      quoted_match: /[;|\t]/,
    },
  );
}
