// Act on a problem the message asserts (pay, confirm, update, read the rest) with no channel
// written: the link or number is elsewhere, or the reader is meant to ask back. A message that
// claims a company and says the reader's account with it is stopped, unpaid or under attack
// asks the same, in so many words or not: put it right, with us.
import { cuesOf, inSentence, serviceNumbers, type AskFinder } from './types.js';

// Lure families that assert a problem only the company can clear: a stop, a debt, a lawsuit, a
// notice with no content. (Not a login alert: services send those as information, and the
// reader acts in the app they already have.)
const ACCOUNT_PROBLEM = new Set(['unpaid-charge', 'account-restriction', 'legal-threat', 'notice']);

export function createResolveAsk(): AskFinder {
  return (input) => {
    // "If this wasn't you, contact us": advice for a case, with no way to act given, asks nothing of the reader.
    // "お手元の納入通知書でお支払いください", "アプリからご確認ください": the way named is the sender's own
    // (a link or number written beside it is judged as its own ask).
    // "担当営業またはコールセンターへご相談ください": the company's own desk, by the number the reader knows.
    if (cuesOf(input, 'own-way').some((c) => !c.quoted) || cuesOf(input, 'desk').some((c) => !c.quoted)) return [];
    const cue = cuesOf(input, 'resolve').find((c) => !inSentence(input, c.index, 'if-not-you'));
    if (cue) return [{ kind: 'resolve', cue: cue.cue, channel: { type: 'unstated', value: '' }, quoted: cue.quoted }];
    // A written link or number is the way to put it right, judged as its own ask.
    if (input.brands.length === 0 || input.indicators.urls.length > 0 || input.indicators.phones.length > 0 || (cuesOf(input, 'call').length > 0 && serviceNumbers(input).length > 0)) return [];
    // "ご本人でない場合は利用停止を": the stop is advice for a case, not a problem the message asserts.
    const problem = input.lures.find((l) => l.kind === 'lure' && !l.quoted && ACCOUNT_PROBLEM.has(l.category) && !inSentence(input, l.index, 'if-not-you'));
    return problem ? [{ kind: 'resolve', cue: problem.cue, channel: { type: 'unstated', value: '' }, quoted: false, implied: true }] : [];
  };
}
