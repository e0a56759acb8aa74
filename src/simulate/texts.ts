// Texts for synthetic traffic: a handful of templates in the style of the public lures in
// data (ja_smishing.csv, ja_real.csv) and of ordinary Japanese SMS, with brands, names, links
// and numbers varied by the simulator's PRNG. Invented here; no corpus is copied.
import type { Rng } from './prng.js';

const LURE_TEMPLATES: readonly string[] = [
  'お客様宛にお荷物のお届けにあがりましたが不在の為持ち帰りました。下記よりご確認ください。 {url}',
  'ご本人様不在の為お荷物を持ち帰りました。配送物は下記よりご確認ください {url}',
  '【{brand}】お客様のアカウントが一時停止されております、ご確認ください。 {url}',
  '【{brand}】お客様のカードのご利用を一部制限しております。 {url}',
  'Amazonプライム会費のお支払い方法に問題があります。詳細はこちら:{url}',
  '【国税庁】最終通知、未払い税金お支払いのお願い。 {url}',
  '【{bank}】お客様の口座の取引を一時的に規制しています、必ずご確認ください。{url}',
  '【{brand}】第三者からの不正なアクセスを検知しました。ご確認ください。 {url}',
  'お支払い方法に問題があります、更新してください {url}',
  '【ヤマト運輸】お荷物の配達予定日が変更になりました。詳細: {url}',
];
const LURE_BRANDS: readonly string[] = ['楽天カード', 'Amazon', 'au PAY', 'ドコモ', 'メルカリ', 'PayPay', 'エポスカード', 'イオンカード', 'JCB'];
const BANKS: readonly string[] = ['三菱UFJ銀行', '三井住友銀行', 'みずほ銀行', 'ゆうちょ銀行', '住信SBIネット銀行', 'りそな銀行'];
const BAD_TLDS: readonly string[] = ['top', 'xyz', 'cc', 'fun', 'icu', 'shop', 'cn', 'com', 'net', 'buzz'];
const BAD_WORDS: readonly string[] = ['sagawa', 'jppost', 'kuroneko', 'amazon-jp', 'rakuten-card', 'smbc-jp', 'mufg', 'aeon-card', 'docomo-id', 'nta-go', 'epos-net', 'paypay-jp'];
const SHORTENERS: readonly string[] = ['bit.ly', 'cutt.ly', 't.co', 'is.gd', 'rb.gy'];

function alnum(rng: Rng, n: number): string {
  const chars = 'abcdefghijkmnpqrstuvwxyz23456789';
  let s = '';
  for (let i = 0; i < n; i++) s += chars[Math.floor(rng.next() * chars.length)];
  return s;
}

// Lures that name no brand and ask nothing in words a filter knows: the link does the work,
// written full-width on a cheap TLD. The engine mostly allows them.
const UNBRANDED_TEMPLATES: readonly string[] = ['先日の件です。{url}', 'こちらをご覧ください {url}', '写真を送ります {url}', 'お届け予定のお知らせ {url}', '詳細です {url}', '見ておいてね {url}'];
const UNBRANDED_WORDS: readonly string[] = ['photo', 'info', 'my', 'jp', 'share', 'view', 'pic', 'note'];

/** ASCII as full-width forms (ｈｔｔｐｓ：／／…). */
export function fullWidth(s: string): string {
  return s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

/** A campaign: one lure template and a pool of throwaway domains, as one crew runs it. */
export interface Campaign {
  readonly template: string;
  readonly hosts: readonly string[];
  readonly brand: string;
  readonly bank: string;
  /** Links written without a scheme ("sagawa-ab.top/x"), as some crews do to dodge filters. */
  readonly bare: boolean;
  /** Full-width links (unbranded campaigns). */
  readonly wide?: boolean;
}

export function makeCampaign(rng: Rng, opts: { bare?: number; unbranded?: boolean } = {}): Campaign {
  const hosts: string[] = [];
  if (opts.unbranded) {
    for (let i = rng.int(3, 12); i > 0; i--) hosts.push(`${rng.pick(UNBRANDED_WORDS)}-${alnum(rng, rng.int(3, 6))}.top`);
    return { template: rng.pick(UNBRANDED_TEMPLATES), hosts, brand: '', bank: '', bare: false, wide: true };
  }
  const n = rng.int(3, 12);
  for (let i = 0; i < n; i++) {
    const kind = rng.next();
    if (kind < 0.15) hosts.push(`${rng.pick(SHORTENERS)}/${alnum(rng, 6)}`);
    else if (kind < 0.25) hosts.push(`${alnum(rng, 8)}.duckdns.org`);
    else hosts.push(`${rng.pick(BAD_WORDS)}-${alnum(rng, rng.int(2, 5))}.${rng.pick(BAD_TLDS)}`);
  }
  return { template: rng.pick(LURE_TEMPLATES), hosts, brand: rng.pick(LURE_BRANDS), bank: rng.pick(BANKS), bare: rng.chance(opts.bare ?? 0.2) };
}

export function lureText(rng: Rng, c: Campaign): string {
  const host = rng.pick(c.hosts);
  const path = host.includes('/') ? '' : rng.chance(0.6) ? `/${alnum(rng, rng.int(2, 8))}` : '';
  const plain = `${c.bare ? '' : rng.chance(0.7) ? 'https://' : 'http://'}${host}${path}`;
  const url = c.wide ? fullWidth(plain) : plain;
  return c.template.replace('{url}', url).replace('{brand}', c.brand).replace('{bank}', c.bank);
}

const CHAT: readonly string[] = [
  '今日何時に帰る?', '了解です!', 'ありがとう〜', '今から出ます', 'ごめん、少し遅れます', '駅に着いたよ', 'おつかれさま',
  '明日の予定どうする?', 'ご飯できてるよ', '牛乳買ってきて', 'わかった', 'またあとで連絡するね', 'おやすみ', '電話できる?',
  '{n}時に駅前で待ち合わせね', '雨降ってるから気をつけて', '資料送りました。確認お願いします', 'お疲れさまです。本日の会議は{n}時からです',
  '写真ありがとう!', 'いま電車の中', '週末空いてる?', 'おめでとう!', '病院終わったよ', '鍵持ってる?', '了解しました。よろしくお願いします',
];
const SHARE_LINKS: readonly string[] = ['https://www.youtube.com/watch?v={id}', 'https://www.instagram.com/p/{id}/', 'https://maps.app.goo.gl/{id}', 'https://x.com/i/status/{id}', 'https://tabelog.com/tokyo/A{id}/'];

export function chatText(rng: Rng): string {
  if (rng.chance(0.04)) return `これ見て ${rng.pick(SHARE_LINKS).replace('{id}', alnum(rng, 10))}`;
  return rng.pick(CHAT).replace('{n}', String(rng.int(7, 21)));
}

/** An ordinary user forwarding a lure to a friend or family member to ask about it. */
export function forwardedLure(rng: Rng, lure: string): string {
  return `${rng.pick(['これ詐欺かな?', '変なSMS来た', 'これ本物?', '気をつけて!こんなの来たよ'])} ${lure}`;
}

/** A subscriber warning friends about a lure they got, quoting it. */
export function warningForward(rng: Rng, lure: string): string {
  const kind = rng.int(0, 3);
  if (kind === 0) return `これ詐欺だって、気をつけて「${lure}」`;
  if (kind === 1) return `こんなSMSが来たけど偽物なので開かないでね! 「${lure}」`;
  if (kind === 2) return `【注意】今こういうメールが出回っています。リンクは押さないでね\n${lure}`;
  return `Beware, this is a scam going round: "${lure}"`;
}

const GREETINGS: readonly string[] = [
  'あけましておめでとうございます!今年もよろしくお願いします',
  '明けましておめでとう🎍今年もよろしくね',
  '謹賀新年 旧年中は大変お世話になりました。本年もどうぞよろしくお願いいたします',
  'Happy New Year! 今年もよろしく!',
];
export function greetingText(rng: Rng, withCard: boolean): string {
  const g = rng.pick(GREETINGS);
  return withCard ? `${g} 年賀状はこちら https://nenga.greeting-card.jp/c/${alnum(rng, 8)}` : g;
}

const CLUBS: readonly string[] = ['テニス部', '少年野球チーム', 'フットサル同好会', '合唱団', 'PTA役員会', '町内会', 'バドミントンクラブ'];
const PLACES: readonly string[] = ['市民体育館', '第二グラウンド', '公民館', '小学校体育館', '駅前コミュニティセンター'];
const DAYS: readonly string[] = ['月', '火', '水', '木', '金', '土', '日'];
export function clubOf(rng: Rng): { name: string; place: string; link: string | null } {
  return { name: rng.pick(CLUBS), place: rng.pick(PLACES), link: rng.chance(0.5) ? `https://forms.gle/${alnum(rng, 10)}` : null };
}
export function clubText(rng: Rng, club: { name: string; place: string; link: string | null }): string {
  const base = `${club.name}です。今週${rng.pick(DAYS)}曜の練習は${rng.int(9, 19)}時から${club.place}です。`;
  return club.link ? `${base}出欠はこちら ${club.link}` : `${base}出欠を返信してください`;
}

const EVENTS: readonly string[] = ['忘年会', '新年会', '同窓会', '誕生日会', 'BBQ', '送別会', 'クラス会'];
/** An invitation a person sends to everyone they know, the same words and link to each. */
export function inviteText(rng: Rng, withLink: boolean): string {
  const base = `${rng.pick(EVENTS)}のお知らせです!${rng.int(1, 28)}日(${rng.pick(DAYS)})${rng.int(17, 20)}時から駅前の店で。`;
  return withLink ? `${base}出欠はこちらから https://chouseisan.com/s?h=${alnum(rng, 16)}` : `${base}来られるか返信ください`;
}

const SHOPS: readonly string[] = ['サロン花', 'ヘアサロンMIKI', '山田歯科', 'ネイルルームLuna', '整体院さくら', 'カフェ日和', 'クリーニング白鳥'];
const SURNAMES: readonly string[] = ['佐藤', '鈴木', '高橋', '田中', '伊藤', '渡辺', '山本', '中村', '小林', '加藤', '吉田', '山田'];
export function shopOf(rng: Rng): { name: string; link: string | null } {
  return { name: rng.pick(SHOPS), link: rng.chance(0.6) ? `https://beauty.hotpepper.jp/kr/sln${alnum(rng, 8)}/` : null };
}
export function shopText(rng: Rng, shop: { name: string; link: string | null }): string {
  const base = `【${shop.name}】${rng.pick(SURNAMES)}様 明日${rng.int(10, 19)}時のご予約をお待ちしております。`;
  return shop.link ? `${base}変更はこちら ${shop.link}` : `${base}変更の際はご連絡ください`;
}

const CARRIERS: readonly string[] = ['ヤマト運輸', '佐川急便', '日本郵便', 'Amazon配送'];
export function driverText(rng: Rng, company: string, mapLink: boolean): string {
  const base = `${company}の配達員です。本日${rng.int(9, 20)}時頃お届けに伺います。`;
  return mapLink ? `${base}ご不在の場合はこちら https://maps.app.goo.gl/${alnum(rng, 10)}` : `${base}ご不在の場合はご連絡ください。`;
}
export function driverCompany(rng: Rng): string {
  return rng.pick(CARRIERS);
}

export const OTP_SERVICES: readonly string[] = [
  'LINE', 'Google', 'Amazon', 'PayPay', 'メルカリ', 'Yahoo! JAPAN', '楽天', 'Instagram', 'TikTok', 'X', 'Uber', 'Airbnb', 'Microsoft',
  'Apple', 'ZOZOTOWN', 'ラクマ', 'au PAY', 'd払い', 'Tinder', 'Pairs', 'Telegram', 'WhatsApp', 'Discord', 'Facebook', 'ペイディ',
  'メルペイ', 'ジモティー', 'タップル', 'Coincheck', 'bitFlyer', 'SBI証券', 'LINE Pay', 'Netflix', 'Steam', 'Shopee', 'TEMU',
];
export function otpText(rng: Rng, service: string): string {
  const code = String(rng.int(100000, 999999));
  // Each service words its codes one way, as real ones do.
  let h = 0;
  for (let i = 0; i < service.length; i++) h = (h * 31 + service.charCodeAt(i)) >>> 0;
  switch (h % 4) {
    case 0: return `【${service}】認証コード: ${code}`;
    case 1: return `${code}は${service}の確認コードです。誰とも共有しないでください。`;
    case 2: return `[${service}] Your verification code is ${code}`;
    default: return `${service}のワンタイムパスワードは${code}です。有効期限は10分です。`;
  }
}

/** One service's code, its wording varying with the code (letters and digits, WebOTP's #code, expiry times). */
export function heavyOtpText(rng: Rng, service: string): string {
  const code = `${alnum(rng, 3).toUpperCase()}${rng.int(100, 999)}`;
  switch (rng.int(0, 3)) {
    case 0: return `${code}は${service}の確認コードです。${rng.int(10, 23)}:${String(rng.int(0, 59)).padStart(2, '0')}まで有効です。`;
    case 1: return `${code}は${service}の確認コードです。誰とも共有しないでください。`;
    case 2: return `Your ${service} verification code is ${code}\n\n@${service.toLowerCase().replace(/[^a-z]/g, '') || 'svc'}.example #${code}`;
    default: return `${service}: your one-time passcode is ${code}. Valid for ${rng.int(5, 30)} minutes.`;
  }
}

const INTL_SPAM: readonly string[] = [
  'Congratulations! You have won a prize. Claim now: http://{h}.top/{id}',
  '【Apple】Apple IDがロックされました。ご確認ください https://{h}.xyz/{id}',
  '副業で月収50万円!詳細はこちら https://{h}.cc/{id}',
  'Your package is on hold. Pay the customs fee: https://{h}.net/{id}',
];
export function intlText(rng: Rng): string {
  if (rng.chance(0.5)) return rng.pick(['Hi, this is Anna. Are you free?', 'Meeting moved to 3pm', 'Thanks, see you soon!', '元気?今度日本に行くよ']);
  return rng.pick(INTL_SPAM).replace('{h}', alnum(rng, 7)).replace('{id}', alnum(rng, 5));
}
