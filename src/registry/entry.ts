// One sender registry entry as an operator gives it (admin API, CSV row): its kind decides
// what its value may be and how it is normalised, so that the entry meets the sender the
// engine classifies (national digits for numbers, senderKey for IDs).
import { classifySender, parsePhoneNumber, senderKey } from '../core/sender/index.js';
import type { PhoneKind } from '../core/types.js';

export const ENTRY_KINDS = ['0005', 'short-code', 'alphanumeric', 'business-number'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];
export const ENTRY_STATES = ['active', 'revoked'] as const;
export type EntryState = (typeof ENTRY_STATES)[number];

/** What an operator gives for one entry. */
export interface EntryInput {
  readonly kind: string;
  readonly value: string;
  readonly company: string;
  readonly brandIds: readonly string[];
  readonly source: string;
  /** YYYY-MM-DD: when the source was read. */
  readonly verifiedAt: string;
  /** Only CSV rows may say `revoked`; the API revokes with its own route. */
  readonly state?: string;
}

export interface ValidEntry {
  readonly kind: EntryKind;
  /** The lookup key: national digits for numbers, senderKey for IDs. */
  readonly value: string;
  /** As the operator wrote it (an ID's capitals), for people. */
  readonly display: string;
  readonly company: string;
  readonly brandIds: readonly string[];
  readonly source: string;
  readonly verifiedAt: string;
  readonly state: EntryState;
}

export type EntryErrorCode = 'E_BAD_KIND' | 'E_BAD_VALUE' | 'E_BAD_COMPANY' | 'E_UNKNOWN_BRAND' | 'E_BAD_SOURCE' | 'E_BAD_DATE' | 'E_BAD_STATE';
export interface EntryError { readonly code: EntryErrorCode; readonly field: string; readonly message: string }

// Fixed, toll-free (0120/0800), navi-dial, IP (050) and premium lines belong to businesses;
// mobiles and pagers are persons' and foreign numbers are nobody's to vouch for here.
const BUSINESS: ReadonlySet<PhoneKind> = new Set(['fixed', 'toll-free', 'navi-dial', 'ip-phone', 'premium']);

/** The kind's normalised value, or why the value does not fit it. */
export function normaliseValue(kind: EntryKind, raw: string): { ok: true; value: string; display: string } | { ok: false; message: string } {
  const display = raw.normalize('NFKC').trim();
  if (display === '' || display.length > 32) return { ok: false, message: 'value: 1–32 characters' };
  const phone = parsePhoneNumber(display);
  switch (kind) {
    case '0005':
      return phone?.kind === 'carrier-common' ? { ok: true, value: phone.normalized, display: phone.normalized } : { ok: false, message: `value: ${display} is not a 0005 number (8–10 digits starting 0005)` };
    case 'short-code':
      return phone?.kind === 'short-code' ? { ok: true, value: phone.normalized, display: phone.normalized } : { ok: false, message: `value: ${display} is not a short code (3–6 digits)` };
    case 'business-number':
      return phone && BUSINESS.has(phone.kind) ? { ok: true, value: phone.normalized, display: phone.normalized } : { ok: false, message: `value: ${display} is not a business number (fixed, 0120/0800, 0570, 050)` };
    case 'alphanumeric': {
      const s = classifySender(display);
      return s.kind === 'alphanumeric' ? { ok: true, value: senderKey(s.normalized), display: s.normalized } : { ok: false, message: `value: ${display} is not an alphanumeric sender ID` };
    }
  }
}

const isKind = (k: string): k is EntryKind => (ENTRY_KINDS as readonly string[]).includes(k);

/** Every problem with the input at once; `brandIds` is data/brands.json's. */
export function validateEntry(input: EntryInput, brandIds: ReadonlySet<string>): { ok: true; value: ValidEntry } | { ok: false; errors: EntryError[] } {
  const errors: EntryError[] = [];
  const kind = input.kind.trim();
  let value: { value: string; display: string } | null = null;
  if (!isKind(kind)) errors.push({ code: 'E_BAD_KIND', field: 'kind', message: `kind: '${kind.slice(0, 40)}' is not one of ${ENTRY_KINDS.join(', ')}` });
  else {
    const v = normaliseValue(kind, input.value);
    if (v.ok) value = v;
    else errors.push({ code: 'E_BAD_VALUE', field: 'value', message: v.message });
  }
  const company = input.company.trim();
  if (company === '' || company.length > 200) errors.push({ code: 'E_BAD_COMPANY', field: 'company', message: 'company: 1–200 characters' });
  const brands = [...new Set(input.brandIds.map((b) => b.trim()).filter(Boolean))];
  const unknown = brands.filter((b) => !brandIds.has(b));
  if (unknown.length > 0) errors.push({ code: 'E_UNKNOWN_BRAND', field: 'brandIds', message: `brandIds: unknown brand ${unknown.slice(0, 3).join(', ')} (ids of data/brands.json)` });
  const source = input.source.trim();
  if (!/^https?:\/\/[^\s/]+\.[^\s]+$/.test(source) || source.length > 2048) errors.push({ code: 'E_BAD_SOURCE', field: 'source', message: 'source: the http(s) URL of the page that documents the sender' });
  const verifiedAt = input.verifiedAt.trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(verifiedAt) || Number.isNaN(Date.parse(`${verifiedAt}T00:00:00Z`)) || new Date(`${verifiedAt}T00:00:00Z`).toISOString().slice(0, 10) !== verifiedAt) {
    errors.push({ code: 'E_BAD_DATE', field: 'verifiedAt', message: 'verifiedAt: a date, YYYY-MM-DD' });
  }
  const state = (input.state ?? 'active').trim() || 'active';
  if (state !== 'active' && state !== 'revoked') errors.push({ code: 'E_BAD_STATE', field: 'state', message: 'state: active or revoked' });
  if (errors.length > 0 || !value) return { ok: false, errors };
  return { ok: true, value: { kind: kind as EntryKind, value: value.value, display: value.display, company, brandIds: brands, source, verifiedAt, state: state as EntryState } };
}
