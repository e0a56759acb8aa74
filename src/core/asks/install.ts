// Install an app or a configuration profile: how FluBot-style malware spreads from phone to phone.
import type { Ask } from '../check.js';
import { cuesOf, type AskFinder } from './types.js';

export function createInstallAsk(): AskFinder {
  return (input) => {
    const cue = cuesOf(input, 'install')[0];
    if (!cue) return [];
    const u = input.indicators.urls[0];
    return [{ kind: 'install', cue: cue.cue, channel: u ? { type: 'url', value: u.normalized, host: u.host } : { type: 'unstated', value: '' }, quoted: cue.quoted } satisfies Ask];
  };
}
