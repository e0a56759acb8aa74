import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeText } from '../normalize/index.js';
import { testData } from '../test-support.js';
import { splitQuotes } from './index.js';

const tails = testData.lures.reportTails ?? [];
const leads = testData.lures.reportLeads ?? [];

/** The told (passed-on) parts of a text, as strings. */
function told(text: string): string[] {
  const n = normalizeText(text);
  return splitQuotes(n.text, n.lower, tails, leads).spans.filter((s) => s.told).map((s) => n.text.slice(s.start, s.end).trim());
}

// text → the parts it passes on as someone else's message
const table: [string, string[]][] = [
  // A quotation with a tail that tells it was received or written.
  ['「ご不在のため荷物を持ち帰りました」ってSMS来た', ['ご不在のため荷物を持ち帰りました']],
  ['スクショ送る。『あなたの口座が犯罪に使われています』だって。', ['あなたの口座が犯罪に使われています']],
  ['面接のSMSに『LINEで詳細』って書いてあったら怪しいって', ['LINEで詳細']],
  // Pointers: →『…』, ↑これ, ←これ本物？
  ['これ見て笑った→『総務省 重要:二回目給付金の特設サイト』 いつの話よ', ['総務省 重要:二回目給付金の特設サイト']],
  ['お荷物を持ち帰りました https://x.top\n↑これ本物？', ['お荷物を持ち帰りました https://x.top']],
  ['【転送】お荷物を持ち帰りました https://x.top ←これ本物？', ['お荷物を持ち帰りました https://x.top']],
  // Pointed at and never closed (a split SMS, a paste cut short): the quote runs to the end. A bare opening mark is not told.
  ['ねえ見て、これ来た→「【ゆうちょ銀行】お客様の口座が凍結されました。', ['【ゆうちょ銀行】お客様の口座が凍結されました。']],
  ['「【ゆうちょ銀行】お客様の口座が凍結されました。', []],
  // Forwards: Fw:, > lines.
  ['これ来たんだけど本物？\n>【重要】給付金のお知らせ https://x.top\n→偽物', ['【重要】給付金のお知らせ https://x.top']],
  ['Fw: 楽天カード:ご利用を一部制限しています', ['楽天カード:ご利用を一部制限しています']],
  ['【転送】「ETC利用照会サービス ご利用継続のお願い」ってメール来たんだけど本物？→本物はブックマークから', ['ETC利用照会サービス ご利用継続のお願い']],
  // A call that may come from anyone, told with what it would say, beside words that disown the money: told of.
  ['お父さん、もし誰かから僕が事故を起こしてお金が必要だと電話があっても、まず僕に電話して。絶対に振り込まないで。', ['僕が事故を起こしてお金が必要だ']],
  ['Bố ơi, nếu có ai gọi nói con bị tai nạn cần tiền gấp thì gọi lại cho con trước nhé. Đừng chuyển tiền.', ['con bị tai nạn cần tiền gấp']],
  ['Dad, if anyone calls saying I was in an accident, call me first. Do not send money.', ['I was in an accident']],
  // Not a call primed as one to act on ("…と電話があったら…振り込んで"), nor one with nothing that disowns the money.
  ['お母さん、もし警察から僕が事故を起こしたと電話があったら、示談金を振り込んでほしい。', []],
  ['Mẹ ơi, nếu có người gọi báo con bị tai nạn thì mẹ chuyển tiền vào tài khoản này giúp con nhé.', []],
  // A casual tell without marks, the medium named.
  ['メルカリから本人確認しろって通知来たけど、全員に送ってるんだって', ['メルカリから本人確認しろ']],
  // Nepali in ASCII single quotes, told by "भन्ने" ("that says", "called") after it, as Korean "…라는 문자" is.
  ["Telegram मा 'YouTube subscribe गरेर दिनको पैसा' भन्ने काम ठगी हो", ['YouTube subscribe गरेर दिनको पैसा']],
  ['조심하세요. "택배 주소 불명, 링크에서 수정하세요"라는 문자가 돌고 있어요', ['택배 주소 불명, 링크에서 수정하세요']],
  ['Cuidado com SMS dizendo "Sua encomenda foi devolvida, clique aqui"', ['Sua encomenda foi devolvida, clique aqui']],
  ['社長名義で「至急振込を」と来ても対応しないでください', ['至急振込を']],
  ['「未納料金があります。本日中に連絡ください」SMSに電話をかけないでください', ['未納料金があります。本日中に連絡ください']],
  // A request told as what victims are asked and named as the harm or the trick; not one told only as said.
  ['知人のLINEから『コンビニでギフトカードを買って番号を送って』と頼まれる被害が出ています', ['コンビニでギフトカードを買って番号を送って']],
  ['「キャッシュカードを交換します」と言われる手口に注意', ['キャッシュカードを交換します']],
  ['取引先から『コンビニでギフトカードを買って番号を送って』と頼まれた。代わりに買ってくれないか', []],
  // A request told as what someone may ask, in a warning's conditional refused in its own sentence; not one that goes on to do it.
  ['「誤って入金したので返してほしい」と求められた場合は、お手続きせず取引銀行の窓口にご相談ください。', ['誤って入金したので返してほしい']],
  ['「カードを預かりに行きます」と言われたら、すぐ電話を切って#9110へ', ['カードを預かりに行きます']],
  ['「息子さんの件で伺います」と言われたら、その人に封筒を渡してください', []],
  // A short quote before "と" and a week's day is not a message received.
  ['「定例会」と来週の予定を送ります', []],
  // A lead that says the quote was received, in the residents' languages; a tail after it in Japanese.
  ['提醒大家:收到「您的包裹因地址不詳無法配送,請更新地址」請不要理會', ['您的包裹因地址不詳無法配送,請更新地址']],
  ['Ate, may natanggap akong text na "Your parcel is on hold, pay 300 yen". Ingat!', ['Your parcel is on hold, pay 300 yen']],
  ['社用携帯に「お荷物の住所不備のため確認してください」と届きました', ['お荷物の住所不備のため確認してください']],
  // A defanged link inside a quotation: the writer broke it, so it is one they got.
  ['みんなへ『お荷物の住所不備です hxxps://sagawa-x[.]top』開かないように', ['お荷物の住所不備です hxxps://sagawa-x[.]top']],
  // Lures quote too: emphasis, a title, a button are not passed-on messages.
  ['【重要】「未納料金のお知らせ」本日中にお支払いください https://x.top', []],
  ['LINE登録で「受給対象」と出ます https://lin.ee/abc', []],
  ['「はい」って返信してください', []],
  ['您收到一条通知「您的包裹无法投递请点击链接更新」 https://x.top', []],
  ['詳しくはこちら↓\nhttps://x.top', []],
  ['帰りに牛乳買ってきた', []],
  ["Don't click, it's fine", []],
];

for (const [text, expected] of table) {
  test(`told: ${text.slice(0, 40)}`, () => assert.deepEqual(told(text), expected));
}

test('a bare forward says nothing of its own about what it passes on', () => {
  const n = normalizeText('Fwd:お荷物お預かりのお知らせ www.takuhaibin-hokan.com');
  const split = splitQuotes(n.text, n.lower, tails);
  assert.equal(split.told, true);
  assert.ok(split.own < 2, `own ${split.own}`);
  const m = normalizeText('Fwd:お荷物お預かりのお知らせ www.takuhaibin-hokan.com\n↑これ本物？');
  assert.ok(splitQuotes(m.text, m.lower, tails).own >= 2);
});
