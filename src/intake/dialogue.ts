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

// The service's answers: Japanese first, a short English line after. Kept short: each
// 67 characters is another SMS part (UCS-2) the subscriber receives.
export const replies = {
  askSender: (id: string, link: string): string =>
    `ご報告ありがとうございます。受付番号${id}\nこのSMSの送信元の電話番号を返信してください（不明なら「不明」）。詳細の追加: ${link}\nThanks. Reply with the sender's number or "unknown".`,
  senderThanks: (id: string): string =>
    `送信元の番号を受け付けました（${id}）。ご協力ありがとうございました。\nThank you: sender recorded.`,
  senderAlreadyGiven: (id: string): string =>
    `この報告（${id}）には送信元が登録済みです。ありがとうございました。\nThe sender was already recorded.`,
  noSenderThanks: (id: string): string =>
    `承知しました。送信元不明のまま受け付けました（${id}）。\nOK: reported without the sender.`,
  callThanks: (id: string): string =>
    `迷惑電話の報告を受け付けました（${id}）。ありがとうございました。\nThank you: call reported.`,
  nothingOpen: (): string =>
    `受付中の報告はありません。不審なSMSは本文をそのまま転送してください。\nNo open report: forward the suspicious SMS first.`,
  help: (): string =>
    `不審なSMSは本文をそのまま転送してください。迷惑電話は「通話 03-1234-5678」の形で。\nForward the SMS text, or "Call 0312345678".`,
} as const;
