// A service's fee or a creditor's money asked through a payee that is no business's (session 'svc39', dev batch 39).
//
// A business charges for its service on its own bill, at its counter or through its own payment page, and a lender, a
// rent guarantor, a landlord's agent or a management union collects by the registered debit (口座振替) or its own slip;
// when a debit fails, they send a slip or debit again. None of them asks the reader to send its money:
//   - by a payment app to a handset's number ("非会員料金をPayPayで080-…宛にご送金ください", "手数料2,200円をPayPayで090-…へ"),
//   - into a person's account ("ゆうちょ 記号12180 番号5538127 ヤマダタロウ 宛に"), or in codes bought for it,
//   - before the service, to a payee still to be told or never told ("事務手数料9,800円の先払いが必要です。ご返信ください",
//     "事前に調査費用2万円のお振込みをお願いしております", "保証会社への保証料を先にお支払いいただければ明日納車"),
//   - or, for a loan's, a rent's or a union's money, into an account the message itself writes or will send, or through an
//     officer's handset ("残高不足…三井住友銀行 普通7720418 へ返済額をお振込みください", "大規模修繕の追加負担金…理事長の携帯まで").
// The road-service, pharmacy, dealer, car-buyer, adjuster, loan and guarantor lures of 国民生活センター's 点検商法・架空請求
// notes and JAF's, the 全国賃貸保証業協会's and the banks' warnings all take money so. A warning naming it, a bill on
// paper, a counter or the usual account named, and a link (judged by its own checks) are not this ask.
import { inSentence, sentenceAt, tellsOfScam, type AskInput } from './types.js';

// A service provider or a creditor speaking or named as the matter: road service, pharmacy, car dealer or buyer, insurer or
// adjuster, lender, guarantor, landlord or managing agent, management union, care or clinic, bulky-waste pick-up.
const PROVIDER = /ロードサービス|生命|損保|\bjaf\b|jaf|薬局|処方|調剤|自動車|車検|納車|整備|ディーラー|モビリティ|中古車|買取|査定|保険|鑑定|ローン|融資|返済|保証会社|保証料|賃貸保証|家賃|賃料|管理組合|管理会社|管理費|修繕|原状回復|敷金|大家|介護|ケアマネ|事業所|病院|クリニック|医院|粗大ごみ|引越|引っ越|便利屋|不用品|清掃|クリーニング|エアコン|水道|水まわり|水回り|修理|修繕|補修|工事|リフォーム|塗装|屋根|雨樋|給湯器|電気工事|業者|職人|作業員|出張費|剪定|植木|庭木|造園|鍵屋|鍵業者|鍵の交換|開錠|設備|moving company|\bmovers?\b|removal|搬家|装修|维修|维修工|水管|屋顶|空调|chuyển nhà|chuyen nha|sửa chữa|sua chua|plumb|electrician|roofer|contractor|cleaning|roadside|pharmacy|dealer|insurance|\bloan\b|mortgage|\brent\b|landlord|building management|finance|ค่ามัดจำ|ตรวจสุขภาพ|भाडा|道路救援|拖车|药店|藥局|房租|租金|贷款|貸款|保险|保險|cứu hộ|cuu ho|nhà thuốc|nha thuoc|tiền nhà|tien nha|khoản vay|khoan vay|bảo hiểm|bao hiem/;
// Money asked of the reader.
// (Or the fee fronted, 立て替え; or threatened if unpaid, "お振込みがない場合、保証契約を解除"; or its payee given by reply.)
const MONEY_ASKED = /(?:送金|振込|振り込|支払|入金|決済|納付|精算|立て?替え|paypay|ペイペイ|au\s*pay|line\s*pay|楽天ペイ|前金|手付金|内金)[^。\n]{0,24}(?:ください|下さい|お願い|いただければ|いただく必要|が必要|必要です|必要があり|宛に|いただけますか|いただけませんか|もらえますか|もらえませんか|いただけると助かり|いただけますと助かり)|(?:振込|入金|支払|お支払い|返済)[^。\n]{0,6}(?:がない|が確認できない|いただけない)場合|現金で?[^。\n]{0,4}(?:ご用意|ご準備|用意して|準備して)|口座(?:に|へ|まで)[^。\n]{0,6}(?:お願い|ください)|名義(?:で|に|へ|宛)[^。\n]{0,6}(?:お願い|ください)|(?:代金|残金|料金|費用|工賃)[^。\n]{0,20}(?:いただけると助かり|いただけますと助かり|いただきたい)|\d[\d,.]*\s*(?:[万千]\s*)?円を?[^。\n]{0,10}(?:お願いします|お願いいたします|お願い致します|ください)|(?:振込先|お振込先|入金先)[^。\n]{0,10}(?:返信|お送り|ご案内)|(?:先払い|前払い|事前の?(?:お|ご)?(?:決済|入金|支払|振込|振り込|送金)|事前に[^。\n]{0,28}?(?:お|ご)?(?:振込|振り込|送金|入金|支払|決済|精算|立て?替|paypay|ペイペイ|line\s*pay|au\s*pay|楽天ペイ))[^。\n]{0,24}(?:必要|お願い|ください|で)|\b(?:transfer|send|pay)\b|โอน|支付|转账|轉帳|付款|chuyển|chuyen|thanh toán|thanh toan/;
// A payment app to a handset's number, either way round.
const APP_TO_HANDSET = /(?:paypay|ペイペイ|au\s*pay|line\s*pay|楽天ペイ|d払い)[^。\n]{0,16}0[789]0[-\s]?\d{4}[-\s]?\d{4}|0[789]0[-\s]?\d{4}[-\s]?\d{4}\s*(?:宛|あて|へ|に)[^。\n]{0,10}(?:paypay|ペイペイ|送金)/;
// A person's account: a bank's or ゆうちょ's number with a holder in katakana given and surname, or named as a person's.
const PERSON_ACCOUNT = /(?:(?:普通|当座|口座番号)\s*[:：]?\s*\d{6,8}|記号\s*\d{5}\s*番号\s*\d{7,8}|\d{5}-\d{7,8})(?!\d)\s*(?:名義\s*[:：]?\s*)?[ァ-ヴー]{2,8}[\s\u3000・]*[ァ-ヴー]{2,8}(?![ァ-ヴー])/;
const PERSON_SAID = /個人名義|個人の口座|個人口座|担当者(?:個人)?(?:名義|の口座)|代表(?:者)?個人|担当(?:者)?\s*[:：]?\s*[ァ-ヴー]{2,8}[\s\u3000・]*[ァ-ヴー]{2,8}\s*(?:様\s*)?名義|(?:家内|妻|嫁|主人|夫|息子|娘|家族|身内)の(?:名義の)?口座/;
const PERSONAL_NAMED = /個人|担当|代表|(?:家内|妻|嫁|主人|夫|息子|娘|家族|身内)の/;
const COMPANY_HOLDER = /カ\)|\(カ|カブシキ|ユウゲン|ガイシャ|ゴウドウ|シャ\)|ザイダン|シャダン|ホウジン|クミアイ|センター|ローン|ギンコウ/;
// Codes bought for the fee ("コンビニでau PAYカード2万円分を購入し、番号をご返信ください").
const CODES = /(?:カード|ギフト|券|プリペイド)[^。\n]{0,12}(?:購入|買っ|買い)[^。\n]{0,24}(?:番号|コード)[^。\n]{0,8}(?:返信|送|教え|お知らせ)/;
// Paid before the service is given.
const FIRST = /先払い|前払い|事前の?(?:お|ご)?(?:決済|入金|支払|振込|振り込|送金)|事前に[^。\n]{0,28}?(?:お|ご)?(?:振込|振り込|送金|入金|支払|決済|精算|立て?替|paypay|ペイペイ|line\s*pay|au\s*pay|楽天ペイ)|先に[^。\n]{0,12}(?:振込|振り込|送金|支払|お支払|入金|paypay|ペイペイ|line\s*pay|au\s*pay|楽天ペイ)|立て?替え|立替(?:金|として|分)|着手金|予約金|到着前|(?:作業|工事|着工|施工|修理|搬出|引越し?)(?:の)?前に|先に(?:お|ご)?(?:いただ|頂|お預か|預か|集金)|作业前|施工前|提前|前金|手付金|内金|\bdeposit\b|\bfirst\b|in advance|มัดจำ|trước|truoc|先通过|先支付|先转账|(?:いただければ|いただけましたら|次第|確認後|確認でき次第)[^。\n]{0,16}(?:お渡し|発送|お届け|出動|手配|納車|お薬|作業|調査|工事|着工)/;
// A charge added after the reader agreed to the job or its price ("作業員が増員となったため、追加料金2万円を", "処分場の料金が追加に
// なりました。差額6,600円を", "追加で雨樋の交換が必要…追加分12万円を"): the price that appears once the reader is committed (国民生活
// センター 追加請求). Asked through a payee the reader cannot check, it is as much the service's fee first as a deposit is.
const ADDED = /追加(?:料金|分|費用|代金|の(?:料金|費用|代金))|差額|増員|(?:料金|費用|代金)が追加|追加になりました|追加で[^。\n]{0,10}(?:必要|かかり)|extra (?:fee|charge|cost)s?\b|additional (?:fee|charge|cost)s?\b|追加费用|额外费用|增加费用|补差价|差价|thêm phí|them phi|phí phát sinh|phi phat sinh/;
// An addition the reader asked for, or paid after the work as agreed ("追加のご依頼ありがとうございます。追加分は作業後に現金で").
const ADDED_AGREED = /追加の?ご(?:依頼|注文)|ご依頼|ご注文|作業後|完了後|終わってから|後払い|after the (?:job|work)/;
// A payment first said to be none ("前金はいただいておりません", "No deposit needed", "不需要提前付定金"): the honest trade's promise.
const FIRST_WAIVED = /(?:前金|手付金|内金|前払い|先払い|予約金|着手金)(?:は|も|等は)?(?:一切)?(?:いただいておりません|いただきません|頂いておりません|頂きません|不要|いりません|いただいていません|ございません|ありません|なし)|\bno (?:deposit|upfront payment|advance payment)\b(?: (?:is )?(?:needed|required))?|不需要提前付定金|不需要(?:预付|定金)/g;
// A payment app's payee given apart from its name ("PayPayでお願いします。送金先 080-…").
const HANDSET_PAYEE = /(?:送金先|送り先|宛先)\s*[:：は]?\s*0[789]0[-\s]?\d{4}[-\s]?\d{4}/;
const APP_NAMED = /paypay|ペイペイ|au\s*pay|line\s*pay|楽天ペイ|d払い/;
// A sum or a fee named: what is to be paid first.
const MONEY_NAMED = /\d[\d,.]*\s*(?:[万千]\s*)?円|[¥￥]\s*\d|\d\s*yen|\d\s*เยน|料金|手数料|費用|代金|保証料|予約金|調査費|出張費|作業費|交通費|駐車場代|基本料|半額|全額/;
// A payee the reader knows or holds: a slip, the bill, a counter, the usual or registered account, the provider's own page.
const KNOWN = /いつもの口座|ご?登録の?口座|届出の口座|お届けの口座|払込票|払込用紙|振込用紙|納付書|請求書|店頭|窓口|ご来店|お越し|マイページ|会員ページ|アプリから|アプリで|usual account|registered account/;
// A loan's, a rent's or a union's money (the debts collected by debit or the creditor's own slip).
const CREDITOR = /住宅ローン|ローン|返済|家賃|賃料|賃貸保証|保証会社|管理費|修繕|負担金|原状回復|敷金|利用料|\bloan\b|mortgage|\brent\b|repossession|भाडा/;
// An account the message writes, points to below or sends later, or a new one.
const ACCOUNT_GIVEN = /(?:普通|当座|口座番号)\s*[:：]?\s*\d{6,8}|記号\s*\d{5}\s*番号\s*\d{7,8}|下記の?(?:口座|振込先)|(?:口座|振込先)[^。\n]{0,12}(?:後ほど|追って|返信|ご案内|お知らせ|お送り)|事業所口座|指定の?口座|新しい口座|new account|account (?:i|we) will (?:text|send)|account we will send|नयाँ खाता/;
// An officer's or an agent's own handset named for the money ("詳細は理事長の携帯090-…まで").
const OFFICER_HANDSET = /(?:理事長|理事|会長|組合長|管理人|担当者?|オーナー)の(?:個人の)?携帯/;
// A way to pay the service's own page gives: a link.
const HAS_LINK = /https?:\/\/|www\.|\.(?:com|jp|net|shop)\b/;

/** The cue of a service's or a creditor's money asked through a payee that is no business's, if any. */
export function servicePayee(input: AskInput): string | undefined {
  if (input.reported) return undefined;
  const lower = input.norm.lower;
  if (!PROVIDER.test(lower)) return undefined;
  // A warning that names the trick (詐欺, を装った) tells of it; it asks nothing.
  if (tellsOfScam(input)) return undefined;
  const asked = MONEY_ASKED.exec(lower);
  if (asked === null || inSentence(input, asked.index, 'never-ask') || inSentence(input, asked.index, 'done')) return undefined;
  // The sentence that asks the money names a payee the reader knows: the bill, the counter, the usual account.
  const [s, e] = sentenceAt(input.norm.text, asked.index);
  // A share of the group's own cost (会費, 幹事, 割り勘, 旅行代; data/lures.json shared-cost) asked where the money is asked, with no
  // lure told, is the members' money, weighed as an organisation's (payee.ts orgPayee): "クリニックの忘年会の幹事です。会費5,000円は
  // 事前振込でお願いします", a service named as where the group meets or works, not as who is paid.
  if (input.lures.some((l) => !l.quoted && l.category === 'shared-cost' && l.index >= s && l.index <= e) && !input.lures.some((l) => !l.quoted && l.kind === 'lure')) return undefined;
  if (KNOWN.test(lower.slice(Math.max(0, s - 1), e + 1)) && !/口座振替が不能|引き落としができ|引落しができ|引き落としが(?:でき|不能)/.test(lower.slice(s, e + 1))) return undefined;
  // Paid before the service: a shop's account or app taken after the work it did ("作業完了しました。お支払いはこちらの口座へ…
  // キレイヤ") is its bill, however small the shop. A person's account named as one ("個人名義") is no business's at any time.
  const unwaived = lower.replace(FIRST_WAIVED, '');
  const added = ADDED_AGREED.test(lower) ? null : ADDED.exec(unwaived);
  const before = FIRST.test(unwaived) || added !== null;
  const app = APP_TO_HANDSET.exec(lower) ?? (APP_NAMED.test(lower) ? HANDSET_PAYEE.exec(lower) : null);
  if (app !== null && before) return app[0];
  // An account said to be a person's (個人名義, the worker's or their family's, a 担当's own name) is no business's, first or after;
  // a holder's name written out is judged by itself below.
  const said = PERSON_SAID.exec(lower);
  if (said !== null) return said[0];
  const person = PERSON_ACCOUNT.exec(lower);
  if (person !== null && !COMPANY_HOLDER.test(person[0]) && (before || PERSONAL_NAMED.test(person[0]))) return person[0];
  const codes = CODES.exec(lower);
  if (codes !== null) return codes[0];
  const link = HAS_LINK.test(lower);
  // A loan's, a rent's or a union's money into an account the message gives or will send, or through an officer's handset.
  if (CREDITOR.test(lower)) {
    const account = ACCOUNT_GIVEN.exec(lower) ?? OFFICER_HANDSET.exec(lower);
    if (account !== null && !link && !KNOWN.test(lower.replace(/口座振替|引き?落と?し/g, ''))) return account[0];
  }
  // The fee before the service, with no payee the reader can see: no account, slip, counter or page (one to come by reply
  // or by the sender's choosing). A written account is judged above; a bank's account written out is a business's.
  const first = FIRST.exec(unwaived) ?? added;
  if (first !== null && MONEY_NAMED.test(lower) && !link && !/\d{6,8}/.test(lower.replace(/0[789]0[-\s]?\d{4}[-\s]?\d{4}/g, '')) && !KNOWN.test(lower)) return first[0];
  return undefined;
}
