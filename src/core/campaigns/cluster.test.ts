// Campaign clustering, the floor as a case table: a campaign's lures with rotating
// links and numbers and small wording changes fall in one campaign (≥ 95%), and other lures
// of the same brand do not join it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createClusterer, signatureOf, similarity } from './cluster.js';
import { templateOf } from '../lines/simhash.js';
import { infrastructureOf } from './infrastructure.js';

/** A seeded generator (mulberry32), so the variants are the same on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A lure written with one of each slot's wordings, a fresh link and fresh digits. */
type Slot = readonly string[];
function variants(parts: readonly (string | Slot)[], n: number, seed: number): string[] {
  const r = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const tlds = ['top', 'xyz', 'cn', 'icu', 'shop', 'com'];
  return Array.from({ length: n }, () => parts.map((p) => (typeof p === 'string' ? p : pick(p))).join('')
    .replace('{url}', `https://${Math.floor(r() * 1e9).toString(36)}-${pick(['jp', 'info', 'check', 'delivery'])}.${pick(tlds)}/${Math.floor(r() * 1e6).toString(36)}`)
    .replace('{n}', String(Math.floor(r() * 9000) + 1000)));
}

const CAMPAIGNS: Record<string, readonly (string | Slot)[]> = {
  sagawaAbsent: [['【佐川急便】', '佐川急便：', '[佐川急便]', ''], ['お荷物を', '荷物を'], 'お届けに上がりましたが', ['不在の為', '不在のため', 'ご不在のため'], ['持ち帰りました', '持ち帰りしました'], '。', ['配送物は', 'お荷物は'], 'こちらにて', ['ご確認ください', 'ご確認下さい', '確認してください'], [' ', '\n', ''], '{url}'],
  sagawaFee: [['【佐川急便】', '佐川急便：', ''], '配送料金の', ['未払い', 'お支払い漏れ'], 'があります。', ['本日中に', '至急'], ['お支払いください', 'お支払い下さい'], ['', '。'], ' {url}'],
  amazonLock: [['【Amazon】', 'Amazon：', '[Amazon]'], ['お客様の', ''], 'アカウントが', ['ロックされました', '一時停止されました', 'ロックされています'], '。', ['以下より', '下記より', 'こちらから'], ['本人確認をお願いします', 'ご本人確認をお願いいたします', '本人確認を行ってください'], ' {url}'],
  amazonPrime: [['Amazonプライムの', '【Amazon】プライムの'], ['会費の', '年会費の'], 'お支払い方法に問題があります。', ['支払い情報を', 'お支払い情報を'], ['更新してください', '更新して下さい'], ['', '。'], ' {url}'],
  taxRefund: [['【国税庁】', '国税庁：'], ['還付金', '税金の還付金'], 'があります。', ['受取手続きは', 'お受け取りの手続きは'], ['こちら', '以下'], ['から', 'より'], ' {url} ', ['期限', '受付期限'], '{n}日'],
};

describe('campaign clustering', () => {
  const c = createClusterer();
  const labelled = Object.entries(CAMPAIGNS).flatMap(([name, parts], i) => variants(parts, 200, i + 1).map((text) => ({ name, text })));
  // Interleaved, as reports arrive.
  const r = prng(99);
  const order = labelled.map((l) => ({ l, k: r() })).sort((a, b) => a.k - b.k).map((x) => x.l);
  const added = order.map(({ name, text }) => ({ name, text, id: c.add(text) }));
  // Campaigns merge as texts bridge them: where each text belongs once all have arrived.
  const got = added.map((g) => ({ ...g, id: c.resolve(g.id) }));

  for (const name of Object.keys(CAMPAIGNS)) {
    it(`${name}: ≥ 95% of its lures in one campaign, and no other campaign's lure in it`, () => {
      const mine = got.filter((g) => g.name === name);
      const counts = new Map<number, number>();
      for (const g of mine) counts.set(g.id, (counts.get(g.id) ?? 0) + 1);
      const [main, n] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] as [number, number];
      assert.ok(n / mine.length >= 0.95, `${n} of ${mine.length} in campaign ${main} (${counts.size} campaigns)`);
      const intruders = got.filter((g) => g.id === main && g.name !== name);
      assert.deepEqual(intruders.map((g) => g.text), []);
    });
  }

  it('links and numbers are masked; the same text is always the same campaign', () => {
    const d = createClusterer();
    const a = d.add('【佐川急便】お荷物のお届けにあがりましたが不在の為持ち帰りました https://abc.top/1234');
    assert.equal(d.add('【佐川急便】お荷物のお届けにあがりましたが不在の為持ち帰りました https://zz9-x.xyz/q'), a);
    assert.equal(d.add('【佐川急便】お荷物のお届けにあがりましたが不在の為持ち帰りました https://abc.top/1234'), a);
    assert.notEqual(d.add('明日の集合は10時に駅前でお願いします'), a);
    assert.equal(d.size, 2);
  });

  it('similarity estimates trigram overlap: identical 1, unrelated near 0', () => {
    const s = (x: string) => signatureOf(templateOf(x));
    assert.equal(similarity(s('お荷物を持ち帰りました'), s('お荷物を持ち帰りました')), 1);
    assert.ok(similarity(s('お荷物を持ち帰りました'), s('明日の会議は中止です')) < 0.1);
  });
});

// Shared infrastructure: lures that name the same operator's domain, short link or call-back
// number are one campaign whatever their wording; a shortener's or an official domain is no one's.
describe('campaign clustering by shared infrastructure', () => {
  const official = new Set(['amazon.co.jp', 'sagawa-exp.co.jp', 'bit.ly']);
  const keysOf = (text: string): string[] => {
    const urls = [...text.matchAll(/https?:\/\/([^/\s]+)(\/\S*)?/g)].map((m) => {
      const host = m[1] as string;
      const domain = host.split('.').slice(host.endsWith('.co.jp') ? -3 : -2).join('.');
      return { normalized: m[0], host, domain, isShortener: domain === 'bit.ly' };
    });
    const phones = [...text.matchAll(/0\d{9,10}/g)].map((m) => m[0]);
    return infrastructureOf({ urls, phones }, { isShared: (_k, v) => [...official].some((o) => v === o || v.endsWith(`.${o}`)) });
  };
  const add = (c: ReturnType<typeof createClusterer>, text: string): number => c.add(text, keysOf(text));

  it('rewritten lures on one operator\'s rotating hosts: ≥ 95% in one campaign; the same brand\'s other operation apart', () => {
    // Three wordings with no near-duplicate between them, one domain pool (hosts rotate under it).
    const a = ['【Amazon】お客様のアカウントに不審なログインがありました。確認はこちら', 'Amazonプライム会費の決済が失敗しました。更新手続きを行ってください', '［アマゾン］ご注文が保留中です。お支払い方法をご確認願います'];
    const b = ['【Amazon】ギフト券の当選者に選ばれました！受け取りはこちらから', 'アマゾンでお買い物ポイント5000円分が失効間近です。今すぐ確認'];
    const r = prng(7);
    const c = createClusterer();
    const got: { name: string; id: number }[] = [];
    for (let i = 0; i < 400; i++) {
      const mine = r() < 0.6;
      const pool = mine ? ['amaz0n-secure.top', 'amzn-login.icu', 'amaz0n-secure.xyz'] : ['gift-amzn.shop', 'amzn-point.cn'];
      const texts = mine ? a : b;
      // A new operation's domain appears only after one of its known ones has: the pool is linked by the lures that carry both.
      const d1 = pool[Math.floor(r() * pool.length)] as string;
      const link = `https://${Math.floor(r() * 1e9).toString(36)}.${d1}/${Math.floor(r() * 1e6).toString(36)}`;
      const quoted = r() < 0.3 ? ' 公式 https://www.amazon.co.jp/ ' : ' ';
      const short = r() < 0.2 ? ` https://bit.ly/${Math.floor(r() * 1e9).toString(36)}` : '';
      const text = `${texts[Math.floor(r() * texts.length)] as string}${quoted}${link}${short}`;
      got.push({ name: mine ? 'a' : 'b', id: add(c, text) });
    }
    const final = got.map((g) => ({ ...g, id: c.resolve(g.id) }));
    for (const name of ['a', 'b']) {
      const mine = final.filter((g) => g.name === name);
      const counts = new Map<number, number>();
      for (const g of mine) counts.set(g.id, (counts.get(g.id) ?? 0) + 1);
      const [main, n] = [...counts.entries()].sort((x, y) => y[1] - x[1])[0] as [number, number];
      assert.ok(n / mine.length >= 0.95, `${name}: ${n} of ${mine.length} in one campaign (${counts.size} campaigns)`);
      assert.equal(final.filter((g) => g.id === main && g.name !== name).length, 0, `${name}: another operation's lures joined it`);
    }
  });

  it('a call-back number joins different wordings; an official number or domain does not', () => {
    const c = createClusterer();
    const x = add(c, '【重要】お客様の口座が凍結されました。至急 05031234567 までお電話ください');
    assert.equal(add(c, 'ご利用料金が未納です。本日中に 05031234567 へご連絡がない場合、法的手続きに移ります'), x);
    const y = add(c, '【Amazon】ギフト券が当たりました https://www.amazon.co.jp/ で確認');
    assert.notEqual(add(c, '【Amazon】お支払い情報を更新してください https://www.amazon.co.jp/ へ'), y);
    const s = add(c, '佐川急便より再配達のご案内 https://bit.ly/aaaa1111');
    assert.notEqual(add(c, '未払いの税金があります https://bit.ly/bbbb2222'), s);
    assert.equal(add(c, '宝くじに当選しました https://bit.ly/aaaa1111'), s, 'the same short link is the same operator');
  });

  it('a lure bridging two campaigns merges them into the older, and says so', () => {
    const c = createClusterer();
    const older = add(c, '未納料金のお知らせ。下記よりお支払いください https://pay.evil-one.top/1');
    const newer = add(c, '【国税庁】還付金の受け取りはこちら https://nta.evil-two.top/2');
    assert.notEqual(older, newer);
    c.takeMerges();
    assert.equal(add(c, 'お客様情報の確認が必要です https://a.evil-one.top/x https://b.evil-two.top/y'), older);
    assert.deepEqual(c.takeMerges(), [{ from: newer, into: older }]);
    assert.equal(c.resolve(newer), older);
    assert.deepEqual([...c.keysOf(older)].sort(), ['d:evil-one.top', 'd:evil-two.top']);
  });

  it('a restored campaign keeps gathering its lures, by wording and by infrastructure', () => {
    const first = createClusterer();
    const id = add(first, '【佐川急便】お荷物のお届けにあがりましたが不在の為持ち帰りました https://x1.sagawa-fake.top/1');
    const saved = { exemplars: first.exemplarsOf(id), keys: first.keysOf(id), templates: [templateOf('【佐川急便】お荷物のお届けにあがりましたが不在の為持ち帰りました https://x')] };
    const again = createClusterer();
    const other = again.restore({ exemplars: [signatureOf(templateOf('明日の会議は中止です'))], keys: [] });
    const restored = again.restore(saved);
    assert.notEqual(restored, other);
    assert.equal(add(again, '【佐川急便】お荷物のお届けにあがりましたが不在のため持ち帰りました https://q.other.top/2'), restored);
    assert.equal(add(again, '再配達の手続きはこちら https://zz.sagawa-fake.top/3'), restored);
  });
});
