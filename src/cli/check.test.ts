import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { runCli } from './run-cli.js';

const LURE = '【三菱UFJ銀行】お客様の口座取引を一時的に規制しています。必ずご確認ください。hxxps://mufgug.com';

test('check TEXT prints a readable verdict with its reasons', async () => {
  const r = await runCli(['check', LURE, '--from', '090-1234-5678', '--lang', 'en']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^BLOCK/);
  assert.match(r.stdout, /mufgug\[\.\]com/, 'links are shown defanged');
  assert.match(r.stdout, /sender: 090-1234-5678 \(mobile, domestic-handset\)/);
});

test('check --json prints the verdict as JSON', async () => {
  const r = await runCli(['check', 'Your Google verification code is 123456', '--json']);
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.equal(out.verdict, 'allow');
  assert.equal(typeof out.score, 'number');
  assert.ok(Array.isArray(out.reasons));
});

test('check without text is a usage error with a code and exit 64', async () => {
  const r = await runCli(['check']);
  assert.equal(r.code, 64);
  assert.match(r.stderr, /E_USAGE/);
});

test('check --jsonl answers every line in order and survives bad lines: error rows carry a code and the input line number', async () => {
  const input = [
    JSON.stringify({ id: 'a', text: LURE, from: '09012345678' }),
    '{not json',
    JSON.stringify({ id: 7, text: 'また明日ね' }),
    JSON.stringify({ text: 'no id here' }),
    '',
    JSON.stringify({ id: 'c', text: 42 }),
    JSON.stringify([1, 2]),
    JSON.stringify({ id: 'd', text: 'Your Google verification code is 123456', from: 'Google' }),
    JSON.stringify({ id: 'e', text: '  ' }),
  ].join('\r\n');
  for (const workers of ['1', '2']) {
    const r = await runCli(['check', '--jsonl', '--workers', workers], { input });
    assert.equal(r.code, 65, 'some lines were refused: bad input data');
    assert.match(r.stderr, /5 lines refused/);
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(rows.length, 8, 'one line out per non-blank line in');
    assert.equal(rows[0].id, 'a');
    assert.equal(rows[0].verdict, 'block');
    assert.deepEqual(Object.keys(rows[0]).sort(), ['id', 'indicators', 'reasons', 'score', 'verdict']);
    assert.deepEqual(rows[1], { line: 2, error: { code: 'E_BAD_JSON', message: 'not valid JSON' } });
    assert.equal(rows[2].id, 7);
    assert.equal(rows[2].verdict, 'allow');
    assert.deepEqual([rows[3].line, rows[3].error.code], [4, 'E_BAD_ID']);
    assert.deepEqual([rows[4].id, rows[4].line, rows[4].error.code], ['c', 6, 'E_BAD_TEXT'], 'the blank line 5 is counted in line numbers');
    assert.deepEqual([rows[5].line, rows[5].error.code], [7, 'E_NOT_OBJECT']);
    assert.equal(rows[6].verdict, 'allow');
    assert.deepEqual(rows[7], { id: 'e', line: 9, error: { code: 'E_EMPTY_TEXT', message: '"text" is empty' } }, 'empty text is refused, not analysed');
  }
});

test('check - reads the text from stdin; empty text is refused with 65', async () => {
  const r = await runCli(['check', '-', '--json'], { input: LURE + '\n' });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).verdict, 'block');
  const empty = await runCli(['check', '-'], { input: '\n' });
  assert.equal(empty.code, 65);
  assert.equal(empty.stdout, '');
  assert.match(empty.stderr, /E_EMPTY_TEXT/);
  assert.equal((await runCli(['check', ''])).code, 65);
});

test('--version and -V print the version; help CMD prints that command\'s usage; usage errors go to stderr only', async () => {
  const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'package.json'), 'utf8')) as { version: string };
  for (const flag of ['--version', '-V']) {
    const v = await runCli([flag]);
    assert.equal(v.code, 0);
    assert.equal(v.stdout, `smishguard ${pkg.version}\n`);
  }
  const help = await runCli(['help', 'check']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /^usage: smishguard check TEXT/);
  const keysHelp = await runCli(['help', 'keys']);
  assert.match(keysHelp.stdout, /^usage: smishguard keys create/);
  const none = await runCli([]);
  assert.equal(none.code, 64);
  assert.equal(none.stdout, '', 'usage on error goes to stderr');
  assert.match(none.stderr, /usage: smishguard <command>/);
  const wrong = await runCli(['check']);
  assert.equal(wrong.stdout, '');
  for (const args of [['keys'], ['consent'], ['lines'], ['reports']]) {
    const r = await runCli(args);
    assert.equal(r.code, 64, args.join(' '));
    assert.equal(r.stdout, '', `${args.join(' ')}: nothing on stdout`);
  }
});

test('unknown command is a usage error', async () => {
  const r = await runCli(['frobnicate']);
  assert.equal(r.code, 64);
  assert.match(r.stderr, /unknown command 'frobnicate'/);
});

test('check --jsonl on worker threads writes the same lines, in order, as on one thread', async () => {
  const texts = ['【三菱UFJ銀行】取引を規制しています https://mufgug.com', 'また明日ね', 'Your Google verification code is 123456', '{bad', 'お荷物をお届けにあがりましたが不在の為持ち帰りました'];
  const input = Array.from({ length: 1500 }, (_, i) => (i % 5 === 3 ? '{bad' : JSON.stringify({ id: i, text: texts[i % 5] }))).join('\n');
  const one = await runCli(['check', '--jsonl', '--workers', '1'], { input });
  const two = await runCli(['check', '--jsonl', '--workers', '2'], { input });
  assert.equal(one.code, 65, one.stderr);
  assert.equal(two.code, 65, two.stderr);
  assert.equal(two.stdout.split('\n').length, 1501);
  assert.equal(two.stdout, one.stdout);
});

test('check --jsonl --brief writes each answer as its verdict, score and reason codes, the same on one thread and on workers', async () => {
  const texts = [LURE, 'また明日ね', 'Your Google verification code is 123456', '{bad', 'お荷物をお届けにあがりましたが不在の為持ち帰りました'];
  const ids: (string | number)[] = [0, 'a"\\\u2028b', 2, 3, 'x'];
  const input = texts.map((t, i) => (t === '{bad' ? t : JSON.stringify({ id: ids[i], text: t, from: '09012345678' }))).join('\n');
  const full = (await runCli(['check', '--jsonl', '--workers', '1'], { input })).stdout.trim().split('\n').map((l) => JSON.parse(l));
  for (const workers of ['1', '2']) {
    const r = await runCli(['check', '--jsonl', '--brief', '--workers', workers], { input });
    assert.equal(r.code, 65, r.stderr);
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(rows.length, full.length);
    rows.forEach((row, i) => {
      const f = full[i];
      if (f.error) return assert.deepEqual(row, f, 'error rows are the same in both shapes');
      assert.deepEqual(row, { id: f.id, verdict: f.verdict, score: f.score, codes: f.reasons.map((x: { code: string }) => x.code) });
    });
  }
  const usage = await runCli(['check', LURE, '--brief']);
  assert.equal(usage.code, 64);
});

test('check --jsonl on worker threads takes CRLF and CR line ends and blank lines as one thread does', async () => {
  const texts = ['【日本郵便】お荷物をお届けにあがりましたが不在の為持ち帰りました https://jp-post.top/x', 'また明日ね', 'Your parcel is waiting: http://bit.ly/abc'];
  const ends = ['\r\n', '\n', '\r', '\r\n\r\n'];
  // Over 64 KiB, so the input is cut into several batches.
  const input = Array.from({ length: 900 }, (_, i) => JSON.stringify({ id: i, text: texts[i % 3] }) + ends[i % 4]).join('');
  const one = await runCli(['check', '--jsonl', '--workers', '1'], { input });
  const two = await runCli(['check', '--jsonl', '--workers', '2'], { input });
  assert.equal(two.code, 0, two.stderr);
  assert.equal(two.stdout.split('\n').length, 901);
  assert.equal(two.stdout, one.stdout);
});

test('check --jsonl on worker threads finishes when the input pauses after a burst', async () => {
  // A burst fills every batch the workers may hold; while the input pauses all their
  // answers come back; then more input arrives. (This once waited forever.)
  const line = (i: number): string => JSON.stringify({ id: i, text: `【日本郵便】お荷物をお届けにあがりましたが不在の為持ち帰りました ${i} https://jp-post.top/x` }) + '\n';
  const burst = Array.from({ length: 8000 }, (_, i) => line(i)).join('');
  const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'main.ts'), 'check', '--jsonl', '--workers', '2'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let lines = 0;
  child.stdout.on('data', (b: Buffer) => {
    for (let i = b.indexOf(10); i !== -1; i = b.indexOf(10, i + 1)) lines++;
  });
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  child.stdin.write(burst);
  await sleep(3000);
  child.stdin.end(line(8000));
  const code = await Promise.race([exited, sleep(30_000, 'stuck' as const, { ref: false })]);
  if (code === 'stuck') child.kill();
  assert.equal(code, 0);
  assert.equal(lines, 8001);
});

test('check --workers must be a sensible number', async () => {
  const r = await runCli(['check', '--jsonl', '--workers', 'lots']);
  assert.equal(r.code, 64);
  assert.match(r.stderr, /--workers/);
});

test('check --jsonl: a reader that stops after the first line (| head -1) ends the run quietly with 0', async () => {
  const input = Array.from({ length: 20_000 }, (_, i) => JSON.stringify({ id: i, text: `お荷物をお届けに上がりましたが不在の為持ち帰りました http://x${i}.top/a` })).join('\n') + '\n';
  const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'main.ts'), 'check', '--jsonl'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  child.stdin.on('error', () => {}).end(input);
  const first = await new Promise<string>((resolve) => child.stdout.setEncoding('utf8').once('data', (d: string) => resolve(d)));
  child.stdout.destroy();
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  assert.match(first, /^\{"id":0,"verdict":"block"/);
  assert.equal(code, 0);
  assert.equal(stderr, '', 'no stack trace for a closed pipe');
});

test('check --db consults the store\u2019s trusted indicators: a confirmed URL blocks, an observed one does not', async () => {
  const { sqliteDatabase } = await import('../store/test-support.js');
  const { getReputationData, openIndicatorStore } = await import('../reputation/index.js');
  const db = sqliteDatabase();
  try {
    const store = await db.open();
    const indicators = openIndicatorStore(store, getReputationData());
    await indicators.decide({ kind: 'url', value: 'https://confirmed-lure.example.top/x' }, 'confirm', 'test');
    await indicators.record({ reporter: 'sub:one', org: null, trustedOrg: false, flagged: true, indicators: [{ kind: 'url', value: 'https://observed.example.top/x' }] });
    await store.close();
    const path = db.options.sqlitePath as string;
    const confirmed = await runCli(['check', 'https://confirmed-lure.example.top/x', '--json', '--db', path]);
    assert.equal(confirmed.code, 0, confirmed.stderr);
    assert.equal(JSON.parse(confirmed.stdout).verdict, 'block');
    const without = await runCli(['check', 'https://confirmed-lure.example.top/x', '--json']);
    assert.notEqual(JSON.parse(without.stdout).verdict, 'block');
    const observed = await runCli(['check', 'https://observed.example.top/x', '--json', '--db', path]);
    assert.notEqual(JSON.parse(observed.stdout).verdict, 'block');
  } finally {
    await db.cleanup();
  }
});
