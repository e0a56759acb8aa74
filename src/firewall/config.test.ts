import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFirewallConfig } from './config.js';

const base = { upstream: { smsc: ['smpp://fw:pw@127.0.0.1:2775'] }, esmes: [{ systemId: 'agg1', password: 'pw1' }] };

test('a minimal file gets the documented defaults', () => {
  const r = parseFirewallConfig(base);
  assert.ok(r.ok);
  const c = r.value;
  assert.deepEqual(c.listen, { host: '127.0.0.1', port: 2775 });
  assert.equal(c.upstream.window, 64);
  assert.deepEqual(c.policy.action.verdicts, { block: 'block', suspicious: 'tag', allow: 'pass' });
  assert.equal(c.policy.tagPrefix, '【迷惑SMSの可能性】');
  assert.deepEqual(c.policy.block, { mode: 'reject', status: 0x66 });
  assert.equal(c.policy.dryRun, false);
  assert.equal(c.esmes.get('agg1')?.profile.route, 'domestic');
  assert.equal(c.esmes.get('agg1')?.maxPerSecond, null);
  assert.equal(c.routesJournal, null, 'receipt routes in memory only unless a journal is named');
  const j = parseFirewallConfig({ ...base, routesJournal: { path: '/var/lib/smishguard/routes.jsonl' } });
  assert.ok(j.ok);
  assert.deepEqual(j.value.routesJournal, { path: '/var/lib/smishguard/routes.jsonl', keepMs: 72 * 3_600_000 });
});

test('per-ESME policy overrides only what it names', () => {
  const r = parseFirewallConfig({ ...base, policy: { tagPrefix: '[SPAM?]', verdicts: { suspicious: 'hold' } }, esmes: [{ systemId: 'intl', password: 'x', route: 'international', policy: { verdicts: { suspicious: 'block' }, dryRun: true } }] });
  assert.ok(r.ok);
  const p = r.value.esmes.get('intl')?.policy;
  assert.deepEqual(p?.action.verdicts, { block: 'block', suspicious: 'block', allow: 'pass' });
  assert.equal(p?.tagPrefix, '[SPAM?]');
  assert.equal(p?.dryRun, true);
  assert.equal(r.value.policy.dryRun, false);
});

const bad: [string, unknown, RegExp][] = [
  ['no SMSC', { ...base, upstream: { smsc: [] } }, /^upstream\.smsc: needs at least one/],
  ['an unknown action', { ...base, policy: { verdicts: { block: 'drop' } } }, /^policy\.verdicts\.block: must be one of pass, tag, block, hold/],
  ['a misspelt setting', { ...base, policy: { dryrun: true } }, /^policy\.dryrun: unknown setting/],
  ['a refusal status of 0', { ...base, policy: { block: { mode: 'reject', status: 0 } } }, /^policy\.block\.status/],
  ['a system_id SMPP cannot carry', { ...base, esmes: [{ systemId: 'a-very-long-system-id', password: 'x' }] }, /^esmes\[0\]\.systemId/],
  ['a password over 8 characters', { ...base, esmes: [{ systemId: 'a', password: '123456789' }] }, /^esmes\[0\]\.password/],
  ['the same ESME twice', { ...base, esmes: [{ systemId: 'a', password: 'x' }, { systemId: 'a', password: 'y' }] }, /^esmes\[1\]\.systemId: 'a' is listed twice/],
  ['a source pattern that is no regular expression', { ...base, esmes: [{ systemId: 'a', password: 'x', sourceAddresses: ['('] }] }, /^esmes\[0\]\.sourceAddresses\[0\]/],
  ['an unknown route', { ...base, esmes: [{ systemId: 'a', password: 'x', route: 'satellite' }] }, /^esmes\[0\]\.route/],
  ['a routes journal with no file', { ...base, routesJournal: { keepHours: 24 } }, /^routesJournal\.path: must be a string/],
  ['routes kept for no time', { ...base, routesJournal: { path: '/tmp/r', keepHours: 0 } }, /^routesJournal\.keepHours: must be an integer from 1/],
];
for (const [what, json, error] of bad) {
  test(`refused: ${what}`, () => {
    const r = parseFirewallConfig(json);
    assert.ok(!r.ok);
    assert.match(r.error, error);
  });
}
