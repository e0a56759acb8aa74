// The MISP feed as MISP reads it over HTTP: the manifest names every event, each event file
// holds attributes of types and categories MISP accepts, hashes.csv is the MD5 of each live
// attribute value with its event; a withdrawn indicator stays as a deleted attribute.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { getEngine } from '../engine/index.js';
import { getReputationData, openIndicatorStore, type IndicatorStore } from '../reputation/index.js';
import type { Store } from '../store/index.js';
import { sqliteDatabase } from '../store/test-support.js';
import { buildApp } from '../web/index.js';
import plugin from './routes.js';

// MISP's describeTypes.json: categories each type may take (the ones these kinds use).
const ACCEPTED: Readonly<Record<string, readonly string[]>> = {
  url: ['Payload delivery', 'Network activity', 'External analysis'],
  domain: ['Network activity', 'External analysis'],
  hostname: ['Network activity', 'External analysis'],
  'phone-number': ['Person', 'Other', 'Financial fraud'],
};

type Attr = { uuid: string; type: string; category: string; value: string; to_ids: boolean; deleted: boolean; timestamp: string };
type Ev = { Event: { uuid: string; info: string; date: string; timestamp: string; published: boolean; Orgc: { name: string }; Tag: { name: string }[]; Attribute: Attr[] } };

describe('MISP feed', () => {
  const db = sqliteDatabase();
  let store: Store;
  let app: Awaited<ReturnType<typeof buildApp>>;
  let indicators: IndicatorStore;
  let key: string;
  let now = Date.parse('2026-12-01T09:00:00.000Z');
  const clock = () => new Date(now);
  before(async () => {
    store = await db.open({ clock });
    app = await buildApp({ engine: getEngine(), store, clock, config: { rateLimit: 0 }, plugins: [{ name: 'sharing', plugin }], settings: { smsFrom: '7726', carrierUrl: null, publicUrl: null, sharing: { org: 'Example Mobile SOC', tlp: 'amber' } } });
    indicators = openIndicatorStore(store, { ...getReputationData(), clock });
    key = (await store.apiKeys.create({ org: 'A MISP community', role: 'partner' })).key;
  });
  after(async () => { await app.close(); await db.cleanup(); });
  const get = (url: string) => app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${key}` } });

  it('serves a manifest, one event a day of confirmation, and hashes.csv that agree', async () => {
    for (const ref of [{ kind: 'url', value: 'https://parcel-check.example.top/d/8231' }, { kind: 'domain', value: 'parcel-check.example.top' }] as const) await indicators.decide(ref, 'confirm', 'key:t');
    now += 86_400_000;
    for (const ref of [{ kind: 'host', value: 'login.bank-secure.example.net' }, { kind: 'phone', value: '09012345678' }] as const) await indicators.decide(ref, 'confirm', 'key:t');
    // A MISP pulls, then the analysts withdraw one: the next pull has it as a deleted attribute.
    assert.equal((await get('/api/v1/sharing/misp/manifest.json')).statusCode, 200);
    now += 3_600_000;
    await indicators.decide({ kind: 'domain', value: 'parcel-check.example.top' }, 'reject', 'key:t');

    const m = await get('/api/v1/sharing/misp/manifest.json');
    assert.equal(m.statusCode, 200);
    const manifest = m.json() as Record<string, { date: string; info: string; Orgc: { name: string }; Tag: { name: string }[]; timestamp: string }>;
    const uuids = Object.keys(manifest);
    assert.equal(uuids.length, 2);
    assert.deepEqual(uuids.map((u) => manifest[u]?.date).sort(), ['2026-12-01', '2026-12-02']);
    const hashes = new Set<string>();
    const values: string[] = [];
    for (const uuid of uuids) {
      const r = await get(`/api/v1/sharing/misp/${uuid}.json`);
      assert.equal(r.statusCode, 200);
      const ev = (r.json() as Ev).Event;
      assert.equal(ev.uuid, uuid);
      assert.equal(ev.timestamp, manifest[uuid]?.timestamp);
      assert.equal(ev.Orgc.name, 'Example Mobile SOC');
      assert.ok(ev.Tag.some((t) => t.name === 'tlp:amber'));
      for (const a of ev.Attribute) {
        assert.ok(ACCEPTED[a.type]?.includes(a.category), `${a.type} in ${a.category}`);
        assert.match(a.uuid, /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
        if (!a.deleted) { hashes.add(`${createHash('md5').update(a.value).digest('hex')},${uuid}`); values.push(a.value); }
        else assert.equal(a.to_ids, false);
      }
    }
    assert.deepEqual(values.sort(), ['+819012345678', 'https://parcel-check.example.top/d/8231', 'login.bank-secure.example.net']);
    const csv = await get('/api/v1/sharing/misp/hashes.csv');
    assert.deepEqual(new Set(csv.body.trim().split('\n')), hashes);
    const deleted = (await Promise.all(uuids.map(async (u) => ((await get(`/api/v1/sharing/misp/${u}.json`)).json() as Ev).Event.Attribute))).flat().filter((a) => a.deleted);
    assert.deepEqual(deleted.map((a) => [a.type, a.value]), [['domain', 'parcel-check.example.top']]);
    assert.equal((await get('/api/v1/sharing/misp/00000000-0000-5000-8000-000000000000.json')).statusCode, 404);
    assert.equal((await app.inject({ method: 'GET', url: '/api/v1/sharing/misp/manifest.json' })).statusCode, 401);
  });

  it('one event per campaign with its confirmed indicators; the rest stay in their day\'s event', async () => {
    // A campaign of four lures on one operator's domain; a call-back number in two of them.
    for (let i = 0; i < 4; i++) {
      const r = await app.inject({ method: 'POST', url: '/api/v1/reports', remoteAddress: `203.0.113.${i + 1}`,
        payload: { text: `【佐川急便】お荷物のお届けにあがりましたが不在の為持ち帰りました。再配達はこちら https://r${i}.sagawa-misp.top/${i}${i < 2 ? ' 問合せ 05055556666' : ''}` } });
      assert.equal(r.statusCode, 201, r.body);
    }
    now += 86_400_000;
    await indicators.decide({ kind: 'domain', value: 'sagawa-misp.top' }, 'confirm', 'key:t');
    await indicators.decide({ kind: 'phone', value: '05055556666' }, 'confirm', 'key:t');
    await indicators.decide({ kind: 'domain', value: 'lonely.example.top' }, 'confirm', 'key:t');
    const analyst = (await store.apiKeys.create({ org: 'SOC', role: 'analyst' })).key;
    const campaigns = (await app.inject({ method: 'GET', url: '/api/v1/campaigns', headers: { authorization: `Bearer ${analyst}` } })).json() as { campaigns: { id: string; lures: number }[] };
    const campaign = campaigns.campaigns.find((c) => c.lures === 4);
    assert.ok(campaign, JSON.stringify(campaigns));
    const manifest = (await get('/api/v1/sharing/misp/manifest.json')).json() as Record<string, { date: string; info: string }>;
    const uuid = campaign.id.slice('campaign--'.length);
    assert.match(manifest[uuid]?.info ?? '', /smishing campaign «【佐川急便】.*» \(4 lures/);
    const ev = ((await get(`/api/v1/sharing/misp/${uuid}.json`)).json() as Ev).Event;
    assert.deepEqual(ev.Attribute.map((a) => [a.type, a.category, a.value, a.deleted]).sort(), [['domain', 'Network activity', 'sagawa-misp.top', false], ['phone-number', 'Other', '+815055556666', false]]);
    for (const a of ev.Attribute) assert.ok(ACCEPTED[a.type]?.includes(a.category));
    // The days' events: the lonely domain live, the campaign's two as deleted (moved).
    const days = await Promise.all(Object.keys(manifest).filter((u) => u !== uuid).map(async (u) => ((await get(`/api/v1/sharing/misp/${u}.json`)).json() as Ev).Event.Attribute));
    const rest = days.flat();
    assert.ok(rest.some((a) => a.value === 'lonely.example.top' && !a.deleted));
    assert.deepEqual(rest.filter((a) => ['sagawa-misp.top', '+815055556666'].includes(a.value)).map((a) => a.deleted), [true, true]);
    const all = [...ev.Attribute, ...rest];
    assert.equal(new Set(all.map((a) => a.uuid)).size, all.length, 'attribute UUIDs unique across events');
    const csv = (await get('/api/v1/sharing/misp/hashes.csv')).body;
    assert.ok(csv.includes(`${createHash('md5').update('sagawa-misp.top').digest('hex')},${uuid}`));
  });
});
