// Hand over a secret: a password, PIN, card number or one-time code, typed into a page or sent
// back. Never legitimate from anyone, except the service's own code message that tells the
// reader its code ("Your code is 123456, never share it"). A building's door code asked for by
// a driver is a delivery matter, and "we never ask for your PIN" asks nothing.
import type { Ask, AskChannel, LureMatch } from '../check.js';
import { tellsItsCode } from '../lures/index.js';
import { foldDiacritics } from '../lures/fold.js';
import { replyChannel } from './reply.js';
import { namedSiteLinks } from '../brands/own-site.js';
import { hasCue, inSentence, inSentenceOrBefore, inSentenceOrNext, requestedNearby, REFUSED, requestedObjects, sentenceAt, toldDoneAt, type AskFinder, type AskInput, type AskNeeds, luresOfCategory } from './types.js';
import { gated } from '../match/literals.js';

// A code cue that names a verification code itself, not any number (a booking's, a locker's).
const VERIFY_CODE = /認証|確認コード|ワンタイム|パスコード|verif|one[- ]?time|\botp\b|验证码|驗證碼|인증|xac (?:nhan|thuc)|codigo de (?:verifica|seguran)|kode (?:verifikasi|otp)|รหัสยืนยัน|รหัส otp/;

// The reader telling of being asked, or of not handing over ("認証コード聞かれたけど教えてない"): a report, no ask.
const TOLD_OF_ASK = /聞かれ|求められ|言われ|頼まれ|(?:教え|送っ|伝え|返信し)て(?:い)?ない|asked (?:me|for)|didn't (?:send|give|tell)/;
function refusedOrToldOf(said: string): boolean {
  return REFUSED.test(said) || TOLD_OF_ASK.test(said);
}

// The code a code message gives, pointed at: "このコードを入力", "enter this code".
const THE_CODE = /(?:この|上記の|こちらの|以下の)(?:コード|番号)|this code|the code above|the code below/;

function channelOf(input: AskInput): AskChannel {
  const u = input.indicators.urls[0];
  return u ? { type: 'url', value: u.normalized, host: u.host } : replyChannel(input);
}

// The objects createSecretAsk takes up: a secret, a code, a reference to one ("その番号"), the reader's own number.
const SECRET_OBJECTS = ['secret', 'code', 'code-ref', 'own-number'];

/**
 * What createSecretAsk cannot find an ask without (types.ts AskNeeds): every ask it makes starts from a cue of one of
 * SECRET_OBJECTS, or from a number told by its arrival (arrivalHeaded, which needs an arrival word first).
 */
export const secretNeeds: AskNeeds = (input) => hasCue(input, SECRET_OBJECTS) || mayHeadArrival(input.norm.lower) || SIGN_IN.test(input.norm.lower) || REMOTE_APP.test(input.norm.lower) || mayHoldValue(foldDiacritics(input.norm.lower));

// The writer's own verb of hearing or checking what the reader says ("確認いたします", "確認させてください", "伺います", "お聞きします").
const HEARD = /(?:確認|照会)(?:いたします|させていただきます|させて(?:ください|下さい|いただけ)|します)|(?:お)?伺い(?:いた)?します|お聞き(?:いた)?します|お尋ね(?:いた)?します/;
const PIN_WORD = /暗証番号|pin(?:番号|コード)?(?![a-z])/;

/**
 * A PIN the writer says it will check or hear ("変更は電話でお受けしており、口座の暗証番号も併せて確認いたします"): no bank, office or
 * company ever needs the reader's PIN, which only the card's holder types at a machine (全銀協・NPA: 暗証番号を聞かれたら詐欺), so
 * telling that it will be heard on the call asks it as plainly as "教えてください". Not in a sentence that says it is never asked.
 */
function pinHeard(input: AskInput): string | undefined {
  const lower = input.norm.lower;
  const pin = PIN_WORD.exec(lower);
  if (pin === null || inSentence(input, pin.index, 'never-ask') || inSentence(input, pin.index, 'door')) return undefined;
  const [s, e] = sentenceAt(input.norm.text, pin.index);
  const said = lower.slice(s, e);
  if (/ません|ない|不要|決して|never|not/.test(said)) return undefined;
  // Or told as what a procedure needs ("暗証番号も手続きに必要です", "受け取りには暗証番号が必要となります"): a benefit, a refund or a
  // form needs no PIN from anyone but the holder at a machine (全銀協・警察庁: 役所・銀行・民生委員が暗証番号を聞くことはない), so
  // telling it is needed asks it. Not a PIN the reader types at the machine or the counter themself ("ATMで暗証番号の入力が必要です").
  const needed = PIN_NEEDED.test(said) && !PIN_TYPED.test(said);
  return HEARD.test(said) || needed ? pin[0] : undefined;
}
const PIN_NEEDED = /必要(?:です|となります|になります|でございます|がございます|となっております)|(?:is|are) (?:required|needed)/;
const PIN_TYPED = /入力|押して|押す|atm|窓口|端末|機械|ご自身|ご本人が|本人が|お客様ご自身|at the (?:atm|machine|counter)|type|enter/;

export function createSecretAsk(): AskFinder {
  return (input) => {
    const asks: Ask[] = [];
    const ownCode = tellsItsCode(input);
    // "ワンタイムパスワード：905512 お取引画面に入力してください": the password asked for is the code the
    // message itself gives, typed into the service's own screen, not a secret handed over.
    const ofOwnCode = (at: number): boolean => ownCode && inOtp(input, at);
    // "パスワードをリセットするにはこのコードを入力してください": in a code message, what is entered is the
    // code it gives; the password named is what the code resets, not asked for.
    const entersItsCode = (at: number): boolean => {
      if (!ownCode) return false;
      const [s, e] = sentenceAt(input.norm.text, at);
      return THE_CODE.test(input.norm.lower.slice(s, e));
    };
    // "ワンタイムパスワードがSMSで届きますので、画面に入力してください": a one-time password to be typed in,
    // with no link and nothing handed over, is typed on the service's own screen, as a code is (below).
    const typedOnItsScreen = (at: number): boolean => input.indicators.urls.length === 0 && inOtp(input, at) && !near(input, at, 'hand-over') && !asksBeyondTyping(input, at);
    const secret = requestedObjects(input, 'secret').find((o) => !inSentence(input, o.index, 'door') && !ofOwnCode(o.index) && !entersItsCode(o.index) && !typedOnItsScreen(o.index));
    if (secret) asks.push({ kind: 'secret', cue: secret.cue, channel: channelOf(input), quoted: secret.quoted });
    else {
      const heard = pinHeard(input);
      if (heard) asks.push({ kind: 'secret', cue: heard, channel: channelOf(input), quoted: false });
    }
    // A locker's or a building's entry code typed at its own screen is a delivery matter; a code
    // that has just arrived on the reader's phone ("今届いた認証番号") opens an account, whatever door it is said to open.
    const nearCodes = requestedNearby(input, 'code');
    // Filtered only when there is something to filter: most messages ask for no code.
    const codes: LureMatch[] = nearCodes.length === 0 ? [] : nearCodes.filter((o) => (!inSentence(input, o.index, 'door') || arrives(input, o.index)) && !otherNumber(input, o));
    // "番号が届くので、そのまま転送して", "SMSが届きますので、その番号を返信して": the number is named only by
    // its arrival, then taken up again ("その番号", "それ教えて", "スクショして") to be passed on.
    // Not when what arrives is another number ("予約番号がSMSで届きますので、その番号を受付で").
    // Its content ("SMS届くから中身教えて") is taken up only beside a text message: a parcel's contents are no code.
    const nearRefs = requestedNearby(input, 'code-ref');
    const referred = nearRefs.length === 0 ? nearRefs : nearRefs.filter((o) => arrives(input, o.index) && !arrivingOther(input, o.index) && (!CONTENT_REF.test(o.cue) || besideTextMessage(input, o.index)));
    // "今から届くLINEの番号、教えて": a number told by its arrival on the reader's phone, a service's name between.
    const headed = arrivalHeaded(input);
    if (headed.length > 0) codes.push(...headed);
    if (codes.length > 0 || referred.length > 0) {
      // A code that arrives or arrived on the reader's phone (or "by mistake"), asked to be passed to the
      // writer: someone is taking over an account registered to the reader's number. No service needs a
      // person to relay its code, so whoever asks, in whatever voice (a boss's new system, a group moving
      // its chat, a friend whose LINE was taken, a driver's drop-off code), the ask is the same.
      // Handed over means sent or told to the writer; "届いた番号を自分でアプリに入力してね" with no link is the
      // reader typing their own code into their own app.
      // A hand-over in words the message reports ("私のLINEから「認証番号教えて」ってメッセージ行ってない?") is what
      // someone else asked, told to the reader, not asked of them.
      const handed = (o: { index: number }): boolean => inSentenceOrNext(input, o.index, (at) => handOverAsked(input, at));
      const relayed = [...codes, ...referred].find((o) => (headed.includes(o) || arrives(input, o.index)) && handed(o));
      if (relayed) asks.push({ kind: 'share-code', cue: relayed.cue, channel: replyChannel(input), quoted: relayed.quoted });
      else if (!ownCode) {
        // A code to be typed ("画面の指示どおり入力してください") with no link to type it into goes where the
        // service shows it, on its own screen; asked with a link, or told to be handed over, it is asked for.
        const c = codes.find((o) => handed(o) || input.indicators.urls.length > 0 || asksBeyondTyping(input, o.index));
        // A verification code told back to the writer ("4桁認証コードをこの番号に返信", "確認コードをこちらに返信"), arrival
        // said or not: such a code exists only because a service sent it to the reader's phone or mail to prove it is
        // them, so whoever receives it signs in as the reader. The takeover itself, as a code "sent by mistake".
        if (c && handed(c) && VERIFY_CODE.test(c.cue) && !input.reported && !refusedOrToldOf(sentenceText(input, c.index))) asks.push({ kind: 'share-code', cue: c.cue, channel: replyChannel(input), quoted: c.quoted });
        else if (c) asks.push({ kind: 'secret', cue: c.cue, channel: channelOf(input), quoted: c.quoted });
      }
    }
    // The same takeover through a page: the reader's number typed into the linked page, and the code that then arrives on
    // the reader's phone typed there too ("電話番号入れたら番号届くからそれ入れるだけ→ vote-…com"). Whoever made the page
    // receives both.
    if (!ownCode && !asks.some((a) => a.kind === 'secret' || a.kind === 'share-code')) {
      const harvested = codeTypedOnPage(input);
      if (harvested) asks.push({ kind: 'secret', cue: harvested.cue, channel: channelOf(input), quoted: harvested.quoted });
    }
    // "携帯番号教えてくれる?認証するのに必要で": the reader's number asked for an account's verification is
    // the first step of the same takeover (the code sent to it is asked for next).
    if (!asks.some((a) => a.kind === 'share-code')) {
      // Handed over, not typed into a form ("教えて", "返信して"; a service's own page asks "ご入力ください").
      const number = luresOfCategory(input.lures, 'own-number').find((o) => !inSentence(input, o.index, 'never-ask') && near(input, o.index, 'hand-over') && near(input, o.index, 'verify'));
      if (number) asks.push({ kind: 'share-code', cue: number.cue, channel: replyChannel(input), quoted: number.quoted });
    }
    // An account's sign-in or a remote-control app's number told to a person (signInHandOver), in words the secret cues miss
    // ("ネットバンキングIDを返信", "ログインIDと承認用パスワードを共有", "AnyDeskを入れて9桁の番号を教えて").
    if (!asks.some((a) => a.kind === 'secret')) {
      const signIn = signInHandOver(input);
      if (signIn !== undefined) asks.push({ kind: 'secret', cue: signIn, channel: replyChannel(input), quoted: false });
    }
    // A card's details, a passport beside a card, a door's code beside the hours at home, a spare key's place (valueToPerson):
    // told to the writer, whatever link the message also shows ("booked on Booking.com… reply with a photo of the card").
    const value = valueToPerson(input);
    if (value !== undefined) {
      const i = asks.findIndex((a) => a.kind === 'secret');
      if (i < 0) asks.push({ kind: 'secret', cue: value, channel: replyChannel(input), quoted: false });
      else if (asks[i]!.channel.type === 'url') asks[i] = { ...asks[i]!, channel: replyChannel(input) };
    }
    return asks;
  };
}

// Typing into a page: 入れる, 入力, 打ち込む, 登録, enter, type, input.
const TYPED_IN = /入れ|入力|打ち込|打って|登録|\benter\b|\btype\b|\binput\b|nhap|digite|ilagay|masukkan/;
// Words of an organisation's own register: a service's sign-up guide ("ご登録の電話番号に認証コードが届きます") is its own page's.
const BUSINESS_REGISTER = 'business';

/**
 * The reader's own number to be typed into the linked page, with a code said to arrive on the reader's phone in that
 * sentence or the next and typed in too ("電話番号入れたら番号届くからそれ入れるだけ→ vote-dance-jp.com", "enter your number,
 * you'll get a code, enter it there"): a page that asks a phone number and then the code sent to it is signing in as the reader
 * somewhere else (LINE and carrier payments send such a code to prove the number's holder), the 投票 and 'campaign' lure of
 * 国民生活センター's LINE乗っ取り warning, moved from a reply to a page. Only with a link, in no organisation's register (a
 * service's own sign-up guide names its own page; nor a page named after the name the message signs with: brands/own-site.ts),
 * not refused, reported or told as done. The own-number cue, or undefined.
 */
function codeTypedOnPage(input: AskInput): LureMatch | undefined {
  if (input.reported || input.indicators.urls.length === 0) return undefined;
  if (input.lures.some((l) => !l.quoted && l.kind === 'register' && l.category === BUSINESS_REGISTER)) return undefined;
  // A shop's or a salon's own sign-up page, named after the name the message signs with ("ヘアサロンAOIです…salon-aoi.net").
  if (namedSiteLinks(input.norm.text, input.indicators.urls).length > 0) return undefined;
  for (const o of luresOfCategory(input.lures, 'own-number')) {
    if (o.quoted || inSentence(input, o.index, 'never-ask') || inSentence(input, o.index, 'never-does')) continue;
    const said = sentenceText(input, o.index);
    if (!TYPED_IN.test(said) || refusedOrToldOf(said) || toldDoneAt(input.lures, input.norm.text, o.index)) continue;
    if (!inSentenceOrNext(input, o.index, (at) => inSentence(input, at, 'code-arrives') && TYPED_IN.test(sentenceText(input, at)))) continue;
    return o;
  }
  return undefined;
}

// What places a code on the reader's phone: it arrived, it is arriving ("届きますので", "갈 거야"), or it was "sent by mistake".
const ARRIVAL: readonly string[] = ['mistake', 'arrived', 'code-arrives'];

/** The code at `index` is said to arrive on the reader's phone, in its sentence or the one before ("SMSで番号が届きます。その番号を返信して"). */
function arrives(input: AskInput, index: number): boolean {
  return inSentenceOrBefore(input, index, (at) => ARRIVAL.some((c) => inSentence(input, at, c)));
}

// Words that report what was said, right after it: "…教えて」って", "…教えてって言われた" (not "スクショ送ってくれる":
// a cue cut at its verb's stem goes on into its own ending).
const REPORTED_AFTER = /^(?:[」』"”'’]\s*)?(?:って|という|といった|と言|との|と頼|と来|と連絡|とメッセージ|とline)/;
const QUOTE_CLOSE = /^[」』"”'’]/;
// A hand-over cue cut at its verb's stem ("スクショ送") that goes on into the writer's own act, stated or offered
// ("届いたら明細スクショ送るね", "スクショ送ります", "送っとく", "送ろうか"): the writer sends the reader something, nothing is
// asked of the reader ("送って", "送っておいて", "送れる?" still ask).
const WRITER_SENDS = /送$/;
const WRITERS_OWN_ACT = /^(?:る(?:ね|よ|わ|から|ので|[。!！.]|$)|ります|っと(?:く|きます)|っておく|っておきます|ろう(?:か|ね)?)/;
const UTTERANCE_END = /[てでいよね]$/;

/** A hand-over cue in the sentence at `index` that asks, not one reported as someone else's words. */
function handOverAsked(input: AskInput, index: number): boolean {
  const [s, e] = sentenceAt(input.norm.text, index);
  return luresOfCategory(input.lures, 'hand-over').some((l) => {
    if (l.index < s || l.index >= e) return false;
    const after = input.norm.lower.slice(l.index + l.cue.length, l.index + l.cue.length + 8);
    if (WRITER_SENDS.test(l.cue) && WRITERS_OWN_ACT.test(after)) return false;
    return !(REPORTED_AFTER.test(after) && (QUOTE_CLOSE.test(after) || UTTERANCE_END.test(l.cue)));
  });
}

// A code-ref that names the message's content, not the number in it.
const CONTENT_REF = /^(?:中身|内容|內容|把内容|把內容|里面|裡面|isi|내용|o que|ano |त्यसमा|ในนั้น|noi dung)/;

/** A text message (SMS, ショートメール) named in the sentence at `index` or the one before. */
function besideTextMessage(input: AskInput, index: number): boolean {
  return inSentenceOrBefore(input, index, (at) => inSentence(input, at, 'text-message'));
}

// An arrival still to come whose head noun is a number, with a service's name in Latin letters (or ライン) between:
// "今から届くLINEの番号", "これから来るGoogleのコード". The writer knows what is about to reach the reader's phone
// because the writer set it off: the service's code. What already came may be anything ("さっき届いたAmazonの番号":
// a parcel's), and a compound's other number ("届く荷物の伝票番号") names no service in Latin letters.
const ARRIVAL_HEADED = /(?:届く|来る|くる)(?:[a-z][a-z0-9]{1,14}|ライン)の?(?:番号|数字|コード|認証番号|確認コード|認証コード)/g;

/** Whether `text` holds one of ARRIVAL_HEADED's arrival words, which every match of it starts with. */
function mayHeadArrival(text: string): boolean {
  return text.includes('届く') || text.includes('来る') || text.includes('くる');
}

/** Numbers told by their arrival (ARRIVAL_HEADED), asked in their sentence or the next, as code cues. */
function arrivalHeaded(input: AskInput): LureMatch[] {
  const text = input.norm.lower;
  if (!mayHeadArrival(text)) return [];
  const out: LureMatch[] = [];
  for (const m of text.matchAll(ARRIVAL_HEADED)) {
    const index = m.index;
    if (inSentence(input, index, 'never-ask')) continue;
    if (!inSentenceOrNext(input, index, (at) => inSentence(input, at, 'request') || inSentence(input, at, 'hand-over'))) continue;
    // In quoted or reported words when its sentence's cues are ("「今から届くLINEの番号教えて」って来た").
    const [s] = sentenceAt(input.norm.text, index);
    out.push({ kind: 'object', category: 'code', cue: m[0], index, quoted: input.lures.some((l) => l.quoted && sentenceAt(input.norm.text, l.index)[0] === s) });
  }
  return out;
}

/** Whether `at` falls inside a one-time-code cue ("ワンタイムパスワード" holds the secret "パスワード"). */
function inOtp(input: AskInput, at: number): boolean {
  return luresOfCategory(input.lures, 'otp').some((l) => at >= l.index && at < l.index + l.cue.length);
}

// "予約番号がSMSで届きます", "整理番号が届いたら": a bare 番号 or 数字 cue closing a compound noun is that other
// number (a booking's, a queue ticket's); the codes among such compounds (認証番号, 確認番号) are cues of their own.
const BARE_NUMBER = /^(?:番号|数字)/;
const NOUN_CHAR = /[\p{Script=Han}\p{Script=Katakana}ー]/u;

function otherNumber(input: AskInput, o: LureMatch): boolean {
  return BARE_NUMBER.test(o.cue) && o.index > 0 && NOUN_CHAR.test(input.norm.text[o.index - 1] ?? '');
}

/** A bare number cue naming another number (otherNumber) stands before `index` in its sentence or the one before. */
function arrivingOther(input: AskInput, index: number): boolean {
  const [start] = sentenceAt(input.norm.text, index);
  const from = start > 1 ? sentenceAt(input.norm.text, start - 2)[0] : start;
  return luresOfCategory(input.lures, 'code').some((l) => l.index >= from && l.index < index && otherNumber(input, l));
}

// Typing a code in: what a service's own screen asks ("入力してください", "enter the code").
const TYPING = /入力|記入|enter|입력|输入|輸入|nhap|digite|ingrese|ilagay|masukkan/;

/** A request beside the code at `index` (its sentence or the next) other than typing it in ("お知らせください", "provide"). */
function asksBeyondTyping(input: AskInput, index: number): boolean {
  return inSentenceOrNext(input, index, (at) => {
    const [s, e] = sentenceAt(input.norm.text, at);
    return luresOfCategory(input.lures, 'request').some((l) => l.index >= s && l.index < e && !TYPING.test(l.cue));
  });
}

/** A cue of `category` in the sentence at `index` or the one after it. */
function near(input: AskInput, index: number, category: string): boolean {
  return inSentenceOrNext(input, index, (at) => inSentence(input, at, category));
}

// An account's sign-in: a login ID (with its password or alone for net banking), an approval or transaction password, a
// token's number, a cash card's PIN (the card's own sign-in at the ATM), an ID or address paired with its password ("B2クラウドのIDとパスワード", "IDと暗証番号",
// "メールアドレスとパスワード"; a university's or an employer's own: "学籍番号とポータルのパスワード", "社員番号とパスワード", a portal's password), in
// English "login ID", "username and password", "online banking password", "student ID and password".
const SIGN_IN = gated(/(?:キャッシュ)?カードの暗証番号|ログインid|登录(?:账号|帐号|名)(?:和|与|跟)密码|网银(?:的)?(?:登录)?(?:账号|帐号|密码)|ten dang nhap va mat khau|(?:usuario|login) e senha|ログインパスワード|ネットバンキング(?:の)?(?:ログイン)?(?:id|パスワード|暗証番号)|(?:承認|確認|取引|振込)(?:用)?パスワード|トークン[^。、]{0,8}(?:番号|数字|桁)|(?:id|アカウント|メールアドレス|ユーザー名|ユーザーid|利用者番号|学籍番号|学生番号|社員番号|職員番号|会員番号)(?:と|・|及び|および)(?:ログイン|ポータル|学内|システム)?(?:の)?(?:パスワード|暗証番号|pw)|ポータル(?:の)?パスワード|login (?:id|details|credentials)|username and password|(?:student|employee|staff|member) (?:id|number) and (?:portal )?password|portal password|(?:online|internet) banking (?:id|login|password)/);
// A remote-control app (AnyDesk, TeamViewer, QuickSupport; "遠隔操作アプリ", "画面共有アプリ") whose number is to be read out.
const REMOTE_APP = gated(/anydesk|teamviewer|quick\s?support|クイックサポート|(?:遠隔|リモート)(?:操作|管理|サポート|接続)?アプリ|画面共有アプリ|remote (?:access|desktop|support) app/);
const APP_NUMBER = /(?:番号|id|数字|コード|number|code)[^。]{0,8}(?:教えて|伝えて|読み上げ|お知らせ|返信|送って|tell|read|send|text)|(?:tell|read|send|text)[^.。]{0,24}(?:number|code|id)\b/;
// Told to a person: taught, shared, replied, read out, or "confirmed" by the staff who will ring ("IDと暗証番号の確認をいたします",
// "IDとパスワードを確認するため、担当者が電話いたします"); not typed in ("入力", "ログインして"), changed or kept.
const TOLD = /教えて|(?:お)?伺い(?:いた)?します|お聞き(?:いた)?します|共有(?:して|いただ|ください|をお願い|願)|返信|送って|送信して|お知らせ(?:ください|下さい|いただ|願)|伝えて|読み上げ|確認(?:を)?(?:いた)?します|確認するため|確認させて|text (?:it |them )?(?:me |us )?back|send (?:me|us|it)|share (?:it|them|your)|tell (?:me|us)|发给我|告诉我|gui cho|gui lai|nhan lai|me (?:manda|envie|passa)/;

// A sign-in used to sign up elsewhere: "…で登録", "…で応募", "sign up with", "register with".
const SIGNED_UP_WITH = /で(?:登録|申し?込|応募)|sign up with|register with/;

/** A third party's campaign, entry or sign-up (`third-party-use`) named in the sentence at `index` or the one before it. */
function campaignBefore(input: AskInput, index: number): boolean {
  return inSentenceOrBefore(input, index, (at) => inSentence(input, at, 'third-party-use'));
}

/**
 * An account's sign-in (a login ID with its password, a net-banking ID, an approval password, a token's number) or a
 * remote-control app's number asked to be told to a person, by reply, share or a call that "confirms" it, whoever asks (an
 * accountant, the IT desk, a bank's corporate desk, a platform's support): no one who runs the account asks its secret, and
 * whoever hears it holds the account or the device (全銀協・警察庁 法人口座の不正送金, IPA サポート詐欺). Not in a warning, a
 * never-ask notice, a service's own code message, nor a sign-in to be typed on the service's own screen.
 */
export function signInHandOver(input: AskInput): string | undefined {
  if (input.reported) return undefined;
  const lower = input.norm.lower;
  const candidates: RegExpExecArray[] = [...SIGN_IN.matchAll(lower)];
  // The app named in one sentence ("遠隔管理アプリの更新が必要です") and its number asked in another: the number's sentence counts.
  for (const app of REMOTE_APP.matchAll(lower)) {
    const n = new RegExp(APP_NUMBER.source, 'g');
    n.lastIndex = app.index;
    const num = n.exec(lower);
    if (num !== null) candidates.push(num);
  }
  for (const found of candidates) {
    if (inSentence(input, found.index, 'never-ask')) continue;
    const [, e] = sentenceAt(input.norm.text, found.index);
    // Or signed up with at a third party's campaign ("学籍番号とポータルパスワードで登録するだけ", "キャンペーン"): the sign-in goes to
    // whoever runs the campaign, not to the portal it opens.
    const told = TOLD.exec(lower.slice(found.index, e)) ?? (campaignBefore(input, found.index) ? SIGNED_UP_WITH.exec(lower.slice(found.index, e)) : null);
    if (told === null || inSentence(input, found.index + told.index, 'never-ask')) continue;
    return lower.slice(found.index, found.index + told.index + told[0].length);
  }
  return undefined;
}

// What unlocks money, an identity or a home, told to a person (valueToPerson). A payment card's own details: its number
// (カード番号, カードの番号, card number, 卡号, 카드 번호, เลขบัตร), its data (カード情報, card details, 카드 정보, ข้อมูลบัตร,
// dados do cartao), the code on its back (裏面の3桁, cvv, 3-digit code on the back), its picture (カードの表裏・写真, photo of
// your card, card front and back, รูปบัตร, foto do cartao). A 有効期限 or a bare セキュリティコード is a code message's word too;
// an identity card's picture (在留カード, マイナンバーカード, ảnh thẻ 3x4: an ID photo) is personal data, weighed as a reply's.
const CARD_DATA = gated(/(?<!在留|マイナンバー|マイナ|保険|診察|学生|社員|ポイント|図書|ic|交通系)(?:クレジット|キャッシュ|デビット)?カード(?:の)?(?:番号|情報|表裏|両面|表と裏|写真|画像)|裏面?(?:の)?(?:数字)?(?:3|三)桁|card (?:number|details|info(?:rmation)?|front and back)|(?:photo|picture|image|copy|scan) of (?:your|the) (?:credit |debit |bank )?card|(?:both sides|front and back) of (?:your|the) card|\bcvv\b|\bcvc\b|digit (?:security )?code on the back|(?:信用|银行|銀行)?卡(?:号|號|信息|資料|背面|的照片)|카드 ?(?:번호|정보|사진)|เลขบัตร|ข้อมูลบัตร|รูปบัตร(?!ประชาชน)|บัตรทั้งสองด้าน|(?:numero|dados|foto) do cartao(?! de residencia| zairyu)|(?:nomor|data|foto) kartu(?! identitas| ktp| keluarga| pelajar)|so the (?:tin dung|ngan hang)|thong tin the (?:tin dung|ngan hang|atm|visa)|anh (?:chup )?the (?:ngan hang|tin dung|atm|visa|hai mat|2 mat)|anh (?:chup )?(?:2|hai) mat (?:cua )?the|litrato ng card|कार्ड(?:को)? (?:नम्बर|फोटो)/);
// A passport's picture beside a payment card: the identity and the money that together open a card in the reader's name.
const PASSPORT = gated(/パスポート|旅券|passport|여권|护照|護照|ho chieu|passaporte|pasaporte|paspor|หนังสือเดินทาง|राहदानी|पासपोर्ट/);
const PAY_CARD = /クレジットカード|キャッシュカード|デビットカード|(?<!在留|マイナンバー|マイナ|保険|ポイント|診察|学生|社員)カード|(?<!residence |number |id |insurance |health |student |membership |point )\bcard\b|카드|银行卡|信用卡|cartao|kartu|บัตร(?!ประชาชน)/;
// A home's way in asked with when it stands empty or occupied: the door's code beside the hours at home, or where a spare key is.
const DOOR_CODE = gated(/(?:オートロック|玄関|エントランス|入口|入り口)(?:の)?(?:暗証)?番号|暗証番号|オートロックの?(?:番号|コード|解除番号)|(?:door|gate|entry|entrance|building|lock|lobby) (?:code|pin|passcode)|门禁(?:密码|码)|(?:대문|현관|공동현관) ?비밀번호|ma (?:cua|cong)|mat khau cua|codigo (?:do portao|da porta|do predio)|kode pintu|รหัสประตู/);
const PIN_TOLD = gated(/暗証番号|\bpin\b(?:番号|コード)?|비밀번호|mat khau the|senha do cartao|รหัส ?atm/);
// Sent back to the writer in writing: a reply, a text, a message (a call is weighed by pinHeard).
const PIN_SENT = /返信|送って|送信|ご連絡ください|教えて|reply|send|text (?:me|us|back)|回复|답장|tra loi|responda|balas|ตอบกลับ/;
// A home network's or a device's PIN (Wi-Fi, a router, a printer's pairing) is no card's or account's: a household matter.
const DEVICE_PIN = /wi-?fi|wifi|ルーター|router|プリンター|printer|bluetooth|ペアリング|pairing/;
const DOOR_WORD = /オートロック|玄関|エントランス|入口|入り口|宅配ボックス|ロッカー|門|ゲート|door|gate|locker|entrance|lobby|门禁|현관|cua|portao|porta|pintu|ประตู/;
const HOME_TIME = /在宅(?:時間|の時間|予定|の予定)|ご在宅|何時に(?:ご)?(?:帰宅|在宅)|留守(?:の)?(?:時間|日|予定)|不在(?:の)?(?:時間|日|予定)|when (?:you(?:'re| are| will be|'ll be)|you're) (?:home|in|out|away|back)|what time (?:you(?:'re| are|'ll be| will be)) (?:home|back|in|out)|anong oras (?:kayo|ka) (?:nasa bahay|uuwi)|kailan kayo nasa bahay|什么时候在家|在家(?:的)?时间|집에 (?:계신|있는|계시는) 시간|khi nao (?:ban|anh|chi|em) o nha|gio nao (?:ban|anh|chi) o nha|que horas (?:voce )?(?:esta|estara) em casa|kapan (?:anda|kamu) (?:di|ada di) rumah|เวลาที่อยู่บ้าน/;
const KEY_PLACE = gated(/(?:合鍵|合い鍵|スペアキー|予備の鍵|鍵)(?:の)?(?:保管場所|置き場所|隠し場所|場所|ありか)|(?:where|location of) (?:the|your) (?:spare )?key|spare key|备用钥匙|钥匙(?:放在哪|的位置)|열쇠 ?(?:위치|보관)|chia khoa du phong|chave (?:reserva|extra)|kunci cadangan|ekstrang susi|กุญแจสำรอง/);
// A visit in the message beside a key's place: the staff coming in ("スタッフがお伺いする前に"); a relative's "合鍵どこ?" names none.
const VISIT_WORD = /伺|訪問|スタッフ|作業員|清掃|\bstaff\b|cleaner|our team|technician|\bvisit/;
// A cash card or a passbook whose number the staff will copy down ("担当者が番号を控えさせていただきます").
const CASH_CARD = /キャッシュカード|通帳|銀行(?:の)?カード|cash card|bank card|atm card|passbook/;
// The copying is the staff's own act ("控えさせていただきます", "we'll note down"), not the reader's note ("暗証番号メモは持ってきて").
const NOTED = gated(/番号(?:を)?(?:お)?(?:控えさせ|メモさせ|書き写させ|記録させ|撮影させ|写真に撮らせ|控えます|メモします|記録します|お控えします)|(?:we|staff|i|they) (?:will|'ll) (?:note|write|copy|jot) down (?:the|your) (?:card |account )?number|(?:let us|we will|we'll) take a (?:copy|photo|picture) of (?:your|the) card/);
// Told to a person beyond the hand-over cues: a call that hears it or reads it out together, a text or a messenger.
const TO_PERSON = /(?:ご)?返信(?!不要|は不要|の必要はありません)|reply (?:with|to this)|お電話|電話(?:で|にて|口で)|お伺い(?:いた)?します|お聞き(?:いた)?します|伺います|読み合わせ|読み上げ|控えさせ|call (?:us|me)|over the phone|by phone|on the phone|\btext me\b|\bsend me\b|\bdm me\b|(?:by|via|on) (?:line|whatsapp|messenger|telegram)|ทางไลน์|lineで|ラインで/;
// The issuer's own line, printed on the card ("カード裏面のお電話番号へ", "call the number on the back of your card"): the
// card's number told there goes to the one who issued it.
const ISSUER_LINE = /裏面(?:に)?(?:記載|の)?(?:の)?(?:お)?(?:電話|問い?合わ?せ|窓口|番号へ|番号まで|番号に|お取引店)|(?:number|phone number|line) (?:on|printed on) the back of (?:your|the) card/;

/** The sentence at `index`, lower-cased, Latin diacritics folded ("gửi ảnh chụp thẻ" as "gui anh chup the"). */
function sentenceText(input: AskInput, index: number): string {
  const [s, e] = sentenceAt(input.norm.text, index);
  return foldDiacritics(input.norm.lower.slice(s, e + 1));
}

/** The sentence at `index` or the next tells the thing to the writer: a hand-over asked, a call, a text or a messenger. */
function toldToWriter(input: AskInput, index: number): boolean {
  return inSentenceOrNext(input, index, (at) => handOverAsked(input, at) || TO_PERSON.test(sentenceText(input, at)));
}

/** Whether `text` names anything valueToPerson looks for: its gate (secretNeeds). */
function mayHoldValue(text: string): boolean {
  return CARD_DATA.test(text) || PIN_TOLD.test(text) || PASSPORT.test(text) || DOOR_CODE.test(text) || KEY_PLACE.test(text) || NOTED.test(text);
}

/**
 * What unlocks money, an identity or a home, asked to be told to a person by reply, photo, messenger or a call: a payment
 * card's number, data, back code or picture (a passport's picture beside a card), a cash card's or a passbook's number copied
 * down by the staff, a door's code beside the hours the reader is home, a spare key's place beside the door or a visit. A hotel,
 * a booking site, a ticket office, a driver, a cleaner or a salon takes a card on its own secure page or at the counter and
 * comes in through the reader or the building's manager; whoever hears these holds the card, the identity or the home
 * (JCB・日本クレジット協会: カード情報をメールやSMSで聞くことはない; PCI DSS forbids card data by message; 警視庁 侵入盗).
 * Not in a warning or a never-ask notice, not in a code message, not a code or a key told TO the reader, not a card shown at
 * the counter, not a passport's photo alone.
 */
export function valueToPerson(input: AskInput): string | undefined {
  if (input.reported) return undefined;
  const lower = foldDiacritics(input.norm.lower);
  if (!mayHoldValue(lower) || tellsItsCode(input)) return undefined;
  const ok = (index: number): boolean => {
    if (inSentence(input, index, 'never-ask') || inSentence(input, index, 'scam-awareness')) return false;
    const said = sentenceText(input, index);
    if (REFUSED.test(said)) return false;
    // Typed on a page the message links: that page's matter, weighed as the link's.
    if (input.indicators.urls.length > 0 && TYPING.test(said) && !handOverAsked(input, index)) return false;
    return toldToWriter(input, index);
  };
  // (CARD_DATA's gate first: mayHoldValue passes on a passport or a door code too, and CARD_DATA is tried at every character.)
  if (CARD_DATA.may(lower) && !ISSUER_LINE.test(lower)) for (const m of CARD_DATA.matchAll(lower)) if (ok(m.index)) return m[0];
  for (const m of PASSPORT.matchAll(lower)) {
    const said = sentenceText(input, m.index);
    if (PAY_CARD.test(said) && ok(m.index)) return m[0];
  }
  for (const m of DOOR_CODE.matchAll(lower)) {
    const after = lower.slice(m.index + m[0].length, m.index + m[0].length + 8);
    // The code told, not asked ("エントランスの暗証番号は1234です", "the door code is 4821").
    if (/^\s*(?:は|:|：|is\b|=|\d)/.test(after)) continue;
    const said = sentenceText(input, m.index);
    if ((HOME_TIME.test(said) || KEY_PLACE.test(said)) && ok(m.index)) return m[0];
  }
  for (const m of KEY_PLACE.matchAll(lower)) {
    if (/^\s*(?:は|:|：|is\b)/.test(lower.slice(m.index + m[0].length, m.index + m[0].length + 4))) continue;
    if (VISIT_WORD.test(lower) && ok(m.index)) return m[0];
  }
  // A card's or an account's PIN told to a person by reply, a call or a messenger ("カード番号と暗証番号の返信が必要です"):
  // only its holder ever types it, at a machine (全銀協・警察庁: 暗証番号を聞かれたら詐欺). Not a door's code (a delivery matter).
  for (const m of PIN_TOLD.matchAll(lower)) {
    if (inSentence(input, m.index, 'door')) continue;
    const said = sentenceText(input, m.index);
    if (!DOOR_WORD.test(said) && !DEVICE_PIN.test(said) && PIN_SENT.test(said) && !/ない|ません|never|not/.test(said) && ok(m.index)) return m[0];
  }
  for (const m of NOTED.matchAll(lower)) {
    const [start] = sentenceAt(input.norm.text, m.index);
    const before = start > 1 ? sentenceText(input, start - 2) : '';
    if ((CASH_CARD.test(sentenceText(input, m.index)) || CASH_CARD.test(before)) && !inSentence(input, m.index, 'never-ask') && !REFUSED.test(sentenceText(input, m.index))) return m[0];
  }
  return undefined;
}
