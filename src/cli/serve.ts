// `smishguard serve`: the platform's server. Configuration is validated once, then the
// store opens, the app is built with the plugins present, it listens, and the 7726
// intake starts when SMSCs are given. SIGTERM/SIGINT stop in the reverse order.
import { dnsName, parseTlp } from '../sharing/index.js';
import { serveConfig, DEFAULTS, type ServeConfig } from '../config/index.js';
import { getEngine } from '../engine/index.js';
import type { Store } from '../store/index.js';
import { createReportService } from '../reports/index.js';
import { getReputationData, openReputationSnapshot, withReputation, type ReputationSnapshot } from '../reputation/index.js';
import { openAggregatorNotices } from '../aggregators/index.js';
import { openRegistrySnapshot, withRegistry, type RegistrySnapshot } from '../registry/index.js';
import { buildApp, loadOptionalPlugins } from '../web/index.js';
import { createOps } from '../web/ops.js';
import type { SmppIntake } from '../intake/index.js';
import { lateSmsSender } from '../smpp/sms-sender.js';
import { EX, fail, failWith, parse, showUsage } from './args.js';
import { openTarget } from './store-option.js';

const HELP = `usage: smishguard serve [options]

  --db PATH               SQLite file (default ${DEFAULTS.sqlitePath}); without --db,
                          DATABASE_URL=postgres://… uses PostgreSQL
  --secret-file PATH      the keyed-hash secret for subscriber numbers (at least 32
                          characters; else SMISHGUARD_SECRET_FILE or SMISHGUARD_SECRET)
  --http-port N           port to listen on (default ${DEFAULTS.httpPort}; 0 = any free port)
  --host ADDR             address to listen on (default ${DEFAULTS.host}, this machine only:
                          the store holds secrets of communication; 0.0.0.0 behind a proxy)
  --rate-limit N          reports and checks per client address per minute on public
                          endpoints (default ${DEFAULTS.rateLimit}, 0 = off); API keys are not limited
  --smsc URL              bind to an SMSC for the short code, smpp://SYSTEM_ID:PASSWORD@HOST:PORT
                          (ssmpp:// for TLS); repeatable
  --short-code CODE       the reporting short code (default ${DEFAULTS.shortCode})
  --dialogue-timeout D    how long a 7726 dialogue waits for the sender (default ${DEFAULTS.dialogueTimeout}; 30m, 1h30m…)
  --reports-per-hour N    7726 reports one number may make per hour (default 20; 0 = no cap);
                          beyond it texts are acknowledged but not reported, and answered once
  --reply-link            add the web form's link to the 7726 ask-back (off: one SMS part, no link)
  --public-url URL        the address subscribers are sent to for the web form
                          (default: the address served)
  --sms-from ADDR         the address warnings and one-time codes come from, such as the
                          carrier's 0005 number (default: the short code)
  --carrier-url URL       the carrier's official page on removing smishing malware, quoted
                          in the long warning (and in the short one with --warning-link)
  --carrier-phone NUMBER  the carrier's official help number, quoted in warnings
  --warnings MODE         warnings to infected lines: review (default: each waits for an
                          analyst's approval, GET /api/v1/warnings), auto (sent without
                          review) or off (cases open, no warning is queued)
  --warning-max-age D     no warning about traffic older than this (default ${DEFAULTS.warningMaxAge})
  --warning-hourly-cap N  warnings sent per hour, across every server (default ${DEFAULTS.warningHourlyCap})
  --warning-text STYLE    short (default: one SMS part in Japanese, no link) or long
                          (Japanese and English with removal steps, about 7 parts)
  --warning-link          put --carrier-url in the short warning (off by default: we tell
                          people not to open links in SMS)
  --sharing-org NAME      the hub's organisation, the STIX identity of shared indicators
                          (default "smishguard hub")
  --sharing-tlp LEVEL     TLP 2.0 of what is shared: clear, green, amber (default),
                          amber+strict, red
  --rpz-zone NAME         the RPZ zone's name at /api/v1/sharing/rpz (default rpz.smishguard.invalid)
  --trust-proxy LIST      reverse proxies (addresses or CIDRs, comma-separated) whose
                          X-Forwarded-For names the client, so per-address limits apply to
                          subscribers rather than to the proxy (default: none)

Environment: DATABASE_URL (PostgreSQL), SMISHGUARD_SECRET_FILE or SMISHGUARD_SECRET (the
keyed-hash secret; never kept in the store). Without one, a new SQLite store gets a random
secret in the file beside it, PATH.secret (mode 0600), said so in the log; PostgreSQL needs one.

Serves the web form at / (when built), POST /api/v1/check, POST /api/v1/reports,
GET /api/v1/reports[/:id] and /api/v1/indicators (API keys: smishguard keys), the consent page
at /consent and /api/v1/consent/:line, traffic records at POST /api/v1/traffic, flagged lines
and cases at /api/v1/lines and /api/v1/cases (warnings go out over --smsc), confirmed
indicators to partners at /taxii2/ (TAXII 2.1) and /api/v1/sharing/stix|rpz|indicators.csv, /healthz,
/metrics, the OpenAPI description at /openapi.json and its docs page at /docs. SIGTERM or
SIGINT stops the SMPP intake, drains in-flight requests, commits what was accepted, closes
the store and exits 0.`;

// Says what is true now: bound links, or that binding goes on (the log says when it binds).
function shortCodeLine(code: string, links: readonly { state: string }[]): string {
  const bound = links.filter((l) => l.state === 'bound').length;
  if (bound === links.length) return `  short code:        ${code} over ${bound} SMSC bind(s)`;
  return `  short code:        ${code}: binding… (${bound} of ${links.length} SMSC bind(s) up; retrying in the background, see /readyz and the log)`;
}

export async function run(args: string[]): Promise<number> {
  const parsed = parse(args, {
    'http-port': { type: 'string' },
    db: { type: 'string' },
    host: { type: 'string' },
    'rate-limit': { type: 'string' },
    smsc: { type: 'string', multiple: true },
    'short-code': { type: 'string' },
    'dialogue-timeout': { type: 'string' },
    'reports-per-hour': { type: 'string' },
    'reply-link': { type: 'boolean' },
    'public-url': { type: 'string' },
    'sms-from': { type: 'string' },
    'carrier-url': { type: 'string' },
    'trust-proxy': { type: 'string' },
    'secret-file': { type: 'string' },
    warnings: { type: 'string' },
    'warning-max-age': { type: 'string' },
    'warning-hourly-cap': { type: 'string' },
    'warning-text': { type: 'string' },
    'warning-link': { type: 'boolean' },
    'carrier-phone': { type: 'string' },
    'sharing-org': { type: 'string' },
    'sharing-tlp': { type: 'string' },
    'rpz-zone': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (!parsed.ok) return fail('serve', parsed.error);
  const { values, positionals } = parsed.value;
  if (values.help) return showUsage(HELP, true);
  if (positionals.length > 0) return fail('serve', { code: 'E_USAGE', message: `unexpected argument '${positionals[0]}'` });
  const sharingTlp = values['sharing-tlp'] === undefined ? undefined : parseTlp(values['sharing-tlp']);
  if (sharingTlp === null) return fail('serve', { code: 'E_USAGE', message: '--sharing-tlp must be clear, green, amber, amber+strict or red' });
  if (values['rpz-zone'] !== undefined && !dnsName(values['rpz-zone'])) return fail('serve', { code: 'E_USAGE', message: `--rpz-zone: '${values['rpz-zone']}' is not a DNS name` });
  if (values['sharing-org'] !== undefined && values['sharing-org'].trim() === '') return fail('serve', { code: 'E_USAGE', message: '--sharing-org is empty' });
  const sharing = { org: values['sharing-org']?.trim(), tlp: sharingTlp, rpzZone: values['rpz-zone'] };
  const checked = serveConfig(values, process.env);
  if (!checked.ok) {
    for (const e of checked.errors.slice(1)) fail('serve', e);
    const first = checked.errors[0] as { code: string; message: string };
    return fail('serve', first, first.code === 'E_CONFIG' ? EX.CONFIG : EX.USAGE);
  }
  const config: ServeConfig = checked.config;
  // The short warning must be one SMS part with the page and number given: refused now, not at the first warning.
  const { checkWarningText } = await import('../lines/warnings.js');
  const text = checkWarningText({ style: config.warnings.text, carrierUrl: config.carrierUrl, link: config.warnings.link, carrierPhone: config.warnings.carrierPhone });
  if (!text.ok) return fail('serve', { code: 'E_USAGE', message: text.message }, EX.USAGE);
  const perHourText = values['reports-per-hour'] as string | undefined;
  const reportsPerHour = perHourText === undefined ? undefined : Number(perHourText);
  if (reportsPerHour !== undefined && !(Number.isInteger(reportsPerHour) && reportsPerHour >= 0)) {
    return fail('serve', { code: 'E_USAGE', message: `--reports-per-hour: ${perHourText} is not a whole number ≥ 0` });
  }

  // Loaded only when needed: a server without SMSC binds does not pay for SMPP.
  const startIntake = config.smsc.length > 0 ? (await import('../intake/index.js')).startSmppIntake : null;
  const optional = await loadOptionalPlugins();
  if (!optional.ok) return fail('serve', optional, EX.SOFTWARE);

  // The store starts before the app and its logger: its warnings go there once it exists.
  const logTo: { app?: { warn(o: object, m: string): void } } = {};
  const notes: string[] = [];
  const opened = await openTarget(config.storage, config.secret, { access: 'create', needsSecret: true, storeLog: { warn: (o, m) => logTo.app?.warn(o, m) } }, (line) => notes.push(line));
  if (!opened.ok) return failWith('serve', opened.error);
  const store: Store = opened.store;
  // Trusted indicators in memory, polled from the store every 2 s: what an analyst confirms on
  // one server blocks on every server within seconds.
  // The sender registry likewise: an entry an admin adds or revokes counts on every server within seconds.
  let reputation: ReputationSnapshot;
  let registry: RegistrySnapshot;
  try {
    reputation = await openReputationSnapshot(store, { log: { warn: (o, m) => logTo.app?.warn(o, m) } });
    registry = await openRegistrySnapshot(store, { log: { warn: (o, m) => logTo.app?.warn(o, m) } });
  } catch (err) {
    await store.close();
    return fail('serve', { code: 'E_STORE', message: `cannot read indicators: ${(err as Error).message}` }, EX.UNAVAILABLE);
  }
  const engine = withRegistry(withReputation(getEngine(), reputation.lookup), registry);
  const notices = openAggregatorNotices(store);
  const reports = createReportService({ store, engine, indicators: reputation.indicators, notices, trustedRoles: getReputationData().policy.trustedRoles, log: { warn: (o, m) => logTo.app?.warn(o, m) } });
  const sms = lateSmsSender();
  const ops = createOps();
  ops.expectLinks(config.smsc.length);
  const settings = { smsFrom: config.smsFrom, carrierUrl: config.carrierUrl, publicUrl: config.publicUrl, warnings: config.warnings, sharing };
  const app = await buildApp({ engine, store, sms, settings, reputation, registry, reports, config: Object.freeze({ rateLimit: config.rateLimit, logger: true, trustProxy: config.trustProxy }), plugins: optional.plugins, ops });
  logTo.app = app.log;
  for (const note of notes) app.log.warn(note);
  try {
    await app.listen({ port: config.httpPort, host: config.host });
  } catch (err) {
    await store.close();
    return fail('serve', { code: 'E_LISTEN', message: `cannot listen on ${config.host}:${config.httpPort}: ${(err as Error).message}` }, EX.UNAVAILABLE);
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.httpPort;
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
  const shown = `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${port}`;
  const publicUrl = config.publicUrl ?? shown;

  let intake: SmppIntake | null = null;
  if (startIntake) {
    try {
      intake = await startIntake({
        store, engine, reports, smscUrls: config.smsc.map((s) => s.url), shortCode: config.shortCode,
        dialogueTimeoutMs: config.dialogueTimeoutMs, formUrl: `${publicUrl}/`, log: app.log,
        replyLink: values['reply-link'] === true, ...(reportsPerHour !== undefined ? { reportsPerHour } : {}),
        observer: ops.intake, smppObserver: (smsc) => ops.smpp(smsc),
      });
      sms.attach(intake.sms);
      ops.watchLinks(intake.links);
    } catch (err) {
      await app.close();
      await store.close();
      return fail('serve', { code: 'E_SMPP', message: `cannot start the SMPP intake: ${(err as Error).message}` }, 69);
    }
  }

  const hasForm = optional.plugins.some((p) => p.name === 'web form');
  const has = (name: string): boolean => optional.plugins.some((p) => p.name === name);
  console.log([
    `smishguard is serving on ${shown} (store: ${config.storage.kind === 'postgres' ? 'PostgreSQL' : config.storage.path})`,
    hasForm ? `  report a message:  ${publicUrl}/` : `  report a message:  curl -s ${shown}/api/v1/reports -H 'content-type: application/json' -d '{"text":"…"}'`,
    `  check a message:   curl -s ${shown}/api/v1/check -H 'content-type: application/json' -d '{"text":"…"}'`,
    ...(has('consent') ? [`  consent settings:  ${publicUrl}/consent   (subscribers; one-time code by SMS)`] : []),
    ...(has('sharing') ? [`  sharing:           ${publicUrl}/taxii2/   (TAXII 2.1; partners' API keys), /api/v1/sharing/stix|rpz|indicators.csv`] : []),
    ...(has('lines') ? [`  infected lines:    POST ${shown}/api/v1/traffic (carrier key), GET /api/v1/lines, /api/v1/cases`] : []),
    ...(has('lines') ? [`  warnings:          ${config.warnings.mode === 'review' ? `review: each waits for an analyst (GET ${shown}/api/v1/warnings)` : config.warnings.mode === 'auto' ? 'auto: sent without review' : 'off: none queued'}; none about traffic older than ${Math.round(config.warnings.maxAgeMs / 60_000)} min; at most ${config.warnings.hourlyCap} an hour`] : []),
    `  API docs:          ${shown}/docs`,
    `  health, metrics:   ${shown}/healthz  ${shown}/readyz  ${shown}/metrics`,
    intake ? shortCodeLine(config.shortCode, intake.links()) : `  short code:        off (no --smsc)`,
    ...(optional.missing.length ? [`  not in this build: ${optional.missing.join(', ')}`] : []),
  ].join('\n'));

  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGTERM', stop);
      process.off('SIGINT', stop);
      resolve();
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  });
  // New work stops first (SMS, then HTTP); what is in flight finishes, each report being
  // committed before it is answered; then the store writes what it accepted and closes.
  let code = 0;
  if (intake) {
    try {
      await intake.close();
    } catch (err) {
      app.log.error({ err: { message: (err as Error).message } }, 'the SMPP intake did not stop cleanly');
      code = 1;
    }
  }
  await app.close();
  reputation.close();
  registry.close();
  await store.close();
  return code;
}
