// The engine with its shipped data: reads data/*.json once, validates it, builds the engine.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseBrandRegistry } from '../core/brands/index.js';
import { parseUrlRiskData } from '../core/checks/url-suspect.js';
import { createEngine, type Engine, type EngineData } from '../core/engine.js';
import { parseShorteners } from '../core/extract/index.js';
import { parseLureData } from '../core/lures/index.js';
import { parseModel } from '../core/model/index.js';
import { parseScoreTable, type Parsed } from '../core/scores.js';
import { parseSenderRegistry } from '../core/sender/index.js';

export type { Engine, EngineData } from '../core/engine.js';

/** The package's data/ folder, both from src/ (tsx) and from dist/. */
export const DEFAULT_DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data');

type Parser<T> = (json: unknown) => Parsed<T>;

function readJson<T>(dir: string, file: string, parse: Parser<T>): Parsed<T> {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  } catch (err) {
    return { ok: false, error: `${file}: ${(err as Error).message}` };
  }
  const parsed = parse(json);
  return parsed.ok ? parsed : { ok: false, error: `${file}: ${parsed.error}` };
}

/** Reads and validates every data file the engine needs. */
export function loadEngineData(dir: string = DEFAULT_DATA_DIR, opts: { withoutModel?: boolean } = {}): Parsed<EngineData> {
  const brands = readJson(dir, 'brands.json', parseBrandRegistry);
  if (!brands.ok) return brands;
  const brandIds = new Set(brands.value.brands.map((b) => b.id));
  const senders = readJson(dir, 'senders.json', (j) => parseSenderRegistry(j, brandIds));
  if (!senders.ok) return senders;
  const lures = readJson(dir, 'lures.json', parseLureData);
  if (!lures.ok) return lures;
  const shorteners = readJson(dir, 'shorteners.json', parseShorteners);
  if (!shorteners.ok) return shorteners;
  const urlRisk = readJson(dir, 'url-risk.json', parseUrlRiskData);
  if (!urlRisk.ok) return urlRisk;
  const scores = readJson(dir, 'scores.json', parseScoreTable);
  if (!scores.ok) return scores;
  // Training builds contexts before any model exists.
  const model = opts.withoutModel ? { ok: true as const, value: null } : readJson(dir, 'model.json', parseModel);
  if (!model.ok) return model;
  return {
    ok: true,
    value: { brands: brands.value, lures: lures.value, shorteners: shorteners.value, urlRisk: urlRisk.value, scores: scores.value, senders: senders.value, model: model.value },
  };
}

let shared: Engine | undefined;

/** The engine built from the shipped data, built on first use. Broken shipped data is a bug: it throws. */
export function getEngine(): Engine {
  if (!shared) {
    const data = loadEngineData();
    if (!data.ok) throw new Error(`smishguard: engine data is invalid: ${data.error}`);
    shared = createEngine(data.value);
  }
  return shared;
}
