// Stored campaigns through the HTTP app: reports of one lure with rotating links and wording
// fall in one campaign, another lure in another; allowed texts are in none; firewall blocks
// (channel network) and traffic lures count by channel; lures that share an operator's domain
// or call-back number join whatever their wording; ids hold across restarts and merges keep
// the older; the referral bundle is valid STIX 2.1 (OASIS schemas, strict) and names no reporter.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { getEngine } from '../engine/index.js';
import { getReputationData, openIndicatorStore } from '../reputation/index.js';
import { createReportService } from '../reports/index.js';
import type { Store } from '../store/index.js';
import { sqliteDatabase } from '../store/test-support.js';
import { buildApp } from '../web/index.js';
import { openCampaignStore, recordTrafficLure, type SharedCampaign as CampaignView } from './campaign-store.js';
import { openSharingGroups } from './groups.js';
import plugin from './routes.js';
import { openLinesPipeline } from '../lines/pipeline.js';
import { ingest } from '../lines/stream.js';
import { byTime, infected, jsonl, T0 } from '../lines/test-fixtures.js';
import { stixValidator } from './test-support.js';
import { indicatorId } from './stix.js';

describe('campaigns', () => {
  const db = sqliteDatabase();
  let store: Store;
  let app: Awaited<ReturnType<typeof buildApp>>;
  let analyst: string;
  let ip = 0;
  const report = async (text: string) => {
    const r = await app.inject({ method: 'POST', url: '/api/v1/reports', payload: { text }, remoteAddress: `198.51.100.${++ip % 250}` });
    assert.equal(r.statusCode, 201, r.body);
  };
  const get = (url: string, key = analyst) => app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${key}` } });
  const list = async (): Promise<CampaignView[]> => {
    const r = await get('/api/v1/campaigns');
    assert.equal(r.statusCode, 200, r.body);
    return (r.json() as { campaigns: CampaignView[] }).campaigns;
  };
  const absent = ['【佐川急便】お荷物のお届けにあがりましたが不在の為持ち帰りました。下記よりご確認ください', '【佐川急便】お荷物のお届けにあがりましたが不在のため持ち帰りました。こちらよりご確認ください'];
  const tax = ['【国税庁】未払いの税金があります。本日中にお支払いください', '【国税庁】税金の未払いがあります。至急お支払いください'];

  before(async () => {
    store = await db.open();
    app = await buildApp({ engine: getEngine(), store, config: { rateLimit: 0 }, plugins: [{ name: 'sharing', plugin }] });
    analyst = (await store.apiKeys.create({ org: 'SOC', role: 'analyst' })).key;
    for (let i = 0; i < 12; i++) await report(`${absent[i % 2]} https://sagawa-${i}.example-lure${i % 3}.top/${1000 + i}`);
    for (let i = 0; i < 5; i++) await report(`${tax[i % 2]} https://nta-${i}.tax-lure.top/pay`);
    await report('明日の集合は10時に駅前でお願いします');
    await report('明日の集合は10時に駅前でお願いします');
  });
  after(async () => { await app.close(); await db.cleanup(); });

  it('groups each lure into one campaign with its counts, timeline, indicators and masked examples', async () => {
    const campaigns = await list();
    assert.deepEqual(campaigns.map((c) => c.lures), [12, 5]);
    const [sagawa, taxes] = campaigns as [CampaignView, CampaignView];
    assert.equal(Object.values(sagawa.channels).reduce((a, b) => a + b, 0), 12);
    assert.equal(sagawa.reports, 12);
    assert.equal(sagawa.timeline.reduce((a, t) => a + t.lures, 0), 12);
    assert.deepEqual(sagawa.domains.map((d) => d.value).sort(), ['example-lure0.top', 'example-lure1.top', 'example-lure2.top']);
    assert.equal(sagawa.urls.length, 12);
    assert.ok(sagawa.brands.includes('sagawa'), sagawa.brands.join());
    assert.ok(sagawa.examples.length === 2 && sagawa.examples.every((e) => e.includes('<u>') && !/https?:|example-lure/.test(e)), sagawa.examples.join(' | '));
    assert.deepEqual(taxes.domains.map((d) => d.value), ['tax-lure.top']);
    assert.match(sagawa.id, /^campaign--/);
    const one = await get(`/api/v1/campaigns/${sagawa.id}`);
    assert.equal(one.statusCode, 200);
    assert.equal((one.json() as CampaignView).lures, 12);
    assert.equal((await get('/api/v1/campaigns/campaign--00000000-0000-5000-8000-000000000000')).statusCode, 404);
  });

  it('a lure with other wording on a known domain or call-back number joins its campaign; firewall blocks and traffic lures count by channel', async () => {
    const before = await list();
    const sagawa = before[0] as CampaignView;
    // Rewritten, but on the campaign's own domain.
    await report('【重要】再配達の受付が締め切られます。本日中に手続きを https://zz9.example-lure1.top/r');
    // The firewall's blocked lures are reports of channel network (src/firewall/network-reports.ts).
    const data = getReputationData();
    const reports = createReportService({ store, engine: getEngine(), indicators: openIndicatorStore(store, { ...data }), trustedRoles: data.policy.trustedRoles });
    const blocked = await reports.submit({ channel: 'network', text: `${absent[0]} https://net-1.example-lure2.top/9`, sender: '09011112222', reporter: { kind: 'none' } });
    assert.ok(blocked.ok);
    // The line detector's lure: the line kept only as a keyed hash.
    const text = `${absent[1]} https://t-1.example-lure0.top/7`;
    await recordTrafficLure(store, { text, line: '09033334444', at: new Date().toISOString(), analysis: getEngine().analyse({ text }) });
    const after = await list();
    const grown = after.find((c) => c.id === sagawa.id) as CampaignView;
    assert.equal(grown.lures, 15, 'same id, three more lures');
    assert.equal(grown.channels.network, 1);
    assert.equal(grown.channels.traffic, 1);
    assert.equal(grown.reports, 14);
    assert.equal(grown.lines, 1);
    assert.deepEqual(grown.senders, [], 'an analyst of no sharing group: sender numbers only counted');
    assert.equal(grown.senderNumbers, 1);
    const rows = await store.db.withTables<{ campaigns: { detail: string } }>().selectFrom('campaigns').select('detail').execute();
    assert.doesNotMatch(JSON.stringify(rows), /09033334444/, 'the traffic line is never stored in clear');
    // A call-back number ties two wordings that share nothing else.
    await report('【au】ご利用料金が未納です。至急 05031234567 までご連絡ください');
    await report('口座が凍結されました。解除は 05031234567 へお電話を');
    const phones = (await list()).find((c) => c.phones.some((p) => p.value === '05031234567'));
    assert.equal(phones?.lures, 2);
  });

  it('ids hold across a restart; a bridging lure merges two campaigns into the older, whose id the newer now leads to', async () => {
    const before = await list();
    const [sagawa, taxes] = before as [CampaignView, CampaignView];
    // Another process (or a restart): its index is loaded from the store.
    const again = openCampaignStore(store, { neverBlock: getReputationData().neverBlock });
    await report(`${absent[0]} https://new-1.example-lure0.top/55`);
    await again.sync();
    assert.equal((await again.get(sagawa.id))?.lures, sagawa.lures + 1);
    // One lure naming both campaigns' domains: the operator is one.
    await report('お客様情報の確認が必要です https://a.example-lure1.top/x https://b.tax-lure.top/y');
    const merged = await list();
    const older = sagawa.firstSeen <= taxes.firstSeen ? sagawa : taxes;
    const newer = older === sagawa ? taxes : sagawa;
    const kept = merged.find((c) => c.id === older.id) as CampaignView;
    assert.ok(kept, 'the older id is kept');
    assert.equal(merged.find((c) => c.id === newer.id), undefined);
    assert.equal(kept.lures, sagawa.lures + taxes.lures + 2);
    assert.deepEqual(kept.mergedFrom, [newer.id]);
    const redirected = (await get(`/api/v1/campaigns/${newer.id}`)).json() as CampaignView & { redirectedFrom: string };
    assert.equal(redirected.id, older.id);
    assert.equal(redirected.redirectedFrom, newer.id);
    // The first process, behind, reloads and agrees.
    await report(`${tax[0]} https://nta-9.tax-lure.top/pay`);
    await again.sync();
    assert.equal((await again.get(older.id))?.lures, kept.lures + 1);
  });

  it('exports one campaign as a STIX bundle valid against the OASIS schemas, naming no reporter', async () => {
    const campaigns = await list();
    const c = campaigns.find((x) => x.phones.length > 0) as CampaignView;
    const r = await get(`/api/v1/campaigns/${c.id}/stix`);
    assert.equal(r.statusCode, 200, r.body);
    const bundle = r.json() as { objects: { type: string; relationship_type?: string; target_ref?: string; pattern?: string; description?: string }[] };
    assert.deepEqual(stixValidator().errors(bundle), []);
    const types = bundle.objects.map((o) => o.type);
    assert.equal(types.filter((t) => t === 'campaign').length, 1);
    assert.equal(types.filter((t) => t === 'sighting').length, types.filter((t) => t === 'indicator').length, 'a sighting of each indicator');
    assert.ok(bundle.objects.some((o) => o.pattern === "[phone-number:value = '+815031234567']"), 'the call-back number, in E.164');
    assert.ok(bundle.objects.filter((o) => o.type === 'relationship').every((o) => o.relationship_type === 'indicates' && o.target_ref === c.id));
    assert.match(bundle.objects.find((o) => o.type === 'campaign')?.description ?? '', /2 lure\(s\)/);
    assert.doesNotMatch(r.body, /198\.51\.100|ip:|sub:/);
    assert.equal((await get('/api/v1/campaigns/campaign--00000000-0000-5000-8000-000000000000/stix')).statusCode, 404);
  });

  it("the line detector's flagged lines bring their lures, the line as a keyed hash only", async () => {
    // The fixture's lure is the same absent-parcel lure: it joins that campaign.
    const known = (await list()).find((x) => x.domains.some((d) => d.value === 'example-lure0.top')) as CampaignView;
    const pipeline = await openLinesPipeline({ store, engine: getEngine(), actor: 'test' });
    const lines = ['09055550001', '09055550002'];
    await ingest(jsonl(byTime(...lines.map((l, i) => infected(l, T0 + i * 1000, 30, `080${i}`)))).split('\n'), {
      detector: pipeline.newDetector(), pipeline, source: 'test', onBad: (n, e) => { throw new Error(`line ${n}: ${e}`); },
    });
    assert.equal((await pipeline.records.listFlags({ limit: 10 })).length, 2, 'both lines flagged');
    const c = (await list()).find((x) => x.domains.some((d) => d.value === 'sagawa-redeliv.top'));
    assert.equal(c?.id, known.id);
    assert.equal(c.channels.traffic, (known.channels.traffic ?? 0) + 2, 'one lure per flagged line');
    assert.equal(c.lines, known.lines + 2);
    assert.deepEqual(c.senders, known.senders, 'a traffic lure names no sender');
    const rows = await store.db.withTables<{ campaigns: { detail: string } }>().selectFrom('campaigns').select('detail').execute();
    assert.doesNotMatch(JSON.stringify(rows), /0905555000/);
  });

  it('partners read campaigns over TAXII (collection campaigns): valid STIX, relationships only from confirmed indicators, a merged campaign revoked', async () => {
    const data = getReputationData();
    await openIndicatorStore(store, { ...data }).decide({ kind: 'domain', value: 'example-lure0.top' }, 'confirm', 'key:t');
    const partner = (await store.apiKeys.create({ org: 'MVNO', role: 'partner' })).key;
    const taxii = async (url: string) => {
      const r = await app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${partner}`, accept: 'application/taxii+json;version=2.1' } });
      assert.equal(r.statusCode, 200, r.body);
      return r.json() as { objects?: { type: string; id: string; revoked?: boolean; source_ref?: string; target_ref?: string; description?: string }[] };
    };
    const cols = ((await taxii('/taxii2/api/collections/')) as unknown as { collections: { alias: string }[] }).collections;
    assert.ok(cols.some((c) => c.alias === 'campaigns'));
    const { objects = [] } = await taxii('/taxii2/api/collections/campaigns/objects/?match[version]=all');
    assert.deepEqual(objects.flatMap((o) => stixValidator().errors(o)), []);
    const live = (await list()).map((c) => c.id);
    const latest = (await taxii('/taxii2/api/collections/campaigns/objects/')).objects ?? [];
    assert.deepEqual(latest.filter((o) => o.type === 'campaign' && !o.revoked).map((o) => o.id).sort(), [...live].sort());
    const rels = latest.filter((o) => o.type === 'relationship');
    assert.equal(rels.length, 1, 'the one confirmed domain indicates its campaign');
    assert.equal(rels[0]?.source_ref, indicatorId('domain', 'example-lure0.top'));
    assert.ok(live.includes(rels[0]?.target_ref as string));
    // A lure bridging two published campaigns: the newer one is revoked for partners, the older grows.
    const phoneCampaign = (await list()).find((c) => c.phones.some((p) => p.value === '05031234567')) as CampaignView;
    await report('至急ご連絡ください 05031234567 https://m.example-lure0.top/z');
    const after = (await taxii('/taxii2/api/collections/campaigns/objects/')).objects ?? [];
    assert.equal(after.find((o) => o.id === phoneCampaign.id)?.revoked, true);
    assert.equal(after.filter((o) => o.type === 'campaign' && !o.revoked).length, live.length - 1);
    assert.deepEqual(after.flatMap((o) => stixValidator().errors(o)), []);
    assert.doesNotMatch(JSON.stringify(objects), /198\.51\.100|0905555|09033334444/);
    // The one STIX bundle carries the same campaigns and relationships, valid.
    const bundle = (await app.inject({ method: 'GET', url: '/api/v1/sharing/stix', headers: { authorization: `Bearer ${partner}` } })).json() as { objects: { id: string; type: string }[] };
    assert.deepEqual(stixValidator().errors(bundle), []);
    const live2 = after.filter((o) => !o.revoked && (o.type === 'campaign' || o.type === 'relationship')).map((o) => o.id).sort();
    assert.deepEqual(bundle.objects.filter((o) => o.type === 'campaign' || o.type === 'relationship').map((o) => o.id).sort(), live2);
  });

  it('no sender number leaves in any campaign export: a group sees its own pseudonyms, the same for one line in any format, unlinkable across groups', async () => {
    const data = getReputationData();
    const reports = createReportService({ store, engine: getEngine(), indicators: openIndicatorStore(store, { ...data }), trustedRoles: data.policy.trustedRoles });
    // The same line as 09011112222 (test 2), in E.164, and a sender ID that may stay in clear.
    assert.ok((await reports.submit({ channel: 'network', text: `${absent[1]} https://net-2.example-lure2.top/4`, sender: '+819011112222', reporter: { kind: 'none' } })).ok);
    assert.ok((await reports.submit({ channel: 'network', text: `${absent[0]} https://net-3.example-lure2.top/5`, sender: 'SAGAWA', reporter: { kind: 'none' } })).ok);
    const groups = openSharingGroups(store);
    for (const g of ['g-one', 'g-two']) assert.ok((await groups.create(g, 'amber', 'key:admin')).ok);
    assert.ok((await groups.addMember('g-one', 'SOC', 'key:admin')).ok);
    const outsider = (await store.apiKeys.create({ org: 'KDDI', role: 'carrier' })).key;
    const partner = (await store.apiKeys.create({ org: 'MVNO2', role: 'partner' })).key;

    const mine = (await list()).find((c) => c.senderNumbers > 0) as CampaignView;
    assert.equal(mine.senderGroup, 'g-one', "the analyst's organisation's one group");
    const lines = mine.senders.filter((x) => x.value.startsWith('sgl_'));
    assert.equal(lines.length, 1, 'one line, two formats: one pseudonym');
    assert.equal(lines[0]?.lures, 2);
    assert.ok(mine.senders.some((x) => x.value === 'SAGAWA'), 'sender IDs are not lines');
    const other = (await get(`/api/v1/campaigns/${mine.id}?group=g-two`)).json() as CampaignView;
    const otherLine = other.senders.find((x) => x.value.startsWith('sgl_'));
    assert.equal(other.senderGroup, 'g-two');
    assert.ok(otherLine && otherLine.value !== lines[0]?.value, 'another group, another pseudonym');
    const again = (await get(`/api/v1/campaigns/${mine.id}`)).json() as CampaignView;
    assert.equal(again.senders.find((x) => x.value.startsWith('sgl_'))?.value, lines[0]?.value, 'the same within the group');
    const counted = (await get(`/api/v1/campaigns/${mine.id}`, outsider)).json() as CampaignView;
    assert.equal(counted.senders.some((x) => x.value.startsWith('sgl_')), false);
    assert.equal(counted.senderNumbers, 1);
    assert.equal((await get(`/api/v1/campaigns/${mine.id}?group=g-two`, outsider)).statusCode, 200, 'carriers name any group, as for lines');
    assert.equal((await get(`/api/v1/campaigns?group=nope`)).statusCode, 404);

    const stix = await get(`/api/v1/campaigns/${mine.id}/stix`);
    assert.deepEqual(stixValidator().errors(stix.json()), []);
    const description = ((stix.json() as { objects: { type: string; description?: string }[] }).objects.find((o) => o.type === 'campaign'))?.description ?? '';
    assert.ok(description.includes(lines[0]?.value as string), description);
    const bodies: [string, string][] = [
      ['list', (await get('/api/v1/campaigns')).body], ['list g-two', (await get('/api/v1/campaigns?group=g-two')).body],
      ['list outsider', (await get('/api/v1/campaigns', outsider)).body], ['one', (await get(`/api/v1/campaigns/${mine.id}`)).body],
      ['referral', stix.body], ['referral g-two', (await get(`/api/v1/campaigns/${mine.id}/stix?group=g-two`)).body],
      ['referral outsider', (await get(`/api/v1/campaigns/${mine.id}/stix`, outsider)).body],
      ['bundle', (await get('/api/v1/sharing/stix', partner)).body],
    ];
    const taxii = await app.inject({ method: 'GET', url: '/taxii2/api/collections/campaigns/objects/?match[version]=all', headers: { authorization: `Bearer ${partner}`, accept: 'application/taxii+json;version=2.1' } });
    assert.equal(taxii.statusCode, 200);
    bodies.push(['taxii campaigns', taxii.body]);
    const manifest = await get('/api/v1/sharing/misp/manifest.json', partner);
    bodies.push(['misp manifest', manifest.body], ['misp hashes', (await get('/api/v1/sharing/misp/hashes.csv', partner)).body]);
    for (const uuid of Object.keys(manifest.json() as object)) bodies.push([`misp ${uuid}`, (await get(`/api/v1/sharing/misp/${uuid}.json`, partner)).body]);
    bodies.push(['csv', (await get('/api/v1/sharing/indicators.csv', partner)).body]);
    for (const [what, body] of bodies) assert.doesNotMatch(body, /9011112222|90-?1111-?2222|1111[ -]2222/, `${what} names the sender number`);
  });

  it('the campaigns collection pages every object version exactly once while new campaigns form between pages', async () => {
    const partner = (await store.apiKeys.create({ org: 'MVNO3', role: 'partner' })).key;
    const taxii = (url: string) => app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${partner}`, accept: 'application/taxii+json;version=2.1' } });
    const base = '/taxii2/api/collections/campaigns/objects/?match[version]=all&limit=2';
    const before = ((await taxii('/taxii2/api/collections/campaigns/objects/?match[version]=all')).json() as { objects: unknown[] }).objects.length;
    const seen: string[] = [];
    let next: string | undefined;
    let pages = 0;
    do {
      const r = await taxii(`${base}${next ? `&next=${next}` : ''}`);
      assert.equal(r.statusCode, 200, r.body);
      const env = r.json() as { more?: boolean; next?: string; objects?: { id: string; modified: string }[] };
      seen.push(...(env.objects ?? []).map((o) => `${o.id}@${o.modified}`));
      next = env.more ? env.next : undefined;
      // New lures meanwhile: a new campaign, and a new version of a known one.
      if (pages++ < 3) {
        for (let i = 0; i < 2; i++) await report(`【ドコモ】ポイント${pages}の有効期限が本日までです。交換はこちら https://dpoint-${pages}-${i}.points-lure${pages}.top/x`);
        await report(`${absent[0]} https://p-${pages}.example-lure0.top/${pages}`);
      }
    } while (next);
    assert.equal(new Set(seen).size, seen.length, 'no version repeated');
    const all = ((await taxii('/taxii2/api/collections/campaigns/objects/?match[version]=all')).json() as { objects: { id: string; modified: string }[] }).objects;
    assert.deepEqual([...seen].sort(), all.map((o) => `${o.id}@${o.modified}`).sort(), 'no version missed, the new ones included');
    assert.ok(seen.length >= before + 3 + 3, `${before} versions before, ${seen.length} paged: three new campaigns and three new versions at least`);
  });

  it('partners may not read campaigns', async () => {
    const partner = (await store.apiKeys.create({ org: 'P', role: 'partner' })).key;
    assert.equal((await get('/api/v1/campaigns', partner)).statusCode, 403);
  });
});
