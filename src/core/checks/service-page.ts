// A service's notice sent to a page no one vouches for: the ask of a link, whether or not a brand or a lure phrase is named.
//
// Why: the ask-channel check weighs a link as an ask (ASK_LINK) when something says whose page it should be: a lure word,
// a shop's sale, an institution named, a handset's throwaway page, an organisation's money. A notice that speaks as a
// service the reader supposedly deals with says it too, without any of those: a 【header】 (【ケアプラン】, 【霊園】,
// 【見守りサービス】), a contract, an account, a booking, a procedure or a benefit that is the reader's (ご契約の墓所, 送電が
// 保留中, 引き続きご利用の方は再登録, 学費減免の申請期限が本日まで, Anda berhak tunjangan, Bạn được nhận quà Tết). A care
// manager, a cemetery, a utility, a school office or a pension body does that business on its own site and texts from its
// own registered line; a notice in its voice that sends the reader to a shortener, a cheap or phishing-heavy TLD, a host on
// a suffix no ordinary business keeps, or a name made for the occasion, from a handset, an 050 line, abroad, an unregistered
// letters ID or no known sender, asks through a stranger's channel: whoever made the page receives what the reader does there.
//
// Twins left as they were: a friend's link to a shop, a news page or a map (a person's voice, no service's matter), a club's
// or a class's form (forms and free hosting count from abroad, or for a service's own system or app with no form named), a
// business's own site named after the name it signs with (brands/own-site.ts namedSiteLinks: hidamari-seitai.shop under
// 整体院ひだまりです, hidamari-seitai.web.app), an ordinary
// .jp/.com host, an official domain or a registered or 0005 sender (owned before this is read), a warning that quotes such a
// link (reported). A shortened link may open anyone's page, so with one the notice must tell the reader's own matter and
// what is the matter with it, not a header alone.
//
// Pure: reads the context and the link; the caller (ask-channel.ts) has already left out claims and owned channels.
import type { CheckContext } from '../check.js';
import type { ExtractedUrl } from '../types.js';
import type { MadePageKind } from './url-suspect.js';
import { namedSiteLinks } from '../brands/own-site.js';
import { tellsOfScam } from '../asks/types.js';
import { fromAbroad, openLine, vouchesForNothing, writesAsOrganisation } from './ask-channel.js';

// A heading the notice opens with, as organisations head theirs: 【ケアプラン】, [Univ IT Helpdesk], "新郎新婦よりお願い:",
// "自治体より：", "チケット発券期限のお知らせ", a service's Latin name before a colon ("au: お支払い確認", "Tokyo Airport Transfer: …").
const HEADER = /^\s*(?:[A-Za-z][A-Za-z0-9!.&' -]{0,24}[:：]\s|【[^】]{1,30}】|\[[^\]]{2,30}\]|[^\s、。:：]{1,16}(?:より|から)(?:の?(?:お願い|お知らせ|ご案内|ご連絡))?\s*[:：]|[^\s、。]{2,24}(?:のお知らせ|のご案内|に関するお知らせ)(?:\s|[:：]))/;

// The reader's own dealings with the service: a contract, an account, a use, a registration, a booking, a purchase, a bill,
// a procedure or an application, a supply (送電), a benefit's or a fee's money, in the residents' languages.
const MATTER = new RegExp([
  'ご?契約', 'ご?利用(?:中|の|者)', 'ご登録', '再登録', '会員', 'アカウント', 'お?手続', '申請', '申込', '更新', '移行', '有効期限',
  'ご購入', 'ご注文', '請求', '送電', '供給', 'お荷物', '受け?取', 'ポイント', '予約', '負担', '決済', 'お?支払', 'キャッシュレス',
  'ご祝儀', '会費', '料金', '費用', '補助金', '給付', '還付', '年金', '荷物', '配送', '配達', 'ログイン', '入金', 'お?振込', '寄[附付]金',
  '\\bpay(?:ment)?\\b', '\\bfare\\b', '\\bfees?\\b',
  // The reader's own health check and its result, held by the clinic or the 健診センター that did it.
  '検査結果', '検査の結果', '診断結果', '健診', '検診', 'ドック',
  'お客様の', 'ボイスメッセージ', '留守番電話', '\\bvoice ?mail', '\\byour (?:account|subscription|registration|booking|order|membership|card|contract|policy|application|parcel|package|points)',
  '\\b(?:registration|renewal|reservation|subscription)\\b',
  't[aà]i kho[aả]n', '[dđ][aă]ng k[yý]', 'h[oợ]p [dđ][oồ]ng', 'qu[aà] t[eế]t', 'tr[oợ] c[aấ]p',
  '\\bakun\\b', '\\bdaftar\\b', 'pendaftaran', 'tunjangan', 'pensiun',
  'sua conta', 'cadastro', 'inscri[cç][aã]o', 'benef[ií]cio',
  '账户', '账号', '申请', '手续', '合同', '订单', '계정', '신청', '계약',
].join('|'));

// What is the matter with it: held, unfinished, stopped, lapsed, changed, charged; a deadline; or a benefit the reader is
// told is theirs to take.
const STATUS = new RegExp([
  '保留', '未完了', '未払', '未納', '停止', '無効', '失効', '切れ', '反応して(?:い)?ません', 'できません', '変わり(?:ます|ました)', '変更', '不具合',
  '倒壊', '確定しました', '未実施',
  // A result that calls the reader back: a re-test or a detailed test needed (要再検査, 要精密検査).
  '再検査', '精密検査', '要再検', '要精検', 'エラー', '不足', '更新しました', '更新されました', '未配信', '容量',
  // Something waiting for the reader at the service: a photo shared, a message left, a parcel held.
  '共有されました', '届いています', 'が\\d+件(?:あります|届)', '預か(?:っ|り)', '保管しています',
  '\\b(?:expired|expires|suspended|on hold|pending|failed|blocked|locked)\\b', 'b[iị] kh[oó]a', 'diblokir', 'bloquead', 'expirad',
].join('|'));
const DEADLINE = new RegExp([
  '本日(?:まで|中|限り|限定|締切)', '期限', '締切', '締め切り', 'までに', '迫って', '以内',
  '\\btoday only\\b', '\\bdeadline\\b', '\\bbefore (?:the )?\\d', '\\bby (?:today|tomorrow|\\d)', 'sebelum', 'tr[uư][oớ]c ng[aà]y', 'h[aạ]n ch[oó]t', '\\bat[eé] (?:o dia|\\d)', '截止', '마감',
].join('|'));
const ENTITLED = new RegExp([
  '対象(?:です|の|と|者)', '受け取れ', 'お受け?取り', '給付', '支給', '進呈', '還付', '返金', '減免', '当選', '延長', '遺産',
  '\\beligible\\b', '\\bentitled\\b', '\\bclaim your\\b', '[dđ][uư][oợ]c nh[aậ]n', '\\bberhak\\b', '可领取', '领取', '수령',
].join('|'));
// A thing offered free: a service's word too, and a shop's and a club's (参加無料), so not enough beside a shortened link.
const FREE = /無料|無償|プレゼント|特典|ギフト券|mi[eễ]n ph[ií]|\bfree\b|gr[aá]tis|gratuito/;
// A benefit told outright as the reader's (the second person, or the households it is for): that alone is a service's notice.
const ENTITLED_READER = /対象の(?:ご家庭|方|世帯)|b[aạ]n [dđ][uư][oợ]c nh[aậ]n|anda berhak|you(?:'re| are) (?:eligible|entitled)|você tem direito/;

/**
 * The message speaks as a service to its customer about the customer's own matter (see the head of this file): a heading
 * beside any of its matter, what is wrong with it, a deadline or a benefit; or, with no heading, the matter together with
 * one of those; or a benefit told as the reader's. `builtPage`: false for a link that may open anyone's page (a shortener):
 * there the matter must be told with what is wrong with it or a benefit of the reader's, a heading or a deadline not enough.
 */
export function speaksAsService(ctx: Pick<CheckContext, 'norm' | 'indicators'>, builtPage: boolean): boolean {
  // The message's words, not the links' letters (s.id/pt-renew, kaigo-rental.biz).
  let head = ctx.norm.text;
  for (const u of ctx.indicators.urls) head = head.split(u.raw).join(' ');
  const text = head.toLowerCase();
  if (ENTITLED_READER.test(text)) return true;
  const matter = MATTER.test(text);
  // Beside a link that may open anyone's page, a deadline or a thing free is how clubs post their forms ("合宿の申込期限は金曜
  // です bit.ly/…"): only what is wrong with the reader's matter, or a benefit of theirs, counts there.
  const wrong = STATUS.test(text) || ENTITLED.test(text);
  if (!builtPage) return matter && wrong;
  const told = wrong || DEADLINE.test(text) || FREE.test(text);
  return (matter && told) || (HEADER.test(head) && (matter || told));
}

// The service's own system, app or account (a carrier's voicemail too), and a form named (a club's, a class's, a survey's).
const SYSTEM = /システム|アプリ|再設定|再登録|ログイン|アカウント|ボイスメッセージ|留守番電話|\bvoice ?mail|\bapp\b|\baccount\b|\bsystem\b|\blog ?in\b/;
const FORM = /フォーム|\bforms?\b|アンケート|出欠|出席/;

/** The page on a free host is for the service's own system, app or account, and no form is named. */
function systemOnFreeHost(ctx: Pick<CheckContext, 'norm' | 'indicators'>): boolean {
  let text = ctx.norm.lower;
  for (const u of ctx.indicators.urls) text = text.split(u.raw.toLowerCase()).join(' ');
  return SYSTEM.test(text) && !FORM.test(text);
}

/**
 * A page on an ordinary name (.com, .net, .jp) that no one we know owns, sent from a line no office texts from (a handset, an 050
 * line, abroad: not a letters ID, which aggregators show for their clients too) by an office opening the message as itself (a
 * heading, "…サービス課です", "…センターより": writesAsOrganisation, HEADER) about the reader's own matter and what is wrong with it
 * or a benefit of theirs (speaksAsService over a page that may be anyone's: matter and status together): a dealer's recall, a
 * school's grant, an inspection's fine are told from the office's registered line and done on its own site, which carries its
 * own name (namedSiteLinks: "さくら歯科です" → sakura-dental.jp is left as its own). (dev: トヨタ販売店サービス課です…
 * toyota-recall-jp.com, 【新入学】入学準備金…nyugaku-junbikin.com, both from 080 lines.)
 */
const MEMBERS_HEAD = 8;
function officeOnOpenLine(ctx: Pick<CheckContext, 'norm' | 'indicators' | 'lures' | 'sender'>, u: ExtractedUrl): boolean {
  if (!openLine(ctx.sender)) return false;
  let head = ctx.norm.text;
  for (const x of ctx.indicators.urls) head = head.split(x.raw).join(' ');
  // (Or one addressing the reader at its head as its members, "入居者様へ", "住民の皆様", data/lures.json role-members: only the body
  // the reader belongs to writes so.)
  const members = ctx.lures.some((l) => !l.quoted && l.category === 'role-members' && l.index < MEMBERS_HEAD);
  if (!HEADER.test(head) && !writesAsOrganisation(head) && !members) return false;
  if (namedSiteLinks(ctx.norm.text, [u]).length > 0) return false;
  return speaksAsService(ctx, false);
}

/**
 * Whether the link `u` is asked in a service's voice on a page no one vouches for, from a line that vouches for nothing.
 * `kind` is the engine's reading of the host (url-suspect.ts createMadePageKind, with 'unvouched' for a host nobody we know
 * owns on a suffix no ordinary business keeps); `shopTlds`, the cheap TLDs small shops keep their own sites on.
 */
export function serviceAskOnStrangersPage(
  ctx: Pick<CheckContext, 'norm' | 'indicators' | 'lures' | 'sender' | 'person' | 'reported'>,
  u: ExtractedUrl,
  kind: MadePageKind | false,
  shopTlds: ReadonlySet<string>,
): boolean {
  if (ctx.reported || ctx.person || !vouchesForNothing(ctx.sender) || tellsOfScam(ctx)) return false;
  if (kind === false) return officeOnOpenLine(ctx, u);
  if (ctx.lures.some((l) => !l.quoted && (l.category === 'never-ask' || l.category === 'never-does'))) return false;
  // Forms and free hosting are where clubs and classes keep their own pages: counted from abroad (as in ask-channel.ts), or
  // where the service's own system, app or account is what the page is for and no form is named (アプリから再設定, 新システムで
  // 登録, 防災アプリ登録): a service runs those on its own domain, and a club's form is a form.
  if (kind === 'free-hosting' && !fromAbroad(ctx.sender) && !systemOnFreeHost(ctx)) return false;
  // A business's own site on a shop's TLD or a free host, named after the name the message signs with.
  if (kind === 'shop-tld' && namedSiteLinks(ctx.norm.text, [u], shopTlds).length > 0) return false;
  if (kind === 'free-hosting' && u.suffix !== null && namedSiteLinks(ctx.norm.text, [u], new Set([u.suffix])).length > 0) return false;
  return speaksAsService(ctx, kind !== 'shortener');
}
