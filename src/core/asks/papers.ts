// What proves who the reader is, asked sent back to the line the message came from: an identity paper's picture or number
// (学生証, 在留カード, 免許証, マイナンバーカード, a passport, an insurance card), the family's contacts and workplace, a birth
// date beside a name, a card's digits or another number, a name with an age and where the reader lives.
//
// Why: organisations collect such data through their own portals and counters, and say so (universities' 学生課 and IT
// centres, banks, carriers: "本人確認書類の提出はマイページからのみ"; 警察庁 and IPA: 身分証の写真や個人情報をSMSやDMで
// 送らせるのは闇バイト・詐欺の手口; 日本クレジット協会: カード番号や生年月日をSMSで聞くことはない). Sent back to a line, it
// reaches whoever holds the line, who then holds the reader's identity (an account opened in their name) or the family's
// whereabouts (闇バイト's hold: "途中で抜けるなら実家に伺う"). Whether the line is the claimed sender's own is weighed by the
// caller (checks/ask-channel.ts, IDENTITY_BY_REPLY); this finds only the ask and who voices it.
import { foldDiacritics } from '../lures/fold.js';
import { gated, type GatedPattern } from '../match/literals.js';
import { reconVoice } from './recon.js';
import { inSentence, REFUSED, sentenceAt, tellsOfScam, whereaboutsAsked, type AskInput } from './types.js';

// An identity paper, named in Japanese or a residents' language (Latin text folded: "hộ chiếu" as "ho chieu").
const ID_PAPER = gated(/学生証|社員証|職員証|在留カード|免許証|マイナンバー|マイナカード|個人番号カード|パスポート|旅券|保険証|身分証|本人確認書類|住民票|通帳(?:の)?(?:写真|コピー|写し|画像)|passport|residence card|driver'?s licen[cs]e|(?:student|my ?number) card|\bid card|护照|護照|在留卡|身份证|驾照|ho chieu|the cu tru|bang lai|passaporte|cartao de residencia|pasaporte|여권|재류카드|신분증/);
// The paper's picture: what a text message can carry of it.
const PICTURE = /写真|写メ|画像|表裏|表と裏|両面|コピー|写し|スキャン|撮って|撮影|photo|picture|scan|\bcopy|照片|\banh\b|foto|litrato|사진/;
// The paper's number rather than the paper ("パスポートの番号", "保険証の記号・番号"): what a friend booking a flight asks too.
const NUMBER_AFTER = /^(?:の)?(?:記号|番号|no|number|so\b)/;
// The family's contacts, workplace or home: what the 闇バイト's recruiter holds over its recruit, and what no employer asks by text.
const FAMILY = gated(/(?:両親|家族|実家|保護者|親御さん|親の|お?母(?:様|さん|親)|お?父(?:様|さん|親)|parents'?|family'?s?)[^。.!?！？]{0,6}(?:連絡先|電話番号|携帯|勤務先|住所|職場|contacts?|phone|address|workplace)|家族構成/);
// A birth date: an account's own identity check, asked beside a name or a number it completes.
const BIRTH = gated(/生年月日|date of birth|\bdob\b|birth ?date|ngay sinh|data de nascimento|出生日期|생년월일/);
const BESIDE_BIRTH = /氏名|名前|フルネーム|番号|下4桁|住所|full name|\bname|number|姓名|ho ten|nome/;
// A name with an age and where the reader lives or gets on the train: a stranger locating the reader.
const AGE = gated(/年齢|\d{1,2}歳|\bage\b|tuoi|idade|나이/);
const WHERE = /最寄|住所|address|dia chi|endereco|주소/;
// What holds the reader's utility account, home or assets (session visits, dev batch-22/47/51): the meter slip and the numbers
// printed on it (供給地点特定番号, and the customer number beside a utility named), the title papers of a house (登記簿, 権利証,
// 登記識別情報), a list of the reader's property or savings (不動産と預金の一覧). The slip's numbers switch the reader's supply
// to whoever holds them (資源エネルギー庁・電力・ガス取引監視等委員会: 検針票の情報を聞き出す無断切替), the title papers and the
// asset list are what a 地面師 or a 買い子 needs, and no utility, buyer or trust adviser takes them by a reply to a line: they
// are read on the utility's own page or the reader's own application form, fetched from the 法務局, or shown in a meeting.
const ACCOUNT_PAPER = gated(/検針票|検針のお知らせ|供給地点特定番号|登記簿|登記事項証明書|権利証|権利書|登記識別情報|(?:不動産|預金|預貯金|資産|財産|株式?|有価証券|保険)(?:[とや・、][^。、\s]{1,6}?)?の(?:一覧|リスト)/);
// A document of the reader's car, contract, purchases or payments (車検証, 契約書類, 仕入れ書類, 振込明細), asked as its picture:
// counted where a listed brand speaks, money is promised for it or a lure presses it (documentPhotoStaked), since a garage or an
// agent the reader deals with may ask a picture of the same paper from its own phone.
const DOCUMENT = gated(/車検証|契約書類?|証券|(?:仕入れ?|申請|購入|取引)(?:の)?書類|(?:振込|振り込み|取引|ご利用)明細|明細書|領収書|請求書|見積書/);
// Money promised the reader: a subsidy, a benefit, a cashback, a refund, an insurance payout.
const PAYOUT = /補助金|給付金|助成金|支援金|キャッシュバック|還付|保険金|返金|払い戻し|払戻/;
// The customer number on the bill, with a utility named: the account the supply is switched by.
const UTILITY_NUMBER = gated(/お客様番号|お客さま番号/);
const UTILITY_NAMED = /電力|電気|ガス|水道|検針/;
// Sent back to the writer: a reply, a message, a picture sent, "taught" (教えて), handed in (ご提出) with no place of the
// organisation's own named.
const SENT = /返信|送って|送る(?:だけ|のみ)|送信|送付して|ご送付|お送り(?:ください|下さい|いただ|願)|教えて|ご教示|お知らせ(?:ください|下さい)|ショートメール|この(?:sms|番号|メッセージ)|こちらに|ちょうだい|\breply|\bsend\b|\btext (?:me|us|it|back)|发过来|发给|gui (?:anh|cho|qua|lai)|envi[ae]|manda|ipadala|pakisend|보내/;
// Handed in (ご提出ください) with no place named: to the writer when no listed brand speaks; a carrier's or a bank's
// "本人確認書類の再提出をお願いいたします" is done in its own app, named or not.
const SUBMIT = /提出(?:して|ください|下さい|を|願|いただ)/;
// The organisation's own place, or the paper carried in: the reader hands it where the organisation is, not to a line.
const OWN_PLACE = /アプリ|マイページ|会員ページ|ポータル(?:から|で|上)|窓口|受付で|持参|お持ち(?!の方|でない|の場合|のお客様)|持ってきて|持って来て|ご用意|フォーム|サイト|入力|記入|郵送|郵便で|携帯して|提示|お見せ|bring|carry|show|in the app|upload|by post|by mail/;
// Typed into a page the message links: that page's matter (checks/ask-channel.ts ASK_DATA_STRANGER_PAGE).
const TYPED = /入力|登録|enter|fill/;
// The line named as where to answer, or a reply asked in a desk's polite words.
const DESK_REPLY = /この(?:sms|番号|メッセージ|ショートメール)(?:へ|に|まで)|ご返信|返信(?:で|にて)(?:お送り|ご送付|ご連絡|お知らせ)(?:ください|下さい|いただ|願)|返信(?:して)?(?:ください|下さい|願)|返信いただ|reply to this (?:number|message|text)/;
// The reader's own procedure with an employer or a landlord they have signed with.
const OWN_PROCEDURE = /入社(?:の)?手続き|雇用契約|入居(?:の)?手続き|ご契約(?:の)?手続き|onboarding/;
// The reader's own booking or order, thanked for.
const THANKED = /ご?(?:予約|注文|来店|応募|依頼|申し?込み?)(?:を)?(?:いただき|頂き)?(?:まして)?(?:、)?(?:誠に)?ありがとう/;
// Refused or warned of (types.ts REFUSED: "送らないで", "だめだよ", "決して送るものではありません"), told as already done, or what
// someone else said: "送ってしまった人も", "送ってって言われた".
const REFUSED_OR_TOLD = new RegExp(`${REFUSED.source}|てしまった|(?:って|と)(?:言われ|頼まれ|来た|きた)`);

/**
 * The sentence at `index`, lower-cased, diacritics folded, with the one after it ("保険証の写真が必要です。このSMSに画像を返信して")
 * and the one before it ("以下の書類をこのSMSへの返信でお送りください。 ・学生証(表裏)").
 */
function around(input: AskInput, index: number): { said: string; next: string; before: string } {
  const text = input.norm.text;
  const lower = input.norm.lower;
  const [s, e] = sentenceAt(text, index);
  const said = foldDiacritics(lower.slice(s, e + 1));
  const next = e + 1 < text.length ? foldDiacritics(lower.slice(...spanAt(text, e + 1))) : '';
  const before = s > 1 ? foldDiacritics(lower.slice(...spanAt(text, s - 2))) : '';
  return { said, next, before };
}

function spanAt(text: string, index: number): [number, number] {
  const [s, e] = sentenceAt(text, index);
  return [s, e + 1];
}

// What the sentence says is needed or missing, to be sent in the next.
const NEEDED = /必要|要る|不足|足りな|need|required|missing/;
// A list announced by the sentence before it: "以下の書類を", "下記を", "the following".
const LIST_AHEAD = /以下|下記|次の|following|below/;

/**
 * An organisation's voice (an office, a shop, a recruiter, an institution named), or a lure told beside the ask: the papers
 * are asked as a business's, where a person's "生年月日とフルネーム教えて、ツアー申し込むから" is a friend's booking.
 */
function organisationsVoice(input: AskInput): boolean {
  if (reconVoice(input) === 'office') return true;
  return input.lures.some((l) => !l.quoted && ((l.kind === 'register' && l.category === 'business') || l.category === 'recruit' || ((l.kind === 'lure' || l.kind === 'pressure') && l.category !== 'family')));
}

/**
 * The identity the message asks sent back to its line, or undefined: an identity paper's picture (any voice but a relative's:
 * "学生証の写メ送って!サークル登録に必要なんだって"), its number or the paper itself, the family's contacts or workplace, a birth
 * date beside a name or a number, or a name with an age and where the reader lives (in an organisation's voice). Not in a
 * warning, a report, a sentence that refuses it or tells it done, nor with the organisation's own place named (its app, its
 * portal, its counter, the paper brought along), nor typed into a page the message links.
 */
export function papersByReply(input: AskInput): string | undefined {
  if (input.reported || tellsOfScam(input)) return undefined;
  const lower = foldDiacritics(input.norm.lower);
  if (!mayHoldPapers(lower) || reconVoice(input) === 'kin') return undefined;
  // The reply asked in a desk's words ("このSMSにご返信ください", "返信いただければ"): friends say 教えて, not this.
  const org = organisationsVoice(input) || DESK_REPLY.test(lower);
  const quiet = !input.lures.some((l) => !l.quoted && (l.kind === 'lure' || l.kind === 'pressure'));
  // The reader's own hiring or contract, nothing offered or pressed ("人事の田中です。入社手続きのため、在留カードの写真を"): an
  // employer must see a foreign worker's residence card (入管法 在留カードの確認義務), and a landlord's agent the tenant's ID.
  if (quiet && OWN_PROCEDURE.test(lower)) return undefined;
  // A booking or an order the reader made, thanked for with nothing pressed ("初回のご予約ありがとうございます。お名前と生年月日を"):
  // a small clinic's or a salon's own phone opening the reader's card, not a birth date asked out of the blue.
  const thanked = quiet && THANKED.test(lower);
  const sentBack = (at: number): string | undefined => {
    if (inSentence(input, at, 'never-ask') || inSentence(input, at, 'done') || whereaboutsAsked(input, at)) return undefined;
    const { said, next, before } = around(input, at);
    // The organisation's own place named beside it ("本人確認書類の再提出を。my 楽天モバイルアプリから") is where it goes.
    if (REFUSED_OR_TOLD.test(said) || OWN_PLACE.test(said) || OWN_PLACE.test(next) || (input.indicators.urls.length > 0 && TYPED.test(said))) return undefined;
    const sent = (other: string): boolean => SENT.test(other) || (input.brands.length === 0 && SUBMIT.test(other));
    const asks = (other: string): boolean => other !== '' && sent(other) && !REFUSED_OR_TOLD.test(other);
    // The next sentence sends back what this one says is needed ("保険証の写真が必要です。このSMSに画像を返信して"), not a new matter.
    return sent(said) || (NEEDED.test(said) && asks(next)) || (LIST_AHEAD.test(before) && asks(before)) ? said : undefined;
  };
  // What each kind of identity needs beside it, in the sentence that asks it.
  const kinds: readonly (readonly [GatedPattern, (said: string, cue: string) => boolean])[] = [
    // The paper or its picture sent, whoever asks but a relative (a picture is what no one but its issuer's own app takes); its
    // number only in an organisation's voice, as a friend booking a flight asks it too.
    [ID_PAPER, (said, cue) => org || PICTURE.test(said) || !NUMBER_AFTER.test(said.slice(said.indexOf(cue) + cue.length))],
    [FAMILY, () => org],
    [BIRTH, (said, cue) => org && !thanked && (BESIDE_BIRTH.test(said.replace(cue, '')) || input.lures.some((l) => !l.quoted && (l.kind === 'lure' || l.kind === 'pressure')))],
    [AGE, (said) => org && !thanked && WHERE.test(said)],
    // The papers of the reader's utility account, home or assets, in an organisation's words (a friend comparing bills asks
    // the slip between people).
    [ACCOUNT_PAPER, () => org],
    [UTILITY_NUMBER, () => org && UTILITY_NAMED.test(lower)],
    // A document's picture sent to the line in an organisation's words, with a listed brand speaking, money promised or a lure
    // pressing it (no brand, benefit office or insurer takes papers' pictures by a reply to a handset or an 050 line).
    [DOCUMENT, (said) => org && PICTURE.test(said) && (input.brands.length > 0 || PAYOUT.test(lower) || !quiet)],
  ];
  for (const [pattern, fits] of kinds) {
    for (const m of pattern.matchAll(lower)) {
      const said = sentBack(m.index);
      if (said !== undefined && fits(said, m[0])) return m[0];
    }
  }
  return undefined;
}

/**
 * An identity paper asked back that papersByReply sets aside as its holder's own business, with nothing offered or pressed
 * beside it: the reader's own procedure with the asker ("人事の田中です。入社手続きのため、在留カードの写真を": an employer must
 * see a foreign worker's residence card, 入管法 在留カードの確認義務; a landlord's agent the tenant's ID), or the paper's number
 * asked in no organisation's words ("パスポートの番号教えて、航空券まとめて取るから": what a friend booking the flight asks).
 * The data ask still tags (ASK_PERSONAL_DATA); it is no ask through a channel the asker does not own, so it does not open the
 * block by itself (checks/ask-channel.ts blockingAsks): without it, the model could carry the tag to block alone, restating the
 * same ask (its asks:reply-data>reply feature). Not with a picture asked beside the number, not in an organisation's voice,
 * not a relative's (kin-voice asks are the オレオレ script's, weighed apart).
 */
export function papersSetAside(input: AskInput): boolean {
  if (input.reported || tellsOfScam(input)) return false;
  const lower = foldDiacritics(input.norm.lower);
  if (!ID_PAPER.test(lower) || reconVoice(input) === 'kin' || papersByReply(input) !== undefined) return false;
  if (input.lures.some((l) => !l.quoted && (l.kind === 'lure' || l.kind === 'pressure'))) return false;
  if (OWN_PROCEDURE.test(lower)) return true;
  if (organisationsVoice(input) || DESK_REPLY.test(lower)) return false;
  for (const m of ID_PAPER.matchAll(lower)) {
    const { said } = around(input, m.index);
    if (SENT.test(said) && !PICTURE.test(said) && NUMBER_AFTER.test(said.slice(said.indexOf(m[0]) + m[0].length))) return true;
  }
  return false;
}

/** The ask's cue names an identity paper (学生証, 在留カード, パスポート…). */
export function namesIdPaper(cue: string): boolean {
  return ID_PAPER.test(foldDiacritics(cue.toLowerCase()));
}

// The kinds' patterns, gated (match/literals.ts): replyDataNeeds asks this of every message.
const PAPER_GATES = [ID_PAPER, FAMILY, BIRTH, AGE, ACCOUNT_PAPER, UTILITY_NUMBER, DOCUMENT];

/** Whether the text may hold anything papersByReply looks for: its gate. */
export function mayHoldPapers(lower: string): boolean {
  return PAPER_GATES.some((g) => g.test(lower));
}

