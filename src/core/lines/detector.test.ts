import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createLineDetector } from './detector.js';
import { fnv1a64String } from './simhash.js';
import type { DetectorDeps, LineFlag, TrafficRecord } from './types.js';

const T0 = Date.UTC(2026, 0, 5, 1, 0, 0);
const MIN = 60_000;
const hashNumber = (n: string): number => fnv1a64String(`k:${n}`).lo;
// A stand-in for the engine with the same contract: lures with a link are 'block'.
const analyseText: DetectorDeps['analyseText'] = (text) => {
  const lure = /不在|持ち帰り|ご確認ください|アカウント|停止/.test(text) && /https?:|\.[a-z]{2,}\//.test(text);
  return { verdict: lure ? 'block' : 'allow', urls: /https?:/.test(text) ? 1 : 0, indicators: [] };
};
const deps = (over: Partial<DetectorDeps> = {}): DetectorDeps => ({ excluded: () => false, hashNumber, analyseText, ...over });

function run(records: TrafficRecord[], d: DetectorDeps = deps()): LineFlag[] {
  const det = createLineDetector(d);
  return records.flatMap((r) => det.push(r));
}

function lureBurst(from: string, n: number, start = T0, gapMs = 20_000): TrafficRecord[] {
  return Array.from({ length: n }, (_, i) => ({
    ts: start + i * gapMs, from, to: `0809${String(1000000 + i * 7919).padStart(7, '0')}`, origin: 'handset' as const,
    text: `お客様宛にお荷物のお届けにあがりましたが不在の為持ち帰りました。ご確認ください http://sgw${i % 5}.xyz/${i}`,
  }));
}

test('an infected handset sending lures to new recipients is flagged once, at the crossing record', () => {
  const flags = run(lureBurst('09011110000', 20));
  assert.equal(flags.length, 1);
  const [f] = flags;
  assert.equal(f!.kind, 'infected');
  assert.equal(f!.line, '09011110000');
  assert.ok(f!.score >= 60);
  assert.ok(f!.firstFlaggedAt <= T0 + 5 * 20_000, 'flagged within the first few lures');
  assert.ok(f!.reasons.some((r) => r.code === 'ENGINE_BLOCK'));
});

test('the same texts over aggregator or international routes never flag a line', () => {
  for (const origin of ['aggregator', 'international'] as const) {
    assert.deepEqual(run(lureBurst('09011110000', 30).map((r) => ({ ...r, origin }))), []);
  }
});

test('an opted-out line is never flagged, even when infected; opted-out recipients are not counted', () => {
  const records = lureBurst('09011110000', 30);
  assert.deepEqual(run(records, deps({ excluded: (l) => l === '09011110000' })), []);
  // Every recipient opted out: nothing about the sender is computed or kept either.
  const det = createLineDetector(deps({ excluded: (l) => l !== '09011110000', hashNumber: () => assert.fail('hashed an excluded record') }));
  for (const r of records) assert.deepEqual(det.push(r), []);
  assert.equal(det.activeLines, 0);
});

test('a line that offends again after its state expired is flagged again', () => {
  const det = createLineDetector(deps());
  const first = lureBurst('09011110000', 10).flatMap((r) => det.push(r));
  assert.equal(first.length, 1);
  const again = lureBurst('09011110000', 10, T0 + 24 * 60 * MIN).flatMap((r) => det.push(r));
  assert.equal(again.length, 1);
});

test('a line receiving one-time codes from many services and sending nothing is a verification proxy', () => {
  const services = ['LINE', 'Google', 'メルカリ', 'PayPay', 'Amazon', 'Yahoo', 'Uber', 'Tinder', 'Airbnb', 'Microsoft', 'TikTok', 'Instagram'];
  const records: TrafficRecord[] = services.map((s, i) => ({ ts: T0 + i * 7 * MIN, from: `SMS${i % 3}`, to: '07055556666', origin: 'aggregator', text: `【${s}】認証コード: ${123456 + i}` }));
  const flags = run(records);
  assert.equal(flags.length, 1);
  assert.equal(flags[0]!.kind, 'verification-proxy');
  assert.equal(flags[0]!.line, '07055556666');
});

test('replay is deterministic', () => {
  const records = [...lureBurst('09011110000', 12), ...lureBurst('09022220000', 12, T0 + 3 * MIN)].sort((a, b) => a.ts - b.ts);
  assert.deepEqual(run(records), run(records));
});
