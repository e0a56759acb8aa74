// The sharing plugin of the HTTP app: TAXII 2.1 (taxii.ts), and the same confirmed indicators
// as one STIX bundle, an RPZ zone and CSV, for partners (API key role partner), carriers,
// analysts and admins. Every read publishes pending changes first, so a confirmation is
// out on the next request.
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { PluginOptions } from '../web/plugins.js';
import { DEFAULT_ORG, DEFAULT_RPZ_ZONE, dnsName, openSharing, openSharingGroups, strictestTlp, type Tlp } from './index.js';
import { sharedLines } from './lines.js';
import { shareCampaign } from './campaign-store.js';
import { STIX_MEDIA, taxiiRoutes } from './taxii.js';
import { taxiiStatuses } from './taxii-status.js';
import { getReputationData, openIndicatorStore } from '../reputation/index.js';
import { jsonGuard } from '../web/json-guard.js';
import { MAX_IMPORT, recordPartnerBundle } from './import.js';
import { campaignObjects, bundleChunks } from './stix.js';
import { uuidv5 } from './ids.js';
import { isIPv4, isIPv6 } from 'node:net';
import { openConsent } from '../consent/index.js';
import { cncExemptList, cncZone, DEFAULT_CNC_ZONE } from './cnc.js';

const IMPORT_LIMIT = 8 * 1024 * 1024;

const READERS = ['partner', 'carrier', 'analyst', 'admin'] as const;
const errorSchema = { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' } } } as const;
const refusals = { 400: errorSchema, 401: errorSchema, 403: errorSchema };

const plugin: FastifyPluginAsync<PluginOptions> = async (app, opts) => {
  const cfg = opts.settings.sharing ?? {};
  const sharing = openSharing(opts.store, { org: cfg.org ?? DEFAULT_ORG, tlp: cfg.tlp, clock: opts.clock });
  const guard = opts.requireRole(...READERS);
  const audit = async (req: FastifyRequest, action: string, subject: string, count: number): Promise<void> => {
    await opts.store.audit.append({ actor: `key:${req.caller?.keyId}`, action, subject, detail: { org: req.caller?.org, count } });
  };
  const data = getReputationData();
  const indicators = openIndicatorStore(opts.store, { ...data, clock: opts.clock });
  const campaignStore = sharing.campaigns;
  // Folded on every read, and every half minute besides: the inbox never grows while nobody reads.
  const folding = setInterval(() => {
    campaignStore.sync().catch((err: unknown) => app.log.warn({ err: { message: (err as Error).message } }, 'campaigns: fold failed; retried at the next read'));
  }, 30_000);
  folding.unref();
  app.addHook('onClose', async () => { clearInterval(folding); });
  const evidence = { engine: opts.engine, indicators, trustedRoles: data.policy.trustedRoles };
  // TAXII's own media type carries envelopes in (the write collection).
  app.addContentTypeParser('application/taxii+json', { parseAs: 'string', bodyLimit: IMPORT_LIMIT }, (_req, body, done) => {
    const bad = jsonGuard(body as string);
    if (bad) { done(Object.assign(new Error(bad.message), { code: bad.code, statusCode: 400 }), undefined); return; }
    try { done(null, JSON.parse(body as string) as unknown); } catch { done(Object.assign(new Error('the body is not valid JSON'), { code: 'E_BAD_JSON', statusCode: 400 }), undefined); }
  });
  // Sharing groups (groups.ts): a caller's organisation in groups sees everything marked with
  // their (strictest) TLP, and line numbers only as its group's pseudonyms.
  const groups = openSharingGroups(opts.store, opts.clock);
  const tlpFor = async (req: FastifyRequest): Promise<Tlp> => strictestTlp((await groups.ofOrg(req.caller?.org ?? '')).map((g) => g.tlp)) ?? sharing.tlp;
  taxiiRoutes(app, {
    tlpFor,
    sharing, guard, audit, writers: opts.requireRole('partner', 'carrier', 'admin'), statuses: taxiiStatuses(opts.store, opts.clock), clock: opts.clock,
    submit: async (req, objects) => {
      const r = await recordPartnerBundle(evidence, req.caller!, { type: 'bundle', objects }, opts.clock().toISOString());
      return r.ok ? { ok: true, accepted: r.accepted.length, skipped: r.skipped } : r;
    },
  });
  mispRoutes(app, sharing, guard, audit, tlpFor);

  // Campaigns: stored, folded from the lures inbox on each read (campaign-store.ts).
  const counted = { type: 'array', items: { type: 'object', properties: { value: { type: 'string' }, lures: { type: 'integer' } } } } as const;
  const campaignSchema = {
    type: 'object',
    properties: {
      id: { type: 'string' }, firstSeen: { type: 'string' }, lastSeen: { type: 'string' }, updatedAt: { type: 'string' },
      lures: { type: 'integer' }, reports: { type: 'integer' }, lines: { type: 'integer' },
      channels: { type: 'object', additionalProperties: { type: 'integer' } },
      timeline: { type: 'array', items: { type: 'object', properties: { day: { type: 'string' }, lures: { type: 'integer' } } } },
      brands: { type: 'array', items: { type: 'string' } },
      urls: counted, domains: counted, phones: counted, senders: counted, senderNumbers: { type: 'integer' }, senderGroup: { type: 'string' }, examples: { type: 'array', items: { type: 'string' } },
      mergedFrom: { type: 'array', items: { type: 'string' } }, redirectedFrom: { type: 'string' },
    },
  } as const;
  const DAYS = { type: 'string', pattern: '^(?:[1-9]|[1-8][0-9]|90)$', description: 'campaigns seen in the last this many days, 1–90 (default 30)' } as const;
  const CAMPAIGN_ID = { type: 'object', properties: { id: { type: 'string', pattern: '^campaign--[0-9a-f-]{36}$' } } } as const;
  // Sender numbers leave only as the caller's sharing group's pseudonyms: the group named with
  // ?group= (a member's, or any for analysts and admins), else the caller's one group; a caller
  // in none (or in several, naming none) gets them only counted.
  const GROUP_Q = { group: { type: 'string', maxLength: 63, description: "the sharing group whose pseudonyms sender numbers are shown as (default: your organisation's, when it is in exactly one); without one, sender numbers are only counted" } } as const;
  type Pseudonymiser = { name: string; pseudonym: (line: string) => string | null } | null;
  const senderGroupFor = async (req: FastifyRequest, asked: string | undefined): Promise<{ ok: true; value: Pseudonymiser } | { ok: false; code: string; message: string }> => {
    const mine = await groups.ofOrg(req.caller?.org ?? '');
    let group = asked === undefined ? (mine.length === 1 ? mine[0] ?? null : null) : mine.find((g) => g.name === asked) ?? null;
    if (asked !== undefined && !group && req.caller?.role !== 'partner') group = await groups.get(asked);
    if (asked !== undefined && !group) return { ok: false, code: 'E_NO_GROUP', message: `no sharing group '${asked.slice(0, 63)}' of yours` };
    if (!group) return { ok: true, value: null };
    const p = await groups.pseudonyms(group.name);
    return p.ok ? { ok: true, value: { name: group.name, pseudonym: p.value } } : p;
  };
  const refuseGroup = (reply: FastifyReply, e: { code: string; message: string }) => reply.code(404).header('x-error-code', e.code).send({ code: e.code, message: e.message });
  const sinceOf = (days: string | undefined): string => new Date(opts.clock().getTime() - Number(days ?? 30) * 86_400_000).toISOString();
  const notFound = (reply: FastifyReply, id: string) => reply.code(404).header('x-error-code', 'E_NOT_FOUND').send({ code: 'E_NOT_FOUND', message: `no campaign ${id}` });
  app.get<{ Querystring: { days?: string; min?: string; group?: string } }>('/api/v1/campaigns', {
    preHandler: opts.requireRole('analyst', 'carrier', 'admin'),
    schema: {
      tags: ['sharing'], operationId: 'listCampaigns',
      summary: 'Campaigns seen in the window, largest first: flagged reports (every channel, firewall blocks included) and traffic lures grouped by near-duplicate text (links and numbers masked) or shared infrastructure (a domain, a short link, a call-back number), each with its timeline, brands, counts by channel, the URLs, domains and numbers its lures name, and example texts with links and digits masked. Ids are stable: a campaign keeps its id as it grows, a merge keeps the older. Never a reporter; sender numbers only as pseudonyms of the caller\'s sharing group (`senderGroup`), else only counted (`senderNumbers`). `E_NO_GROUP`: no such group of yours.',
      querystring: { type: 'object', additionalProperties: false, properties: { days: DAYS, min: { type: 'string', pattern: '^[1-9][0-9]{0,5}$', description: 'campaigns of at least this many lures (default 2)' }, ...GROUP_Q } },
      response: { 200: { type: 'object', properties: { campaigns: { type: 'array', items: campaignSchema } } }, ...refusals, 404: errorSchema },
    },
  }, async (req, reply) => {
    const g = await senderGroupFor(req, req.query.group);
    if (!g.ok) return refuseGroup(reply, g);
    await campaignStore.sync();
    const campaigns = (await campaignStore.list({ since: sinceOf(req.query.days), minLures: req.query.min ? Number(req.query.min) : 2 })).map((c) => shareCampaign(c, g.value));
    await audit(req, 'campaigns.list', req.query.days ?? '30', campaigns.length);
    return { campaigns };
  });
  app.get<{ Params: { id: string }; Querystring: { group?: string } }>('/api/v1/campaigns/:id', {
    preHandler: opts.requireRole('analyst', 'carrier', 'admin'),
    schema: {
      tags: ['sharing'], operationId: 'getCampaign',
      summary: 'One campaign. The id of a campaign merged into another gives that one, with `redirectedFrom`.',
      params: CAMPAIGN_ID,
      querystring: { type: 'object', additionalProperties: false, properties: GROUP_Q },
      response: { 200: campaignSchema, ...refusals, 404: errorSchema },
    },
  }, async (req, reply) => {
    const g = await senderGroupFor(req, req.query.group);
    if (!g.ok) return refuseGroup(reply, g);
    await campaignStore.sync();
    const c = await campaignStore.get(req.params.id);
    if (!c) return notFound(reply, req.params.id);
    await audit(req, 'campaigns.get', c.id, c.lures);
    return shareCampaign(c, g.value);
  });
  app.get<{ Params: { id: string }; Querystring: { group?: string } }>('/api/v1/campaigns/:id/stix', {
    preHandler: opts.requireRole('analyst', 'admin'),
    schema: {
      tags: ['sharing'], operationId: 'getCampaignStix',
      summary: "One campaign as a STIX 2.1 bundle for a referral (law enforcement, a regulator): the campaign with its timeline and counts, an indicator for each URL, domain, call-back number and sender short code its lures name, `indicates` relationships; sender numbers only as the sharing group's pseudonyms in the campaign's description (see `group`), or counted; never a reporter's identity (analysts).",
      params: CAMPAIGN_ID,
      querystring: { type: 'object', additionalProperties: false, properties: GROUP_Q },
      response: { 200: { description: 'A STIX 2.1 bundle', content: { [STIX_MEDIA]: { schema: { type: 'object', additionalProperties: true } } } }, ...refusals, 404: errorSchema },
    },
  }, async (req, reply) => {
    const g = await senderGroupFor(req, req.query.group);
    if (!g.ok) return refuseGroup(reply, g);
    await campaignStore.sync();
    const raw = await campaignStore.get(req.params.id);
    if (!raw) return notFound(reply, req.params.id);
    const c = shareCampaign(raw, g.value);
    const objects = [...sharing.preamble, ...campaignObjects(c, { org: sharing.org, tlp: sharing.tlp })];
    await audit(req, 'campaigns.stix', c.id, c.lures);
    const id = `bundle--${uuidv5(`campaign-bundle:${c.id}:${c.updatedAt}:${c.lures}`)}`;
    return file(reply, STIX_MEDIA, 'smishguard-campaign.stix.json').send([...bundleChunks(id, objects)].join(''));
  });

  // Partners push STIX bundles: their indicators become their evidence (import.ts).
  app.addContentTypeParser('application/stix+json', { parseAs: 'string', bodyLimit: IMPORT_LIMIT }, (_req, body, done) => {
    const bad = jsonGuard(body as string);
    if (bad) { done(Object.assign(new Error(bad.message), { code: bad.code, statusCode: 400 }), undefined); return; }
    try { done(null, JSON.parse(body as string) as unknown); } catch { done(Object.assign(new Error('the body is not valid JSON'), { code: 'E_BAD_JSON', statusCode: 400 }), undefined); }
  });
  app.post<{ Body: unknown }>('/api/v1/sharing/import', {
    preHandler: opts.requireRole('partner', 'carrier', 'admin'),
    bodyLimit: IMPORT_LIMIT,
    schema: {
      tags: ['sharing'], operationId: 'importStixBundle',
      summary: `A partner's STIX 2.1 bundle in (application/stix+json or application/json, up to 8 MiB and ${MAX_IMPORT.toLocaleString('en')} indicators): each URL, domain-name or phone-number indicator becomes the partner organisation's evidence, one flagged reporter. A partner never confirms: a carrier's evidence makes an indicator suspected, another partner's counts as one of the independent reporters suspicion needs; revoked and lapsed indicators, and patterns other than one comparison, are skipped. \`E_BAD_BUNDLE\`: not a STIX bundle.`,
      body: { type: 'object', additionalProperties: true, properties: { type: { type: 'string' }, objects: { type: 'array' } } },
      response: {
        200: { type: 'object', properties: { accepted: { type: 'integer' }, skipped: { type: 'integer' }, indicators: { type: 'array', items: { type: 'object', properties: { kind: { type: 'string' }, value: { type: 'string' } } } } } },
        ...refusals, 413: errorSchema, 415: errorSchema,
      },
    },
  }, async (req, reply) => {
    const caller = req.caller!;
    const r = await recordPartnerBundle(evidence, caller, req.body, opts.clock().toISOString());
    if (!r.ok) return reply.code(400).header('x-error-code', 'E_BAD_BUNDLE').send({ code: 'E_BAD_BUNDLE', message: r.message });
    const refs = r.accepted;
    const skipped = r.skipped;
    await audit(req, 'sharing.import', `${refs.length} indicator(s)`, refs.length);
    return { accepted: refs.length, skipped, indicators: refs.slice(0, 100) };
  });

  const file = (reply: FastifyReply, type: string, name: string): FastifyReply =>
    reply.header('content-type', type).header('content-disposition', `attachment; filename="${name}"`);

  app.get('/api/v1/sharing/stix', {
    preHandler: guard,
    schema: {
      tags: ['sharing'], operationId: 'getStixBundle',
      summary: 'Every confirmed indicator the hub shares, as one STIX 2.1 bundle (identities, the TLP 2.0 marking, the phone-number extension, indicators), with the campaigns of the TAXII `campaigns` collection and their `indicates` relationships.',
      response: { 200: { description: 'A STIX 2.1 bundle', content: { [STIX_MEDIA]: { schema: { type: 'object', additionalProperties: true } } } }, ...refusals },
    },
  }, async (req, reply) => {
    await sharing.campaignFeed.sync(); // the indicators' first, then the campaigns'
    const chunks = await sharing.bundle(await tlpFor(req));
    await audit(req, 'sharing.stix', 'bundle', chunks.length);
    return file(reply, STIX_MEDIA, 'smishguard-indicators.stix.json').send(chunks.join(''));
  });

  app.get<{ Querystring: { zone?: string } }>('/api/v1/sharing/rpz', {
    preHandler: guard,
    schema: {
      tags: ['sharing'], operationId: 'getRpzZone',
      summary: "A DNS RPZ zone (BIND, Unbound) of the confirmed smishing domains and host names: NXDOMAIN for each, and for every name under a domain. The SOA serial moves whenever the names change. `E_BAD_ZONE`: the zone name is not a DNS name.",
      querystring: { type: 'object', additionalProperties: false, properties: { zone: { type: 'string', maxLength: 200, description: `the zone's name (default ${cfg.rpzZone ?? DEFAULT_RPZ_ZONE})` } } },
      response: { 200: { description: 'The zone file', content: { 'text/dns': { schema: { type: 'string' } } } }, ...refusals },
    },
  }, async (req, reply) => {
    const zone = req.query.zone ?? cfg.rpzZone ?? DEFAULT_RPZ_ZONE;
    if (!dnsName(zone)) return reply.code(400).header('x-error-code', 'E_BAD_ZONE').send({ code: 'E_BAD_ZONE', message: `zone: not a DNS name: ${zone.slice(0, 80)}` });
    await sharing.sync();
    const z = await sharing.rpz(zone);
    await audit(req, 'sharing.rpz', zone, z.names);
    return file(reply, 'text/dns; charset=utf-8', `${zone}.zone`).header('x-rpz-serial', String(z.serial)).send(z.text);
  });

  app.get<{ Querystring: { group?: string } }>('/api/v1/sharing/lines', {
    preHandler: guard,
    schema: {
      tags: ['sharing'], operationId: 'getSharedLines',
      summary: "The lines with an open infected or verification-proxy case, as a sharing group sees them: each line only as the group's keyed pseudonym (`sgl_…`: the same line, the same pseudonym within the group; another group's cannot be linked to it), with the case's kind, state and days, marked with the group's TLP. Members of the group (a partner in one group need not name it); carriers and admins name any group. `E_NO_GROUP`: not in that group, or in none; `E_GROUP_REQUIRED`: in several, name one.",
      querystring: { type: 'object', additionalProperties: false, properties: { group: { type: 'string', maxLength: 63 } } },
      response: {
        200: {
          type: 'object',
          properties: {
            group: { type: 'string' }, tlp: { type: 'string' }, marking: { type: 'string' },
            lines: { type: 'array', items: { type: 'object', properties: { line: { type: 'string' }, kind: { type: 'string' }, state: { type: 'string' }, openedOn: { type: 'string' }, lastFlaggedOn: { type: 'string' } } } },
          },
        },
        ...refusals, 404: errorSchema,
      },
    },
  }, async (req, reply) => {
    const caller = req.caller!;
    const asked = req.query.group;
    const mine = await groups.ofOrg(caller.org);
    const refuse = (status: number, code: string, message: string) => reply.code(status).header('x-error-code', code).send({ code, message });
    let group = asked === undefined ? null : mine.find((g) => g.name === asked) ?? null;
    if (asked !== undefined && !group && caller.role !== 'partner') group = await groups.get(asked);
    if (asked === undefined) {
      if (mine.length > 1) return refuse(400, 'E_GROUP_REQUIRED', `your organisation is in ${mine.length} sharing groups: name one with ?group= (${mine.map((g) => g.name).join(', ')})`);
      group = mine[0] ?? null;
    }
    if (!group) return refuse(asked === undefined ? 403 : 404, 'E_NO_GROUP', asked === undefined ? 'your organisation is in no sharing group: line data goes only to groups' : `no sharing group '${asked.slice(0, 63)}' of yours`);
    const p = await groups.pseudonyms(group.name);
    if (!p.ok) return refuse(404, p.code, p.message);
    const out = await sharedLines(opts.store, group, p.value);
    await audit(req, 'sharing.lines', group.name, out.lines.length);
    return out;
  });

  // C&C blocking under consent (cnc.ts): for the carrier's own resolvers, never a partner's.
  const consent = openConsent(opts.store, { clock: opts.clock });
  const carrierOnly = opts.requireRole('carrier', 'admin');
  app.get<{ Querystring: { zone?: string; garden_a?: string; garden_aaaa?: string } }>('/api/v1/sharing/cnc/rpz', {
    preHandler: carrierOnly,
    schema: {
      tags: ['sharing'], operationId: 'getCncRpzZone',
      summary: "The RPZ zone of confirmed C&C host names of smishing malware, for the carrier's resolvers in the view of lines whose C&C blocking is on (see …/cnc/exempt.txt): each name and every name under it answers the walled garden's address (`garden_a`, `garden_aaaa`) or NXDOMAIN. Carriers and admins. `E_BAD_ZONE`, `E_BAD_ADDRESS`.",
      querystring: {
        type: 'object', additionalProperties: false,
        properties: { zone: { type: 'string', maxLength: 200, description: `the zone's name (default ${DEFAULT_CNC_ZONE})` }, garden_a: { type: 'string', maxLength: 15 }, garden_aaaa: { type: 'string', maxLength: 45 } },
      },
      response: { 200: { description: 'The zone file', content: { 'text/dns': { schema: { type: 'string' } } } }, ...refusals },
    },
  }, async (req, reply) => {
    const zone = req.query.zone ?? DEFAULT_CNC_ZONE;
    if (!dnsName(zone)) return reply.code(400).header('x-error-code', 'E_BAD_ZONE').send({ code: 'E_BAD_ZONE', message: `zone: not a DNS name: ${zone.slice(0, 80)}` });
    const { garden_a: a, garden_aaaa: aaaa } = req.query;
    if ((a !== undefined && !isIPv4(a)) || (aaaa !== undefined && !isIPv6(aaaa))) {
      return reply.code(400).header('x-error-code', 'E_BAD_ADDRESS').send({ code: 'E_BAD_ADDRESS', message: 'garden_a must be an IPv4 address, garden_aaaa an IPv6 one' });
    }
    const z = await cncZone(opts.store, { origin: zone, garden: { a, aaaa }, data, now: opts.clock() });
    await audit(req, 'sharing.cnc.rpz', zone, z.names);
    return file(reply, 'text/dns; charset=utf-8', `${zone}.zone`).header('x-rpz-serial', String(z.serial)).send(z.text);
  });
  app.get('/api/v1/sharing/cnc/exempt.txt', {
    preHandler: carrierOnly,
    schema: {
      tags: ['sharing'], operationId: 'getCncExemptLines',
      summary: "The lines whose C&C blocking is off (consent withdrawn), national form, one a line: the carrier's AAA puts their current addresses in the resolvers' view without the C&C policy. Every other line has it on. Carriers and admins; audited.",
      response: { 200: { description: 'Lines, one a line, after # comments', content: { 'text/plain': { schema: { type: 'string' } } } }, ...refusals },
    },
  }, async (req, reply) => {
    const l = await cncExemptList(consent, opts.clock());
    await audit(req, 'sharing.cnc.exempt', 'lines', l.lines);
    return reply.header('content-type', 'text/plain; charset=utf-8').header('cache-control', 'no-store').send(l.text);
  });

  app.get('/api/v1/sharing/indicators.csv', {
    preHandler: guard,
    schema: {
      tags: ['sharing'], operationId: 'getIndicatorsCsv',
      summary: 'Every confirmed indicator the hub shares as CSV: kind, value, stix_id, confirmed_at, added_at, valid_until.',
      response: { 200: { description: 'RFC 4180 CSV with a header row', content: { 'text/csv': { schema: { type: 'string' } } } }, ...refusals },
    },
  }, async (req, reply) => {
    await sharing.sync();
    const text = await sharing.csv();
    await audit(req, 'sharing.csv', 'indicators', text.split('\r\n').length - 2);
    return file(reply, 'text/csv; charset=utf-8', 'smishguard-indicators.csv').send(text);
  });
};

const mispRoutes = (app: Parameters<FastifyPluginAsync<PluginOptions>>[0], sharing: ReturnType<typeof openSharing>, guard: ReturnType<PluginOptions['requireRole']>,
  audit: (req: FastifyRequest, action: string, subject: string, count: number) => Promise<void>, tlpFor: (req: FastifyRequest) => Promise<Tlp>): void => {
  const tags = ['sharing'];
  app.get('/api/v1/sharing/misp/manifest.json', {
    preHandler: guard,
    schema: {
      tags, operationId: 'getMispManifest',
      summary: "The MISP feed's manifest: add `…/api/v1/sharing/misp` as a feed in MISP (source format MISP, with an `Authorization: Bearer` header). One event a day of confirmation.",
      response: { 200: { type: 'object', additionalProperties: true }, ...refusals },
    },
  }, async (req) => {
    await sharing.sync();
    const f = await sharing.misp(await tlpFor(req));
    await audit(req, 'sharing.misp', 'manifest', Object.keys(f.manifest).length);
    return f.manifest;
  });
  app.get('/api/v1/sharing/misp/hashes.csv', {
    preHandler: guard,
    schema: {
      tags, operationId: 'getMispHashes', summary: "The MISP feed's hashes.csv: the MD5 of each attribute value, with its event's UUID.",
      response: { 200: { description: 'md5,event_uuid lines', content: { 'text/csv': { schema: { type: 'string' } } } }, ...refusals },
    },
  }, async (req, reply) => {
    await sharing.sync();
    return reply.header('content-type', 'text/csv; charset=utf-8').send((await sharing.misp(await tlpFor(req))).hashes);
  });
  app.get<{ Params: { file: string } }>('/api/v1/sharing/misp/:file', {
    preHandler: guard,
    schema: {
      tags, operationId: 'getMispEvent', summary: 'One event of the MISP feed, `<uuid>.json` as the manifest names it.',
      params: { type: 'object', properties: { file: { type: 'string', pattern: '^[0-9a-f-]{36}\\.json$' } } },
      response: { 200: { type: 'object', additionalProperties: true }, ...refusals, 404: errorSchema },
    },
  }, async (req, reply) => {
    await sharing.sync();
    const ev = (await sharing.misp(await tlpFor(req))).events.get(req.params.file.slice(0, 36));
    if (!ev) return reply.code(404).header('x-error-code', 'E_NOT_FOUND').send({ code: 'E_NOT_FOUND', message: `no event ${req.params.file}` });
    await audit(req, 'sharing.misp', req.params.file, 1);
    return ev;
  });
};

export default plugin;
