// Lures (what the message wants you to fear or hope), pressure, requests for secrets,
// call-back bait, and the benign evidence that lets genuine messages through:
// one-time codes, warnings about scams, a carrier's own infection notice.
import { reason } from '../reason.js';
import type { BrandLookups } from '../brands/check.js';
import type { AskKind, Check, CheckContext, LureKind, LureMatch, Weights } from '../check.js';
import { foldDiacritics } from './fold.js';
import { inSentence, inSentenceOrNext, sentenceAt } from '../asks/types.js';
import { isAsciiWordPhrase, type Phrase } from '../match/phrases.js';
import type { Parsed } from '../scores.js';
import type { Reason } from '../types.js';

export interface LureCategory {
  readonly id: string;
  readonly kind: LureKind;
  readonly en: string;
  readonly ja: string;
  /** For kind 'ask': which ask its cues show. */
  readonly ask?: AskKind;
  readonly cues: readonly string[];
  /**
   * Longer words that hold a cue and mean something else ('当日払い', a fee paid on the day, holds the side job's '日払い'):
   * a cue found inside one of them is not the cue. Each holds at least one cue of its family.
   */
  readonly notWithin?: readonly string[];
  readonly sources: readonly string[];
}

export interface LureData {
  readonly categories: readonly LureCategory[];
  /** App stores: an install ask through them is through the store, not a stranger's file. */
  readonly appStores: readonly string[];
  /** Messenger hosts (line.me, t.me, wa.me…): a link there moves the talk off SMS. */
  readonly messengerHosts: readonly string[];
  /** Words that, right after a closing quotation mark, make the quote reported speech (「…」って来た, 「…」という電話). */
  readonly reportTails?: readonly string[];
  /** Words right before an opening quotation mark that make the quote a message received (收到「…」). */
  readonly reportLeads?: readonly string[];
}

const KINDS: readonly LureKind[] = ['lure', 'pressure', 'benign', 'ask', 'object', 'verb', 'negation', 'context', 'report', 'register'];
const ASKS: readonly AskKind[] = ['open-link', 'call', 'reply-data', 'secret', 'share-code', 'reply-yes-no', 'messenger', 'install', 'gift-card', 'money', 'resolve', 'join', 'payee', 'collect', 'offer', 'extort', 'atm', 'recon', 'credit-order', 'visit-sale', 'coerce-sale', 'coach', 'kin-line', 'befriend'];

export function parseLureData(json: unknown): Parsed<LureData> {
  const list = (json as { categories?: unknown } | null)?.categories;
  if (!Array.isArray(list) || list.length === 0) return { ok: false, error: 'expected { categories: [...] }' };
  const out: LureCategory[] = [];
  for (const [i, raw] of list.entries()) {
    const e = (raw ?? {}) as Record<string, unknown>;
    const where = `categories[${i}]`;
    if (typeof e.id !== 'string' || e.id === '') return { ok: false, error: `${where}: id is required` };
    if (!KINDS.includes(e.kind as LureKind)) return { ok: false, error: `${where} (${e.id}): kind must be one of ${KINDS.join(', ')}` };
    if (typeof e.en !== 'string' || typeof e.ja !== 'string') return { ok: false, error: `${where} (${e.id}): en and ja are required` };
    if (e.kind === 'ask' && !ASKS.includes(e.ask as AskKind)) return { ok: false, error: `${where} (${e.id}): an ask category names its ask, one of ${ASKS.join(', ')}` };
    // One-character cues would take the phrase matcher off its pair-keyed fast path (4× slower).
    if (!Array.isArray(e.cues) || e.cues.length === 0 || !e.cues.every((c) => typeof c === 'string' && c.length >= 2 && c === foldDiacritics(c.normalize('NFKC').toLowerCase()))) {
      return { ok: false, error: `${where} (${e.id}): cues must be NFKC lower-case strings of 2+ characters without Latin diacritics` };
    }
    if (!Array.isArray(e.sources) || e.sources.length === 0 || !e.sources.every((x) => typeof x === 'string' && x !== '')) {
      return { ok: false, error: `${where} (${e.id}): every family names its sources` };
    }
    const cues = e.cues as string[];
    const notWithin = e.notWithin ?? [];
    if (!Array.isArray(notWithin) || !notWithin.every((w) => typeof w === 'string' && w === foldDiacritics(w.normalize('NFKC').toLowerCase()) && cues.some((c) => c !== w && w.includes(c)))) {
      return { ok: false, error: `${where} (${e.id}): notWithin lists NFKC lower-case words each holding a cue of the family` };
    }
    out.push({ id: e.id, kind: e.kind as LureKind, en: e.en, ja: e.ja, cues, sources: e.sources as string[], ...(e.kind === 'ask' ? { ask: e.ask as AskKind } : {}), ...(notWithin.length > 0 ? { notWithin: notWithin as string[] } : {}) });
  }
  for (const needed of ['otp', 'scam-awareness', 'infection']) {
    if (!out.some((c) => c.id === needed)) return { ok: false, error: `the '${needed}' category is required` };
  }
  const stores = (json as { appStores?: unknown }).appStores ?? [];
  const messengers = (json as { messengerHosts?: unknown }).messengerHosts ?? [];
  const hosts = (v: unknown): v is string[] => Array.isArray(v) && v.every((h) => typeof h === 'string' && /^[a-z0-9.-]+$/.test(h));
  if (!hosts(stores) || !hosts(messengers)) return { ok: false, error: 'appStores and messengerHosts must be host names' };
  const tails = (json as { reportTails?: unknown }).reportTails ?? [];
  const lowerCase = (v: unknown): v is string[] => Array.isArray(v) && v.every((t) => typeof t === 'string' && t !== '' && t === t.normalize('NFKC').toLowerCase());
  if (!lowerCase(tails)) return { ok: false, error: 'reportTails must be NFKC lower-case strings' };
  const leads = (json as { reportLeads?: unknown }).reportLeads ?? [];
  if (!lowerCase(leads)) return { ok: false, error: 'reportLeads must be NFKC lower-case strings' };
  return { ok: true, value: { categories: out, appStores: stores, messengerHosts: messengers, reportTails: tails, reportLeads: leads } };
}

/** The cue phrases of every category, tagged by `tagOf` (so another matcher can share one scan). */
export function lurePhrases<T>(data: LureData, tagOf: (category: LureCategory) => T): Phrase<T>[] {
  return data.categories.flatMap((cat) => {
    const tag = tagOf(cat);
    return cat.cues.map((cue) => ({ phrase: cue, tag, wordBounded: isAsciiWordPhrase(cue) }));
  });
}

/** The cue `phrase` found at `index` of `text` stands inside a longer word its family names as not the cue (LureCategory.notWithin). */
export function withinLongerWord(cat: LureCategory, phrase: string, text: string, index: number): boolean {
  if (cat.notWithin === undefined) return false;
  for (const word of cat.notWithin) {
    for (let at = word.indexOf(phrase); at >= 0; at = word.indexOf(phrase, at + 1)) {
      if (index - at >= 0 && text.startsWith(word, index - at)) return true;
    }
  }
  return false;
}

// Lures that only work when someone trusted seems to be speaking.
// (Not delivery: couriers' genuine notices are about deliveries by nature.)
// A stop told of an area or of planned works ("設備工事のため一部地域で通信が停止します", "メンテナンスのため…サービスを一時停止いたします",
// "計画停電…の地域"): a carrier's or a utility's outage notice, which every customer there gets alike. The lure's stop is the
// reader's own account or line, singled out with a way out; a stop of an area for works has none to sell. Read only beside no
// link and no ask (the caller's condition), so "工事のため停止します。再開は下記から" is still the lure it is.
// Source: carriers publish planned works this way (https://www.softbank.jp/mobile/info/personal/news/support/ 工事のお知らせ).
const AREA_OUTAGE = /工事|メンテナンス|保守作業|点検作業|計画停電|一部地域|一部の地域|一部エリア|エリアで|地区で|maintenance|planned works/;

function areaOutage(ctx: CheckContext, l: LureMatch): boolean {
  if (l.category !== 'account-restriction') return false;
  const [s, e] = sentenceAt(ctx.norm.text, l.index);
  return AREA_OUTAGE.test(ctx.norm.lower.slice(s, e + 1));
}

const IMPERSONATION_LURES = new Set(['unpaid-charge', 'account-restriction', 'security-alert', 'identity-check', 'tax-refund', 'legal-threat', 'notice', 'office-matter']);

// A one-time code: 4–8 digits, or the placeholder the sources print in its place; digits inside a
// hyphenated phone number (050-3184-6275) are the number, not a code.
// WhatsApp prints its six digits as 123-456. An amount, a count or a year ("1000円もらえる", "5000ポイント",
// "2025年") is not a code: a message that only names one beside a code word ("友達招待で1000円もらえるから、
// 認証番号教えて") gives no code of its own to be credited as a code message.
const CODE = /(?<![\d-])\d{4,8}(?![\d-]|\s?(?:円|万|億|ポイント|pt|point|yen|ドル|元|원|년|年|件|人|名|個|枚|回|%|％))|(?<![\d-])\d{3}-\d{3}(?![\d-])|[○〇*X]{4,}|G-\d+|G-XXX/;

// The origin-bound line of a code message (WebOTP, https://wicg.github.io/sms-one-time-codes/):
// "@appleid.apple.com #448213" as its last line, the code bound to the site that sent it.
const WEB_OTP = /(?<![a-z0-9._%+-])@[a-z0-9-]+(?:\.[a-z0-9-]+)+\s+#[a-z0-9]{4,10}\s*$/i;

/** A one-time-code message that tells the reader its own code ("Your code is 123456, never share it", or a WebOTP line). */
export function tellsItsCode(ctx: Pick<CheckContext, 'lures' | 'norm'>): boolean {
  const text = ctx.norm.text;
  // Two ask finders and two checks ask it of one message: each scan of the text is done once
  // (CODE's only for a message with a code cue: most have none).
  if (text !== codeText) {
    codeText = text;
    // Every WebOTP line holds an '@': WEB_OTP starts at a lookbehind, tried at every character.
    webOtp = text.includes('@') && WEB_OTP.test(text);
    hasCode = -1;
  }
  if (webOtp) return true;
  if (!ctx.lures.some((l) => l.category === 'otp')) return false;
  if (hasCode === -1) hasCode = CODE.test(text) ? 1 : 0;
  return hasCode === 1;
}
let codeText: string | null = null;
let webOtp = false;
/** CODE.test(codeText): 1, 0, or -1 not yet known. */
let hasCode = -1;

/**
 * The distinct values of f over xs, first occurrences in order, skipping undefined (a handful of
 * items: a scan costs less than a Set). One loop, not
 * map and filter: the arrays those build in optimised code have another shape than before, so the
 * code reading them was thrown away and compiled again.
 */
function distinctOf<T>(xs: readonly LureMatch[], f: (l: LureMatch) => T | undefined): T[] {
  const out: T[] = [];
  for (const l of xs) {
    const x = f(l);
    if (x !== undefined && !out.includes(x)) out.push(x);
  }
  return out;
}

// Typing a code in, what a service's own screen asks (as in asks/secret.ts).
const TYPING = /入力|記入|enter|입력|输入|輸入|nhap|digite|ingrese|ilagay|masukkan/;

function typedIn(ctx: CheckContext, at: number): boolean {
  const [s, e] = sentenceAt(ctx.norm.text, at);
  return ctx.lures.some((l) => l.category === 'request' && l.index >= s && l.index < e && TYPING.test(l.cue));
}

// Where a code is named: the code itself, the code message's own word for it, or a pointer back to it ("その番号").
const CODE_NAMES: ReadonlySet<string> = new Set(['code', 'otp', 'code-ref']);

/**
 * The code is asked to be passed on, to the writer or anyone ("認証番号 482913。この番号を担当者に教えてください",
 * "Reply with this code to confirm"): a service's own code message says never to share it, so one that asks it
 * handed over is no code message to be credited, whatever code it prints.
 */
function passesOnItsCode(ctx: CheckContext): boolean {
  // A sentence that has the code typed in ("認証コード 782015 を入力してください") sends it to the service's own
  // screen, whatever else its words hold (a brand's name: "money forward me").
  const handed = (at: number): boolean => inSentence(ctx, at, 'hand-over') && !inSentence(ctx, at, 'never-ask') && !typedIn(ctx, at);
  return ctx.lures.some((l) => CODE_NAMES.has(l.category) && !l.quoted && !inSentence(ctx, l.index, 'never-ask') && inSentenceOrNext(ctx, l.index, handed));
}

export function createLureCheck(data: LureData, weights: Weights, brands: BrandLookups): Check {
  const byId = new Map(data.categories.map((c) => [c.id, c]));
  const label = (ids: readonly string[], lang: 'en' | 'ja'): string => {
    // Built in one loop: map and join cost an array per reason.
    const sep = lang === 'ja' ? '、' : '; ';
    let out = '';
    for (let i = 0; i < ids.length; i++) out += (i > 0 ? sep : '') + (byId.get(ids[i] as string)?.[lang] ?? ids[i]);
    return out;
  };

  /** No link, or every link on some brand's official domains. */
  const linksOfficial = (ctx: CheckContext): boolean =>
    ctx.indicators.urls.every((u) => !u.redacted && u.host !== '' && !u.userinfoHost && brands.officialForHost(u.host).length > 0);

  /** A code message that tells the reader its code, asks no secret, does not ask it passed on and links only to official sites. */
  const isCodeMessage = (ctx: CheckContext): boolean =>
    tellsItsCode(ctx) && !ctx.asks.some((a) => (a.kind === 'secret' || a.kind === 'share-code') && !a.quoted) && !passesOnItsCode(ctx) && linksOfficial(ctx);

  return (ctx) => {
    const lures = ctx.lures;
    if (lures.length === 0) return [];
    const reasons: Reason[] = [];
    // One pass groups the matches the lure check scores; quoted or reported lure wording is
    // the scam being talked about, not the message's own.
    const own: Record<'lure' | 'pressure' | 'benign', LureMatch[]> = { lure: [], pressure: [], benign: [] };
    for (const l of lures) {
      if (l.kind === 'benign') own.benign.push(l);
      else if ((l.kind === 'lure' || l.kind === 'pressure') && !l.quoted) own[l.kind].push(l);
    }

    // Benign evidence only counts when nothing in the message contradicts it. Worked out when
    // first needed: only a code cue or an identity check asks it (and it looks up every link).
    let codeMessage: boolean | null = null;
    // "Use 190472 to verify your sign-in": in a code message that asks nothing, the identity check is
    // what the code is for, done on the service's own screen.
    if (own.lure.some((l) => l.category === 'identity-check') && (codeMessage ??= isCodeMessage(ctx))) own.lure = own.lure.filter((l) => l.category !== 'identity-check');
    // "カードのご利用制限を解除しました", "本人確認が完了しました": the office's problem told as closed, in
    // its own sentence, with nothing asked and no link, leaves the reader nothing to do; a lure needs an
    // open problem. (With a link or any ask the closed problem is the bait for it and still counts.)
    if (own.lure.length > 0 && ctx.indicators.urls.length === 0 && !ctx.asks.some((a) => !a.quoted && !a.implied)) {
      // So does one a person tells of, in their own voice ("仮想通貨の取引所でウォレットが凍結されたって", "兄の口座が凍結されたらしい"),
      // with no number or address written either: an office's problem told of someone, with no way in, claims no office.
      // (Nothing asked in any words either: no ask, verb or pressure cue, "…キャッシュカードの番号教えて" asks whatever the finders make of it.)
      const told = ctx.person && !ctx.reported && ctx.indicators.phones.length === 0 && ctx.indicators.emails.length === 0 && !ctx.asks.some((a) => !a.quoted)
        && !lures.some((l) => !l.quoted && (l.kind === 'ask' || l.kind === 'verb' || l.kind === 'pressure'));
      // (The same word read in another category at the same place, "凍結" as a foreign lure too, goes with it.)
      const gone = own.lure.filter((l) => IMPERSONATION_LURES.has(l.category) && (told || inSentence(ctx, l.index, 'handled') || areaOutage(ctx, l)));
      if (gone.length > 0) own.lure = own.lure.filter((l) => !gone.some((g) => g.index === l.index && g.cue === l.cue));
    }
    const categories = distinctOf(own.lure, (l) => l.category);
    const lureCues = distinctOf(own.lure, (l) => l.cue);
    if (categories.length > 0) {
      // Each further phrase of a known template ("不在の為" + "持ち帰りました" + "ご確認ください")
      // makes a coincidence less likely; capped so wording alone stays below block.
      // Worded when read, as the other reasons are (reason.ts): this one, on nearly every lure, was still built in full.
      reasons.push(reason('LURE', Math.round(weights.LURE * Math.min(1 + 0.3 * (lureCues.length - 1), 1.9)), () => ({
        en: `Reads like a known lure: ${label(categories, 'en')}`,
        ja: `詐欺SMSの典型的な文面です（${label(categories, 'ja')}）`,
        detail: { categories, cues: lureCues.slice(0, 6) },
      })));
      const brand = ctx.brands.find((b) => b.prominent) ?? ctx.brands[0];
      const impersonating = categories.some((c) => IMPERSONATION_LURES.has(c));
      if (brand && impersonating) {
        reasons.push(reason('BRAND_LURE', weights.BRAND_LURE, () => ({
          en: `Uses ${brand.nameEn}'s name to frighten or hurry you (${label(categories.filter((c) => IMPERSONATION_LURES.has(c)), 'en')})`,
          ja: `${brand.name}の名前で不安をあおる典型的ななりすましの文面です`,
          detail: { brand: brand.brandId, categories },
        })));
      }
    }
    const pressure = distinctOf(own.pressure, (l) => l.cue);
    if (pressure.length > 0) {
      reasons.push(reason('PRESSURE', weights.PRESSURE, () => ({
        en: `Pressures you to act at once ("${pressure.slice(0, 3).join('", "')}")`,
        ja: `すぐに行動させようと急かしています（「${pressure.slice(0, 3).join('」「')}」）`,
        detail: { cues: pressure },
      })));
    }
    const benign = distinctOf(own.benign, (l) => l.category);
    if (benign.includes('otp') && (codeMessage ??= isCodeMessage(ctx))) {
      reasons.push(reason('OTP_MESSAGE', weights.OTP_MESSAGE, () => ({
        en: 'A one-time code message: it gives a code and asks nothing of you',
        ja: 'ワンタイムパスワード（認証コード）の通知です',
        detail: { cues: distinctOf(own.benign, (l) => (l.category === 'otp' ? l.cue : undefined)) },
      })));
    }
    const awareness = distinctOf(own.benign, (l) => (l.category === 'scam-awareness' ? l.cue : undefined));
    if (awareness.length >= 2 && linksOfficial(ctx) && !ctx.reported) {
      reasons.push(reason('SCAM_AWARENESS', weights.SCAM_AWARENESS, () => ({
        en: 'Talks about scams as a warning, with no link off official sites',
        ja: '詐欺への注意を呼びかける内容です（公式以外へのリンクなし）',
        detail: { cues: awareness },
      })));
    }
    if (benign.includes('infection')) {
      const carrierSender = ctx.sender !== null && (ctx.sender.tier === 'carrier' || brands.officialForSender(ctx.sender).some((b) => b.category === 'carrier'));
      const carrierLinks = ctx.indicators.urls.length > 0 && ctx.indicators.urls.every((u) => brands.officialForHost(u.host).some((b) => b.category === 'carrier'));
      if (carrierSender || carrierLinks) {
        reasons.push(reason('CARRIER_INFECTION_NOTICE', weights.CARRIER_INFECTION_NOTICE, () => ({
          en: "A carrier's own notice that the handset may be infected, from its official sender or site",
          ja: '携帯電話会社の公式の送信元・サイトからの、端末のウイルス感染に関するお知らせです',
          detail: { sender: ctx.sender?.normalized ?? '' },
        })));
      }
    }
    return reasons;
  };
}
