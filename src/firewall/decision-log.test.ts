import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setImmediate as turn } from 'node:timers/promises';
import { decisionLogWriter } from './decision-log.js';
import type { DecisionLogEntry } from './proxy.js';

const entry = (n: number): DecisionLogEntry => ({
  at: '2026-01-01T00:00:00.000Z', esme: 'agg1', fingerprint: n.toString(16).padStart(16, '0'), action: 'pass', enforced: 'pass',
  dryRun: false, verdict: 'allow', score: 0, reasons: [], domains: [], parts: 1,
});

test('decision lines are written off the message path, in order, one JSON a line; flush writes what waits', async () => {
  const writes: string[] = [];
  const log = decisionLogWriter({ write: (t: string) => writes.push(t) });
  log(entry(1));
  log(entry(2));
  assert.equal(writes.length, 0, 'nothing written while the message is handled');
  await turn();
  log(entry(3));
  log.flush();
  assert.deepEqual(writes.join('').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as DecisionLogEntry).fingerprint), [entry(1), entry(2), entry(3)].map((e) => e.fingerprint));
  assert.ok(writes.join('').endsWith('\n'));
  log.flush();
  assert.equal(writes.length, 1, 'a flush with nothing waiting writes nothing');
});

test('a full batch is written without waiting for the timer', async () => {
  const writes: string[] = [];
  const log = decisionLogWriter({ write: (t: string) => writes.push(t) });
  for (let i = 0; i < 400; i++) log(entry(i));
  await turn();
  assert.equal(writes.length, 1);
  assert.equal(writes[0]?.split('\n').filter(Boolean).length, 400);
});
