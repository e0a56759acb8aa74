// The sender's trust tier in the score. Carriers' short codes and registered 0005 numbers
// cannot be spoofed on domestic routes: they are credited for the brands they are registered
// to. Alphanumeric IDs can be anything, so they earn nothing by themselves; an overseas route
// that claims a brand and asks through a channel the brand does not own is treated hard.
import { reconVoice } from '../asks/recon.js';
import { reason } from '../reason.js';
import { namedAsMeans, type BrandLookups } from '../brands/check.js';
import type { Ask, AskKind, BrandClaim, Check, Weights } from '../check.js';
import type { Reason } from '../types.js';
import { inSentence, luresOfCategory, speaksAsInstitution } from '../asks/types.js';
import { accountMatter, blockingAsks, chargedUnlessAnswered, fromAbroad, identityOf, namedPerson, namesAccount, OFFICE_PROBLEMS, officeVoiceOnOpenLine, openLine, shopSale, unownedAsks, type Identity } from './ask-channel.js';

const NONE: Reason[] = [];

// Offers that pay the reader (a job at 日給5万, a stock tip, a loan): an employer or an adviser is a
// business too, and one that moves a stranger to a named messenger account or asks a reply from a
// personal line is not one that can be held to the offer (the 闇バイト and investment-group recruiting the NPA describes).
// (A recruiter's ask for the worker's ID or family, job-id-hold, is the 闇バイト's too.)
const OFFERS: ReadonlySet<string> = new Set(['side-job', 'crime-job', 'investment', 'job-id-hold']);
const FOREIGN: ReadonlySet<string> = new Set(['foreign-lure']);
// Asks for something of value: whoever offers or warns, these go to no one but the sender.
// Brand categories that hold the reader's account, contract or supply, as an institution named by its kind does.
const ACCOUNT_HOLDERS: ReadonlySet<string> = new Set(['bank', 'government', 'card', 'utility', 'insurance', 'brokerage', 'carrier', 'payment', 'consumer-finance']);
const VALUABLE: ReadonlySet<AskKind> = new Set(['money', 'payee', 'reply-data', 'secret', 'share-code', 'gift-card', 'join', 'install', 'collect', 'extort', 'atm', 'recon', 'role']);

// What an office never asks at all, whoever writes (see `counts` below): a secret or a code, the card at the door, an ATM's
// operation, cards' numbers, money or a payee.
const OFFICE_NEVER_ASKS: ReadonlySet<AskKind> = new Set(['secret', 'share-code', 'collect', 'atm', 'gift-card', 'money', 'payee']);

// The institution names itself as the writer: in a heading, or followed by its self-naming ("民生委員の佐々木です", "年金事務所より",
// "市役所介護保険課です"); not one named as a thing ("銀行の限度額超えて", "振込先:三菱UFJ銀行").
const SELF_NAMED = /^[^。！？!?\n、,]{0,12}?(?:です|でございます|と申します|より|からの(?:お知らせ|ご案内|ご連絡)|担当)/;

// A listed brand claimed as the writer: in a heading, or its name followed, before the sentence turns, by its self-naming
// ("東京ガスのガス機器安全点検のご案内です", "りそな銀行より", "楽天カード担当"). A brand named as the means of something, the way
// a shop takes payment ("お支払いはPayPay対応です", "楽天カード、JCBがご利用いただけます") or the bank an account is at ("ゆうちょ銀行
// の口座へ"), is named, not speaking: a salon, a club or a school names the banks and apps its customers pay by.
const BRAND_SELF_NAMED = /^[^。！？!?\n、,・]{0,20}?(?:です|でございます|と申します|より|からの(?:お知らせ|ご案内|ご連絡|重要)|担当)/;
function brandSpeaksAsWriter(text: string, claim: BrandClaim): boolean {
  if (claim.prominent) return true;
  if (namedAsMeans(text, claim.matched)) return false;
  for (let at = text.indexOf(claim.matched); at !== -1; at = text.indexOf(claim.matched, at + 1)) {
    if (BRAND_SELF_NAMED.test(text.slice(at + claim.matched.length, at + claim.matched.length + 32))) return true;
  }
  return false;
}

function institutionSpeaks(text: string, lures: Parameters<typeof luresOfCategory>[0]): boolean {
  return luresOfCategory(lures, 'institution').some((l) => !l.quoted && (SELF_NAMED.test(text.slice(l.index + l.cue.length, l.index + l.cue.length + 24)) || /【[^】]{0,16}$/.test(text.slice(Math.max(0, l.index - 16), l.index))));
}

// LINE official accounts' own links (lin.ee, page.line.me, line.me/R/ti/p/@…): LINE issues them to registered businesses.
const OFFICIAL_ACCOUNT_LINK = /(?:^|\/\/|\b)(?:lin\.ee|page\.line\.me)\/|line\.me\/r\/ti\/p\/@/i;

// A visit or its day: "伺って", "訪問", "ご都合の良い日時".
const VISIT_WORD = /伺|訪問|お邪魔|日時|日程|ご都合/;

/** A company's person, named (a surname or a signature), arranging nothing but a visit: no lure, nothing pressed, nothing but a reply asked. */
function agentArrangesVisit(ctx: Parameters<Check>[0]): boolean {
  if (!namedPerson(ctx) || !VISIT_WORD.test(ctx.norm.text)) return false;
  if (ctx.lures.some((l) => !l.quoted && (l.kind === 'lure' || l.kind === 'pressure'))) return false;
  // Nothing asked but the answer: no payment, no data, no visit-sale (a stranger's visit for money: commerce.ts).
  return ctx.asks.every((a) => a.quoted || a.kind === 'reply-yes-no' || a.kind === 'call');
}

export function createSenderTrustCheck(weights: Weights, brands: BrandLookups, appStoreHosts: readonly string[]): Check {
  const appStores = new Set(appStoreHosts);
  return (ctx) => {
    const s = ctx.sender;
    if (!s) return NONE;
    const reasons: Reason[] = [];
    // An office's problem told from a line no office texts from (a handset, an 050 line rented
    // online, a number abroad), and an ask through some channel that line's holder picked: the
    // office is not who holds the line. A claimed brand over an overseas route is SENDER_OVERSEAS_ASK below.
    const open = openLine(s);
    // A problem named in a "we never ask" sentence is a warning's topic, not a claim.
    // (Distinct cues kept in an array: a few at most, and no Set made per call.)
    const cues = (set: ReadonlySet<string>): number => {
      const seen: string[] = [];
      for (const l of ctx.lures) if (l.kind === 'lure' && !l.quoted && set.has(l.category) && !seen.includes(l.cue) && !inSentence(ctx, l.index, 'never-ask')) seen.push(l.cue);
      return seen.length;
    };
    // A person's voice (だよ, してね, 엄마, or a writer who opens with their name, "佐藤です。") with no
    // office's (お客様, 当社) tells of a problem; it does not speak for an office (the engine's ctx.person).
    const officeLine = open && !ctx.reported && !ctx.person;
    // (So is a sum charged unless the reader answers, whatever its words: chargedUnlessAnswered.)
    const problem = officeLine && (cues(OFFICE_PROBLEMS) > 0 || chargedUnlessAnswered(ctx));
    // The foreign-language lure words (账户, 계좌, tai khoan) are also what relatives abroad write
    // about their own accounts: they count with a number to call or something of value asked.
    const foreign = officeLine && !problem && cues(FOREIGN) > 0;
    // One word of pay (日給1万2千円) is how a foreman writes to a day worker; the recruiting piles them up.
    const offerCues = officeLine && !problem && !foreign ? cues(OFFERS) : 0;
    // Such a line telling of no problem, no foreign lure and no offer.
    const bareLine = officeLine && !problem && !foreign && offerCues === 0;
    // An institution named by its kind (保険会社, 電力, 病院, 銀行; listed among our brands or not) that moves
    // its business to a messenger account it names, from such a line: an insurer or a bank keeps its business
    // on its own lines and its own official account, not one a number rented online names. (Only the move: a bank
    // named as where a landlord's rent or a reunion's fee goes is named, not speaking.)
    // So is a listed brand that holds the reader's account, contract or supply (a bank, a card, an insurer, a utility, an office,
    // a carrier), claimed as the speaker ("東京ガスのガス機器安全点検のご案内です。…担当LINE「tg_anzen_tenken」まで").
    const institution = bareLine && (speaksAsInstitution(ctx) || (!ctx.person && ctx.brands.some((b) => ACCOUNT_HOLDERS.has(brands.byId(b.brandId)?.category ?? '') && brandSpeaksAsWriter(ctx.norm.text, b))));
    // No problem told, but an office's voice ("受信契約の確認です", "選挙調査センターです") asking a reply or
    // something of value back through the line: a survey or a contract check from a line no office uses.
    // So is a survey's, crime prevention's or an office's pretext for asking what the home holds (asks/recon.ts
    // reconVoice: "ボウハン アンケート デス…ゲンキン ハ イクラ"), however it is spelt.
    const voice = bareLine && (officeVoiceOnOpenLine(ctx) || (ctx.asks.some((a) => a.kind === 'recon' && !a.quoted) && reconVoice(ctx) === 'office'));
    // What the office's business is, beyond its voice: a problem, a foreign lure, an offer, an institution named.
    const business = problem || foreign || offerCues > 0 || institution;
    // A recruiter's or an employer's hiring voice (採用担当, 人事部, 面接, お仕事の件: data/lures.json recruit) is a business's
    // too: moving the applicant to a messenger account it names, from such a line, is no employer's channel (employers hire
    // through their own mail, hiring system and published lines; NPA: 闇バイト moves applicants to Telegram, Signal or a
    // LINE ID). Only that move counts here; a person telling of their own job speaks as a person (ctx.person).
    const hiring = bareLine && !institution && ctx.lures.some((l) => l.category === 'recruit' && !l.quoted && !inSentence(ctx, l.index, 'never-ask'));
    let id: Identity | undefined;
    // A shop's sale with a limit on who may buy (shopSale), taken up by a reply or a payment back to such a
    // line: shops send their sales from registered lines, and the goods a stranger offers by reply are paid
    // for before anyone can check them. It tags; the reply alone never blocks (blockingAsks).
    if (bareLine && !voice) id = identityOf(ctx, brands);
    if (id !== undefined && !id.senderOwnsClaim && shopSale(ctx, id)) {
      const asks = unownedAsks(ctx, brands, appStores).filter((a) => a.kind === 'reply-yes-no' || a.kind === 'money' || a.kind === 'payee');
      if (asks.length > 0) {
        reasons.push(reason('SENDER_HANDSET_OFFICE_ASK', weights.SENDER_HANDSET_OFFICE_ASK, () => ({
          en: `Offers goods on sale from a line no shop sends its sales from (${s.raw}) and asks you to take them up by a reply or a payment to it`,
          ja: `店舗が販売の案内に使わない番号（${s.raw}）から限定の値引き品を案内し、返信や支払いで申し込ませようとしています`,
          detail: { sender: s.normalized, kind: s.kind, asks: [...new Set(asks.map((a) => a.kind))] },
        })));
      }
    }
    // An institution's voice, or money said due to the reader from no one named, opening a message from such a line and
    // asking to be rung or answered back on it, or something of value (ask-channel.ts deskOnOpenLine: "払い過ぎた携帯料金の返金があります…折り返しお電話
    // ください" from 050) is an office's business told from a line no office texts from, whatever its lure words.
    // (Not one that names the scam in its own words: "Walang refund…sa ATM…scam iyon. Tawagan mo ako" warns a relative.)
    const desk = !business && !voice && officeLine
      && !luresOfCategory(ctx.lures, 'scam-awareness').some((l) => !l.quoted) && (id ?? identityOf(ctx, brands)).deskOnOpenLine;
    if (business || voice || hiring || desk) {
      id = identityOf(ctx, brands);
      const overseasClaim = fromAbroad(s) && id.claimed.length > 0;
      const counts = (a: Ask): boolean => {
        if (a.kind === 'open-link') return false;
        // A messenger move counts when it names where to go ("LINEで話そう", "微信上说" is the chat the reader has).
        // An offer piled up (two pay or investment cues: "株式コード…上昇します。LINEで売却時期をご案内します") moves a
        // stranger whether or not it names the account: the recruiter, not the reader, holds the chat.
        if (a.kind === 'messenger') {
          if (business) return namesAccount(ctx, a) || offerCues >= 2;
          if (hiring) return namesAccount(ctx, a) && !OFFICIAL_ACCOUNT_LINK.test(a.channel.value);
          // On an office's voice alone, only a personal account counts ("LINEを追加してください ID: …"): a café's
          // "ご来店ありがとうございます" with its lin.ee link invites to the LINE official account LINE registered
          // to that business, the shop's own channel.
          return namesAccount(ctx, a) && !OFFICIAL_ACCOUNT_LINK.test(a.channel.value);
        }
        // An institution's voice asking to be rung or answered back on the line it texts from (deskOnOpenLine): that
        // line is whoever holds it, not the institution's desk.
        if (id?.deskOnOpenLine && (a.kind === 'call' || a.kind === 'reply-yes-no') && (a.channel.type === 'reply' || a.channel.value === s.normalized)) return true;
        // And, when it tells of the reader's money, contract, benefit or account (accountMatter), on another number it writes
        // ("…本日中に担当 03-… までご連絡ください" from 090-…): a number given by a line no office texts from is the pick of whoever
        // holds that line, and the office's own desk is the one on the reader's bill or card, not one a stranger's line writes.
        if (id?.deskOnOpenLine && a.kind === 'call' && a.channel.type === 'phone' && accountMatter(ctx)) return true;
        // An institution opening the message as itself from such a line (deskOnOpenLine: "民生委員の佐々木です。…暗証番号も手続きに
        // 必要です", "年金事務所です。…") and asking what unlocks or moves the reader's money (a PIN or a code, the card at the door, an
        // ATM's operation, cards' numbers, a payment): no office, bank or welfare volunteer asks these at all, and from a handset the
        // one who gets them is whoever holds it (全銀協・警察庁: 暗証番号やカードを求める役所・銀行員はいない; 厚生労働省・岐阜市:
        // 介護保険課を名乗る還付金詐欺). Other asks on an institution's voice alone do not count here.
        if (institution && !voice) return id?.deskOnOpenLine === true && OFFICE_NEVER_ASKS.has(a.kind) && institutionSpeaks(ctx.norm.text, ctx.lures);
        if (hiring && !voice) return false;
        // An offer out of the blue (asks/offer.ts: pay piled up, a return promised) is taken up through whoever holds the line.
        if (problem || VALUABLE.has(a.kind) || (a.kind === 'offer' && offerCues > 0)) return true;
        // A company's person named as themself ("明治安田生命の中村です", "担当 佐藤") asking back the day of a visit, with no lure,
        // nothing pressed and nothing of value asked: an insurer's agent, a fitter or a nurse arranges visits from their own phone,
        // and the reply reaches them. The lure pairs the visit with money, cards or keys (asks/collect.ts, commerce.ts), not a day.
        if (voice) return a.kind === 'reply-yes-no' && !agentArrangesVisit(ctx);
        if (foreign) return a.channel.type === 'phone';
        return offerCues >= 2;
      };
      const asks = overseasClaim || id.senderOwnsClaim ? [] : blockingAsks(ctx, brands, appStores).filter(counts);
      if (asks.length > 0) {
        reasons.push(reason('SENDER_HANDSET_OFFICE_ASK', weights.SENDER_HANDSET_OFFICE_ASK, () => ({
          en: `Tells of an office's problem from a line no office texts from (${s.raw}) and asks you to act through it or a channel it names`,
          ja: `事業者・機関の用件を、事業者が送信に使わない番号（${s.raw}）から伝え、その番号や指定の連絡先での対応を求めています`,
          detail: { sender: s.normalized, kind: s.kind, asks: [...new Set(asks.map((a) => a.kind))] },
        })));
      }
    }
    // Handsets and unregistered office lines earn nothing more here (the sender-route check weighs handsets with links).
    if (s.tier === 'domestic-mobile' || (s.tier === 'business-number' && s.kind !== 'carrier-common') || s.tier === 'unknown') return reasons;
    id ??= identityOf(ctx, brands);
    // The brand check already credits a sender the brand registry lists for a claimed brand.
    const creditedByBrandCheck = id.claimed.some((b) => brands.officialForSender(s).some((x) => x.id === b));
    const asksSecret = ctx.asks.some((a) => !a.quoted && (a.kind === 'secret' || a.kind === 'share-code' || a.kind === 'gift-card'));
    if (s.tier === 'carrier' && id.senderOwnsClaim && !asksSecret) {
      reasons.push(reason('SENDER_CARRIER', weights.SENDER_CARRIER, () => ({
        en: `Sent from a carrier's own short code (${s.raw})`,
        ja: `携帯電話会社の公式の番号（${s.raw}）から送信されています`,
        detail: { sender: s.normalized },
      })));
    } else if ((s.tier === 'registered-business' || s.kind === 'carrier-common') && id.senderOwnsClaim && !creditedByBrandCheck && !asksSecret) {
      const vetted = s.tier !== 'registered-business';
      reasons.push(reason('SENDER_REGISTERED', weights.SENDER_REGISTERED, () => ({
        en: vetted ? `Sender ${s.raw} is a 0005 common number, issued only to businesses the carriers vetted` : `Sender ${s.raw} is registered${s.brandIds.length > 0 ? ` for ${s.brandIds.join(', ')}` : ''}`,
        ja: vetted ? `送信元 ${s.raw} は携帯電話会社の審査を経た事業者にのみ発行される共通番号（0005）です` : `送信元 ${s.raw} は登録済みの事業者の番号です`,
        detail: { sender: s.normalized, brands: s.brandIds },
      })));
    }
    if (fromAbroad(s) && id.claimed.length === 0 && !ctx.reported) {
      // A number abroad moving the reader to a messenger account ("Shall we chat on WhatsApp?", "LINE ID:
      // …", "Telegram @…"): no domestic business, shop or club texts from there, and the move takes the
      // talk off the carrier's network, where filters and reports no longer reach. The platform is the
      // medium, not a brand speaking (brands/media.ts); the stranger abroad asking is the signal. A
      // relative abroad already shares a chat with the reader ("카톡할게" tells, it moves nobody).
      const move = unownedAsks(ctx, brands, appStores).find((a) => a.kind === 'messenger');
      if (move) {
        reasons.push(reason('SENDER_OVERSEAS_ASK', weights.SENDER_OVERSEAS_ASK, () => ({
          en: `Sent from a number abroad (${s.raw}), asking you to move to a messenger account`,
          ja: `海外の番号（${s.raw}）から、別のメッセージアプリのアカウントへ誘導しています`,
          detail: { sender: s.normalized, asks: ['messenger'] },
        })));
      }
    }
    // Only a route abroad: a letters ID the registry does not list is shown by domestic aggregators as much as by
    // overseas routes (sender/index.ts leaves its route unknown), so it is not held against the brand it names; a
    // spoofed one is judged by what it asks and through which channel (a stranger's page, a number the brand does
    // not own), and one that names another brand is SENDER_ALPHANUMERIC_BRAND_MISMATCH.
    if (fromAbroad(s) && id.claimed.length > 0 && !id.senderOwnsClaim) {
      const asks = unownedAsks(ctx, brands, appStores);
      if (asks.length > 0) {
        reasons.push(reason('SENDER_OVERSEAS_ASK', weights.SENDER_OVERSEAS_ASK, () => ({
          en: `Claims a brand over an overseas route (${s.raw}) and asks you to act through a channel the brand does not own`,
          ja: `海外の経路（${s.raw}）から事業者を名乗り、公式ではない窓口で対応を求めています`,
          detail: { sender: s.normalized, asks: [...new Set(asks.map((a) => a.kind))] },
        })));
      }
    }
    return reasons;
  };
}
