// Money asked before what it pays for is given, and the honest trade's word that none is: read by service-fee.ts (a service's
// fee before the work, through a payee that is no business's) and prepay.ts (a thing handed over only after the money, by
// someone the reader has never met). One list, so that a way of saying "first" learnt for one is read by the other.
//
// A business bills after its work or at its counter, an agent takes a 手付金 only at the contract (宅建業法37条), a mover takes
// no 内金 (標準引越運送約款, 国土交通省告示); money first to a payee the reader cannot check is what 国民生活センター's 前払い・
// 先払いトラブル notes describe.
import { gated } from '../match/literals.js';

// Paid before: a first payment or a deposit, in the residents' languages: 先払い, 前払い, 事前に…お振込み, 先にLINE Payで,
// 入金確認後 (or 入金を確認したら, as a ticket's seller says it), 送金いただければ, 作業前に, 到着前, 着手金, 立替として, a deposit (手付金, 予約金, 定金, 押金: money first by what
// it is), "first", "upfront", "and I'll mail", 先把, 预付, 付款后, 먼저, 송금 후, muna, trước, dulu, pahile; or the thing
// promised once the money is in ("送金いただければ本日中にお薬をお渡し").
export const PAID_FIRST = gated(/先払い|前払い|事前の?(?:お|ご)?(?:決済|入金|支払|振込|振り込|送金|徴収)|事前に[^。\n]{0,28}?(?:お|ご)?(?:振込|振り込|送金|入金|支払|決済|精算|立て?替|paypay|ペイペイ|line\s*pay|au\s*pay|楽天ペイ)|先に[^。\n]{0,12}(?:振込|振り込|送金|支払|お支払|入金|paypay|ペイペイ|line\s*pay|au\s*pay|楽天ペイ)|立て?替え|立替(?:金|として|分)|着手金|予約金|到着前|(?:作業|工事|着工|施工|修理|搬出|引越し?)(?:の)?前に|先に(?:お|ご)?(?:いただ|頂|お預か|預か|集金)|作业前|施工前|提前|前金|手付金|内金|\bdeposit\b|\bfirst\b|in advance|มัดจำ|trước|truoc|先通过|先支付|先转账|(?:いただければ|いただけましたら|次第|確認後|確認でき次第)[^。\n]{0,16}(?:お渡し|発送|お届け|出動|手配|納車|お薬|作業|調査|工事|着工|確保|押さえ)|事前に|(?:入金|振込|送金|お支払い|ご入金)(?:を)?(?:の)?確認(?:後|次第|でき次第|(?:し|でき|が取れ)(?:まし)?たら)|送金後|入金後|送金いただければ|お?振込み?いただければ|dep[oó]sito|예약금|계약금|upfront|up front|prepaid|prepay|and i(?:'ll| will) (?:mail|send|give|transfer)|then i(?:'ll| will)? ?(?:transfer|send|mail|give)|once (?:you(?:'ve)? )?(?:paid|pay|send|sent|wire)|after (?:payment|you pay|you send)|先付|先把|先转|先轉|先交|预付|預付|付款后|付款後|转账后|轉帳後|到账后|定金|订金|押金|먼저|선입금|선결제|송금 후|입금 후|결제 후|\bmuna\b|pagkatapos na lang|đặt cọc|dat coc|\bdulu\b|pahile|पहिले|\bantes\b|adiantado/);

// A payment first said to be none ("前金はいただいておりません", "申込金は不要です", "費用はかかりません", "No deposit needed",
// "不需要提前付定金", "không cần"): nothing first is asked.
export const FIRST_WAIVED = /(?:前金|手付金|内金|前払い|先払い|予約金|着手金)(?:は|も|等は)?(?:一切)?(?:いただいておりません|いただきません|頂いておりません|頂きません|不要|いりません|いただいていません|ございません|ありません|なし)|\bno (?:deposit|upfront payment|advance payment)\b(?: (?:is )?(?:needed|required))?|不需要提前付定金|不需要(?:预付|定金)|(?:は|も)(?:一切)?(?:不要|いただきません|いただいておりません|頂きません|かかりません|ございません|ありません)|\bno (?:deposit|fee|payment)\b|不需要|không cần|khong can/;

// What prepay.ts reads as first besides, where a thing is handed over only after the money: a sale made advance-only (前売り制), a bare 先に ("先に3万円お願いします",
// its route and the thing told elsewhere in the message) and a flat's own deposits (敷金, 申込金). Not in service-fee.ts, where
// 先に names the order of a job's steps ("先に日程を決めましょう") and 敷金 a lease's money that is returned or collected under the
// lease (its CREDITOR list), not money first.
// And the payment made the hand-over's condition ("代金を送ってくれたらすぐに分配します") or the first payer served first ("振り込める方
// 優先"): a resold ticket's order of money and goods (session asks; 国民生活センター チケット転売).
export const HANDOVER_FIRST = gated(new RegExp(`前売り?制|先に|敷金|申込金|(?:送って|振り込んで|振込んで|送金して)(?:くれ|もらえ)たら|(?:振り込める|振込できる|入金できる|送金できる|払える)方(?:を)?優先|${PAID_FIRST.source}`));
