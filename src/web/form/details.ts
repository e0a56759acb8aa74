// What a reporter adds to a report afterwards (the 7726 reply links here with the report's
// reference): the sender's number, where the message arrived, a note. The sender goes on
// the report itself (and counts as an indicator); the rest is kept in report_details
// (store migration 002). Each is given once: a second answer is refused, never merged.
import type { Kysely, Transaction } from 'kysely';
import type { Database, Store } from '../../store/index.js';
import { hasControlCharacters } from '../text.js';
import { normaliseSender } from '../reports.js';
import { RECEIVED_VIA, type ReceivedVia } from './copy.js';

export const NOTE_MAX = 1000;
export const REPORT_ID = /^R-[0-9A-Z]{5}-[0-9A-Z]{5}$/;

export interface ReportDetailsTable {
  report_id: string;
  added_at: string;
  received_via: ReceivedVia | null;
  note: string | null;
}

export interface DetailsInput {
  readonly sender?: string;
  readonly receivedVia?: string;
  readonly note?: string;
}

export type DetailsError =
  | { readonly status: 400; readonly code: 'E_BAD_SENDER' | 'E_BAD_NOTE' | 'E_BAD_VIA' | 'E_EMPTY_DETAILS'; readonly message: string }
  | { readonly status: 404; readonly code: 'E_NOT_FOUND'; readonly message: string }
  | { readonly status: 409; readonly code: 'E_HAS_SENDER' | 'E_HAS_DETAILS'; readonly message: string };

export type DetailsOutcome =
  | { readonly ok: true; readonly added: readonly ('sender' | 'receivedVia' | 'note')[]; readonly sender: string | null }
  | ({ readonly ok: false } & DetailsError);

interface Valid {
  readonly sender: string | null;
  readonly receivedVia: ReceivedVia | null;
  readonly note: string | null;
}

/** Blank fields count as not given: a form sends every field, filled or not. */
export function validateDetails(input: DetailsInput): { ok: true; value: Valid } | ({ ok: false } & DetailsError) {
  const rawSender = input.sender?.trim() ?? '';
  const sender = rawSender === '' ? null : normaliseSender(rawSender);
  if (rawSender !== '' && sender === null) return { ok: false, status: 400, code: 'E_BAD_SENDER', message: 'sender: not a phone number, short code or sender ID' };
  const via = input.receivedVia?.trim() ?? '';
  if (via !== '' && !(RECEIVED_VIA as readonly string[]).includes(via)) return { ok: false, status: 400, code: 'E_BAD_VIA', message: `receivedVia: one of ${RECEIVED_VIA.join(', ')}` };
  const note = input.note?.trim() ?? '';
  if (note.length > NOTE_MAX || hasControlCharacters(note)) return { ok: false, status: 400, code: 'E_BAD_NOTE', message: `note: at most ${NOTE_MAX} characters of text` };
  if (sender === null && via === '' && note === '') return { ok: false, status: 400, code: 'E_EMPTY_DETAILS', message: 'give at least one of sender, receivedVia, note' };
  return { ok: true, value: { sender, receivedVia: via === '' ? null : (via as ReceivedVia), note: note === '' ? null : note } };
}

const tables = (store: Store) => store.db.withTables<{ report_details: ReportDetailsTable }>();

/** Whether the report exists, already has a sender, already has details: for the page to ask only what is missing. */
export async function detailsState(store: Store, id: string): Promise<{ exists: false } | { exists: true; hasSender: boolean; hasDetails: boolean }> {
  if (!REPORT_ID.test(id)) return { exists: false };
  const report = await store.db.selectFrom('reports').select(['id', 'sender']).where('id', '=', id).executeTakeFirst();
  if (!report) return { exists: false };
  const details = await tables(store).selectFrom('report_details').select('report_id').where('report_id', '=', id).executeTakeFirst();
  return { exists: true, hasSender: report.sender !== null, hasDetails: details !== undefined };
}

export async function getDetails(store: Store, id: string): Promise<{ addedAt: string; receivedVia: ReceivedVia | null; note: string | null } | undefined> {
  const d = await store.reports.details(id);
  return d ? { addedAt: d.addedAt, receivedVia: d.receivedVia as ReceivedVia | null, note: d.note } : undefined;
}

/** The details were taken by another answer in between: the whole answer is refused. */
class DetailsTaken extends Error {}

/**
 * `setSender`: how the sender is recorded — the report service's (src/reports), which also adds
 * it as evidence; the store's own by default. It runs `also` (the details) in the transaction
 * that records the sender, so an answer is kept whole or not at all.
 */
export async function addDetails(
  store: Store, clock: () => Date, id: string, input: DetailsInput,
  setSender: (id: string, sender: string, also?: (tx: Transaction<Database>) => Promise<void>) => Promise<{ ok: true } | { ok: false; code: string }> = (rid, s, also) => store.reports.setSender(rid, s, also),
): Promise<DetailsOutcome> {
  const valid = validateDetails(input);
  if (!valid.ok) return valid;
  const { sender, receivedVia, note } = valid.value;
  const state = await detailsState(store, id);
  if (!state.exists) return { ok: false, status: 404, code: 'E_NOT_FOUND', message: `no report ${id}` };
  // Both refusals before any write, so a refused request changes nothing.
  if (sender !== null && state.hasSender) return { ok: false, status: 409, code: 'E_HAS_SENDER', message: `report ${id} already has a sender` };
  const wantsDetails = receivedVia !== null || note !== null;
  if (wantsDetails && state.hasDetails) return { ok: false, status: 409, code: 'E_HAS_DETAILS', message: `report ${id} already has details` };
  const hasDetails = { ok: false, status: 409, code: 'E_HAS_DETAILS', message: `report ${id} already has details` } as const;

  const insertDetails = async (db: Kysely<Database> | Transaction<Database>): Promise<boolean> => {
    const r = await (db as unknown as Kysely<{ report_details: ReportDetailsTable }>).insertInto('report_details')
      .values({ report_id: id, added_at: clock().toISOString(), received_via: receivedVia, note })
      .onConflict((oc) => oc.column('report_id').doNothing())
      .executeTakeFirst();
    return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
  };
  const added: ('sender' | 'receivedVia' | 'note')[] = [];
  if (sender !== null) {
    let r: { ok: true } | { ok: false; code: string };
    try {
      r = await setSender(id, sender, wantsDetails ? async (tx) => { if (!(await insertDetails(tx))) throw new DetailsTaken(); } : undefined);
    } catch (err) {
      // Another answer won the race in between: nothing of this one is kept.
      if (err instanceof DetailsTaken) return hasDetails;
      throw err;
    }
    if (!r.ok) {
      return r.code === 'E_NOT_FOUND'
        ? { ok: false, status: 404, code: 'E_NOT_FOUND', message: `no report ${id}` }
        : { ok: false, status: 409, code: 'E_HAS_SENDER', message: `report ${id} already has a sender` };
    }
    added.push('sender');
  } else if (wantsDetails && !(await insertDetails(store.db))) return hasDetails;
  if (receivedVia !== null) added.push('receivedVia');
  if (note !== null) added.push('note');
  return { ok: true, added, sender };
}
