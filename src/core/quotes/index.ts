// Whose words are these? A message that passes a scam on (a forward, a quotation, a screenshot
// retold, "これ来たんだけど本物？") carries the scam's words beside the sender's own. This module
// splits the normalised text into spans the sender quotes or forwards and, by elimination, the
// sender's own words, so that what is asked, claimed and threatened inside a quotation is not
// counted as the sender's.
//
// A quotation mark alone does not make text someone else's: lures quote too (「重要」, 「未納料金の
// お知らせ」」 as a title). A span is *told* (reported speech) only when the message frames it as
// received: a tail after it (「…」って来た, 「…」という偽SMS), a pointer (→『…』, ↑これ, ←これ本物？),
// a forward marker (Fw:, 【転送】, > lines), or a casual "…って通知来た". Bracketed quotes that are not
// told are still set apart (`spans`) for messages whose own words report a scam; told spans are
// themselves such a report.
import { anchorSet, holdsAny } from '../match/anchors.js';
import { gated } from '../match/literals.js';
import { foldDiacritics } from '../lures/fold.js';

/** Quotation marks that set off reported text. */
const QUOTES: Readonly<Record<string, string>> = { '「': '」', '『': '』', '“': '”', '‘': '’', '〝': '〟', '"': '"', "'": "'" };
/** A quote shorter than this is a name in brackets (「三菱UFJ銀行」), unless a tail tells it. */
export const MIN_QUOTE = 8;
// Looked up by code: text[i] makes a string of every Japanese character it reads.
const CLOSE_BY_CODE: ReadonlyMap<number, string> = new Map(Object.entries(QUOTES).map(([open, close]) => [open.charCodeAt(0), close]));
// Any opening mark, found by the regex engine's scan: a Map read per character was 3% of the
// engine, and a JavaScript loop comparing codes costs twice the regex.
const OPENING = new RegExp(`[${Object.keys(QUOTES).join('')}]`, 'g');

export interface QuoteSpan {
  /** [start, end) in the normalised text, inside the marks. */
  readonly start: number;
  readonly end: number;
  /** Framed as received: reported speech, a forward, a pointed-at message. */
  readonly told: boolean;
}

export interface QuoteSplit {
  /** Quoted and forwarded spans, in text order, not overlapping. */
  readonly spans: readonly QuoteSpan[];
  /** Some span is told: the message passes on a message it got. */
  readonly told: boolean;
  /**
   * Letters and digits of the sender's own words: outside told spans, forward markers left out.
   * A bare "Fw: …" with nothing said about it passes a message on without telling anything of it.
   */
  readonly own: number;
}

const LETTER = /[\p{L}\p{N}]/u;

/** The first opening mark at or after `from`, or -1 (every mark is one code unit). */
function nextOpening(text: string, from: number): number {
  OPENING.lastIndex = from;
  return OPENING.test(text) ? OPENING.lastIndex - 1 : -1;
}

const LATIN = /[A-Za-z]/;

/** An ASCII apostrophe inside a word (it's, don't) opens and closes nothing. */
function apostrophe(text: string, at: number): boolean {
  return LATIN.test(text[at - 1] ?? '') && LATIN.test(text[at + 1] ?? '');
}

/**
 * Where the quote opened at `open` closes: quotes nest (「…「受給対象」と出ます」ってSMS来た), so the
 * first closing mark may close an inner quote. Straight quotes do not nest. -1 if never closed.
 */
function closingOf(text: string, open: number, close: string): number {
  const opener = text[open] as string;
  if (opener === close) {
    for (let j = text.indexOf(close, open + 1); j !== -1; j = text.indexOf(close, j + 1)) if (close !== "'" || !apostrophe(text, j)) return j;
    return -1;
  }
  let depth = 0;
  for (let j = open + 1; j < text.length; j++) {
    const c = text[j];
    if (c === opener) depth++;
    else if (c === close && depth-- === 0) return j;
  }
  return -1;
}

// A link written so it cannot be tapped (hxxps://, x[.]top): whoever writes it so passes on a link
// they got, and warns of it; no lure breaks its own link (the corpora's lures that do were defanged by
// the people who published them, and stand outside any quotation).
const DEFANGED = /hxxps?:|\[\.\]|\(\.\)|\[:\]/;
// Between a lead and the opening mark: a space, a colon, a dash.
const LEAD_GAP = /[\s:：,、-]*$/;

// After a short quote: it was written in, or came as, a message (『LINEで詳細』って書いてあったら,
// 「至急振込を」と来ても, 「至急」とメールが届いたら).
const SHORT_TAILS = /^(?:って|と)(?:書|か[いか]れ)|^って(?:sms|メール)?(?:が)?(?:来|き|届)|^と(?:sms|メール|line|連絡)?(?:が)?(?:来|き|届)(?:た|て|ま)|^という(?:sms|メール|メッセージ)/;

// After a quote, the words of a request told as what victims are asked, and named as the harm or the trick
// (「…」と頼まれる被害, 『…』と言われる手口, 「…」と求められるケース): a warning's quotation of the scam, whatever tail
// data/lures.json lists. A quote told only as said (「…」と言われた) is not this: a relative in trouble tells so too.
const HARM_TAIL = /^(?:と|って)(?:頼まれ|言われ|求められ|指示され|迫られ|要求され|持ちかけられ|誘われ)(?:る|た)?(?:被害|詐欺|手口|ケース|事例|トラブル|相談)/;

// After a quote, a request told as what someone may ask, in a warning's conditional ("「誤って入金したので返してほしい」と求められた
// 場合は、お手続きせず取引銀行の窓口にご相談ください", "「カードを預かります」と言われたら、すぐ電話を切って#9110へ"): what would be asked is
// reported, not asked. Banks, 全銀協 and the police word their alerts so (https://www.zenginkyo.or.jp/topic/detail/nid/3164/ ,
// https://www.npa.go.jp/bureau/safetylife/sos47/). Told only where the rest of the sentence refuses or sends the reader to check
// (COND_REFUSES): a relative priming an accomplice ("「息子さんの件で」と言われたら、その人に渡して") says what to do next instead.
const COND_TAIL = /^(?:と|って)(?:頼まれ|言われ|求められ|指示され|迫られ|要求され|持ちかけられ|誘われ|聞かれ)(?:た(?:場合|ら|とき|時)|る場合|ても)/;
const COND_REFUSES = /せず|しないで|しないよう|応じず|応じないで|応じないよう|断って|断り|無視|相談|通報|切って|相手にせず|do not|don'?t|never/;

/** The quote closed before `after` is a request told in a warning's conditional (COND_TAIL), refused in its own sentence. */
function toldIfAsked(lower: string, after: number): boolean {
  const m = COND_TAIL.exec(lower.slice(after, after + 16));
  if (m === null) return false;
  let stop = after + m[0].length;
  while (stop < lower.length && !isStop(lower[stop])) stop++;
  return COND_REFUSES.test(lower.slice(after + m[0].length, stop));
}

// After a quote, told as a threat someone made (「家族に迷惑かけたくなければ」と脅され, 「…」って脅される): whoever tells it quotes the
// threatener; a threat made to the reader is written in its own words, not told as one.
const THREAT_TAIL = /^(?:と|って)(?:脅さ|脅迫さ|おどさ)/;

// After a quote, the quoted words named as the scam itself (『4桁の番号が届いたら教えて』は乗っ取り, 「未納料金があります」は詐欺です,
// "…" is a scam): whoever writes so warns of those words. 警察庁 and 国民生活センター word their alerts so
// (https://www.npa.go.jp/bureau/cyber/countermeasures/smishing.html). A lure never calls its own words a scam, and
// a short quote (a button, a name) is left to SHORT_TAILS.
const NAMED_SCAM_TAIL = /^(?:は|も|なら)\s*(?:乗っ取り|詐欺|なりすまし|偽(?:物|sms|メール)?|フィッシング|ウソ|うそ|嘘)|^(?:is|was|are) (?:a |an )?(?:scam|fake|phishing|fraud)/;

// Right before an opening mark: the message points at what follows (これ見て→『…』).
// (Not a colon: 件名:「…」 is how a lure heads its own text.)
const POINTS_AT = /(?:→|⇒|↓)\s*$/;
// Forward markers: what follows on the line (or the next line) is someone else's message.
const FORWARD = /^\s*(?:(?:fw|fwd|転送)\s*[:：]|【転送】|\[転送\]|<転送>)\s*/i;
// A pointer line: ↑これ, ↑コレ, ↑この, ↑ alone: the text above it is what it talks about.
const POINTER_UP = /(?:^|\n)[^\S\n]*↑/;
// ←これ本物？ / ← これ: the text before it on its line.
const POINTER_BACK = /←\s*(?:これ|コレ|この|こういう|って|みたいな|is|this)/i;
// "これ来た↓": a pointer at a line's end, the lines below are quoted. Not "こちら↓", which is
// how lures point at their own link.
const POINTER_DOWN = /(?:これ|コレ|こんなの|こういうの|こんなsms|こんなメール)(?:来た|きた|届いた)?[!?！？]*[^\S\n]*↓+[^\S\n]*(?:\n|$)/i;
// A casual tell with no quotation marks: 本人確認しろって通知来た, 未払いがあるってsms届いた.
// Only "って", and only with the medium named ("買ってきた" is an errand): the formal
// とのご連絡がありました is how lures themselves write.
// Tried at each "って" (sticky): one indexOf scan, not a regex run over every message.
const CASUAL_TELL = /って(?:いう|言う)?(?:sms|メール|通知|連絡|電話|メッセージ|ショートメール|dm|line)(?:が|も)?(?:来|き|届)/y;

// A call or a text told as one that may come, from anyone, with what it would say: "もし誰かから『僕が事故を…』と電話があっても",
// "nếu có ai gọi nói con bị tai nạn… thì", "if anyone calls saying…,". What it would say is the scam's, told of, not asked:
// the relative warns of the オレオレ and 'hi mum' calls before they come (NPA, 政府広報: 合言葉, 一度切って掛け直す).
// The lead is anyone (誰か, 知らない人, có ai, anyone): a relative naming themself in trouble says who they are. Only beside
// words of the writer's own that disown the money or send the reader to check (DISOWNS_ASK).
const IF_ANYONE_JA = /もし(?:も)?\s*(?:誰か|だれか|知らない人|知らない番号|警察|弁護士|会社の人)(?:から|が)/g;
// "…と電話があっても" (even if): told as not to be believed. Not "…と電話があったら" (if… then): a fake relative primes the accomplice's call so.
const TELL_TAIL_JA = /(?:と|って)(?:いう|言う)?(?:電話|連絡|メール|sms|line|メッセージ|ライン)(?:が)?(?:あっ|来|き|かかっ|入っ)ても/;
// The writer's own words beside it disown the money or send the reader to check first (đừng chuyển tiền, 振り込まないで,
// don't send money, まず僕に電話して, gọi lại cho con trước, call me first): a lure that primes a call asks the money instead.
const DISOWNS_ASK = gated(/đ[ừu]ng\s+(?:chuy[ểe]n|g[ửu]i|đ[ưu]a)|dung\s+(?:chuyen|gui|dua)|kh[ôo]ng\s+(?:đ[ưu][ợo]c\s+)?chuy[ểe]n|振り?込まないで|払わないで|送金しないで|渡さないで|信じないで|don'?t\s+(?:send|pay|transfer|wire|believe)|do\s+not\s+(?:send|pay|transfer|wire|believe)|never\s+(?:send|pay)|g[ọo]i\s+l[ạa]i\s+cho\s+\S+\s+tr[ưu][ớo]c|まず(?:僕|私|俺|あたし|わたし)に|call\s+me\s+first/);
const IF_ANYONE_VI = /n[ếe]u\s+(?:c[óo]\s+)?(?:ai|ng[ưu][ờo]i\s+n[àa]o|ng[ưu][ờo]i\s+l[ạa])\s+(?:g[ọo]i(?:\s+đi[ệe]n)?|nh[ắa]n(?:\s+tin)?)(?:\s+(?:đ[ếe]n|cho)\s+\S+)?\s+(?:n[óo]i|b[ảa]o|b[áa]o)(?:\s+r[ằa]ng)?\s+/g;
const IF_ANYONE_EN = /\bif\s+(?:any ?one|some ?one|anybody|somebody|a stranger)\s+(?:ever\s+)?(?:calls|texts|messages|rings|phones)(?:\s+you)?\s+(?:saying|to say|claiming|and says)\s+/g;
// Where the told words end: Vietnamese "thì" (then), English a comma, or the sentence's end.
const TOLD_END_VI = /\s+th[ìi]\s|[,.!?\n]/;
const TOLD_END_EN = /[,.!?\n]/;

// A call or a visit the writer got, told in their own plain words with no marks, what was said ended by a say-verb, and then
// refused or reported by the writer: "さっき銀行の人から電話あって、カードを取りに来るとか言うから断ってすぐ警察に電話した",
// "郵便局を名乗る人が家に来て、通帳を見せてって言うから断った". What the caller said is theirs, told of, as 「…」とか言うから
// would be: the writer declined it, which no lure does with its own ask (a relative's trouble told so still asks the reader to
// do what was said, and names no refusal). The police and 全銀協 ask people to talk of such calls so (警察庁 SOS47).
const CONTACT_TOLD = /(?:電話|連絡|sms|メール|メッセージ|ライン)(?:が|も)?(?:あって|あり、|来て|きて|かかってきて|入って)|(?:人|者|男|女|男性|女性)(?:が|も)(?:家に|うちに|自宅に)?(?:来て|きて)/g;
const SAID_TAIL = /(?:とか|って|と)(?:言う|いう|言って|いって|言われ|いわれ|言った|いった)/;
const WRITER_REFUSED = /断っ|断わっ|断り|無視し|切っ|切った|閉めた|警察に(?:電話|連絡|相談|行)|110番|通報|交番|相談し|応じなかっ|渡さなかっ|教えなかっ|詐欺だっ/;
// The 話 of 電話, the 絡 of 連絡, the 来/き of 来て/きて: one of them stands in every CONTACT_TOLD.
const CONTACT_ANCHORS = anchorSet('話絡来きsメッ');

// The same in Vietnamese, read with its marks folded: "có người gọi giả công an bảo chuyển tiền, mẹ đã cúp máy rồi" (someone
// called posing as the police saying to transfer money; I hung up). What they said runs from bảo or nói to the clause's end.
const CONTACT_TOLD_VI = /(?:co (?:nguoi|ai)|ai do|mot (?:nguoi|ong|ba|thang)|nguoi ta|no)\s+(?:goi(?: dien)?|nhan tin)[^.!?\n]{0,40}?\s(?:bao|noi)(?: la| rang)?\s+/g;
const WRITER_REFUSED_VI = /cup may|tat may|dap may|khong (?:chuyen|gui|tra loi|nghe|tin)|ko (?:chuyen|gui|tin)|chan so|bao (?:cong an|canh sat)|lua dao|gia mao/;

// And in Tagalog: "may tumawag daw sa akin na pulis daw at kailangan ko magbayad. Binabaan ko agad" (someone called, police they said,
// and that I had to pay; I hung up at once). What they said runs from "na" to the sentence's end.
const CONTACT_TOLD_TL = /(?:may|merong|mayroong)\s+(?:tumawag|nag-?text|nagtext|nag-?message)(?:\s+(?:daw|raw|po))?(?:\s+sa\s+(?:akin|amin|kanya|kay\s+\S+))?\s+(?:na|at sinabi(?:ng)?|sabi)\s+/g;
const WRITER_REFUSED_TL = /binabaan|binaba ko|hindi ko (?:pinansin|binayaran|sinagot|binigay|ibinigay)|di ko (?:pinansin|binayaran|sinagot)|in-?block ko|scam/;

/** [start, end) of what a caller said, told by the writer and refused (CONTACT_TOLD … SAID_TAIL … WRITER_REFUSED). */
function refusedContact(text: string, lower: string): [number, number][] {
  const out: [number, number][] = [];
  if (lower.includes('goi') || lower.includes('gọi') || lower.includes('nhắn') || lower.includes('nhan')) {
    const folded = foldDiacritics(lower);
    CONTACT_TOLD_VI.lastIndex = 0;
    for (let m = CONTACT_TOLD_VI.exec(folded); m !== null; m = CONTACT_TOLD_VI.exec(folded)) {
      const from = m.index + m[0].length;
      let stop = from;
      while (stop < text.length && !isStop(text[stop]) && text[stop] !== ',' && text[stop] !== '.') stop++;
      if (stop - from >= 4 && WRITER_REFUSED_VI.test(folded.slice(stop))) out.push([from, stop]);
    }
  }
  if (lower.includes('tumawag') || lower.includes('text')) {
    CONTACT_TOLD_TL.lastIndex = 0;
    for (let m = CONTACT_TOLD_TL.exec(lower); m !== null; m = CONTACT_TOLD_TL.exec(lower)) {
      const from = m.index + m[0].length;
      let stop = from;
      while (stop < text.length && !isStop(text[stop]) && text[stop] !== '.') stop++;
      if (stop - from >= 4 && WRITER_REFUSED_TL.test(lower.slice(stop))) out.push([from, stop]);
    }
  }
  if (!holdsAny(lower, CONTACT_ANCHORS)) return out;
  CONTACT_TOLD.lastIndex = 0;
  for (let m = CONTACT_TOLD.exec(lower); m !== null; m = CONTACT_TOLD.exec(lower)) {
    const from = m.index + m[0].length;
    let stop = from;
    while (stop < text.length && !isStop(text[stop])) stop++;
    const tail = SAID_TAIL.exec(lower.slice(from, stop));
    if (tail === null || tail.index < 4) continue;
    if (WRITER_REFUSED.test(lower.slice(from + tail.index))) out.push([from, from + tail.index]);
  }
  return out;
}

// What the e-mail quote and forward test needs: '>', the w of "fw", 転 of 転送. The pointers ↑ ← ↓ themselves (lower-casing
// changes none of these). String.includes over two-byte text costs some 50 ns a word; one anchor look-up a few.
const LINE_QUOTE_ANCHORS = anchorSet('>w転');
const POINTERS = anchorSet('↑←↓');
const SOKUON = anchorSet('っ');

/** Calls or texts told as ones that may come, with what they would say (IF_ANYONE_*): [start, end) of what they would say. */
function ifAnyoneTells(text: string, lower: string): [number, number][] {
  const out: [number, number][] = [];
  if (!DISOWNS_ASK.test(lower)) return out;
  if (lower.includes('もし')) {
    for (const m of lower.matchAll(IF_ANYONE_JA)) {
      const from = (m.index as number) + m[0].length;
      let stop = from;
      while (stop < text.length && !isStop(text[stop])) stop++;
      const tail = TELL_TAIL_JA.exec(lower.slice(from, stop));
      if (tail !== null && tail.index >= 4) out.push([from, from + tail.index]);
    }
  }
  for (const [lead, end] of [[IF_ANYONE_VI, TOLD_END_VI], [IF_ANYONE_EN, TOLD_END_EN]] as const) {
    for (const m of lower.matchAll(lead)) {
      const from = (m.index as number) + m[0].length;
      const e = end.exec(lower.slice(from));
      const to = e === null ? text.length : from + e.index;
      if (to - from >= 4) out.push([from, to]);
    }
  }
  // The disowning words stand in the writer's own words, outside what the call would say.
  return out.some(([from, to]) => DISOWNS_ASK.test(lower.slice(0, from) + ' ' + lower.slice(to))) ? out : [];
}

function isStop(c: string | undefined): boolean {
  return c === '。' || c === '!' || c === '?' || c === '\n' || c === '！' || c === '？';
}

/**
 * The quoted and forwarded spans of a normalised text. `lower` is its lower-cased twin (same
 * indexes); `tails` are the words that, right after a closing mark, make the quote reported
 * speech (data/lures.json reportTails), `leads` those that do so right before its opening mark (reportLeads).
 */
export function splitQuotes(text: string, lower: string, tails: readonly string[], leads: readonly string[] = []): QuoteSplit {
  const raw: QuoteSpan[] = [];
  const markers: [number, number][] = [];
  // Bracketed quotes.
  for (let i = nextOpening(text, 0); i !== -1; ) {
    const mark = text[i] as string;
    if (mark === "'" && apostrophe(text, i)) {
      i = nextOpening(text, i + 1);
      continue;
    }
    const end = closingOf(text, i, CLOSE_BY_CODE.get(text.charCodeAt(i)) as string);
    if (end === -1) {
      // Pointed at or led in as received (これ来た→「…, 收到「…) and never closed: the quoted message runs to the end, cut there (a
      // long SMS split into parts, a paste cut short) or its mark left open; no word after the mark is the writer's own. A bare
      // opening mark with neither stays unquoted: lures head their own text with 「 too.
      if (text.length - i - 1 >= MIN_QUOTE && (POINTS_AT.test(text.slice(Math.max(0, i - 4), i)) || ledIn(lower, i, leads))) {
        raw.push({ start: i + 1, end: text.length, told: true });
        break;
      }
      i = nextOpening(text, i + 1);
      continue;
    }
    const after = end + 1 + (lower[end + 1] === ' ' ? 1 : 0);
    const long = end - i - 1 >= MIN_QUOTE;
    // A short quote is a name or a button (「受給対象」と出ます, 「はい」って返信): told only when written or received.
    const tailed = long ? tails.some((t) => lower.startsWith(t, after)) || HARM_TAIL.test(lower.slice(after, after + 16)) || THREAT_TAIL.test(lower.slice(after, after + 6)) || NAMED_SCAM_TAIL.test(lower.slice(after, after + 16)) || toldIfAsked(lower, after) : SHORT_TAILS.test(lower.slice(after, after + 8));
    // Told by its tail, a pointer, a lead that says it was received (收到「…」, text na "…"), or a defanged link inside it.
    const told = tailed || POINTS_AT.test(text.slice(Math.max(0, i - 4), i)) || (long && (ledIn(lower, i, leads) || DEFANGED.test(lower.slice(i + 1, end))));
    if (long || tailed) raw.push({ start: i + 1, end, told });
    i = nextOpening(text, end + 1);
  }
  // Lines quoted e-mail style ("> …") and forwarded blocks (most messages have neither: one scan says so).
  // (Gated by a character of each, as the lower-cased text holds it: match/anchors.ts.)
  let lineStart = holdsAny(lower, LINE_QUOTE_ANCHORS) && (text.includes('>') || lower.includes('fw') || text.includes('転送')) ? 0 : text.length + 1;
  while (lineStart <= text.length) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl === -1 ? text.length : nl;
    const line = text.slice(lineStart, lineEnd);
    const gt = /^\s*>/.exec(line);
    if (gt) raw.push({ start: lineStart + gt[0].length, end: lineEnd, told: true });
    const fw = FORWARD.exec(line);
    if (fw) {
      markers.push([lineStart, lineStart + fw[0].length]);
      const from = lineStart + fw[0].length;
      // "Fw:" alone on its line forwards the next one.
      const to = from < lineEnd ? lineEnd : (text.indexOf('\n', lineEnd + 1) === -1 ? text.length : text.indexOf('\n', lineEnd + 1));
      const quoted = raw.find((q) => q.start === from + 1);
      if (quoted) {
        // 【転送】「…」ってメール来たんだけど本物？: the forward is the quotation; what follows it is the sender's.
        raw[raw.indexOf(quoted)] = { start: quoted.start, end: quoted.end, told: true };
      } else {
        // The forwarded text runs to the line's end, or to the sender's own pointer (←これ本物？, →偽物).
        const rest = text.slice(from, to);
        const back = POINTER_BACK.exec(rest);
        const arrow = rest.search(/[→⇒↑]/);
        const cut = Math.min(back ? back.index : rest.length, arrow > 0 ? arrow : rest.length);
        raw.push({ start: from, end: from + cut, told: true });
      }
    }
    if (nl === -1) break;
    lineStart = nl + 1;
  }
  if (!holdsAny(lower, POINTERS)) return done(raw, markers, text, lower);
  const up = POINTER_UP.exec(text);
  if (up && up.index > 0) raw.push({ start: 0, end: up.index, told: true });
  const back = POINTER_BACK.exec(text);
  if (back && back.index > 0) {
    let ls = text.lastIndexOf('\n', back.index - 1) + 1;
    for (const [ms, me] of markers) if (ms === ls) ls = me;
    raw.push({ start: ls, end: back.index, told: true });
  }
  const down = POINTER_DOWN.exec(text);
  if (down && down.index + down[0].length < text.length) {
    const from = down.index + down[0].length;
    const blank = text.indexOf('\n\n', from);
    raw.push({ start: from, end: blank === -1 ? text.length : blank, told: true });
  }
  return done(raw, markers, text, lower);
}

/**
 * Words right before the mark at `open` that say what follows was received (收到「…」, "may
 * natanggap akong text na \"…\"", "nhận được tin nhắn: \"…\""): data/lures.json reportLeads.
 */
function ledIn(lower: string, open: number, leads: readonly string[]): boolean {
  if (leads.length === 0) return false;
  const before = lower.slice(Math.max(0, open - 24), open);
  const gap = LEAD_GAP.exec(before);
  const end = gap === null ? before.length : gap.index;
  return leads.some((l) => before.endsWith(l, end));
}

/** The casual tells added, the spans merged, the sender's own letters counted. */
function done(raw: QuoteSpan[], markers: readonly [number, number][], text: string, lower: string): QuoteSplit {
  // Casual tells without marks: from the sentence's start to "って".
  // (Read only where the text holds a small っ at all: most notices have none, and the search costs more than the look-up.)
  for (let at = holdsAny(lower, SOKUON) ? lower.indexOf('って') : -1; at !== -1; at = lower.indexOf('って', at + 2)) {
    CASUAL_TELL.lastIndex = at;
    if (!CASUAL_TELL.test(lower)) continue;
    let s = at;
    while (s > 0 && !isStop(text[s - 1])) s--;
    // 」って来た is the bracketed quote's own tail.
    if (at > s && !'」』”’"\''.includes(text[at - 1] as string)) raw.push({ start: s, end: at, told: true });
  }
  for (const [start, end] of ifAnyoneTells(text, lower)) raw.push({ start, end, told: true });
  for (const [start, end] of refusedContact(text, lower)) raw.push({ start, end, told: true });
  if (raw.length === 0) return { spans: [], told: false, own: text.length };
  const { spans, told } = merge(raw);
  if (!told) return { spans, told, own: text.length };
  let own = 0;
  for (let i = 0, k = 0; i < text.length; i++) {
    while (k < spans.length && spans[k]!.end <= i) k++;
    const s = spans[k];
    if (s !== undefined && s.told && i >= s.start) continue;
    if (markers.some(([ms, me]) => i >= ms && i < me)) continue;
    if (LETTER.test(text[i] as string)) own++;
  }
  return { spans, told, own };
}

/** Spans in text order, overlapping ones joined (told if any part was). */
function merge(raw: QuoteSpan[]): { spans: QuoteSpan[]; told: boolean } {
  raw.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: QuoteSpan[] = [];
  let told = false;
  for (const s of raw) {
    if (s.end <= s.start) continue;
    if (s.told) told = true;
    const last = out[out.length - 1];
    if (last && s.start < last.end) {
      if (s.end > last.end || (s.told && !last.told)) out[out.length - 1] = { start: last.start, end: Math.max(last.end, s.end), told: last.told || s.told };
      continue;
    }
    out.push(s);
  }
  return { spans: out, told };
}

/**
 * Whether `index` stands inside 「」 or 『』 opened before it in the text (more opened than closed): a quoted phrase, what
 * someone else says ("母さんが「投資の先生のグループ」に誘われてた"). A count, not a parse: cheaper than splitQuotes where one
 * index is asked.
 */
export function insideQuoteMarks(text: string, index: number): boolean {
  const before = text.slice(0, index);
  return (before.match(/[「『]/g) ?? []).length > (before.match(/[」』]/g) ?? []).length;
}

/** Whether `index` falls inside one of the spans (told ones only, if `toldOnly`). */
export function inQuote(split: QuoteSplit, index: number, toldOnly = false): boolean {
  for (const s of split.spans) if (index >= s.start && index < s.end && (!toldOnly || s.told)) return true;
  return false;
}

// Quotations of any length, not nested: 「未納料金」, 『当選』, "unpaid toll".
const ANY_QUOTE = /「([^「」]{2,}?)」|『([^『』]{2,}?)』|"([^"]{2,}?)"/g;
// After a run of short quotes, words that make them examples of what others send or say
// (「未納料金」「当選」などのSMS, 「還付金」という電話, 「差押最終通知」と表示する偽サイト, 『…』と頼まれる被害,
// 「ご利用制限」とするSMS, 「給付金」をうたう). They set the quoted words apart, as the scam's; they do not make
// the message a report (its own asks still count).
const EXAMPLE_TAILS = ['など', '等の', '等は', '等を', 'と表示', 'と頼ま', 'とする', 'と称', 'をうたう', 'をうたった', 'と言わ', 'と言う', 'と名乗'];

/**
 * Spans [start, end) of quotations named as examples of what scams say (「未納料金」「当選」などの
 * SMSで…): a run of quotes (「未納料金」「当選」, 「未納料金」や「当選」) that ends in "など" or a
 * report tail (`tails`, data/lures.json reportTails). A lone quoted reply word, 「はい」と返信, or a
 * quoted header, 「三菱UFJ銀行」, is not followed so. Unlike splitQuotes, quotes of any length count:
 * examples are a word or two.
 */
export function exampleSpans(text: string, tails: readonly string[]): [number, number][] {
  const spans: [number, number][] = [];
  ANY_QUOTE.lastIndex = 0;
  for (let m = ANY_QUOTE.exec(text); m !== null; m = ANY_QUOTE.exec(text)) spans.push([m.index + 1, m.index + m[0].length - 1]);
  const examples: [number, number][] = [];
  let run: [number, number][] = [];
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k] as [number, number];
    run.push(span);
    const next = spans[k + 1];
    // The next quote opens right after this one closes: same run.
    const between = next ? text.slice(span[1] + 1, next[0] - 1) : null;
    if (between !== null && /^[\s、,・やと]*$/.test(between)) continue;
    const after = text.slice(span[1] + 1, span[1] + 6);
    if (EXAMPLE_TAILS.some((x) => after.startsWith(x)) || tails.some((x) => after.startsWith(x))) examples.push(...run);
    run = [];
  }
  return examples;
}
