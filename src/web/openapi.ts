// The OpenAPI description, completed after @fastify/swagger has built it from the routes:
// who may call what (security schemes, so /docs has an Authorize button), an operationId and
// a tag for every operation, a description for every response, the error codes behind each
// status, and what the schema-less routes (the traffic JSONL body, the worklist CSV) take and
// give. Done once over the document so that route files keep only their own schemas.
import { HTTP_ERRORS } from './errors.js';

type Json = Record<string, unknown>;
interface Operation extends Json {
  operationId?: string;
  tags?: string[];
  security?: Json[];
  responses?: Record<string, Json>;
  requestBody?: Json;
}

/** Operations anyone may call; an API key there names the caller's organisation. */
const PUBLIC = new Set(['GET /healthz', 'POST /api/v1/check', 'POST /api/v1/reports', 'POST /api/v1/reports/{id}/details', 'POST /api/v1/appeals', 'POST /api/v1/appeals/{id}/verify', 'GET /appeal', 'GET /api/v1/senders/lookup', 'GET /lookup']);

const OPERATION_IDS: Readonly<Record<string, string>> = {
  'GET /healthz': 'getHealth',
  'POST /api/v1/check': 'checkMessage',
  'POST /api/v1/reports': 'createReport',
  'GET /api/v1/reports': 'listReports',
  'GET /api/v1/reports/{id}': 'getReport',
  'POST /api/v1/reports/{id}/details': 'addReportDetails',
  'GET /api/v1/indicators': 'listIndicators',
  'POST /api/v1/traffic': 'postTraffic',
  'GET /api/v1/lines': 'listFlaggedLines',
  'GET /api/v1/cases': 'listCases',
  'GET /api/v1/cases/worklist.csv': 'getWorklistCsv',
  'GET /api/v1/cases/{id}': 'getCase',
  'PATCH /api/v1/cases/{id}': 'updateCase',
  'GET /api/v1/warnings': 'listWarnings',
  'GET /api/v1/warnings/control': 'getWarningControl',
  'POST /api/v1/warnings/{id}/approve': 'approveWarning',
  'POST /api/v1/warnings/{id}/deny': 'denyWarning',
  'POST /api/v1/warnings/approve': 'approveWarnings',
  'POST /api/v1/warnings/deny': 'denyWarnings',
  'POST /api/v1/warnings/stop': 'stopWarnings',
  'POST /api/v1/warnings/resume': 'resumeWarnings',
  'GET /api/v1/consent/{line}': 'getConsent',
  'PUT /api/v1/consent/{line}': 'setConsent',
  'GET /api/v1/consent/{line}/history': 'getConsentHistory',
  'POST /api/v1/consent/{line}/reassign': 'reassignLine',
  'GET /api/v1/senders/lookup': 'lookupSender',
  'GET /lookup': 'getLookupPage',
  'GET /api/v1/senders': 'listRegisteredSenders',
  'POST /api/v1/senders': 'registerSender',
  'PATCH /api/v1/senders/{value}': 'updateRegisteredSender',
  'POST /api/v1/senders/{value}/revoke': 'revokeRegisteredSender',
  'GET /api/v1/aggregators': 'listAggregators',
  'PUT /api/v1/aggregators/{org}': 'setAggregatorRoutes',
  'GET /api/v1/aggregator/notices': 'listOwnAggregatorNotices',
  'POST /api/v1/aggregator/notices/{id}/acknowledge': 'acknowledgeAggregatorNotice',
  'POST /api/v1/aggregator/notices/{id}/actioned': 'actionAggregatorNotice',
  'GET /api/v1/aggregator-notices': 'listAggregatorNotices',
  'POST /api/v1/aggregator-notices/{id}/assign': 'assignAggregatorNotice',
  'POST /api/v1/appeals': 'createAppeal',
  'POST /api/v1/appeals/{id}/verify': 'verifyAppeal',
  'GET /api/v1/appeals': 'listAppeals',
  'GET /api/v1/appeals/{id}': 'getAppeal',
  'POST /api/v1/appeals/{id}/decision': 'decideAppeal',
  'GET /appeal': 'getAppealPage',
};

export const TAGS = [
  { name: 'check', description: 'Is this a scam? One message analysed, nothing stored.' },
  { name: 'reports', description: 'Smishing reports from subscribers and carriers, and the indicators drawn from them.' },
  { name: 'lines', description: 'Traffic records in; infected lines, their cases, the warnings analysts approve and the call-centre worklist out.' },
  { name: 'consent', description: "Each subscriber line's consent to detection, warnings, filtering and C&C blocking." },
  { name: 'sharing', description: 'Confirmed indicators out to partners: TAXII 2.1 (bearer API key or HTTP Basic with the key as password), one STIX 2.1 bundle, a DNS RPZ zone, CSV.' },
  { name: 'senders', description: 'The sender registry: who is behind a 0005 number, short code, sender ID or business number; the public lookup and its administration.' },
  { name: 'aggregators', description: 'Aggregator accountability: notices of flagged reports over the routes an aggregator carries, and their acknowledged/actioned states.' },
  { name: 'appeals', description: "A sender's or a domain owner's appeal against a block: proof of ownership by DNS TXT or a well-known file, analysts' decisions, and the allow-list they feed." },
  { name: 'operations', description: 'Health of the server.' },
] as const;

function tagOf(path: string): string {
  if (path === '/api/v1/check') return 'check';
  if (path.startsWith('/api/v1/reports') || path.startsWith('/api/v1/indicators')) return 'reports';
  if (path.startsWith('/api/v1/traffic') || path.startsWith('/api/v1/lines') || path.startsWith('/api/v1/cases') || path.startsWith('/api/v1/warnings')) return 'lines';
  if (path.startsWith('/api/v1/consent')) return 'consent';
  if (path.startsWith('/api/v1/senders') || path === '/lookup') return 'senders';
  if (path.startsWith('/api/v1/aggregator')) return 'aggregators';
  if (path.startsWith('/api/v1/appeals') || path === '/appeal') return 'appeals';
  return 'operations';
}

/** getReportsById for `GET /api/v1/reports/{id}`, for routes the table does not name. */
function generatedId(method: string, path: string): string {
  const words = path.replace(/^\/api\/v1/, '').split('/').filter(Boolean)
    .map((p) => (p.startsWith('{') ? `By-${p.slice(1, -1)}` : p))
    .flatMap((p) => p.split(/[^A-Za-z0-9]+/)).filter(Boolean);
  return method.toLowerCase() + words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
}

const SUCCESS: Readonly<Record<string, string>> = { 200: 'OK', 201: 'Created: the report is stored', 202: 'Accepted', 204: 'No content', 304: 'Not modified' };

/** The HTTP_ERRORS codes a status can carry, for its description. */
function errorDescription(status: number): string {
  const codes = Object.entries(HTTP_ERRORS).filter(([, [s]]) => s === status).map(([code, [, what]]) => `\`${code}\`: ${what}`);
  const head = `Refused: \`{code, message}\` with a stable code.`;
  return codes.length ? `${head}\n\n${codes.map((c) => `- ${c}`).join('\n')}` : `${head} The route's own codes are in its summary.`;
}

const ERROR_REF = { $ref: '#/components/schemas/Error' };
const ERROR_CONTENT = { 'application/json': { schema: ERROR_REF } };

/** Returns the document with what @fastify/swagger cannot know filled in. */
export function completeSpec<T extends Json>(doc: T): T {
  const d = doc as Json & { info?: Json; components?: Json; paths?: Record<string, Record<string, Operation>> };
  d.info = {
    ...d.info,
    license: { name: 'Apache-2.0', url: 'https://www.apache.org/licenses/LICENSE-2.0' },
  };
  d.servers = [{ url: '/', description: 'this server' }];
  d.tags = TAGS.map((t) => ({ ...t }));
  d.components = {
    ...d.components,
    securitySchemes: {
      basicAuth: {
        type: 'http', scheme: 'basic',
        description: 'For TAXII clients that speak only Basic: any user name, the API key as the password.',
      },
      apiKey: {
        type: 'http', scheme: 'bearer', bearerFormat: 'sg_…',
        description: 'An API key from `smishguard keys create --org NAME --role analyst|carrier|partner|reporter|admin|aggregator`, sent as `Authorization: Bearer sg_…`. Wrong keys are refused (401 `E_BAD_KEY`); ten from one address in a minute and it is refused (429 `E_RATE_LIMITED`).',
      },
    },
    schemas: {
      ...(d.components?.schemas as Json | undefined),
      Error: {
        type: 'object', required: ['code', 'message'],
        properties: {
          code: { type: 'string', pattern: '^E_[A-Z0-9_]+$', description: 'Stable: search for it in the README error list.', example: 'E_VALIDATION' },
          message: { type: 'string', description: 'For people; names the offending field where there is one.', example: 'text: must NOT have fewer than 1 characters' },
        },
      },
    },
  };
  // Pages people use are described too, where the API leads to them (routes themselves are hidden: they answer HTML).
  if (d.paths?.['/api/v1/appeals']) {
    d.paths['/appeal'] = {
      get: {
        summary: 'The public appeal page (HTML, no script): Japanese first, `?lang=en` for English. It posts to itself and shows the verification token once, with where to publish it.',
        parameters: [{ name: 'lang', in: 'query', required: false, schema: { type: 'string', enum: ['ja', 'en'] } }] as unknown as Json[],
        responses: { 200: { description: 'The form', content: { 'text/html': { schema: { type: 'string' } } } } },
      } as Operation,
    };
  }
  for (const [path, item] of Object.entries(d.paths ?? {})) {
    for (const [method, op] of Object.entries(item)) {
      const key = `${method.toUpperCase()} ${path}`;
      op.operationId ??= OPERATION_IDS[key] ?? generatedId(method, path);
      if (!op.tags?.length) op.tags = [tagOf(path)];
      op.security = PUBLIC.has(key) ? [{}, { apiKey: [] }] : path.startsWith('/taxii2') ? [{ apiKey: [] }, { basicAuth: [] }] : [{ apiKey: [] }];
      const responses: Record<string, Json> = { ...op.responses };
      if (key === 'GET /api/v1/cases/worklist.csv') {
        responses['200'] = {
          description: 'The worklist, RFC 4180 CSV with a header row; cells a spreadsheet would run start with an apostrophe.',
          content: { 'text/csv': { schema: { type: 'string' }, example: 'case_id,line,kind,state,reopened,score,last_flagged_at,opened_at,updated_at\r\nC-…,09012345678,infected,warned,1,80,2026-11-03T10:00:00.000Z,…\r\n' } },
        };
      }
      if (key === 'GET /lookup') {
        responses['200'] = {
          description: 'The page (HTML): the form, and the answer when `sender` was given.',
          content: { 'text/html': { schema: { type: 'string' }, example: '<!doctype html><html lang="ja">…<h1>この番号・送信元は誰？</h1>…' } },
        };
        responses['400'] = { description: 'The page with the refusal (`x-error-code: E_BAD_SENDER`) when `sender` is no number or sender ID.', content: { 'text/html': { schema: { type: 'string' } } } };
      }
      if (key === 'POST /api/v1/traffic') {
        const schema = { type: 'string', description: 'JSON Lines: one traffic record `{"ts","from","to","origin","text"?}` a line; at most 8 MiB, each record at most 64 KiB and 32 levels deep.' };
        const example = '{"ts":"2026-11-02T09:00:00+09:00","from":"09012345678","to":"08011112222","origin":"handset","text":"…"}\n';
        op.requestBody = {
          required: true,
          content: Object.fromEntries(['application/x-ndjson', 'application/jsonl', 'application/json', 'text/plain'].map((t) => [t, { schema, example }])),
        };
      }
      // Every route can meet the errors raised before it runs.
      responses['400'] ??= { description: '', content: ERROR_CONTENT };
      for (const [status, r] of Object.entries(responses)) {
        const n = Number(status);
        if (r.description && r.description !== 'Default Response') continue;
        responses[status] = { ...r, description: n >= 400 ? errorDescription(n) : (SUCCESS[status] ?? 'OK') };
      }
      responses.default = {
        description: 'Errors before or outside the route: `E_BAD_HTTP` (400), `E_TIMEOUT` (408), `E_URL_TOO_LONG` (414), `E_HEADERS_TOO_LARGE` (431), `E_RATE_LIMITED` (429), `E_INTERNAL` (500).',
        content: ERROR_CONTENT,
      };
      op.responses = responses;
    }
  }
  return doc;
}
