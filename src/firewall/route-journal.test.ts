import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openRouteJournal } from './route-journal.js';

const HOUR = 3_600_000;

test('routes come back after a restart until they are older than the time kept; at most two periods stay on disk', () => {
  const dir = mkdtempSync(join(tmpdir(), 'smishguard-routes-'));
  const path = join(dir, 'routes.jsonl');
  let now = 1_000 * HOUR;
  const clock = (): number => now;
  try {
    const a = openRouteJournal({ path, keepMs: HOUR, now: clock });
    a.add({ kind: 'route', at: now, smsc: 'smpp://fw@a:2775', id: 'M1', esme: 'agg1' });
    a.add({ kind: 'alias', at: now, esme: 'agg1', id: 'FW00000001', targets: [{ smsc: 'smpp://fw@a:2775', id: 'M2' }], ids: ['FW00000001'] });
    a.close();
    // A line cut short by kill -9 mid-write is skipped, the others stand.
    appendFileSync(path, '{"kind":"route","at":');
    now += HOUR / 2;
    const b = openRouteJournal({ path, keepMs: HOUR, now: clock });
    assert.deepEqual(b.loaded.map((e) => e.id), ['M1', 'FW00000001']);
    b.add({ kind: 'route', at: now, smsc: 'smpp://fw@a:2775', id: 'M1b', esme: 'agg1' });
    b.close();
    const b2 = openRouteJournal({ path, keepMs: HOUR, now: clock });
    assert.deepEqual(b2.loaded.map((e) => e.id), ['M1', 'FW00000001', 'M1b'], 'the line after the cut one stands');
    // A period later the file is rotated: the first period's routes move to .1.
    now += HOUR;
    b2.add({ kind: 'route', at: now, smsc: 'smpp://fw@a:2775', id: 'M3', esme: 'agg2' });
    b2.close();
    assert.ok(existsSync(`${path}.1`));
    const c = openRouteJournal({ path, keepMs: HOUR, now: clock });
    assert.deepEqual(c.loaded.map((e) => e.id), ['M1b', 'M3'], 'M1 and its alias, older than an hour, forgotten');
    c.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
