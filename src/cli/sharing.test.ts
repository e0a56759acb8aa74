// `smishguard sharing` as an operator runs it: a real process on a real store file.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { getReputationData, openIndicatorStore } from '../reputation/index.js';
import { stixValidator } from '../sharing/test-support.js';
import { openStore } from '../store/index.js';

const dir = mkdtempSync(join(tmpdir(), 'smishguard-sharing-cli-'));
const db = join(dir, 's.db');
after(() => rmSync(dir, { recursive: true, force: true }));

function cli(...args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'main.ts'), 'sharing', ...args], { encoding: 'utf8', env: { ...process.env, DATABASE_URL: '', SMISHGUARD_SECRET: 'test secret, not for use: 0123456789abcdef' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

before(async () => {
  const store = await openStore({ sqlitePath: db });
  const indicators = openIndicatorStore(store, getReputationData());
  for (const ref of [{ kind: 'domain', value: 'parcel-check.example.top' }, { kind: 'url', value: 'https://parcel-check.example.top/d/8231' }, { kind: 'phone', value: '09012345678' }] as const) {
    await indicators.decide(ref, 'confirm', 'cli-test');
  }
  await indicators.decide({ kind: 'host', value: 'safe.example.jp' }, 'reject', 'cli-test');
  await store.close();
});

test('stix writes one bundle valid against the OASIS schemas, with the organisation and TLP asked for', () => {
  const r = cli('stix', '--org', 'Example Mobile SOC', '--tlp', 'TLP:GREEN', '--db', db);
  assert.equal(r.code, 0, r.err);
  const bundle = JSON.parse(r.out) as { objects: { type: string; name?: string; object_marking_refs?: string[] }[] };
  assert.deepEqual(stixValidator().errors(bundle), []);
  const ind = bundle.objects.filter((o) => o.type === 'indicator');
  assert.equal(ind.length, 3);
  assert.ok(bundle.objects.some((o) => o.type === 'identity' && o.name === 'Example Mobile SOC'));
  assert.deepEqual(ind[0]?.object_marking_refs, ['marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb']);
});

test('rpz --out replaces the zone file; csv lists what is shared', () => {
  const out = join(dir, 'rpz.zone');
  writeFileSync(out, 'old');
  const r = cli('rpz', '--zone', 'rpz.example', '--out', out, '--db', db);
  assert.equal(r.code, 0, r.err);
  assert.equal(r.out, '');
  const zone = readFileSync(out, 'utf8');
  assert.match(zone, /^parcel-check\.example\.top CNAME \.$/m);
  assert.match(zone, /^\*\.parcel-check\.example\.top CNAME \.$/m);
  assert.doesNotMatch(zone, /safe\.example\.jp/);
  assert.match(r.err, /2 name\(s\), serial \d+/);
  const csv = cli('csv', '--db', db);
  assert.equal(csv.code, 0, csv.err);
  const rows = csv.out.trim().split('\r\n');
  assert.equal(rows[0], 'kind,value,stix_id,confirmed_at,added_at,valid_until');
  assert.deepEqual(rows.slice(1).map((l) => l.split(',')[1]).sort(), ['09012345678', 'https://parcel-check.example.top/d/8231', 'parcel-check.example.top']);
});

test('misp --out DIR writes a feed MISP can add: manifest.json, the events it names, hashes.csv', () => {
  const out = join(dir, 'misp');
  const r = cli('misp', '--out', out, '--db', db);
  assert.equal(r.code, 0, r.err);
  const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  const uuids = Object.keys(manifest);
  assert.equal(uuids.length, 1);
  const ev = JSON.parse(readFileSync(join(out, `${uuids[0]}.json`), 'utf8')) as { Event: { Attribute: { type: string }[] } };
  assert.deepEqual(ev.Event.Attribute.map((a) => a.type).sort(), ['domain', 'phone-number', 'url']);
  assert.equal(readFileSync(join(out, 'hashes.csv'), 'utf8').trim().split('\n').length, 3);
  assert.equal(cli('misp', '--db', db).code, 64, 'a directory is needed');
});

test('pull: usage errors exit 64, a partner that does not answer 69', () => {
  const token = join(dir, 'token');
  writeFileSync(token, 'sg_partner_token\n');
  assert.equal(cli('pull', '--org', 'Hub A', '--token-file', token, '--db', db).code, 64, 'no --from');
  assert.equal(cli('pull', '--from', 'ftp://x/', '--org', 'Hub A', '--token-file', token, '--db', db).code, 64);
  assert.equal(cli('pull', '--from', 'http://127.0.0.1:9/taxii2/api/collections/c/objects/', '--org', 'Hub A', '--db', db).code, 64, 'no credentials');
  assert.equal(cli('pull', '--from', 'http://127.0.0.1:9/taxii2/api/collections/c/objects/', '--token-file', token, '--db', db).code, 64, 'no --org');
  const down = cli('pull', '--from', 'http://127.0.0.1:9/taxii2/api/collections/c/objects/', '--org', 'Hub A', '--token-file', token, '--db', db);
  assert.equal(down.code, 69, down.err);
  assert.match(down.err, /E_PULL/);
});

test('usage errors exit 64, a missing store 66', () => {
  assert.equal(cli('misp', '--db', db).code, 64);
  assert.equal(cli('stix', '--tlp', 'purple', '--db', db).code, 64);
  assert.equal(cli('rpz', '--zone', 'not a zone', '--db', db).code, 64);
  assert.equal(cli('stix', '--db', join(dir, 'missing.db')).code, 66);
});

test('groups: create, add, list, remove; errors carry a stable code', () => {
  assert.equal(cli('groups', 'create', 'carriers-jp', '--tlp', 'amber+strict', '--db', db).code, 0);
  assert.equal(cli('groups', 'add', 'carriers-jp', '--org', 'Example MVNO', '--db', db).code, 0);
  const list = cli('groups', 'list', '--db', db);
  assert.equal(list.code, 0, list.err);
  assert.equal(list.out, 'carriers-jp\tTLP:AMBER+STRICT\tExample MVNO\n');
  const dup = cli('groups', 'create', 'carriers-jp', '--db', db);
  assert.equal(dup.code, 65);
  assert.match(dup.err, /E_GROUP_EXISTS/);
  assert.equal(cli('groups', 'remove', 'carriers-jp', '--org', 'Nobody', '--db', db).code, 1);
  assert.equal(cli('groups', 'remove', 'carriers-jp', '--org', 'Example MVNO', '--db', db).code, 0);
  assert.match(cli('groups', 'add', 'carriers-jp', '--db', db).err, /E_USAGE/);
});

test('cnc writes the C&C zone answering the garden and the lines with C&C blocking off', async () => {
  const store = await openStore({ sqlitePath: db });
  await openIndicatorStore(store, getReputationData()).decide({ kind: 'cnc', value: 'c2.panel.example.top' }, 'confirm', 'cli-test');
  const { openConsent } = await import('../consent/index.js');
  await openConsent(store).set('09011112222', { cncBlocking: false }, { id: 'cli-test', channel: 'cli' });
  await store.close();
  const out = join(dir, 'cnc');
  const r = cli('cnc', '--out', out, '--zone', 'cnc.rpz.example.jp', '--garden-a', '192.0.2.80', '--db', db);
  assert.equal(r.code, 0, r.err);
  assert.match(readFileSync(join(out, 'cnc.rpz.example.jp.zone'), 'utf8'), /^c2\.panel\.example\.top A 192\.0\.2\.80$/m);
  assert.deepEqual(readFileSync(join(out, 'cnc-exempt.txt'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#')), ['09011112222']);
  assert.match(cli('cnc', '--out', out, '--garden-a', '::1', '--db', db).err, /E_USAGE/);
});

test('pull --misp reads a MISP feed over HTTP into the partner\'s evidence; a feed that is down exits 69', async () => {
  const { createServer } = await import('node:http');
  const { spawn } = await import('node:child_process');
  const fixtures = join(import.meta.dirname, '..', 'sharing', 'fixtures', 'misp-feed');
  const server = createServer((req, res) => {
    try { res.writeHead(200, { 'content-type': 'application/json' }).end(readFileSync(join(fixtures, (req.url ?? '').replace(/^\/osint\//, '').replace(/[^0-9a-z.-]/gi, '')))); } catch { res.writeHead(404).end(); }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/osint/`;
    // Asynchronously: the feed's server runs in this process.
    const r = await new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
      const p = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'main.ts'), 'sharing', 'pull', '--misp', url, '--org', 'Example CERT', '--db', db],
        { env: { ...process.env, DATABASE_URL: '', SMISHGUARD_SECRET: 'test secret, not for use: 0123456789abcdef' } });
      let out = '';
      let err = '';
      p.stdout.on('data', (d: Buffer) => { out += d.toString(); });
      p.stderr.on('data', (d: Buffer) => { err += d.toString(); });
      p.on('close', (code) => resolve({ code, out, err }));
    });
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^2 MISP event\(s\), 10 attribute\(s\): 5 indicator\(s\) recorded as Example CERT's evidence, 5 skipped$/m);
  } finally {
    server.close();
  }
  assert.equal(cli('pull', '--misp', 'http://127.0.0.1:9/feed/', '--org', 'Example CERT', '--db', db).code, 69);
  assert.equal(cli('pull', '--misp', 'http://127.0.0.1:9/feed/', '--from', 'http://127.0.0.1:9/x/', '--org', 'X', '--db', db).code, 64);
});
