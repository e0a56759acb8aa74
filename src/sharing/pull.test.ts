// Pulling a partner's TAXII collection — here another smishguard hub over a real socket:
// every object once, then only what was added since; each page the partner's evidence.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { getEngine } from '../engine/index.js';
import { getReputationData, openIndicatorStore, type IndicatorStore } from '../reputation/index.js';
import type { Store } from '../store/index.js';
import { sqliteDatabase } from '../store/test-support.js';
import { buildApp } from '../web/index.js';
import { INDICATORS_COLLECTION } from './feed.js';
import { pullCollection } from './pull.js';
import plugin from './routes.js';

describe('pulling a partner hub over TAXII', () => {
  const dbA = sqliteDatabase();
  const dbB = sqliteDatabase();
  let a: Store;
  let b: Store;
  let appA: Awaited<ReturnType<typeof buildApp>>;
  let origin: string;
  let key: string;
  let confirmA: IndicatorStore;
  let evidenceB: IndicatorStore;
  before(async () => {
    a = await dbA.open();
    b = await dbB.open();
    appA = await buildApp({ engine: getEngine(), store: a, config: { rateLimit: 0 }, plugins: [{ name: 'sharing', plugin }] });
    origin = await appA.listen({ port: 0, host: '127.0.0.1' });
    key = (await a.apiKeys.create({ org: 'Hub B', role: 'partner' })).key;
    confirmA = openIndicatorStore(a, getReputationData());
    evidenceB = openIndicatorStore(b, getReputationData());
    for (let i = 0; i < 120; i += 1) await confirmA.decide({ kind: 'domain', value: `lure-${i}-jp.top` }, 'confirm', 'key:a');
  });
  after(async () => { await appA.close(); await dbA.cleanup(); await dbB.cleanup(); });

  const pull = () => pullCollection(b, { engine: getEngine(), indicators: evidenceB, trustedRoles: getReputationData().policy.trustedRoles }, {
    url: `${origin}/taxii2/api/collections/${INDICATORS_COLLECTION}/objects/`, authorization: `Bearer ${key}`, partner: { org: 'Hub A', role: 'partner' }, now: () => new Date(), pageSize: 50,
  });

  it('takes every object across pages, as Hub A’s evidence (one reporter, not trusted by itself)', async () => {
    const r = await pull();
    assert.ok(r.ok, JSON.stringify(r));
    assert.equal(r.pages, 3);
    assert.equal(r.objects, 120);
    assert.equal(r.accepted, 120);
    const one = await evidenceB.get({ kind: 'domain', value: 'lure-7-jp.top' });
    assert.equal(one?.state, 'observed');
    assert.equal(one?.evidence.flaggedReporters, 1);
    assert.equal(one?.evidence.orgs, 1);
  });

  it('then only what was added since', async () => {
    const none = await pull();
    assert.ok(none.ok);
    assert.equal(none.objects, 0);
    await confirmA.decide({ kind: 'domain', value: 'late-lure-jp.top' }, 'confirm', 'key:a');
    const more = await pull();
    assert.ok(more.ok);
    assert.equal(more.objects, 1);
    assert.equal((await evidenceB.get({ kind: 'domain', value: 'late-lure-jp.top' }))?.evidence.flaggedReporters, 1);
  });

  it('the same collection pulled for another partner is that partner\'s own history: every object, as its evidence', async () => {
    const asHubC = await pullCollection(b, { engine: getEngine(), indicators: evidenceB, trustedRoles: getReputationData().policy.trustedRoles }, {
      url: `${origin}/taxii2/api/collections/${INDICATORS_COLLECTION}/objects/`, authorization: `Bearer ${key}`, partner: { org: 'Hub C', role: 'partner' }, now: () => new Date(), pageSize: 50,
    });
    assert.ok(asHubC.ok, JSON.stringify(asHubC));
    assert.equal(asHubC.objects, 121);
    assert.equal((await evidenceB.get({ kind: 'domain', value: 'lure-7-jp.top' }))?.evidence.orgs, 2);
    const again = await pull();
    assert.ok(again.ok);
    assert.equal(again.objects, 0, 'Hub A\'s position is its own still');
  });

  it('stops with E_PULL on what is not TAXII, and on bad credentials', async () => {
    const notTaxii = await pullCollection(b, { engine: getEngine(), indicators: evidenceB, trustedRoles: [] }, {
      url: `${origin}/healthz`, authorization: `Bearer ${key}`, partner: { org: 'Hub A', role: 'partner' }, now: () => new Date(),
    });
    assert.equal(notTaxii.ok, false);
    const denied = await pullCollection(b, { engine: getEngine(), indicators: evidenceB, trustedRoles: [] }, {
      url: `${origin}/taxii2/api/collections/${INDICATORS_COLLECTION}/objects/`, authorization: 'Bearer sg_wrong', partner: { org: 'Hub A', role: 'partner' }, now: () => new Date(),
    });
    assert.deepEqual(denied.ok ? null : [denied.code, /401/.test(denied.message)], ['E_PULL', true]);
  });
});

describe('where a TAXII pull resumes', () => {
  it('one position per collection and per partner: another collection on the same server starts from its own', async () => {
    const db = sqliteDatabase();
    const store = await db.open();
    const evidence = { engine: getEngine(), indicators: openIndicatorStore(store, getReputationData()), trustedRoles: [] as string[] };
    const asked: string[] = [];
    let clock = 0;
    // A server whose every answer is an empty page added up to a later time.
    const fake = (async (u: URL | string) => {
      const url = new URL(String(u));
      asked.push(`${url.pathname} ${url.searchParams.get('added_after') ?? '-'}`);
      return new Response(JSON.stringify({ more: false, objects: [] }), {
        headers: { 'content-type': 'application/taxii+json;version=2.1', 'x-taxii-date-added-last': `2026-12-0${++clock}T00:00:00.000Z` },
      });
    }) as typeof fetch;
    const pullAs = (collection: string, org: string) => pullCollection(store, evidence, {
      url: `https://partner.example/taxii2/api/collections/${collection}/objects/`, authorization: 'Bearer x', partner: { org, role: 'partner' }, fetch: fake, now: () => new Date(),
    });
    try {
      for (const [c, org] of [['one', 'P'], ['two', 'P'], ['one', 'Q'], ['one', 'P'], ['two', 'P']] as const) assert.ok((await pullAs(c, org)).ok);
      assert.deepEqual(asked, [
        '/taxii2/api/collections/one/objects/ -',
        '/taxii2/api/collections/two/objects/ -',
        '/taxii2/api/collections/one/objects/ -',
        '/taxii2/api/collections/one/objects/ 2026-12-01T00:00:00.000Z',
        '/taxii2/api/collections/two/objects/ 2026-12-02T00:00:00.000Z',
      ]);
    } finally {
      await db.cleanup();
    }
  });
});
