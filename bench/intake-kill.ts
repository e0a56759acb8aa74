// The crash floor of the 7726 intake: 10,000 multi-part messages (2–4 UCS-2 parts each, each
// from its own subscriber) to `smishguard serve` (built dist/, SQLite), killed at seeded random
// points with SIGKILL or SIGTERM and started again, while the SMSC simulator sends again every
// part that went unanswered. Prints what the database holds afterwards: no acknowledged part
// may be lost, and a message may be reported twice only if one of its parts was sent again.
//   npm run bench:intake-kill     (BENCH_KILL_MESSAGES, BENCH_KILL_SEED to vary)
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { killRun } from '../src/intake/kill-harness.js';
import { benchMessages } from './messages.js';

const root = join(import.meta.dirname, '..');
const MESSAGES = Number(process.env.BENCH_KILL_MESSAGES ?? 10_000);
const SEED = Number(process.env.BENCH_KILL_SEED ?? 7726);

if (spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' }).status !== 0) process.exit(1);
const texts = benchMessages().map((m) => m.text).filter((t) => t.length > 20);
const r = await killRun({
  messages: MESSAGES, seed: SEED, window: 32, killEvery: [500, 4_000], texts,
  serverArgs: (db, smsc) => [join(root, 'bin', 'smishguard.js'), 'serve', '--http-port', '0', '--db', db, '--smsc', smsc, '--short-code', '7726'],
  log: (line) => console.error(`  ${line}`),
});
console.log(`7726 crash test, seed ${SEED}: ${r.messages} messages, ${r.parts} parts, server killed ${r.kills.sigkill}× SIGKILL and ${r.kills.sigterm}× SIGTERM, ${r.seconds.toFixed(0)} s`);
console.log(`  every part acknowledged in the end: ${r.acknowledged} messages; lost ${r.lost}; reports not a sent message whole ${r.altered}`);
console.log(`  parts sent again after going unanswered: ${r.redelivered}; duplicate reports ${r.duplicates} (${r.duplicatesUnexplained} not explained by a part sent again)`);
const ok = r.lost === 0 && r.altered === 0 && r.duplicatesUnexplained === 0;
console.log(ok ? '  PASS' : '  FAIL');
process.exit(ok ? 0 : 1);
