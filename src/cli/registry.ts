// `smishguard registry import FILE.csv [--dry-run] | list | revoke VALUE`: the operators' sender
// registry (src/registry). Running servers pick changes up within seconds.
import { readFileSync } from 'node:fs';
import { ENTRY_KINDS, CSV_COLUMNS, openSenderRegistry, type EntryKind } from '../registry/index.js';
import { EX, fail, failWith, parse, showUsage } from './args.js';
import { inputProblem } from './input.js';
import { STORE_HELP, STORE_OPTIONS, storeFor } from './store-option.js';

const HELP = `usage: smishguard registry import FILE.csv [--dry-run] [--db PATH]
       smishguard registry list [--kind KIND] [--db PATH]
       smishguard registry revoke VALUE [--note TEXT] [--db PATH]

import reads CSV (UTF-8, RFC 4180) with a header naming the columns
  ${CSV_COLUMNS.join(',')}[,state]
kind: ${ENTRY_KINDS.join(' | ')}; brands: brand ids of data/brands.json apart by ; or
spaces; source: the page that documents the sender; verified_at: YYYY-MM-DD; state:
active (default) or revoked. FILE - reads stdin. Valid rows are upserted in one
transaction (a row that changes nothing writes nothing, so a second run is a no-op);
each refused row is named on stderr by line and code (E_BAD_KIND, E_BAD_VALUE,
E_UNKNOWN_BRAND, E_BAD_SOURCE, E_BAD_DATE, E_BAD_STATE, E_DUPLICATE, E_CSV_COLUMNS,
E_CSV_QUOTE, E_CSV_HEADER) and the exit code is then 65. --dry-run checks and counts,
writing nothing. The summary goes to stdout.

list prints one entry a line: value, kind, state, company, brands, verified_at, source
(tab-separated). revoke takes away an entry's trust, a shipped listing's of the same sender
included (a sender only the shipped data lists is stored as a revoked entry); exit 1 when
there is nothing to revoke.

${STORE_HELP}`;

export async function run(args: string[]): Promise<number> {
  const parsed = parse(args, { 'dry-run': { type: 'boolean' }, kind: { type: 'string' }, note: { type: 'string' }, ...STORE_OPTIONS, help: { type: 'boolean', short: 'h' } });
  if (!parsed.ok) return fail('registry', parsed.error);
  const { values, positionals } = parsed.value;
  const [action, ...rest] = positionals;
  if (values.help || !action) return showUsage(HELP, values.help === true);
  let text = '';
  if (action === 'import') {
    if (rest.length !== 1) return fail('registry', { code: 'E_USAGE', message: 'registry import takes one FILE.csv (or - for stdin)' });
    const file = rest[0] as string;
    const problem = inputProblem(file);
    if (problem) return fail('registry', { code: problem.code, message: problem.message.replace('--input: ', '') }, EX.NOINPUT);
    try {
      text = readFileSync(file === '-' ? 0 : file, 'utf8');
    } catch (err) {
      return fail('registry', { code: 'E_INPUT', message: `cannot read ${file}: ${(err as Error).message}` }, EX.IOERR);
    }
  } else if (action === 'list') {
    if (values.kind !== undefined && !(ENTRY_KINDS as readonly string[]).includes(values.kind)) return fail('registry', { code: 'E_USAGE', message: `--kind must be one of ${ENTRY_KINDS.join(', ')}` });
  } else if (action === 'revoke') {
    if (rest.length !== 1) return fail('registry', { code: 'E_USAGE', message: 'registry revoke takes one VALUE' });
  } else {
    return fail('registry', { code: 'E_USAGE', message: `unknown action '${action}' (import, list, revoke; --help for more)` });
  }
  const opened = await storeFor(values, { access: action === 'import' && !values['dry-run'] ? 'create' : 'existing' });
  if (!opened.ok) return failWith('registry', opened.error);
  const { store } = opened;
  const registry = openSenderRegistry(store);
  try {
    if (action === 'import') {
      const r = await registry.importCsv(text, 'cli', { dryRun: values['dry-run'] === true });
      for (const e of r.errors) process.stderr.write(`smishguard registry: line ${e.line}: ${e.message} (${e.code})\n`);
      const lines = new Set(r.errors.map((e) => e.line)).size;
      process.stdout.write(`${r.dryRun ? 'dry run: would create' : 'created'} ${r.created}, ${r.dryRun ? 'update' : 'updated'} ${r.updated}, unchanged ${r.unchanged}, refused ${lines} line${lines === 1 ? '' : 's'}\n`);
      return r.errors.length > 0 ? EX.DATAERR : EX.OK;
    }
    if (action === 'list') {
      for (let after: string | undefined; ;) {
        const page = await registry.entries.list({ kind: values.kind as EntryKind | undefined, limit: 500, after });
        for (const e of page) process.stdout.write([e.value, e.kind, e.state, e.company, e.brandIds.join(';'), e.verifiedAt, e.source].join('\t') + '\n');
        if (page.length < 500) break;
        after = page[page.length - 1]!.value;
      }
      return EX.OK;
    }
    const key = registry.keyOf(rest[0] as string);
    if (key === null) return fail('registry', { code: 'E_BAD_SENDER', message: `${rest[0]} is not a phone number, short code or sender ID` });
    const r = await registry.revoke(key, 'cli', values.note ?? null);
    if (!r.ok) return fail('registry', { code: r.code, message: 'message' in r ? r.message : r.code }, EX.NOT_FOUND);
    process.stdout.write(`revoked ${r.entry.display}\n`);
    return EX.OK;
  } finally {
    await store.close();
  }
}
