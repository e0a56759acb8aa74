// Report intake over HTTP and the analysts' read side. Every read of reports is audited.
import type { FastifyInstance } from 'fastify';
import { MAX_TEXT_LENGTH } from '../core/engine.js';
import type { ReportService } from '../reports/index.js';
import type { Store } from '../store/index.js';
import { requireRole } from './auth.js';
import { sendError } from './errors.js';

const errorSchema = { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' } } } as const;
const reportSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' }, receivedAt: { type: 'string' }, channel: { type: 'string' }, text: { type: 'string' },
    sender: { type: ['string', 'null'] }, org: { type: ['string', 'null'] }, verdict: { type: 'string' }, score: { type: 'integer' },
    reasons: { type: 'array', items: { type: 'object', additionalProperties: true } }, indicators: { type: 'object', additionalProperties: true },
  },
} as const;

/** One report as an analyst reads it: with what the reporter added afterwards (never who the reporter is). */
const reportWithDetailsSchema = {
  ...reportSchema,
  properties: {
    ...reportSchema.properties,
    details: {
      type: ['object', 'null'],
      properties: { addedAt: { type: 'string' }, receivedVia: { type: ['string', 'null'] }, note: { type: ['string', 'null'] } },
    },
  },
} as const;

// Query strings arrive as text and the app does not coerce types (so a JSON body's
// `"text": 42` is refused, not turned into "42"): limits are validated as digit strings.
const LIMIT_500 = { type: 'string', pattern: '^(?:[1-9]|[1-9][0-9]|[1-4][0-9][0-9]|500)$', description: '1–500, default 50' } as const;

export { normaliseSender } from '../reports/index.js';

export function reportRoutes(app: FastifyInstance, deps: { reports: ReportService; store: Store; publicLimit: object }): void {
  const { store } = deps;

  app.post<{ Body: { text: string; sender?: string; channel?: 'web' | 'api' } }>('/api/v1/reports', {
    config: deps.publicLimit,
    schema: {
      summary: 'Report a smishing message. Public (rate-limited per address) or with an API key naming the reporting organisation.',
      body: {
        type: 'object', required: ['text'], additionalProperties: false,
        properties: {
          text: { type: 'string', minLength: 1, maxLength: MAX_TEXT_LENGTH },
          sender: { type: 'string', minLength: 1, maxLength: 32, description: 'the number or sender ID the message came from' },
          channel: { type: 'string', enum: ['web', 'api'] },
        },
      },
      response: {
        201: { type: 'object', properties: { id: { type: 'string' }, verdict: { type: 'string' }, score: { type: 'integer' }, reasons: reportSchema.properties.reasons } },
        400: errorSchema, 401: errorSchema, 413: errorSchema, 429: errorSchema,
      },
    },
  }, async (req, reply) => {
    const caller = req.caller;
    const r = await deps.reports.submit({
      channel: req.body.channel ?? (caller ? 'api' : 'web'),
      text: req.body.text,
      sender: req.body.sender,
      reporter: caller ? { kind: 'org', org: caller.org, role: caller.role } : { kind: 'address', address: req.ip },
    });
    if (!r.ok) {
      const e = r.errors[0] as { code: string; message: string };
      return sendError(reply, 400, e.code, e.message);
    }
    const a = r.analysis;
    return reply.code(201).send({ id: r.id, verdict: a.verdict, score: a.score, reasons: a.reasons });
  });

  const analysts = requireRole('analyst', 'admin');

  app.get<{ Querystring: { limit?: string; before?: string; since?: string; verdict?: 'block' | 'suspicious' | 'allow' } }>('/api/v1/reports', {
    preHandler: analysts,
    schema: {
      summary: 'Reports, newest first (analysts). Page with `before` = the id of the last report seen.',
      querystring: {
        type: 'object', additionalProperties: false,
        properties: {
          limit: LIMIT_500,
          before: { type: 'string', pattern: '^R-[0-9A-Z]{5}-[0-9A-Z]{5}$' }, since: { type: 'string', format: 'date-time' },
          verdict: { type: 'string', enum: ['block', 'suspicious', 'allow'] },
        },
      },
      response: { 200: { type: 'object', properties: { reports: { type: 'array', items: reportSchema } } }, 400: errorSchema, 401: errorSchema, 403: errorSchema },
    },
  }, async (req) => {
    const q = req.query;
    const rows = await store.reports.list({ limit: q.limit ? Number(q.limit) : 50, before: q.before, since: q.since, verdict: q.verdict });
    await store.audit.append({ actor: `key:${req.caller?.keyId}`, action: 'reports.list', subject: 'reports', detail: { org: req.caller?.org, count: rows.length, ids: rows.map((r) => r.id) } });
    return { reports: rows };
  });

  app.get<{ Params: { id: string } }>('/api/v1/reports/:id', {
    preHandler: analysts,
    schema: {
      summary: 'One report (analysts).',
      params: { type: 'object', properties: { id: { type: 'string', maxLength: 32 } } },
      response: { 200: reportWithDetailsSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema },
    },
  }, async (req, reply) => {
    const r = await store.reports.get(req.params.id);
    await store.audit.append({ actor: `key:${req.caller?.keyId}`, action: 'reports.get', subject: req.params.id, detail: { org: req.caller?.org, found: Boolean(r) } });
    return r ? { ...r, details: await store.reports.details(r.id) } : sendError(reply, 404, 'E_NOT_FOUND', `no report ${req.params.id}`);
  });
}
