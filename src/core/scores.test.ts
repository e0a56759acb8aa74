import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseScoreTable, scoreOf, verdictFor, REASON_CODES } from './scores.js';

const shipped = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'data', 'scores.json'), 'utf8'));

test('the shipped score table prices every reason code', () => {
  const t = parseScoreTable(shipped);
  assert.equal(t.ok, true, t.ok ? '' : t.error);
});

test('a score table missing a code, with an unknown code or a model able to block alone is refused', () => {
  const missing = structuredClone(shipped);
  delete missing.weights.LURE;
  assert.match((parseScoreTable(missing) as { error: string }).error, /LURE/);
  const unknown = structuredClone(shipped);
  unknown.weights.NOT_A_CODE = 3;
  assert.match((parseScoreTable(unknown) as { error: string }).error, /NOT_A_CODE/);
  const strongModel = structuredClone(shipped);
  strongModel.weights.MODEL = strongModel.thresholds.block;
  assert.match((parseScoreTable(strongModel) as { error: string }).error, /model alone never blocks/);
  assert.equal(REASON_CODES.length, new Set(REASON_CODES).size);
});

test('score is the clamped sum; verdict follows the thresholds; the model alone never blocks', () => {
  const t = { block: 70, suspicious: 35 };
  assert.equal(scoreOf([{ weight: 60 }, { weight: 60 }]), 100);
  assert.equal(scoreOf([{ weight: -60 }, { weight: 20 }]), 0);
  assert.equal(verdictFor(80, [{ code: 'LURE', weight: 40 }, { code: 'MODEL', weight: 40 }], t), 'block');
  assert.equal(verdictFor(80, [{ code: 'MODEL', weight: 80 }], t), 'suspicious');
  assert.equal(verdictFor(50, [{ code: 'LURE', weight: 50 }], t), 'suspicious');
  assert.equal(verdictFor(34, [{ code: 'LURE', weight: 34 }], t), 'allow');
});
