// `smishguard sharing stix|rpz|csv|misp`: what the hub shares, as files — one STIX 2.1 bundle,
// the RPZ zone for the carrier's resolvers, CSV, a MISP feed directory. Publishes pending confirmations first (the same
// feed TAXII serves). `--out FILE` replaces the file atomically, so a resolver that reloads
// it (BIND `rndc reload ZONE`, Unbound) never reads half a zone.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getEngine } from '../engine/index.js';
import { getReputationData, openIndicatorStore } from '../reputation/index.js';
import { DEFAULT_ORG, DEFAULT_RPZ_ZONE, dnsName, openSharing, parseTlp } from '../sharing/index.js';
import { pullCollection } from '../sharing/pull.js';
import { pullMispFeed } from '../sharing/misp-pull.js';
import { runMore } from './sharing-groups.js';
import { EX, fail, failWith, parse, showUsage } from './args.js';
import { STORE_HELP, STORE_OPTIONS, storeFor } from './store-option.js';

const HELP = `usage: smishguard sharing stix|rpz|csv|misp [--out FILE|DIR] [--org NAME] [--tlp LEVEL] [--zone NAME] [--db PATH]
       smishguard sharing pull --from URL --org NAME [--role partner|carrier] --token-file FILE|--basic-file FILE [--db PATH]
       smishguard sharing pull --misp URL --org NAME [--role partner|carrier] [--token-file FILE|--basic-file FILE] [--db PATH]
       smishguard sharing groups|cnc|garden …   (smishguard sharing groups --help)

  stix   every confirmed indicator shared, as one STIX 2.1 bundle (JSON)
  rpz    the DNS RPZ zone of confirmed smishing domains and host names (NXDOMAIN for each)
  csv    every confirmed indicator shared, as CSV
  misp   a MISP feed (manifest.json, one event a day, hashes.csv) into --out DIR, which
         a web server can serve for MISP's "Add feed"
  pull   a partner's TAXII 2.1 collection (--from: its objects URL), what was added since the
         last pull, as the partner's evidence (--org: the partner; --role carrier makes its
         word enough for suspicion; never a confirmation). Credentials from a file: a bearer
         token (--token-file) or user:password for HTTP Basic (--basic-file). With --misp URL
         instead: a MISP feed (URL/manifest.json and its events, as MISP publishes them), only
         events whose timestamp changed since the last pull; url, domain, hostname, domain|ip
         and phone-number attributes marked to_ids; credentials only if the feed wants them

  --out FILE   write there (atomically: a temporary file renamed) instead of stdout
  --org NAME   the hub's organisation, the STIX identity of the indicators (default "${DEFAULT_ORG}")
  --tlp LEVEL  TLP 2.0 marking: clear, green, amber (default), amber+strict, red
  --zone NAME  the RPZ zone's name (default ${DEFAULT_RPZ_ZONE})

Only confirmed indicators leave, never who reported them; the never-block list applies.
The store must exist.

${STORE_HELP}`;

export async function run(args: string[]): Promise<number> {
  if (args[0] === 'groups' || args[0] === 'cnc' || args[0] === 'garden') return runMore(args[0], args);
  const parsed = parse(args, {
    ...STORE_OPTIONS, out: { type: 'string' }, org: { type: 'string' }, tlp: { type: 'string' }, zone: { type: 'string' },
    from: { type: 'string' }, misp: { type: 'string' }, role: { type: 'string' }, 'token-file': { type: 'string' }, 'basic-file': { type: 'string' }, help: { type: 'boolean', short: 'h' },
  });
  if (!parsed.ok) return fail('sharing', parsed.error);
  const { values, positionals } = parsed.value;
  if (values.help) return showUsage(HELP, true);
  const what = positionals[0];
  if (positionals.length !== 1 || (what !== 'stix' && what !== 'rpz' && what !== 'csv' && what !== 'misp' && what !== 'pull')) {
    process.stderr.write(HELP + '\n');
    return fail('sharing', { code: 'E_USAGE', message: "expected 'sharing stix', 'sharing rpz', 'sharing csv', 'sharing misp' or 'sharing pull'" });
  }
  if (what === 'pull') return pull(values);
  if (what === 'misp' && !values.out) return fail('sharing', { code: 'E_USAGE', message: 'sharing misp writes a directory: give --out DIR' });
  const tlp = values.tlp === undefined ? 'amber' : parseTlp(values.tlp);
  if (!tlp) return fail('sharing', { code: 'E_USAGE', message: `--tlp: '${values.tlp}' is not clear, green, amber, amber+strict or red` });
  const zone = values.zone ?? DEFAULT_RPZ_ZONE;
  if (!dnsName(zone)) return fail('sharing', { code: 'E_USAGE', message: `--zone: '${zone}' is not a DNS name` });
  const opened = await storeFor(values, { access: 'existing' });
  if (!opened.ok) return failWith('sharing', opened.error);
  const { store } = opened;
  try {
    const sharing = openSharing(store, { org: values.org ?? DEFAULT_ORG, tlp });
    await sharing.sync();
    // The bundle carries the campaigns collection too (as the API's does).
    if (what === 'stix') await sharing.campaignFeed.sync();
    if (what === 'misp') {
      const f = await sharing.misp();
      const dir = values.out as string;
      try {
        mkdirSync(dir, { recursive: true });
        // Events first, the manifest last: a MISP that polls meanwhile never meets a manifest naming a missing event.
        const put = (name: string, text: string): void => { const tmp = join(dir, `.${name}.${process.pid}.tmp`); writeFileSync(tmp, text); renameSync(tmp, join(dir, name)); };
        for (const [uuid, ev] of f.events) put(`${uuid}.json`, JSON.stringify(ev));
        put('hashes.csv', f.hashes);
        put('manifest.json', JSON.stringify(f.manifest));
      } catch (err) {
        return failWith('sharing', { code: 'E_IO', message: `cannot write ${dir}: ${(err as Error).message}`, exitCode: EX.CANTCREAT });
      }
      process.stderr.write(`smishguard sharing: ${f.events.size} MISP event(s) in ${dir}\n`);
      await store.audit.append({ actor: 'cli', action: 'sharing.misp', subject: dir });
      return 0;
    }
    let text: string;
    if (what === 'stix') text = (await sharing.bundle()).join('');
    else if (what === 'csv') text = await sharing.csv();
    else {
      const z = await sharing.rpz(zone);
      for (const s of z.skipped) process.stderr.write(`smishguard sharing: left out of the zone, not a DNS name: ${s}\n`);
      process.stderr.write(`smishguard sharing: ${z.names} name(s), serial ${z.serial}\n`);
      text = z.text;
    }
    await store.audit.append({ actor: 'cli', action: `sharing.${what}`, subject: values.out ?? 'stdout' });
    if (values.out) {
      const tmp = `${values.out}.${process.pid}.tmp`;
      try {
        writeFileSync(tmp, text);
        renameSync(tmp, values.out);
      } catch (err) {
        return failWith('sharing', { code: 'E_IO', message: `cannot write ${values.out}: ${(err as Error).message}`, exitCode: EX.CANTCREAT });
      }
    } else {
      process.stdout.write(text);
    }
    return 0;
  } finally {
    await store.close();
  }
}

async function pull(values: { from?: string; misp?: string; org?: string; role?: string; 'token-file'?: string; 'basic-file'?: string; db?: string; 'secret-file'?: string }): Promise<number> {
  if ((values.from === undefined) === (values.misp === undefined)) return fail('sharing', { code: 'E_USAGE', message: 'give one of --from (a TAXII collection) and --misp (a MISP feed)' });
  let url: URL;
  try {
    url = new URL(values.from ?? values.misp ?? '');
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('scheme');
  } catch {
    return fail('sharing', { code: 'E_USAGE', message: '--from: the http(s) URL of a TAXII collection\'s objects' });
  }
  if (!values.org?.trim()) return fail('sharing', { code: 'E_USAGE', message: '--org: the partner organisation whose evidence this is' });
  const role = values.role ?? 'partner';
  if (role !== 'partner' && role !== 'carrier') return fail('sharing', { code: 'E_USAGE', message: '--role must be partner or carrier' });
  const noCredentials = values['token-file'] === undefined && values['basic-file'] === undefined;
  if (values['token-file'] !== undefined && values['basic-file'] !== undefined) return fail('sharing', { code: 'E_USAGE', message: 'give one of --token-file and --basic-file' });
  // A MISP feed is often public; a TAXII server always wants credentials.
  if (noCredentials && values.misp === undefined) return fail('sharing', { code: 'E_USAGE', message: 'give one of --token-file and --basic-file' });
  let authorization: string | undefined;
  try {
    const secret = noCredentials ? null : readFileSync((values['token-file'] ?? values['basic-file']) as string, 'utf8').trim();
    authorization = secret === null ? undefined : values['token-file'] !== undefined ? `Bearer ${secret}` : `Basic ${Buffer.from(secret).toString('base64')}`;
  } catch (err) {
    return failWith('sharing', { code: 'E_NO_INPUT', message: `cannot read the credentials: ${(err as Error).message}`, exitCode: EX.NOINPUT });
  }
  const opened = await storeFor(values, { access: 'existing' });
  if (!opened.ok) return failWith('sharing', opened.error);
  const { store } = opened;
  try {
    const data = getReputationData();
    const indicators = openIndicatorStore(store, data);
    const evidence = { engine: getEngine(), indicators, trustedRoles: data.policy.trustedRoles };
    const partner = { org: values.org.trim(), role };
    if (values.misp !== undefined) {
      const m = await pullMispFeed(store, evidence, { url: url.href, authorization, partner, now: () => new Date() });
      await store.audit.append({ actor: 'cli', action: 'sharing.pull-misp', subject: url.href, detail: m });
      if (!m.ok) return failWith('sharing', { code: m.code, message: `${m.message} (after ${m.events} event(s), ${m.accepted} indicator(s) kept)`, exitCode: EX.UNAVAILABLE });
      process.stdout.write(`${m.events} MISP event(s), ${m.attributes} attribute(s): ${m.accepted} indicator(s) recorded as ${partner.org}'s evidence, ${m.skipped} skipped\n`);
      return 0;
    }
    const r = await pullCollection(store, evidence, { url: url.href, authorization: authorization as string, partner, now: () => new Date() });
    await store.audit.append({ actor: 'cli', action: 'sharing.pull', subject: url.href, detail: r });
    if (!r.ok) return failWith('sharing', { code: r.code, message: `${r.message} (after ${r.pages} page(s), ${r.accepted} indicator(s) kept)`, exitCode: EX.UNAVAILABLE });
    process.stdout.write(`${r.objects} object(s) in ${r.pages} page(s): ${r.accepted} indicator(s) recorded as ${values.org.trim()}'s evidence, ${r.skipped} skipped\n`);
    return 0;
  } finally {
    await store.close();
  }
}
