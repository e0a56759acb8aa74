// The RPZ zone: what BIND reads (named-checkzone on a zone of 100,000 names; a real named
// answering NXDOMAIN for a listed name and the address for an unlisted one), SOA serials that
// move on every change, the never-block list applied on the way out.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { getReputationData, openIndicatorStore } from '../reputation/index.js';
import { sqliteDatabase } from '../store/test-support.js';
import { openSharing } from './index.js';
import { askResolver, freePort, startResolver } from './test-support.js';
import { dnsName, rpzZone } from './rpz.js';

const which = (cmd: string, also: string[] = []): string | null => {
  for (const p of [...(process.env.PATH ?? '').split(':'), ...also]) if (p && existsSync(join(p, cmd))) return join(p, cmd);
  return null;
};
const checkzone = which('named-checkzone', ['/usr/sbin', '/usr/bin']);
const named = which('named', ['/usr/sbin']);
const ciNeeds = process.env.CI === 'true';
const skipCheck = checkzone ? false : ciNeeds ? false : 'named-checkzone is not installed (Debian bind9-utils)';
const skipNamed = named ? false : ciNeeds ? false : 'named is not installed (Debian bind9)';
const unbound = which('unbound', ['/usr/sbin']);
const skipUnbound = unbound ? false : ciNeeds ? false : 'unbound is not installed (Debian unbound)';

const dir = mkdtempSync(join(tmpdir(), 'smishguard-rpz-'));
after(() => rmSync(dir, { recursive: true, force: true }));

// What each resolver is given: one zone of addresses, and a policy zone listing a domain and a host in it.
const POLICY = rpzZone([{ kind: 'domain', value: 'lure.example.test' }, { kind: 'host', value: 'login.bank.example.test' }], { origin: 'rpz.smishguard.invalid', serial: 1 });
const ADDRESSES = [
  '$TTL 60', '@ IN SOA localhost. hostmaster.localhost. 1 3600 600 604800 60', '@ IN NS localhost.',
  'lure IN A 192.0.2.10', 'www.lure IN A 192.0.2.11', 'login.bank IN A 192.0.2.12', 'www.bank IN A 192.0.2.13', 'ok IN A 192.0.2.20', '',
];

/** What a resolver with the policy loaded must answer, whichever resolver it is. */
async function answersByPolicy(code: (name: string) => Promise<string>): Promise<void> {
  assert.equal(await code('ok.example.test'), '192.0.2.20');
  assert.equal(await code('www.bank.example.test'), '192.0.2.13', 'a sibling of a listed host is not listed');
  assert.equal(await code('lure.example.test'), 'ENOTFOUND', 'NXDOMAIN');
  assert.equal(await code('www.lure.example.test'), 'ENOTFOUND', 'under a listed domain');
  assert.equal(await code('login.bank.example.test'), 'ENOTFOUND', 'a listed host');
}

function checkZone(origin: string, text: string): { status: number | null; out: string } {
  const file = join(dir, `${origin}.zone`);
  writeFileSync(file, text);
  const r = spawnSync(checkzone ?? 'named-checkzone', ['-q', '-k', 'fail', '-i', 'local', origin, file], { encoding: 'utf8' });
  const v = spawnSync(checkzone ?? 'named-checkzone', [origin, file], { encoding: 'utf8' });
  return { status: r.status, out: `${v.stdout}${v.stderr}` };
}

describe('RPZ zone', () => {
  it('lists a domain with every name under it and a host alone; names that are not DNS names are left out', () => {
    const z = rpzZone([
      { kind: 'domain', value: 'parcel-check.example.top' }, { kind: 'host', value: 'login.secure-bank.example.com' },
      { kind: 'domain', value: 'ヤマト-配達.jp' }, { kind: 'host', value: 'bad name;.example' }, { kind: 'domain', value: 'parcel-check.example.top' },
    ], { origin: 'rpz.example', serial: 7 });
    const records = z.text.split('\n').filter((l) => l.includes(' CNAME '));
    assert.deepEqual(records, [
      'parcel-check.example.top CNAME .', '*.parcel-check.example.top CNAME .', 'login.secure-bank.example.com CNAME .',
      `${dnsName('ヤマト-配達.jp')} CNAME .`, `*.${dnsName('ヤマト-配達.jp')} CNAME .`,
    ]);
    assert.match(z.text, /SOA localhost\. hostmaster\.localhost\. 7 /);
    assert.deepEqual(z.skipped, ['bad name;.example']);
    assert.match(dnsName('ヤマト-配達.jp') ?? '', /^xn--/);
  });

  it('a zone of 100,000 listed domains and hosts passes named-checkzone', { skip: skipCheck }, () => {
    const entries = Array.from({ length: 100_000 }, (_, i) => ({ kind: (i % 3 ? 'host' : 'domain') as 'host' | 'domain', value: `lure-${i.toString(36)}.example${i % 7}.top` }));
    const z = rpzZone(entries, { origin: 'rpz.smishguard.invalid', serial: 1234 });
    assert.equal(z.names, 100_000 + Math.ceil(100_000 / 3));
    const r = checkZone('rpz.smishguard.invalid', z.text);
    assert.equal(r.status, 0, r.out);
    assert.match(r.out, /loaded serial 1234/);
  });

  it('follows confirmations: serial moves on every change, rejected and protected names leave', async () => {
    const db = sqliteDatabase();
    try {
      const store = await db.open();
      const data = getReputationData();
      const indicators = openIndicatorStore(store, data);
      const sharing = openSharing(store, { org: 'Example Mobile SOC', data });
      const zone = async () => { await sharing.sync(); return sharing.rpz('rpz.example'); };
      const empty = await zone();
      assert.equal(empty.names, 0);
      await indicators.decide({ kind: 'domain', value: 'parcel-check.example.top' }, 'confirm', 'key:t');
      await indicators.decide({ kind: 'url', value: 'https://parcel-check.example.top/d/1' }, 'confirm', 'key:t');
      const one = await zone();
      assert.equal(one.names, 2);
      assert.ok(one.serial > empty.serial);
      assert.equal((await zone()).serial, one.serial, 'no change, the same serial');
      await indicators.decide({ kind: 'host', value: 'www.yamato-delivery.example.net' }, 'confirm', 'key:t');
      const two = await zone();
      assert.ok(two.serial > one.serial);
      assert.match(two.text, /^www\.yamato-delivery\.example\.net CNAME \.$/m);
      await indicators.decide({ kind: 'domain', value: 'parcel-check.example.top' }, 'reject', 'key:t');
      const three = await zone();
      assert.ok(three.serial > two.serial);
      assert.doesNotMatch(three.text, /parcel-check/);
      // A name that joined the never-block list after its confirmation never leaves in the zone.
      const stricter = { ...data, neverBlock: { ...data.neverBlock, domains: new Set([...data.neverBlock.domains, 'example.net']) } };
      assert.doesNotMatch((await openSharing(store, { org: 'Example Mobile SOC', data: stricter }).rpz('rpz.example')).text, /yamato/);
      if (checkzone) assert.equal(checkZone('rpz.example', three.text).status, 0);
    } finally {
      await db.cleanup();
    }
  });

  it('BIND loads the zone as a response policy: a listed name answers NXDOMAIN, an unlisted one its address', { skip: skipNamed }, async (t) => {
    const port = await freePort();
    writeFileSync(join(dir, 'rpz.zone'), POLICY.text);
    writeFileSync(join(dir, 'example.zone'), ADDRESSES.join('\n'));
    writeFileSync(join(dir, 'named.conf'), `
options {
  directory "${dir}";
  pid-file none;
  listen-on port ${port} { 127.0.0.1; };
  listen-on-v6 { none; };
  recursion yes;
  allow-query { 127.0.0.1; };
  allow-recursion { 127.0.0.1; };
  dnssec-validation no;
  response-policy { zone "rpz.smishguard.invalid"; } recursive-only no;
};
controls { };
zone "rpz.smishguard.invalid" { type primary; file "rpz.zone"; allow-query { none; }; };
zone "example.test" { type primary; file "example.zone"; };
`);
    // The policy zone may finish loading after named says it is running: wait for both.
    await startResolver(t, 'named', named ?? 'named', ['-g', '-4', '-c', join(dir, 'named.conf')], (log) => /running$/m.test(log) && /rpz: rpz\.smishguard\.invalid: reload done/i.test(log));
    await answersByPolicy(askResolver(port));
  });

  it('Unbound loads the same zone (rpz module): a listed name answers NXDOMAIN, an unlisted one its address', { skip: skipUnbound }, async (t) => {
    const port = await freePort();
    writeFileSync(join(dir, 'ub-rpz.zone'), POLICY.text);
    // Unbound's auth-zone file names its origin; BIND's takes it from named.conf.
    writeFileSync(join(dir, 'ub-example.zone'), ['$ORIGIN example.test.', ...ADDRESSES].join('\n'));
    // The names resolve through the iterator (an auth-zone for upstream), as a carrier's
    // recursive resolver would: RPZ does not apply to local-data. test. and invalid. are
    // Unbound's own blocked zones unless told otherwise.
    writeFileSync(join(dir, 'unbound.conf'), `
server:
  interface: 127.0.0.1
  port: ${port}
  do-ip6: no
  do-daemonize: no
  username: ""
  chroot: ""
  directory: "${dir}"
  pidfile: ""
  use-syslog: no
  logfile: ""
  module-config: "respip validator iterator"
  access-control: 127.0.0.0/8 allow
  local-zone: "test." nodefault
  local-zone: "invalid." nodefault
auth-zone:
  name: example.test
  zonefile: ${join(dir, 'ub-example.zone')}
  for-downstream: no
  for-upstream: yes
  fallback-enabled: no
remote-control:
  control-enable: no
rpz:
  name: rpz.smishguard.invalid
  zonefile: ${join(dir, 'ub-rpz.zone')}
`);
    await startResolver(t, 'unbound', unbound ?? 'unbound', ['-d', '-c', join(dir, 'unbound.conf')], (log) => /start of service/.test(log));
    await answersByPolicy(askResolver(port));
  });
});
