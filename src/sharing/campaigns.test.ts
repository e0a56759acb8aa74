// Campaigns through the HTTP app: reports of one lure with rotating links and wording fall in
// one campaign, another lure in another; allowed texts are in none; the referral bundle is
// valid STIX 2.1 (OASIS schemas, strict) and names no reporter.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { getEngine } from '../engine/index.js';
import type { Store } from '../store/index.js';
import { sqliteDatabase } from '../store/test-support.js';
import { buildApp } from '../web/index.js';
import plugin from './routes.js';
import { stixValidator } from './test-support.js';

type Campaign = { id: string; reports: number; channels: Record<string, number>; timeline: { day: string; reports: number }[]; domains: { value: string; reports: number }[]; urls: { value: string }[]; examples: string[] };

describe('campaigns', () => {
  const db = sqliteDatabase();
  let store: Store;
  let app: Awaited<ReturnType<typeof buildApp>>;
  let analyst: string;
  before(async () => {
    store = await db.open();
    app = await buildApp({ engine: getEngine(), store, config: { rateLimit: 0 }, plugins: [{ name: 'sharing', plugin }] });
    analyst = (await store.apiKeys.create({ org: 'SOC', role: 'analyst' })).key;
    const report = async (text: string, i: number) => {
      const r = await app.inject({ method: 'POST', url: '/api/v1/reports', payload: { text }, remoteAddress: `198.51.100.${i}` });
      assert.equal(r.statusCode, 201, r.body);
    };
    const absent = ['【佐川急便】お荷物のお届けにあがりましたが不在の為持ち帰りました。下記よりご確認ください', '【佐川急便】お荷物のお届けにあがりましたが不在のため持ち帰りました。こちらよりご確認ください'];
    for (let i = 0; i < 12; i++) await report(`${absent[i % 2]} https://sagawa-${i}.example-lure${i % 3}.top/${1000 + i}`, i);
    const tax = ['【国税庁】未払いの税金があります。本日中にお支払いください', '【国税庁】税金の未払いがあります。至急お支払いください'];
    for (let i = 0; i < 5; i++) await report(`${tax[i % 2]} https://nta-${i}.tax-lure.top/pay`, 50 + i);
    await report('明日の集合は10時に駅前でお願いします', 90);
    await report('明日の集合は10時に駅前でお願いします', 91);
  });
  after(async () => { await app.close(); await db.cleanup(); });
  const get = (url: string, key = analyst) => app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${key}` } });

  it('groups each lure into one campaign with its counts, timeline, indicators and masked examples', async () => {
    const r = await get('/api/v1/campaigns');
    assert.equal(r.statusCode, 200, r.body);
    const { campaigns } = r.json() as { campaigns: Campaign[] };
    assert.deepEqual(campaigns.map((c) => c.reports), [12, 5]);
    const [sagawa, tax] = campaigns as [Campaign, Campaign];
    assert.equal(Object.values(sagawa.channels).reduce((a, b) => a + b, 0), 12);
    assert.equal(sagawa.timeline.reduce((a, t) => a + t.reports, 0), 12);
    assert.deepEqual(sagawa.domains.map((d) => d.value).sort(), ['example-lure0.top', 'example-lure1.top', 'example-lure2.top']);
    assert.equal(sagawa.urls.length, 12);
    assert.ok(sagawa.examples.length === 2 && sagawa.examples.every((e) => e.includes('<u>') && !/https?:|example-lure/.test(e)), sagawa.examples.join(' | '));
    assert.deepEqual(tax.domains.map((d) => d.value), ['tax-lure.top']);
    assert.match(sagawa.id, /^campaign--/);
  });

  it('exports one campaign as a STIX bundle valid against the OASIS schemas, naming no reporter', async () => {
    const { campaigns } = (await get('/api/v1/campaigns')).json() as { campaigns: Campaign[] };
    const r = await get(`/api/v1/campaigns/${campaigns[1]?.id}/stix`);
    assert.equal(r.statusCode, 200, r.body);
    const bundle = r.json() as { objects: { type: string; relationship_type?: string; target_ref?: string }[] };
    assert.deepEqual(stixValidator().errors(bundle), []);
    const types = bundle.objects.map((o) => o.type);
    assert.equal(types.filter((t) => t === 'campaign').length, 1);
    assert.equal(types.filter((t) => t === 'indicator').length, 6, '5 URLs and a domain');
    assert.ok(bundle.objects.filter((o) => o.type === 'relationship').every((o) => o.relationship_type === 'indicates' && o.target_ref === campaigns[1]?.id));
    assert.doesNotMatch(r.body, /198\.51\.100|ip:|sub:/);
    assert.equal((await get('/api/v1/campaigns/campaign--00000000-0000-5000-8000-000000000000/stix')).statusCode, 404);
  });

  it('partners may not read campaigns', async () => {
    const partner = (await store.apiKeys.create({ org: 'P', role: 'partner' })).key;
    assert.equal((await get('/api/v1/campaigns', partner)).statusCode, 403);
  });
});
