// npm run bench:ab -- OTHER_DIR [PAIRS]: this tree's built engine (dist/) against another checkout's,
// in one process, on the Japanese-market bench messages. On a shared host wall-clock figures move by
// ±15% between runs as other work comes and goes, so a single speed figure cannot show a 3% change.
// Here a pair is both engines over every message, taking turns every 50 messages (which goes first
// alternating), each turn timed by this process's own CPU time (process.cpuUsage: time stolen by other
// processes is not counted); what is printed is the median of the per-pair ratios with its quartiles.
// Turns of whole passes (50 ms each) were tried first: their quartiles were half again as wide.
// Against a copy of the same tree it reads about 1.016 (quartiles 0.975 – 1.062): a change is real
// when its quartiles clear that.
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
const pairs = Number(process.argv[3] ?? 60);

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

// Messages per turn within a pair: the two engines take turns every BLOCK messages (a few milliseconds), so a burst of
// other work on the host lands on both alike instead of on one whole pass.
const BLOCK = 50;

/** One pair: both engines over every message, turn by turn in blocks; each one's CPU microseconds summed. */
function interleavedPair(i: number): [a: number, b: number] {
  let ta = 0;
  let tb = 0;
  for (let from = 0; from < messages.length; from += BLOCK) {
    const to = Math.min(messages.length, from + BLOCK);
    const block = (engine: Engine): number => {
      const t0 = process.cpuUsage();
      for (let k = from; k < to; k++) sink += engine.analyse(messages[k]!).score;
      const t = process.cpuUsage(t0);
      return t.user + t.system;
    };
    // Alternate which engine goes first, block by block and pair by pair.
    if (((from / BLOCK) + i) % 2 === 0) {
      ta += block(a);
      tb += block(b);
    } else {
      tb += block(b);
      ta += block(a);
    }
  }
  return [ta, tb];
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
  const [ta, tb] = interleavedPair(i);
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
