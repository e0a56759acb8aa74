// The lines capability over HTTP (loaded by src/web/plugins.ts): carriers post traffic
// records, analysts read flags with their evidence and work cases, the call centre takes its
// worklist as CSV, analysts approve or deny warnings and admins stop them all. Every read is
// audited. The plugin also runs the warning dispatcher (it texts only while the server has a
// bound SMPP link, only approved warnings about recent traffic) and the retention purge.
import type { FastifyError, FastifyPluginAsync } from 'fastify';
import { Counter, Gauge } from 'prom-client';
import type { DetectorOptions } from '../core/lines/index.js';
import type { LineFlag } from '../core/lines/types.js';
import type { Caller } from '../web/auth.js';
import { errorHandler, sendError } from '../web/errors.js';
import { jsonGuard } from '../web/json-guard.js';
import type { PluginOptions } from '../web/plugins.js';
import { CASE_STATES, type CaseState } from './cases.js';
import { openLinesPipeline } from './pipeline.js';
import { startRetention, DEFAULT_RETENTION_MS } from './retention.js';
import { ingest } from './stream.js';
import { WARNING_STATES, type WarningState } from './tables.js';
import { DEFAULT_WARNING_POLICY, startWarningDispatcher, warningSwitch, type WarningMetrics, type WarningPolicy } from './warnings.js';
import { worklistCsv } from './worklist.js';

export interface LinesPluginConfig {
  /** Largest traffic body (bytes); default 8 MiB. */
  readonly trafficBodyLimit?: number;
  readonly warningIntervalMs?: number;
  readonly retentionMs?: number;
  /** The detector's bounds (maxLines: sending lines, and code-receiving lines, tracked at once). */
  readonly detector?: DetectorOptions;
}

const errorSchema = { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' } } } as const;
const reasonsSchema = { type: 'array', items: { type: 'object', additionalProperties: true } } as const;
const flagSchema = {
  type: 'object',
  properties: { line: { type: 'string' }, kind: { type: 'string' }, score: { type: 'integer' }, firstFlaggedAt: { type: 'string' }, reasons: reasonsSchema },
} as const;
const storedFlagSchema = {
  type: 'object',
  properties: {
    line: { type: 'string' }, kind: { type: 'string' }, score: { type: 'integer' }, firstFlaggedAt: { type: 'string' }, recordedAt: { type: 'string' },
    reasons: reasonsSchema, evidence: { type: 'object', additionalProperties: true },
    case: { type: ['object', 'null'], additionalProperties: true },
  },
} as const;
const caseSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' }, line: { type: 'string' }, kind: { type: 'string' }, state: { type: 'string', enum: [...CASE_STATES] }, score: { type: 'integer' },
    escalated: { type: 'boolean' }, reopened: { type: 'integer' }, openedAt: { type: 'string' }, updatedAt: { type: 'string' }, lastFlaggedAt: { type: 'string' },
  },
} as const;
const LIMIT = { type: 'string', pattern: '^(?:[1-9]|[1-9][0-9]|[1-4][0-9][0-9]|500)$', description: '1–500, default 100' } as const;
const KIND = { type: 'string', enum: ['infected', 'verification-proxy'] } as const;

const actorOf = (c: Caller | null): string => (c ? `key:${c.keyId}` : 'anonymous');

const warningSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' }, caseId: { type: 'string' }, line: { type: 'string' }, state: { type: 'string', enum: [...WARNING_STATES] }, reason: { type: ['string', 'null'] },
    attempts: { type: 'integer' }, queuedAt: { type: 'string' }, sentAt: { type: ['string', 'null'] }, eventAt: { type: ['string', 'null'] },
    decidedBy: { type: ['string', 'null'] }, decidedAt: { type: ['string', 'null'] },
  },
} as const;
const stopSchema = { type: ['object', 'null'], properties: { by: { type: 'string' }, at: { type: 'string' }, reason: { type: 'string' } } } as const;
const WARNING_ID = { type: 'object', properties: { id: { type: 'string', maxLength: 32 } } } as const;
const NOTE = { type: 'string', maxLength: 500 } as const;
const decisionResults = {
  type: 'object',
  properties: {
    results: {
      type: 'array',
      items: { type: 'object', properties: { id: { type: 'string' }, ok: { type: 'boolean' }, state: { type: 'string' }, code: { type: 'string' }, message: { type: 'string' } } },
    },
  },
} as const;

/** The plugin settings' warnings, with the carrier page, as the dispatcher's policy. */
function policyOf(opts: PluginOptions): WarningPolicy {
  const w = opts.settings.warnings;
  if (!w) return { ...DEFAULT_WARNING_POLICY, text: { ...DEFAULT_WARNING_POLICY.text, carrierUrl: opts.settings.carrierUrl } };
  return { mode: w.mode, maxAgeMs: w.maxAgeMs, hourlyCap: w.hourlyCap, text: { style: w.text, link: w.link, carrierPhone: w.carrierPhone, carrierUrl: opts.settings.carrierUrl } };
}

function warningMetrics(opts: PluginOptions): WarningMetrics {
  const registers = opts.metrics ? [opts.metrics] : [];
  return {
    queued: new Counter({ name: 'smishguard_warnings_queued_total', help: 'Warnings to infected lines queued for a decision (pending)', registers }),
    approved: new Counter({ name: 'smishguard_warnings_approved_total', help: 'Warnings approved for sending, by analyst or by the server (--warnings auto)', labelNames: ['by'], registers }),
    denied: new Counter({ name: 'smishguard_warnings_denied_total', help: 'Warnings denied by an analyst', registers }),
    sent: new Counter({ name: 'smishguard_warnings_sent_total', help: 'Warnings accepted by the SMSC', registers }),
    failed: new Counter({ name: 'smishguard_warnings_failed_total', help: 'Warning sends refused by the SMSC (retried, then given up)', registers }),
    suppressed: new Counter({
      name: 'smishguard_warnings_suppressed_total', registers, labelNames: ['reason'],
      help: 'Warnings not sent: stale (event too old), consent, off, case-closed, reassigned, recently-warned (dropped); cap and stop (held back, counted each time)',
    }),
  };
}

/** Longest traffic record (characters): a record is a few short fields and one SMS text. */
export const MAX_RECORD_CHARS = 64 * 1024;

/** Why a JSONL line is refused before it is parsed (deep nesting, NUL, too long), or null. */
function preCheck(line: string): string | null {
  if (line.length > MAX_RECORD_CHARS) return `the record is longer than ${MAX_RECORD_CHARS} characters`;
  return jsonGuard(line)?.message ?? null;
}

export function linesPlugin(config: LinesPluginConfig = {}): FastifyPluginAsync<PluginOptions> {
  const bodyLimit = config.trafficBodyLimit ?? 8 * 1024 * 1024;
  return async (app, opts) => {
    const { store, clock } = opts;
    const policy = policyOf(opts);
    const metrics = warningMetrics(opts);
    const pipeline = await openLinesPipeline({ store, engine: opts.engine, clock, actor: 'http', detector: config.detector, warnings: { mode: policy.mode, maxAgeMs: policy.maxAgeMs } });
    // One detector for the traffic this server is given: its state is per process, so
    // carriers that post to several servers should use NATS instead (README, "Scaling out").
    const detector = pipeline.newDetector();
    if (opts.metrics) {
      let counted = 0;
      new Counter({
        name: 'smishguard_detector_evictions_total', help: 'Lines whose detector state was dropped, least recently active first, to stay within the detector\'s maxLines',
        registers: [opts.metrics],
        collect() {
          this.inc(detector.evictions - counted);
          counted = detector.evictions;
        },
      });
      new Gauge({
        name: 'smishguard_detector_lines', help: 'Lines the detector tracks now (sending lines and code-receiving lines)', registers: [opts.metrics],
        collect() {
          this.set(detector.activeLines);
        },
      });
    }
    const { records } = pipeline;
    const dispatcher = startWarningDispatcher({
      records, consent: pipeline.consent, sms: opts.sms, store, from: opts.settings.smsFrom, policy, metrics, clock,
      intervalMs: config.warningIntervalMs, log: app.log,
    });
    const stopSwitch = warningSwitch(store, { clock });
    const stopRetention = startRetention(records, { retentionMs: config.retentionMs ?? DEFAULT_RETENTION_MS, clock, consent: pipeline.consent, onError: (err) => app.log.warn({ err: { message: (err as Error).message } }, 'retention purge failed') });
    app.addHook('onClose', async () => {
      stopRetention();
      await dispatcher.stop();
    });

    const analysts = opts.requireRole('analyst', 'admin');

    // The app's handler names the field of most validation errors, but not a field that is
    // not allowed at all (Ajv puts it in params, not in the path): say which one it is.
    app.setErrorHandler((err: FastifyError, req, reply) => {
      const first = err.validation?.[0];
      const extra = first?.keyword === 'additionalProperties' ? (first.params as { additionalProperty?: string }).additionalProperty : undefined;
      if (extra !== undefined) return sendError(reply, 400, 'E_VALIDATION', `${first?.instancePath ? `${first.instancePath.replace(/^\//, '').replace(/\//g, '.')}.` : ''}${extra}: not a field this takes`);
      return errorHandler(err, req, reply);
    });

    // Traffic: its own body limit and JSONL parsers, in a child context so the rest of the
    // app keeps its 16 KiB JSON.
    await app.register(async (sub) => {
      sub.removeContentTypeParser(['application/json', 'text/plain']);
      sub.addContentTypeParser(['application/x-ndjson', 'application/jsonl', 'application/json', 'text/plain'], { parseAs: 'string', bodyLimit }, (_req, body, done) => done(null, body));
      sub.setErrorHandler((err: FastifyError, req, reply) => {
        if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return sendError(reply, 413, 'E_BODY_TOO_LARGE', `the traffic body is larger than ${bodyLimit} bytes; split it`);
        if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return sendError(reply, 415, 'E_MEDIA_TYPE', 'send application/x-ndjson (one traffic record a line)');
        return errorHandler(err, req, reply);
      });
      let chain: Promise<unknown> = Promise.resolve();
      sub.post<{ Body: string }>('/api/v1/traffic', {
        preHandler: opts.requireRole('carrier', 'admin'),
        bodyLimit,
        schema: {
          summary: 'Traffic records from a carrier (JSONL body, one {"ts","from","to","origin","text"?} a line). Good lines are taken even when some are bad: the 400 lists the bad ones by line number.',
          consumes: ['application/x-ndjson'],
          response: {
            202: { type: 'object', properties: { accepted: { type: 'integer' }, flags: { type: 'array', items: flagSchema } } },
            400: {
              type: 'object',
              properties: {
                code: { type: 'string' }, message: { type: 'string' }, accepted: { type: 'integer' }, rejected: { type: 'integer' },
                errors: { type: 'array', items: { type: 'object', properties: { line: { type: 'integer' }, message: { type: 'string' } } } },
                flags: { type: 'array', items: flagSchema },
              },
            },
            401: errorSchema, 403: errorSchema, 413: errorSchema, 415: errorSchema,
          },
        },
      }, async (req, reply) => {
        const body = typeof req.body === 'string' ? req.body : '';
        const actor = actorOf(req.caller);
        const source = `http:${req.caller?.org ?? 'unknown'}`;
        // Posts are taken one at a time: the detector sees each post's records in order.
        const run = chain.then(async () => {
          await pipeline.refresh({ evidenceMaxAgeMs: 30_000 });
          const errors: { line: number; message: string }[] = [];
          const flags: ReturnType<typeof flagOut>[] = [];
          const counts = await ingest(body.split('\n'), {
            detector, pipeline, source, actor, preCheck,
            onFlag: (f, rec) => {
              if (rec.recorded && rec.warningQueued) metrics.queued.inc();
              if (rec.recorded && rec.warningSkipped) metrics.suppressed.inc({ reason: rec.warningSkipped === 'stale-event' ? 'stale' : rec.warningSkipped === 'warnings-off' ? 'off' : 'consent' });
              flags.push(flagOut(f));
            },
            onBad: (line, message) => void (errors.length < 100 && errors.push({ line, message })),
          });
          const accepted = counts.records;
          const rejected = counts.bad;
          return { errors, flags, accepted, rejected };
        });
        chain = run.catch(() => undefined);
        const { errors, flags, accepted, rejected } = await run;
        await store.audit.append({ actor, action: 'lines.traffic', subject: source, detail: { org: req.caller?.org, accepted, rejected, flags: flags.length } });
        if (accepted === 0 && rejected === 0) return sendError(reply, 400, 'E_EMPTY', 'the body holds no traffic records');
        if (rejected > 0) {
          return reply.code(400).send({
            code: 'E_BAD_LINES',
            message: `${rejected} line(s) were refused${errors.length < rejected ? ` (the first ${errors.length} are listed)` : ''}; the other ${accepted} record(s) were taken — send only the refused lines again, corrected`,
            accepted, rejected, errors, flags,
          });
        }
        return reply.code(202).send({ accepted, flags });
      });
    });

    app.get<{ Querystring: { kind?: 'infected' | 'verification-proxy'; line?: string; since?: string; limit?: string } }>('/api/v1/lines', {
      preHandler: analysts,
      schema: {
        summary: 'Flagged lines, newest first, with the evidence behind each flag and its case (analysts).',
        querystring: { type: 'object', additionalProperties: false, properties: { kind: KIND, line: { type: 'string', maxLength: 32 }, since: { type: 'string', format: 'date-time' }, limit: LIMIT } },
        response: { 200: { type: 'object', properties: { lines: { type: 'array', items: storedFlagSchema } } }, 400: errorSchema, 401: errorSchema, 403: errorSchema },
      },
    }, async (req, reply) => {
      const q = req.query;
      // Kept as UTC text: an offset such as +09:00 is turned into the same instant in UTC
      // before the comparison, or text order would be off by the offset.
      const sinceMs = q.since === undefined ? undefined : Date.parse(q.since);
      // The schema's date-time lets a leap second (…23:59:60Z) through; Date cannot hold it.
      if (sinceMs !== undefined && !Number.isFinite(sinceMs)) return sendError(reply, 400, 'E_VALIDATION', 'since: not a time this can read (ISO 8601 with a zone, e.g. 2026-11-02T09:00:00+09:00)');
      const since = sinceMs === undefined ? undefined : new Date(sinceMs).toISOString();
      const flags = await records.listFlags({ limit: q.limit ? Number(q.limit) : 100, kind: q.kind, line: q.line, since });
      const cases = new Map<string, unknown>();
      for (const f of flags) {
        const key = `${f.kind}\u0000${f.line}`;
        if (!cases.has(key)) cases.set(key, (await records.listCases({ limit: 1, line: f.line, kind: f.kind }))[0] ?? null);
      }
      await store.audit.append({ actor: actorOf(req.caller), action: 'lines.list', subject: q.line ?? q.kind ?? 'all', detail: { org: req.caller?.org, count: flags.length, lines: [...new Set(flags.map((f) => f.line))] } });
      return { lines: flags.map((f) => ({ ...f, case: cases.get(`${f.kind}\u0000${f.line}`) ?? null })) };
    });

    app.get<{ Querystring: { state?: CaseState; kind?: 'infected' | 'verification-proxy'; escalated?: 'true' | 'false'; line?: string; limit?: string } }>('/api/v1/cases', {
      preHandler: analysts,
      schema: {
        summary: 'Cases, most recently changed first (analysts).',
        querystring: {
          type: 'object', additionalProperties: false,
          properties: { state: { type: 'string', enum: [...CASE_STATES] }, kind: KIND, escalated: { type: 'string', enum: ['true', 'false'] }, line: { type: 'string', maxLength: 32 }, limit: LIMIT },
        },
        response: { 200: { type: 'object', properties: { cases: { type: 'array', items: caseSchema } } }, 400: errorSchema, 401: errorSchema, 403: errorSchema },
      },
    }, async (req) => {
      const q = req.query;
      const cases = await records.listCases({ limit: q.limit ? Number(q.limit) : 100, state: q.state, kind: q.kind, line: q.line, escalated: q.escalated === undefined ? undefined : q.escalated === 'true' });
      await store.audit.append({ actor: actorOf(req.caller), action: 'lines.cases.list', subject: q.state ?? 'all', detail: { org: req.caller?.org, count: cases.length, ids: cases.map((c) => c.id) } });
      return { cases };
    });

    app.get('/api/v1/cases/worklist.csv', {
      preHandler: analysts,
      schema: { summary: 'The call centre\'s worklist: escalated cases still open, oldest first (CSV).', produces: ['text/csv'], response: { 401: errorSchema, 403: errorSchema } },
    }, async (req, reply) => {
      const cases = await records.worklist();
      await store.audit.append({ actor: actorOf(req.caller), action: 'lines.worklist', subject: 'call-centre', detail: { org: req.caller?.org, count: cases.length } });
      return reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="worklist.csv"').send(worklistCsv(cases));
    });

    app.get<{ Params: { id: string } }>('/api/v1/cases/:id', {
      preHandler: analysts,
      schema: {
        summary: 'One case with its events, the flags behind it and its warnings (analysts).',
        params: { type: 'object', properties: { id: { type: 'string', maxLength: 32 } } },
        response: {
          200: {
            type: 'object',
            properties: {
              case: caseSchema,
              events: { type: 'array', items: { type: 'object', additionalProperties: true } },
              flags: { type: 'array', items: storedFlagSchema },
              warnings: { type: 'array', items: { type: 'object', additionalProperties: true } },
            },
          },
          401: errorSchema, 403: errorSchema, 404: errorSchema,
        },
      },
    }, async (req, reply) => {
      const c = await records.getCase(req.params.id);
      await store.audit.append({ actor: actorOf(req.caller), action: 'lines.case.get', subject: req.params.id, detail: { org: req.caller?.org, found: Boolean(c) } });
      return c ?? sendError(reply, 404, 'E_NOT_FOUND', `no case ${req.params.id}`);
    });

    app.patch<{ Params: { id: string }; Body: { state: CaseState; note?: string } }>('/api/v1/cases/:id', {
      preHandler: analysts,
      schema: {
        summary: `Moves a case on (analysts): ${CASE_STATES.join(' → ')}; closing is allowed from any open state.`,
        params: { type: 'object', properties: { id: { type: 'string', maxLength: 32 } } },
        body: { type: 'object', required: ['state'], additionalProperties: false, properties: { state: { type: 'string', enum: [...CASE_STATES] }, note: { type: 'string', maxLength: 500 } } },
        response: { 200: caseSchema, 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema, 409: errorSchema },
      },
    }, async (req, reply) => {
      const r = await records.setState(req.params.id, req.body.state, actorOf(req.caller), req.body.note);
      if (r.ok) return r.case;
      return sendError(reply, r.code === 'E_NOT_FOUND' ? 404 : 409, r.code, r.message);
    });

    // Warnings under control: the review queue, decisions single and bulk, the global stop.
    app.get<{ Querystring: { state?: WarningState; line?: string; limit?: string } }>('/api/v1/warnings', {
      preHandler: analysts,
      schema: {
        summary: 'Warnings to infected lines, newest first; by default those pending an analyst\'s decision (analysts).',
        querystring: { type: 'object', additionalProperties: false, properties: { state: { type: 'string', enum: [...WARNING_STATES], default: 'pending' }, line: { type: 'string', maxLength: 32 }, limit: LIMIT } },
        response: { 200: { type: 'object', properties: { warnings: { type: 'array', items: warningSchema } } }, 400: errorSchema, 401: errorSchema, 403: errorSchema },
      },
    }, async (req) => {
      const q = req.query;
      const state = q.state ?? 'pending';
      const warnings = await records.warnings.list({ limit: q.limit ? Number(q.limit) : 100, state, line: q.line });
      await store.audit.append({ actor: actorOf(req.caller), action: 'lines.warnings.list', subject: state, detail: { org: req.caller?.org, count: warnings.length, ids: warnings.map((w) => w.id) } });
      return { warnings };
    });

    app.get('/api/v1/warnings/control', {
      preHandler: analysts,
      schema: {
        summary: 'How warnings are let out: mode, age limit, hourly cap and what was sent in the last hour, the global stop (analysts).',
        response: {
          200: {
            type: 'object',
            properties: {
              mode: { type: 'string', enum: ['off', 'review', 'auto'] }, maxAgeSeconds: { type: 'integer' }, hourlyCap: { type: 'integer' },
              sentLastHour: { type: 'integer' }, pending: { type: 'integer' }, stopped: stopSchema,
            },
          },
          401: errorSchema, 403: errorSchema,
        },
      },
    }, async () => {
      const sentLastHour = await records.warnings.sentSince(new Date(clock().getTime() - 3600_000).toISOString());
      const pending = await records.warnings.count('pending');
      return { mode: policy.mode, maxAgeSeconds: Math.round(policy.maxAgeMs / 1000), hourlyCap: policy.hourlyCap, sentLastHour, pending, stopped: await stopSwitch.get() };
    });

    const decide = async (ids: readonly string[], decision: 'approve' | 'deny', actor: string, note: string | undefined) => {
      const results = [];
      for (const id of ids) {
        const r = await records.warnings.decide(id, decision, actor, { maxAgeMs: policy.maxAgeMs, note });
        if (r.ok) {
          if (decision === 'approve') metrics.approved.inc({ by: 'analyst' });
          else metrics.denied.inc();
          results.push({ id, ok: true, state: r.warning.state });
        } else {
          if (r.code === 'E_STALE') metrics.suppressed.inc({ reason: 'stale' });
          results.push({ id, ok: false, code: r.code, message: r.message });
        }
      }
      return results;
    };
    for (const decision of ['approve', 'deny'] as const) {
      const verb = decision === 'approve' ? 'Approves' : 'Denies';
      app.post<{ Params: { id: string }; Body: { note?: string } | undefined }>(`/api/v1/warnings/:id/${decision}`, {
        preHandler: analysts,
        // The note is optional, and so is the body: `curl -X POST …/approve` is a whole request.
        preValidation: async (req) => {
          req.body ??= {};
        },
        schema: {
          summary: decision === 'approve'
            ? 'Approves one pending warning for sending (analysts). A warning about traffic older than the age limit is dropped instead (409 E_STALE).'
            : 'Denies one pending or approved, unsent warning (analysts).',
          params: WARNING_ID,
          body: { type: 'object', additionalProperties: false, properties: { note: NOTE } },
          response: { 200: warningSchema, 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema, 409: errorSchema },
        },
      }, async (req, reply) => {
        const r = await records.warnings.decide(req.params.id, decision, actorOf(req.caller), { maxAgeMs: policy.maxAgeMs, note: req.body?.note });
        if (r.ok) {
          if (decision === 'approve') metrics.approved.inc({ by: 'analyst' });
          else metrics.denied.inc();
          return r.warning;
        }
        if (r.code === 'E_STALE') metrics.suppressed.inc({ reason: 'stale' });
        return sendError(reply, r.code === 'E_NOT_FOUND' ? 404 : 409, r.code, r.message);
      });
      app.post<{ Body: { ids: string[]; note?: string } }>(`/api/v1/warnings/${decision}`, {
        preHandler: analysts,
        schema: {
          summary: `${verb} several warnings at once (analysts); each id gets its own result, in order.`,
          body: {
            type: 'object', required: ['ids'], additionalProperties: false,
            properties: { ids: { type: 'array', minItems: 1, maxItems: 500, uniqueItems: true, items: { type: 'string', maxLength: 32 } }, note: NOTE },
          },
          response: { 200: decisionResults, 400: errorSchema, 401: errorSchema, 403: errorSchema },
        },
      }, async (req) => ({ results: await decide(req.body.ids, decision, actorOf(req.caller), req.body.note) }));
    }

    const admins = opts.requireRole('admin');
    app.post<{ Body: { reason: string } }>('/api/v1/warnings/stop', {
      preHandler: admins,
      schema: {
        summary: 'Stops every warning at once, on every server (admins). Warnings wait; those whose event grows too old meanwhile are dropped.',
        body: { type: 'object', required: ['reason'], additionalProperties: false, properties: { reason: { type: 'string', minLength: 1, maxLength: 500 } } },
        response: { 200: { type: 'object', properties: { stopped: stopSchema } }, 400: errorSchema, 401: errorSchema, 403: errorSchema },
      },
    }, async (req) => ({ stopped: await stopSwitch.stop(actorOf(req.caller), req.body.reason) }));
    app.post('/api/v1/warnings/resume', {
      preHandler: admins,
      schema: {
        summary: 'Lifts the global stop (admins).',
        response: { 200: { type: 'object', properties: { stopped: { type: 'null' }, was: stopSchema } }, 401: errorSchema, 403: errorSchema },
      },
    }, async (req) => ({ stopped: null, was: await stopSwitch.resume(actorOf(req.caller)) }));
  };
}

// The API's field names are camelCase, as GET /api/v1/lines names the same flag; the JSONL row
// of `lines detect` and the stored column keep first_flagged_at.
function flagOut(f: LineFlag) {
  return { line: f.line, kind: f.kind, score: Math.round(f.score), firstFlaggedAt: new Date(f.firstFlaggedAt).toISOString(), reasons: f.reasons };
}

// SMISHGUARD_DETECTOR_MAX_LINES bounds the detector's memory (default in src/core/lines/detector.ts).
const maxLines = Number(process.env.SMISHGUARD_DETECTOR_MAX_LINES);
export default linesPlugin(Number.isInteger(maxLines) && maxLines > 0 ? { detector: { maxLines } } : {});
