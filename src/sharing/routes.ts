// The sharing plugin of the HTTP app: TAXII 2.1 (taxii.ts), and the same confirmed indicators
// as one STIX bundle, an RPZ zone and CSV, for partners (API key role partner), carriers,
// analysts and admins. Every read publishes pending changes first, so a confirmation is
// out on the next request.
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { PluginOptions } from '../web/plugins.js';
import { DEFAULT_ORG, DEFAULT_RPZ_ZONE, dnsName, openSharing } from './index.js';
import { STIX_MEDIA, taxiiRoutes } from './taxii.js';

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
  taxiiRoutes(app, { sharing, guard, audit });

  const file = (reply: FastifyReply, type: string, name: string): FastifyReply =>
    reply.header('content-type', type).header('content-disposition', `attachment; filename="${name}"`);

  app.get('/api/v1/sharing/stix', {
    preHandler: guard,
    schema: {
      tags: ['sharing'], operationId: 'getStixBundle',
      summary: 'Every confirmed indicator the hub shares, as one STIX 2.1 bundle (identities, the TLP 2.0 marking, the phone-number extension, indicators).',
      response: { 200: { description: 'A STIX 2.1 bundle', content: { [STIX_MEDIA]: { schema: { type: 'object', additionalProperties: true } } } }, ...refusals },
    },
  }, async (req, reply) => {
    await sharing.sync();
    const chunks = await sharing.bundle();
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

export default plugin;
