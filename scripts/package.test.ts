// What `npm pack` would publish: the command, its compiled code and reference data, never a
// store, a secret, the corpora or the labelled sets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');

function packed(): string[] {
  // --ignore-scripts: the listing needs no build; it lists whatever dist/ holds.
  const r = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const [pack] = JSON.parse(r.stdout) as { files: { path: string }[] }[];
  return pack!.files.map((f) => f.path);
}

test('npm pack ships the command, dist, reference data, README and LICENSE: no store, secret, corpora or labelled sets', () => {
  // Planted where the old default store lived and where the new one lives: neither may be packed.
  const planted = [join(root, 'data', 'smishguard.db'), join(root, 'data', 'smishguard.db-wal'), join(root, 'data', 'smishguard.db.secret'), join(root, 'smishguard-data', 'smishguard.db')];
  const madeDir = mkdirSync(join(root, 'smishguard-data'), { recursive: true });
  const existing = new Set(planted.filter((p) => {
    try {
      readFileSync(p);
      return true;
    } catch {
      return false;
    }
  }));
  for (const p of planted) if (!existing.has(p)) writeFileSync(p, 'planted by package.test.ts');
  let files: string[];
  try {
    files = packed();
  } finally {
    for (const p of planted) if (!existing.has(p)) rmSync(p, { force: true });
    if (madeDir) rmSync(madeDir, { recursive: true, force: true });
  }
  for (const f of files) {
    // dist/ holds the code that reads secrets (cli/secret.js); anywhere else the word means a key.
    assert.ok(!/\.db(-wal|-shm|-journal)?$|\.secret$/i.test(f) && !(/secret/i.test(f) && !f.startsWith('dist/')), `a store or secret is packed: ${f}`);
    assert.ok(!f.startsWith('data/corpora/') && !f.startsWith('data/labelled/'), `measurement data is packed: ${f}`);
    assert.ok(!/\.test\.(js|ts|d\.ts)$/.test(f) && !f.startsWith('src/'), `sources or tests are packed: ${f}`);
    assert.ok(/^(bin\/|dist\/|data\/[^/]+\.json$|README\.md$|LICENSE$|package\.json$)/.test(f), `unexpected file in the package: ${f}`);
  }
  for (const needed of ['bin/smishguard.js', 'README.md', 'LICENSE', 'package.json', 'data/brands.json', 'data/model.json']) assert.ok(files.includes(needed), `${needed} is missing`);
});

test('the package admits the Node lines CI runs: 20, 22 and 24', () => {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { engines: { node: string } };
  assert.equal(pkg.engines.node, '^20.19.0 || >=22');
});
