// The server's configuration: read from options and the environment once at start,
// validated as a whole (every problem named, with a stable code), then frozen.
import { secretSource, type SecretSource } from './secret.js';

export { loadSecret, secretFileBeside, secretSource, MIN_SECRET_LENGTH, type LoadedSecret, type SecretError, type SecretSource } from './secret.js';

export type ConfigError = { readonly code: 'E_USAGE' | 'E_BAD_SMSC' | 'E_BAD_DURATION' | 'E_CONFIG'; readonly message: string };

/** An SMSC to bind to, from `smpp://SYSTEM_ID:PASSWORD@HOST:PORT` (`ssmpp://` for TLS). */
export interface SmscUrl {
  readonly url: string;
  readonly tls: boolean;
  readonly host: string;
  readonly port: number;
  readonly systemId: string;
  readonly password: string;
}

export type Storage = { readonly kind: 'sqlite'; readonly path: string } | { readonly kind: 'postgres'; readonly url: string };

export interface ServeConfig {
  readonly httpPort: number;
  readonly host: string;
  /** Requests per client address per minute on public endpoints; 0 = off. */
  readonly rateLimit: number;
  readonly storage: Storage;
  readonly smsc: readonly SmscUrl[];
  readonly shortCode: string;
  readonly dialogueTimeoutMs: number;
  /** Where subscribers are sent for the web form; default: the address the server listens on. */
  readonly publicUrl: string | null;
  /** Where the keyed-hash secret for subscriber numbers comes from (never the store). */
  readonly secret: SecretSource;
  /** The address warnings and one-time codes are sent from (e.g. the carrier's 0005 number); default: the short code. */
  readonly smsFrom: string;
  /** The carrier's official page on removing smishing malware, quoted in warnings. */
  readonly carrierUrl: string | null;
  /**
   * Proxies whose X-Forwarded-For is believed (addresses or CIDRs), so that per-address limits
   * apply to subscribers and not to the proxy; empty = none (the default: direct clients).
   */
  readonly trustProxy: readonly string[];
}

export interface ServeInput {
  readonly 'http-port'?: string;
  readonly host?: string;
  readonly 'rate-limit'?: string;
  readonly db?: string;
  readonly smsc?: readonly string[];
  readonly 'short-code'?: string;
  readonly 'dialogue-timeout'?: string;
  readonly 'public-url'?: string;
  readonly 'sms-from'?: string;
  readonly 'carrier-url'?: string;
  readonly 'trust-proxy'?: string;
  readonly 'secret-file'?: string;
}

export const DEFAULTS = Object.freeze({
  httpPort: 8080,
  // Loopback by default: the platform holds secrets of communication, so exposing it is a decision.
  host: '127.0.0.1',
  rateLimit: 60,
  // Not under data/ (reference data shipped in the package): a store must never be packed.
  sqlitePath: './smishguard-data/smishguard.db',
  shortCode: '7726',
  dialogueTimeout: '24h',
});

const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** `500ms`, `90s`, `30m`, `24h`, `7d`, or combined (`1h30m`). */
export function parseDuration(raw: string): number | null {
  const parts = /^(?:\d+(?:ms|s|m|h|d))+$/.test(raw) ? raw.match(/\d+(?:ms|s|m|h|d)/g) : null;
  if (!parts) return null;
  let ms = 0;
  for (const p of parts) {
    const [, n, unit] = /^(\d+)(ms|s|m|h|d)$/.exec(p) as RegExpExecArray;
    ms += Number(n) * (UNITS[unit as string] as number);
  }
  return Number.isSafeInteger(ms) ? ms : null;
}

/** Parses an SMSC address; the error never repeats the password. */
export function parseSmscUrl(raw: string): SmscUrl | ConfigError {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return { code: 'E_BAD_SMSC', message: '--smsc must look like smpp://SYSTEM_ID:PASSWORD@HOST:PORT' };
  }
  const shown = `${u.protocol}//${u.username ? `${decodeURIComponent(u.username)}@` : ''}${u.host}`;
  if (u.protocol !== 'smpp:' && u.protocol !== 'ssmpp:') return { code: 'E_BAD_SMSC', message: `--smsc ${shown}: the scheme must be smpp:// or ssmpp://` };
  if (!u.hostname) return { code: 'E_BAD_SMSC', message: `--smsc ${shown}: no host` };
  if (!u.username) return { code: 'E_BAD_SMSC', message: `--smsc ${shown}: no system_id (smpp://SYSTEM_ID:PASSWORD@HOST:PORT)` };
  const systemId = decodeURIComponent(u.username);
  const password = decodeURIComponent(u.password);
  // SMPP 3.4 limits: system_id 16 octets, password 9 (C-Octet strings with their NUL).
  if (Buffer.byteLength(systemId) > 15) return { code: 'E_BAD_SMSC', message: `--smsc ${shown}: system_id is longer than 15 characters` };
  if (Buffer.byteLength(password) > 8) return { code: 'E_BAD_SMSC', message: `--smsc ${shown}: the password is longer than 8 characters` };
  if ((u.pathname && u.pathname !== '/') || u.search || u.hash) return { code: 'E_BAD_SMSC', message: `--smsc ${shown}: no path or query expected` };
  const port = u.port ? Number(u.port) : u.protocol === 'ssmpp:' ? 3550 : 2775;
  return Object.freeze({ url: raw, tls: u.protocol === 'ssmpp:', host: u.hostname, port, systemId, password });
}

function wholeNumber(name: string, raw: string | undefined, fallback: number, min: number, max: number): number | ConfigError {
  if (raw === undefined) return fallback;
  const n = /^\d+$/.test(raw) ? Number(raw) : NaN;
  return Number.isInteger(n) && n >= min && n <= max ? n : { code: 'E_USAGE', message: `--${name} must be a whole number from ${min} to ${max}` };
}

/** The store a command works on: --db PATH, else DATABASE_URL for PostgreSQL, else the default file. */
export function storageOf(db: string | undefined, env: Readonly<Record<string, string | undefined>>): Storage | ConfigError {
  // An explicit --db beats the environment (a test or an operator naming a file means it).
  if (db !== undefined) return db === '' ? { code: 'E_USAGE', message: '--db needs a path' } : { kind: 'sqlite', path: db };
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl === undefined) return { kind: 'sqlite', path: DEFAULTS.sqlitePath };
  if (!/^postgres(?:ql)?:\/\//.test(databaseUrl)) return { code: 'E_CONFIG', message: 'DATABASE_URL must be a postgres:// URL' };
  return { kind: 'postgres', url: databaseUrl };
}

const isError = (v: unknown): v is ConfigError => typeof v === 'object' && v !== null && 'code' in v && 'message' in v;

/** Every problem is reported, not only the first, so one run fixes them all. */
export function serveConfig(input: ServeInput, env: Readonly<Record<string, string | undefined>>): { ok: true; config: ServeConfig } | { ok: false; errors: ConfigError[] } {
  const errors: ConfigError[] = [];
  const take = <T>(v: T | ConfigError): T | undefined => {
    if (isError(v)) {
      errors.push(v);
      return undefined;
    }
    return v;
  };
  const httpPort = take(wholeNumber('http-port', input['http-port'], DEFAULTS.httpPort, 0, 65535));
  const rateLimit = take(wholeNumber('rate-limit', input['rate-limit'], DEFAULTS.rateLimit, 0, 1_000_000));
  const host = input.host ?? DEFAULTS.host;
  if (host === '' || /\s/.test(host)) errors.push({ code: 'E_USAGE', message: '--host must be an address or host name' });
  const smsc = (input.smsc ?? []).map((s) => take(parseSmscUrl(s)));
  const shortCode = input['short-code'] ?? DEFAULTS.shortCode;
  if (!/^\d{3,8}$/.test(shortCode)) errors.push({ code: 'E_USAGE', message: '--short-code must be 3 to 8 digits' });
  const dialogueTimeoutMs = parseDuration(input['dialogue-timeout'] ?? DEFAULTS.dialogueTimeout);
  if (dialogueTimeoutMs === null || dialogueTimeoutMs < 1000) errors.push({ code: 'E_BAD_DURATION', message: '--dialogue-timeout must be a duration of at least 1s, like 24h, 30m or 1h30m' });
  let publicUrl: string | null = null;
  if (input['public-url'] !== undefined) {
    try {
      const u = new URL(input['public-url']);
      if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error('scheme');
      publicUrl = u.href.replace(/\/$/, '');
    } catch {
      errors.push({ code: 'E_USAGE', message: '--public-url must be an http:// or https:// URL' });
    }
  }
  const smsFrom = input['sms-from'] ?? shortCode;
  // A numeric address (short code, 0005…, a full number) or an alphanumeric sender ID of at most 11 characters.
  if (!/^\+?\d{3,15}$/.test(smsFrom) && !/^[A-Za-z0-9 ._-]{1,11}$/.test(smsFrom)) errors.push({ code: 'E_USAGE', message: '--sms-from must be a number (3–15 digits) or a sender ID of at most 11 letters and digits' });
  let carrierUrl: string | null = null;
  if (input['carrier-url'] !== undefined) {
    try {
      const u = new URL(input['carrier-url']);
      if (u.protocol !== 'https:') throw new Error('scheme');
      carrierUrl = u.href;
    } catch {
      errors.push({ code: 'E_USAGE', message: '--carrier-url must be an https:// URL' });
    }
  }
  const trustProxy = (input['trust-proxy'] ?? '').split(',').map((t) => t.trim()).filter((t) => t !== '');
  for (const t of trustProxy) {
    if (!/^(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9a-fA-F:]*:[0-9a-fA-F:.]*)(?:\/\d{1,3})?$/.test(t)) errors.push({ code: 'E_USAGE', message: `--trust-proxy: '${t}' is not an IP address or CIDR` });
  }
  const storage = storageOf(input.db, env);
  if (!('kind' in storage)) errors.push(storage);
  const secret = 'kind' in storage ? secretSource(input['secret-file'], env, storage) : null;
  if (secret && !('kind' in secret)) errors.push({ code: secret.code === 'E_CONFIG' ? 'E_CONFIG' : 'E_USAGE', message: secret.message });
  if (errors.length > 0 || !secret || !('kind' in secret) || !('kind' in storage)) return { ok: false, errors };
  return {
    ok: true,
    config: Object.freeze({
      httpPort: httpPort as number, host, rateLimit: rateLimit as number, storage: Object.freeze(storage),
      smsc: Object.freeze(smsc as SmscUrl[]), shortCode, dialogueTimeoutMs: dialogueTimeoutMs as number, publicUrl, secret, smsFrom, carrierUrl, trustProxy: Object.freeze(trustProxy),
    }),
  };
}
