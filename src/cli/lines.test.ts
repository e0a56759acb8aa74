// `smishguard lines` as a user runs it: detect prints one JSON line per flag and records the
// cases, bad lines are named by number while the rest is read, a replay adds nothing, an
// opted-out line is not flagged, the worklist comes out as CSV.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { byTime, infected, jsonl, ordinary, T0 } from '../lines/test-fixtures.js';
import { openConsent } from '../consent/index.js';
import { linesRecords } from '../lines/records.js';
import { openStore } from '../store/index.js';
import { runCli } from './run-cli.js';

describe('smishguard lines', () => {
  const dir = mkdtempSync(join(tmpdir(), 'smishguard-lines-cli-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const db = join(dir, 'lines.db');
  const traffic = join(dir, 'traffic.jsonl');
  const body = jsonl(byTime(infected('09088880001'), infected('09088880002', T0 + 3, 30, '0803'), ordinary('09088880003'))).split('\n');
  body.splice(5, 0, '{"ts":"2026-11-02T09:00:00Z","from":"09011112222","origin":"handset"}', '');
  writeFileSync(traffic, body.join('\n'));

  it('detect: one JSON line per flag with line, kind, score, first_flagged_at and reasons; bad lines by number; exit 65', async () => {
    const r = await runCli(['lines', 'detect', '--input', traffic, '--db', db]);
    assert.equal(r.code, 65, r.stderr);
    const flags = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    assert.deepEqual(flags.map((f) => f.line).sort(), ['09088880001', '09088880002']);
    for (const f of flags) {
      assert.deepEqual(Object.keys(f).sort(), ['first_flagged_at', 'kind', 'line', 'reasons', 'score']);
      assert.equal(f.kind, 'infected');
      assert.match(String(f.first_flagged_at), /^2026-11-02T09:\d\d:\d\d\.\d{3}Z$/);
      assert.ok(Array.isArray(f.reasons) && f.reasons.length > 0);
    }
    assert.match(r.stderr, /line 6: .*\(E_BAD_RECORD\)/);
    const cases = await runCli(['lines', 'cases', '--db', db]);
    assert.equal(cases.stdout.trim().split('\n').length, 2);
    const queued = await runCli(['lines', 'warnings', '--state', 'queued', '--db', db]);
    assert.deepEqual(queued.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { line: string }).line).sort(), ['09088880001', '09088880002']);
  });

  it('a replay of the same traffic prints the flags again but records nothing twice; stdin works', async () => {
    const { readFileSync } = await import('node:fs');
    const r = await runCli(['lines', 'detect', '--input', '-', '--db', db], { input: readFileSync(traffic, 'utf8') });
    assert.equal(r.stdout.trim().split('\n').length, 2);
    const list = await runCli(['lines', 'list', '--db', db]);
    assert.equal(list.stdout.trim().split('\n').length, 2);
  });

  it('a line opted out with `consent set` is not flagged', async () => {
    const other = join(dir, 'optout.db');
    const set = await runCli(['consent', 'set', '09088880001', '--detection', 'off', '--db', other]);
    assert.equal(set.code, 0, set.stderr);
    const r = await runCli(['lines', 'detect', '--input', traffic, '--db', other]);
    assert.deepEqual(r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { line: string }).line), ['09088880002']);
  });

  it('a line that opts out while detect is reading stdin is neither printed nor recorded', { timeout: 60_000 }, async () => {
    const live = join(dir, 'live.db');
    assert.equal((await runCli(['lines', 'detect', '--input', '-', '--db', live])).code, 0, 'the store exists before the run');
    const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'main.ts'), 'lines', 'detect', '--input', '-', '--db', live], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    const store = await openStore({ sqlitePath: live });
    try {
      // The run has loaded its consent gate once it has audited its start.
      for (let i = 0; i < 400 && !(await store.audit.list({ limit: 5 })).some((a) => a.action === 'lines.detect'); i++) await new Promise((r) => setTimeout(r, 50));
      assert.ok((await openConsent(store).set('090-8888-0001', { detection: false }, { id: 'subscriber', channel: 'subscriber-page' })).ok);
      child.stdin.end(jsonl(byTime(infected('09088880001'), infected('09088880002', T0 + 3, 30, '0803'))));
      assert.equal(await closed, 0, stderr);
      assert.deepEqual(stdout.trim().split('\n').map((l) => (JSON.parse(l) as { line: string }).line), ['09088880002']);
      assert.deepEqual((await linesRecords(store).listFlags({ limit: 10 })).map((f) => f.line), ['09088880002']);
    } finally {
      await store.close();
    }
  });

  it('case moves and the worklist CSV; usage errors exit 64', async () => {
    const cases = (await runCli(['lines', 'cases', '--db', db])).stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; line: string });
    const c = cases.find((x) => x.line === '09088880001')!;
    assert.equal((await runCli(['lines', 'case', c.id, '--state', 'closed', '--db', db])).code, 0);
    const back = await runCli(['lines', 'case', c.id, '--state', 'warned', '--db', db]);
    assert.equal(back.code, 65);
    assert.match(back.stderr, /E_BAD_TRANSITION/);
    writeFileSync(join(dir, 'again.jsonl'), jsonl(infected('09088880001', T0 + 86400_000, 30, '0809')));
    await runCli(['lines', 'detect', '--input', join(dir, 'again.jsonl'), '--db', db]);
    const csv = await runCli(['lines', 'worklist', '--db', db]);
    assert.equal(csv.code, 0);
    const rows = csv.stdout.trim().split('\r\n');
    assert.equal(rows[0], 'case_id,line,kind,state,reopened,score,last_flagged_at,opened_at,updated_at');
    assert.ok(rows[1]?.startsWith(`${c.id},09088880001,infected,suspected,1,`));
    assert.equal((await runCli(['lines', 'detect', '--db', db])).code, 64);
    assert.equal((await runCli(['lines', 'cases', '--state', 'lost', '--db', db])).code, 64);
    assert.equal((await runCli(['lines', 'worker', '--nats', 'nats://127.0.0.1:4222', '--partitions', '4', '--worker', '3/2'])).code, 64);
    assert.equal((await runCli(['lines', 'detect', '--input', join(dir, 'missing.jsonl'), '--db', db])).code, 66);
  });
});
