// The store a command works on: --db PATH, else DATABASE_URL for PostgreSQL, else the default file.
import { openStore, type Store } from '../store/index.js';

export async function storeFor(db: string | undefined): Promise<{ ok: true; store: Store } | { ok: false; error: { code: string; message: string } }> {
  try {
    return { ok: true, store: await openStore({ sqlitePath: db, databaseUrl: db === undefined ? process.env.DATABASE_URL || undefined : undefined }) };
  } catch (err) {
    return { ok: false, error: { code: 'E_STORE', message: `cannot open the store: ${(err as Error).message}` } };
  }
}
