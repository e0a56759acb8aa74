// Campaign clustering, the floor as a case table: a campaign's lures with rotating
// links and numbers and small wording changes fall in one campaign (≥ 95%), and other lures
// of the same brand do not join it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createClusterer, signatureOf, similarity } from './cluster.js';
import { templateOf } from '../lines/simhash.js';

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
