// The sender registry for administrators: list, create, update and revoke entries (each
// audited by the registry service). Every process's snapshot picks a change up within seconds;
// this one at once.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { ENTRY_KINDS, ENTRY_STATES, type ChangeResult, type EntryKind, type EntryState, type RegistryEntry, type SenderRegistryService } from '../registry/index.js';
import { requireRole } from './auth.js';
import { sendError } from './errors.js';

const errorSchema = { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' } } } as const;
const DATE = { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$', description: 'YYYY-MM-DD: when the source was read' } as const;
const SOURCE = { type: 'string', minLength: 8, maxLength: 2048, description: 'the http(s) URL of the page that documents the sender' } as const;
const BRANDS = { type: 'array', maxItems: 50, items: { type: 'string', minLength: 1, maxLength: 64 }, description: 'brand ids of data/brands.json' } as const;
const COMPANY = { type: 'string', minLength: 1, maxLength: 200 } as const;

export const entrySchema = {
  type: 'object',
  properties: {
    kind: { type: 'string', enum: [...ENTRY_KINDS] },
    value: { type: 'string', description: 'the key senders are found by: national digits, or the ID folded to lower case without spaces' },
    display: { type: 'string', description: 'as written by the operator' },
    company: { type: 'string' }, brandIds: { type: 'array', items: { type: 'string' } }, source: { type: 'string' }, verifiedAt: { type: 'string' },
    state: { type: 'string', enum: [...ENTRY_STATES] }, createdAt: { type: 'string' }, updatedAt: { type: 'string' }, updatedBy: { type: 'string' },
  },
} as const;
const entryReply = { type: 'object', properties: { entry: entrySchema } } as const;
const valueParam = { type: 'object', required: ['value'], properties: { value: { type: 'string', minLength: 1, maxLength: 64, description: 'the sender: 0005-12-3456, 21092, SAGAWA' } } } as const;
const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema } as const;

function answer(reply: FastifyReply, r: ChangeResult, status = 200): FastifyReply | { entry: RegistryEntry } {
  if (r.ok) return reply.code(status).send({ entry: r.entry });
  if (r.code === 'E_VALIDATION') return sendError(reply, 400, 'E_VALIDATION', r.errors.map((e) => `${e.message} (${e.code})`).join('; '));
  return sendError(reply, r.code === 'E_NOT_FOUND' ? 404 : 409, r.code, r.message);
}

export function senderRoutes(app: FastifyInstance, deps: { registry: SenderRegistryService; refresh: () => Promise<void> }): void {
  const admins = requireRole('admin');
  const actorOf = (req: { caller: { keyId: string } | null }): string => `key:${req.caller?.keyId}`;
  const { registry } = deps;
  const keyOrFail = (reply: FastifyReply, raw: string): string | null => {
    const key = registry.keyOf(raw);
    if (key === null) void sendError(reply, 400, 'E_BAD_SENDER', 'value: not a phone number, short code or sender ID');
    return key;
  };

  app.get<{ Querystring: { kind?: EntryKind; state?: EntryState; limit?: string; after?: string } }>('/api/v1/senders', {
    preHandler: admins,
    schema: {
      summary: "The operators' sender registry entries, by value; `after` is the last value of the previous page (admin). The shipped data/senders.json is not listed here; the lookup answers from both.",
      tags: ['senders'],
      querystring: {
        type: 'object', additionalProperties: false,
        properties: {
          kind: { type: 'string', enum: [...ENTRY_KINDS] }, state: { type: 'string', enum: [...ENTRY_STATES] },
          limit: { type: 'string', pattern: '^(?:[1-9]|[1-9][0-9]|[1-9][0-9][0-9]|1000)$', description: '1–1000, default 100' },
          after: { type: 'string', maxLength: 64 },
        },
      },
      response: { 200: { type: 'object', properties: { entries: { type: 'array', items: entrySchema }, next: { type: ['string', 'null'], description: 'pass as `after` for the next page' } } }, ...errors },
    },
  }, async (req) => {
    const limit = req.query.limit ? Number(req.query.limit) : 100;
    const entries = await registry.entries.list({ kind: req.query.kind, state: req.query.state, limit, after: req.query.after });
    return { entries, next: entries.length === limit ? entries[entries.length - 1]!.value : null };
  });

  app.post<{ Body: { kind: string; value: string; company: string; brandIds?: string[]; source: string; verifiedAt: string } }>('/api/v1/senders', {
    preHandler: admins,
    schema: {
      summary: 'Registers a sender (admin): a 0005 number, a carrier short code, an alphanumeric ID or a business number, with its company, brands, source and verification date. Audited. Codes: `E_VALIDATION` names each bad field with its own code (E_BAD_VALUE, E_UNKNOWN_BRAND, E_BAD_SOURCE, E_BAD_DATE); `E_CONFLICT` when it is registered already.',
      tags: ['senders'],
      body: {
        type: 'object', required: ['kind', 'value', 'company', 'source', 'verifiedAt'], additionalProperties: false,
        properties: { kind: { type: 'string', enum: [...ENTRY_KINDS] }, value: { type: 'string', minLength: 1, maxLength: 32 }, company: COMPANY, brandIds: BRANDS, source: SOURCE, verifiedAt: DATE },
      },
      response: { 201: entryReply, ...errors, 409: errorSchema },
    },
  }, async (req, reply) => {
    const r = await registry.create({ ...req.body, brandIds: req.body.brandIds ?? [] }, actorOf(req));
    if (r.ok) await deps.refresh();
    return answer(reply, r, 201);
  });

  app.patch<{ Params: { value: string }; Body: { company?: string; brandIds?: string[]; source?: string; verifiedAt?: string } }>('/api/v1/senders/:value', {
    preHandler: admins,
    schema: {
      summary: "Changes a registered sender's company, brands, source or verification date (admin). Audited. Codes: `E_BAD_SENDER`, `E_VALIDATION`, `E_NOT_FOUND`.",
      tags: ['senders'],
      params: valueParam,
      body: { type: 'object', additionalProperties: false, minProperties: 1, properties: { company: COMPANY, brandIds: BRANDS, source: SOURCE, verifiedAt: DATE } },
      response: { 200: entryReply, ...errors, 404: errorSchema },
    },
  }, async (req, reply) => {
    const key = keyOrFail(reply, req.params.value);
    if (key === null) return reply;
    const r = await registry.update(key, req.body, actorOf(req));
    if (r.ok) await deps.refresh();
    return answer(reply, r);
  });

  app.post<{ Params: { value: string }; Body: { note?: string } | undefined }>('/api/v1/senders/:value/revoke', {
    preHandler: admins,
    schema: {
      summary: "Revokes a registered sender (admin): it loses the registry's trust, a shipped listing of the same sender included; a sender only the shipped data lists is stored as a revoked entry. Audited. Codes: `E_BAD_SENDER`, `E_NOT_FOUND` (neither stored nor shipped), `E_CONFLICT` (revoked already).",
      tags: ['senders'],
      params: valueParam,
      body: { type: ['object', 'null'], additionalProperties: false, properties: { note: { type: 'string', maxLength: 2000 } } },
      response: { 200: entryReply, ...errors, 404: errorSchema, 409: errorSchema },
    },
  }, async (req, reply) => {
    const key = keyOrFail(reply, req.params.value);
    if (key === null) return reply;
    const r = await registry.revoke(key, actorOf(req), req.body?.note ?? null);
    if (r.ok) await deps.refresh();
    return answer(reply, r);
  });
}
