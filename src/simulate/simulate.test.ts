import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseTrafficRecord } from '../core/lines/index.js';
import { recordLine, simulate, VARIANTS, type VariantName } from './index.js';

const small = { lines: 500, infected: 6, hours: 6, seed: 42 } as const;

test('a simulation is a pure function of its options', () => {
  const a = simulate(small).records.map(recordLine);
  assert.deepEqual(simulate(small).records.map(recordLine), a);
  assert.notDeepEqual(simulate({ ...small, seed: 43 }).records.map(recordLine), a);
});

test('records are time-ordered, inside the window, and read back as valid traffic records', () => {
  const sim = simulate(small);
  const start = sim.truth.start;
  let last = -Infinity;
  for (const r of sim.records) {
    assert.ok(r.ts >= last && r.ts >= start && r.ts < start + small.hours * 3_600_000);
    last = r.ts;
    const back = parseTrafficRecord(recordLine(r));
    assert.deepEqual(back, { ok: true, record: r });
  }
});

test('the truth matches the traffic: each infected line really sends its first lure at first_lure_at', () => {
  for (const variant of Object.keys(VARIANTS) as VariantName[]) {
    const sim = simulate({ ...small, variant });
    assert.equal(sim.truth.infected.length, small.infected, variant);
    for (const t of sim.truth.infected) {
      const mine = sim.records.filter((r) => r.from === t.line && r.origin === 'handset' && r.ts >= t.firstLure);
      assert.equal(mine[0]?.ts, t.firstLure);
      assert.ok(mine.length >= t.lures);
    }
    for (const p of sim.truth.proxies) assert.ok(sim.records.filter((r) => r.to === p && r.origin !== 'handset').length > 5, `${variant}: proxy ${p} receives codes`);
    const all = [...sim.truth.infected.map((t) => t.line), ...sim.truth.proxies, ...Object.values(sim.truth.negatives).flat()];
    assert.equal(new Set(all).size, all.length, 'one role per line');
  }
});

test('every behaviour appears: hard negatives, aggregators, international traffic, lines without text', () => {
  const sim = simulate({ ...small, hours: 24, variant: 'textless' });
  const origins = new Set(sim.records.map((r) => r.origin));
  assert.deepEqual([...origins].sort(), ['aggregator', 'handset', 'international']);
  for (const [kind, lines] of Object.entries(sim.truth.negatives)) {
    assert.ok(lines.length > 0, kind);
    assert.ok(sim.records.some((r) => r.from === lines[0] || r.to === lines[0]), `${kind} line has traffic`);
  }
  assert.ok(sim.records.some((r) => r.origin === 'handset' && r.text === undefined));
});
