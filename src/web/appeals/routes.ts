// Appeals over HTTP (protocol only: the service is src/appeals):
// - public: the page at /appeal (Japanese first; plain forms, no script) and the JSON API
//   POST /api/v1/appeals, POST /api/v1/appeals/:id/verify;
// - analysts (role analyst or admin): GET /api/v1/appeals, GET /api/v1/appeals/:id,
//   POST /api/v1/appeals/:id/decision — each audited.
import formbody from '@fastify/formbody';
import helmet from '@fastify/helmet';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { APPEAL_ID, APPEAL_STATES, EMAIL_MAX, EXPLANATION_MAX, SUBJECT_MAX, type AppealAction, type AppealService, type AppealState, type AppealView } from '../../appeals/index.js';
import type { Store } from '../../store/index.js';
import { requireRole } from '../auth.js';
import { pageErrorCode, sendError } from '../errors.js';
import { langOf, sendPage } from '../form/send-page.js';
import { COPY, type Lang } from './copy.js';
import { APPEAL_ASSET, APPEAL_CSS, APPEAL_PATH, formPage, messagePage, resultPage, senderPage, tokenPage, type FieldErrors } from './page.js';

const errorSchema = { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' } } } as const;
const LIMIT = { type: 'string', pattern: '^(?:[1-9]|[1-9][0-9]|[1-9][0-9][0-9]|1000)$', description: '1–1000, default 100' } as const;
const idParam = { type: 'object', required: ['id'], properties: { id: { type: 'string', pattern: APPEAL_ID.source, description: 'the appeal number, A-XXXXX-XXXXX' } } } as const;
const subjectSchema = {
  type: 'object',
  properties: { kind: { type: 'string', enum: ['url', 'host', 'domain', 'phone', 'sender'] }, value: { type: 'string' } },
} as const;
const instructionsSchema = {
  type: ['object', 'null'],
  description: 'Where to publish the token (either is enough); null for numbers and sender IDs, which analysts judge without proof.',
  properties: {
    dns: { type: 'object', properties: { name: { type: 'string', example: '_smishguard.example.co.jp' }, type: { type: 'string', enum: ['TXT'] }, value: { type: 'string', example: 'smishguard-verify=…' } } },
    file: { type: 'object', properties: { url: { type: 'string', example: 'https://example.co.jp/.well-known/smishguard-verification.txt' }, body: { type: 'string' } } },
  },
} as const;
const appealSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' }, subject: subjectSchema, state: { type: 'string', enum: [...APPEAL_STATES] },
    contactEmail: { type: 'string' }, explanation: { type: 'string' }, lang: { type: 'string', enum: ['ja', 'en'] },
    createdAt: { type: 'string' }, updatedAt: { type: 'string' },
    verification: { type: 'object', properties: { attempts: { type: 'integer' }, lastError: { type: ['string', 'null'] }, at: { type: ['string', 'null'] }, method: { type: ['string', 'null'], enum: ['dns', 'file', null] } } },
    decision: { type: ['object', 'null'], properties: { at: { type: 'string' }, by: { type: 'string' }, note: { type: ['string', 'null'] } } },
    allowEntry: { type: ['integer', 'null'], description: 'the allow-list entry an acceptance made' },
  },
} as const;

type FormBody = Readonly<Record<string, string | undefined>>;
const field = (body: unknown, name: string): string => {
  const v = (body as FormBody | null | undefined)?.[name];
  return typeof v === 'string' ? v : '';
};

export interface AppealRouteDeps {
  readonly appeals: AppealService;
  readonly store: Store;
  readonly publicLimit: object;
}

export async function appealRoutes(app: FastifyInstance, deps: AppealRouteDeps): Promise<void> {
  const { appeals, store } = deps;
  const analysts = requireRole('analyst', 'admin');
  const actorOf = (req: FastifyRequest): string => `key:${req.caller?.keyId}`;
  const limited = (reply: FastifyReply, retryAfterS: number): void => { reply.header('retry-after', String(retryAfterS)); };

  app.post<{ Body: { subject: string; email: string; explanation: string; lang?: Lang } }>('/api/v1/appeals', {
    config: deps.publicLimit,
    schema: {
      tags: ['appeals'],
      summary: 'Appeal a block (public). The subject is a domain, a host, a full URL, a phone number or a sender ID. A domain, host or URL gets a verification token, shown only in this answer: publish it as TXT `smishguard-verify=TOKEN` at `_smishguard.NAME` or as the file `https://NAME/.well-known/smishguard-verification.txt`, then call verify. Numbers and sender IDs go to analysts as they are (state `unverified`). Codes: `E_BAD_SUBJECT`, `E_BAD_EMAIL`, `E_BAD_EXPLANATION` (400), `E_APPEAL_LIMIT` (429, five appeals an hour per address).',
      body: {
        type: 'object', required: ['subject', 'email', 'explanation'], additionalProperties: false,
        properties: {
          subject: { type: 'string', minLength: 1, maxLength: SUBJECT_MAX, description: 'example.co.jp, https://www.example.co.jp/info, 03-1234-5678 or EXAMPLE' },
          email: { type: 'string', minLength: 3, maxLength: EMAIL_MAX, description: 'where analysts write about the appeal' },
          explanation: { type: 'string', minLength: 1, maxLength: EXPLANATION_MAX, description: 'what the name is used for, why the block is wrong' },
          lang: { type: 'string', enum: ['ja', 'en'], description: 'the language to write back in (default ja)' },
        },
      },
      response: {
        201: {
          type: 'object',
          properties: { id: { type: 'string' }, state: { type: 'string', enum: ['pending_verification', 'unverified'] }, subject: subjectSchema, token: { type: ['string', 'null'], description: 'shown once; only its keyed hash is kept' }, instructions: instructionsSchema },
        },
        400: errorSchema, 413: errorSchema, 429: errorSchema,
      },
    },
  }, async (req, reply) => {
    const r = await appeals.submit({ ...req.body, client: req.ip });
    if (!r.ok) {
      if (r.code === 'E_APPEAL_LIMIT') { limited(reply, r.retryAfterS); return sendError(reply, 429, r.code, r.message); }
      const first = r.errors[0] as { code: string; message: string };
      return sendError(reply, 400, first.code, r.errors.map((e) => e.message).join('; '));
    }
    return reply.code(201).send({ id: r.appeal.id, state: r.appeal.state, subject: r.appeal.subject, token: r.token, instructions: r.instructions });
  });

  app.post<{ Params: { id: string } }>('/api/v1/appeals/:id/verify', {
    config: deps.publicLimit,
    schema: {
      tags: ['appeals'],
      summary: "Checks the appeal's proof of ownership (public): the TXT record, then the well-known file over HTTPS (the name must resolve to public addresses only; no redirects; 5 s; 1 KiB). Codes: `E_NOT_PROVEN` (422, with what each check found), `E_NOT_VERIFIABLE` (409, a number or sender ID), `E_TOO_MANY_ATTEMPTS` (429), `E_NOT_FOUND` (404), `E_EXPIRED` (410, no proof within 14 days: file a new appeal).",
      params: idParam,
      response: {
        200: { type: 'object', properties: { id: { type: 'string' }, state: { type: 'string', enum: [...APPEAL_STATES] }, method: { type: ['string', 'null'], enum: ['dns', 'file', null] } } },
        404: errorSchema, 409: errorSchema,
        422: { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' }, checks: { type: 'object', properties: { dns: { type: 'string' }, file: { type: 'string' } } } } },
        410: errorSchema, 429: errorSchema,
      },
    },
  }, async (req, reply) => {
    const r = await appeals.verify(req.params.id, req.ip);
    if (r.ok) return { id: r.appeal.id, state: r.appeal.state, method: r.method };
    if (r.code === 'E_NOT_PROVEN') return reply.code(422).header('x-error-code', r.code).send({ code: r.code, message: r.message, checks: r.checks });
    const status = r.code === 'E_NOT_FOUND' ? 404 : r.code === 'E_NOT_VERIFIABLE' ? 409 : r.code === 'E_EXPIRED' ? 410 : 429;
    return sendError(reply, status, r.code, r.message);
  });

  app.get<{ Querystring: { state?: AppealState; limit?: string } }>('/api/v1/appeals', {
    preHandler: analysts,
    schema: {
      tags: ['appeals'],
      summary: 'Appeals, newest first, optionally in one state (analysts). Each read is audited: appeals hold contact addresses.',
      querystring: { type: 'object', additionalProperties: false, properties: { state: { type: 'string', enum: [...APPEAL_STATES] }, limit: LIMIT } },
      response: { 200: { type: 'object', properties: { appeals: { type: 'array', items: appealSchema } } }, 400: errorSchema, 401: errorSchema, 403: errorSchema },
    },
  }, async (req) => {
    const rows = await appeals.list({ state: req.query.state, limit: req.query.limit ? Number(req.query.limit) : 100 });
    await store.audit.append({ actor: actorOf(req), action: 'appeals.list', subject: req.query.state ?? 'all', detail: { org: req.caller?.org, ids: rows.map((r) => r.id) } });
    return { appeals: rows };
  });

  app.get<{ Params: { id: string } }>('/api/v1/appeals/:id', {
    preHandler: analysts,
    schema: {
      tags: ['appeals'],
      summary: 'One appeal (analysts); audited.',
      params: idParam,
      response: { 200: appealSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema },
    },
  }, async (req, reply) => {
    const a = await appeals.get(req.params.id);
    await store.audit.append({ actor: actorOf(req), action: 'appeals.get', subject: req.params.id, detail: { org: req.caller?.org, found: Boolean(a) } });
    return a ?? sendError(reply, 404, 'E_NOT_FOUND', `no appeal ${req.params.id}`);
  });

  app.post<{ Params: { id: string }; Body: { action: AppealAction; note?: string } }>('/api/v1/appeals/:id/decision', {
    preHandler: analysts,
    schema: {
      tags: ['appeals'],
      summary: "Decides an appeal (analysts). `accept` (a proven domain/host/URL, or a number or sender ID) puts the subject on the allow-list — it then beats a suspected indicator, never an analyst-confirmed full URL — and rejects its indicators through the indicators' own decisions; `reject` closes it; `revoke` takes an accepted appeal's allow-list entry back and reverts those decisions. Audited. Codes: `E_NOT_VERIFIED`, `E_ALREADY_DECIDED`, `E_NOT_ACCEPTED` (409), `E_NOT_FOUND` (404).",
      params: idParam,
      body: {
        type: 'object', required: ['action'], additionalProperties: false,
        properties: { action: { type: 'string', enum: ['accept', 'reject', 'revoke'] }, note: { type: 'string', maxLength: 2000 } },
      },
      response: {
        200: { type: 'object', properties: { appeal: appealSchema, indicatorDecisions: { type: 'array', items: { type: 'integer' }, description: 'decisions made on indicators (see /api/v1/indicators/decisions)' } } },
        400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema, 409: errorSchema,
      },
    },
  }, async (req, reply) => {
    const r = await appeals.decide(req.params.id, req.body.action, actorOf(req), req.body.note ?? null);
    if (!r.ok) return sendError(reply, r.code === 'E_NOT_FOUND' ? 404 : 409, r.code, r.message);
    return { appeal: r.appeal satisfies AppealView, indicatorDecisions: r.indicatorDecisions };
  });

  // ---- the public page ------------------------------------------------------------------
  await app.register(async (pages) => {
    await pages.register(formbody, { bodyLimit: 8192 });
    await pages.register(helmet, {
      contentSecurityPolicy: {
        useDefaults: false,
        directives: { defaultSrc: ["'none'"], styleSrc: ["'self'"], imgSrc: ["'self'", 'data:'], formAction: ["'self'"], baseUri: ["'none'"], frameAncestors: ["'none'"] },
      },
      // same-origin, not no-referrer: under no-referrer browsers post forms with `Origin: null`.
      referrerPolicy: { policy: 'same-origin' },
      frameguard: { action: 'deny' },
    });
    pages.setErrorHandler((err: FastifyError, req, reply) => {
      const { lang } = langOf(req);
      const status = err.statusCode === 429 ? 429 : err.statusCode && err.statusCode < 500 ? err.statusCode : 500;
      if (status === 500) reply.log.error({ err }, 'appeal page failed');
      const code = pageErrorCode(err);
      return sendPage(reply, status, messagePage(lang, status === 429 ? 'E_RATE_LIMITED' : code), lang, false, code);
    });
    const limit = { config: deps.publicLimit, schema: { hide: true } };

    pages.get(APPEAL_ASSET, { schema: { hide: true } }, async (_req, reply) => reply.type('text/css; charset=utf-8').header('cache-control', 'no-cache').send(APPEAL_CSS));

    pages.get<{ Querystring: { lang?: string } }>(APPEAL_PATH, limit, async (req, reply) => {
      const { lang, remember } = langOf(req, req.query.lang);
      return sendPage(reply, 200, formPage(lang), lang, remember);
    });

    pages.post(APPEAL_PATH, limit, async (req, reply) => {
      const { lang } = langOf(req, field(req.body, 'lang'));
      const values = { subject: field(req.body, 'subject'), email: field(req.body, 'email'), explanation: field(req.body, 'explanation') };
      const r = await appeals.submit({ ...values, lang, client: req.ip });
      if (!r.ok) {
        if (r.code === 'E_APPEAL_LIMIT') {
          limited(reply, r.retryAfterS);
          return sendPage(reply, 429, formPage(lang, values, {}, messagePageText(lang, r.code)), lang, false, r.code);
        }
        const errors: FieldErrors = {};
        for (const e of r.errors) errors[e.field] ??= e.code;
        return sendPage(reply, 400, formPage(lang, values, errors), lang, false, r.errors[0]?.code);
      }
      if (!r.token || !r.instructions) return sendPage(reply, 201, senderPage(lang, r.appeal.id), lang);
      return sendPage(reply, 201, tokenPage({ lang, id: r.appeal.id, token: r.token, dns: r.instructions.dns, file: r.instructions.file }), lang);
    });

    pages.post(`${APPEAL_PATH}/verify`, limit, async (req, reply) => {
      const { lang } = langOf(req, field(req.body, 'lang'));
      const id = field(req.body, 'id');
      if (!APPEAL_ID.test(id)) return sendPage(reply, 404, messagePage(lang, 'E_NOT_FOUND'), lang, false, 'E_NOT_FOUND');
      const r = await appeals.verify(id, req.ip);
      if (r.ok) return sendPage(reply, 200, r.method ? resultPage(lang, id, { proven: true }) : resultPage(lang, id, { state: r.appeal.state }), lang);
      if (r.code === 'E_NOT_PROVEN') return sendPage(reply, 422, resultPage(lang, id, { proven: false, dns: r.checks?.dns ?? '', file: r.checks?.file ?? '' }), lang, false, r.code);
      if (r.code === 'E_NOT_VERIFIABLE') return sendPage(reply, 200, resultPage(lang, id, { state: 'unverified' }), lang);
      return sendPage(reply, r.code === 'E_NOT_FOUND' ? 404 : r.code === 'E_EXPIRED' ? 410 : 429, messagePage(lang, r.code), lang, false, r.code);
    });
  });
}

const messagePageText = (lang: Lang, code: string): string => COPY[lang].errors[code] ?? COPY[lang].errors.default as string;
