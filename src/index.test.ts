import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const built = existsSync(join(import.meta.dirname, '..', 'dist', 'index.js'));

test('the package exports analyse, as a carrier embedding the engine imports it', { skip: built ? false : 'dist/ is not built (npm install builds it)' }, async () => {
  const { analyse } = await import('smishguard');
  const a = analyse({ text: '【Amazon】お支払い方法に問題があります。更新してください https://amazon-co-jp.top/', from: '+8613812345678' });
  assert.equal(a.verdict, 'block');
  assert.equal(analyse('Your Google verification code is 123456').verdict, 'allow');
});

test('the source entry point exports the same surface', async () => {
  const lib = await import('./index.js');
  assert.equal(typeof lib.analyse, 'function');
  assert.equal(typeof lib.createEngine, 'function');
  assert.equal(lib.analyse({ text: 'また明日ね' }).verdict, 'allow');
});
