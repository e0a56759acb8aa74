import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getEngine } from '../../engine/index.js';
import { defang, summarise } from './assets/summary.js';
import { loadBrandNames } from './index.js';

const brands = loadBrandNames();
const look = (text: string, from?: string, lang: 'ja' | 'en' = 'ja') => summarise(getEngine().analyse({ text, from }), { lang, brands, sender: from });

test('defang: links become text nothing turns back into a link', () => {
  const table: [string, string][] = [
    ['http://sagawa-abc.duckdns.org/', 'hxxp://sagawa-abc[.]duckdns[.]org/'],
    ['HTTPS://x.example.com/a.php?b=c.d', 'hxxpS://x[.]example[.]com/a.php?b=c.d'],
    ['bit.ly/3abc', 'bit[.]ly/3abc'],
    ['http://192.0.2.1/login', 'hxxp://192[.]0[.]2[.]1/login'],
  ];
  for (const [raw, want] of table) assert.equal(defang(raw), want, raw);
});

test('what the subscriber is told, by message', () => {
  const sagawa = look('【佐川急便】お荷物のお届けにあがりましたが不在の為持ち帰りました。下記よりご確認ください。 http://sagawa-abc.duckdns.org/', '09012345678');
  assert.equal(sagawa.verdict, 'block');
  assert.deepEqual(sagawa.brands, [{ id: 'sagawa', name: '佐川急便' }]);
  assert.deepEqual(sagawa.links.map((l) => [l.shown, l.status]), [['hxxp://sagawa-abc[.]duckdns[.]org/', 'dangerous']]);
  assert.deepEqual(sagawa.sender, { shown: '09012345678', status: 'personal' });
  assert.ok(sagawa.findings.length > 0 && sagawa.findings.length <= 5);
  assert.ok(sagawa.findings.every((f) => !f.includes('lure:')), 'model features are not shown to subscribers');

  const amazon = look('【Amazon】お支払い方法に問題があります。アカウントを確認してください https://amazon-co-jp.xyz/login', '+8613800001111', 'en');
  assert.deepEqual(amazon.brands, [{ id: 'amazon', name: 'Amazon' }]);
  assert.equal(amazon.links[0]?.status, 'dangerous');
  assert.equal(amazon.sender?.status, 'overseas');
  assert.ok(amazon.findings.every((f) => /^[\x20-\x7e]+$/.test(f)), 'English texts in English');

  const genuine = look('Amazonをご利用いただきありがとうございます。ご注文の商品を発送しました。 https://www.amazon.co.jp/gp/css/order-history');
  assert.equal(genuine.links[0]?.status, 'official');
  assert.equal(genuine.links[0]?.brand, 'Amazon');

  const plain = look('明日の会議は10時からです');
  assert.deepEqual([plain.verdict, plain.brands, plain.links, plain.sender, plain.findings], ['allow', [], [], null, []]);
});
