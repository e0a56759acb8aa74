// What the message asks, weighed against who it claims to be and whose channel the ask goes
// through. Smishing pretends to be someone and asks the reader to act through a channel that
// someone does not own; an ask through the claimed identity's own channel (its domain, its
// registered sender, its published number) is credited; an ask for secrets is never owned.
// Quoted or reported asks are the scam being talked about: they do not count here.
import type { BrandLookups } from '../brands/check.js';
import type { Ask, AskKind, Check, CheckContext, Weights } from '../check.js';
import type { Reason, ReasonCode, SenderInfo } from '../types.js';

/** Who the message speaks for and what that identity owns. */
export interface Identity {
  /** Brand ids the text claims. */
  readonly claimed: readonly string[];
  /** Brand ids the sender is registered for (registry tier, or the brand registry's senders). */
  readonly senderBrands: readonly string[];
  /** The sender is a carrier's or a registered business's, and speaks for what it claims (or claims nothing). */
  readonly senderOwnsClaim: boolean;
  readonly senderNumber: string;
  /** The message has links, and every one is on a claimed brand's official domains. */
  readonly linksOfficial: boolean;
  /** What the registry says of a number written in the text (the engine's classifier), when known. */
  readonly numberInfo?: (value: string) => SenderInfo;
}

export function identityOf(ctx: CheckContext, brands: BrandLookups): Identity {
  const claimed = ctx.brands.map((b) => b.brandId);
  const urls = ctx.indicators.urls;
  const linksOfficial = claimed.length > 0 && urls.length > 0
    && urls.every((u) => !u.redacted && u.host !== '' && !u.userinfoHost && brands.officialForHost(u.host).some((b) => claimed.includes(b.id)));
  const s = ctx.sender;
  const numberInfo = ctx.classifySender;
  if (!s) return { claimed, senderBrands: [], senderOwnsClaim: false, senderNumber: '', linksOfficial, numberInfo };
  const senderBrands = [...new Set([...s.brandIds, ...brands.officialForSender(s).map((b) => b.id)])];
  // Letters IDs and overseas numbers can be anyone: listed or not, they own no channel by themselves.
  const spoofable = s.tier === 'alphanumeric' || s.tier === 'overseas' || s.kind === 'alphanumeric' || s.route === 'overseas';
  const trusted = !spoofable && (s.tier === 'carrier' || s.tier === 'registered-business' || senderBrands.length > 0);
  const carrierClaims = s.tier === 'carrier' && claimed.every((id) => brands.byId(id)?.category === 'carrier');
  const senderOwnsClaim = trusted && (claimed.length === 0 || carrierClaims || claimed.some((id) => senderBrands.includes(id)));
  return { claimed, senderBrands, senderOwnsClaim, senderNumber: s.normalized, linksOfficial, numberInfo };
}

/** Whether an ask goes through a channel the identity owns. Secrets and gift cards are never owned. */
export function owned(ask: Ask, id: Identity, brands: BrandLookups, appStores: ReadonlySet<string>): boolean {
  if (ask.kind === 'secret' || ask.kind === 'share-code' || ask.kind === 'gift-card') return false;
  const ch = ask.channel;
  switch (ch.type) {
    case 'url': {
      if (ask.kind === 'install' && appStores.has(ch.host)) return true;
      const owners = brands.officialForHost(ch.host).map((b) => b.id);
      if (owners.length === 0) return false;
      // A person sharing a shop's page links to the shop's own site.
      if (id.claimed.length === 0) return true;
      return owners.some((o) => id.claimed.includes(o));
    }
    case 'phone': {
      const info = id.numberInfo?.(ch.value) ?? { raw: ch.value, normalized: ch.value, e164: null, kind: 'unknown', country: null, route: 'unknown', tier: 'unknown', brandIds: [] };
      const owners = brands.officialForSender(info).map((b) => b.id);
      if (owners.some((o) => id.claimed.includes(o) || id.senderBrands.includes(o))) return true;
      if (id.claimed.length === 0 && owners.length > 0) return true;
      return id.senderOwnsClaim && ch.value === id.senderNumber;
    }
    case 'unstated':
      // "下記より", "ご確認ください": the way is the message's own links, when every one is the claimed brand's.
      return id.senderOwnsClaim || (id.claimed.length > 0 && id.linksOfficial);
    case 'reply':
    case 'messenger':
      return id.senderOwnsClaim;
  }
}

// Senders whose own line an office would ask to be called back on.
const OFFICE_LINES: ReadonlySet<string> = new Set(['business-number', 'registered-business', 'carrier']);

const ASK_REASON: Partial<Record<AskKind, ReasonCode>> = {
  'reply-data': 'ASK_PERSONAL_DATA',
  secret: 'CREDENTIAL_REQUEST',
  'share-code': 'ASK_SHARE_CODE',
  'reply-yes-no': 'ASK_REPLY_YES_NO',
  messenger: 'ASK_MESSENGER',
  install: 'ASK_INSTALL',
  'gift-card': 'ASK_GIFT_CARD',
  money: 'ASK_MONEY',
};

const EXPLAIN: Record<AskKind, { en: string; ja: string }> = {
  'open-link': { en: 'Asks you to open a link that is not the claimed sender\'s own', ja: '名乗る相手の公式ではないリンクを開かせようとしています' },
  call: { en: 'Asks you to call a number that is not the claimed sender\'s own', ja: '名乗る相手の公式ではない番号に電話させようとしています' },
  'reply-data': { en: 'Asks you to send back personal data (name, birth date, address…)', ja: '氏名・生年月日・住所などの個人情報を返信させようとしています' },
  secret: { en: 'Asks for secrets such as passwords, PINs, card details or codes', ja: '暗証番号・パスワード・カード情報・認証コードなどを求めています' },
  'share-code': { en: 'Asks you to pass on a code sent to your phone: whoever gets it takes over an account in your name', ja: 'あなたの電話番号に届いたコードを教えるよう求めています（アカウント乗っ取り・SMS認証代行の手口）' },
  'reply-yes-no': { en: 'Asks for a Y/YES reply from a sender that is not who it claims', ja: '名乗る相手の公式でない送信元への「Y」「はい」の返信を求めています' },
  messenger: { en: 'Moves the conversation to a messenger account (LINE ID, Telegram, WhatsApp…)', ja: 'LINE・Telegram・WhatsAppなど別の連絡手段に誘導しています' },
  install: { en: 'Asks you to install an app or profile from outside the official stores', ja: '公式ストア以外からアプリ・プロファイルをインストールさせようとしています' },
  'gift-card': { en: 'Asks you to buy gift cards or send their numbers: no company takes payment that way', ja: 'ギフトカード・電子マネーの購入や番号の連絡を求めています（正規の支払い方法ではありません）' },
  money: { en: 'Asks you to transfer or lend money', ja: '送金・立て替えを求めています' },
  resolve: { en: 'Asks you to act on the problem it asserts, by a way that is not the claimed sender\'s own', ja: '訴えている問題への対応を、公式ではない（示されていない）窓口で求めています' },
};

export function createAskChannelCheck(weights: Weights, brands: BrandLookups, appStoreHosts: readonly string[]): Check {
  const appStores = new Set(appStoreHosts);
  return (ctx) => {
    if (!ctx.reported && ctx.asks.length === 0) return [];
    const reasons: Reason[] = [];
    if (ctx.reported) {
      reasons.push({
        code: 'SCAM_REPORTED', weight: weights.SCAM_REPORTED,
        en: 'Warns about, asks about or quotes a scam: the lure wording is reported, not the message\'s own',
        ja: '詐欺についての注意・相談・引用です（詐欺の文面は引用として扱います）',
      });
    }
    if (ctx.asks.length === 0) return reasons;
    const asks = ctx.asks.filter((a) => !a.quoted);
    if (asks.length === 0) return reasons;
    const id = identityOf(ctx, brands);
    const hasLure = ctx.lures.some((l) => (l.kind === 'lure' || l.kind === 'pressure') && !l.quoted);
    const seen = new Set<ReasonCode>();
    let unowned = 0;
    for (const a of asks) {
      if (owned(a, id, brands, appStores)) continue;
      unowned++;
      let code = ASK_REASON[a.kind];
      if (a.kind === 'open-link' && a.channel.type === 'url' && hasLure && id.claimed.length === 0) code = 'ASK_LINK';
      // Put right the problem the lure asserts, by a way the message does not show.
      if ((a.kind === 'resolve' || a.kind === 'open-link') && a.channel.type === 'unstated' && hasLure && !a.implied) code = 'ASK_RESOLVE';
      // A call back to a written number, or to a personal or overseas sender: "call us" from an office's own line is ordinary.
      if (a.kind === 'call' && hasLure && (a.channel.type === 'phone' || !OFFICE_LINES.has(ctx.sender?.tier ?? 'unknown'))) code = 'CALLBACK_LURE';
      // A Y/N reply or a money ask is ordinary between people; it is bait when it serves a lure or a false identity.
      if ((a.kind === 'reply-yes-no' || a.kind === 'money') && !hasLure && id.claimed.length === 0) code = undefined;
      if (!code || seen.has(code)) continue;
      seen.add(code);
      const shown = a.channel.value ? ` (${a.channel.type === 'url' ? a.channel.host : a.channel.value})` : '';
      reasons.push({
        code, weight: weights[code],
        en: `${EXPLAIN[a.kind].en}${shown}`,
        ja: `${EXPLAIN[a.kind].ja}${shown}`,
        detail: { ask: a.kind, cue: a.cue, channel: a.channel.type, ...(a.channel.value ? { via: a.channel.value } : {}) },
      });
    }
    if (unowned === 0 && (id.senderOwnsClaim || id.claimed.length > 0)) {
      reasons.push({
        code: 'ASK_OWN_CHANNEL', weight: weights.ASK_OWN_CHANNEL,
        en: 'Everything it asks goes through the sender\'s own channels',
        ja: '求めている対応はすべて送信者自身の公式の窓口を通じたものです',
        detail: { asks: [...new Set(asks.map((a) => a.kind))] },
      });
    }
    return reasons;
  };
}

/** Asks the reader is asked to act on through a channel the claimed identity does not own. */
export function unownedAsks(ctx: CheckContext, brands: BrandLookups, appStores: ReadonlySet<string>): Ask[] {
  const id = identityOf(ctx, brands);
  return ctx.asks.filter((a) => !a.quoted && !owned(a, id, brands, appStores));
}
