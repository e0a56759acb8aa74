// npm run bench:reputation — what reputation adds to a verdict with 1,000,000 trusted
// indicators in memory (issue 9 floor: ≤ 2 µs p99, ≤ 200 bytes per indicator).
//
// The added work per verdict is looking the message's URLs (then their hosts), domains,
// numbers and sender up in the trusted index: timed alone on every message of the public
// corpora, with some of their own indicators trusted so hits are measured too. The whole
// analysis with and without the lookup is printed for scale.
import { createTrustedIndex } from '../src/core/reputation/index.js';
import { lookupReputation } from '../src/core/checks/reputation.js';
import { getEngine } from '../src/engine/index.js';
import { benchMessages } from './messages.js';
import { measure } from './measure.js';

const N = 1_000_000;
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) console.log('(run with --expose-gc for the memory figure: npm run bench:reputation does)');

const engine = getEngine();
const messages = benchMessages();
const contexts = messages.map((m) => engine.context(m));

const used = (): number => { gc?.(); gc?.(); const u = process.memoryUsage(); return u.heapUsed + u.arrayBuffers; };
const before = used();
const index = createTrustedIndex({ seed: 0x5eed });
const until = Date.now() + 30 * 86_400_000;
const t0 = process.hrtime.bigint();
for (let i = 0; i < N; i++) {
  const r = i % 10;
  if (r < 6) index.set('url', `https://lure-${i.toString(36)}.example.top/d/${(i * 7919) % 100000}`, i % 3 ? 'suspected' : 'confirmed', 3 + (i % 50), until);
  else if (r < 8) index.set('host', `login-${i.toString(36)}.example.top`, 'suspected', 3, until);
  else if (r < 9) index.set('domain', `brand-${i.toString(36)}-jp.top`, 'confirmed', 0, until);
  else index.set('phone', `050${String(10_000_000 + i).slice(-8)}`, 'suspected', 4, until);
}
const loadMs = Number(process.hrtime.bigint() - t0) / 1e6;
// One message in twenty has its first URL trusted: hits are timed as well as misses.
let trustedFromCorpus = 0;
contexts.forEach((c, i) => {
  const u = c.indicators.urls[0];
  if (u && i % 20 === 0) { index.set('url', u.normalized, 'confirmed', 5, until); trustedFromCorpus++; }
});
const bytes = used() - before;
console.log(`trusted index: ${index.size.toLocaleString('en')} indicators (${trustedFromCorpus} from the corpus), built in ${loadMs.toFixed(0)} ms`);
console.log(`memory: ${(bytes / 1e6).toFixed(1)} MB measured (heap + array buffers) = ${(bytes / index.size).toFixed(1)} bytes/indicator; table arrays ${(index.bytes / index.size).toFixed(1)} bytes/indicator`);

const lookup = index.lookup(() => Date.now());
let hits = 0;
for (const c of contexts) hits += lookupReputation(lookup, c.indicators, c.sender).length > 0 ? 1 : 0;
console.log(`messages: ${contexts.length.toLocaleString('en')}, with a URL: ${contexts.filter((c) => c.indicators.urls.length > 0).length}, with a reputation hit: ${hits}`);
measure('reputation lookup', contexts, (c) => lookupReputation(lookup, c.indicators, c.sender).length, 24);
measure('analyse, no reputation', messages, (m) => engine.analyse(m).score, 24);
measure('analyse, with reputation', messages, (m) => engine.analyse(m, lookup).score, 24);
