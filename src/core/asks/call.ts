// Call a number: the numbers written in the text, or, when none is written ("call this
// number"), the sender's own.
import { gated } from '../match/literals.js';
import { foldDiacritics } from '../lures/fold.js';
import type { Ask, LureMatch } from '../check.js';
import { cuesOf, inSentence, namesOtherParty, namesOwnPlace, QUESTIONS_OFFERED, sentenceAt, serviceNumbers, speaksAsOffice, type AskFinder, type AskInput, luresOfCategory, NO_ASKS } from './types.js';

export function createCallAsk(): AskFinder {
  return (input) => {
    // A call cue inside a warning's "don't call back" ("Do not call back.", "Huwag tumawag sa 050…", "อย่าโทรกลับ") is the
    // warning's, not an ask: the first cue not held in a prohibition is the one read. (Only the prohibition's own words:
    // "don't tell anyone and call back now" still asks.)
    const cue = cuesOf(input, 'call').find((c) => !forbidden(input, c));
    // A call the message announces for the reader to take ("担当からの電話に出てください", "銀行協会の担当からの電話をお待ちください",
    // "担当者から確認のお電話をいたします"), with no number written for the reader to ring: the talk the message sets up is with
    // whoever holds the line it came from, or whoever that holder sends; the caller is vouched for by this message alone. A call
    // back to the same line, owned as one when the line is the claim's own (a bank's registered sender, a clinic's landline, a
    // person's own phone) and not when an office's voice speaks from a line no office texts from (checks/ask-channel.ts).
    if (!cue && input.indicators.phones.length === 0) {
      const announced = cuesOf(input, 'await-call').find((c) => !c.quoted && !forbidden(input, c) && !inSentence(input, c.index, 'never-ask'));
      if (announced && input.sender && announcedFor(input, announced)) return [{ kind: 'call', cue: announced.cue, channel: { type: 'reply', value: input.sender.normalized }, quoted: input.reported }];
    }
    if (!cue) {
      // A number written in a message that speaks as an office is there to be called, said or not;
      // so is a premium-rate line, which earns only when called.
      // And so is one written under a desk's label ("サポート窓口 (0101) 2274-8816", "連絡先 050-…"):
      // the label tells the reader what the number is for.
      // And so is one the sentence ends on as where to turn ("不要の方は050-…へ。", "お問い合わせは…まで"): the verb
      // (ご連絡ください) is left out, not the ask; or one whose recorded guidance the reader is to follow.
      // And so is one a claimed brand presses the reader with ("【X】本日中のお手続きが必要です。050-…"), on a line
      // anyone can hold (050, a handset, abroad, a number no plan knows): with no other way given, the number is
      // the way to act, and the call-back goes unsaid.
      // Not a number written under an account's label ("口座番号 0123456789", "Số tài khoản Vietcombank 0123456789", "账号:…",
      // "account no. …"): that is where money goes, said to be paid into, never a line to ring; the payee finders weigh it.
      const phones = input.indicators.phones.filter((p) => !accountLabelled(input, p.raw));
      // A sentence that opens on the call verb itself and writes the number ("Call 0362278814 today.", "Call Microsoft
      // support Japan 03-… now.", "Please ring 050-… to confirm."), or the verb right before the number ("you can call
      // 03-…", "contact us on …"): the ask the cue table cannot list, since "call" alone is a noun as often as a verb ("a call
      // from the school"). Said, not implied: the sentence is the request (calledByVerb).
      const told = phones.filter((p) => calledByVerb(input, p.raw));
      // English says what the call is for after the number ("Call 03-… to reschedule", "… if you have questions"): the whole
      // sentence is read for the offer.
      if (told.length > 0) return told.map((p): Ask => ({ kind: 'call', cue: 'call', channel: { type: 'phone', value: p.normalized }, quoted: input.reported, ...(DESK_KINDS.has(p.kind) ? offeredAt(input, sentenceAt(input.norm.text, input.norm.text.indexOf(p.raw))[1]) : {}) }));
      if (phones.length === 0 || !(speaksAsOffice(input) || pressedOnOpenLine(input) || phones.some((p) => p.kind === 'premium' || labelled(input, p.raw, OPEN_NUMBERS.has(p.kind)) || destination(input, p.raw)))) return NO_ASKS;
      return phones.map((p): Ask => ({ kind: 'call', cue: '', channel: { type: 'phone', value: p.normalized }, quoted: input.reported, implied: true, ...(DESK_KINDS.has(p.kind) ? offeredAt(input, input.norm.text.indexOf(p.raw)) : {}) }));
    }
    const asks: Ask[] = [];
    for (const p of input.indicators.phones) asks.push({ kind: 'call', cue: cue.cue, channel: { type: 'phone', value: p.normalized }, quoted: cue.quoted, ...(DESK_KINDS.has(p.kind) ? offeredAt(input, input.norm.text.indexOf(p.raw)) : {}) });
    for (const n of serviceNumbers(input)) asks.push({ kind: 'call', cue: cue.cue, channel: { type: 'phone', value: n }, quoted: cue.quoted });
    // "If this wasn't you, call us" with no number written is advice, not a call-back lure.
    if (asks.length === 0 && !inSentence(input, cue.index, 'if-not-you')) {
      // "Call this number": the sender's own. "カスタマーセンターへご連絡ください" with no number
      // names the company's desk, which the reader reaches by the number they already know.
      // So does its app or site named in the sentence ("アプリからご連絡ください", "マイページのお問い合わせから"):
      // nothing there rings a number the message controls.
      // So does another party named by its kind in a notice that tells no problem ("すぐ警察に連絡を", "ご家族や銀行にご相談
      // ください"): advice on whom to turn to. Beside an alarm ("口座が不正利用されています。至急銀行に連絡して") the bank
      // named may be the sender itself, and the line the reader has for it is the one the message came from.
      const desk = inSentence(input, cue.index, 'desk') || namesOwnPlace(input, cue.index, cue.cue.length) || viaOwnApp(input, cue.index)
        || (!alarmed(input) && namesOtherParty(input, cue.index)) || publicDial(input, cue.index) || numberToldNext(input, cue.index)
        || atCounter(input, cue.index) || repliesRefused(input);
      const channel = input.sender && !desk ? { type: 'reply' as const, value: input.sender.normalized } : { type: 'unstated' as const, value: '' as const };
      asks.push({ kind: 'call', cue: cue.cue, channel, quoted: cue.quoted, ...(desk ? { ownWay: true } : {}), ...offeredAt(input, cue.index + cue.cue.length) });
    }
    return asks;
  };
}

// What a call is for, said before the number or in the call's own words: the reader's questions about what the message tells
// ("ご不明点は", "ご相談は", "お問い合わせは"), a change to what it sets ("日程の変更は", "ご都合が悪い場合は", "to reschedule"),
// an emergency ("緊急時は"), or the phone named as one way among others ("窓口またはお電話で", "お電話でも受け付けます"). The
// reader rings only if their own case arises; what the message tells (a booked visit, a registration done, a bill posted)
// stands without the call. The callback lure makes the call the way out of the problem it asserts ("至急ご連絡ください",
// "ご連絡なき場合は…", "解除はお電話で承ります", "不正注文の疑い。キャンセルは…へ": a cancel or an unlock is that way out, so
// neither is an offer here, nor is the phone as the only way), so the offer is weighed as such only where nothing is asserted
// or pressed (checks/claim-channel.ts). 国民生活センター advises ringing the number the reader already knows: an offered desk leaves that
// choice to the reader, the lure's does not.
const OFFERED_CALL = new RegExp([
  `${QUESTIONS_OFFERED.source}|ご相談は|questions`,
  // The same in the residents' languages: "如有疑问请联系总务", "문의사항은", "nếu có thắc mắc", "em caso de dúvidas", "kung may tanong".
  '如有(?:疑问|疑問|问题|問題|不明)|有(?:疑问|问题)的话|문의(?:사항)?(?:은|는|이 있으시면)|궁금한 (?:점|사항)|n[ếe]u c[óo] (?:th[ắa]c m[ắa]c|c[âa]u h[ỏo]i)|(?:em caso de|se tiver) d[úu]vidas|kung may (?:tanong|katanungan)|jika ada pertanyaan',
  '変更(?:・[^、。\\s]{1,6})?(?:は|の(?:場合|際|ご希望)|をご希望|希望の)|ご都合(?:が|の)(?:悪|つかな|合わな)|reschedul|to change',
  '緊急(?:時|の際)|in (?:an|case of) emergency',
  '(?:または|もしくは|\\bor)\\s*(?:お?電話|phone|call)|お?電話でも',
  // A consultation offered for the reader's own trouble or doubt ("不審な電話でお困りの方もご相談ください", "ご入金が難しい場合は…
  // ご相談ください", "一人で判断せずご相談ください"): the reader rings if their own case arises, as 警察庁 and 消費者庁 close their
  // alerts (https://www.caa.go.jp/policies/policy/local_cooperation/local_consumer_administration/hotline/); the callback lure makes
  // the call the way out of the problem it asserts, which claim-channel weighs apart.
  '(?:お困り|困った|難しい|不安な|ご不安|ご心配|心配な|迷った|迷われ|判断せず|不審な)[^。!?！？\\n]{0,24}?(?:ご)?相談',
].join('|'));

// The lines a desk publishes and takes its customers' calls on: fixed, 0120/0800 and 0570. A number anyone can rent or hold (an
// 050 line, a handset, one abroad) offered "for questions" is still the pick of whoever wrote it (ご不明点は担当 050-…まで).
export const DESK_KINDS: ReadonlySet<string> = new Set(['fixed', 'toll-free', 'navi-dial']);

/** `{ offered: true }` when the sentence up to `end` (the number, or the end of the call's cue) offers the call (OFFERED_CALL). */
function offeredAt(input: AskInput, end: number): { offered?: true } {
  if (end < 0) return {};
  const [s] = sentenceAt(input.norm.text, Math.max(0, end - 1));
  return OFFERED_CALL.test(input.norm.lower.slice(s, end)) ? { offered: true } : {};
}

// The message says its own line takes no answer ("このSMSへの返信はできません", "本メールは送信専用です", "this number cannot receive
// replies"): a call it asks with no number written cannot be meant for that line, so it goes to the desk the reader already
// knows (the paper in hand, the card's back, the official site), as "カスタマーセンターへご連絡ください" does. A lure needs a way
// back to itself; one that refuses its own line and writes no other leaves the reader nothing but the real desk.
const REPLIES_REFUSED = gated(/(?:この|本)(?:sms|メッセージ|メール|番号|電話番号)(?:へ|に|への|には)?(?:の|は)?(?:ご)?返信(?:は|を)?(?:できません|出来ません|いただけません|受け付けて(?:おりません|いません))|(?:この|本)(?:sms|メッセージ|メール|番号)は送信専用|do not reply to this (?:message|text|sms)|this (?:number|message) (?:cannot|can't|does not|doesn't) (?:receive|accept) repl/);

function repliesRefused(input: AskInput): boolean {
  return REPLIES_REFUSED.test(input.norm.lower);
}

// The office's own counter named as where the matter is taken up in person ("ご相談は平日…窓口で承ります", "店頭にてご相談ください",
// "请到窗口办理"): the reader walks into the office; no line is rung, the sender's or any other.
const AT_COUNTER = /窓口(?:で|にて)(?:承|受け付け|受付|お受け|ご相談|お伺い|対応)|(?:窓口|店頭|役場|市役所|区役所)(?:へ|に|まで)(?:お越し|ご来|お出で|おいで)|ご来庁|ご来所|ご来店の上|店頭(?:で|にて)(?:承|受け付け|受付|ご相談)|到窗口|前往窗口|at the counter|in person/;

function atCounter(input: AskInput, index: number): boolean {
  const [s, e] = sentenceAt(input.norm.text, index);
  return AT_COUNTER.test(input.norm.lower.slice(s, e + 1));
}

// The sentence after the ask tells which number it means ("平日9時〜17時にお電話ください。番号は納税通知書に記載の事務所代表番号です"):
// one the reader already holds (a desk or own-way cue: the paper, the card's back, the notice), not written here.
const NUMBER_TOLD = /^\s*(?:お?電話番号|番号|連絡先|おかけいただく番号)(?:は|:|：)/;

function numberToldNext(input: AskInput, index: number): boolean {
  const [, e] = sentenceAt(input.norm.text, index);
  const next = e + 1;
  if (next >= input.norm.text.length || !NUMBER_TOLD.test(input.norm.text.slice(next, next + 16))) return false;
  return inSentence(input, next + 1, 'desk') || inSentence(input, next + 1, 'own-way');
}

// A public body's short dial, the same from every phone in Japan and routed by the carriers to that body alone: 警察相談専用電話
// #9110 (警察庁), 消費者ホットライン 188 (消費者庁), 救急安心センター #7119, 児童相談所 189, 110番 and 119番. A call asked in the
// sentence that names one goes there, not back to the sender: no stranger can hold it.
// Sources: https://www.gov-online.go.jp/useful/article/201309/3.html (#9110), https://www.caa.go.jp/policies/policy/local_cooperation/local_consumer_administration/hotline/ (188),
// https://www.fdma.go.jp/mission/enrichment/appropriate/appropriate003.html (#7119).
// So is any other four-digit #ダイヤル (JAF's #8139, a taxi company's or a utility's): the carriers lease them to vetted companies
// only and route each to its holder from every handset, so a call there reaches the company itself, whoever wrote the message.
// https://www.nttdocomo.co.jp/biz/service/sharp_dial/ (#ダイヤル: 審査のうえ法人に提供).
const PUBLIC_DIAL = /[#＃]\s?\d{4}(?!\d)|(?<![\d-])(?:110|119|188|189)番|消費者ホットライン|警察相談専用電話/;

function publicDial(input: AskInput, index: number): boolean {
  const [s, e] = sentenceAt(input.norm.text, index);
  return PUBLIC_DIAL.test(input.norm.text.slice(s, e + 1));
}

function forbidden(input: AskInput, c: LureMatch): boolean {
  return input.lures.some((l) => (l.category === 'prohibits' || l.category === 'never-ask') && l.index <= c.index && l.index + l.cue.length > c.index);
}

// Numbers anyone can hold: an 050 line rented online, a handset, a number abroad, one no plan knows.
const OPEN_NUMBERS: ReadonlySet<string> = new Set(['ip-phone', 'mobile', 'international', 'unknown']);
// Of those, the ones no person carries as their own phone in Japan: an 050 line, a number abroad, one no plan knows.
const RENTED_LINES: ReadonlySet<string> = new Set(['ip-phone', 'international', 'unknown']);

function pressedOnOpenLine(input: AskInput): boolean {
  return input.brands.length > 0 && input.indicators.urls.length === 0 && input.lures.some((l) => l.kind === 'pressure' && !l.quoted)
    && input.indicators.phones.some((p) => OPEN_NUMBERS.has(p.kind));
}

// Own ways that are an app or a site, never a line to ring back.
const APP_OR_SITE = /アプリ|ページ|サイト|app|page|site/;

// A route inside the sender's own service, named with no number and no link: its chat ("my 楽天モバイルのチャットから"), a menu
// item quoted as it reads on the sender's own screen ("セラーセントラルの「テクニカルサポートに問い合わせる」から"), its inquiry form,
// or the sender's own counter ("当行窓口または警察にご相談ください"). The reader reaches each only the way they already do (signed in
// to the service, or walking in), never by ringing back the line the text came from; the number or link a lure needs is not
// there, and when one is written it is read as its own ask before this. 警察庁 and 全銀協 advise exactly this: contact the
// service through its official app, site or counter, never through the message.
// (A messenger's chat is not the sender's own route: "LINEのチャットで" is weighed as the move it is, asks/messenger.ts.)
const OWN_ROUTE = /(?<!(?:line|ライン|カカオ|kakao|whatsapp|telegram|テレグラム|zalo|wechat|messenger)\s?の?\s?)(?:チャット|問い?合わ?せフォーム)(?:から|より|にて|で)|[」』](?:から|より|ボタンから|メニューから)|(?:当行|弊行|当社|弊社|当店|当庫|当組合|当金庫|お取引店の?)窓口(?:または|もしくは|か|や|へ|に|まで|で|にて)/;

function viaOwnApp(input: AskInput, index: number): boolean {
  const [s, e] = sentenceAt(input.norm.text, index);
  if (luresOfCategory(input.lures, 'own-way').some((l) => !l.quoted && l.index >= s && l.index < e && APP_OR_SITE.test(l.cue))) return true;
  return input.indicators.urls.length === 0 && OWN_ROUTE.test(input.norm.lower.slice(s, e + 1));
}

// An English verb of calling that asks for the number: the imperative opening a sentence (after a "please" or a clause ended
// by a comma, as "If it wasn't you, call …" opens its main clause), with the number written before the sentence ends and no
// other number between (IMPERATIVE_CALL); or the verb right before the number anywhere in the sentence ("you can call 03-…",
// "contact us on +1 …": CALL_VERB_BEFORE), which the cue table's whole-word "call 0" leaves unread when the digits follow.
// NCSC and the FTC quote the fake desk's "Call … now" (https://www.ncsc.gov.uk/collection/phishing-scams,
// https://consumer.ftc.gov/articles/how-spot-avoid-and-report-tech-support-scams).
const IMPERATIVE_CALL = /(?:^|[,;:]\s*)(?:(?:please|pls|kindly)\s+)?(?:call|ring|phone|dial)\s+(?:us\s+|back\s+)?(?:(?:at|on)\s+)?[^\d.!?\n]{0,32}$/;
const CALL_VERB_BEFORE = /\b(?:call|ring|phone|dial|contact)(?:\s+us)?(?:\s+(?:on|at))?\s*[:：]?\s*$/;

/** The number is asked for by an English verb of calling: the sentence's imperative, or the verb right before it. */
function calledByVerb(input: AskInput, raw: string): boolean {
  const at = input.norm.text.indexOf(raw);
  if (at <= 0) return false;
  if (CALL_VERB_BEFORE.test(input.norm.lower.slice(Math.max(0, at - 20), at))) return true;
  const [s] = sentenceAt(input.norm.text, at);
  return IMPERATIVE_CALL.test(input.norm.lower.slice(s, at).trimStart());
}

// A desk's label just before a number: what it is there for. Not "番号" alone (an order number).
const DESK_LABEL = /(?:窓口|連絡先|問い?合わ?せ先|サポート|センター|デスク|ダイヤル|電話番号|tel|hotline|helpline|support)[^\d\n]{0,6}$/i;

// "お問い合わせ:050-…", "お問い合わせは…", "फोन: 050-…", "电话:…": a contact label, then the number. Not "お問い合わせ番号"
// (a parcel's or an order's number). Taken as an ask only for a line anyone can hold (OPEN_NUMBERS): a company's fixed,
// 0120 or 0570 desk under its contact label is where it takes calls, which the sender checks weigh.
// The residents' languages write the same label ("전화: 050-…", "Điện thoại: …", "Telefone: …"); Thai writes its call verb
// as the label itself, colon or not ("โทร 050-…", "โทร. 050-…").
const CONTACT_LABEL = /(?:(?:問い?合わ?せ|फोन|电话|電話|전화|điện thoại|dien thoai|telefone|telepon|telepono)\s*(?:は|:)|โทร\.?\s*:?)\s*$/i;

// The clipped call the other way round: the staff or the agent named as where to turn, then the number ("詳細は担当まで 050-…",
// "担当代理店へ:050-…"), the verb (ご連絡ください) left out. Read only for a line anyone can hold (OPEN_NUMBERS): a shop's
// "担当 山田 03-…" is its own desk, which the sender checks weigh; a 050 line or one abroad named as the staff's is whoever rented it.
const STAFF_DESTINATION = /(?:担当(?:者|窓口|代理店|部署)?|代理店|係)\s*(?:まで|へ|迄)\s*[:：]?\s*$/;

// A number followed by only "へ" / "まで" and the sentence's end: the place the reader is sent to. Or one whose recorded
// guidance the reader is told to follow ("050-…の自動音声に従い手続きしてください"): only a call hears it.
// The same clipped call with the number's bracket closed, a desk's name between the number and the particle, or an urgency
// word after it (CLIPPED_DESTINATION: "オペレーター(0120-…)へ", "至急 03-… マイナンバー管理センターまで", "050-…へ至急"): the
// notice's register of ご連絡ください with the verb left out, the register 警察庁 and 国民生活センター quote from the fake desk's
// SMS (https://www.npa.go.jp/bureau/safetylife/sos47/case/ , https://www.kokusen.go.jp/soudan_topics/data/sms.html). Weighed as
// every call is (ask-channel.ts): a clinic's "ご予約の変更は03-…受付まで" is offered for the reader's own change and stays so.
export const CLIPPED_DESTINATION = /^\s*[)）]?\s*(?:[^\d\s、。．.!！?？\n]{1,12}?(?:センター|窓口|事務局|係|担当|デスク|オペレーター|サポート|事務所))?\s*(?:へ|まで|迄)\s*(?:(?:大?至急|今すぐ|すぐに?|直ちに|本日中に?|今日中に?)\s*)?(?:[。．.!！]|\n|$)/;
const DESTINATION = /^\s*(?:(?:へ|まで|迄)\s*(?:[。．.!！]|\n|$)|(?:の|に)?(?:お電話の上|電話し|発信し)?[、\s]*(?:自動音声|音声ガイダンス|音声案内|自動応答|ガイダンス)(?:の案内)?に(?:従|したが))/;

function destination(input: AskInput, raw: string): boolean {
  const at = input.norm.text.indexOf(raw);
  if (at < 0) return false;
  const after = input.norm.text.slice(at + raw.length, at + raw.length + 28);
  return DESTINATION.test(after.slice(0, 16)) || CLIPPED_DESTINATION.test(after);
}

// An account number's label just before a number (a bank's name in Latin letters between at most): 口座番号, số tài khoản, stk,
// 账号, 帐号, 계좌번호, account number, account no., número da conta. Not the account named alone (口座, 账户): "口座確認が必要です 050-…"
// rings the number.
const ACCOUNT_LABEL = /(?:口座番号|so\s+tai\s+khoan|\bstk|账号|帳號|帐号|계좌번호|account\s*(?:number|no\.?|#)|numero\s+da\s+conta)[a-z\s:：.#-]{0,20}$/i;

function accountLabelled(input: AskInput, raw: string): boolean {
  const at = input.norm.text.indexOf(raw);
  return at > 0 && ACCOUNT_LABEL.test(foldDiacritics(input.norm.text.slice(Math.max(0, at - 32), at)));
}

function labelled(input: AskInput, raw: string, openLine: boolean): boolean {
  const at = input.norm.text.indexOf(raw);
  if (at <= 0) return false;
  const before = input.norm.text.slice(Math.max(0, at - 16), at);
  return DESK_LABEL.test(before) || (openLine && (CONTACT_LABEL.test(before) || STAFF_DESTINATION.test(before) || (ASKED_BEFORE.test(before) && alarmed(input))));
}

// What an announced call can be about that a caller the message vouches for would use: something wrong told of the reader's
// account, card, money or contract (a lure; ask-channel.ts MATTER_CONTEXT's matters; the reader accused), or something of the
// reader's to be given (a code, a secret, personal data), not in a sentence that says it is never asked.
const ANNOUNCED_MATTERS: ReadonlySet<string> = new Set(['account-matter', 'penalty', 'fee', 'payee-changed', 'settlement', 'accused']);
// The reader told to take or wait for the call ("担当からの電話に出てください", "お電話をお待ちください", "请接听", "answer the call
// from"), not the office's own "担当よりお電話いたします".
const READER_TOLD = /出て|待ち|出る|出られ|接听|接聽|nghe may|answer|await/;

/**
 * An announced call is the set-up of the 劇場型 relay and of the fake desk only beside what the call is for: something wrong
 * told (a lure, the reader's account or card caught up, a penalty, a fee, a payee changed) or something of the reader's asked
 * (a code, a secret, personal data), or the reader pressed to take it. An office that says it will ring about a claim assigned,
 * results ready or a form to check ("担当よりお電話いたします", "担当から確認のお電話をする場合があります") asks the reader
 * nothing: its call is its own act, and the reader can still hang up and ring the number they know.
 */
function announcedFor(input: AskInput, announced: LureMatch): boolean {
  if (alarmed(input) && READER_TOLD.test(announced.cue)) return true;
  // A brand the message claims announcing its call from a line rented by anyone and kept by no office (an 050 line, a number
  // abroad, one no plan knows): the talk is set up with whoever holds that line, as a call back to it would be ("【東京電力】…担当
  // よりお電話でご案内します" from 050, "ゴールドポイント移行の件で担当者よりお電話いたします" from 050). The brand's own registered
  // sender owns the call it announces (checks/ask-channel.ts owned); a handset may be the brand's agent's or driver's own phone
  // ("損保ジャパンです。…担当よりお電話いたします" from an agent's mobile), which a problem told or a hurry still brings in above.
  if (input.brands.length > 0 && input.sender !== null && RENTED_LINES.has(input.sender.kind)) return true;
  return input.lures.some((l) => !l.quoted && !inSentence(input, l.index, 'never-ask') && !inSentence(input, l.index, 'never-does')
    && (l.kind === 'lure' || ANNOUNCED_MATTERS.has(l.category) || l.kind === 'object'));
}

/** The message tells a problem or presses in its own words (a lure or an urgency word, unquoted): what a bare "ご連絡を" answers. */
function alarmed(input: AskInput): boolean {
  return input.lures.some((l) => !l.quoted && (l.kind === 'lure' || l.kind === 'pressure'));
}

// The ask with its verb left out and the number after it as where it goes ("本日中にご連絡を 050-…", "至急お電話を:090-…"): the
// notice's register of "ご連絡を。", with the number in the place of the full stop. Read only for a line anyone can hold (OPEN_NUMBERS),
// in a message that tells a problem or presses (alarmed): "打ち合わせの件、ご連絡を 090-…" between colleagues is left to the words around it.
// A call back said as such with its verb left out ("至急折返しを 050-…", "折り返しのお電話を 050-…") is the same ask.
const ASKED_BEFORE = /(?:ご連絡|ご一報|お電話|連絡|折り?返し(?:のお?電話|のご連絡)?)を\s*[:：]?\s*$/;

/** The number, as written, comes right after an ask whose verb is left out ("…ご連絡を 050-…"). */
export function askedBefore(text: string, raw: string): boolean {
  const at = text.indexOf(raw);
  return at > 0 && ASKED_BEFORE.test(text.slice(Math.max(0, at - 16), at));
}
