// The analysis engine: normalise → extract → classify → match → asks → checks → verdict.
// Pure: it receives its data (brands, lures, weights, model) and an optional
// reputation lookup, and returns a value. Loading files is src/engine's job.
import { createAskFinder } from './asks/index.js';
import { brandPhrases, claimsFrom, createBrandCheck, createBrandLookups, scanTexts, type Brand, type BrandRegistry } from './brands/index.js';
import type { BrandClaim, Check, CheckContext, LureMatch } from './check.js';
import { createAskChannelCheck, unownedAsks } from './checks/ask-channel.js';
import { createReputationCheck, lookupReputation } from './checks/reputation.js';
import { createSenderRouteCheck } from './checks/sender-route.js';
import { createSenderTrustCheck } from './checks/sender-trust.js';
import { createUrlSuspectCheck, type UrlRiskData } from './checks/url-suspect.js';
import { createExtractor } from './extract/index.js';
import { foldDiacritics } from './lures/fold.js';
import { createLureCheck, lurePhrases, type LureCategory, type LureData } from './lures/index.js';
import { createPhraseMatcher } from './match/phrases.js';
import { createModelCheck, type LinearModel } from './model/index.js';
import { normalizeText } from './normalize/index.js';
import { scoreOf, verdictFor, type ScoreTable } from './scores.js';
import { createSenderClassifier, EMPTY_SENDER_REGISTRY, type SenderRegistry } from './sender/index.js';
import type { Analysis, Message, NormalizedText, Reason, ReasonCode, ReputationLookup, SenderInfo } from './types.js';

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
  /**
   * The same engine judging senders by another registry (an operator's entries merged over the
   * shipped one, src/registry): matchers, checks and model are shared; only the sender
   * classifier, one Map, is built again.
   */
  withSenders(registry: SenderRegistry): Engine;
}

/** Texts longer than this are cut before analysis: SMS bodies are short, and work per message stays bounded. */
export const MAX_TEXT_LENGTH = 4096;

// Credits for a channel the claimed identity owns: the model may not outweigh them.
const OWN_CHANNEL: ReadonlySet<ReasonCode> = new Set(['BRAND_OFFICIAL_DOMAIN', 'BRAND_OFFICIAL_SENDER', 'ASK_OWN_CHANNEL', 'SENDER_CARRIER', 'SENDER_REGISTERED']);
const REPUTATION: ReadonlySet<ReasonCode> = new Set(['REPUTATION_URL', 'REPUTATION_DOMAIN', 'REPUTATION_PHONE']);
// Reasons kept in the verdict even at no weight: they explain why something else did not count.
const NAMED_AT_ZERO: ReadonlySet<ReasonCode> = new Set(['REPUTATION_ALLOWLISTED']);
// Quotation marks that set off reported text; a quote shorter than this is a name in brackets (「三菱UFJ銀行」).
const QUOTES: Readonly<Record<string, string>> = { '「': '」', '『': '』', '“': '”', '"': '"' };
const MIN_QUOTE = 8;

/** Spans [start, end) of quoted text long enough to be a message rather than a name. */
function quoteSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (let i = 0; i < text.length; i++) {
    const close = QUOTES[text[i] as string];
    if (close === undefined) continue;
    const end = text.indexOf(close, i + 1);
    if (end === -1) break;
    if (end - i - 1 >= MIN_QUOTE) spans.push([i + 1, end]);
    i = end;
  }
  return spans;
}

/** 【三菱UFJ銀行】, [d払い]: a name set off as a header. */
function bracketed(text: string, index: number, length: number): boolean {
  const before = text[index - 1];
  const after = text[index + length];
  return before === '【' || before === '[' || after === '】' || after === ']';
}

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
  const findAsks = createAskFinder(data.lures);
  const appStores = new Set(data.lures.appStores);
  const checks: Check[] = [
    createBrandCheck(data.brands, weights),
    createLureCheck(data.lures, weights, lookups),
    createUrlSuspectCheck(data.urlRisk, weights, lookups),
    createSenderRouteCheck(weights, lookups),
    createSenderTrustCheck(weights, lookups, data.lures.appStores),
    createAskChannelCheck(weights, lookups, data.lures.appStores),
    createReputationCheck(weights),
  ];
  const modelCheck = data.model ? createModelCheck(data.model, weights) : null;

  /** Claims the message speaks as, and brands it only names (in a person's chat, or inside a reported scam). */
  function whoSpeaks(claims: BrandClaim[], hits: readonly { brand: Brand; index: number; length: number }[], lures: readonly LureMatch[], reported: boolean, norm: NormalizedText): { brands: BrandClaim[]; mentions: BrandClaim[] } {
    if (claims.length === 0) return { brands: claims, mentions: [] };
    let personal = false;
    let business = false;
    for (const l of lures) {
      if (l.kind !== 'register' || l.quoted) continue;
      if (l.category === 'personal') personal = true;
      else business = true;
    }
    if (!reported && !(personal && !business)) return { brands: claims, mentions: [] };
    const brands: BrandClaim[] = [];
    const mentions: BrandClaim[] = [];
    for (const c of claims) {
      const h = hits.find((x) => x.brand.id === c.brandId);
      // A report keeps only its sender's own header at the very start; a person's chat keeps bracketed names.
      const header = h !== undefined && bracketed(norm.text, h.index, h.length) && (!reported || h.index <= 1);
      (header ? brands : mentions).push(c);
    }
    return { brands, mentions };
  }

  function build(classifySender: (raw: string) => SenderInfo): Engine {
    function context(message: Message, reputation?: ReputationLookup): CheckContext {
      const text = message.text.length > MAX_TEXT_LENGTH ? message.text.slice(0, MAX_TEXT_LENGTH) : message.text;
      const norm = normalizeText(text);
      const indicators = extract(norm);
      const from = message.from?.trim();
      const sender = from ? classifySender(from) : null;
      const { lower, text: cased } = scanTexts(norm);
      const nameHits: { brand: Brand; index: number; length: number }[] = [];
      let lures: LureMatch[] = [];
      let reported = false;
      for (const h of matchText(foldDiacritics(lower), cased)) {
        if ('brand' in h.tag) nameHits.push({ brand: h.tag.brand, index: h.index, length: h.phrase.length });
        else {
          const cat = h.tag.lure;
          if (cat.kind === 'report') reported = true;
          lures.push({ kind: cat.kind, category: cat.id, cue: h.phrase, index: h.index, quoted: false });
        }
      }
      if (reported) {
        // A message about a scam: its lure wording is the scam's. With quotation marks, only the quoted part is.
        const spans = quoteSpans(norm.text);
        lures = lures.map((l) => ({ ...l, quoted: l.kind !== 'report' && (spans.length === 0 || spans.some(([s, e]) => l.index >= s && l.index < e)) }));
      }
      const { brands, mentions } = whoSpeaks(claimsFrom(nameHits, norm), nameHits, lures, reported, norm);
      const asks = findAsks({ norm, indicators, sender, lures, reported, brands });
      return { message, norm, indicators, sender, brands, mentions, lures, asks, reported, reputation: lookupReputation(reputation, indicators, sender), classifySender };
    }

    function analyse(message: Message, reputation?: ReputationLookup): Analysis {
      const ctx = context(message, reputation);
      const reasons: Reason[] = [];
      let rules = 0;
      let credit = 0;
      let known = false;
      for (const check of checks) {
        for (const r of check(ctx)) {
          if (r.weight === 0 && !NAMED_AT_ZERO.has(r.code)) continue;
          reasons.push(r);
          rules += r.weight;
          if (OWN_CHANNEL.has(r.code)) credit += r.weight;
          if (REPUTATION.has(r.code)) known = true;
        }
      }
      if (modelCheck) {
        for (const r of modelCheck(ctx)) {
          // The model may add its doubt, never outweigh a channel the claimed sender owns.
          const cap = credit < 0 ? -credit / 2 : Infinity;
          const weight = r.weight > cap ? Math.round(cap * 10) / 10 : r.weight;
          if (Math.abs(weight) >= 1) reasons.push(weight === r.weight ? r : { ...r, weight });
        }
      }
      reasons.sort((a, b) => b.weight - a.weight);
      const score = scoreOf(reasons);
      let verdict = verdictFor(score, reasons, thresholds);
      // Blocking needs the message to ask something through a channel its claimed sender does not
      // own, with the rules alone at block less the model's cap (the model may not carry it), or a known-bad
      // indicator. A warning about a scam is never blocked.
      if (verdict === 'block' && !known) {
        const asks = !ctx.reported && unownedAsks(ctx, lookups, appStores).length > 0;
        if (!asks || rules < thresholds.block - weights.MODEL) verdict = 'suspicious';
      }
      return { verdict, score, reasons, indicators: ctx.indicators, sender: ctx.sender };
    }

    return { context, analyse, withSenders: (registry) => build(createSenderClassifier(registry, data.brands.brands)) };
  }

  return build(createSenderClassifier(data.senders ?? EMPTY_SENDER_REGISTRY, data.brands.brands));
}
