// npm run bench:ab -- OTHER_DIR [PAIRS]: this tree's built engine (dist/) against another checkout's,
// in one process, on the Japanese-market bench messages. On a shared host wall-clock figures move by
// ±15% between runs as other work comes and goes, so a single speed figure cannot show a 3% change.
// Here the two engines take turns (A B B A …, so neither always runs first after a collection), each
// pass is timed by this process's own CPU time (process.cpuUsage: time stolen by other processes is
// not counted), and what is printed is the median of the per-pair ratios with its quartiles: a
// change is real when the quartiles agree on its side of 1.
// Both trees must be built first (npm run build in each); each engine reads its own tree's data/.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Engine } from '../src/engine/index.js';
import { japaneseMessages } from './messages.js';

const here = join(import.meta.dirname, '..');
const otherArg = process.argv[2];
if (!otherArg) {
  console.error('usage: npm run bench:ab -- OTHER_DIR [PAIRS]   (both trees built with npm run build)');
  process.exit(2);
}
const other = resolve(otherArg);
const pairs = Number(process.argv[3] ?? 40);

async function load(root: string): Promise<Engine> {
  const entry = join(root, 'dist', 'engine', 'index.js');
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run npm run build in ${root}`);
  return ((await import(entry)) as { getEngine(): Engine }).getEngine();
}

const a = await load(here);
const b = await load(other);
const messages = japaneseMessages();
let sink = 0;

/** CPU microseconds (user + system) this process spends on one pass over the messages. */
function pass(engine: Engine): number {
  const t0 = process.cpuUsage();
  for (const m of messages) sink += engine.analyse(m).score;
  const t = process.cpuUsage(t0);
  return t.user + t.system;
}

// Warm both until the JIT has settled (the first passes run far slower than the steady state).
for (let i = 0; i < 15; i++) {
  pass(a);
  pass(b);
}

const ratios: number[] = [];
const timesA: number[] = [];
const timesB: number[] = [];
for (let i = 0; i < pairs; i++) {
  // Alternate which engine goes first, so a collection left behind by one lands on both alike.
  let ta: number;
  let tb: number;
  if (i % 2 === 0) {
    ta = pass(a);
    tb = pass(b);
  } else {
    tb = pass(b);
    ta = pass(a);
  }
  timesA.push(ta);
  timesB.push(tb);
  ratios.push(tb / ta);
}

function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((x, y) => x - y);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo]! + (s[hi]! - s[lo]!) * (pos - lo);
}

const rate = (us: number): string => `${Math.round((messages.length / us) * 1e6).toLocaleString('en')} msg/CPU-s`;
console.log(`${messages.length} Japanese-market messages, ${pairs} pairs of passes, CPU time per pass`);
console.log(`A (this tree, ${here}): median ${rate(quantile(timesA, 0.5))}`);
console.log(`B (${other}): median ${rate(quantile(timesB, 0.5))}`);
console.log(
  `B time / A time, median of pairs ${quantile(ratios, 0.5).toFixed(3)} ` +
    `(quartiles ${quantile(ratios, 0.25).toFixed(3)} – ${quantile(ratios, 0.75).toFixed(3)}); ` +
    `above 1: this tree is faster`,
);
if (sink === -1) console.log(''); // keeps the results alive
