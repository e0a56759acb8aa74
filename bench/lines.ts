// npm run bench:lines: replay of simulated traffic through the pure infected-line detector on
// one core. Prints records/s for detect alone and for parse+detect (floor 300,000/s for
// replay), p99 of one push, engine calls, and heap per active line at the peak.
//   BENCH_LINES=20000 BENCH_HOURS=24 BENCH_INFECTED=40 BENCH_SEED=11 npm run bench:lines
import { createLineDetector, parseTrafficRecord, type TrafficRecord } from '../src/core/lines/index.js';
import { getEngine } from '../src/engine/index.js';
import { engineDeps } from '../src/simulate/deps.js';
import { recordLine, simulate } from '../src/simulate/index.js';

const LINES = Number(process.env.BENCH_LINES ?? 20_000);
const HOURS = Number(process.env.BENCH_HOURS ?? 24);
const INFECTED = Number(process.env.BENCH_INFECTED ?? 40);
const SEED = Number(process.env.BENCH_SEED ?? 11);
const gc = (globalThis as { gc?: () => void }).gc;

const engine = getEngine();
const sim = simulate({ lines: LINES, infected: INFECTED, hours: HOURS, seed: SEED });
const records = sim.records;
const jsonl = records.map(recordLine);
console.log(`traffic: ${records.length} records, ${LINES} lines, ${HOURS} h, ${INFECTED} infected (seed ${SEED})`);

function replay(rs: readonly TrafficRecord[]): { ms: number; flags: number; engineCalls: number } {
  const det = createLineDetector(engineDeps(engine));
  let flags = 0;
  const t0 = performance.now();
  for (const r of rs) flags += det.push(r).length;
  return { ms: performance.now() - t0, flags, engineCalls: det.stats().engineCalls };
}

// Warm-up on other traffic, so JIT and the engine's own caches are not measured as the detector.
const warm = simulate({ lines: Math.min(LINES, 5000), infected: 10, hours: 6, seed: SEED + 1 });
replay(warm.records);

const runs = [replay(records), replay(records), replay(records)].sort((a, b) => a.ms - b.ms);
const best = runs[0]!;
console.log(`detect alone:   ${Math.round(records.length / (best.ms / 1000)).toLocaleString('en')} records/s (${best.ms.toFixed(0)} ms, best of 3; ${best.flags} flags, ${best.engineCalls} engine calls included)`);

// The same replay with a free engine stand-in: the detector's own cost.
{
  const times: number[] = [];
  for (let k = 0; k < 3; k++) {
    const det = createLineDetector(engineDeps(null, { analyseText: () => ({ verdict: 'allow', urls: 0, indicators: [] }) }));
    const t0 = performance.now();
    for (const r of records) det.push(r);
    times.push(performance.now() - t0);
  }
  const ms = Math.min(...times);
  console.log(`  engine stubbed: ${Math.round(records.length / (ms / 1000)).toLocaleString('en')} records/s (best of 3; the detector's own cost)`);
}

{
  const times: number[] = [];
  for (let k = 0; k < 3; k++) {
    const det = createLineDetector(engineDeps(engine));
    const t0 = performance.now();
    for (const line of jsonl) {
      const p = parseTrafficRecord(line);
      if (p.ok) det.push(p.record);
    }
    times.push(performance.now() - t0);
  }
  const ms = Math.min(...times);
  console.log(`parse + detect: ${Math.round(records.length / (ms / 1000)).toLocaleString('en')} records/s (${ms.toFixed(0)} ms, best of 3)`);
}

{
  const det = createLineDetector(engineDeps(engine));
  const lat = new Float64Array(records.length);
  for (let i = 0; i < records.length; i++) {
    const t0 = performance.now();
    det.push(records[i]!);
    lat[i] = performance.now() - t0;
  }
  lat.sort();
  const q = (p: number): number => lat[Math.min(lat.length - 1, Math.floor(p * lat.length))]! * 1000;
  console.log(`push latency:   p50 ${q(0.5).toFixed(2)} µs, p99 ${q(0.99).toFixed(2)} µs, p99.9 ${q(0.999).toFixed(1)} µs, max ${(lat[lat.length - 1]! * 1000).toFixed(0)} µs (engine calls on new templates are the tail)`);
}

if (gc) {
  gc();
  const before = process.memoryUsage().heapUsed;
  const det = createLineDetector(engineDeps(engine));
  let peakLines = 0;
  let peakHeap = 0;
  const step = Math.max(1, Math.floor(records.length / 40));
  for (let i = 0; i < records.length; i++) {
    det.push(records[i]!);
    if (i % step === step - 1) {
      gc();
      const heap = process.memoryUsage().heapUsed - before;
      if (heap > peakHeap) {
        peakHeap = heap;
        peakLines = det.activeLines;
      }
    }
  }
  const s = det.stats();
  console.log(`memory:         peak ${(peakHeap / 1048576).toFixed(1)} MiB heap over ${peakLines.toLocaleString('en')} active lines = ${Math.round(peakHeap / Math.max(1, peakLines))} bytes per active line (templates cached: ${s.templates})`);
} else {
  console.log('memory:         run with node --expose-gc for heap per active line');
}
