// The analysis engine: normalise → extract → classify → match → checks → verdict.
// Pure: it receives its data (brands, lures, weights, model) and an optional
// reputation lookup, and returns a value. Loading files is src/engine's job.
import { brandPhrases, claimsFrom, createBrandCheck, createBrandLookups, scanTexts, type Brand, type BrandRegistry } from './brands/index.js';
import type { Check, CheckContext } from './check.js';
import { createUrlSuspectCheck, type UrlRiskData } from './checks/url-suspect.js';
import { createSenderRouteCheck } from './checks/sender-route.js';
import { createReputationCheck, lookupReputation } from './checks/reputation.js';
import { createExtractor } from './extract/index.js';
import { createLureCheck, lurePhrases, type LureCategory, type LureData } from './lures/index.js';
import { createPhraseMatcher } from './match/phrases.js';
import type { LureMatch } from './check.js';
import { createModelCheck, type LinearModel } from './model/index.js';
import { normalizeText } from './normalize/index.js';
import { scoreOf, verdictFor, type ScoreTable } from './scores.js';
import { createSenderClassifier, EMPTY_SENDER_REGISTRY, type SenderRegistry } from './sender/index.js';
import type { Analysis, Message, Reason, ReputationLookup } from './types.js';

export interface EngineData {
  readonly brands: BrandRegistry;
  readonly lures: LureData;
  readonly shorteners: readonly string[];
  readonly urlRisk: UrlRiskData;
  readonly scores: ScoreTable;
  /** Senders whose owner is known (data/senders.json); brands' own officialSenders are added to it. */
  readonly senders?: SenderRegistry;
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
  // Brand names and lure cues are found in one scan of the text: it runs on every
  // character of every message, so one pass instead of two matters.
  type Tag = { readonly brand: Brand } | { readonly lure: LureCategory };
  const matchText = createPhraseMatcher<Tag>(
    [...brandPhrases<Tag>(data.brands, (brand) => ({ brand })), ...lurePhrases<Tag>(data.lures, (lure) => ({ lure }))],
    { maxHits: 64, overlap: 'across-tags' },
  );
  const { weights, thresholds } = data.scores;
  const lookups = createBrandLookups(data.brands);
  const classifySender = createSenderClassifier(data.senders ?? EMPTY_SENDER_REGISTRY, data.brands.brands);
  const checks: Check[] = [
    createBrandCheck(data.brands, weights),
    createLureCheck(data.lures, weights, lookups),
    createUrlSuspectCheck(data.urlRisk, weights, lookups),
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
    const { lower, text: cased } = scanTexts(norm);
    const nameHits: { brand: Brand; index: number; length: number }[] = [];
    const lures: LureMatch[] = [];
    for (const h of matchText(lower, cased)) {
      if ('brand' in h.tag) nameHits.push({ brand: h.tag.brand, index: h.index, length: h.phrase.length });
      else lures.push({ kind: h.tag.lure.kind, category: h.tag.lure.id, cue: h.phrase });
    }
    return {
      message,
      norm,
      indicators,
      sender,
      brands: claimsFrom(nameHits, norm),
      lures,
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
