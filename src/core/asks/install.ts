// Install an app or a configuration profile: how FluBot-style malware spreads from phone to phone.
import type { Ask } from '../check.js';
import { cuesOf, toldAsDone, type AskFinder, NO_ASKS } from './types.js';

export function createInstallAsk(): AskFinder {
  return (input) => {
    // "アプリ入れといたよ" tells what the writer did on their own phone.
    const cue = cuesOf(input, 'install').find((c) => !toldAsDone(input, c));
    if (!cue) return NO_ASKS;
    const u = input.indicators.urls[0];
    return [{ kind: 'install', cue: cue.cue, channel: u ? { type: 'url', value: u.normalized, host: u.host } : { type: 'unstated', value: '' }, quoted: cue.quoted } satisfies Ask];
  };
}
