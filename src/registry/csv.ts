// Registry rows from CSV (RFC 4180: quoted fields may hold commas, quotes and line breaks), with
// the line each row starts on, so that every refusal names the line to fix.
//
//   kind,value,company,brands,source,verified_at[,state]
//   0005,0005-12-3456,株式会社例,smbc;smbccard,https://example.jp/sms,2026-12-01
import type { EntryError, EntryInput } from './entry.js';

export const CSV_COLUMNS = ['kind', 'value', 'company', 'brands', 'source', 'verified_at'] as const;

export type CsvErrorCode = 'E_CSV_HEADER' | 'E_CSV_QUOTE' | 'E_CSV_COLUMNS' | 'E_DUPLICATE' | EntryError['code'];
export interface CsvRowError { readonly line: number; readonly code: CsvErrorCode; readonly message: string }
export interface CsvRow { readonly line: number; readonly input: EntryInput }

/** Records with the line each starts on; an unterminated quote is an error of its record's line. */
export function csvRecords(text: string): { records: { line: number; fields: string[] }[]; error?: CsvRowError } {
  const records: { line: number; fields: string[] }[] = [];
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let line = 1;
  let i = 0;
  while (i < src.length) {
    const start = line;
    const fields: string[] = [];
    let field = '';
    for (;;) {
      if (src[i] === '"') {
        i++;
        for (;;) {
          if (i >= src.length) return { records, error: { line: start, code: 'E_CSV_QUOTE', message: 'a quoted field is not closed' } };
          const c = src[i] as string;
          if (c === '"') {
            if (src[i + 1] === '"') { field += '"'; i += 2; continue; }
            i++;
            break;
          }
          if (c === '\n') line++;
          field += c;
          i++;
        }
      }
      while (i < src.length && src[i] !== ',' && src[i] !== '\n' && src[i] !== '\r') field += src[i++];
      if (src[i] === ',') { fields.push(field); field = ''; i++; continue; }
      fields.push(field);
      if (src[i] === '\r') i++;
      if (src[i] === '\n') i++;
      line++;
      break;
    }
    // Blank lines carry nothing.
    if (!(fields.length === 1 && fields[0]!.trim() === '')) records.push({ line: start, fields });
  }
  return { records };
}

/** Rows as entry inputs, and the rows refused before validation (shape, duplicates). */
export function parseRegistryCsv(text: string): { rows: CsvRow[]; errors: CsvRowError[] } {
  const { records, error } = csvRecords(text);
  const errors: CsvRowError[] = error ? [error] : [];
  const [head, ...body] = records;
  if (!head) return { rows: [], errors: errors.length ? errors : [{ line: 1, code: 'E_CSV_HEADER', message: `the file is empty; the first line names the columns: ${CSV_COLUMNS.join(',')}[,state]` }] };
  const names = head.fields.map((f) => f.trim().toLowerCase());
  const missing = CSV_COLUMNS.filter((c) => !names.includes(c));
  if (missing.length > 0) return { rows: [], errors: [{ line: head.line, code: 'E_CSV_HEADER', message: `the header lacks ${missing.join(', ')} (columns: ${CSV_COLUMNS.join(',')}[,state])` }, ...errors] };
  const col = (name: string): number => names.indexOf(name);
  const rows: CsvRow[] = [];
  for (const r of body) {
    if (r.fields.length !== names.length) {
      errors.push({ line: r.line, code: 'E_CSV_COLUMNS', message: `${r.fields.length} fields, the header has ${names.length}` });
      continue;
    }
    const f = (name: string): string => (col(name) >= 0 ? (r.fields[col(name)] as string) : '');
    rows.push({
      line: r.line,
      input: {
        kind: f('kind'), value: f('value'), company: f('company'),
        // Brands apart by ; | or spaces (a comma would need quotes).
        brandIds: f('brands').split(/[;|\s]+/).filter(Boolean),
        source: f('source'), verifiedAt: f('verified_at'), state: col('state') >= 0 ? f('state') : undefined,
      },
    });
  }
  return { rows, errors };
}
