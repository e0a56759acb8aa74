// Partners' STIX in: a bundle another hub exported becomes each pushing partner's evidence.
// One partner never makes an indicator trusted; three independent ones make it suspected; a
// carrier (a trusted role) makes it suspected at once; none confirms it; protected names and
// revoked or lapsed indicators stay out.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { getEngine } from '../engine/index.js';
import { getReputationData, openIndicatorStore, type IndicatorStore } from '../reputation/index.js';
import type { Store } from '../store/index.js';
import { sqliteDatabase } from '../store/test-support.js';
import { buildApp } from '../web/index.js';
import { indicatorsOfBundle } from './import.js';
import plugin from './routes.js';
import { stixIndicator, patternString } from './stix.js';

const base = { firstSeen: '2026-11-30T00:00:00.000Z', confirmedAt: '2026-12-01T00:00:00.000Z', validUntil: '2027-02-01T00:00:00.000Z', reports: 4, reporters: 3 };
const opts = { org: 'Other Hub', tlp: 'green' as const };
const bundle = (objects: object[]) => ({ type: 'bundle', id: 'bundle--6f1b6c1e-4c1a-4c1a-8c1a-6f1b6c1e4c1a', objects });
const partnerBundle = bundle([
  stixIndicator({ kind: 'url', value: 'https://parcel-check-jp.top/d/8231', ...base }, opts),
  stixIndicator({ kind: 'domain', value: 'parcel-check-jp.top', ...base }, opts),
  stixIndicator({ kind: 'host', value: 'login.bank-secure.example.net', ...base }, opts),
  stixIndicator({ kind: 'phone', value: '09012345678', ...base }, opts),
  stixIndicator({ kind: 'domain', value: 'google.com', ...base }, opts),
  { ...stixIndicator({ kind: 'domain', value: 'withdrawn.example.top', ...base }, opts), revoked: true },
  stixIndicator({ kind: 'domain', value: 'lapsed.example.top', ...base, validUntil: '2026-12-02T00:00:00.000Z' }, opts),
  { ...stixIndicator({ kind: 'domain', value: 'either.example.top', ...base }, opts), pattern: "[domain-name:value = 'a.example.top'] OR [domain-name:value = 'b.example.top']" },
  { type: 'identity', id: 'identity--6f1b6c1e-4c1a-4c1a-8c1a-6f1b6c1e4c1b', name: 'x' },
]);

describe('partner STIX import', () => {
  const db = sqliteDatabase();
  let store: Store;
  let app: Awaited<ReturnType<typeof buildApp>>;
  let indicators: IndicatorStore;
  const clock = () => new Date('2026-12-03T00:00:00.000Z');
  before(async () => {
    store = await db.open({ clock });
    app = await buildApp({ engine: getEngine(), store, clock, config: { rateLimit: 0 }, plugins: [{ name: 'sharing', plugin }] });
    indicators = openIndicatorStore(store, { ...getReputationData(), clock });
  });
  after(async () => { await app.close(); await db.cleanup(); });

  const push = async (org: string, role: 'partner' | 'carrier' | 'reporter', body: object, type = 'application/stix+json;version=2.1') => {
    const { key } = await store.apiKeys.create({ org, role });
    return app.inject({ method: 'POST', url: '/api/v1/sharing/import', headers: { authorization: `Bearer ${key}`, 'content-type': type }, payload: JSON.stringify(body) });
  };
  const state = async (kind: 'url' | 'domain' | 'host' | 'phone', value: string) => (await indicators.get({ kind, value }))?.state;

  it('reads single-comparison patterns, unescapes them, skips revoked, lapsed and compound ones', () => {
    const r = indicatorsOfBundle(partnerBundle, clock().toISOString());
    assert.ok(r.ok);
    assert.deepEqual(r.refs.map((x) => `${x.kind} ${x.value}`), [
      'url https://parcel-check-jp.top/d/8231', 'domain-name parcel-check-jp.top', 'domain-name login.bank-secure.example.net', 'phone +819012345678', 'domain-name google.com',
    ]);
    assert.equal(r.skipped, 3);
    const odd = indicatorsOfBundle(bundle([{ type: 'indicator', pattern_type: 'stix', pattern: `[url:value = ${patternString("https://x.example.top/it's")}]` }]), clock().toISOString());
    assert.ok(odd.ok);
    assert.equal(odd.refs[0]?.value, "https://x.example.top/it's");
    assert.equal(indicatorsOfBundle({ type: 'report' }, '').ok, false);
  });

  it('one partner is one flagged reporter: observed, not trusted; its role cannot confirm', async () => {
    const r = await push('Partner One', 'partner', partnerBundle);
    assert.equal(r.statusCode, 200, r.body);
    const body = r.json() as { accepted: number; skipped: number; indicators: { kind: string; value: string }[] };
    assert.equal(body.accepted, 5);
    assert.deepEqual(body.indicators.map((i) => i.kind), ['url', 'domain', 'host', 'phone', 'domain']);
    assert.equal(body.indicators.find((i) => i.kind === 'phone')?.value, '09012345678');
    assert.equal(await state('domain', 'parcel-check-jp.top'), 'observed');
    // The same partner again is still one reporter.
    await push('Partner One', 'partner', partnerBundle);
    assert.equal((await indicators.get({ kind: 'domain', value: 'parcel-check-jp.top' }))?.evidence.flaggedReporters, 1);
    assert.equal(await state('domain', 'withdrawn.example.top'), undefined);
  });

  it('three independent partners make it suspected; a carrier at once; never confirmed, never a protected name', async () => {
    await push('Partner Two', 'partner', partnerBundle, 'application/json');
    await push('Partner Three', 'partner', partnerBundle);
    assert.equal(await state('domain', 'parcel-check-jp.top'), 'suspected');
    assert.equal(await state('host', 'login.bank-secure.example.net'), 'suspected');
    assert.equal(await state('domain', 'google.com'), 'observed');
    const fresh = bundle([stixIndicator({ kind: 'domain', value: 'fresh-lure-jp.top', ...base }, opts)]);
    assert.equal((await push('Example Carrier', 'carrier', fresh)).statusCode, 200);
    assert.equal(await state('domain', 'fresh-lure-jp.top'), 'suspected');
  });

  it('refuses what is not a bundle, and callers who are not partners', async () => {
    const bad = await push('Partner Four', 'partner', { type: 'report', objects: [] });
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().code, 'E_BAD_BUNDLE');
    assert.equal((await push('A reporter', 'reporter', partnerBundle)).statusCode, 403);
  });
});
