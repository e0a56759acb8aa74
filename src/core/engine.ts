// The analysis engine: normalise → extract → classify → match → asks → checks → verdict.
// Pure: it receives its data (brands, lures, weights, model) and an optional
// reputation lookup, and returns a value. Loading files is src/engine's job.
import { createAskFinder, sentenceAt } from './asks/index.js';
import { brandPhrases, claimsFrom, createBrandCheck, createBrandLookups, scanTexts, type Brand, type BrandRegistry } from './brands/index.js';
import type { BrandClaim, Check, CheckContext, LureMatch } from './check.js';
import { blockingAsks, createAskChannelCheck } from './checks/ask-channel.js';
import { createReputationCheck, lookupReputation } from './checks/reputation.js';
import { createSenderRouteCheck } from './checks/sender-route.js';
import { createSenderTrustCheck } from './checks/sender-trust.js';
import { createThrowawayHost, createUrlSuspectCheck, type UrlRiskData } from './checks/url-suspect.js';
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
// Looked up by code: text[i] makes a string of every Japanese character it reads.
const CLOSE_BY_CODE: ReadonlyMap<number, string> = new Map(Object.entries(QUOTES).map(([open, close]) => [open.charCodeAt(0), close]));
// Any opening mark, found by the regex engine's scan: a Map read per character was 3% of the
// engine, and a JavaScript loop comparing codes costs twice the regex.
const OPENING = new RegExp(`[${Object.keys(QUOTES).join('')}]`, 'g');

/** The first opening mark at or after `from`, or -1 (every mark is one code unit). */
function nextOpening(text: string, from: number): number {
  OPENING.lastIndex = from;
  return OPENING.test(text) ? OPENING.lastIndex - 1 : -1;
}

/**
 * Where the quote opened at `open` closes: quotes nest (「…「受給対象」と出ます」ってSMS来た), so the
 * first closing mark may close an inner quote. Straight quotes (") do not nest. -1 if never closed.
 */
function closingOf(text: string, open: number, close: string): number {
  const opener = text[open] as string;
  if (opener === close) return text.indexOf(close, open + 1);
  let depth = 0;
  for (let j = open + 1; j < text.length; j++) {
    const c = text[j];
    if (c === opener) depth++;
    else if (c === close && depth-- === 0) return j;
  }
  return -1;
}

/** Spans [start, end) of quoted text at least `min` long (by default long enough to be a message rather than a name). */
function quoteSpans(text: string, min = MIN_QUOTE): [number, number][] {
  const spans: [number, number][] = [];
  for (let i = nextOpening(text, 0); i !== -1; ) {
    const close = CLOSE_BY_CODE.get(text.charCodeAt(i)) as string;
    const end = closingOf(text, i, close);
    if (end === -1) break;
    if (end - i - 1 >= min) spans.push([i + 1, end]);
    i = nextOpening(text, end + 1);
  }
  return spans;
}

// After a run of short quotes, words that make them examples of what others send
// (「未納料金」「当選」などのSMS, 「還付金」という電話).
const EXAMPLE_TAILS = ['など', '等の', '等は', '等を'];

/**
 * Lure words quoted as examples of what scams say (「未納料金」「当選」などのSMSで…): the words are
 * the scam's, named by a warning, not the message's own claim. A run of quotes ends in a report
 * tail or "など"; each quote in the run is an example. (A lone quoted reply word, 「はい」と返信,
 * or a quoted header, 「三菱UFJ銀行」, is not followed by such a tail.)
 */
function withoutExamples(lures: LureMatch[], text: string, tails: readonly string[]): LureMatch[] {
  if (!lures.some((l) => (l.kind === 'lure' || l.kind === 'pressure') && !l.quoted)) return lures;
  const spans = quoteSpans(text, 2);
  if (spans.length === 0) return lures;
  const examples: [number, number][] = [];
  let run: [number, number][] = [];
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k] as [number, number];
    run.push(span);
    const next = spans[k + 1];
    // The next quote opens right after this one closes (「未納料金」「当選」, 「未納料金」や「当選」): same run.
    const between = next ? text.slice(span[1] + 1, next[0] - 1) : null;
    if (between !== null && /^[\s、,・やと]*$/.test(between)) continue;
    const after = text.slice(span[1] + 1, span[1] + 6);
    if (EXAMPLE_TAILS.some((t) => after.startsWith(t)) || tails.some((t) => after.startsWith(t))) examples.push(...run);
    run = [];
  }
  if (examples.length === 0) return lures;
  const out: LureMatch[] = [];
  for (const l of lures) {
    const example = !l.quoted && (l.kind === 'lure' || l.kind === 'pressure') && examples.some(([s, e]) => l.index >= s && l.index < e);
    out.push(example ? { kind: l.kind, category: l.category, cue: l.cue, index: l.index, quoted: true } : l);
  }
  return out;
}

/** A quoted message followed by words that report it (「…」って来た, 「…」という電話): the text tells of a message it got. */
function reportsQuote(lower: string, tails: readonly string[]): boolean {
  if (tails.length === 0) return false;
  for (const [, end] of quoteSpans(lower)) for (const t of tails) if (lower.startsWith(t, end + 1)) return true;
  return false;
}

/** 【三菱UFJ銀行】, [d払い]: a name set off as a header. */
function bracketed(text: string, index: number, length: number): boolean {
  const before = text[index - 1];
  const after = text[index + length];
  return before === '【' || before === '[' || after === '】' || after === ']';
}

// After a platform's name, words that make it the medium a business is reached through
// (店舗LINEから, LINEお友だち限定, LINE登録で), not the one speaking.
const MEDIUM_AFTER = ['から', 'お友だち', 'お友達', '友だち', '友達', '登録', '追加', 'で予約', 'でお問い合わせ', 'でご予約', 'で連絡', 'で送', 'で話', 'はそのまま', 'グループに上げ', 'グループで',
  // A platform's product where a file, form or place lives ("Googleドライブに上げました", "Google Formsで回答"):
  // the medium, as LINE is.
  'ドライブ', 'フォーム', 'ドキュメント', 'スプレッドシート', 'マップ', 'フォト', 'カレンダー', 'meet',
  ' drive', 'drive', ' forms', ' docs', ' sheets', ' maps', ' photos', ' calendar', ' meet'];

/**
 * Claims of a platform brand (one with platformDomains: LINE) whose every mention is the medium,
 * never a 【header】: a shop naming its LINE account speaks as the shop. Impersonating LINE itself
 * (【LINE】, LINEアカウントが停止…) keeps the claim.
 */
function withoutMedia(claims: BrandClaim[], hits: readonly { brand: Brand; index: number; length: number }[], norm: NormalizedText): BrandClaim[] {
  if (claims.length === 0) return claims;
  return claims.filter((c) => {
    const own = hits.filter((h) => h.brand.id === c.brandId);
    const brand = own[0]?.brand;
    if (!brand || brand.platformDomains.length === 0) return true;
    // "LINEからのお知らせ" is LINE speaking; "LINEから予約" is the way in.
    return !own.every((h) => {
      const end = h.index + h.length;
      return !bracketed(norm.text, h.index, h.length) && !norm.text.startsWith('からの', end) && MEDIUM_AFTER.some((w) => norm.lower.startsWith(w, end));
    });
  });
}

/**
 * "当行が暗証番号をお尋ねすることはありません", "we never text about unpaid tolls": a sentence that
 * says what the sender never does describes the scam, as a quotation does. Its lure and pressure
 * words are not the message's own claim, so they are marked as quoted (no smishing row of the
 * Japanese sets says what it never does; banks', cities' and police notices do, every day).
 */
function withoutDisowned(lures: LureMatch[], text: string): LureMatch[] {
  let spans: [number, number][] | null = null;
  for (const l of lures) if (l.category === 'never-does') (spans ??= []).push(sentenceAt(text, l.index));
  if (spans === null) return lures;
  const out: LureMatch[] = [];
  for (const l of lures) {
    const disowned = !l.quoted && (l.kind === 'lure' || l.kind === 'pressure') && spans.some(([s, e]) => l.index >= s && l.index < e);
    out.push(disowned ? { kind: l.kind, category: l.category, cue: l.cue, index: l.index, quoted: true } : l);
  }
  return out;
}

// "佐藤です。", "母です。", "田中だけど、": a message that opens by naming its writer as a person.
// A person's name is a surname or a family word, in kanji ("佐藤", "母", "父さん") or kana ("おかあさん");
// a katakana name is more often a service's ("スキマニです").
const SELF_INTRO = /^([一-龥]{1,4}(?:さん|ちゃん)?|お?(?:かあ|とう|ばあ|じい|ねえ|にい)(?:さん|ちゃん))(?:です|だけど|だよ)(?:[。、,!！\s]|$)/;
// …unless the name is an office's or a role's ("サポートセンターです", "市役所です", "担当です").
// (Conservative: a surname holding one of these kanji, 村田, 市川, is left as it was.)
const OFFICE_WORDS = /[課係局署庁所店社室部院館会省府県市区町村校塾園庫]|センター|担当|窓口|事務|サポート|カスタマー|デスク|銀行|カード|公式|運営|配達|ドライバー|生命|保険|証券|電力|協会|組合|機構/;

/**
 * The message opens by naming its writer as a person ("佐藤です。", "母です。"): a brand written
 * after that is named by the person, not speaking (a brand's own notice opens with the brand,
 * "ヤマト運輸の佐藤です").
 */
function selfIntroduced(text: string, hits: readonly { index: number; length: number }[]): boolean {
  const m = SELF_INTRO.exec(text);
  if (m === null) return false;
  const name = m[1] as string;
  return !OFFICE_WORDS.test(name) && !hits.some((h) => h.index < name.length);
}

/**
 * The message speaks as a person, with no office's voice: a relative's "new number", a person's
 * register (だよ, してね), or an opening that names its writer ("佐藤です。"), and no business
 * register (お客様, 当社). A brand it names is named, not claimed; checks that weigh an office's
 * claims read it from the context (CheckContext.person).
 */
function speaksAsPerson(lures: readonly LureMatch[], hits: readonly { index: number; length: number }[], norm: NormalizedText): boolean {
  let personal = false;
  let business = false;
  for (const l of lures) {
    // "番号が変わりました、小川です" speaks as a person, as a chatty ending does.
    if (l.kind === 'lure' && l.category === 'family' && !l.quoted) personal = true;
    if (l.kind !== 'register' || l.quoted) continue;
    if (l.category === 'personal') personal = true;
    else business = true;
  }
  if (!personal && selfIntroduced(norm.text, hits)) personal = true;
  return personal && !business;
}

/** Strongest first, ties in the order found: a stable insertion sort (a handful of reasons; sort's comparator calls cost more). */
function sortByWeight(reasons: Reason[]): void {
  for (let i = 1; i < reasons.length; i++) {
    const r = reasons[i] as Reason;
    let j = i;
    for (; j > 0 && (reasons[j - 1] as Reason).weight < r.weight; j--) reasons[j] = reasons[j - 1] as Reason;
    reasons[j] = r;
  }
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
    createBrandCheck(data.brands, weights, lookups),
    createLureCheck(data.lures, weights, lookups),
    createUrlSuspectCheck(data.urlRisk, weights, lookups),
    createSenderRouteCheck(weights, lookups),
    createSenderTrustCheck(weights, lookups, data.lures.appStores),
    createAskChannelCheck(weights, lookups, data.lures.appStores, createThrowawayHost(data.urlRisk, lookups)),
    createReputationCheck(weights),
  ];
  const modelCheck = data.model ? createModelCheck(data.model, weights) : null;

  /** Claims the message speaks as, and brands it only names (in a person's chat, or inside a reported scam). */
  function whoSpeaks(claims: BrandClaim[], hits: readonly { brand: Brand; index: number; length: number }[], person: boolean, reported: boolean, norm: NormalizedText): { brands: BrandClaim[]; mentions: BrandClaim[] } {
    if (claims.length === 0) return { brands: claims, mentions: [] };
    if (!reported && !person) return { brands: claims, mentions: [] };
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
      // The text's end is a sentence's end: plain endings ("振り込まれたよ") match as they do before 。.
      for (const h of matchText(`${foldDiacritics(lower)}。`, `${cased}。`)) {
        if ('brand' in h.tag) nameHits.push({ brand: h.tag.brand, index: h.index, length: h.phrase.length });
        else {
          const cat = h.tag.lure;
          if (cat.kind === 'report') reported = true;
          lures.push({ kind: cat.kind, category: cat.id, cue: h.phrase, index: h.index, quoted: false });
        }
      }
      if (!reported) reported = reportsQuote(norm.lower, data.lures.reportTails ?? []);
      if (reported) {
        // A message about a scam: its lure wording is the scam's. With quotation marks, only the quoted part is.
        const spans = quoteSpans(norm.text);
        // A loop and the literal above, not map and a spread: optimised code that gets arrays or
        // objects of another shape than it was compiled for is thrown away and compiled again.
        const marked: LureMatch[] = [];
        for (const l of lures) marked.push({ kind: l.kind, category: l.category, cue: l.cue, index: l.index, quoted: l.kind !== 'report' && (spans.length === 0 || spans.some(([s, e]) => l.index >= s && l.index < e)) });
        lures = marked;
      }
      lures = withoutExamples(withoutDisowned(lures, norm.text), norm.text, data.lures.reportTails ?? []);
      const person = speaksAsPerson(lures, nameHits, norm);
      const { brands, mentions } = whoSpeaks(withoutMedia(claimsFrom(nameHits, norm), nameHits, norm), nameHits, person, reported, norm);
      const names: { brandId: string; index: number; length: number; header: boolean }[] = [];
      for (const h of nameHits) names.push({ brandId: h.brand.id, index: h.index, length: h.length, header: bracketed(norm.text, h.index, h.length) });
      const asks = findAsks({ norm, indicators, sender, lures, reported, brands, names });
      return { message, norm, indicators, sender, brands, mentions, lures, asks, reported, person, reputation: lookupReputation(reputation, indicators, sender), classifySender };
    }

    function analyse(message: Message, reputation?: ReputationLookup): Analysis {
      const ctx = context(message, reputation);
      const reasons: Reason[] = [];
      let rules = 0;
      let credit = 0;
      let known = false;
      // Indexed loops: the checks' call site sees seven functions, and an iterator over each
      // answer cost more there than the loop body.
      for (let c = 0; c < checks.length; c++) {
        const found = (checks[c] as Check)(ctx);
        for (let k = 0; k < found.length; k++) {
          const r = found[k] as Reason;
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
      sortByWeight(reasons);
      const score = scoreOf(reasons);
      let verdict = verdictFor(score, reasons, thresholds);
      // Blocking needs the message to ask something through a channel its claimed sender does not
      // own, with the rules alone at block less the model's cap (the model may not carry it), or a known-bad
      // indicator. A warning about a scam is never blocked.
      if (verdict === 'block' && !known) {
        const asks = !ctx.reported && blockingAsks(ctx, lookups, appStores).length > 0;
        if (!asks || rules < thresholds.block - weights.MODEL) verdict = 'suspicious';
      }
      return { verdict, score, reasons, indicators: ctx.indicators, sender: ctx.sender };
    }

    return { context, analyse, withSenders: (registry) => build(createSenderClassifier(registry, data.brands.brands)) };
  }

  return build(createSenderClassifier(data.senders ?? EMPTY_SENDER_REGISTRY, data.brands.brands));
}
