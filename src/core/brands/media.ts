// Platforms people reach each other through (a messenger, a social network, a payment app, shared
// forms and documents: brands.json "media"). A PTA inviting parents to its LINE group, a friend who
// wants to add the reader on LINE, a shop's 公式LINE, "PayPayで送って": the platform is the medium
// of what the writer does, and the writer speaks as themself. Naming it is a claim to be it only
// when the message speaks as it: a 【header】, "LINEです", "LINEからのお知らせ", a notice about the
// reader's account there ("LINEアカウントが凍結", "LINEにログインがありました"). A stranger moving
// the reader to an account there is the messenger ask (ASK_MESSENGER), weighed as such.
import type { BrandClaim } from '../check.js';
import type { NormalizedText } from '../types.js';
import type { Brand, BrandRegistry, MediaWords } from './registry.js';

type Hit = { readonly brand: Brand; readonly index: number; readonly length: number };

/** 【LINE】, [PayPay]: a name set off as a header. */
function bracketed(text: string, index: number, length: number): boolean {
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

/**
 * The claims without those of a platform whose every mention is the medium. Impersonating the
 * platform itself (【LINE】, LINEヤフーです, LINEアカウントが停止…) keeps the claim.
 */
export function createMediaFilter(registry: BrandRegistry): (claims: BrandClaim[], hits: readonly Hit[], norm: NormalizedText) => BrandClaim[] {
  const w = registry.media;
  if (w === undefined || w.brands.length === 0) return (claims) => claims;
  const media = new Set(w.brands);
  return (claims, hits, norm) => {
    if (claims.length === 0 || !claims.some((c) => media.has(c.brandId))) return claims;
    return claims.filter((c) => {
      if (!media.has(c.brandId)) return true;
      for (const h of hits) if (h.brand.id === c.brandId && !asMedium(w, norm, h.index, h.length)) return true;
      return false;
    });
  };
}
