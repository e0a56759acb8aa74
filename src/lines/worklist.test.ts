// The worklist CSV as a spreadsheet would open it: no cell runs (issue 10, item 8).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from 'csv-parse/sync';
import type { CaseRecord } from './records.js';
import { formulaSafe, worklistCsv } from './worklist.js';

const row = (over: Partial<CaseRecord>): CaseRecord => ({
  id: 'C-1', line: '09012345678', kind: 'infected', state: 'suspected', score: 80, escalated: true, reopened: 0,
  openedAt: '2026-11-01T00:00:00.000Z', updatedAt: '2026-11-01T00:00:00.000Z', lastFlaggedAt: '2026-11-01T00:00:00.000Z', ...over,
});

// value → does it get the apostrophe
const cells: [string, boolean][] = [
  ['=1+1', true], ['+819012345678', true], ['-1', true], ['@SUM(A1)', true], ['\t=1', true], ['\r=1', true],
  ['＝1+1', true], ['＋81', true], ['－1', true], ['＠x', true],
  ['\u00a0=1+1', true], ['\u3000=1+1', true], [' =1', true], ['\u200b=1', true],
  ['|calc', true], ['｜calc', true], [';=cmd', true], ['x;=cmd', true], ['a,@b', true],
  ['09012345678', false], ['C-12', false], ['infected', false], ['2026-11-01T00:00:00.000Z', false], ['a=b', false],
];
for (const [value, guarded] of cells) {
  test(`formula guard: ${JSON.stringify(value)} → ${guarded ? 'text' : 'as is'}`, () => {
    assert.equal(formulaSafe(value), guarded ? `'${value}` : value);
  });
}

test('the worklist parses back to the same cells, each dangerous one starting with an apostrophe', () => {
  const csv = worklistCsv([row({ line: '＝1+1' }), row({ id: 'C-2', line: '\u3000=HYPERLINK("x")', lastFlaggedAt: 'a;=b' }), row({ id: 'C-3', line: '+819012345678' })]);
  assert.match(csv, /^case_id,line,kind,state,reopened,score,last_flagged_at,opened_at,updated_at\r\n/);
  const rows = parse(csv, { columns: true }) as Record<string, string>[];
  assert.deepEqual(rows.map((r) => r.line), ["'＝1+1", '\'\u3000=HYPERLINK("x")', "'+819012345678"]);
  assert.equal(rows[1]?.last_flagged_at, "'a;=b");
  assert.equal(rows[0]?.score, '80');
  for (const r of rows) for (const v of Object.values(r)) assert.doesNotMatch(v.normalize('NFKC').trimStart(), /^[=+\-@|]/);
  assert.ok(csv.includes('"\'a;=b"'), 'a cell holding a separator of another locale is quoted');
});
