import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inputProblem, progressMeter } from './input.js';

test('--input: - is stdin, a file is fine, a directory or a missing file is named', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sg-input-'));
  try {
    writeFileSync(join(dir, 'f.jsonl'), '');
    mkdirSync(join(dir, 'd'));
    assert.equal(inputProblem('-'), null);
    assert.equal(inputProblem(join(dir, 'f.jsonl')), null);
    assert.equal(inputProblem(join(dir, 'd'))?.code, 'E_INPUT_IS_DIRECTORY');
    assert.equal(inputProblem(join(dir, 'nope'))?.code, 'E_NO_INPUT');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('progress is drawn on a terminal only, at most twice a second, and cleared at the end', async () => {
  let t = 0;
  const written: string[] = [];
  const pipe = progressMeter('lines', 'records', { isTTY: false, write: (s) => written.push(s) }, () => (t += 1000));
  pipe.add(5000);
  pipe.done();
  assert.deepEqual(written, [], 'nothing on a pipe or a log file');

  const tty = progressMeter('lines', 'records', { isTTY: true, write: (s) => written.push(s) }, () => t);
  const items = Array.from({ length: 3000 }, (_, i) => i);
  let n = 0;
  for await (const i of tty.count(items)) {
    n++;
    if (i === 1500) t += 600;
  }
  assert.equal(n, 3000, 'every item passes through');
  assert.deepEqual(written, ['\rsmishguard lines: 2,048 records…'], 'drawn once, at the first check after half a second');
  tty.done();
  assert.equal(written.at(-1), '\r\x1b[K');
});
