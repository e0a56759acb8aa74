// Tables of the store, as Kysely sees them. Timestamps are ISO 8601 text on both
// engines (sortable, and one format for exports); JSON columns are text.
import type { Generated } from 'kysely';

export interface ReportsTable {
  id: string;
  received_at: string;
  channel: 'sms' | 'web' | 'api' | 'call' | 'network';
  text: string;
  sender: string | null;
  reporter_hash: string | null;
  /** The reporter's number under the line detector's keyed hash (decimal), for 7726 reports; never the number. */
  reporter_line_hash?: string | null;
  org: string | null;
  verdict: 'block' | 'suspicious' | 'allow';
  score: number;
  reasons: string;
  indicators: string;
}

export interface IndicatorsTable {
  kind: 'url' | 'domain' | 'phone';
  value: string;
  first_seen: string;
  last_seen: string;
  report_count: number;
}

export interface AuditTable {
  id: Generated<number>;
  at: string;
  actor: string;
  action: string;
  subject: string;
  detail: string | null;
}

export interface ApiKeysTable {
  id: string;
  org: string;
  /** partner: an organisation that reads what the hub shares (TAXII, RPZ, CSV) and adds its own indicators as evidence. */
  role: 'reporter' | 'analyst' | 'carrier' | 'partner' | 'admin' | 'aggregator';
  key_hash: string;
  created_at: string;
  revoked_at: string | null;
}

export interface SettingsTable {
  name: string;
  value: string;
}

export interface Database {
  reports: ReportsTable;
  indicators: IndicatorsTable;
  audit: AuditTable;
  api_keys: ApiKeysTable;
  settings: SettingsTable;
}
