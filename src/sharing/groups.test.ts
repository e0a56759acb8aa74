// Sharing groups as partners see them over HTTP: an infected line leaves only as its group's
// pseudonym — the same in every read of one group, another in another group, never the
// number — under the group's TLP; the indicators a member reads (bundle, TAXII) carry the
// group's marking; each change and read is audited.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { getEngine } from '../engine/index.js';
import { getReputationData, openIndicatorStore } from '../reputation/index.js';
import type { Store } from '../store/index.js';
import { TEST_DATABASES, TEST_SECRET } from '../store/test-support.js';
import { buildApp } from '../web/index.js';
import { groupKey, openSharingGroups, pseudonymOf, type SharingGroups } from './groups.js';
import plugin from './routes.js';
import { tlpId } from './tlp.js';
import { stixValidator } from './test-support.js';

const TAXII = 'application/taxii+json;version=2.1';
type Lines = { group: string; tlp: string; marking: string; lines: { line: string; kind: string; state: string; openedOn: string }[] };

it('a line\'s pseudonym is RFC 4648 base32 of the HMAC, so a partner\'s copy of it stays the same from release to release', () => {
  // Python: 'sgl_' + base64.b32encode(hmac(hmac(secret, label + NUL + 'k1'), '09012345678')).lower()[:26]
  assert.equal(pseudonymOf(groupKey(TEST_SECRET, 'k1'), '090-1234-5678'), 'sgl_7gmy7k762phgioew7fnkl53squ');
});

for (const engine of TEST_DATABASES) describe(`sharing groups on ${engine.name}`, { skip: engine.skip }, () => {
  const db = engine.create();
  let store: Store;
  let app: Awaited<ReturnType<typeof buildApp>>;
  let groups: SharingGroups;
  const keys: Record<string, string> = {};
  before(async () => {
    store = await db.open();
    app = await buildApp({ engine: getEngine(), store, config: { rateLimit: 0 }, plugins: [{ name: 'sharing', plugin }], settings: { smsFrom: '7726', carrierUrl: null, publicUrl: null, sharing: { org: 'Example Mobile SOC', tlp: 'green' } } });
    groups = openSharingGroups(store);
    for (const [name, org, role] of [['mvno', 'Example MVNO', 'partner'], ['vendor', 'Sec Vendor', 'partner'], ['both', 'Regulator', 'partner'], ['none', 'Outsider', 'partner'], ['carrier', 'Example Mobile', 'carrier']] as const) {
      keys[name] = (await store.apiKeys.create({ org, role })).key;
    }
    const cases = store.db.withTables<{ line_cases: Record<string, unknown> }>();
    const at = '2026-12-04T10:00:00.000Z';
    const row = (id: string, line: string, state: string) => ({ id, line, line_key: line, kind: 'infected', state, score: 80, escalated: 0, reopened: 0, opened_at: at, updated_at: at, last_flagged_at: at });
    await cases.insertInto('line_cases').values([row('c1', '09012345678', 'suspected'), row('c2', '08087654321', 'warned'), row('c3', '07011112222', 'closed')]).execute();
    await openIndicatorStore(store, getReputationData()).decide({ kind: 'domain', value: 'group-lure.example.top' }, 'confirm', 'key:analyst');
  });
  after(async () => { await app.close(); await db.cleanup(); });
  const get = (url: string, who: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${keys[who]}`, ...headers } });

  it('creates groups with a TLP and members; refuses bad names, unknown TLPs, duplicates', async () => {
    assert.equal((await groups.create('carriers-jp', 'amber+strict', 'cli')).ok, true);
    assert.equal((await groups.create('vendors', 'TLP:GREEN', 'cli')).ok, true);
    assert.deepEqual([(await groups.create('vendors', 'green', 'cli')) as { code?: string }].map((r) => r.code), ['E_GROUP_EXISTS']);
    assert.equal(((await groups.create('Bad Name', 'green', 'cli')) as { code?: string }).code, 'E_BAD_GROUP');
    assert.equal(((await groups.create('x', 'purple', 'cli')) as { code?: string }).code, 'E_BAD_TLP');
    for (const [g, org] of [['carriers-jp', 'Example MVNO'], ['vendors', 'Sec Vendor'], ['carriers-jp', 'Regulator'], ['vendors', 'Regulator']]) assert.equal((await groups.addMember(g as string, org as string, 'cli')).ok, true);
    assert.equal(((await groups.addMember('nope', 'Sec Vendor', 'cli')) as { code?: string }).code, 'E_NO_GROUP');
    assert.deepEqual((await groups.get('carriers-jp'))?.members, ['Example MVNO', 'Regulator']);
    const audited = await store.db.selectFrom('audit').select(['action', 'subject']).where('action', 'like', 'sharing.group.%').execute();
    assert.equal(audited.length, 6);
  });

  it("a line is the same pseudonym within a group, another across groups, and never its number", async () => {
    const a1 = (await get('/api/v1/sharing/lines', 'mvno')).json() as Lines;
    const a2 = (await get('/api/v1/sharing/lines?group=carriers-jp', 'both')).json() as Lines;
    const b = (await get('/api/v1/sharing/lines', 'vendor')).json() as Lines;
    assert.equal(a1.group, 'carriers-jp');
    assert.equal(a1.tlp, 'TLP:AMBER+STRICT');
    assert.equal(a1.marking, tlpId('amber+strict'));
    assert.equal(b.tlp, 'TLP:GREEN');
    assert.equal(a1.lines.length, 2, 'open cases only');
    assert.deepEqual(a1.lines.map((l) => l.line), a2.lines.map((l) => l.line), 'one group: one pseudonym per line, whoever reads');
    for (const l of a1.lines) assert.match(l.line, /^sgl_[a-z2-7]{26}$/);
    assert.equal(new Set([...a1.lines, ...b.lines].map((l) => l.line)).size, 4, 'two groups: unlinkable');
    const text = JSON.stringify([a1, b]);
    for (const n of ['09012345678', '08087654321', '12345678', '87654321']) assert.ok(!text.includes(n), n);
    // The same line in another written form is the same pseudonym; the key is not in the store.
    const keyId = (await store.db.withTables<{ sharing_groups: { name: string; key_id: string } }>().selectFrom('sharing_groups').select('key_id').where('name', '=', 'carriers-jp').executeTakeFirstOrThrow()).key_id;
    assert.equal(pseudonymOf(groupKey(TEST_SECRET, keyId), '+81 90-1234-5678'), a1.lines[0]?.line);
    assert.notEqual(pseudonymOf(groupKey('another secret of at least 32 characters!', keyId), '09012345678'), a1.lines[0]?.line);
  });

  it('refuses lines to an organisation in no group, asks one in several to name it, and lets a carrier name any', async () => {
    assert.equal((await get('/api/v1/sharing/lines', 'none')).json().code, 'E_NO_GROUP');
    assert.equal((await get('/api/v1/sharing/lines', 'both')).json().code, 'E_GROUP_REQUIRED');
    assert.equal((await get('/api/v1/sharing/lines?group=vendors', 'mvno')).json().code, 'E_NO_GROUP', 'not its group');
    const c = await get('/api/v1/sharing/lines?group=vendors', 'carrier');
    assert.equal(c.statusCode, 200);
    const audited = await store.db.selectFrom('audit').select('subject').where('action', '=', 'sharing.lines').execute();
    assert.ok(audited.length >= 4);
  });

  it("the indicators a member reads carry its group's marking: the strictest of its groups", async () => {
    const mvno = JSON.parse((await get('/api/v1/sharing/stix', 'mvno')).body) as { objects: { type: string; id: string; object_marking_refs?: string[] }[] };
    assert.deepEqual(stixValidator().errors(mvno), []);
    assert.deepEqual(mvno.objects.find((o) => o.type === 'indicator')?.object_marking_refs, [tlpId('amber+strict')]);
    assert.ok(mvno.objects.some((o) => o.type === 'marking-definition' && o.id === tlpId('amber+strict')));
    assert.ok(!mvno.objects.some((o) => o.id === tlpId('green')));
    const taxii = (who: string) => get('/taxii2/api/collections/confirmed-indicators/objects/', who, { accept: TAXII }).then((r) => (r.json() as { objects: { object_marking_refs: string[] }[] }).objects[0]?.object_marking_refs);
    assert.deepEqual(await taxii('vendor'), [tlpId('green')]);
    assert.deepEqual(await taxii('both'), [tlpId('amber+strict')], 'in two groups: the strictest');
    assert.deepEqual(await taxii('none'), [tlpId('green')], "in none: the hub's");
    const mispTags = async (who: string) => Object.values((await get('/api/v1/sharing/misp/manifest.json', who)).json() as Record<string, { Tag: { name: string }[] }>)[0]?.Tag.map((t) => t.name);
    assert.ok((await mispTags('mvno'))?.includes('tlp:amber+strict'), 'the MISP feed too');
    assert.ok((await mispTags('none'))?.includes('tlp:green'));
  });
});
