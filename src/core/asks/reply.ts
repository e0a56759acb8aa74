// Reply to the sender: with personal data (name, birth date, address), or with a Y / YES / 1
// that confirms a number is alive and the reader is listening.
import type { Ask, AskChannel, LureMatch } from '../check.js';
import { mayHoldPapers, papersByReply } from './papers.js';
import { cuesOf, hasCue, inSentence, inSentenceOrNext, luresOfCategory, requestedNearby, sentenceAt, toldAsDone, toldDoneAt, type AskFinder, type AskInput, type AskNeeds, NO_ASKS } from './types.js';
import { gated } from '../match/literals.js';

function replyChannel(input: AskInput): AskChannel {
  return input.sender ? { type: 'reply', value: input.sender.normalized } : { type: 'unstated', value: '' };
}

// What createReplyDataAsk's asks are of: personal data (asked, or demanded under a threat), the reader's number (forThirdParty),
// or a recruiter's hold on the worker (job-id-hold: ID, face photo, family by message).
const REPLY_DATA_OBJECTS = ['personal-data', 'own-number', 'job-id-hold'];

/** What createReplyDataAsk cannot find an ask without (types.ts AskNeeds): a cue of one of REPLY_DATA_OBJECTS. */
export const replyDataNeeds: AskNeeds = (input) => hasCue(input, REPLY_DATA_OBJECTS) || mayHoldPapers(input.norm.lower) || WHERE_TO_PAY.test(input.norm.lower);

export function createReplyDataAsk(): AskFinder {
  return (input) => {
    // A recruiter's ask for the worker's ID, face photo or family by message (lures/offers.ts jobIdHold: "まず顔写真を。",
    // "学生証の写真と親の連絡先を送ってください") is the data ask, however the papers are named. Papers to be registered in the
    // sender's own app or on its site ("更新後、アプリで在留カードを再登録してください") are typed where the reader already signs
    // in, not sent back to the line the message came from.
    const found = requestedNearby(input, 'personal-data').find((o) => !inOwnApp(input, o.index) && !payeeForWriter(input, o) && !bankAsPlace(input, o) && !nameToSignUp(input, o) && !broughtInPerson(input, o)) ?? demanded(input, 'personal-data')
      ?? carriedByReply(input) ?? accountAskedByQuestion(input) ?? forThirdParty(input)
      ?? input.lures.find((l) => l.category === 'job-id-hold' && !l.quoted && !inSentence(input, l.index, 'never-ask'));
    if (found) return [{ kind: 'reply-data', cue: found.cue, channel: replyChannel(input), quoted: found.quoted }];
    // An identity paper's picture, the family's contacts, a birth date beside a name, asked back in words the cues miss
    // ("学生証の写メ送って", "ご両親の連絡先と勤務先を教えて", "カード番号下4桁と生年月日を返信"): papers.ts papersByReply.
    const papers = papersByReply(input);
    return papers ? [{ kind: 'reply-data', cue: papers, channel: replyChannel(input), quoted: false }] : NO_ASKS;
  };
}

/**
 * The reader's account number asked so the writer can pay into it, the payment told in the writer's own plain words
 * ("ランチ代あとで振り込むね。口座番号もう一回送って", "売上は父さんの口座に送るから口座番号教えて"): a payee's detail, what anyone who owes
 * the reader asks, not data to take. Not beside any lure (a refund, a prize, a job's pay: "還付金を振り込むので口座番号を") nor in an
 * office's register (お客様, いたします), which is the refund scam's voice; a PIN or a card number stays a secret ask (secret.ts).
 */
function payeeForWriter(input: AskInput, o: LureMatch): boolean {
  if (!ACCOUNT_NUMBER.test(o.cue) || !PAYS_READER.test(input.norm.lower)) return false;
  return !input.lures.some((l) => !l.quoted && (l.kind === 'lure' || l.kind === 'pressure' || (l.kind === 'register' && l.category === 'business')));
}
const ACCOUNT_NUMBER = /^(?:口座番号|口座)$/;

/**
 * A name alone given back to sign up for something ("参加できる方はこの番号にお名前を返信してください", "出欠とお子さんの名前を返信
 * で"): what a PTA's, a club's or a neighbourhood's sign-up asks, a name with no birth date, address, number or card beside it,
 * which gives no one a way into anything. Not beside a lure or pressure (a prize's "お名前を返信" stays the lure's data ask).
 */
function nameToSignUp(input: AskInput, o: LureMatch): boolean {
  if (!NAME_ONLY.test(o.cue) || !SIGN_UP.test(input.norm.lower)) return false;
  const [s, e] = sentenceAt(input.norm.text, o.index);
  if (cuesOf(input, 'personal-data').some((l) => l !== o && l.index >= s && l.index <= e)) return false;
  // The name alone as the object: not one of a list ("氏名と学校名を", "生年月日・お名前を").
  const lower = input.norm.lower;
  if (!/^\s*(?:だけ|のみ)?\s*(?:を|で|お願い)/.test(lower.slice(o.index + o.cue.length, o.index + o.cue.length + 6)) || /[と・、,/]\s*$/.test(lower.slice(Math.max(s, o.index - 2), o.index))) return false;
  return !input.lures.some((l) => !l.quoted && (l.kind === 'lure' || l.kind === 'pressure'));
}
const NAME_ONLY = /^(?:お?名前|氏名|ご氏名)$/;
// Signing up: taking part, a wish to, attendance, an entry, volunteering.
const SIGN_UP = /参加|希望|出欠|出席|申し?込|エントリー|ボランティア|来られる|行ける|sign up|join us|rsvp/;
// The writer paying the reader, in a person's plain intent: 振り込むね, 振り込むから, 送るから, 返すね, 入れとくね.
const PAYS_READER = /(?:振り?込む|送る|返す|入れる|入れとく|払う)(?:ね|から|よ|ので|つもり)/;

// The reader's own bank named as where to go, not as data to give: "取引銀行の窓口にご相談ください", "お取引銀行へご確認ください",
// "取引銀行に連絡して". 全銀協 and the police send the reader to their own bank's counter or its known number
// (https://www.zenginkyo.or.jp/topic/detail/nid/3164/); the data ask names the bank as what to send back ("取引銀行と口座番号を
// ご返信ください", "取引銀行を教えて").
const BANK_AS_PLACE = /^(?:の(?:窓口|支店|店頭|本支店|相談窓口|お客さま窓口|お客様窓口)|(?:に|へ|まで)(?:(?:直接|必ず|すぐ|すぐに|まず)\s*)?(?:ご|お)?(?:相談|連絡|確認|問い?合わ?せ|電話|届け出|申し出|来店|行))/;

function bankAsPlace(input: AskInput, o: LureMatch): boolean {
  return o.cue === '取引銀行' && BANK_AS_PLACE.test(input.norm.lower.slice(o.index + o.cue.length, o.index + o.cue.length + 16));
}

// The data carried to the office's own counter in person: "暗証番号を持って窓口へ", "本人確認書類をお持ちのうえご来庁ください",
// "ご持参ください", "窓口までお越しください". A counter checks it face to face; nothing goes back through this line (the
// municipalities' マイナンバーカード notices: 暗証番号は窓口で本人が入力する). Not beside a visit to the reader's home (伺います,
// 取りに行く, 受け取りに: the キャッシュカード詐欺盗's "職員が伺いますので暗証番号をご用意ください") nor anything sent back.
const AT_COUNTER = /窓口|ご?来庁|ご?来所|ご?来店|ご?来院|ご?持参|お持ち(?:ください|下さい|の(?:うえ|上))|持って(?:窓口|来庁|来所|来て|行って|きて|お越し)|お越しください/;
const TO_READERS_DOOR = /伺い|伺う|訪問|取りに(?:行|伺|参)|受け取りに|回収に|お迎え|ご自宅/;

function broughtInPerson(input: AskInput, o: LureMatch): boolean {
  const text = input.norm.text;
  const [s, e] = sentenceAt(text, o.index);
  const end = e + 1 < text.length ? sentenceAt(text, e + 1)[1] : e;
  const around = input.norm.lower.slice(s, end + 1);
  return AT_COUNTER.test(around) && !SENT_BACK.test(around) && !TO_READERS_DOOR.test(input.norm.lower);
}

// Own ways that are an app or a member page (data/lures.json own-way), never a line to write back to.
// Named as where ("アプリで", "アプリから", "マイページ"), in a sentence that asks nothing sent back ("アプリの停止を防ぐため、…を返信して"
// is still a reply).
const APP_OR_SITE = /アプリ(?:で|から)|マイページ|会員ページ|in the app|member page/;
const SENT_BACK = /返信|送って|送信|送付して|reply|send/;

function inOwnApp(input: AskInput, index: number): boolean {
  const [s, e] = sentenceAt(input.norm.text, index);
  if (SENT_BACK.test(input.norm.lower.slice(s, e))) return false;
  return luresOfCategory(input.lures, 'own-way').some((l) => !l.quoted && l.index >= s && l.index < e && APP_OR_SITE.test(l.cue));
}

/**
 * Personal data in the sentence of a reply asked, the reply its only request form: "返金希望の方は口座番号を返信", "生年月日をこのSMSに
 * 返信ください", "登録はこのSMSへの返信(銀行名・支店・口座番号)で完了します". The reply carries the object (createReplyYesNoAsk leaves
 * such a reply to this finder, CARRIED), as plainly as "教えてください" would; no bank, insurer, shop or office takes an account
 * number, a birth date or an address back by SMS (警察庁 https://www.npa.go.jp/bureau/cyber/countermeasures/smishing.html,
 * 全銀協 https://www.zenginkyo.or.jp/hanzai/ : 銀行が口座番号や暗証番号をメールやSMSで尋ねることはない). Weighed by who asks, as
 * every data ask is (ask-channel.ts): a friend's "住所を返信してね" for a card stays between people. Not told as done ("口座番号を
 * 返信しました"), not the writer's account told by reply ("返信でお知らせする口座へ", no personal-data cue), not in the sender's app.
 */
function carriedByReply(input: AskInput): LureMatch | undefined {
  const text = input.norm.text;
  return cuesOf(input, 'personal-data').find((o) => {
    if (o.quoted || inSentence(input, o.index, 'never-ask') || toldDoneAt(input.lures, text, o.index)) return false;
    if (inOwnApp(input, o.index) || payeeForWriter(input, o) || nameToSignUp(input, o)) return false;
    const [s, e] = sentenceAt(text, o.index);
    // Not inside quotation marks ("ショートメールの『当選しました、住所を返信』は個人情報の収集です"): a warning quoting the lure.
    if (inBrackets(text, s, o.index)) return false;
    return luresOfCategory(input.lures, 'reply-yes-no').some((c) => !c.quoted && c.index >= s && c.index < e && !toldAsDone(input, c)) || REPLY_AS_MEANS.test(input.norm.lower.slice(s, e + 1));
  });
}

/** `index` stands inside 「…」 or 『…』 opened in its sentence, from `start`: quoted words, not the message's own. */
function inBrackets(text: string, start: number, index: number): boolean {
  let depth = 0;
  for (let i = start; i < index; i++) {
    const ch = text[i];
    if (ch === '「' || ch === '『') depth++;
    else if ((ch === '」' || ch === '』') && depth > 0) depth--;
  }
  return depth > 0;
}
// The reply named as the means the reader completes something by: "返信(銀行名・口座番号)で完了", "ご返信にて受け付けます", "by replying with".
const REPLY_AS_MEANS = /返信(?:\([^)]{1,40}\)|（[^）]{1,40}）)?(?:で|にて|により)(?:完了|受付|受け付け|登録|手続|お手続|確認)|by replying (?:with|to this)/;

/**
 * The reader made to name their account by a question about where the writer should pay ("どちらの銀行に振り込みましょうか",
 * "振込先はどちらの口座がよろしいでしょうか", "which bank should we send the refund to?", "chuyển vào ngân hàng nào", "em qual banco
 * depositamos", "saang bangko namin ipapadala", "打到哪个银行账户"): the answer is the account, asked as plainly as "口座番号を教えて".
 * The refund scam's opening (警察庁 還付金詐欺 https://www.npa.go.jp/bureau/safetylife/sos47/case/refund/ ; 国民生活センター): an office
 * that owes a refund pays the account already on its file or on the claim form, and asks nothing by SMS. Counted beside a lure, a
 * pressure or an office's register only (payeeForWriter's test): a friend's "立て替えてくれた分、どの口座に振り込めばいい?" is a payee's
 * detail between people.
 */
function accountAskedByQuestion(input: AskInput): LureMatch | undefined {
  const m = WHERE_TO_PAY.exec(input.norm.lower);
  if (m === null || inSentence(input, m.index, 'never-ask') || !inOfficeOrLure(input)) return undefined;
  return { cue: m[0], index: m.index, quoted: false, kind: 'object', category: 'personal-data' } as LureMatch;
}
const WHERE_TO_PAY = gated(new RegExp([
  // Japanese: which bank/account + (に|へ) + a payment verb in the writer's offer or question form; or 振込先 asked as which.
  '(?:どちら|どこ|どの|いずれ)の?(?:銀行|口座|金融機関)(?:に|へ|宛て?に?)(?:お?振り?込み?|ご?送金|ご?入金|お送り|お戻し|お返し)(?:を)?(?:し|いたし|させていただき)?(?:ましょうか|ましょう\\?|ればよろしいでしょうか|ればよいでしょうか|ればいいですか)',
  '(?:お?振込先|お?振り込み先|ご?送金先|受取口座|お受け取り口座)(?:は|を|の口座は)(?:どちら|どこ|どの)',
  // English, Vietnamese, Portuguese, Tagalog, Chinese.
  'which (?:bank|account) (?:should|shall|can|do) (?:we|i) (?:send|transfer|deposit|pay|refund)',
  '(?:chuyen|chuyển|gui|gửi)(?: tien| tiền)? (?:vao|vào|den|đến) (?:ngan hang|ngân hàng|tai khoan|tài khoản) nao',
  '(?:em|para) qual (?:banco|conta) (?:podemos|devemos|vamos|posso|devo)? ?(?:depositar|transferir|enviar|depositamos|transferimos)',
  'saang (?:bangko|account) (?:namin|ko|natin) (?:ipapadala|ide-deposit|ipadadala|ita-transfer)',
  '(?:打|转|汇|退)(?:款)?(?:到|进|入)哪(?:个|家)(?:银行|账户|帐户)',
].join('|')));

/** Beside a lure, a pressure or an office's register (お客様, いたします): not a person's plain payment. */
function inOfficeOrLure(input: AskInput): boolean {
  return input.lures.some((l) => !l.quoted && (l.kind === 'lure' || l.kind === 'pressure' || (l.kind === 'register' && l.category === 'business')));
}

/**
 * An object whose sentence, or the next, threatens a charge or harm unless it is sent ("住所と免許証の写真が
 * まだ届いていません。今日中に送らないとキャンセル料が発生します"): the threat asks for it as plainly as
 * "送ってください", and no business fines a customer for not handing over their papers.
 */
function demanded(input: AskInput, object: string): LureMatch | undefined {
  const threat = (at: number): boolean => inSentence(input, at, 'unless-sent') && inSentence(input, at, 'penalty');
  return cuesOf(input, object).find((o) => !inSentence(input, o.index, 'never-ask') && inSentenceOrNext(input, o.index, threat));
}

/**
 * The reader's phone number asked to be handed over for a third party's campaign, entry or sign-up
 * ("電話番号教えてもらえないかな?スタンプのキャンペーンに友達の番号が要るらしくて"): the number goes to whoever
 * runs the "campaign" (the first step of a LINE takeover), not to the writer, who would have no use for
 * it. A friend asking for the number to keep in touch, or for an address to send an invitation, gives
 * no such purpose. (Addresses and birth dates are personal-data objects, asked whatever the purpose.)
 */
function forThirdParty(input: AskInput): LureMatch | undefined {
  const near = (at: number, category: string): boolean => inSentenceOrNext(input, at, (x) => inSentence(input, x, category));
  return cuesOf(input, 'own-number').find((o) => !inSentence(input, o.index, 'never-ask') && near(o.index, 'hand-over') && near(o.index, 'third-party-use'));
}

/** A charge or renewal that goes ahead unless the reader acts, said as the message's own (not in a "we never" sentence). */
function chargeUnlessAnswered(input: AskInput): boolean {
  return input.lures.some((l) => l.category === 'renewal-charge' && !l.quoted && !inSentence(input, l.index, 'never-ask'));
}

// Objects a reply can carry: with one of them in the sentence, the reply is that object's ask.
const CARRIED = ['personal-data', 'secret', 'code', 'gift-card'];

const YES_NO_CUES = ['reply-yes-no'];

/** What createReplyYesNoAsk cannot find an ask without (types.ts AskNeeds): a `reply-yes-no` cue or a keyword to a short code. */
export const replyYesNoNeeds: AskNeeds = (input) => hasCue(input, YES_NO_CUES) || SHORT_CODE_KEYWORD.test(input.norm.text);

export function createReplyYesNoAsk(): AskFinder {
  return (input) => {
    // "返信しないでください" / "do not reply" asks nothing; "お名前を返信して" is the data ask, found by its own finder.
    // An opt-out reply ("配信停止はSTOPと返信") asks nothing either, unless a charge goes ahead without it
    // ("「Y」と返信すると配信停止となります。返信がない場合、月額3,300円の利用料金が発生します"): then the reply is
    // demanded under a threat, and real services stop a charge on their own site or app, not by a reply.
    const charged = chargeUnlessAnswered(input);
    const cue = cuesOf(input, 'reply-yes-no').find((c) => (charged || !inSentence(input, c.index, 'never-ask')) && !CARRIED.some((o) => inSentence(input, c.index, o)));
    if (cue) return [{ kind: 'reply-yes-no', cue: cue.cue, channel: replyChannel(input), quoted: cue.quoted } satisfies Ask];
    const keyword = shortCodeKeyword(input.norm.text);
    if (keyword && !inSentence(input, keyword.index, 'never-ask')) return [{ kind: 'reply-yes-no', cue: keyword.cue, channel: { type: 'phone', value: keyword.code }, quoted: false }];
    return NO_ASKS;
  };
}

// "text CUTE to 69911", "Txt WIN to 87121", "send GO to: 69988": a keyword in capitals texted to a short
// code (4 to 6 digits, no subscriber's number). That is how a premium-rate SMS service signs the reader
// up and bills each message to their phone (UK PSA, Ofcom: "text a keyword to a shortcode"); people
// texting each other give a number to ring or text, never a code and a keyword. In the two English
// corpora: 321 spam rows, no ham. An opt-out keyword (STOP, END, HELP…) asks nothing.
const SHORT_CODE_KEYWORD = gated(/\b(?:[Tt]e?xt|TE?XT|[Ss]end|SEND|[Ss]ms|SMS|[Rr]eply(?:ing)?|REPLY)\s+(?:the word\s+|with\s+)?["'“]?([A-Z][A-Z0-9]{1,11})["'”]?(?:\s+[A-Za-z]+){0,3}?\s+(?:to|2)\s*:?\s*(\d{4,6})\b/);
const OPT_OUT = new Set(['STOP', 'STOPALL', 'END', 'HELP', 'UNSUB', 'UNSUBSCRIBE', 'CANCEL', 'OUT', 'OPTOUT', 'QUIT', 'INFO']);

/** A keyword texted to a short code, as the message asks it (not an opt-out). */
export function shortCodeKeyword(text: string): { cue: string; code: string; index: number } | undefined {
  const m = SHORT_CODE_KEYWORD.exec(text);
  if (m === null || OPT_OUT.has(m[1] as string)) return undefined;
  return { cue: m[0], code: m[2] as string, index: m.index };
}

export { replyChannel };
