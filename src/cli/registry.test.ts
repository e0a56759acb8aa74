// `smishguard registry` and `smishguard aggregators` as an operator runs them: a real process
// on a real store file; `check --db` then judges by what was imported.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';

const dir = mkdtempSync(join(tmpdir(), 'smishguard-registry-cli-'));
const db = join(dir, 'r.db');
after(() => rmSync(dir, { recursive: true, force: true }));

function cli(...args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'main.ts'), ...args], { encoding: 'utf8', env: { ...process.env, DATABASE_URL: '' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const CSV = [
  'kind,value,company,brands,source,verified_at',
  '0005,0005-12-3456,佐川急便,sagawa,https://example.jp/sagawa,2026-12-01',
  '0005,0005-12,佐川急便,sagawa,https://example.jp/sagawa,2026-12-01',
  'alphanumeric,Sagawa Info,佐川急便,nosuch,https://example.jp/id,2026-12-01',
].join('\n');
const SAGAWA = '【佐川急便】お荷物のお届け予定日をお知らせします。詳細はこちら https://www.sagawa-exp.co.jp/';

test('import: refused rows by line and code on stderr, exit 65; a dry run writes nothing; a second run changes nothing; check --db credits the entry', () => {
  const file = join(dir, 'senders.csv');
  writeFileSync(file, CSV);
  const dry = cli('registry', 'import', file, '--dry-run', '--db', db);
  assert.equal(dry.code, 66, 'a dry run needs an existing store and makes none');
  assert.ok(!existsSync(db));
  const first = cli('registry', 'import', file, '--db', db);
  assert.equal(first.code, 65, first.err);
  assert.match(first.err, /^smishguard registry: line 3: .*\(E_BAD_VALUE\)$/m);
  assert.match(first.err, /^smishguard registry: line 4: .*\(E_UNKNOWN_BRAND\)$/m);
  assert.equal(first.out, 'created 1, updated 0, unchanged 0, refused 2 lines\n');
  const again = cli('registry', 'import', file, '--dry-run', '--db', db);
  assert.equal(again.out, 'dry run: would create 0, update 0, unchanged 1, refused 2 lines\n');
  const list = cli('registry', 'list', '--db', db);
  assert.equal(list.code, 0, list.err);
  assert.equal(list.out, '0005123456\t0005\tactive\t佐川急便\tsagawa\t2026-12-01\thttps://example.jp/sagawa\n');

  const judged = cli('check', SAGAWA, '--from', '0005123456', '--json', '--db', db);
  assert.equal(judged.code, 0, judged.err);
  assert.ok((JSON.parse(judged.out) as { reasons: { code: string }[] }).reasons.some((r) => r.code === 'BRAND_OFFICIAL_SENDER'));
  const revoked = cli('registry', 'revoke', '0005-12-3456', '--db', db);
  assert.equal(revoked.out, 'revoked 0005123456\n');
  assert.equal(cli('registry', 'revoke', '0005-12-3456', '--db', db).code, 1);
  const after = cli('check', SAGAWA, '--from', '0005123456', '--json', '--db', db);
  assert.ok(!(JSON.parse(after.out) as { reasons: { code: string }[] }).reasons.some((r) => r.code === 'BRAND_OFFICIAL_SENDER'));
  assert.equal(cli('registry', 'import', join(dir, 'missing.csv'), '--db', db).code, 66);
});

test('aggregators set and list; a route another organisation carries is refused', () => {
  const set = cli('aggregators', 'set', 'Aggregator A', '--route', '0005:0005-12', '--route', 'alphanumeric', '--db', db);
  assert.equal(set.code, 0, set.err);
  assert.equal(set.out, 'Aggregator A: 0005:000512 alphanumeric\n');
  const taken = cli('aggregators', 'set', 'Aggregator B', '--route', 'alphanumeric', '--db', db);
  assert.equal(taken.code, 65);
  assert.match(taken.err, /\(E_CONFLICT\)/);
  assert.equal(cli('aggregators', 'set', 'B', '--route', '050:0120', '--db', db).code, 64);
  assert.equal(cli('aggregators', 'list', '--db', db).out, 'Aggregator A\t0005\t000512\nAggregator A\talphanumeric\t\n');
});
