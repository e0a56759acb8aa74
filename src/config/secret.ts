// The keyed-hash secret (HMAC key for subscriber numbers) comes from outside the store: a
// copy of the database must not carry the key that reverses its hashes (there are only
// about 3×10⁸ mobile numbers to try). Every command resolves it the same way:
// --secret-file, else SMISHGUARD_SECRET_FILE, else SMISHGUARD_SECRET, else — for the
// embedded SQLite default only — a file beside the database, made (mode 0600) when the
// database itself is new.
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, statSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Storage } from './index.js';

export const MIN_SECRET_LENGTH = 32;

/** Where the secret comes from. */
export type SecretSource =
  | { readonly kind: 'file'; readonly path: string; readonly origin: '--secret-file' | 'SMISHGUARD_SECRET_FILE' }
  | { readonly kind: 'value'; readonly value: string }
  /** The embedded default: a file beside the SQLite database. */
  | { readonly kind: 'beside-db'; readonly path: string }
  | { readonly kind: 'none' };

export type SecretError = { readonly code: 'E_CONFIG' | 'E_NO_SECRET' | 'E_SECRET_FILE'; readonly message: string; readonly exitCode: 66 | 73 | 78 };

/** The file beside a SQLite database that holds its secret by default. */
export function secretFileBeside(sqlitePath: string): string {
  return `${sqlitePath}.secret`;
}

export function secretSource(secretFile: string | undefined, env: Readonly<Record<string, string | undefined>>, storage: Storage): SecretSource | SecretError {
  if (secretFile !== undefined) {
    if (secretFile === '') return { code: 'E_CONFIG', message: '--secret-file needs a path', exitCode: 78 };
    return { kind: 'file', path: secretFile, origin: '--secret-file' };
  }
  const envFile = env.SMISHGUARD_SECRET_FILE || undefined;
  const envValue = env.SMISHGUARD_SECRET || undefined;
  // Two sources that could disagree are refused rather than one picked silently.
  if (envFile && envValue) return { code: 'E_CONFIG', message: 'set SMISHGUARD_SECRET or SMISHGUARD_SECRET_FILE, not both', exitCode: 78 };
  if (envFile) return { kind: 'file', path: envFile, origin: 'SMISHGUARD_SECRET_FILE' };
  if (envValue) {
    if (envValue.length < MIN_SECRET_LENGTH) return { code: 'E_CONFIG', message: `SMISHGUARD_SECRET must be at least ${MIN_SECRET_LENGTH} characters`, exitCode: 78 };
    return { kind: 'value', value: envValue };
  }
  if (storage.kind === 'sqlite' && storage.path !== ':memory:') return { kind: 'beside-db', path: secretFileBeside(storage.path) };
  return { kind: 'none' };
}

export type LoadedSecret =
  | { readonly ok: true; readonly secret: string | null; /** Set when the file was made just now. */ readonly created?: string }
  | { readonly ok: false; readonly error: SecretError };

/**
 * Reads the secret. `create` allows making the default file beside a database that does not
 * exist yet; for a database that exists, a missing default file is an error only when
 * `required` (a new key would silently stop matching every hash already stored).
 */
export function loadSecret(source: SecretSource, o: { create: boolean; required: boolean; storeExists: boolean; random?: (n: number) => Buffer }): LoadedSecret {
  const missing = (message: string): LoadedSecret => (o.required ? { ok: false, error: { code: 'E_NO_SECRET', message, exitCode: 78 } } : { ok: true, secret: null });
  switch (source.kind) {
    case 'value':
      return { ok: true, secret: source.value };
    case 'none':
      return missing('no keyed-hash secret: set SMISHGUARD_SECRET_FILE=PATH (a file holding at least 32 random characters) or SMISHGUARD_SECRET; PostgreSQL has no default');
    case 'file':
      return readSecretFile(source.path, source.origin);
    case 'beside-db': {
      if (existsSync(source.path)) return readSecretFile(source.path, 'the default secret file');
      if (!o.create || o.storeExists) {
        return missing(o.storeExists
          ? `the store has no secret file at ${source.path}: restore it from your backup, or give --secret-file / SMISHGUARD_SECRET_FILE (a new key would stop matching the reporter hashes already stored)`
          : `no secret file at ${source.path}`);
      }
      const secret = (o.random ?? randomBytes)(32).toString('hex');
      try {
        // The database's folder may not exist yet (the first `npm start`): made here, private.
        mkdirSync(dirname(source.path), { recursive: true, mode: 0o700 });
        // 'wx': never overwrite a key another process made a moment ago.
        const fd = openSync(source.path, 'wx', 0o600);
        try {
          writeSync(fd, secret + '\n');
        } finally {
          closeSync(fd);
        }
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'EEXIST') return readSecretFile(source.path, 'the default secret file');
        return { ok: false, error: { code: 'E_SECRET_FILE', message: `cannot create the secret file ${source.path}: ${(err as Error).message}`, exitCode: 73 } };
      }
      return { ok: true, secret, created: source.path };
    }
  }
}

function readSecretFile(path: string, origin: string): LoadedSecret {
  let text: string;
  try {
    if (statSync(path).isDirectory()) return { ok: false, error: { code: 'E_SECRET_FILE', message: `${origin} ${path} is a directory`, exitCode: 66 } };
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { ok: false, error: { code: 'E_SECRET_FILE', message: `${origin} ${path}: ${code === 'ENOENT' ? 'no such file' : (err as Error).message}`, exitCode: 66 } };
  }
  // A trailing newline (echo, editors, mounted secrets) is not part of the key.
  const secret = text.replace(/\r?\n$/, '');
  if (secret.length < MIN_SECRET_LENGTH) return { ok: false, error: { code: 'E_SECRET_FILE', message: `${origin} ${path} must hold at least ${MIN_SECRET_LENGTH} characters`, exitCode: 78 } };
  return { ok: true, secret };
}
