// Call a number: the numbers written in the text, or, when none is written ("call this
// number"), the sender's own.
import type { Ask } from '../check.js';
import { cuesOf, inSentence, namesOwnPlace, sentenceAt, serviceNumbers, speaksAsOffice, type AskFinder, type AskInput } from './types.js';

export function createCallAsk(): AskFinder {
  return (input) => {
    const cue = cuesOf(input, 'call')[0];
    if (!cue) {
      // A number written in a message that speaks as an office is there to be called, said or not;
      // so is a premium-rate line, which earns only when called.
      if (input.indicators.phones.length === 0 || !(speaksAsOffice(input) || input.indicators.phones.some((p) => p.kind === 'premium'))) return [];
      return input.indicators.phones.map((p): Ask => ({ kind: 'call', cue: '', channel: { type: 'phone', value: p.normalized }, quoted: input.reported, implied: true }));
    }
    const asks: Ask[] = [];
    for (const p of input.indicators.phones) asks.push({ kind: 'call', cue: cue.cue, channel: { type: 'phone', value: p.normalized }, quoted: cue.quoted });
    for (const n of serviceNumbers(input)) asks.push({ kind: 'call', cue: cue.cue, channel: { type: 'phone', value: n }, quoted: cue.quoted });
    // "If this wasn't you, call us" with no number written is advice, not a call-back lure.
    if (asks.length === 0 && !inSentence(input, cue.index, 'if-not-you')) {
      // "Call this number": the sender's own. "カスタマーセンターへご連絡ください" with no number
      // names the company's desk, which the reader reaches by the number they already know.
      // So does its app or site named in the sentence ("アプリからご連絡ください", "マイページのお問い合わせから"):
      // nothing there rings a number the message controls.
      const desk = inSentence(input, cue.index, 'desk') || namesOwnPlace(input, cue.index, cue.cue.length) || viaOwnApp(input, cue.index);
      const channel = input.sender && !desk ? { type: 'reply' as const, value: input.sender.normalized } : { type: 'unstated' as const, value: '' as const };
      asks.push({ kind: 'call', cue: cue.cue, channel, quoted: cue.quoted, ...(desk ? { ownWay: true } : {}) });
    }
    return asks;
  };
}

// Own ways that are an app or a site, never a line to ring back.
const APP_OR_SITE = /アプリ|ページ|サイト|app|page|site/;

function viaOwnApp(input: AskInput, index: number): boolean {
  const [s, e] = sentenceAt(input.norm.text, index);
  return input.lures.some((l) => l.category === 'own-way' && !l.quoted && l.index >= s && l.index < e && APP_OR_SITE.test(l.cue));
}
