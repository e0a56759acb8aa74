// The `smishguard` command: one module per subcommand, loaded on demand so that
// `smishguard check` does not pay for the server's dependencies. A new subcommand is a
// file here and a line in this table.
export type CommandModule = { run(args: string[]): Promise<number> };

const commands: Record<string, { summary: string; load: () => Promise<CommandModule> }> = {
  check: { summary: 'analyse a message (or --jsonl on stdin) and print the verdict', load: () => import('./check.js') },
  serve: { summary: 'run the platform: check and report API, analysts\' reads, metrics, docs', load: () => import('./serve.js') },
  reports: { summary: 'reports export [--db PATH] [--since TIME]', load: () => import('./reports.js') },
  'smsc-sim': { summary: 'a local SMSC for trying the 7726 short code: stdin lines become SMS, replies are printed', load: () => import('./smsc-sim.js') },
  simulate: { summary: 'synthetic carrier traffic (JSONL) with ground truth apart: --lines N --infected K --hours H --seed S', load: () => import('./simulate.js') },
  keys: { summary: 'keys create --org NAME --role ROLE | keys list | keys revoke ID', load: () => import('./keys.js') },
  consent: { summary: 'consent set|get|reassign|history LINE: a line\'s detection, warnings, filtering and C&C blocking consent', load: () => import('./consent.js') },
  lines: { summary: 'lines detect --input FILE|- | list | cases | case | worklist | purge | publish | worker: infected lines and their cases', load: () => import('./lines.js') },
};

export function usage(): string {
  const width = Math.max(...Object.keys(commands).map((c) => c.length));
  return [
    'usage: smishguard <command> [options]',
    '',
    ...Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
    '',
    'smishguard <command> --help for its options.',
  ].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(usage());
    return name ? 0 : 64;
  }
  const command = commands[name];
  if (!command) {
    console.error(`smishguard: unknown command '${name}' (E_USAGE)\n\n${usage()}`);
    return 64;
  }
  const mod = await command.load();
  return mod.run(rest);
}
