// The subscriber web form (issue 3, intake channel 2), as a plugin of the app (see
// ../plugins.ts): the page at `/` and its assets, the plain-POST fallbacks for browsers
// without JavaScript, and the route where a reporter adds details to a report
// (`POST /api/v1/reports/:id/details`), which the 7726 reply links to as `/?report=ID`.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import formbody from '@fastify/formbody';
import helmet from '@fastify/helmet';
import type { FastifyError, FastifyInstance, FastifyPluginAsync } from 'fastify';
import { parseBrandRegistry } from '../../core/brands/index.js';
import { DEFAULT_DATA_DIR } from '../../engine/index.js';
import { BODY_LIMIT } from '../app.js';
import { pageErrorCode, sendError } from '../errors.js';
import type { PluginOptions } from '../plugins.js';
import { summarise, type BrandNames } from './assets/summary.js';
import { COPY, RECEIVED_VIA, errorText, fill } from './copy.js';
import { NOTE_MAX, REPORT_ID, addDetails, detailsState, type DetailsInput } from './details.js';
import { ASSET_PATH, checkPage, detailsPage, messagePage, thanksPage } from './page.js';
import { langOf, sendPage } from './send-page.js';

export { addDetails, detailsState, getDetails, validateDetails, type DetailsInput, type DetailsOutcome, type ReportDetailsTable } from './details.js';
export { summarise, defang } from './assets/summary.js';

// Scripts and styles from this origin only, no inline code, nothing framed, forms post
// here only. The data block the page carries is JSON, which CSP does not execute.
const CSP_DIRECTIVES = {
  defaultSrc: ["'none'"], scriptSrc: ["'self'"], styleSrc: ["'self'"], imgSrc: ["'self'", 'data:'], connectSrc: ["'self'"],
  formAction: ["'self'"], baseUri: ["'none'"], frameAncestors: ["'none'"],
};
/** The policy as @fastify/helmet writes it. */
export const CONTENT_SECURITY_POLICY = Object.entries(CSP_DIRECTIVES)
  .map(([k, v]) => `${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} ${v.join(' ')}`).join(';');

const ASSET_TYPES: Readonly<Record<string, string>> = {
  'app.js': 'text/javascript; charset=utf-8',
  'summary.js': 'text/javascript; charset=utf-8',
  'style.css': 'text/css; charset=utf-8',
};

interface Asset { readonly body: Buffer; readonly type: string; readonly etag: string }

/** The browser files, read once. Built output keeps them beside this module (package.json copies them). */
function loadAssets(): ReadonlyMap<string, Asset> {
  const dir = new URL('./assets/', import.meta.url);
  const out = new Map<string, Asset>();
  for (const [name, type] of Object.entries(ASSET_TYPES)) {
    const body = readFileSync(new URL(name, dir));
    out.set(name, { body, type, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"` });
  }
  return out;
}

/** Brand names in both languages and their official domains, for the summary. */
export function loadBrandNames(dataDir: string = DEFAULT_DATA_DIR): BrandNames {
  const parsed = parseBrandRegistry(JSON.parse(readFileSync(join(dataDir, 'brands.json'), 'utf8')));
  if (!parsed.ok) throw new Error(`smishguard: data/brands.json is invalid: ${parsed.error}`);
  return Object.fromEntries(parsed.value.brands.map((b) => [b.id, { ja: b.name, en: b.nameEn, officialDomains: b.officialDomains }]));
}

type FormBody = Readonly<Record<string, string | undefined>>;

const field = (body: FormBody, name: string): string => (typeof body[name] === 'string' ? (body[name] as string) : '');

const formPlugin: FastifyPluginAsync<PluginOptions> = async (app: FastifyInstance, opts: PluginOptions) => {
  const { store, clock, reports } = opts;
  const brands = loadBrandNames();
  const assets = loadAssets();

  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
    // A `?report=` reference must not leak to the advice sites the page links to.
    referrerPolicy: { policy: 'no-referrer' },
    frameguard: { action: 'deny' },
  });
  app.addHook('onSend', async (_req, reply, payload) => {
    reply.header('permissions-policy', 'camera=(), microphone=(), geolocation=()');
    return payload;
  });

  app.get<{ Params: { name: string } }>(`${ASSET_PATH}/:name`, { schema: { hide: true } }, async (req, reply) => {
    const asset = assets.get(req.params.name);
    if (!asset) return sendError(reply, 404, 'E_NOT_FOUND', `no asset ${req.params.name}`);
    reply.header('etag', asset.etag).header('cache-control', 'no-cache');
    if (req.headers['if-none-match'] === asset.etag) return reply.code(304).send();
    return reply.type(asset.type).send(asset.body);
  });

  app.get<{ Querystring: { lang?: string; report?: string } }>('/', { schema: { hide: true } }, async (req, reply) => {
    const { lang, remember } = langOf(req, req.query.lang);
    const id = req.query.report;
    if (id === undefined) return sendPage(reply, 200, checkPage({ lang, brands }), lang, remember);
    const c = COPY[lang];
    const state = await detailsState(store, id);
    if (!state.exists) return sendPage(reply, 404, messagePage(lang, c.details.title, fill(c.details.notFound, { id: id.slice(0, 32) })), lang, remember, 'E_NOT_FOUND');
    if (state.hasSender && state.hasDetails) return sendPage(reply, 200, messagePage(lang, c.details.title, c.details.alreadyDone, { report: id }), lang, remember);
    return sendPage(reply, 200, detailsPage({ lang, id, hasSender: state.hasSender }), lang, remember);
  });

  app.post<{ Params: { id: string }; Body: DetailsInput }>('/api/v1/reports/:id/details', {
    config: opts.publicLimit,
    schema: {
      summary: "Add the lure's sender, where it arrived and a note to a report (public; each once). The 7726 reply links to the form for this.",
      params: { type: 'object', properties: { id: { type: 'string', pattern: REPORT_ID.source } } },
      body: {
        type: 'object', additionalProperties: false,
        properties: {
          sender: { type: 'string', maxLength: 32, description: 'the number or sender ID the message came from' },
          receivedVia: { type: 'string', enum: [...RECEIVED_VIA, ''] },
          note: { type: 'string', maxLength: NOTE_MAX },
        },
      },
      response: {
        200: { type: 'object', properties: { id: { type: 'string' }, added: { type: 'array', items: { type: 'string' } }, sender: { type: ['string', 'null'] } } },
        ...Object.fromEntries([400, 404, 409, 413, 429].map((s) => [s, { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' } } }])),
      },
    },
  }, async (req, reply) => {
    const r = await addDetails(store, clock, req.params.id, req.body ?? {}, (id, sender, also) => reports.setSender(id, sender, { kind: 'address', address: req.ip }, also));
    if (!r.ok) return sendError(reply, r.status, r.code, r.message);
    return { id: req.params.id, added: r.added, sender: r.sender };
  });

  // The fallbacks for browsers without JavaScript post forms; only these routes read them.
  await app.register(async (forms) => {
    await forms.register(formbody, { bodyLimit: BODY_LIMIT });
    // A browser showing a form gets a page, not JSON, when something goes wrong.
    forms.setErrorHandler((err: FastifyError, req, reply) => {
      const { lang } = langOf(req);
      const c = COPY[lang];
      const status = err.statusCode === 429 ? 429 : err.code === 'FST_ERR_CTP_BODY_TOO_LARGE' ? 413 : err.statusCode && err.statusCode < 500 ? err.statusCode : 500;
      if (status === 500) reply.log.error({ err }, 'form request failed');
      const code = status === 429 ? 'E_RATE_LIMITED' : status === 413 ? 'E_TEXT_TOO_LONG' : 'default';
      return sendPage(reply, status, messagePage(lang, c.errorTitle, errorText(lang, code)), lang, false, pageErrorCode(err));
    });

    forms.post<{ Body: FormBody }>('/', { config: opts.publicLimit, schema: { hide: true } }, async (req, reply) => {
      const body: FormBody = req.body && typeof req.body === 'object' ? req.body : {};
      const { lang } = langOf(req, body.lang);
      const text = field(body, 'text');
      const rawSender = field(body, 'sender').trim();
      const values = { text, sender: rawSender };
      const valid = reports.validate({ text, sender: rawSender });
      if (!valid.ok) {
        const errors: { text?: string; sender?: string } = {};
        for (const e of valid.errors) errors[e.field] ??= e.code;
        return sendPage(reply, 400, checkPage({ lang, brands, values, errors }), lang, false, errors.text ?? errors.sender);
      }
      const { sender } = valid;
      if (field(body, 'action') === 'check') {
        const summary = summarise(reports.analyse(text, sender), { lang, brands, sender: rawSender });
        return sendPage(reply, 200, checkPage({ lang, brands, values, summary }), lang);
      }
      const made = await reports.submit({ channel: 'web', text, sender: rawSender, reporter: { kind: 'address', address: req.ip } });
      if (!made.ok) return sendPage(reply, 400, checkPage({ lang, brands, values, errors: { [made.errors[0]!.field]: made.errors[0]!.code } }), lang, false, made.errors[0]!.code);
      const { id } = made;
      const summary = summarise(made.analysis, { lang, brands, sender: rawSender });
      return sendPage(reply, 201, thanksPage(lang, id, summary, sender !== null), lang);
    });

    forms.post<{ Body: FormBody }>('/details', { config: opts.publicLimit, schema: { hide: true } }, async (req, reply) => {
      const body: FormBody = req.body && typeof req.body === 'object' ? req.body : {};
      const { lang } = langOf(req, body.lang);
      const c = COPY[lang];
      const id = field(body, 'report');
      const values = { sender: field(body, 'sender'), receivedVia: field(body, 'receivedVia'), note: field(body, 'note') };
      const r = await addDetails(store, clock, id, values, (rid, sender, also) => reports.setSender(rid, sender, { kind: 'address', address: req.ip }, also));
      if (r.ok) return sendPage(reply, 200, messagePage(lang, c.live.detailsDoneTitle, fill(c.live.detailsDoneBody, { id })), lang);
      if (r.code === 'E_NOT_FOUND') return sendPage(reply, 404, messagePage(lang, c.details.title, fill(c.details.notFound, { id: id.slice(0, 32) })), lang, false, r.code);
      const state = await detailsState(store, id);
      const hasSender = state.exists && state.hasSender;
      const fieldOf = { E_BAD_SENDER: 'sender', E_HAS_SENDER: 'sender', E_BAD_NOTE: 'note', E_BAD_VIA: 'receivedVia', E_EMPTY_DETAILS: 'form', E_HAS_DETAILS: 'form' } as const;
      return sendPage(reply, r.status, detailsPage({ lang, id, hasSender, values, error: { field: fieldOf[r.code], code: r.code } }), lang, false, r.code);
    });
  });
};

export default formPlugin;
