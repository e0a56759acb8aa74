// The store a command works on — --db PATH, else DATABASE_URL for PostgreSQL, else the
// default file — and its keyed-hash secret (--secret-file, SMISHGUARD_SECRET_FILE,
// SMISHGUARD_SECRET, else the file beside the default database). Every command opens it
// here, so all of them honour the same settings and fail with the same codes.
import { existsSync } from 'node:fs';
import { loadSecret, secretSource, storageOf, type SecretSource, type Storage } from '../config/index.js';
import { NoStoreError, openStore, StoredSecretError, type Store, type StoreOptions } from '../store/index.js';
import { EX } from './args.js';

/** The options every store-using command takes. */
export const STORE_OPTIONS = {
  db: { type: 'string' },
  'secret-file': { type: 'string' },
} as const;

export const STORE_HELP = `  --db PATH           SQLite file (default ./smishguard-data/smishguard.db); without it,
                      DATABASE_URL=postgres://… uses PostgreSQL
  --secret-file PATH  the keyed-hash secret (else SMISHGUARD_SECRET_FILE, SMISHGUARD_SECRET,
                      else the file beside the default SQLite database: PATH.secret)`;

export interface StoreAccess {
  /**
   * 'existing': the store must be there (reads, and changes to what is in it): a mistyped
   * --db fails with 66 instead of leaving a new empty database behind. 'create': the store
   * (and, for the SQLite default, its secret file) is made when missing.
   */
  readonly access: 'existing' | 'create';
  /** The command hashes subscriber numbers: without a secret it fails before doing anything. */
  readonly needsSecret?: boolean;
  /** Only `secret export`: open a store that still holds an old in-database secret. */
  readonly allowStoredSecret?: boolean;
  /** Where the store reports trouble once open (the server's logger). */
  readonly storeLog?: StoreOptions['log'];
}

export type StoreFailure = { readonly code: string; readonly message: string; readonly exitCode: number };

export function storeTarget(values: { readonly db?: string; readonly 'secret-file'?: string }, env: NodeJS.ProcessEnv = process.env):
  { ok: true; storage: Storage; secret: SecretSource } | { ok: false; error: StoreFailure } {
  const storage = storageOf(values.db, env);
  if (!('kind' in storage)) return { ok: false, error: { ...storage, exitCode: storage.code === 'E_CONFIG' ? EX.CONFIG : EX.USAGE } };
  const secret = secretSource(values['secret-file'], env, storage);
  if (!('kind' in secret)) return { ok: false, error: secret };
  return { ok: true, storage, secret };
}

export async function openTarget(storage: Storage, source: SecretSource, a: StoreAccess, log: (line: string) => void = (l) => process.stderr.write(l + '\n')):
  Promise<{ ok: true; store: Store } | { ok: false; error: StoreFailure }> {
  const exists = storage.kind === 'postgres' || existsSync(storage.path);
  if (storage.kind === 'sqlite' && !exists && a.access === 'existing') {
    return { ok: false, error: { code: 'E_NO_STORE', message: `no store at ${storage.path} (check --db; \`smishguard serve\` and commands that record something create one)`, exitCode: EX.NOINPUT } };
  }
  const loaded = loadSecret(source, { create: a.access === 'create', required: a.needsSecret === true, storeExists: exists });
  if (!loaded.ok) return { ok: false, error: loaded.error };
  try {
    const store = await openStore({
      ...(storage.kind === 'postgres' ? { databaseUrl: storage.url } : { sqlitePath: storage.path }),
      mustExist: a.access === 'existing',
      secret: loaded.secret ?? undefined,
      allowStoredSecret: a.allowStoredSecret,
      ...(a.storeLog ? { log: a.storeLog } : {}),
    });
    if (loaded.created) log(`smishguard: made a keyed-hash secret for subscriber numbers in ${loaded.created} (mode 0600, outside the database); back it up apart from the database: without it, stored reporter hashes no longer match`);
    return { ok: true, store };
  } catch (err) {
    if (err instanceof StoredSecretError) return { ok: false, error: { code: err.code, message: err.message, exitCode: EX.CONFIG } };
    if (err instanceof NoStoreError) return { ok: false, error: { code: err.code, message: err.message, exitCode: EX.NOINPUT } };
    const code = (err as NodeJS.ErrnoException).code;
    if (storage.kind === 'sqlite' && (code === 'EACCES' || code === 'EROFS' || code === 'ENOTDIR' || code === 'SQLITE_CANTOPEN')) {
      return { ok: false, error: { code: 'E_STORE', message: `cannot open the store ${storage.path}: ${(err as Error).message}`, exitCode: a.access === 'create' ? EX.CANTCREAT : EX.NOINPUT } };
    }
    return { ok: false, error: { code: 'E_STORE', message: `cannot open the store: ${(err as Error).message}`, exitCode: EX.UNAVAILABLE } };
  }
}

export async function storeFor(values: { readonly db?: string; readonly 'secret-file'?: string }, a: StoreAccess): Promise<{ ok: true; store: Store } | { ok: false; error: StoreFailure }> {
  const target = storeTarget(values);
  if (!target.ok) return target;
  return openTarget(target.storage, target.secret, a);
}
