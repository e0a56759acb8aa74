// The published feed follows analysts' decisions: confirmed indicators appear, rejected ones
// are revoked (a later version, never a deletion), re-confirmed ones come back as a new
// version; protected names, suspicions and other kinds never leave. Every published object is
// valid STIX 2.1 in strict form.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { getReputationData, openIndicatorStore } from '../reputation/index.js';
import { TEST_DATABASES, type TestDatabase } from '../store/test-support.js';
import { openSenderRegistry } from '../registry/index.js';
import { openSharing } from './index.js';
import { stixValidator } from './test-support.js';

const v = stixValidator();
let now = Date.parse('2026-12-01T09:00:00.000Z');
const clock = () => new Date(now);

async function setup(db: TestDatabase) {
  const store = await db.open({ clock });
  const data = getReputationData();
  const indicators = openIndicatorStore(store, { ...data, clock });
  const sharing = openSharing(store, { org: 'Example Mobile SOC', tlp: 'green', data, clock });
  return { db, store, indicators, sharing };
}

for (const engine of TEST_DATABASES) describe(`sharing feed on ${engine.name}`, { skip: engine.skip }, () => {
  let s: Awaited<ReturnType<typeof setup>>;
  after(async () => s?.db.cleanup());

  it('publishes confirmed indicators only, and revokes then re-publishes as analysts change their minds', async () => {
    s = await setup(engine.create());
    const lure = { kind: 'url' as const, value: 'https://parcel-check.example.top/d/8231' };
    const domain = { kind: 'domain' as const, value: 'parcel-check.example.top' };
    const phone = { kind: 'phone' as const, value: '09012345678' };
    for (const ref of [lure, domain, phone]) assert.equal((await s.indicators.decide(ref, 'confirm', 'key:test')).ok, true);
    // Not shared: a protected name cannot be confirmed, a rejected one, a sender ID.
    assert.equal((await s.indicators.decide({ kind: 'domain', value: 'google.com' }, 'confirm', 'key:test')).ok, false);
    await s.indicators.decide({ kind: 'domain', value: 'innocent.example.jp' }, 'reject', 'key:test');
    await s.indicators.decide({ kind: 'sender', value: 'AMAZON-JP' }, 'confirm', 'key:test');
    await s.sharing.sync();
    const first = await s.sharing.feed.page({ limit: 100 });
    assert.deepEqual(first.entries.map((e) => e.value).sort(), [domain.value, phone.value, lure.value].sort());
    assert.equal(first.more, false);
    for (const e of first.entries) assert.deepEqual(v.errors(JSON.parse(e.json)), [], e.json);
    const tlp = (JSON.parse(first.entries[0]!.json) as { object_marking_refs: string[] }).object_marking_refs;
    assert.deepEqual(tlp, ['marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb'], 'TLP:GREEN');

    // Nothing changed: a second sync publishes nothing.
    await s.sharing.sync();
    assert.equal((await s.sharing.feed.page({ limit: 100, versions: 'all' })).entries.length, 3);

    now += 60_000;
    await s.indicators.decide(domain, 'reject', 'key:test', 'a registrar parked page, not the lure');
    await s.sharing.sync();
    const all = (await s.sharing.feed.page({ limit: 100, versions: 'all' })).entries.filter((e) => e.value === domain.value);
    assert.equal(all.length, 2);
    assert.equal(all[1]!.revoked, true);
    assert.ok(all[1]!.modified > all[0]!.modified);
    const rev = JSON.parse(all[1]!.json) as { revoked: boolean; id: string };
    assert.equal(rev.revoked, true);
    assert.deepEqual(v.errors(rev), []);
    const current: string[] = [];
    await s.sharing.feed.current((e) => current.push(e.value));
    assert.deepEqual(current.sort(), [phone.value, lure.value].sort());

    now += 60_000;
    await s.indicators.decide(domain, 'confirm', 'key:test');
    await s.sharing.sync();
    const last = (await s.sharing.feed.page({ limit: 100, ids: [rev.id] })).entries;
    assert.equal(last.length, 1);
    assert.equal(last[0]!.revoked, false);
    assert.equal((await s.sharing.feed.page({ limit: 100, ids: [rev.id], versions: 'all' })).entries.length, 3);
    assert.equal((await s.sharing.feed.page({ limit: 100, ids: [rev.id], versions: 'first' })).entries[0]!.seq, all[0]!.seq);
  });

  it("shares a never-block listed number once its registry entry is revoked and analysts confirm it (the indicator store's own rule)", async () => {
    const ref = { kind: 'phone', value: '0120050929' } as const; // SMBC's, in data/brands.json
    assert.ok((await openSenderRegistry(s.store).revoke(ref.value, 'key:admin', "number no longer SMBC's")).ok);
    const c = await s.indicators.decide(ref, 'confirm', 'key:test');
    assert.ok(c.ok && c.state === 'confirmed');
    await s.sharing.sync();
    const current: string[] = [];
    await s.sharing.feed.current((e) => current.push(e.value));
    assert.ok(current.includes(ref.value), current.join());
    assert.match(await s.sharing.csv(), /0120050929|\+81120050929/);
    await s.indicators.decide(ref, 'reject', 'key:test');
    await s.sharing.sync();
  });

  it('exports the current indicators as one bundle valid against the OASIS schemas', async () => {
    const bundle = JSON.parse((await s.sharing.bundle()).join('')) as { id: string; objects: { type: string }[] };
    assert.deepEqual(v.errors(bundle), []);
    assert.equal(bundle.objects.filter((o) => o.type === 'indicator').length, 3);
    assert.deepEqual(bundle.objects.slice(0, 4).map((o) => o.type), ['identity', 'identity', 'marking-definition', 'extension-definition']);
    const again = JSON.parse((await s.sharing.bundle()).join('')) as { id: string };
    assert.equal(again.id, bundle.id, 'the same state, the same bundle id');
  });
});
