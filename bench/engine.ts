// npm run bench: the engine in-process (messages/s on one core, p50/p99 per message)
// and `smishguard check --jsonl` end to end (messages/s through the real command).
import { spawn, spawnSync } from 'node:child_process';
import { createReadStream, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getEngine } from '../src/engine/index.js';
import { benchMessages } from './messages.js';

const root = join(import.meta.dirname, '..');
const messages = benchMessages();
const engine = getEngine();

function percentile(sorted: Float64Array, p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] as number;
}

// Warm up so the JIT has settled before anything is counted.
for (let i = 0; i < 3; i++) for (const m of messages) engine.analyse(m);

// Throughput: whole passes over the corpus, no per-message timer in the loop.
const passes = 10;
let t0 = process.hrtime.bigint();
let sink = 0;
for (let p = 0; p < passes; p++) for (const m of messages) sink += engine.analyse(m).score;
const elapsedNs = Number(process.hrtime.bigint() - t0);
const perSecond = (passes * messages.length) / (elapsedNs / 1e9);

// Latency: each message timed on its own.
const samples = new Float64Array(messages.length * 3);
let k = 0;
for (let p = 0; p < 3; p++) {
  for (const m of messages) {
    const s = process.hrtime.bigint();
    sink += engine.analyse(m).score;
    samples[k++] = Number(process.hrtime.bigint() - s) / 1000;
  }
}
samples.sort();
const mem = process.memoryUsage();
console.log(`engine in-process: ${messages.length} corpus messages × ${passes} passes`);
console.log(`  throughput  ${Math.round(perSecond).toLocaleString('en')} messages/s (one core)`);
console.log(`  latency     p50 ${percentile(samples, 0.5).toFixed(1)} µs   p99 ${percentile(samples, 0.99).toFixed(1)} µs   max ${percentile(samples, 1).toFixed(1)} µs`);
console.log(`  memory      rss ${(mem.rss / 2 ** 20).toFixed(0)} MiB, heap ${(mem.heapUsed / 2 ** 20).toFixed(0)} MiB`);

// End to end: the built command reading a JSONL file on stdin.
const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(1);
const dir = mkdtempSync(join(tmpdir(), 'smishguard-bench-'));
const file = join(dir, 'messages.jsonl');
const total = 200_000;
const lines: string[] = [];
for (let i = 0; i < total; i++) {
  const m = messages[i % messages.length]!;
  lines.push(JSON.stringify({ id: i, text: m.text, from: m.from }));
}
writeFileSync(file, lines.join('\n') + '\n');
t0 = process.hrtime.bigint();
const child = spawn(process.execPath, [join(root, 'bin', 'smishguard.js'), 'check', '--jsonl'], { stdio: ['pipe', 'pipe', 'inherit'] });
createReadStream(file).pipe(child.stdin);
let outLines = 0;
// Counted with indexOf (memchr), so this process takes as little CPU from the command as it can.
child.stdout.on('data', (b: Buffer) => {
  for (let i = b.indexOf(10); i !== -1; i = b.indexOf(10, i + 1)) outLines++;
});
const code: number = await new Promise((resolve) => child.on('close', (c) => resolve(c ?? 1)));
const secs = Number(process.hrtime.bigint() - t0) / 1e9;
rmSync(dir, { recursive: true, force: true });
console.log(`check --jsonl end to end: ${total.toLocaleString('en')} messages in ${secs.toFixed(2)} s (exit ${code}, ${outLines} lines out)`);
console.log(`  throughput  ${Math.round(total / secs).toLocaleString('en')} messages/s (process start included)`);
if (sink === -1) console.log(sink);
