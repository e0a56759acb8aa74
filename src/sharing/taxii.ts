// TAXII 2.1 (OASIS, 2021) over the published feed: discovery, one API root, its collections,
// objects and manifest with limit/next paging, added_after and match[…] filters, each object's
// versions. Read only: partners pull what the hub's analysts confirmed.
//
// Paging is by publication order (feed seq), never by offset: `next` names the last entry a
// page held, so objects published while a partner pages come after it, and none is missed or
// repeated. Media type: application/taxii+json;version=2.1, answered only to clients that
// accept it (406 otherwise); errors are TAXII error messages carrying our E_ code.
import type {
  FastifyInstance, FastifyReply, FastifyRequest, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault, RouteGenericInterface, RouteHandlerMethod, RouteShorthandOptions,
} from 'fastify';
import type { FeedEntry, VersionMatch } from './feed.js';
import { randomUUID } from 'node:crypto';
import { INDICATORS_COLLECTION, type SharingFeed } from './feed.js';
import { CAMPAIGNS_COLLECTION } from './campaign-feed.js';
import type { TaxiiStatuses } from './taxii-status.js';
import { uuidv5 } from './ids.js';
import type { Sharing, Tlp } from './index.js';

export const TAXII_MEDIA = 'application/taxii+json;version=2.1';
export const STIX_MEDIA = 'application/stix+json;version=2.1';
export const API_ROOT = '/taxii2/api/';
const DEFAULT_LIMIT = 1000;
const MAX_LIMIT = 10_000;

/** Does the Accept header take TAXII 2.1? (A TAXII media type without a version means the latest, 2.1.) */
export function acceptsTaxii(accept: string | undefined): boolean {
  if (!accept) return false;
  return accept.split(',').some((part) => {
    const [type, ...params] = part.split(';').map((p) => p.trim().toLowerCase());
    if (type !== 'application/taxii+json') return false;
    const version = params.find((p) => p.startsWith('version='))?.slice(8);
    const q = params.find((p) => p.startsWith('q='))?.slice(2);
    return (version === undefined || version === '2.1') && (q === undefined || Number(q) > 0);
  });
}

/** TAXII's error message, with our stable code as its error_code. */
export function taxiiError(status: number, code: string, title: string, description?: string): object {
  return { title, ...(description ? { description } : {}), error_code: code, http_status: String(status) };
}

function send(reply: FastifyReply, status: number, body: object): FastifyReply {
  // A Buffer, so that Fastify sends the media type exactly as TAXII spells it (a string body
  // would get it rewritten as `version="2.1"; charset=utf-8`, which strict clients refuse).
  return reply.code(status).header('content-type', TAXII_MEDIA).send(Buffer.from(JSON.stringify(body)));
}
function refuse(reply: FastifyReply, status: number, code: string, title: string, description?: string): FastifyReply {
  return send(reply.header('x-error-code', code), status, taxiiError(status, code, title, description));
}

/** `next` tokens: the seq of the last entry served, opaque to clients. */
const cursorOf = (seq: number): string => Buffer.from(`s${seq}`).toString('base64url');
function seqOf(next: string): number | null {
  const m = /^s([0-9]{1,15})$/.exec(Buffer.from(next, 'base64url').toString('latin1'));
  return m ? Number(m[1]) : null;
}

const TIMESTAMP = /^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,9})?Z$/;
/** A TAXII timestamp as the feed stores times (ISO with milliseconds). */
function isoOf(t: string): string | null {
  if (!TIMESTAMP.test(t)) return null;
  const ms = Date.parse(t);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

type Query = { limit?: string; next?: string; added_after?: string; 'match[id]'?: string; 'match[type]'?: string; 'match[version]'?: string; 'match[spec_version]'?: string };
type Filters = { ok: true; limit: number; afterSeq?: number; addedAfter?: string; ids?: string[]; types?: string[]; versions: VersionMatch; none: boolean } | { ok: false; message: string };

function filtersOf(q: Query, defaultVersions: VersionMatch): Filters {
  const list = (s: string | undefined): string[] | undefined => s?.split(',').map((x) => x.trim()).filter(Boolean);
  const limit = q.limit === undefined ? DEFAULT_LIMIT : Number(q.limit);
  if (!Number.isInteger(limit) || limit < 1) return { ok: false, message: 'limit: a positive integer' };
  let afterSeq: number | undefined;
  if (q.next !== undefined) {
    const s = seqOf(q.next);
    if (s === null) return { ok: false, message: 'next: not a token this server gave' };
    afterSeq = s;
  }
  let addedAfter: string | undefined;
  if (q.added_after !== undefined) {
    const t = isoOf(q.added_after);
    if (!t) return { ok: false, message: 'added_after: not a timestamp (YYYY-MM-DDTHH:MM:SS[.s]Z)' };
    addedAfter = t;
  }
  let versions: VersionMatch = defaultVersions;
  const vs = list(q['match[version]']);
  if (vs?.length) {
    if (vs.length === 1 && (vs[0] === 'last' || vs[0] === 'first' || vs[0] === 'all')) versions = vs[0];
    else {
      const times = vs.map(isoOf);
      if (times.some((t) => t === null)) return { ok: false, message: "match[version]: 'last', 'first', 'all' or timestamps" };
      versions = times as string[];
    }
  }
  // Everything here is STIX 2.1: another spec_version matches nothing.
  const specs = list(q['match[spec_version]']);
  return { ok: true, limit: Math.min(limit, MAX_LIMIT), afterSeq, addedAfter, ids: list(q['match[id]']), types: list(q['match[type]']), versions, none: specs !== undefined && !specs.includes('2.1') };
}

const errorSchema = {
  type: 'object', description: 'A TAXII 2.1 error message; error_code is our stable E_ code.',
  properties: { title: { type: 'string' }, description: { type: 'string' }, error_code: { type: 'string' }, http_status: { type: 'string' } },
} as const;
const taxiiContent = (schema: object, description: string) => ({ description, content: { [TAXII_MEDIA]: { schema } } });
// Descriptions left empty: the OpenAPI completion lists the E_ codes behind each status.
const errors = Object.fromEntries([400, 401, 403, 404, 406].map((s) => [s, taxiiContent(errorSchema, '')]));
const filterProps = {
  limit: { type: 'string', pattern: '^[0-9]{1,9}$', description: `page size, default ${DEFAULT_LIMIT}, at most ${MAX_LIMIT}` },
  next: { type: 'string', maxLength: 64, description: 'the `next` of the previous page' },
  added_after: { type: 'string', maxLength: 40, description: 'only objects added after this time' },
  'match[id]': { type: 'string', maxLength: 4096, description: 'comma-separated STIX ids' },
  'match[type]': { type: 'string', maxLength: 512, description: 'comma-separated STIX types' },
  'match[version]': { type: 'string', maxLength: 4096, description: "'last' (default), 'first', 'all', or comma-separated modified timestamps" },
  'match[spec_version]': { type: 'string', maxLength: 64, description: 'comma-separated; everything here is 2.1' },
} as const;
const envelope = {
  type: 'object',
  properties: { more: { type: 'boolean' }, next: { type: 'string' }, objects: { type: 'array', items: { type: 'object', additionalProperties: true } } },
} as const;
const manifest = {
  type: 'object',
  properties: {
    more: { type: 'boolean' }, next: { type: 'string' },
    objects: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, date_added: { type: 'string' }, version: { type: 'string' }, media_type: { type: 'string' } } } },
  },
} as const;
const collection = {
  type: 'object',
  properties: {
    id: { type: 'string' }, title: { type: 'string' }, description: { type: 'string' }, alias: { type: 'string' },
    can_read: { type: 'boolean' }, can_write: { type: 'boolean' }, media_types: { type: 'array', items: { type: 'string' } },
  },
} as const;

export interface TaxiiDeps {
  readonly sharing: Sharing;
  readonly guard: (req: FastifyRequest, reply: FastifyReply, done: (err?: Error) => void) => void;
  /** Where partners' reads are audited. */
  readonly audit: (req: FastifyRequest, action: string, subject: string, count: number) => Promise<void>;
  /** Who may add objects to the write collection. */
  readonly writers: (req: FastifyRequest, reply: FastifyReply, done: (err?: Error) => void) => void;
  /** Records a partner's objects as its evidence: how many of them became evidence, and why the others did not. */
  /** Add Objects statuses, in the store (taxii-status.ts). */
  readonly statuses: TaxiiStatuses;
  /** The caller's marking: its sharing groups' (the strictest), else the hub's. */
  readonly tlpFor: (req: FastifyRequest) => Promise<Tlp>;
  readonly clock: () => Date;
  readonly submit: (req: FastifyRequest, objects: unknown[]) => Promise<{ ok: true; accepted: number; skipped: number } | { ok: false; message: string }>;
}

/** The write collection: partners add STIX objects, which become their evidence (never readable back). */
export const SUBMISSIONS_COLLECTION = uuidv5('collection:partner-submissions');

export function taxiiRoutes(app: FastifyInstance, deps: TaxiiDeps): void {
  const { sharing } = deps;
  const collectionInfo = {
    id: INDICATORS_COLLECTION, title: 'Confirmed smishing indicators', alias: 'confirmed-indicators',
    description: `URLs, domains, host names and phone numbers in smishing SMS that ${sharing.org}'s analysts confirmed; revoked versions when they withdraw one. TLP:${sharing.tlp.toUpperCase()}.`,
    can_read: true, can_write: false, media_types: [STIX_MEDIA],
  };

  // TAXII's own errors and media type for everything under /taxii2, whoever refuses (the
  // app's authentication, validation, 404): the stable code stays in error_code.
  app.addHook('onSend', async (req, reply, payload) => {
    if (!req.url.startsWith('/taxii2')) return payload;
    if (reply.statusCode === 401) reply.header('www-authenticate', 'Basic realm="smishguard TAXII", Bearer realm="smishguard TAXII"');
    if (reply.statusCode < 400 || typeof payload !== 'string' || !payload.startsWith('{"code":"E_')) return payload;
    const e = JSON.parse(payload) as { code: string; message: string };
    reply.header('content-type', TAXII_MEDIA);
    return Buffer.from(JSON.stringify(taxiiError(reply.statusCode, e.code, e.message)));
  });
  // TAXII content only to clients that accept it; checked after the credentials.
  const accepts = (req: FastifyRequest, reply: FastifyReply, done: (err?: Error) => void): void => {
    if (acceptsTaxii(req.headers.accept)) { done(); return; }
    void refuse(reply, 406, 'E_NOT_ACCEPTABLE', 'Not acceptable', `send Accept: ${TAXII_MEDIA}`);
  };
  const preHandler = [deps.guard, accepts];
  const submissionsInfo = {
    id: SUBMISSIONS_COLLECTION, title: 'Partner submissions', alias: 'partner-submissions',
    description: `Add STIX 2.1 indicators (URLs, domain names, phone numbers) you have seen in smishing: each becomes your organisation's evidence in ${sharing.org}'s trust model, one reporter, never a confirmation. Write only.`,
    can_read: false, can_write: true, media_types: [STIX_MEDIA],
  };
  const campaignsInfo = {
    id: CAMPAIGNS_COLLECTION, title: 'Smishing campaigns', alias: 'campaigns',
    description: `Campaigns ${sharing.org} sees (lures grouped by near-duplicate text and shared infrastructure): counts, timeline, brands, masked example texts, and \`indicates\` relationships from the confirmed indicators (collection confirmed-indicators) their lures name. Never a reporter. TLP:${sharing.tlp.toUpperCase()}.`,
    can_read: true, can_write: false, media_types: [STIX_MEDIA],
  };
  const isSubmissions = (id: string): boolean => id === SUBMISSIONS_COLLECTION || id === submissionsInfo.alias;
  /** The readable collection's feed, or null (refused). */
  const feedOf = (id: string, reply: FastifyReply): SharingFeed | null => {
    if (id === INDICATORS_COLLECTION || id === collectionInfo.alias) return sharing.feed;
    if (id === CAMPAIGNS_COLLECTION || id === campaignsInfo.alias) return sharing.campaignFeed;
    if (isSubmissions(id)) void refuse(reply, 403, 'E_FORBIDDEN', 'The collection is write only', 'add objects with POST; nothing is read back');
    else void refuse(reply, 404, 'E_NOT_FOUND', 'No such collection', id.slice(0, 80));
    return null;
  };
  const inCollection = (id: string, reply: FastifyReply): boolean => feedOf(id, reply) !== null;
  const infoOf = (id: string): object => (id === CAMPAIGNS_COLLECTION || id === campaignsInfo.alias ? campaignsInfo : collectionInfo);
  const params = { type: 'object', properties: { id: { type: 'string', maxLength: 100, description: 'the collection id (or its alias)' } } } as const;
  const objParams = { type: 'object', properties: { id: params.properties.id, objectId: { type: 'string', maxLength: 200 } } } as const;
  const tags = ['sharing'];
  // TAXII's URLs end in a slash; OpenAPI linters refuse paths that do. Each route answers both
  // ways, and the description names the one without (the TAXII one is the same, hidden).
  const route = <T extends RouteGenericInterface>(path: string, o: RouteShorthandOptions & { schema: object }, handler: RouteHandlerMethod<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, T>): void => {
    app.get<T>(path, { ...o, schema: { ...o.schema, hide: true } }, handler);
    app.get<T>(path.replace(/\/$/, ''), o, handler);
  };

  route('/taxii2/', {
    preHandler,
    schema: { tags, operationId: 'taxiiDiscovery', summary: 'TAXII 2.1 discovery: the API roots (partners, carriers, analysts).', response: { 200: taxiiContent({ type: 'object', additionalProperties: true }, 'Discovery'), ...errors } },
  }, async (_req, reply) => send(reply, 200, {
    title: `${sharing.org} smishing indicators`, description: 'Confirmed smishing indicators (STIX 2.1), from smishguard.', default: API_ROOT, api_roots: [API_ROOT],
  }));

  route('/taxii2/api/', {
    preHandler,
    schema: { tags, operationId: 'taxiiApiRoot', summary: 'TAXII 2.1 API root.', response: { 200: taxiiContent({ type: 'object', additionalProperties: true }, 'The API root'), ...errors } },
  }, async (_req, reply) => send(reply, 200, { title: 'smishguard sharing', versions: [TAXII_MEDIA], max_content_length: 0 }));

  route('/taxii2/api/collections/', {
    preHandler,
    schema: { tags, operationId: 'taxiiCollections', summary: 'TAXII 2.1 collections.', response: { 200: taxiiContent({ type: 'object', properties: { collections: { type: 'array', items: collection } } }, 'The collections'), ...errors } },
  }, async (_req, reply) => send(reply, 200, { collections: [collectionInfo, submissionsInfo, campaignsInfo] }));

  route<{ Params: { id: string } }>('/taxii2/api/collections/:id/', {
    preHandler,
    schema: { tags, operationId: 'taxiiCollection', summary: 'One TAXII 2.1 collection.', params, response: { 200: taxiiContent(collection, 'The collection'), ...errors } },
  }, async (req, reply) => (isSubmissions(req.params.id) ? send(reply, 200, submissionsInfo) : inCollection(req.params.id, reply) ? send(reply, 200, infoOf(req.params.id)) : reply));

  /** A page of the feed with TAXII's paging headers. */
  async function pageOf(req: FastifyRequest<{ Params: { id: string }; Querystring: Query }>, reply: FastifyReply, base: { ids?: string[] }, defaultVersions: VersionMatch):
    Promise<{ entries: FeedEntry[]; more: boolean; next?: string } | null> {
    const f = filtersOf(req.query, defaultVersions);
    if (!f.ok) { void refuse(reply, 400, 'E_VALIDATION', 'Bad query', f.message); return null; }
    const feed = feedOf(req.params.id, reply) as SharingFeed;
    if (feed === sharing.feed) await sharing.sync();
    else await feed.sync();
    const ids = base.ids ?? f.ids;
    if (f.none || (base.ids && f.ids && !f.ids.some((i) => base.ids?.includes(i)))) return { entries: [], more: false };
    const { entries, more } = await feed.page({ limit: f.limit, afterSeq: f.afterSeq, addedAfter: f.addedAfter, ids, types: f.types, versions: f.versions });
    if (entries.length) {
      reply.header('x-taxii-date-added-first', entries[0]?.addedAt).header('x-taxii-date-added-last', entries[entries.length - 1]?.addedAt);
    }
    return { entries, more, ...(more && entries.length ? { next: cursorOf(entries[entries.length - 1]!.seq) } : {}) };
  }

  const objectsOf = (p: { entries: FeedEntry[]; more: boolean; next?: string }, tlp: Tlp): string =>
    (p.entries.length === 0 ? '{}' : `{"more":${p.more}${p.next ? `,"next":${JSON.stringify(p.next)}` : ''},"objects":[${p.entries.map((e) => sharing.remark(e.json, tlp)).join(',')}]}`);

  route<{ Params: { id: string }; Querystring: Query }>('/taxii2/api/collections/:id/objects/', {
    preHandler,
    schema: {
      tags, operationId: 'taxiiObjects', summary: 'The objects of a TAXII 2.1 collection, a page at a time in the order they were added (limit, next, added_after, match[id|type|version|spec_version]).',
      params, querystring: { type: 'object', additionalProperties: false, properties: filterProps }, response: { 200: taxiiContent(envelope, 'A page of objects (an empty envelope when none match)'), ...errors },
    },
  }, async (req, reply) => {
    if (!inCollection(req.params.id, reply)) return reply;
    const p = await pageOf(req, reply, {}, 'last');
    if (!p) return reply;
    await deps.audit(req, 'sharing.taxii.objects', req.params.id, p.entries.length);
    return reply.code(200).header('content-type', TAXII_MEDIA).send(Buffer.from(objectsOf(p, await deps.tlpFor(req))));
  });

  route<{ Params: { id: string; objectId: string }; Querystring: Query }>('/taxii2/api/collections/:id/objects/:objectId/', {
    preHandler,
    schema: {
      tags, operationId: 'taxiiObject', summary: 'One object of a TAXII 2.1 collection (its latest version unless match[version] says otherwise).',
      params: objParams, querystring: { type: 'object', additionalProperties: false, properties: filterProps }, response: { 200: taxiiContent(envelope, 'The object'), ...errors },
    },
  }, async (req, reply) => {
    if (!inCollection(req.params.id, reply)) return reply;
    const p = await pageOf(req, reply, { ids: [req.params.objectId] }, 'last');
    if (!p) return reply;
    if (p.entries.length === 0 && req.query.next === undefined) {
      const any = await (feedOf(req.params.id, reply) as SharingFeed).page({ limit: 1, ids: [req.params.objectId], versions: 'all' });
      if (any.entries.length === 0) return refuse(reply, 404, 'E_NOT_FOUND', 'No such object', req.params.objectId.slice(0, 120));
    }
    await deps.audit(req, 'sharing.taxii.object', req.params.objectId, p.entries.length);
    return reply.code(200).header('content-type', TAXII_MEDIA).send(Buffer.from(objectsOf(p, await deps.tlpFor(req))));
  });

  route<{ Params: { id: string; objectId: string }; Querystring: Query }>('/taxii2/api/collections/:id/objects/:objectId/versions/', {
    preHandler,
    schema: {
      tags, operationId: 'taxiiObjectVersions', summary: "The versions of one object in a TAXII 2.1 collection (each one's `modified`).",
      params: objParams, querystring: { type: 'object', additionalProperties: false, properties: { limit: filterProps.limit, next: filterProps.next, added_after: filterProps.added_after, 'match[spec_version]': filterProps['match[spec_version]'] } },
      response: { 200: taxiiContent({ type: 'object', properties: { more: { type: 'boolean' }, next: { type: 'string' }, versions: { type: 'array', items: { type: 'string' } } } }, 'The versions'), ...errors },
    },
  }, async (req, reply) => {
    if (!inCollection(req.params.id, reply)) return reply;
    const p = await pageOf(req, reply, { ids: [req.params.objectId] }, 'all');
    if (!p) return reply;
    if (p.entries.length === 0 && req.query.next === undefined) return refuse(reply, 404, 'E_NOT_FOUND', 'No such object', req.params.objectId.slice(0, 120));
    return send(reply, 200, { more: p.more, ...(p.next ? { next: p.next } : {}), versions: p.entries.map((e) => e.modified) });
  });

  route<{ Params: { id: string }; Querystring: Query }>('/taxii2/api/collections/:id/manifest/', {
    preHandler,
    schema: {
      tags, operationId: 'taxiiManifest', summary: 'The manifest of a TAXII 2.1 collection: id, date added, version and media type of each object, paged like the objects.',
      params, querystring: { type: 'object', additionalProperties: false, properties: filterProps }, response: { 200: taxiiContent(manifest, 'A page of the manifest'), ...errors },
    },
  }, async (req, reply) => {
    if (!inCollection(req.params.id, reply)) return reply;
    const p = await pageOf(req, reply, {}, 'last');
    if (!p) return reply;
    await deps.audit(req, 'sharing.taxii.manifest', req.params.id, p.entries.length);
    if (p.entries.length === 0) return send(reply, 200, {});
    return send(reply, 200, {
      more: p.more, ...(p.next ? { next: p.next } : {}),
      objects: p.entries.map((e) => ({ id: e.id, date_added: e.addedAt, version: e.modified, media_type: STIX_MEDIA })),
    });
  });

  // TAXII's Add Objects: an envelope in, a status resource out (complete at once: the evidence is committed before the answer).
  const postRoute = <T extends RouteGenericInterface>(path: string, o: RouteShorthandOptions & { schema: object }, handler: RouteHandlerMethod<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, T>): void => {
    app.post<T>(path, { ...o, schema: { ...o.schema, hide: true } }, handler);
    app.post<T>(path.replace(/\/$/, ''), o, handler);
  };
  const statusSchema = {
    type: 'object',
    properties: {
      id: { type: 'string' }, status: { type: 'string' }, request_timestamp: { type: 'string' },
      total_count: { type: 'integer' }, success_count: { type: 'integer' }, failure_count: { type: 'integer' }, pending_count: { type: 'integer' },
      failures: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, version: { type: 'string' }, message: { type: 'string' } } } },
    },
  } as const;
  postRoute<{ Params: { id: string }; Body: { objects?: unknown[] } }>('/taxii2/api/collections/:id/objects/', {
    preHandler: [deps.writers, accepts],
    bodyLimit: 8 * 1024 * 1024,
    schema: {
      tags, operationId: 'taxiiAddObjects',
      summary: "TAXII 2.1 Add Objects to the write collection (partner-submissions; partners and carriers): an envelope of STIX 2.1 objects, whose URL, domain-name and phone-number indicators become the caller's organisation's evidence. Answers a status resource, complete. `E_BAD_BUNDLE`: not an envelope.",
      params, body: { type: 'object', additionalProperties: true, properties: { objects: { type: 'array', maxItems: 10000 } } },
      response: { 202: taxiiContent(statusSchema, 'The status of the request (complete)'), ...errors, 413: taxiiContent(errorSchema, ''), 415: taxiiContent(errorSchema, '') },
    },
  }, async (req, reply) => {
    if (!isSubmissions(req.params.id)) {
      const known = [INDICATORS_COLLECTION, collectionInfo.alias, CAMPAIGNS_COLLECTION, campaignsInfo.alias].includes(req.params.id);
      return refuse(reply, known ? 403 : 404, known ? 'E_FORBIDDEN' : 'E_NOT_FOUND', known ? 'The collection is read only' : 'No such collection', req.params.id.slice(0, 80));
    }
    const objects = Array.isArray(req.body?.objects) ? req.body.objects : null;
    if (!objects) return refuse(reply, 400, 'E_BAD_BUNDLE', 'Not an envelope', 'send {"objects":[…]}');
    const at = deps.clock().toISOString();
    const r = await deps.submit(req, objects);
    if (!r.ok) return refuse(reply, 400, 'E_BAD_BUNDLE', 'Bad objects', r.message);
    const notIndicators = objects.filter((x) => (x as { type?: unknown } | null)?.type !== 'indicator');
    const failures = [...notIndicators.map((x) => ({ id: String((x as { id?: unknown } | null)?.id ?? ''), message: 'not an indicator this hub reads' }))].slice(0, 100);
    const failureCount = notIndicators.length + r.skipped;
    const status = {
      id: randomUUID(), status: 'complete', request_timestamp: at, total_count: objects.length,
      success_count: objects.length - failureCount, failure_count: failureCount, pending_count: 0, ...(failures.length ? { failures } : {}),
    };
    await deps.statuses.save(req.caller!.org, status);
    await deps.audit(req, 'sharing.taxii.add', req.params.id, r.accepted);
    return send(reply, 202, status);
  });

  route<{ Params: { statusId: string } }>('/taxii2/api/status/:statusId/', {
    preHandler: [deps.writers, accepts],
    schema: {
      tags, operationId: 'taxiiStatus', summary: 'The status of an Add Objects request: kept in the store for 30 days, readable by the organisation that posted it.',
      params: { type: 'object', properties: { statusId: { type: 'string', maxLength: 64 } } }, response: { 200: taxiiContent(statusSchema, 'The status'), ...errors },
    },
  }, async (req, reply) => {
    const st = await deps.statuses.get(req.params.statusId, req.caller!);
    return st ? send(reply, 200, st) : refuse(reply, 404, 'E_NOT_FOUND', 'No such status', req.params.statusId.slice(0, 64));
  });

}
