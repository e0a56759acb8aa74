import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SmscServer } from '../smpp/index.js';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../store/index.js';
import { runCli } from './run-cli.js';

function startServe(db: string): { child: ChildProcess; url: Promise<string> } {
  const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'main.ts'), 'serve', '--http-port', '0', '--db', db, '--rate-limit', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const url = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL printed: ${out}`)), 30_000);
    child.stdout!.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      const m = /serving on (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1] as string);
      }
    });
  });
  return { child, url };
}

const exited = (child: ChildProcess): Promise<number | null> => new Promise((resolve) => child.on('exit', (c) => resolve(c)));

test('serve listens, answers, keeps reports, and exits cleanly on SIGTERM', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'smishguard-serve-'));
  const { child, url: urlP } = startServe(join(dir, 'sg.db'));
  let log = '';
  child.stdout!.on('data', (d: string) => (log += d));
  const logged = new Promise<string>((resolve) => child.on('exit', () => resolve(log)));
  const url = await urlP;
  assert.equal((await fetch(`${url}/healthz`)).status, 200);
  const r = await fetch(`${url}/api/v1/check`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'Your Google verification code is 123456' }) });
  assert.equal(((await r.json()) as { verdict: string }).verdict, 'allow');
  const rep = await fetch(`${url}/api/v1/reports`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: '【国税庁】未払い税金のお知らせ https://cutt.ly/x' }) });
  assert.equal(rep.status, 201);
  const done = exited(child);
  child.kill('SIGTERM');
  assert.equal(await done, 0);
  const exported = await runCli(['reports', 'export', '--db', join(dir, 'sg.db')]);
  assert.equal(exported.code, 0, exported.stderr);
  const rows = exported.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(rows.length, 1);
  assert.deepEqual(Object.keys(rows[0]), ['id', 'receivedAt', 'channel', 'text', 'sender', 'verdict', 'score', 'reasons', 'indicators'], 'the API\'s field names');
  // The embedded default keeps its secret beside the database, never inside it.
  const secretFile = join(dir, 'sg.db.secret');
  assert.equal(statSync(secretFile).mode & 0o777, 0o600);
  assert.match(await logged, /made a keyed-hash secret .*sg\.db\.secret/);
  const store = await openStore({ sqlitePath: join(dir, 'sg.db') });
  const secret = readFileSync(secretFile, 'utf8').trim();
  const settings = await store.db.selectFrom('settings').select(['name', 'value']).execute();
  await store.close();
  assert.ok(!settings.some((r) => r.value === secret), 'the secret is not in the store');
  rmSync(dir, { recursive: true, force: true });
});

test('no acknowledged report is lost when the server is killed with SIGKILL under load', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'smishguard-kill-'));
  const db = join(dir, 'sg.db');
  const { child, url: urlP } = startServe(db);
  const url = await urlP;
  const acknowledged: string[] = [];
  let stop = false;
  const worker = async (w: number): Promise<void> => {
    for (let i = 0; !stop; i++) {
      try {
        const r = await fetch(`${url}/api/v1/reports`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: `lure ${w}-${i} https://bit.ly/x${i}` }) });
        if (r.status === 201) acknowledged.push(((await r.json()) as { id: string }).id);
      } catch {
        return; // the server is gone
      }
    }
  };
  const load = Promise.all([0, 1, 2, 3].map(worker));
  while (acknowledged.length < 100) await new Promise((r) => setTimeout(r, 10));
  child.kill('SIGKILL');
  await exited(child);
  stop = true;
  await load;
  const store = await openStore({ sqlitePath: db });
  const missing: string[] = [];
  for (const id of acknowledged) if (!(await store.reports.get(id))) missing.push(id);
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  assert.ok(acknowledged.length >= 100);
  assert.deepEqual(missing, [], `${missing.length} of ${acknowledged.length} acknowledged reports lost`);
});

test('serve refuses a bad port with a usage error', async () => {
  const r = await runCli(['serve', '--http-port', '99999']);
  assert.equal(r.code, 64);
  assert.match(r.stderr, /--http-port/);
});

test('serve names every bad option at once, and never echoes an SMSC password', async () => {
  const r = await runCli(['serve', '--smsc', 'http://esme:hunter2@smsc:2775', '--dialogue-timeout', 'later', '--short-code', 'x']);
  assert.equal(r.code, 64);
  assert.match(r.stderr, /E_BAD_SMSC/);
  assert.match(r.stderr, /--dialogue-timeout.*E_BAD_DURATION/);
  assert.match(r.stderr, /--short-code/);
  assert.ok(!r.stderr.includes('hunter2'));
});

test('serve --smsc with a refused bind keeps serving: the banner says binding…, /readyz names the link, the log says why, the password is never printed', async () => {
  const smsc = new SmscServer({ systemId: 'smishguard', password: 'right' });
  const port = await smsc.listen(0);
  const dir = mkdtempSync(join(tmpdir(), 'smishguard-bind-'));
  const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'main.ts'), 'serve', '--smsc', `smpp://smishguard:wrong@127.0.0.1:${port}`, '--http-port', '0', '--db', join(dir, 's.db')], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => (out += d));
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (out += d));
  const done = exited(child);
  try {
    while (!/short code:/.test(out)) await new Promise((r) => setTimeout(r, 50));
    assert.match(out, /short code: +7726: binding…/);
    assert.doesNotMatch(out, /over 1 SMSC bind/);
    // The refusal is logged when the SMSC answers the bind, which may come after the banner.
    for (const until = Date.now() + 10_000; !/ESME_RINVPASWD/.test(out) && Date.now() < until;) await new Promise((r) => setTimeout(r, 50));
    assert.match(out, /ESME_RINVPASWD/);
    const url = /serving on (http:\/\/\S+)/.exec(out)?.[1] as string;
    assert.equal((await fetch(`${url}/healthz`)).status, 200);
    const ready = await fetch(`${url}/readyz`);
    assert.equal(ready.status, 503);
    assert.match(JSON.stringify(await ready.json()), /smpp:\/\/smishguard@127\.0\.0\.1/);
    child.kill('SIGTERM');
    assert.equal(await done, 0);
    assert.ok(!out.includes('wrong'), 'the password is not printed');
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
    await smsc.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('keys: create prints the key once, list shows it, revoke ends it; bad roles are usage errors', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'smishguard-keys-'));
  const db = join(dir, 'k.db');
  const created = await runCli(['keys', 'create', '--org', 'Example Mobile', '--role', 'analyst', '--db', db]);
  assert.equal(created.code, 0, created.stderr);
  const [id, key] = created.stdout.split('\n')[0]!.split('\t');
  assert.match(key!, /^sg_/);
  assert.equal(created.stdout, `${id}\t${key}\n`, 'only the key on stdout');
  assert.match(created.stderr, /shown this once/, 'the hint on stderr');
  const listed = await runCli(['keys', 'list', '--db', db]);
  assert.match(listed.stdout, new RegExp(`${id}\\tanalyst\\tExample Mobile\\t.*\\tactive`));
  assert.ok(!listed.stdout.includes(key!), 'the key is never shown again');
  assert.equal((await runCli(['keys', 'revoke', id!, '--db', db])).code, 0);
  assert.match((await runCli(['keys', 'list', '--db', db])).stdout, /revoked/);
  const bad = await runCli(['keys', 'create', '--org', 'X', '--role', 'god', '--db', db]);
  assert.equal(bad.code, 64);
  assert.match(bad.stderr, /--role/);
  assert.equal((await runCli(['reports', 'export', '--since', 'yesterday-ish', '--db', db])).code, 64);
  rmSync(dir, { recursive: true, force: true });
});
