// Transfer or lend money: the "new number" child, the stranger in trouble, the fake office.
import type { LureMatch } from '../check.js';
import { foldDiacritics } from '../lures/fold.js';
import { anchorSet, holdsAny } from '../match/anchors.js';
import { gated } from '../match/literals.js';
import { speaksAsKin } from './kin.js';
import { replyChannel } from './reply.js';
import { atMeeting, cuesOf, DUE_TODAY, hasCue, inSentence, namesOwnPage, QUESTIONS_OFFERED, sentenceAt, speaksAsInstitution, speaksAsOffice, speaksAsPerson, toldAsDone, type AskFinder, type AskInput, type AskNeeds, NO_ASKS } from './types.js';

// Vietnamese names writer and reader by kinship words, not by person: in "Mẹ ơi, …" the reader is
// mẹ, and the writer is whoever else the text calls by one of these words ("con gửi tiền về",
// "em chuyển vào tài khoản của anh rồi"). tôi, mình, tao are the writer's alone.
const VOCATIVE = /(?:^|[\s,.!?])(me|ma|bo|ba|anh|chi|em|con|co|chu|bac|ong|di|cau|ban)\s+oi\b/;
const KIN = new Set(['me', 'ma', 'bo', 'ba', 'anh', 'chi', 'em', 'con', 'co', 'chu', 'bac', 'ong', 'di', 'cau', 'ban', 'chau']);
const SELF = new Set(['toi', 'minh', 'tao']);
// Between the one who pays and the money cue: tense words and the money verbs themselves ("em đã chuyển vào…").
const BETWEEN = new Set(['da', 'se', 'vua', 'dang', 'moi', 'cung', 'van', 'thi', 'chuyen', 'gui', 'khoan', 'tien', 'tra']);
// "Lương vẫn trả vào tài khoản như cũ": wages are what an employer pays the reader, never what it asks of them.
const WAGES = new Set(['luong', 'thuong']);
// Home, as where a resident's own remittance goes.
const SENT_HOME = /^\s*ve (?:nha|nuoc|que|viet nam)\b/;
// …unless it is sent for someone ("gửi tiền về nhà giúp em"): then it is asked.
const FOR_SOMEONE = /\b(?:giup|ho|cho (?:em|con|minh|toi|chi|anh))\b/;
// "Lương tháng 12 chuyển vào tài khoản…": the month's wages are what is transferred, the cue's own subject (no comma or
// fee between, unlike the bait "lương cao, chuyển 3 man vào…").
// …into the account the reader already has: not a new one, nor one whose number the message gives.
const NEW_ACCOUNT = /tai khoan moi|\d{5,}|\d[\d -]{6,}\d/;
const WAGES_TRANSFERRED = /\b(?:luong|thuong)(?: thang(?: \d{1,2}| nay| sau| truoc)?)?(?: (?:se|van|da|duoc|dang))* (?:tra|chuyen|chuyen khoan)\s*$/;

// "不要汇款", "别转账", "jangan transfer", "tidak perlu uang", "đừng chuyển tiền", "não transfira", "don't send money";
// "송금하지 마": the money verb negated, a warning of what not to do (folded text).
// Also the money said to be unneeded ("Không cần gửi tiền đâu", "不用转", "no need to send money", "não precisa mandar dinheiro"):
// a relative on a new number saying so asks for none.
const NEGATED_BEFORE = /(?:不要|别|別|勿|不能|不可|千万别|不用|不必|jangan|tidak|\btak|\bgak|nggak|hindi|dung|khong|(?:khong|ko|chang|chua) can(?: phai)?|nao|nao precisa|nunca|don't|do not|never|no need to|don't need to|no need)\s*$/;
const NEGATED_AFTER = /^\s*(?:하지\s*마|하면\s*안|지\s*마)/;

// "Nếu không chuyển tiền…", "se não transferir hoje…", "if you don't pay": a condition, the threat of a lure.
const CONDITION = /(?:^|[^a-z])(?:neu|se|if|jika|kalau|apabila)(?:[^a-z]|$)|如果|若|要是|不然|否则/;

/** The money cue is negated: "don't send money" warns, it asks nothing (unless it is the condition of a threat). */
function negated(input: AskInput, cue: LureMatch): boolean {
  const lower = input.norm.lower;
  const folded = foldDiacritics(lower.slice(Math.max(0, cue.index - 10), cue.index));
  if (!NEGATED_BEFORE.test(folded) && !NEGATED_AFTER.test(lower.slice(cue.index + cue.cue.length, cue.index + cue.cue.length + 8))) return false;
  const [s] = sentenceAt(input.norm.text, cue.index);
  return !CONDITION.test(foldDiacritics(lower.slice(Math.max(s, cue.index - 24), cue.index)));
}

/**
 * The cue's payer is the writer, in Vietnamese: the word that does the paying (read back from the
 * cue over tense words and the money verb) is tôi/mình, or a kinship word other than the one the
 * message calls the reader by. The writer paying asks the reader nothing.
 */
function writerPays(input: AskInput, cue: LureMatch): boolean {
  const folded = foldDiacritics(input.norm.lower);
  const reader = VOCATIVE.exec(folded)?.[1];
  const [s] = sentenceAt(input.norm.text, cue.index);
  const before = folded.slice(s, cue.index).split(/[\s,]+/).filter((w) => w !== '');
  // Wages named as what is paid into the account, a few words back ("lương tháng này vẫn trả vào…"); not
  // "lương cao, chuyển 3 man vào…", where the high wage is the bait and the reader pays.
  for (let i = Math.max(0, before.length - 6); i < before.length; i++) if (WAGES.has(before[i] as string) && before.slice(i + 1).includes('tra')) return true;
  // "Hôm nay chị gửi tiền về nhà qua app chính thức": money sent home (về nhà, về nước, về quê) by the one a kinship word
  // names, with no reader called by one and for no one ("giúp em"), is the writer's own remittance told.
  const after = folded.slice(cue.index + cue.cue.length, cue.index + cue.cue.length + 28);
  const home = reader === undefined && SENT_HOME.test(after) && !FOR_SOMEONE.test(after);
  if (WAGES_TRANSFERRED.test(folded.slice(s, cue.index)) && !NEW_ACCOUNT.test(folded)) return true;
  for (let i = before.length - 1; i >= 0; i--) {
    const w = before[i] as string;
    if (BETWEEN.has(w)) continue;
    return SELF.has(w) || (reader !== undefined && KIN.has(w) && w !== reader) || (home && KIN.has(w));
  }
  return false;
}

/**
 * The cue is part of a longer phrase that says the reader already paid for the writer ("立て替えてもらった",
 * "立て替えてくれた", shared-cost): "立て替えて" there tells of a debt the writer owes, it asks nothing.
 */
// Right after a money verb, the reader's own account or card as where the money goes ("打到你日本的银行账户", "转到您的卡上",
// "汇进你账户"): money paid to the reader, wages or a relative's, which asks nothing of them.
const TO_READERS_ACCOUNT = /^(?:到|进|進|入)?\s*(?:你|您)[^。！？!?\n，,]{0,8}?(?:账户|帳戶|账号|帳號|卡|户头|戶頭)/;

function intoReadersAccount(input: AskInput, cue: LureMatch): boolean {
  return TO_READERS_ACCOUNT.test(input.norm.lower.slice(cue.index + cue.cue.length, cue.index + cue.cue.length + 16));
}

function readerPaid(input: AskInput, cue: LureMatch): boolean {
  const end = cue.index + cue.cue.length;
  return cuesOf(input, 'shared-cost').some((l) => l.cue.length > cue.cue.length && l.index <= cue.index && l.index + l.cue.length >= end);
}

// The payment as the condition of an apology or an excuse, had the reader already made it ("もう振り込んでいたらごめんなさい",
// "振り込んでいただいた場合は行き違いです", "お振込みいただいている場合"): what the reader may have done, not what they are asked.
// Not a promise's condition ("振り込んでくれたら", "振り込んでもらえたら"): that one asks.
const PAID_IF = /^(?:いた|いただいた|おられた|いただいている|いる|おられる|ある)(?:ら|場合|なら|とき|時)/;

function paidIf(input: AskInput, cue: LureMatch): boolean {
  return /[てで]$/.test(cue.cue) && PAID_IF.test(input.norm.lower.slice(cue.index + cue.cue.length, cue.index + cue.cue.length + 10));
}
const MONEY_CUES = ['money', 'settlement'];

/**
 * What createMoneyAsk cannot find an ask without (types.ts AskNeeds): a `money` or `settlement` cue (settlementDemanded),
 * or 万 and 用意, which every match of SUM_READY holds (sumMadeReady).
 */
// 万, read from the anchors of the text (match/anchors.ts): String.includes over two-byte text costs some 50 ns.
const MAN = anchorSet('万');

export const moneyNeeds: AskNeeds = (input) => hasCue(input, MONEY_CUES) || (input.norm.lower.includes('円') && SUM_ASKED.test(input.norm.lower))
  || (holdsAny(input.norm.lower, MAN) && (input.norm.lower.includes('用意') || SENT_WORD.test(input.norm.lower)))
  || payOrElseNeeds(input)
  || ((holdsAny(input.norm.lower, MAN) || input.norm.lower.includes('円')) && (SUM_CAN.test(input.norm.lower) || SUM_OWED.test(input.norm.lower)))
  || (hasCue(input, OWN_NEED) && LOAN_BARE.test(input.norm.lower)) || SUM_TO_ZH.test(input.norm.lower);
const OWN_NEED = ['own-need'];

export function createMoneyAsk(): AskFinder {
  return (input) => {
    // "mẹ đã chuyển tiền" (I have sent the money): told, not asked. "账户写在报价单上", "登録の口座振替で":
    // the payee is the one on the paper or the debit the reader already holds.
    // "con gửi tiền về như mọi lần": the writer pays, as the one who sends, in whatever tense.
    const cue = cuesOf(input, 'money').find((c) => !inSentence(input, c.index, 'never-ask') && !inSentence(input, c.index, 'done') && !toldAsDone(input, c) && !inSentence(input, c.index, 'known-payee') && !payeeOnOwnPage(input, c) && !negated(input, c) && !writerPays(input, c) && !readerPaid(input, c) && !intoReadersAccount(input, c) && !paidIf(input, c) && !askedInWritersName(input, c) && !writerTransfers(input, c) && !atMeeting(input.norm.text, input.norm.lower, c.index)) ?? settlementDemanded(input) ?? sumMadeReady(input) ?? sumSent(input) ?? payOrElse(input) ?? sumAsked(input) ?? sumCanSend(input) ?? sumOwed(input) ?? loanLeftBare(input) ?? sumToZh(input);
    return cue ? [{ kind: 'money', cue: cue.cue, channel: replyChannel(input), quoted: cue.quoted }] : NO_ASKS;
  };
}

// An account written out: a number of seven digits or more, or one spaced or hyphenated into such a run.
const ACCOUNT_WRITTEN = /\d{7,}|\d[\d -]{7,}\d/;

/**
 * The payee is to be read where the sender itself shows it ("お振込先はWEB明細の「お支払い」画面でご確認ください", "振込先はマイ
 * ページで"): a page or a screen the reader signs in to, or a way of the sender's own (own-way), named in the cue's sentence,
 * with no link and no account written in the message. The account is then the one the biller shows its own customer, as
 * the one on the paper in hand is (known-payee); a lure writes its account out, or sends it by reply or through its page.
 */
function payeeOnOwnPage(input: AskInput, c: LureMatch): boolean {
  if (ACCOUNT_WRITTEN.test(input.norm.text)) return false;
  const [s, e] = sentenceAt(input.norm.text, c.index);
  return namesOwnPage(input, s, e + 1);
}

/**
 * The cue is the start of the writer's own transfer ("還付は…指定口座にお振込みします": sender-pays "お振込みします" within or right
 * after it): the writer pays, the reader is asked nothing.
 */
function writerTransfers(input: AskInput, c: LureMatch): boolean {
  const end = c.index + c.cue.length;
  return input.lures.some((l) => l.category === 'sender-pays' && !l.quoted && l.index >= c.index && l.index <= end);
}

// Someone else, and the writer's own name or account, in one sentence: "có người nhắn mượn tiền bằng tên mình",
// "有人用我的号找大家借钱", "someone is asking for money from my account", "誰かが私の名前でお金を貸してと送っています".
const SOMEONE = /有人|someone|somebody|誰か|だれか|누군가|co nguoi|ai do|alguem|may nagpapanggap|may gumagamit|seseorang|ada orang|มีคน|कसैले/;
const WRITERS_OWN = /我的|(?<![a-z])my\s|私の|僕の|俺の|わたしの|(?<![가-힣])내\s?(?:이름|계정|카톡)|ten (?:minh|toi|em|anh|chi)|cua (?:minh|toi|em)|meu nome|minha conta|pangalan ko|account ko|nama saya|nama aku|akun saya|akunku|ชื่อ(?:ฉัน|ผม)|บัญชี(?:ฉัน|ผม)|मेरो/;

/**
 * The money cue is someone else's ask, told by a writer whose own account was taken and who rules the payment out
 * ("Facebook của mình bị hack, có người nhắn mượn tiền bằng tên mình… đừng chuyển khoản"): the hijack warning a friend
 * sends round reports the impostor's ask; it makes none. A lure in the same voice still asks in its other sentences
 * ("…新しい口座に振り込んで").
 */
function askedInWritersName(input: AskInput, c: LureMatch): boolean {
  if (!input.lures.some((l) => l.category === 'account-taken' && !l.quoted)) return false;
  if (!input.lures.some((l) => (l.category === 'prohibits' || l.category === 'never-ask') && !l.quoted)) return false;
  const [s, e] = sentenceAt(input.norm.text, c.index);
  const sentence = foldDiacritics(input.norm.lower.slice(s, e));
  return SOMEONE.test(sentence) && WRITERS_OWN.test(sentence);
}

// A sum in 万 and, a few words on in its sentence, the reader asked to make it ready: "300万、明日までに用意できない?",
// "50万円を今日中に用意してほしい" (the 万用意 cues catch it written together).
const SUM_READY = /\d[\d,.]*\s*万\s*円?[^。!?！？\n]{0,14}?用意\s*(?:できる|できない|して(?!ある|ます|おきます|いる|た)|しといて|しておいて)/;

/**
 * A sum in 万 the reader is asked to make ready ("300万、明日までに用意できない?"): the オレオレ ask, whoever names it.
 * Between people it counts as the money asks do, weighed by what surrounds it (checks/ask-channel.ts moneyPlight).
 */
function sumMadeReady(input: AskInput): LureMatch | undefined {
  const m = SUM_READY.exec(input.norm.lower);
  if (m === null || inSentence(input, m.index, 'never-ask') || inSentence(input, m.index, 'done') || inSentence(input, m.index, 'known-payee')) return undefined;
  return { kind: 'ask', category: 'money', cue: m[0], index: m.index, quoted: false };
}

// A sum in 万 and, a few words on in its sentence, the reader asked to send or pay it in by whatever route ("8万だけ楽天ペイで
// 送ってほしい", "10万PayPayで送ってくれない?", "5万この口座に振り込んでもらえる?"); not one told as sent ("送っておいた",
// "送ってくれた", "送ってあるよ", "送りました") nor the writer's own ("送ります", "送るね"), tried or to be tried ("5万円入れてみる予定",
// "入れてみた"; "入れてみる?" and "入れてみて" still ask it of the reader).
const SUM_SENT = /\d[\d,.]*\s*万\s*円?[^。!?！？\n]{0,14}?(?:送って|おくって|送金して|振り込んで|振込んで|入れて)(?!(?:おい|おき|もらっ|くれ|い|み)た|あ[るり]|ます|いる|おきます|る|みる(?!\s*[?？か])|みます(?!\s*[?？か]))/;
// What every match of SUM_SENT holds, tested first.
const SENT_WORD = /送って|おくって|送金して|振り込んで|振込んで|入れて/;

/**
 * A sum in 万 asked sent or paid in ("代わりに10万送ってもらえないかな", "8万だけ楽天ペイで送ってほしい"): as sumMadeReady, the
 * money ask whoever names it, weighed between people by what surrounds it (checks/ask-channel.ts moneyPlight).
 */
function sumSent(input: AskInput): LureMatch | undefined {
  const lower = input.norm.lower;
  if (!SENT_WORD.test(lower)) return undefined;
  const m = SUM_SENT.exec(lower);
  if (m === null || inSentence(input, m.index, 'never-ask') || inSentence(input, m.index, 'done') || inSentence(input, m.index, 'known-payee')) return undefined;
  return { kind: 'ask', category: 'money', cue: m[0], index: m.index, quoted: false };
}

// A sum asked as whether the reader can send it, the request's question form ("50万振り込める?", "この番号のLINEに5万円送れる?",
// "3万入れられるかな"): "can you" asks, as "送ってくれる?" does. Not a statement of what the writer cannot do ("振り込めない").
const SUM_CAN = /\d[\d,，.]*\s*(?:万\s*円?|千\s*円|円)[^。!?！？\n]{0,14}?(?:振り?込め|送れ|おくれ|入れられ|入れれ|送金でき|貸せ|出せ)る(?:\s*[?？]|かな|か[?？。]|\s*$)/;

function sumCanSend(input: AskInput): LureMatch | undefined {
  const lower = input.norm.lower;
  if (!lower.includes('万') && !lower.includes('円')) return undefined;
  const m = SUM_CAN.exec(lower);
  if (m === null || inSentence(input, m.index, 'never-ask') || inSentence(input, m.index, 'done') || inSentence(input, m.index, 'known-payee')) return undefined;
  return { kind: 'ask', category: 'money', cue: m[0], index: m.index, quoted: false };
}

// A sum the writer tells they must pay in, told to the reader ("夕方までに87,000円を大家さんの口座に入れないといけないの", "10万払わ
// ないと警察沙汰になる"): the need put as an obligation is the ask, as the money cues 振り込まないと and 支払わないと already read it.
const SUM_OWED = /\d[\d,，.]*\s*(?:万\s*円?|千\s*円|円)[^。!?！？\n]{0,18}?(?:入れ|送ら|振り?込ま|払わ|支払わ|返さ|用意し)(?:ないと|なきゃ|なければ|なあかん|んといけ|んとあかん|んといかん)/;

function sumOwed(input: AskInput): LureMatch | undefined {
  const lower = input.norm.lower;
  if (!lower.includes('万') && !lower.includes('円')) return undefined;
  const m = SUM_OWED.exec(lower);
  if (m === null || inSentence(input, m.index, 'never-ask') || inSentence(input, m.index, 'done') || inSentence(input, m.index, 'known-payee') || inSentence(input, m.index, 'sender-pays')) return undefined;
  return { kind: 'ask', category: 'money', cue: m[0], index: m.index, quoted: false };
}

// Chinese: a sum transferred to someone, the amount between the verb and whom it goes to ("你先转20万日元给我朋友", "汇5万到这个账户"):
// the money cues read "转给我" only when nothing stands between.
const SUM_TO_ZH = /(?:转|轉|汇|匯|打)\s*\d[\d,.]*\s*(?:万|萬)?\s*(?:日元|日圓|日币|日幣|円|元|块|塊)?\s*(?:钱|錢)?\s*(?:给|給|到)/;

function sumToZh(input: AskInput): LureMatch | undefined {
  const m = SUM_TO_ZH.exec(input.norm.lower);
  if (m === null || negated(input, { kind: 'ask', category: 'money', cue: m[0], index: m.index, quoted: false }) || inSentence(input, m.index, 'done') || writerPays(input, { kind: 'ask', category: 'money', cue: m[0], index: m.index, quoted: false })) return undefined;
  return { kind: 'ask', category: 'money', cue: m[0], index: m.index, quoted: false };
}

// "ちょっとだけ貸して", "少し貸してもらえない?": a loan asked with its object left out, only a measure before it in its clause.
const LOAN_BARE = /(?:^|[、。,!?！？\n]|から|ので|けど|んで)\s*((?:(?:ちょっと|ちょっとだけ|少し|少しだけ|すこし|すこしだけ|ほんの少し|いくらか|何万か|何円か)\s*)(?:貸して|かして|貸してもらえ|貸してくれ|借りられ))/;

/**
 * A loan with its object left out, only a measure before it ("カードも止めたからちょっとだけ貸して"), in a relative's voice or beside
 * the writer's own way to pay stopped: what is lent is money. (A thing lent names itself: "傘ちょっと貸して".)
 */
function loanLeftBare(input: AskInput): LureMatch | undefined {
  if (!cuesOf(input, 'own-need').some((c) => !c.quoted)) return undefined;
  const m = LOAN_BARE.exec(input.norm.lower);
  if (m === null || inSentence(input, m.index + m[0].length - 1, 'never-ask') || inSentence(input, m.index + m[0].length - 1, 'done')) return undefined;
  if (!speaksAsKin(input) && !cuesOf(input, 'money-plight').some((c) => !c.quoted)) return undefined;
  return { kind: 'ask', category: 'money', cue: m[1] as string, index: m.index + m[0].length - (m[1] as string).length, quoted: false };
}

// A sum in yen as the object of a request in Japanese request grammar, whatever the theme (session 'asks'): the amount, then within its
// sentence (no other object, を, between) a payment verb in a request form (お振込み・送金・入金・お支払い・お送り・送っ・払っ・入れ + ください / 下さい / お願い /
// 願います / いただけますか / いただければ / てね / てほしい / てくれる? / てもらえる? / といて), or the verb left out before
// お願いします with the sum marked as its object by を ("代金12万円を今週中にお願いします"; not a price, "1俵2万4千円でお願いできます"), or an account below or the writer's own as where it goes, the verb
// left out ("8,000円を今日中に下の口座へ。"). Not the writer's own payment ("報酬1万円をお振込みします"),
// one told as done ("送っておいた"), nor a way the reader merely may pay ("現金でお支払いいただけます"), nor one paid in person (IN_PERSON_PAY).
const SUM = '\\d[\\d,，.]*\\s*(?:万\\s*円?|千\\s*円|円)';
const PAY_VERB = '(?:お?振り?込み?|ご?送金|ご?入金|お?支払い?|お送り|送っ|払っ|おくっ|入れ)';
const REQUEST = '(?:ください|下さい|お願い|をお願い|願います|願えます|いただけ(?:ますか|ませんか|ないでしょうか|ない\\?|ない？|れば)|頂け(?:ますか|ませんか|れば)|てね|て(?:ほしい|欲しい|くれ(?:る|ない|ませんか)|もらえ(?:る|ない|ますか|ませんか)|いただけ(?:ますか|ませんか|れば))|(?<=[っ])といて|てください)';
const SUM_ASKED = new RegExp(`${SUM}\\s*(?:を|は|、|,)?(?:[^。!?！？\\nを]{0,24}?${PAY_VERB}(?:して|し)?\\s*${REQUEST}|(?<=を[^。!?！？\\n]{0,3})[^。!?！？\\nをが、で]{0,14}?お願い(?:します|したい|(?:[。!！]|🙏)|$)|[^。!?！？\\nを]{0,16}?(?:下の口座|下記口座|下記|以下の口座|以下|私の口座|私宛|こちらの口座|この口座)(?:へ|に|まで)\\s*(?:[。!！\\n]|🙏|$))`);

const SUM_ASKED_ALL = new RegExp(SUM_ASKED.source, 'g');

// Paid in person, where the payee is the counter the reader stands at ("参加費1,000円は当日受付でお支払いください"): no transfer.
const IN_PERSON_PAY = /当日|受付で|窓口で|現金で|レジで|店頭で|ご来店|来店時|来院時|会場で|その場で|お会計時/;

/**
 * A sum in yen asked paid by the reader in Japanese request grammar (SUM_ASKED), its object the money whatever it is for: as
 * sumSent for 万, the money ask, weighed by who asks and through whose channel (checks/ask-channel.ts: between people with no lure,
 * no claim and no office's voice it counts for nothing; 警察庁 https://www.npa.go.jp/bureau/safetylife/sos47/case/ : 電話やSMSで
 * お金を振り込ませる手口). A sum the writer pays or told as sent is not one asked.
 */
function sumAsked(input: AskInput): LureMatch | undefined {
  const lower = input.norm.lower;
  if (!lower.includes('円') && !lower.includes('万')) return undefined;
  const re = SUM_ASKED_ALL;
  re.lastIndex = 0;
  for (let m = re.exec(lower); m !== null; m = re.exec(lower)) {
    if (inSentence(input, m.index, 'never-ask') || inSentence(input, m.index, 'done') || inSentence(input, m.index, 'known-payee') || inSentence(input, m.index, 'sender-pays')) continue;
    const [s, e] = sentenceAt(input.norm.text, m.index);
    if (IN_PERSON_PAY.test(lower.slice(s, e + 1))) continue;
    return { kind: 'ask', category: 'money', cue: m[0], index: m.index, quoted: false };
  }
  return undefined;
}

// A settlement told as paid or agreed ("示談金のお支払いが完了しました", "示談が成立", "paguei a multa"): news, not a demand.
const SETTLED = /完了|済み?|成立|受け取りました|受領|お支払いします|お振込みします|お振り込みします|paguei|pagué|\bpaid\b|nagbayad na|da tra|đã trả|da nop|đã nộp|已付|已经付|已經付/;

// In a settlement's sentence, what makes it the reader's to pay ("Pinapabayad ako ng multa"): a payment verb, a need, or
// the payment set as the condition of what the writer offers ("示談金10万円で削除に応じます"). The need in the residents'
// languages as 必要 in Japanese (folded text): 需要, 필요, preciso, kailangan, butuh / perlu, cần, चाहियो; not when negated
// (不需要, 필요 없어, tidak perlu, không cần, não preciso, hindi kailangan).
const SETTLEMENT_DEMAND = /払|振込|振り込|入金|送金|用意|応じ|取り下げ|取下げ|解決|必要|要る|いる(?:ん|の|よ|から|[。、!！])|\bpay|pague(?!i)|pagar|bayad|bayaran|nop|tra tien|支付|缴纳|繳納|付款|交钱|交錢|지불|입금|송금|내야|내면|(?<!(?:不|tidak|tak|gak|nggak|khong|nao|hindi|di)\s?)(?:需要|\bpreciso\b|\bkailangan\b|\bbutuh\b|\bperlu\b|\bcan\b)|필요(?!\s*없)|चाहियो/;

/**
 * A settlement, a fine or damages (示談金, 和解金, 罰金, "multa", "罚款") the message demands of the reader
 * to make a legal threat go away ("著作権侵害にあたります。示談金10万円で削除に応じます", "Pinapabayad ako ng
 * multa"): a payment asked as plainly as "振り込んで". A payment the writer makes ("示談金をお振込みします"),
 * one told as done, or one a warning says is never asked, is not.
 */
function settlementDemanded(input: AskInput): LureMatch | undefined {
  const lower = input.norm.lower;
  return cuesOf(input, 'settlement').find((c) => {
    if (inSentence(input, c.index, 'never-ask') || inSentence(input, c.index, 'never-does') || inSentence(input, c.index, 'done') || inSentence(input, c.index, 'sender-pays') || toldAsDone(input, c) || negated(input, c)) return false;
    const [s, e] = sentenceAt(input.norm.text, c.index);
    const sentence = foldDiacritics(lower.slice(s, e));
    return SETTLEMENT_DEMAND.test(sentence) && !SETTLED.test(sentence);
  });
}

// A payment made the condition of a sanction or of its relief, in an organisation's voice: "本日中にお振込みがない場合、連帯保証人様へ
// 連絡します", "お支払いがなければ法的手続きに移行します", "罰金8万円を本日中にお振込みいただければ在留資格への影響はありません",
// "保証金を納めれば逮捕は見送られます". Said so, the payment is demanded as plainly as "お振込みください", as "ご連絡なき場合は強制執行"
// asks the call (call.ts). The payment noun (振込, 支払い, 入金, 納付, 返済, 返還), then its absence as a condition…
const PAY_NOUN = '(?:お?振り?込み?|お?支払い?|ご?入金|ご?納付|ご?返済|ご?返還)';
// Also the payment in the honorific negative, the notice's own register ("本日中にお振込みいただけない場合", "ご入金いただけない
// 場合", "お支払いいただけなかった場合"): the same condition, said by a desk to a customer.
const UNLESS_PAID = gated(new RegExp(`${PAY_NOUN}(?:が|の)?(?:確認(?:が|で)?(?:でき|取れ))?(?:ない|無い|なき|なかった|ありません)(?:場合|とき|時|なら|ようでしたら)|${PAY_NOUN}が(?:なければ|無ければ|なけ?れ?ば)|${PAY_NOUN}(?:いただけ|頂け|され)(?:ない|なかった|ません)(?:場合|とき|時|なら|ようでしたら)`));
// …or its making in an office's honorific or the officialese 納めれば, with the sanction lifted in the same sentence.
const IF_PAID = gated(new RegExp(`${PAY_NOUN}(?:いただければ|頂ければ|いただけましたら|いただいた場合)|(?:納め|お納め)(?:れば|いただければ)`));
// (Not a service restored, 解除: "ご入金確認後、利用停止を解除します" is the biller's own word.)
const RELIEF = /影響(?:は|が)?(?:ありません|ございません|なし|しません)|見送|控え|取り下げ|取り消(?:し|さ)(?:ません|ない|は)|免除|不問|回避/;
// What every match of UNLESS_PAID or IF_PAID holds, tested first: the payment's kanji.
const PAY_KANJI = anchorSet('振支入納返');

// A deadline of today among the pressure cues (DUE_TODAY, types.ts: 本日中, "expires today"), or within hours (24時間以内,
// "1時間以内", "within 24 hours").
const DUE_TODAY_CUE = new RegExp(`${DUE_TODAY.source}|時間以内|24\\s*h`);

/** The message presses for today (DUE_TODAY_CUE), in its own words. */
export function dueToday(input: Pick<AskInput, 'lures'>): boolean {
  return input.lures.some((l) => !l.quoted && l.kind === 'pressure' && DUE_TODAY_CUE.test(l.cue));
}

/** The cue of a money ask is a payment made the condition of what follows ("お支払いがなければ", "納付がない場合"). */
export function unlessPaid(cue: string): boolean {
  return UNLESS_PAID.test(cue);
}

function payOrElseNeeds(input: AskInput): boolean {
  return holdsAny(input.norm.lower, PAY_KANJI) && (UNLESS_PAID.test(input.norm.lower) || IF_PAID.test(input.norm.lower));
}

/**
 * The payment as the condition of a threat or of its lifting (UNLESS_PAID, IF_PAID with RELIEF), in an organisation's voice (a lure
 * or a business register told, an institution or a claimed brand named; not a person's: "今日中に払わないと免許取り消しだって"),
 * giving no way of the body's own to pay (its slip, its debit, its counter, its page, the number on the card: known-payee, own-way,
 * desk, or a link, which its own finder weighs). Genuine collectors send a bill by post or through their registered channel and let
 * the reader pay by it (消費者庁, 国民生活センター on 架空請求: https://www.kokusen.go.jp/soudan_topics/data/kakuu.html; 出入国在留管理庁
 * collects no fine by phone or SMS). A threat of a sanction with no pay made its condition is left to the other finders.
 */
function payOrElse(input: AskInput): LureMatch | undefined {
  const lower = input.norm.lower;
  if (input.reported || speaksAsPerson(input) || input.indicators.urls.length > 0) return undefined;
  if (!(speaksAsOffice(input) || speaksAsInstitution(input) || input.brands.length > 0)) return undefined;
  if (namesOwnWayToPay(input) || QUESTIONS_OFFERED.test(lower)) return undefined;
  // A payment's absence threatened counts only against today's deadline: a biller's reminder gives a date with its grace
  // ("12/20までにお支払いがない場合、ご利用を一時停止させていただく場合があります"), as a 督促 does by law.
  const unless = dueToday(input) ? UNLESS_PAID.exec(lower) : null;
  const m = unless ?? IF_PAID.exec(lower);
  if (m === null || inSentence(input, m.index, 'never-does') || inSentence(input, m.index, 'done') || inSentence(input, m.index, 'sender-pays')) return undefined;
  if (unless === null) {
    const [s, e] = sentenceAt(input.norm.text, m.index);
    if (!RELIEF.test(lower.slice(m.index + m[0].length, e + 1)) || s > m.index) return undefined;
  }
  return { kind: 'ask', category: 'money', cue: m[0], index: m.index, quoted: false };
}
// (A desk offered for the reader's questions, "ご不明点は管理会社(03-…)まで", is types.ts QUESTIONS_OFFERED: the reader may ask before
// paying.)
// The body's own ways to be paid, named in the message: the paper or the debit in hand, its counter, its app or page, its desk.
export const OWN_WAYS_TO_PAY: readonly string[] = ['known-payee', 'own-way', 'desk'];

/**
 * The message names one of the body's own ways to pay (OWN_WAYS_TO_PAY), not as the failure it tells: the debit inside
 * "引き落としができませんでした" (an unpaid-charge lure) is the way that failed, not the one offered.
 */
function namesOwnWayToPay(input: AskInput): boolean {
  const failed = input.lures.filter((l) => !l.quoted && l.kind === 'lure');
  return input.lures.some((w) => !w.quoted && OWN_WAYS_TO_PAY.includes(w.category)
    && !failed.some((l) => w.index >= l.index && w.index < l.index + l.cue.length));
}
