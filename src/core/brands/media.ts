// Platforms people reach each other through (a messenger, a social network, a payment app, shared
// forms and documents: brands.json "media"). A PTA inviting parents to its LINE group, a friend who
// wants to add the reader on LINE, a shop's 公式LINE, "PayPayで送って": the platform is the medium
// of what the writer does, and the writer speaks as themself. Naming it is a claim to be it only
// when the message speaks as it: a 【header】, "LINEです", "LINEからのお知らせ", a notice about the
// reader's account there ("LINEアカウントが凍結", "LINEにログインがありました"). A stranger moving
// the reader to an account there is the messenger ask (ASK_MESSENGER), weighed as such.
//
// A bank or a payment app is likewise the medium where it is named as the place of an account or
// the way money moves ("みずほ銀行 市ヶ谷支店 普通 1234567", "三井住友に振り込むね", "用PayPay转给我",
// "PayPay ni Ate Joy"): whoever writes is paying or being paid there, not speaking as the bank.
// "三井住友銀行です", 【…】 and a notice about the reader's account there ("…の口座が凍結") keep the
// claim. The payment asked for is weighed by the money and payee asks, whoever is named.
import type { BrandClaim } from '../check.js';
import type { NormalizedText } from '../types.js';
import type { Brand, BrandRegistry, MediaWords, PaymentWords } from './registry.js';

type Hit = { readonly brand: Brand; readonly index: number; readonly length: number };

/** 【三菱UFJ銀行】, [PayPay]: a name set off as a header. */
export function bracketed(text: string, index: number, length: number): boolean {
  const before = text[index - 1];
  const after = text[index + length];
  return before === '【' || before === '[' || after === '】' || after === ']';
}

/** Whether this mention of a platform names it as the medium of what the writer does (see the file's head). */
function asMedium(w: MediaWords, norm: NormalizedText, index: number, length: number): boolean {
  if (bracketed(norm.text, index, length)) return false;
  const lower = norm.lower;
  const end = index + length;
  // Checked first: "LINEです" starts with "で", "LINEからのお知らせ" with "から".
  if (w.speaks.some((x) => lower.startsWith(x, end))) return false;
  // "公式LINE", "店舗LINE", "on WhatsApp": someone's account on the platform.
  if (w.before.some((x) => index >= x.length && lower.startsWith(x, index - x.length))) return true;
  // "LINEで", "LINEグループに", "Googleフォームから": the way something is sent, asked or paid…
  for (const p of w.particles) {
    // …unless what happens there is to the reader's account ("LINEにログインがありました").
    if (lower.startsWith(p, end)) return !w.account.some((x) => lower.startsWith(x, end + p.length));
  }
  // "LINEの友だち追加", "LINE ID", "LINEグループ", "PayPay払い": the platform's features the writer uses.
  const at = lower.startsWith('の', end) ? end + 1 : end;
  return w.features.some((x) => lower.startsWith(x, at));
}

const HOST_CHAR = /[a-z0-9.-]/;

/**
 * "docs.google.com/spreadsheets/…", "drive.google.com/…": the name stands inside the host of a link where
 * the platform's users share their own files and forms (media.sharedHosts; not sites.google.com, where
 * anyone publishes a page that can speak as anyone). The link is where the writer shared a file or a form, the platform the tool;
 * the platform speaks no more than the "Googleドライブ" beside it does (a page asking a sign-in is weighed as such).
 */
function inOwnLink(shared: readonly string[], lower: string, index: number, length: number): boolean {
  let s = index;
  while (s > 0 && HOST_CHAR.test(lower[s - 1] as string)) s--;
  let e = index + length;
  while (e < lower.length && HOST_CHAR.test(lower[e] as string)) e++;
  if (s === index && e === index + length) return false;
  const host = lower.slice(s, e).replace(/\.$/, '');
  return shared.includes(host);
}

const SENTENCE_STOP = /[。!?！？\n]/;
const IN_ACCOUNT_BRACKETS = /口座\s*[(（]$/;
const ROUTE_AFTER_BRACKETS = /^[)）]\s*(?:で|に|へ|か)/;

/** Whether this mention of a bank or a payment app names where an account is or how money moves (see the file's head). */
function asPaymentPlace(w: MediaWords, p: PaymentWords, norm: NormalizedText, index: number, length: number): boolean {
  if (bracketed(norm.text, index, length)) return false;
  const lower = norm.lower;
  const end = index + length;
  if (w.speaks.some((x) => lower.startsWith(x, end))) return false;
  if (p.before.some((x) => index >= x.length && lower.startsWith(x, index - x.length))) return true;
  // "いつもの口座(りそな)で大丈夫", "口座(ゆうちょ)かPayPayで": the bank given in brackets as the account's, the brackets closed
  // on the way the money goes (で, に, へ, か). Not "お客様の口座(三井住友銀行)が凍結", "ご登録の口座(りそな)で不正な出金": the
  // account's trouble keeps the claim.
  if (IN_ACCOUNT_BRACKETS.test(lower.slice(Math.max(0, index - 4), index)) && ROUTE_AFTER_BRACKETS.test(lower.slice(end, end + 3))
    && !w.account.some((a) => lower.slice(end, end + 8).includes(a))) return true;
  // "に振り込む", "で送金": a transfer to or through it, unless what follows is about the reader's account there.
  for (const x of p.after) if (lower.startsWith(x, end)) return !w.account.some((a) => lower.startsWith(a, end + x.length));
  // "市ヶ谷支店 普通 1234567", "記号10180": an account written out, its number after the detail word.
  let region = lower.slice(end, end + p.within);
  const stop = region.search(SENTENCE_STOP);
  if (stop !== -1) region = region.slice(0, stop);
  for (const d of p.details) {
    const at = region.indexOf(d);
    if (at !== -1 && /\d{4,}/.test(lower.slice(end + at + d.length, end + at + d.length + p.within))) return true;
  }
  return false;
}

/**
 * The claims without those of a platform whose every mention is the medium. Impersonating the
 * platform itself (【LINE】, LINEヤフーです, LINEアカウントが停止…) keeps the claim.
 */
export function createMediaFilter(registry: BrandRegistry): (claims: BrandClaim[], hits: readonly Hit[], norm: NormalizedText) => BrandClaim[] {
  const w = registry.media;
  if (w === undefined || w.brands.length === 0) return (claims) => claims;
  const media = new Set(w.brands);
  const p = w.payment;
  // Banks and payment apps: the categories whose names can be where money goes.
  const money = new Set(p === undefined ? [] : registry.brands.filter((b) => p.categories.includes(b.category)).map((b) => b.id));
  const medium = (h: Hit, norm: NormalizedText): boolean =>
    (media.has(h.brand.id) && (asMedium(w, norm, h.index, h.length) || inOwnLink(w.sharedHosts ?? [], norm.lower, h.index, h.length))) || (p !== undefined && money.has(h.brand.id) && asPaymentPlace(w, p, norm, h.index, h.length));
  return (claims, hits, norm) => {
    if (claims.length === 0 || !claims.some((c) => media.has(c.brandId) || money.has(c.brandId))) return claims;
    return claims.filter((c) => {
      if (!media.has(c.brandId) && !money.has(c.brandId)) return true;
      for (const h of hits) if (h.brand.id === c.brandId && !medium(h, norm)) return true;
      return false;
    });
  };
}
