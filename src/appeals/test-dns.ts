// For tests of DNS proofs: Debian's BIND (named) serving a test zone on a free high port,
// as a real DNS server the verifier's real node:dns Resolver asks. Records change by
// rewriting the zone file and SIGHUP (named reloads it).
import { spawn, type ChildProcess } from 'node:child_process';
import { createSocket } from 'node:dgram';
import { Resolver } from 'node:dns/promises';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const NAMED = '/usr/sbin/named';

/** `false` when DNS tests run, else why they skip. */
export const namedSkip: string | false = existsSync(NAMED) ? false : `${NAMED} is missing (.ci/run installs Debian's bind9)`;

/** A port free for both UDP and TCP on 127.0.0.1 (named listens on both). */
async function freePort(): Promise<number> {
  for (;;) {
    const tcp = createServer();
    const port = await new Promise<number>((resolve) => tcp.listen(0, '127.0.0.1', () => resolve((tcp.address() as { port: number }).port)));
    const udp = createSocket('udp4');
    const ok = await new Promise<boolean>((resolve) => {
      udp.once('error', () => resolve(false));
      udp.bind(port, '127.0.0.1', () => resolve(true));
    });
    await new Promise<void>((r) => tcp.close(() => r()));
    await new Promise<void>((r) => { try { udp.close(() => r()); } catch { r(); } });
    if (ok) return port;
  }
}

export interface TestDns {
  /** A Resolver asking only this server. */
  readonly resolver: Resolver;
  readonly zone: string;
  /** Replaces the zone's records (lines like `www IN A 127.0.0.1`) and waits until named serves them. */
  setRecords(records: readonly string[]): Promise<void>;
  stop(): Promise<void>;
}

export async function startNamed(zone: string, records: readonly string[]): Promise<TestDns> {
  const dir = mkdtempSync(join(tmpdir(), 'smishguard-named-'));
  const port = await freePort();
  let serial = 1;
  const zoneFile = join(dir, 'zone.db');
  const writeZone = (rs: readonly string[]): void => writeFileSync(zoneFile, [
    '$TTL 1', `@ IN SOA ns.${zone}. admin.${zone}. ${serial} 60 60 600 1`, `@ IN NS ns.${zone}.`, 'ns IN A 127.0.0.1', ...rs, '',
  ].join('\n'));
  writeZone(records);
  writeFileSync(join(dir, 'named.conf'), `options {
  directory "${dir}"; pid-file "${join(dir, 'named.pid')}"; session-keyfile "${join(dir, 'session.key')}";
  listen-on port ${port} { 127.0.0.1; }; listen-on-v6 { none; };
  recursion no; dnssec-validation no; notify no;
};
zone "${zone}" { type primary; file "${zoneFile}"; };
`);
  const child: ChildProcess = spawn(NAMED, ['-g', '-n', '1', '-c', join(dir, 'named.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  child.stderr?.on('data', (d: Buffer) => { log = (log + d.toString()).slice(-4000); });
  const resolver = new Resolver({ timeout: 500, tries: 1 });
  resolver.setServers([`127.0.0.1:${port}`]);
  const serving = async (want: number): Promise<void> => {
    for (let i = 0; i < 200; i++) {
      if (child.exitCode !== null) throw new Error(`named exited: ${log}`);
      try {
        if ((await resolver.resolveSoa(zone)).serial === want) return;
      } catch { /* not up yet */ }
      await sleep(50);
    }
    throw new Error(`named does not serve ${zone} serial ${want}: ${log}`);
  };
  await serving(serial);
  return {
    resolver,
    zone,
    async setRecords(rs) {
      serial++;
      writeZone(rs);
      child.kill('SIGHUP');
      await serving(serial);
    },
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
