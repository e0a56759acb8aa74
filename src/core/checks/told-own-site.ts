// A site told as the writer's own or a friend's or a relative's: "友達の店、ネットショップ始めたから見てみて hanako-zakka.shop",
// "うちのバンドのサイト tsukiyo-band . live に新曲あげた", "妹のお店のサイト → sakura-flower . shop". Bands, small shops and
// classes keep their sites on the cheap TLDs phishing uses too (.shop, .live, .site), and people write a link spaced apart so
// their chat app will not turn it into a preview: the page is the one the writer tells of, whose it is said in so many words.
// The infected handset's spread and the fake shop say none of it, or say it beside what they sell with: a parcel, a sale, a
// limit on buyers, a prize, a job, money (lures.json lure, pressure, discount, quota), a brand or an institution claimed.
import type { CheckContext } from '../check.js';
import { speaksAsInstitution } from '../asks/types.js';
import { gated } from '../match/literals.js';

// Whose: the writer's, a friend's, a relative's shop, band, class or page; a site or a shop told as just made or opened; the
// writer's own show told as fixed ("ライブ決まった!", "個展が決まりました").
const TOLD_OWN = gated(/(?:友達|友人|知り合い|妹|姉|兄|弟|母|父|娘|息子|うち|私|僕|俺|自分|親戚|いとこ|先輩|後輩)の(?:お)?(?:店|ショップ|パン屋|花屋|雑貨屋|カフェ|サロン|教室|アトリエ|バンド|サークル|劇団|サイト|ブログ|hp|ホームページ|作品|ポートフォリオ)|(?:お店|店|ショップ|ネットショップ|サイト|ホームページ|hp|ブログ|ポートフォリオ)(?:を|の)?(?:始め|はじめ|作っ|つくっ|作り|オープン|開い|開店|出し|開設|まとめ)|(?:ライブ|個展|公演|発表会|展示会|ワンマン|定期演奏会)(?:が|の日程が|の日が)?決まっ/);
// Whatever a page made for a scam sells with, beside its lure words: a sale or a limit on buyers.
const SELLS_WITH: ReadonlySet<string> = new Set(['discount', 'quota']);

/**
 * The message tells of its link as the writer's own site or a friend's or a relative's (TOLD_OWN), asks nothing but to open
 * it, and claims, lures, presses and sells nothing: the cheap TLD and the spaced spelling are not held against it.
 * A raw IP, dynamic DNS, a name made of an instruction or dressed as another address still is (the callers' own tests).
 */
export function toldOwnSite(ctx: CheckContext): boolean {
  if (ctx.reported || ctx.brands.length > 0 || ctx.indicators.urls.length === 0) return false;
  if (!TOLD_OWN.test(ctx.norm.lower)) return false;
  if (ctx.asks.some((a) => !a.quoted && a.kind !== 'open-link')) return false;
  if (ctx.lures.some((l) => !l.quoted && (l.kind === 'lure' || l.kind === 'pressure' || SELLS_WITH.has(l.category) || (l.kind === 'register' && l.category === 'business')))) return false;
  return !speaksAsInstitution(ctx);
}
