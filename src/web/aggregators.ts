// Aggregator accountability over HTTP: administrators say which organisation carries which
// route; an aggregator's key (role `aggregator`) reads its own organisation's notices and marks
// them acknowledged or actioned; analysts work the unassigned queues. An aggregator never
// sees another organisation's notice: asking for one is answered as if it did not exist.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { NOTICE_STATES, ROUTE_KINDS, normalisePrefix, type AggregatorNotices, type NoticeState, type Route, type RouteKind, type TransitionResult } from '../aggregators/index.js';
import type { Store } from '../store/index.js';
import { requireRole } from './auth.js';
import { sendError } from './errors.js';

const errorSchema = { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' } } } as const;
const LIMIT = { type: 'string', pattern: '^(?:[1-9]|[1-9][0-9]|[1-9][0-9][0-9]|1000)$', description: '1–1000, default 100' } as const;
const BEFORE = { type: 'string', pattern: '^[1-9][0-9]{0,15}$', description: 'the last id of the previous page' } as const;
const ID_PARAM = { type: 'object', required: ['id'], properties: { id: { type: 'string', pattern: '^[1-9][0-9]{0,15}$' } } } as const;
const routeSchema = { type: 'object', required: ['kind'], additionalProperties: false, properties: { kind: { type: 'string', enum: [...ROUTE_KINDS] }, prefix: { type: 'string', maxLength: 32, description: "a prefix of the sender (digits, or the ID); '' or absent: the whole kind" } } } as const;

export const noticeSchema = {
  type: 'object',
  properties: {
    id: { type: 'integer' },
    org: { type: ['string', 'null'], description: 'null: unassigned' },
    routeKind: { type: 'string', enum: [...ROUTE_KINDS] },
    report: { type: 'string', description: 'the report reference' },
    receivedAt: { type: 'string' },
    fingerprint: { type: 'string', description: 'HMAC-SHA256 of the normalised text: the same lure, the same fingerprint' },
    sender: { type: 'string' },
    verdict: { type: 'string', enum: ['block', 'suspicious'] },
    reasons: { type: 'array', items: { type: 'string' }, description: 'reason codes of the verdict' },
    state: { type: 'string', enum: [...NOTICE_STATES] },
    createdAt: { type: 'string' }, acknowledgedAt: { type: ['string', 'null'] }, actionedAt: { type: ['string', 'null'] }, note: { type: ['string', 'null'] },
  },
} as const;
const pageSchema = { type: 'object', properties: { notices: { type: 'array', items: noticeSchema }, next: { type: ['integer', 'null'], description: 'pass as `before` for the next page' } } } as const;
const noticeReply = { type: 'object', properties: { notice: noticeSchema } } as const;
const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema } as const;

function answer(reply: FastifyReply, r: TransitionResult): FastifyReply {
  if (r.ok) return reply.send({ notice: r.notice });
  return sendError(reply, r.code === 'E_NOT_FOUND' ? 404 : 409, r.code, r.message);
}

export function aggregatorRoutes(app: FastifyInstance, deps: { notices: AggregatorNotices; store: Store }): void {
  const { notices } = deps;
  const actorOf = (req: { caller: { keyId: string } | null }): string => `key:${req.caller?.keyId}`;
  const admins = requireRole('admin');
  const aggregators = requireRole('aggregator');
  const analysts = requireRole('analyst', 'admin');
  const limitOf = (l?: string): number => (l ? Number(l) : 100);
  const page = (list: { id: number }[], limit: number): object => ({ notices: list, next: list.length === limit ? list[list.length - 1]!.id : null });

  app.get('/api/v1/aggregators', {
    preHandler: admins,
    schema: {
      summary: 'Organisations that carry aggregator routes, and their routes (admin).',
      tags: ['aggregators'],
      response: { 200: { type: 'object', properties: { aggregators: { type: 'array', items: { type: 'object', properties: { org: { type: 'string' }, routes: { type: 'array', items: routeSchema } } } } } }, ...errors },
    },
  }, async () => ({ aggregators: await notices.list() }));

  app.put<{ Params: { org: string }; Body: { routes: { kind: RouteKind; prefix?: string }[] } }>('/api/v1/aggregators/:org', {
    preHandler: admins,
    schema: {
      summary: "Sets the routes an organisation carries (admin); its notices go to API keys of role `aggregator` with the same organisation name. The longest matching prefix decides. Audited. Codes: `E_BAD_PREFIX` (400) when a prefix does not fit its kind, `E_CONFLICT` when another organisation carries the route.",
      tags: ['aggregators'],
      params: { type: 'object', required: ['org'], properties: { org: { type: 'string', minLength: 1, maxLength: 200, description: "the organisation, as its API keys' --org names it" } } },
      body: { type: 'object', required: ['routes'], additionalProperties: false, properties: { routes: { type: 'array', maxItems: 500, items: routeSchema } } },
      response: { 200: { type: 'object', properties: { org: { type: 'string' }, routes: { type: 'array', items: routeSchema } } }, ...errors, 409: errorSchema },
    },
  }, async (req, reply) => {
    const routes: Route[] = [];
    for (const r of req.body.routes) {
      const prefix = normalisePrefix(r.kind, r.prefix ?? '');
      if (prefix === null) return sendError(reply, 400, 'E_BAD_PREFIX', `prefix ${String(r.prefix).slice(0, 40)} does not fit route kind ${r.kind}`);
      routes.push({ kind: r.kind, prefix });
    }
    const set = await notices.setRoutes(req.params.org.trim(), routes, actorOf(req));
    if (!set.ok) return sendError(reply, 409, set.code, set.message);
    return { org: req.params.org.trim(), routes: set.routes };
  });

  app.get<{ Querystring: { state?: NoticeState; limit?: string; before?: string } }>('/api/v1/aggregator/notices', {
    preHandler: aggregators,
    schema: {
      summary: "Your organisation's notices, newest first (role aggregator): flagged reports of messages that came over a route you carry — report reference, time, text fingerprint, sender, verdict and reason codes; never the reporter.",
      tags: ['aggregators'],
      querystring: { type: 'object', additionalProperties: false, properties: { state: { type: 'string', enum: [...NOTICE_STATES] }, limit: LIMIT, before: BEFORE } },
      response: { 200: pageSchema, ...errors },
    },
  }, async (req) => {
    const limit = limitOf(req.query.limit);
    const list = await notices.notices({ org: req.caller!.org, state: req.query.state, limit, before: req.query.before ? Number(req.query.before) : undefined });
    await deps.store.audit.append({ actor: actorOf(req), action: 'aggregator-notices.list', subject: req.caller!.org, detail: { count: list.length } });
    return page(list, limit);
  });

  for (const [path, to] of [['acknowledge', 'acknowledged'], ['actioned', 'actioned']] as const) {
    app.post<{ Params: { id: string }; Body: { note?: string } | undefined }>(`/api/v1/aggregator/notices/:id/${path}`, {
      preHandler: aggregators,
      schema: {
        summary: to === 'acknowledged'
          ? 'Acknowledges one of your notices (role aggregator): open → acknowledged, with an optional note. Audited. Codes: `E_NOT_FOUND` (no such notice for your organisation), `E_CONFLICT` (not open).'
          : 'Marks one of your notices actioned (role aggregator): open or acknowledged → actioned, with a note saying what was done. Audited. Codes: `E_NOT_FOUND`, `E_CONFLICT` (actioned already).',
        tags: ['aggregators'],
        params: ID_PARAM,
        body: to === 'actioned'
          ? { type: 'object', required: ['note'], additionalProperties: false, properties: { note: { type: 'string', minLength: 1, maxLength: 2000 } } }
          : { type: ['object', 'null'], additionalProperties: false, properties: { note: { type: 'string', maxLength: 2000 } } },
        response: { 200: noticeReply, ...errors, 404: errorSchema, 409: errorSchema },
      },
    }, async (req, reply) => answer(reply, await notices.transition(Number(req.params.id), req.caller!.org, to, req.body?.note ?? null, actorOf(req))));
  }

  app.get<{ Querystring: { org?: string; unassigned?: string; kind?: RouteKind; state?: NoticeState; limit?: string; before?: string } }>('/api/v1/aggregator-notices', {
    preHandler: analysts,
    schema: {
      summary: "Notices for analysts: one organisation's (`org`) or the unassigned queue (`unassigned=true`, by `kind`), newest first (analyst, admin).",
      tags: ['aggregators'],
      querystring: {
        type: 'object', additionalProperties: false,
        properties: {
          org: { type: 'string', minLength: 1, maxLength: 200 }, unassigned: { type: 'string', enum: ['true'] }, kind: { type: 'string', enum: [...ROUTE_KINDS] },
          state: { type: 'string', enum: [...NOTICE_STATES] }, limit: LIMIT, before: BEFORE,
        },
      },
      response: { 200: pageSchema, ...errors },
    },
  }, async (req, reply) => {
    if ((req.query.org === undefined) === (req.query.unassigned === undefined)) return sendError(reply, 400, 'E_VALIDATION', 'give either org or unassigned=true');
    const limit = limitOf(req.query.limit);
    return page(await notices.notices({
      org: req.query.org ?? null, kind: req.query.kind, state: req.query.state, limit, before: req.query.before ? Number(req.query.before) : undefined,
    }), limit);
  });

  app.post<{ Params: { id: string }; Body: { org: string } }>('/api/v1/aggregator-notices/:id/assign', {
    preHandler: analysts,
    schema: {
      summary: 'Assigns an unassigned notice to an aggregator organisation (analyst, admin). Audited. Codes: `E_NOT_FOUND`, `E_CONFLICT` (assigned already).',
      tags: ['aggregators'],
      params: ID_PARAM,
      body: { type: 'object', required: ['org'], additionalProperties: false, properties: { org: { type: 'string', minLength: 1, maxLength: 200 } } },
      response: { 200: noticeReply, ...errors, 404: errorSchema, 409: errorSchema },
    },
  }, async (req, reply) => answer(reply, await notices.assign(Number(req.params.id), req.body.org.trim(), actorOf(req))));
}
