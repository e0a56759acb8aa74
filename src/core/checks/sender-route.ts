// What the sender's route says. ~99% of smishing in Japan comes from infected domestic
// handsets texting links; ~1% from overseas carriers, which must not pass for domestic
// brands (the MIC draft asks carriers to treat those routes hard).
import type { BrandLookups } from '../brands/check.js';
import type { Check, Weights } from '../check.js';
import type { Reason } from '../types.js';

export function createSenderRouteCheck(weights: Weights, brands: BrandLookups): Check {
  return (ctx) => {
    const s = ctx.sender;
    if (!s) return [];
    const reasons: Reason[] = [];
    const hasLink = ctx.indicators.urls.length > 0;
    if (s.kind === 'mobile' && hasLink) {
      reasons.push({
        code: 'SENDER_MOBILE_WITH_LINK',
        weight: weights.SENDER_MOBILE_WITH_LINK,
        en: `Sent from a personal mobile number (${s.raw}) with a link: how infected handsets spread smishing`,
        ja: `個人の携帯電話番号（${s.raw}）からのリンク付きSMSです（マルウェア感染端末の典型的な手口）`,
        detail: { sender: s.normalized, kind: s.kind },
      });
    }
    // A sender ID a brand registered (Apple's "Apple Notifications") is not an anonymous overseas route.
    const registeredFor = brands.officialForSender(s).map((b) => b.id);
    if (s.route === 'overseas' && registeredFor.length === 0) {
      const brand = ctx.brands[0];
      if (brand) {
        reasons.push({
          code: 'SENDER_INTERNATIONAL_BRAND',
          weight: weights.SENDER_INTERNATIONAL_BRAND,
          en: `Claims to be ${brand.nameEn} but arrived over an overseas route (${s.raw})`,
          ja: `${brand.name}を名乗っていますが、海外の経路（${s.raw}）から届いています`,
          detail: { sender: s.normalized, kind: s.kind, brand: brand.brandId },
        });
      } else if (s.kind === 'alphanumeric') {
        reasons.push({
          code: 'SENDER_ALPHANUMERIC_UNREGISTERED',
          weight: weights.SENDER_ALPHANUMERIC_UNREGISTERED,
          en: `Alphanumeric sender ID (${s.raw}): domestic routes show numbers, so it came from abroad`,
          ja: `英数字の送信者名（${s.raw}）は海外の経路から届いたものです`,
          detail: { sender: s.normalized, kind: s.kind },
        });
      } else {
        reasons.push({
          code: 'SENDER_INTERNATIONAL',
          weight: weights.SENDER_INTERNATIONAL,
          en: `Sent from an international number (${s.raw})`,
          ja: `海外の電話番号（${s.raw}）から送信されています`,
          detail: { sender: s.normalized, kind: s.kind },
        });
      }
    }
    return reasons;
  };
}
