// `smishguard serve`: the platform's HTTP server on the embedded default.
import { getEngine } from '../engine/index.js';
import { openStore, DEFAULT_SQLITE_PATH } from '../store/index.js';
import { buildApp } from '../web/index.js';
import { fail, parse } from './args.js';

const HELP = `usage: smishguard serve [--db PATH] [--http-port N] [--host ADDR] [--rate-limit N]

  --db          SQLite file (default ${DEFAULT_SQLITE_PATH}); DATABASE_URL=postgres://… uses PostgreSQL
  --http-port   port to listen on (default 8080)
  --host        address to listen on (default 127.0.0.1; 0.0.0.0 for every interface)
  --rate-limit  requests per client address per minute on public endpoints (default 60, 0 = off)

Serves POST /api/v1/check, POST /api/v1/reports, GET /api/v1/reports[/:id] and
/api/v1/indicators (API keys: smishguard keys), /healthz, /metrics, the OpenAPI description at
/openapi.json and its docs page at /docs. SIGTERM or SIGINT drains in-flight requests,
closes the store and exits.`;

function intOption(name: string, raw: string | undefined, fallback: number, min: number, max: number): number | { error: string } {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  return Number.isInteger(n) && n >= min && n <= max ? n : { error: `--${name} must be a whole number from ${min} to ${max}` };
}

export async function run(args: string[]): Promise<number> {
  const parsed = parse(args, {
    'http-port': { type: 'string' },
    db: { type: 'string' },
    host: { type: 'string' },
    'rate-limit': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (!parsed.ok) return fail('serve', parsed.error);
  const { values } = parsed.value;
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const port = intOption('http-port', values['http-port'], 8080, 0, 65535);
  if (typeof port !== 'number') return fail('serve', { code: 'E_USAGE', message: port.error });
  const rate = intOption('rate-limit', values['rate-limit'], 60, 0, 1_000_000);
  if (typeof rate !== 'number') return fail('serve', { code: 'E_USAGE', message: rate.error });
  const host = values.host ?? '127.0.0.1';

  let store;
  try {
    store = await openStore({ sqlitePath: values.db, databaseUrl: process.env.DATABASE_URL || undefined });
  } catch (err) {
    return fail('serve', { code: 'E_STORE', message: `cannot open the store: ${(err as Error).message}` }, 69);
  }
  const app = await buildApp({ engine: getEngine(), store, config: Object.freeze({ rateLimit: rate, logger: true }) });
  try {
    await app.listen({ port, host });
  } catch (err) {
    await store.close();
    return fail('serve', { code: 'E_LISTEN', message: `cannot listen on ${host}:${port}: ${(err as Error).message}` }, 69);
  }
  const address = app.server.address();
  const shown = typeof address === 'object' && address ? `http://${host.includes(':') ? `[${host}]` : host}:${address.port}` : `${host}:${port}`;
  console.log(`smishguard is serving on ${shown} (store: ${store.dialect === 'postgres' ? 'PostgreSQL' : values.db ?? DEFAULT_SQLITE_PATH})\n  check a message:  curl -s ${shown}/api/v1/check -H 'content-type: application/json' -d '{"text":"…"}'\n  API docs:         ${shown}/docs\n  health, metrics:  ${shown}/healthz  ${shown}/metrics`);

  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGTERM', stop);
      process.off('SIGINT', stop);
      resolve();
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  });
  // In-flight requests finish (each report is committed before it is answered), then the store closes.
  await app.close();
  await store.close();
  return 0;
}
