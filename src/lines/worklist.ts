// The call centre's worklist as CSV (RFC 4180): escalated cases still open, oldest first.
import type { CaseRecord } from './records.js';

const COLUMNS = ['case_id', 'line', 'kind', 'state', 'reopened', 'score', 'last_flagged_at', 'opened_at', 'updated_at'] as const;

// A cell that a spreadsheet would read as a formula (=, +, -, @ first) gets a leading
// apostrophe: `+8190…` must show as a number to call, not run as one.
function cell(v: string | number): string {
  let s = String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function worklistCsv(cases: readonly CaseRecord[]): string {
  const rows = [COLUMNS.join(',')];
  for (const c of cases) rows.push([c.id, c.line, c.kind, c.state, c.reopened, c.score, c.lastFlaggedAt, c.openedAt, c.updatedAt].map(cell).join(','));
  return rows.join('\r\n') + '\r\n';
}
