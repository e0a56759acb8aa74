// What the sender says, by trust tier. ~99% of smishing in Japan comes from infected domestic
// handsets texting links; ~1% from overseas carriers, which must not pass for domestic brands
// (the MIC draft asks carriers to treat those routes hard). Domestic routes cannot show a
// carrier's short code or a 0005 number that is not the sender's own, so those earn credit
// for the brands they are registered for. Letters can be shown by anyone, at home or abroad:
// an alphanumeric ID is neutral by itself and is judged by the brand it names and the links
// it sends.
import { reason } from '../reason.js';
import type { BrandLookups } from '../brands/check.js';
import type { Check, CheckContext, Weights } from '../check.js';
import type { Brand } from '../brands/registry.js';
import { tellsItsCode } from '../lures/index.js';
import type { Reason, SenderInfo } from '../types.js';

export function createSenderRouteCheck(weights: Weights, brands: BrandLookups): Check {
  /** Brands the message claims: named in its text, or by the sender ID itself ("SMBC"). */
  const claimedBrands = (ctx: CheckContext, s: SenderInfo): Brand[] => {
    const out: Brand[] = [];
    for (const c of ctx.brands) {
      const b = brands.byId(c.brandId);
      if (b && !out.includes(b)) out.push(b);
    }
    if (s.kind === 'alphanumeric') for (const b of brands.namedBy(s.normalized)) if (!out.includes(b)) out.push(b);
    return out;
  };
  /**
   * Every link stays with one of `of`: its official domains, or its platform (a shop's own
   * LINE account on lin.ee names LINE and links to LINE; that is no mismatch). No link: false.
   */
  const linksStayWith = (ctx: CheckContext, of: readonly Brand[]): boolean =>
    ctx.indicators.urls.length > 0 &&
    ctx.indicators.urls.every(
      (u) => u.host !== '' && !u.userinfoHost && !u.redacted && (brands.officialForHost(u.host).some((b) => of.includes(b)) || brands.platformOf(u.host).some((b) => of.includes(b))),
    );

  return (ctx) => {
    const s = ctx.sender;
    if (!s) return [];
    const reasons: Reason[] = [];
    const hasLink = ctx.indicators.urls.length > 0;
    if (s.kind === 'mobile' && hasLink) {
      reasons.push(reason('SENDER_MOBILE_WITH_LINK', weights.SENDER_MOBILE_WITH_LINK, () => ({
        en: `Sent from a personal mobile number (${s.raw}) with a link: how infected handsets spread smishing`,
        ja: `個人の携帯電話番号（${s.raw}）からのリンク付きSMSです（マルウェア感染端末の典型的な手口）`,
        detail: { sender: s.normalized, kind: s.kind },
      })));
    }
    const registeredFor = brands.officialForSender(s);
    const claimed = claimedBrands(ctx, s);
    // Claims of brands the sender is not registered for.
    const foreign = claimed.filter((b) => !registeredFor.includes(b));

    // Carriers' short codes and registered 0005 numbers are credited in sender-trust.ts, which
    // also knows whether the message asks through a channel the sender owns.

    if (s.kind === 'alphanumeric') {
      // A letters ID that names or comes with a brand it is not registered for, and links
      // somewhere that brand does not own: the ID was typed by whoever sent it.
      const brand = foreign[0];
      if (brand && hasLink && !linksStayWith(ctx, foreign)) {
        reasons.push(reason('SENDER_ALPHANUMERIC_BRAND_MISMATCH', weights.SENDER_ALPHANUMERIC_BRAND_MISMATCH, () => ({
          en: `Sender ID "${s.raw}" claims ${brand.nameEn}, is not one ${brand.nameEn} registered, and links off its official sites`,
          ja: `送信者名「${s.raw}」は${brand.name}を名乗っていますが、${brand.name}の登録済みの送信者名ではなく、リンク先も公式サイトではありません`,
          detail: { sender: s.normalized, kind: s.kind, brand: brand.id },
        })));
      }
    } else if (s.tier === 'overseas') {
      // Global services send their sign-in codes over international routes: a code message that asks
      // nothing and links only to the brand's own site is that traffic, not a brand's name borrowed from abroad.
      const codeOnly = tellsItsCode(ctx) && !ctx.asks.some((a) => !a.quoted) && (ctx.indicators.urls.length === 0 || linksStayWith(ctx, claimed));
      const brand = codeOnly ? undefined : claimed[0];
      if (brand && registeredFor.length === 0) {
        reasons.push(reason('SENDER_INTERNATIONAL_BRAND', weights.SENDER_INTERNATIONAL_BRAND, () => ({
          en: `Claims to be ${brand.nameEn} but arrived over an overseas route (${s.raw})`,
          ja: `${brand.name}を名乗っていますが、海外の経路（${s.raw}）から届いています`,
          detail: { sender: s.normalized, kind: s.kind, brand: brand.id },
        })));
      } else if (registeredFor.length === 0) {
        reasons.push(reason('SENDER_INTERNATIONAL', weights.SENDER_INTERNATIONAL, () => ({
          en: `Sent from an international number (${s.raw})`,
          ja: `海外の電話番号（${s.raw}）から送信されています`,
          detail: { sender: s.normalized, kind: s.kind },
        })));
      }
    }
    return reasons;
  };
}
