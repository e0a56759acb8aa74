import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import {
  confidenceOf, createTrustedIndex, effectiveState, isBareUrl, hostOf, isProtected, parseNeverBlock, parsePolicy, stateOf, trustedUntil,
  type AnalystDecision, type IndicatorEvidence, type IndicatorState,
} from './index.js';

const policy = (() => {
  const p = parsePolicy(JSON.parse(readFileSync(new URL('../../../data/reputation.json', import.meta.url), 'utf8')));
  if (!p.ok) throw new Error(p.error);
  return p.value;
})();
const neverBlock = (() => {
  const p = parseNeverBlock(JSON.parse(readFileSync(new URL('../../../data/never-block.json', import.meta.url), 'utf8')), { domains: ['bit.ly', 'cutt.ly'], senders: ['0120050929'] });
  if (!p.ok) throw new Error(p.error);
  return p.value;
})();

const DAY = 86_400_000;
const T0 = Date.parse('2026-12-01T00:00:00Z');
const ev = (o: Partial<IndicatorEvidence> = {}): IndicatorEvidence => ({
  reports: 1, reporters: 1, flaggedReporters: 0, orgs: 0, trustedOrgs: 0, firstSeen: T0, lastSeen: T0, lastFlaggedAt: null, ...o,
});
const flagged = (n: number, o: Partial<IndicatorEvidence> = {}): IndicatorEvidence => ev({ reports: n, reporters: n, flaggedReporters: n, lastFlaggedAt: T0, ...o });

test('state from evidence and decisions (case table)', () => {
  const cases: [string, IndicatorEvidence, AnalystDecision | null, boolean, IndicatorState][] = [
    ['one report, allowed by the engine', ev(), null, false, 'observed'],
    ['one flagged report', flagged(1), null, false, 'observed'],
    ['a flood of 500 reports from one reporter', ev({ reports: 500, reporters: 1, flaggedReporters: 1, lastFlaggedAt: T0 }), null, false, 'observed'],
    ['1,000 reporters, none flagged by the engine', ev({ reports: 1000, reporters: 1000 }), null, false, 'observed'],
    ['two independent flagged reporters', flagged(2), null, false, 'observed'],
    ['three independent flagged reporters', flagged(3), null, false, 'suspected'],
    ['one flagged report from a trusted organisation', flagged(1, { orgs: 1, trustedOrgs: 1 }), null, false, 'suspected'],
    ['an analyst confirms with no report at all', ev({ reports: 0, reporters: 0 }), { action: 'confirm', at: T0 }, false, 'confirmed'],
    ['an analyst rejects what 50 flagged reporters say', flagged(50), { action: 'reject', at: T0 }, false, 'rejected'],
    ['an analyst expires it; no flagged report since', flagged(5), { action: 'expire', at: T0 + DAY }, false, 'expired'],
    ['an analyst expired it; flagged reports came after', flagged(5, { lastFlaggedAt: T0 + 2 * DAY }), { action: 'expire', at: T0 + DAY }, false, 'suspected'],
    ['protected: 1,000 flagged reporters', flagged(1000), null, true, 'observed'],
    ['protected: an analyst confirms', flagged(3), { action: 'confirm', at: T0 }, true, 'observed'],
    ['protected: an analyst rejects', flagged(3), { action: 'reject', at: T0 }, true, 'rejected'],
  ];
  for (const [name, e, d, prot, want] of cases) assert.equal(stateOf(e, d, prot, policy), want, name);
});

test('never-block: popular and official names never become bad as a domain or host; their full URLs can', () => {
  const cases: [Parameters<typeof isProtected>[0], string, boolean][] = [
    ['domain', 'google.com', true],
    ['host', 'maps.google.com', true],
    ['host', 'docs.google.com', true],
    ['domain', 'tabelog.com', true],
    ['domain', 'cutt.ly', true],
    ['host', 'bit.ly', true],
    ['domain', 'mlit.go.jp', true],
    ['url', 'https://cutt.ly/', true],
    ['url', 'https://bit.ly', true],
    ['url', 'http://google.com/?', true],
    ['url', 'https://cutt.ly/abc123', false],
    ['url', 'https://maps.google.com/?q=35.6,139.7', false],
    ['domain', 'google.com.evil.top', false],
    ['domain', 'notgoogle.com', false],
    ['host', 'sagawa-exp.co.jp.delivery-check.top', false],
    ['phone', '0120050929', true],
    ['phone', '09012345678', false],
  ];
  for (const [kind, value, want] of cases) assert.equal(isProtected(kind, value, neverBlock), want, `${kind} ${value}`);
});

test('URL shapes', () => {
  assert.equal(hostOf('https://User@Evil.example:8443/x?y'), 'evil.example');
  assert.equal(hostOf('http://bit.ly'), 'bit.ly');
  assert.equal(isBareUrl('https://bit.ly/'), true);
  assert.equal(isBareUrl('https://bit.ly/x'), false);
  assert.equal(isBareUrl('https://bit.ly?x=1'), false);
});

test('confidence fades by half-life per kind; suspicion stops counting below the threshold', () => {
  const e = flagged(3);
  const c0 = confidenceOf('url', 'suspected', e, null, policy, T0);
  const c14 = confidenceOf('url', 'suspected', e, null, policy, T0 + policy.halfLifeDays.url * DAY);
  assert.ok(Math.abs(c14 - c0 / 2) < 1e-9, 'one half-life halves it');
  // A number fades slower than a URL.
  assert.ok(confidenceOf('phone', 'suspected', e, null, policy, T0 + 20 * DAY) > confidenceOf('url', 'suspected', e, null, policy, T0 + 20 * DAY));
  const until = trustedUntil('url', 'suspected', e, null, policy);
  assert.ok(until > T0 && until < T0 + 60 * DAY);
  assert.equal(effectiveState('url', 'suspected', e, null, policy, until - 1000), 'suspected');
  assert.equal(effectiveState('url', 'suspected', e, null, policy, until + 1000), 'expired');
  // A new flagged report renews it.
  const renewed = { ...e, lastFlaggedAt: until, lastSeen: until };
  assert.equal(effectiveState('url', 'suspected', renewed, null, policy, until + 1000), 'suspected');
  // Observed, rejected: never trusted.
  assert.equal(trustedUntil('url', 'observed', flagged(2), null, policy), 0);
  assert.equal(trustedUntil('url', 'rejected', flagged(9), null, policy), 0);
  assert.ok(confidenceOf('url', 'observed', flagged(2), null, policy, T0) < policy.trustedConfidence);
  // Confirmed starts at 1 from the decision.
  assert.equal(confidenceOf('url', 'confirmed', ev(), { action: 'confirm', at: T0 + DAY }, policy, T0 + DAY), 1);
});

test('policy: one reporter can never be enough', () => {
  const bad = parsePolicy({ ...policy, minFlaggedReporters: 1 });
  assert.equal(bad.ok, false);
});

test('trusted index: set, get, lapse, removal, growth past its first capacity', () => {
  const idx = createTrustedIndex({ seed: 7 });
  const now = T0;
  for (let i = 0; i < 5000; i++) idx.set('url', `https://lure${i}.top/a`, i % 2 ? 'confirmed' : 'suspected', i, now + DAY);
  assert.equal(idx.size, 5000);
  assert.deepEqual(idx.get('url', 'https://lure7.top/a', now), { level: 'confirmed', reports: 7 });
  assert.equal(idx.get('url', 'https://lure7.top/b', now), undefined);
  assert.equal(idx.get('host', 'https://lure7.top/a', now), undefined, 'kind is part of the key');
  assert.equal(idx.get('url', 'https://lure8.top/a', now + 2 * DAY), undefined, 'trust lapses');
  idx.set('url', 'https://lure8.top/a', null, 0, 0);
  assert.equal(idx.get('url', 'https://lure8.top/a', now), undefined);
  assert.equal(idx.size, 4999);
  idx.set('url', 'https://lure8.top/a', 'suspected', 3, now + DAY);
  assert.equal(idx.size, 5000);
});

test('trusted index as the engine and detector see it: a URL, then its host; numbers and sender IDs', () => {
  const idx = createTrustedIndex({ seed: 1 });
  const now = (): number => T0;
  idx.set('url', 'https://cutt.ly/abc', 'suspected', 3, T0 + DAY);
  idx.set('host', 'login.evil.top', 'confirmed', 0, T0 + DAY);
  idx.set('sender', 'AMAZON-JP', 'confirmed', 4, T0 + DAY);
  const l = idx.lookup(now);
  assert.deepEqual(l.url?.('https://cutt.ly/abc'), { kind: 'url', value: 'https://cutt.ly/abc', reports: 3, source: 'suspected' });
  assert.equal(l.url?.('https://cutt.ly/other'), undefined);
  assert.equal(l.url?.('https://cutt.ly/'), undefined);
  assert.deepEqual(l.url?.('https://login.evil.top/x'), { kind: 'domain', value: 'login.evil.top', reports: 0, source: 'confirmed' });
  assert.equal(l.domain?.('evil.top'), undefined);
  assert.equal(l.phone?.('AMAZON-JP')?.source, 'confirmed');
  const bad = idx.isTrustedBad(now);
  assert.equal(bad('domain', 'login.evil.top'), true);
  assert.equal(bad('domain', 'cutt.ly'), false);
  assert.equal(bad('url', 'https://cutt.ly/abc'), true);
});
