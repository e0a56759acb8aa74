import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDuration, parseSmscUrl, serveConfig } from './index.js';

test('defaults: loopback on 8080, SQLite file, short code 7726, 24h dialogues, 60 reports a minute', () => {
  const r = serveConfig({}, {});
  assert.ok(r.ok);
  assert.deepEqual(r.config, {
    httpPort: 8080, host: '127.0.0.1', rateLimit: 60, storage: { kind: 'sqlite', path: './smishguard-data/smishguard.db' },
    smsc: [], shortCode: '7726', dialogueTimeoutMs: 86_400_000, publicUrl: null, secret: { kind: 'beside-db', path: './smishguard-data/smishguard.db.secret' }, smsFrom: '7726', carrierUrl: null, trustProxy: [],
  });
  assert.ok(Object.isFrozen(r.config));
});

test('DATABASE_URL chooses PostgreSQL unless --db names a file', () => {
  const pg = serveConfig({}, { DATABASE_URL: 'postgres://u@db/x' });
  assert.deepEqual(pg.ok && pg.config.storage, { kind: 'postgres', url: 'postgres://u@db/x' });
  const file = serveConfig({ db: '/tmp/a.db' }, { DATABASE_URL: 'postgres://u@db/x' });
  assert.deepEqual(file.ok && file.config.storage, { kind: 'sqlite', path: '/tmp/a.db' });
});

// duration → milliseconds (null: refused)
const durations: [string, number | null][] = [
  ['24h', 86_400_000], ['30m', 1_800_000], ['90s', 90_000], ['1h30m', 5_400_000], ['500ms', 500], ['7d', 604_800_000],
  ['', null], ['24', null], ['1.5h', null], ['h', null], ['-1h', null], ['24 h', null],
];
for (const [raw, ms] of durations) {
  test(`duration '${raw}' → ${ms}`, () => assert.equal(parseDuration(raw), ms));
}

test('an SMSC address gives host, port, system_id and password; TLS with ssmpp', () => {
  assert.deepEqual(parseSmscUrl('smpp://esme1:pw@smsc.example:2776'), { url: 'smpp://esme1:pw@smsc.example:2776', tls: false, host: 'smsc.example', port: 2776, systemId: 'esme1', password: 'pw' });
  const tls = parseSmscUrl('ssmpp://esme1:pw@smsc.example');
  assert.ok(!('code' in tls) && tls.tls && tls.port === 3550);
  const plain = parseSmscUrl('smpp://esme1:p%40ss@10.0.0.1');
  assert.ok(!('code' in plain) && plain.port === 2775 && plain.password === 'p@ss');
});

// bad --smsc → refused with E_BAD_SMSC, and the password never appears in the message
const badSmsc = ['http://esme:secretpw@h:1', 'smpp://h:2775', 'smpp://esme:secretpw@h:2775/x', 'not a url', 'smpp://waytoolongsystemid:pw@h', 'smpp://esme:toolongpass@h'];
for (const raw of badSmsc) {
  test(`--smsc ${raw.replace(/:[^:@/]*@/, ':***@')} is refused without showing the password`, () => {
    const r = parseSmscUrl(raw);
    assert.ok('code' in r);
    assert.equal(r.code, 'E_BAD_SMSC');
    assert.ok(!r.message.includes('secretpw') && !r.message.includes('toolongpass'));
  });
}

test('every bad option is named at once, with a stable code', () => {
  const r = serveConfig({ 'http-port': '70000', 'rate-limit': '-1', 'short-code': '77x', 'dialogue-timeout': 'soon', smsc: ['smpp://h'], 'public-url': 'ftp://x' }, { SMISHGUARD_SECRET: 'short' });
  assert.ok(!r.ok);
  assert.deepEqual(r.errors.map((e) => e.code).sort(), ['E_BAD_DURATION', 'E_BAD_SMSC', 'E_CONFIG', 'E_USAGE', 'E_USAGE', 'E_USAGE', 'E_USAGE']);
  const all = r.errors.map((e) => e.message).join('\n');
  for (const name of ['--http-port', '--rate-limit', '--short-code', '--dialogue-timeout', '--smsc', '--public-url', 'SMISHGUARD_SECRET']) assert.ok(all.includes(name), name);
});

test('texts to subscribers come from --sms-from (default the short code); the carrier page must be https', () => {
  const own = serveConfig({ 'short-code': '8000' }, {});
  assert.ok(own.ok && own.config.smsFrom === '8000');
  const carrier = serveConfig({ 'sms-from': '000512345', 'carrier-url': 'https://example.jp/malware' }, {});
  assert.ok(carrier.ok && carrier.config.smsFrom === '000512345' && carrier.config.carrierUrl === 'https://example.jp/malware');
  const bad = serveConfig({ 'sms-from': 'not a sender id!', 'carrier-url': 'http://example.jp/' }, {});
  assert.ok(!bad.ok);
  assert.deepEqual(bad.errors.map((e) => e.message.split(' ')[0]), ['--sms-from', '--carrier-url']);
});

test('--trust-proxy takes addresses and CIDRs, and refuses anything else', () => {
  const ok = serveConfig({ 'trust-proxy': '10.0.0.0/8, 127.0.0.1,::1' }, {});
  assert.ok(ok.ok);
  assert.deepEqual(ok.config.trustProxy, ['10.0.0.0/8', '127.0.0.1', '::1']);
  const bad = serveConfig({ 'trust-proxy': 'proxy.example' }, {});
  assert.ok(!bad.ok && bad.errors[0]?.message.startsWith('--trust-proxy'));
});
