// Micro-benchmark of the brand and lure knowledge: ns per call (median and p99) for the
// one scan that finds brand names and lure cues (built as the engine builds it), and for
// the brand and lure checks on contexts built once, on the public corpora.
// Budget: the scan ≤ 2 µs median on a ~70-character SMS.
// Run: node --import tsx bench/core-knowledge.ts
import { brandPhrases, claimsFrom, createBrandCheck, createBrandLookups, scanTexts, type Brand } from '../src/core/brands/index.js';
import type { CheckContext, LureMatch } from '../src/core/check.js';
import { createEngine } from '../src/core/engine.js';
import { createLureCheck, lurePhrases, type LureCategory } from '../src/core/lures/index.js';
import { createPhraseMatcher } from '../src/core/match/phrases.js';
import { normalizeText } from '../src/core/normalize/index.js';
import type { NormalizedText } from '../src/core/types.js';
import { loadEngineData } from '../src/engine/index.js';
import { benchMessages } from './messages.js';
import { measure } from './measure.js';

const loaded = loadEngineData();
if (!loaded.ok) throw new Error(loaded.error);
const data = loaded.value;

// The same matcher the engine compiles: brand names and lure cues in one table.
type Tag = { readonly brand: Brand } | { readonly lure: LureCategory };
const t0 = process.hrtime.bigint();
const matchText = createPhraseMatcher<Tag>(
  [...brandPhrases<Tag>(data.brands, (brand) => ({ brand })), ...lurePhrases<Tag>(data.lures, (lure) => ({ lure }))],
  { maxHits: 64, overlap: 'across-tags' },
);
const buildMs = Number(process.hrtime.bigint() - t0) / 1e6;

/** What the engine does with the text for brands and lures: scan once, read the hits. */
function knowledge(norm: NormalizedText): number {
  const { lower, text } = scanTexts(norm);
  const nameHits: { brand: Brand; index: number; length: number }[] = [];
  const lures: LureMatch[] = [];
  for (const h of matchText(lower, text)) {
    if ('brand' in h.tag) nameHits.push({ brand: h.tag.brand, index: h.index, length: h.phrase.length });
    else lures.push({ kind: h.tag.lure.kind, category: h.tag.lure.id, cue: h.phrase, index: h.index, quoted: false });
  }
  return claimsFrom(nameHits, norm).length + lures.length;
}

const brandCheck = createBrandCheck(data.brands, data.scores.weights);
const lureCheck = createLureCheck(data.lures, data.scores.weights, createBrandLookups(data.brands));

const messages = benchMessages();
const norms = messages.map((m) => normalizeText(m.text));
const typical = norms.filter((n) => n.text.length >= 60 && n.text.length <= 80);
const typicalJa = typical.filter((n) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(n.text));
const rules = createEngine({ ...data, model: null });
const contexts: CheckContext[] = messages.map((m) => rules.context(m));
const claiming = contexts.filter((c) => c.brands.length > 0 || c.lures.length > 0);


const phraseCount = data.brands.brands.reduce((n, b) => n + b.variants.length, 0) + data.lures.categories.reduce((n, c) => n + c.cues.length, 0);
console.log(`${data.brands.brands.length} brands, ${data.lures.categories.length} lure categories, ${phraseCount} phrases; matcher built in ${buildMs.toFixed(1)} ms`);
console.log(`corpus: ${norms.length} messages, ${typical.length} of 60–80 characters ("typ."), ${typicalJa.length} of them Japanese`);
measure('brands+lures scan (all)', norms, knowledge, 28);
measure('brands+lures scan (typ.)', typical, knowledge, 28);
measure('brands+lures scan (typ. ja)', typicalJa, knowledge, 28);
measure('brand check (all)', contexts, brandCheck, 28);
measure('brand check (with hits)', claiming, brandCheck, 28);
measure('lure check (all)', contexts, lureCheck, 28);
measure('lure check (with hits)', claiming, lureCheck, 28);
const mem = process.memoryUsage();
console.log(`heap used ${(mem.heapUsed / 1048576).toFixed(1)} MiB, rss ${(mem.rss / 1048576).toFixed(1)} MiB`);
