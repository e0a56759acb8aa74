import { test } from 'node:test';
import assert from 'node:assert/strict';
import { guaranteedReturn, jobFeeFirst, lossGuarantee, offerLures, outsizedPay, sellsOwnAccount, sellsOwnLine } from './offers.js';

const low = (s: string): string => s.normalize('NFKC').toLowerCase();

test('pay out of proportion to the work is read from its amount and period, in several scripts', () => {
  assert.ok(outsizedPay(low('1日スマホ操作するだけで3万円。詳しくはDMで')));
  assert.ok(outsizedPay(low('แค่แปลข้อความ วันละ 3 หมื่นเยน')));
  assert.ok(outsizedPay(low('အလုပ်လွယ်လွယ်ရှိတယ်။ တစ်ရက် ယန်း ၃ သောင်း။')));
  // A period in another sentence does not count ("1日" of a date, then a sum).
  assert.equal(outsizedPay(low('簡単です。毎月1日。3万円')), null);
  assert.ok(outsizedPay(low('Trabalho fácil: receber encomendas, ¥50.000 por dia')) === null, 'folded text is what the engine passes');
  assert.ok(outsizedPay(low('Trabalho facil: receber encomendas, ¥50.000 por dia')));
  // Wages, not outsized: a foreman's day, a tutor's hour; a card's daily limit is no pay.
  assert.equal(outsizedPay(low('明日の現場、日給1万2千円で8時集合です')), null);
  assert.equal(outsizedPay(low('家庭教師の時給は3,000円です')), null);
  assert.equal(outsizedPay(low('キャッシュカードの利用限度額が変更されました(1日 50万円→20万円)')), null);
});

test('money for the reader\'s own account or card, handed over', () => {
  assert.ok(sellsOwnAccount(low('口座売ってくれたら3万払うよ。使ってないキャッシュカードでOK')));
  assert.ok(sellsOwnAccount(low('通帳とキャッシュカード、2万で譲ってくれない？')));
  assert.equal(sellsOwnAccount(low('新しいキャッシュカードを郵送しました。到着までお待ちください')), null);
  assert.equal(sellsOwnAccount(low('使ってない口座って解約したほうがいいのかな')), null);
  // In residents' languages and やさしい日本語, the account word beside the verb that deals in it.
  assert.ok(sellsOwnAccount(low('收购在日银行卡，只需存折+卡+密码')));
  assert.ok(sellsOwnAccount(low('ai sap ve nuoc thi dung huy tai khoan, ban lai cho minh gia cao')));
  assert.ok(sellsOwnAccount(low('ဂျပန်ဘဏ်အကောင့်ကို ရောင်းပါ။ ဘဏ်စာအုပ်နဲ့ကတ် ယန်း ၃ သောင်း။')));
  assert.ok(sellsOwnAccount(low('ජපාන බැංකු ගිණුම අපිට විකුණන්න. පාස්බුක් සහ කාඩ් යෙන් 30,000යි.')));
  assert.ok(sellsOwnAccount(low('口座をかしてください。1か月5千円はらいます')));
  // Its twins: a warning that forbids it, a bank's overdraft, a seller's takings, a card its bank mails.
  assert.equal(sellsOwnAccount(low('帰国前に口座を売らないでください。罰金50万円以下')), null);
  assert.equal(sellsOwnAccount(low('jangan jual rekening bank sebelum pulang, denda ¥500.000')), null);
  assert.equal(sellsOwnAccount(low('総合口座貸越の利用限度額は50万円です')), null);
  assert.equal(sellsOwnAccount(low('売上金3万円をご指定の口座へお振込みしました')), null);
  assert.equal(sellsOwnAccount(low('新しいキャッシュカードを郵送します。再発行手数料1,100円')), null);
  assert.equal(sellsOwnAccount(low('tai khoan cua ban da nhan 30,000 yen')), null);
  assert.ok(sellsOwnAccount(low('bibili namin ang bank account mo bago ka umuwi ng pilipinas. 30,000 yen para sa passbook at card.')));
  assert.ok(sellsOwnAccount(low("leaving japan soon? don't close your bank account, sell it to us. jpy 40,000 cash for passbook + card.")));
  assert.ok(sellsOwnAccount(low('ve nuoc roi thi ban sim va the ngan hang cho anh, gia tot')));
  // Its sign-in sent for pay is the account handed over; a person's own sign-in kept is not.
  assert.ok(sellsOwnAccount(low('ネット銀行の口座を開設して、id・パスワードを送るだけで2万円')));
  assert.equal(sellsOwnAccount(low('ネット銀行の口座を開設したよ。idとパスワードは自分で管理してね')), null);
  // A buyback shop pays the reader's account: the account is where the money goes, not what is bought.
  assert.equal(sellsOwnAccount(low('【ブックオフ】宅配買取のお買取金額3,200円をご指定の口座にお振込みしました')), null);
  assert.equal(sellsOwnAccount(low('販売代金12,000円を登録口座へ振り込みました')), null);
});

test('a return no market gives', () => {
  assert.ok(guaranteedReturn(low('今買えば確実に上がる銘柄')));
  assert.ok(guaranteedReturn(low('金の先物で3か月で資産倍増')));
  assert.ok(guaranteedReturn(low('自動売買で1日2〜3％の利益')));
  assert.equal(guaranteedReturn(low('定期預金の金利は年0.2%です')), null);
  assert.equal(guaranteedReturn(low('株価が上がるといいね')), null);
});

test('a guarantee against loss, and what it is not', () => {
  assert.ok(lossGuarantee(low('今なら元本保証で月利10%のファンド')));
  assert.ok(lossGuarantee(low('元本は100%保証されるので、定期預金より断然お得')));
  assert.ok(lossGuarantee(low('手数料ゼロ、損失は全額補償')));
  assert.ok(lossGuarantee(low('今回のプロジェクトは絶対に損をしません')));
  assert.ok(lossGuarantee(low('免费带您进投资群，保本高收益')));
  // Negated, or the deposit's or the bond's own: no promise.
  assert.equal(lossGuarantee(low('当社の投資信託は元本保証ではありません')), null);
  assert.equal(lossGuarantee(low('銀行の人に元本保証じゃないって言われた')), null);
  assert.equal(lossGuarantee(low('元本保証の定期預金にしたよ')), null);
  assert.equal(lossGuarantee(low('個人向け国債は元本保証だから安心')), null);
  assert.equal(lossGuarantee(low('NISAで買った投信、元本割れしてる')), null);
  // Said not to exist, or another's words told.
  assert.equal(lossGuarantee(low('お母さん、元本保証の投資なんて無いからね')), null);
  assert.equal(lossGuarantee(low('銀行の窓口で元本保証って言われたけど本当かな?')), null);
});

test('an outsized pay with its task made light is two side-job cues', () => {
  const cues = offerLures(low('1日スマホ操作するだけで3万円'));
  assert.equal(cues.filter((c) => c.category === 'side-job').length, 2);
});

test('a job\'s fee earned back from the first pay, or with the shifts withheld, is a fee first; borne, deducted or a client\'s price is not', () => {
  assert.ok(jobFeeFirst(low('モデル事務所のスカウトです。宣材写真の撮影費が3万円かかりますが、初仕事ですぐ回収できますよ')));
  assert.ok(jobFeeFirst(low('制服代3000円、明日現金で持ってきてね。払わないとシフト入れられないから')));
  assert.equal(jobFeeFirst(low('モデル事務所です。宣材写真の撮影費は事務所負担です。まずは面談しましょう')), null);
  assert.equal(jobFeeFirst(low('制服代3000円は給料から天引きになります。シフトは来週から入れます')), null);
  assert.equal(jobFeeFirst(low('来月の撮影の仕事、撮影費は3万円でお願いできますか?')), null);
});

test('an SNS account\'s login handed on for pay is dealt; the holder told to change their own password is not', () => {
  assert.ok(sellsOwnLine(low('インスタのアカウント、パスワード教えてくれたら月1万円払うよ')));
  assert.ok(sellsOwnLine(low('Instagramアカウントのパスワードを変更して、新しいパスワードを送るだけで2万円お支払いします')));
  // A platform's own purchase or login notice: the reader secures their account (sellsOwnLine read "パスワード" + "3,000円").
  assert.equal(sellsOwnLine(low('【ニンテンドー】ニンテンドーeショップでのご購入:3,000円。お心当たりのない場合はニンテンドーアカウントのパスワードを変更してください。')), null);
  assert.equal(sellsOwnLine(low('Steam: purchase of $20.00 on your account. If this was not you, reset your password now.')), null);
});
