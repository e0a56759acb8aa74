// Names in code, weights in data (Rspamd's habit): the line detector's reason codes are fixed
// here with their explanations; their points, tiers and thresholds come from
// data/line-scores.json, validated once by parseLineScores.
import type { Parsed } from '../scores.js';

/** Every reason a line flag can carry. Stable: stored with flags and shown to analysts. */
export type LineReasonCode =
  // Behaviour, whatever the text.
  | 'NEW_RECIPIENTS_BURST'
  | 'NEW_RECIPIENTS_HOUR'
  | 'NEW_RECIPIENTS_DAY'
  | 'NEW_RECIPIENTS_RUN'
  | 'VOLUME'
  | 'REGULAR_TIMING'
  // What the texts look like, without judging their words.
  | 'URL_SHARE'
  | 'TEMPLATE_REUSE'
  | 'VARYING_LINKS'
  // The engine's verdict on the line's own text: weight, not a gate.
  | 'ENGINE_BLOCK'
  | 'ENGINE_SUSPICIOUS'
  | 'ENGINE_WEAK'
  | 'LURES_TO_NEW_RECIPIENTS'
  | 'QUOTED_WARNING'
  | 'ONE_TEXT_BROADCAST'
  // What others know: reports, indicators, the same lure elsewhere.
  | 'KNOWN_BAD_INDICATOR'
  | 'REPORTED'
  | 'REPORTED_AND_SPREADING'
  | 'CAMPAIGN_TEMPLATE'
  | 'CAMPAIGN_TEMPLATE_ROUTED'
  | 'CAMPAIGN_LURE_NOT_RECEIVED'
  // Verification proxies.
  | 'OTP_FROM_MANY_SERVICES'
  | 'ALSO_CHATS';

/** English and Japanese explanations, per code. */
export const LINE_REASON_TEXT: Readonly<Record<LineReasonCode, { readonly en: string; readonly ja: string }>> = {
  NEW_RECIPIENTS_BURST: { en: 'Texts many recipients it never texted before within minutes', ja: '数分のうちに過去にやり取りのない多数の宛先へ送信' },
  NEW_RECIPIENTS_HOUR: { en: 'Texts many recipients it never texted before within the hour', ja: '1時間のうちに過去にやり取りのない多数の宛先へ送信' },
  NEW_RECIPIENTS_RUN: { en: 'Texts never-texted recipients in one run of copies seconds apart, longer than a phone\'s group send', ja: '過去にやり取りのない宛先へ数秒間隔で連続送信(端末の一斉送信の上限を超える件数)' },
  NEW_RECIPIENTS_DAY: { en: 'Keeps texting recipients it never texted before, hour after hour', ja: '過去にやり取りのない宛先へ長時間にわたり送信を継続' },
  VOLUME: { en: 'Sends more texts in an hour than a person does', ja: '1時間あたりの送信数が個人の利用を大きく超える' },
  REGULAR_TIMING: { en: 'Sends at machine-like regular intervals', ja: '機械的に一定間隔で送信' },
  URL_SHARE: { en: 'Nearly every text carries a link', ja: 'ほぼ全ての送信にURLを含む' },
  TEMPLATE_REUSE: { en: 'One template sent to many recipients', ja: '同一テンプレートの文面を多数の宛先へ送信' },
  VARYING_LINKS: { en: 'One template with a different link each time, as bots send them', ja: '同じ文面でURLだけを毎回変えて送信(自動送信の特徴)' },
  ENGINE_BLOCK: { en: 'The engine blocks the text this line sends', ja: '送信文面を解析エンジンがブロック判定' },
  ENGINE_SUSPICIOUS: { en: 'The engine finds the text this line sends suspicious', ja: '送信文面を解析エンジンが不審と判定' },
  ENGINE_WEAK: { en: 'The engine allows the text but scores its link or sender', ja: '解析エンジンは許可したがURL・送信元に弱いリスクあり' },
  LURES_TO_NEW_RECIPIENTS: { en: 'Lures sent to several recipients this line never texted before', ja: '過去にやり取りのない複数の宛先へフィッシング文面を送信' },
  QUOTED_WARNING: { en: 'The text quotes a lure to warn about it: the quoted lure is not counted against the line', ja: '詐欺SMSを引用して注意喚起する文面(引用部分は判定に含めない)' },
  ONE_TEXT_BROADCAST: { en: 'One text with one link to a list, as clubs and shops announce: the engine\'s mere suspicion of it is not counted as a lure', ja: '同一文面・同一URLの一斉連絡(サークル・店舗等の告知と同じ形):解析エンジンの「不審」判定は詐欺文面として数えない' },
  KNOWN_BAD_INDICATOR: { en: 'The text carries a link or number already reported as malicious', ja: '通報済みの悪性URL・番号を含む' },
  REPORTED: { en: 'Subscribers reported this line as the sender of a lure', ja: '利用者からフィッシングSMSの送信元として通報あり' },
  REPORTED_AND_SPREADING: { en: 'Reported, and still texting many recipients it never texted before', ja: '通報後も過去にやり取りのない多数の宛先へ送信を継続' },
  CAMPAIGN_TEMPLATE: { en: 'Lines already flagged infected send this same lure', ja: '感染判定済みの他回線と同一のフィッシング文面' },
  CAMPAIGN_TEMPLATE_ROUTED: { en: 'This same lure is being blasted over aggregator or international routes', ja: '同一のフィッシング文面が国際・業者経由でも大量配信中' },
  CAMPAIGN_LURE_NOT_RECEIVED: { en: 'Sends a running campaign\'s lure it never received: a copy the handset made, not one it forwards', ja: '拡散中のフィッシング文面を、自ら受信していないのに送信(転送ではなく端末が生成)' },
  OTP_FROM_MANY_SERVICES: { en: 'Receives one-time codes from many unrelated services', ja: '多数の無関係なサービスから認証コードを受信' },
  ALSO_CHATS: { en: 'Also texts people itself (proxies that chat are proxies too)', ja: '自らも送信している(送信の有無は認証代行の判定を妨げない)' },
};

/** Ascending [at least, points]: the points of the highest tier reached. */
export type Tiers = readonly (readonly [number, number])[];

export interface LineScoreTable {
  readonly threshold: number;
  readonly minRecipients: number;
  readonly windows: { readonly burstMs: number; readonly hourMs: number; readonly lureMs: number };
  readonly tiers: {
    readonly NEW_RECIPIENTS_BURST: Tiers; readonly NEW_RECIPIENTS_HOUR: Tiers; readonly NEW_RECIPIENTS_DAY: Tiers; readonly NEW_RECIPIENTS_RUN: Tiers;
    readonly VOLUME: Tiers; readonly TEMPLATE_REUSE: Tiers; readonly LURES_TO_NEW_RECIPIENTS: Tiers;
  };
  readonly points: {
    readonly REGULAR_TIMING: number; readonly URL_SHARE: number; readonly VARYING_LINKS: number; readonly VARYING_LINKS_ALONE: number; readonly VARYING_LINKS_ANY: number;
    readonly ENGINE_BLOCK: number; readonly ENGINE_BLOCK_MARGINAL: number; readonly ENGINE_SUSPICIOUS: number; readonly ENGINE_WEAK: number;
    readonly WEAK_LURE_SPREAD: number; readonly KNOWN_BAD_INDICATOR: number; readonly REPORTED: number; readonly REPORTED_PER_REPORTER: number;
    readonly REPORTED_AND_SPREADING: number; readonly CAMPAIGN_TEMPLATE: number; readonly CAMPAIGN_TEMPLATE_ROUTED: number;
    readonly CAMPAIGN_LURE_NOT_RECEIVED: number;
  };
  readonly engineWeakMinScore: number;
  /** Regular timing counts only at a pace slower than this mean gap: a group send's copies a second apart are one tap, not a machine's pace. */
  readonly regularMinGapMs: number;
  /** Sends to never-texted recipients closer than this to the one before are one run (a phone's group send, or a bot's clump); a person typing is slower. */
  readonly runGapMs: number;
  readonly engineStrongScore: number;
  readonly weakLureSpread: number;
  readonly reportedSpread: number;
  /** A report counts when the line texted its reporter within this long before it was received (the lure can be days older than the report)… */
  readonly reportLookbackMs: number;
  /** …or this little after it (clocks of the carrier's records and of the intake differ). */
  readonly reportSkewMs: number;
  /** A line's text to a contact who texted it first counts as its own (a witness's) only this long after the contact's last text: sooner, it may be a reply. */
  readonly reportReplyMs: number;
  readonly campaignRouted: number;
  /** A line that received a confident lure within this long may be forwarding it: a campaign's lure from it is no proof on one send. */
  readonly receivedLureMs: number;
  readonly quoteWords: readonly string[];
  readonly quoteBrackets: readonly (readonly [string, string])[];
  readonly proxy: { readonly windowMs: number; readonly minServices: number; readonly serviceDistance: number; readonly points: number; readonly perService: number };
}

/** Points of the highest tier reached by `n` (0 below the first). */
export function tierPoints(tiers: Tiers, n: number): number {
  let p = 0;
  for (const [min, pts] of tiers) if (n >= min) p = pts;
  return p;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const num = (v: unknown, min: number, max: number): v is number => typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max;

export function parseLineScores(json: unknown): Parsed<LineScoreTable> {
  const fail = (m: string): Parsed<LineScoreTable> => ({ ok: false, error: `line-scores: ${m}` });
  if (!isObj(json)) return fail('not an object');
  const { threshold, minRecipients, windows, weights, engine, quoteMarkers, proxy } = json;
  if (!num(threshold, 1, 100)) return fail('threshold must be 1..100');
  if (!num(minRecipients, 1, 100)) return fail('minRecipients must be 1..100');
  if (!isObj(windows) || !num(windows.burstMinutes, 1, 1440) || !num(windows.hourMinutes, 1, 1440) || !num(windows.lureHours, 1, 48)) return fail('windows: burstMinutes, hourMinutes, lureHours');
  if (!isObj(weights)) return fail('weights missing');
  const known = new Set(Object.keys(LINE_REASON_TEXT));
  for (const k of Object.keys(weights)) if (!known.has(k)) return fail(`unknown reason code '${k}'`);
  const w = (code: LineReasonCode): Obj | null => (isObj(weights[code]) ? (weights[code] as Obj) : null);
  const tiers = (code: LineReasonCode): Tiers | string => {
    const t = w(code)?.tiers;
    if (!Array.isArray(t) || t.length === 0) return `${code}: tiers missing`;
    let last = -Infinity;
    for (const row of t) {
      if (!Array.isArray(row) || row.length !== 2 || !num(row[0], 1, 1e6) || !num(row[1], 0, 100) || row[0] <= last) return `${code}: tiers must be ascending [at least, points 0..100]`;
      last = row[0];
    }
    return t as Tiers;
  };
  const pts = (code: LineReasonCode, field = 'points'): number | string => {
    const v = w(code)?.[field];
    return num(v, -100, 100) ? v : `${code}.${field} must be -100..100`;
  };
  const t = {
    NEW_RECIPIENTS_BURST: tiers('NEW_RECIPIENTS_BURST'), NEW_RECIPIENTS_HOUR: tiers('NEW_RECIPIENTS_HOUR'), NEW_RECIPIENTS_DAY: tiers('NEW_RECIPIENTS_DAY'), NEW_RECIPIENTS_RUN: tiers('NEW_RECIPIENTS_RUN'),
    VOLUME: tiers('VOLUME'), TEMPLATE_REUSE: tiers('TEMPLATE_REUSE'), LURES_TO_NEW_RECIPIENTS: tiers('LURES_TO_NEW_RECIPIENTS'),
  };
  for (const v of Object.values(t)) if (typeof v === 'string') return fail(v);
  const p = {
    REGULAR_TIMING: pts('REGULAR_TIMING'), URL_SHARE: pts('URL_SHARE'), VARYING_LINKS: pts('VARYING_LINKS'), VARYING_LINKS_ALONE: pts('VARYING_LINKS', 'alone'), VARYING_LINKS_ANY: pts('VARYING_LINKS', 'anyTemplate'),
    ENGINE_BLOCK: pts('ENGINE_BLOCK'), ENGINE_BLOCK_MARGINAL: pts('ENGINE_BLOCK', 'marginal'), ENGINE_SUSPICIOUS: pts('ENGINE_SUSPICIOUS'), ENGINE_WEAK: pts('ENGINE_WEAK'),
    WEAK_LURE_SPREAD: pts('LURES_TO_NEW_RECIPIENTS', 'weakPoints'), KNOWN_BAD_INDICATOR: pts('KNOWN_BAD_INDICATOR'), REPORTED: pts('REPORTED'),
    REPORTED_PER_REPORTER: pts('REPORTED', 'perReporter'), REPORTED_AND_SPREADING: pts('REPORTED_AND_SPREADING'), CAMPAIGN_TEMPLATE: pts('CAMPAIGN_TEMPLATE'),
    CAMPAIGN_TEMPLATE_ROUTED: pts('CAMPAIGN_TEMPLATE_ROUTED'), CAMPAIGN_LURE_NOT_RECEIVED: pts('CAMPAIGN_LURE_NOT_RECEIVED'),
  };
  for (const v of Object.values(p)) if (typeof v === 'string') return fail(v);
  const counts = {
    engineWeakMinScore: w('ENGINE_WEAK')?.minScore, weakLureSpread: w('LURES_TO_NEW_RECIPIENTS')?.weakSpread,
    reportedSpread: w('REPORTED_AND_SPREADING')?.minRecipients, campaignRouted: w('CAMPAIGN_TEMPLATE_ROUTED')?.minRecords,
    regularMinGapSeconds: w('REGULAR_TIMING')?.minGapSeconds, runGapSeconds: w('NEW_RECIPIENTS_RUN')?.gapSeconds,
    reportLookbackHours: w('REPORTED')?.lookbackHours, reportSkewMinutes: w('REPORTED')?.skewMinutes, reportReplyMinutes: w('REPORTED')?.replyMinutes,
    receivedLureHours: w('CAMPAIGN_LURE_NOT_RECEIVED')?.receivedHours,
  };
  for (const [k, v] of Object.entries(counts)) if (!num(v, 0, 1e6)) return fail(`${k} must be a number`);
  if (!isObj(engine) || !num(engine.strongScore, 0, 100)) return fail('engine.strongScore must be 0..100');
  if (!isObj(quoteMarkers) || !Array.isArray(quoteMarkers.words) || !quoteMarkers.words.every((x) => typeof x === 'string' && x.length > 0)) return fail('quoteMarkers.words must be strings');
  const brackets = quoteMarkers.brackets;
  if (!Array.isArray(brackets) || !brackets.every((b) => Array.isArray(b) && b.length === 2 && b.every((x) => typeof x === 'string' && x.length === 1))) return fail('quoteMarkers.brackets must be pairs of characters');
  if (!isObj(proxy) || !num(proxy.windowHours, 1, 168) || !num(proxy.minServices, 2, 1000) || !num(proxy.serviceDistance, 0, 32) || !num(proxy.points, 0, 100) || !num(proxy.perService, 0, 100)) return fail('proxy: windowHours, minServices, serviceDistance, points, perService');
  return {
    ok: true,
    value: Object.freeze({
      threshold, minRecipients,
      windows: { burstMs: windows.burstMinutes * 60_000, hourMs: windows.hourMinutes * 60_000, lureMs: windows.lureHours * 3_600_000 },
      tiers: t as LineScoreTable['tiers'],
      points: p as LineScoreTable['points'],
      engineWeakMinScore: counts.engineWeakMinScore as number, regularMinGapMs: (counts.regularMinGapSeconds as number) * 1000, runGapMs: (counts.runGapSeconds as number) * 1000, engineStrongScore: engine.strongScore, weakLureSpread: counts.weakLureSpread as number,
      reportedSpread: counts.reportedSpread as number,
      reportLookbackMs: (counts.reportLookbackHours as number) * 3_600_000, reportSkewMs: (counts.reportSkewMinutes as number) * 60_000, reportReplyMs: (counts.reportReplyMinutes as number) * 60_000, campaignRouted: counts.campaignRouted as number,
      receivedLureMs: (counts.receivedLureHours as number) * 3_600_000,
      quoteWords: quoteMarkers.words as string[], quoteBrackets: brackets as [string, string][],
      proxy: { windowMs: proxy.windowHours * 3_600_000, minServices: proxy.minServices, serviceDistance: proxy.serviceDistance, points: proxy.points, perService: proxy.perService },
    }),
  };
}
