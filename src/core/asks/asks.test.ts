// The ask finders, as a table: text → the kinds of ask found (Rspamd style).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contextOf } from '../test-support.js';

const kinds = (text: string, from?: string): string[] =>
  [...new Set(contextOf(text, from).asks.filter((a) => !a.quoted).map((a) => a.kind))].sort();

const table: [text: string, from: string | undefined, expected: string[]][] = [
  ['お荷物のお届けにあがりましたが不在の為持ち帰りました。https://sagawa-xx.top/', '09012345678', ['open-link']],
  ['不在の為持ち帰りました。下記よりご確認ください。', undefined, ['open-link', 'resolve']],
  ['ご利用料金の確認が取れておりません。本日中に 03-1234-5678 迄ご連絡下さい。', undefined, ['call']],
  ['間違えてあなたの番号に認証コードを送ってしまいました。届いたコードを教えてください。', '09011112222', ['share-code']],
  ['カード番号と暗証番号を入力してください', undefined, ['secret']],
  // The mistake is told in the past; the ask follows it.
  ['すみません、間違えて認証コードをこの番号に送ってしまいました。届いた6桁の数字を返信してもらえませんか?', '09011112222', ['share-code']],
  ['電話番号を送ったから、SMSに届いた番号を返信してね', '09011112222', ['share-code']],
  ['間違えて認証番号を送信してしまいました。このメッセージを削除してください。', undefined, []],

  ['当社がお客様に暗証番号をお聞きすることはありません。', '0120123456', []],
  ['オートロックの暗証番号を教えていただけますか?配達に伺います。', '08012345678', []],
  ['【楽天】認証コード 551804 を入力してください。このコードは誰にも教えないでください。', undefined, []],
  ['ご本人確認のため、お名前と生年月日を返信してください。', undefined, ['reply-data']],
  ['Apple IDが停止されました。解除するにはYと返信してください。', undefined, ['reply-yes-no', 'resolve']],
  // A company's name with a problem on the reader's account asks, unsaid, to put it right.
  ['【MyJCB】利用が停止されました', undefined, ['resolve']],
  ['日給3万円、スマホだけで簡単作業。詳しくはLINE IDを追加して連絡ください', undefined, ['call', 'messenger']],
  ['セキュリティアプリをインストールしてください https://docomo-safe.top/app.apk', undefined, ['install', 'open-link']],
  ['お願いがあるの。コンビニでギフトカードを買ってきて、裏の番号を送ってくれない?', '09033334444', ['gift-card']],
  ['母さん、スマホ壊れた。急ぎで10万円振り込んでほしい。お父さんには内緒で', '08055556666', ['money']],
  ['明日の飲み会、7時に駅前ね', '09087654321', []],
  ['Amazonのドライバーです。マンションの入口の暗証番号を教えてください', '08012345678', []],
  ['新しい端末からログインがありました。心当たりがない場合はお問い合わせください。', 'SMBC', []],
  // A job whose work is a crime asks, unsaid, to take it up; the warning that names it asks nothing.
  ['口座を貸すだけで月5万円。キャッシュカードを郵送するだけ。', '07050280000', ['join']],
  ['闇バイトの勧誘が増えています。口座を貸すだけの求人には絶対に応じないでください。', '08012345678', []],
  // A "new number" relative's urgent favour announced for later is the money ask the scam leads to;
  // a talk with no hurry is how relatives who did change numbers write too.
  ['母さん、携帯が壊れて番号変わった。急ぎの用事でお願いがあるの', '08029900000', ['money']],
  ['母さん、携帯が壊れて番号変わった。あと今度ちょっと相談したいことがある', '08029900000', []],
  ['お母さん、スマホ変えて番号も変わったよ。急ぎの用はないので、登録だけお願い。', '08029900000', []],
  // A messenger handle written out counts when the message pushes a lure; a friend's ID is not an ask.
  ['日給3万円の簡単作業。連絡はLINE: easy_job88', '09012345678', ['messenger']],
  ['LINE: tanaka_0311 です。また連絡するね!', '09028830617', []],
];

for (const [text, from, expected] of table) {
  test(`asks: ${text.slice(0, 36)}`, () => {
    assert.deepEqual(kinds(text, from), expected);
  });
}

test('Vietnamese cues match with and without diacritics', () => {
  const withMarks = contextOf('Tài khoản của bạn bị khóa. Vui lòng xác minh tại https://vcb-xacminh.top');
  const without = contextOf('Tai khoan cua ban bi khoa. Vui long xac minh tai https://vcb-xacminh.top');
  const cats = (c: typeof withMarks) => c.lures.filter((l) => l.kind === 'lure').map((l) => l.cue).sort();
  assert.ok(cats(withMarks).length > 0);
  assert.deepEqual(cats(withMarks), cats(without));
});

test('a warning that quotes a lure marks the lure as quoted, its own words not', () => {
  const ctx = contextOf('「お荷物のお届けにあがりましたが不在の為持ち帰りました」というSMSは詐欺です。リンクを開かないで。');
  assert.equal(ctx.reported, true);
  assert.ok(ctx.lures.filter((l) => l.kind === 'lure').every((l) => l.quoted));
});

test('a person naming a brand in chat is not the brand speaking', () => {
  const ctx = contextOf('Amazonで買ったやつ届いたよ!ありがと', '09012345678');
  assert.deepEqual(ctx.brands, []);
  assert.equal(ctx.mentions.length, 1);
  assert.equal(contextOf('【Amazon】ご注文の商品を発送しました').brands.length, 1);
});
