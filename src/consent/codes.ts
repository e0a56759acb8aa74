// One-time codes that prove a subscriber holds a line, for the consent page. A code is six
// digits from node:crypto, kept only as a keyed hash bound to its line, good for ten minutes
// and a few guesses; requests and guesses are counted per line and per client address in the
// store, so every server on one store shares the limits. Proof earns a short session bound
// to that line, kept as the hash of a 256-bit token.
import { createHash, randomBytes as nodeRandomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Store } from '../store/index.js';
import type { ConsentTables } from './tables.js';

export interface Limit {
  readonly max: number;
  readonly windowMs: number;
}

export interface CodeOptions {
  readonly clock?: () => Date;
  readonly codeTtlMs?: number;
  /** Guesses per code; the code is void after the last. */
  readonly maxAttempts?: number;
  readonly sessionTtlMs?: number;
  /** Codes sent to one line (SMS bombing, and guesses across codes). */
  readonly perLine?: readonly Limit[];
  /** Codes requested from one client address. */
  readonly perClient?: readonly Limit[];
  /** Guesses from one client address, whatever the line (walking many lines). */
  readonly guessesPerClient?: readonly Limit[];
  readonly randomCode?: () => string;
  readonly randomBytes?: (n: number) => Buffer;
}

const MINUTE = 60_000;
export const CODE_DEFAULTS = {
  codeTtlMs: 10 * MINUTE,
  maxAttempts: 5,
  sessionTtlMs: 15 * MINUTE,
  // 3 codes a quarter-hour and 10 a day per line: at most 50 guesses a day at one line.
  perLine: [{ max: 3, windowMs: 15 * MINUTE }, { max: 10, windowMs: 24 * 60 * MINUTE }],
  // Per address only loosely: Japanese mobile data sits behind carrier-grade NAT, so one
  // address is many subscribers. The per-line limits are what bound guessing.
  perClient: [{ max: 20, windowMs: 60 * MINUTE }],
  guessesPerClient: [{ max: 60, windowMs: 60 * MINUTE }],
} as const;

export type CodeError =
  | { readonly ok: false; readonly code: 'E_RATE_LIMITED'; readonly message: string; readonly retryAfterS: number }
  | { readonly ok: false; readonly code: 'E_NO_CODE' | 'E_CODE_EXPIRED' | 'E_TOO_MANY_ATTEMPTS' | 'E_BAD_CODE'; readonly message: string }
  | { readonly ok: false; readonly code: 'E_WRONG_CODE'; readonly message: string; readonly attemptsLeft: number };

export type CodeResult<T> = { readonly ok: true; readonly value: T } | CodeError;

export interface ConsentCodes {
  /** A fresh code for the line (replacing any earlier one); the caller texts it, and cancels it when that fails. */
  request(line: string, client: string): Promise<CodeResult<{ code: string; expiresAt: string }>>;
  cancel(line: string): Promise<void>;
  /** A correct guess ends the code and opens a session for the line. */
  verify(line: string, code: string, client: string): Promise<CodeResult<{ token: string; expiresAt: string }>>;
  /** The line a session token proves, while it lasts. */
  session(token: string): Promise<{ line: string; expiresAt: string } | null>;
  endSession(token: string): Promise<void>;
}

const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

export function consentCodes(store: Store, opts: CodeOptions = {}): ConsentCodes {
  const clock = opts.clock ?? (() => new Date());
  const random = opts.randomBytes ?? nodeRandomBytes;
  const newCode = opts.randomCode ?? ((): string => String(randomInt(0, 1_000_000)).padStart(6, '0'));
  const ttl = opts.codeTtlMs ?? CODE_DEFAULTS.codeTtlMs;
  const maxAttempts = opts.maxAttempts ?? CODE_DEFAULTS.maxAttempts;
  const sessionTtl = opts.sessionTtlMs ?? CODE_DEFAULTS.sessionTtlMs;
  const perLine = opts.perLine ?? CODE_DEFAULTS.perLine;
  const perClient = opts.perClient ?? CODE_DEFAULTS.perClient;
  const guessesPerClient = opts.guessesPerClient ?? CODE_DEFAULTS.guessesPerClient;
  const db = store.db.withTables<ConsentTables>() as unknown as Kysely<ConsentTables>;

  // Keyed: a leaked table gives neither the code (a million guesses offline otherwise) nor
  // the client addresses.
  const codeHash = (line: string, code: string): Promise<string> => store.hashSubscriber(`consent-code:${line}:${code}`);

  /**
   * Counts one hit against each limit (fixed windows, one atomic upsert each); refused when
   * any is over. The hit is counted even then, so hammering does not reopen the window early.
   */
  async function hit(kind: string, subject: string, limits: readonly Limit[]): Promise<CodeError | null> {
    const now = clock();
    const nowIso = now.toISOString();
    const key = await store.hashSubscriber(`consent-throttle:${subject}`);
    let worst = 0;
    for (const l of limits) {
      const cutoff = new Date(now.getTime() - l.windowMs).toISOString();
      const k = `${kind}:${l.windowMs}:${key}`;
      // Both CASEs read the old row (SQL evaluates SET from the row before the update).
      const row = await db.insertInto('consent_throttle').values({ key: k, window_start: nowIso, count: 1 })
        .onConflict((oc) => oc.column('key').doUpdateSet({
          count: sql<number>`case when consent_throttle.window_start <= ${cutoff} then 1 else consent_throttle.count + 1 end`,
          window_start: sql<string>`case when consent_throttle.window_start <= ${cutoff} then ${nowIso} else consent_throttle.window_start end`,
        }))
        .returning(['count', 'window_start']).executeTakeFirstOrThrow();
      if (Number(row.count) > l.max) {
        const retry = Math.ceil((Date.parse(row.window_start) + l.windowMs - now.getTime()) / 1000);
        worst = Math.max(worst, retry, 1);
      }
    }
    return worst > 0 ? { ok: false, code: 'E_RATE_LIMITED', message: `too many tries; try again in ${Math.ceil(worst / 60)} minute(s)`, retryAfterS: worst } : null;
  }

  async function sweep(nowIso: string): Promise<void> {
    await db.deleteFrom('consent_codes').where('expires_at', '<', nowIso).execute();
    await db.deleteFrom('consent_sessions').where('expires_at', '<', nowIso).execute();
    const day = new Date(Date.parse(nowIso) - 2 * 24 * 60 * MINUTE).toISOString();
    await db.deleteFrom('consent_throttle').where('window_start', '<', day).execute();
  }

  async function cancel(line: string): Promise<void> {
    await db.deleteFrom('consent_codes').where('line', '=', line).execute();
  }

  return {
    cancel,

    async request(line, client) {
      const limited = (await hit('line', line, perLine)) ?? (await hit('client', client, perClient));
      if (limited) return limited;
      const now = clock();
      await sweep(now.toISOString());
      const code = newCode();
      const expiresAt = new Date(now.getTime() + ttl).toISOString();
      const row = { code_hash: await codeHash(line, code), expires_at: expiresAt, attempts: 0 };
      await db.insertInto('consent_codes').values({ line, ...row }).onConflict((oc) => oc.column('line').doUpdateSet(row)).execute();
      return { ok: true, value: { code, expiresAt } };
    },

    async verify(line, code, client) {
      if (!/^\d{6}$/.test(code)) return { ok: false, code: 'E_BAD_CODE', message: 'the code is six digits' };
      const limited = await hit('guess', client, guessesPerClient);
      if (limited) return limited;
      // Claim the guess before checking it: concurrent guesses cannot exceed the allowance.
      const row = await db.updateTable('consent_codes').set((eb) => ({ attempts: eb('attempts', '+', 1) })).where('line', '=', line)
        .returning(['code_hash', 'expires_at', 'attempts']).executeTakeFirst();
      if (!row) return { ok: false, code: 'E_NO_CODE', message: 'no code is waiting for this line; ask for a new one' };
      const now = clock();
      if (row.expires_at <= now.toISOString()) {
        await cancel(line);
        return { ok: false, code: 'E_CODE_EXPIRED', message: 'the code has expired; ask for a new one' };
      }
      if (Number(row.attempts) > maxAttempts) {
        await cancel(line);
        return { ok: false, code: 'E_TOO_MANY_ATTEMPTS', message: 'too many wrong codes; ask for a new one' };
      }
      const given = Buffer.from(await codeHash(line, code), 'hex');
      const kept = Buffer.from(row.code_hash, 'hex');
      if (given.length !== kept.length || !timingSafeEqual(given, kept)) {
        const left = maxAttempts - Number(row.attempts);
        if (left <= 0) await cancel(line);
        return left > 0
          ? { ok: false, code: 'E_WRONG_CODE', message: `the code is not right (${left} tries left)`, attemptsLeft: left }
          : { ok: false, code: 'E_TOO_MANY_ATTEMPTS', message: 'too many wrong codes; ask for a new one' };
      }
      // Used once: only the request that deletes it gets the session.
      const used = await db.deleteFrom('consent_codes').where('line', '=', line).where('code_hash', '=', row.code_hash).executeTakeFirst();
      if (Number(used.numDeletedRows) === 0) return { ok: false, code: 'E_NO_CODE', message: 'this code was already used; ask for a new one' };
      const token = random(32).toString('base64url');
      const expiresAt = new Date(now.getTime() + sessionTtl).toISOString();
      await db.insertInto('consent_sessions').values({ token_hash: sha256(token), line, expires_at: expiresAt }).execute();
      return { ok: true, value: { token, expiresAt } };
    },

    async session(token) {
      if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
      const row = await db.selectFrom('consent_sessions').select(['line', 'expires_at']).where('token_hash', '=', sha256(token)).executeTakeFirst();
      if (!row || row.expires_at <= clock().toISOString()) return null;
      return { line: row.line, expiresAt: row.expires_at };
    },

    async endSession(token) {
      await db.deleteFrom('consent_sessions').where('token_hash', '=', sha256(token)).execute();
    },
  };
}
