// The `smishguard` command: one module per subcommand, loaded on demand so that
// `smishguard check` does not pay for the server's dependencies. A new subcommand is a
// file here and a line in this table.
import { readFileSync } from 'node:fs';
import { EX } from './args.js';

export type CommandModule = { run(args: string[]): Promise<number> };

const commands: Record<string, { summary: string; load: () => Promise<CommandModule> }> = {
  check: { summary: 'analyse a message (or --jsonl on stdin) and print the verdict', load: () => import('./check.js') },
  serve: { summary: 'run the platform: check and report API, analysts\' reads, metrics, docs', load: () => import('./serve.js') },
  reports: { summary: 'reports export [--db PATH] [--since TIME]', load: () => import('./reports.js') },
  firewall: { summary: 'firewall --config FILE: the inline SMS firewall, an SMPP proxy that tags or blocks smishing', load: () => import('./firewall.js') },
  'smsc-sim': { summary: 'a local SMSC for trying the 7726 short code: stdin lines become SMS, replies are printed', load: () => import('./smsc-sim.js') },
  simulate: { summary: 'synthetic carrier traffic (JSONL) with ground truth apart: --lines N --infected K --hours H --seed S', load: () => import('./simulate.js') },
  keys: { summary: 'keys create --org NAME --role ROLE | keys list | keys revoke ID', load: () => import('./keys.js') },
  consent: { summary: 'consent set|get|reassign|history LINE: a line\'s detection, warnings, filtering and C&C blocking consent', load: () => import('./consent.js') },
  secret: { summary: 'secret export --to FILE: move the keyed-hash secret out of a store made by an older version', load: () => import('./secret.js') },
  sharing: { summary: 'sharing stix|rpz|csv|misp [--out FILE|DIR]: confirmed indicators as a STIX 2.1 bundle, a DNS RPZ zone, CSV or a MISP feed', load: () => import('./sharing.js') },
  registry: { summary: 'registry import FILE.csv [--dry-run] | list | revoke VALUE: the sender registry (0005 numbers, short codes, sender IDs → company, brands)', load: () => import('./registry.js') },
  aggregators: { summary: 'aggregators set ORG --route KIND[:PREFIX]… | list: which organisation carries which aggregator route', load: () => import('./aggregators.js') },
  lines: { summary: 'lines detect --input FILE|- | list | cases | case | worklist | purge | publish | worker: infected lines and their cases', load: () => import('./lines.js') },
};

export function usage(): string {
  const width = Math.max(...Object.keys(commands).map((c) => c.length));
  return [
    'usage: smishguard <command> [options]',
    '',
    ...Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
    '',
    'smishguard help <command> (or smishguard <command> --help) for its options; smishguard --version.',
    '',
    'Exit codes (sysexits): 0 ok, 64 usage, 65 bad input data, 66 no such input or store,',
    '69 a service is unavailable, 70 internal error, 73 cannot create, 74 I/O error, 78 configuration.',
  ].join('\n');
}

/** The package's version, read where the package is (source or dist: both two folders down). */
export function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-V' || name === 'version') {
    process.stdout.write(`smishguard ${version()}\n`);
    return EX.OK;
  }
  if (name === 'help' && rest.length > 0) {
    // `help CMD` is `CMD --help`: each command owns its usage text.
    const command = commands[rest[0] as string];
    if (!command) return unknown(rest[0] as string);
    return (await command.load()).run(['--help']);
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage() + '\n');
    return EX.OK;
  }
  if (!name) {
    process.stderr.write(usage() + '\n');
    return EX.USAGE;
  }
  const command = commands[name];
  if (!command) return unknown(name);
  const mod = await command.load();
  return mod.run(rest);
}

function unknown(name: string): number {
  process.stderr.write(`smishguard: unknown command '${name}' (E_USAGE)\n\n${usage()}\n`);
  return EX.USAGE;
}
