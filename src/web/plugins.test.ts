import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FastifyPluginAsync } from 'fastify';
import { getEngine } from '../engine/index.js';
import { openStore } from '../store/index.js';
import { buildApp, loadOptionalPlugins, type PluginOptions } from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'smishguard-plugins-'));
const store = await openStore({ sqlitePath: join(dir, 'p.db') });
after(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

// A plugin the way the lines capability writes one: a public page and a guarded route.
const lines: FastifyPluginAsync<PluginOptions> = async (app, opts) => {
  app.get('/page', { config: opts.publicLimit }, async () => ({ page: true }));
  app.get('/api/v1/cases', { preHandler: opts.requireRole('carrier', 'admin') }, async (req) => ({ org: req.caller?.org, at: opts.clock().toISOString() }));
  app.post('/api/v1/lines', { schema: { body: { type: 'object', required: ['line'], properties: { line: { type: 'string' } } } } }, async () => ({ ok: true }));
};

test('a registered plugin gets the caller, role guards, the clock, and the app\'s error codes and rate limit', async () => {
  const app = await buildApp({ engine: getEngine(), store, config: { rateLimit: 2 }, plugins: [{ name: 'lines', plugin: lines }], clock: () => new Date('2099-01-01T00:00:00Z') });
  try {
    const carrier = await store.apiKeys.create({ org: 'Example Mobile', role: 'carrier' });
    const analyst = await store.apiKeys.create({ org: 'SOC', role: 'analyst' });
    const get = (url: string, key?: string) => app.inject({ method: 'GET', url, headers: key ? { authorization: `Bearer ${key}` } : {} });
    assert.deepEqual((await get('/api/v1/cases', carrier.key)).json(), { org: 'Example Mobile', at: '2099-01-01T00:00:00.000Z' });
    assert.equal((await get('/api/v1/cases')).json().code, 'E_AUTH_REQUIRED');
    assert.equal((await get('/api/v1/cases', analyst.key)).json().code, 'E_FORBIDDEN');
    assert.equal((await get('/api/v1/cases', 'sg_revoked')).json().code, 'E_BAD_KEY');
    const bad = await app.inject({ method: 'POST', url: '/api/v1/lines', payload: {} });
    assert.deepEqual([bad.statusCode, bad.json().code], [400, 'E_VALIDATION']);
    assert.equal((await get('/page')).statusCode, 200);
    assert.equal((await get('/page')).statusCode, 200);
    assert.deepEqual([(await get('/page')).statusCode, (await get('/page')).json().code], [429, 'E_RATE_LIMITED']);
  } finally {
    await app.close();
  }
});

test('optional plugins: absent ones are skipped, broken ones stop the start with E_PLUGIN', async () => {
  const file = (name: string, body: string): string => {
    writeFileSync(join(dir, name), body);
    return pathToFileURL(join(dir, name)).href;
  };
  const good = file('good.mjs', 'export default async function (app) { app.get("/", async () => "form"); }');
  const named = file('named.mjs', 'export async function plugin(app) { app.get("/n", async () => "n"); }');
  const none = file('none.mjs', 'export const x = 1;');
  const broken = file('broken.mjs', 'throw new Error("boom");');
  const absent = pathToFileURL(join(dir, 'absent.js')).href;

  const ok = await loadOptionalPlugins([{ name: 'form', module: good }, { name: 'named', module: named }, { name: 'later', module: absent }]);
  assert.ok(ok.ok);
  assert.deepEqual(ok.plugins.map((p) => p.name), ['form', 'named']);
  assert.deepEqual(ok.missing, ['later']);
  const app = await buildApp({ engine: getEngine(), store, config: { rateLimit: 0 }, plugins: ok.plugins });
  try {
    assert.equal((await app.inject('/')).body, 'form');
    assert.equal((await app.inject('/n')).body, 'n');
  } finally {
    await app.close();
  }

  for (const module of [none, broken]) {
    const r = await loadOptionalPlugins([{ name: 'x', module }]);
    assert.ok(!r.ok);
    assert.equal(r.code, 'E_PLUGIN');
  }
});
