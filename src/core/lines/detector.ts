// The infected-line detector: streaming, per sending line, over sliding windows in event time.
// Pure and deterministic: time comes from the records, consent and reputation from deps, so a
// replay of the same records raises the same flags at the same event times.
//
// Evidence (points add up to a 0–100 score; a flag needs the threshold, 60, AND spread):
//   engine verdict on the line's text: confident block 35, marginal block 20, suspicious 15;
//   known-bad link or number (reports) 45; reporters naming the line 10 + 10 per reporter (≤3);
//   confident lures to never-texted-before recipients: 2 → 15, 3+ → 25, 10+ → 35 (6 h window),
//   or any engine-flagged text to 30+ such recipients in the 1 h window → 25;
//   a different link in each lure (bots vary them) 10; the same lure from lines already flagged,
//   or carried in bulk over aggregator/international routes, 15; one template ≥60% of sends 10;
//   links in ≥80% of sends 5; machine-regular timing 10; a textless blast to 35+ new recipients 45;
//   reported and still texting 5+ new recipients in the hour 20.
// Spread is what accuses a subscriber's line rather than one text: three recipients of
// confident lures, or two when the links vary, the lure is a live campaign's, or reports or
// known-bad links back it; or, reported, five new recipients in an hour. Someone forwarding a
// lure to a friend or two is not spread.
//
// Cost model: most records belong to ordinary lines that send a few texts an hour. Their
// records cost two consent look-ups, one keyed hash and a few array writes; the template
// fingerprint and the engine run only for texts that carry a link or come from a line already
// sending a lot, and the window scan only on lures. The engine runs once per template, cached
// across lines, because one campaign's lure reaches the detector from many infected handsets.
// No text is kept: templates are cached under a 52-bit hash of their masked form.
import { hamming, simhashTemplate, templateOf, type Hash64 } from './simhash.js';
import type { DetectorDeps, LineFlag, LineReason, TrafficRecord } from './types.js';

export interface DetectorOptions {
  /** Sliding window for a sender's volume, template, link and timing features (event time). */
  readonly windowMs?: number;
  /** Longer window over which confident lures to new recipients add up (low-and-slow senders). */
  readonly lureWindowMs?: number;
  /** Distinct new recipients of confident lures (lure window) that flag a line. */
  readonly strongLureSpread?: number;
  /** Distinct new recipients of any engine-flagged text (feature window) that flag a line. */
  readonly weakLureSpread?: number;
  /** Engine score at or above which a block is confident. */
  readonly strongScore?: number;
  /** Lines already flagged for sending this same confident lure that make it a campaign (lowers the spread needed to 2). */
  readonly campaignLines?: number;
  /** Confident lures of one template over aggregator/international routes that make it a campaign. */
  readonly campaignRouted?: number;
  /** New recipients in the feature window that, with reports naming the line, are spread. */
  readonly reportedSpread?: number;
  /** Most differing SimHash bits for two texts to count as one template. */
  readonly templateDistance?: number;
  /** A line's state is dropped after this much event time without records. */
  readonly idleMs?: number;
  /** Most sends remembered per line (the window is cut to these). */
  readonly maxEventsPerLine?: number;
  /** Most recipients a line remembers having texted ("never texted before" is relative to these). */
  readonly maxKnownRecipients?: number;
  /** Score (0–100) at which a sender is flagged infected. */
  readonly threshold?: number;
  /** Window for verification proxies: distinct OTP services seen by a recipient. */
  readonly proxyWindowMs?: number;
  readonly proxyMinServices?: number;
  /** A proxy "sends little": at most this many sends in its sender window. */
  readonly proxyMaxSends?: number;
  /** Templates whose fingerprint and engine verdict are cached (across lines). */
  readonly templateCacheSize?: number;
}

export const DEFAULT_DETECTOR_OPTIONS: Required<DetectorOptions> = {
  windowMs: 60 * 60 * 1000,
  lureWindowMs: 6 * 60 * 60 * 1000,
  strongLureSpread: 3,
  weakLureSpread: 30,
  strongScore: 85,
  templateDistance: 3,
  reportedSpread: 5,
  campaignLines: 1,
  campaignRouted: 20,
  idleMs: 12 * 60 * 60 * 1000,
  maxEventsPerLine: 64,
  maxKnownRecipients: 128,
  threshold: 60,
  proxyWindowMs: 24 * 60 * 60 * 1000,
  proxyMinServices: 10,
  proxyMaxSends: 3,
  templateCacheSize: 8192,
};

export interface LineDetector {
  /** Feeds one record; returns the flags it newly raises (each line once per kind until its state expires). */
  push(r: TrafficRecord): readonly LineFlag[];
  /** Lines with state (senders and OTP recipients). */
  readonly activeLines: number;
  /** Drops state idle since before `eventMs` minus the idle period. push() also does this as event time advances. */
  expire(eventMs: number): void;
  /** Figures for benchmarks, tests and health: lines with state, cached templates, engine calls, the largest line's state. O(lines). */
  stats(): DetectorStats;
}

export interface DetectorStats {
  readonly senders: number;
  readonly recipients: number;
  readonly templates: number;
  readonly engineCalls: number;
  readonly records: number;
  readonly dropped: number;
  /** Most numbers any one line keeps (sends, known recipients, OTP services): the per-line bound. */
  readonly largestLineState: number;
}

type Verdict = 'block' | 'suspicious' | 'allow';

interface Template {
  readonly hash: Hash64;
  /** Engine verdict; undefined until asked (only for templates of interest). */
  verdict?: Verdict;
  score?: number;
  /** Keyed hashes of lines flagged infected while sending this template as a confident lure (a few are enough). */
  lines?: number[];
  /** Records carrying this template as a confident lure over aggregator or international routes. */
  routed?: number;
  indicators?: readonly { readonly kind: string; readonly value: string }[];
}

// Per-send bits in a sender's ring.
const NEW_RECIPIENT = 1;
const HAS_URL = 2;
const LURE = 4;
const HASHED = 8;
const HAS_TEXT = 16;
/** A confident engine block or a known-bad indicator. */
const STRONG = 32;

// One send in a sender's ring: [event time, recipient hash, bits, template hash hi, lo, link hash].
const STRIDE = 6;

interface Sender {
  lastSeen: number;
  /** Ring of recent sends, STRIDE numbers each, grown to maxEventsPerLine sends and then overwritten from `head`. */
  ev: number[];
  head: number;
  /** Recipients texted before (keyed hashes): a ring of maxKnownRecipients, oldest overwritten. */
  known: number[];
  knownNext: number;
  flagged: boolean;
}

interface Recipient {
  lastSeen: number;
  /** Keyed hash of the OTP service → last event time. */
  services: Map<number, number>;
  flagged: boolean;
}

const MAX_SERVICES = 64;
/** Lines remembered per lure template: enough to tell a campaign from one sender. */
const MAX_TEMPLATE_LINES = 4;
const NONE: readonly LineFlag[] = Object.freeze([]);
/**
 * Characters of a text the detector looks at. Japanese carriers' SMS end at 670; past that it
 * is no SMS, and the link patterns here cost the square of a text's length (a 160,000-character
 * text took 50 s), so a longer one is judged on its start.
 */
const MAX_TEXT = 1000;
// A text with a link, with or without a scheme: the cheap test that decides whether to look closer.
const LINK_RE = /https?:|www\.|[a-z0-9-]\.[a-z]{2,}\//i;
const URL_CANDIDATES = /(?:https?:\/\/)?((?:[a-z0-9-]+\.)+[a-z]{2,})(\/[^\s<>"'、。「」]*)?/gi;
const FIRST_URL = new RegExp(URL_CANDIDATES.source, 'i');
// One-time codes: a 4–8 digit code with the words services use around it.
const OTP_WORDS = /認証|確認コード|認証コード|ワンタイム|パスコード|verification|verify|one[- ]time|passcode|\bcode\b|\botp\b|\bpin\b/i;
const OTP_CODE = /(?<!\d)\d{4,8}(?!\d)/;
const DIGITS = /\d+/g;
const SERVICE_TAG = /^\s*(?:【([^】]{1,30})】|\[([^\]]{1,30})\]|<#>\s*)?/;

// Without text, every aggregator or international record counts, keyed by its sender: the
// best a textless feed allows, and still many distinct senders to one quiet line.
/**
 * A 52-bit hash of a string over its UTF-16 code units (two multiply–rotate lanes), as a safe
 * integer: a cache key that keeps no text, with collisions negligible at cache sizes. Only an
 * in-memory key; the published, stable fingerprint is the SimHash.
 */
function hash52(str: string): number {
  let a = 0x811c9dc5;
  let b = 0x9747b28c ^ str.length;
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  a = Math.imul(a ^ (a >>> 16), 0x85ebca6b);
  b = Math.imul(b ^ (b >>> 13), 0xc2b2ae35);
  return ((b >>> 0) & 0xfffff) * 0x100000000 + ((a ^ (a >>> 16)) >>> 0);
}

function isOtp(text: string | undefined): boolean {
  return text === undefined || (OTP_CODE.test(text) && OTP_WORDS.test(text));
}

function reason(code: string, en: string, ja: string, value?: number): LineReason {
  return value === undefined ? { code, en, ja } : { code, en, ja, value };
}

export function createLineDetector(deps: DetectorDeps, options: DetectorOptions = {}): LineDetector {
  const o = { ...DEFAULT_DETECTOR_OPTIONS, ...options };
  const senders = new Map<string, Sender>();
  const recipients = new Map<number, Recipient>();
  const templates = new Map<number, Template>();
  let engineCalls = 0;
  let records = 0;
  let dropped = 0;
  let nextSweep = -Infinity;
  let lastSweep = -Infinity;

  function expire(eventMs: number): void {
    const senderCut = eventMs - o.idleMs;
    for (const [line, s] of senders) if (s.lastSeen < senderCut) senders.delete(line);
    const proxyCut = eventMs - Math.max(o.idleMs, o.proxyWindowMs);
    for (const [h, r] of recipients) if (r.lastSeen < proxyCut) recipients.delete(h);
  }

  function templateFor(text: string): Template {
    const masked = templateOf(text);
    const key = hash52(masked);
    let t = templates.get(key);
    if (!t) {
      // Insertion order makes the first key the oldest: a cheap FIFO bound.
      if (templates.size >= o.templateCacheSize) templates.delete(templates.keys().next().value as number);
      t = { hash: simhashTemplate(masked) };
      templates.set(key, t);
    }
    return t;
  }

  function judge(t: Template, text: string, from: string): void {
    if (t.verdict !== undefined || !deps.analyseText) return;
    engineCalls++;
    const a = deps.analyseText(text, from);
    t.verdict = a.verdict;
    if (a.score !== undefined) t.score = a.score;
    t.indicators = a.indicators;
  }

  function knownBadIn(text: string, t: Template): boolean {
    const isKnownBad = deps.isKnownBad;
    if (!isKnownBad) return false;
    // The record's own links (lures vary the link per message), then what the engine found.
    for (const m of text.matchAll(URL_CANDIDATES)) {
      const domain = m[1]!.toLowerCase();
      if (isKnownBad('domain', domain) || isKnownBad('url', m[0])) return true;
    }
    for (const i of t.indicators ?? []) if (isKnownBad(i.kind, i.value)) return true;
    return false;
  }

  function newSender(ts: number): Sender {
    return { lastSeen: ts, ev: [], head: 0, known: [], knownNext: 0, flagged: false };
  }

  function record(s: Sender, ts: number, to: number, bits: number, h: Hash64 | undefined, link = 0): void {
    const cap = o.maxEventsPerLine * STRIDE;
    const i = s.ev.length < cap ? s.ev.length : s.head;
    s.ev[i] = ts;
    s.ev[i + 1] = to;
    s.ev[i + 2] = bits;
    s.ev[i + 3] = h ? h.hi : 0;
    s.ev[i + 4] = h ? h.lo : 0;
    s.ev[i + 5] = link;
    if (s.ev.length >= cap) s.head = (i + STRIDE) % cap;
  }

  /** Whether the line sent at least `k` times since `since`: newest first, so it stops after k. */
  function sentAtLeast(s: Sender, since: number, k: number): boolean {
    const n = s.ev.length / STRIDE;
    const newest = s.ev.length < o.maxEventsPerLine * STRIDE ? n - 1 : (s.head / STRIDE + n - 1) % n;
    let found = 0;
    for (let j = 0; j < n && found < k; j++) {
      const ts = s.ev[((newest - j + n) % n) * STRIDE]!;
      if (ts < since) break;
      found++;
    }
    return found >= k;
  }

  function sendsSince(s: Sender, since: number): number {
    let n = 0;
    for (let i = 0; i < s.ev.length; i += STRIDE) if (s.ev[i]! >= since) n++;
    return n;
  }

  function evaluate(r: TrafficRecord, s: Sender, t: Template | undefined, knownBad: boolean): LineFlag | null {
    const since = r.ts - o.windowMs;
    const lureSince = r.ts - o.lureWindowMs;
    let n = 0;
    let urls = 0;
    let same = 0;
    let texts = 0;
    const distinct = new Set<number>();
    const newRecipients = new Set<number>();
    // Distinct never-texted-before recipients of confident lures (lure window) and of any lure (feature window).
    const strongSpread = new Set<number>();
    // Links in those lures: a bot varies them per message; a person forwarding one lure repeats it.
    const strongLinks = new Set<number>();
    // Recipients of confident lures, contacts included: malware texts the address book first.
    const strongAll = new Set<number>();
    const lureSpread = new Set<number>();
    const times: number[] = [];
    for (let i = 0; i < s.ev.length; i += STRIDE) {
      const ts = s.ev[i]!;
      if (ts < lureSince || ts > r.ts) continue;
      const to = s.ev[i + 1]!;
      const bits = s.ev[i + 2]!;
      if (bits & STRONG && bits & NEW_RECIPIENT) {
        strongSpread.add(to);
      }
      if (bits & STRONG) {
        strongAll.add(to);
        if (s.ev[i + 5]) strongLinks.add(s.ev[i + 5]!);
      }
      if (ts < since) continue;
      n++;
      times.push(ts);
      distinct.add(to);
      if (bits & NEW_RECIPIENT) newRecipients.add(to);
      if (bits & LURE && bits & NEW_RECIPIENT) lureSpread.add(to);
      if (bits & HAS_URL) urls++;
      if (bits & HAS_TEXT) texts++;
      if (t && bits & HASHED && hamming(t.hash, { hi: s.ev[i + 3]!, lo: s.ev[i + 4]! }) <= o.templateDistance) same++;
    }
    const reasons: LineReason[] = [];
    let score = 0;
    if (t?.verdict === 'block') {
      const strong = t.score === undefined || t.score >= o.strongScore;
      score += strong ? 35 : 20;
      reasons.push(reason('ENGINE_BLOCK', 'The engine blocks the text this line sends', '送信文面を解析エンジンがブロック判定', t.score));
    } else if (t?.verdict === 'suspicious') {
      score += 15;
      reasons.push(reason('ENGINE_SUSPICIOUS', 'The engine finds the text this line sends suspicious', '送信文面を解析エンジンが不審と判定', t.score));
    }
    if (knownBad) {
      score += 45;
      reasons.push(reason('KNOWN_BAD_INDICATOR', 'The text carries a link or number already reported as malicious', '通報済みの悪性URL・番号を含む'));
    }
    const reporters = deps.reporters ? deps.reporters(r.from) : 0;
    if (reporters > 0) {
      score += 10 + 10 * Math.min(reporters, 3);
      reasons.push(reason('REPORTED', 'Subscribers reported this line as the sender of a lure', '利用者からフィッシングSMSの送信元として通報あり', reporters));
    }
    const strongN = strongSpread.size;
    const lureN = lureSpread.size;
    if (strongN >= 2) {
      score += strongN >= 10 ? 35 : strongN >= 3 ? 25 : 15;
      reasons.push(reason('LURES_TO_NEW_RECIPIENTS', 'Lures sent to several recipients this line never texted before', '過去にやり取りのない複数の宛先へフィッシング文面を送信', strongN));
    } else if (lureN >= o.weakLureSpread) {
      score += 25;
      reasons.push(reason('LURES_TO_NEW_RECIPIENTS', 'Lures sent to many recipients this line never texted before', '過去にやり取りのない多数の宛先へ不審な文面を送信', lureN));
    }
    // The same lure, word for word, from other handsets: one campaign's botnet, not one person.
    const self = deps.hashNumber(r.from);
    const otherLines = t?.lines ? t.lines.filter((l) => l !== self).length : 0;
    const routed = t?.routed ?? 0;
    const campaign = strongN >= 1 && (otherLines >= o.campaignLines || routed >= o.campaignRouted);
    if (campaign) {
      score += 15;
      if (otherLines >= o.campaignLines) reasons.push(reason('CAMPAIGN_TEMPLATE', 'Lines already flagged infected send this same lure', '感染判定済みの他回線と同一のフィッシング文面', otherLines));
      else reasons.push(reason('CAMPAIGN_TEMPLATE_ROUTED', 'This same lure is being blasted over aggregator or international routes', '同一のフィッシング文面が国際・業者経由でも大量配信中', routed));
    }
    if (n >= 3 && same >= 3 && same / n >= 0.6) {
      score += 10;
      reasons.push(reason('TEMPLATE_REUSE', 'One template sent again and again', '同一テンプレートの文面を繰り返し送信', same / n));
    }
    if (n >= 3 && urls / n >= 0.8) {
      score += 5;
      reasons.push(reason('URL_SHARE', 'Nearly every text carries a link', 'ほぼ全ての送信にURLを含む', urls / n));
    }
    if (times.length >= 6) {
      times.sort((a, b) => a - b);
      let sum = 0;
      let sq = 0;
      for (let i = 1; i < times.length; i++) {
        const g = times[i]! - times[i - 1]!;
        sum += g;
        sq += g * g;
      }
      const k = times.length - 1;
      const mean = sum / k;
      const cv = mean > 0 ? Math.sqrt(Math.max(0, sq / k - mean * mean)) / mean : 0;
      if (cv < 0.2) {
        score += 10;
        reasons.push(reason('REGULAR_TIMING', 'Sends at machine-like regular intervals', '機械的に一定間隔で送信', cv));
      }
    }
    // Without text to judge, only a blast of a size no person types flags a line. Where the
    // window has text, the text speaks instead: a greeting blast is a blast, not a lure.
    const blast = texts <= n * 0.1 && n >= 40 && newRecipients.size >= 35 && distinct.size / n >= 0.9;
    if (blast) {
      score += 45;
      reasons.push(reason('BLAST_TO_NEW_RECIPIENTS', 'A burst of texts to many recipients never texted before', '過去にやり取りのない多数の宛先へ短時間に大量送信', newRecipients.size));
    }
    // A subscriber's line is accused only on spread, not on one text: someone forwarding a lure
    // to a friend or two to ask about it sends the same text. Reports or known-bad links lower
    // the spread needed; a marginal engine verdict raises it.
    const corroborated = (knownBad || reporters > 0) && Math.max(strongN, lureN) >= 2;
    // Lures with a different link each time are a bot's, whoever receives them; a person
    // forwarding a lure to friends (known contacts or not) repeats its one link.
    const varied = strongAll.size >= 2 && strongLinks.size >= 2;
    if (varied) {
      score += strongN >= 2 ? 10 : 25;
      reasons.push(reason('VARYING_LINKS', 'Lures to several recipients, each with a different link, as bots send them', '複数の宛先へURLを変えながらフィッシング文面を送信(自動送信の特徴)', strongLinks.size));
    }
    // Reported by subscribers and still texting people it never texted before: with no text to
    // judge, the reporters' word and the spread are the evidence (three reporters suffice).
    const reportedSpread = reporters > 0 && newRecipients.size >= o.reportedSpread;
    if (reportedSpread) {
      score += 20;
      reasons.push(reason('REPORTED_AND_SPREADING', 'Reported, and still texting many recipients it never texted before', '通報後も過去にやり取りのない多数の宛先へ送信を継続', newRecipients.size));
    }
    const spread = strongN >= o.strongLureSpread || lureN >= o.weakLureSpread || corroborated || varied || (strongN >= 2 && campaign) || reportedSpread;
    if (!(spread || blast) || score < o.threshold) return null;
    return { kind: 'infected', line: r.from, score: Math.min(100, score), firstFlaggedAt: r.ts, reasons };
  }

  function pushSender(r: TrafficRecord, toHash: number): LineFlag | null {
    let s = senders.get(r.from);
    if (!s) {
      s = newSender(r.ts);
      senders.set(r.from, s);
    }
    if (r.ts > s.lastSeen) s.lastSeen = r.ts;
    let bits = 0;
    // A short array beats a Set here: most lines text a handful of people, and it is one object less per line.
    if (!s.known.includes(toHash)) {
      bits |= NEW_RECIPIENT;
      s.known[s.knownNext] = toHash;
      s.knownNext = (s.knownNext + 1) % o.maxKnownRecipients;
    }
    const text = r.text;
    const hasUrl = text !== undefined && LINK_RE.test(text);
    if (hasUrl) bits |= HAS_URL;
    if (text !== undefined) bits |= HAS_TEXT;
    // A flagged line's sends still keep its state alive (one flag per episode) and count
    // against it as a proxy, but nothing more is judged until its state expires.
    if (s.flagged) {
      record(s, r.ts, toHash, bits, undefined);
      return null;
    }
    const busy = text !== undefined && !hasUrl && sentAtLeast(s, r.ts - o.windowMs, 3);
    let t: Template | undefined;
    let knownBad = false;
    let link = 0;
    if (text !== undefined && (hasUrl || busy)) {
      t = templateFor(text);
      bits |= HASHED;
      judge(t, text, r.from);
      knownBad = hasUrl && knownBadIn(text, t);
      if (t.verdict === 'block' || t.verdict === 'suspicious' || knownBad) bits |= LURE;
      if ((t.verdict === 'block' && (t.score === undefined || t.score >= o.strongScore)) || knownBad) {
        bits |= STRONG;
        const m = hasUrl ? FIRST_URL.exec(text) : null;
        if (m) link = deps.hashNumber(`url:${m[0].toLowerCase()}`) || 1;
      }
    }
    record(s, r.ts, toHash, bits, t?.hash, link);
    // A line crosses the threshold only on a lure (every path to a flag counts lures), or on a
    // textless record once it has sent enough for a blast: nothing else needs the window scan.
    // Reports can stand in for text a feed lacks: a reported line still texting new people is looked at.
    const reportedTextless = text === undefined && bits & NEW_RECIPIENT && deps.reporters !== undefined && sentAtLeast(s, r.ts - o.windowMs, o.reportedSpread);
    if (!(bits & LURE || reportedTextless || (text === undefined && s.ev.length >= 40 * STRIDE))) return null;
    const flag = evaluate(r, s, t, knownBad);
    if (flag) {
      s.flagged = true;
      // The template that got a line flagged is campaign evidence against the next line sending it.
      if (t && bits & STRONG) {
        const self = deps.hashNumber(r.from);
        t.lines ??= [];
        if (t.lines.length < MAX_TEMPLATE_LINES && !t.lines.includes(self)) t.lines.push(self);
      }
    }
    return flag;
  }

  // Aggregator and international routes never flag a line, but a lure they carry in bulk is
  // campaign evidence: a handset sending that same text is likely one of the campaign's bots.
  function noteRoutedLure(text: string, from: string): void {
    const t = templateFor(text);
    judge(t, text, from);
    if (t.verdict === 'block' && (t.score === undefined || t.score >= o.strongScore)) t.routed = (t.routed ?? 0) + 1;
  }

  function pushRecipient(r: TrafficRecord, toHash: number): LineFlag | null {
    if (!isOtp(r.text)) return null;
    let p = recipients.get(toHash);
    if (!p) {
      p = { lastSeen: r.ts, services: new Map(), flagged: false };
      recipients.set(toHash, p);
    }
    if (r.ts > p.lastSeen) p.lastSeen = r.ts;
    // The service: its 【name】 tag, else the text with the code masked (each service words its
    // codes its own way), else the sender. Aggregators send many services' codes from one
    // sender ID, so the sender alone would merge unrelated services into one.
    const tag = r.text === undefined ? undefined : SERVICE_TAG.exec(r.text);
    const service = tag?.[1] ?? tag?.[2] ?? (r.text === undefined ? r.from : r.text.slice(0, 80).replace(DIGITS, '0'));
    const sh = deps.hashNumber(`svc:${service.toLowerCase()}`);
    p.services.delete(sh);
    if (p.services.size >= MAX_SERVICES) p.services.delete(p.services.keys().next().value as number);
    p.services.set(sh, r.ts);
    if (p.flagged) return null;
    const since = r.ts - o.proxyWindowMs;
    let n = 0;
    for (const ts of p.services.values()) if (ts >= since) n++;
    if (n < o.proxyMinServices) return null;
    // The line's own sends: a busy line receiving many codes is more likely a business than a proxy.
    const own = senders.get(r.to);
    const sends = own ? sendsSince(own, r.ts - o.proxyWindowMs) : 0;
    if (sends > o.proxyMaxSends) return null;
    p.flagged = true;
    return {
      kind: 'verification-proxy',
      line: r.to,
      score: Math.min(100, 50 + 5 * (n - o.proxyMinServices)),
      firstFlaggedAt: r.ts,
      reasons: [
        reason('OTP_FROM_MANY_SERVICES', 'Receives one-time codes from many unrelated services', '多数の無関係なサービスから認証コードを受信', n),
        reason('SENDS_LITTLE', 'Sends almost nothing itself', '自らはほとんど送信しない', sends),
      ],
    };
  }

  return {
    push(r: TrafficRecord): readonly LineFlag[] {
      // Consent first: an opted-out sender or recipient leaves no trace at all.
      if (deps.excluded(r.from) || deps.excluded(r.to)) {
        dropped++;
        return NONE;
      }
      records++;
      if (r.text !== undefined && r.text.length > MAX_TEXT) r = { ...r, text: r.text.slice(0, MAX_TEXT) };
      // Sweeping every idle period / 8 keeps state within 9/8 of the idle period at little cost.
      // Event time that runs back by more than the idle period (after one record stamped years
      // ahead) restarts the schedule: otherwise nothing would expire again until that date.
      if (r.ts >= nextSweep || r.ts < lastSweep - o.idleMs) {
        expire(r.ts);
        lastSweep = r.ts;
        nextSweep = r.ts + Math.max(60_000, o.idleMs / 8);
      }
      const toHash = deps.hashNumber(r.to);
      if (r.origin === 'handset') {
        const f = pushSender(r, toHash);
        return f ? [f] : NONE;
      }
      if (r.text !== undefined && LINK_RE.test(r.text)) noteRoutedLure(r.text, r.from);
      const f = pushRecipient(r, toHash);
      return f ? [f] : NONE;
    },
    get activeLines() {
      return senders.size + recipients.size;
    },
    expire,
    stats() {
      let largestLineState = 0;
      for (const s of senders.values()) largestLineState = Math.max(largestLineState, s.ev.length + s.known.length);
      for (const p of recipients.values()) largestLineState = Math.max(largestLineState, 2 * p.services.size);
      return { senders: senders.size, recipients: recipients.size, templates: templates.size, engineCalls, records, dropped, largestLineState };
    },
  };
}
