// `smishguard secret export [--to FILE] [--db PATH]`: the one-off move of the keyed-hash
// secret out of a store made by an older smishguard (which kept it in `settings`). Every
// other command refuses such a store, so the secret cannot stay beside the hashes it keys.
import { closeSync, openSync, writeSync } from 'node:fs';
import { secretFileBeside } from '../config/index.js';
import { LEGACY_SECRET_SETTING } from '../store/index.js';
import { EX, fail, failWith, parse, showUsage } from './args.js';
import { STORE_HELP, STORE_OPTIONS, openTarget, storeTarget } from './store-option.js';

const HELP = `usage: smishguard secret export [--to FILE] [--db PATH]

Moves the keyed-hash secret that older versions kept inside the store into FILE (made with
mode 0600; never overwritten), then deletes it from the store. Run the platform afterwards
with SMISHGUARD_SECRET_FILE=FILE (or --secret-file FILE). For a SQLite store FILE defaults to
the file beside it (PATH.secret), which is found without any setting.

${STORE_HELP}`;

export async function run(args: string[]): Promise<number> {
  const parsed = parse(args, { ...STORE_OPTIONS, to: { type: 'string' }, help: { type: 'boolean', short: 'h' } });
  if (!parsed.ok) return fail('secret', parsed.error);
  const { values, positionals } = parsed.value;
  if (values.help) return showUsage(HELP, true);
  if (positionals[0] !== 'export' || positionals.length !== 1) {
    process.stderr.write(HELP + '\n');
    return fail('secret', { code: 'E_USAGE', message: "expected 'secret export'" });
  }
  const target = storeTarget({ db: values.db });
  if (!target.ok) return failWith('secret', target.error);
  const to = values.to ?? (target.storage.kind === 'sqlite' ? secretFileBeside(target.storage.path) : undefined);
  if (!to) return fail('secret', { code: 'E_USAGE', message: '--to FILE is required for a PostgreSQL store' });
  const opened = await openTarget(target.storage, { kind: 'none' }, { access: 'existing', allowStoredSecret: true });
  if (!opened.ok) return failWith('secret', opened.error);
  const { store } = opened;
  try {
    const row = await store.db.selectFrom('settings').select('value').where('name', '=', LEGACY_SECRET_SETTING).executeTakeFirst();
    if (!row) return fail('secret', { code: 'E_NO_SECRET_IN_STORE', message: 'this store holds no secret: nothing to export' }, EX.NOINPUT);
    try {
      const fd = openSync(to, 'wx', 0o600);
      try {
        writeSync(fd, row.value + '\n');
      } finally {
        closeSync(fd);
      }
    } catch (err) {
      return fail('secret', { code: 'E_SECRET_FILE', message: `cannot create ${to}: ${(err as Error).message}` }, EX.CANTCREAT);
    }
    // Deleted only once the file is written: a failure above leaves the store as it was.
    await store.db.deleteFrom('settings').where('name', '=', LEGACY_SECRET_SETTING).execute();
    await store.audit.append({ actor: 'cli', action: 'secret.export', subject: 'hash_secret' });
    process.stderr.write(`smishguard secret: the keyed-hash secret is now in ${to} (mode 0600) and no longer in the store; run with SMISHGUARD_SECRET_FILE=${to}${values.to === undefined ? ' (or nothing: it is the default file beside this database)' : ''}\n`);
    return EX.OK;
  } finally {
    await store.close();
  }
}
