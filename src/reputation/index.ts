// Reputation: indicators from reports with a trust model (src/core/reputation decides; this
// capability keeps the evidence and serves it), and the in-memory snapshot of trusted
// indicators that every process hands the engine and the line detector.
//
// What counts in a verdict: suspected (≥3 independent reporters whose reports the engine
// flagged, or one flagged report from a trusted organisation) and confirmed (an analyst)
// indicators, while their decaying confidence stays above the policy's threshold. Both weigh
// the same (REPUTATION_* in data/scores.json): the suspicion rule is already what the floor
// asks to block, and an analyst can reject a suspicion at once. Observed ones never count.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Engine } from '../core/engine.js';
import {
  createAllowList, createTrustedIndex, trustedBadUnlessAllowed, withAllowList, parseNeverBlock, parsePolicy, type IndicatorKind, type NeverBlock, type Parsed, type ReputationPolicy, type TrustedIndex,
} from '../core/reputation/index.js';
import type { Analysis, ReputationLookup } from '../core/types.js';
import { DEFAULT_DATA_DIR, loadEngineData } from '../engine/index.js';
import type { Store } from '../store/index.js';
import { openAllowListStore, type AllowListStore } from './allow-list.js';
import { openIndicatorStore, type IndicatorRef, type IndicatorStore } from './indicators.js';

export { openAllowListStore, type AllowEntry, type AllowListStore } from './allow-list.js';

export { openIndicatorStore } from './indicators.js';
export { protectionIn, type ProtectionRef } from './protection.js';
export type { DecideAction, DecideResult, DecisionView, IndicatorRef, IndicatorStore, IndicatorView, ReportEvidence } from './indicators.js';

export interface ReputationData {
  readonly policy: ReputationPolicy;
  readonly neverBlock: NeverBlock;
}

function readJson(dir: string, file: string): unknown {
  return JSON.parse(readFileSync(join(dir, file), 'utf8'));
}

/** data/reputation.json and data/never-block.json, the latter merged with brands' official names and the shorteners. */
export function loadReputationData(dir: string = DEFAULT_DATA_DIR): Parsed<ReputationData> {
  try {
    const policy = parsePolicy(readJson(dir, 'reputation.json'));
    if (!policy.ok) return { ok: false, error: `reputation.json: ${policy.error}` };
    const engine = loadEngineData(dir, { withoutModel: true });
    if (!engine.ok) return engine;
    const brands = engine.value.brands.brands;
    const nb = parseNeverBlock(readJson(dir, 'never-block.json'), {
      domains: [...brands.flatMap((b) => b.officialDomains), ...engine.value.shorteners],
      senders: brands.flatMap((b) => b.officialSenders),
    });
    if (!nb.ok) return { ok: false, error: `never-block.json: ${nb.error}` };
    return { ok: true, value: { policy: policy.value, neverBlock: nb.value } };
  } catch (err) {
    return { ok: false, error: (err as Error).message };
  }
}

let shared: ReputationData | undefined;
/** The shipped data, read once; broken shipped data is a bug and throws. */
export function getReputationData(): ReputationData {
  if (!shared) {
    const d = loadReputationData();
    if (!d.ok) throw new Error(`smishguard: reputation data is invalid: ${d.error}`);
    shared = d.value;
  }
  return shared;
}

/** The indicators a report names, in the trust model's kinds: each URL, its host and domain, numbers, the sender. */
export function indicatorsOf(a: Pick<Analysis, 'indicators'>, sender: string | null): IndicatorRef[] {
  const out: IndicatorRef[] = [];
  const seen = new Set<string>();
  const add = (kind: IndicatorKind, value: string | null | undefined): void => {
    if (!value) return;
    const k = `${kind}\u0000${value}`;
    if (!seen.has(k)) { seen.add(k); out.push({ kind, value }); }
  };
  for (const u of a.indicators.urls) {
    add('url', u.normalized);
    add('host', u.host);
    add('domain', u.domain);
  }
  for (const p of a.indicators.phones) add(p.kind === 'alphanumeric' ? 'sender' : 'phone', p.normalized);
  if (sender) add(/^[0-9+]+$/.test(sender) ? 'phone' : 'sender', sender);
  return out;
}

/** An engine whose every verdict consults `reputation` unless the caller passes its own. */
export function withReputation(engine: Engine, reputation: ReputationLookup): Engine {
  return {
    context: (m, r) => engine.context(m, r ?? reputation),
    analyse: (m, r) => engine.analyse(m, r ?? reputation),
    withSenders: (registry) => withReputation(engine.withSenders(registry), reputation),
  };
}

export interface ReputationSnapshot {
  /** For the engine. */
  readonly lookup: ReputationLookup;
  /** For the line detector: is this URL, domain or number a trusted bad indicator? */
  readonly isTrustedBad: (kind: string, value: string) => boolean;
  /** Trusted indicators held. */
  readonly size: number;
  readonly version: number;
  readonly index: TrustedIndex;
  readonly indicators: IndicatorStore;
  /** Names allowed after an accepted appeal: they beat a suspicion, never a confirmed URL. */
  readonly allowList: AllowListStore;
  /** Reads what changed since the last refresh (cheap when nothing did: one row). */
  refresh(): Promise<void>;
  close(): void;
}

export interface SnapshotOptions {
  readonly data?: ReputationData;
  readonly clock?: () => Date;
  /** How often to poll the store's version; 0 = only on refresh(). Default 2 s. */
  readonly refreshMs?: number;
  /** Where refresh failures go (the snapshot keeps serving what it has). */
  readonly log?: { warn(obj: object, msg: string): void };
}

/** Loads every trusted indicator, then keeps up with the store by polling its version. */
export async function openReputationSnapshot(store: Store, o: SnapshotOptions = {}): Promise<ReputationSnapshot> {
  const data = o.data ?? getReputationData();
  const clock = o.clock ?? (() => new Date());
  const now = (): number => clock().getTime();
  const indicators = openIndicatorStore(store, { policy: data.policy, neverBlock: data.neverBlock, clock });
  // Fingerprints keyed at random per process: nobody can craft a value to collide with another.
  const seed = randomBytes(4).readUInt32LE(0);
  const index = createTrustedIndex({ seed });
  const allowList = openAllowListStore(store);
  const allowed = createAllowList();
  let version = 0;
  let running: Promise<void> | null = null;
  const refresh = async (): Promise<void> => {
    if (running) return running;
    running = (async () => {
      if ((await indicators.version()) === version) return;
      const since = version;
      const reached = await indicators.changesSince(since, (c) => index.set(c.kind, c.value, c.level, c.reports, c.until));
      await allowList.changesSince(since, reached, (e) => allowed.set(e.kind, e.value, e.active));
      version = reached;
    })().finally(() => { running = null; });
    return running;
  };
  await refresh();
  const every = o.refreshMs ?? 2000;
  const timer = every > 0 ? setInterval(() => {
    refresh().catch((err: unknown) => o.log?.warn({ err: { message: (err as Error).message } }, 'reputation: refresh failed; serving the last snapshot'));
  }, every) : null;
  timer?.unref();
  return {
    lookup: withAllowList(index.lookup(now), allowed),
    isTrustedBad: trustedBadUnlessAllowed(index.isTrustedBad(now), (u) => index.get('url', u, now())?.level === 'confirmed', allowed),
    get size() { return index.size; },
    get version() { return version; },
    index,
    indicators,
    allowList,
    refresh,
    close() { if (timer) clearInterval(timer); },
  };
}
