// One set of migrations for both engines, applied in this order at open. Kysely keeps
// migrations dialect-blind on purpose, so each receives the dialect. A capability adds
// its tables with a new file here (next number), appended to the list.
import type { Kysely, Migration, MigrationProvider } from 'kysely';
import * as init from './001_init.js';

export type Dialect = 'sqlite' | 'postgres';

interface StoreMigration {
  readonly id: string;
  up(db: Kysely<unknown>, dialect: Dialect): Promise<void>;
}

export const migrations: readonly StoreMigration[] = [init];

export function migrationProvider(dialect: Dialect): MigrationProvider {
  return {
    async getMigrations(): Promise<Record<string, Migration>> {
      return Object.fromEntries(migrations.map((m) => [m.id, { up: (db: Kysely<unknown>) => m.up(db, dialect) }]));
    },
  };
}
