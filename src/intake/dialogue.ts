// What a text to the short code means, and what the service answers. Pure: the caller
// brings the dialogue state and carries out the step.
//
// "Is this the sender's number or a new forward?" is decided on the whole text: a reply is a
// number only when, once a few label words are taken off, nothing but the number is left.
// A forwarded lure contains numbers and URLs too, but always other words around them.
import { parsePhoneNumber } from '../core/sender/index.js';
import type { PhoneNumber } from '../core/types.js';

export type Inbound =
  | { readonly kind: 'empty' }
  /** `Call 0312345678` / `通話 03-1234-5678`: a nuisance or scam call from that number. */
  | { readonly kind: 'call'; readonly number: PhoneNumber }
  /** The whole text is a phone number: the answer to "who sent it?". */
  | { readonly kind: 'sender'; readonly number: PhoneNumber }
  /** 不明 / わからない / unknown: the reporter does not know the sender. */
  | { readonly kind: 'no-sender' }
  /** STOP / ストップ / 停止: no more replies to this number (reports still taken). */
  | { readonly kind: 'stop' }
  /** START / 開始 / 再開: replies again. */
  | { readonly kind: 'start' }
  /** HELP / ヘルプ: how to use the short code. */
  | { readonly kind: 'help' }
  /** Anything else: a forwarded message to report. */
  | { readonly kind: 'forward' };

const MAX_ANSWER_LENGTH = 48;

// Label words people put around an answer ("送信元は090…です", "From: +81…"), taken off
// before the rest must be a number. Anchored at the ends, so text in between stays.
const LABEL_BEFORE = /^(?:(?:送信元|送信者|差出人|発信元|発信者|相手|送り主)(?:の)?(?:電話)?(?:番号)?|電話番号|番号|from|sender|number|tel|phone)\s*(?:は|:|：|=)?\s*/i;
const LABEL_AFTER = /\s*(?:です|でした|から(?:です|でした)?|からのsms|より)$/i;
const TRAILING_PUNCTUATION = /[\s。．.!！]+$/;

const CALL = /^(?:call|calls|通話|電話|着信)\s*[:：]?\s*(.+)$/i;

const NO_SENDER = new Set([
  '不明', 'ふめい', 'わからない', '分からない', '解らない', 'わかりません', '分かりません', '知らない', '知りません',
  'なし', '無し', 'ない', '番号なし', '非通知', '表示なし', '?', '？',
  'unknown', "don't know", 'dont know', 'do not know', 'not known', 'no idea', 'no number', 'none', 'n/a',
]);

// Keywords carriers' short codes answer (CTIA's STOP/HELP, and their Japanese counterparts).
// Only a text that is the keyword alone: a lure that says "停止" among other words is a lure.
const KEYWORDS = new Map<string, 'stop' | 'start' | 'help'>([
  ...['stop', 'stopall', 'unsubscribe', 'ストップ', 'すとっぷ', '停止', '配信停止', '返信停止', '中止'].map((w) => [w, 'stop'] as const),
  ...['start', 'unstop', 'スタート', '開始', '再開', '返信再開'].map((w) => [w, 'start'] as const),
  ...['help', 'info', 'ヘルプ', 'へるぷ', '使い方', '使いかた'].map((w) => [w, 'help'] as const),
]);

function fold(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

/** The number the whole of `text` is, label words aside; null when anything else is there. */
export function answerNumber(text: string): PhoneNumber | null {
  let t = fold(text).replace(TRAILING_PUNCTUATION, '');
  if (t.length === 0 || t.length > MAX_ANSWER_LENGTH) return null;
  t = t.replace(LABEL_BEFORE, '').replace(LABEL_AFTER, '').replace(TRAILING_PUNCTUATION, '');
  const n = parsePhoneNumber(t);
  return n && n.kind !== 'unknown' ? n : null;
}

export function classifyInbound(text: string): Inbound {
  const t = fold(text);
  if (t === '') return { kind: 'empty' };
  const call = CALL.exec(t);
  if (call) {
    const n = parsePhoneNumber((call[1] as string).replace(TRAILING_PUNCTUATION, ''));
    if (n && n.kind !== 'unknown') return { kind: 'call', number: n };
  }
  const word = t.toLowerCase().replace(TRAILING_PUNCTUATION, '').replace(/です$/, '');
  const keyword = KEYWORDS.get(word.replace(/\s+/g, ''));
  if (keyword) return { kind: keyword };
  if (NO_SENDER.has(word)) return { kind: 'no-sender' };
  const n = answerNumber(t);
  if (n) return { kind: 'sender', number: n };
  return { kind: 'forward' };
}

/** The link to the web form for a report: `{id}` in the URL is replaced, else `?report=ID` is added. */
export function formLink(formUrl: string, reportId: string): string {
  if (formUrl.includes('{id}')) return formUrl.replaceAll('{id}', encodeURIComponent(reportId));
  try {
    const u = new URL(formUrl);
    u.searchParams.set('report', reportId);
    return u.href;
  } catch {
    return `${formUrl}?report=${encodeURIComponent(reportId)}`;
  }
}

// The service's answers: Japanese, one SMS part each (UCS-2 carries 70 characters in a
// single part; every extra part costs the carrier and arrives out of order on some handsets).
// No link by default: the service tells people not to trust links in SMS, so it sends none
// itself; the form link is added only when the operator asks for it (`--reply-link`).
export const replies = {
  askSender: (id: string, link: string | null): string =>
    `受付番号${id}。このSMSの送信元の番号を返信してください。不明なら「不明」と返信。${link ? ` 詳細: ${link}` : ''}`,
  senderThanks: (id: string): string => `${id}の送信元を受け付けました。ご協力ありがとうございました。`,
  senderAlreadyGiven: (id: string): string => `${id}の送信元は登録済みです。ありがとうございました。`,
  noSenderThanks: (id: string): string => `${id}を送信元不明のまま受け付けました。ありがとうございました。`,
  callThanks: (id: string): string => `迷惑電話の報告を受け付けました（${id}）。ありがとうございました。`,
  nothingOpen: (): string => `受付中の報告はありません。不審なSMSは本文をそのまま転送してください。`,
  help: (): string => `不審なSMSは本文をそのまま転送。迷惑電話は「通話 0312345678」。返信停止は「停止」。`,
  stopped: (): string => `今後この番号には返信しません。転送は引き続き受け付けます。再開は「開始」。`,
  started: (): string => `返信を再開しました。不審なSMSは本文をそのまま転送してください。`,
  overCap: (): string => `短時間に多数の報告があったため、しばらく受付を停止します。時間をおいて送ってください。`,
} as const;
