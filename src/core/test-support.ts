// For tests of single checks: a context built the way the engine builds it, from the shipped data.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEngine } from './engine.js';
import { parseBrandRegistry } from './brands/index.js';
import { parseUrlRiskData } from './checks/url-suspect.js';
import { parseShorteners } from './extract/index.js';
import { parseLureData } from './lures/index.js';
import { parseScoreTable } from './scores.js';
import { parseSenderRegistry } from './sender/index.js';
import type { CheckContext } from './check.js';

const dataDir = join(import.meta.dirname, '..', '..', 'data');

function load<T>(file: string, parse: (j: unknown) => { ok: true; value: T } | { ok: false; error: string }): T {
  const r = parse(JSON.parse(readFileSync(join(dataDir, file), 'utf8')));
  if (!r.ok) throw new Error(`${file}: ${r.error}`);
  return r.value;
}

export const testData = {
  brands: load('brands.json', parseBrandRegistry),
  lures: load('lures.json', parseLureData),
  shorteners: load('shorteners.json', parseShorteners),
  urlRisk: load('url-risk.json', parseUrlRiskData),
  scores: load('scores.json', parseScoreTable),
  senders: load('senders.json', parseSenderRegistry),
  model: null,
};

const rules = createEngine(testData);

export function contextOf(text: string, from?: string): CheckContext {
  return rules.context({ text, from });
}
