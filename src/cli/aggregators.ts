// `smishguard aggregators set ORG --route KIND[:PREFIX]… | list`: which organisation carries
// which aggregator route; their notices go to API keys of role `aggregator` of that org.
import { normalisePrefix, openAggregatorNotices, ROUTE_KINDS, type Route, type RouteKind } from '../aggregators/index.js';
import { EX, fail, failWith, parse, showUsage } from './args.js';
import { STORE_HELP, STORE_OPTIONS, storeFor } from './store-option.js';

const HELP = `usage: smishguard aggregators set ORG --route KIND[:PREFIX] [--route …] [--db PATH]
       smishguard aggregators list [--db PATH]

set replaces the routes ORG carries (no --route: none). KIND is one of
${ROUTE_KINDS.join(', ')}; PREFIX narrows it to senders starting so (0005:0005-12, 050:05012,
alphanumeric:SAGAWA); the longest matching prefix decides whose a notice is. A route another
organisation carries is refused (E_CONFLICT, exit 65). ORG is the --org of the aggregator's
API keys (smishguard keys create --org ORG --role aggregator).

list prints one route a line: org, kind, prefix (tab-separated).

${STORE_HELP}`;

export async function run(args: string[]): Promise<number> {
  const parsed = parse(args, { route: { type: 'string', multiple: true }, ...STORE_OPTIONS, help: { type: 'boolean', short: 'h' } });
  if (!parsed.ok) return fail('aggregators', parsed.error);
  const { values, positionals } = parsed.value;
  const [action, ...rest] = positionals;
  if (values.help || !action) return showUsage(HELP, values.help === true);
  const routes: Route[] = [];
  if (action === 'set') {
    if (rest.length !== 1 || !rest[0]?.trim()) return fail('aggregators', { code: 'E_USAGE', message: 'aggregators set takes one ORG' });
    for (const spec of values.route ?? []) {
      const [kind = '', ...p] = spec.split(':');
      if (!(ROUTE_KINDS as readonly string[]).includes(kind)) return fail('aggregators', { code: 'E_USAGE', message: `--route ${spec}: the kind is one of ${ROUTE_KINDS.join(', ')}` });
      const prefix = normalisePrefix(kind as RouteKind, p.join(':'));
      if (prefix === null) return fail('aggregators', { code: 'E_BAD_PREFIX', message: `--route ${spec}: the prefix does not fit ${kind}` });
      routes.push({ kind: kind as RouteKind, prefix });
    }
  } else if (action !== 'list') {
    return fail('aggregators', { code: 'E_USAGE', message: `unknown action '${action}' (set, list; --help for more)` });
  }
  const opened = await storeFor(values, { access: action === 'set' ? 'create' : 'existing' });
  if (!opened.ok) return failWith('aggregators', opened.error);
  const { store } = opened;
  const notices = openAggregatorNotices(store);
  try {
    if (action === 'set') {
      const org = (rest[0] as string).trim();
      const r = await notices.setRoutes(org, routes, 'cli');
      if (!r.ok) return fail('aggregators', r, EX.DATAERR);
      process.stdout.write(`${org}: ${r.routes.map((x) => `${x.kind}${x.prefix ? `:${x.prefix}` : ''}`).join(' ') || 'no routes'}\n`);
      return EX.OK;
    }
    for (const a of await notices.list()) for (const r of a.routes) process.stdout.write(`${a.org}\t${r.kind}\t${r.prefix}\n`);
    return EX.OK;
  } finally {
    await store.close();
  }
}
