// A refund the reader "receives" by sending: the 返金詐欺 on payment apps. Money reaches a payee by the payer's own refund, never
// by the payee operating a send screen: a shop's refund goes back the way it was paid, with nothing for the reader to do, and a
// real overpayment goes back through the bank's 組戻し or the shop's own refund, never sent on a message's word (国民生活センター:
// 「返金します」と言われ、スマホ決済アプリで送金させられる; 警察庁 SOS47 還付金詐欺; PayPay「返金を装った詐欺にご注意ください」).
// This extends atm.ts guidedOperation (an ATM or a money app worked while someone guides it) and install.ts refundByInstall (an
// app installed for a refund) to the send screen itself: the amount or a "refund code" typed and sent, the app kept open for a
// call, the screen shared, the refund handed to an agent on a messenger; and to an overpaid sum asked sent back.
import { foldDiacritics } from '../lures/fold.js';
import { replyChannel } from './reply.js';
import { inSentence, sentenceAt, speaksAsOffice, speaksAsPerson, tellsOfScam, toldOfAsk, type AskFinder, type AskInput, type AskNeeds, NO_ASKS } from './types.js';
import { gated } from '../match/literals.js';
import { APP_NAME } from './service-fee.js';

// Money said to come back to the reader, in the residents' languages (folded: hoàn tiền → hoan tien, devolução → devolucao).
const REFUND_WORD = gated(/返金|払い?戻し|払戻|返還|還付|\brefund|reembolso|devolucao|환불|hoan tien|hoan lai tien|फिर्ता|คืนเงิน|退款|退还|pag-?refund|pengembalian dana/);

// The send screen worked: 「送る」 chosen, the amount typed into its field, the send button pressed ("アプリを開いて「送る」を選び",
// "金額欄に38200と入れて送信ボタンを押して", "enter the amount and tap send", "digite o valor", "금액 입력", "nhập số tiền",
// "输入金额", "กรอกจำนวนเงิน", "रकम हाल्नुहोस्"). Receiving never opens it.
const SEND_SCREEN = /[「『"“]送る[」』"”]|送る(?:ボタン|を選|をタップ|を押)|送金(?:ボタン|画面|を選|をタップ|を押)|送信ボタン|金額欄|金額(?:を|に|の欄に)?[^。\n]{0,12}?(?:入力|入れて|打ち込)|\b(?:send|pay|transfer) button\b|\bamount field\b|\b(?:enter|type|input) (?:the|this|an?|that) amount\b|\btap (?:send|pay|transfer)\b|botao (?:enviar|pagar|transferir)|(?:digite|insira|coloque) o valor|송금 버튼|보내기 버튼|금액(?:을|란에)?\s*입력|nhap so tien|bam (?:gui|chuyen)|输入金额|点击(?:转账|付款|发送)|กรอกจ(?:\u0e33|\u0e4d\u0e32)นวนเงิน|กดส่ง|กดโอน|masukkan jumlah|tekan kirim|ilagay ang halaga|pindutin ang send|रकम (?:हाल्नु|राख्नु|लेख्नु)/;
// A code typed in ("返金コード 4999 を入力", "digite o código", "कोड हाल्नुहोस्", "코드 입력", "nhập mã", "ใส่รหัส").
const CODE_TYPED = /(?:コード|番号)[^。\n]{0,12}?(?:入力|入れて|打ち込|打って)|\b(?:enter|type|input)\b[^.!?\n]{0,12}?\bcode\b|(?:digite|insira|coloque)[^.!?\n]{0,12}?\bcodigo\b|코드[^.\n]{0,6}?입력|nhap ma|输入[^。\n]{0,6}?码|ใส่รหัส|masukkan kode|ketik kode|i-?type ang code|ilagay ang code|कोड[^।\n]{0,12}?(?:हाल्नु|राख्नु|लेख्नु)/;
// The writer's call the steps are done on ("担当者からお電話します", "quando eu ligar", "I'll call you", "म अहिले फोन गर्छु",
// "전화 드리겠습니다", "em sẽ gọi", "给您打电话", "จะโทร").
const CALL_COMING = /(?:から|より)?(?:お電話|電話)(?:します|いたします|を差し上げ|が(?:入り|かかり|あり))|お電話(?:を)?お待ち|電話を待って|\bwhen (?:i|we) call\b|\b(?:i|we)(?:'ll| will) call\b|\bstay on the (?:line|call)\b|quando (?:eu )?(?:ligar|te ligar)|vou (?:te )?ligar|ligarei|ligaremos|फोन गर्छु|फोन गर्नेछु|फोन गर्दैछु|전화(?:를)? 드리|전화할게|(?:se|sap) goi|给您打电话|打给您|จะโทร|saya telepon|akan (?:saya )?telepon|tatawag|tumatawag ako/;
// The app opened and kept open while the reader waits ("アプリを開いた状態でお待ちください", "keep the app open",
// "deixe o aplicativo aberto", "앱을 켜 두세요", "mở ứng dụng và chờ").
const APP_HELD = /アプリ(?:を)?(?:開いた|起動した|立ち上げた)(?:状態|まま)|アプリを(?:開いて|起動して)(?:お待ち|待って|そのまま)|\b(?:keep|leave) (?:the|your) app open\b|(?:deixe|mantenha) o aplicativo aberto|앱을 (?:켜|열어) (?:두|놓)|mo (?:san )?ung dung (?:va|roi) (?:cho|doi)|เปิดแอป(?:ไว้|รอ)/;
// The screen shared or the phone taken over ("画面共有", "share your screen", "compartilhe a tela", "화면 공유", "chia sẻ màn hình").
const SCREEN_SHARED = /画面(?:を)?共有|画面共有|遠隔操作|リモート操作|\bscreen ?shar|\bshare ?screen\b|i-?share (?:ang |yung )?screen|berbagi layar|bagikan layar|\bshare (?:your|the) screen\b|compartilh\w* (?:a )?tela|화면 ?공유|chia se man hinh|屏幕共享|共享屏幕|แชร์หน้าจอ|स्क्रिन (?:सेयर|शेयर)|\banydesk\b|\bteamviewer\b/;
// A payment app named, generic or by brand (service-fee.ts APP_NAME, メルペイ; "payment app", "aplicativo de pagamento", "결제 앱", "भुक्तानी एप").
const PAY_APP = new RegExp(String.raw`${APP_NAME}|メルペイ|決済アプリ|送金アプリ|支払いアプリ|\bpayment app\b|\bpay(?:ment)? app\b|\bcash app\b|\bvenmo\b|\bgcash\b|aplicativo de pagamento|app de pagamento|결제 ?앱|송금 ?앱|भुक्तानी एप|แอปชำระเงิน|ung dung thanh toan|支付(?:应用|app)`);
// The refund handed to an agent on a messenger ("Add our agent on LINE", "LINEで友だち追加", "라인 친구 추가", "adicione no WhatsApp").
const MESSENGER_ADDED = /(?:line|ライン|whatsapp|telegram|kakao|カカオ|라인|카톡|zalo|viber)[^。\n.]{0,12}?(?:追加|友だち|友達|친구|추가|them ban)|\badd (?:our|us|me|the|an?)\b[^.!?\n]{0,24}?\bon (?:line|whatsapp|telegram|kakao|viber)\b|adicion\w*[^.!?\n]{0,20}?(?:whatsapp|line|telegram)/;
// The refund said to need nothing ("お手続きは不要です", "no action needed").
const NOTHING_NEEDED = /不要|必要(?:は)?ありません|必要ございません|\bno (?:action|need)\b|\bnot (?:needed|required)\b|khong can|不需要|필요 없|nao (?:e|é) necess/;
// A negation in the step's sentence: the step named as what never happens.
const NEGATED = /ません|ないで|ない[。、]|\bnever\b|\bdo not\b|\bdon't\b|\bnunca\b|\bnao\b|khong|하지 마|절대|不要|不会|न गर्नु|ไม่|อย่า|\bjangan\b|\bhuwag\b|\bwag\b/;

/** The sentence at `index` and, for a step, the words of the one after (the call told next: "…入力してください。担当からお電話します"). */
function sentenceOf(text: string, lower: string, index: number): string {
  const [s, e] = sentenceAt(text, index);
  return lower.slice(s, e + 1);
}

/**
 * "返金担当です。アプリを開いて「送る」を選び、返金コード 4999 を入力すると返金が完了します", "先ほどの返金処理が失敗しました。もう一度、
 * 金額欄に38200と入れて送信ボタンを押してください", "au PAYで返金します。アプリを開いた状態でお待ちください。担当者からお電話します",
 * "결제 앱으로 환불해 드리겠습니다. 라인 친구 추가 후 화면 공유를 켜 주세요": a refund the reader is to receive by working their own payment
 * app: its send screen (「送る」, the amount's field, the send button), a code typed or the app kept open for the writer's call, the
 * screen shared, or the refund through a payment app handed to an agent on a messenger. Money reaches the reader with nothing
 * sent, so the steps are a transfer to the writer (国民生活センター and PayPay on 返金詐欺; 警察庁 還付金詐欺). Not a refund told to
 * need nothing ("お手続きは不要です"), a negated step, a warning or a report, a person's voice (the atm finder's gate). The cue:
 * the step's words.
 */
export function refundBySending(input: AskInput): string | undefined {
  if (input.reported || tellsOfScam(input)) return undefined;
  const text = input.norm.text;
  const lower = foldDiacritics(input.norm.lower);
  const refund = REFUND_WORD.exec(lower);
  if (refund === null || NOTHING_NEEDED.test(lower)) return undefined;
  if (inSentence(input, refund.index, 'never-ask') || inSentence(input, refund.index, 'never-does')) return undefined;
  const step = (re: RegExp): RegExpExecArray | null => {
    const m = re.exec(lower);
    // (Not a step quoted in 「」 or told of: "「金額欄に入れて送信して」と言われたら詐欺です".)
    return m !== null && !NEGATED.test(sentenceOf(text, lower, m.index)) && !inSentence(input, m.index, 'never-ask') && !toldOfAsk(input, m.index) ? m : null;
  };
  const send = step(SEND_SCREEN);
  if (send !== null) return send[0];
  const shared = step(SCREEN_SHARED);
  if (shared !== null) return shared[0];
  // A code typed, or the app kept open, for the writer's call: the call is where the amount is dictated.
  const call = CALL_COMING.exec(lower);
  const held = step(CODE_TYPED) ?? step(APP_HELD);
  if (held !== null && call !== null) return `${held[0]} / ${call[0]}`;
  // The refund through a payment app handed to an agent on a messenger ("Add our agent on LINE … to receive it via a payment app").
  const app = PAY_APP.exec(lower);
  const added = step(MESSENGER_ADDED);
  if (app !== null && added !== null) return `${added[0]} / ${app[0]}`;
  return undefined;
}

// An amount said to have reached the reader beyond what was due: overpaid, refunded twice, transferred by mistake ("多く振り込まれた",
// "過払い", "二重に返金", "refunded you too much", "reembolso a mais", "hoàn dư", "多退了", "초과 환불").
// Behind its literal gate (match/literals.ts): every match holds one of the words the gate reads from the pattern itself, so
// the 70% of messages that hold none skip the long alternation (bench: 341 ns a message, the costliest pattern).
const OVERPAID = gated(/過払い|払い過ぎ|払いすぎ|多く(?:振り?込|お?振込|送金|送っ|送ら|返金|入金|お?支払|払っ|払わ|引き落と)|多め(?:に|の)(?:振り?込|送金|送っ|返金|入金)|二重(?:に)?(?:返金|振り?込|送金|入金|支払|決済)|誤って(?:振り?込|お?振込|送金|入金|返金)|間違(?:えて|って)(?:振り?込|送金|入金|返金)|余分に(?:振り?込|送金|入金|返金)|\boverpa(?:id|yment)\b|\b(?:sent|paid|refunded|transferred|credited) (?:you )?(?:too much|extra|twice|in error|by mistake)\b|\bexcess (?:amount|refund|payment)\b|reembolso (?:a mais|em dobro|duplicado)|(?:pago|pagamento|transferido|enviado|depositado|reembolsado) (?:a mais|em dobro|por engano)|hoan (?:du|thua|nham)|chuyen (?:du|thua|nham)|多退|退多|多转|多付|转错|초과 (?:환불|입금|결제)|(?:더|잘못) (?:입금|송금|환불)|बढी (?:पैसा|रकम|फिर्ता)|โอนเกิน|คืนเงินเกิน/);
// The reader asked to send it back, in a request form ("返してください", "お戻しください", "差額をお振込みください", "send back the
// difference", "devolva", "hoàn lại", "退回", "돌려주세요", "คืนให้").
const SENT_BACK = /返して(?:ください|下さい|いただ|もらえ|ほしい|欲しい|くれ)|お返し(?:ください|下さい|願|いただけ)|返金(?:して(?:ください|下さい|いただ)|をお願い|ください)|(?:お)?戻し(?:て)?(?:ください|下さい|いただ|願)|送り返して|返還(?:して)?(?:ください|下さい|願)|(?:送金|振り?込み?|お振込み?|お支払い|入金)(?:して|を)?(?:ください|下さい|お願い|願|いただけ|いただき)|\b(?:send|pay|transfer|return|refund)\b[^.!?\n]{0,24}?\b(?:back|the difference|the excess|the extra)\b|devolv(?:a|er|e)|envie de volta|hoan lai|tra lai|chuyen lai|退回|退给|转回|돌려(?:주|보내)|반환(?:해|하)|फिर्ता (?:पठाउ|गर्नु)|คืน(?:ให้|มา|เงิน)/;
// Through an app or an account: the route the reader sends by.
const ROUTE = new RegExp(String.raw`${APP_NAME}|メルペイ|アプリ|口座|振り?込|お?振込|送金|\bapp\b|\baccount\b|\bbank\b|\bpix\b|\bconta\b|aplicativo|tai khoan|ung dung|账户|账号|计户|계좌|앱|खाता|एप|บัญชี|แอป|\bgcash\b|\bvenmo\b`);
// A payment the writer says it received from the reader, in a business's voice (on the folded text).
const PAYMENT_RECEIVED = /(?:recebemos|identificamos|constatamos)[^.!?\n]{0,24}(?:pagamento|pix|transferencia|deposito)|we (?:have )?received your (?:payment|transfer|deposit)|your (?:payment|transfer) (?:was|has been) (?:received|charged) twice|(?:ご入金|お支払い|お振込み?|ご送金)[^。\n]{0,10}(?:確認いたしました|確認しました|受け付けました|を頂戴|いただきました)|(?:我们|我司|本公司)(?:已)?收到(?:您|你)的(?:付款|转账|汇款|款项)|chung toi (?:da )?nhan duoc[^.!?\n]{0,20}(?:thanh toan|tien|chuyen khoan)|natanggap namin ang (?:inyong |iyong )?bayad|kami (?:telah )?menerima pembayaran/;
// Handed back in person, or settled when the two meet ("今度会った時に", "手渡しで", "in person"): between people who know each other.
const IN_PERSON = /会った(?:時|とき)|会う(?:時|とき)|今度(?:会|返)|手渡し|直接(?:渡|返)|現金で|\bin person\b|\bwhen we meet\b|\bnext time\b/;

/**
 * "返金済みの金額に誤りがありました。多く振り込まれた8,000円をau PAYで返してください": an amount told as overpaid to the reader (a refund
 * paid twice, a transfer too large) and asked sent back through an app or to an account. A real overpayment is taken back by its
 * payer: the bank's 組戻し, the shop's own refund or its debit; nobody asks the payee to send it on a message's word (国民生活センター:
 * 「誤って多く返金した」と送金させる手口; PayPay on 誤送金を装う詐欺). In a shop's, an office's or an unsigned voice about a refund or
 * a brand's payment: not a person's voice, not handed back in person ("今度会った時に返して"), not a warning or a report, not the
 * script quoted in 「」 or told of.
 */
export function overpaidSentBack(input: AskInput): string | undefined {
  if (input.reported || tellsOfScam(input) || speaksAsPerson(input)) return undefined;
  const text = input.norm.text;
  const lower = foldDiacritics(input.norm.lower);
  const over = OVERPAID.exec(lower);
  if (over === null || IN_PERSON.test(lower)) return undefined;
  // A refund's or a business's money: a refund named, an office's register, or a brand the message speaks as.
  // So is a payment the writer says it received from the reader, in a business's "we" ("Recebemos seu pagamento em dobro",
  // "we received your payment twice", "ご入金を二重に確認しました", "我们收到您的付款"): the payee of the reader's own payment.
  if (!REFUND_WORD.test(lower) && !speaksAsOffice(input) && input.brands.length === 0 && !PAYMENT_RECEIVED.test(lower)) return undefined;
  // The send-back asked in the overpayment's sentence or the next, with the route it takes there or in the message.
  const [s, e] = sentenceAt(text, over.index);
  const to = e + 1 < text.length ? sentenceAt(text, e + 1)[1] : e;
  const span = lower.slice(s, to + 1);
  const back = SENT_BACK.exec(span);
  // (Not the script quoted in 「」 or told of: "「誤って入金したので返してほしい」と…求められた場合は、ご相談ください".)
  if (back === null || NEGATED.test(span) || !ROUTE.test(lower) || inSentence(input, over.index, 'never-ask') || toldOfAsk(input, over.index)) return undefined;
  return `${over[0]} … ${back[0]}`;
}

/** What createOverpaidAsk cannot find an ask without (types.ts AskNeeds): an overpayment told, in no report. */
export const overpaidNeeds: AskNeeds = (input) => !input.reported && OVERPAID.test(foldDiacritics(input.norm.lower));

/** An overpaid sum asked sent back by the reader: a payee the reader cannot check (weighed with PAYOUT_BY_OPERATION). */
export function createOverpaidAsk(): AskFinder {
  return (input) => {
    const cue = overpaidSentBack(input);
    return cue === undefined ? NO_ASKS : [{ kind: 'payee', cue, channel: replyChannel(input), quoted: false }];
  };
}

/** Whether refundBySending could find anything (atm.ts atmNeeds): a refund named. */
export function refundNamed(input: AskInput): boolean {
  return REFUND_WORD.test(foldDiacritics(input.norm.lower));
}
