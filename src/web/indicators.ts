// Indicators for analysts and carriers: what reports name, how far it is trusted and why
// (evidence counts, never who reported), and analysts' decisions — confirm, reject, expire,
// annotate, clear — one or many at a time, each audited and reversible.
import type { FastifyInstance } from 'fastify';
import type { Engine } from '../core/engine.js';
import { INDICATOR_KINDS, type IndicatorKind } from '../core/reputation/index.js';
import { normaliseSender } from '../reports/index.js';
import type { DecideAction, IndicatorStore } from '../reputation/index.js';
import type { Store } from '../store/index.js';
import { requireRole } from './auth.js';
import { sendError } from './errors.js';

const errorSchema = { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' } } } as const;
const LIMIT_1000 = { type: 'string', pattern: '^(?:[1-9]|[1-9][0-9]|[1-9][0-9][0-9]|1000)$', description: '1–1000, default 100' } as const;
const STATES = ['observed', 'suspected', 'confirmed', 'rejected', 'expired'] as const;
const kindSchema = { type: 'string', enum: [...INDICATOR_KINDS] } as const;

const indicatorSchema = {
  type: 'object',
  properties: {
    kind: kindSchema, value: { type: 'string' }, state: { type: 'string', enum: [...STATES] },
    confidence: { type: 'number', minimum: 0, maximum: 1, description: 'decays by a half-life per kind since the last flagged report or decision' },
    trusted: { type: 'boolean', description: 'whether it changes verdicts now' },
    protected: { type: 'boolean', description: 'on the never-block list: never bad as a domain or host' },
    evidence: {
      type: 'object',
      properties: { reports: { type: 'integer' }, reporters: { type: 'integer' }, flaggedReporters: { type: 'integer' }, orgs: { type: 'integer' }, trustedOrgs: { type: 'integer' } },
    },
    firstSeen: { type: 'string' }, lastSeen: { type: 'string' },
    decision: { type: ['object', 'null'], properties: { action: { type: 'string' }, at: { type: 'string' } } },
    note: { type: ['string', 'null'] },
  },
} as const;

const decisionSchema = {
  type: 'object',
  properties: {
    id: { type: 'integer' }, at: { type: 'string' }, actor: { type: 'string' }, kind: kindSchema, value: { type: 'string' },
    action: { type: 'string' }, note: { type: ['string', 'null'] }, fromState: { type: 'string' }, toState: { type: 'string' }, revertedBy: { type: ['integer', 'null'] },
  },
} as const;

const resultSchema = {
  type: 'object',
  properties: {
    kind: { type: 'string' }, value: { type: 'string' }, ok: { type: 'boolean' }, decision: { type: 'integer' }, state: { type: 'string' },
    code: { type: 'string' }, message: { type: 'string' },
  },
} as const;

type Normalised = { ok: true; value: string } | { ok: false; code: 'E_BAD_VALUE'; message: string };

/** The value as reports store it, so a decision meets the evidence: URLs the way the engine normalises them. */
export function normalise(engine: Engine, kind: IndicatorKind, raw: string): Normalised {
  const v = raw.trim();
  const bad: Normalised = { ok: false, code: 'E_BAD_VALUE', message: `not a ${kind}: ${v.slice(0, 80)}` };
  switch (kind) {
    case 'url': {
      const u = engine.context({ text: v }).indicators.urls[0];
      return u ? { ok: true, value: u.normalized } : bad;
    }
    case 'host':
    case 'cnc':
    case 'domain': {
      const u = engine.context({ text: `https://${v.replace(/^[a-z]+:\/\//i, '').split('/')[0]}/` }).indicators.urls[0];
      if (!u) return bad;
      const value = kind === 'domain' ? u.domain : u.host;
      return value ? { ok: true, value } : bad;
    }
    case 'phone':
    case 'sender': {
      const n = normaliseSender(v);
      return n ? { ok: true, value: n } : bad;
    }
  }
}

export function indicatorRoutes(app: FastifyInstance, deps: { store: Store; engine: Engine; indicators: IndicatorStore; refresh?: () => Promise<void> }): void {
  const { store, indicators } = deps;
  const analysts = requireRole('analyst', 'admin');
  const actorOf = (req: { caller: { keyId: string } | null }): string => `key:${req.caller?.keyId}`;

  app.get<{ Querystring: { kind?: IndicatorKind; state?: (typeof STATES)[number]; limit?: string } }>('/api/v1/indicators', {
    preHandler: requireRole('analyst', 'carrier', 'admin'),
    schema: {
      summary: 'Indicators named by reports, with their state (observed, suspected, confirmed, rejected, expired), decaying confidence and evidence counts — never reporters. Only trusted ones (suspected, confirmed) change verdicts.',
      querystring: { type: 'object', additionalProperties: false, properties: { kind: kindSchema, state: { type: 'string', enum: [...STATES] }, limit: LIMIT_1000 } },
      response: { 200: { type: 'object', properties: { indicators: { type: 'array', items: indicatorSchema } } }, 400: errorSchema, 401: errorSchema, 403: errorSchema },
    },
  }, async (req) => {
    const rows = await indicators.list({ kind: req.query.kind, state: req.query.state, limit: req.query.limit ? Number(req.query.limit) : 100 });
    await store.audit.append({ actor: actorOf(req), action: 'indicators.list', subject: req.query.kind ?? 'all', detail: { org: req.caller?.org, count: rows.length } });
    return { indicators: rows };
  });

  app.get<{ Querystring: { kind?: IndicatorKind; value?: string; limit?: string } }>('/api/v1/indicators/decisions', {
    preHandler: analysts,
    schema: {
      summary: "Analysts' decisions on indicators, newest first (analysts).",
      querystring: { type: 'object', additionalProperties: false, properties: { kind: kindSchema, value: { type: 'string', maxLength: 2048 }, limit: LIMIT_1000 } },
      response: { 200: { type: 'object', properties: { decisions: { type: 'array', items: decisionSchema } } }, 400: errorSchema, 401: errorSchema, 403: errorSchema },
    },
  }, async (req) => ({ decisions: await indicators.decisions({ kind: req.query.kind, value: req.query.value, limit: req.query.limit ? Number(req.query.limit) : 100 }) }));

  app.post<{ Body: { action: DecideAction; indicators: { kind: IndicatorKind; value: string }[]; note?: string } }>('/api/v1/indicators/decisions', {
    preHandler: analysts,
    schema: {
      summary: 'Confirm, reject, expire, annotate or clear (back to what the evidence says) one or many indicators (analysts). Each is audited and can be reverted. Popular and official domains cannot be confirmed as a domain or host.',
      body: {
        type: 'object', required: ['action', 'indicators'], additionalProperties: false,
        properties: {
          action: { type: 'string', enum: ['confirm', 'reject', 'expire', 'annotate', 'clear'] },
          indicators: {
            type: 'array', minItems: 1, maxItems: 500,
            items: { type: 'object', required: ['kind', 'value'], additionalProperties: false, properties: { kind: kindSchema, value: { type: 'string', minLength: 1, maxLength: 2048 } } },
          },
          note: { type: 'string', maxLength: 2000 },
        },
      },
      response: { 200: { type: 'object', properties: { results: { type: 'array', items: resultSchema } } }, 400: errorSchema, 401: errorSchema, 403: errorSchema },
    },
  }, async (req) => {
    const actor = actorOf(req);
    const results: object[] = [];
    for (const i of req.body.indicators) {
      const n = normalise(deps.engine, i.kind, i.value);
      if (!n.ok) { results.push({ kind: i.kind, value: i.value, ok: false, code: n.code, message: n.message }); continue; }
      const r = await indicators.decide({ kind: i.kind, value: n.value }, req.body.action, actor, req.body.note ?? null);
      results.push({ kind: i.kind, value: n.value, ...r });
    }
    await store.audit.append({ actor, action: `indicators.${req.body.action}`, subject: `${req.body.indicators.length} indicator(s)`, detail: { org: req.caller?.org, results } });
    // This process sees its own decision at once; the others at their next poll.
    await deps.refresh?.();
    return { results };
  });

  app.post<{ Params: { id: string }; Body: { note?: string } | undefined }>('/api/v1/indicators/decisions/:id/revert', {
    preHandler: analysts,
    schema: {
      summary: 'Reverts a decision: the indicator gets back the decision it replaced (analysts). Audited as a decision of its own.',
      params: { type: 'object', properties: { id: { type: 'string', pattern: '^[1-9][0-9]{0,15}$' } } },
      body: { type: ['object', 'null'], additionalProperties: false, properties: { note: { type: 'string', maxLength: 2000 } } },
      response: { 200: resultSchema, 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema, 409: errorSchema },
    },
  }, async (req, reply) => {
    const actor = actorOf(req);
    const r = await indicators.revert(Number(req.params.id), actor, req.body?.note ?? null);
    await store.audit.append({ actor, action: 'indicators.revert', subject: req.params.id, detail: { org: req.caller?.org, result: r } });
    if (!r.ok) return sendError(reply, r.code === 'E_NOT_FOUND' ? 404 : 409, r.code, r.message);
    await deps.refresh?.();
    return r;
  });
}
