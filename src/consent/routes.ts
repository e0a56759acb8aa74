// Consent over HTTP, as a plugin of the app (../web/plugins.ts):
// - the carrier's API (role carrier or admin): GET and PUT /api/v1/consent/:line,
//   GET /api/v1/consent/:line/history, POST /api/v1/consent/:line/reassign — channel `carrier-api`;
// - the subscriber's page at /consent: the owner proves control of the line with a one-time
//   code texted over the SMPP link, then sees and changes the four settings — channel
//   `subscriber-page`. Plain forms and redirects: it works without JavaScript.
import { randomBytes } from 'node:crypto';
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import formbody from '@fastify/formbody';
import helmet from '@fastify/helmet';
import type { FastifyError, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { linesRecords } from '../lines/records.js';
import { langOf, sendPage as page } from '../web/form/send-page.js';
import { pageErrorCode, sendError } from '../web/errors.js';
import type { PluginOptions } from '../web/plugins.js';
import { consentCodes, CODE_DEFAULTS } from './codes.js';
import { COPY } from './copy.js';
import { lineKey } from './line-key.js';
import { CONSENT_ASSET, CONSENT_PATH, codePage, messagePage, settingsPage, startPage } from './page.js';
import { CONSENT_FIELDS, REASSIGN_REASONS, openConsent, validateChanges, type ConsentActor, type ConsentField, type ReassignReason } from './registry.js';
import { CONSENT_CSS } from './style.js';

export const SESSION_COOKIE = 'sg_consent';
/** The browser's own random token: its one-time code is bound to it, so nobody else can guess at it. */
export const REQUEST_COOKIE = 'sg_consent_req';
/** @fastify/csrf-protection's secret for this browser. */
export const CSRF_COOKIE = 'sg_consent_csrf';

const errorSchema = { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' } } } as const;
const settingsSchema = {
  type: 'object', additionalProperties: false,
  properties: Object.fromEntries(CONSENT_FIELDS.map((f) => [f, { type: 'boolean' }])),
} as const;
const viewSchema = {
  type: 'object',
  properties: {
    line: { type: 'string', description: 'the line in national form (the registry key)' },
    settings: { ...settingsSchema, required: [...CONSENT_FIELDS] },
    since: { type: ['string', 'null'], description: 'when the current settings began; null: contract defaults, never changed' },
    history: {
      type: 'object',
      properties: {
        changes: { type: 'integer' }, reassignments: { type: 'integer' },
        lastChangedAt: { type: ['string', 'null'] }, lastReassignedAt: { type: ['string', 'null'] },
      },
    },
    changed: { type: 'array', items: { type: 'string', enum: [...CONSENT_FIELDS] }, description: 'on PUT: the settings this request changed' },
  },
} as const;
const lineParam = { type: 'object', required: ['line'], properties: { line: { type: 'string', maxLength: 32, description: 'the subscriber line: 09012345678, +819012345678…' } } } as const;
const errors = Object.fromEntries([400, 401, 403, 429].map((s) => [s, errorSchema]));

// @fastify/helmet's headers, with a policy for pages that run no script at all.
const HELMET = {
  contentSecurityPolicy: {
    useDefaults: false,
    directives: { defaultSrc: ["'none'"], styleSrc: ["'self'"], imgSrc: ["'self'", 'data:'], formAction: ["'self'"], baseUri: ["'none'"], frameAncestors: ["'none'"] },
  },
  // same-origin, not no-referrer: under no-referrer browsers post forms with `Origin: null`,
  // and the check below needs the real origin. Nothing goes to other sites either way.
  referrerPolicy: { policy: 'same-origin' as const },
  frameguard: { action: 'deny' as const },
};

type FormBody = Readonly<Record<string, string | undefined>>;
const field = (body: unknown, name: string): string => {
  const v = body && typeof body === 'object' ? (body as FormBody)[name] : undefined;
  return typeof v === 'string' ? v : '';
};

const consentPlugin: FastifyPluginAsync<PluginOptions> = async (app, opts) => {
  const { store, clock } = opts;
  const consent = openConsent(store, { clock });
  const codes = consentCodes(store, { clock });
  const carrierOnly = opts.requireRole('carrier', 'admin');
  const actorOf = (req: FastifyRequest): ConsentActor => ({ id: `${req.caller?.org ?? '?'} (${req.caller?.keyId ?? '?'})`, channel: 'carrier-api' });

  // ---- the carrier's API --------------------------------------------------------------

  app.get<{ Params: { line: string } }>('/api/v1/consent/:line', {
    onRequest: carrierOnly,
    schema: { summary: "A line's consent: detection, warnings, filtering and C&C blocking (carrier, admin)", tags: ['consent'], params: lineParam, response: { 200: viewSchema, ...errors } },
  }, async (req, reply) => {
    const r = await consent.get(req.params.line);
    if (!r.ok) return sendError(reply, 400, r.code, `line: ${r.message}`);
    await store.audit.append({ actor: actorOf(req).id, action: 'consent.read', subject: r.value.line, detail: { channel: 'carrier-api' } });
    return r.value;
  });

  app.put<{ Params: { line: string }; Body: unknown }>('/api/v1/consent/:line', {
    onRequest: carrierOnly,
    // Validated here, not by Fastify, so that a 400 names the offending field.
    attachValidation: true,
    schema: {
      summary: "Change a line's consent (carrier, admin): any of the four settings; the others stay. Audited, channel carrier-api.",
      tags: ['consent'], params: lineParam, body: { ...settingsSchema, minProperties: 1 }, response: { 200: viewSchema, ...errors },
    },
  }, async (req, reply) => {
    const valid = validateChanges(req.body);
    if (!valid.ok) return sendError(reply, 400, 'E_VALIDATION', valid.message);
    const r = await consent.set(req.params.line, valid.value, actorOf(req));
    if (!r.ok) return sendError(reply, 400, r.code === 'E_BAD_CHANGES' ? 'E_VALIDATION' : r.code, r.code === 'E_BAD_LINE' ? `line: ${r.message}` : r.message);
    // The registry writes nothing for a change that changes nothing; the request itself read
    // the line's settings, and every read over the API is audited.
    if (r.value.changed.length === 0) await store.audit.append({ actor: actorOf(req).id, action: 'consent.set-unchanged', subject: r.value.line, detail: { channel: 'carrier-api', asked: valid.value } });
    return r.value;
  });

  const changeSchema = { type: 'object', properties: { from: { type: 'boolean' }, to: { type: 'boolean' } } } as const;
  app.get<{ Params: { line: string } }>('/api/v1/consent/:line/history', {
    onRequest: carrierOnly,
    schema: {
      summary: "Every change to a line's consent and every reassignment, newest first (carrier, admin)", tags: ['consent'], params: lineParam,
      response: {
        200: {
          type: 'object',
          properties: {
            line: { type: 'string' },
            history: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  at: { type: 'string' }, actor: { type: 'string' }, channel: { type: 'string', enum: ['cli', 'carrier-api', 'subscriber-page'] },
                  action: { type: 'string', enum: ['set', 'reassign'] },
                  changes: { type: 'object', properties: Object.fromEntries(CONSENT_FIELDS.map((f) => [f, changeSchema])) },
                  reason: { type: 'string', enum: [...REASSIGN_REASONS] },
                  before: settingsSchema,
                },
              },
            },
          },
        },
        ...errors,
      },
    },
  }, async (req, reply) => {
    const line = lineKey(req.params.line);
    const r = await consent.history(req.params.line);
    if (!r.ok || line === null) return sendError(reply, 400, 'E_BAD_LINE', `line: ${r.ok ? 'not a subscriber line' : r.message}`);
    await store.audit.append({ actor: actorOf(req).id, action: 'consent.read-history', subject: line, detail: { channel: 'carrier-api' } });
    return { line, history: r.value };
  });

  app.post<{ Params: { line: string }; Body: unknown }>('/api/v1/consent/:line/reassign', {
    onRequest: carrierOnly,
    attachValidation: true,
    schema: {
      summary: 'The number changed hands (transfer) or was ported in: its consent returns to the defaults; the history is kept (carrier, admin).',
      tags: ['consent'], params: lineParam,
      body: { type: 'object', required: ['reason'], additionalProperties: false, properties: { reason: { type: 'string', enum: [...REASSIGN_REASONS] } } },
      response: { 200: viewSchema, ...errors },
    },
  }, async (req, reply) => {
    const body = req.body;
    const reason = body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>).reason : undefined;
    const extra = body && typeof body === 'object' ? Object.keys(body).find((k) => k !== 'reason') : undefined;
    if (extra !== undefined) return sendError(reply, 400, 'E_VALIDATION', `${extra}: not a field of a reassignment (reason)`);
    if (!REASSIGN_REASONS.includes(reason as ReassignReason)) return sendError(reply, 400, 'E_VALIDATION', `reason: must be ${REASSIGN_REASONS.join(' or ')}`);
    const r = await consent.reassign(req.params.line, reason as ReassignReason, actorOf(req));
    if (!r.ok) return sendError(reply, 400, r.code, r.code === 'E_BAD_LINE' ? `line: ${r.message}` : r.message);
    return r.value;
  });

  // ---- the subscriber's page ----------------------------------------------------------

  const cases = linesRecords(store, { clock });
  /** An infected line's case still with the carrier: its handset may read this page's SMS. */
  const openInfectedCase = async (line: string): Promise<boolean> =>
    (await cases.listCases({ limit: 20, line, kind: 'infected' })).some((c) => c.state !== 'closed');

  await app.register(async (pages) => {
    await pages.register(formbody, { bodyLimit: 4096 });
    await pages.register(cookie);
    await pages.register(helmet, HELMET);
    // Forms that change something carry a token bound to the browser's session (HMAC with a
    // key derived from the store's secret, so every server on one store accepts it).
    const secureCookies = opts.settings.publicUrl?.startsWith('https:') === true;
    await pages.register(csrf, {
      cookieKey: CSRF_COOKIE, cookieOpts: { path: CONSENT_PATH, sameSite: 'strict', httpOnly: true, secure: secureCookies },
      getToken: (req) => field(req.body, 'csrf'), getUserInfo: (req) => req.cookies[SESSION_COOKIE] ?? '',
      csrfOpts: { hmacKey: await store.hashSubscriber('consent-csrf-hmac-key') },
    });
    /** False (and the refusal page sent) when the form's token is not this session's. */
    const csrfOk = (req: FastifyRequest, reply: FastifyReply): Promise<boolean> => new Promise((resolve) => {
      let passed = false;
      pages.csrfProtection(req, reply, () => {
        passed = true;
        resolve(true);
      });
      if (!passed) resolve(false);
    });
    pages.addHook('onSend', async (_req, reply, payload) => {
      reply.header('permissions-policy', 'camera=(), microphone=(), geolocation=()');
      return payload;
    });
    pages.setErrorHandler((err: FastifyError, req, reply) => {
      const { lang } = langOf(req);
      const status = err.statusCode === 429 ? 429 : err.statusCode && err.statusCode < 500 ? err.statusCode : 500;
      if (status === 500) reply.log.error({ err }, 'consent page failed');
      const c = COPY[lang];
      const code = pageErrorCode(err);
      const text = c.errors[code] ?? c.errors[status === 429 ? 'E_RATE_LIMITED' : 'default'];
      return page(reply, status, messagePage(lang, c.errorTitle, text as string, 'warn'), lang, false, code);
    });

    // Forms posted from another site are refused (besides SameSite=Strict on the session):
    // nobody else's page may ask for codes or sign a browser in to some line.
    const publicHost = opts.settings.publicUrl ? new URL(opts.settings.publicUrl).host : null;
    pages.addHook('preHandler', async (req, reply) => {
      if (req.method !== 'POST') return;
      const origin = req.headers.origin;
      if (origin === undefined) return;
      let host: string | null = null;
      try {
        host = origin === 'null' ? null : new URL(origin).host;
      } catch {
        host = null;
      }
      if (host !== null && (host === req.headers.host || host === publicHost)) return;
      const { lang } = langOf(req);
      const c = COPY[lang];
      // Returning the reply ends the request here: the route's handler does not run.
      return page(reply, 403, messagePage(lang, c.errorTitle, c.errors.E_BAD_FORM as string, 'warn'), lang, false, 'E_BAD_FORM');
    });

    const secure = secureCookies;
    const setCookie = (reply: FastifyReply, name: string, value: string, maxAgeS: number): void => {
      reply.setCookie(name, value, { path: CONSENT_PATH, httpOnly: true, sameSite: 'strict', maxAge: maxAgeS, secure });
    };
    const tokenOf = (req: FastifyRequest): string | undefined => req.cookies[SESSION_COOKIE];
    /** This browser's request token: the one it has, or a new one (set on the reply). */
    const requesterOf = (req: FastifyRequest, reply: FastifyReply): string => {
      const have = req.cookies[REQUEST_COOKIE];
      const token = have && /^[A-Za-z0-9_-]{43}$/.test(have) ? have : randomBytes(32).toString('base64url');
      setCookie(reply, REQUEST_COOKIE, token, CODE_DEFAULTS.codeTtlMs / 1000);
      return token;
    };
    const limit = { config: opts.publicLimit, schema: { hide: true } };

    pages.get(CONSENT_ASSET, { schema: { hide: true } }, async (_req, reply) => reply.type('text/css; charset=utf-8').header('cache-control', 'no-cache').send(CONSENT_CSS));

    pages.get<{ Querystring: { lang?: string; expired?: string } }>(CONSENT_PATH, limit, async (req, reply) => {
      const { lang, remember } = langOf(req, req.query.lang);
      const token = tokenOf(req);
      if (token && (await codes.session(token))) return reply.redirect(`${CONSENT_PATH}/settings`, 303);
      return page(reply, 200, startPage({ lang, smsAvailable: opts.sms.available(), notice: req.query.expired !== undefined ? 'expired' : undefined }), lang, remember);
    });

    pages.post<{ Body: FormBody }>(`${CONSENT_PATH}/code`, limit, async (req, reply) => {
      const { lang } = langOf(req, field(req.body, 'lang'));
      const raw = field(req.body, 'line').trim();
      const line = lineKey(raw);
      if (line === null) return page(reply, 400, startPage({ lang, smsAvailable: opts.sms.available(), value: raw, error: 'E_BAD_LINE' }), lang, false, 'E_BAD_LINE');
      // Said plainly, before a code is made or a request counted.
      if (!opts.sms.available()) return page(reply, 503, startPage({ lang, smsAvailable: false, value: raw }), lang, false, 'E_NO_SMSC');
      const requester = requesterOf(req, reply);
      const r = await codes.request(line, clientOf(req), requester);
      if (!r.ok) {
        if (r.code === 'E_RATE_LIMITED') reply.header('retry-after', String(r.retryAfterS));
        return page(reply, 429, startPage({ lang, smsAvailable: true, value: raw, error: r.code }), lang, false, r.code);
      }
      const sent = await opts.sms.send({ from: opts.settings.smsFrom, to: line, text: COPY[lang].sms(r.value.code, CODE_DEFAULTS.codeTtlMs / 60_000) });
      if (!sent.ok) {
        await codes.cancel(line, requester);
        reply.log.warn({ code: sent.code }, 'consent code not sent');
        if (sent.code === 'E_NO_SMSC') return page(reply, 503, startPage({ lang, smsAvailable: false, value: raw }), lang, false, 'E_NO_SMSC');
        return page(reply, 502, startPage({ lang, smsAvailable: true, value: raw, error: 'E_SMS_FAILED' }), lang, false, 'E_SMS_FAILED');
      }
      await store.audit.append({ actor: 'subscriber', action: 'consent.code-sent', subject: line, detail: { channel: 'subscriber-page' } });
      return page(reply, 200, codePage({ lang, line }), lang);
    });

    pages.post<{ Body: FormBody }>(`${CONSENT_PATH}/verify`, limit, async (req, reply) => {
      const { lang } = langOf(req, field(req.body, 'lang'));
      const raw = field(req.body, 'line');
      const line = lineKey(raw);
      if (line === null) return page(reply, 400, startPage({ lang, smsAvailable: opts.sms.available(), value: raw, error: 'E_BAD_LINE' }), lang, false, 'E_BAD_LINE');
      // The code page's language switch posts here too (the number stays out of URLs).
      if (field(req.body, 'show') === '1') return page(reply, 200, codePage({ lang, line }), lang, true);
      // Full-width digits from a Japanese keyboard are the same digits.
      const code = field(req.body, 'code').normalize('NFKC').replace(/\s+/g, '');
      const requester = req.cookies[REQUEST_COOKIE] ?? '';
      const r = await codes.verify(line, code, clientOf(req), requester);
      if (!r.ok) {
        if (r.code === 'E_RATE_LIMITED') {
          reply.header('retry-after', String(r.retryAfterS));
          return page(reply, 429, codePage({ lang, line, error: r.code }), lang, false, r.code);
        }
        if (r.code === 'E_WRONG_CODE' || r.code === 'E_BAD_CODE') return page(reply, 400, codePage({ lang, line, error: r.code }), lang, false, r.code);
        return page(reply, 400, startPage({ lang, smsAvailable: opts.sms.available(), value: line, error: r.code }), lang, false, r.code);
      }
      await store.audit.append({ actor: 'subscriber', action: 'consent.verified', subject: line, detail: { channel: 'subscriber-page' } });
      const maxAge = Math.max(1, Math.floor((Date.parse(r.value.expiresAt) - clock().getTime()) / 1000));
      setCookie(reply, SESSION_COOKIE, r.value.token, maxAge);
      setCookie(reply, REQUEST_COOKIE, '', 0);
      return reply.redirect(`${CONSENT_PATH}/settings`, 303);
    });

    pages.get<{ Querystring: { lang?: string; saved?: string } }>(`${CONSENT_PATH}/settings`, limit, async (req, reply) => {
      const { lang, remember } = langOf(req, req.query.lang);
      const token = tokenOf(req);
      const session = token ? await codes.session(token) : null;
      if (!token || !session) return reply.redirect(token ? `${CONSENT_PATH}?expired` : CONSENT_PATH, 303);
      const v = await consent.get(session.line);
      if (!v.ok) return reply.redirect(CONSENT_PATH, 303);
      const saved = req.query.saved === 'changed' || req.query.saved === 'nothing' ? req.query.saved : undefined;
      const detectionHeld = v.value.settings.detection && (await openInfectedCase(session.line));
      return page(reply, 200, settingsPage({ lang, line: session.line, settings: v.value.settings, since: v.value.since, csrf: reply.generateCsrf({ userInfo: token }), saved, detectionHeld }), lang, remember);
    });

    pages.post<{ Body: FormBody }>(`${CONSENT_PATH}/settings`, limit, async (req, reply) => {
      const { lang } = langOf(req, field(req.body, 'lang'));
      const token = tokenOf(req);
      const session = token ? await codes.session(token) : null;
      if (!token || !session) return reply.redirect(`${CONSENT_PATH}?expired`, 303);
      if (!(await csrfOk(req, reply))) return reply;
      const cur = await consent.get(session.line);
      const settings = cur.ok ? cur.value.settings : { detection: true, warnings: true, filtering: true, cncBlocking: true };
      // While an infected case is open, the code that opened this page may have been read by
      // the malware on the handset: opting out of detection then goes through the carrier,
      // and the case stays with the carrier until it is closed. The other settings still work.
      const detectionHeld = settings.detection && (await openInfectedCase(session.line));
      const again = (status: number, error: string) =>
        page(reply, status, settingsPage({ lang, line: session.line, settings, since: cur.ok ? cur.value.since : null, csrf: reply.generateCsrf({ userInfo: token }), error, detectionHeld }), lang, false, error);
      const changes: Partial<Record<ConsentField, boolean>> = {};
      for (const f of CONSENT_FIELDS) {
        const v = field(req.body, f);
        if (f === 'detection' && detectionHeld) {
          if (v === 'off') return again(409, 'E_CASE_OPEN');
          continue;
        }
        if (v !== 'on' && v !== 'off') return again(400, 'E_BAD_CHANGES');
        changes[f] = v === 'on';
      }
      const r = await consent.set(session.line, changes, { id: 'subscriber', channel: 'subscriber-page' });
      if (!r.ok) throw new Error(`consent.set refused a validated change: ${r.code}`);
      const q = new URLSearchParams({ saved: r.value.changed.length > 0 ? 'changed' : 'nothing' });
      return reply.redirect(`${CONSENT_PATH}/settings?${q.toString()}`, 303);
    });

    pages.post<{ Body: FormBody }>(`${CONSENT_PATH}/logout`, limit, async (req, reply) => {
      const token = tokenOf(req);
      if (!(await csrfOk(req, reply))) return reply;
      if (token) await codes.endSession(token);
      setCookie(reply, SESSION_COOKIE, '', 0);
      return reply.redirect(CONSENT_PATH, 303);
    });
  });
};

/** The client address the per-address limits count; the store keeps only its keyed hash. */
const clientOf = (req: FastifyRequest): string => `addr:${req.ip}`;

export default consentPlugin;
