// The firewall's configuration file: where it listens, the SMSCs it binds to, the ESMEs it
// lets in, and the policy (actions per verdict and sender finding, the tag text, how blocks
// are answered, dry-run). Validated whole, once per read: a file that fails keeps the running
// policy (a hot reload never half-applies). See README "Firewall" for the format.
import type { ActionPolicy, EsmeProfile, FirewallAction } from '../core/firewall/decide.js';
import { Status } from '../smpp/index.js';

export type BlockMode = { readonly mode: 'reject'; readonly status: number } | { readonly mode: 'drop' };

export interface PolicySettings {
  readonly action: ActionPolicy;
  readonly tagPrefix: string;
  readonly block: BlockMode;
  /** Decide and log, relay everything untouched (for rollout). */
  readonly dryRun: boolean;
}

export interface EsmeConfig {
  readonly systemId: string;
  readonly password: string;
  readonly profile: EsmeProfile;
  /** source_addr must match one of these (none listed: any). */
  readonly sourceAddresses: readonly RegExp[] | null;
  /** submit_sm a second across all its binds; beyond it ESME_RTHROTTLED. null: no limit. */
  readonly maxPerSecond: number | null;
  /** Handset-originated messages (MO) go to this ESME's receivers. */
  readonly receivesMo: boolean;
  /** The global policy with this ESME's overrides applied. */
  readonly policy: PolicySettings;
  /**
   * Companies of the sender registry (src/registry) whose alphanumeric IDs and 0005 numbers
   * this ESME carries: its `brands` and `carrierCommon` come from their active entries, unless
   * the file lists them (the file's list then stands). See src/firewall/registrations.ts.
   */
  readonly registryCompanies: readonly string[];
  /** Which registrations the file itself lists for this ESME. */
  readonly listed: { readonly brands: boolean; readonly carrierCommon: boolean };
}

export interface FirewallConfig {
  readonly listen: { readonly host: string; readonly port: number };
  readonly upstream: {
    readonly smsc: readonly string[];
    readonly window: number;
    readonly enquireLinkMs: number;
    readonly responseTimeoutMs: number;
    readonly reconnectMinMs: number;
    readonly reconnectMaxMs: number;
  };
  readonly esmes: ReadonlyMap<string, EsmeConfig>;
  readonly policy: PolicySettings;
  /** Parts of a long message wait for the rest at most this long, and this many sets at once. */
  readonly multipart: { readonly timeoutMs: number; readonly maxSets: number };
  /** JSON lines file of decisions; null: the log (stdout). */
  readonly decisionLog: string | null;
  /** Where receipt routes and id mappings are journalled to outlive a restart, and for how long; null: memory only. */
  readonly routesJournal: { readonly path: string; readonly keepMs: number } | null;
}

export type ConfigResult = { readonly ok: true; readonly value: FirewallConfig } | { readonly ok: false; readonly error: string };

type Obj = Record<string, unknown>;
class Invalid extends Error {}
const fail = (path: string, what: string): never => {
  throw new Invalid(`${path}: ${what}`);
};
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const ACTIONS: readonly FirewallAction[] = ['pass', 'tag', 'block', 'hold'];

function obj(v: unknown, path: string): Obj {
  return isObj(v) ? v : fail(path, 'must be an object');
}
function only(o: Obj, path: string, keys: readonly string[]): void {
  for (const k of Object.keys(o)) if (!keys.includes(k)) fail(`${path}.${k}`, `unknown setting (known: ${keys.join(', ')})`);
}
function str(v: unknown, path: string, dflt?: string): string {
  if (v === undefined && dflt !== undefined) return dflt;
  return typeof v === 'string' ? v : fail(path, 'must be a string');
}
function int(v: unknown, path: string, dflt: number, min: number, max: number): number {
  if (v === undefined) return dflt;
  return typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? v : fail(path, `must be an integer from ${min} to ${max}`);
}
function bool(v: unknown, path: string, dflt: boolean): boolean {
  if (v === undefined) return dflt;
  return typeof v === 'boolean' ? v : fail(path, 'must be true or false');
}
function strings(v: unknown, path: string): string[] {
  if (v === undefined) return [];
  return Array.isArray(v) && v.every((x) => typeof x === 'string') ? v : fail(path, 'must be a list of strings');
}
function action(v: unknown, path: string, dflt: FirewallAction): FirewallAction {
  if (v === undefined) return dflt;
  return ACTIONS.includes(v as FirewallAction) ? (v as FirewallAction) : fail(path, `must be one of ${ACTIONS.join(', ')}`);
}

/** The policy when the file names none: block what the engine blocks, tag what it finds suspicious. */
export const DEFAULT_POLICY: PolicySettings = {
  action: { verdicts: { block: 'block', suspicious: 'tag', allow: 'pass' }, senderPolicy: 'block', reputation: 'block', allowSenders: new Set() },
  tagPrefix: '【迷惑SMSの可能性】',
  // ESME_RX_R_APPN: the application refused it, permanently (SMPP 3.4 §5.1.3): an ESME does not retry.
  block: { mode: 'reject', status: Status.ESME_RX_R_APPN },
  dryRun: false,
};

function policy(v: unknown, path: string, base: PolicySettings): PolicySettings {
  if (v === undefined) return base;
  const o = obj(v, path);
  only(o, path, ['dryRun', 'verdicts', 'senderPolicy', 'reputation', 'tagPrefix', 'block', 'allowSenders']);
  const verdicts = o.verdicts === undefined ? {} : obj(o.verdicts, `${path}.verdicts`);
  only(verdicts, `${path}.verdicts`, ['block', 'suspicious', 'allow']);
  let block = base.block;
  if (o.block !== undefined) {
    const b = obj(o.block, `${path}.block`);
    only(b, `${path}.block`, ['mode', 'status']);
    const mode = str(b.mode, `${path}.block.mode`);
    if (mode === 'drop') block = { mode: 'drop' };
    else if (mode === 'reject') {
      const status = int(b.status, `${path}.block.status`, Status.ESME_RX_R_APPN, 1, 0xffffffff);
      if (status === Status.ESME_ROK) fail(`${path}.block.status`, 'a refusal cannot be 0');
      block = { mode: 'reject', status };
    } else fail(`${path}.block.mode`, 'must be "reject" or "drop"');
  }
  const tagPrefix = str(o.tagPrefix, `${path}.tagPrefix`, base.tagPrefix);
  if (tagPrefix.length > 60) fail(`${path}.tagPrefix`, 'must be at most 60 characters');
  return {
    action: {
      verdicts: {
        block: action(verdicts.block, `${path}.verdicts.block`, base.action.verdicts.block),
        suspicious: action(verdicts.suspicious, `${path}.verdicts.suspicious`, base.action.verdicts.suspicious),
        allow: action(verdicts.allow, `${path}.verdicts.allow`, base.action.verdicts.allow),
      },
      senderPolicy: action(o.senderPolicy, `${path}.senderPolicy`, base.action.senderPolicy),
      reputation: action(o.reputation, `${path}.reputation`, base.action.reputation),
      allowSenders: o.allowSenders === undefined ? base.action.allowSenders : new Set(strings(o.allowSenders, `${path}.allowSenders`)),
    },
    tagPrefix,
    block,
    dryRun: bool(o.dryRun, `${path}.dryRun`, base.dryRun),
  };
}

function esme(v: unknown, path: string, global: PolicySettings): EsmeConfig {
  const o = obj(v, path);
  only(o, path, ['systemId', 'password', 'route', 'sourceAddresses', 'maxPerSecond', 'brands', 'carrierCommon', 'registryCompanies', 'receivesMo', 'policy']);
  const systemId = str(o.systemId, `${path}.systemId`);
  if (systemId === '' || systemId.length > 15) fail(`${path}.systemId`, 'must be 1 to 15 characters (SMPP 3.4 system_id)');
  const password = str(o.password, `${path}.password`);
  if (password.length > 8) fail(`${path}.password`, 'must be at most 8 characters (SMPP 3.4 password)');
  const routeText = str(o.route, `${path}.route`, 'domestic');
  const route = routeText === 'domestic' || routeText === 'international' ? routeText : fail(`${path}.route`, 'must be "domestic" or "international"');
  const sources = o.sourceAddresses === undefined ? null : strings(o.sourceAddresses, `${path}.sourceAddresses`).map((p, i) => {
    try {
      return new RegExp(p, 'u');
    } catch {
      return fail(`${path}.sourceAddresses[${i}]`, 'is not a valid regular expression');
    }
  });
  return {
    systemId,
    password,
    profile: { systemId, route, brands: strings(o.brands, `${path}.brands`), carrierCommon: strings(o.carrierCommon, `${path}.carrierCommon`) },
    sourceAddresses: sources,
    maxPerSecond: o.maxPerSecond === undefined ? null : int(o.maxPerSecond, `${path}.maxPerSecond`, 0, 1, 1_000_000),
    receivesMo: bool(o.receivesMo, `${path}.receivesMo`, false),
    policy: policy(o.policy, `${path}.policy`, global),
    registryCompanies: strings(o.registryCompanies, `${path}.registryCompanies`),
    listed: { brands: o.brands !== undefined, carrierCommon: o.carrierCommon !== undefined },
  };
}

/** Checks a parsed configuration file; the error names the first bad setting by its path. */
export function parseFirewallConfig(json: unknown): ConfigResult {
  try {
    const o = obj(json, 'config');
    only(o, 'config', ['$comment', 'listen', 'upstream', 'esmes', 'policy', 'multipart', 'decisionLog', 'routesJournal']);
    const listen = obj(o.listen ?? {}, 'listen');
    only(listen, 'listen', ['host', 'port']);
    const up = obj(o.upstream, 'upstream');
    only(up, 'upstream', ['smsc', 'window', 'enquireLinkMs', 'responseTimeoutMs', 'reconnectMinMs', 'reconnectMaxMs']);
    const smsc = strings(up.smsc, 'upstream.smsc');
    if (smsc.length === 0) fail('upstream.smsc', 'needs at least one smpp:// URL');
    const global = policy(o.policy, 'policy', DEFAULT_POLICY);
    if (!Array.isArray(o.esmes) || o.esmes.length === 0) fail('esmes', 'must list at least one ESME');
    const esmes = new Map<string, EsmeConfig>();
    (o.esmes as unknown[]).forEach((e, i) => {
      const c = esme(e, `esmes[${i}]`, global);
      if (esmes.has(c.systemId)) fail(`esmes[${i}].systemId`, `'${c.systemId}' is listed twice`);
      esmes.set(c.systemId, c);
    });
    const mp = obj(o.multipart ?? {}, 'multipart');
    only(mp, 'multipart', ['timeoutMs', 'maxSets']);
    let routesJournal: FirewallConfig['routesJournal'] = null;
    if (o.routesJournal !== undefined) {
      const rj = obj(o.routesJournal, 'routesJournal');
      only(rj, 'routesJournal', ['path', 'keepHours']);
      const path = str(rj.path, 'routesJournal.path');
      if (path === '') fail('routesJournal.path', 'must name a file');
      routesJournal = { path, keepMs: int(rj.keepHours, 'routesJournal.keepHours', 72, 1, 24 * 30) * 3_600_000 };
    }
    return {
      ok: true,
      value: {
        listen: { host: str(listen.host, 'listen.host', '127.0.0.1'), port: int(listen.port, 'listen.port', 2775, 0, 65535) },
        upstream: {
          smsc,
          window: int(up.window, 'upstream.window', 64, 1, 10_000),
          enquireLinkMs: int(up.enquireLinkMs, 'upstream.enquireLinkMs', 30_000, 100, 3_600_000),
          responseTimeoutMs: int(up.responseTimeoutMs, 'upstream.responseTimeoutMs', 10_000, 100, 600_000),
          reconnectMinMs: int(up.reconnectMinMs, 'upstream.reconnectMinMs', 1_000, 10, 600_000),
          reconnectMaxMs: int(up.reconnectMaxMs, 'upstream.reconnectMaxMs', 60_000, 10, 3_600_000),
        },
        esmes,
        policy: global,
        multipart: { timeoutMs: int(mp.timeoutMs, 'multipart.timeoutMs', 5_000, 10, 600_000), maxSets: int(mp.maxSets, 'multipart.maxSets', 10_000, 1, 1_000_000) },
        decisionLog: o.decisionLog === undefined ? null : str(o.decisionLog, 'decisionLog'),
        routesJournal,
      },
    };
  } catch (err) {
    if (err instanceof Invalid) return { ok: false, error: err.message };
    throw err;
  }
}
