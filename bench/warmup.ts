// node --import tsx bench/warmup.ts [messages]: the engine's warm-up curve, CPU µs per message in
// blocks of 2,000 Japanese-market messages from a fresh process, for all threads and for the main
// thread alone. The gap between the two is TurboFan compiling on its background threads: that,
// not the main thread, is what a fresh `check --jsonl` process (or worker) pays at first, and it
// grows each time optimised code is thrown away ("wrong map") and compiled again.
// To see what is recompiled: node --no-concurrent-recompilation --trace-opt --trace-deopt.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import type { Engine } from '../src/engine/index.js';
import { japaneseMessages } from './messages.js';

const root = join(import.meta.dirname, '..');
if (spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' }).status !== 0) process.exit(1);
const messages = japaneseMessages();
const engine = ((await import(join(root, 'dist', 'engine', 'index.js'))) as { getEngine(): Engine }).getEngine();
const total = Number(process.argv[2] ?? 40_000);
const block = 2_000;

/** The main thread's CPU time in µs (Linux: its own /proc entry; clock ticks of 10 ms). */
function mainThread(): number {
  const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10_000;
}

const all: string[] = [];
const main: string[] = [];
let sink = 0;
for (let b = 0; b < total / block; b++) {
  const c0 = process.cpuUsage();
  const m0 = mainThread();
  for (let i = b * block; i < (b + 1) * block; i++) sink += engine.analyse(messages[i % messages.length]!).score;
  const c = process.cpuUsage(c0);
  all.push(((c.user + c.system) / block).toFixed(0));
  main.push(((mainThread() - m0) / block).toFixed(0));
}
console.log(`engine warm-up, Japanese-market (${messages.length} distinct messages, cycled): CPU µs per message per ${block.toLocaleString('en')}`);
console.log(`  all threads  ${all.join(' ')}`);
console.log(`  main thread  ${main.join(' ')}`);
const t = process.cpuUsage();
console.log(`  total CPU ${((t.user + t.system) / 1e6).toFixed(2)} s for ${total.toLocaleString('en')} messages, build and load included`);
if (sink === -1) console.log(sink);
