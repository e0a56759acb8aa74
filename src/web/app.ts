// The HTTP application, built apart from its start (Fastify's testing guide): tests
// call buildApp(deps).inject(), `smishguard serve` listens.
import { createServer } from 'node:http';
import type { Socket } from 'node:net';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import rateLimit from '@fastify/rate-limit';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Engine } from '../core/engine.js';
import { MAX_TEXT_LENGTH } from '../core/engine.js';
import { apiError, clientErrorHandler, codeForStatus, errorHandler, frameworkErrors, sendError } from './errors.js';
import { authenticate, requireRole } from './auth.js';
import { hasUrlControl, jsonGuard } from './json-guard.js';
import { failureLimit } from '../limits/index.js';
import { completeSpec } from './openapi.js';
import type { AppPlugin, PluginSettings } from './plugins.js';
import { lateSmsSender, type SmsSender } from '../smpp/sms-sender.js';
import { DEFAULTS } from '../config/index.js';
import { reportRoutes } from './reports.js';
import { indicatorRoutes } from './indicators.js';
import { appealRoutes } from './appeals/routes.js';
import { createAppealService, type DnsResolver, type FetchPolicy } from '../appeals/index.js';
import { createReportService, type ReportService } from '../reports/index.js';
import { getReputationData, openAllowListStore, openIndicatorStore, withReputation, type ReputationSnapshot } from '../reputation/index.js';
import { hasControlCharacters } from './text.js';
import { openAggregatorNotices } from '../aggregators/index.js';
import { openRegistrySnapshot, openSenderRegistry, withRegistry, type RegistrySnapshot } from '../registry/index.js';
import { aggregatorRoutes } from './aggregators.js';
import { lookupRoutes } from './lookup.js';
import { senderRoutes } from './senders.js';
import { verdictRoutes } from './verdicts.js';
import type { Store } from '../store/index.js';
import { createOps, type Ops } from './ops.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route counts against the client address's one allowance (public routes). */
    perAddressLimit?: boolean;
  }
}

export interface AppConfig {
  /** Requests per client address per minute on public endpoints; 0 turns the limit off. */
  readonly rateLimit: number;
  readonly logger?: boolean;
  /** Proxy addresses/CIDRs whose X-Forwarded-For gives the client address (rate limits, audit). */
  readonly trustProxy?: readonly string[];
  /** Headers and body must arrive within this many ms (default 30 s): a trickling body is cut off with 408. */
  readonly requestTimeoutMs?: number;
  /** Wrong API keys per client address per minute before it is refused with 429 (default 10). */
  readonly badKeysPerMinute?: number;
}

export interface AppDeps {
  readonly engine: Engine;
  readonly config: AppConfig;
  /** Without a store the app only checks messages (nothing is kept). */
  readonly store?: Store;
  /** Pages and routes of other capabilities (see plugins.ts); they need a store. */
  readonly plugins?: readonly AppPlugin[];
  readonly clock?: () => Date;
  /** Outbound SMS for plugins (warnings, one-time codes); without it they are told E_NO_SMSC. */
  readonly sms?: SmsSender;
  readonly settings?: PluginSettings;
  /**
   * Trusted indicators in memory (src/reputation): every verdict the app gives (check, reports,
   * form, plugins) consults them. Without it verdicts use no reputation, though reports still
   * add evidence and analysts still decide.
   */
  readonly reputation?: ReputationSnapshot;
  /**
   * The sender registry in memory (src/registry): verdicts judge senders by it, the lookup
   * answers from it. Made here (refreshed on this app's changes only) when absent.
   */
  readonly registry?: RegistrySnapshot;
  /** The report service shared with other channels (7726); made here when absent. */
  readonly reports?: ReportService;
  /** Readiness and the SMPP/intake/SMS metrics (ops.ts); made here when not given. */
  readonly ops?: Ops;
  /**
   * For tests only, set in code (no flag or variable of `serve` reaches it): the DNS resolver
   * and the well-known fetch's policy of appeal proofs (default: the system's resolver, HTTPS
   * to public addresses only), and appeals per address per hour.
   */
  readonly appealsForTests?: { readonly resolver?: DnsResolver; readonly fetchPolicy?: FetchPolicy; readonly perAddressPerHour?: number };
}

export const BODY_LIMIT = 16 * 1024;
/** Longer URLs are refused (414) before routing; ids and filters are short. */
export const URL_LIMIT = 8 * 1024;
const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;

const reasonSchema = {
  type: 'object',
  properties: {
    code: { type: 'string' },
    weight: { type: 'number' },
    en: { type: 'string' },
    ja: { type: 'string' },
    detail: { type: 'object', additionalProperties: true },
  },
} as const;

const errorSchema = { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' } } } as const;

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const senderRegistry = deps.registry ?? (deps.store ? await openRegistrySnapshot(deps.store, { refreshMs: 0 }) : undefined);
  const withRep = deps.reputation ? withReputation(deps.engine, deps.reputation.lookup) : deps.engine;
  const engine = senderRegistry ? withRegistry(withRep, senderRegistry) : withRep;
  const requestTimeout = deps.config.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  const app = Fastify({
    bodyLimit: BODY_LIMIT,
    // A body that trickles in holds a socket and a parser: Node ends a request whose headers
    // and body have not arrived within requestTimeout (checked every connectionsCheckingInterval).
    serverFactory: (handler) => {
      const server = createServer({
        requestTimeout, headersTimeout: Math.min(requestTimeout, 20_000),
        connectionsCheckingInterval: Math.min(1_000, Math.max(50, Math.floor(requestTimeout / 4))),
      }, handler);
      server.keepAliveTimeout = 72_000;
      server.setTimeout(requestTimeout * 2);
      return server;
    },
    clientErrorHandler: clientErrorHandler as (err: Error, socket: Socket) => void,
    frameworkErrors,
    ...(deps.config.trustProxy?.length ? { trustProxy: [...deps.config.trustProxy] } : {}),
    // Message texts and numbers are secrets of communication: never log bodies.
    logger: deps.config.logger ? { level: 'info', redact: ['req.headers.authorization'] } : false,
    // No line per request: client addresses and report references are personal data, and two
    // log lines a report cost more than the report's commit. Failures are still logged, and
    // /metrics counts every request by route and status.
    logController: new LogController({ disableRequestLogging: true }),
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false, allErrors: false } },
  });
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler((req, reply) => sendError(reply, 404, 'E_NOT_FOUND', `no route ${req.method} ${req.url.split('?')[0]?.slice(0, 200)}`));

  // Every refusal carries a stable code in `x-error-code` (sendError and the pages set the
  // specific one; this is for anything else, such as a static file's 404).
  app.addHook('onSend', async (_req, reply, payload) => {
    if (reply.statusCode >= 400 && !reply.hasHeader('x-error-code')) {
      const own = typeof payload === 'string' ? /^\{"code":"(E_[A-Z0-9_]+)"/.exec(payload)?.[1] : undefined;
      reply.header('x-error-code', own ?? codeForStatus(reply.statusCode));
    }
    return payload;
  });

  // Before routing: a URL whose path or query decodes to NUL, a control character or an
  // unpaired surrogate never names anything we keep (PostgreSQL refused `%00` with a 500).
  app.addHook('onRequest', async (req, reply) => {
    if (req.url.length > URL_LIMIT) return sendError(reply, 414, 'E_URL_TOO_LONG', `the URL is longer than ${URL_LIMIT / 1024} KiB`);
    let decoded: string;
    try {
      decoded = decodeURIComponent(req.url.replace(/\+/g, ' '));
    } catch {
      return sendError(reply, 400, 'E_BAD_URL', 'the URL is not valid percent-encoded UTF-8');
    }
    if (hasUrlControl(decoded)) return sendError(reply, 400, 'E_BAD_URL', 'the URL holds control characters');
  });

  // JSON bodies: a cheap linear scan before JSON.parse (nesting, NUL, lone surrogates), then
  // Fastify's own parser with its prototype-poisoning checks.
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (req, body, done) => {
    const bad = jsonGuard(body as string);
    if (bad) {
      done(apiError(400, bad.code, bad.message), undefined);
      return;
    }
    parseJson(req, body as string, done);
  });

  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const ops = deps.ops ?? createOps();
  ops.attach(registry, deps.store);
  const checks = new Counter({ name: 'smishguard_checks_total', help: 'Messages analysed through the API, by verdict', labelNames: ['verdict'], registers: [registry] });
  const requestSeconds = new Histogram({
    name: 'smishguard_http_request_seconds', help: 'HTTP request durations, by route pattern and status', labelNames: ['method', 'route', 'status'], registers: [registry],
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
  });
  // The route pattern, never the URL: ids in paths would be unbounded labels.
  app.addHook('onResponse', async (req, reply) => {
    requestSeconds.observe({ method: req.method, route: req.routeOptions.url ?? 'unmatched', status: String(reply.statusCode) }, reply.elapsedTime / 1000);
  });
  const checkSeconds = new Histogram({
    name: 'smishguard_check_seconds', help: 'Engine time per analysed message', registers: [registry],
    buckets: [0.00001, 0.00002, 0.00005, 0.0001, 0.0005, 0.001, 0.005],
  });

  await app.register(swagger, {
    openapi: {
      info: { title: 'smishguard', version: '0.1.0', description: 'Anti-smishing platform: analysis, reports and sharing for Japanese carriers. Every error is `{code, message}` with a stable `E_…` code.' },
    },
    transformObject: (doc) => completeSpec(('openapiObject' in doc ? doc.openapiObject : doc.swaggerObject) as Record<string, unknown>),
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  app.decorateRequest('caller', null);
  if (deps.store) {
    const perMinute = deps.config.badKeysPerMinute ?? 10;
    app.addHook('onRequest', authenticate(deps.store, perMinute > 0 ? failureLimit({ max: perMinute, windowMs: 60_000 }) : undefined));
  }
  // One allowance per client address across every public route (a route's own
  // `config.rateLimit` would give each route a bucket of its own). Runs after
  // authentication: callers with an API key are not limited per address.
  if (deps.config.rateLimit > 0) {
    await app.register(rateLimit, { global: false, hook: 'preHandler', max: deps.config.rateLimit, timeWindow: '1 minute', allowList: (req) => req.caller !== null });
    const perAddress = app.rateLimit();
    app.addHook('onRoute', (route) => {
      if (route.config?.perAddressLimit !== true) return;
      const existing = route.preHandler;
      route.preHandler = [...(existing === undefined ? [] : Array.isArray(existing) ? existing : [existing]), perAddress];
    });
  }
  const publicLimit = deps.config.rateLimit > 0 ? { perAddressLimit: true } : {};

  app.get('/openapi.json', { schema: { hide: true } }, () => app.swagger());

  ops.routes(app, deps.store);

  app.get('/metrics', { schema: { summary: 'Prometheus metrics', hide: true } }, async (_req, reply) => {
    reply.header('content-type', registry.contentType);
    return registry.metrics();
  });

  app.post<{ Body: { text: string; from?: string } }>('/api/v1/check', {
    config: publicLimit,
    schema: {
      summary: 'Is this a scam? Analyses one message; nothing is stored.',
      body: {
        type: 'object',
        required: ['text'],
        additionalProperties: false,
        properties: {
          text: { type: 'string', minLength: 1, maxLength: MAX_TEXT_LENGTH, description: 'the SMS text as received' },
          from: { type: 'string', minLength: 1, maxLength: 32, description: 'the sender as shown: number, short code or sender ID' },
        },
      },
      response: {
        200: {
          type: 'object',
          properties: {
            verdict: { type: 'string', enum: ['block', 'suspicious', 'allow'] },
            score: { type: 'integer', minimum: 0, maximum: 100 },
            reasons: { type: 'array', items: reasonSchema },
            indicators: { type: 'object', additionalProperties: true },
          },
        },
        400: errorSchema,
        413: errorSchema,
        429: errorSchema,
      },
    },
  }, async (req, reply) => {
    const { text, from } = req.body;
    if (text.trim() === '') return sendError(reply, 400, 'E_EMPTY_TEXT', 'text: the message is empty');
    if (hasControlCharacters(text)) return sendError(reply, 400, 'E_BINARY_TEXT', 'text: control characters are not SMS text');
    const started = process.hrtime.bigint();
    const a = engine.analyse({ text, from });
    checkSeconds.observe(Number(process.hrtime.bigint() - started) / 1e9);
    checks.inc({ verdict: a.verdict });
    return { verdict: a.verdict, score: a.score, reasons: a.reasons, indicators: a.indicators };
  });

  if (deps.store) {
    const reputationData = getReputationData();
    const indicators = deps.reputation?.indicators ?? openIndicatorStore(deps.store, { ...reputationData, clock: deps.clock });
    const notices = openAggregatorNotices(deps.store, { clock: deps.clock });
    const reports = deps.reports ?? createReportService({ store: deps.store, engine, indicators, notices, trustedRoles: reputationData.policy.trustedRoles, log: app.log, clock: deps.clock });
    // Counted here whatever the channel (7726 reports included when the service is shared).
    reports.onReport((channel, verdict) => ops.reportsTotal.inc({ channel, verdict }));
    reportRoutes(app, { reports, store: deps.store, publicLimit });
    indicatorRoutes(app, { store: deps.store, engine, indicators, refresh: deps.reputation?.refresh });
    const senders = senderRegistry as RegistrySnapshot;
    senderRoutes(app, { registry: openSenderRegistry(deps.store, { clock: deps.clock }), refresh: () => senders.refresh() });
    lookupRoutes(app, { registry: senders, publicLimit });
    aggregatorRoutes(app, { notices, store: deps.store });
    verdictRoutes(app, { store: deps.store, engine });
    const appeals = createAppealService({
      store: deps.store, engine: deps.engine, indicators, allowList: deps.reputation?.allowList ?? openAllowListStore(deps.store),
      clock: deps.clock, refresh: deps.reputation?.refresh, ...deps.appealsForTests,
    });
    await appealRoutes(app, { appeals, store: deps.store, publicLimit });
    const clock = deps.clock ?? (() => new Date());
    const sms = deps.sms ?? lateSmsSender();
    for (const p of deps.plugins ?? []) {
      // What each capability sends is counted by purpose (its warnings, its one-time codes).
      const purpose = p.name === 'consent' ? 'one_time_code' : p.name === 'lines' ? 'warning' : p.name.replace(/\W+/g, '_');
      await app.register(p.plugin, { store: deps.store, engine, reports, requireRole, publicLimit, clock, sms: ops.countingSender(sms, purpose), metrics: registry,
        settings: deps.settings ?? { smsFrom: DEFAULTS.shortCode, carrierUrl: null, publicUrl: null } });
    }
  } else if (deps.plugins?.length) {
    throw new Error('plugins need a store');
  }

  return app;
}
