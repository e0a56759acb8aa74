// What an ask finder reads: the facts the engine has before any check runs.
import type { Ask, CheckContext, LureMatch } from '../check.js';
import { foldDiacritics } from '../lures/fold.js';

export type AskInput = Pick<CheckContext, 'norm' | 'indicators' | 'sender' | 'lures' | 'reported' | 'brands'> & {
  /** Where brand names stand in the text (header: set off as 【name】); the engine passes them. */
  readonly names?: readonly { readonly brandId: string; readonly index: number; readonly length: number; readonly header: boolean }[];
};

/** One finder per kind of ask: a pure function from the facts to the asks it sees. */
export type AskFinder = (input: AskInput) => readonly Ask[];

/**
 * What a finder cannot find anything without: false only when the finder would answer no ask. Kept beside each finder's
 * patterns (offer.ts `offerNeeds`…) and read from its code, so that most messages, which hold none of what most finders read
 * (no gift card, no code, no role…), skip them at the cost of a few look-ups (asks/index.ts). A finder's edit that lets it
 * find an ask through something its `needs` does not name must widen its `needs` too (asks/gate.test.ts checks every
 * finder gated against ungated over the case tables' and the bench's messages).
 */
export type AskNeeds = (input: AskInput) => boolean;

/** Whether the message holds a cue of any of `categories` (quoted or not: a gate is a necessary condition, not a finding). */
export function hasCue(input: Pick<AskInput, 'lures'>, categories: readonly string[]): boolean {
  for (const c of categories) if (luresOfCategory(input.lures, c).length > 0) return true;
  return false;
}

// What most finders answer for most messages: one shared empty list, not a new one per finder
// and message (sixteen finders each message).
export const NO_ASKS: readonly Ask[] = [];

// What cuesOf and the request finders answer when nothing is found, as they mostly do: one
// shared empty list rather than a new one per finder and message.
const NO_CUES: readonly LureMatch[] = [];

/**
 * `compute` over one message's cues, kept for the last list of cues seen (as sentenceAt keeps its last sentence): the
 * finders and checks ask the same of one message's cues many times. The length too: a list still being filled is not
 * the list computed.
 */
function perCueList<T>(compute: (lures: readonly LureMatch[]) => T): (lures: readonly LureMatch[]) => T {
  let seen: readonly LureMatch[] | null = null;
  let seenLength = -1;
  let answer: T;
  return (lures) => {
    if (lures !== seen || lures.length !== seenLength) {
      answer = compute(lures);
      seen = lures;
      seenLength = lures.length;
    }
    return answer;
  };
}

// The finders and checks ask of one message's cues, by category, some hundred times; the cues
// are grouped by category once per message and every later question reads its group, in the cues' order.
const byCategoryOf = perCueList((lures) => {
  const byCategory = new Map<string, LureMatch[]>();
  for (const l of lures) {
    const group = byCategory.get(l.category);
    if (group === undefined) byCategory.set(l.category, [l]);
    else group.push(l);
  }
  return byCategory;
});

/** The message's cues of `category`, in their order (a shared list: not to be changed). */
export function luresOfCategory(lures: readonly LureMatch[], category: string): readonly LureMatch[] {
  // Most messages hold no cue at all, and this is asked some hundred times of each: no hashing of the category then.
  if (lures.length === 0) return NO_CUES;
  return byCategoryOf(lures).get(category) ?? NO_CUES;
}

/** The message in its own words names a scam, reports one or warns of one: it tells of the trick, it asks nothing. */
export function tellsOfScam(input: Pick<AskInput, 'lures'>): boolean {
  return ['scam-awareness', 'report-topic', 'scam-report'].some((c) => luresOfCategory(input.lures, c).some((l) => !l.quoted));
}

// The ask told of, not made: what the writer was told by someone else ("〜払えって言われて", "a fake mover texted me asking"), or
// the reader told not to pay it ("Don't pay it", "払わないで").
const TOLD_OF = /言われ|いわれ|払わないで|支払わないで|振り込まないで|\b(?:texted|messaged|asked|told) me\b|\bi was (?:asked|told)\b|\bdon'?t pay\b|\bdo not pay\b|\bfake\b|别付|不要付|不要转账|đừng chuyển|dung chuyen|não pague|nao pague|huwag magbayad|보내지 마/;

/** The ask is told of or warned against, or quoted in 「」 at `index`: a person's story or a notice, not the ask itself. */
export function toldOfAsk(input: AskInput, index: number): boolean {
  const before = input.norm.text.slice(0, index);
  return TOLD_OF.test(input.norm.lower) || before.split('「').length > before.split('」').length;
}

// A deadline of today: the money or the answer asked by the end of this day (今日中, 本日中, 今日まで, 本日まで, 今夜中, "today",
// "tonight", hôm nay, hoje, 今天, 오늘, hari ini, ngayon, วันนี้). Read wherever "pressed for today" is one of a lure's signs
// (service-fee.ts, payee.ts, moved-payee.ts, money.ts): no business, body, club or bank that bills by slip, debit or its own
// page sets a same-day deadline by text for money sent to a person (国民生活センター, 警察庁: 「今日中に」 is the オレオレ and
// 架空請求 scripts' hurry). Each reader adds its own urgency words (至急, 今すぐ) beside it. Kept apart, as they read
// something else: prepay.ts TODAY (the day an act happens, "今日の夕方伺います", not only a deadline), commerce.ts DATED_VISIT
// (a visit's day), checks/ask-channel.ts DEADLINE (any deadline, "by tomorrow", "までに"), role.ts's pressed matter (a
// boss's hurry among other words).
export const DUE_TODAY = /今日中|今日まで|本日中|本日まで|今夜中|\btoday\b|\btonight\b|hôm nay|hom nay|\bhoje\b|今天|오늘|hari ini|ngayon(?! linggo)|วันนี้/;

// 決して and 絶対 with the negation they lead to ("決して送るものではありません", "絶対に返信することはない", "絶対送るな", "絶対に
// 買っちゃダメ"), with no request between them: alone they insist ("絶対に今日中に送ってください" asks all the harder, 国民生活
// センター's and 警察庁's warnings negate the verb itself: 絶対に教えないで). Read from the word on, in its sentence.
export const EMPHATIC_NEGATION = /(?:決して|絶対)(?:(?!ください|下さい|て[ねよ]?[、。!！\s])[^。\n]){0,20}?(?:ない|ません|な(?=$|[。!！、\s])|ダメ|だめ|駄目|あかん)/;

// A sentence whose verb is refused or warned of (read on a sentence lower-cased with its diacritics folded): "送らないで",
// "お願いしません", "不要", "だめだよ", "いけません", never, don't, 请勿, huwag, jangan, nunca, đừng, and 決して or 絶対 only with
// their negation (EMPHATIC_NEGATION). (Korean 절대 is still read alone.)
export const REFUSED = new RegExp(`ないで|しません|いたしません|不要|${EMPHATIC_NEGATION.source}|だめ|ダメ|いけません|never|do not|don't|dont\\b|请勿|請勿|절대|huwag|\\bwag\\b|jangan|nunca|\\bdung\\b`);

/** The cues of one category that are the message's own words (not quoted). */
export function cuesOf(input: AskInput, category: string): readonly LureMatch[] {
  return luresOfCategory(input.lures, category);
}

// The reader called by a kinship word at the head of the text or of a sentence ("母さん、", "ママこれ", "じいちゃん久しぶり",
// "Mum, it's me", "Mẹ ơi", "Mãezinha", "Bu,", "엄마"), not the writer naming themself by one ("母です", "ママより", "パパだよ").
export const KIN_VOCATIVE = /(?:^|[。！？!?\n]\s*)[\s「『]*(?:お?(?:母|かあ|父|とう)さん|おかん|おふくろ|親父|おやじ|ママ|パパ|お?(?:ばあ|ばぁ|じい|じぃ)ちゃん|おばあさん|おじいさん|ばあば|ばぁば|じいじ|じぃじ|お?(?:兄|にい|姉|ねえ)ちゃん|mum|mom|mummy|mommy|dad|daddy|grandma|grandpa|granny|nanay|tatay|ate|kuya|ibu|bapak|bu|pak|दाइ|दिदी|आमा|बुबा|(?:mẹ|me|má|ma|bố|bo|ba) (?:ơi|oi)|mãe|mae|mãezinha|maezinha|mamãe|mamae|mainha|pai|paizinho|painho|엄마|아빠|妈妈|媽媽|爸爸|妈|媽|爸|အမေ|အဖေ|අම්මා|තාත්තා)(?!です|でございます|だよ|だけど|より|から|が|は|も|の|と|[a-z])/;

// A relative's "new number" speaks as a person, not as an office.
const NOT_A_ROLE: ReadonlySet<string> = new Set(['family']);

/** The text speaks as an office or a business, named or not: by what it asserts (a parcel held, a debt, a refund…) or by its voice (お客様, 当社). */
export function speaksAsOffice(input: Pick<AskInput, 'lures'>): boolean {
  return officeVoice(input.lures);
}
// Asked some three times per message, and speaksAsPerson four: each answer kept per list of cues.
const officeVoice = perCueList((lures) => lures.some((l) => !l.quoted && ((l.kind === 'lure' && !NOT_A_ROLE.has(l.category)) || (l.kind === 'register' && l.category === 'business'))));

/**
 * The text speaks as a person, not a company: more of a person's voice (who it is written to,
 * plain-form endings, a relative's "new number") than of a company's (お客様, いたします), in its own words.
 */
export function speaksAsPerson(input: Pick<AskInput, 'lures'>): boolean {
  return personVoice(input.lures);
}
const personVoice = perCueList(personVoiceIn);

function personVoiceIn(lures: readonly LureMatch[]): boolean {
  let personal = 0;
  let business = 0;
  for (const l of lures) {
    if (l.quoted) continue;
    if (l.kind === 'lure' && l.category === 'family') personal++;
    else if (l.kind === 'register') {
      if (l.category === 'personal') personal++;
      else business++;
    }
  }
  return personal > business;
}

/**
 * The text names an institution that holds the reader's account, health, taxes or parcels (a
 * bank, an office, a hospital, an insurer, a utility, a courier), listed among our brands or not.
 * Such institutions keep their pages on their own domains; clubs, schools' parents and small
 * shops may not, so naming one of those does not count.
 */
export function speaksAsInstitution(input: Pick<AskInput, 'lures'>): boolean {
  // A person's chat ("お荷物届いたよ、ありがとう") names the parcel, not the courier speaking; a
  // desk's polite thanks ("お電話ありがとうございました") holds a person's word but is heard as the desk's.
  if (speaksAsPerson(input)) return false;
  for (const l of luresOfCategory(input.lures, 'institution')) if (!l.quoted) return true;
  return false;
}

/** 。！？!?, the Devanagari danda । ॥ (Nepali and Hindi end sentences with it) and line ends (compared, not looked up in a Set: this runs per character of a sentence). */
function isStop(c: number): boolean {
  return c === 0x3002 || c === 0x0a || c === 0x21 || c === 0x3f || c === 0xff01 || c === 0xff1f || c === 0x0d || c === 0x0964 || c === 0x0965;
}

/** Start and end of the sentence holding `index` (a sentence ends at 。！？!? ।, a line end, or ". "). */
// The finders ask of many cues' sentences per message: where the sentences end is found once per
// text, and each question is a binary search in it.
let stopsText: string | null = null;
let stops: number[] = [];

/** Where sentences end in `text`: a stop, or a "." before a space or the end, ascending. */
function sentenceEnds(text: string): number[] {
  if (text === stopsText) return stops;
  const out: number[] = [];
  for (let p = 0; p < text.length; p++) {
    const c = text.charCodeAt(p);
    if (isStop(c) || (c === 0x2e && (p + 1 === text.length || text.charCodeAt(p + 1) === 0x20))) out.push(p);
  }
  stopsText = text;
  stops = out;
  return out;
}

export function sentenceAt(text: string, index: number): [number, number] {
  // A "." ending the text ends a sentence read forwards but not backwards (no space after it), so
  // the end of the text and anything outside it are read as before, by scanning.
  if (index < 0 || index >= text.length) return scanSentence(text, index);
  const ends = sentenceEnds(text);
  // The first end at or after `index`.
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ends[mid]! < index) lo = mid + 1;
    else hi = mid;
  }
  return [lo > 0 ? ends[lo - 1]! + 1 : 0, lo < ends.length ? ends[lo]! : text.length];
}

function scanSentence(text: string, index: number): [number, number] {
  let s = index;
  while (s > 0) {
    const c = text.charCodeAt(s - 1);
    if (isStop(c) || (c === 0x2e && text.charCodeAt(s) === 0x20)) break;
    s--;
  }
  let e = index;
  while (e < text.length) {
    const c = text.charCodeAt(e);
    if (isStop(c) || (c === 0x2e && (e + 1 === text.length || text.charCodeAt(e + 1) === 0x20))) break;
    e++;
  }
  return [s, e];
}

/** Whether a cue of `category` stands in the same sentence as the cue at `index`. */
export function inSentence(input: AskInput, index: number, category: string): boolean {
  // Most questions are of a category the message has no cue of ('never-ask', 'done'…): no sentence to find then.
  const cues = luresOfCategory(input.lures, category);
  if (cues.length === 0) return false;
  const [s, e] = sentenceAt(input.norm.text, index);
  for (const l of cues) if (l.index >= s && l.index < e) return true;
  return false;
}

/** Whether `holds` is true of the sentence at `index` or of the one after it ("届いたコードが必要です。教えてください"). */
export function inSentenceOrNext(input: AskInput, index: number, holds: (at: number) => boolean): boolean {
  if (holds(index)) return true;
  const [, end] = sentenceAt(input.norm.text, index);
  return end + 1 < input.norm.text.length && holds(end + 1);
}

/** `holds` is true at `index` or in the sentence before it ("SMSで番号が届きます。その番号を返信して"). */
export function inSentenceOrBefore(input: Pick<AskInput, 'norm'>, index: number, holds: (at: number) => boolean): boolean {
  if (holds(index)) return true;
  const [start] = sentenceAt(input.norm.text, index);
  return start > 1 && holds(start - 2);
}

/**
 * Asks built from an object and a request in one sentence ("暗証番号を入力して", "send me the
 * code"), unless the sentence says it is never asked for ("当社が暗証番号をお聞きすることはありません").
 */
export function requestedObjects(input: AskInput, object: string): readonly LureMatch[] {
  let out: LureMatch[] | null = null;
  for (const o of luresOfCategory(input.lures, object)) {
    // "身分証の写真を送ってしまった人も相談を": what was already done is told, not asked.
    if (!(inSentence(input, o.index, 'request') || inSentence(input, o.index, 'hand-over')) || inSentence(input, o.index, 'never-ask') || inSentence(input, o.index, 'done')) continue;
    (out ??= []).push(o);
  }
  return out ?? NO_CUES;
}

/**
 * Whether the sentence at `index` tells of something done and asks nothing after it: "身分証の写真を
 * 送ってしまった方も", "間違えて認証コードを送信してしまいました". A request after what was done
 * ("電話番号を送ったから、届いた番号を返信して") is asked. `ownOnly`: a done cue inside quoted text
 * does not count.
 */
export function toldDoneAt(lures: readonly LureMatch[], text: string, index: number, ownOnly = false): boolean {
  const done = luresOfCategory(lures, 'done');
  if (done.length === 0) return false;
  const [s, e] = sentenceAt(text, index);
  let lastDone = -1;
  for (const l of done) if (!(ownOnly && l.quoted) && l.index >= s && l.index < e && l.index > lastDone) lastDone = l.index;
  if (lastDone === -1) return false;
  for (const l of luresOfCategory(lures, 'request')) if (l.index > lastDone && l.index < e) return false;
  for (const l of luresOfCategory(lures, 'hand-over')) if (l.index > lastDone && l.index < e) return false;
  return true;
}

/**
 * As requestedObjects, with the request allowed in the next sentence too: "届いたコードが必要です。
 * 教えてください" / "ギフト券を用意したい。購入して番号を送って". For objects nobody asks for in passing
 * (one-time codes, gift cards): a sentence break does not make the ask go away.
 */
export function requestedNearby(input: AskInput, object: string): readonly LureMatch[] {
  let out: LureMatch[] | null = null;
  const text = input.norm.text;
  for (const o of luresOfCategory(input.lures, object)) {
    if (inSentence(input, o.index, 'never-ask')) continue;
    // Told, not asked, as in requestedObjects: "身分証の写真を送ってしまった方も相談を". But a code
    // "sent by mistake" is the story the next sentence's ask stands on ("間違えて送ってしまいました。
    // 届いた番号を教えて").
    const told = toldDoneAt(input.lures, text, o.index);
    if (told && !inSentence(input, o.index, 'mistake')) continue;
    const [, end] = sentenceAt(text, o.index);
    const next = end + 1 < text.length ? end + 1 : -1;
    // (A paper said needed, then said to be brought in the next sentence: "在留カードの確認が必要です。初日に原本をお持ちください".)
    const asked = (at: number) => (inSentence(input, at, 'request') || inSentence(input, at, 'hand-over')) && !(object === 'personal-data' && (broughtInPerson(input, at) || (next !== -1 && at < next && broughtInPerson(input, next) && !inSentence(input, next, 'request'))));
    if (object === 'personal-data' && whereaboutsAsked(input, o.index)) continue;
    if ((!told && asked(o.index)) || (next !== -1 && asked(next) && !inSentence(input, next, 'never-ask') && !(object === 'personal-data' && asksWayToDoor(input, next)))) (out ??= []).push(o);
  }
  return out ?? NO_CUES;
}

// After a paper's or a card's name, where it is asked, not what it says: "マイナンバーカードのコピーいるから、カードどこに置いたか教えて",
// "保険証どこにしまった?".
const WHEREABOUTS = /^[^。!?！？\n]{0,24}?(?:どこ|何処|どっち|どちら)(?:に|へ|で)?[^。!?！？\n]{0,10}?(?:か|かな|の)?\s*(?:教えて|おしえて|知ってる|わかる|分かる|[?？])/;

/**
 * The paper or card named is asked after by where it is ("カードどこに置いたか教えて"), between people with no lure or pressure: the
 * answer is a drawer, not the card's number. (A lure asks its number or its picture back, read as before.)
 */
export function whereaboutsAsked(input: AskInput, index: number): boolean {
  if (input.lures.some((l) => !l.quoted && (l.kind === 'lure' || l.kind === 'pressure'))) return false;
  return WHEREABOUTS.test(input.norm.lower.slice(index, index + 48));
}

// How to find the door, asked by whoever is on the way there: a landmark, the entrance, the way ("近くの目印を教えていただけますか?",
// "Is there a landmark near you?", "附近有什么标志", "có điểm mốc nào gần", "algum ponto de referência").
const WAY_TO_DOOR = /目印|入り?口|道順|行き方|landmark|entrance|标志|地标|랜드마크|입구|diem moc|loi vao|ponto de refer[eê]ncia|palatandaan/;
// The address's own parts, asked back: the data, whatever the landmark beside it ("番地と建物名を返信", "住所と目印を").
const ADDRESS_PART = /住所|番地|建物名|号室|部屋番号|郵便番号|address|dia chi|地址|주소|endere[cç]o|tirahan/;

/**
 * The sentence at `index` asks the way to the door and no part of the address: a driver or a shop's rider who cannot find the
 * address (told in the sentence before: "ご住所の番地が見つからず少し迷っております") asks what stands near it, which the reader
 * tells anyone who asks the way, not the address the order already holds. A lure asks the address or its parts back ("正しいご住所を
 * 返信してください", "番地と建物名を返信してください") and is read as before.
 */
function asksWayToDoor(input: AskInput, index: number): boolean {
  const [s, e] = sentenceAt(input.norm.text, index);
  const sentence = input.norm.lower.slice(s, e + 1);
  return WAY_TO_DOOR.test(sentence) && !ADDRESS_PART.test(sentence);
}

// What the reader is to bring when they come in person: "受取には交付通知書と本人確認書類が必要です", "ご来庁の際は保険証をお持ちください",
// "窓口では身分証をご提示ください", "bring your residence card to the counter".
const IN_PERSON = /(?:受取|受け取り|来庁|来所|来店|来院|ご来場|窓口|店頭)(?:には|の際|時|では|にて)|お持ちください|ご持参|ご提示ください|bring (?:your|the)|to the counter|in person/;

/**
 * The sentence at `index` says what the reader brings to a counter or a visit: papers shown there, in person, are not sent to
 * the line the message came from (the card is handed over at the office against ID: 総務省 マイナンバーカード交付, a clinic's
 * 保険証). The data ask is a reply, a photo or a form; a list of what to bring is none.
 */
function broughtInPerson(input: AskInput, index: number): boolean {
  const [s, e] = sentenceAt(input.norm.text, index);
  const sentence = input.norm.lower.slice(s, e + 1);
  return IN_PERSON.test(sentence) && !SENT_BACK.test(sentence);
}
// …unless the same sentence sends something back ("受取には届いたコードを返信", "写真を送って", "reply with"): that is sent, not brought.
const SENT_BACK = /返信|送信|送って|送付|入力|写真|画像|アップロード|reply|send|text|photo|upload/;

// "151へご連絡ください", "151(カスタマーセンター)へ": a carrier's three-digit service number, dialled from its own phones (the
// phone extractor leaves three digits alone: they are mostly prices and counts).
const SERVICE_NUMBER = /(?<![\d.,-])(1\d{2})(?![\d.,-])(?=\s*(?:へ|に|まで|番|\)|）|\(|（))/g;

/** Three-digit service numbers written as the place to call, in text order. */
export function serviceNumbers(input: Pick<AskInput, 'norm'>): string[] {
  const text = input.norm.text;
  if (!text.includes('1')) return [];
  const out: string[] = [];
  SERVICE_NUMBER.lastIndex = 0;
  for (let m = SERVICE_NUMBER.exec(text); m !== null; m = SERVICE_NUMBER.exec(text)) if (!out.includes(m[1]!)) out.push(m[1]!);
  return out;
}

// "教室までお電話ください", "納税課へご連絡ください": a place named right before the ask, as where to turn:
// /([^\s、。,，:：()（）「」【】]{2,})(?:まで|へ)\s*$/ on the sentence up to the ask, read backwards
// by placeBefore (the regex, anchored only at its end, was tried from every position).
// …unless the place is a pointer to something written elsewhere or a number ("下記まで", "この番号へ"), or a line only the
// message could give ("担当直通まで", like "専用ダイヤルへ"): the reader knows no direct line but the one the message came from.
// So is an investigator named as the one to reach ("担当刑事への連絡が必要です", "捜査官まで"): a person, not a desk, whose line only
// the message gives (警察庁: the police do not ask a suspect to ring a detective by SMS, https://www.npa.go.jp/bureau/safetylife/sos47/case/).
const POINTERS = ['下記', '以下', 'こちら', 'url', 'リンク', 'この', 'その', '専用', '直通', '刑事', '警部', '捜査官', '捜査員', '検事'];

/**
 * The ask at `index` names the sender's own desk as where to turn ("教室までお電話ください",
 * "こくほコールセンターまでご連絡ください"), with no number or link for it: the reader reaches it
 * the way they already know.
 */
export function namesOwnPlace(input: Pick<AskInput, 'norm'>, index: number, cueLength = 0): boolean {
  const [s, e] = sentenceAt(input.norm.text, index);
  const lower = input.norm.lower;
  // The cue may begin with the particle itself ("へお電話", "までご連絡").
  const particle = lower.startsWith('まで', index) ? 'まで' : lower.startsWith('へ', index) ? 'へ' : '';
  const before = placeBefore(lower, s, index, particle);
  if (before !== null && isPlace(before)) return true;
  // The place with its extension or floor in brackets before the particle ("保険年金課(内線2241)までご連絡ください"): the
  // bracket says where in the office, not a number to ring (a number written there is its own ask, read before this).
  const head = lower.slice(Math.max(s, index - 48), index) + particle;
  const bracketed = BRACKET_THEN_PARTICLE.test(head) ? BRACKETED_PLACE.exec(head) : null;
  if (bracketed !== null && isPlace(bracketed[1] as string)) return true;
  // …or the place ends the sentence after it ("お問い合わせは管理会社緊急窓口まで", "ご相談は水道課（市役所2階）へ").
  const after = cueLength > 0 ? PLACE_AT_END.exec(lower.slice(index + cueLength, e)) : null;
  if (after !== null && isPlace(after[1] as string)) return true;
  // A contact label with a desk after it and no number ("お問合せ:料金係", "連絡先：保険年金課(内線2241)"): the label says what the
  // desk is for, as "お問い合わせは料金係まで" does.
  const labelled = cueLength > 0 && LABEL_END.test(lower.slice(index, index + cueLength)) ? PLACE_BARE.exec(lower.slice(index + cueLength, e)) : null;
  return labelled !== null && isPlace(labelled[1] as string);
}

const PLACE_BARE = /^\s*([^\s、。,，:：()（）「」【】]{2,})(?:\s*[(（][^)）\d]{0,10}\d{0,5}[^)）\d]{0,6}[)）])?\s*[。.!]?\s*$/;

/**
 * The ask at `index` sends the reader to another party named by its kind with に ("すぐ警察に連絡を", "ご家族や銀行にご相談
 * ください", "最寄りの交番に届けて"): not the sender, and who they are is said while their number is not, so the reader
 * reaches them the way they already know. Only the kinds a reader knows apart from any message (に also ends times and
 * manners: "本日中に", "至急に"), and never the sender's own desk ("当行窓口に": from a handset, the line it came from is
 * the one the reader has). The caller reads it only where no problem is told (call.ts).
 */
export function namesOtherParty(input: Pick<AskInput, 'norm'>, index: number): boolean {
  const [s] = sentenceAt(input.norm.text, index);
  const lower = input.norm.lower;
  const party = PARTY_BEFORE.exec(lower.slice(Math.max(s, index - 32), index) + (lower.startsWith('に', index) ? 'に' : ''));
  return party !== null && isPlace(party[1] as string) && !OWN_SELF.test(party[1] as string);
}

// The bracket holds words and at most one short run of digits (an extension, a floor), never a number to dial.
const BRACKETED_PLACE = /([^\s、。,，:：()（）「」【】]{2,})\s*[(（][^)）\d]{0,10}\d{0,5}[^)）\d]{0,6}[)）]\s*(?:まで|へ)\s*$/;
// BRACKETED_PLACE's end, which every match has: tested first. Anchored only at its end, BRACKETED_PLACE is tried from every
// position of the text before the ask, each time running its name to the bracket and back (a microsecond a call, and most
// of these texts have no bracket before the particle); this one starts only at a closing bracket.
const BRACKET_THEN_PARTICLE = /[)）]\s*(?:まで|へ)\s*$/;
// The parties a reader reaches on their own, apart from any message: the police or a 交番, family, a bank or 金融機関,
// the consumer centre, the city office, a lawyer; or its counter ("取引銀行の窓口に", "警察署の相談窓口に").
const PARTY_BEFORE = /([^\s、。,，:：()（）「」【】]*?(?:警察|警察署|交番|家族|銀行|金融機関|消費生活センター|消費者センター|役所|役場|弁護士))(?:の(?:窓口|支店|店頭|相談窓口))?\s*に\s*$/;
const OWN_SELF = /当行|当社|弊社|弊行|当店|当方|当庫|当組合|当金庫|当局|当署/;

/** JavaScript's \s, as code units. */
function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** What ends a place's name: white space, 、。,，:：()（）「」【】. */
function endsPlace(c: number): boolean {
  return isSpace(c) || c === 0x3001 || c === 0x3002 || c === 0x2c || c === 0xff0c || c === 0x3a || c === 0xff1a || c === 0x28 || c === 0x29
    || c === 0xff08 || c === 0xff09 || c === 0x300c || c === 0x300d || c === 0x3010 || c === 0x3011;
}

/**
 * The name before まで or へ (and white space) at the end of `lower.slice(s, index) + particle`,
 * as the pattern above would capture it, or null: the run of name characters
 * that ends right before the particle, if two or more long.
 */
function placeBefore(lower: string, s: number, index: number, particle: string): string | null {
  const head = index - s;
  const at = (k: number): number => (k < head ? lower.charCodeAt(s + k) : particle.charCodeAt(k - head));
  let end = head + particle.length;
  while (end > 0 && isSpace(at(end - 1))) end--;
  let q: number;
  if (end >= 2 && at(end - 2) === 0x307e && at(end - 1) === 0x3067) q = end - 2; // まで
  else if (end >= 1 && at(end - 1) === 0x3078) q = end - 1; // へ
  else return null;
  let p = q;
  while (p > 0 && !endsPlace(at(p - 1))) p--;
  // The particle stands at or after `head`, so the name lies within `lower`.
  return q - p >= 2 ? lower.slice(s + p, s + q) : null;
}

// The place may be followed by when to call and the call itself ("お問い合わせは担当の都税事務所徴収課へ平日日中にお電話ください"):
// when is not where.
// A cue that ends in a label's colon ("お問合せ:").
const LABEL_END = /[:：]\s*$/;
const PLACE_AT_END = /^\s*([^\s、。,，:：()（）「」【】]{2,})(?:\s*[(（][^)）]*[)）])?\s*(?:まで|へ)\s*(?:(?:平日|土日祝?|本日中?|明日|日中|午前|午後|営業時間内|受付時間内|[0-9０-９:：時〜~\-ー分半])+(?:の間)?に?\s*(?:お電話|ご連絡|お問い?合わ?せ)(?:ください|下さい|願います|をお願いします|を)?)?\s*[。.!]?\s*$/;

/** A word naming a place, not a number written out or hidden by the source ("○○○-○○○○へ"), nor a pointer. */
function isPlace(place: string): boolean {
  return /[一-龥ァ-ヶa-z]{2,}/.test(place) && !/[0-9○〇*＊]/.test(place) && !POINTERS.some((p) => place.includes(p))
    // "番号" points at a number only as the place's last word ("この番号", "記載の番号"); "お客さま番号センター" is a desk.
    && !(place.endsWith('番号') || (place.includes('番号') && !DESK_END.test(place)));
}
const DESK_END = /(?:センター|窓口|デスク|ダイヤル)$/;
// The predicate a cue stands in, read from the cue on to its clause's end: the writer's own deed
// (〜しといた, 〜しておいた, 〜しました, 〜したよ, 〜済み: Japanese marks a finished act by its
// ending, not by a word) or an ask addressed to the reader (〜して, 〜してください, 〜お願いします,
// 〜しませんか, 〜しといて). Whichever ending comes first is the cue's. The writer's wish given as a
// reason ("LINEの友だち追加したいから") is the writer's own act too, though "追加したい方は" invites the
// reader. "した" before ら/い/り/方 is otherwise a condition or a wish ("追加したら", "追加したい"), "しました?" asks whether the reader did, and a
// polite 〜ました or でした with no する ("変更になりました", "受け付けました") is an office's notice, not
// the writer's deed.
const PREDICATE = /(したい(?=から|ので|けど|んだ|んで)|しといた|しておいた|[てで]おいた|といた|[てで]?おきました|ときました|しました(?![か?？])|(?<![でま])した(?![らいり方ほか?？])|(?<![でし])た(?=よ|から|けど|ので)|済み?|ずみ)|(しといて|しておいて|[てで]おいて|ください|下さい|お願い|おねがい|しませんか|しよう|しましょう|[てで](?=$|[、。!?！？\s→]|ね|ほしい|欲しい|くれ|もらえ|いただ|頂))/;
const CLAUSE_BREAK = /[、。!?！？\n,，→]/;

/**
 * Whether the cue's own verb tells what was already done ("市の公式LINE、友だち追加しといた", "アプリ
 * 入れておいたよ", "振込済み"): the writer reports an act, the reader is asked nothing by it. The twin
 * "友だち追加してください" is an ask. Also a cue in a sentence that tells of something done with no
 * request after it (toldDoneAt).
 */
export function toldAsDone(input: AskInput, cue: LureMatch): boolean {
  const text = input.norm.lower;
  let end = cue.index + cue.cue.length;
  const stop = Math.min(text.length, end + 16);
  while (end < stop && !CLAUSE_BREAK.test(text[end]!)) end++;
  const m = PREDICATE.exec(text.slice(cue.index, end));
  if (m) return m[1] !== undefined;
  return toldDoneAt(input.lures, input.norm.text, cue.index);
}

// Right after a login cue, words that say none is needed or none works ("ログイン不要", "ログインできない").
const NO_LOGIN = /^\s*(?:が|は|も)?\s*(?:不要|なし|無し|しなくて|せず|でき(?:ない|ません|なく|なかった)|できず|not needed|required: no|khong can)/;

/**
 * The message asks the reader to sign in on the page it links ("Steamでログインするだけ",
 * "ログインしてご確認ください", "sign in to vote"): whoever made the page gets what is typed. Not a
 * login told as done or as failing ("ログインできない"), said to be unneeded, or disowned ("ログインを求めることはありません").
 */
export function asksLogin(input: AskInput): boolean {
  const text = input.norm.lower;
  for (const l of luresOfCategory(input.lures, 'login')) {
    if (l.quoted || inSentence(input, l.index, 'never-ask') || inSentence(input, l.index, 'never-does')) continue;
    if (NO_LOGIN.test(text.slice(l.index + l.cue.length, l.index + l.cue.length + 12)) || toldAsDone(input, l)) continue;
    return true;
  }
  return false;
}

// What a form collects of a household: phone numbers, contacts, children's names (not a name alone: a
// seminar's or a club's form asks the member's name and year).
const HOUSEHOLD_DATA = ['own-number', 'contact-data'];

/**
 * The message asks the reader to type a household's personal data into a form ("お子さまの名前と
 * 自宅の電話番号をご登録ください", "ご家族の連絡先をご入力ください"): the page it links receives it.
 */
export function asksDataEntry(input: AskInput): boolean {
  for (const l of luresOfCategory(input.lures, 'entry')) {
    if (l.quoted || inSentence(input, l.index, 'never-ask') || toldAsDone(input, l)) continue;
    if (HOUSEHOLD_DATA.some((c) => inSentence(input, l.index, c))) return true;
  }
  return false;
}

// Right after an institution's or a desk's name (and the rest of it: "消費生活センター", "출입국사무소"), a particle that makes it where the writer
// went, what they asked or what they talk of ("…に相談したら", "…へ行って", "…で聞いた", "…を名乗る", "…에 다녀왔어", "…에서 받았어",
// "…那边"); or, before it, a Chinese preposition of place ("从大使馆", "在税务署", "去入管局"). Not "…です", "…より", "…から", "…의".
const PLACE_AFTER = /^[\p{Script=Han}\p{Script=Katakana}\p{Script=Hangul}ー]{0,6}?(?:に(?!て)|へ|を|で(?!す|ござ|は)|에(?!서)|을|를|에서\s*[가-힣]*(?:왔|갔|받|했|들었)|那边|那裡|那里|那邊)/u;
const PLACE_BEFORE = /[从從在去到向跟]$/;
// Before it, an English preposition of place or a visit ("back from the embassy", "at the immigration office", "went to the
// bank", "my appointment with the embassy"); not a bare "from", which names the sender ("Message from the embassy").
const PLACE_BEFORE_EN = /\b(?:at|to|in|into|inside|outside|near|back from|came from|coming from|with|visit(?:ed|ing)?)\s+(?:the\s+|an?\s+|my\s+|our\s+)?$/i;

// The same in the residents' other languages: before it, a word of arriving, being or going somewhere ("tới sân bay", "ở ngân
// hàng", "nasa paliparan", "di bandara", "ke bandara", "cheguei no aeroporto", "ถึงสนามบิน", "ที่สนามบิน"); after it, the Nepali
// postposition of place (विमानस्थलमा 'at the airport'). Not "từ", "mula sa", "dari", "do/da", "จาก", बाट: 'from' names the sender.
const PLACE_BEFORE_WORD = /(?:^|[\s,，、])(?:tới|toi|đến|den|ở|tại|tai|vào|vao|ra|nasa|papunta sa|papuntang|pumunta sa|di|ke|no|na|ao|pro|pra o|para o|em|cheguei|chegou)\s+$/i;
const PLACE_BEFORE_TH = /(?:ที่|ถึง|ไป|อยู่|แถว)\s?$/;
const PLACE_AFTER_NE = /^मा(?![\u0900-\u097F])/;

/** The institution named at `at` is a place or an object in the sentence, not the one speaking. */
export function placeOrObject(text: string, at: number, length: number): boolean {
  const before = text.slice(Math.max(0, at - 24), at);
  return PLACE_AFTER.test(text.slice(at + length, at + length + 24)) || PLACE_BEFORE.test(text.slice(Math.max(0, at - 1), at)) || PLACE_BEFORE_EN.test(before)
    || PLACE_BEFORE_WORD.test(before) || PLACE_BEFORE_TH.test(before) || PLACE_AFTER_NE.test(text.slice(at + length, at + length + 4));
}

// A page or a screen named as the place to act, or the account reached by signing in: "ログイン後の「お客様情報」から",
// "アカウント・契約ページから更新できます", "ロッカー画面で", "WEBサイトのIPO・POページでご確認ください", "after signing in".
const OWN_PAGE = /(?:ページ|画面)(?:で|から|より|にて|上で|の「)|ログイン後|(?:after|once) (?:you )?(?:log|sign)(?:ging)? ?in\b|in (?:the|your) app\b|앱에서/;

/**
 * The message names a page, a screen or the signed-in account as where to act (in the text from `from` to `to`, the whole
 * by default), writes no link and points to no link elsewhere ("下記より", "こちらから": link-ref). The reader reaches such a
 * page only the way they already do, by the app or the site they signed up on: the sender's own, as the paper in hand or
 * the counter are (own-way). A lure must hand the reader its page, or a number or a reply to its line, and those are judged
 * as asks of their own; one that sends the reader to their own login gains nothing (警察庁 and 全銀協 advise exactly this:
 * check in the official app or site you already use, never through the message).
 */
export function namesOwnPage(input: AskInput, from = 0, to = input.norm.lower.length): boolean {
  if (input.indicators.urls.length > 0 || cuesOf(input, 'link-ref').some((c) => !c.quoted)) return false;
  return OWN_PAGE.test(input.norm.lower.slice(from, to));
}

// The reader's questions named as what a number or a desk is for ("ご不明点は", "ご質問", "お問い合わせは", "お問い合わせ先"): a notice's
// register that lets the reader ask before acting. Read by money.ts payOrElse, call.ts OFFERED_CALL and checks/ask-channel.ts
// offeredForQuestions (each with its own additions).
export const QUESTIONS_OFFERED = /ご不明(?:な|の)?点|ご不明な場合|ご質問|お問い?合わ?せ(?:は|先)/;

// Settled when the two meet ("今度会った時に", "见面的时候", "pag nagkita tayo", "when we meet", "khi gặp"): money handed over face
// to face between people who meet, no payee anyone chose at a distance (folded text).
export const AT_MEETING = /会った(?:時|とき|ら)|会う(?:時|とき)|今度会|见面(?:的)?(?:时|時)|見面(?:的)?(?:时|時)|见面再|見面再|见了面|見了面|\bwhen (?:we|i) (?:meet|see you)\b|\bnext time (?:we meet|i see you)\b|\bpag ?nagkita|\bkapag nagkita|\bpagkikita natin|\bkhi gap (?:nhau|em|anh|chi)|quando (?:a gente )?(?:se )?(?:encontrar|ver)/;

/** The sentence at `index` settles the money when the writer and the reader meet (AT_MEETING). */
export function atMeeting(text: string, lower: string, index: number): boolean {
  const [s, e] = sentenceAt(text, index);
  return AT_MEETING.test(foldDiacritics(lower.slice(s, e + 1)));
}
