// The analysis engine: normalise → extract → classify → match → checks → verdict.
// Pure: it receives its data (brands, lures, weights, model) and an optional
// reputation lookup, and returns a value. Loading files is src/engine's job.
import { createBrandCheck, createBrandLookups, createBrandMatcher, type BrandRegistry } from './brands/index.js';
import type { Check, CheckContext } from './check.js';
import { createUrlSuspectCheck, type UrlRiskData } from './checks/url-suspect.js';
import { createSenderRouteCheck } from './checks/sender-route.js';
import { createReputationCheck, lookupReputation } from './checks/reputation.js';
import { createExtractor } from './extract/index.js';
import { createLureCheck, createLureMatcher, type LureData } from './lures/index.js';
import { createModelCheck, type LinearModel } from './model/index.js';
import { normalizeText } from './normalize/index.js';
import { scoreOf, verdictFor, type ScoreTable } from './scores.js';
import { classifySender } from './sender/index.js';
import type { Analysis, Message, Reason, ReputationLookup } from './types.js';

export interface EngineData {
  readonly brands: BrandRegistry;
  readonly lures: LureData;
  readonly shorteners: readonly string[];
  readonly urlRisk: UrlRiskData;
  readonly scores: ScoreTable;
  /** null runs the rules alone (used when training the model itself). */
  readonly model: LinearModel | null;
}

export interface Engine {
  /** The facts every check reads; exposed for training and evaluation. */
  context(message: Message, reputation?: ReputationLookup): CheckContext;
  analyse(message: Message, reputation?: ReputationLookup): Analysis;
}

/** Texts longer than this are cut before analysis: SMS bodies are short, and work per message stays bounded. */
export const MAX_TEXT_LENGTH = 4096;

export function createEngine(data: EngineData): Engine {
  const extract = createExtractor({ shorteners: data.shorteners });
  const matchBrands = createBrandMatcher(data.brands);
  const matchLures = createLureMatcher(data.lures);
  const { weights, thresholds } = data.scores;
  const lookups = createBrandLookups(data.brands);
  const checks: Check[] = [
    createBrandCheck(data.brands, weights),
    createLureCheck(data.lures, weights, lookups),
    createUrlSuspectCheck(data.urlRisk, weights),
    createSenderRouteCheck(weights, lookups),
    createReputationCheck(weights),
  ];
  if (data.model) checks.push(createModelCheck(data.model, weights));

  function context(message: Message, reputation?: ReputationLookup): CheckContext {
    const text = message.text.length > MAX_TEXT_LENGTH ? message.text.slice(0, MAX_TEXT_LENGTH) : message.text;
    const norm = normalizeText(text);
    const indicators = extract(norm);
    const from = message.from?.trim();
    const sender = from ? classifySender(from) : null;
    return {
      message,
      norm,
      indicators,
      sender,
      brands: matchBrands(norm),
      lures: matchLures(norm),
      reputation: lookupReputation(reputation, indicators, sender),
    };
  }

  function analyse(message: Message, reputation?: ReputationLookup): Analysis {
    const ctx = context(message, reputation);
    const reasons: Reason[] = [];
    for (const check of checks) {
      for (const r of check(ctx)) if (r.weight !== 0) reasons.push(r);
    }
    reasons.sort((a, b) => b.weight - a.weight);
    const score = scoreOf(reasons);
    return { verdict: verdictFor(score, reasons, thresholds), score, reasons, indicators: ctx.indicators, sender: ctx.sender };
  }

  return { context, analyse };
}
