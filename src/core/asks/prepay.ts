// Money first to someone the reader has never met, for a thing handed over only after it is paid, outside any platform that
// protects the payer (session 'prepay41', dev batch 41).
//
// A flat is let after the tenant has seen it, through an agent who signs a contract; a booking platform holds a deposit on its
// own page; an airport pickup is paid on the booking page or at the hotel, and its driver waits at the arrivals board; a hotel
// takes its deposit through its own booking page; tickets are resold through the official resale. None of them asks the
// reader to send money first to a person's app, a personal account or a wire, and then hands over the keys, the viewing, the
// car's plate, the ticket's QR, the itinerary or the room. Whoever asks so cannot be checked before the money leaves, and
// nothing comes after it (国民生活センター: 賃貸の前金・チケット転売・格安旅行の先払いトラブル; 警察庁 and the Japan Tourism
// Agency's warnings on 白タク and fake airport pickups; the consumer agencies of the residents' countries on "owner abroad"
// rental scams and 酒店代付).
//
// The same holds for the reader's own thing: a passport or a bag held by "Lost and Found" or "customs" until a handling fee is
// paid on an account sent by reply or by card on a call, a refund held until a 返金手数料 is paid first, an instalment's
// approval held until an 審査 fee is paid: lost property is returned against ID at the counter or sent 着払い, a delayed bag is
// delivered free, a refund's cost is taken from the refund, and no lender charges a fee for its own approval (貸金業法).
//
// Told of a person the reader knows (a friend's ticket paid on the day, costs split after a trip), a deposit on a platform's
// own page, a hotel's pickup paid at the hotel, an agent's viewing appointment, a warning: not this ask.
import { foldDiacritics } from '../lures/fold.js';
import { gated } from '../match/literals.js';
import { FIRST_WAIVED, HANDOVER_FIRST } from './paid-first.js';
import { hasCue, inSentence, KIN_VOCATIVE, luresOfCategory, sentenceAt, speaksAsPerson, tellsOfScam, toldOfAsk, type AskInput } from './types.js';

// Paid before, and the money ruled out: HANDOVER_FIRST and FIRST_WAIVED (paid-first.ts, shared with service-fee.ts).
// A route from person to person, or a payee to come: a payment app, a personal account, a wire, a QR scanned, a transfer
// (送金, 转账, 송금, chuyển khoản, transfer), a bank transfer's 振込先, an account "to my account".
const ROUTE = /\bmomo\b|zalo\s*pay|dana\b|ovo\b|pix\b|paypay|ペイペイ|au\s*pay|line\s*pay|楽天ペイ|支付宝|alipay|微信|wechat|gcash|paymaya|kakao\s*pay|카카오페이|\btoss\b|토스|esewa|khalti|venmo|zelle|cash\s*app|western union|\bwire\b|個人口座|個人名義|个人|personal account|pribadi|my account|我的账户|我的帳戶|我的账号|转给我|轉給我|扫码|掃碼|送金|송금|转账|轉帳|转到|匯款|汇款|chuyển khoản|chuyen khoan|\btransfer\b|振込|振り込|口座|magpadala|padala|pathaunus|पठाउनुहोस/;
// What is handed over after the money: a flat's keys or its viewing, a pickup's car, a ticket or a pass, a room, a tour,
// a queue-skip through a lounge.
const RENTAL = /賃貸|物件|部屋|お部屋|マンション|アパート|apartment|\bflat\b|\broom\b|\bstudio\b|房子|房东|房東|看房|租|内見|內見|内覧|房間|房间|viewing|鍵|\bkeys?\b|钥匙|鑰匙|열쇠|월세|susi|may-ari ng apartment|\bchave|chủ nhà|chu nha|phòng trọ|phong tro|xem phòng|xem phong|chìa khóa|chia khoa|thuê nhà|thue nha/;
const PICKUP = /送迎|ドライバー|\bdriver\b|接机|接機|司机|司機|픽업|기사입니다|pick-?up|tài xế|tai xe|sopir|jemputan|motorista|drayber/;
// (A seat at a show counted by the sheet is a ticket too: "今日のライブ…1枚お譲りします".)
const TICKET = /チケット|ライブ|公演|コンサート|concert|演唱会|콘서트|\d\s*枚(?:お?譲|売|で|を)|(?:入場|前売り?|1日|一日|観戦|観覧|鑑賞|引換)券|指定席|ticket|express pass|\bpass\b|門票|门票|入場券|入场券|\bqr\b|\bvé\b|\btiket\b|ingresso|티켓|입장권/;
const STAY = /ホテル|旅館|民宿|宿泊|ご宿泊|hotel|酒店|宾馆|賓館|penginapan|kamar|khách sạn|khach san|入住|check-?in/;
const TOUR = /ツアー|\btour\b|旅游|旅遊|旅行|行程|游(?!戏)|包车|包車|滑雪|itinerary/;
const MOVING = /搬家|引っ越|引越|トラック|moving company|moving center|movers|이사|\byour move\b|\btruck\b|chuyển nhà|chuyen nha|xe tải|xe tai|mudança|lipat-bahay/;
// The payee to come by reply or on a call, for a deposit first: "付款方式请回复本短信", "reply for the account", "口座は返信で".
// (Also the account "told in the reply to this message": "本メッセージへの返信でお知らせする口座へ", "reply for the bank account".)
const PAYEE_BY_REPLY = /(?:返信|折り返し)[^。\n]{0,6}(?:お知らせ|お伝え|ご案内|お送り)(?:する|いたす|します)?(?:口座|振込先|送金先)|reply (?:for|to get|to receive) (?:the |our )?(?:bank|payment|account)|(?:付款|支付)方式[^。\n]{0,4}(?:请|請)?回复|回复[^。\n]{0,6}(?:付款|账户|账号|帳戶)|reply (?:for|to get|to receive) (?:the )?(?:payment|account|bank)|\breply\b[^.\n]{0,30}\b(?:send|text)\b[^.\n]{0,10}\b(?:bank details|account)|(?:口座|振込先|お支払い方法)は(?:返信|お電話|電話)/;
// A deposit to hold the truck (内金, 手付金, 予約金, deposit, đặt cọc, 定金), pressed for today: the 標準引越運送約款 (国土交通省告示)
// has the mover take no 内金 and fixes the price in the 見積書, paid on the day or by the company's own invoice, so a deposit
// asked by text "by today or the booking is cancelled" is no mover's (国民生活センター: 引越しサービスのトラブル).
const HOLD_DEPOSIT = /内金|手付金|予約金|前金|\bdeposit\b|dep[oó]sito|\bsinal\b|đặt cọc|dat coc|tiền cọc|tien coc|定金|订金|訂金|예약금|계약금/;
// The day named at all, not only as a deadline (types.ts DUE_TODAY): the truck's deposit "本日18時までに" and the deposit
// fetched "今日の夕方" at the home both read it, the second as the day the visit happens.
const TODAY = /本日|今日|今夜|今晩|\btoday\b|\btonight\b|hôm nay|hom nay|今天|今晚|\bhoje\b|ngayong araw|\bngayon\b|오늘/;
// Or collected at the home ("夕方ご自宅に受け取りに伺います"): an agent takes a 手付金 only at the contract, after the 重要事項説明, at
// its office (宅建業法35条・37条), and a mover none at all.
const FETCHED_AT_HOME = /(?:ご自宅|お宅|ご自宅まで|ご住所)[^。\n]{0,8}(?:受け取り|受取|集金|回収|いただき|頂き|取り)に(?:伺|参|行)/;
// A question put to the reader about the payment ("振り込んでくれた?", "これって普通?", "did you pay"): a person checking, not a payee.
const ASKED_BACK = /(?:くれた|した|しました|できた|普通|大丈夫|本当)\s*[?？]|\bdid you\b/;
// An animal handed over by a breeder or a foster ('里親募集', a puppy): its transport and vaccines paid first, the pet "delivered" after.
const PET = /里親|子犬|子猫|仔犬|仔猫|ブリーダー|puppy|puppies|kitten|filhote|tuta|anak anjing|anak kucing|chó con|mèo con/;
const LOUNGE = /ラウンジ|優先通路|優先レーン|lounge|fast ?track|queue/;
// The viewing ruled out or put after the money: "内見はできません", "内見は入金確認後", "can't show it", "无法带您看房",
// "Pagkatapos na lang ang viewing", "owner abroad" ("海外在住", "working abroad", "我在国外"). Within one clause: "a viewing on
// Saturday; after the viewing you can transfer" puts the money after the viewing.
const UNSEEN = /(?:内見|内覧|viewing|看房|看屋)[^。.!！\n;；]{0,14}(?:できません|できない|不可|なし|無し|後|after|无法|無法|不能|没法)|(?:内見|内覧)なし|(?:can't|cannot|unable to|won't be able to)[^.\n]{0,12}(?:show|view)|(?:无法|無法|不能|没法|没办法)[^。，,\n]{0,6}(?:看房|看屋|带您看)|pagkatapos[^.\n]{0,16}viewing|không thể xem|khong the xem/;
// Or the money put before it, sent by a route ("内見前に申込金3万円で仮押さえ…お振込み", "內見前需先付訂金…請今天匯款"): an agent
// shows the flat first and takes a 申込金 only on an application, refundable (宅建業法施行規則16条の12: 預り金 returned on withdrawal).
const BEFORE_VIEWING = /(?:内見|內見|内覧|看房)(?:の)?前|before (?:the |a )?viewing/;
// The flat's owner told as abroad: an owner's word ("オーナーは海外在住", "房东…在国外", "may-ari…nasa abroad") and abroad.
const OWNER = /オーナー|大家|家主|貸主|owner|landlord|房东|房東|业主|業主|may-ari|chủ nhà|chu nha|집주인/;
const ABROAD = /海外|abroad|overseas|国外|國外|ibang bansa|nước ngoài|nuoc ngoai|해외/;
// The thing said to come only after the money: "付款后发您车牌号", "송금 후 차량 번호", "入金確認後QRを送付", "行程单稍后发您",
// "then I transfer the ticket", "I'll mail the keys", "鍵を郵送", "钥匙寄给您"; a resold ticket's QR or URL sent, its 分配 in the
// ticket app or its mailing after the money (session 'asks': "先にお振込みいただければすぐ分配します", "振り込める方優先です。郵送します";
// 国民生活センター: SNSでのチケット個人間取引、代金を先に払ったのに届かない, https://www.kokusen.go.jp/soudan_topics/data/ticket.html).
const AFTER_THING = /(?:振り?込んで|送金して|お?振込み?)(?:いただければ|いただけましたら|くれたら|もらえたら)[^。.!！\n]{0,12}(?:お届け|発送|お渡し|お送り|お連れ)|(?:qr|url|チケット)[^。.!！\n]{0,4}(?:を)?(?:送ります|お送りします)|(?:すぐ|すぐに|確認後|確認次第)[^。.!！\n]{0,4}分配|分配(?:します|いたします)|郵送します|(?:付款|转账|轉帳|支付|入金|送金|振込|송금|입금|결제)[^。.!！\n]{0,6}(?:后|後|후)[^。.!！\n]{0,14}(?:车牌|車牌|ナンバー|車両|차량|번호|qr|チケット|鍵|キーボックス|住所|钥匙|行程)|(?:行程单|行程單|qr|チケット|ticket)[^。.!！\n]{0,6}(?:稍后|稍後|後ほど|送付|after)|(?:mail|send)[^.\n]{0,6}the keys|鍵を(?:郵送|送)|钥匙寄|鑰匙寄|then i(?:'ll| will)? ?transfer the ticket|(?:发|發)您车牌|車牌號|(?:rồi|roi|setelah itu|sau đó|sau do|depois|pagkatapos)[^.\n]{0,20}(?:gửi|gui|kirim|envio|mando|ipapadala|padala)[^.\n]{0,12}(?:qr|vé|tiket|ingresso|plat|biển số|bien so|placa|chìa|kunci|susi)/;
// Sold cheaper than the official price: "公式より安く", "比官网便宜30%", "selling cheap", "再减500", "格安".
const BARGAIN = /giá rẻ|gia re|rẻ hơn|re hon|lebih murah|harga murah|mais barato|barato|mas mura|mura lang|公式より安|公式より(?:お得|割安)|官网|官網|便宜|再减|再減|优惠价|格安|激安|半額|\bcheap\b|cheaper|below (?:the )?(?:official|face)|discount/;
// A card's or a balance's face value sold for less ("5万円分を4万円で", "1万円分→8千円"): no issuer sells its cards below face, and a
// discounted one is stolen, spent or never sent (the issuers' terms forbid resale; 国民生活センター).
const FACE_FOR_LESS = /(\d+(?:\.\d+)?)\s*(万|千)?\s*円分\s*(?:を|が|→|->|⇒|\s)\s*(\d+(?:\.\d+)?)\s*(万|千)?\s*円/;
const UNIT: Record<string, number> = { 万: 10000, 千: 1000 };

/** A face value named and a lower price for it: the match, if so. */
export function soldBelowFace(lower: string): string | undefined {
  const m = FACE_FOR_LESS.exec(lower);
  if (m === null) return undefined;
  const face = Number(m[1]) * (UNIT[m[2] ?? ''] ?? 1);
  const price = Number(m[3]) * (UNIT[m[4] ?? ''] ?? 1);
  return price < face ? m[0] : undefined;
}
// Cards or e-money as the thing handed over after the money.
const CARD_THING = /ギフトカード|ギフト券|アマギフ|プリペイドカード|プリペイド|電子マネー|itunes|google\s*play|gift card/;
// A stranger's company sought: "旅游搭子", "travel buddy", "找人一起", "同行者募集".
const BUDDY = /搭子|travel buddy|找人一起|同行者募集|一緒に行く人募集|旅行仲間募集/;
// A stand-in sent in the provider's place: "代わりに近くの提携ドライバーが", "another driver will".
const STAND_IN = /代わりに|代理の|提携ドライバー|another driver|instead/;
// A person's wallet app named for a business's deposit or fare (no hotel, driver or seller takes PayPay, Alipay or eSewa to
// a person's phone for a booking it holds), or a personal account named as one ("rekening pribadi staf", "个人支付宝").
// (A Japanese shop's own PayPay is paid at its QR, "PayPayでお支払い"; sent to a person it is "PayPayで送金", "PayPayへお送り",
// to an ID or a handset.)
const WALLET = /(?:paypay|ペイペイ|au\s*pay|line\s*pay|楽天ペイ)[^。\n]{0,12}(?:送金|送って|お送り|送る|宛|\bid\b|0[789]0)|\b(?:send|pay|transfer)\b[^.\n]{0,24}\b(?:via|by|through|on|with) (?:paypay|au pay|line pay)|支付宝|alipay|微信|wechat|gcash|paymaya|kakao\s*pay|카카오페이|\btoss\b|토스|esewa|khalti|\bmomo\b|\bpix\b|个人|個人口座|個人名義|pribadi|personal account/;
const ANY_WALLET = /paypay|ペイペイ|au\s*pay|line\s*pay|楽天ペイ/;
// Friends or family sharing a cost: split, each, 割り勘, AA制, hatian.
const SPLIT = /割り勘|割勘|ずつ|みんなで|半分|折半|split|\bhalf\b|\beach\b|\baa\b|aa制|一半|平摊|平攤|各付|hatian|chia đều|chia deu/;
// The writer booked, bought or paid already for the two of them: a companion settling up, not a provider selling
// ("ホテル予約しといたよ", "予約金先に払っといたから", "チケット買っといた", "我先垫了", "I booked the hotel").
const COMPANION = /取れた(?:よ|[!！]|から)|しといた|しておいた|払っといた|払っておいた|買っといた|買っておいた|取っといた|取っておいた|立て替え|立替|垫了|垫付|墊了|我先(?:转|轉|付|买|買)[^。，,\n]{0,6}了|室友|ルームメイト|roommate|i(?:'ve)? (?:booked|bought|paid for)|we booked/;
// A platform or the provider's own counter that holds the money: the booking page, the official resale, paid at the hotel
// or on the day.
const HELD = /ご注文|ご契約|契約書|重要事項説明|お申し?込みいただ|航空券|eチケット|e-ticket|旅行会社|旅行代理店|弊社|公式サイトから|公式ページ|予約ページ|マイページ|アプリ内で決済|チケトレ|公式リセール|booking\.com|airbnb|agoda|expedia|楽天トラベル|じゃらん|当日|現地払い|現地で|フロントで|店頭|窓口|ご来店|at our office|at the office|at the hotel|at the front desk|on the day|on arrival|到店付|到店支付|前台|当天/;

// A room held only for money sent first ("chuyển trước hôm nay thì giữ phòng", "bạn chuyển cọc…trước…thì mình giữ phòng",
// "先に振り込んでいただければお部屋を確保します", "send the deposit to hold the room"): the room is the bait, the hold its pressure.
const HELD_FOR_MONEY = /giữ phòng|giu phong|(?:部屋|お部屋|物件)(?:を|は)?(?:確保|押さえ|キープ)|(?:hold|keep|reserve) (?:the|your|a) (?:room|flat|apartment|bed)|留房|保留房/;
// The money sent (a transfer in any of the residents' words; ROUTE's bare Vietnamese verb is "chuyển").
const SENT = /chuyển|chuyen|振込|振り込|送金|transfer|\bsend\b|转账|轉帳|汇款/;
// The viewing and the contract come first: the agent's own order.
const CONTRACT_FIRST = /契約書|重要事項説明|契約後|契約時|内見後|内覧後|ký hợp đồng|ky hop dong|hợp đồng|hop dong|văn phòng|van phong|xem phòng trước|xem phong truoc|after (?:the )?viewing|sign(?:ing)? (?:the )?(?:lease|contract)/;
// Whoever holds it named by a role the reader has not met: an owner, a dorm's or a building's manager, a room's broker.
const ROOM_ROLE = /オーナー|大家|家主|貸主|管理人|仲介|owner|landlord|\bagent\b|房东|房東|中介|chủ nhà|chu nha|quản lý nhà|quan ly nha|quản lý ký túc|quan ly ky tuc|giới thiệu phòng|gioi thieu phong|môi giới|moi gioi|집주인/;

// A seat held for money sent into a payment app ("席確保のため今夜中にPayPay送金お願いします", "send via PayPay tonight to hold your
// seat"): an event's organiser sells its seats on a ticketing or booking page (Peatix, its own form) or takes the fee at the door.
// Behind its literal gate (match/literals.ts: every match holds 席 or one of the English phrases' words, read from the pattern):
// tried on every message, found in few.
const SEAT_HELD = gated(/席(?:を|の)?(?:確保|押さえ|キープ)|(?:hold|reserve|secure|keep) (?:your|a|the) (?:seat|spot|place)/);
const APP_SENT = /(?:paypay|ペイペイ|au\s*pay|line\s*pay|楽天ペイ|kyash)[^。\n]{0,6}(?:送金|送って|お送り|宛)|\b(?:send|transfer)\b[^.\n]{0,20}\b(?:via|by|on|through) (?:paypay|line pay|au pay)/;
const TONIGHT = /今夜中|今晩中|今日中|本日中|tonight|today/;

/**
 * A seat held for money sent tonight into a payment app, in no person's voice (SEAT_HELD, APP_SENT, TONIGHT): the organiser the
 * reader cannot check is paid before there is any event to see (消費者庁・国民生活センター: 就活生を狙う有料セミナー・説明会の勧誘).
 * Not a friend's seat at a concert, a platform's or the venue's own payment, a warning.
 */
function seatHeldForApp(input: AskInput): string | undefined {
  const lower = input.norm.lower;
  const seat = SEAT_HELD.exec(lower);
  if (seat === null || !APP_SENT.test(lower) || !TONIGHT.test(lower)) return undefined;
  if (speaksAsPerson(input) || HELD.test(lower) || tellsOfScam(input) || inSentence(input, seat.index, 'never-ask') || inSentence(input, seat.index, 'done')) return undefined;
  return seat[0];
}

// A lodging's deposit or cancellation guarantee pressed for today into an account the text writes out or points below to ("グランピング
// 施設の予約担当です…キャンセル保証金として宿泊代金の50%を本日中に下記へ。ゆうちょ 12170-…"): hotels, ryokan, glamping sites and holiday
// lets take a deposit through their own booking page or a platform's, by card, or at check-in, and a bank transfer they do allow is
// set days ahead on the booking's own confirmation, never pressed for today by a text (観光庁・国民生活センター: 予約サイト・宿泊施設を
// かたり「本日中に振込を」と求める偽の予約確認). Not a companion's share, a platform's or the front desk's own way, a deposit waived.
const LODGING = /グランピング|glamping|コテージ|貸別荘|ヴィラ|\bvilla\b|キャンプ場|民泊|ゲストハウス|宿泊|旅館|ホテル|\bhotel\b|\bcabin\b/;
const STAY_DEPOSIT = /保証金|予約金|内金|手付金|前金|前払い|デポジット|\bdeposit\b|キャンセル料/;
const ACCOUNT_GIVEN = /(?:普通|当座|口座番号|口座)\s*[:：]?\s*\d{6,8}(?!\d)|記号\s*\d{5}|\d{5}-\d{7,8}(?!\d)|下記(?:の)?(?:口座)?(?:へ|に|まで)|指定(?:の)?口座/;

/** The cue of a lodging's deposit pressed for today into an account the text gives (LODGING, STAY_DEPOSIT), if any. */
function stayDepositToday(input: AskInput): string | undefined {
  const lower = input.norm.lower;
  if (!LODGING.test(lower)) return undefined;
  const deposit = STAY_DEPOSIT.exec(lower);
  if (deposit === null || !TODAY.test(sentenceText(input, deposit.index)) || !ACCOUNT_GIVEN.test(lower)) return undefined;
  if (HELD.test(lower) || COMPANION.test(lower) || SPLIT.test(lower) || ASKED_BACK.test(lower) || speaksAsPerson(input) || tellsOfScam(input)) return undefined;
  if (inSentence(input, deposit.index, 'never-ask') || inSentence(input, deposit.index, 'done') || toldOfAsk(input, deposit.index) || FIRST_WAIVED.test(sentenceText(input, deposit.index))) return undefined;
  return deposit[0];
}

/** The cue of money asked first for a thing handed over after, to a stranger and off any platform, if any. */
export function prepaidHandover(input: AskInput): string | undefined {
  if (input.reported) return undefined;
  const lower = input.norm.lower;
  const seat = seatHeldForApp(input);
  if (seat !== undefined) return seat;
  const stay = stayDepositToday(input);
  if (stay !== undefined) return stay;
  const first = HANDOVER_FIRST.exec(lower);
  if (first === null) return undefined;
  if (tellsOfScam(input) || inSentence(input, first.index, 'never-ask') || inSentence(input, first.index, 'done')) return undefined;
  // A platform's or the provider's own counter, a relative called by name, a companion who booked or paid already: the money
  // goes where the reader can check it, or between people who know each other.
  if (HELD.test(lower) || KIN_VOCATIVE.test(lower) || COMPANION.test(lower)) return undefined;
  // A rental paid before the reader has seen it: the viewing ruled out or put after the money, or the owner abroad.
  if (RENTAL.test(lower) && (UNSEEN.test(lower) || (OWNER.test(lower) && ABROAD.test(lower))) && !SPLIT.test(lower)) return first[0];
  if (RENTAL.test(lower) && BEFORE_VIEWING.test(lower) && ROUTE.test(lower) && !FIRST_WAIVED.test(lower) && !SPLIT.test(lower)) return first[0];
  // A room held only for money sent first to an owner, a manager or a broker the reader has not met: an agent holds a flat on an
  // application and takes money at the contract, after the 重要事項説明, refundable until then (宅建業法35条・37条, 施行規則16条の12;
  // 国民生活センター 賃貸の前金トラブル; the Vietnamese embassy's and 出入国在留管理庁's warnings to residents on room deposits by transfer).
  // (Not after a viewing and a contract: "xem phòng trước, ký hợp đồng ở văn phòng rồi chuyển tiền cọc".)
  const held = HELD_FOR_MONEY.exec(lower);
  if (held !== null && SENT.test(lower) && ROOM_ROLE.test(lower) && !CONTRACT_FIRST.test(lower) && !SPLIT.test(lower) && !ASKED_BACK.test(lower)) {
    const [s, e] = sentenceAt(input.norm.text, held.index);
    if (!FIRST_WAIVED.test(lower.slice(s, e))) return first[0];
  }
  // A booked service's deposit with its payee to come by reply or on a call: no mover or hotel keeps its account secret.
  if ((MOVING.test(lower) || STAY.test(lower) || PICKUP.test(lower) || TOUR.test(lower) || TICKET.test(lower)) && PAYEE_BY_REPLY.test(lower)) return first[0];
  // A move's truck held for a deposit sent today by transfer or an app, or a mover's or an agent's deposit fetched at the home today.
  const hold = HOLD_DEPOSIT.exec(lower);
  // In the provider's voice: a friend's errand ("予約金を今日中に振り込んでおいてね") or question ("振り込んでくれた?") is between people.
  if ((MOVING.test(lower) || RENTAL.test(lower)) && hold !== null && TODAY.test(lower) && !toldOfAsk(input, hold.index) && !speaksAsPerson(input) && !ASKED_BACK.test(lower)) {
    if (MOVING.test(lower) && ROUTE.test(lower)) return hold[0];
    if (FETCHED_AT_HOME.test(lower)) return hold[0];
  }
  if (!ROUTE.test(lower)) return undefined;
  // Cards sold below their face value, the money first: the codes come after, or never.
  if (CARD_THING.test(lower) && soldBelowFace(lower) !== undefined) return first[0];
  const thing = RENTAL.test(lower) || PICKUP.test(lower) || TICKET.test(lower) || STAY.test(lower) || TOUR.test(lower) || LOUNGE.test(lower) || PET.test(lower);
  if (!thing) return undefined;
  // Who asks is no one the reader has met: a stranger's company sought, the thing coming only after the money, sold below the
  // official price, a stand-in in the provider's place. (A travel buddy's "half" is the bait, not a split between friends.)
  if (BUDDY.test(lower)) return first[0];
  if (SPLIT.test(lower)) return undefined;
  if (AFTER_THING.test(lower) || BARGAIN.test(lower)) return first[0];
  // A driver, a hotel, a lounge's guide taking the fare or the deposit first into a person's wallet or account, or a stand-in
  // driver's: not friends sharing a cost.
  // (A lounge's queue-skip is sold by no person whatever the wallet.)
  if (LOUNGE.test(lower) && ANY_WALLET.test(lower)) return first[0];
  if ((PICKUP.test(lower) || STAY.test(lower)) && (WALLET.test(lower) || STAND_IN.test(lower))) return first[0];
  return undefined;
}

// The reader's own thing, or money due to them, held by whoever writes: a passport or a bag at "Lost and Found" or the
// airport, a refund, an instalment's approval ("we have a passport with your name", "your checked bag … is held",
// "返金します", "審査に通りました").
// (Also lost property and a pet taken in, "お忘れ物(財布)をお預かりしています", "迷子の猫ちゃんを保護しました", and a certificate or a
// result to be sent, "認定証をお送りするため": the office or the finder hands it over free, at the counter or 着払い.)
const OWN_THING = gated(/お?忘れ(?:物|の)|置き忘れ|保護しました|保護しています|(?:認定証|認定書|証明書|許可証|登録証|合格証|保険証)(?:を|は)?(?:お送り|送付|発行|お渡し|郵送)|敷金返還|敷金の返還|返還金|passport|パスポート|护照|護照|여권|pasaporte|(?:checked|your|delayed) (?:bag|luggage|suitcase)|baggage|スーツケース|手荷物|lost and found|落とし物|遺失物|返金|払い戻し|refund|退款|환불|hoàn tiền|hoan tien|審査(?:に|を)?(?:通|完了|通過)|approval|approved/);
// A fee for handing it over or releasing it: "handling fee", "customs … fee", "返金手数料", "審査完了の手数料", "手续费", "수수료".
const RELEASE_FEE = /送料|保管料|保護費|交通費|謝礼|handling fee|customs[^.\n]{0,12}fee|delivery fee|release fee|processing fee|(?:返金|払い戻し|審査|審査完了の?|事務|配送)手数料|手数料|手续费|手續費|수수료/;
// A money-transfer service to a person abroad (Western Union, MoneyGram, Wise, Remitly): the payee is whoever collects at its far end,
// by a name and a code, and the money is gone once it is picked up. No care home, hospital, pension office, notary, shop or landlord
// takes its fee, deposit or bill by such a transfer; they bill on their own account, slip or counter (FTC: "anyone who asks you to pay
// by wire transfer through a company like Western Union or MoneyGram is a scammer"; 警察庁 on 国際送金). "wise" only as the
// service's name, after a route's preposition or before its account: not the English adjective.
export const REMITTANCE = /western\s*union|money\s*gram|remitly|world\s*remit|transferwise|xoom|\b(?:via|by|through|with|using|on|to|pelo|pela|sa|qua|lewat|melalui) wise\b|\bwise (?:account|transfer|app)\b/;
// Its payee the reader cannot see: an account to come by reply, a card given on a call, a payment number told on the phone,
// a transfer or an app first ("Reply to receive the payment account", "Call 050-… to pay by card", "番号はお電話でお伝えします",
// "指定口座への返金手数料500円を先にお振込み").
const UNSEEN_PAYEE = new RegExp(`${REMITTANCE.source}|${/reply[^.\n]{0,20}(?:payment account|account to pay|payment)|(?:payment account|payment details)[^.\n]{0,12}(?:by reply|to follow)|call[^.\n]{0,30}to pay|pay by card (?:over|on) (?:the|a) (?:phone|call)|(?:お?支払い?|振込|払込)(?:番号|先|方法)?は(?:お電話|電話|返信)|番号は(?:お電話|電話)で|(?:詳しく|詳細)は(?:お電話|電話)で|(?:お?支払い?|振込|払込)(?:番号|先)を(?:お電話|電話|返信)で|先にお?振込|先に振り込|先に送金|先にお支払|先に[^。\n]{0,8}送っ|(?:paypay|ペイペイ|au\s*pay|line\s*pay)(?:で|へ|に)|回复[^。\n]{0,8}(?:账户|账号|帳戶)|先付|먼저 (?:송금|입금)/.source}`);
// Its cost taken as the genuine holder takes it: from the refund, by the shop itself (当店負担), on delivery (着払い), at the
// counter against ID, or free.
const COSTED_FAIRLY = /差し引|控除|(?:当店|当社|弊社|こちら)(?:で)?(?:の)?負担|負担いたします|負担します|we (?:cover|pay) the fee|deducted|from (?:the|your) refund|着払い(?!(?:は|が)?(?:不可|できな|でき(?:ませ|ず)|ではなく|じゃなく|NG))|cash on delivery|無料|free of charge|no charge|at no cost|窓口|カウンター|counter|身分証|本人確認書類|photo id|bring (?:your )?id/;

/** The cue of a fee asked first, through a payee the reader cannot see, before their own thing or money is released, if any. */
export function feeBeforeOwnThing(input: AskInput): string | undefined {
  if (input.reported) return undefined;
  const lower = input.norm.lower;
  const own = OWN_THING.exec(lower);
  if (own === null) return undefined;
  const fee = RELEASE_FEE.exec(lower);
  if (fee === null || !UNSEEN_PAYEE.test(lower) || COSTED_FAIRLY.test(lower)) return undefined;
  if (tellsOfScam(input) || inSentence(input, fee.index, 'never-ask') || inSentence(input, fee.index, 'done')) return undefined;
  return fee[0];
}

// Advance fee for a benefit (session advfee, dev batch 44 and others). A message announces or offers something the reader
// will receive (a prize or points, a loan, a job, its pay or a placement, a 内定, a scholarship or a grant, a refund, returns,
// a free product) and names a fee the reader pays first to get it (手数料, 保証料, 登録料, 研修費, 紹介料, 入会金, a processing
// fee, a deposit, 税金 before a withdrawal). Genuine lenders deduct their charges or bill them under a signed contract, prize
// campaigns ship free, employers pay and never charge (職業安定法32条の3, 労働基準法16条), and scholarship bodies and public
// benefits pay out with nothing asked back; none collects a fee by SMS before paying (警察庁・金融庁 融資保証金詐欺, 国民生活
// センター 前払い金・保証金トラブル, 消費者庁 当選商法: 「当選したので手数料を」は詐欺). Whatever the theme, the fee first is the
// ask. Not a fee waived, deducted or paid by someone else, a reminder of a bill or a slip the reader holds, the reader's own
// order, contract or booking, a friend's share of a cost, a never-ask notice or a warning.

// What the reader is told they will receive: a prize or points, a loan or a passed 審査, a job, a 内定, a placement or its
// pay, a scholarship, a grant or a benefit, returns or a withdrawal, goods given free, money the writer says they will send.
// An inheritance or an estate told as the reader's, and funds told as held for release, are money due to them too (遺産, inheritance,
// herança, warisan, di sản, 유산, 遗产; "to release funds", "para liberar"): an estate is settled by the executor or the court, its
// costs taken from it, never paid first by the heir to a stranger (国民生活センター 国際的な遺産相続詐欺; FTC inheritance scams).
// (Also a result promised with its money back if missed, "フォロワーを1万人に増やします…達成しなければ全額返金": the refund is the
// bait, and the deposit it asks first is the fee; and pay by the post or goods given free for a collaboration, "게시물당 1만엔",
// "제품 무료 제공": an influencer's sponsor pays, it does not charge a 보증금 to start. 国民生活センター: SNSの副業・インフルエンサー
// 案件で「保証金」「登録料」を先に払わせるトラブル; a free trial or an invitation that needs a
// charge sent first, "無料体験会…参加には事前にユニフォーム代8,800円のお振込が必要", the free thing the bait; a parcel the writer
// says they send the reader, its 受取 fee asked first, "荷物を送るので受取の手数料をお願いできますか": the romance's 荷物受取詐欺.)
const BENEFIT = /(?:作業|業務|お仕事|タスク)(?:を)?再開|(?:account|funds|wallet|balance) (?:will be |is |has been )?frozen|\bunfreez|無料体験|無料招待|無料で(?:体験|参加|ご招待)|\bfree trial\b|(?:荷物|プレゼント|贈り物|小包)を(?:送る|送ります|お送りします|送った|送りました)(?:ので|から)|(?:達成|成果|効果)(?:しなければ|できなければ|が出なければ|が出ない場合|しない場合|できない場合)[^。\n]{0,8}返金|(?:게시물|포스팅|건)\s*당\s*\d|\bper post\b|1投稿(?:あたり|につき)|무료 제공|(?:国|市|県|自治体)の補助で|補助(?:金|により)|gaji|lowongan|sahod|sal[aá]rio|vaga (?:em|de)|trabajo en jap|trabalho no jap|जापानमा काम|推薦(?:でき|します|状|いたし)|書類通過|選考通過|非公開選考|(?:認定証|認定書|証明書|許可証|登録証)(?:を|は)?(?:お送り|送付|発行|お渡し|郵送)|(?:代金|お金|売上|売却額)[^。\n]{0,10}(?:送金|振り込み|お振込み|お支払い|支払い)(?:します|いたします)|遺産|相続(?:財産|分|人)|inheritance|\bestate\b|heran[cç]a|warisan|di san|유산|遗产|遺產|release (?:the |your )?(?:funds|money|payment|inheritance)|para liberar|当選|当せん|当たりました|賞金|賞品|分のポイント|ポイント(?:を)?(?:付与|進呈|プレゼント)|you(?:'ve| have) won|\bprize\b|winnings|ローン|融資|貸付|お借り?入れ|\bloans?\b|審査(?:に)?(?:通過|通り|通っ|完了|なし|不要)|内定|採用|求人|選考免除|(?:枠|企業|会社|仕事|案件)を(?:ご)?紹介|紹介でき|特別枠|紹介枠|枠を確保|免除|奨学金|給付金|支給|助成金|補助金|支援金|準備金|scholarship|\bgrant\b|配当|出金|withdraw|payout|position (?:is )?confirmed|job offer|you(?:'re| are) hired|recruiting|hiring|trabaho|(?:hold|secure) (?:your|the|ang) (?:spot|place|slot)|first salary|visa sponsorship|無料で(?:プレゼント|差し上げ|お届け|進呈)|free (?:gift|sample)|(?:日給|日当|時給|月給|月収|報酬|1件|一件|sahod|salary)\s*[:：]?\s*[¥￥]?\s*\d|(?:円|万)(?:を)?(?:送る|送ります|送金する|振り込む|振り込みます|お振込みします)ので|(?:お金|謝礼|お礼)を(?:お?渡し|差し上げ|お送り|送り)|(?:実習|在留|ビザ|visa)\S{0,4}(?:延長|更新|renewal|extension)|奖学金|獎學金|助学金|中奖|中獎|贷款|貸款|录用|錄用|장학금|당첨|대출|채용|합격|trung tuyen|trung thuong|hoc bong|khoan vay|luong \d|aprovad[oa]|emprestimo|bolsa de estudo|premio|approved na|pautang|nanalo|scholarship/;
// A job's test passed ("採用面接、合格です"): passed for a post, not a school's entrance (whose 入学金 is paid against its slip).
const JOB_PASSED = /合格/;
const JOB_SPOKEN = /採用|面接|バイト|仕事|求人|勤務|出勤|入社|入職|選考|内定/;
// (A task's work resumed once a 調整金 is paid, "調整金8万円をお願いします。入金後すぐ作業再開します", and an account frozen unless a
// deposit is paid are benefits held for a fee too: the task scam's and the romance-investment's last ask, 警察庁 SNS型投資・ロマンス詐欺.)
// The fee paid first, by its name: a fee, a guarantee's or a registration's, a referral's, a course's or a uniform's, a deposit
// to hold a place, a tax before a withdrawal, a sign-up priced ("会員登録5,000円"), the work's kit charged ("制服・名札…の代金").
// (And "taxa de cartório", "taxa do processo": a fee by its Portuguese name, whatever it is said to be for.)
const ADVANCE = /申込金|taxa (?:de|do|da) [a-z]+|biaya (?:administrasi|pendaftaran|proses|admin|pengurusan|perpanjangan)|tr[aá]mite|bayad sa proseso|शुल्क|手数料|(?:制服|名札|備品|機材|キット|教材|研修|道具)[^。\n]{0,16}?の?代金|保証料|保証金|登録料|登録費|登録\s*[\d,]+\s*円|紹介料|仲介料|斡旋料|研修費|研修代|講習費|教材費|入会金|事務費|審査料|認定料|処理費用?|前払い?金|着手金|税金|(?:processing|process|registration|placement|application|handling|release|activation|admin|service|clearance|training) fee|手続き?費用|(?<!年末)調整金|\bdeposit\b|taxa de (?:inscricao|cadastro|registro|garantia)|phi (?:dang ky|ho so|xu ly|giu cho|dat coc|bao lanh)|手续费|手續費|保证金|保證金|注册费|押金|수수료|보증금|등록비/g;
// A sum named with it: "990円", "2万円", "¥12,000", "50,000 yen".
// (And a sum in won-style thousands, "5천엔", or in rupiah, "35 juta", "Rp 5.000.000": a fee in the worker's home currency.)
const SUM = /\d[\d,.]*\s*(?:万|千|만|천)?\s*(?:円|日元|日圓|엔)|\d\s*ienes?\b|\d\s*man\b|[¥￥]\s*\d|\d\s*(?:万|千)|\b\d[\d,.]*\s*(?:yen|jpy|juta|rupiah)\b|\brp\.?\s*\d/;
// The fee put to the reader as theirs to pay first: "のみ", "だけ", "only", "いただきます", "持参", "必要", "最初に", "先に",
// "requires", "to hold your spot", "bago mag-start", "お願いできる?".
const TAKEN = /\blang\b|necess[aá]rio|e preciso|precisa|tem que|para liberar|のみ|だけ|\bonly\b|\bjust\b|いただきます|頂きます|申し受け|持参|ご?用意|(?:が|は)?必要|要ります|いる(?:けど|から|よ|の|$)|かかります|requires?|required|needed|to (?:hold|secure|confirm|receive|claim|release|verify|activate|proceed)|先に|最初に|まず|事前に|before|bago|muna|お願い|先缴纳|先繳納|先支付|需先|之前|먼저|전에|필요|하려면|truoc|de giu|para garantir|antes|para ma-release/;
// A job advertised to whoever reads (lowongan kerja, 求人, vaga, tuyển dụng, 채용, 招聘): a fee it names with its sum is the applicant's
// to pay, whatever verb it leaves out ("biaya proses 35 juta, berangkat bulan depan"), since an employer's own costs are never put in
// the advert to the worker (職業安定法32条の3; the Indonesian BP2MI and the Vietnamese DOLAB on brokers' fees for work in Japan).
const JOB_AD = /lowongan|求人|募集中|recruiting|\bhiring\b|\bvagas?\b|tuyen dung|채용|招聘|hiring na/;
// The fee itself the object of the request, its verb left general ("受取の手数料をお願いできますか", "保証料をご用意ください"), or
// told as needed beside the benefit ("遺産の相続人に…手続き費用が必要です"): asked.
const FEE_REQUESTED = /^[^。.!?！？\n]{0,4}を\s*(?:お願い|ご用意|ご負担|用意して|払って|負担して)|^\s*(?:が|も)(?:別途)?必要(?:です|となります|になります)/;
// The fee costing the reader nothing: waived, deducted from what is paid out, borne by someone else (in the residents' languages too:
// ditanggung perusahaan, gratis, 免费, 무료, 없어요).
const WAIVED = /無料|不要|代引|代金引換|着払|かかりません|一切|差し引|差引|控除|天引|(?:当社|弊社|会社|こちら)(?:で|が)?負担|負担(?:します|いたします)|no fee|free of charge|walang[^.\n]{0,12}fee|sem taxa|mien phi|ditanggung|gratis|tanpa biaya|bebas biaya|免费|免費|不收|무료|없(?:음|어요|습니다)|borne by|paid by the (?:company|employer)/;
// The reader's own business with whoever writes: an order, a contract, a booking, a commission the reader made.
const BOOKED = /ご注文|ご契約|契約書|お申し?込み(?:いただ|ありがとう)|ご予約(?:いただ|ありがとう)|ご依頼(?:の|いただ)|ご成約|ご利用(?:いただ|ありがとう)/;
// A cost shared between people who know each other: per head, split, the writer's own win shared ("当選したよ!…1人6,500円").
const SHARED = /割り勘|割勘|ずつ|1人|一人|ひとり|人数分|(?:料|費|代|税)込み|折半|半分|\bsplit\b|\beach\b|per person|当選したよ|当たったよ|当たった[!！]/;

// The writer's own win told in a person's voice ("チケット当選したよ!", "当たった!"): what the fee buys is a seat the two share.
// Not the reader's ("あなたが当選した", "you 当選した") nor a win supposed ("当選したら"): the told ending is what a friend writes.
// One pattern for sharedWin here and engine.ts dropSharedFee (which drops the prize cue it explains).
export const WRITERS_WIN = /(?<!あなた(?:が|は)?|you )(?:当選した|当たった)(?:よ|[!！]|ー|から|ので|けど|んだ|の[!！。]?$)/;

/**
 * A person sharing the cost of their own win with the reader ("ライブのチケット当選したよ!手数料込みで1人6,500円、PayPayで送ってね"):
 * a friend collecting a shared fee, not a benefit released for a fee.
 */
export function sharedWin(input: AskInput): boolean {
  return speaksAsPerson(input) && WRITERS_WIN.test(input.norm.lower) && !tellsOfScam(input);
}

// Any other charge named by its kanji with its sum beside it ("検査費16,500円", "診断費用8,000円", or a katakana thing's, "ユニフォーム代8,800円"): what the fee is called does not change
// who pays it first, but only asked sent by a transfer or an app in its own sentence (not paid at the counter or on the day: a class's
// 材料費 at its reception), and not a price the reader is offered for a service of their own (初期費用3万円のみで応募を増やせます).
const NAMED_CHARGE = /(?:[一-龥]{1,5}(?:費(?:用)?|料)|[ァ-ヴー]{2,8}(?:代|費|料))(?=\s*[(（]?\s*[\d¥￥])/g;
const ASKED_FIRST = /先に[^。\n]{0,12}(?:振り?込|送金|入金|送っ)/;
const SENT_BY_TRANSFER = /振込|振り込|送金|入金|paypay|ペイペイ/;
const AT_COUNTER = /当日|受付|窓口|現金|店頭|会場|その場|精算/;

// Money sent first on a promise of a multiple of it back ("先に1,000円送ってくれたら倍にして返します", "PayPay送ってくれたら倍にして返すよ",
// "send ¥5,000 and I'll send back double", "manda um pix que eu devolvo em dobro", "chuyển trước em trả gấp đôi"): the stake is the fee, the
// multiple the benefit, and nobody doubles a stranger's money (警察庁・PayPay: 「お金を倍にして返す」「残高を送り合う」は詐欺; the 送金
// 詐欺 of SNS 'money doubling' offers). Not a loan between people asked with a promise to repay ("貸して…倍にして返すから": the own-need
// family weighs it, money.ts), a relative called by kinship, a warning, a quoted or told offer.
const MULTIPLE_BACK = /倍(?:に(?:して)?|で)返|倍返し|[2-9２-９二三]倍にして|\bdouble (?:it|your money|back)|(?:send|pay)(?: you)?(?: back)? double|em dobro|o dobro|gấp đôi|gap doi|\bdoble\b|翻倍|두 ?배로/;
const STAKE_SENT = /送って|送金|送りあ|送り合|振り?込|paypay|ペイペイ|残高|\bsend\b|transfer|\bpix\b|gcash|chuyển|chuyen|kirim/;
const LOAN_ASKED = /貸して|借り|立て?替え|\blend\b|borrow|pinjam|empresta|pahiram|cho (?:em |anh |chi |minh )?muon/;

/** The cue of money asked sent first on a promise of a multiple of it back (MULTIPLE_BACK), if any. */
function multipliedBack(input: AskInput): string | undefined {
  const lower = input.norm.lower;
  const m = MULTIPLE_BACK.exec(lower);
  if (m === null || !STAKE_SENT.test(lower) || LOAN_ASKED.test(lower) || KIN_VOCATIVE.test(lower) || tellsOfScam(input)) return undefined;
  if (inSentence(input, m.index, 'never-ask') || inSentence(input, m.index, 'done') || toldOfAsk(input, m.index)) return undefined;
  return m[0];
}

/** The text of the sentence holding `index`. */
function sentenceText(input: AskInput, index: number): string {
  const [s, e] = sentenceAt(input.norm.text, index);
  return input.norm.lower.slice(s, e + 1);
}

/** The fee's sentence and the next: where its sum and its being asked may stand ("Processing fee ¥12,000 only."). */
function feeSpan(input: AskInput, index: number): string {
  const text = input.norm.text;
  const [s, e] = sentenceAt(text, index);
  const end = e + 1 < text.length ? sentenceAt(text, e + 1)[1] : e;
  return input.norm.lower.slice(s, end);
}

/**
 * The cue of a fee asked first for a benefit the message promises the reader (a prize, a loan, a job, a placement, a
 * scholarship, a grant, returns, free goods), with no order, contract or booking of the reader's behind it, if any.
 */
export function feeBeforeBenefit(input: AskInput): string | undefined {
  if (input.reported) return undefined;
  const multiplied = multipliedBack(input);
  if (multiplied !== undefined) return multiplied;
  // (Read with Latin diacritics folded, one code unit for one: "trúng tuyển" as "trung tuyen", "inscrição" as "inscricao".)
  const lower = foldDiacritics(input.norm.lower);
  // Every fee this reads is a fee cue (lures.json fee, job-fee) but a sign-up priced and a kit's price: gated on those before any
  // pattern runs.
  if (!hasCue(input, ['fee', 'job-fee']) && !lower.includes('登録') && !lower.includes('代') && !lower.includes('費') && !lower.includes('調整金')) return undefined;
  if (!BENEFIT.test(lower) && !(JOB_PASSED.test(lower) && JOB_SPOKEN.test(lower))) return undefined;
  if (BOOKED.test(lower) || SHARED.test(lower) || sharedWin(input) || KIN_VOCATIVE.test(lower) || COMPANION.test(lower) || tellsOfScam(input)) return undefined;
  // A bill or a slip the reader holds, the office's own counter: the payee the reader knows.
  if (luresOfCategory(input.lures, 'known-payee').some((l) => !l.quoted)) return undefined;
  for (const m of lower.matchAll(ADVANCE)) {
    const at = m.index;
    if (inSentence(input, at, 'never-ask') || inSentence(input, at, 'done') || inSentence(input, at, 'paid-by-other')) continue;
    const [s, e] = sentenceAt(input.norm.text, at);
    // Waived in the fee's own clause: "面談は無料、内定後に紹介料15万円" waives the interview, not the fee.
    const clause = Math.max(s, lower.lastIndexOf('、', at) + 1, lower.lastIndexOf(',', at) + 1);
    if (WAIVED.test(lower.slice(clause, e))) continue;
    // Asked outright ("お振込みください", "ご負担いただけますか"), or named with its sum as the reader's to bear ("手数料990円のみ",
    // "保証料2万円", "Processing fee ¥12,000 only").
    if (inSentence(input, at, 'pay') || FEE_REQUESTED.test(lower.slice(at + m[0].length, at + m[0].length + 16))) return m[0];
    const span = feeSpan(input, at);
    if (SUM.test(span) && (TAKEN.test(span) || JOB_AD.test(lower))) return m[0];
  }
  for (const m of lower.matchAll(NAMED_CHARGE)) {
    const at = m.index;
    if (!(inSentence(input, at, 'pay') || ASKED_FIRST.test(sentenceText(input, at))) || inSentence(input, at, 'never-ask') || inSentence(input, at, 'done') || inSentence(input, at, 'paid-by-other')) continue;
    const [s, e] = sentenceAt(input.norm.text, at);
    const sentence = lower.slice(s, e + 1);
    if (SENT_BY_TRANSFER.test(sentence) && !AT_COUNTER.test(sentence) && !WAIVED.test(sentence)) return m[0];
  }
  return undefined;
}
