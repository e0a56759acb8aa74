// A message spelt wholly in katakana, word by word ("ケイサツショ デス。アナタ ノ ギンコウコウザ ガ サギ ニ
// ツカワレテ イマス。スグ 03-… ニ デンワ シテ クダサイ", "オカネ フヤス ホウホウ"): Japanese written with no kanji
// and no hiragana at all slips past every filter that reads words (警察, 口座, お金), the way lures spell
// themselves to pass; no office, shop or bank writes its notices so, and people texting each other mix
// scripts. It weighs only beside a way to act (an ask, a number, a link, or a reply, a call or a transfer asked
// in katakana too): a katakana greeting asks nothing.
// Half-width katakana (a legacy system's ﾆｭｳｷﾝ) is folded to full-width before this reads it, and a
// short run (a name, a product) is not a message spelt so.
import { reason } from '../reason.js';
import type { Check, Weights } from '../check.js';
import type { Reason } from '../types.js';

const NONE: Reason[] = [];
const KATAKANA = /[\u30a1-\u30fa\u30fc]/g;
const OTHER_JAPANESE = /[\u3041-\u309f\u4e00-\u9fff\u3400-\u4dbf]/;
// Enough letters to be a message, not a name or a word ("ヤマダ タロウ", "コード").
const MIN_KATAKANA = 20;
// The ways to act, spelt in katakana as the rest is (the cues in data/lures.json are written in kanji and
// hiragana): reply, contact, call, transfer, send, tap, access, register.
// Asked, not told: with a request's ending ("ヘンシン クダサイ", not "フリコミ ガ アリマシタ").
const ACT_SPELT = /ヘンシン|レンラク|デンワ|フリコ|ソウキン|オクッテ|タップ|クリック|アクセス|トウロク|ツイカ/;
const ASKED_SPELT = /クダサイ|オネガイ|シテネ|シテホシイ/;

/** The text's Japanese is katakana only, at least MIN_KATAKANA letters of it. */
export function spelledInKatakana(text: string): boolean {
  if (OTHER_JAPANESE.test(text)) return false;
  return (text.match(KATAKANA)?.length ?? 0) >= MIN_KATAKANA;
}

export function createKanaSpeltCheck(weights: Weights): Check {
  return (ctx) => {
    if (ctx.reported || !spelledInKatakana(ctx.norm.text)) return NONE;
    const wayToAct = ctx.asks.some((a) => !a.quoted) || ctx.indicators.phones.length > 0 || ctx.indicators.urls.length > 0 || (ACT_SPELT.test(ctx.norm.text) && ASKED_SPELT.test(ctx.norm.text));
    if (!wayToAct) return NONE;
    return [reason('KANA_SPELT', weights.KANA_SPELT, () => ({
      en: 'Written wholly in katakana, word by word, with a way to act (a number, a link or an ask): spelling a message so slips past filters that read words, and no office, shop or bank writes its notices so',
      ja: '全文がカタカナで書かれ、電話番号・リンク・依頼が含まれています（キーワードでの検知を避けるための書き方で、役所・店舗・銀行の通知はこのように書かれません）',
    }))];
  };
}
