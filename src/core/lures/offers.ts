// Offers told by their numbers, not their words: a "simple" task paid several times a day's wage,
// a return no market gives, money for the reader's own bank account or card. The phrase table
// (data/lures.json) names the families; these read the amounts, periods and rates that every
// rewording keeps (NPA 闇バイト: 「簡単」「高額」「即日」; FSA/国民生活センター: 「必ず儲かる」「元本保証」;
// 帰国前の口座売買). A found offer is a lure cue of the family it belongs to (side-job, investment,
// crime-job), so the checks weigh it as they weigh the cue table's own.
import type { LureMatch } from '../check.js';
import { anchorSet, holdsAny } from '../match/anchors.js';
import { splitTest } from '../match/split-test.js';
import { gated } from '../match/literals.js';
import { insideQuoteMarks } from '../quotes/index.js';

// The offer readers below each ask for one message's text with ASCII digits (pay, returns, a price): the last
// answer is kept, so the text is scanned for foreign digits once, not three times.
let digitsOf = '';
let digitsAs = '';
// Thai, Burmese and Devanagari digits: module constants, not literals in the function (one object each, not one per call).
const FOREIGN_DIGIT = /[\u0e50-\u0e59\u1040-\u1049\u0966-\u096f]/;
const FOREIGN_DIGITS = /[\u0e50-\u0e59\u1040-\u1049\u0966-\u096f]/g;

/** Thai, Burmese and Devanagari digits read as ASCII (same length: one code unit each). */
function asciiDigits(s: string): string {
  if (s === digitsOf) return digitsAs;
  digitsOf = s;
  digitsAs = FOREIGN_DIGIT.test(s)
    ? s.replace(FOREIGN_DIGITS, (c) => String(c.charCodeAt(0) - (c >= '\u1040' ? 0x1040 : c >= '\u0e50' ? 0x0e50 : 0x0966)))
    : s;
  return digitsAs;
}

// An amount of money as written: "3万", "5万円", "30,000円", "¥50.000", "3 หมื่นเยน", "ယန်း ၃ သောင်း", "30 mil ienes",
// "35 man". Groups: yen sign, number, multiplier word.
// "2まんえん" (やさしい日本語 writes the multiplier and the unit in kana), "යෙන් 30,000" (Sinhala), "यन १० हजार" /
// "१० हजार येन" (Nepali: हजार a thousand), "30 nghin yen" (Vietnamese, folded).
const AMOUNT = /(¥|￥|円|jpy|yen|ienes|yenes|yên|yen|เยน|ယန်း|යෙන්|येन)?\s*(\d{1,3}(?:[,.]\d{3})+|\d+(?:\.\d+)?)\s*(万|千|まん|せん|mil|man|k|หมื่น|พัน|သောင်း|ထောင်|हजार|nghin|ngan)?\s*(円|えん|jpy|yen|ienes|yenes|yen|เยน|ယန်း|යෙන්|येन)?/g;

const MULTIPLIER: Record<string, number> = { '万': 10000, '千': 1000, 'まん': 10000, 'せん': 1000, 'हजार': 1000, nghin: 1000, ngan: 1000, mil: 1000, man: 10000, k: 1000, 'หมื่น': 10000, 'พัน': 1000, 'သောင်း': 10000, 'ထောင်': 1000 };

/** Every amount AMOUNT reads in `text`, in order: the one walk over the shared global regex (a blank match steps on). */
function* amountsIn(text: string): Generator<RegExpExecArray> {
  AMOUNT.lastIndex = 0;
  for (let m = AMOUNT.exec(text); m !== null; m = AMOUNT.exec(text)) {
    if (m[0].trim() === '') {
      AMOUNT.lastIndex++;
      continue;
    }
    yield m;
  }
}

/** The amount in yen, or 0 when the number carries no money sign, no yen word and no multiplier (a count, a date). */
function yenOf(m: RegExpExecArray): number {
  const [, sign, num, mult, unit] = m;
  if (!sign && !mult && !unit) return 0;
  // "¥50.000", "30,000": a dot or comma between groups of three is a thousands mark.
  const plain = /^\d{1,3}(?:[,.]\d{3})+$/.test(num as string) ? (num as string).replace(/[,.]/g, '') : (num as string);
  const n = Number(plain);
  if (!Number.isFinite(n)) return 0;
  // Foreign currencies' signs never reach here; a multiplier alone ("3万") is yen in a Japanese text,
  // and "mil"/"k" need a yen word or sign ("30 mil ienes").
  if (mult && !sign && !unit && (mult === 'mil' || mult === 'k')) return 0;
  return n * (mult ? (MULTIPLIER[mult] ?? 1) : 1);
}

// The period a pay is counted by, just before or after the amount: a day, an hour, one task.
const PER_DAY = /(?<![\d月年])(?:1|一)\s*(?:日|にち)|いちにち|日給|日当|日払い|per day|a day|\/day|por dia|al dia|por jornada|\/hari|per hari|sehari|mot ngay|moi ngay|\/ngay|วันละ|ต่อวัน|တစ်ရက်|တရက်|kada araw|isang araw/;
const PER_HOUR = /(?<![\d月年])(?:1|一)\s*時間|時給|per hour|an hour|\/h\b|\/hr|por hora|\/jam|per jam|moi gio|ชั่วโมงละ|တစ်နာရီ/;
// One task counted by the piece: "1件", "1通", "per parcel", "bawat", "mỗi lần", "每次".
const PER_PIECE = /(?<![\d月年])(?:1|一)\s*(?:回|件|個|台|本|箱|通)|per task|per parcel|per package|per time|por tarefa|por caixa|por pacote|por vez|per paket|ครั้งละ|ชิ้นละ|တစ်ခုလျှင်|kada isa|bawat|moi lan|每次|每个(?!月)|一个(?!月)/;
// …or by the word for pay by the task (報酬), which paidMule does not count.
const PER_TASK = new RegExp(`${PER_PIECE.source}|報酬`);

// A task told as trivial: "操作するだけ", "送るだけ", "簡単", "誰でも", "easy", "só", "แค่", "လွယ်", "cukup".
// (Or a click's act online as the whole work, "rate hotels online", "like videos", "review products": the task scam's work, piecePay's in Japanese.)
const TRIVIAL = gated(/[うくぐすずつぬぶむるい]だけ|簡単|かんたん|誰でも|ノルマなし|スキマ時間|スマホ(?:1台|ひとつ|だけ)|稼げ|リスク(?:ゼロ|なし)|(?:^|[^a-z])(?:easy|simple|facil|cukup|gampang|mudah|chi can|de dang|viec nhe|madali)(?:[^a-z]|$)|\b(?:rate|rating|like|liking|review|reviewing|follow|following|watch|watching)\s+(?:\w+\s+){0,2}?(?:online|hotels|products|videos|posts|apps|reviews)\b|แค่|ง่าย|လွယ်/);

// Words of pay to the reader: 日給, 報酬, 稼ぐ, もらえる, earn, ganhe, gaji, lương, รายได้, လစာ.
// (And a sum guaranteed, "1日2万保証": pay promised.)
const EARNS = /日給|日当|時給|報酬|給料|稼|[万円]保証|もらえ|貰え|支給|払い|収入|即金|earn|salary|wage|ganh|ganar|salario|gaji|upah|luong|thu nhap|kita|sahod|รายได้|ค่าจ้าง|လစာ|ဝင်ငွေ/;

// EARNS.test, its Japanese and its ASCII words tested apart (match/split-test.ts).
const earns = splitTest(EARNS);

// Within how many characters of its amount a period word counts ("1日2時間、スマホで画像を保存するだけで2万円": 20).
const PERIOD_REACH = 24;

// What AMOUNT's number needs (\d is ASCII here: Thai and Burmese digits are read as ASCII first).
const HAS_DIGIT = /\d/;

// Below these a day's, an hour's or a task's pay is a wage (a foreman's 日給1万2千円, a tutor's 時給3千円).
const OUTSIZED = { day: 20000, hour: 5000, task: 10000 } as const;
// …and with the task told as trivial ("するだけ", "easy"), these are several times the work's worth.
const OUTSIZED_TRIVIAL = { day: 10000, hour: 3000, task: 5000 } as const;

function periodNear(lower: string, start: number, end: number, perTask: RegExp = PER_TASK): 'day' | 'hour' | 'task' | null {
  const before = lower.slice(Math.max(0, start - PERIOD_REACH), start);
  const after = lower.slice(end, end + 8);
  // Only within the amount's sentence.
  const cut = (s: string, fromEnd: boolean): string => {
    const parts = s.split(/[。!?！？\n။]/);
    return fromEnd ? (parts[parts.length - 1] as string) : (parts[0] as string);
  };
  const b = cut(before, true);
  const a = cut(after, false);
  if (PER_HOUR.test(b) || PER_HOUR.test(a)) return 'hour';
  if (PER_DAY.test(b) || PER_DAY.test(a)) return 'day';
  if (perTask.test(b) || perTask.test(a)) return 'task';
  return null;
}

/**
 * Pay out of proportion to the work: an amount counted by the day, the hour or the task at or above a
 * skilled worker's (OUTSIZED), or above a wage with the task told as trivial ("1日スマホ操作するだけで3万円",
 * "แค่แปลข้อความ วันละ 3 หมื่นเยน"). Returns the amount's span and whether the task was told as trivial.
 */
export function outsizedPay(lower: string): { index: number; cue: string; trivial: number } | null {
  const text = asciiDigits(lower);
  // Every amount has a digit; and one is pay only where pay is spoken of or the task made light (below):
  // without either, no amount is read (most texts: the scan of every number and its period is skipped).
  if (!HAS_DIGIT.test(text)) return null;
  const trivialAt = TRIVIAL.exec(text);
  if (!trivialAt && !earns(text)) return null;
  // "1日 50万円" is a card's daily limit: a day's amount is pay only where pay is spoken of or the task made light
  // (tested once, before the scan).
  const m = paidAtLeast(text, trivialAt ? OUTSIZED_TRIVIAL : OUTSIZED);
  return m === null ? null : { index: m.index, cue: m.cue, trivial: trivialAt ? trivialAt.index : -1 };
}

// The time the pay is for, told just before it ("1日30分、報酬1.5万円", "2時間で3万円"): the pay is then an hour's at its ratio. Not a
// deadline or a wait ("30分以内に", "1時間後に"): only a span the work takes, followed by its pay's words.
const SPAN = /(\d+(?:\.\d+)?)\s*(分|時間)(?:程度|ほど|くらい|ぐらい|だけ)?\s*(?:で|、|,|の(?:作業|お仕事|仕事|スキマ時間))\s*(?:[^。!?！？\n\d]{0,6})$/;
// An hour's pay read from a span counts at twice the floor a stated hourly wage does: "2時間で1万円" is a tutor's rate.
const SPAN_FACTOR = 2;

/** The hourly rate of an amount paid for a span of work told just before it (SPAN), or 0. */
function hourlyFromSpan(text: string, at: number): number {
  const before = text.slice(Math.max(0, at - PERIOD_REACH), at).split(/[。!?！？\n]/).pop() as string;
  const m = SPAN.exec(before);
  if (m === null) return 0;
  const hours = Number(m[1]) / (m[2] === '分' ? 60 : 1);
  return hours > 0 ? 1 / hours : 0;
}

/** The first amount in `text` (ASCII digits) counted by a day, an hour or a task (`perTask`) at or above its floor. */
function paidAtLeast(text: string, floors: Readonly<Record<'day' | 'hour' | 'task', number>>, perTask: RegExp = PER_TASK): { index: number; cue: string } | null {
  for (const m of amountsIn(text)) {
    const yen = yenOf(m);
    if (yen === 0) continue;
    const period = periodNear(text, m.index, m.index + m[0].length, perTask);
    if (period !== null && yen >= floors[period]) return { index: m.index, cue: m[0].trim() };
    const perHour = hourlyFromSpan(text, m.index);
    if (perHour > 0 && yen * perHour >= floors.hour * SPAN_FACTOR) return { index: m.index, cue: m[0].trim() };
  }
  return null;
}

// A full-time salary promised for work told as on the side (副業, 在宅で, スキマ時間, 学業や就活をしながら, スマホ1台): 20万円 a month or
// more ("在宅で月20万", "就活しながら月30万稼げる副業"), which is the pay of a full-time post (厚生労働省 賃金構造基本統計調査: 新卒 some 23万)
// for hours on the side. The pay and the side work are the two cues a recruiter's pay piled up is ("日給" + "即金"). Not a post
// worked from home full time (在宅勤務), a question, or a friend's own figure below it ("副業で月5万くらい").
const SIDE_WORK = /副業|在宅(?:ワーク|で|でも|の(?:お)?仕事|バイト|ok)|スキマ時間|すきま時間|空き時間|片手間|しながら|スマホ(?:1台|ひとつ|だけ)/;
const PER_MONTH = /(?:月|毎月|月収|月々|ひと月|1か月|1ヶ月|一ヶ月)\s*(?:で|に)?\s*$/;
const SIDE_FLOOR = 200000;
// A month's earning told as the reader's to make, with no side work named: 50万円 or more, earned (稼ぐ, 儲かる) right after it.
const EARN_FLOOR = 500000;
// Offered, not told of another ("月100万稼いでるらしいよ"): what may be earned, a method or a chance to earn it.
const EARN_AFTER = /^\s*(?:を|も|以上)?\s*(?:稼げ|稼ぐ(?:方法|ため|こと|チャンス|コツ|秘訣|仕組み)|稼ぎ(?:ませんか|ましょう)|稼ごう|儲か(?:る|ります)(?:方法|話|仕組み))/;

/** A month's pay of SIDE_FLOOR or more beside work told as on the side, outside a question. */
export function sideIncome(lower: string): { index: number; cue: string; side: number } | null {
  if (!HAS_DIGIT.test(lower)) return null;
  const side = SIDE_WORK.exec(lower);
  if (side === null && !lower.includes('稼') && !lower.includes('儲')) return null;
  const text = asciiDigits(lower);
  for (const m of amountsIn(text)) {
    if (yenOf(m) < SIDE_FLOOR || !PER_MONTH.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    // Without side work named, a month's earning of EARN_FLOOR or more told as what the reader may earn ("せどりで月100万円稼ぐ方法").
    if (side === null && (yenOf(m) < EARN_FLOOR || !EARN_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 6)))) continue;
    // Asked about ("月20万超えたら必要なの?"), or a threshold named ("超えたら", "以上なら"), not pay promised.
    const end = text.slice(m.index).search(/[。!?！？\n]/);
    if ((end >= 0 && /[?？]/.test(text[m.index + end] as string)) || /^\s*(?:円)?\s*(?:を)?(?:超え(?:たら|ると|る場合|れば)|こえたら|以上(?:なら|だと|の場合)|未満|以下)/.test(text.slice(m.index + m[0].length))) continue;
    return { index: m.index, cue: m[0].trim(), side: side?.index ?? m.index };
  }
  return null;
}

// A task scam's pay: an act that takes seconds on a phone (a like, a follow, a review, a screenshot, a referral, a link sent),
// told as all there is to it ("押すだけで", "書くだけで", "送るだけ"), paid by the piece in yen (消費者庁・国民生活センター: 「いいねを押す
// だけ」「スクショを送るだけ」で報酬, the タスク詐欺 and 副業詐欺 whose small first payouts lead to a deposit "to unlock" bigger tasks). No
// advertiser or platform pays a stranger per like or per five-star review (景品表示法's ステマ規制 forbids buying reviews), so the
// amount need not be large: it is the pay per second of work that no job gives. A shop's points, coupon or discount for a review of
// its own ("レビュー投稿で500円クーポン") pays its customer in its own goods, not yen per piece, and is read out below.
const PIECE = /(?<![\d月年])(?:1|一)\s*(?:回|件|個|本|通|人|投稿|いいね|レビュー|フォロー|タスク|スクショ)(?:あたり|につき|で)?\s*$/;
// The trivial act told as the whole of the work, right before its pay ("いいね!を押すだけで1件300円", "友達にリンク送るだけ").
const JUST_ACT = /(?:[うくぐすずつぬぶむる]|紹介|投稿|登録|保存|視聴|フォロー|いいね|スクショ|送信|入力|タップ|クリック)だけ(?:で|の|、|,)?/;
// Paid in the payer's own goods or off its price, not in money: points, a coupon, a discount.
const NOT_CASH = /ポイント|クーポン|割引|引き|off|オフ|値引|pt\b|商品券|お菓子|景品/;
// The act one of seconds on a phone or a page: a like, a follow, a review or a rating, a post, a screenshot, a video watched, an
// app or a link, a sign-up, a referral (a flyer handed out or a shift attended is work of the street, paid by its own rates).
const PHONE_ACT = /いいね|フォロー|レビュー|口コミ|評価|星5|★5|投稿|スクショ|スクリーンショット|動画|アプリ|リンク|url|登録|紹介|保存|タップ|クリック|視聴|sns|インスタ|tiktok|youtube|google|x\(|ツイート|リポスト|コメント/;
// The writer telling of their own side work, a told deed ("もらってる", "稼いでる", "やってる"): a friend's news, not an offer.
const OWN_DEED = /(?:もらって|貰って|稼いで|やって|始めて)(?:る|た|います|ます)/;
const PIECE_FLOOR = 100;

/** Pay by the piece, at any amount from PIECE_FLOOR yen, for an act told as all there is to it ("いいね!を押すだけで1件300円"). */
export function piecePay(lower: string): { index: number; cue: string; trivial: number } | null {
  if (!HAS_DIGIT.test(lower) || OWN_DEED.test(lower)) return null;
  const act = JUST_ACT.exec(lower);
  if (act === null) return null;
  const text = asciiDigits(lower);
  for (const m of amountsIn(text)) {
    const yen = yenOf(m);
    if (yen < PIECE_FLOOR) continue;
    const sentence = sentenceAround(text, m.index);
    // The act named in the words before its pay ("いいね!を押すだけで1件300円": the "!" of the button's name ends no offer).
    if (!JUST_ACT.test(sentence) || !PHONE_ACT.test(text.slice(Math.max(0, m.index - 30), m.index)) || NOT_CASH.test(sentence)) continue;
    // The piece named right before the amount, in its clause ("1件300円", "1人5000円の報酬"), or after it ("300円/件").
    const before = text.slice(Math.max(0, m.index - 10), m.index).split(/[、,。!?！？\n]/).pop() as string;
    if (PIECE.test(before) || /^\s*(?:\/|per\s*)(?:件|回|人|本)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 6))) {
      return { index: m.index, cue: m[0].trim(), trivial: act.index };
    }
  }
  return null;
}

// The reader's own account, card, passbook, SIM or phone line, and handing it over: sold, lent, mailed.
const OWN_ACCOUNT = /口座|キャッシュカード|通帳|銀行カード|simカード|携帯の契約|スマホの契約|名義|bank account|cash card|bank card|bankbook|sim card|conta bancaria|conta|cartao|cuenta bancaria|tarjeta|rekening|buku tabungan|kartu atm|tai khoan|the atm|บัญชี|บัตร ?atm|ဘဏ်စာအုပ်|ဘဏ်အကောင့်|ဘဏ်ကတ်/g;
const HAND_OVER = /売|譲|貸|郵送|買い?取|送るだけ|送ってくれ|渡すだけ|渡してくれ|sell|lend|rent|mail (?:it|us|me)|buy|vend|compr|empresta|alug|jual|beli|sewa|ban |mua |cho thue|ขาย|รับซื้อ|ให้เช่า|ရောင်း|ငှား/;
// Pay promised to the reader for it: "3万払うよ", "5万円で買い取ります", "謝礼", "we pay ¥", "pago ¥60.000".
// (One pattern, the words and the price in one alternation, was tried at every digit, comma and dot for its price's form: the
// words are read alone, and the price only where its "で買/売/譲/貸" stands.)
const PAY_WORDS = gated(/払う(?:よ|から|ね|って)|払います|支払います|お支払いします|差し上げ|あげる|お礼|謝礼|報酬|pay you|we pay|will pay|pagamos|pago|te pago|bayar|kami bayar|tra cho|จ่าย|ให้ \d|ပေးမည်|ပေးမယ်/);
const PRICE_WORD = gated(/で(?:買|売|譲|貸)/);
const PAY_PRICE = gated(/[\d,.]+\s*(?:万|千)?\s*円?で(?:買|売|譲|貸)/);

// A sum handed to the reader, the amount right before its verb ("毎月1万渡すよ", "1回5千円あげる"): pay, not a price.
const PAY_HANDED = gated(/\d\s*(?:万|千)\s*円?\s*(?:渡す|渡し|あげ)/);

function payPromised(lower: string): boolean {
  return PAY_WORDS.test(lower) || (PRICE_WORD.test(lower) && PAY_PRICE.test(lower)) || PAY_HANDED.test(lower);
}

/** The sentence (up to 。!? or a line end) holding `index`. */
function sentenceAround(text: string, index: number): string {
  let s = index;
  while (s > 0 && !endsSentence(text.charCodeAt(s - 1))) s--;
  let e = index;
  while (e < text.length && !endsSentence(text.charCodeAt(e))) e++;
  return text.slice(s, e);
}

// What OWN_ACCOUNT cannot match without (match/anchors.ts), one character or word of each of its words: 座 of 口座, キ of
// キャッシュカード, 帳 of 通帳, 銀 of 銀行カード, ド of simカード, 契 of 携帯の契約/スマホの契約, 名 of 名義, บ of บัญชี/บัตร, ဘ of
// ဘဏ်…; or one of OWN_ACCOUNT_WORDS. Without one, no account is there to sell and the pay words are not read.
const OWN_ACCOUNT_ANCHORS = anchorSet('座キ帳銀ド契名บဘ');
const OWN_ACCOUNT_WORDS = gated(/bank|cash card|sim card|conta|cartao|cuenta|tarjeta|rekening|tabungan|kartu|khoan|the atm/);
// …and BANK_ACCOUNT: 座 キ 帳 銀 契 (口座, キャッシュカード, 通帳/帳戶, 銀行…, スマホ契約/携帯契約), 银 账 帐 折 款 摺 (银行…, 账户,
// 帐户, 存折, 提款卡, 存摺), 계 통, บ ဘ බ ග प ब, or one of BANK_ACCOUNT_WORDS.
const BANK_ACCOUNT_ANCHORS = anchorSet('座キ帳銀契银账帐折款摺계통บဘබගपब');
const BANK_ACCOUNT_WORDS = gated(/bank|passbook|cash card|conta|caderneta|cuenta|rekening|tabungan|khoan|ngan hang|the atm|khata/);

// The character tests of sentenceAround and besideIt by code, not a regex per character (each read made a string and a call).
/** One of 。 ! ? ！ ？ or a line break: /[。!?！？\n]/. */
function endsSentence(c: number): boolean {
  return c === 0x3002 || c === 0x21 || c === 0x3f || c === 0xff01 || c === 0xff1f || c === 0x0a;
}

/** One of 。 ! ！ . or a line break (not a question mark): /[。!！\n.]/. */
function endsStatement(c: number): boolean {
  return c === 0x3002 || c === 0x21 || c === 0xff01 || c === 0x0a || c === 0x2e;
}

/**
 * Money for the reader's own bank account, card or phone line, handed over ("口座売ってくれたら3万払うよ…郵送するだけ",
 * "ขายบัญชีธนาคาร ให้ 5 หมื่นเยน"): the account becomes a mule's, which is a crime whoever asks (犯罪収益移転防止法).
 * The object and the hand-over in one sentence, the pay anywhere in the message.
 */
export function sellsOwnAccount(lower: string): { index: number; cue: string } | null {
  if ((holdsAny(lower, OWN_ACCOUNT_ANCHORS) || OWN_ACCOUNT_WORDS.test(lower)) && payPromised(lower)) {
    OWN_ACCOUNT.lastIndex = 0;
    for (let m = OWN_ACCOUNT.exec(lower); m !== null; m = OWN_ACCOUNT.exec(lower)) {
      if (HAND_OVER.test(sentenceAround(lower, m.index))) return { index: m.index, cue: m[0] };
    }
  }
  return accountDealt(lower);
}

// The same deal in the languages of residents who leave Japan (帰国前の口座売買: 出入国在留管理庁's and the police's
// notices in Chinese, Vietnamese, Portuguese, Tagalog, Nepali, Burmese and Sinhala), where the account word and the verb
// dealing in it stand side by side ("收购在日银行卡", "ban lai tai khoan", "ဘဏ်အကောင့်ကို ရောင်းပါ", "ගිණුම අපිට විකුණන්න"),
// and in やさしい日本語 ("口座をかしてください"). The bank account, passbook or card, not any account ("tài khoản LINE").
const BANK_ACCOUNT = /口座|キャッシュカード|通帳|銀行カード|スマホ契約|携帯契約|银行账户|银行帐户|银行卡|账户|帐户|存折|提款卡|銀行帳戶|帳戶|銀行卡|存摺|계좌|통장|bank accounts?|bankbook|passbook|cash card|conta bancaria|contas bancarias|conta do banco|conta no banco|caderneta|cuenta bancaria|rekening(?: bank)?|buku tabungan|tai khoan(?: ngan hang)?|so ngan hang|the ngan hang|the atm|บัญชีธนาคาร|บัญชี|ဘဏ်အကောင့်|ဘဏ်စာအုပ်|ဘဏ်ကတ်|බැංකු ගිණුම|ගිණුම|पासबुक|बैंक खाता|khata/g;
// Dealing in it, told by the one who buys it up: the buyer's own verb, which no bank and no shop uses of an account
// ("收购", "高價收購", "買い取ります", "thu mua", "รับซื้อ", "compramos", "bibili namin", "we buy"). Japanese puts the verb
// after its object ("口座を買い取ります"); read before it, "お買取金額をご指定の口座へ" is a shop paying the reader in.
const BUYS_UP_JA = /買い?取|買います|高く買/;
const BUYS_UP = /收购|收購|高价回收|高價回收|thu mua|mua lai|รับซื้อ|compramos|compro (?:sua|seu)|bibilhin|bibili namin|bibili ko|bumibili|we buy|buying|매입|삽니다/;
// Sold: a price named anywhere makes it the deal ("ယန်း ၃ သောင်း", "යෙන් 30,000"). Not 売上, 売店, 売場, 譲渡 (a
// seller's takings, a shop, a warning's word).
const SOLD_JA = /売(?!上|り上|店|場|買)|譲(?!渡)/;
// Or bought for that price in the buyer's words where the verb is "take" (Sinhala "යෙන් 40,000කට ගන්නවා": we take it for 40,000 yen).
const SOLD = /出售|卖|賣|판매|팔아|sell|vend|jual|ban lai|ban di|ban cho|ban tai|ban sim|ban the|ibenta|ขาย|ရောင်း|විකුණ|ගන්නවා|बेच/;
// Lent, mailed or used by the writer: only with pay promised to the reader ("1か月5千円はらいます", "每次给你1万日元").
// Not 貸越 or 貸付 (a bank's overdraft and loan), not a card mailed by its bank.
// Or its sign-in sent ("口座を開設して、ID・パスワードを送るだけで2万円"): whoever holds the login holds the account.
// (Or opened for the writer as the whole of the job, "新しく口座を作っていただくだけ": an account opened for another's money is lent.)
const LENT_JA = /貸して|貸す|貸せ|貸し出|かして|かす|郵送|使わせ|使うだけ|(?:作|開設)(?:って|して)?(?:いただく|もらう)だけ|(?:id|パスワード|暗証番号|ログイン情報)[^。!?！？\n]{0,8}(?:送るだけ|教えるだけ|渡すだけ)/;
const LENT = /出租|租借|借用|用你的|用您的|빌려|lend|rent |rent your|cho thue|cho muon|sewa|ipahiram|ให้เช่า|ငှား|කුලියට|भाडामा|use your|usar sua|gamitin ang/;
// "Don't close it before you leave": the account kept open for the buyer (with a price or pay, never a bank's advice).
const KEEP_OPEN = /解約しないで|解約せずに|不要注销|别注销|不要銷戶|別註銷|不要註銷|dung huy|dung dong|don't close|do not close|nao feche|huwag isara|jangan tutup/;
// A sentence that forbids the deal warns of it ("売らないでください", "jangan jual", "đừng bán"): not the deal.
const FORBIDS = /ないで|ないように|禁止|不要|别|不可|绝对不|絕對不|dung ban|jangan|huwag|nao |don't|do not|never|하지 마|อย่า|मत |नगर्नु|නොකරන්න|မလုပ်ပါနဲ့/;
// A price named for it: the seller's "high price", or pay promised (as payPromised, in more languages).
const HIGH_PRICE = /高く|高価|高額|高价|高價|gia cao|gia tot|preco alto|bom preco|mataas na presyo|harga tinggi|ราคาสูง|ဈေးကောင်း/;
// (A share of what the account carries left to the reader, "運用益の10%があなたの手元に残る", is pay for it too.)
const PAID_FOR = /はらい?ます|はらう|お渡しします|渡します|\d\s*[%％][^。!?！？\n]{0,10}手元に残|だけで\s*[\d,.]+\s*(?:万|千)|每次给你|每次給你|给你\s*\d|給你\s*\d|现金付款|現金付款|当天现金|當天現金|pagamos|babayaran kita|kami bayar|ပေးမယ်|ගෙවනවා|दिन्छौं/;
// How far apart, in characters, the account word and the verb may stand ("口座、解約しないで譲って", "高價收購回國前的銀行帳戶",
// "we buy your japanese bank account", "tài khoản ngân hàng nhật không dùng nữa không? mua lại": a question on the account
// runs on into the offer).
const DEAL_REACH = 40;

/** A yen amount anywhere in the text (a price). */
function namesYen(lower: string): boolean {
  const text = asciiDigits(lower);
  for (const m of amountsIn(text)) {
    if (yenOf(m) > 0) return true;
  }
  return false;
}

/** The words within DEAL_REACH before and after the match at [at, end), inside its sentence. */
function besideIt(text: string, at: number, end: number): [before: string, after: string] {
  let s = at;
  while (s > 0 && at - s < DEAL_REACH && !(endsSentence(text.charCodeAt(s - 1)) || text.charCodeAt(s - 1) === 0x2e)) s--;
  // A question runs on into the offer it sets up ("không dùng nữa không? Mua lại 50.000 yên"): not a break after the account.
  let e = end;
  while (e < text.length && e - end < DEAL_REACH && !endsStatement(text.charCodeAt(e))) e++;
  return [text.slice(s, at), text.slice(end, e)];
}

/**
 * The reader's bank account, passbook or card bought up, sold, lent or used by the writer, the verb beside it: the
 * buyer's own verb stands alone; a sale needs a price (a yen amount, "高价", "giá cao"), a loan pay promised
 * ("はらいます"), "don't close it" a price or pay. Not in a sentence that forbids it.
 */
function accountDealt(lower: string): { index: number; cue: string } | null {
  // Most texts name no bank account: the price and the pay are read only once one does, and only once.
  let paid: boolean | null = null;
  let priced: boolean | null = null;
  const isPaid = (): boolean => (paid ??= HIGH_PRICE.test(lower) || PAID_FOR.test(lower) || payPromised(lower));
  const isPriced = (): boolean => isPaid() || (priced ??= namesYen(lower));
  if (!holdsAny(lower, BANK_ACCOUNT_ANCHORS) && !BANK_ACCOUNT_WORDS.test(lower)) return null;
  BANK_ACCOUNT.lastIndex = 0;
  for (let m = BANK_ACCOUNT.exec(lower); m !== null; m = BANK_ACCOUNT.exec(lower)) {
    const [before, after] = besideIt(lower, m.index, m.index + m[0].length);
    const near = `${before} ${after}`;
    const found = { index: m.index, cue: m[0] };
    if (KEEP_OPEN.test(near) && isPriced()) return found;
    if (FORBIDS.test(sentenceAround(lower, m.index))) continue;
    if (BUYS_UP.test(near) || BUYS_UP_JA.test(after)) return found;
    if ((LENT.test(near) || LENT_JA.test(after)) && isPaid()) return found;
    if ((SOLD.test(near) || SOLD_JA.test(after)) && isPriced()) return found;
  }
  return null;
}

// The reader's phone line: a SIM, a line or a number (回線, 手机号, 电话卡, sim卡, số điện thoại), sold or handed over
// whatever is said of it; a handset (スマホ, 携帯, 端末, iPhone) only as a new contract handed on, since a used phone sold to a
// shop is the reader's to sell (古物営業法) and a contract in the reader's name is not (携帯電話不正利用防止法 第7条・第20条:
// handing a contracted phone or SIM to another without the carrier's consent is a crime; 警察庁・総務省 on 携帯電話の譲渡).
const LINE = /sim(?!\s*(?:フリー|free|ロック|lock))|回線|手机号|号码|號碼|电话卡|手机卡|手機卡|so dien thoai|so dt/g;
const HANDSET = /スマホ|携帯|端末|iphone|android|手机|dien thoai/g;
const CONTRACTED = /契約|新規|mnp|名義|开(?:一|个|張|张)|開(?:一|个|張)|办(?:一|个|张)|辦(?:一|個|張)|dang ky|lam (?:sim|so)/;
// Handed on to the writer or bought up by them: sent, handed, mailed, "for us to use", bought.
const LINE_HANDED = /送って|送る|渡す|渡して|渡し|郵送|譲|買い?取|買います|给我们|給我們|给我用|交给|交給|寄给|寄過來|寄过来|寄来|收购|收購|回收|thu mua|mua lai|gui cho|we buy|buying|send (?:it|them|us)/;
// What a line, a handset or an SNS account needs to be named at all: s of sim, 線 of 回線, 码/碼 of 号码/號碼 (电话号码 holds it),
// 机 of 手机/手机号, 卡 of the cards, ホ of スマホ, 携 of 携帯, 端 of 端末, ウ of アカウント, 账/帳 of 账号/帳號, or "dien thoai",
// "iphone". (Not 号: every 番号 holds it.)
const LINE_ANCHORS = anchorSet('線码碼机卡ホ携端ウ账帳');
const LINE_WORDS = gated(/sim|dien thoai|iphone|android|so dt|account/);

// An SNS or messenger account (Instagram, LINE, TikTok…) lent, bought up, or its sign-in sent, for pay: whoever holds the
// login speaks as the reader, and such accounts are the scam's next line (警察庁 闇バイト: SNSアカウントの売買; every platform's
// terms forbid it). A family sharing a streaming login names no pay.
const SNS_ACCOUNT = /アカウント|账号|帳號|\b(?:instagram|tiktok|line|x|twitter|facebook|sns) account/g;
const SNS_DEALT = /貸して|貸す|貸し出|かして|買い?取|買います|使わせ|出租|租借|收购|收購|rent|lend|we buy|buying/;
// Its sign-in named: sent, it hands the account over; but the holder told to change or reset their own password ("お心当たりのない場合は
// ニンテンドーアカウントのパスワードを変更してください", every platform's own login notice) secures the account and hands nothing to anyone
// (IPA and 警察庁: 心当たりのないログイン・購入の通知には公式アプリからパスワードを変更), so that sentence deals in nothing, unless it
// also sends or tells the login on ("パスワードを変更して、新しいパスワードを送るだけで2万円").
const SNS_LOGIN = /ログイン情報|パスワード/;
const LOGIN_HANDED = /送る|送って|送信|教え|渡|共有|\b(?:send|share|tell)\b/;
const OWN_LOGIN_SECURED = /(?:ログイン情報|パスワード)(?:を|の)?\s*(?:変更|再設定|リセット|更新)|(?:change|reset|update) (?:your )?password/;

/**
 * The reader's phone line or SNS account as merchandise: a SIM or a number sold, bought up or handed over, a handset newly
 * contracted and handed on, an SNS account lent or its login sent, with a price or pay named ("SIM1枚契約して送ってくれたら2万",
 * "SIMカード高価買取中", "新規で2台契約→端末渡すだけで1台3万円", "帮忙开一个日本手机号给我们用,一个号码2万日元",
 * "あなたのInstagramアカウントを月1万円で貸してください"). The contract and the account are the reader's by law and by the
 * carrier's and the platform's terms, so no genuine sender ever buys or rents them: the mule's line (詐欺の道具).
 * The object, the dealing and (for a handset) the contract in one sentence; the price or pay anywhere in the message.
 */
export function sellsOwnLine(lower: string): { index: number; cue: string } | null {
  if (!holdsAny(lower, LINE_ANCHORS) && !LINE_WORDS.test(lower)) return null;
  const priced = (): boolean => HIGH_PRICE.test(lower) || PAID_FOR.test(lower) || payPromised(lower) || namesYen(lower) || /現金化|即金|cash/.test(lower);
  for (const re of [LINE, HANDSET, SNS_ACCOUNT]) {
    re.lastIndex = 0;
    for (let m = re.exec(lower); m !== null; m = re.exec(lower)) {
      const sentence = sentenceAround(lower, m.index);
      if (FORBIDS.test(sentence)) continue;
      const dealt = re === SNS_ACCOUNT ? SNS_DEALT.test(sentence) || (SNS_LOGIN.test(sentence) && (!OWN_LOGIN_SECURED.test(sentence) || LOGIN_HANDED.test(sentence))) : LINE_HANDED.test(sentence) && (re === LINE || CONTRACTED.test(sentence));
      if (dealt && priced()) return { index: m.index, cue: m[0] };
    }
  }
  return null;
}

// Receiving, collecting or carrying for someone: the 受け子's and the 運び's task (NPA 闇バイト: 「荷物を受け取るだけ」).
// Withdrawing is the 出し子's only at an ATM for someone else (ATM_FOR_OTHER): "報酬…引き出しはマイページから" is a
// freelancer's own pay.
const MULE_TASK = /受け取り|受け取って|受け取る|受取|運び|運搬|荷受け|受け子/;
const ATM_FOR_OTHER = /(?:withdraw|rut tien|sacar|saque|取钱|取款|提款|인출)[^.!?。！？\n]{0,30}atm[^.!?。！？\n]{0,20}(?:para sa|for (?:my|a|our) |cho |giup|para (?:um|o|a) |帮|替)|atm[^.!?。！？\n]{0,10}(?:で|から)?[^。!?！？\n]{0,10}(?:代わりに|代理で)/;
// What MULE_TASK cannot match without: 受 運 荷 (受け取り, 運び, 荷受け); ATM_FOR_OTHER: "atm".
const MULE_ANCHORS = anchorSet('受運荷');
// Pay to a mule is counted as OUTSIZED's (a skilled worker's day or task or more), the task by its piece ("1件8万", "1通3万円",
// "bawat", PER_PIECE), not by the word 報酬 (a platform's "報酬 5万円の受け取り" is the freelancer's own pay received).

/**
 * The reader as the mule, paid by the task or the day far above any courier's rate: a pickup, a carry or a withdrawal
 * offered as work ("受け取りのお仕事1件8万", "クレカの受け取り代行…1通3万円"), or an ATM worked for someone else
 * ("mag-withdraw lang sa ATM para sa kaibigan ko, ¥20,000 bawat beses"). A courier's receiving job pays a wage (日給1万2千円);
 * a friend who asks the reader to fetch a parcel offers no pay.
 */
// Money received in the writer's place ("私の代わりにお金を受け取ってくれる人", "代理で振込を受け取るだけ") for a reward: the reader's account
// carries someone else's money, the 受け子's or the mule's task whatever the reward (警察庁: 「代わりにお金を受け取って」は犯罪収益の移転).
const RECEIVED_FOR_OTHER = /(?:代わりに|代理で)[^。!?！？\n]{0,10}?(?:お金|現金|送金|振込|振り込み|入金)[^。!?！？\n]{0,4}?受け取|(?:お金|現金|送金|振込|入金)を?(?:代わりに|代理で)受け取/;
const REWARD = /お礼|謝礼|報酬|\d\s*[%％]/;

/** Money received for the writer (RECEIVED_FOR_OTHER) with a reward named, not in a sentence that forbids it: the cue, if any. */
export function paidReceiver(lower: string): { index: number; cue: string } | null {
  if (!lower.includes('受け取')) return null;
  const m = RECEIVED_FOR_OTHER.exec(lower);
  if (m === null || !REWARD.test(lower) || FORBIDS.test(sentenceAround(lower, m.index)) || CRIME_WORD.test(lower)) return null;
  return { index: m.index, cue: m[0] };
}

export function paidMule(lower: string): { index: number; cue: string } | null {
  // The pay is a number: with no digit (Thai, Burmese and Devanagari ones read as ASCII) nothing else is read.
  if (!HAS_DIGIT.test(asciiDigits(lower))) return null;
  const atm = lower.includes('atm') ? ATM_FOR_OTHER.exec(lower) : null;
  const task = atm ?? (holdsAny(lower, MULE_ANCHORS) && PICKUP_JOB_OR_AGENT.test(lower) ? MULE_TASK.exec(lower) : null);
  if (task === null || FORBIDS.test(sentenceAround(lower, task.index)) || CRIME_WORD.test(lower)) return null;
  const pay = paidAtLeast(asciiDigits(lower), OUTSIZED, PER_PIECE);
  return pay === null ? null : { index: task.index, cue: `${task[0]}…${pay.cue}` };
}
// The pickup told as work: a job, a task, pay, or an errand run for a client (代行).
const PICKUP_JOB_OR_AGENT = /仕事|案件|バイト|報酬|稼働|日当|日給|代行/;

// A return no market promises: certainty of a rise, wealth multiplied in months, a daily or monthly rate.
const SURE_RISE = /(?:確実に|必ず|絶対に?|間違いなく|100\s*%)\s*(?:上が|値上が|儲か|利益|増え|稼げ|勝て|倍)|資産(?:が|を)?\s*(?:倍増|\d+\s*倍)|\d+\s*(?:か|ヶ|カ|ケ)?月で\s*(?:資産)?(?:倍増|\d+\s*倍)|guaranteed (?:profit|return|income)|(?:lucro|retorno|rendimento) garantido|ganancia garantizada|keuntungan pasti|pasti untung|profit dijamin|loi nhuan dam bao|chac chan lai|กำไรแน่นอน|การันตีกำไร/;
// A rate by the day (any) or the month (3% or more): "1日2〜3%の利益", "月利10%", "日利1%".
const RATE = /(?:日利|毎日|1日|一日|daily|per day|por dia|sehari)\s*[\d.]+\s*(?:[~〜-]\s*[\d.]+\s*)?%|(?:月利|毎月|monthly|per month|por mes|sebulan)\s*(?:[3-9]|[1-9]\d)(?:\.\d+)?\s*(?:[~〜-]\s*[\d.]+\s*)?%/;

// What every match of SURE_RISE holds: its verb of rising (or 倍, which its wealth-multiplied forms end in) or a foreign
// form's words. Tested first: SURE_RISE's month form starts at any digit and was tried at every one.
const RISE_WORD = /上が|儲か|利益|増え|稼げ|勝て|倍|guaranteed (?:profit|return|income)|garantido|ganancia garantizada|keuntungan pasti|pasti untung|profit dijamin|loi nhuan dam bao|chac chan lai|กำไรแน่นอน|การันตีกำไร/;

// A gain of 100% or more told as what a group's members made ("先月のメンバー平均利益は+340%", "参加者の平均収益300%"): a
// group's record no market gives, shown to draw the next deposit (NPA: SNS型投資詐欺). A person's own gain ("利益+150%になったよ")
// is theirs to tell.
// So is every member in profit ("参加者は全員利益が出ています"): no market pays everyone.
const GAIN = /(?:メンバー|会員|参加者|受講生|生徒|皆さん|みなさん|平均)[^。!?！？\n]{0,10}(?:利益|収益|運用益|リターン|利回り)[^。!?！？\n\d]{0,6}\+?\s*[1-9]\d{2,}(?:\.\d+)?\s*[%％]|(?:メンバー|会員|参加者|受講生|生徒)(?:の方)?(?:は|が)?\s*(?:全員|みんな|皆)(?:が)?\s*(?:利益|プラス|黒字|勝って|儲か)/;

// What every match of GAIN holds: its percent sign, or the group word its second form starts with. Tested first: GAIN
// was tried at every character of every text (asciiDigits changes neither).
const MAY_GAIN = /[%％]|メンバー|会員|参加者|受講生|生徒/;

// A guarantee against loss: the principal kept whole, losses made good, no loss possible ("元本保証", "元本は100%保証",
// "損失は全額補償", "絶対に損をしません", "保本"). No one who sells an investment may promise it (金融商品取引法 第38条 断定的判断の
// 提供, 第39条 損失補填; 出資法 第1条: 元本保証をうたう出資の募集は禁止), and no market keeps it: whoever gives it holds the money.
// A bank deposit's principal is the deposit insurance's, told by the bank, not promised to a stranger (預金保険機構).
const LOSS_GUARD = /(?:元本(?:は|を|が)?\s*(?:\d+\s*[%％]\s*|全額\s*|完全\s*|必ず\s*)?保証|損失(?:は|を|分は|分を)?\s*(?:全額|100\s*[%％]\s*|必ず\s*)?(?:補償|補填|保証|補てん))(?!\s*(?:じゃ|では|でな|され(?:な|ま?せ)|しな|しま?せ|はな|はあり|がな|がつかな|なんて|なし|無し|付きの(?:商品は)?(?:な|あり))|は存在)|元本割れ(?:は|の心配は)?(?:なし|ありません|しません|ない)|(?:絶対|決して|必ず)\s*(?:に)?\s*損(?:を|は)?(?:し|さ)(?:ない|ません|せません)|損(?:は|を)?させません|保本|稳赚不赔|guaranteed (?:principal|capital)|no risk of loss|capital garantido/;

// What a bank or the state keeps whole, named in the guarantee's sentence ("元本保証の定期預金にした", "個人向け国債は元本保証"):
// the deposit's or the bond's, not a promise. Named as what the offer beats ("定期預金より断然お得", "預金と比べて") it is the offer's.
const KEPT_WHOLE = /(?:定期預金|普通預金|預金|貯金|国債|財形)(?!\s*(?:より|と比べ|と比較|の\d+倍|の何倍))/;

// Such a promise said not to exist ("元本保証の投資なんて無い", "あり得ない"): a warning.
const DENIED = /なんて(?:無|な)い|なんてありません|なんて存在|あり(?:え|得)ない|存在しない|存在しません/;
// Told as another's words just after it: "って言われ", "と言って", "と勧められ", "って誘われ".
const TOLD_BY_OTHER = /^[^。!?！？\n]{0,10}?(?:って|と)\s*(?:言われ|いわれ|言って|いって|言う|いう|聞い|誘われ|勧められ|すすめられ|書いて)/;

// What LOSS_GUARD cannot match without (match/anchors.ts): 元 of 元本, 損 of 損失 and 損をしません, 保 of 保本, 稳 of 稳赚不赔,
// or "guarant", "garantido", "no risk" of its English and Portuguese forms.
const GUARD_ANCHORS = anchorSet('元損保稳');
// (One pattern of ASCII words: String.includes over two-byte text costs some 50 ns a word.)
const GUARD_WORDS = gated(/guarant|garantido|no risk/);

/** A guarantee against loss ("元本保証", "損失は全額補償", "絶対に損をしません"): a promise no seller may make of an investment. */
export function lossGuarantee(lower: string): { index: number; cue: string } | null {
  if (!holdsAny(lower, GUARD_ANCHORS) && !GUARD_WORDS.test(lower)) return null;
  const m = LOSS_GUARD.exec(lower);
  if (!m) return null;
  const sentence = sentenceAround(lower, m.index);
  if (KEPT_WHOLE.test(sentence) || DENIED.test(sentence)) return null;
  // Someone else's words, told ("元本保証って言われた", "と勧められた"): a report, not the writer's promise.
  const rest = lower.slice(m.index + m[0].length, m.index + m[0].length + 16);
  if (TOLD_BY_OTHER.test(rest)) return null;
  return { index: m.index, cue: m[0] };
}

// What RISE_WORD cannot match without (match/anchors.ts): 上 儲 利 増 稼 勝 倍 of its Japanese verbs, ก of its Thai words, or
// one of RISE_LATIN in its other languages.
const RISE_ANCHORS = anchorSet('上儲利増稼勝倍ก');
const RISE_LATIN = gated(/guarant|garant|pasti|dijamin|nhuan|chac chan/);
// …and MAY_GAIN: % ％, バ of メンバー, 員 of 会員, 参 of 参加者, 講 of 受講生, 徒 of 生徒.
const GAIN_ANCHORS = anchorSet('%％バ員参講徒');
const PERCENT = anchorSet('%');

/** Whether RISE_WORD may match `lower` (false: it cannot). */
function mayRise(lower: string): boolean {
  return holdsAny(lower, RISE_ANCHORS) || RISE_LATIN.test(lower);
}

// A return told against its stake ("初期費用10万で月5万は固い", "50万入れたら毎月10万の配当"): 10% a month or more, or any weekly
// return, is what no market pays (a bank deposit pays some 0.1% a year), so the figure is the promise, however it is worded.
// Only where money is put to work (投資, 運用, 配当, 元手…): "家賃10万で月5万の赤字" counts a loss, not a stake.
const STAKE_RETURN = /(\d+(?:\.\d+)?)\s*万\s*円?\s*(?:で|から|入れ(?:れば|たら|て)|投資(?:すれば|したら|して)|預け(?:れば|たら|て))[^。!?！？\n\d]{0,6}?(月|毎月|1か月で?|ひと月で?|週|毎週)\s*(\d+(?:\.\d+)?)\s*万/;
const PUT_TO_WORK = /投資|運用|配当|資産|利回り|元手|利益|リターン/;
const STAKE_ANCHORS = anchorSet('万');

/** A return told against its stake at 10% a month or more, or weekly (STAKE_RETURN), where money is put to work. */
function returnOnStake(lower: string): { index: number; cue: string } | null {
  if (!holdsAny(lower, STAKE_ANCHORS)) return null;
  const m = STAKE_RETURN.exec(lower);
  if (m === null || !PUT_TO_WORK.test(lower)) return null;
  const ratio = Number(m[3]) / Number(m[1]);
  return ratio >= 0.1 || m[2]!.includes('週') ? { index: m.index, cue: m[0] } : null;
}

/** A return no market gives, promised ("今買えば確実に上がる", "3か月で資産倍増", "1日2〜3%の利益") or shown as a gain of 100% or more. */
export function guaranteedReturn(lower: string): { index: number; cue: string } | null {
  // Both of RATE's forms and GAIN's first end in "%"; SURE_RISE needs its verb of rising (RISE_WORD).
  const m = (mayRise(lower) && RISE_WORD.test(lower) ? SURE_RISE.exec(lower) : null) ?? (holdsAny(lower, PERCENT) ? RATE.exec(asciiDigits(lower)) : null)
    ?? (holdsAny(lower, GAIN_ANCHORS) && MAY_GAIN.test(lower) ? GAIN.exec(asciiDigits(lower)) : null);
  return m ? { index: m.index, cue: m[0] } : returnOnStake(lower);
}

// The stock group's cast (NPA, SNS型投資詐欺: a famous investor's "先生" whose "アシスタント" runs the group, hands out picks and
// takes the deposits). No licensed broker or adviser has a teacher who directs the reader's trades: a 先生 who names what to
// buy, when to take profit or what to put in is the group's, and so is a 先生 beside an アシスタント who moves the reader's money
// (a deposit, a withdrawal, an account opened in the group's app). A school's or a clinic's 先生 names no market and no assistant
// handling money; a friend telling of a teacher's talk on stocks is a lure word alone, and asks nothing.
const TEACHER = /先生|老师|老師|선생님|\bsensei\b/;
// The market he directs: picks, profit-taking, the open, an IPO, a fund, a trade, crypto (株 not as 株式会社, 株主 or 株券), or a
// gain told as a signed percentage ("先生のおかげで+18%").
const MARKET = /[+＋]\s*\d+(?:\.\d+)?\s*[%％]|運用資金|運用残高|銘柄|利確|損切|株(?!式会社|主総会|券)|相場|トレード|\bipo\b|寄付き|寄り付き|ファンド|仮想通貨|暗号資産|投資|\bfx\b|取引アプリ|股票|荐股|薦股|牛股|주식|코인/;
const ASSISTANT = /アシスタント|助理|어시스턴트|\bassistant\b/;
// The assistant introducing themself under a market's title ("投資アシスタントの佐藤です", "株アシスタントです") or beside picks
// (TIPS): the group's voice even with no 先生 named. A broker's 営業アシスタント sending a fund's papers names neither.
// (Or the assistant as the one writing: "アシスタントの私から毎日銘柄をお送りします".)
const ASSISTANT_SELF = /(?:アシスタント|助理)(?:の[^。!?！？\n\s]{1,8})?(?:です|でございます)|アシスタントの(?:私|わたし|僕|わたくし)|我是[^。!?！？\n]{0,8}助理/;
const MARKET_TITLE = /(?:投資|株|株式|トレード|fx|仮想通貨|暗号資産|股票)\s*(?:アシスタント|助理)/;
const TIPS = /銘柄|利確|損切|寄付き|寄り付き|推奨|荐股|薦股/;
// The reader called 先生 (a student's or a patient's "先生、…"): the writer's teacher or doctor, not a group's.
const VOCATIVE = /^\s*[^。!?！？\n]{0,8}先生\s*[、,]|先生へ/;
// The reader's money moved in the group's venue: a withdrawal, an account opened, funds under management, a personal account
// to pay into (not a bare deposit: a piano teacher's assistant collects a recital's fee into the school's account).
const MONEY_MOVED = /出金|口座開設|口座を開設|運用|個人口座|個人名義|提现|출금/;

/**
 * A teacher who directs trades, a teacher beside an assistant who moves the reader's money, or an assistant introducing
 * themself in a market's words: the stock group's cast.
 */
// What a teacher or an assistant needs to be named at all (TEACHER, ASSISTANT_SELF): 生 of 先生, 老 of 老师/老師, 선 of 선생님,
// シ of アシスタント, 助 of 助理, or "sensei". Most texts name neither: the four patterns below are not run over them.
const CAST = anchorSet('生老선シ助');

export function studyGroup(lower: string): { index: number; cue: string } | null {
  if (!holdsAny(lower, CAST) && !lower.includes('sensei')) return null;
  const teacher = VOCATIVE.test(lower) ? null : TEACHER.exec(lower);
  const t = teacher ?? (MARKET_TITLE.test(lower) || TIPS.test(lower) ? ASSISTANT_SELF.exec(lower) : null);
  if (t === null) return null;
  // A teacher named inside 「」 or 『』 is someone else's words ("母さんが「投資の先生のグループ」に誘われてた"): told, not met.
  if (insideQuoteMarks(lower, t.index)) return null;
  if (MARKET.test(lower) || (ASSISTANT.test(lower) && MONEY_MOVED.test(lower))) return { index: t.index, cue: t[0] };
  return null;
}

/**
 * The offers these read, as lure cues of their family. Outsized pay for a trivial task is two cues (the pay and
 * the task made light), as a recruiter's pay piled up is in the cue table ("日給" + "即金").
 */
export function offerLures(lower: string): LureMatch[] {
  const out: LureMatch[] = [];
  const pay = outsizedPay(lower) ?? piecePay(lower);
  if (pay) {
    out.push({ kind: 'lure', category: 'side-job', cue: pay.cue, index: pay.index, quoted: false });
    if (pay.trivial >= 0) out.push({ kind: 'lure', category: 'side-job', cue: 'trivial-task', index: pay.trivial, quoted: false });
  }
  const monthly = pay ? null : sideIncome(lower);
  if (monthly) {
    out.push({ kind: 'lure', category: 'side-job', cue: monthly.cue, index: monthly.index, quoted: false });
    out.push({ kind: 'lure', category: 'side-job', cue: 'side-work', index: monthly.side, quoted: false });
  }
  const account = sellsOwnAccount(lower) ?? sellsOwnLine(lower);
  if (account) out.push({ kind: 'lure', category: 'crime-job', cue: `sell-${account.cue}`, index: account.index, quoted: false });
  const mule = paidMule(lower) ?? paidReceiver(lower);
  if (mule) out.push({ kind: 'lure', category: 'crime-job', cue: `mule-${mule.cue}`, index: mule.index, quoted: false });
  const ret = guaranteedReturn(lower);
  if (ret) out.push({ kind: 'lure', category: 'investment', cue: ret.cue, index: ret.index, quoted: false });
  const fee = jobFeeFirst(lower);
  if (fee) out.push({ kind: 'lure', category: 'job-fee', cue: fee.cue, index: fee.index, quoted: false });
  const held = jobHeldByThreat(lower);
  if (held) out.push({ kind: 'lure', category: 'extortion', cue: held.cue, index: held.index, quoted: false });
  const pickup = hiddenPickup(lower);
  if (pickup) out.push({ kind: 'lure', category: 'crime-job', cue: pickup.cue, index: pickup.index, quoted: false });
  const hold = jobIdHold(lower);
  if (hold) out.push({ kind: 'lure', category: 'job-id-hold', cue: hold.cue, index: hold.index, quoted: false });
  const group = studyGroup(lower);
  if (group) out.push({ kind: 'lure', category: 'investment', cue: `group-${group.cue}`, index: group.index, quoted: false });
  return out;
}

// A job spoken of: hiring, a post, the work or its pay, in the languages residents are recruited in.
const JOB_CONTEXT = gated(/採用|求人|面接|内定|応募|仕事|案件|バイト|勤務|入社|派遣|就職|就活|副業|在宅ワーク|内職|時給|日給|日当|報酬|タスク|配達員|インターン|(?:^|[^a-z])(?:jobs?|hiring|recruit\w*|internships?|vaga|emprego|trabalho|viec lam|lam viec|trabaho|lowongan|kerja)(?:[^a-z]|$)|工作|兼职|兼職|채용|일자리|알바/);
// An employer's side of hiring (buying an advert, a listing): the fee is the employer's, not the worker's.
const EMPLOYER_SIDE = /掲載|広告|出稿|求人媒体|採用支援/;

// Whether a job is spoken of from the worker's side: JOB_CONTEXT and not EMPLOYER_SIDE. jobFeeFirst and jobIdHold both ask
// it of every text, one after the other (offerLures), and JOB_CONTEXT, a long alternation with no common first
// character, costs some 300 ns a text: the answer for the last text is kept (as sentenceAt keeps its last text's stops).
let jobText: string | null = null;
let jobAnswer = false;
function workerJobSpoken(lower: string): boolean {
  if (lower !== jobText) {
    jobAnswer = JOB_CONTEXT.test(lower) && !EMPLOYER_SIDE.test(lower);
    jobText = lower;
  }
  return jobAnswer;
}
// The cost the worker is charged before the work (内職・モニター商法, 国民生活センター; 職業安定法32条の3: no fee from
// job seekers; 労働基準法16条: no deposit): a fee by its name, a deposit, the uniform or the course; or an insurance premium
// the worker or the intern is told to pay in ("参加には保険加入が必要なため、保険料8,000円を下記口座へ"): a worker is insured by
// the employer (労災保険 is the employer's to pay) and an intern through the school (学研災) or the employer, not by a premium
// sent to an account the message gives; an internship is a job's place from the worker's side.
const JOB_FEE = /登録料|登録費|撮影費|撮影代|宣材費|宣材写真代|エプロン代|ユニフォーム代|研修費|研修代|保険料|保険代|insurance (?:fee|premium)|研修[^。!?！？\n、]{0,12}?(?:教材|宿泊)費|講習費|教材費|教材代|受講料|制服代|保証金|入会金|初期費用|紹介料|認証料|処理費用?|前払い?金|taxa de (?:inscricao|cadastro|registro|garantia)|registration fee|training fee|starter fee|placement fee|processing fee|security deposit|phi dang ky|phi ho so|tien dat coc|dat coc|bayad sa (?:training|proseso|registration)|biaya pendaftaran|注册费|註冊費|押金|保证金|保證金|등록비|보증금/;
// Goods the worker must buy (equipment, a "task" item) as the job's condition, with its price in the sentence.
const BUY_FIRST = /(?:購入|買い取り|買って|お買い求め)[^。!?！？\n]{0,8}?(?:が|は|を)?\s*(?:条件|必須|必要)|(?:自費|自己負担|実費)で(?:ご?購入|買)|先に(?:ご)?購入/;
// Money put in first, to be "returned with the pay" or to unlock the paid tasks (タスク詐欺, 消費者庁).
// (And the goods bought by the worker first, "一度ご自身で購入していただき", "いったん自分で買って": the price fronted, whatever it is called.)
const FRONTED = /立て?替え|立替|チャージ|(?:ご自身で|自分で|一度|いったん|一旦)[^。!?！？\n]{0,12}?(?:購入|買って|買い)|先に[^。!?！？\n]{0,12}?(?:入金|振込|振り込|支払|送金)|まず[^。!?！？\n]{0,8}?(?:入金|チャージ)/;
// The money returned together with the pay: "全額返金+報酬", "全額と報酬", "代金と報酬5,000円を合わせて", "報酬と一緒に".
const BACK_WITH_PAY = /(?:全額|返金)\s*(?:[+＋]|と|に加え|および)\s*(?:報酬|謝礼)|(?:代金|商品代|購入代金?|購入額)と(?:報酬|謝礼)|(?:報酬|謝礼)と(?:一緒|合わせ|共)に/;
const FRONTED_BACK = /(?:報酬|給料|謝礼)と(?:一緒|合わせ|共)に|(?:全額|返金)\s*(?:[+＋]|と|に加え|および)\s*(?:報酬|謝礼)|(?:代金|商品代|購入代金?|購入額)と(?:報酬|謝礼)|全額(?:返金|戻|返還|お返し)|返金(?:します|されます|いたします)|戻ります|戻ってき|解放|アンロック|参加するには|受け取るには|受取には|受け取りには/;
// The fee asked: paid, sent, put in, or the post made to hang on it.
const FEE_ASKED = /(?:お?支払|お?振込|お?振り込|ご?入金|ご?送金|お?納め|ご用意)(?:み|い)?(?:ください|下さい|願|をお願い|いただ|頂|が必要|を[。!！\s]|で|後|すれば|いただければ)|振り込んで|払って(?:ください|ね|ほしい|もらえ|いただ)|送って(?:ください|いただ|もらえ|ね)|送っていただ|(?:振り込|振込|支払|入金|送金)(?:め|え)ば|(?:が|は)?(?:必要です|必要となり|必要になり|条件です|必須です)|コンビニ払い|paypayで|先にお願い|via deposito|deposite|pague|pagar|mande (?:o )?comprovante|envie (?:o )?comprovante|pay (?:the|a|your)|must be paid|magbayad|bayar|chuyen khoan|dong phi|nop phi|请支付|请先付|先付|입금/;
// The fee told as the worker's own, to be earned back from the first job's pay ("撮影費が3万円かかりますが、初仕事ですぐ回収
// できますよ"): the モデル・タレント スカウト商法 (国民生活センター: 「すぐ仕事がある」とレッスン料・撮影費を払わせる) sells the fee,
// not the work; an agency that pays its talent bears the photos or takes them from the fee it earns (FEE_WAIVED: 差し引).
const RECOUPED = /(?:初仕事|最初の(?:仕事|案件)|初回の(?:仕事|案件)|ギャラ|報酬|給料|お給料|稼ぎ)[^。!?！？\n]{0,10}?(?:で|から)[^。!?！？\n]{0,6}?(?:回収|元が取れ|元は取れ|取り戻|ペイでき|すぐ返せ)/;
// The shifts or the work withheld from a worker who does not pay: "払わないとシフト入れられない", "支払わない場合は出勤できません".
const WORK_WITHHELD = /(?:払わ|支払わ|持ってこ|持って来)(?:ない|なかった)(?:と|なら|場合)[^。!?！？\n]{0,12}?(?:シフト|出勤|勤務|働け|仕事(?:に|を)?(?:入れ|でき|させ))/;
// The fee said to cost the worker nothing: waived, the employer's, deducted from the pay.
const FEE_WAIVED = /無料|不要|かかりません|一切|(?<![\d,.])0円|ゼロ|(?:会社|当社|弊社|全額|企業|こちら)(?:が|で)?(?:全額)?(?:負担|支給)|負担(?:します|いたします)|支給します|差し引|差引|控除|天引|返還不要|free|gratis|gratuit|sem taxa|no fee|mien phi|khong mat phi|walang bayad|tidak ada biaya|免费|免費|무료/;
// An amount of money in the sentence: "3,000円", "1万5千円", "¥20.000", "12,800".
const HAS_AMOUNT = /[\d,.]+\s*(?:万|千)?\s*(?:円|えん)|[¥￥]\s*[\d,.]+|\d{1,3}(?:,\d{3})+|[\d.]+\s*(?:万|千)|\b\d+\s*(?:mil\s*)?(?:yen|ienes|jpy)\b/;

/**
 * A job that costs the worker money first: a fee or a deposit asked before the work ("研修用の制服代として1万5千円を事前に
 * お振込みください", "登録料3,000円をPayPayで送っていただくと正式に採用", "Taxa de inscrição ¥20.000 via depósito"), equipment
 * bought as its condition at a price ("専用ヘッドセット(12,800円)の購入が条件"), or money fronted to be "returned with the pay" or
 * to unlock the tasks ("サンプル代は先に立て替えて…報酬と一緒に返金", "先に2万円の入金が必要です…全額戻ります"). Employers pay;
 * they do not charge (職業安定法32条の3, 労働基準法16条), so whoever asks it is selling the job, not offering one. Not a fee said
 * to be free, the employer's or taken from the pay; not an employer buying an advert.
 */
/** The sentence holding `index`, split at 。!? or a line end, and at a Latin full stop before a space ("…grátis. Taxa…"). */
function sentenceSpanAt(text: string, index: number): [number, number] {
  const ends = (k: number): boolean => endsSentence(text.charCodeAt(k)) || (text.charCodeAt(k) === 0x2e && (k + 1 >= text.length || text.charCodeAt(k + 1) === 0x20));
  let s = index;
  while (s > 0 && !ends(s - 1)) s--;
  let e = index;
  while (e < text.length && !ends(e)) e++;
  return [s, e];
}

export function jobFeeFirst(lower: string): { index: number; cue: string } | null {
  // The work withheld until the worker pays ("制服代3000円、明日現金で持ってきてね。払わないとシフト入れられないから"): the fee is the
  // shift's price, whatever the job is called (労働基準法16条・24条: an employer takes nothing from the worker to let them work).
  const withheld = WORK_WITHHELD.exec(lower);
  if (withheld !== null) {
    const fee = JOB_FEE.exec(lower);
    if (fee !== null && HAS_AMOUNT.test(lower) && !FEE_WAIVED.test(lower.slice(...sentenceSpanAt(lower, fee.index)))) return { index: fee.index, cue: fee[0] };
  }
  if (!workerJobSpoken(lower)) return null;
  const fee = JOB_FEE.exec(lower);
  if (fee !== null) {
    const [start, end] = sentenceSpanAt(lower, fee.index);
    const s = lower.slice(start, end);
    const next = end + 1 < lower.length ? lower.slice(...sentenceSpanAt(lower, end + 1)) : '';
    if (!FEE_WAIVED.test(s) && (FEE_ASKED.test(s) || (HAS_AMOUNT.test(s) && (FEE_ASKED.test(next) || RECOUPED.test(s))))) return { index: fee.index, cue: fee[0] };
  }
  const buy = BUY_FIRST.exec(lower);
  if (buy !== null) {
    const s = lower.slice(...sentenceSpanAt(lower, buy.index));
    if (HAS_AMOUNT.test(s) && !FEE_WAIVED.test(s) && !/各自|ご自身で|お手持ち/.test(s)) return { index: buy.index, cue: buy[0] };
  }
  const front = FRONTED.exec(lower);
  // The sum may go unsaid where the pay is named beside the refund ("購入代金は後で全額返金+報酬"): the worker's money comes back
  // only as the job's pay does, which is what makes it a stake, whatever it comes to.
  if (front !== null && FRONTED_BACK.test(lower) && (HAS_AMOUNT.test(lower) || BACK_WITH_PAY.test(lower)) && !/精算/.test(lower)) return { index: front.index, cue: front[0] };
  return null;
}

// The worker's own papers or family held over them: an ID, a face photo, the address or the parents' home, "known" or "kept".
// "家族の住所もう分かってる", "免許証の写真はこちらにあります": known, or kept on the recruiter's side.
const HELD = /(?:学生証|身分証|免許証|保険証|マイナンバー|顔写真|個人情報|住所|実家|家族)[^。!?！？\n]{0,14}?(?:忘れてない|把握|知って|控えて|預かって|押さえて|握って|もらってる|もらった|分かって|わかって|(?:こちら|こっち|手元)に(?:あ|置い))/;
// Refusing the work ruled out: "断るのはナシ", "キャンセルは認めない", "辞められない", "逃げられると思うな", "抜けられない".
// Or leaving named with what follows it ("途中で抜けるとか考えない方がいい", "抜けるなら実家に伺うことになります").
const NO_REFUSAL = /断る(?:の|こと)?は(?:ナシ|なし|無し|許さ|ない|無理)|断れない|断らせない|キャンセルは(?:認め|でき|許さ)|(?:逃げ|抜け|辞め|降り)(?:られ|させ)(?:ない|ると思うな)|最後までやってもら|(?:逃げ|抜け|辞め|降り)(?:る|たい)?(?:とか|なんて|なら|たら|って)[^。!?！？\n]{0,12}?(?:考えない方|思わない方|思うな|やめとけ|無駄|伺う|行く|ことになる|分かって|わかって)/;
// The work: a job, a task, a run.
// Or the engagement told as under way: leaving it "partway" (途中で).
const WORK = /仕事|案件|バイト|運び|受け取り|タスク|稼働|指示|途中で/;

// What NO_REFUSAL cannot match without (match/anchors.ts): 断 of 断る/断れない, キ of キャンセル, 逃 抜 辞 降 of its verbs of
// leaving, 最 of 最後まで. Tested before WORK: most texts refuse nothing.
const REFUSAL_ANCHORS = anchorSet('断キ逃抜辞降最');

/**
 * A job the worker is held to by threat: refusing it ruled out while their ID, photo, address or family is said to be held
 * ("次の案件は報酬倍。断るのはナシで。昨日送ってもらった学生証の件、忘れてないよね"). The 闇バイト takes the applicant's ID
 * first so that they cannot leave (NPA 犯罪実行者募集の実態: 「自宅に押し掛ける」「家族に危害」); an employer never does.
 */
export function jobHeldByThreat(lower: string): { index: number; cue: string } | null {
  if (!holdsAny(lower, REFUSAL_ANCHORS) || !WORK.test(lower)) return null;
  const refuse = NO_REFUSAL.exec(lower);
  if (refuse === null) return null;
  const held = HELD.exec(lower);
  return held === null ? null : { index: held.index, cue: held[0] };
}

// Taking something from someone for the job: a pickup, a collection, a run.
const PICKUP = /受け取り|受け取って|受け取る|受取|回収|預かり|運搬|運び|荷受け/;
const PICKUP_JOB = /仕事|案件|バイト|報酬|稼働|日当|日給/;
// What PICKUP cannot match without (match/anchors.ts): 受 of 受け取り/受取, 回 of 回収, 預 of 預かり, 運 of 運搬/運び, 荷 of 荷受け.
const PICKUP_ANCHORS = anchorSet('受回預運荷');
// What makes the pickup a 受け子's: its content kept secret ("内容は電話では言えない", "中身は見ないで") or the worker told how to
// pose to the person handing it over as someone unnamed ("相手には『会社の者です』と伝えれば", "銀行員のふりをして"); a worker
// told to give the employer's own name ("『アート引越センターの者です』と伝えて") is who they are.
const HIDDEN_OR_POSED = /内容は[^。!?！？\n]{0,10}?(?:言えない|話せない|教えられない|聞かないで)|中身は(?:見ない|見るな|聞かない|知らなくて|気にしな)|(?<![ぁ-んァ-ヶー一-龠a-z0-9])(?:会社|銀行|役所|協会)の(?:者|人間|社員)(?:です|だと|と)|(?:社員|銀行員|職員|警察官|弁護士)(?:の)?ふりを/;

/**
 * A pickup job whose content is kept secret or whose worker is told how to pose to the person handing it over ("高額案件あり。
 * 内容は電話では言えない。ただの受け取り", "書類運搬のお仕事…相手には『会社の者です』と伝えればOK"): the 受け子, who collects
 * the victims' cash or cards (NPA 犯罪実行者募集: 「荷物を受け取るだけ」, 受け子はスーツで会社員を装う). A real courier or
 * employer names what is carried and who the worker is.
 */
export function hiddenPickup(lower: string): { index: number; cue: string } | null {
  if (!holdsAny(lower, PICKUP_ANCHORS) || !PICKUP_JOB.test(lower)) return null;
  const pick = PICKUP.exec(lower);
  if (pick === null) return null;
  const how = HIDDEN_OR_POSED.exec(lower);
  return how === null ? null : { index: pick.index, cue: `${pick[0]}…${how[0]}` };
}

// The worker's papers, face or family: what 闇バイト recruiters take first so that the worker cannot leave.
const ID_OR_FAMILY = /身分証|免許証|学生証|保険証|マイナンバーカード|顔写真|自撮り|(?:ご)?家族の(?:連絡先|名前|住所|電話)|実家の(?:住所|電話|連絡先)|親の(?:連絡先|電話|名前|住所)|通帳の写真/;
// Sent by message: "送ってください", "写真で", "返信して", or clipped to its object ("まず顔写真を。").
const SENT_BY_MESSAGE = /送って|送信|返信|添付|撮って|写真で|画像で|[をも][。!！\s]*$/;
// Brought in person or uploaded to a platform's own app or page: the employer's or the job site's own channel.
const OWN_COUNTER = /持って(?:き|来|い)|持参|お持ち|アプリ|マイページ|アップロード|フォーム|窓口|会場/;
// The crime named (a warning), unless denied right after ("闇バイトではありません").
const CRIME_WORD = /闇バイト(?!\s*(?:[×✕❌]|で(?:は|も)?な|じゃな|ではありません))|詐欺|犯罪/;

/**
 * A recruiter asking by message for the worker's ID, face photo or family's details ("まずは免許証と家族の連絡先を送ってください",
 * "仕事内容は会ってから説明します。まず顔写真を", "採用にあたり、ご家族の名前と実家の住所も念のため送ってください"): the hold 闇バイト
 * keeps on its workers (NPA: 「身分証や家族の連絡先を送らせ、抜けようとすると脅す」). Employers see an ID in person, at the
 * interview, or through the job site's own app; not a warning naming the crime.
 */
export function jobIdHold(lower: string): { index: number; cue: string } | null {
  if (!workerJobSpoken(lower) || CRIME_WORD.test(lower)) return null;
  const data = ID_OR_FAMILY.exec(lower);
  if (data === null) return null;
  const [start, end] = sentenceSpanAt(lower, data.index);
  const s = lower.slice(start, end);
  return SENT_BY_MESSAGE.test(s) && !OWN_COUNTER.test(s) ? { index: data.index, cue: data[0] } : null;
}
