// One set of migrations for both engines, applied in this order at open. Kysely keeps
// migrations dialect-blind on purpose, so each receives the dialect.
//
// To add tables (any capability): a new file `NNN_what.ts` here with the next number,
// exporting `id` (its file name without .ts; never changed once shipped) and
// `up(db, dialect)`, appended to the list below. Never edit a shipped migration: add
// another. Use types both engines share (text, integer, bigint; ISO 8601 text for times,
// JSON as text), and declare the tables for queries with `store.db.withTables<{…}>()`.
import type { Kysely, Migration, MigrationProvider } from 'kysely';
import * as init from './001_init.js';
import * as reportDetails from './002_report_details.js';
import * as intakeDialogues from './003_intake_dialogues.js';
import * as consent from './004_consent.js';
import * as lines from './005_lines.js';
import * as consentCodeRequests from './006_consent_code_requests.js';
import * as warningControls from './007_warning_controls.js';
import * as indicatorTrust from './008_indicator_trust.js';
import * as intakeDurability from './009_intake_durability.js';
import * as appeals from './010_appeals.js';
import * as senderRegistry from './011_sender_registry.js';
import * as aggregatorNotices from './012_aggregator_notices.js';
import * as sharing from './014_sharing.js';
import * as reportLineHash from './015_report_line_hash.js';
import * as firewallHeld from './016_firewall_held.js';
import * as campaigns from './017_campaigns.js';
import * as sharingGroups from './019_sharing_groups.js';

export type Dialect = 'sqlite' | 'postgres';

interface StoreMigration {
  readonly id: string;
  up(db: Kysely<unknown>, dialect: Dialect): Promise<void>;
}

export const migrations: readonly StoreMigration[] = [init, reportDetails, intakeDialogues, consent, lines, consentCodeRequests, warningControls, indicatorTrust, intakeDurability, appeals, senderRegistry, aggregatorNotices, sharing, reportLineHash, firewallHeld, campaigns, sharingGroups];

export function migrationProvider(dialect: Dialect): MigrationProvider {
  return {
    async getMigrations(): Promise<Record<string, Migration>> {
      return Object.fromEntries(migrations.map((m) => [m.id, { up: (db: Kysely<unknown>) => m.up(db, dialect) }]));
    },
  };
}
