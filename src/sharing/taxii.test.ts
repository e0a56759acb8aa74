// TAXII 2.1 through the HTTP app, as a partner's client sees it: discovery → API root →
// collections → objects/manifest with paging and filters, TAXII's media type and errors,
// bearer or Basic credentials per partner. Paging misses and repeats nothing while analysts
// confirm more between pages.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { getEngine } from '../engine/index.js';
import { getReputationData, openIndicatorStore, type IndicatorStore } from '../reputation/index.js';
import type { Store } from '../store/index.js';
import { sqliteDatabase } from '../store/test-support.js';
import { buildApp } from '../web/index.js';
import plugin from './routes.js';
import { stixValidator } from './test-support.js';
import { INDICATORS_COLLECTION } from './feed.js';
import { SUBMISSIONS_COLLECTION } from './taxii.js';
import { stixIndicator } from './stix.js';

const TAXII = 'application/taxii+json;version=2.1';
const v = stixValidator();

describe('TAXII 2.1', () => {
  const db = sqliteDatabase();
  let store: Store;
  let app: Awaited<ReturnType<typeof buildApp>>;
  let indicators: IndicatorStore;
  let partner: string;
  let reporter: string;
  before(async () => {
    store = await db.open();
    app = await buildApp({ engine: getEngine(), store, config: { rateLimit: 0 }, plugins: [{ name: 'sharing', plugin }], settings: { smsFrom: '7726', carrierUrl: null, publicUrl: null, sharing: { org: 'Example Mobile SOC', tlp: 'green' } } });
    indicators = openIndicatorStore(store, getReputationData());
    partner = (await store.apiKeys.create({ org: 'Partner Aggregator', role: 'partner' })).key;
    reporter = (await store.apiKeys.create({ org: 'A reporter', role: 'reporter' })).key;
  });
  after(async () => { await app.close(); await db.cleanup(); });

  const get = (url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers: { accept: TAXII, authorization: `Bearer ${partner}`, ...headers } });
  const confirm = async (n: number, from = 0): Promise<void> => {
    for (let i = from; i < from + n; i++) assert.equal((await indicators.decide({ kind: 'domain', value: `lure-${i}.example.top` }, 'confirm', 'key:test')).ok, true);
  };
  const base = `/taxii2/api/collections/${INDICATORS_COLLECTION}`;

  it('walks discovery, the API root, collections and a collection, in TAXII media type', async () => {
    const d = await get('/taxii2/');
    assert.equal(d.statusCode, 200);
    assert.equal(d.headers['content-type'], TAXII);
    const disc = d.json() as { api_roots: string[]; default: string };
    assert.deepEqual(disc.api_roots, ['/taxii2/api/']);
    const root = (await get(disc.default)).json() as { versions: string[] };
    assert.deepEqual(root.versions, [TAXII]);
    const cols = (await get('/taxii2/api/collections/')).json() as { collections: { id: string; can_read: boolean; can_write: boolean; media_types: string[] }[] };
    assert.deepEqual(cols.collections.map((c) => [c.can_read, c.can_write]), [[true, false], [false, true], [true, false]], 'indicators to read, submissions to write, campaigns to read');
    assert.equal(cols.collections[0]?.id, INDICATORS_COLLECTION);
    assert.deepEqual(cols.collections[0]?.media_types, ['application/stix+json;version=2.1']);
    assert.equal((await get(`${base}/`)).json().id, INDICATORS_COLLECTION);
    assert.equal((await get('/taxii2/api/collections/confirmed-indicators/')).statusCode, 200, 'by alias');
    assert.deepEqual((await get('/taxii2')).json(), disc, 'without the trailing slash too');
  });

  it('an empty collection answers an empty envelope', async () => {
    const r = await get(`${base}/objects/`);
    assert.equal(r.statusCode, 200);
    assert.deepEqual(r.json(), {});
  });

  it('refuses what TAXII says to refuse, with TAXII error messages', async () => {
    const noAccept = await get('/taxii2/', { accept: 'application/json' });
    assert.equal(noAccept.statusCode, 406);
    assert.equal(noAccept.headers['content-type'], TAXII);
    assert.deepEqual(noAccept.json(), { title: 'Not acceptable', description: `send Accept: ${TAXII}`, error_code: 'E_NOT_ACCEPTABLE', http_status: '406' });
    assert.equal((await get('/taxii2/', { accept: 'application/taxii+json;version=2.0' })).statusCode, 406);
    assert.equal((await get('/taxii2/', { accept: 'application/taxii+json' })).statusCode, 200, 'no version: the latest');
    const none = await app.inject({ method: 'GET', url: '/taxii2/', headers: { accept: TAXII } });
    assert.equal(none.statusCode, 401);
    assert.match(String(none.headers['www-authenticate']), /Basic realm=/);
    assert.equal(none.json().error_code, 'E_AUTH_REQUIRED');
    assert.equal(none.json().http_status, '401');
    const bad = await get('/taxii2/', { authorization: 'Bearer sg_wrong' });
    assert.equal(bad.statusCode, 401);
    assert.equal(bad.json().error_code, 'E_BAD_KEY');
    assert.equal((await get('/taxii2/', { authorization: `Bearer ${reporter}` })).json().error_code, 'E_FORBIDDEN');
    assert.equal((await get('/taxii2/api/collections/nope/objects/')).statusCode, 404);
    for (const q of ['added_after=yesterday', 'next=abc', 'limit=0', 'match[version]=newest']) {
      const r = await get(`${base}/objects/?${q}`);
      assert.equal(r.statusCode, 400, q);
      assert.equal(r.json().error_code, q.startsWith('limit') ? 'E_VALIDATION' : 'E_VALIDATION');
    }
  });

  it('HTTP Basic with the key as password works as well as a bearer key', async () => {
    const basic = `Basic ${Buffer.from(`partner-aggregator:${partner}`).toString('base64')}`;
    assert.equal((await get('/taxii2/', { authorization: basic })).statusCode, 200);
    const wrong = `Basic ${Buffer.from('partner-aggregator:sg_nope').toString('base64')}`;
    assert.equal((await get('/taxii2/', { authorization: wrong })).statusCode, 401);
  });

  it('pages every object exactly once while more are confirmed between pages', async () => {
    await confirm(25);
    const seen: string[] = [];
    let next: string | undefined;
    let pages = 0;
    let added = 25;
    do {
      const r = await get(`${base}/objects/?limit=7${next ? `&next=${next}` : ''}`);
      assert.equal(r.statusCode, 200);
      assert.equal(r.headers['content-type'], TAXII);
      const env = r.json() as { more: boolean; next?: string; objects: { id: string; type: string }[] };
      for (const o of env.objects) assert.deepEqual(v.errors(o), []);
      seen.push(...env.objects.map((o) => o.id));
      assert.ok(r.headers['x-taxii-date-added-first'] && r.headers['x-taxii-date-added-last']);
      next = env.more ? env.next : undefined;
      // Analysts keep confirming while the partner pages.
      if (pages++ < 3) { await confirm(3, added); added += 3; }
    } while (next);
    assert.equal(new Set(seen).size, seen.length, 'no object repeated');
    assert.equal(seen.length, added, 'no object missed, the new ones included');
  });

  it('filters by added_after, match[id], match[type], match[version]; the manifest and versions agree', async () => {
    const all = (await get(`${base}/manifest/?limit=10000`)).json() as { more: boolean; objects: { id: string; date_added: string; version: string; media_type: string }[] };
    assert.equal(all.more, false);
    assert.equal(all.objects.length, 34);
    assert.equal(all.objects[0]?.media_type, 'application/stix+json;version=2.1');
    const last = all.objects[all.objects.length - 1]!;
    const earlier = all.objects.find((o) => o.date_added < last.date_added)!;
    const after = (await get(`${base}/manifest/?added_after=${earlier.date_added}`)).json() as { objects: { date_added: string }[] };
    assert.ok(after.objects.length > 0 && after.objects.every((o) => o.date_added > earlier.date_added));
    const one = (await get(`${base}/objects/?match[id]=${last.id}`)).json() as { objects: { id: string }[] };
    assert.deepEqual(one.objects.map((o) => o.id), [last.id]);
    assert.deepEqual((await get(`${base}/objects/?match[type]=campaign`)).json(), {});
    assert.equal(((await get(`${base}/objects/?match[type]=indicator&limit=5`)).json() as { objects: unknown[] }).objects.length, 5);
    assert.deepEqual((await get(`${base}/objects/?match[spec_version]=2.0`)).json(), {});

    // An analyst withdraws one: a revoked version follows, the latest by default, both with match[version]=all.
    await indicators.decide({ kind: 'domain', value: 'lure-0.example.top' }, 'reject', 'key:test');
    const m0 = all.objects[0]!;
    const latest = (await get(`${base}/objects/${m0.id}/`)).json() as { objects: { revoked?: boolean; modified: string }[] };
    assert.equal(latest.objects.length, 1);
    assert.equal(latest.objects[0]?.revoked, true);
    const both = (await get(`${base}/objects/${m0.id}/?match[version]=all`)).json() as { objects: { modified: string }[] };
    assert.equal(both.objects.length, 2);
    const first = (await get(`${base}/objects/${m0.id}/?match[version]=first`)).json() as { objects: { modified: string; revoked?: boolean }[] };
    assert.equal(first.objects[0]?.revoked, undefined);
    const exact = (await get(`${base}/objects/${m0.id}/?match[version]=${m0.version}`)).json() as { objects: { modified: string }[] };
    assert.deepEqual(exact.objects.map((o) => o.modified), [m0.version]);
    const versions = (await get(`${base}/objects/${m0.id}/versions/`)).json() as { versions: string[] };
    assert.deepEqual(versions.versions, both.objects.map((o) => o.modified));
    assert.equal((await get(`${base}/objects/indicator--00000000-0000-5000-8000-000000000000/`)).statusCode, 404);
  });
});

describe('a confirmation reaches every format on the next read', () => {
  const db = sqliteDatabase();
  after(async () => db.cleanup());

  it('TAXII, the STIX bundle, the RPZ zone, the MISP feed and CSV all carry it, with no sync in between', async () => {
    const store = await db.open();
    const app = await buildApp({ engine: getEngine(), store, config: { rateLimit: 0 }, plugins: [{ name: 'sharing', plugin }] });
    try {
      const { key } = await store.apiKeys.create({ org: 'Partner', role: 'partner' });
      const h = { authorization: `Bearer ${key}`, accept: TAXII };
      const get = (url: string) => app.inject({ method: 'GET', url, headers: h });
      // The partner has read everything once (nothing yet).
      assert.deepEqual((await get(`/taxii2/api/collections/${INDICATORS_COLLECTION}/objects/`)).json(), {});
      const analyst = (await store.apiKeys.create({ org: 'SOC', role: 'analyst' })).key;
      const d = await app.inject({ method: 'POST', url: '/api/v1/indicators/decisions', headers: { authorization: `Bearer ${analyst}` }, payload: { action: 'confirm', indicators: [{ kind: 'domain', value: 'fresh-lure-jp.top' }] } });
      assert.equal(d.statusCode, 200, d.body);
      const taxii = (await get(`/taxii2/api/collections/${INDICATORS_COLLECTION}/objects/`)).json() as { objects: { pattern: string }[] };
      assert.deepEqual(taxii.objects.map((o) => o.pattern), ["[domain-name:value = 'fresh-lure-jp.top']"]);
      assert.match((await get('/api/v1/sharing/stix')).body, /fresh-lure-jp\.top/);
      assert.match((await get('/api/v1/sharing/rpz')).body, /^\*\.fresh-lure-jp\.top CNAME \.$/m);
      assert.match((await get('/api/v1/sharing/indicators.csv')).body, /^domain,fresh-lure-jp\.top,indicator--/m);
      const manifest = (await get('/api/v1/sharing/misp/manifest.json')).json() as Record<string, unknown>;
      const ev = (await get(`/api/v1/sharing/misp/${Object.keys(manifest)[0]}.json`)).json() as { Event: { Attribute: { value: string }[] } };
      assert.deepEqual(ev.Event.Attribute.map((a) => a.value), ['fresh-lure-jp.top']);
    } finally {
      await app.close();
    }
  });
});

describe('TAXII 2.1 over a socket, as a client with fetch walks it', () => {
  const db = sqliteDatabase();
  after(async () => db.cleanup());

  it('discovery → API root → collections → objects, every page, with HTTP Basic', async () => {
    const store = await db.open();
    const app = await buildApp({ engine: getEngine(), store, config: { rateLimit: 0 }, plugins: [{ name: 'sharing', plugin }] });
    try {
      const indicators = openIndicatorStore(store, getReputationData());
      for (let i = 0; i < 12; i++) await indicators.decide({ kind: 'url', value: `https://lure-${i}.example.top/p` }, 'confirm', 'key:t');
      const { key } = await store.apiKeys.create({ org: 'Partner', role: 'partner' });
      const origin = await app.listen({ port: 0, host: '127.0.0.1' });
      const headers = { accept: TAXII, authorization: `Basic ${Buffer.from(`partner:${key}`).toString('base64')}` };
      const json = async (path: string): Promise<Record<string, unknown>> => {
        const r = await fetch(new URL(path, origin), { headers });
        assert.equal(r.status, 200, path);
        assert.equal(r.headers.get('content-type'), TAXII);
        return (await r.json()) as Record<string, unknown>;
      };
      const discovery = await json('/taxii2/');
      const root = String(discovery.default);
      assert.deepEqual((await json(root)).versions, [TAXII]);
      const collections = (await json(`${root}collections/`)).collections as { id: string; can_read: boolean }[];
      const readable = collections.filter((c) => c.can_read);
      const ids: string[] = [];
      let next: string | undefined;
      do {
        const page = await json(`${root}collections/${readable[0]?.id}/objects/?limit=5${next ? `&next=${encodeURIComponent(next)}` : ''}`);
        ids.push(...(page.objects as { id: string }[]).map((o) => o.id));
        next = page.more ? String(page.next) : undefined;
      } while (next);
      assert.equal(ids.length, 12);
      assert.equal(new Set(ids).size, 12);
      const refused = await fetch(new URL('/taxii2/', origin), { headers: { accept: TAXII } });
      assert.equal(refused.status, 401);
      assert.match(refused.headers.get('www-authenticate') ?? '', /Basic/);
    } finally {
      await app.close();
    }
  });
});

describe('TAXII 2.1 write collection', () => {
  const db = sqliteDatabase();
  after(async () => db.cleanup());

  it("a partner adds objects: a complete status, each indicator the partner's evidence; reading it back or writing the read collection is refused", async () => {
    const store = await db.open();
    const app = await buildApp({ engine: getEngine(), store, config: { rateLimit: 0 }, plugins: [{ name: 'sharing', plugin }] });
    try {
      const { key } = await store.apiKeys.create({ org: 'Pushing Partner', role: 'partner' });
      const h = { authorization: `Bearer ${key}`, accept: TAXII, 'content-type': TAXII };
      const base = { firstSeen: '2026-11-30T00:00:00.000Z', confirmedAt: '2026-12-01T00:00:00.000Z', validUntil: null, reports: 2, reporters: 2 };
      const envelope = { objects: [
        stixIndicator({ kind: 'domain', value: 'pushed-lure-jp.top', ...base }, { org: 'Pushing Partner', tlp: 'green' }),
        stixIndicator({ kind: 'phone', value: '08011112222', ...base }, { org: 'Pushing Partner', tlp: 'green' }),
        { type: 'identity', spec_version: '2.1', id: 'identity--6f1b6c1e-4c1a-4c1a-8c1a-6f1b6c1e4c1b', name: 'Pushing Partner', created: base.firstSeen, modified: base.firstSeen },
      ] };
      const url = `/taxii2/api/collections/${SUBMISSIONS_COLLECTION}/objects/`;
      const r = await app.inject({ method: 'POST', url, headers: h, payload: JSON.stringify(envelope) });
      assert.equal(r.statusCode, 202, r.body);
      assert.equal(r.headers['content-type'], TAXII);
      const st = r.json() as { id: string; status: string; total_count: number; success_count: number; failure_count: number; pending_count: number };
      assert.deepEqual([st.status, st.total_count, st.success_count, st.failure_count, st.pending_count], ['complete', 3, 2, 1, 0]);
      assert.deepEqual((await app.inject({ method: 'GET', url: `/taxii2/api/status/${st.id}/`, headers: h })).json(), st);
      const indicators = openIndicatorStore(store, getReputationData());
      const got = await indicators.get({ kind: 'domain', value: 'pushed-lure-jp.top' });
      assert.deepEqual([got?.state, got?.evidence.flaggedReporters, got?.evidence.orgs], ['observed', 1, 1]);
      assert.equal((await indicators.get({ kind: 'phone', value: '08011112222' }))?.evidence.flaggedReporters, 1);
      assert.equal((await app.inject({ method: 'GET', url, headers: h })).statusCode, 403, 'write only');
      assert.equal((await app.inject({ method: 'POST', url: `/taxii2/api/collections/${INDICATORS_COLLECTION}/objects/`, headers: h, payload: JSON.stringify(envelope) })).statusCode, 403, 'read only');
      const { key: rk } = await store.apiKeys.create({ org: 'R', role: 'reporter' });
      assert.equal((await app.inject({ method: 'POST', url, headers: { ...h, authorization: `Bearer ${rk}` }, payload: JSON.stringify(envelope) })).statusCode, 403);
      assert.equal((await app.inject({ method: 'POST', url, headers: h, payload: JSON.stringify({ nothing: 1 }) })).json().error_code, 'E_BAD_BUNDLE');
    } finally {
      await app.close();
    }
  });

  it('an Add Objects status survives a restart, and only the organisation that posted reads it', async () => {
    const store = await db.open();
    const boot = () => buildApp({ engine: getEngine(), store, config: { rateLimit: 0 }, plugins: [{ name: 'sharing', plugin }] });
    const { key } = await store.apiKeys.create({ org: 'Restart Partner', role: 'partner' });
    const { key: other } = await store.apiKeys.create({ org: 'Another Partner', role: 'partner' });
    const h = (k: string) => ({ authorization: `Bearer ${k}`, accept: TAXII, 'content-type': TAXII });
    const base = { firstSeen: '2026-11-30T00:00:00.000Z', confirmedAt: '2026-12-01T00:00:00.000Z', validUntil: null, reports: 1, reporters: 1 };
    const first = await boot();
    let st: { id: string };
    try {
      const r = await first.inject({ method: 'POST', url: `/taxii2/api/collections/partner-submissions/objects/`, headers: h(key),
        payload: JSON.stringify({ objects: [stixIndicator({ kind: 'domain', value: 'restart-lure.top', ...base }, { org: 'Restart Partner', tlp: 'green' })] }) });
      assert.equal(r.statusCode, 202, r.body);
      st = r.json() as { id: string };
    } finally {
      await first.close();
    }
    const second = await boot();
    try {
      const again = await second.inject({ method: 'GET', url: `/taxii2/api/status/${st.id}/`, headers: h(key) });
      assert.equal(again.statusCode, 200, again.body);
      assert.deepEqual(again.json(), st);
      const theirs = await second.inject({ method: 'GET', url: `/taxii2/api/status/${st.id}/`, headers: h(other) });
      assert.equal(theirs.statusCode, 404, 'another organisation does not learn it exists');
    } finally {
      await second.close();
    }
  });
});
