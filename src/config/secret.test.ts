import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSecret, secretSource, serveConfig } from './index.js';

const SQLITE = { kind: 'sqlite', path: '/srv/sg/store.db' } as const;
const PG = { kind: 'postgres', url: 'postgres://u@db/x' } as const;
const KEY = 'k'.repeat(40);

test('the secret comes from --secret-file, else SMISHGUARD_SECRET_FILE, else SMISHGUARD_SECRET, else the file beside a SQLite store', () => {
  assert.deepEqual(secretSource('/run/a', { SMISHGUARD_SECRET_FILE: '/run/b', SMISHGUARD_SECRET: KEY }, SQLITE), { kind: 'file', path: '/run/a', origin: '--secret-file' });
  assert.deepEqual(secretSource(undefined, { SMISHGUARD_SECRET_FILE: '/run/b' }, SQLITE), { kind: 'file', path: '/run/b', origin: 'SMISHGUARD_SECRET_FILE' });
  assert.deepEqual(secretSource(undefined, { SMISHGUARD_SECRET: KEY }, PG), { kind: 'value', value: KEY });
  assert.deepEqual(secretSource(undefined, {}, SQLITE), { kind: 'beside-db', path: '/srv/sg/store.db.secret' });
  assert.deepEqual(secretSource(undefined, {}, PG), { kind: 'none' }, 'PostgreSQL has no default place for a secret');
});

test('ambiguous or weak secrets are configuration errors (78), named', () => {
  const both = secretSource(undefined, { SMISHGUARD_SECRET_FILE: '/run/b', SMISHGUARD_SECRET: KEY }, SQLITE);
  assert.ok('code' in both && both.exitCode === 78 && /not both/.test(both.message));
  const short = secretSource(undefined, { SMISHGUARD_SECRET: 'short' }, SQLITE);
  assert.ok('code' in short && short.code === 'E_CONFIG');
  const none = loadSecret({ kind: 'none' }, { create: true, required: true, storeExists: true });
  assert.ok(!none.ok && none.error.code === 'E_NO_SECRET' && none.error.exitCode === 78);
  const config = serveConfig({}, { DATABASE_URL: 'postgres://u@db/x', SMISHGUARD_SECRET: KEY });
  assert.ok(config.ok);
  assert.deepEqual(config.config.secret, { kind: 'value', value: KEY });
});

test('a secret file is read without its trailing newline; a short file, a directory or a missing file is refused', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sg-secret-'));
  try {
    writeFileSync(join(dir, 'ok'), KEY + '\n');
    assert.deepEqual(loadSecret({ kind: 'file', path: join(dir, 'ok'), origin: '--secret-file' }, { create: false, required: true, storeExists: true }), { ok: true, secret: KEY });
    writeFileSync(join(dir, 'short'), 'abc\n');
    const short = loadSecret({ kind: 'file', path: join(dir, 'short'), origin: '--secret-file' }, { create: false, required: true, storeExists: true });
    assert.ok(!short.ok && short.error.exitCode === 78);
    mkdirSync(join(dir, 'sub'));
    const isDir = loadSecret({ kind: 'file', path: join(dir, 'sub'), origin: '--secret-file' }, { create: false, required: true, storeExists: true });
    assert.ok(!isDir.ok && /directory/.test(isDir.error.message));
    const missing = loadSecret({ kind: 'file', path: join(dir, 'nope'), origin: 'SMISHGUARD_SECRET_FILE' }, { create: true, required: false, storeExists: false });
    assert.ok(!missing.ok && missing.error.exitCode === 66 && /SMISHGUARD_SECRET_FILE/.test(missing.error.message), 'a named file is never made up');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('beside a new SQLite store a random secret file is made, mode 0600; beside an existing store a missing file is never replaced', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sg-secret-'));
  try {
    const path = join(dir, 'not-yet', 'store.db.secret');
    const made = loadSecret({ kind: 'beside-db', path }, { create: true, required: true, storeExists: false });
    assert.ok(made.ok && made.created === path && made.secret && made.secret.length >= 32);
    assert.equal(statSync(path).mode & 0o777, 0o600);
    assert.equal(readFileSync(path, 'utf8').trim(), made.secret);
    const again = loadSecret({ kind: 'beside-db', path }, { create: true, required: true, storeExists: true });
    assert.ok(again.ok && again.secret === made.secret && again.created === undefined, 'the same key next time');
    const lost = join(dir, 'other.db.secret');
    const refused = loadSecret({ kind: 'beside-db', path: lost }, { create: true, required: true, storeExists: true });
    assert.ok(!refused.ok && /restore it/.test(refused.error.message));
    assert.equal(existsSync(lost), false);
    const readOnly = loadSecret({ kind: 'beside-db', path: lost }, { create: false, required: false, storeExists: false });
    assert.deepEqual(readOnly, { ok: true, secret: null });
    assert.equal(existsSync(lost), false, 'a command that needs no secret makes none');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
