// `smishguard sharing groups|cnc|garden`: sharing groups (who sees what, under which TLP, with
// which line pseudonyms), the C&C blocking files for the carrier's resolvers, and the walled
// garden's server.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { isIPv4, isIPv6 } from 'node:net';
import { join } from 'node:path';
import { openConsent } from '../consent/index.js';
import { getReputationData } from '../reputation/index.js';
import { cncExemptList, cncZone, DEFAULT_CNC_ZONE } from '../sharing/cnc.js';
import { gardenServer } from '../sharing/garden.js';
import { dnsName, openSharingGroups, type SharingGroup } from '../sharing/index.js';
import { EX, fail, failWith, parse, showUsage } from './args.js';
import { STORE_HELP, STORE_OPTIONS, storeFor } from './store-option.js';

const HELP = `usage: smishguard sharing groups create NAME [--tlp LEVEL] | add NAME --org ORG | remove NAME --org ORG | list  [--db PATH]
       smishguard sharing cnc --out DIR [--zone NAME] [--garden-a IPv4] [--garden-aaaa IPv6] [--db PATH]
       smishguard sharing garden --carrier NAME [--listen HOST:PORT] [--consent-url URL] [--support TEXT]

  groups   sharing groups: organisations (the --org their API keys were created with) that see
           the same things, marked with the group's TLP 2.0 level (default amber), and line
           numbers only as the group's keyed pseudonyms (GET /api/v1/sharing/lines)
  cnc      C&C blocking under consent, for the carrier's resolvers: DIR/ZONE.zone, the RPZ zone
           of confirmed C&C host names (answering the walled garden's address when given, else
           NXDOMAIN), and DIR/cnc-exempt.txt, the lines whose C&C blocking is off, whose
           addresses go to the resolvers' view without the policy (src/sharing/README.md)
  garden   the walled garden's web server: every request gets the notice (Japanese, English)
           and nothing is logged or kept (default --listen 0.0.0.0:8081)

${STORE_HELP}`;

const show = (g: SharingGroup): string => `${g.name}\tTLP:${g.tlp.toUpperCase()}\t${g.members.join(', ') || '(no members)'}\n`;

export async function runMore(what: 'groups' | 'cnc' | 'garden', args: string[]): Promise<number> {
  const parsed = parse(args, {
    ...STORE_OPTIONS, out: { type: 'string' }, tlp: { type: 'string' }, org: { type: 'string' }, zone: { type: 'string' }, 'garden-a': { type: 'string' }, 'garden-aaaa': { type: 'string' },
    carrier: { type: 'string' }, listen: { type: 'string' }, 'consent-url': { type: 'string' }, support: { type: 'string' }, help: { type: 'boolean', short: 'h' },
  });
  if (!parsed.ok) return fail('sharing', parsed.error);
  const { values, positionals } = parsed.value;
  if (values.help) return showUsage(HELP, true);
  if (what === 'garden') return garden(values);
  if (what === 'cnc') {
    if (!values.out) return fail('sharing', { code: 'E_USAGE', message: 'sharing cnc writes two files: give --out DIR' });
    const zone = values.zone ?? DEFAULT_CNC_ZONE;
    if (!dnsName(zone)) return fail('sharing', { code: 'E_USAGE', message: `--zone: '${zone}' is not a DNS name` });
    const a = values['garden-a'];
    const aaaa = values['garden-aaaa'];
    if ((a !== undefined && !isIPv4(a)) || (aaaa !== undefined && !isIPv6(aaaa))) return fail('sharing', { code: 'E_USAGE', message: '--garden-a takes an IPv4 address, --garden-aaaa an IPv6 one' });
    const opened = await storeFor(values, { access: 'existing' });
    if (!opened.ok) return failWith('sharing', opened.error);
    const { store } = opened;
    try {
      const now = new Date();
      const z = await cncZone(store, { origin: zone, garden: { a, aaaa }, data: getReputationData(), now });
      const ex = await cncExemptList(openConsent(store), now);
      const dir = values.out;
      try {
        mkdirSync(dir, { recursive: true });
        const put = (name: string, text: string): void => { const tmp = join(dir, `.${name}.${process.pid}.tmp`); writeFileSync(tmp, text); renameSync(tmp, join(dir, name)); };
        put('cnc-exempt.txt', ex.text);
        put(`${zone}.zone`, z.text);
      } catch (err) {
        return failWith('sharing', { code: 'E_IO', message: `cannot write ${dir}: ${(err as Error).message}`, exitCode: EX.CANTCREAT });
      }
      await store.audit.append({ actor: 'cli', action: 'sharing.cnc', subject: dir, detail: { names: z.names, exempt: ex.lines } });
      process.stderr.write(`smishguard sharing: ${z.names} C&C name(s), serial ${z.serial}; ${ex.lines} line(s) with C&C blocking off\n`);
      return 0;
    } finally {
      await store.close();
    }
  }
  const [verb, name] = positionals.slice(1);
  const known = verb === 'list' ? positionals.length === 2 : (verb === 'create' || verb === 'add' || verb === 'remove') && positionals.length === 3;
  if (!known) {
    process.stderr.write(HELP + '\n');
    return fail('sharing', { code: 'E_USAGE', message: "expected 'sharing groups create NAME', 'add NAME --org ORG', 'remove NAME --org ORG' or 'list'" });
  }
  if ((verb === 'add' || verb === 'remove') && !values.org) return fail('sharing', { code: 'E_USAGE', message: `sharing groups ${verb}: give --org ORG` });
  const opened = await storeFor(values, { access: 'existing' });
  if (!opened.ok) return failWith('sharing', opened.error);
  const { store } = opened;
  try {
    const groups = openSharingGroups(store);
    if (verb === 'list') {
      for (const g of await groups.list()) process.stdout.write(show(g));
      return 0;
    }
    const r = verb === 'create' ? await groups.create(name as string, values.tlp ?? 'amber', 'cli')
      : verb === 'add' ? await groups.addMember(name as string, values.org as string, 'cli')
        : await groups.removeMember(name as string, values.org as string, 'cli');
    if (!r.ok) return failWith('sharing', { code: r.code, message: r.message, exitCode: r.code === 'E_NO_GROUP' || r.code === 'E_NOT_MEMBER' ? EX.NOT_FOUND : r.code === 'E_GROUP_EXISTS' ? EX.DATAERR : EX.USAGE });
    process.stdout.write(show(r.value));
    return 0;
  } finally {
    await store.close();
  }
}

async function garden(values: { carrier?: string; listen?: string; 'consent-url'?: string; support?: string }): Promise<number> {
  if (!values.carrier?.trim()) return fail('sharing', { code: 'E_USAGE', message: '--carrier: the carrier\'s name as subscribers know it' });
  const m = /^(.+):(\d{1,5})$/.exec(values.listen ?? '0.0.0.0:8081');
  if (!m || Number(m[2]) > 65535) return fail('sharing', { code: 'E_USAGE', message: '--listen HOST:PORT' });
  const consentUrl = values['consent-url'];
  if (consentUrl !== undefined && !/^https?:\/\/[^\s"<>]+$/.test(consentUrl)) return fail('sharing', { code: 'E_USAGE', message: '--consent-url: an http(s) URL' });
  const server = gardenServer({ carrier: values.carrier.trim(), consentUrl, support: values.support });
  await new Promise<void>((resolve, reject) => { server.once('error', reject); server.listen(Number(m[2]), (m[1] as string).replace(/^\[|\]$/g, ''), resolve); });
  process.stderr.write(`smishguard sharing garden: listening on ${values.listen ?? '0.0.0.0:8081'}\n`);
  await new Promise<void>((resolve) => { const stop = (): void => { server.close(() => resolve()); }; process.once('SIGTERM', stop); process.once('SIGINT', stop); });
  return 0;
}
