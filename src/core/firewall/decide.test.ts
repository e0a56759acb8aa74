// The firewall's decision as a case table: message, sender, ESME, consent → action and the
// reason that drove it. Verdicts come from the shipped engine, as they do in the network.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getEngine } from '../../engine/index.js';
import { decide, type ActionPolicy, type DecisionReasonCode, type EsmeProfile, type FirewallAction } from './decide.js';

const engine = getEngine();
const policy: ActionPolicy = {
  verdicts: { block: 'block', suspicious: 'tag', allow: 'pass' },
  senderPolicy: 'block',
  reputation: 'block',
  allowSenders: new Set(['0120050929']),
};
const domestic: EsmeProfile = { systemId: 'agg1', route: 'domestic', brands: ['amazon'], carrierCommon: ['0005123456'] };
const otherAggregator: EsmeProfile = { systemId: 'agg2', route: 'domestic', brands: [], carrierCommon: [] };
const international: EsmeProfile = { systemId: 'intl', route: 'international', brands: [], carrierCommon: [] };

const LURE = '【三菱UFJ銀行】お客様の口座取引を一時的に規制しています。必ずご確認ください。https://mufg-secure.top/login';
const PLAIN = '明日のシフト、10時からでお願いできる?店長より';
const NOTICE = 'Amazonでのご注文ありがとうございます。お届け予定日は12月6日です。';

type Case = [what: string, text: string, from: string, esme: EsmeProfile, filtering: boolean, action: FirewallAction, reason: DecisionReasonCode | null];
const cases: Case[] = [
  ['a lure is blocked', LURE, '09011112222', domestic, true, 'block', 'VERDICT_BLOCK'],
  ['a lure to a line with filtering off passes untouched', LURE, '09011112222', domestic, false, 'pass', 'FILTERING_OFF'],
  ['a person\'s message passes', PLAIN, '09011223344', domestic, true, 'pass', null],
  ['an allow-listed sender passes whatever it says', LURE, '0120050929', domestic, true, 'pass', 'SENDER_ALLOW_LISTED'],
  ['a Japanese mobile number arriving over an international route is blocked', PLAIN, '+819011223344', international, true, 'block', 'SENDER_INTL_DOMESTIC_NUMBER'],
  ['a domestic brand\'s sender ID over an international route is blocked', NOTICE, 'Amazon', international, true, 'block', 'SENDER_INTL_BRAND_ID'],
  ['a brand\'s ID from the aggregator registered for it passes', NOTICE, 'Amazon', domestic, true, 'pass', null],
  ['a brand\'s ID from an aggregator not registered for it is blocked', NOTICE, 'Amazon', otherAggregator, true, 'block', 'SENDER_ID_NOT_REGISTERED_FOR_ESME'],
  ['a 0005 number from its registered aggregator passes', PLAIN, '0005123456', domestic, true, 'pass', null],
  ['a 0005 number from another aggregator is blocked', PLAIN, '0005123456', otherAggregator, true, 'block', 'SENDER_0005_NOT_REGISTERED_FOR_ESME'],
  ['a foreign number over the international route is not a sender-policy case', PLAIN, '+8613800138000', international, true, 'pass', null],
];

for (const [what, text, from, esme, filtering, action, reason] of cases) {
  test(what, () => {
    const analysis = engine.analyse({ text, from });
    const d = decide({ analysis, sender: analysis.sender, esme, filtering, policy });
    assert.equal(d.action, action, JSON.stringify(d.reasons));
    if (reason) assert.ok(d.reasons.some((r) => r.code === reason && r.action === action), JSON.stringify(d.reasons));
  });
}

test('the strongest action wins when a suspicious text comes from a policy-breaking sender', () => {
  const analysis = engine.analyse({ text: NOTICE, from: 'Amazon' });
  const tagOnly = decide({ analysis, sender: analysis.sender, esme: otherAggregator, filtering: true, policy: { ...policy, senderPolicy: 'tag' } });
  assert.equal(tagOnly.action, 'tag');
  const held = decide({ analysis, sender: analysis.sender, esme: otherAggregator, filtering: true, policy: { ...policy, senderPolicy: 'hold' } });
  assert.equal(held.action, 'hold');
});

test('suspicious verdicts follow the policy: tag by default, block when the operator says so', () => {
  const analysis = engine.analyse({ text: LURE, from: '09011112222' });
  const asSuspicious = { ...analysis, verdict: 'suspicious' as const };
  assert.equal(decide({ analysis: asSuspicious, sender: analysis.sender, esme: domestic, filtering: true, policy }).action, 'tag');
  const strict = { ...policy, verdicts: { ...policy.verdicts, suspicious: 'block' as const } };
  assert.equal(decide({ analysis: asSuspicious, sender: analysis.sender, esme: domestic, filtering: true, policy: strict }).action, 'block');
});

test('a message with no readable text is decided on its sender alone', () => {
  const sender = engine.analyse({ text: '', from: '+819011223344' }).sender;
  assert.equal(decide({ analysis: null, sender, esme: domestic, filtering: true, policy }).action, 'pass');
  assert.equal(decide({ analysis: null, sender, esme: international, filtering: true, policy }).action, 'block');
});
