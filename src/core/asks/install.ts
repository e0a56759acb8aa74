// Install an app or a configuration profile: how FluBot-style malware spreads from phone to phone.
import type { Ask } from '../check.js';
import type { ExtractedUrl } from '../types.js';
import { cuesOf, hasCue, inSentence, sentenceAt, tellsOfScam, toldAsDone, type AskFinder, type AskInput, type AskNeeds, NO_ASKS } from './types.js';
import { gated } from '../match/literals.js';

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

// A refund paid back to the reader (not a benefit applied for through the state's portal, マイナポータル).
const REFUND = gated(/返金|払い戻し|払戻|返戻|還付|\brefund|reembolso|hoàn tiền|hoan tien|退款|退費|환불|환급|\bpag-?refund\b|pengembalian dana/);
// An app installed, downloaded or set up as what the refund needs ("返金には専用アプリ「RefundPass」のインストールが必要です",
// "返金を受け取るにはアプリをダウンロードしてください", "to receive your refund, install the app").
const APP_NEEDED = /(?:インストール|ダウンロード|アプリ(?:を|の)?(?:入れ|導入|登録))(?:が必要|していただく必要|いただく必要|をお願い|してください|して下さい|後|の上|のうえ|しないと|が完了)|\b(?:install|download)\b|安装|下载|下載|cài đặt|cai dat|tải ứng dụng|tai ung dung|설치|instal(?:e|ar|ação)|i-?install|i-?download|pasang aplikasi|unduh/;
const PORTAL = /マイナポータル|公金受取口座|mynaportal/;

/**
 * "返金には専用アプリ「RefundPass」のインストールが必要です。インストール後、画面の案内に従ってください": an app to be installed for a
 * refund to reach the reader, in the refund's sentence or the next. A refund goes back to the way it was paid, with nothing for the
 * reader to install or operate (国民生活センター・PayPay: 返金を装いアプリを入れさせる手口); the app is a remote-control or a payment
 * screen. Not a benefit applied for through マイナポータル, not a report or a warning, not negated. The cue: the install's words.
 */
export function refundByInstall(input: AskInput): string | undefined {
  if (input.reported || tellsOfScam(input)) return undefined;
  const text = input.norm.text;
  const lower = input.norm.lower;
  if (PORTAL.test(lower)) return undefined;
  for (const m of REFUND.matchAll(lower)) {
    if (inSentence(input, m.index, 'never-ask') || inSentence(input, m.index, 'done') || inSentence(input, m.index, 'never-does')) continue;
    const [s, e] = sentenceAt(text, m.index);
    const to = e + 1 < text.length ? sentenceAt(text, e + 1)[1] : e;
    const app = APP_NEEDED.exec(lower.slice(s, to + 1));
    if (app !== null && !NOT_NEEDED.test(lower.slice(s, to + 1))) return app[0];
  }
  return undefined;
}
// "インストールは不要です", "no app needed": the refund told to need nothing.
const NOT_NEEDED = /不要|必要(?:は)?ありません|必要ございません|いりません|\bno (?:app|need|action)\b|\bnot (?:need|required)\b|không cần|khong can|不需要|필요 없/;

/** What createInstallAsk cannot find an ask without (types.ts AskNeeds): an `install` cue, an Android package's link, or a
 * refund named with an app's install (refundByInstall). */
export const installNeeds: AskNeeds = (input) => hasCue(input, INSTALL_CUES) || input.indicators.urls.some(apkLink) || (REFUND.test(input.norm.lower) && APP_NEEDED.test(input.norm.lower));

// What a download fetches when it is no app: photos, videos, files, an album, a document.
const MEDIA = /写真|動画|画像|ビデオ|データ|ファイル|資料|アルバム|pdf|楽譜|音源|\bphotos?\b|\bvideos?\b|\bpictures?\b|\bfiles?\b|\balbum\b|ảnh|video|fotos?\b|larawan/;
// What an install is of: an app, its package, a profile or a certificate, an update.
const APP_WORD = /アプリ|\bapps?\b|apk|インストール|install|プロファイル|構成|証明書|アップデート|更新|セキュリティ|ứng dụng|aplicativo|应用|软件|앱/;

/**
 * "文化祭の写真アップしたよ bit.ly/… みんなでダウンロードしてね": a download of the photos or files the writer shared, no app, profile or
 * update named and no lure or pressure beside it: saving a picture installs nothing.
 */
function mediaDownload(input: AskInput, cue: string): boolean {
  if (!/ダウンロード|download|tải về|tai ve|baixar|i-?download/.test(cue)) return false;
  const lower = input.norm.lower;
  return MEDIA.test(lower) && !APP_WORD.test(lower) && !input.lures.some((l) => !l.quoted && (l.kind === 'lure' || l.kind === 'pressure'));
}

export function createInstallAsk(): AskFinder {
  return (input) => {
    // "アプリ入れといたよ" tells what the writer did on their own phone.
    const cue = cuesOf(input, 'install').find((c) => !toldAsDone(input, c) && !mediaDownload(input, c.cue));
    const apk = input.indicators.urls.find(apkLink);
    if (!cue) {
      if (apk === undefined) {
        // An app to be installed for a refund to reach the reader, however the install is worded.
        const refund = refundByInstall(input);
        const u = input.indicators.urls[0];
        return refund === undefined ? NO_ASKS : [{ kind: 'install', cue: refund, channel: u ? { type: 'url', value: u.normalized, host: u.host } : { type: 'unstated', value: '' }, quoted: false } satisfies Ask];
      }
      return [{ kind: 'install', cue: 'apk', channel: { type: 'url', value: apk.normalized, host: apk.host }, quoted: input.reported } satisfies Ask];
    }
    const u = apk ?? input.indicators.urls[0];
    return [{ kind: 'install', cue: cue.cue, channel: u ? { type: 'url', value: u.normalized, host: u.host } : { type: 'unstated', value: '' }, quoted: cue.quoted } satisfies Ask];
  };
}
