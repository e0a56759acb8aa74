// The whole way through `smishguard serve --smsc`: a carrier posts traffic over HTTP, the lines
// plugin flags the infected line, and its dispatcher texts the warning over the server's SMPP
// bind to the SMSC simulator, from --sms-from, quoting --carrier-url.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { SmscServer, type SubmittedMessage } from '../smpp/index.js';
import { openStore } from '../store/index.js';
import { infected, jsonl } from './test-fixtures.js';

test('serve --smsc warns an infected line posted by a carrier', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'smishguard-lines-serve-'));
  const db = join(dir, 'sg.db');
  const store = await openStore({ sqlitePath: db });
  const { key } = await store.apiKeys.create({ org: 'Example Mobile', role: 'carrier' });
  await store.close();
  const smsc = new SmscServer({ systemId: 'smishguard', password: 'secret' });
  const port = await smsc.listen();
  const warned = new Promise<SubmittedMessage>((resolve) => smsc.on('submit', (m) => m.to === '09099990001' && resolve(m)));
  const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, '..', 'cli', 'main.ts'), 'serve', '--http-port', '0', '--db', db, '--rate-limit', '0',
    '--smsc', `smpp://smishguard:secret@127.0.0.1:${port}`, '--sms-from', '0005001234', '--carrier-url', 'https://mobile.example.jp/flubot'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    // The store was made here, without the CLI, so it has no secret file beside it: give one.
    env: { ...process.env, SMISHGUARD_SECRET: 'lines serve test secret, 32+ characters long' },
  });
  try {
    let out = '';
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no URL printed: ${out}`)), 30_000);
      child.stdout.setEncoding('utf8').on('data', (d: string) => {
        out += d;
        const m = /serving on (http:\/\/\S+)/.exec(out);
        if (m && /short code:/.test(out)) {
          clearTimeout(timer);
          resolve(m[1] as string);
        }
      });
    });
    const r = await fetch(`${url}/api/v1/traffic`, { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/x-ndjson' }, body: jsonl(infected('09099990001')) });
    assert.equal(r.status, 202, await r.clone().text());
    const body = (await r.json()) as { accepted: number; flags: { line: string }[] };
    assert.equal(body.accepted, 30);
    assert.deepEqual(body.flags.map((f) => f.line), ['09099990001']);
    const sms = await warned;
    assert.equal(sms.from, '0005001234');
    assert.match(sms.text, /https:\/\/mobile\.example\.jp\/flubot/);
    const done = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    assert.equal(await done, 0);
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
    await smsc.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
