// npm run bench:http-edge: how long one hostile body holds the event loop (issue 10, item 6).
// Before the JSON pre-scan, one 8 MiB traffic line nested 4,000,000 deep held it ~1.8 s.
// Prints, for each body, its answer and the longest gap between 1 ms timer ticks while the
// request ran (the harness's own handling of the 8 MiB string included).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getEngine } from '../src/engine/index.js';
import { openStore } from '../src/store/index.js';
import { buildApp, loadOptionalPlugins } from '../src/web/index.js';

const dir = mkdtempSync(join(tmpdir(), 'smishguard-bench-edge-'));
const store = await openStore({ sqlitePath: join(dir, 'bench.db') });
const loaded = await loadOptionalPlugins();
if (!loaded.ok) throw new Error(loaded.message);
const app = await buildApp({ engine: getEngine(), store, config: { rateLimit: 0 }, plugins: loaded.plugins });
const key = (await store.apiKeys.create({ org: 'bench', role: 'carrier' })).key;
const traffic = (payload: string) => app.inject({ method: 'POST', url: '/api/v1/traffic', payload, headers: { authorization: `Bearer ${key}`, 'content-type': 'application/x-ndjson' } });
// Warm: the first traffic post loads the consent gate and the report evidence.
await traffic('{"ts":"2026-11-02T09:00:00Z","from":"09012345678","to":"08011112222","origin":"handset"}');

const head = '{"ts":"2026-11-02T09:00:00Z","from":"09012345678","to":"08011112222","origin":"handset","text":';
const deep8 = head + '['.repeat(4_000_000);
const cases: [string, () => ReturnType<typeof traffic>][] = [
  ['traffic: one 8 MiB line, 4,000,000 deep', () => traffic(deep8 + ' '.repeat(8 * 1024 * 1024 - 100 - deep8.length))],
  ['traffic: one 64 KiB line, 32,000 deep', () => traffic(head + '['.repeat(32_000))],
  ['check: a 16 KiB JSON body, 16,000 deep', () => app.inject({ method: 'POST', url: '/api/v1/check', payload: `{"text":${'['.repeat(16_000)}`, headers: { 'content-type': 'application/json' } })],
];
for (const [name, run] of cases) {
  let last = performance.now();
  let worst = 0;
  const tick = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last);
    last = now;
  }, 1);
  await new Promise((r) => setTimeout(r, 20));
  worst = 0;
  last = performance.now();
  const started = performance.now();
  const r = await run();
  clearInterval(tick);
  worst = Math.max(worst, performance.now() - last);
  const body = r.json() as { code: string; errors?: { message: string }[] };
  console.log(`${name}: ${r.statusCode} ${body.code}${body.errors ? ` (${body.errors[0]?.message})` : ''}, ${(performance.now() - started).toFixed(0)} ms, longest loop stall ${worst.toFixed(0)} ms`);
}
await app.close();
await store.close();
rmSync(dir, { recursive: true, force: true });
