import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contextOf } from '../test-support.js';
import { namedSiteLinks, romaji } from './own-site.js';

test('kana are read in Hepburn', () => {
  assert.equal(romaji('さくら'), 'sakura');
  assert.equal(romaji('ヒマワリ'), 'himawari');
  assert.equal(romaji('しゅうきょう'), 'shuukyou');
  assert.equal(romaji('きっぷ'), 'kippu');
});

const named = (text: string): string[] => {
  const ctx = contextOf(text);
  return namedSiteLinks(ctx.norm.text, ctx.indicators.urls);
};

test('a link whose host carries the name the message signs with is its own site', () => {
  assert.deepEqual(named('【さくら歯科】明日10時のご予約です https://sakura-dental.jp/yoyaku'), ['https://sakura-dental.jp/yoyaku']);
  assert.deepEqual(named('【ヘアサロンAOI】ご予約の確認 https://salon-aoi.net/info'), ['https://salon-aoi.net/info']);
  assert.deepEqual(named('みどり内科です。予約はこちら https://midori-naika.com/'), ['https://midori-naika.com/']);
  assert.equal(named('【ひまわり保育園】臨時休園 https://himawari-hoikuen.wixsite.com/news').length, 1);
});

test('not a cheap TLD, another host, a name only in the path, a name in kanji, or no name at the head', () => {
  assert.deepEqual(named('【さくら総合病院】再検査のご案内 https://sakura-byoin.top/check'), []);
  assert.deepEqual(named('【さくら歯科】お支払い https://pay-cancel-fee.com/sakura'), []);
  assert.deepEqual(named('【中京銀行】お客様情報の確認 https://chukyo-bank.com/'), []);
  assert.deepEqual(named('お支払いはこちら さくら歯科 https://sakura-dental.jp/'), []);
});
