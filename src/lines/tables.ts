// The tables of migrations 005 and 007, as Kysely sees them (queried with `store.db.withTables`).
import type { Generated, Kysely } from 'kysely';
import type { Database, Store } from '../store/index.js';
import type { CaseState } from './cases.js';

export interface LineFlagsTable {
  id: Generated<number>;
  line: string;
  /** The line in national form (consent's lineKey), or as written when it is not a number. */
  line_key: string;
  kind: 'infected' | 'verification-proxy';
  score: number;
  /** JSON: the detector's reasons (code, en, ja, value). */
  reasons: string;
  first_flagged_at: string;
  /** JSON: where the flag came from and what the store knew (reporters, source). */
  evidence: string;
  recorded_at: string;
}

export interface LineCasesTable {
  id: string;
  /** As first written in the records. */
  line: string;
  /** One case per line_key and kind. */
  line_key: string;
  kind: 'infected' | 'verification-proxy';
  state: CaseState;
  score: number;
  escalated: number;
  reopened: number;
  opened_at: string;
  updated_at: string;
  last_flagged_at: string;
}

export interface LineCaseEventsTable {
  id: Generated<number>;
  case_id: string;
  at: string;
  actor: string;
  action: string;
  from_state: string | null;
  to_state: string | null;
  detail: string | null;
}

/**
 * pending (waits for an analyst, or for a server in `--warnings auto`) → queued (approved) →
 * sending → sent; or denied (by an analyst), or skipped (with a reason: stale event, consent…).
 */
export type WarningState = 'pending' | 'queued' | 'sending' | 'sent' | 'skipped' | 'denied';
export const WARNING_STATES: readonly WarningState[] = ['pending', 'queued', 'sending', 'sent', 'skipped', 'denied'];

export interface LineWarningsTable {
  id: string;
  case_id: string;
  line: string;
  state: WarningState;
  reason: string | null;
  attempts: number;
  queued_at: string;
  updated_at: string;
  sent_at: string | null;
  /** When the traffic behind the flag happened (the flag's first_flagged_at); null: unknown, never sent. */
  event_at: string | null;
  /** Who approved or denied it (`key:…`, `cli:…`, `system:warnings-auto`), and when. */
  decided_by: string | null;
  decided_at: string | null;
}

export type LinesTables = {
  line_flags: LineFlagsTable;
  line_cases: LineCasesTable;
  line_case_events: LineCaseEventsTable;
  line_warnings: LineWarningsTable;
};

export type LinesDb = Kysely<Database & LinesTables>;

export const linesDb = (store: Store): LinesDb => store.db.withTables<LinesTables>();

/** The same view of a transaction's connection. */
export const linesTx = (tx: Kysely<Database>): LinesDb => tx.withTables<LinesTables>();
