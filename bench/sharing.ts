// npm run bench:sharing — 100,000 confirmed indicators out as one STIX 2.1 bundle (issue 12
// floor: ≤ 5 s), on the embedded store (SQLite). Timed: publishing them to the feed (the
// first sync after 100,000 confirmations), the bundle export from the feed, and, apart,
// validating the whole bundle against the OASIS schemas in strict form (what the tests do).
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../src/store/index.js';
import { openSharing } from '../src/sharing/index.js';
import { stixValidator } from '../src/sharing/test-support.js';

const N = Number(process.env.SHARING_N ?? 100_000);
const dir = mkdtempSync(join(tmpdir(), 'smishguard-bench-sharing-'));
const store = await openStore({ sqlitePath: join(dir, 'bench.db') });
const ms = (t0: bigint): number => Number(process.hrtime.bigint() - t0) / 1e6;
/** CPU seconds of this process since `c0`: on a shared machine, wall time says more about the neighbours. */
const cpu = (c0: NodeJS.CpuUsage): string => { const c = process.cpuUsage(c0); return `${((c.user + c.system) / 1e6).toFixed(2)} s CPU`; };
try {
  const at = new Date().toISOString();
  const rows = Array.from({ length: N }, (_, i) => {
    const r = i % 10;
    const [kind, value] = r < 6 ? ['url', `https://lure-${i.toString(36)}.example.top/d/${(i * 7919) % 100000}`]
      : r < 8 ? ['host', `login-${i.toString(36)}.example.top`] : r < 9 ? ['domain', `brand-${i.toString(36)}-jp.top`] : ['phone', `050${String(10_000_000 + i).slice(-8)}`];
    return { kind, value, state: 'confirmed', reports: 3 + (i % 50), reporters: 3, flagged_reporters: 3, orgs: 0, trusted_orgs: 0, first_seen: at, last_seen: at,
      last_flagged_at: at, decision: 'confirm', decided_at: at, note: null, version: i + 1, updated_at: at };
  });
  const db = store.db.withTables<{ reputation_indicators: (typeof rows)[number]; reputation_version: { id: number; version: number } }>();
  for (let i = 0; i < rows.length; i += 500) await db.insertInto('reputation_indicators').values(rows.slice(i, i + 500)).execute();
  await db.updateTable('reputation_version').set({ version: N }).where('id', '=', 1).execute();

  const sharing = openSharing(store, { org: 'Example Mobile SOC' });
  let t0 = process.hrtime.bigint();
  let c0 = process.cpuUsage();
  await sharing.sync();
  const syncMs = ms(t0);
  const syncCpu = cpu(c0);
  t0 = process.hrtime.bigint();
  c0 = process.cpuUsage();
  const chunks = await sharing.bundle();
  const text = chunks.join('');
  const exportMs = ms(t0);
  const exportCpu = cpu(c0);
  t0 = process.hrtime.bigint();
  c0 = process.cpuUsage();
  const bundle = JSON.parse(text) as { objects: unknown[] };
  const errors = stixValidator().errors(bundle);
  const validateMs = ms(t0);
  const validateCpu = cpu(c0);
  console.log(`sharing: ${N.toLocaleString('en')} confirmed indicators (SQLite; ${process.version}; load average ${loadavg()[0]?.toFixed(1)} on ${availableParallelism()} cores)`);
  console.log(`  publish to the feed (first sync):  ${(syncMs / 1000).toFixed(2)} s (${syncCpu})`);
  console.log(`  export one STIX bundle:            ${(exportMs / 1000).toFixed(2)} s (${exportCpu}; ${(text.length / 1e6).toFixed(1)} MB, ${bundle.objects.length.toLocaleString('en')} objects)   floor ≤ 5 s`);
  console.log(`  publish + export:                  ${((syncMs + exportMs) / 1000).toFixed(2)} s`);
  console.log(`  validate against the OASIS schemas, strict: ${(validateMs / 1000).toFixed(2)} s (${validateCpu}), ${errors.length} error(s)${errors.length ? `: ${errors.slice(0, 3).join('; ')}` : ''}`);
  if (errors.length) process.exitCode = 1;
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
