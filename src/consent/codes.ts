// One-time codes that prove a subscriber holds a line, for the consent page. A code is six
// digits from node:crypto, kept only as a keyed hash bound to its line and to the browser
// that asked for it (a random token in that browser's cookie, kept as a hash), good for ten
// minutes and a few guesses. Nobody else can spend what the subscriber needs (issue 10,
// item 4): another browser's wrong guesses touch only its own code; code requests are
// counted per client address, per line and address, and per line only in a way that slows
// (a cool-down, never a day-long lockout). Counters live in the store, so every server on
// one store shares them. Proof earns a short session bound to that line, kept as the hash
// of a 256-bit token.
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
  /** Codes one client address may have sent to one line. */
  readonly perLineClient?: readonly Limit[];
  /** Codes sent to one line from anywhere: short windows only, so a third party can only slow it. */
  readonly perLine?: readonly Limit[];
  /** Past `after` codes a day to one line, at most one per `windowMs` (bounds guesses across codes without a lockout). */
  readonly perLineDay?: { readonly after: number; readonly windowMs: number };
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
  // One address: 3 codes a quarter-hour and 10 a day per line (what the subscriber needs).
  perLineClient: [{ max: 3, windowMs: 15 * MINUTE }, { max: 10, windowMs: 24 * 60 * MINUTE }],
  // Every address together: 5 a quarter-hour, then past 12 a day one an hour, so at most
  // ~36 codes (~180 guesses, 0.02% of the code space) a day at one line, and the
  // subscriber waits at worst an hour, never a day.
  perLine: [{ max: 5, windowMs: 15 * MINUTE }],
  perLineDay: { after: 12, windowMs: 60 * MINUTE },
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
  /**
   * A fresh code for the line, bound to `requester` (the browser's random token; replaces
   * that browser's earlier code); the caller texts it, and cancels it when that fails.
   */
  request(line: string, client: string, requester: string): Promise<CodeResult<{ code: string; expiresAt: string }>>;
  cancel(line: string, requester: string): Promise<void>;
  /** A correct guess from the browser that asked ends the line's codes and opens a session for the line. */
  verify(line: string, code: string, client: string, requester: string): Promise<CodeResult<{ token: string; expiresAt: string }>>;
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
  const perLineClient = opts.perLineClient ?? CODE_DEFAULTS.perLineClient;
  const perLine = opts.perLine ?? CODE_DEFAULTS.perLine;
  const perLineDay = opts.perLineDay ?? CODE_DEFAULTS.perLineDay;
  const perClient = opts.perClient ?? CODE_DEFAULTS.perClient;
  const guessesPerClient = opts.guessesPerClient ?? CODE_DEFAULTS.guessesPerClient;
  const db = store.db.withTables<ConsentTables>() as unknown as Kysely<ConsentTables>;

  // Keyed: a leaked table gives neither the code (a million guesses offline otherwise) nor
  // the client addresses.
  const codeHash = (line: string, code: string): Promise<string> => store.hashSubscriber(`consent-code:${line}:${code}`);

  interface Bucket { readonly kind: string; readonly subject: string; readonly limit: Limit }
  interface Taken { readonly key: string; readonly count: number; readonly windowStart: string }

  async function incr(b: Bucket, now: Date): Promise<Taken> {
    const nowIso = now.toISOString();
    const cutoff = new Date(now.getTime() - b.limit.windowMs).toISOString();
    const key = `${b.kind}:${b.limit.windowMs}:${await store.hashSubscriber(`consent-throttle:${b.subject}`)}`;
    // Both CASEs read the old row (SQL evaluates SET from the row before the update).
    const row = await db.insertInto('consent_throttle').values({ key, window_start: nowIso, count: 1 })
      .onConflict((oc) => oc.column('key').doUpdateSet({
        count: sql<number>`case when consent_throttle.window_start <= ${cutoff} then 1 else consent_throttle.count + 1 end`,
        window_start: sql<string>`case when consent_throttle.window_start <= ${cutoff} then ${nowIso} else consent_throttle.window_start end`,
      }))
      .returning(['count', 'window_start']).executeTakeFirstOrThrow();
    return { key, count: Number(row.count), windowStart: row.window_start };
  }

  /**
   * Takes one from every bucket (fixed windows, one atomic upsert each), or from none: when
   * any is over, the ones taken are given back, so a refused request spends nobody's
   * allowance — the subscriber's own tries during a cool-down do not lengthen it. `then`
   * may add buckets once the first ones are taken (the per-line slow-down past a day's count).
   */
  async function take(buckets: readonly Bucket[], then?: (taken: readonly Taken[]) => readonly Bucket[]): Promise<CodeError | null> {
    const now = clock();
    const taken: Taken[] = [];
    let worst = 0;
    const run = async (list: readonly Bucket[]): Promise<void> => {
      for (const b of list) {
        const t = await incr(b, now);
        taken.push(t);
        if (t.count > b.limit.max) {
          worst = Math.max(1, Math.ceil((Date.parse(t.windowStart) + b.limit.windowMs - now.getTime()) / 1000));
          return;
        }
      }
    };
    await run(buckets);
    if (worst === 0 && then) await run(then(taken));
    if (worst === 0) return null;
    for (const t of taken) await db.updateTable('consent_throttle').set((eb) => ({ count: eb('count', '-', 1) })).where('key', '=', t.key).where('count', '>', 0).execute();
    return { ok: false, code: 'E_RATE_LIMITED', message: `too many tries; try again in ${Math.ceil(worst / 60)} minute(s)`, retryAfterS: worst };
  }

  const each = (kind: string, subject: string, limits: readonly Limit[]): Bucket[] => limits.map((limit) => ({ kind, subject, limit }));
  const DAY = 24 * 60 * MINUTE;
  const requestHash = (requester: string): string => sha256(`consent-request:${requester}`);

  async function sweep(nowIso: string): Promise<void> {
    await db.deleteFrom('consent_codes').where('expires_at', '<', nowIso).execute();
    await db.deleteFrom('consent_sessions').where('expires_at', '<', nowIso).execute();
    const day = new Date(Date.parse(nowIso) - 2 * 24 * 60 * MINUTE).toISOString();
    await db.deleteFrom('consent_throttle').where('window_start', '<', day).execute();
  }

  async function cancel(line: string, requester: string): Promise<void> {
    await db.deleteFrom('consent_codes').where('request_hash', '=', requestHash(requester)).where('line', '=', line).execute();
  }

  return {
    cancel,

    async request(line, client, requester) {
      // Cheapest and narrowest first: an address past its own allowance never reaches the
      // line's shared counters.
      const limited = await take(
        [...each('client', client, perClient), ...each('line-client', `${line}|${client}`, perLineClient), ...each('line', line, perLine), { kind: 'line-day', subject: line, limit: { max: Number.MAX_SAFE_INTEGER, windowMs: DAY } }],
        (taken) => ((taken.at(-1)?.count ?? 0) > perLineDay.after ? each('line-slow', line, [{ max: 1, windowMs: perLineDay.windowMs }]) : []),
      );
      if (limited) return limited;
      const now = clock();
      await sweep(now.toISOString());
      const code = newCode();
      const expiresAt = new Date(now.getTime() + ttl).toISOString();
      const row = { line, code_hash: await codeHash(line, code), expires_at: expiresAt, attempts: 0 };
      await db.insertInto('consent_codes').values({ request_hash: requestHash(requester), ...row }).onConflict((oc) => oc.column('request_hash').doUpdateSet(row)).execute();
      return { ok: true, value: { code, expiresAt } };
    },

    async verify(line, code, client, requester) {
      if (!/^\d{6}$/.test(code)) return { ok: false, code: 'E_BAD_CODE', message: 'the code is six digits' };
      const limited = await take(each('guess', client, guessesPerClient));
      if (limited) return limited;
      // Claim the guess before checking it: concurrent guesses cannot exceed the allowance.
      // Only the code this browser asked for is guessed at: nobody else's guesses reach it.
      const row = await db.updateTable('consent_codes').set((eb) => ({ attempts: eb('attempts', '+', 1) }))
        .where('request_hash', '=', requestHash(requester)).where('line', '=', line)
        .returning(['code_hash', 'expires_at', 'attempts']).executeTakeFirst();
      if (!row) return { ok: false, code: 'E_NO_CODE', message: 'no code is waiting for this line; ask for a new one' };
      const now = clock();
      if (row.expires_at <= now.toISOString()) {
        await cancel(line, requester);
        return { ok: false, code: 'E_CODE_EXPIRED', message: 'the code has expired; ask for a new one' };
      }
      if (Number(row.attempts) > maxAttempts) {
        await cancel(line, requester);
        return { ok: false, code: 'E_TOO_MANY_ATTEMPTS', message: 'too many wrong codes; ask for a new one' };
      }
      const given = Buffer.from(await codeHash(line, code), 'hex');
      const kept = Buffer.from(row.code_hash, 'hex');
      if (given.length !== kept.length || !timingSafeEqual(given, kept)) {
        const left = maxAttempts - Number(row.attempts);
        if (left <= 0) await cancel(line, requester);
        return left > 0
          ? { ok: false, code: 'E_WRONG_CODE', message: `the code is not right (${left} tries left)`, attemptsLeft: left }
          : { ok: false, code: 'E_TOO_MANY_ATTEMPTS', message: 'too many wrong codes; ask for a new one' };
      }
      // Used once: only the request that deletes it gets the session.
      const used = await db.deleteFrom('consent_codes').where('request_hash', '=', requestHash(requester)).where('code_hash', '=', row.code_hash).executeTakeFirst();
      if (Number(used.numDeletedRows) === 0) return { ok: false, code: 'E_NO_CODE', message: 'this code was already used; ask for a new one' };
      // The line is proven: whatever else is outstanding for it is void.
      await db.deleteFrom('consent_codes').where('line', '=', line).execute();
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
