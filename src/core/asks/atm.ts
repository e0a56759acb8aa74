// Go to an ATM to receive money or to cancel something: "還付金があります。ATMで手続きできますので、
//携帯を持ってATMへ行ってください", "Diríjase hoy a un cajero automático". An ATM pays out only what the
// reader's own card holds; the "procedure" the caller talks them through on the phone is a transfer
// to the caller (NPA, 政府広報オンライン: 還付金詐欺). No office pays a refund, a benefit or a premium
// back at an ATM, nor cancels a contract there, so the ATM is the ask, said with a number or not.
// A warning says the ATM is not where refunds are paid ("ATMで還付金は受け取れません",
// "ATMに行かないで"): a negated sentence asks nothing.
import { foldDiacritics } from '../lures/fold.js';
import { replyChannel } from './reply.js';
import { hasCue, inSentence, sentenceAt, speaksAsPerson, tellsOfScam, type AskFinder, type AskInput, type AskNeeds, luresOfCategory, NO_ASKS } from './types.js';
import { gated } from '../match/literals.js';
import { refundBySending, refundNamed } from './refund.js';

// Right after the ATM word, the card or its PIN: "ATMカード", "ATM card number", not the machine.
const CARD_AFTER = /^\s*(?:カード|card|kartu|카드|卡|cartao|tarjeta|कार्ड|pin|暗証)/;
// A negation in the sentence: the ATM is named as where nothing happens. (A threat's condition,
// "手続きしないと", is left to the lure: it is rarer than the warning it looks like.)
const NEGATION = /ません|ない|ず[、。,]|できかね|\bnot\b|\bnever\b|\bnunca\b|não|nao\b|không|\bkhong\b|\bhindi\b|huwag|\bno (?:vaya|acuda|se dirija|debe|haga)|不|않|없|말고|마세요/;

// A sentence that says the ATM is never where this happens, or tells it as done.
const DISOWNING = ['never-does', 'never-ask', 'done'];

/** The first ATM mention that is the place the message sends the reader to, in its own words. */
function sentToAtm(input: AskInput): { cue: string } | undefined {
  const text = input.norm.text;
  const lower = input.norm.lower;
  for (const l of input.lures) {
    if (l.category !== 'atm' || l.quoted) continue;
    if (CARD_AFTER.test(lower.slice(l.index + l.cue.length, l.index + l.cue.length + 8))) continue;
    const [s, e] = sentenceAt(text, l.index);
    // "ATMに行かれましたか？": asked about, not sent to.
    if (text[e] === '?' || text[e] === '？') continue;
    let go: string | undefined;
    for (const g of luresOfCategory(input.lures, 'atm-go')) if (!g.quoted && g.index >= s && g.index < e) go ??= g.cue;
    if (go === undefined) continue;
    if (DISOWNING.some((c) => inSentence(input, l.index, c)) || NEGATION.test(lower.slice(s, e))) continue;
    return { cue: `${l.cue} / ${go}` };
  }
  return undefined;
}

const REFUND_DUE = ['refund-due'];
const ATM = ['atm'];
const ATM_GO = ['atm-go'];

// A money tool the reader works: an ATM, a payment app or a bank's app ("PayPayアプリを開いて", "セブン銀行ATMから").
const MONEY_TOOL = gated(/atm|paypay|ペイペイ|line\s*pay|楽天ペイ|au\s*pay|d払い|メルペイ|銀行(?:の)?アプリ|バンキングアプリ|送金アプリ|決済アプリ|ネットバンキング|インターネットバンキング|\bbanking app\b|\bpayment app\b|\bcash app\b|\bvenmo\b|\bgcash\b|\bmomo\b|zalopay|支付宝|微信支付|카카오페이|토스|cajero|caixa eletr[oô]nico/);
// The reader made to work it: operate, open, start, log in, type, follow the steps, send the money through it.
const OPERATE = /送金して|振り込んで|振込して|操作|開いて|開き|起動|ログイン|入力|手順|画面|\boperate\b|\bopen (?:the|your)\b|\bsteps?\b|\bpress\b|打开|thao tác|thao tac|mở ứng dụng|mo ung dung|조작|열어|operar|abra o|abrir o/;
// Someone guiding it: on a call, by a 担当's instructions, by steps the writer will tell ("これから電話で案内する手順どおりに", "操作は
// 電話でご案内します", "担当者の指示で", "stay on the line", "we will guide you over the phone").
const GUIDED = /(?:電話|お電話|通話)(?:で|にて|口で|しながら|をつないだまま|をしたまま)[^。\n]{0,10}?(?:案内|説明|指示|誘導|お伝え|伝え)|(?:担当|係|オペレーター|スタッフ|職員)(?:者|の者|員)?(?:の|から|が)?[^。\n]{0,4}?(?:指示|案内|説明|誘導)(?:で|に従|どおり|通り|のもと|します|いたします|する)|(?:案内|指示|説明)する(?:手順|とおり|通り)|(?:これから|今から|のちほど|後ほど)[^。\n]{0,12}?(?:電話|お電話)[^。\n]{0,12}?(?:案内|指示|説明)|電話(?:を)?(?:つないだまま|しながら)|携帯(?:電話)?を持って|スマホを持って|\b(?:over|on) the phone\b[^.!?\n]{0,30}?\b(?:guide|walk|instruct|tell)|\b(?:guide|walk|instruct)\w* you\b[^.!?\n]{0,30}?\b(?:over|on) the (?:phone|call)\b|\bstay on the (?:line|call)\b|\bour (?:agent|staff|operator)'?s? instructions\b|电话(?:中|里)?[^。\n]{0,6}?(?:指导|指示)|按照(?:客服|工作人员|专员)的?指示|qua điện thoại[^.\n]{0,20}?hướng dẫn|qua dien thoai[^.\n]{0,20}?huong dan|hướng dẫn qua điện thoại|huong dan qua dien thoai|전화로[^.\n]{0,10}?안내|pelo telefone[^.\n]{0,20}?(?:orient|instru|gui)/;
// Or the writer working the reader's screen from afar while the tool's sentence sends money through it ("パソコンの修理代1,000円を
// ネットバンキングで送金してください。担当がこちらから画面を操作してご案内します"): the 遠隔操作 of the fake support desk, which
// types the sum itself (IPA 偽のセキュリティ警告・サポート詐欺; 警察庁: 遠隔操作でネットバンキングから送金させる). Not a class's
// teacher showing the screen with no money sent.
const REMOTE = /(?:こちらから|こちらで|遠隔で|遠隔操作で|リモートで)[^。\n]{0,8}?(?:画面|パソコン|pc|スマホ|端末)?を?操作/;
const SENDS = /送金|振込|振り込|送って|支払|払って/;
// Help offered if the reader asks ("わからない場合は電話でご案内します"): a bank's own desk, not a procedure the writer drives.
const ON_REQUEST = /場合は|場合には|ときは|時は|際は|たら[、,]|ご不明|お困り|わからない|分からない|わからなかった|\bif you (?:need|have|are unsure|get stuck)\b|\bany questions\b/;

// Guidance given in person: at a shop, a counter, a branch's lobby or ATM corner, an event ("店舗スタッフがご案内します",
// "ATMコーナーでの振込操作は、ロビー係員がご案内いたします").
const IN_PERSON = /店舗|店頭|店内|レジ|窓口|ロビー|支店|atmコーナー|会場|受付|その場|お声がけ|\bin[- ]store\b|\bat the (?:counter|branch|desk)\b/;
// Guidance on a call.
const BY_PHONE = /電話|携帯|スマホ|phone|call|line|điện thoại|dien thoai|전화|telefone/;
// A negation, once "つないだまま" (the call kept open: "電話をつないだまま") is read out of it.
const negated = (sentence: string): boolean => NEGATION.test(sentence.replace(/(?:つな|繋)いだ|(?:つな|繋)いで/g, ''));

/**
 * "返金をPayPayでお送りしますので、これから電話で案内する手順どおりに操作してください", "担当者の指示でPayPayアプリを開いてお待ちく
 * ださい", "セブン銀行ATMから指示に従って操作をお願いします。操作は電話でご案内します": the reader made to work an ATM or a money app
 * while someone guides them, for a refund or for a service. Money only ever reaches the reader without the reader operating
 * anything on someone's instructions: a refund goes back the way it was paid, a benefit into the registered account. The
 * "procedure" talked through on the phone is a send screen (NPA, 政府広報オンライン: 還付金詐欺; PayPay's own warning on 返金詐欺).
 * The tool named and worked in one sentence, the guidance in it or the next; not help offered on request, not negated, not told
 * as done. The cue: the tool and the guidance.
 */
export function guidedOperation(input: AskInput): string | undefined {
  if (input.reported || tellsOfScam(input)) return undefined;
  const text = input.norm.text;
  const lower = input.norm.lower;
  const tool = MONEY_TOOL.exec(lower);
  if (tool === null) return undefined;
  for (let at = 0; at < text.length;) {
    const [s, e] = sentenceAt(text, at);
    const sentence = lower.slice(s, e + 1);
    at = e + 1;
    const t = MONEY_TOOL.exec(sentence);
    if (t === null || !OPERATE.test(sentence) || negated(sentence) || DISOWNING.some((c) => inSentence(input, s + t.index, c))) continue;
    // The guidance in the tool's sentence, or the one before or after ("操作は電話でご案内します").
    for (const [gs, ge] of [[s, e], ...(s > 1 ? [sentenceAt(text, s - 2)] : []), ...(e + 1 < text.length ? [sentenceAt(text, e + 1)] : [])] as const) {
      const g = lower.slice(gs, ge + 1);
      const guided = GUIDED.exec(g) ?? (SENDS.test(sentence) ? REMOTE.exec(g) : null);
      if (guided === null || ON_REQUEST.test(g) || negated(g)) continue;
      // Staff beside the reader at the shop's till or the branch's ATM corner guide in person, not on a call.
      if (!BY_PHONE.test(guided[0]) && (IN_PERSON.test(sentence) || IN_PERSON.test(g))) continue;
      return `${t[0]} / ${guided[0]}`;
    }
  }
  return undefined;
}

/** What createAtmAsk cannot find an ask without (types.ts AskNeeds): a `refund-due`, an `atm` and an `atm-go` cue, or a money
 * tool named (guidedOperation), or a refund named (refund.ts refundBySending), in no report. */
// (The ATM's cues first: two look-ups rule out most messages before PAYOUT is read over the text.)
export const atmNeeds: AskNeeds = (input) => !input.reported && ((hasCue(input, ATM) && hasCue(input, ATM_GO) && (hasCue(input, REFUND_DUE) || payoutToReader(input))) || MONEY_TOOL.test(input.norm.lower) || refundNamed(input));

// Money told as the reader's to receive, besides the refund cues: a payment or a benefit received ("お受け取りにはATMでの操作が必要",
// "遅延加算金のお支払い", "支給", "給付", "được hoàn phí", "reembolso"): an ATM pays out only what the reader's card holds, so money said
// to come to the reader through it is the 還付金詐欺's, whatever it is called (NPA, 政府広報オンライン; the cities' notices in dev
// batch 47: 介護保険料の還付でATMへの案内は絶対にありません).
const PAYOUT = /お受け?取り|受取(?:り)?には|受け取るには|支給|給付|還付|払い?戻し|戻り(?:が|金)|duoc hoan|hoan (?:phi|tien|lai)|nhan tien|reembolso|receber o|receive (?:your|the) (?:money|refund|payment)|领取|退还/;
function payoutToReader(input: AskInput): boolean {
  return PAYOUT.test(foldDiacritics(input.norm.lower));
}

export function createAtmAsk(): AskFinder {
  return (input) => {
    // A friend's "ATMでおろしてくるね" or a relative's remittance to collect at a bank's ATM is between people.
    if (input.reported || speaksAsPerson(input)) return NO_ASKS;
    // The money the ATM is said to pay out, or what it is said to cancel, in the message's own words.
    const sent = luresOfCategory(input.lures, 'refund-due').some((l) => !l.quoted) || payoutToReader(input) ? sentToAtm(input) : undefined;
    if (sent) return [{ kind: 'atm', cue: sent.cue, channel: replyChannel(input), quoted: false }];
    // An ATM or a money app worked while someone guides it, for a refund or a service; or a refund "received" on the app's send
    // screen, with the app kept open for a call, or its screen shared (refund.ts refundBySending).
    const guided = guidedOperation(input) ?? refundBySending(input);
    return guided !== undefined ? [{ kind: 'atm', cue: guided, channel: replyChannel(input), quoted: false }] : NO_ASKS;
  };
}
