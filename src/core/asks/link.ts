// Open a link: every link in a message is an invitation to open it, and "下記より" / "click
// here" is one even when the link itself came apart from the text.
import type { Ask } from '../check.js';
import { cuesOf, inSentence, toldAsDone, type AskFinder } from './types.js';

export function createLinkAsk(): AskFinder {
  return (input) => {
    const asks: Ask[] = [];
    for (const u of input.indicators.urls) {
      asks.push({ kind: 'open-link', cue: '', channel: { type: 'url', value: u.normalized, host: u.host }, quoted: input.reported });
    }
    if (asks.length === 0) {
      // "SMS内のリンクから受け付けることはありません" says where the sender never asks you to go.
      // "下記から申し込んでおいた" tells where the writer went.
      const ref = cuesOf(input, 'link-ref').find((c) => !inSentence(input, c.index, 'never-ask') && !toldAsDone(input, c));
      if (ref) asks.push({ kind: 'open-link', cue: ref.cue, channel: { type: 'unstated', value: '' }, quoted: ref.quoted });
    }
    return asks;
  };
}
