// `smishguard consent` as an operator runs it: a real process on a real store file.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { openStore } from '../store/index.js';

const dir = mkdtempSync(join(tmpdir(), 'smishguard-consent-cli-'));
const db = join(dir, 'c.db');
after(() => rmSync(dir, { recursive: true, force: true }));

function cli(...args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'main.ts'), 'consent', ...args], { encoding: 'utf8', env: { ...process.env, DATABASE_URL: '' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test('set, get, reassign and history on one line, in any written form', () => {
  const set = cli('set', '+81 90-1234-5678', '--detection', 'off', '--cnc-blocking', 'off', '--db', db);
  assert.equal(set.code, 0, set.err);
  assert.match(set.out, /^detection\s+off$/m);
  assert.match(set.out, /^cnc-blocking\s+off$/m);
  assert.match(set.out, /^warnings\s+on$/m);

  const got = cli('get', '０９０１２３４５６７８', '--json', '--db', db);
  assert.equal(got.code, 0, got.err);
  const v = JSON.parse(got.out) as { line: string; settings: Record<string, boolean>; history: { changes: number } };
  assert.equal(v.line, '09012345678');
  assert.deepEqual(v.settings, { detection: false, warnings: true, filtering: true, cncBlocking: false });
  assert.equal(v.history.changes, 1);

  const moved = cli('reassign', '090-1234-5678', '--reason', 'transfer', '--db', db);
  assert.equal(moved.code, 0, moved.err);
  assert.match(moved.out, /^detection\s+on$/m);
  assert.match(moved.out, /1 reassignment/);

  const h = cli('history', '09012345678', '--db', db);
  assert.equal(h.code, 0, h.err);
  const lines = h.out.trim().split('\n');
  assert.equal(lines.length, 2);
  assert.match(lines[0] ?? '', /\tcli\tcli\treassigned \(transfer\)/);
  assert.match(lines[1] ?? '', /detection off, cnc-blocking off/);
});

test('bad input: a message naming the problem and exit 64, nothing written', async () => {
  for (const args of [
    ['set', '09012340000', '--detection', 'maybe'],
    ['set', '09012340000'],
    ['set', '0312345678', '--detection', 'off'],
    ['get'],
    ['reassign', '09012340000', '--reason', 'stolen'],
    ['reassign', '09012340000'],
    ['get', '09012340000', '--warnings', 'off'],
    ['toggle', '09012340000'],
    ['set', '09012340000', '--colour', 'red'],
  ]) {
    const r = cli(...args, '--db', db);
    assert.equal(r.code, 64, `${args.join(' ')}: ${r.err}`);
    assert.match(r.err, /^smishguard consent: .+ \(E_[A-Z_]+\)$/m, args.join(' '));
  }
  assert.match(cli('set', '0312345678', '--detection', 'off', '--db', db).err, /not a Japanese mobile line/);
  const store = await openStore({ sqlitePath: db });
  try {
    const rows = await store.db.withTables<{ consent_history: { line: string } }>().selectFrom('consent_history').select('line').where('line', '=', '09012340000').execute();
    assert.equal(rows.length, 0);
  } finally {
    await store.close();
  }
});

test('reading a line\'s consent or its history from the CLI is audited, as it is over the API', async () => {
  assert.equal(cli('get', '090-5555-0001', '--db', db).code, 0);
  assert.equal(cli('history', '090-5555-0001', '--json', '--db', db).code, 0);
  const store = await openStore({ sqlitePath: db });
  try {
    const reads = (await store.audit.list({ limit: 50 })).filter((a) => a.subject === '09055550001').map((a) => [a.actor, a.action]);
    assert.deepEqual(reads.sort(), [['cli', 'consent.read'], ['cli', 'consent.read-history']]);
  } finally {
    await store.close();
  }
});
