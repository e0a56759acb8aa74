// Micro-benchmark of the text layer: ns per call (median and p99) for normalisation,
// extraction and sender classification on the public corpora.
// Run: node --import tsx bench/core-text.ts
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseShorteners, createExtractor } from '../src/core/extract/index.js';
import { normalizeText } from '../src/core/normalize/index.js';
import { classifySender } from '../src/core/sender/index.js';
import type { NormalizedText } from '../src/core/types.js';
import { benchMessages } from './messages.js';
import { measure } from './measure.js';

const shorteners = parseShorteners(JSON.parse(readFileSync(join(import.meta.dirname, '..', 'data', 'shorteners.json'), 'utf8')));
if (!shorteners.ok) throw new Error(shorteners.error);
const extract = createExtractor({ shorteners: shorteners.value });

const messages = benchMessages();
const texts = messages.map((m) => m.text);
const senders = ['090-1234-5678', '+81 90 1234 5678', '０９０１２３４５６７８', '7726', '0005-01-1234', '0120-123-456', '+1 202 555 0100', 'SMBC', 'Amazon', '050-1234-5678'];
for (const m of messages) if (m.from) senders.push(m.from);
const norms: NormalizedText[] = texts.map(normalizeText);


const typical = texts.filter((t) => t.length >= 50 && t.length <= 90);
const typicalNorms = typical.map(normalizeText);
console.log(`corpus: ${texts.length} messages, ${typical.length} of 50–90 characters ("typical")`);
measure('normalizeText (all)', texts, normalizeText);
measure('normalizeText (typ.)', typical, normalizeText);
measure('extract (all)', norms, extract);
measure('extract (typ.)', typicalNorms, extract);
measure('classifySender', senders, classifySender);
const mem = process.memoryUsage();
console.log(`heap used ${(mem.heapUsed / 1048576).toFixed(1)} MiB, rss ${(mem.rss / 1048576).toFixed(1)} MiB`);
