// Pulling a partner's MISP feed over HTTP, as MISP publishes one (fixtures/misp-feed, shaped
// like the CIRCL OSINT feed): its detection attributes become the partner's evidence exactly
// as its STIX would — one reporter, never confirmed — and a second pull reads only events
// whose timestamp moved.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { getEngine } from '../engine/index.js';
import { getReputationData, openIndicatorStore, type IndicatorStore } from '../reputation/index.js';
import type { Store } from '../store/index.js';
import { sqliteDatabase } from '../store/test-support.js';
import { pullMispFeed } from './misp-pull.js';

const FIXTURES = join(import.meta.dirname, 'fixtures', 'misp-feed');
const EVENT_A = '3c1e7a52-8f0d-4d0b-9a47-2b6f1c9e5a10';

describe('MISP feed pull', () => {
  const db = sqliteDatabase();
  const dir = mkdtempSync(join(tmpdir(), 'smishguard-misp-feed-'));
  let store: Store;
  let indicators: IndicatorStore;
  let server: Server;
  let base: string;
  const asked: string[] = [];
  before(async () => {
    store = await db.open();
    indicators = openIndicatorStore(store, getReputationData());
    cpSync(FIXTURES, dir, { recursive: true });
    // A plain static server, as a partner publishes a feed; it asks for a key as MISP feeds may.
    server = createServer((req, res) => {
      asked.push(req.url ?? '');
      if (req.headers.authorization !== 'Bearer feed-key') { res.writeHead(403).end(); return; }
      try {
        const body = readFileSync(join(dir, (req.url ?? '').replace(/^\/feed\//, '').replace(/[^0-9a-z.-]/gi, '')));
        res.writeHead(200, { 'content-type': 'application/json' }).end(body);
      } catch {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}/feed/`;
  });
  after(async () => { server.close(); await db.cleanup(); rmSync(dir, { recursive: true, force: true }); });
  const evidence = () => ({ engine: getEngine(), indicators, trustedRoles: getReputationData().policy.trustedRoles });
  const pull = (org: string, role = 'partner', authorization = 'Bearer feed-key') =>
    pullMispFeed(store, evidence(), { url: base, authorization, partner: { org, role }, now: () => new Date('2026-12-05T00:00:00Z') });

  it("reads url, domain, hostname, domain|ip and phone-number attributes marked for detection as the partner's evidence, never confirmed", async () => {
    const r = await pull('Example CERT');
    assert.equal(r.ok, true, JSON.stringify(r));
    if (!r.ok) return;
    assert.deepEqual([r.events, r.accepted], [2, 5]);
    assert.equal(r.skipped, 5, 'context-only (to_ids off), deleted, text and ip-dst attributes are skipped');
    const state = async (kind: 'url' | 'domain' | 'host' | 'phone', value: string) => {
      const i = await indicators.get({ kind, value });
      return i ? [i.state, i.evidence.flaggedReporters, i.evidence.orgs] : null;
    };
    assert.deepEqual(await state('domain', 'sagawa-redelivery-jp.top'), ['observed', 1, 1]);
    assert.deepEqual(await state('host', 'jp.parcel-check.top'), ['observed', 1, 1], 'a hostname under a domain stays a host');
    assert.deepEqual(await state('domain', 'mufg-security-check.xyz'), ['observed', 1, 1]);
    assert.deepEqual(await state('phone', '05012345678'), ['observed', 1, 1]);
    assert.equal((await indicators.list({ kind: 'url', limit: 10 })).filter((i) => i.value.startsWith('https://sagawa-redelivery-jp.top/')).length, 1, "an object's url attribute");
    assert.equal(await state('domain', 'context-only-jp.top'), null);
    assert.equal(await state('domain', 'withdrawn-jp.top'), null);
  });

  it('a second pull reads only events whose timestamp moved (even to a time older than another event); one partner stays one reporter', async () => {
    asked.length = 0;
    const again = await pull('Example CERT');
    assert.deepEqual(again.ok && [again.events, again.accepted], [0, 0]);
    assert.deepEqual(asked, ['/feed/manifest.json']);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, { timestamp: number }>;
    manifest[EVENT_A]!.timestamp += 3600; // still older than the other event
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
    asked.length = 0;
    const moved = await pull('Example CERT');
    assert.deepEqual(moved.ok && moved.events, 1);
    assert.deepEqual(asked, ['/feed/manifest.json', `/feed/${EVENT_A}.json`]);
    assert.equal((await indicators.get({ kind: 'domain', value: 'sagawa-redelivery-jp.top' }))?.evidence.flaggedReporters, 1);
  });

  it("a carrier's feed makes its indicators suspected at once, still never confirmed", async () => {
    const r = await pull('Other Carrier', 'carrier');
    assert.equal(r.ok, true);
    assert.equal((await indicators.get({ kind: 'domain', value: 'sagawa-redelivery-jp.top' }))?.state, 'suspected');
  });

  it('stops with E_PULL when the feed refuses, or answers something that is not a MISP feed', async () => {
    const refused = await pull('Third Partner', 'partner', 'Bearer wrong');
    assert.deepEqual([refused.ok, !refused.ok && refused.code], [false, 'E_PULL']);
    writeFileSync(join(dir, 'manifest.json'), '["not", "a", "manifest"]');
    const bad = await pull('Third Partner');
    assert.match(!bad.ok ? bad.message : '', /not a MISP feed manifest/);
  });
});
