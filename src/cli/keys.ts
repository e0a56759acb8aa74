// `smishguard keys create --org NAME --role ROLE | keys list | keys revoke ID`
import { ROLES, type Role } from '../store/index.js';
import { EX, fail, failWith, parse, showUsage } from './args.js';
import { STORE_HELP, STORE_OPTIONS, storeFor } from './store-option.js';

const HELP = `usage: smishguard keys create --org NAME --role ${ROLES.join('|')} [--db PATH]
       smishguard keys list [--db PATH]
       smishguard keys revoke ID [--db PATH]

A key is printed once, when it is created, alone on stdout (ID, a tab, the key); only its
hash is stored. list and revoke need an existing store.

${STORE_HELP}`;

export async function run(args: string[]): Promise<number> {
  const parsed = parse(args, { org: { type: 'string' }, role: { type: 'string' }, ...STORE_OPTIONS, help: { type: 'boolean', short: 'h' } });
  if (!parsed.ok) return fail('keys', parsed.error);
  const { values, positionals } = parsed.value;
  const [action, ...rest] = positionals;
  if (values.help || !action) return showUsage(HELP, values.help === true);
  if (action === 'create') {
    if (!values.org?.trim()) return fail('keys', { code: 'E_USAGE', message: '--org NAME is required' });
    if (!ROLES.includes(values.role as Role)) return fail('keys', { code: 'E_USAGE', message: `--role must be one of ${ROLES.join(', ')}` });
  } else if (action === 'revoke') {
    if (rest.length !== 1) return fail('keys', { code: 'E_USAGE', message: 'keys revoke takes one key ID' });
  } else if (action !== 'list') {
    return fail('keys', { code: 'E_USAGE', message: `unknown action '${action}' (create, list, revoke; --help for more)` });
  }
  const opened = await storeFor(values, { access: action === 'create' ? 'create' : 'existing' });
  if (!opened.ok) return failWith('keys', opened.error);
  const { store } = opened;
  try {
    if (action === 'create') {
      const { id, key } = await store.apiKeys.create({ org: values.org!.trim(), role: values.role as Role });
      await store.audit.append({ actor: 'cli', action: 'keys.create', subject: id, detail: { org: values.org, role: values.role } });
      // Only the key on stdout, so `keys create … > key.txt` or `$(…)` captures it alone.
      process.stdout.write(`${id}\t${key}\n`);
      process.stderr.write('smishguard keys: the key is shown this once; keep it safe\n');
      return 0;
    }
    if (action === 'list') {
      for (const k of await store.apiKeys.list()) console.log([k.id, k.role, k.org, k.createdAt, k.revokedAt ? `revoked ${k.revokedAt}` : 'active'].join('\t'));
      return 0;
    }
    const id = rest[0] as string;
    if (!(await store.apiKeys.revoke(id))) return fail('keys', { code: 'E_NOT_FOUND', message: `no active key ${id}` }, EX.NOT_FOUND);
    await store.audit.append({ actor: 'cli', action: 'keys.revoke', subject: id });
    console.log(`revoked ${id}`);
    return 0;
  } finally {
    await store.close();
  }
}
