// node --import tsx bench/regex-cost.ts [TOP]: what the engine's regular expressions cost per Japanese-market message, each
// pattern by its call site, measured without a timer around each call. A timer per call (process.hrtime twice, and a patched
// exec that pushes V8 off its fast paths) costs more than most patterns it times: timed that way the patterns looked like a
// quarter of the engine's time, replayed they are some 4 µs of the 100 µs a message takes (bench:ab, 2026-12): the engine's
// time is in its own code, not in the patterns.
//
// One pass records every (pattern, text, lastIndex) the built engine (dist/) runs, through RegExp.prototype.exec (test,
// match, replace, matchAll and split all reach it); then each pattern is run again over its recorded texts, the best of five
// rounds counted. Run `npm run build` first.
import { join } from 'node:path';
import type { Engine } from '../src/engine/index.js';
import { japaneseMessages } from './messages.js';

const root = join(import.meta.dirname, '..');
const built = (await import(join(root, 'dist', 'engine', 'index.js'))) as { getEngine(): Engine };
const engine = built.getEngine();
const messages = japaneseMessages();
const top = Number(process.argv[2] ?? 30);

// Warm up first: the patterns compiled, the engine's caches filled as in steady running.
for (let i = 0; i < 5; i++) for (const m of messages) engine.analyse(m);

interface Recorded { readonly texts: string[]; readonly lastIndexes: number[]; readonly stack: string }
const recorded = new Map<RegExp, Recorded>();
const exec = RegExp.prototype.exec;
RegExp.prototype.exec = function (this: RegExp, s: string): RegExpExecArray | null {
  let r = recorded.get(this);
  if (r === undefined) recorded.set(this, (r = { texts: [], lastIndexes: [], stack: new Error().stack ?? '' }));
  r.texts.push(String(s));
  r.lastIndexes.push(this.lastIndex);
  return exec.call(this, s);
};
for (const m of messages) engine.analyse(m);
RegExp.prototype.exec = exec;

/** The first frame outside the RegExp and String builtins: where the pattern is run. */
function callSite(stack: string): string {
  const frames = stack.split('\n').slice(2).map((l) => l.trim().replace(/^at /, '').replace(`file://${root}/`, '').replace(`${root}/`, ''));
  return frames.find((f) => !/^(?:RegExp|String\.|\[Symbol)/.test(f)) ?? '?';
}

const rows = new Map<string, { ns: number; calls: number; pattern: string; site: string }>();
for (const [re, r] of recorded) {
  // A copy: the engine's own object keeps its lastIndex.
  const copy = new RegExp(re.source, re.flags);
  let best = Infinity;
  for (let round = 0; round < 5; round++) {
    const t0 = process.hrtime.bigint();
    for (let rep = 0; rep < 5; rep++) {
      for (let i = 0; i < r.texts.length; i++) {
        copy.lastIndex = r.lastIndexes[i] as number;
        copy.exec(r.texts[i] as string);
      }
    }
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 5);
  }
  const pattern = `/${re.source.length > 70 ? `${re.source.slice(0, 70)}…` : re.source}/${re.flags}`;
  const site = callSite(r.stack);
  const key = `${pattern} ${site}`;
  const row = rows.get(key) ?? { ns: 0, calls: 0, pattern, site };
  row.ns += best / messages.length;
  row.calls += r.texts.length / messages.length;
  rows.set(key, row);
}
const sorted = [...rows.values()].sort((a, b) => b.ns - a.ns);
const total = sorted.reduce((s, r) => s + r.ns, 0);
const calls = sorted.reduce((s, r) => s + r.calls, 0);
console.log(`${messages.length} Japanese-market messages: ${rows.size} patterns by call site (${recorded.size} pattern objects: a literal inside a function is a new object per call), ${calls.toFixed(0)} runs and ${(total / 1000).toFixed(1)} µs per message in all`);
console.log('   ns/msg  runs/msg  pattern @ call site');
for (const r of sorted.slice(0, top)) console.log(`${r.ns.toFixed(0).padStart(9)} ${r.calls.toFixed(2).padStart(9)}  ${r.pattern} @ ${r.site}`);
