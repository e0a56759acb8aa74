// npm run bench:consent: the detection gate as the line detector uses it — asked for the
// sender and the recipient of every traffic record. Prints calls/s and ns per call over a mix
// of the forms records carry, with N opted-out lines loaded (BENCH_OPTED_OUT, default 100,000),
// and the gate's load time and heap.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../store/index.js';
import { openConsent } from './index.js';
import type { ConsentTables } from './tables.js';

const OPTED_OUT = Number(process.env.BENCH_OPTED_OUT ?? 100_000);
const CALLS = Number(process.env.BENCH_CALLS ?? 20_000_000);

const dir = mkdtempSync(join(tmpdir(), 'smishguard-bench-consent-'));
const store = await openStore({ sqlitePath: join(dir, 'bench.db') });
try {
  const line = (i: number): string => `090${String(i * 7919 % 100_000_000).padStart(8, '0')}`;
  const db = store.db.withTables<ConsentTables>();
  const at = new Date().toISOString();
  for (let i = 0; i < OPTED_OUT; i += 5_000) {
    const rows = [];
    for (let j = i; j < Math.min(OPTED_OUT, i + 5_000); j++) rows.push({ line: line(j), detection: 0, warnings: 1, filtering: 1, cnc_blocking: 1, since: at });
    await db.insertInto('consent_lines').values(rows).onConflict((oc) => oc.column('line').doNothing()).execute();
  }
  // Run with --expose-gc (the npm script does) for a meaningful heap figure.
  const gc = (globalThis as { gc?: () => void }).gc ?? ((): void => {});
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const t0 = process.hrtime.bigint();
  const gate = await openConsent(store).detectionGate();
  const loadMs = Number(process.hrtime.bigint() - t0) / 1e6;
  gc();
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6;

  // What records carry: national form mostly, +81 and 81 forms, business senders, an odd hyphenated one.
  const sample: string[] = [];
  for (let i = 0; i < 4096; i++) {
    const n = line(i % 3 === 0 ? i : OPTED_OUT + i);
    const r = i % 20;
    sample.push(r < 12 ? n : r < 16 ? `+81${n.slice(1)}` : r < 18 ? `81${n.slice(1)}` : r < 19 ? '0120123456' : `${n.slice(0, 3)}-${n.slice(3, 7)}-${n.slice(7)}`);
  }
  let hits = 0;
  for (let i = 0; i < 1_000_000; i++) if (gate.excluded(sample[i & 4095] as string)) hits++;
  hits = 0;
  const t1 = process.hrtime.bigint();
  for (let i = 0; i < CALLS; i++) if (gate.excluded(sample[i & 4095] as string)) hits++;
  const s = Number(process.hrtime.bigint() - t1) / 1e9;
  console.log(`consent gate: ${OPTED_OUT.toLocaleString('en')} opted-out lines loaded in ${loadMs.toFixed(0)} ms, ~${heapMb.toFixed(1)} MB heap`);
  console.log(`  excluded(): ${(CALLS / s / 1e6).toFixed(1)} M calls/s, ${(s / CALLS * 1e9).toFixed(1)} ns/call (${(hits / CALLS * 100).toFixed(1)}% excluded; mix: 60% national, 20% +81, 10% 81…, 5% hyphenated, 5% 0120)`);
  console.log(`  at 2 calls per record (sender and recipient): ${(CALLS / s / 2 / 1e6).toFixed(1)} M records/s on one core`);
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
