// The detector's score table as shipped, and what its validation refuses: a typo in
// data/line-scores.json must stop the detector at start, not silently weigh nothing.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { LINE_REASON_TEXT, parseLineScores, tierPoints } from './scores.js';

const shipped = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', '..', 'data', 'line-scores.json'), 'utf8')) as Record<string, unknown>;

test('the shipped table parses, and every reason code has an explanation in both languages', () => {
  const r = parseLineScores(shipped);
  assert.ok(r.ok, r.ok ? '' : r.error);
  for (const [code, t] of Object.entries(LINE_REASON_TEXT)) assert.ok(t.en && t.ja, code);
});

test('no single behaviour tier short of the top flags alone: only levels no person reaches do', () => {
  const r = parseLineScores(shipped);
  assert.ok(r.ok);
  for (const name of ['NEW_RECIPIENTS_BURST', 'NEW_RECIPIENTS_HOUR'] as const) {
    const ladder: readonly (readonly [number, number])[] = r.value.tiers[name];
    assert.ok(ladder.slice(0, -1).every(([, p]) => p < r.value.threshold), name);
    assert.equal(ladder.at(-1)![1] >= r.value.threshold, true, `${name}: its top tier flags on its own`);
  }
});

test('a run of copies seconds apart never flags alone: it is weight beside the spread it is part of', () => {
  const r = parseLineScores(shipped);
  assert.ok(r.ok);
  assert.ok(r.value.tiers.NEW_RECIPIENTS_RUN.every(([, p]) => p < r.value.threshold));
  // Beside the 10-minute spread's tier at 30 it reaches the threshold: the flag needs both.
  const burst30 = tierPoints(r.value.tiers.NEW_RECIPIENTS_BURST, 30);
  const run = r.value.tiers.NEW_RECIPIENTS_RUN.at(-1)![1];
  assert.ok(burst30 + run >= r.value.threshold && tierPoints(r.value.tiers.NEW_RECIPIENTS_BURST, 29) + run < r.value.threshold);
  assert.ok(r.value.runGapMs > 0 && r.value.runGapMs <= r.value.regularMinGapMs, 'a run is faster than the pace regular timing starts at');
});

test('refused: unknown codes, tiers out of order, missing points', () => {
  const weights = shipped.weights as Record<string, Record<string, unknown>>;
  const bad = [
    { ...shipped, weights: { ...weights, NOT_A_CODE: { points: 5 } } },
    { ...shipped, weights: { ...weights, VOLUME: { tiers: [[300, 25], [120, 10]] } } },
    { ...shipped, weights: { ...weights, ENGINE_BLOCK: { marginal: 20 } } },
    { ...shipped, threshold: 0 },
    { ...shipped, weights: { ...weights, NEW_RECIPIENTS_RUN: { tiers: [[21, 30]] } } },
    { ...shipped, quoteMarkers: { words: ['詐欺'], brackets: [['「']] } },
  ];
  for (const b of bad) assert.equal(parseLineScores(b).ok, false, JSON.stringify(b).slice(0, 80));
});

test('tier points: the highest tier reached, none below the first', () => {
  const t = [[10, 5], [20, 15]] as const;
  assert.deepEqual([0, 9, 10, 19, 20, 500].map((n) => tierPoints(t, n)), [0, 0, 5, 5, 15, 15]);
});
