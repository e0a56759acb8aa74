import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { openSqliteFile, sqliteDriverFor } from './sqlite-driver.js';

describe('the SQLite driver for this Node', () => {
  // [process.versions.napi, the package loaded]: 13 needs Node-API 10 and segfaults without it.
  const table: [string | undefined, string][] = [
    ['9', 'better-sqlite3-node20'], // Node 20, Node 22.0–22.13
    ['10', 'better-sqlite3'], // Node 22.14+, 24
    ['11', 'better-sqlite3'],
    [undefined, 'better-sqlite3-node20'],
  ];
  for (const [napi, name] of table) {
    it(`Node-API ${napi ?? 'unknown'} → ${name}`, () => assert.equal(sqliteDriverFor(napi), name));
  }

  // With 12 built for Node 24.21 this pattern aborted the process (SIGABRT, `(env) != nullptr` in
  // node::RemoveEnvironmentCleanupHook from Statement::~Statement) within a second: statements
  // dropped unfinalised and collected by a GC that runs outside JavaScript (here, during I/O).
  it('survives statements being garbage-collected between I/O callbacks', async () => {
    const file = openSqliteFile(':memory:');
    file.exec('create table t (n integer)');
    for (let round = 0; round < 200; round++) {
      for (let i = 0; i < 500; i++) file.prepare('insert into t values (?)').run(i);
      const junk: { n: number; s: string }[] = [];
      for (let i = 0; i < 20_000; i++) junk.push({ n: i, s: `x${i}` });
      await readFile(fileURLToPath(import.meta.url));
    }
    assert.deepEqual(file.prepare('select count(*) as c from t').get(), { c: 100_000 });
    file.close();
  });
});
