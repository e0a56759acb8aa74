// The OpenAPI description is complete (issue 10, item 14) and passes Redocly's recommended
// rules, run on the document the server actually serves.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { getEngine } from '../engine/index.js';
import { sqliteDatabase } from '../store/test-support.js';
import { HTTP_ERRORS } from './errors.js';
import { buildApp, loadOptionalPlugins } from './index.js';

const db = sqliteDatabase();
const store = await db.open();
const loaded = await loadOptionalPlugins();
assert.ok(loaded.ok);
const app = await buildApp({ engine: getEngine(), store, config: { rateLimit: 60 }, plugins: loaded.plugins });
const dir = mkdtempSync(join(tmpdir(), 'smishguard-openapi-'));
after(async () => {
  await app.close();
  await db.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

interface Op { operationId?: string; tags?: string[]; security?: object[]; requestBody?: { content: Record<string, unknown> }; responses: Record<string, { description: string }> }
const spec = (await app.inject('/openapi.json')).json() as { components: { securitySchemes: Record<string, { scheme: string }> }; paths: Record<string, Record<string, Op>>; tags: { name: string }[] };
const ops = Object.entries(spec.paths).flatMap(([path, item]) => Object.entries(item).map(([method, op]) => ({ key: `${method.toUpperCase()} ${path}`, op })));

test('every operation has an operationId, a tag, security and described responses', () => {
  assert.ok(ops.length >= 17, `${ops.length} operations`);
  assert.equal(spec.components.securitySchemes.apiKey?.scheme, 'bearer');
  const ids = ops.map((o) => o.op.operationId);
  assert.equal(new Set(ids).size, ops.length, 'operationIds are unique');
  for (const { key, op } of ops) {
    assert.ok(op.operationId, `${key}: operationId`);
    assert.ok(op.tags?.length && spec.tags.some((t) => t.name === op.tags![0]), `${key}: tag`);
    assert.ok(op.security?.length, `${key}: security`);
    for (const [status, r] of Object.entries(op.responses)) assert.ok(r.description && r.description !== 'Default Response', `${key} ${status}: ${r.description}`);
    assert.ok(op.responses.default, `${key}: the errors before the route`);
  }
  assert.ok(new Set(ops.map((o) => o.op.tags![0])).size >= 4, 'more than one tag');
  assert.deepEqual(spec.paths['/api/v1/check']!.post!.security, [{}, { apiKey: [] }], 'public, key optional');
  assert.deepEqual(spec.paths['/api/v1/traffic']!.post!.security, [{ apiKey: [] }]);
  assert.ok(spec.paths['/api/v1/traffic']!.post!.requestBody?.content['application/x-ndjson']);
  assert.ok(spec.paths['/api/v1/cases/worklist.csv']!.get!.responses['200']);
});

test('the sender lookup (page and API) is public; the registry and aggregator routes need keys', () => {
  const get = (p: string) => spec.paths[p]!.get!;
  assert.deepEqual(get('/api/v1/senders/lookup').security, [{}, { apiKey: [] }]);
  assert.deepEqual(get('/lookup').security, [{}, { apiKey: [] }]);
  assert.ok((get('/lookup').responses['200'] as { content?: Record<string, unknown> }).content?.['text/html']);
  assert.equal(get('/lookup').operationId, 'getLookupPage');
  for (const [p, m] of [['/api/v1/senders', 'post'], ['/api/v1/senders/{value}/revoke', 'post'], ['/api/v1/aggregator/notices', 'get'], ['/api/v1/aggregators/{org}', 'put']] as const) {
    const op = spec.paths[p]![m]!;
    assert.deepEqual(op.security, [{ apiKey: [] }], p);
    assert.ok(['senders', 'aggregators'].includes(op.tags![0]!), p);
  }
});

test('every E_ code the HTTP side answers with is documented', () => {
  const text = JSON.stringify(spec);
  for (const code of Object.keys(HTTP_ERRORS)) assert.ok(text.includes(code), code);
});

const redocly = fileURLToPath(new URL('../../node_modules/.bin/redocly', import.meta.url));
const skip = existsSync(redocly) ? false : process.env.CI === 'true' ? false : 'redocly is not installed (npm install)';

test("Redocly's recommended rules pass on /openapi.json", { skip }, () => {
  const file = join(dir, 'openapi.json');
  writeFileSync(file, JSON.stringify(spec));
  const r = spawnSync(redocly, ['lint', '--extends', 'recommended', '--format', 'summary', file], { encoding: 'utf8', env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' } });
  assert.equal(r.status, 0, `${r.stdout}\n${r.stderr}`);
  assert.doesNotMatch(`${r.stdout}${r.stderr}`, /warning /, 'no warnings either');
});

test('the docs page has an Authorize button (security schemes in its spec)', async () => {
  const docs = await app.inject('/docs/json');
  assert.equal(docs.statusCode, 200);
  assert.ok((docs.json() as typeof spec).components.securitySchemes.apiKey);
});
