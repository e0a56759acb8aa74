// ESME registrations from the sender registry: what a message from an ESME is decided as.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getEngine } from '../engine/index.js';
import { decide } from '../core/firewall/decide.js';
import { parseFirewallConfig } from './config.js';
import { withRegistrations, type Registration } from './registrations.js';

const engine = getEngine();
const NOTICE = 'Amazonでのご注文ありがとうございます。お届け予定日は12月6日です。';
const ENTRIES: Registration[] = [
  { kind: 'alphanumeric', value: 'AMAZON', company: 'アマゾンジャパン合同会社', brandIds: ['amazon'], state: 'active' },
  { kind: '0005', value: '0005123456', company: 'アマゾンジャパン合同会社', brandIds: ['amazon'], state: 'active' },
  { kind: '0005', value: '0005999999', company: 'アマゾンジャパン合同会社', brandIds: [], state: 'revoked' },
];

function configWith(esme: object) {
  const c = parseFirewallConfig({ upstream: { smsc: ['smpp://a:b@127.0.0.1:1'] }, esmes: [{ systemId: 'agg1', password: 'pw', ...esme }] });
  assert.ok(c.ok, c.ok ? '' : c.error);
  return c.value;
}

function actionFor(esme: object, from: string, text = NOTICE): string {
  const config = withRegistrations(configWith(esme), ENTRIES);
  const e = config.esmes.get('agg1');
  assert.ok(e);
  const analysis = engine.analyse({ text, from });
  return decide({ analysis, sender: analysis.sender, esme: e.profile, filtering: true, policy: e.policy.action }).reasons.map((r) => r.code).join(',') || 'none';
}

test('an ESME carrying a company of the registry may send its brand\'s ID and its active 0005 numbers; another may not', () => {
  assert.equal(actionFor({ registryCompanies: ['アマゾンジャパン合同会社'] }, 'Amazon'), 'none');
  assert.equal(actionFor({}, 'Amazon'), 'SENDER_ID_NOT_REGISTERED_FOR_ESME');
  assert.equal(actionFor({ registryCompanies: ['アマゾンジャパン合同会社'] }, '0005123456', 'ご注文の商品を発送しました。'), 'none');
  assert.equal(actionFor({ registryCompanies: ['アマゾンジャパン合同会社'] }, '0005999999', 'ご注文の商品を発送しました。'), 'SENDER_0005_NOT_REGISTERED_FOR_ESME', 'a revoked entry registers nobody');
});

test('a list in the policy file stands instead of the registry\'s', () => {
  assert.equal(actionFor({ registryCompanies: ['アマゾンジャパン合同会社'], brands: [] }, 'Amazon'), 'SENDER_ID_NOT_REGISTERED_FOR_ESME');
  const c = withRegistrations(configWith({ registryCompanies: ['アマゾンジャパン合同会社'], carrierCommon: ['0005000001'] }), ENTRIES);
  assert.deepEqual(c.esmes.get('agg1')?.profile, { systemId: 'agg1', route: 'domestic', brands: ['amazon'], carrierCommon: ['0005000001'] });
});
