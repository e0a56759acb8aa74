import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { LEGACY_SECRET_SETTING, openStore } from '../store/index.js';
import { runCli } from './run-cli.js';

const NO_ENV = { DATABASE_URL: '', SMISHGUARD_SECRET: '', SMISHGUARD_SECRET_FILE: '' };

test('read-only commands on a mistyped --db exit 66 with a clear message and create nothing', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'smishguard-ro-'));
  try {
    const db = join(dir, 'typo', 'smishguard.db');
    const readOnly = [
      ['reports', 'export'], ['keys', 'list'], ['keys', 'revoke', 'K-NOPE'], ['lines', 'cases'], ['lines', 'list'], ['lines', 'worklist'],
      ['lines', 'warnings'], ['consent', 'get', '090-1234-5678'], ['consent', 'history', '090-1234-5678'], ['secret', 'export'],
    ];
    for (const args of readOnly) {
      const r = await runCli([...args, '--db', db], { env: NO_ENV });
      assert.equal(r.code, 66, `${args.join(' ')}: ${r.stderr}`);
      assert.equal(r.stdout, '', args.join(' '));
      assert.match(r.stderr, /no store at .*typo.*\(E_NO_STORE\)/, args.join(' '));
    }
    assert.deepEqual(readdirSync(dir), [], 'no database, folder or secret file was made');
    // From another folder, the default store is not there either: no new one appears.
    const r = await runCli(['keys', 'list'], { env: NO_ENV, cwd: dir });
    assert.equal(r.code, 66);
    assert.deepEqual(readdirSync(dir), []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('every store command honours SMISHGUARD_SECRET_FILE and --secret-file, and never writes the secret into the store', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'smishguard-secret-'));
  try {
    const db = join(dir, 'sg.db');
    const missing = join(dir, 'no-such-secret');
    // A named secret file that is not there stops every command before it touches the store.
    for (const args of [['keys', 'create', '--org', 'X', '--role', 'analyst'], ['consent', 'set', '09012345678', '--detection', 'off'], ['lines', 'detect', '--input', '-'], ['serve', '--http-port', '0']]) {
      const r = await runCli([...args, '--db', db], { env: { ...NO_ENV, SMISHGUARD_SECRET_FILE: missing } });
      assert.equal(r.code, 66, `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, /SMISHGUARD_SECRET_FILE .*no-such-secret: no such file/, args.join(' '));
      const flag = await runCli([...args, '--db', db, '--secret-file', missing], { env: NO_ENV });
      assert.match(flag.stderr, /--secret-file .*no-such-secret/, args.join(' '));
    }
    assert.equal(existsSync(db), false);
    const file = join(dir, 'key');
    writeFileSync(file, 'x'.repeat(48) + '\n', { mode: 0o600 });
    const made = await runCli(['lines', 'detect', '--input', '-', '--db', db], { env: { ...NO_ENV, SMISHGUARD_SECRET_FILE: file }, input: '' });
    assert.equal(made.code, 0, made.stderr);
    assert.equal(existsSync(`${db}.secret`), false, 'a configured secret: no default file is made');
    const store = await openStore({ sqlitePath: db });
    const rows = await store.db.selectFrom('settings').select(['name', 'value']).execute();
    await store.close();
    assert.ok(!rows.some((r) => r.value.includes('x'.repeat(48))), 'the secret is not in the store');
    // The store now exists without a default secret file: detection (which hashes numbers) refuses to invent a new key.
    const lost = await runCli(['lines', 'detect', '--input', '-', '--db', db], { env: NO_ENV, input: '' });
    assert.equal(lost.code, 78);
    assert.match(lost.stderr, /no secret file at .*sg\.db\.secret/);
    assert.equal(existsSync(`${db}.secret`), false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a store holding its secret (older versions) is refused with 78 until `secret export` moves it to a 0600 file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'smishguard-legacy-'));
  try {
    const db = join(dir, 'old.db');
    const legacy = 'f'.repeat(64);
    const s = await openStore({ sqlitePath: db });
    await s.db.insertInto('settings').values({ name: LEGACY_SECRET_SETTING, value: legacy }).execute();
    await s.close();
    const refused = await runCli(['keys', 'list', '--db', db], { env: NO_ENV });
    assert.equal(refused.code, 78);
    assert.match(refused.stderr, /smishguard secret export/);
    const moved = await runCli(['secret', 'export', '--db', db], { env: NO_ENV });
    assert.equal(moved.code, 0, moved.stderr);
    assert.equal(readFileSync(`${db}.secret`, 'utf8').trim(), legacy, 'the same key, so old hashes still match');
    assert.equal(statSync(`${db}.secret`).mode & 0o777, 0o600);
    assert.equal((await runCli(['keys', 'list', '--db', db], { env: NO_ENV })).code, 0);
    const again = await runCli(['secret', 'export', '--db', db], { env: NO_ENV });
    assert.equal(again.code, 66, 'nothing left to export');
    const check = await openStore({ sqlitePath: db });
    assert.equal((await check.db.selectFrom('settings').select('name').where('name', '=', LEGACY_SECRET_SETTING).execute()).length, 0);
    await check.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a directory as --input is named plainly (66), not a raw error', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'smishguard-dir-'));
  try {
    mkdirSync(join(dir, 'traffic'));
    const r = await runCli(['lines', 'detect', '--input', join(dir, 'traffic'), '--db', join(dir, 'sg.db')], { env: NO_ENV });
    assert.equal(r.code, 66);
    assert.match(r.stderr, /is a directory; give a file \(or - for stdin\) \(E_INPUT_IS_DIRECTORY\)\n$/);
    assert.ok(!/\n\s+at /.test(r.stderr), 'no stack trace');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('npm start with no setup: serve from an empty folder makes ./smishguard-data/ with the store and its 0600 secret file, and says so', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'smishguard-start-'));
  const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), join(import.meta.dirname, 'main.ts'), 'serve', '--http-port', '0'], {
    cwd: dir, env: { ...process.env, ...NO_ENV }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    let out = '';
    let err = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`not serving: ${out} ${err}`)), 60_000);
      child.stdout.setEncoding('utf8').on('data', (d: string) => {
        out += d;
        if (/serving on/.test(out)) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.on('exit', () => reject(new Error(`exited: ${out} ${err}`)));
    });
    assert.match(out, /made a keyed-hash secret .*smishguard-data\/smishguard\.db\.secret/);
    assert.ok(existsSync(join(dir, 'smishguard-data', 'smishguard.db')));
    assert.equal(statSync(join(dir, 'smishguard-data', 'smishguard.db.secret')).mode & 0o777, 0o600);
  } finally {
    const done = new Promise((resolve) => child.on('close', resolve));
    child.kill('SIGTERM');
    await done;
    rmSync(dir, { recursive: true, force: true });
  }
});

test('npm start passes a stop (SIGTERM) on to the server: nothing keeps the port once npm has gone', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'smishguard-npm-start-'));
  // npm runs a script through `sh -c`; without `exec` the shell swallowed the signal and the
  // server outlived npm, holding its port, under any supervisor that stops the service by npm.
  const npm = spawn('npm', ['start', '--silent', '--', '--http-port', '0', '--db', join(dir, 's.db')], {
    cwd: join(import.meta.dirname, '..', '..'), env: { ...process.env, ...NO_ENV, SMISHGUARD_SECRET: 'a'.repeat(64) }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => npm.on('exit', () => resolve()));
  try {
    let out = '';
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`not serving: ${out}`)), 60_000);
      npm.stdout.setEncoding('utf8').on('data', (d: string) => {
        out += d;
        const m = /serving on (http:\/\/\S+)/.exec(out);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]!);
        }
      });
      npm.on('exit', () => reject(new Error(`npm exited: ${out}`)));
    });
    assert.equal((await fetch(`${url}/healthz`)).status, 200);
    npm.kill('SIGTERM');
    await exited;
    // The server's graceful stop may take a moment after npm is gone; it must let go of the port.
    let refused = false;
    for (let i = 0; i < 50 && !refused; i++) {
      refused = await fetch(`${url}/healthz`).then(() => false, () => true);
      if (!refused) await new Promise((r) => setTimeout(r, 200));
    }
    assert.ok(refused, 'the server still answers after npm stopped');
  } finally {
    if (npm.exitCode === null) npm.kill('SIGKILL');
    // A server left behind would hold these pipes open and keep this test file from ending.
    npm.stdout.destroy();
    npm.stderr.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
});
