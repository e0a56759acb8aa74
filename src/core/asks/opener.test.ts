// The opener finder (opener.ts): what counts as a held matter, who counts as unnamed, which lines, and the stake.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contextOf } from '../test-support.js';
import { openerStake } from './opener.js';

const opener = (text: string, from?: string): boolean => contextOf(text, from).asks.some((a) => a.kind === 'opener' && !a.quoted);

test('a held matter or an unnamed organisation, a desk\'s talk asked, nothing else told: an opener from an open line', () => {
  for (const [text, from] of [
    ['今お時間ありますか?電気料金の件で確認したいことがあります。', '08022907415'],
    ['チケット取引の件でご連絡です。今お時間ありますか?', '08044063391'],
    ['今お時間ありますか?JRの忘れ物センターの者です。', '07044092271'],
    ['叔父様の遺産のことで、一度お話できませんか', '08011473326'],
    ['クロネコです。着払い代金の件でこちらに一度お電話を', '09054417736'],
    ['お見積りの件でお電話しましたがつながりませんでした。折り返しご連絡ください', '05033496671'],
    ['ご利用料金の件で確認があります。', '+12025550143'],
    // An organisation named by its kind owns no number: from a fixed or a toll-free line too.
    ['不動産会社の者です。ご契約の件でお電話ください', '0312345678'],
  ] as const) assert.ok(opener(text, from), text);
});

test('not an opener: a name, a shop, a matter shared by its day or told, a plain voice, a registered or unknown line, a quote, a longer text', () => {
  for (const [text, from] of [
    ['佐藤です。明日の打ち合わせの件で、今お時間ありますか?', '09012345678'],
    ['配達員の佐藤です。お荷物の件でお電話ください', '09033334444'],
    ['山田工務店です。お見積りの件でお電話ください', '08011112222'],
    ['今お時間ありますか?さっきの新幹線代、立て替えたので精算したいです', '09044186629'],
    ['日本郵便です。ゆうパックのお届け先住所の番地が伝票で読み取れず、確認のためご連絡しました。お手数ですがお電話いただけますか。', '08013348821'],
    ['母さんのことで相談がある。電話して', '09022223333'],
    // A brand or a named clinic on its own fixed line; a registered sender; no sender known.
    ['中村歯科医院です。明日11時のご予約の件でお電話ください。', '0312345678'],
    ['ご利用料金の件で確認があります。', '0005011234'],
    ['電気料金の件で確認したいことがあります。今お時間ありますか?', undefined],
    ['「電気料金の件で確認したいことがあります。今お時間ありますか?」ってSMSが来た', '09012345678'],
  ] as const) assert.ok(!opener(text, from), text);
});

test('the stake: money, a deadline, a brand or an institution blocks; a scout, points or an estimate only flags', () => {
  assert.equal(openerStake(contextOf('代引き料金の件です。お電話ください', '09020424296')), '代引');
  assert.equal(openerStake(contextOf('契約更新の件、今日中にお電話いただけますと幸いです', '05034417762')), '今日中');
  assert.equal(openerStake(contextOf('学校の者ですが、お子さんの件でこの番号にお電話いただけますか', '08022934417')), '学校');
  assert.ok(openerStake(contextOf('こんにちは、首都高の料金について少し伺いたい点があります。今日お話しできますか?', '09088124473')) !== undefined);
  for (const text of ['芸能事務所です。スカウトの件で一度お電話いただけますか', 'ポイントの件でご連絡しました。今お時間よろしいですか?', 'お見積りの件でお電話しましたがつながりませんでした。折り返しご連絡ください']) {
    assert.equal(openerStake(contextOf(text, '09012345678')), undefined, text);
  }
});
