// Offers told by their numbers, not their words: a "simple" task paid several times a day's wage,
// a return no market gives, money for the reader's own bank account or card. The phrase table
// (data/lures.json) names the families; these read the amounts, periods and rates that every
// rewording keeps (NPA 闇バイト: 「簡単」「高額」「即日」; FSA/国民生活センター: 「必ず儲かる」「元本保証」;
// 帰国前の口座売買). A found offer is a lure cue of the family it belongs to (side-job, investment,
// crime-job), so the checks weigh it as they weigh the cue table's own.
import type { LureMatch } from '../check.js';

/** Thai and Burmese digits read as ASCII (same length: one code unit each). */
function asciiDigits(s: string): string {
  if (!/[\u0e50-\u0e59\u1040-\u1049]/.test(s)) return s;
  return s.replace(/[\u0e50-\u0e59\u1040-\u1049]/g, (c) => String((c.charCodeAt(0) - (c >= '\u1040' ? 0x1040 : 0x0e50))));
}

// An amount of money as written: "3万", "5万円", "30,000円", "¥50.000", "3 หมื่นเยน", "ယန်း ၃ သောင်း", "30 mil ienes",
// "35 man". Groups: yen sign, number, multiplier word.
const AMOUNT = /(¥|￥|円|yen|ienes|yenes|yên|yen|เยน|ယန်း)?\s*(\d{1,3}(?:[,.]\d{3})+|\d+(?:\.\d+)?)\s*(万|千|mil|man|k|หมื่น|พัน|သောင်း|ထောင်)?\s*(円|yen|ienes|yenes|yen|เยน|ယန်း)?/g;

const MULTIPLIER: Record<string, number> = { '万': 10000, '千': 1000, mil: 1000, man: 10000, k: 1000, 'หมื่น': 10000, 'พัน': 1000, 'သောင်း': 10000, 'ထောင်': 1000 };

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
const PER_DAY = /(?<![\d月年])(?:1|一)\s*日|日給|日当|日払い|per day|a day|\/day|por dia|al dia|por jornada|\/hari|per hari|sehari|mot ngay|moi ngay|\/ngay|วันละ|ต่อวัน|တစ်ရက်|တရက်|kada araw|isang araw/;
const PER_HOUR = /(?<![\d月年])(?:1|一)\s*時間|時給|per hour|an hour|\/h\b|\/hr|por hora|\/jam|per jam|moi gio|ชั่วโมงละ|တစ်နာရီ/;
const PER_TASK = /(?<![\d月年])(?:1|一)\s*(?:回|件|個|台|本|箱)|報酬|per task|per parcel|per package|por tarefa|por caixa|por pacote|per paket|ครั้งละ|ชิ้นละ|တစ်ခုလျှင်|kada isa/;

// A task told as trivial: "操作するだけ", "送るだけ", "簡単", "誰でも", "easy", "só", "แค่", "လွယ်", "cukup".
const TRIVIAL = /[うくぐすずつぬぶむるい]だけ|簡単|かんたん|誰でも|ノルマなし|スキマ時間|スマホ(?:1台|ひとつ|だけ)|稼げ|リスク(?:ゼロ|なし)|(?:^|[^a-z])(?:easy|simple|facil|cukup|gampang|mudah|chi can|de dang|viec nhe|madali)(?:[^a-z]|$)|แค่|ง่าย|လွယ်/;

// Words of pay to the reader: 日給, 報酬, 稼ぐ, もらえる, earn, ganhe, gaji, lương, รายได้, လစာ.
const EARNS = /日給|日当|時給|報酬|給料|稼|もらえ|貰え|支給|払い|収入|即金|earn|salary|wage|ganh|ganar|salario|gaji|upah|luong|thu nhap|kita|sahod|รายได้|ค่าจ้าง|လစာ|ဝင်ငွေ/;

// Within how many characters of its amount a period word counts ("1日2時間、スマホで画像を保存するだけで2万円": 20).
const PERIOD_REACH = 24;

// What AMOUNT's number needs (\d is ASCII here: Thai and Burmese digits are read as ASCII first).
const HAS_DIGIT = /\d/;

// Below these a day's, an hour's or a task's pay is a wage (a foreman's 日給1万2千円, a tutor's 時給3千円).
const OUTSIZED = { day: 20000, hour: 5000, task: 10000 } as const;
// …and with the task told as trivial ("するだけ", "easy"), these are several times the work's worth.
const OUTSIZED_TRIVIAL = { day: 10000, hour: 3000, task: 5000 } as const;

function periodNear(lower: string, start: number, end: number): 'day' | 'hour' | 'task' | null {
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
  if (PER_TASK.test(b) || PER_TASK.test(a)) return 'task';
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
  if (!trivialAt && !EARNS.test(text)) return null;
  AMOUNT.lastIndex = 0;
  for (let m = AMOUNT.exec(text); m !== null; m = AMOUNT.exec(text)) {
    if (m[0].trim() === '') {
      AMOUNT.lastIndex++;
      continue;
    }
    const yen = yenOf(m);
    if (yen === 0) continue;
    const period = periodNear(text, m.index, m.index + m[0].length);
    if (period === null) continue;
    // "1日 50万円" is a card's daily limit: a day's amount is pay only where pay is spoken of or the task made light
    // (tested once, before the scan).
    const floor = trivialAt ? OUTSIZED_TRIVIAL[period] : OUTSIZED[period];
    if (yen >= floor) return { index: m.index, cue: m[0].trim(), trivial: trivialAt ? trivialAt.index : -1 };
  }
  return null;
}

// The reader's own account, card, passbook, SIM or phone line, and handing it over: sold, lent, mailed.
const OWN_ACCOUNT = /口座|キャッシュカード|通帳|銀行カード|simカード|携帯の契約|スマホの契約|名義|bank account|cash card|bank card|bankbook|sim card|conta bancaria|conta|cartao|cuenta bancaria|tarjeta|rekening|buku tabungan|kartu atm|tai khoan|the atm|บัญชี|บัตร ?atm|ဘဏ်စာအုပ်|ဘဏ်အကောင့်|ဘဏ်ကတ်/g;
const HAND_OVER = /売|譲|貸|郵送|買い?取|送るだけ|送ってくれ|渡すだけ|渡してくれ|sell|lend|rent|mail (?:it|us|me)|buy|vend|compr|empresta|alug|jual|beli|sewa|ban |mua |cho thue|ขาย|รับซื้อ|ให้เช่า|ရောင်း|ငှား/;
// Pay promised to the reader for it: "3万払うよ", "5万円で買い取ります", "謝礼", "we pay ¥", "pago ¥60.000".
// (One pattern, the words and the price in one alternation, was tried at every digit, comma and dot for its price's form: the
// words are read alone, and the price only where its "で買/売/譲/貸" stands.)
const PAY_WORDS = /払う(?:よ|から|ね|って)|払います|支払います|お支払いします|差し上げ|あげる|お礼|謝礼|報酬|pay you|we pay|will pay|pagamos|pago|te pago|bayar|kami bayar|tra cho|จ่าย|ให้ \d|ပေးမည်|ပေးမယ်/;
const PRICE_WORD = /で(?:買|売|譲|貸)/;
const PAY_PRICE = /[\d,.]+\s*(?:万|千)?\s*円?で(?:買|売|譲|貸)/;

function payPromised(lower: string): boolean {
  return PAY_WORDS.test(lower) || (PRICE_WORD.test(lower) && PAY_PRICE.test(lower));
}

/** The sentence (up to 。!? or a line end) holding `index`. */
function sentenceAround(text: string, index: number): string {
  let s = index;
  while (s > 0 && !/[。!?！？\n]/.test(text[s - 1] as string)) s--;
  let e = index;
  while (e < text.length && !/[。!?！？\n]/.test(text[e] as string)) e++;
  return text.slice(s, e);
}

/**
 * Money for the reader's own bank account, card or phone line, handed over ("口座売ってくれたら3万払うよ…郵送するだけ",
 * "ขายบัญชีธนาคาร ให้ 5 หมื่นเยน"): the account becomes a mule's, which is a crime whoever asks (犯罪収益移転防止法).
 * The object and the hand-over in one sentence, the pay anywhere in the message.
 */
export function sellsOwnAccount(lower: string): { index: number; cue: string } | null {
  if (!payPromised(lower)) return null;
  OWN_ACCOUNT.lastIndex = 0;
  for (let m = OWN_ACCOUNT.exec(lower); m !== null; m = OWN_ACCOUNT.exec(lower)) {
    if (HAND_OVER.test(sentenceAround(lower, m.index))) return { index: m.index, cue: m[0] };
  }
  return null;
}

// A return no market promises: certainty of a rise, wealth multiplied in months, a daily or monthly rate.
const SURE_RISE = /(?:確実に|必ず|絶対に?|間違いなく|100\s*%)\s*(?:上が|値上が|儲か|利益|増え|稼げ|勝て|倍)|資産(?:が|を)?\s*(?:倍増|\d+\s*倍)|\d+\s*(?:か|ヶ|カ|ケ)?月で\s*(?:資産)?(?:倍増|\d+\s*倍)|guaranteed (?:profit|return|income)|(?:lucro|retorno|rendimento) garantido|ganancia garantizada|keuntungan pasti|pasti untung|profit dijamin|loi nhuan dam bao|chac chan lai|กำไรแน่นอน|การันตีกำไร/;
// A rate by the day (any) or the month (3% or more): "1日2〜3%の利益", "月利10%", "日利1%".
const RATE = /(?:日利|毎日|1日|一日|daily|per day|por dia|sehari)\s*[\d.]+\s*(?:[~〜-]\s*[\d.]+\s*)?%|(?:月利|毎月|monthly|per month|por mes|sebulan)\s*(?:[3-9]|[1-9]\d)(?:\.\d+)?\s*(?:[~〜-]\s*[\d.]+\s*)?%/;

// What every match of SURE_RISE holds: its verb of rising (or 倍, which its wealth-multiplied forms end in) or a foreign
// form's words. Tested first: SURE_RISE's month form starts at any digit and was tried at every one.
const RISE_WORD = /上が|儲か|利益|増え|稼げ|勝て|倍|guaranteed (?:profit|return|income)|garantido|ganancia garantizada|keuntungan pasti|pasti untung|profit dijamin|loi nhuan dam bao|chac chan lai|กำไรแน่นอน|การันตีกำไร/;

/** A return no market gives, promised ("今買えば確実に上がる", "3か月で資産倍増", "1日2〜3%の利益"). */
export function guaranteedReturn(lower: string): { index: number; cue: string } | null {
  // Both of RATE's forms end in "%".
  const m = (RISE_WORD.test(lower) ? SURE_RISE.exec(lower) : null) ?? (lower.includes('%') ? RATE.exec(asciiDigits(lower)) : null);
  return m ? { index: m.index, cue: m[0] } : null;
}

/**
 * The offers these read, as lure cues of their family. Outsized pay for a trivial task is two cues (the pay and
 * the task made light), as a recruiter's pay piled up is in the cue table ("日給" + "即金").
 */
export function offerLures(lower: string): LureMatch[] {
  const out: LureMatch[] = [];
  const pay = outsizedPay(lower);
  if (pay) {
    out.push({ kind: 'lure', category: 'side-job', cue: pay.cue, index: pay.index, quoted: false });
    if (pay.trivial >= 0) out.push({ kind: 'lure', category: 'side-job', cue: 'trivial-task', index: pay.trivial, quoted: false });
  }
  const account = sellsOwnAccount(lower);
  if (account) out.push({ kind: 'lure', category: 'crime-job', cue: `sell-${account.cue}`, index: account.index, quoted: false });
  const ret = guaranteedReturn(lower);
  if (ret) out.push({ kind: 'lure', category: 'investment', cue: ret.cue, index: ret.index, quoted: false });
  return out;
}
