// The sender registry: who is behind a 0005 number, a carrier's short code, an alphanumeric
// sender ID or a business number — the company, the brands it speaks for, the page that says
// so and when it was read. The shipped list (data/senders.json, and brands' own officialSenders)
// is what we found published; operators add and revoke entries in the store (admin API, CSV
// import). Every process holds the two merged in memory, refreshed within seconds, and judges
// senders by it (withRegistry); the public lookup reads the same.
import type { Brand } from '../core/brands/index.js';
import type { Engine } from '../core/engine.js';
import { classifySender, keyOf, senderKey, type SenderEntry, type SenderRegistry } from '../core/sender/index.js';
import type { PhoneKind } from '../core/types.js';
import { loadEngineData } from '../engine/index.js';
import type { Store } from '../store/index.js';
import { parseRegistryCsv, type CsvRowError } from './csv.js';
import { normaliseValue, validateEntry, type EntryError, type EntryInput, type EntryKind, type ValidEntry } from './entry.js';
import { openRegistryStore, type RegistryEntry, type RegistryStore, type UpsertOutcome } from './store.js';

export { CSV_COLUMNS, parseRegistryCsv, type CsvRowError } from './csv.js';
export { ENTRY_KINDS, ENTRY_STATES, normaliseValue, validateEntry, type EntryError, type EntryInput, type EntryKind, type EntryState, type ValidEntry } from './entry.js';
export { openRegistryStore, type RegistryEntry, type RegistryStore } from './store.js';

export interface ShippedSenders {
  readonly brands: readonly Brand[];
  readonly senders: SenderRegistry;
}

let shipped: ShippedSenders | undefined;
/** data/brands.json and data/senders.json, read once; broken shipped data is a bug and throws. */
export function shippedSenders(): ShippedSenders {
  if (!shipped) {
    const d = loadEngineData(undefined, { withoutModel: true });
    if (!d.ok) throw new Error(`smishguard: engine data is invalid: ${d.error}`);
    shipped = { brands: d.value.brands.brands, senders: d.value.senders ?? { senders: [] } };
  }
  return shipped;
}

// ---- the service every channel (admin API, CLI) calls ---------------------------------------

export type ChangeResult =
  | { ok: true; entry: RegistryEntry; outcome: UpsertOutcome }
  | { ok: false; code: 'E_VALIDATION'; errors: EntryError[] }
  | { ok: false; code: 'E_CONFLICT' | 'E_NOT_FOUND'; message: string };

export interface ImportReport {
  readonly rows: number;
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly errors: readonly CsvRowError[];
  readonly dryRun: boolean;
}

export interface SenderRegistryService {
  readonly entries: RegistryStore;
  create(input: EntryInput, actor: string): Promise<ChangeResult>;
  /** Replaces what the patch names; the kind and value stay. */
  update(value: string, patch: Partial<Pick<EntryInput, 'company' | 'brandIds' | 'source' | 'verifiedAt'>>, actor: string): Promise<ChangeResult>;
  revoke(value: string, actor: string, note?: string | null): Promise<ChangeResult>;
  /** Valid rows are upserted in one transaction (none with `dryRun`); refused rows are reported by line. */
  importCsv(text: string, actor: string, o?: { dryRun?: boolean }): Promise<ImportReport>;
  /** The stored key of what a person typed (an ID's capitals and spaces folded), or null. */
  keyOf(raw: string): string | null;
}

/**
 * A shipped listing (data/senders.json, else brands' officialSenders) as a store entry, so that
 * an operator can revoke what we ship; null when nothing is shipped for the key.
 */
export function shippedEntry(data: ShippedSenders, key: string, today: string): ValidEntry | null {
  const listed = data.senders.senders.find((e) => keyOf(e.sender) === key);
  const brands = data.brands.filter((b) => b.officialSenders.some((s) => keyOf(s) === key));
  const display = listed?.sender ?? brands[0]?.officialSenders.find((s) => keyOf(s) === key);
  if (display === undefined) return null;
  const phone = classifySender(display);
  const kind: EntryKind | null = phone.kind === 'carrier-common' ? '0005' : phone.kind === 'short-code' ? 'short-code' : phone.kind === 'alphanumeric' ? 'alphanumeric' : 'business-number';
  const v = normaliseValue(kind, display);
  if (!v.ok || v.value !== key) return null;
  return listed
    ? { kind, value: key, display: v.display, company: listed.company, brandIds: listed.brands, source: listed.sources[0] as string, verifiedAt: listed.verified, state: 'active' }
    : { kind, value: key, display: v.display, company: brands.map((b) => b.name).join(' / '), brandIds: brands.map((b) => b.id), source: brands[0]!.sources[0] ?? 'https://github.com/', verifiedAt: today, state: 'active' };
}

export function openSenderRegistry(store: Store, o: { clock?: () => Date; data?: ShippedSenders } = {}): SenderRegistryService {
  const entries = openRegistryStore(store, o);
  const today = (): string => (o.clock ? o.clock() : new Date()).toISOString().slice(0, 10);
  const brandIds = (): ReadonlySet<string> => new Set((o.data ?? shippedSenders()).brands.map((b) => b.id));

  const service: SenderRegistryService = {
    entries,
    async create(input, actor) {
      const v = validateEntry({ ...input, state: 'active' }, brandIds());
      if (!v.ok) return { ok: false, code: 'E_VALIDATION', errors: v.errors };
      if (await entries.get(v.value.value)) return { ok: false, code: 'E_CONFLICT', message: `${v.value.display} is registered already: update or revoke it` };
      const [outcome] = await entries.upsert([v.value], actor, {
        audit: () => ({ action: 'senders.create', subject: v.value.value, detail: { kind: v.value.kind, company: v.value.company, brandIds: v.value.brandIds, source: v.value.source, verifiedAt: v.value.verifiedAt } }),
      });
      return { ok: true, entry: (await entries.get(v.value.value))!, outcome: outcome ?? 'created' };
    },
    async update(value, patch, actor) {
      const had = await entries.get(value);
      if (!had) return { ok: false, code: 'E_NOT_FOUND', message: `no registry entry ${value}` };
      const v = validateEntry({
        kind: had.kind, value: had.display, company: patch.company ?? had.company, brandIds: patch.brandIds ?? had.brandIds,
        source: patch.source ?? had.source, verifiedAt: patch.verifiedAt ?? had.verifiedAt, state: had.state,
      }, brandIds());
      if (!v.ok) return { ok: false, code: 'E_VALIDATION', errors: v.errors };
      const [outcome] = await entries.upsert([v.value], actor, {
        audit: ([o]) => (o === 'unchanged' ? null : { action: 'senders.update', subject: value, detail: { changed: Object.keys(patch) } }),
      });
      return { ok: true, entry: (await entries.get(value))!, outcome: outcome ?? 'unchanged' };
    },
    async revoke(value, actor, note) {
      const had = await entries.get(value);
      if (!had) {
        // What we ship is revoked by storing it, revoked: the snapshot then drops the listing.
        const shippedOne = shippedEntry(o.data ?? shippedSenders(), value, today());
        if (!shippedOne) return { ok: false, code: 'E_NOT_FOUND', message: `no registry entry or shipped listing ${value}` };
        await entries.upsert([{ ...shippedOne, state: 'revoked' }], actor, { audit: () => ({ action: 'senders.revoke', subject: value, detail: { note: note ?? null, shipped: true } }) });
        return { ok: true, entry: (await entries.get(value))!, outcome: 'created' };
      }
      if (!(await entries.revoke(value, actor, { action: 'senders.revoke', subject: value, detail: { note: note ?? null } }))) return { ok: false, code: 'E_CONFLICT', message: `${had.display} is revoked already` };
      return { ok: true, entry: (await entries.get(value))!, outcome: 'updated' };
    },
    async importCsv(text, actor, opts = {}) {
      const parsed = parseRegistryCsv(text);
      const errors: CsvRowError[] = [...parsed.errors];
      const valid: ValidEntry[] = [];
      const seen = new Map<string, number>();
      const ids = brandIds();
      for (const row of parsed.rows) {
        const v = validateEntry(row.input, ids);
        if (!v.ok) {
          for (const e of v.errors) errors.push({ line: row.line, code: e.code, message: e.message });
          continue;
        }
        const first = seen.get(v.value.value);
        if (first !== undefined) {
          errors.push({ line: row.line, code: 'E_DUPLICATE', message: `${v.value.display} is on line ${first} already` });
          continue;
        }
        seen.set(v.value.value, row.line);
        valid.push(v.value);
      }
      errors.sort((a, b) => a.line - b.line);
      const refused = errors.length;
      const outcomes = valid.length > 0
        ? await entries.upsert(valid, actor, {
          dryRun: opts.dryRun,
          audit: (done) => {
            const n = (k: UpsertOutcome): number => done.filter((x) => x === k).length;
            if (n('created') + n('updated') === 0) return null;
            return {
              action: 'senders.import', subject: `${n('created') + n('updated')} entries`,
              detail: { created: n('created'), updated: n('updated'), unchanged: n('unchanged'), refused, values: valid.filter((_, i) => done[i] !== 'unchanged').slice(0, 200).map((e) => e.value) },
            };
          },
        })
        : [];
      const count = (k: UpsertOutcome): number => outcomes.filter((x) => x === k).length;
      const report: ImportReport = { rows: parsed.rows.length, created: count('created'), updated: count('updated'), unchanged: count('unchanged'), errors, dryRun: opts.dryRun === true };
      return report;
    },
    keyOf: registryKey,
  };
  return service;
}

/** The key a typed sender is registered under (as the engine looks it up), or null when it is no sender. */
export function registryKey(raw: string): string | null {
  const s = classifySender(raw.trim());
  if (s.kind === 'unknown') return null;
  return s.kind === 'alphanumeric' ? senderKey(s.normalized) : s.normalized;
}

// ---- the merged registry every process holds ------------------------------------------------

/** Where a listing comes from: an operator's entry, data/senders.json, or a brand's officialSenders. */
export type ListingOrigin = 'registry' | 'shipped' | 'brands';

export interface Listing {
  readonly sender: string;
  readonly kind: EntryKind | 'carrier-short-code' | 'other';
  readonly company: string;
  readonly brands: readonly { readonly id: string; readonly name: string; readonly nameEn: string }[];
  readonly sources: readonly string[];
  /** YYYY-MM-DD; null when the listing's source gives none (a brand's own list). */
  readonly verifiedAt: string | null;
  readonly origin: ListingOrigin;
}

export type LookupResult =
  | { readonly ok: true; readonly sender: string; readonly phoneKind: PhoneKind; readonly listing: Listing | null }
  | { readonly ok: false; readonly code: 'E_BAD_SENDER' };

/**
 * The shipped registry with the operators' entries over it: an entry wins; a revoked one removes
 * the listing. A short code is a carrier's own (tier 'carrier') only when every brand it speaks
 * for is a carrier (`carrierBrands`); a business's short code is a registered business's.
 */
export function mergeRegistry(base: SenderRegistry, entries: readonly RegistryEntry[], carrierBrands: ReadonlySet<string> = new Set()): SenderRegistry {
  const byKey = new Map<string, SenderEntry>();
  for (const e of base.senders) byKey.set(keyOf(e.sender), e);
  const revoked: string[] = [...(base.revoked ?? [])];
  for (const e of entries) {
    if (e.state === 'revoked') {
      byKey.delete(e.value);
      revoked.push(e.value);
      continue;
    }
    byKey.set(e.value, {
      sender: e.display, tier: e.kind === 'short-code' && e.brandIds.length > 0 && e.brandIds.every((b) => carrierBrands.has(b)) ? 'carrier' : 'registered-business', company: e.company,
      brands: e.brandIds, sources: [e.source], verified: e.verifiedAt,
    });
  }
  return { senders: [...byKey.values()], revoked };
}

function kindOfShipped(e: SenderEntry): Listing['kind'] {
  const phone = classifySender(e.sender);
  if (e.tier === 'carrier') return 'carrier-short-code';
  if (phone.kind === 'carrier-common') return '0005';
  if (phone.kind === 'short-code') return 'short-code';
  if (phone.kind === 'alphanumeric') return 'alphanumeric';
  return 'other';
}

/** The listings a lookup answers from, by key. */
function listingsOf(data: ShippedSenders, merged: SenderRegistry, entries: readonly RegistryEntry[]): Map<string, Listing> {
  const brandById = new Map(data.brands.map((b) => [b.id, b]));
  const brandsOf = (ids: readonly string[]): Listing['brands'] => ids.flatMap((id) => {
    const b = brandById.get(id);
    return b ? [{ id, name: b.name, nameEn: b.nameEn }] : [];
  });
  const fromStore = new Map(entries.filter((e) => e.state === 'active').map((e) => [e.value, e]));
  const out = new Map<string, Listing>();
  const revoked = new Set(merged.revoked ?? []);
  for (const b of data.brands) {
    for (const s of b.officialSenders) {
      const key = keyOf(s);
      if (revoked.has(key)) continue;
      const had = out.get(key);
      out.set(key, had
        ? { ...had, company: `${had.company} / ${b.name}`, brands: [...had.brands, ...brandsOf([b.id])], sources: [...new Set([...had.sources, ...b.sources])] }
        : { sender: s, kind: kindOfShipped({ sender: s, tier: 'registered-business', company: '', brands: [], sources: [], verified: '' }), company: b.name, brands: brandsOf([b.id]), sources: b.sources, verifiedAt: null, origin: 'brands' });
    }
  }
  for (const e of merged.senders) {
    const key = keyOf(e.sender);
    const own = fromStore.get(key);
    out.set(key, {
      sender: e.sender, kind: own ? own.kind : kindOfShipped(e), company: e.company, brands: brandsOf(e.brands),
      sources: e.sources, verifiedAt: e.verified, origin: own ? 'registry' : 'shipped',
    });
  }
  return out;
}

export interface RegistrySnapshot {
  /** data/senders.json with the store's entries merged over it, for the engine. */
  readonly registry: SenderRegistry;
  /** Goes up whenever `registry` is replaced. */
  readonly generation: number;
  readonly entries: number;
  /** Who is behind a sender, as the engine sees it now. */
  lookup(raw: string): LookupResult;
  /** Reads the store again when its registry version moved (one row when it did not). */
  refresh(): Promise<void>;
  close(): void;
}

export interface RegistrySnapshotOptions {
  readonly data?: ShippedSenders;
  /** How often to poll the store's registry version; 0 = only on refresh(). Default 2 s. */
  readonly refreshMs?: number;
  readonly log?: { warn(obj: object, msg: string): void };
}

/** Loads the operators' entries over the shipped registry, then keeps up with the store by polling its version. */
export async function openRegistrySnapshot(store: Store, o: RegistrySnapshotOptions = {}): Promise<RegistrySnapshot> {
  const data = o.data ?? shippedSenders();
  const carriers = new Set(data.brands.filter((b) => b.category === 'carrier').map((b) => b.id));
  const entries = openRegistryStore(store);
  let version = -1;
  let generation = 0;
  let registry: SenderRegistry = data.senders;
  let listings = listingsOf(data, registry, []);
  let count = 0;
  let running: Promise<void> | null = null;
  const refresh = async (): Promise<void> => {
    if (running) return running;
    running = (async () => {
      const v = await entries.version();
      if (v === version) return;
      const all = await entries.all();
      registry = mergeRegistry(data.senders, all, carriers);
      listings = listingsOf(data, registry, all);
      count = all.length;
      version = v;
      generation++;
    })().finally(() => { running = null; });
    return running;
  };
  await refresh();
  const every = o.refreshMs ?? 2000;
  const timer = every > 0 ? setInterval(() => {
    refresh().catch((err: unknown) => o.log?.warn({ err: { message: (err as Error).message } }, 'registry: refresh failed; serving the last snapshot'));
  }, every) : null;
  timer?.unref();
  return {
    get registry() { return registry; },
    get generation() { return generation; },
    get entries() { return count; },
    lookup(raw) {
      const s = classifySender(raw.trim());
      if (s.kind === 'unknown') return { ok: false, code: 'E_BAD_SENDER' };
      const key = s.kind === 'alphanumeric' ? senderKey(s.normalized) : s.normalized;
      return { ok: true, sender: s.normalized, phoneKind: s.kind, listing: listings.get(key) ?? null };
    },
    refresh,
    close() { if (timer) clearInterval(timer); },
  };
}

/** An engine that judges senders by the snapshot's registry as it is now (rebuilt only when it changes). */
export function withRegistry(engine: Engine, snapshot: Pick<RegistrySnapshot, 'registry' | 'generation'>): Engine {
  let at = -1;
  let current = engine;
  const now = (): Engine => {
    if (snapshot.generation !== at) {
      current = engine.withSenders(snapshot.registry);
      at = snapshot.generation;
    }
    return current;
  };
  return {
    context: (m, r) => now().context(m, r),
    analyse: (m, r) => now().analyse(m, r),
    withSenders: (registry) => engine.withSenders(registry),
  };
}
