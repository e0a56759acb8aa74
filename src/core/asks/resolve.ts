// Act on a problem the message asserts (pay, confirm, update, read the rest) with no channel
// written: the link or number is elsewhere, or the reader is meant to ask back. A message that
// claims a company and says the reader's account with it is stopped, unpaid or under attack
// asks the same, in so many words or not: put it right, with us.
import { cuesOf, hasCue, inSentence, namesOwnPage, namesOwnPlace, sentenceAt, serviceNumbers, type AskFinder, type AskInput, type AskNeeds, NO_ASKS } from './types.js';

// Lure families that assert a problem only the company can clear: a stop, a debt, a lawsuit, a
// notice with no content. (Not a login alert: services send those as information, and the
// reader acts in the app they already have.)
const ACCOUNT_PROBLEM = new Set(['unpaid-charge', 'account-restriction', 'legal-threat', 'notice']);

const RESOLVE_CUES = ['resolve'];
const PROBLEMS = [...ACCOUNT_PROBLEM];

/**
 * What createResolveAsk cannot find an ask without (types.ts AskNeeds): a `resolve` cue, or a brand claimed with no link
 * or number written and a cue of ACCOUNT_PROBLEM (the implied ask).
 */
export const resolveNeeds: AskNeeds = (input) => hasCue(input, RESOLVE_CUES)
  || (input.brands.length > 0 && input.indicators.urls.length === 0 && input.indicators.phones.length === 0 && hasCue(input, PROBLEMS));

export function createResolveAsk(): AskFinder {
  return (input) => {
    // "If this wasn't you, contact us": advice for a case, with no way to act given, asks nothing of the reader.
    // "お手元の納入通知書でお支払いください", "アプリからご確認ください": the way named is the sender's own
    // (a link or number written beside it is judged as its own ask).
    // "担当営業またはコールセンターへご相談ください": the company's own desk, by the number the reader knows.
    if (cuesOf(input, 'own-way').some((c) => !c.quoted) || cuesOf(input, 'desk').some((c) => !c.quoted) || namesOwnPage(input)) return NO_ASKS;
    // "念のため合言葉「くるみ」でご確認くださいね": checked by the family's passphrase (`vouched`), the reader's own way.
    const cue = cuesOf(input, 'resolve').find((c) => !inSentence(input, c.index, 'if-not-you') && !inSentence(input, c.index, 'vouched'));
    if (cue) return [{ kind: 'resolve', cue: cue.cue, channel: { type: 'unstated', value: '' }, quoted: cue.quoted, ...(ownService(input, cue.index) || namesOwnPlace(input, cue.index, cue.cue.length) ? { ownWay: true } : {}) }];
    // A written link or number is the way to put it right, judged as its own ask.
    if (input.brands.length === 0 || input.indicators.urls.length > 0 || input.indicators.phones.length > 0 || (cuesOf(input, 'call').length > 0 && serviceNumbers(input).length > 0)) return NO_ASKS;
    // "利用停止になっていました。カード会社に連絡済みです": the problem is told as already dealt with.
    if (cuesOf(input, 'handled').some((c) => !c.quoted)) return NO_ASKS;
    // "お支払い期限を延長します。お手続きは不要です": the notice says the reader need do nothing, so nothing is left to put right.
    if (cuesOf(input, 'no-action').some((c) => !c.quoted)) return NO_ASKS;
    // "確認はMy docomoから": the message names the brand's own service as the way; the problem is put right there.
    if (input.names?.some((n) => !n.header && namesService(input, n))) return NO_ASKS;
    // "当社がSMSでカード番号を伺うことはありません", "SMSで支払いを求めることはありません": a message that says what the
    // office never does describes the scam (lures/disown.ts); no problem it names is left for the reader to put right
    // by answering it. (No smishing row of the Japanese sets says what it never does; offices' and police notices do.)
    if (cuesOf(input, 'never-does').some((c) => !c.quoted)) return NO_ASKS;
    // "ご本人でない場合は利用停止を": the stop is advice for a case, not a problem the message asserts.
    // "〇〇家庭裁判所です": a problem's word inside an institution's name (裁判 in 裁判所) names the office, asserting nothing.
    const inName = (l: { index: number; cue: string }): boolean => cuesOf(input, 'institution').some((n) => n.cue.length > l.cue.length && n.index <= l.index && n.index + n.cue.length >= l.index + l.cue.length);
    const problem = input.lures.find((l) => l.kind === 'lure' && !l.quoted && ACCOUNT_PROBLEM.has(l.category) && !inSentence(input, l.index, 'if-not-you') && !inName(l));
    return problem ? [{ kind: 'resolve', cue: problem.cue, channel: { type: 'unstated', value: '' }, quoted: false, implied: true }] : NO_ASKS;
  };
}

// After a brand's name, the rest of a service's name (e-NAVI, Net, ダイレクト, .com) and then a
// word that makes it the place to act: "で", "から", "にログイン", "へ", "のアプリ", "のヘルプ"…
const PLACE_AFTER = /^[a-z0-9 .\-・ーァ-ヶ]*(?:で(?!す|ござ|は)|から(?!の)|にログイン|へ(?!の)|公式|の(?:アプリ|ヘルプ|サポート|マイページ|チャット|注文履歴|アカウントサービス|会員|お問い合わせ|サイト|公式|ホームページ))/;

/**
 * "My docomoでご確認ください", "楽天e-NAVIでご確認ください", "PayPayのヘルプをご確認ください": the sentence
 * that asks names the claimed brand again, past its header, as the place to act: its own site,
 * app or desk, reached the way the reader always does. Not when it points at a link ("下記より"),
 * nor when the name is the subject of the problem ("rakuten cardが一時停止…ご確認ください").
 */
function ownService(input: AskInput, index: number): boolean {
  if (!input.names || input.brands.length === 0 || inSentence(input, index, 'link-ref')) return false;
  const [s, e] = sentenceAt(input.norm.text, index);
  return input.names.some((n) => !n.header && n.index >= s && n.index < e && namesService(input, n));
}

/** A claimed brand's name written as the place to act ("My docomoで", "楽天e-NAVIから"). */
function namesService(input: AskInput, n: { brandId: string; index: number; length: number }): boolean {
  const end = n.index + n.length;
  return input.brands.some((b) => b.brandId === n.brandId) && PLACE_AFTER.test(input.norm.lower.slice(end, end + 24));
}

