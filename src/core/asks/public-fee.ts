// A public body's money asked through a route that is not the body's (session gov40, dev batch 40).
//
// A city, a ward, a pension or tax office, a labour office, Hello Work or an insurer of the public health scheme charges its
// fees (a certificate's or a card's re-issue, a booklet) at its counter, against its own slip (納付書) or by the registered
// debit, and has a benefit paid in error returned against its own 返納 slip. None of them takes such money:
//   - in e-money, prepaid or gift cards ("再発行申請料2,000円…電子マネーでもお支払いいただけます"; NPA: 電子マネーで払わせるのは詐欺),
//   - into an account a 担当 "designates" that the message never writes ("担当者の指定口座へ", "担当090-…にご連絡のうえ、指定口座へ
//     お振込みください"),
//   - or by a way to pay that is told only on a call to a number the message gives ("受付ダイヤル03-…にお電話いただければ、
//     コンビニでのお支払い方法をご案内します": the convenience-store code read out on the phone is the caller's).
// 消費者庁・国民生活センター and the cities' own notices (資格確認書・マイナンバーカードの再発行手数料を電話で求める詐欺) warn of each.
// A notice that names the body's own slip, counter or registered debit, a warning, and a person's own story are not this ask.
import { inSentence, sentenceAt, speaksAsPerson, tellsOfScam, type AskInput } from './types.js';
import { gated } from '../match/literals.js';

// A public body speaking or named as the matter: a municipality (its heading or "…市です"), an office of the state, a public
// scheme's own document or benefit.
const PUBLIC_BODY = gated(/市役所|区役所|町役場|村役場|役所|役場|(?:^|[【[\s])[^】\]\s。]{1,6}(?:市|区|町|村)(?:です|】|\])|県庁|都庁|年金事務所|年金機構|年金相談|税務署|県税|市税|労働基準監督署|監督署|ハローワーク|職業安定所|消防署|保健所|水道局|厚生労働省|総務省|統計局|国勢調査|法務局|出入国在留管理|入管|健康保険課|保険年金課|介護保険|地域包括支援センター|国保|国民健康保険|資格確認書|マイナンバーカード|マイナ保険証|雇用保険|失業手当|児童扶養手当|児童手当|給付金|city hall|ward office|city office|tax office|pension office|my number card|hello work|税务署|入管|ส\u0e4d\u0e32นักงานเขต|税務/);
// (Thai 'สำนักงานเขต', a ward office, as NFKC spells its ำ: ํ + า.)
// The body's money asked: a fee, a charge or a sum to be paid or returned.
const MONEY = /\d[\d,.]*\s*(?:[万千]\s*)?円|\d\s*yen\b|[¥￥]\s*\d|手数料|申請料|発行料|交付料|冊子代|代金|費用/;
const PAY = /支払|払い|払込|振込|振り込|送金|入金|納付|返還|返納|返金|pay|paid|transfer/;
// E-money, prepaid or gift cards named as a way the money is paid.
const CARDS = /電子マネー|プリペイド|ギフト(?:カード|券)|itunes|google\s*play|e-money|gift\s*cards?|prepaid card/;
// An account that a staff member designates and the message never writes out.
// (Or one pointed to below and never written: "下の口座へお振込みください" with no number; or a transfer as the condition of what the
// body is said to do, "入国手数料8万円を振り込めばすぐに通れます", with no account, slip or counter: the account comes on the call.)
const DESIGNATED = /(?:担当(?:者|の者)?の|ご?指定の?)(?:口座|振込先)|(?:下記|下|以下)の?(?:口座|振込先)|(?:振り込め|振込め|お振込みいただけれ|お振り込みいただけれ)ば/;
// A way to pay told on the call: "お電話いただければ…お支払い方法をご案内", "ご連絡のうえ…お振込み".
const TOLD_ON_CALL = /(?:お電話|電話|ご連絡|連絡)[^。\n]{0,24}?(?:いただければ|いただけましたら|のうえ|の上|頂ければ)[^。\n]{0,30}?(?:お支払い?方法|支払い?方法|振込先|お支払い|お振込|振込|納付方法|コンビニ)/;
// A number given to ring: a landline, a free dial, a handset, an 050 line.
const NUMBER = /0\d{1,4}[-\s]?\d{2,4}[-\s]?\d{3,4}/;
// An account written out (a bank's number): judged by the payee's own rules, not here.
const ACCOUNT_WRITTEN = /(?:普通|当座|口座番号)\s*[:：]?\s*\d{6,8}|記号\s*\d{5}\s*番号\s*\d{7,8}/;
// The body's own routes: its slip, its counter, the registered debit, its own page.
const OWN_ROUTE = /納付書|払込票|払込用紙|納入通知書|返納通知|窓口|ご来庁|口座振替|登録(?:の|済みの|されている)口座|届出の口座|マイナポータル|https?:\/\//;

/** The cue of a public body's money asked through a route that is not the body's, if any. */
export function publicFeeOffRoute(input: AskInput): string | undefined {
  if (input.reported || speaksAsPerson(input)) return undefined;
  const lower = input.norm.lower;
  if (!PUBLIC_BODY.test(lower) || !MONEY.test(lower) || !PAY.test(lower)) return undefined;
  if (tellsOfScam(input)) return undefined;
  if (OWN_ROUTE.test(lower) || ACCOUNT_WRITTEN.test(lower)) return undefined;
  const text = input.norm.text;
  const asked = (m: RegExpExecArray | null): m is RegExpExecArray => m !== null && !inSentence(input, m.index, 'never-ask') && !inSentence(input, m.index, 'done');
  // E-money or gift cards named in a sentence about paying.
  const cards = CARDS.exec(lower);
  if (asked(cards)) {
    const [s, e] = sentenceAt(text, cards.index);
    if (PAY.test(lower.slice(s, e))) return cards[0];
  }
  const designated = DESIGNATED.exec(lower);
  if (asked(designated)) return designated[0];
  const onCall = TOLD_ON_CALL.exec(lower);
  if (asked(onCall) && NUMBER.test(lower)) return onCall[0];
  return undefined;
}

// The reader's bank account named as the data asked.
const ACCOUNT = /口座|取引銀行|預貯金|账号|賬號|银行名称|銀行名稱|เลขบัญชี|ชื่อธนาคาร|account number|bank account|bank details|so tai khoan|số tài khoản|nomor rekening|numero da conta|계좌/;
// The body's own ways to take an account: its portal, its form on paper, its counter, its page.
const OWN_FORM = /マイナポータル|公金受取口座|申請書|請求書|返信用封筒|窓口|ご来庁|https?:\/\/|www\./;

/**
 * A public body's voice asking the reader's PIN, or the reader's bank account back by reply or on a call ("参加予約の際に、年金証書の番号と振込口座を
 * 伺います", "担当が所得と口座をお伺いします", "请回复您的银行名称和账号"), with no form, portal or counter of its own named: a city, a
 * pension or tax office and a benefit's office take an account on their own forms, at their counters or through マイナポータル's
 * 公金受取口座, never by message or by phone (厚生労働省・日本年金機構・国税庁: 電話やSMSで口座を聞くことはありません). The
 * reply-data ask it explains is weighed by ask-channel.ts, which counts this only from a line that does not speak for the claim.
 */
export function publicBodyAccountAsk(input: AskInput, cues: readonly string[], pin?: string): string | undefined {
  if (input.reported || speaksAsPerson(input)) return undefined;
  const lower = input.norm.lower;
  if (!PUBLIC_BODY.test(lower) || OWN_FORM.test(lower)) return undefined;
  if (tellsOfScam(input)) return undefined;
  // A PIN asked in a public body's voice, however it is asked: no office needs it, ever.
  if (pin !== undefined) return pin;
  const text = input.norm.text;
  for (const cue of cues) {
    const at = lower.indexOf(cue);
    if (at < 0) continue;
    // The data's sentence, or the next, where its ask may stand ("…資産状況を確認する必要があります。預貯金の額と取引銀行をご返信ください").
    const [s, e] = sentenceAt(text, at);
    const end = e + 1 < text.length ? sentenceAt(text, e + 1)[1] : e;
    const m = ACCOUNT.exec(lower.slice(s, end));
    if (m !== null) return m[0];
  }
  return undefined;
}
