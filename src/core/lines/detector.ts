// The infected-line detector: streaming, per sending line, over sliding windows in event time.
// Pure and deterministic: time comes from the records, consent, reputation and the score
// table from deps, so a replay of the same records raises the same flags at the same times.
//
// Behaviour first. Spread to never-texted recipients (10 min, 1 h, 6 h), volume and timing
// regularity flag a handset on their own at levels no person reaches, whatever its text or
// with none; links, template reuse (SimHash) and a different link per copy add weight; the
// engine's verdict on the line's own text adds weight too, it is not a gate. Every signal is a
// named reason whose points live in data/line-scores.json (./scores.ts names them).
// A flag needs the threshold AND spread: enough distinct recipients that one text forwarded to
// a friend or two never accuses a subscriber. A text that quotes a lure to warn about it (「…」,
// 詐欺, 気をつけて…) is not the line's own lure: the engine's verdict on it, known-bad links in it
// and campaign evidence are left out, and only behaviour can flag the line.
//
// Memory is bounded: at most `maxLines` sending lines and `maxLines` code-receiving lines are
// tracked; past that the least recently active are evicted (counted in stats().evictions). A
// line's state is a few small arrays of numbers, keyed by the keyed hash of its number.
//
// Cost model: most records belong to ordinary lines that send a few texts an hour. Their
// records cost two consent look-ups, two keyed hashes and a few array writes; the template
// fingerprint and the engine run only for texts with a link or from a line already sending a
// lot, and the window scan only on evidence. The engine runs once per template, cached
// across lines. No text is kept: templates are cached under a 52-bit hash of their masked form.
import { hamming, simhashTemplate, templateOf, type Hash64 } from './simhash.js';
import { LINE_REASON_TEXT, tierPoints, type LineReasonCode, type LineScoreTable } from './scores.js';
import type { DetectorDeps, LineFlag, LineReason, TrafficRecord } from './types.js';

export interface DetectorOptions {
  /** Lines already flagged for sending this same confident lure that make it a campaign. */
  readonly campaignLines?: number;
  /** Most differing SimHash bits for two texts to count as one template. */
  readonly templateDistance?: number;
  /** A line's state is dropped after this much event time without records. */
  readonly idleMs?: number;
  /** Most sends remembered per line (the window scan is cut to these; counters cover the rest). */
  readonly maxEventsPerLine?: number;
  /** Most recipients a line remembers having texted or been texted by ("never texted" is relative to these). */
  readonly maxKnownRecipients?: number;
  /** Most sending lines, and most code-receiving lines, tracked at once; the least recently active are evicted. */
  readonly maxLines?: number;
  /** Templates whose fingerprint and engine verdict are cached (across lines). */
  readonly templateCacheSize?: number;
}

export const DEFAULT_DETECTOR_OPTIONS: Required<DetectorOptions> = {
  templateDistance: 3,
  campaignLines: 1,
  idleMs: 12 * 60 * 60 * 1000,
  maxEventsPerLine: 64,
  maxKnownRecipients: 128,
  maxLines: 150_000,
  templateCacheSize: 8192,
};

export interface LineDetector {
  /** Feeds one record; returns the flags it newly raises (each line once per kind until its state expires). */
  push(r: TrafficRecord): readonly LineFlag[];
  /** Lines with state (senders and OTP recipients). */
  readonly activeLines: number;
  /** Drops state idle since before `eventMs` minus the idle period. push() also does this as event time advances. */
  expire(eventMs: number): void;
  /** Figures for benchmarks, tests and health. O(lines). */
  stats(): DetectorStats;
  /** Lines evicted so far to stay within maxLines (cheap: for metrics). */
  readonly evictions: number;
}

export interface DetectorStats {
  readonly senders: number;
  readonly recipients: number;
  readonly templates: number;
  readonly engineCalls: number;
  readonly records: number;
  readonly dropped: number;
  /** Lines whose state was dropped, least recently active first, to stay within maxLines. */
  readonly evictions: number;
  /** Most numbers any one line keeps (sends, known recipients, OTP services): the per-line bound. */
  readonly largestLineState: number;
}

type Verdict = 'block' | 'suspicious' | 'allow';

interface Template {
  readonly hash: Hash64;
  /** The cache key (hash of the masked text): which lure a recipient received. */
  readonly key: number;
  /** The text quotes a lure to warn about it: its words are not the sender's own lure. */
  readonly quoted: boolean;
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
/** Engine-flagged (block or suspicious) or known-bad, and not a quote. */
const LURE = 4;
const HASHED = 8;
const HAS_TEXT = 16;
/** A confident engine block or a known-bad indicator, not a quote. */
const STRONG = 32;
/** The engine only suspects the text (no block, no known-bad link): weight unless it is one broadcast. */
const SUSPECT = 64;

// One send in a sender's ring: [event time, recipient hash, bits, template hash hi, lo, link hash].
const STRIDE = 6;
// A sender's counts, one array (one object less per line): first sends over the hour, a
// sliding-window counter [window start, this window, previous window] whose estimate weighs
// the previous window by the part of it still inside the sliding window (volume only adds
// weight, so an estimate will do); the run of never-texted sends seconds apart [its length
// now, the longest lately, when that one last grew]; then, from FRESH on, the event times of its sends to
// never-texted recipients within the lure window, ascending, at most as many as the highest
// spread tier needs. Spread is counted exactly from those: a bot that sends in clumps and
// pauses must not hide in the seam between two fixed windows, nor a person's one blast count twice.
const C_SENDS = 0;
const C_RUN = 3;
const C_RUN_BEST = 4;
const C_RUN_BEST_AT = 5;
const FRESH = 6;

interface Sender {
  lastSeen: number;
  /** Ring of recent sends, STRIDE numbers each, grown to maxEventsPerLine sends and then overwritten from `head`. */
  ev: number[];
  head: number;
  /** Recipients texted before, or who texted this line (keyed hashes): a ring, oldest overwritten. */
  known: number[];
  /**
   * Beside each of `known`: when this line first texted it of its own accord, or -1 minus when
   * it last texted this line while the line had not (a reply to it is no send of the line's own).
   * What a report's reporter is checked against.
   */
  sent: number[];
  knownNext: number;
  /** Counts (see FRESH); null until the line's second send. */
  c: number[] | null;
  flagged: boolean;
  /** Lines already flagged (or routed blasts) send a lure this line sent: campaign evidence that outlives the record. */
  campaign?: boolean;
}

interface Recipient {
  lastSeen: number;
  /** Services seen: [SimHash hi, lo, last event time] each. */
  services: number[];
  flagged: boolean;
}

const MAX_SERVICES = 64;
/** Lines remembered per lure template: enough to tell a campaign from one sender. */
const MAX_TEMPLATE_LINES = 4;
/** Recipients of confident lures remembered (a forwarder is one of them): a few MB at most. */
const MAX_LURE_RECIPIENTS = 1 << 17;
const NONE: readonly LineFlag[] = Object.freeze([]);
/**
 * Characters of a text the detector looks at. Japanese carriers' SMS end at 670; past that it
 * is no SMS, and the link patterns here cost the square of a text's length (a 160,000-character
 * text took 50 s), so a longer one is judged on its start.
 */
const MAX_TEXT = 1000;
// A text with a link, with or without a scheme or a path: the cheap test that decides whether
// to look closer. A bare domain ("smbc-jp-x.cn") is a link too: phones make it one, and crews
// write links so to dodge filters. Linear: no nested repetition.
const LINK_RE = /https?:|www\.|[a-z0-9-]\.[a-z]{2,}(?:\/|(?![a-z0-9-]))/i;
// Full-width ASCII (ｈｔｔｐｓ：／／…): lures write links this way to slip past filters.
const FULLWIDTH = /[\uff01-\uff5e]/;
const FIRST_URL = /(?:https?:\/\/)?((?:[a-z0-9-]+\.)+[a-z]{2,})(\/[^\s<>"'、。「」]*)?/i;
const URL_CANDIDATES = new RegExp(FIRST_URL.source, 'gi');
// One-time codes: a 4–8 digit code with the words services use around it.
const OTP_WORDS = /認証|確認コード|認証コード|ワンタイム|パスコード|verification|verify|one[- ]time|passcode|\bcode\b|\botp\b|\bpin\b/i;
const OTP_CODE = /(?<!\d)\d{4,8}(?!\d)/;
const SERVICE_TAG = /^\s*(?:【([^】]{1,30})】|\[([^\]]{1,30})\])/;
// A service's codes differ only in the code: digit runs, and letter-digit codes (G-482913,
// K7PQ2M) and app hashes, are masked so one service's wording is one service.
const CODE_TOKEN = /[a-z0-9]*\d[a-z0-9-]*/gi;

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

function reason(code: LineReasonCode, value?: number): LineReason {
  const t = LINE_REASON_TEXT[code];
  return value === undefined ? { code, en: t.en, ja: t.ja } : { code, en: t.en, ja: t.ja, value };
}

/** Moves a sliding-window counter to `ts` (event time), starting it there if it never ran. */
function roll(c: number[], i: number, ts: number, w: number): void {
  const start = c[i]!;
  if (ts < start + w) return;
  const k = Math.floor((ts - start) / w);
  c[i + 2] = k === 1 ? c[i + 1]! : 0;
  c[i + 1] = 0;
  c[i] = start + k * w;
}

/** The first index at or after FRESH whose time is at least `x` (c.length if none). */
function firstAtLeast(c: number[], x: number): number {
  let lo = FRESH;
  let hi = c.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (c[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function estimate(c: number[], i: number, ts: number, w: number): number {
  roll(c, i, ts, w);
  const past = Math.max(0, Math.min(1, (ts - c[i]!) / w));
  return c[i + 1]! + c[i + 2]! * (1 - past);
}

/** A quote-or-warning test compiled from the score table's markers. */
function quoteTest(table: LineScoreTable): (template: string) => boolean {
  const words = table.quoteWords.map((w) => w.normalize('NFKC').toLowerCase());
  const brackets = table.quoteBrackets.map(([a, b]) => [a.normalize('NFKC'), b.normalize('NFKC')] as const);
  return (template) => {
    for (const w of words) if (template.includes(w)) return true;
    // A link inside quoting brackets: a lure shown, not sent ("<u>" is a masked link).
    for (const [a, b] of brackets) {
      const i = template.indexOf(a);
      if (i < 0) continue;
      const j = template.indexOf(b, i + 1);
      if (j > i && template.slice(i, j).includes('<u>')) return true;
    }
    return false;
  };
}

export function createLineDetector(deps: DetectorDeps, options: DetectorOptions = {}): LineDetector {
  const o = { ...DEFAULT_DETECTOR_OPTIONS, ...options };
  const S = deps.scores;
  const W = S.windows;
  const P = S.points;
  const isQuote = quoteTest(S);
  const firstBurst = S.tiers.NEW_RECIPIENTS_BURST[0]![0];
  const firstHour = S.tiers.NEW_RECIPIENTS_HOUR[0]![0];
  const firstDay = S.tiers.NEW_RECIPIENTS_DAY[0]![0];
  const freshCap = Math.max(S.tiers.NEW_RECIPIENTS_BURST.at(-1)![0], S.tiers.NEW_RECIPIENTS_HOUR.at(-1)![0], S.tiers.NEW_RECIPIENTS_DAY.at(-1)![0]);
  // Insertion order is recency order: a line is moved to the end when it is active, so the first entries are the least recently active.
  const senders = new Map<number, Sender>();
  const recipients = new Map<number, Recipient>();
  const templates = new Map<number, Template>();
  // Who received a confident lure lately (keyed hash → event time), over any route: a line that
  // got one may be forwarding it, word for word as phones forward. Bounded, oldest first out.
  const lureRecipients = new Map<number, number>();
  let engineCalls = 0;
  let records = 0;
  let dropped = 0;
  let evictions = 0;
  let nextSweep = -Infinity;
  let lastSweep = -Infinity;

  function expire(eventMs: number): void {
    const senderCut = eventMs - Math.max(o.idleMs, W.lureMs);
    for (const [line, s] of senders) if (s.lastSeen < senderCut) senders.delete(line);
    const proxyCut = eventMs - Math.max(o.idleMs, S.proxy.windowMs);
    for (const [h, r] of recipients) if (r.lastSeen < proxyCut) recipients.delete(h);
  }

  // One live iterator per map, kept from eviction to eviction: a fresh keys() would walk past
  // every entry deleted since the map was last compacted, each time (quadratic at the bound).
  const oldest = new Map<Map<number, unknown>, Iterator<number>>();
  function evict<T>(m: Map<number, T>): void {
    while (m.size > o.maxLines) {
      let it = oldest.get(m);
      let next = it?.next();
      if (!it || !next || next.done) {
        it = m.keys();
        oldest.set(m, it);
        next = it.next();
      }
      m.delete(next.value as number);
      evictions++;
    }
  }

  function templateFor(text: string): Template {
    const masked = templateOf(text);
    const key = hash52(masked);
    let t = templates.get(key);
    if (!t) {
      // Insertion order makes the first key the oldest: a cheap FIFO bound.
      if (templates.size >= o.templateCacheSize) templates.delete(templates.keys().next().value as number);
      t = { hash: simhashTemplate(masked), key, quoted: isQuote(masked) };
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

  const strongVerdict = (t: Template): boolean => t.verdict === 'block' && (t.score === undefined || t.score >= S.engineStrongScore);

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

  // Keyed by recipient and lure wording together: a forwarder passes on the lure it got, and
  // during a campaign many subscribers got some lure, so any other lure proves nothing of them.
  // A text the feed dropped, from a line already flagged infected, was likely a lure too: it is
  // noted under no wording (`t` undefined), and counts for any.
  const receipt = (h: number, t: Template | undefined): number => hash52(t ? `${h}:${t.key}` : `${h}:*`);

  function noteLureRecipient(toHash: number, t: Template | undefined, ts: number): void {
    const k = receipt(toHash, t);
    lureRecipients.delete(k);
    lureRecipients.set(k, ts);
    if (lureRecipients.size > MAX_LURE_RECIPIENTS) lureRecipients.delete(lureRecipients.keys().next().value as number);
  }

  function receivedLure(h: number, t: Template, ts: number): boolean {
    for (const at of [lureRecipients.get(receipt(h, t)), lureRecipients.get(receipt(h, undefined))]) if (at !== undefined && at >= ts - S.receivedLureMs && at <= ts) return true;
    return false;
  }

  function addKnown(s: Sender, h: number, sentAt: number): void {
    s.known[s.knownNext] = h;
    s.sent[s.knownNext] = sentAt;
    s.knownNext = (s.knownNext + 1) % o.maxKnownRecipients;
  }

  function record(s: Sender, ts: number, to: number, bits: number, h: Hash64 | undefined, link = 0): void {
    if (s.ev.length === 0) {
      s.ev = [ts, to, bits, h ? h.hi : 0, h ? h.lo : 0, link];
      return;
    }
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

  /**
   * Notes a text's template and link in `tpl` ([SimHash hi, lo, link] per template, at most 4
   * templates); false when the template already went out with another link, or there are too
   * many templates to say: a bot's habit, not one announcement.
   */
  function oneLinkPerTemplate(tpl: number[], hi: number, lo: number, link: number): boolean {
    let j = 0;
    while (j < tpl.length && hamming({ hi, lo }, { hi: tpl[j]!, lo: tpl[j + 1]! }) > o.templateDistance) j += 3;
    if (j < tpl.length) return tpl[j + 2] === link;
    if (j >= 12) return false;
    tpl.push(hi, lo, link);
    return true;
  }

  /**
   * Extends or restarts the run of never-texted sends with this one (before noteFresh: the last
   * fresh time is the one before it), and keeps the longest run that grew within the burst window.
   */
  function noteRun(c: number[], ts: number): void {
    const prev = c.length > FRESH ? c[c.length - 1]! : -Infinity;
    const run = (c[C_RUN] = ts - prev < S.runGapMs ? c[C_RUN]! + 1 : 1);
    if (run >= c[C_RUN_BEST]! || c[C_RUN_BEST_AT]! < ts - W.burstMs) {
      c[C_RUN_BEST] = run;
      c[C_RUN_BEST_AT] = ts;
    }
  }

  /** Keeps a send to a never-texted recipient: drops what left the lure window or the cap, inserts in event-time order. */
  function noteFresh(c: number[], ts: number): number[] {
    const cut = ts - W.lureMs;
    let drop = 0;
    while (FRESH + drop < c.length && c[FRESH + drop]! < cut) drop++;
    if (c.length - FRESH - drop >= freshCap) drop = c.length - FRESH - freshCap + 1;
    if (drop > 0) c.splice(FRESH, drop);
    let i = c.length;
    while (i > FRESH && c[i - 1]! > ts) i--;
    // A small one is replaced by an exactly sized copy: a pushed array grows room for 17 more,
    // and most lines keep a few.
    if (c.length < 16) return c.toSpliced(i, 0, ts);
    if (i === c.length) c.push(ts);
    else c.splice(i, 0, ts);
    return c;
  }

  /** Sends to never-texted recipients in [since, until]. */
  function freshIn(c: number[] | null, since: number, until: number): number {
    return c === null ? 0 : firstAtLeast(c, until + 1) - firstAtLeast(c, since);
  }

  /**
   * Distinct reporters of this line whom its own traffic corroborates: the line texted the
   * reporter's number (first, not in reply) from the lookback before the report to a little
   * after it. A report names the number its reporter chose; the carrier's records are what say
   * the line texted them. Reports with no reporter number (web form, API) never count.
   */
  function witnesses(s: Sender, line: string): number {
    const reports = deps.reports?.(line);
    if (!reports || reports.length === 0) return 0;
    let found: number[] | undefined;
    for (const rep of reports) {
      const h = rep.reporter;
      if (h === undefined || found?.includes(h)) continue;
      const i = s.known.indexOf(h);
      const at = i < 0 ? -1 : s.sent[i]!;
      if (at >= 0 && at >= rep.at - S.reportLookbackMs && at <= rep.at + S.reportSkewMs) (found ??= []).push(h);
    }
    return found?.length ?? 0;
  }

  function sendsSince(s: Sender, since: number): number {
    let n = 0;
    for (let i = 0; i < s.ev.length; i += STRIDE) if (s.ev[i]! >= since) n++;
    return n;
  }

  function evaluate(r: TrafficRecord, fromHash: number, s: Sender, t: Template | undefined, knownBad: boolean): LineFlag | null {
    const since = r.ts - W.hourMs;
    const lureSince = r.ts - W.lureMs;
    let n = 0;
    let urls = 0;
    const newRecipients = new Set<number>();
    // Distinct never-texted-before recipients of confident lures (lure window) and of any lure (hour).
    const strongSpread = new Set<number>();
    const strongAll = new Set<number>();
    const lureSpread = new Set<number>();
    // Lures the engine only suspects: to whom, and whether they are one text with one link.
    const suspectTo = new Set<number>();
    const lureSpreadSure = new Set<number>();
    let suspectAll = 0;
    // [SimHash hi, lo, link] of each suspected template: one template with two links is a bot's habit.
    const suspectTpl: number[] = [];
    let suspectVaried = false;
    // The same over every text looked at closely (no confident lure among them): an announcement is one of them.
    const textTo = new Set<number>();
    const textTpl: number[] = [];
    let textVaried = false;
    // Sends of this record's template (lure window): to whom, and with which links.
    const tplRecipients = new Set<number>();
    const tplLinks = new Set<number>();
    let lureAll = 0;
    const times: number[] = [];
    for (let i = 0; i < s.ev.length; i += STRIDE) {
      const ts = s.ev[i]!;
      if (ts < lureSince || ts > r.ts) continue;
      const to = s.ev[i + 1]!;
      const bits = s.ev[i + 2]!;
      if (bits & LURE) lureAll++;
      if (bits & SUSPECT) {
        suspectAll++;
        suspectTo.add(to);
        if (!oneLinkPerTemplate(suspectTpl, s.ev[i + 3]!, s.ev[i + 4]!, s.ev[i + 5]!)) suspectVaried = true;
      }
      if (bits & HASHED) {
        textTo.add(to);
        if (!oneLinkPerTemplate(textTpl, s.ev[i + 3]!, s.ev[i + 4]!, s.ev[i + 5]!)) textVaried = true;
      }
      if (bits & STRONG) {
        strongAll.add(to);
        if (bits & NEW_RECIPIENT) strongSpread.add(to);
      }
      if (t && bits & HASHED && hamming(t.hash, { hi: s.ev[i + 3]!, lo: s.ev[i + 4]! }) <= o.templateDistance) {
        tplRecipients.add(to);
        if (s.ev[i + 5]) tplLinks.add(s.ev[i + 5]!);
      }
      if (ts < since) continue;
      n++;
      times.push(ts);
      if (bits & NEW_RECIPIENT) newRecipients.add(to);
      if (bits & LURE && bits & NEW_RECIPIENT) {
        lureSpread.add(to);
        if (!(bits & SUSPECT)) lureSpreadSure.add(to);
      }
      if (bits & HAS_URL) urls++;
    }
    const reasons: LineReason[] = [];
    let score = 0;
    const add = (code: LineReasonCode, points: number, value?: number): void => {
      if (points <= 0 && code !== 'QUOTED_WARNING' && code !== 'ONE_TEXT_BROADCAST' && code !== 'REPORTED_AND_SPREADING') return;
      score += points;
      reasons.push(reason(code, value));
    };

    // Behaviour, whatever the text.
    const c = s.c;
    const burstNew = freshIn(c, r.ts - W.burstMs, r.ts);
    const hourNew = freshIn(c, r.ts - W.hourMs, r.ts);
    const lureNew = freshIn(c, r.ts - W.lureMs, r.ts);
    const hourSends = c ? Math.round(estimate(c, C_SENDS, r.ts, W.hourMs)) : n;
    // The strongest of the three spreads counts, not their sum: one blast is one piece of evidence.
    // One text, word for word with one link (or none), to everyone on a list (a chat or two
    // beside it): an invitation or a notice, by a phone's group send copies a second apart. A person's list ends, so its
    // minutes-long burst alone accuses no one; the hour's spread still does, and bots give each
    // copy its own link.
    const announcement = !textVaried && textTo.size >= S.minRecipients && strongAll.size === 0;
    const burstTiers = announcement ? S.tiers.NEW_RECIPIENTS_BURST.slice(0, -1) : S.tiers.NEW_RECIPIENTS_BURST;
    const spreads: [LineReasonCode, number, number][] = [
      ['NEW_RECIPIENTS_BURST', tierPoints(burstTiers, burstNew), burstNew],
      ['NEW_RECIPIENTS_HOUR', tierPoints(S.tiers.NEW_RECIPIENTS_HOUR, hourNew), hourNew],
      ['NEW_RECIPIENTS_DAY', tierPoints(S.tiers.NEW_RECIPIENTS_DAY, lureNew), lureNew],
    ];
    spreads.sort((a, b) => b[1] - a[1]);
    const spread = spreads[0]!;
    add(spread[0], spread[1], spread[2]);
    const behaviourSpread = spread[1] > 0;
    // Copies seconds apart to never-texted recipients, more of them than a phone's group send
    // holds: a machine's clump, added to the spread it is part of. One text to a list is a group
    // send however long (the announcement's burst is judged by the hour, as above).
    const runNew = c !== null && c[C_RUN_BEST_AT]! >= r.ts - W.burstMs ? c[C_RUN_BEST]! : 0;
    if (!announcement) add('NEW_RECIPIENTS_RUN', tierPoints(S.tiers.NEW_RECIPIENTS_RUN, runNew), runNew);
    add('VOLUME', tierPoints(S.tiers.VOLUME, hourSends), hourSends);
    if (times.length >= 17) {
      times.sort((a, b) => a - b);
      const last = times.slice(-17);
      let sum = 0;
      let sq = 0;
      for (let i = 1; i < last.length; i++) {
        const g = last[i]! - last[i - 1]!;
        sum += g;
        sq += g * g;
      }
      const k = last.length - 1;
      const mean = sum / k;
      const cv = mean > 0 ? Math.sqrt(Math.max(0, sq / k - mean * mean)) / mean : 0;
      if (cv < 0.2 && mean >= S.regularMinGapMs) add('REGULAR_TIMING', P.REGULAR_TIMING, Math.round(cv * 1000) / 1000);
    }
    if (n >= 5 && urls / n >= 0.8) add('URL_SHARE', P.URL_SHARE, Math.round((urls / n) * 100) / 100);
    if (t) add('TEMPLATE_REUSE', tierPoints(S.tiers.TEMPLATE_REUSE, tplRecipients.size), tplRecipients.size);

    // The engine's verdict on the line's own text (a quoted lure is not the line's own).
    const own = t !== undefined && !t.quoted;
    if (t?.quoted) add('QUOTED_WARNING', 0);
    // One text, word for word with one link, to a list: how a club, a school or a shop
    // announces something (bots give each copy its own link; many templates count as varied). The engine's mere suspicion of
    // such a broadcast (a form or free-hosting link from a mobile) is not a lure: behaviour
    // judges the line, as it judges one with no text to go on.
    const broadcast = !suspectVaried && suspectTo.size >= S.minRecipients;
    if (broadcast || announcement) add('ONE_TEXT_BROADCAST', 0, Math.max(suspectTo.size, textTo.size));
    if (broadcast) lureAll -= suspectAll;
    if (own && t.verdict === 'block') add('ENGINE_BLOCK', strongVerdict(t) ? P.ENGINE_BLOCK : P.ENGINE_BLOCK_MARGINAL, t.score);
    else if (own && t.verdict === 'suspicious' && !(broadcast && !knownBad)) add('ENGINE_SUSPICIOUS', P.ENGINE_SUSPICIOUS, t.score);
    // (Nor is a weak score of the same broadcast, below.)
    // A record without a lure of its own (no text in the feed, a chat) still comes from a line
    // whose recent texts were lures: they are its evidence whichever record is judged now.
    else if (strongAll.size > 0) add('ENGINE_BLOCK', P.ENGINE_BLOCK);
    else if (lureAll > 0) add('ENGINE_SUSPICIOUS', P.ENGINE_SUSPICIOUS);
    else if (own && t.verdict === 'allow' && !((broadcast || announcement) && !knownBad) && (t.score ?? 0) >= S.engineWeakMinScore && tplLinks.size > 0) add('ENGINE_WEAK', P.ENGINE_WEAK, t.score);
    if (knownBad) add('KNOWN_BAD_INDICATOR', P.KNOWN_BAD_INDICATOR);
    // A report says the line sent a lure; the reporter chose the number it names, and anyone can
    // forge a lure "from" a number and have a few reporters report it. When the feed carries the
    // line's own texts and the engine judged them, they are the line's own account: none a lure
    // (a broadcast's suspicion is none either) and the reports stand contradicted, not counted.
    // Without text in the feed, the records still say whom the line texted: only reporters it
    // texted count (witnesses), so three SIMs naming a line that never texted them accuse nobody.
    let judged = 0;
    for (let i = 0; i < s.ev.length; i += STRIDE) if (s.ev[i]! >= lureSince && s.ev[i]! <= r.ts && s.ev[i + 2]! & HASHED) judged++;
    const contradicted = judged > 0 && lureAll <= 0 && strongAll.size === 0 && !knownBad;
    const reporters = contradicted ? 0 : witnesses(s, r.from);
    if (reporters > 0) add('REPORTED', P.REPORTED + P.REPORTED_PER_REPORTER * Math.min(reporters, 3), reporters);
    const strongN = strongSpread.size;
    const lureN = broadcast ? lureSpreadSure.size : lureSpread.size;
    const lurePoints = tierPoints(S.tiers.LURES_TO_NEW_RECIPIENTS, strongN);
    if (lurePoints > 0) add('LURES_TO_NEW_RECIPIENTS', lurePoints, strongN);
    else if (lureN >= S.weakLureSpread) add('LURES_TO_NEW_RECIPIENTS', P.WEAK_LURE_SPREAD, lureN);
    // The same lure, word for word, from other handsets: one campaign's botnet, not one person.
    const otherLines = own && t.lines ? t.lines.filter((l) => l !== fromHash).length : 0;
    const routed = own ? (t.routed ?? 0) : 0;
    // A line that received a confident lure lately may be passing it on: the campaign it belongs
    // to is then no evidence against the line (its own behaviour and links still are).
    const received = own && receivedLure(fromHash, t, r.ts);
    const campaign = strongN >= 1 && !received && (otherLines >= o.campaignLines || routed >= S.campaignRouted || s.campaign === true);
    if (campaign) {
      if (otherLines >= o.campaignLines || routed < S.campaignRouted) add('CAMPAIGN_TEMPLATE', P.CAMPAIGN_TEMPLATE, otherLines);
      else add('CAMPAIGN_TEMPLATE_ROUTED', P.CAMPAIGN_TEMPLATE_ROUTED, routed);
    }
    // A running campaign's confident lure from a handset that received none: the crew's bot
    // making its copy. Decides on one send, since a slow bot's second copy may be an hour off.
    const madeCopy = own && (strongVerdict(t) || knownBad) && (otherLines >= o.campaignLines || routed >= S.campaignRouted) && !received;
    if (madeCopy) add('CAMPAIGN_LURE_NOT_RECEIVED', P.CAMPAIGN_LURE_NOT_RECEIVED, Math.max(otherLines, routed));
    // One template, a different link in each copy, to several people: a bot's habit, whatever
    // the engine says of the words; a person forwarding one lure repeats its one link. Confident
    // lures count from the second recipient, any template from the third.
    // Unless the line received this lure: two copies got, two passed on, are two links too.
    const strongVaried = !received && strongAll.size >= 2 && strongLinks(s, lureSince, r.ts) >= 2;
    // Any template counts once it reaches the first template-reuse tier: one person sharing a
    // few links under the same words ("これ見て …") to a few friends does not.
    const anyVaried = own && tplLinks.size >= S.minRecipients && tierPoints(S.tiers.TEMPLATE_REUSE, tplRecipients.size) > 0;
    const varied = strongVaried || anyVaried;
    if (varied) add('VARYING_LINKS', !strongVaried ? P.VARYING_LINKS_ANY : strongN < 2 && !behaviourSpread ? P.VARYING_LINKS_ALONE : P.VARYING_LINKS, Math.max(tplLinks.size, 2));
    // Reported by subscribers and still texting people it never texted before: with no text to
    // judge, the reporters' word and the spread are the evidence. Spread over the lure window,
    // not the hour: a handset sending a lure every quarter of an hour is reported as surely as
    // a fast one, and reports arrive long after the text.
    const reportedSpread = reporters > 0 && lureNew >= S.reportedSpread;
    // The same new recipients as the behaviour spread: the larger of the two counts, not both.
    if (reportedSpread) add('REPORTED_AND_SPREADING', Math.max(0, P.REPORTED_AND_SPREADING - spread[1]), lureNew);

    // Spread: what accuses a subscriber's line rather than one text.
    const corroborated = (knownBad || reporters > 0) && Math.max(strongN, lureN) >= 2;
    const enough = behaviourSpread || strongN >= S.minRecipients || lureN >= S.weakLureSpread || corroborated || varied
      || (strongN >= 2 && campaign) || madeCopy || reportedSpread || (own && (t.verdict === 'block' || (t.verdict === 'suspicious' && !broadcast) || knownBad) && tplRecipients.size >= S.minRecipients && newRecipients.size >= S.minRecipients);
    if (!enough || score < S.threshold) return null;
    return { kind: 'infected', line: r.from, score: Math.min(100, score), firstFlaggedAt: r.ts, reasons };
  }

  /** Distinct links among the line's confident lures in the window. */
  function strongLinks(s: Sender, since: number, until: number): number {
    const links = new Set<number>();
    for (let i = 0; i < s.ev.length; i += STRIDE) {
      const ts = s.ev[i]!;
      if (ts >= since && ts <= until && s.ev[i + 2]! & STRONG && s.ev[i + 5]) links.add(s.ev[i + 5]!);
    }
    return links.size;
  }

  function pushSender(r: TrafficRecord, fromHash: number, toHash: number): LineFlag | null {
    let s = senders.get(fromHash);
    if (!s) {
      s = { lastSeen: r.ts, ev: [], head: 0, known: [], sent: [], knownNext: 0, c: null, flagged: false };
      senders.set(fromHash, s);
      evict(senders);
    } else if (senders.size >= o.maxLines >> 1) {
      // Most recently active last, once eviction is in sight: it takes the first.
      senders.delete(fromHash);
      senders.set(fromHash, s);
    }
    if (r.ts > s.lastSeen) s.lastSeen = r.ts;
    // The recipient, if it is a line we track, now knows this line: a reply to it is no stranger's text.
    const back = senders.get(toHash);
    // Beside it, -1 minus when it last texted this line: a text of this line's long after that is no reply.
    if (back !== undefined && back !== s) {
      const i = back.known.indexOf(fromHash);
      if (i < 0) addKnown(back, fromHash, -1 - r.ts);
      else if (back.sent[i]! < 0) back.sent[i] = -1 - r.ts;
    }
    let bits = 0;
    // A short array beats a Set here: most lines text a handful of people, and it is one object less per line.
    if (s.known.length === 0) {
      // Exactly sized: most lines send once or twice, and a grown array has room for 17.
      s.known = [toHash];
      s.sent = [r.ts];
      s.knownNext = 1;
      bits |= NEW_RECIPIENT;
    } else {
      const i = s.known.indexOf(toHash);
      if (i < 0) {
        bits |= NEW_RECIPIENT;
        addKnown(s, toHash, r.ts);
      } else if (s.sent[i]! < 0 && r.ts + 1 + s.sent[i]! >= S.reportReplyMs) {
        // A contact who texted first, texted now long after: the line's own send, as malware
        // working through the address book makes them. A reply stays a reply.
        s.sent[i] = r.ts;
      }
    }
    // The counters start at a line's second send, seeded from its first: a line that sends once keeps none.
    let c = s.c;
    if (c === null && s.ev.length > 0) {
      const first = s.ev[0]!;
      c = s.c = s.ev[2]! & NEW_RECIPIENT ? [first, 1, 0, 1, 1, first, first] : [first, 1, 0, 0, 0, first];
    }
    if (c !== null) {
      roll(c, C_SENDS, r.ts, W.hourMs);
      c[C_SENDS + 1]!++;
      if (bits & NEW_RECIPIENT) {
        noteRun(c, r.ts);
        c = s.c = noteFresh(c, r.ts);
      }
    }
    let text = r.text;
    if (text !== undefined && FULLWIDTH.test(text)) text = text.normalize('NFKC');
    const hasUrl = text !== undefined && LINK_RE.test(text);
    if (hasUrl) bits |= HAS_URL;
    if (text !== undefined) bits |= HAS_TEXT;
    // A flagged line's sends still keep its state alive (one flag per episode), but nothing
    // more is judged until its state expires.
    if (s.flagged) {
      record(s, r.ts, toHash, bits, undefined);
      // Its recipients still receive its lures: what they pass on is no copy of their own.
      if (hasUrl && text !== undefined) noteLureRecipient(toHash, templateFor(text), r.ts);
      else if (text === undefined) noteLureRecipient(toHash, undefined, r.ts);
      return null;
    }
    const busy = text !== undefined && !hasUrl && sentAtLeast(s, r.ts - W.hourMs, 3);
    let t: Template | undefined;
    let knownBad = false;
    let link = 0;
    if (text !== undefined && (hasUrl || busy)) {
      t = templateFor(text);
      bits |= HASHED;
      judge(t, r.text!, r.from);
      if (!t.quoted) {
        knownBad = hasUrl && knownBadIn(text, t);
        if (t.verdict === 'block' || t.verdict === 'suspicious' || knownBad) bits |= LURE;
        if (t.verdict === 'suspicious' && !knownBad) bits |= SUSPECT;
        if (strongVerdict(t) || knownBad) bits |= STRONG;
        // Whoever got a lure may pass it on: a marginal one too, since a verdict can differ by sender.
        if (bits & LURE) noteLureRecipient(toHash, t, r.ts);
        if (bits & STRONG && ((t.lines?.some((l) => l !== fromHash) ?? false) || (t.routed ?? 0) >= S.campaignRouted) && !receivedLure(fromHash, t, r.ts)) s.campaign = true;
      }
      // The link's domain: bots rotate throwaway domains; one service's links share one. For a
      // confident lure the whole link: the question left is only whether the line forwards a
      // lure (one link, copied) or makes them (a link per copy, new paths on one host too).
      if (hasUrl) {
        const m = FIRST_URL.exec(text);
        if (m) link = hash52((bits & STRONG ? m[1]! + (m[2] ?? '') : m[1]!).toLowerCase()) || 1;
      }
    }
    record(s, r.ts, toHash, bits, t?.hash, link);
    // The window scan runs on evidence only: a lure or a link, a spread that reached a tier,
    // or (reports standing in for text a feed lacks) a reported line still texting new people.
    const spreading = bits & NEW_RECIPIENT && c !== null && (freshIn(c, r.ts - W.burstMs, r.ts) >= firstBurst || freshIn(c, r.ts - W.hourMs, r.ts) >= firstHour || freshIn(c, r.ts - W.lureMs, r.ts) >= firstDay);
    const reportedSpreading = bits & NEW_RECIPIENT && deps.reports !== undefined && freshIn(c, r.ts - W.lureMs, r.ts) >= S.reportedSpread && witnesses(s, r.from) > 0;
    // A link that is no lure matters only from a line with a few sends behind it (template reuse starts at five).
    const linked = bits & HAS_URL && s.ev.length >= 5 * STRIDE;
    if (!(bits & LURE || linked || spreading || reportedSpreading)) return null;
    const flag = evaluate(r, fromHash, s, t, knownBad);
    if (flag) {
      s.flagged = true;
      // The template that got a line flagged is campaign evidence against the next line sending it.
      if (t && bits & STRONG) {
        t.lines ??= [];
        if (t.lines.length < MAX_TEMPLATE_LINES && !t.lines.includes(fromHash)) t.lines.push(fromHash);
      }
    }
    return flag;
  }

  // Aggregator and international routes never flag a line, but a lure they carry in bulk is
  // campaign evidence: a handset sending that same text is likely one of the campaign's bots.
  function noteRoutedLure(text: string, from: string, toHash: number, ts: number): void {
    const t = templateFor(text);
    judge(t, text, from);
    if (!t.quoted && strongVerdict(t)) {
      t.routed = (t.routed ?? 0) + 1;
      noteLureRecipient(toHash, t, ts);
    }
  }

  /** The service whose code this is: its 【tag】, else its wording with the code masked, else (no text) the sender. */
  function serviceOf(r: TrafficRecord): Hash64 {
    if (r.text === undefined) return { hi: 0, lo: hash52(`from:${r.from}`) >>> 0 };
    const tag = SERVICE_TAG.exec(r.text);
    const name = tag?.[1] ?? tag?.[2];
    if (name !== undefined) return { hi: 1, lo: hash52(`tag:${name.normalize('NFKC').toLowerCase()}`) >>> 0 };
    return simhashTemplate(templateOf(r.text.slice(0, 160)).replace(CODE_TOKEN, '0'));
  }

  function pushRecipient(r: TrafficRecord, toHash: number): LineFlag | null {
    if (!isOtp(r.text)) return null;
    let p = recipients.get(toHash);
    if (!p) {
      p = { lastSeen: r.ts, services: [], flagged: false };
      recipients.set(toHash, p);
      evict(recipients);
    } else if (recipients.size >= o.maxLines >> 1) {
      recipients.delete(toHash);
      recipients.set(toHash, p);
    }
    if (r.ts > p.lastSeen) p.lastSeen = r.ts;
    // Aggregators send many services' codes from one sender ID, and one service from a pool
    // of them: the sender says nothing about the service. Tags match exactly, wordings within
    // serviceDistance bits (tag hashes live in hi 0/1, which no wording's SimHash is near).
    const sh = serviceOf(r);
    const sv = p.services;
    let found = -1;
    for (let i = 0; i < sv.length; i += 3) {
      const tagged = sv[i]! <= 1 || sh.hi <= 1;
      if (tagged ? sv[i] === sh.hi && sv[i + 1] === sh.lo : hamming(sh, { hi: sv[i]!, lo: sv[i + 1]! }) <= S.proxy.serviceDistance) {
        found = i;
        break;
      }
    }
    if (found >= 0) sv[found + 2] = r.ts;
    else {
      if (sv.length >= MAX_SERVICES * 3) sv.splice(0, 3);
      sv.push(sh.hi, sh.lo, r.ts);
    }
    if (p.flagged) return null;
    const since = r.ts - S.proxy.windowMs;
    let n = 0;
    for (let i = 2; i < sv.length; i += 3) if (sv[i]! >= since) n++;
    if (n < S.proxy.minServices) return null;
    // A line that also chats is no less a proxy: the codes say what it is used for.
    const own = senders.get(toHash);
    const sends = own ? sendsSince(own, since) : 0;
    p.flagged = true;
    const reasons = [reason('OTP_FROM_MANY_SERVICES', n)];
    if (sends > 0) reasons.push(reason('ALSO_CHATS', sends));
    return { kind: 'verification-proxy', line: r.to, score: Math.min(100, S.proxy.points + S.proxy.perService * (n - S.proxy.minServices)), firstFlaggedAt: r.ts, reasons };
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
        const f = pushSender(r, deps.hashNumber(r.from), toHash);
        return f ? [f] : NONE;
      }
      if (r.text !== undefined && LINK_RE.test(r.text)) noteRoutedLure(r.text, r.from, toHash, r.ts);
      const f = pushRecipient(r, toHash);
      return f ? [f] : NONE;
    },
    get activeLines() {
      return senders.size + recipients.size;
    },
    get evictions() {
      return evictions;
    },
    expire,
    stats() {
      let largestLineState = 0;
      for (const s of senders.values()) largestLineState = Math.max(largestLineState, s.ev.length + s.known.length + s.sent.length + (s.c?.length ?? 0));
      for (const p of recipients.values()) largestLineState = Math.max(largestLineState, p.services.length);
      return { senders: senders.size, recipients: recipients.size, templates: templates.size, engineCalls, records, dropped, evictions, largestLineState };
    },
  };
}
