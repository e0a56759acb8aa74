import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseEventTime, parseTrafficRecord } from './parse.js';

test('reads ISO 8601 and epoch-ms times, ignores unknown fields', () => {
  const a = parseTrafficRecord('{"ts":"2026-01-01T00:00:05Z","from":"09012345678","to":"08011112222","origin":"handset","text":"hi","cell":"x"}');
  assert.deepEqual(a, { ok: true, record: { ts: Date.UTC(2026, 0, 1, 0, 0, 5), from: '09012345678', to: '08011112222', origin: 'handset', text: 'hi' } });
  const b = parseTrafficRecord('{"ts":1767225605000,"from":"AMAZON","to":"08011112222","origin":"aggregator"}');
  assert.deepEqual(b, { ok: true, record: { ts: 1767225605000, from: 'AMAZON', to: '08011112222', origin: 'aggregator' } });
  const c = parseTrafficRecord('{"ts":"2026-01-01T09:00:05+09:00","from":"+819012345678","to":"1","origin":"international"}');
  assert.equal(c.ok && c.record.ts, Date.UTC(2026, 0, 1, 0, 0, 5));
});

test('bad records are errors naming the field', () => {
  const cases: [string, RegExp][] = [
    ['not json', /JSON/],
    ['[1]', /object/],
    ['{"from":"1","to":"2","origin":"handset"}', /"ts" is missing/],
    ['{"ts":"2026-01-01T00:00:00","from":"1","to":"2","origin":"handset"}', /"ts"/], // no zone: ambiguous
    ['{"ts":"yesterday","from":"1","to":"2","origin":"handset"}', /"ts"/],
    ['{"ts":1,"to":"2","origin":"handset"}', /"from"/],
    ['{"ts":1,"from":"1","to":"","origin":"handset"}', /"to"/],
    ['{"ts":1,"from":"1","to":"2","origin":"fixed"}', /"origin"/],
    ['{"ts":1,"from":"1","to":"2","origin":"handset","text":5}', /"text"/],
  ];
  for (const [line, error] of cases) {
    const p = parseTrafficRecord(line);
    assert.equal(p.ok, false, line);
    if (!p.ok) assert.match(p.error, error, line);
  }
});

test('event times: the fast path agrees with Date.parse and rejects impossible dates', () => {
  for (const ts of ['2026-01-05T09:30:00Z', '2026-01-05T09:30:00.123Z', '2024-02-29T23:59:59Z', '1999-12-31T00:00:00.000Z']) {
    assert.equal(parseEventTime(ts), Date.parse(ts), ts);
  }
  for (const ts of ['2026-02-29T00:00:00Z', '2026-04-31T00:00:00Z', '2026-13-01T00:00:00Z', '2026-01-01T24:00:00Z', '2026-01-01T00:60:00Z']) {
    assert.equal(parseEventTime(ts), null, ts);
  }
  assert.equal(parseEventTime('2026-01-05T18:30:00+09:00'), Date.UTC(2026, 0, 5, 9, 30));
  assert.equal(parseEventTime('1767225605000'), 1767225605000);
  assert.equal(parseEventTime(-5), null);
});

test('an epoch time past what a date can hold is refused, not passed on to fail later (a flag at it could not be written, and a worker would stop on it again and again)', () => {
  for (const ts of [1e16, '9999999999999999', 8.64e15 + 1, 1e300]) {
    assert.equal(parseEventTime(ts), null, String(ts));
    const p = parseTrafficRecord(JSON.stringify({ ts, from: '09012345678', to: '08011112222', origin: 'handset' }));
    assert.ok(!p.ok && /"ts"/.test(p.error), String(ts));
  }
  assert.equal(parseEventTime(253402300799999), Date.UTC(9999, 11, 31, 23, 59, 59, 999), 'the last millisecond of year 9999 is still a time');
});
