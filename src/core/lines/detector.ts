// The infected-line detector: streaming, per sending line, over sliding windows in event time.
// Pure and deterministic: time comes from the records, consent and reputation from deps, so a
// replay of the same records raises the same flags at the same event times.
//
// Cost model: most records belong to ordinary lines that send a few texts an hour. Their
// records cost two consent look-ups, one keyed hash and a few array writes; the template
// fingerprint, the engine and the window scan run only for records that carry a link or come
// from a line already sending a lot (`shouldLook`). The engine runs once per template, cached
// across lines, because one campaign's lure reaches the detector from many infected handsets.
import { hamming, simhashTemplate, templateOf, type Hash64 } from './simhash.js';
import type { DetectorDeps, LineFlag, LineReason, TrafficRecord } from './types.js';

export interface DetectorOptions {
  /** Sliding window for a sender's features (event time). */
  readonly windowMs?: number;
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
  windowMs: 2 * 60 * 60 * 1000,
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
  /** Figures for benchmarks and health: lines with state, cached templates, engine calls. */
  stats(): DetectorStats;
}

export interface DetectorStats {
  readonly senders: number;
  readonly recipients: number;
  readonly templates: number;
  readonly engineCalls: number;
  readonly records: number;
  readonly dropped: number;
}

type Verdict = 'block' | 'suspicious' | 'allow';

interface Template {
  readonly hash: Hash64;
  /** Engine verdict; undefined until asked (only for templates of interest). */
  verdict?: Verdict;
  indicators?: readonly { readonly kind: string; readonly value: string }[];
}

// Per-send bits in a sender's ring.
const NEW_RECIPIENT = 1;
const HAS_URL = 2;
const LURE = 4;
const HASHED = 8;

interface Sender {
  lastSeen: number;
  /** Ring of recent sends (parallel arrays grow to maxEventsPerLine, then wrap at `head`). */
  ts: number[];
  to: number[];
  bits: number[];
  thi: number[];
  tlo: number[];
  head: number;
  /** Recipients texted before (keyed hashes), oldest first for eviction. */
  known: Set<number>;
  flagged: boolean;
}

interface Recipient {
  lastSeen: number;
  /** Keyed hash of the OTP service → last event time. */
  services: Map<number, number>;
  flagged: boolean;
}

const MAX_SERVICES = 64;
const SWEEP_EVERY_MS = 5 * 60 * 1000;
// A text with a link, with or without a scheme: the cheap test that decides whether to look closer.
const LINK_RE = /https?:|www\.|[a-z0-9-]\.[a-z]{2,}\//i;
const URL_CANDIDATES = /(?:https?:\/\/)?((?:[a-z0-9-]+\.)+[a-z]{2,})(\/[^\s<>"'、。「」]*)?/gi;
// One-time codes: a 4–8 digit code with the words services use around it.
const OTP_WORDS = /認証|確認コード|認証コード|ワンタイム|パスコード|verification|verify|one[- ]time|passcode|\bcode\b|\botp\b|\bpin\b/i;
const OTP_CODE = /(?<!\d)\d{4,8}(?!\d)/;
const SERVICE_TAG = /^\s*(?:【([^】]{1,30})】|\[([^\]]{1,30})\]|<#>\s*)?/;

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
  const templates = new Map<string, Template>();
  let engineCalls = 0;
  let records = 0;
  let dropped = 0;
  let nextSweep = -Infinity;

  function expire(eventMs: number): void {
    const senderCut = eventMs - o.idleMs;
    for (const [line, s] of senders) if (s.lastSeen < senderCut) senders.delete(line);
    const proxyCut = eventMs - Math.max(o.idleMs, o.proxyWindowMs);
    for (const [h, r] of recipients) if (r.lastSeen < proxyCut) recipients.delete(h);
  }

  function templateFor(text: string): Template {
    const key = templateOf(text);
    let t = templates.get(key);
    if (!t) {
      // Insertion order makes the first key the oldest: a cheap FIFO bound.
      if (templates.size >= o.templateCacheSize) templates.delete(templates.keys().next().value as string);
      t = { hash: simhashTemplate(key) };
      templates.set(key, t);
    }
    return t;
  }

  function judge(t: Template, text: string, from: string): void {
    if (t.verdict !== undefined || !deps.analyseText) return;
    engineCalls++;
    const a = deps.analyseText(text, from);
    t.verdict = a.verdict;
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
    return { lastSeen: ts, ts: [], to: [], bits: [], thi: [], tlo: [], head: 0, known: new Set(), flagged: false };
  }

  function record(s: Sender, ts: number, to: number, bits: number, h: Hash64 | undefined): number {
    const i = s.ts.length < o.maxEventsPerLine ? s.ts.length : s.head;
    s.ts[i] = ts;
    s.to[i] = to;
    s.bits[i] = bits;
    s.thi[i] = h ? h.hi : 0;
    s.tlo[i] = h ? h.lo : 0;
    if (s.ts.length >= o.maxEventsPerLine) s.head = (i + 1) % o.maxEventsPerLine;
    return i;
  }

  function sendsSince(s: Sender, since: number): number {
    let n = 0;
    for (let i = 0; i < s.ts.length; i++) if (s.ts[i]! >= since) n++;
    return n;
  }

  function evaluate(r: TrafficRecord, s: Sender, cur: number, t: Template | undefined, knownBad: boolean): LineFlag | null {
    const since = r.ts - o.windowMs;
    let n = 0;
    let urls = 0;
    let lures = 0;
    let same = 0;
    const newUrlRecipients = new Set<number>();
    const distinct = new Set<number>();
    const newRecipients = new Set<number>();
    const times: number[] = [];
    for (let i = 0; i < s.ts.length; i++) {
      const ts = s.ts[i]!;
      if (ts < since || ts > r.ts) continue;
      n++;
      times.push(ts);
      const bits = s.bits[i]!;
      distinct.add(s.to[i]!);
      if (bits & NEW_RECIPIENT) newRecipients.add(s.to[i]!);
      if (bits & HAS_URL) urls++;
      if (bits & LURE) lures++;
      if (bits & HAS_URL && bits & NEW_RECIPIENT) newUrlRecipients.add(s.to[i]!);
      if (t && bits & HASHED && hamming(t.hash, { hi: s.thi[i]!, lo: s.tlo[i]! }) <= 3) same++;
    }
    void cur;
    const reasons: LineReason[] = [];
    let score = 0;
    let lure = false;
    if (t?.verdict === 'block') {
      score += 35;
      lure = true;
      reasons.push(reason('ENGINE_BLOCK', 'The engine blocks the text this line sends', '送信文面を解析エンジンがブロック判定'));
    } else if (t?.verdict === 'suspicious') {
      score += 20;
      lure = true;
      reasons.push(reason('ENGINE_SUSPICIOUS', 'The engine finds the text this line sends suspicious', '送信文面を解析エンジンが不審と判定'));
    }
    if (knownBad) {
      score += 35;
      lure = true;
      reasons.push(reason('KNOWN_BAD_INDICATOR', 'The text carries a link or number already reported as malicious', '通報済みの悪性URL・番号を含む'));
    }
    const reporters = deps.reporters ? deps.reporters(r.from) : 0;
    if (reporters > 0) {
      score += 10 + 10 * Math.min(reporters, 3);
      lure = true;
      reasons.push(reason('REPORTED', 'Subscribers reported this line as the sender of a lure', '利用者からフィッシングSMSの送信元として通報あり', reporters));
    }
    if (lures >= 2) {
      score += 10;
      reasons.push(reason('REPEATED_LURES', 'Several lures sent in the window', '時間窓内に複数のフィッシング文面を送信', lures));
    }
    const spread = newUrlRecipients.size;
    if (spread >= 2) {
      score += spread >= 10 ? 30 : spread >= 4 ? 20 : 10;
      reasons.push(reason('LINKS_TO_NEW_RECIPIENTS', 'Texts with links to recipients this line never texted before', '過去にやり取りのない宛先へURL付きSMSを送信', spread));
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
    // Without any text to judge, only a blast of a size no person types flags a line.
    const textless = r.text === undefined;
    const blast = textless && n >= 40 && newRecipients.size >= 35 && distinct.size / n >= 0.9;
    if (blast) {
      score += 45;
      reasons.push(reason('BLAST_TO_NEW_RECIPIENTS', 'A burst of texts to many recipients never texted before', '過去にやり取りのない多数の宛先へ短時間に大量送信', newRecipients.size));
    }
    if (!(lure || blast) || score < o.threshold) return null;
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
    if (!s.known.has(toHash)) {
      bits |= NEW_RECIPIENT;
      if (s.known.size >= o.maxKnownRecipients) s.known.delete(s.known.values().next().value as number);
      s.known.add(toHash);
    }
    const text = r.text;
    const hasUrl = text !== undefined && LINK_RE.test(text);
    if (hasUrl) bits |= HAS_URL;
    // Only handsets can be infected lines; other routes are kept for nothing here.
    if (s.flagged) {
      record(s, r.ts, toHash, bits, undefined);
      return null;
    }
    const busy = sendsSince(s, r.ts - o.windowMs) >= 3;
    let t: Template | undefined;
    let knownBad = false;
    if (text !== undefined && (hasUrl || busy)) {
      t = templateFor(text);
      bits |= HASHED;
      judge(t, text, r.from);
      knownBad = hasUrl && knownBadIn(text, t);
      if (t.verdict === 'block' || t.verdict === 'suspicious' || knownBad) bits |= LURE;
    }
    const cur = record(s, r.ts, toHash, bits, t?.hash);
    if (!(hasUrl || busy || (text === undefined && s.ts.length >= 40))) return null;
    const flag = evaluate(r, s, cur, t, knownBad);
    if (flag) s.flagged = true;
    return flag;
  }

  function pushRecipient(r: TrafficRecord, toHash: number): LineFlag | null {
    if (!isOtp(r.text)) return null;
    let p = recipients.get(toHash);
    if (!p) {
      p = { lastSeen: r.ts, services: new Map(), flagged: false };
      recipients.set(toHash, p);
    }
    if (r.ts > p.lastSeen) p.lastSeen = r.ts;
    const tag = r.text === undefined ? undefined : SERVICE_TAG.exec(r.text);
    const service = tag?.[1] ?? tag?.[2] ?? r.from;
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
    const sends = own ? sendsSince(own, r.ts - o.windowMs) : 0;
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
        return [];
      }
      records++;
      if (r.ts >= nextSweep) {
        expire(r.ts);
        nextSweep = r.ts + SWEEP_EVERY_MS;
      }
      const toHash = deps.hashNumber(r.to);
      if (r.origin === 'handset') {
        const f = pushSender(r, toHash);
        return f ? [f] : [];
      }
      const f = pushRecipient(r, toHash);
      return f ? [f] : [];
    },
    get activeLines() {
      return senders.size + recipients.size;
    },
    expire,
    stats() {
      return { senders: senders.size, recipients: recipients.size, templates: templates.size, engineCalls, records, dropped };
    },
  };
}
