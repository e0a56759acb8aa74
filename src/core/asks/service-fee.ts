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
import { foldDiacritics } from '../lures/fold.js';
import { DUE_TODAY, inSentence, sentenceAt, tellsOfScam, toldOfAsk, type AskInput } from './types.js';
import { gated } from '../match/literals.js';
import { holdsDigitRun } from '../match/anchors.js';
import { FIRST_WAIVED, PAID_FIRST } from './paid-first.js';
import { REMITTANCE } from './prepay.js';

// A service provider or a creditor speaking or named as the matter: road service, pharmacy, car dealer or buyer, insurer or
// adjuster, lender, guarantor, landlord or managing agent, management union, care or clinic, bulky-waste pick-up.
const PROVIDER = gated(/レッカー|救援|牽引|tow truck|towing|care home|nursing home|hospital|clinic|notary|cart[oó]rio|ospital|bệnh viện|benh vien|rumah sakit|rental car|car rental|car you (?:used|rented)|rent-?a-?car|レンタカー|カーシェア|施設|老人ホーム|特養|入居|ケアハウス|グループホーム|霊園|墓|葬儀|供養|納骨|遺品|ロードサービス|生命|損保|\bjaf\b|jaf|薬局|処方|調剤|自動車|車検|納車|整備|ディーラー|モビリティ|中古車|買取|査定|保険|鑑定|ローン|融資|返済|保証会社|保証料|賃貸保証|家賃|賃料|管理組合|管理会社|管理費|修繕|原状回復|敷金|大家|介護|ケアマネ|事業所|病院|クリニック|医院|粗大ごみ|引越|引っ越|便利屋|不用品|清掃|クリーニング|エアコン|水道|水まわり|水回り|修理|修繕|補修|工事|リフォーム|塗装|屋根|雨樋|給湯器|電気工事|業者|職人|作業員|出張費|剪定|植木|庭木|造園|鍵屋|鍵業者|鍵の交換|開錠|設備|搬出|搬入|積み込み|積み終|軽トラ|作業リーダー|吊り作業|養生費|回収の者|回収業者|回収車|moving company|\bmovers?\b|removal|搬家|装修|维修|维修工|水管|屋顶|空调|chuyển nhà|chuyen nha|sửa chữa|sua chua|plumb|electrician|roofer|contractor|cleaning|roadside|pharmacy|dealer|insurance|\bloan\b|mortgage|\brent\b|landlord|building management|finance|ค่ามัดจำ|ตรวจสุขภาพ|भाडा|道路救援|拖车|药店|藥局|房租|租金|贷款|貸款|保险|保險|cứu hộ|cuu ho|nhà thuốc|nha thuoc|tiền nhà|tien nha|khoản vay|khoan vay|bảo hiểm|bao hiem/);
// Money asked of the reader.
// (Or the fee fronted, 立て替え; or threatened if unpaid, "お振込みがない場合、保証契約を解除"; or its payee given by reply.)
const MONEY_ASKED = /(?:送金|振込|振り込|支払|入金|決済|納付|精算|立て?替え|paypay|ペイペイ|au\s*pay|line\s*pay|楽天ペイ|前金|手付金|内金)[^。\n]{0,24}(?:ください|下さい|お願い|いただければ|いただく必要|が必要|必要です|必要があり|宛に|いただけますか|いただけませんか|もらえますか|もらえませんか|いただけると助かり|いただけますと助かり)|(?:振込|入金|支払|お支払い|返済)[^。\n]{0,6}(?:がない|が確認できない|いただけない)場合|現金で?[^。\n]{0,4}(?:ご用意|ご準備|用意して|準備して)|口座(?:に|へ|まで)[^。\n]{0,6}(?:お願い|ください)|名義(?:で|に|へ|宛)[^。\n]{0,6}(?:お願い|ください)|(?:代金|残金|料金|費用|工賃)[^。\n]{0,20}(?:いただけると助かり|いただけますと助かり|いただきたい)|\d[\d,.]*\s*(?:[万千]\s*)?円を?[^。\n]{0,10}(?:お願いします|お願いいたします|お願い致します|ください)|(?:振込先|お振込先|入金先)[^。\n]{0,10}(?:返信|お送り|ご案内)|(?:先払い|前払い|事前の?(?:お|ご)?(?:決済|入金|支払|振込|振り込|送金)|事前に[^。\n]{0,28}?(?:お|ご)?(?:振込|振り込|送金|入金|支払|決済|精算|立て?替|paypay|ペイペイ|line\s*pay|au\s*pay|楽天ペイ))[^。\n]{0,24}(?:必要|お願い|ください|で)|\b(?:transfer|send|pay)\b|โอน|支付|转账|轉帳|付款|chuyển|chuyen|thanh toán|thanh toan/;
// A payment app to a handset's number, either way round.
const APP_TO_HANDSET = /(?:paypay|ペイペイ|au\s*pay|line\s*pay|楽天ペイ|d払い)[^。\n]{0,16}0[789]0[-\s]?\d{4}[-\s]?\d{4}|0[789]0[-\s]?\d{4}[-\s]?\d{4}\s*(?:宛|あて|へ|に)[^。\n]{0,10}(?:paypay|ペイペイ|送金)/;
// A person's account: a bank's or ゆうちょ's number with a holder in katakana given and surname, or named as a person's.
const PERSON_ACCOUNT = /(?:(?:普通|当座|口座番号)\s*[:：]?\s*\d{6,8}|記号\s*\d{5}\s*番号\s*\d{7,8}|\d{5}-\d{7,8})(?!\d)\s*(?:名義\s*[:：]?\s*)?[ァ-ヴー]{2,8}[\s\u3000・]*[ァ-ヴー]{2,8}(?![ァ-ヴー])/;
// Every match of PERSON_ACCOUNT and KATAKANA_HOLDER (below) holds an account number of five digits in a row at least (普通/当座/
// 口座番号 and six to eight, 記号 and five, ゆうちょ's five before its "-"): neither is run over a text without one
// (match/anchors.ts holdsDigitRun; the literal gate cannot read ゆうちょ's form, a "-" between digits).
const ACCOUNT_DIGITS = 5;
const PERSON_SAID = /個人名義|個人の口座|個人口座|担当者(?:個人)?(?:名義|の口座)|代表(?:者)?個人|担当(?:者)?\s*[:：]?\s*[ァ-ヴー]{2,8}[\s\u3000・]*[ァ-ヴー]{2,8}\s*(?:様\s*)?名義|(?:家内|妻|嫁|主人|夫|息子|娘|家族|身内)の(?:名義の)?口座/;
const PERSONAL_NAMED = /個人|担当|代表|(?:家内|妻|嫁|主人|夫|息子|娘|家族|身内)の/;
const COMPANY_HOLDER = /カ\)|\(カ|カブシキ|ユウゲン|ガイシャ|ゴウドウ|シャ\)|ザイダン|シャダン|ホウジン|クミアイ|センター|ローン|ギンコウ/;
// Codes bought for the fee ("コンビニでau PAYカード2万円分を購入し、番号をご返信ください").
const CODES = /(?:カード|ギフト|券|プリペイド)[^。\n]{0,12}(?:購入|買っ|買い)[^。\n]{0,24}(?:番号|コード)[^。\n]{0,8}(?:返信|送|教え|お知らせ)/;
// A charge added after the reader agreed to the job or its price ("作業員が増員となったため、追加料金2万円を", "処分場の料金が追加に
// なりました。差額6,600円を", "追加で雨樋の交換が必要…追加分12万円を"): the price that appears once the reader is committed (国民生活
// センター 追加請求). Asked through a payee the reader cannot check, it is as much the service's fee first as a deposit is.
const ADDED = /追加(?:料金|分|費用|代金|の(?:料金|費用|代金))|入居者(?:様)?(?:の)?(?:ご)?負担|借主(?:様)?(?:の)?(?:ご)?負担|プランを超え|見積(?:もり|り)?より多|差額|増員|(?:料金|費用|代金)が追加|追加になりました|追加で[^。\n]{0,10}(?:必要|かかり)|extra (?:fee|charge|cost)s?\b|additional (?:fee|charge|cost)s?\b|追加费用|额外费用|增加费用|补差价|差价|thêm phí|them phi|phí phát sinh|phi phat sinh/;
// Or a charge the booked price did not hold, told at the job: a tenant's share of the landlord's equipment (入居者負担: 民法606条
// puts the repair of a let flat's equipment on the landlord), a load "over the plan" or "more than the estimate" (標準引越運送約款:
// the 見積書 fixes the price, and a change is agreed and billed by the company).
// An addition the reader asked for, or paid after the work as agreed ("追加のご依頼ありがとうございます。追加分は作業後に現金で").
const ADDED_AGREED = /追加の?ご(?:依頼|注文)|ご依頼|ご注文|作業後|完了後|終わってから|後払い|after the (?:job|work)/;
// Paid first and waived first: PAID_FIRST and FIRST_WAIVED (paid-first.ts); the waiving words taken out before PAID_FIRST is read.
const FIRST_WAIVED_ALL = new RegExp(FIRST_WAIVED.source, 'g');
// Cash paid now in a way no business takes its charges (session 'movecharge', dev batch 46): drawn at an ATM right away ("今すぐ近くの
// ATMで下ろして", "手持ちがなければ近くのATMで下ろしてきて"), or left in an envelope at the door for whoever comes ("現金で2万円封筒に
// 入れて玄関に置いておいて"). A mover, a collector or a tradesman bills the estimate's price on the day against a receipt or by its
// own invoice; a charge added at the job is agreed and invoiced by the company (国民生活センター: 不用品回収・引越しの高額請求, where
// the load is on the truck before the price is named and the reader is sent to the ATM).
const CASH_NOW = /(?:近くの|最寄りの?|今すぐ|すぐに?|至急|今から|手持ちが(?:なければ|ない場合))[^。\n]{0,12}atm[^。\n]{0,6}(?:で|から)?[^。\n]{0,4}(?:下ろ|おろ|引き出|引出)し(?:て(?:きて|来て)?(?:ください|下さい|いただ|もらえ|おいて|ご?用意|準備|お願い|ね|[、,。]|$)|に行って)|封筒に入れ[^。\n]{0,16}(?:玄関|ドア|ポスト|郵便受け|門|表)[^。\n]{0,8}(?:置い|入れ|掛け|かけ)て(?:おいて|置いて)?(?:ください|下さい|いただ|もらえ|お願い)/;
// A payment app's payee given apart from its name ("PayPayでお願いします。送金先 080-…").
const HANDSET_PAYEE = /(?:送金先|送り先|宛先)\s*[:：は]?\s*0[789]0[-\s]?\d{4}[-\s]?\d{4}/;
// A payment app's name: the pattern's source for the longer patterns below, and the pattern itself.
export const APP_NAME = String.raw`(?:paypay|ペイペイ|au\s*pay|line\s*pay|楽天ペイ|d払い)`;
const APP_NAMED = new RegExp(APP_NAME);
// A sum or a fee named: what is to be paid first.
const MONEY_NAMED = /\d[\d,.]*\s*(?:[万千]\s*)?円|[¥￥]\s*\d|\d\s*yen|\d\s*เยน|料金|手数料|費用|代金|保証料|予約金|調査費|出張費|作業費|交通費|駐車場代|基本料|半額|全額/;
// A payee the reader knows or holds: a slip, the bill, a counter, the usual or registered account, the provider's own page.
const KNOWN = /いつもの口座|ご?登録の?口座|届出の口座|お届けの口座|払込票|払込用紙|振込用紙|納付書|請求書|店頭|窓口|ご来店|お越し|マイページ|会員ページ|アプリから|アプリで|usual account|registered account/;
// A loan's, a rent's or a union's money (the debts collected by debit or the creditor's own slip).
const CREDITOR = /住宅ローン|ローン|返済|家賃|賃料|賃貸保証|保証会社|管理費|修繕|負担金|原状回復|敷金|利用料|\bloan\b|mortgage|\brent\b|repossession|भाडा/;
// An account the message writes, points to below or sends later, or a new one.
const ACCOUNT_GIVEN = /(?:普通|当座|口座番号)\s*[:：]?\s*\d{6,8}|記号\s*\d{5}\s*番号\s*\d{7,8}|下記の?(?:口座|振込先)|(?:口座|振込先)[^。\n]{0,12}(?:後ほど|追って|返信|ご案内|お知らせ|お送り)|事業所口座|指定の?口座|新しい口座|new account|account (?:i|we) will (?:text|send)|account we will send|नयाँ खाता/;
// A lease's opening money under a contract made: 契約金, 初期費用, 礼金, 仲介手数料 (敷金 or 家賃 alone may be a running debt's).
const CONTRACT_MONEY = /(?:ご)?契約金|初期費用|礼金|仲介手数料|move-in costs?|key money|入住费用|押金和|tiền cọc và/;
// An officer's or an agent's own handset named for the money ("詳細は理事長の携帯090-…まで").
const OFFICER_HANDSET = /(?:理事長|理事|会長|組合長|管理人|担当者?|オーナー)の(?:個人の)?携帯/;
// The sum or the payee left to a call or a reply ("金額は担当からお電話します", "振込先は折り返しご案内します").
// (In English and Portuguese too: "details will be sent on reply", "reply to receive the bank details", "responda para receber os dados
// bancários".)
const TOLD_LATER = /(?:bank |payment |account |transfer )?details (?:will be |are to be |to be )?(?:sent|given|provided|texted|shared) (?:on|by|upon|after|in) (?:your )?(?:reply|a call)|reply (?:for|to get|to receive) (?:the )?(?:bank|payment|account|transfer)|dados banc[aá]rios[^.\n]{0,20}(?:por resposta|na resposta)|responda[^.\n]{0,40}dados banc[aá]rios|(?:金額|振込先|お振込先|振込口座|口座|お支払い?方法|支払先)(?:は|を|につきましては)?[^。\n]{0,10}?(?:お電話|電話|返信|折り返し)(?:で|にて)?\s*(?:いたします|します|ご案内|お伝え|お知らせ|ご連絡)/;
// A way to pay the service's own page gives: a link.
const HAS_LINK = /https?:\/\/|www\.|\.(?:com|jp|net|shop)\b/;

/**
 * The cue of a service's or a creditor's money asked through a payee that is no business's, if any: a provider's (below) or
 * any business's money sent to a person (businessPersonalPayee).
 */
/** The payee's notice comes on paper (data/lures.json paper-copy), no account number is written here, and nothing is pressed or lured. */
function onPaperUnwritten(input: AskInput): boolean {
  return input.lures.some((l) => !l.quoted && l.category === 'paper-copy') && !input.lures.some((l) => !l.quoted && (l.kind === 'pressure' || l.kind === 'lure'))
    && !/\d{6,8}/.test(input.norm.lower);
}

export function servicePayee(input: AskInput): string | undefined {
  return providerPayee(input) ?? businessPersonalPayee(input) ?? chargeSentByApp(input) ?? penaltyBilledByText(input);
}


function providerPayee(input: AskInput): string | undefined {
  if (input.reported) return undefined;
  const lower = input.norm.lower;
  if (!PROVIDER.test(lower)) return undefined;
  // A warning that names the trick (詐欺, を装った) tells of it; it asks nothing.
  if (tellsOfScam(input)) return undefined;
  // A provider's fee, deposit or bill sent by a money-transfer service (prepay.ts REMITTANCE: "send the deposit by Western Union today to
  // Dr. Kim"): collected by a name at the far end, never a care home's, a hospital's or a notary's own account.
  const remit = REMITTANCE.exec(lower);
  if (remit !== null && inSentence(input, remit.index, 'pay') && !['never-ask', 'done', 'never-does'].some((c) => inSentence(input, remit.index, c))) return remit[0];
  const cash = CASH_NOW.exec(lower);
  if (cash !== null && !['never-ask', 'done', 'never-does'].some((c) => inSentence(input, cash.index, c)) && !toldOfAsk(input, cash.index)) return cash[0];
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
  const unwaived = lower.replace(FIRST_WAIVED_ALL, '');
  const added = ADDED_AGREED.test(lower) ? null : ADDED.exec(unwaived);
  const before = PAID_FIRST.test(unwaived) || added !== null;
  const app = APP_TO_HANDSET.exec(lower) ?? (APP_NAMED.test(lower) ? HANDSET_PAYEE.exec(lower) : null);
  if (app !== null && before) return app[0];
  // An account said to be a person's (個人名義, the worker's or their family's, a 担当's own name) is no business's, first or after;
  // a holder's name written out is judged by itself below.
  // Not one a "never / not accepted" sentence refuses ("担当者個人への支払いは受け付けておりません").
  const said = PERSON_SAID.exec(lower);
  if (said !== null && !inSentence(input, said.index, 'never-ask')) return said[0];
  const person = holdsDigitRun(lower, ACCOUNT_DIGITS) ? PERSON_ACCOUNT.exec(lower) : null;
  if (person !== null && !COMPANY_HOLDER.test(person[0]) && (before || PERSONAL_NAMED.test(person[0]))) return person[0];
  const codes = CODES.exec(lower);
  if (codes !== null) return codes[0];
  const link = HAS_LINK.test(lower);
  // A loan's, a rent's or a union's money into an account the message gives or will send, or through an officer's handset.
  // Not a tenancy's opening money under the contract just made (契約金, 初期費用, 敷金・礼金, 仲介手数料, paid before the keys are
  // handed over): that is paid once by transfer into the agent's account written on the notice, the ordinary way a lease starts
  // (a personal account is judged above), not a running debt that is collected by debit.
  if (CREDITOR.test(lower) && !(CONTRACT_MONEY.test(lower) && !input.lures.some((l) => !l.quoted && l.kind === 'lure'))) {
    const account = ACCOUNT_GIVEN.exec(lower) ?? OFFICER_HANDSET.exec(lower);
    // (Not a new account said to come on paper, none written in the message and nothing pressed: "新しい口座は書面で郵送します";
    // the reader pays what the paper in hand says, as 全銀協 advises a change be checked.)
    if (account !== null && !link && !onPaperUnwritten(input) && !KNOWN.test(lower.replace(/口座振替|引き?落と?し/g, ''))) return account[0];
  }
  // The money asked with its amount or its payee to be told on a call or by reply ("入居一時金を一度お振込みいただく必要があります…
  // 金額は担当からお電話します", "振込先は折り返しご案内します"): a provider's charge stands on its estimate, contract or invoice, and
  // its account on that paper or its counter; one said only on a call goes wherever the caller says (国民生活センター 架空請求;
  // the 劇場型 老人ホーム入居権 script, where the 'facility' then names the sum and the account by phone).
  const later = TOLD_LATER.exec(lower);
  if (later !== null && !link && !KNOWN.test(lower) && !inSentence(input, later.index, 'never-ask')) return later[0];
  // The fee before the service, with no payee the reader can see: no account, slip, counter or page (one to come by reply
  // or by the sender's choosing). A written account is judged above; a bank's account written out is a business's.
  const first = PAID_FIRST.exec(unwaived) ?? added;
  if (first !== null && MONEY_NAMED.test(lower) && !link && !/\d{6,8}/.test(lower.replace(/0[789]0[-\s]?\d{4}[-\s]?\d{4}/g, '')) && !KNOWN.test(lower)) return first[0];
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------------------
// A business's money sent to a person (session 'payee41', dev batch 41).
//
// A salon, a tradesman, a tutor or its agency, an insurance agent, a caterer, a lunch-box shop, a hotel or a guesthouse, a
// car-rental desk, a moving firm, an odd-job service, a delivery rider or an airport shuttle takes its fee, premium, balance
// or deposit into the business's own account (the one on its invoice, quote or booking), at its desk, through its app or
// slip, or after the job into the account it always uses. It never asks the customer to send the business's money to a
// person: the writer's own handset as a payment-app ID ("PayPayで2,350円を 070-… に", "送金先 080-…"), the writer's own or a
// relative's account (私の口座, 家内の口座, my own account, rekening pribadi saya, tài khoản cá nhân, conta pessoal do gerente,
// 个人支付宝), a staff member's, a driver's or an acquaintance's (担当の個人口座, staff account, 運転手の個人口座, 知人名義口座), one
// told only on the staff's handset, on a call or by the staff directly, a wallet between persons (GCash, eSewa) for a deposit,
// or an account announced as changed ("振込先は前回と違います", "our bank changed … not the one on the
// invoice"), often with the office kept out ("会社には私から報告します", "don't mention it to the office"). That is the
// 全銀協's 振込先変更 fraud and the impersonated tradesman's (消費者庁・国民生活センター: 業者を名乗り個人口座へ振込を求める).
// Not a friend's or a relative's money back to their own account or PayPay (no business writes), a treasurer's or a teacher's
// own account written out in full with nothing pressed, an invoice's or the usual account, a counter's QR, a warning.

// A business, a service or a professional, named by what it is (in the residents' languages).
const BUSINESS = /不動産|売却|サロン|ネイル|美容室|美容院|ヘアサロン|理容|エステ|整体|整骨院|工務店|リフォーム|塗装|屋根|外壁|雨樋|水道|水まわり|水回り|電気工事|電気屋|エアコン|クリーニング|便利屋|鍵屋|植木|造園|剪定|引越し|引っ越し|運送|配達|配送|宅配|デリバリー|出前|仕出し|ケータリング|弁当|レストラン|ホテル|旅館|民宿|ゲストハウス|ペンション|レンタカー|カーシェア|送迎|タクシー|運転代行|ツアー|旅行会社|旅行代理店|観光バス|家庭教師|個別指導|学習塾|教室|スクール|保険代理店|代理店|保険|整備|修理|工事|業者|職人|作業員|清掃|害虫|シッター|写真館|\buber|\bsalon|\bnail|hairdress|barber|plumb|electric|builder|roof|renovat|contractor|handyman|cleaning|cleaner|locksmith|\bmover|moving (?:company|firm|service)|removal|courier|delivery|\bdriver|\brider|catering|caterer|restaurant|hotel|hostel|guest ?house|car rental|rental car|rent-a-car|shuttle|airport transfer|\btour\b|travel agen|\btutor|tutoring|insurance|\bgarage|mechanic|landscap|gardener|painter|decorator|groomer|pet sitter|babysit|nanny|photographer|pousada|salao|manicure|encanador|eletricista|mudanca|seguradora|corretor de seguro|locadora|motorista|penginapan|homestay|asuransi|tukang|bengkel|pindahan|katering|sewa mobil|rental mobil|\bsopir|\bsupir|\bles privat|tiem |khach san|nha nghi|\btho (?:sua|dien|nuoc|xay|son|khoa)|bao hiem|gia su|chuyen nha|thue xe|tai xe|dua don|giao hang|nha hang|酒店|宾馆|旅馆|客栈|美甲|美发|理发|装修|维修|师傅|搬家|保险|家教|补习|租车|司机|接机|送机|包车|导游|旅行社|日游|跟团|外卖|快递员|餐厅|미용실|네일|호텔|숙소|펜션|보험|과외|학원|이사|렌터카|기사님|배달|tubero|โรงแรม|ช่าง|ประกัน|เช่ารถ|होटल|बीमा/;
// Words that may stand between a greeting and the business's name ("Hi, this is Mike from", "aqui é da", "ini dari").
const SELF_LEAD = /(?:this is|i'm|i am|it's|we're|we are|from|with|here is|aqui e d[aeo]s?|sou (?:o|a|d[ao])|somos|ini dari|saya dari|kami dari|ini|saya|kami|(?:minh|toi|em|anh|chi|day) la\b|\bben\b|\btiem\b|ito po ang|ako po ang|ako si|我是|这里是|这是|我们是|我們是|這裡是|저는|여기는|จาก|ที่นี่|ผมเป็น|ฉันเป็น)/;
// Standing before the business's name, a booking's or a job's tie ("昨日の屋根補修", "明日のエアコンクリーニングの件"): the service the reader booked, told by the one who does it.
const BOOKED_LEAD = /(?:昨日|先日|本日|今日|明日|先週|先月|ご依頼|ご予約|ご注文|お申込み|お申し込み)の[^。！？!?\n]{0,8}$/;
// After it, the writer naming themself as it ("ネイルサロンCielです", "電気工事の大和です", "お弁当の配達担当です", "Tutor here", "Tiệm nail báo",
// "होटलबाट"), or the reader's booking with it thanked or told ("ネイルのご予約ありがとうございます").
const SELF_TAIL = /^[^。！？!?\n、,]{0,14}?(?:です|でございます|の者|と申します|より|担当|の件|のご予約|のご依頼|のご注文|のご相談|のお問い?合わせ|のお申し?込み|\s*here\b|\s*bao\b|입니다|बाट|\s*bata\b)/;
// A thing bought, not who sells it: "ホテル代", "弁当代", "酒店钱", "hotel bill".
const BOUGHT = /^(?:の)?代(?![理表行])|^(?:料金|費用?|钱|錢|费)|^\s*(?:bill|fee|cost)s?\b/;

// BUSINESS read match by match, and SELF_LEAD ending right before the business's name: compiled once, not per call and per match.
const BUSINESS_ALL = new RegExp(BUSINESS.source, 'g');
const SELF_LEAD_BEFORE = new RegExp(`${SELF_LEAD.source}[^.。!?\\n]{0,30}$`);

/** The writer speaks as the business: named in a heading, by a self-naming lead or tail, or as the service booked, in the opening. */
function speaksAsBusiness(text: string, lower: string, folded: string): boolean {
  const [, firstEnd] = sentenceAt(text, 0);
  const openEnd = firstEnd + 1 < lower.length ? sentenceAt(text, firstEnd + 1)[1] : firstEnd;
  const opening = folded.slice(0, Math.max(openEnd, Math.min(lower.length, 40)));
  const re = BUSINESS_ALL;
  re.lastIndex = 0;
  for (let m = re.exec(opening); m !== null; m = re.exec(opening)) {
    const before = opening.slice(Math.max(0, m.index - 40), m.index);
    const after = opening.slice(m.index + m[0].length, m.index + m[0].length + 24);
    if (BOUGHT.test(after)) continue;
    // A heading (【空港送迎】), or an advert's price ahead of it at the head of the text ("999元东京五日游").
    if (/【[^】]{0,20}$/.test(before) || (m.index <= 12 && /^\s*[¥￥]?\s*[\d,.]+\s*(?:元|円|yen)/.test(before))) return true;
    if (SELF_TAIL.test(after) || BOOKED_LEAD.test(before)) return true;
    if (SELF_LEAD_BEFORE.test(before)) return true;
  }
  return false;
}

// The business's money to a person's channel:
//   the writer's own, a relative's, a staff member's or a driver's account or wallet, or one named personal;
const PERSON_OWN = gated(/(?:私|わたし|自分|僕|俺|家内|妻|嫁|主人|夫|身内|家族|知人|友人|親族|担当者?|店主|店長|社長|代表|運転手|ドライバー|スタッフ|作業員|職人|配達員|従業員)(?:個人)?の(?:個人)?(?:名義の)?(?:口座|paypay|ペイペイ|アカウント)|(?:担当|担当者|スタッフ)\s*[ァ-ヴー]{2,8}[\s\u3000・]*[ァ-ヴー]{2,8}\s*(?:様|さん)?\s*名義|個人(?:名義)?の?口座|個人名義|(?:知人|友人|家族|親族|身内|家内|妻|嫁|主人|夫|社員|従業員|スタッフ|作業員|運転手)(?:の)?名義の?口座|(?:my|his|her)\s+(?:own|personal|private)\s+(?:[a-z]+\s+){0,2}account|personal\s+(?:[a-z]+\s+){0,2}account|private\s+(?:bank\s+)?account|(?:staff|driver|manager|employee|wife|husband)(?:'s)?\s+(?:own\s+|personal\s+)?(?:bank\s+)?account|rekening\s+(?:pribadi|saya|staf|karyawan|istri|suami|sopir)|tai khoan (?:ca nhan|rieng|cua (?:minh|toi|em|anh|chi))|stk ca nhan|conta (?:pessoal|particular)|minha conta|conta (?:do|da) (?:gerente|funcionari[oa]|motorista|atendente|dono|dona)|cuenta personal|个人(?:的)?(?:支付宝|账户|账号|帐户|微信|银行卡|收款码)|個人(?:的)?(?:支付寶|帳戶|帳號|微信)|私人(?:账户|账号|帳戶)|我的(?:个人)?(?:支付宝|账户|银行卡|微信)|(?:司机|员工|师傅|老板)(?:的)?(?:个人)?(?:账户|支付宝|微信|银行卡)|개인\s*계좌|직원\s*계좌|제\s*계좌|sariling account|personal (?:na )?account|บัญชีส่วนตัว|व्यक्तिगत खाता/);
//   the writer's own handset as a payment-app ID, or this line's app;
const HANDSET = String.raw`0[789]0[-\s]?\d{4}[-\s]?\d{4}`;
const HANDSET_APP = gated(new RegExp(String.raw`${APP_NAME}[^。\n]{0,20}${HANDSET}|${HANDSET}\s*(?:宛|あて|へ|に|まで)?[^。\n]{0,12}${APP_NAME}|(?:送金先|送り先|宛先)\s*[:：]?\s*(?:は\s*)?${HANDSET}|(?:この|こちらの|本)番号(?:宛|あて|に|へ|の|で)[^。\n]{0,10}${APP_NAME}`));
//   an app or an account "below" with none written; one told only on the staff's handset or on a call;
const APP_BELOW = gated(new RegExp(String.raw`下記の?${APP_NAME}`));
const TOLD_ON_PHONE = gated(/(?:口座|振込先|お振込先|送金先|支払先)(?:は|を)?[^。\n]{0,10}(?:担当(?:者)?の(?:個人の)?携帯|お?電話|通話)(?:で|にて|まで)|(?:口座|振込先)[^。\n]{0,6}お電話で|(?:口座|振込先|お振込先|送金先)(?:は|を)?[^。\n]{0,6}(?:担当(?:者|講師)?|スタッフ|作業員|職人|運転手|ドライバー|講師|先生|店主|店長|オーナー|係(?:の者|員)?|配達員|社員|従業員)(?:が|から)(?:直接|個別に)/);
//   a wallet between persons, for a business in Japan paid first (GCash, eSewa, Khalti, MoMo, PIX, Venmo: "deposit esewa ma pathaunus");
const P2P_WALLET = gated(/\b(?:gcash|esewa|khalti|momo|zalo ?pay|pix|venmo|zelle|cash ?app|paypal friends)\b|\bwise (?:account|transfer)|\bvia wise\b/);
//   or an account announced as changed, new, or not the one on the bill.
const CHANGED = gated(/(?:振込先|口座|振込口座|お支払い?先|送金先)(?:は|が)?[^。\n]{0,6}(?:前回|いつも|以前|これまで|請求書|見積書)(?:の(?:もの|口座))?と(?:は)?(?:違|異な|別)|(?:口座|振込先)[^。\n]{0,8}(?:変更に?な|変わり|変わっ|凍結|使えな|停止)|\b(?:our|the|my) bank (?:has )?changed|(?:bank|account) (?:details )?(?:has |have )?(?:changed|been frozen|is frozen|was closed)|new (?:bank )?account|not the (?:one|account) on the (?:invoice|bill)|rekening (?:baru|ganti|berubah)|tai khoan moi|conta nova|新(?:的)?(?:账户|账号|帳戶)|(?:账户|账号)(?:已)?(?:变更|换了)/);
// The change or the account denied ("変更ございません", "has not changed", "no change").
const UNCHANGED = /変更(?:は)?(?:ありません|ございません|なし|しません|はない)|変わりません|変わっていません|(?:has not|hasn't|not) changed|no change|same account/;
// Paid before the service, told in the words of a booking or a visit ("予約枠確保のためデポジット", "お届け前に", "着工前").
const BEFORE = /デポジット|予約金|予約枠|手付金|内金|前金|前払い|先払い|定金|订金|訂金|预付|預付|deposit|advance|in advance|(?:到着|お届け|配達|作業|入庫|着工|乗車|ご来店|来店|施術|工事|出発|チェックイン|納品|ご利用)前|先に|事前に|(?:受講|入会|ご予約|予約|ご利用|利用|作業|確定|着工|入庫)には[^。\n]{0,24}(?:必要|お願い)|trước|truoc|sinal|adiantamento|uang muka|\bdp\b|มัดจำ/;
// A person's katakana-named account, written out.
const KATAKANA_HOLDER = gated(/(?:(?:普通|当座|口座番号)\s*[:：]?\s*\d{6,8}|記号\s*\d{5}\s*番号\s*\d{7,8}|\d{5}-\d{7,8})(?!\d)[^。\n]{0,30}?[ァ-ヴー]{2,8}[\s\u3000・]+[ァ-ヴー]{2,8}(?![ァ-ヴー])/);
const COMPANY_NAME = /カ\)|\(カ|カブシキ|ユウゲン|ガイシャ|ゴウドウ|シャ\)|ザイダン|シャダン|ホウジン|クミアイ|センター/;
// Money asked of the reader, in any of the residents' languages.
const PAY_ASKED = /予約金|デポジット|手付金|内金|前金|保証金|保険料|sinal|deposit|premi|\bfee\b|coc\b|uang muka|定金|订金|押金|보증금|送金|振込|振り込|支払|払って|払い込|入金|送って|お送り|お願い|ください|下さい|\b(?:pay|send|transfer|deposit|wire)\b|transfira|transferir|deposite|depósito|deposito|pague|pagar|envie|bayar|bayad|transfer|kirim|chuyen|thanh toan|dong tien|付|转|轉|汇|匯|송금|입금|보내|โอน|magbayad|ipadala|तिर्नु|पठाउनु/;
// A payee the reader knows: the invoice's, the quote's, the contract's, the usual or registered account, a counter.
// Or paid in person, where the reader sees whom they pay: at the counter, the till, on the spot (その場で, お会計時, at check-in).
const KNOWN_HERE = /請求書に記載|請求書記載|見積書に記載|契約書に記載|契約書記載|いつもの[^。\n]{0,6}口座|ご?登録(?:の)?口座|口座振替|引き落とし|窓口|店頭|レジ|ご?来店時|お会計時|その場で|現地で|対面で|on the invoice|printed on|the usual account|same account as always|at the (?:counter|front desk|desk)|in person|at check-?in|on arrival|报价单|報價單/;
// A friend's or a relative's money back: fronted, split or owed ("立て替えた", "割り勘", "回去微信转我", "pay me back").
const OWN_MONEY_BACK = /立て?替え|立替|割り勘|割勘|一人\s*\d|1人\s*\d|ひとり\s*\d|おごって|垫付|垫的|先付了|我先用|我先付|转我|轉我|还我|還我|pay (?:me )?back|paid for|i covered|i paid|chia tien|tra roi|tra truoc|ung truoc|chuyen lai|patungan|talangin|ganti uang|sudah bayar|rachar|paguei|me devolve|ako muna|inabono|내가 냈|갚아/;

/**
 * A business's, a service's or a professional's money asked into a person's channel (see above): the cue, if so.
 * Not in a report or a warning, not beside a payee the reader knows, not money fronted or split between friends.
 */
export function businessPersonalPayee(input: AskInput): string | undefined {
  if (input.reported) return undefined;
  const lower = input.norm.lower;
  const folded = foldDiacritics(lower);
  // The first of the person's channels found, in this order (each tried only when the ones before it are not there).
  const own = PERSON_OWN.exec(folded);
  const app = own === null ? HANDSET_APP.exec(lower) : null;
  const below = own ?? app ? null : APP_BELOW.exec(lower);
  const phone = own ?? app ?? below ? null : TOLD_ON_PHONE.exec(lower);
  const changed = own ?? app ?? below ?? phone ? null : CHANGED.exec(folded);
  const holder = own ?? app ?? below ?? phone ?? changed ? null : holdsDigitRun(lower, ACCOUNT_DIGITS) ? KATAKANA_HOLDER.exec(lower) : null;
  const wallet = own ?? app ?? below ?? phone ?? changed ?? holder ? null : P2P_WALLET.exec(folded);
  const cue = own ?? app ?? below ?? phone ?? changed ?? holder ?? wallet;
  if (cue === null) return undefined;
  if (tellsOfScam(input) || inSentence(input, cue.index, 'never-ask') || inSentence(input, cue.index, 'done')) return undefined;
  if (OWN_MONEY_BACK.test(folded) || !speaksAsBusiness(input.norm.text, lower, folded)) return undefined;
  const [s, e] = sentenceAt(input.norm.text, cue.index);
  const sentence = folded.slice(s, e + 1);
  // Money coming to the reader (a refund, a deposit returned, the sender paying): no payee asked of them.
  if (inSentence(input, cue.index, 'sender-pays') || TO_READER.test(sentence) || RECEIVED.test(sentence)) return undefined;
  // Money asked in the cue's sentence or the one before or after it.
  const near = folded.slice(s > 1 ? sentenceAt(input.norm.text, s - 2)[0] : s, e + 1 < lower.length ? sentenceAt(input.norm.text, e + 1)[1] + 1 : e + 1);
  if (!PAY_ASKED.test(near)) return undefined;
  // The account the reader knows, in the cue's sentence, and not denied as the one to use ("not the one on the invoice").
  if (KNOWN_HERE.test(sentence) && !/not the (?:one|account)|と(?:は)?(?:違|異な)|ではなく/.test(sentence)) return undefined;
  if (changed !== null && UNCHANGED.test(sentence)) return undefined;
  // A changed account whose new one comes on paper (posted, or handed at the next lesson: data/lures.json paper-copy), none
  // written here and nothing pressed ("新しい口座は次回レッスンの時に紙でお渡しします"): the reader pays what the paper says.
  if (changed !== null && onPaperUnwritten(input)) return undefined;
  // A katakana-named account is a sole trader's own as often as not, and a class may tell its account one by one: counted when
  // paid before the service or pressed.
  const firstOrPressed = BEFORE.test(folded) || PRESSED.test(lower);
  if (holder !== null && (COMPANY_NAME.test(holder[0]) || !firstOrPressed)) return undefined;
  if ((phone !== null || wallet !== null) && !firstOrPressed) return undefined;
  // An app or an account told "below" is one still to come, counted only with none written.
  if (below !== null && (/\d{5,}/.test(lower.replace(new RegExp(HANDSET, 'g'), '')) || /\bid\s*[:：]/.test(lower))) return undefined;
  // The writer's own account written out in full under their name, nothing pressed, nobody bypassed (a teacher's, a treasurer's).
  if (own !== null && ownWrittenUnpressed(input, own)) return undefined;
  return cue[0];
}

// Money to the reader: a refund, a deposit returned, a payment made to them ("返金します", "will be refunded", "hoàn tiền").
const TO_READER = /返金|払い?戻|返還|ご返却いたし|お返しします|refund|reimburs|paid to you|send you|reembols|devolv|hoan tien|tra lai|pengembalian|dikembalikan|退款|退还|退還|返还|환불|คืนเงิน/;
// The money already received ("Your deposit was received by GCash", "入金を確認しました", "recebemos").
const RECEIVED = /\b(?:was|were|been|have|has) (?:received|paid)\b|\breceived (?:your|the)\b|受け取りました|受領しました|確認しました|入金を確認|da nhan|recebemos|sudah (?:kami )?terima|已收到|已收款|받았습니다/;
// Pressed: a deadline of today (DUE_TODAY, types.ts) or at once.
const PRESSED = new RegExp(`${DUE_TODAY.source}|至急|今すぐ|すぐに`);
const FIRST_PERSON = /私|わたし|自分|僕|俺|\bmy\b|minha|我的|saya|\bminh\b|\btoi\b|제/;
const ACCOUNT_FULL = /(?:普通|当座|口座番号)\s*[:：]?\s*\d{6,8}|記号\s*\d{5}\s*番号\s*\d{7,8}/;

/** The writer's own account is written out in full beside its cue, with nothing pressed and nobody bypassed. */
function ownWrittenUnpressed(input: AskInput, own: { index: number; 0: string }): boolean {
  // Only the writer's own ("私の口座", "my personal account"): a staff member's or a relative's is no officer's, written or not.
  if (!FIRST_PERSON.test(own[0]) || CHANGED.test(input.norm.lower)) return false;
  const at = own.index;
  if (input.lures.some((l) => !l.quoted && (l.kind === 'pressure' || l.category === 'bypass-party'))) return false;
  const [s, e] = sentenceAt(input.norm.text, at);
  return ACCOUNT_FULL.test(input.norm.lower.slice(s, e + 1)) && /[ァ-ヴー]{2,8}[\s\u3000・]*[ァ-ヴー]{2,8}/.test(input.norm.text.slice(s, e + 1));
}

// ---------------------------------------------------------------------------------------------------------------------------
// A business's or a facility's charge asked sent through a payment app's person-to-person transfer (session 'care', dev batch 47).
//
// A care home, a cemetery, a clinic, a taxi or a mover takes a payment app at its own till or on its own bill (PayPay for
// business: the shop's QR code scanned, 請求書払い, a payment link from its own system), and its fees otherwise by 口座振替 or
// its invoice. The app's "送る" (送金, a transfer to an ID) is the app's transfer between persons (PayPay 利用規約・ヘルプ「送る・
// 受け取る」: 個人間の送金); a facility's fee, a cancellation fee, a deposit to hold a place, a fee collected ahead asked *sent* to an
// ID ("施設利用料…振込先がPayPayに変わりました。ID: … へ送金を", "キャンセル料8,000円…PayPayで以下のIDへ", "仮押さえ金3万円をPayPayで
// 送っていただければ", "到着前にPayPayで8,800円送ってください。ID: …") goes to whoever holds that ID, a person the business's
// customers cannot check (国民生活センター・消費者庁: 事業者を名乗り個人のアカウントや口座へ送金させる; the facility's own notice in
// dev batch 47: 施設利用料の振込先が変更になることは一切ございません). Not a charge paid at the till or on the bill by the app
// ("キャンセル料はPayPay・楽天ペイ等でもお支払い可能です": お支払い, not 送金), not a club's, a class's or friends' shared money
// (their treasurer's ID is theirs to know: payee.ts orgPayee weighs it when pressed), not a warning or a report.
const APP_SEND = gated(new RegExp(String.raw`${APP_NAME}[^。\n]{0,24}?(?:送金|送って|お送り|送り(?:ください|下さい|願)|送っていただ)|(?:送金|お送り)[^。\n]{0,10}?${APP_NAME}|${APP_NAME}[^。\n]{0,12}?(?:以下|下記|こちら)の\s*id\s*(?:へ|に|まで)|${APP_NAME}\s*id\s*[:：]\s*[a-z0-9][a-z0-9_.-]{2,}|(?<![a-z])id\s*[:：]\s*[a-z0-9][a-z0-9_.-]{2,}\s*(?:へ|に|宛て?に?|まで)\s*(?:送金|お送り|送って)`));
// The payee pointed to as the app's ID itself ("PayPayで以下のIDへ", "ID: … へ送金"): the direction is the ask.
const TO_ID = /(?:以下|下記|こちら)の\s*id\s*(?:へ|に|まで)|(?<![a-z])id\s*[:：]/;
// The money named as a business's or a facility's charge: a fee for its use, a cancellation, a place held, a fee collected ahead.
const CHARGE_NAMED = /利用料|使用料|キャンセル料|予約金|確保料|押さえ金|申込金|入会金|入居金|一時金|手数料|代行料|養生費|作業費|出張費|保管料|管理料|事前徴収|徴収/;
// Or the writer names themself as a facility or an office the money is for (in the residents' languages too).
const FACILITY = /【[^】]{0,12}(?:施設|ホーム|霊園|葬儀|事務所|センター)[^】]{0,12}】|施設|老人ホーム|特養|介護|デイサービス|霊園|墓|葬儀|供養|人事課|採用|面接|引越し?作業|trung tam cham soc|nha duong lao|care home|nursing home|casa de repouso/;
// Members' or friends' shared money: their own treasurer's or friend's ID.
const MEMBERS = /pta|会計|町内会|自治会|幹事|部活|サークル|同窓会|チーム|少年団|子ども会|保護者会|顧問|(?<!お)一人\s*[\d,]|(?<!お)1人\s*[\d,]|割って|半分/;

function chargeSentByApp(input: AskInput): string | undefined {
  if (input.reported) return undefined;
  const lower = input.norm.lower;
  const folded = foldDiacritics(lower);
  const sent = APP_SEND.exec(folded);
  if (sent === null) return undefined;
  if (tellsOfScam(input) || ['never-ask', 'done', 'never-does'].some((c) => inSentence(input, sent.index, c)) || toldOfAsk(input, sent.index)) return undefined;
  // (A business's per-head price, "お一人3,500円", is no share between friends.)
  if (MEMBERS.test(folded) || OWN_MONEY_BACK.test(folded.replace(/お(?:一|1)人/g, '')) || input.lures.some((l) => !l.quoted && l.category === 'shared-cost')) return undefined;
  if (!CHARGE_NAMED.test(lower) && !FACILITY.test(folded)) return undefined;
  // Money asked of the reader near the app (not a refund, not one received).
  const [s, e] = sentenceAt(input.norm.text, sent.index);
  const sentence = folded.slice(s, e + 1);
  if (TO_READER.test(sentence) || RECEIVED.test(sentence) || inSentence(input, sent.index, 'sender-pays')) return undefined;
  if (!PAY_ASKED.test(sentence) && !TO_ID.test(sent[0])) return undefined;
  // An app's name alone with the send told in the ID's sentence: the app is named somewhere in the message.
  if (!APP_NAMED.test(folded)) return undefined;
  return sent[0];
}

// ---------------------------------------------------------------------------------------------------------------------------
// A cancellation fee or a penalty billed by text, pressed by days or by the law, with no paper (session 'care', dev batch 47).
//
// A shop, a clearance firm or a mail-order house that charges a cancellation fee (キャンセル料, 違約金, 解約金) or a returned
// parcel's costs does so under the contract the reader signed, on its own invoice or slip, and says which booking or order it
// was; a text that bills it with a transfer due in days ("3日以内にお振込みを") or the law threatened ("お支払いがない場合法的措置へ")
// and no paper, page or counter is the 架空請求 the 国民生活センター describes for goods never ordered (健康食品の送り付け、
// 「キャンセル料」「法的措置」と迫るSMS: 身に覚えのない請求には応じず、連絡もしない). Not a fee told as what will follow if the
// reader does not call or cancel in time ("ご連絡なき場合はキャンセル料が発生します": a booking's own terms), not one paid at the
// counter, on the invoice or in the app, not a warning or a report.
// Behind its literal gate (match/literals.ts): every match is one of the fee's names, read from the pattern.
const PENALTY = gated(/キャンセル料|取消料|取り消し料|違約金|解約金|解約手数料|返送料|返送費用|往復送料|返却費用/);
// Pressed: a transfer or a payment due within days or today, or the law threatened if it is not made.
const PENALTY_PRESSED = /\d+\s*日以内|本日中|今日中|至急|期日までに|期限までに|法的(?:措置|手続)|訴訟|裁判|差(?:し)?押(?:さ)?え|督促/;
const PENALTY_PAID = /振込|振り込|入金|支払|お支払|請求します|ご請求|納付/;
// The fee as the booking's own terms, told ahead ("ご連絡なき場合はキャンセル料が発生します", "前日以降のキャンセルは…").
const TERMS_AHEAD = /(?:場合|際)[はにも]?[^。\n]{0,16}(?:キャンセル料|違約金|解約金)[^。\n]{0,8}(?:が)?(?:発生(?:します|いたします|する)|かかります|頂戴|いただきます)|(?:以降|以内)の(?:キャンセル|取消|取り消し)/;
const PAPER = /請求書|払込票|払込用紙|振込用紙|納付書|見積書に記載|契約書|マイページ|会員ページ|アプリ|窓口|店頭|ご来店|郵送/;

function penaltyBilledByText(input: AskInput): string | undefined {
  if (input.reported) return undefined;
  const lower = input.norm.lower;
  const penalty = PENALTY.exec(lower);
  if (penalty === null || tellsOfScam(input) || ['never-ask', 'never-does'].some((c) => inSentence(input, penalty.index, c))) return undefined;
  if (!PENALTY_PRESSED.test(lower) || !PENALTY_PAID.test(lower) || TERMS_AHEAD.test(lower) || PAPER.test(lower) || toldOfAsk(input, penalty.index)) return undefined;
  // Money from the reader, not a refund or a fee waived ("キャンセル料はかかりません").
  const [s, e] = sentenceAt(input.norm.text, penalty.index);
  if (/かかりません|不要|無料|いただきません|ございません|返金/.test(lower.slice(s, e + 1))) return undefined;
  return penalty[0];
}
