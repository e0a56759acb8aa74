// `smishguard firewall --config FILE`: the inline SMS firewall, an SMPP proxy between ESMEs
// and SMSCs that passes, tags, blocks or holds each message (src/firewall; README "Firewall").
import { createWriteStream } from 'node:fs';
import { createServer } from 'node:http';
import { userInfo } from 'node:os';
import { getEngine } from '../engine/index.js';
import { fail, failWith, parse, EX } from './args.js';
import { STORE_HELP, STORE_OPTIONS, storeFor } from './store-option.js';
import type { Logger } from '../smpp/index.js';
import type { BlockedLure, HeldQueue, InfectedLure, Registration } from '../firewall/index.js';

const HELP = `usage: smishguard firewall --config FILE [options]
       smishguard firewall held [list [--state S] | show ID | release ID | reject ID] --db …

  --config FILE       the configuration (JSON; README "Firewall"); re-read when it changes:
                      ESMEs and policy apply to the next message, a file that does not
                      validate is logged and the running configuration kept
  --metrics-port N    serve counts per ESME and action on http://127.0.0.1:N/metrics
                      (Prometheus text), and as JSON on /metrics.json
${STORE_HELP}
                      With --db (or DATABASE_URL): trusted reputation from the store, and
                      each recipient's filtering consent (filtering off: passed untouched),
                      and blocked lures kept as reports of channel network (once an hour a text);
                      messages from lines with an open infected case (MO) are decided too, and
                      their lures go to the line's case through the lines pipeline;
                      held messages go to the review queue, and released ones are sent.
                      Without: the engine alone, filtering on for every line.

  held                the review queue (needs --db): list (default: still held), show ID
                      (with its text while undecided), release ID (the running firewall sends
                      it, once), reject ID (never sent; its text is let go). Audited as the
                      operating-system user.`;

/** Who acts from the command line, for the audit log: the operating-system user. */
function cliActor(): string {
  try {
    return `cli:${userInfo().username}`;
  } catch {
    return 'cli';
  }
}

const HELD_STATES = ['held', 'approved', 'sending', 'released', 'rejected'] as const;

async function heldCommand(args: string[]): Promise<number> {
  const parsed = parse(args, { state: { type: 'string' }, limit: { type: 'string' }, ...STORE_OPTIONS });
  if (!parsed.ok) return fail('firewall held', parsed.error);
  const { values, positionals } = parsed.value;
  const [sub = 'list', id, extra] = positionals;
  if (extra !== undefined) return fail('firewall held', { code: 'E_USAGE', message: `unexpected argument '${extra}'` });
  if (!['list', 'show', 'release', 'reject'].includes(sub)) return fail('firewall held', { code: 'E_USAGE', message: `unknown subcommand '${sub}' (list, show, release, reject)` });
  const state = values.state ?? 'held';
  if (!(HELD_STATES as readonly string[]).includes(state)) return fail('firewall held', { code: 'E_USAGE', message: `--state must be one of ${HELD_STATES.join(', ')}` });
  const limit = values.limit === undefined ? 100 : Number(values.limit);
  if (!(Number.isInteger(limit) && limit >= 1 && limit <= 10_000)) return fail('firewall held', { code: 'E_USAGE', message: '--limit must be a whole number from 1 to 10000' });
  if (sub !== 'list' && id === undefined) return fail('firewall held', { code: 'E_USAGE', message: `${sub} needs the held message's ID` });
  const opened = await storeFor(values, { access: 'existing' });
  if (!opened.ok) return failWith('firewall held', opened.error);
  const store = opened.store;
  try {
    const { heldQueue } = await import('../firewall/index.js');
    const held = heldQueue(store);
    const actor = cliActor();
    if (sub === 'list') {
      const rows = await held.list({ state: state as (typeof HELD_STATES)[number], limit });
      await store.audit.append({ actor, action: 'firewall.held.list', subject: state, detail: { count: rows.length } });
      // The list has no text: reading one is \`show\`, audited by message.
      for (const m of rows) console.log(JSON.stringify({ ...m, text: undefined }));
      return 0;
    }
    if (sub === 'show') {
      const m = await held.get(id as string);
      if (!m) return fail('firewall held', { code: 'E_NOT_FOUND', message: `no held message ${id}` }, EX.NOT_FOUND);
      await store.audit.append({ actor, action: 'firewall.held.show', subject: m.id });
      console.log(JSON.stringify(m));
      return 0;
    }
    const r = await held.decide(id as string, sub === 'release' ? 'release' : 'reject', actor);
    if (!r.ok) return fail('firewall held', r, r.code === 'E_NOT_FOUND' ? EX.NOT_FOUND : EX.DATAERR);
    console.log(JSON.stringify({ id, state: r.state }));
    return 0;
  } finally {
    await store.close();
  }
}

function jsonLogger(): Logger {
  const line = (level: string) => (obj: object, msg: string): void => void process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), level, msg, ...obj })}\n`);
  return { info: line('info'), warn: line('warn'), error: line('error') };
}

/**
 * The young generation the firewall runs with (MiB a semi-space). A scavenge stops every message
 * in the proxy for its pause; with Node 20's young generation (16 MiB semi-spaces) the firewall
 * scavenged about every 500 submit_sm, so at 5,000/s roughly 2% of messages waited on one, which
 * is inside the p99. Four times the space makes a scavenge four times rarer at about the same
 * pause (what survives one is the messages in flight, not the allocation between), so well under
 * 1% of messages meet one. Node 24 sizes it so by itself on a machine with memory to spare; the
 * flags make it so on every Node. See README "Firewall" for the figures.
 */
export const FIREWALL_SEMI_SPACE_MIB = 64;
const SEMI_SPACE_FLAG = '--max-semi-space-size';

/**
 * V8 sizes the young generation when the process starts (v8.setFlagsFromString afterwards has
 * no effect on it), so the command starts itself again with the flag, as the same process
 * (process.execve, Node 22.15+/23.11+: the pid, its signals and a kill -9 stay the process's
 * own). An operator's own setting (in the node options or NODE_OPTIONS) is kept. On an older
 * Node it runs with V8's default and says how to set it.
 */
function withYoungGeneration(log: Logger): void {
  if (process.execArgv.some((a) => a.startsWith(SEMI_SPACE_FLAG)) || (process.env.NODE_OPTIONS ?? '').includes(SEMI_SPACE_FLAG)) return;
  const execve = (process as { execve?: (file: string, args: string[], env: NodeJS.ProcessEnv) => never }).execve;
  if (typeof execve !== 'function') {
    log.warn({ node: process.version, hint: `NODE_OPTIONS=${SEMI_SPACE_FLAG}=${FIREWALL_SEMI_SPACE_MIB} --min-semi-space-size=${FIREWALL_SEMI_SPACE_MIB}` }, 'firewall: this Node cannot restart itself with a larger young generation; p99 latency is higher without it');
    return;
  }
  execve.call(process, process.execPath, [process.execPath, `${SEMI_SPACE_FLAG}=${FIREWALL_SEMI_SPACE_MIB}`, `--min-semi-space-size=${FIREWALL_SEMI_SPACE_MIB}`, ...process.execArgv, ...process.argv.slice(1)], process.env);
}

export async function run(args: string[]): Promise<number> {
  if (args[0] === 'held') return heldCommand(args.slice(1));
  const parsed = parse(args, { config: { type: 'string' }, 'metrics-port': { type: 'string' }, ...STORE_OPTIONS, help: { type: 'boolean', short: 'h' } });
  if (!parsed.ok) return fail('firewall', parsed.error);
  const { values, positionals } = parsed.value;
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (positionals.length > 0) return fail('firewall', { code: 'E_USAGE', message: `unexpected argument '${positionals[0]}'` });
  if (!values.config) return fail('firewall', { code: 'E_USAGE', message: '--config FILE is required' });
  const metricsPort = values['metrics-port'] === undefined ? null : Number(values['metrics-port']);
  if (metricsPort !== null && !(Number.isInteger(metricsPort) && metricsPort >= 0 && metricsPort <= 65535)) return fail('firewall', { code: 'E_USAGE', message: '--metrics-port must be a whole number from 0 to 65535' });

  withYoungGeneration(jsonLogger());
  const { Firewall, PROMETHEUS_CONTENT_TYPE, loadFirewallConfig, prometheusText, watchFirewallConfig, withRegistrations } = await import('../firewall/index.js');
  const configPath = values.config;
  const loaded = loadFirewallConfig(configPath);
  if (!loaded.ok) return fail('firewall', { code: 'E_CONFIG', message: loaded.error }, EX.CONFIG);
  let fileConfig = loaded.value;
  // Registrations from the sender registry (with --db): which ESME may present which brand ID or 0005 number.
  let registrations: Registration[] = [];
  let registrationsChanged: (() => void) | null = null;
  const log = jsonLogger();

  let engine = getEngine();
  let filtering: ((line: string) => boolean) | undefined;
  let onBlocked: ((lure: BlockedLure) => void) | undefined;
  let infected: ((line: string) => boolean) | undefined;
  let onInfectedLure: ((lure: InfectedLure) => void) | undefined;
  let held: HeldQueue | undefined;
  const closers: (() => Promise<void> | void)[] = [];
  if (values.db !== undefined || process.env.DATABASE_URL) {
    const opened = await storeFor(values, { access: 'existing' });
    if (!opened.ok) return failWith('firewall', opened.error);
    const store = opened.store;
    const { openReputationSnapshot, withReputation } = await import('../reputation/index.js');
    const { openConsent } = await import('../consent/index.js');
    const reputation = await openReputationSnapshot(store, { log });
    // Senders registered in the store (0005 numbers, sender IDs and their brands), as serve reads them.
    const { openRegistrySnapshot, withRegistry } = await import('../registry/index.js');
    const registry = await openRegistrySnapshot(store, { log });
    engine = withRegistry(withReputation(engine, reputation.lookup), registry);
    closers.push(() => registry.close());
    const { openRegistryStore } = await import('../registry/index.js');
    const registryStore = openRegistryStore(store);
    registrations = await registryStore.all();
    let seen = registry.generation;
    const registrationsRefresh = setInterval(() => {
      if (registry.generation === seen) return;
      seen = registry.generation;
      registryStore.all().then((all) => {
        registrations = all;
        registrationsChanged?.();
      }, (err: unknown) => log.warn({ err: { message: (err as Error).message } }, 'ESME registrations not refreshed; keeping the last'));
    }, 2_000);
    registrationsRefresh.unref();
    closers.push(() => clearInterval(registrationsRefresh));
    const consent = openConsent(store);
    let gate = await consent.filteringGate();
    // Consent changed elsewhere (the subscriber page, the CLI) arrives within this period.
    const refresh = setInterval(() => {
      consent.filteringGate().then((g) => (gate = g), (err: unknown) => log.warn({ err: { message: (err as Error).message } }, 'filtering consent not refreshed; keeping the last'));
    }, 10_000);
    refresh.unref();
    filtering = (line) => !gate.excluded(line);
    const { createReportService } = await import('../reports/index.js');
    const { getReputationData } = await import('../reputation/index.js');
    const { networkReporter } = await import('../firewall/index.js');
    const reporter = networkReporter({ reports: createReportService({ store, engine, indicators: reputation.indicators, trustedRoles: getReputationData().policy.trustedRoles, log }), log });
    onBlocked = reporter;
    // Lines with an open infected case, by the same key the cases are kept under.
    const { openLinesPipeline } = await import('../lines/index.js');
    const { lineKey } = await import('../consent/index.js');
    const { lineFeed, heldQueue } = await import('../firewall/index.js');
    held = heldQueue(store);
    const pipeline = await openLinesPipeline({ store, engine, actor: 'firewall' });
    const OPEN = new Set(['suspected', 'warned', 'acknowledged']);
    const loadInfected = async (): Promise<Set<string>> => new Set((await pipeline.records.listCases({ limit: 1_000_000, kind: 'infected' }))
      .filter((c) => OPEN.has(c.state)).map((c) => lineKey(c.line) ?? c.line));
    let infectedLines = await loadInfected();
    const casesRefresh = setInterval(() => {
      loadInfected().then((x) => (infectedLines = x), (err: unknown) => log.warn({ err: { message: (err as Error).message } }, 'infected lines not refreshed; keeping the last'));
    }, 10_000);
    casesRefresh.unref();
    infected = (line) => infectedLines.size > 0 && infectedLines.has(lineKey(line) ?? line);
    const feed = lineFeed({ pipeline, log });
    onInfectedLure = feed;
    closers.push(() => clearInterval(refresh), () => clearInterval(casesRefresh), () => reporter.flush(), async () => void (await feed.flush()), () => reputation.close(), () => store.close());
  }

  // Buffered: a synchronous write per message would cost more than deciding it; lines go a batch at a time.
  const { decisionLogWriter } = await import('../firewall/index.js');
  const decisionLog = fileConfig.decisionLog ? createWriteStream(fileConfig.decisionLog, { flags: 'a' }) : process.stdout;
  const onDecision = decisionLogWriter(decisionLog);
  closers.push(() => new Promise<void>((resolve) => {
    onDecision.flush();
    if (decisionLog === process.stdout) resolve();
    else decisionLog.end(resolve);
  }));
  const config = withRegistrations(fileConfig, registrations);
  const firewall = new Firewall({
    config, engine, log,
    ...(filtering ? { filtering } : {}),
    ...(onBlocked ? { onBlocked } : {}),
    ...(infected ? { infected } : {}),
    ...(onInfectedLure ? { onInfectedLure } : {}),
    ...(held ? { held } : {}),
    onDecision,
  });
  let port: number;
  try {
    port = await firewall.start();
  } catch (err) {
    for (const c of closers) await c();
    return fail('firewall', { code: 'E_LISTEN', message: `cannot listen on ${config.listen.host}:${config.listen.port}: ${(err as Error).message}` }, EX.UNAVAILABLE);
  }
  registrationsChanged = () => firewall.setConfig(withRegistrations(fileConfig, registrations));
  process.stderr.write(`smishguard firewall listening on ${config.listen.host}:${port} for ${config.esmes.size} ESME(s); relaying to ${firewall.upstream().map((l) => l.smsc).join(', ')}\n`);
  const unwatch = watchFirewallConfig(configPath, (c) => {
    fileConfig = c;
    firewall.setConfig(withRegistrations(c, registrations));
    log.info({ esmes: c.esmes.size, dryRun: c.policy.dryRun }, 'configuration reloaded');
  }, (error) => log.error({ error }, 'configuration change refused; the running configuration stays'));

  const metrics = metricsPort === null ? null : createServer((req, res) => {
    if (req.url === '/metrics') return void res.writeHead(200, { 'content-type': PROMETHEUS_CONTENT_TYPE }).end(prometheusText(firewall.metrics(), firewall.upstream()));
    if (req.url === '/metrics.json') return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ...firewall.metrics(), upstream: firewall.upstream() }));
    res.writeHead(404).end();
  });
  if (metrics) {
    await new Promise<void>((resolve) => metrics.listen(metricsPort ?? 0, '127.0.0.1', resolve));
    const a = metrics.address();
    process.stderr.write(`metrics on http://127.0.0.1:${typeof a === 'object' && a ? a.port : metricsPort}/metrics\n`);
  }

  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  unwatch();
  metrics?.close();
  await firewall.close();
  for (const c of closers) await c();
  return 0;
}
