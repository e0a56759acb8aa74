// Install an app or a configuration profile: how FluBot-style malware spreads from phone to phone.
import type { Ask } from '../check.js';
import type { ExtractedUrl } from '../types.js';
import { cuesOf, hasCue, toldAsDone, type AskFinder, type AskNeeds, NO_ASKS } from './types.js';

// An Android package named by the link itself: a file ending .apk, a path segment "apk", or a host
// label made of it (apk-download.…, jp-apk.…). Apps are installed from a store; a link that hands over
// the package is the install ask, worded or not (NPA スミッシング: 不正アプリのダウンロード).
const APK_PATH = /(?:\.apk|\/apk)(?:[/?#]|$)/i;
const APK_HOST = /(?:^|[.-])apk(?:[.-]|$)/i;

/** Whether the link hands over an Android package. (App stores are owned where the ask is weighed.) */
export function apkLink(u: ExtractedUrl): boolean {
  return !u.redacted && (APK_PATH.test(u.path) || APK_HOST.test(u.host));
}

const INSTALL_CUES = ['install'];

/** What createInstallAsk cannot find an ask without (types.ts AskNeeds): an `install` cue or an Android package's link. */
export const installNeeds: AskNeeds = (input) => hasCue(input, INSTALL_CUES) || input.indicators.urls.some(apkLink);

export function createInstallAsk(): AskFinder {
  return (input) => {
    // "アプリ入れといたよ" tells what the writer did on their own phone.
    const cue = cuesOf(input, 'install').find((c) => !toldAsDone(input, c));
    const apk = input.indicators.urls.find(apkLink);
    if (!cue) {
      if (apk === undefined) return NO_ASKS;
      return [{ kind: 'install', cue: 'apk', channel: { type: 'url', value: apk.normalized, host: apk.host }, quoted: input.reported } satisfies Ask];
    }
    const u = apk ?? input.indicators.urls[0];
    return [{ kind: 'install', cue: cue.cue, channel: u ? { type: 'url', value: u.normalized, host: u.host } : { type: 'unstated', value: '' }, quoted: cue.quoted } satisfies Ask];
  };
}
