// The consent registry: per subscriber line, four settings that rest on the contract terms
// (detection, warnings, network filtering, C&C blocking), all on until the subscriber says
// otherwise, changeable at any time from the CLI, the carrier's API or the subscriber page.
// Every change is kept in consent_history and in the audit log, in the same transaction.
// Consent belongs to the contract, not to the number: a transfer or port-in puts the line
// back to the defaults and keeps the history.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database, Store } from '../store/index.js';
import { fastLineKey, lineKey } from './line-key.js';
import type { ConsentLinesTable, ConsentTables } from './tables.js';

export const CONSENT_FIELDS = ['detection', 'warnings', 'filtering', 'cncBlocking'] as const;
export type ConsentField = (typeof CONSENT_FIELDS)[number];
export type ConsentSettings = { readonly [K in ConsentField]: boolean };
export type ConsentChanges = Partial<ConsentSettings>;

/** Consent by contract terms: everything on. */
export const DEFAULT_SETTINGS: ConsentSettings = Object.freeze({ detection: true, warnings: true, filtering: true, cncBlocking: true });

export type ConsentChannel = 'cli' | 'carrier-api' | 'subscriber-page';
export const CONSENT_CHANNELS: readonly ConsentChannel[] = ['cli', 'carrier-api', 'subscriber-page'];

/** Who changed a setting, and through which door. */
export interface ConsentActor {
  /** `cli`, the API key's organisation and id, `subscriber` … */
  readonly id: string;
  readonly channel: ConsentChannel;
}

export type ReassignReason = 'transfer' | 'port-in';
export const REASSIGN_REASONS: readonly ReassignReason[] = ['transfer', 'port-in'];

export interface ConsentView {
  /** The key (national form). */
  readonly line: string;
  readonly settings: ConsentSettings;
  /** When the current settings began (last change or reassignment); null: defaults, never changed. */
  readonly since: string | null;
  readonly history: {
    readonly changes: number;
    readonly reassignments: number;
    readonly lastChangedAt: string | null;
    readonly lastReassignedAt: string | null;
  };
}

export type HistoryEntry =
  | { readonly at: string; readonly actor: string; readonly channel: ConsentChannel; readonly action: 'set'; readonly changes: { readonly [K in ConsentField]?: { readonly from: boolean; readonly to: boolean } } }
  | { readonly at: string; readonly actor: string; readonly channel: ConsentChannel; readonly action: 'reassign'; readonly reason: ReassignReason; readonly before: ConsentSettings };

export type ConsentErrorCode = 'E_BAD_LINE' | 'E_BAD_CHANGES' | 'E_BAD_REASON' | 'E_BAD_ACTOR';
export type ConsentError = { readonly ok: false; readonly code: ConsentErrorCode; readonly message: string; readonly field?: string };
export type ConsentResult<T> = { readonly ok: true; readonly value: T } | ConsentError;

export interface DetectionGate {
  /**
   * True when the line (as written in a traffic record, any of the forms lineKey reads) has
   * opted out of detection. A Set lookup after a character scan: no allocation for the
   * usual forms.
   */
  excluded(line: string): boolean;
  /** Opted-out lines the gate holds. */
  readonly size: number;
}

export interface ConsentRegistry {
  get(line: string): Promise<ConsentResult<ConsentView>>;
  set(line: string, changes: ConsentChanges, actor: ConsentActor): Promise<ConsentResult<ConsentView & { readonly changed: readonly ConsentField[] }>>;
  /** The number changed hands: back to the defaults, history kept; open codes and sessions for it end. */
  reassign(line: string, reason: ReassignReason, actor: ConsentActor): Promise<ConsentResult<ConsentView>>;
  /** Newest first. */
  history(line: string): Promise<ConsentResult<HistoryEntry[]>>;
  /**
   * The opted-out lines, loaded into memory now. Every gate of this registry sees the latest
   * load, and the changes made through this registry since (even while a load is reading);
   * changes made elsewhere (another registry, the CLI, another server) arrive with the next
   * call, so long-running consumers call it again periodically.
   */
  detectionGate(): Promise<DetectionGate>;
  /**
   * The lines that turned filtering off (the network's SMS firewall passes their messages
   * untouched), kept the same way as detectionGate's: `excluded(line)` is true for them.
   */
  filteringGate(): Promise<DetectionGate>;
  /** Whether a warning may be texted to the line; false for anything that is not a subscriber line. */
  warningsAllowed(line: string): Promise<boolean>;
  /**
   * The lines that turned C&C blocking off, in national form, sorted: the carrier's resolvers
   * leave their lookups alone (src/sharing/cnc.ts). Every other line has it on (the default).
   */
  cncBlockingOff(): Promise<string[]>;
}

export interface ConsentOptions {
  readonly clock?: () => Date;
}

const settingsOf = (row: ConsentLinesTable | undefined): ConsentSettings => (row ? {
  detection: Number(row.detection) === 1, warnings: Number(row.warnings) === 1, filtering: Number(row.filtering) === 1, cncBlocking: Number(row.cnc_blocking) === 1,
} : DEFAULT_SETTINGS);

const badLine = (raw: string): ConsentError => ({
  ok: false, code: 'E_BAD_LINE', field: 'line',
  message: `'${String(raw).slice(0, 32)}' is not a Japanese mobile line (070/080/090/060/020, 11 digits)`,
});

/** Checks a change set from outside (API body, CLI flags); names the first bad field. */
export function validateChanges(changes: unknown): ConsentResult<ConsentChanges> {
  if (changes === null || typeof changes !== 'object' || Array.isArray(changes)) return { ok: false, code: 'E_BAD_CHANGES', message: 'changes must be an object of booleans' };
  const out: Partial<Record<ConsentField, boolean>> = {};
  for (const [k, v] of Object.entries(changes)) {
    if (!(CONSENT_FIELDS as readonly string[]).includes(k)) return { ok: false, code: 'E_BAD_CHANGES', field: k, message: `${k}: not a consent setting (${CONSENT_FIELDS.join(', ')})` };
    if (v === undefined) continue;
    if (typeof v !== 'boolean') return { ok: false, code: 'E_BAD_CHANGES', field: k, message: `${k}: must be true or false` };
    out[k as ConsentField] = v;
  }
  if (Object.keys(out).length === 0) return { ok: false, code: 'E_BAD_CHANGES', message: `name at least one of ${CONSENT_FIELDS.join(', ')}` };
  return { ok: true, value: out };
}

type Db = Kysely<ConsentTables & Database>;

/** The opted-out lines a registry's gates read. */
interface GateState {
  lines: Set<string>;
  apply(line: string, excluded: boolean): void;
  reload(load: () => Promise<string[]>): Promise<void>;
}

function newGate(): GateState {
  // Changes committed while a load is reading: the load may have read before them, so they
  // are applied again on top of what it read.
  const during = new Set<[string, boolean][]>();
  const state: GateState = {
    lines: new Set(),
    apply(line, excluded) {
      if (excluded) state.lines.add(line);
      else state.lines.delete(line);
      for (const log of during) log.push([line, excluded]);
    },
    async reload(load) {
      const log: [string, boolean][] = [];
      during.add(log);
      try {
        const next = new Set(await load());
        for (const [line, excluded] of log) {
          if (excluded) next.add(line);
          else next.delete(line);
        }
        state.lines = next;
      } finally {
        during.delete(log);
      }
    },
  };
  return state;
}

export function openConsent(store: Store, opts: ConsentOptions = {}): ConsentRegistry {
  const clock = opts.clock ?? (() => new Date());
  const db = store.db.withTables<ConsentTables>() as Db;
  const tablesOf = (tx: Transaction<Database>): Db => tx.withTables<ConsentTables>() as Db;

  const gate = newGate();
  const filteringOff = newGate();

  const gateView = (state: GateState): DetectionGate => ({
    excluded(raw: string): boolean {
      const lines = state.lines;
      if (lines.size === 0) return false;
      const fast = fastLineKey(raw);
      if (fast !== undefined) return fast !== null && lines.has(fast);
      const key = lineKey(raw);
      return key !== null && lines.has(key);
    },
    get size() {
      return state.lines.size;
    },
  });

  /** Serialises changes to one line across connections and processes (a server and the CLI). */
  async function lockLine(t: Db, line: string): Promise<void> {
    // SQLite needs nothing here: store.transaction takes its write lock before anything is read.
    if (store.dialect === 'postgres') await sql`select pg_advisory_xact_lock(hashtext(${`consent:${line}`}))`.execute(t);
  }

  /** The line's settings from `at` on (one row a line; the history keeps what came before). */
  async function writeRow(t: Db, line: string, s: ConsentSettings, at: string): Promise<void> {
    const row = { detection: +s.detection, warnings: +s.warnings, filtering: +s.filtering, cnc_blocking: +s.cncBlocking, since: at };
    await t.insertInto('consent_lines').values({ line, ...row }).onConflict((oc) => oc.column('line').doUpdateSet(row)).execute();
  }

  async function readRow(t: Db, line: string): Promise<ConsentLinesTable | undefined> {
    return t.selectFrom('consent_lines').selectAll().where('line', '=', line).executeTakeFirst();
  }

  async function record(t: Db, line: string, at: string, actor: ConsentActor, action: 'set' | 'reassign', detail: object): Promise<void> {
    await t.insertInto('consent_history').values({ line, at, actor: actor.id, channel: actor.channel, action, detail: JSON.stringify(detail) }).execute();
    // Written here rather than through store.audit.append so that the change and its audit
    // entry commit together (the audit table is the store's; same columns as append writes).
    await t.insertInto('audit').values({ at, actor: actor.id, action: `consent.${action}`, subject: line, detail: JSON.stringify({ channel: actor.channel, ...detail }) }).execute();
  }

  async function view(t: Db, line: string): Promise<ConsentView> {
    const row = await readRow(t, line);
    const counts = await t.selectFrom('consent_history').select(['action', (eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.max('at').as('last')])
      .where('line', '=', line).groupBy('action').execute();
    const of = (a: string): { n: number; last: string | null } => {
      const c = counts.find((x) => x.action === a);
      return { n: c ? Number(c.n) : 0, last: c ? (c.last as string) : null };
    };
    const s = of('set');
    const r = of('reassign');
    return { line, settings: settingsOf(row), since: row?.since ?? null, history: { changes: s.n, reassignments: r.n, lastChangedAt: s.last, lastReassignedAt: r.last } };
  }

  const checkActor = (actor: ConsentActor): ConsentError | null =>
    actor && typeof actor.id === 'string' && actor.id !== '' && CONSENT_CHANNELS.includes(actor.channel) ? null
      : { ok: false, code: 'E_BAD_ACTOR', message: `an actor needs an id and a channel (${CONSENT_CHANNELS.join(', ')})` };

  return {
    async get(raw) {
      const line = lineKey(raw);
      if (line === null) return badLine(raw);
      return { ok: true, value: await view(db, line) };
    },

    async set(raw, changes, actor) {
      const line = lineKey(raw);
      if (line === null) return badLine(raw);
      const valid = validateChanges(changes);
      if (!valid.ok) return valid;
      const badActor = checkActor(actor);
      if (badActor) return badActor;
      const at = clock().toISOString();
      const out = await store.transaction(async (tx) => {
        const t = tablesOf(tx);
        await lockLine(t, line);
        const before = settingsOf(await readRow(t, line));
        const diff: Partial<Record<ConsentField, { from: boolean; to: boolean }>> = {};
        const changed: ConsentField[] = [];
        for (const f of CONSENT_FIELDS) {
          const to = valid.value[f];
          if (to !== undefined && to !== before[f]) {
            diff[f] = { from: before[f], to };
            changed.push(f);
          }
        }
        if (changed.length > 0) {
          await writeRow(t, line, { ...before, ...valid.value }, at);
          await record(t, line, at, actor, 'set', { changes: diff });
        }
        return { ...(await view(t, line)), changed };
      });
      if (out.changed.includes('detection')) gate.apply(line, !out.settings.detection);
      if (out.changed.includes('filtering')) filteringOff.apply(line, !out.settings.filtering);
      return { ok: true, value: out };
    },

    async reassign(raw, reason, actor) {
      const line = lineKey(raw);
      if (line === null) return badLine(raw);
      if (!REASSIGN_REASONS.includes(reason)) return { ok: false, code: 'E_BAD_REASON', field: 'reason', message: `reason: must be ${REASSIGN_REASONS.join(' or ')}` };
      const badActor = checkActor(actor);
      if (badActor) return badActor;
      const at = clock().toISOString();
      const out = await store.transaction(async (tx) => {
        const t = tablesOf(tx);
        await lockLine(t, line);
        const before = settingsOf(await readRow(t, line));
        await writeRow(t, line, DEFAULT_SETTINGS, at);
        // The previous owner's proof of control does not pass to the next owner.
        await t.deleteFrom('consent_codes').where('line', '=', line).execute();
        await t.deleteFrom('consent_sessions').where('line', '=', line).execute();
        await record(t, line, at, actor, 'reassign', { reason, before });
        return view(t, line);
      });
      gate.apply(line, false);
      filteringOff.apply(line, false);
      return { ok: true, value: out };
    },

    async history(raw) {
      const line = lineKey(raw);
      if (line === null) return badLine(raw);
      const rows = await db.selectFrom('consent_history').selectAll().where('line', '=', line).orderBy('id', 'desc').execute();
      return {
        ok: true,
        value: rows.map((r): HistoryEntry => {
          const d = JSON.parse(r.detail) as Record<string, unknown>;
          const base = { at: r.at, actor: r.actor, channel: r.channel as ConsentChannel };
          return r.action === 'reassign'
            ? { ...base, action: 'reassign', reason: d.reason as ReassignReason, before: d.before as ConsentSettings }
            : { ...base, action: 'set', changes: d.changes as Extract<HistoryEntry, { action: 'set' }>['changes'] };
        }),
      };
    },

    async detectionGate() {
      await gate.reload(async () => (await db.selectFrom('consent_lines').select('line').where('detection', '=', 0).execute()).map((r) => r.line));
      return gateView(gate);
    },

    async filteringGate() {
      await filteringOff.reload(async () => (await db.selectFrom('consent_lines').select('line').where('filtering', '=', 0).execute()).map((r) => r.line));
      return gateView(filteringOff);
    },

    async cncBlockingOff() {
      return (await db.selectFrom('consent_lines').select('line').where('cnc_blocking', '=', 0).orderBy('line').execute()).map((r) => r.line);
    },

    async warningsAllowed(raw) {
      const line = lineKey(raw);
      if (line === null) return false;
      const row = await db.selectFrom('consent_lines').select('warnings').where('line', '=', line).executeTakeFirst();
      return row ? Number(row.warnings) === 1 : DEFAULT_SETTINGS.warnings;
    },
  };
}
