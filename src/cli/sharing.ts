// `smishguard sharing stix|rpz|csv|misp`: what the hub shares, as files — one STIX 2.1 bundle,
// the RPZ zone for the carrier's resolvers, CSV, a MISP feed directory. Publishes pending confirmations first (the same
// feed TAXII serves). `--out FILE` replaces the file atomically, so a resolver that reloads
// it (BIND `rndc reload ZONE`, Unbound) never reads half a zone.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_ORG, DEFAULT_RPZ_ZONE, dnsName, openSharing, parseTlp } from '../sharing/index.js';
import { EX, fail, failWith, parse, showUsage } from './args.js';
import { STORE_HELP, STORE_OPTIONS, storeFor } from './store-option.js';

const HELP = `usage: smishguard sharing stix|rpz|csv|misp [--out FILE|DIR] [--org NAME] [--tlp LEVEL] [--zone NAME] [--db PATH]

  stix   every confirmed indicator shared, as one STIX 2.1 bundle (JSON)
  rpz    the DNS RPZ zone of confirmed smishing domains and host names (NXDOMAIN for each)
  csv    every confirmed indicator shared, as CSV
  misp   a MISP feed (manifest.json, one event a day, hashes.csv) into --out DIR, which
         a web server can serve for MISP's "Add feed"

  --out FILE   write there (atomically: a temporary file renamed) instead of stdout
  --org NAME   the hub's organisation, the STIX identity of the indicators (default "${DEFAULT_ORG}")
  --tlp LEVEL  TLP 2.0 marking: clear, green, amber (default), amber+strict, red
  --zone NAME  the RPZ zone's name (default ${DEFAULT_RPZ_ZONE})

Only confirmed indicators leave, never who reported them; the never-block list applies.
The store must exist.

${STORE_HELP}`;

export async function run(args: string[]): Promise<number> {
  const parsed = parse(args, { ...STORE_OPTIONS, out: { type: 'string' }, org: { type: 'string' }, tlp: { type: 'string' }, zone: { type: 'string' }, help: { type: 'boolean', short: 'h' } });
  if (!parsed.ok) return fail('sharing', parsed.error);
  const { values, positionals } = parsed.value;
  if (values.help) return showUsage(HELP, true);
  const what = positionals[0];
  if (positionals.length !== 1 || (what !== 'stix' && what !== 'rpz' && what !== 'csv' && what !== 'misp')) {
    process.stderr.write(HELP + '\n');
    return fail('sharing', { code: 'E_USAGE', message: "expected 'sharing stix', 'sharing rpz', 'sharing csv' or 'sharing misp'" });
  }
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
