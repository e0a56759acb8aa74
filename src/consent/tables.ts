// The consent tables as Kysely sees them (migration 004_consent).
import type { Generated } from 'kysely';

export interface ConsentLinesTable {
  line: string;
  detection: number;
  warnings: number;
  filtering: number;
  cnc_blocking: number;
  since: string;
}

export interface ConsentHistoryTable {
  id: Generated<number>;
  line: string;
  at: string;
  actor: string;
  channel: string;
  action: string;
  detail: string;
}

/** Migration 006: one row per requesting browser (the hash of its token), several per line. */
export interface ConsentCodesTable {
  request_hash: string;
  line: string;
  code_hash: string;
  expires_at: string;
  attempts: number;
}

export interface ConsentSessionsTable {
  token_hash: string;
  line: string;
  expires_at: string;
}

export interface ConsentThrottleTable {
  key: string;
  window_start: string;
  count: number;
}

export type ConsentTables = {
  consent_lines: ConsentLinesTable;
  consent_history: ConsentHistoryTable;
  consent_codes: ConsentCodesTable;
  consent_sessions: ConsentSessionsTable;
  consent_throttle: ConsentThrottleTable;
};
