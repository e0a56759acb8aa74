// Go to an ATM to receive money or to cancel something: "還付金があります。ATMで手続きできますので、
//携帯を持ってATMへ行ってください", "Diríjase hoy a un cajero automático". An ATM pays out only what the
// reader's own card holds; the "procedure" the caller talks them through on the phone is a transfer
// to the caller (NPA, 政府広報オンライン: 還付金詐欺). No office pays a refund, a benefit or a premium
// back at an ATM, nor cancels a contract there, so the ATM is the ask, said with a number or not.
// A warning says the ATM is not where refunds are paid ("ATMで還付金は受け取れません",
// "ATMに行かないで"): a negated sentence asks nothing.
import { replyChannel } from './reply.js';
import { hasCue, inSentence, sentenceAt, speaksAsPerson, type AskFinder, type AskInput, type AskNeeds, luresOfCategory, NO_ASKS } from './types.js';

// Right after the ATM word, the card or its PIN: "ATMカード", "ATM card number", not the machine.
const CARD_AFTER = /^\s*(?:カード|card|kartu|카드|卡|cartao|tarjeta|कार्ड|pin|暗証)/;
// A negation in the sentence: the ATM is named as where nothing happens. (A threat's condition,
// "手続きしないと", is left to the lure: it is rarer than the warning it looks like.)
const NEGATION = /ません|ない|ず[、。,]|できかね|\bnot\b|\bnever\b|\bnunca\b|não|nao\b|không|\bkhong\b|\bhindi\b|huwag|\bno (?:vaya|acuda|se dirija|debe|haga)|不|않|없|말고|마세요/;

// A sentence that says the ATM is never where this happens, or tells it as done.
const DISOWNING = ['never-does', 'never-ask', 'done'];

/** The first ATM mention that is the place the message sends the reader to, in its own words. */
function sentToAtm(input: AskInput): { cue: string } | undefined {
  const text = input.norm.text;
  const lower = input.norm.lower;
  for (const l of input.lures) {
    if (l.category !== 'atm' || l.quoted) continue;
    if (CARD_AFTER.test(lower.slice(l.index + l.cue.length, l.index + l.cue.length + 8))) continue;
    const [s, e] = sentenceAt(text, l.index);
    // "ATMに行かれましたか？": asked about, not sent to.
    if (text[e] === '?' || text[e] === '？') continue;
    let go: string | undefined;
    for (const g of luresOfCategory(input.lures, 'atm-go')) if (!g.quoted && g.index >= s && g.index < e) go ??= g.cue;
    if (go === undefined) continue;
    if (DISOWNING.some((c) => inSentence(input, l.index, c)) || NEGATION.test(lower.slice(s, e))) continue;
    return { cue: `${l.cue} / ${go}` };
  }
  return undefined;
}

const REFUND_DUE = ['refund-due'];
const ATM = ['atm'];
const ATM_GO = ['atm-go'];

/** What createAtmAsk cannot find an ask without (types.ts AskNeeds): a `refund-due`, an `atm` and an `atm-go` cue, in no report. */
export const atmNeeds: AskNeeds = (input) => !input.reported && hasCue(input, REFUND_DUE) && hasCue(input, ATM) && hasCue(input, ATM_GO);

export function createAtmAsk(): AskFinder {
  return (input) => {
    // A friend's "ATMでおろしてくるね" or a relative's remittance to collect at a bank's ATM is between people.
    if (input.reported || speaksAsPerson(input)) return NO_ASKS;
    // The money the ATM is said to pay out, or what it is said to cancel, in the message's own words.
    if (!luresOfCategory(input.lures, 'refund-due').some((l) => !l.quoted)) return NO_ASKS;
    const sent = sentToAtm(input);
    return sent ? [{ kind: 'atm', cue: sent.cue, channel: replyChannel(input), quoted: false }] : NO_ASKS;
  };
}
