// C&C blocking under consent, as the carrier's DNS team deploys it: the C&C zone and the list
// of lines that turned C&C blocking off, read over HTTP with a carrier key; a real BIND with two
// views (the opted-out lines' addresses, from that list, in the view without the policy)
// answers the walled garden's address to a consenting line and the real address to an
// opted-out one; the garden's page in Japanese and English, with nothing that tracks.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openConsent } from '../consent/index.js';
import { getEngine } from '../engine/index.js';
import { getReputationData, openIndicatorStore, type IndicatorStore } from '../reputation/index.js';
import type { Store } from '../store/index.js';
import { sqliteDatabase } from '../store/test-support.js';
import { buildApp } from '../web/index.js';
import { askResolver, freePort, startResolver } from './test-support.js';
import { gardenServer } from './garden.js';
import plugin from './routes.js';

const named = ['/usr/sbin', ...(process.env.PATH ?? '').split(':')].map((p) => join(p, 'named')).find((p) => existsSync(p)) ?? null;
const skipNamed = named || process.env.CI === 'true' ? false : 'named is not installed (Debian bind9)';
const CARRIER_ACTOR = { id: 'carrier:test', channel: 'carrier-api' as const };

describe('C&C blocking under consent', () => {
  const db = sqliteDatabase();
  let store: Store;
  let app: Awaited<ReturnType<typeof buildApp>>;
  let indicators: IndicatorStore;
  let carrier: string;
  let partner: string;
  const dir = mkdtempSync(join(tmpdir(), 'smishguard-cnc-'));
  before(async () => {
    store = await db.open();
    app = await buildApp({ engine: getEngine(), store, config: { rateLimit: 0 }, plugins: [{ name: 'sharing', plugin }] });
    indicators = openIndicatorStore(store, getReputationData());
    carrier = (await store.apiKeys.create({ org: 'Example Mobile', role: 'carrier' })).key;
    partner = (await store.apiKeys.create({ org: 'Partner Vendor', role: 'partner' })).key;
  });
  after(async () => { await app.close(); await db.cleanup(); rmSync(dir, { recursive: true, force: true }); });
  const get = (url: string, key = carrier) => app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${key}` } });

  it('the zone holds confirmed C&C names only, answering the garden; the exempt list holds the lines that opted out; partners get neither', async () => {
    await indicators.decide({ kind: 'cnc', value: 'c2.flubot-panel.example.top' }, 'confirm', 'key:analyst');
    await indicators.decide({ kind: 'cnc', value: 'gate.mantis.example.xyz' }, 'confirm', 'key:analyst');
    await indicators.decide({ kind: 'cnc', value: 'maybe.example.xyz' }, 'reject', 'key:analyst');
    await indicators.decide({ kind: 'domain', value: 'parcel-lure.example.top' }, 'confirm', 'key:analyst');
    const r = await get('/api/v1/sharing/cnc/rpz?garden_a=192.0.2.80');
    assert.equal(r.statusCode, 200, r.body);
    const records = r.body.split('\n').filter((l) => / (A|AAAA|CNAME) /.test(l));
    assert.deepEqual(records, [
      'c2.flubot-panel.example.top A 192.0.2.80', '*.c2.flubot-panel.example.top A 192.0.2.80',
      'gate.mantis.example.xyz A 192.0.2.80', '*.gate.mantis.example.xyz A 192.0.2.80',
    ], 'not the rejected one, not a phishing domain');
    const serial = Number(r.headers['x-rpz-serial']);
    await indicators.decide({ kind: 'cnc', value: 'gate.mantis.example.xyz' }, 'reject', 'key:analyst');
    const after1 = await get('/api/v1/sharing/cnc/rpz');
    assert.ok(Number(after1.headers['x-rpz-serial']) > serial, 'the serial moves when a name leaves');
    assert.doesNotMatch(after1.body, /mantis/);
    assert.match(after1.body, /^c2\.flubot-panel\.example\.top CNAME \.$/m, 'NXDOMAIN without a garden');
    assert.equal((await get('/api/v1/sharing/cnc/rpz?garden_a=not-an-ip')).json().code, 'E_BAD_ADDRESS');

    const consent = openConsent(store);
    await consent.set('090-1111-2222', { cncBlocking: false }, CARRIER_ACTOR);
    await consent.set('09033334444', { detection: false }, CARRIER_ACTOR);
    await consent.set('08055556666', { cncBlocking: false }, CARRIER_ACTOR);
    await consent.set('08055556666', { cncBlocking: true }, CARRIER_ACTOR);
    const ex = await get('/api/v1/sharing/cnc/exempt.txt');
    assert.equal(ex.statusCode, 200);
    assert.deepEqual(ex.body.split('\n').filter((l) => l && !l.startsWith('#')), ['09011112222'], 'only the line whose C&C blocking is off now');
    for (const url of ['/api/v1/sharing/cnc/rpz', '/api/v1/sharing/cnc/exempt.txt']) assert.equal((await get(url, partner)).statusCode, 403, url);
    const audited = await store.db.selectFrom('audit').select('action').where('action', 'like', 'sharing.cnc.%').execute();
    assert.ok(audited.length >= 3);
  });

  it("BIND: a consenting line's lookup of a C&C name gets the garden, an opted-out line's the real address", { skip: skipNamed }, async (t) => {
    const zone = (await get('/api/v1/sharing/cnc/rpz?zone=cnc.rpz.example.test&garden_a=192.0.2.80')).body;
    const exempt = (await get('/api/v1/sharing/cnc/exempt.txt')).body.split('\n').filter((l) => l && !l.startsWith('#'));
    // The carrier's AAA: each line's current address (here two loopback addresses).
    const addressOf: Record<string, string> = { '09011112222': '127.0.0.2', '09077778888': '127.0.0.1' };
    const acl = exempt.map((l) => addressOf[l]).filter(Boolean);
    assert.deepEqual(acl, ['127.0.0.2']);
    const port = await freePort();
    writeFileSync(join(dir, 'cnc.zone'), zone);
    const example = ['$TTL 60', '@ IN SOA localhost. hostmaster.localhost. 1 3600 600 604800 60', '@ IN NS localhost.',
      'c2 IN A 198.51.100.7', 'x.c2 IN A 198.51.100.8', 'ok IN A 198.51.100.20', ''].join('\n');
    // The C&C's own zone in each view, so a real address exists to be overridden.
    writeFileSync(join(dir, 'a.example.zone'), example);
    writeFileSync(join(dir, 'b.example.zone'), example);
    writeFileSync(join(dir, 'named.conf'), `
options { directory "${dir}"; pid-file none; listen-on port ${port} { 127.0.0.1; }; listen-on-v6 { none; };
  recursion yes; allow-query { 127.0.0.0/8; }; allow-recursion { 127.0.0.0/8; }; dnssec-validation no; };
controls { };
acl "cnc-exempt" { ${acl.map((a) => `${a};`).join(' ')} };
view "cnc-exempt" { match-clients { cnc-exempt; }; zone "flubot-panel.example.top" { type primary; file "a.example.zone"; }; };
view "protected" { match-clients { any; };
  response-policy { zone "cnc.rpz.example.test"; } recursive-only no;
  zone "cnc.rpz.example.test" { type primary; file "cnc.zone"; allow-query { none; }; };
  zone "flubot-panel.example.top" { type primary; file "b.example.zone"; }; };
`);
    await startResolver(t, 'named', named ?? 'named', ['-g', '-4', '-c', join(dir, 'named.conf')], (log) => /running$/m.test(log) && /rpz: cnc\.rpz\.example\.test: reload done/i.test(log));
    const consenting = askResolver(port, '127.0.0.1');
    const optedOut = askResolver(port, '127.0.0.2');
    assert.equal(await consenting('c2.flubot-panel.example.top'), '192.0.2.80', 'the garden');
    assert.equal(await consenting('x.c2.flubot-panel.example.top'), '192.0.2.80', 'a name under it too');
    assert.equal(await consenting('ok.flubot-panel.example.top'), '198.51.100.20', 'an unlisted name resolves');
    assert.equal(await optedOut('c2.flubot-panel.example.top'), '198.51.100.7', 'consent withdrawn: untouched');
  });

  it('the garden page: Japanese and English, the name asked for, no cookie, no script, nothing loaded from elsewhere', async (t) => {
    const server = gardenServer({ carrier: 'Example Mobile', consentUrl: 'https://consent.example.jp/consent', support: '0120-000-000' });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    t.after(() => { server.close(); });
    const port = (server.address() as { port: number }).port;
    // As a browser asks after the resolver answered the garden's address for the C&C name.
    const ask = (host: string, path: string) => new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>((resolve, reject) => {
      request({ host: '127.0.0.1', port, path, headers: { host } }, (res) => {
        let body = '';
        res.setEncoding('utf8').on('data', (d: string) => { body += d; }).on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      }).on('error', reject).end();
    });
    const res = await ask('c2.flubot-panel.example.top', '/gate.php?id=abc');
    const body = res.body;
    assert.equal(res.status, 403);
    assert.equal(res.headers['set-cookie'], undefined);
    assert.match(String(res.headers['content-security-policy']), /default-src 'none'/);
    assert.equal(res.headers['cache-control'], 'no-store');
    assert.match(body, /危険な接続先への通信を遮断しました/);
    assert.match(body, /A connection to a dangerous server was blocked/);
    assert.match(body, /<code>c2\.flubot-panel\.example\.top<\/code>/);
    assert.match(body, /href="https:\/\/consent\.example\.jp\/consent"/);
    assert.doesNotMatch(body, /<script|<img|<link|<iframe|src=/i);
    const odd = (await ask('<b>x</b>', '/')).body;
    assert.doesNotMatch(odd, /<b>x|<code>/, 'a Host that is not a DNS name is not shown');
  });
});
