// Normalisation that undoes the tricks lures use to slip past filters, keeping the
// original for display. Two views come out: `text` for reading the words, and
// `forUrls` where de-fanged and broken links are mended for extraction.
import type { NormalizationTrick, NormalizedText } from '../types.js';

// Zero-width characters and the soft hyphen split words invisibly ("ア\u200bマゾン").
const INVISIBLE = /[\u00ad\u180e\u200b-\u200d\u2060-\u2064\ufeff]/g;
// Bidi controls reorder what the reader sees ("moc.evil" shown as "live.com").
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const HAS_INVISIBLE = /[\u00ad\u180e\u200b-\u200d\u2060-\u2064\ufeff]/;
const HAS_BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
// Full-width ASCII forms; NFKC folds them, but their presence is itself a signal.
const FULLWIDTH = /[\uff01-\uff5e]/;

// Punctuation that looks like URL syntax but survives NFKC. Folded in both views.
const LOOKALIKE: Record<string, string> = {
  '\u2024': '.', // one dot leader
  '\u2027': '.', // hyphenation point
  '\u2219': '.', // bullet operator
  '\u2044': '/', // fraction slash
  '\u2215': '/', // division slash
  '\u29f8': '/', // big solidus
  '\u2236': ':', // ratio
  '\ua789': ':', // modifier letter colon
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-', // minus sign
  '\u02d7': '-',
};
const LOOKALIKE_RE = new RegExp(`[${Object.keys(LOOKALIKE).join('')}]`, 'g');
const HAS_LOOKALIKE = new RegExp(`[${Object.keys(LOOKALIKE).join('')}]`);

// De-fanging as security people and lure authors write it (Rspamd's
// normalize_obfuscated_text lists the same family): hxxp, [.], (.), {.}, [dot], [:], [/].
const DEFANG_SCHEME = /\bh(?:xx|\*\*|tt|xt|tx)p(s?)(\[?:\]?|:)\/\//gi;
const DEFANG_DOT = /\s?(?:\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)|\{dot\})\s?/gi;
const DEFANG_COLON = /\[:\]/g;
const DEFANG_SLASH = /\[\/\]/g;
const HAS_DEFANG = /hxxp|h\*\*p|\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)|\{dot\}|\[:\]|\[\/\]/i;
// Labels that end a host name (TLDs and the second-level labels of co.jp, ne.jp…). A dot
// substitute is only mended when one of these follows it, so prose stays prose.
const HOST_END = 'com|net|org|jp|co|ne|or|go|ac|ed|lg|info|biz|xyz|top|cn|ru|me|ly|io|gy|cc|to|gl|gle|shop|site|online|club|vip|icu|live|life|work|click|link|app|dev|page|asia|tokyo|cloud|fun|store|one|today|win|lol|pw|su|ws|tk|ml|ga|cf|gq|cyou|sbs|cfd|bond|monster|quest|buzz|rest|mobi|uno|help|us|uk|kr|tw|hk|vn|ph|br|in|de|fr';
// Characters lures put where a host's dot goes: the ideographic full stop "example。com",
// katakana middle dot, the kanji zero 〇 that Japanese writes for a masked ○ ("nta〇go〇jp.cfd"),
// reading "ドット", and emoji or symbols ("amazon🔴co🔴jp"); every dot of a host is mended once
// its last label is a known ending ("softbank-br。pages。dev").
const DOT_SUBSTITUTE = new RegExp(
  String.raw`([a-z0-9-])(?:[。・、〇]|\s*(?:ドット|どっと)\s*|[●○◯◆◇■□★☆▲△▼▽♦♥♠♣]|\p{Extended_Pictographic}\ufe0f?)(?=(?:[a-z0-9-]{1,63}[。.])*(?:${HOST_END})(?![a-z0-9-]))`,
  'giu',
);
// "jinji-portalyk(ドット)sbs", "amazon【ドット】co【ドット】jp": the reading "ドット" in brackets, as "(dot)" is written
// ((dot) and [dot] are taken by DEFANG_DOT). Mended, as a de-fanged dot, only where the host it makes ends in a known
// ending, so "ヨドバシ(ドット)コム" and prose stay as written. NFKC has made full-width brackets ASCII by then.
const DOT_WORD = String.raw`[ \t]*[\[({<「【〔『][ \t]*(?:ドット|どっと)[ \t]*[\])}>」】〕』][ \t]*`;
const BRACKETED_DOT_WORD = new RegExp(String.raw`([a-z0-9-])${DOT_WORD}(?=(?:[a-z0-9-]{1,63}(?:\.|${DOT_WORD}))*(?:${HOST_END})(?![a-z0-9-]))`, 'gi');
// "m y n a - h o k e n (ドット) t o p": the same in a host typed letter by letter; mended when the letters joined
// make a host with a known ending (SPACED_HOST_WHOLE).
const SPACED_BRACKETED_DOT_WORD = /(?<![!-~])((?:[a-z0-9-][ \t]){2,})[[({<「【〔『][ \t]*(?:ドット|どっと)[ \t]*[\])}>」】〕』]((?:[ \t][a-z0-9-])+)(?![!-~])/gi;
/**
 * Whether `s` holds ドット or どっと, the words mendUrls puts back as dots: exactly what /ドット|どっと/.test(s) answered, by two
 * substring searches, which cost less than the regex's scan of every character (bench: some 110 ns a message).
 */
function holdsDotWord(s: string): boolean {
  return s.includes('ドット') || s.includes('どっと');
}
// Host endings that are almost never ordinary words ("me", "in", "to", "live" are), written in lower case as links are: the
// spaced-dot mends below reconstruct a host only before one of these (SPACED_END; SPACED_END_SLD adds co.jp and ne.jp).
const SPACED_END = 'com|net|org|jp|xyz|top|info|cn|shop|site|online|icu|cc|vip|club|buzz|cyou|sbs|cfd|bond|lat|onl|pw|wang';
const SPACED_END_SLD = SPACED_END.replace('|jp|', String.raw`|jp|co\.jp|ne\.jp|`);
// Endings that are also ordinary words ("live", "app", "store"): mended only after a compound label (SPACED_DOT_COMPOUND).
const SPACED_END_WORDY = 'live|life|app|store|world|space|tech|website|monster|quest|beauty|help|click|link|page|ink|cam|bid|loan|lol';
// "d-card 。 xyz/ok", "amazon ・ co ・ jp": spaces typed around a dot substitute too. Mended only before the endings SPACED_DOT takes (almost
// never ordinary words) and .help, so "Thank you 。 to…" stays prose.
const SUBSTITUTE_AHEAD = String.raw`(?=(?:[a-z0-9-]{1,63}(?:[。.]|[ \t\u3000]*[。・][ \t\u3000]*))*(?:${SPACED_END}|help)(?![a-z0-9-]))`;
const SPACED_DOT_SUBSTITUTE = new RegExp(String.raw`([a-z0-9-])[ \t\u3000]+[。・][ \t\u3000]*${SUBSTITUTE_AHEAD}|([a-z0-9-])[。・][ \t\u3000]+${SUBSTITUTE_AHEAD}`, 'gi');
// "mercari .jp-pay .top": a host's every dot spaced. Once its last dot is mended (SPACED_DOT), the labels before it join
// it, one by one, each a spaced dot before a host that ends in a known ending.
const SPACED_LABEL = new RegExp(String.raw`(?<![/A-Za-z0-9-])([A-Za-z0-9][A-Za-z0-9-]{1,62})(?:[ \t]+\.[ \t]*|\.[ \t]+)(?=[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:${SPACED_END})(?=[/?#\s]|$))`, 'g');
// "smbc-check . top/login": spaces typed around a host's dot with no scheme, before one of SPACED_END_SLD ("Take care. Live…"
// is a sentence), so prose stays prose.
const SPACED_DOT = new RegExp(String.raw`([A-Za-z0-9][A-Za-z0-9-]{2,})(?:[ \t]+\.[ \t]*|\.[ \t]+)(${SPACED_END_SLD})(?=[/?#\s]|$)`, 'g');
// "au-supportai . live", "jp-post24 . app": endings that are also ordinary words, mended only after a compound label, one with a
// hyphen or a digit beside its letters, as hosts made for a lure are and prose words are not ("take care . live the dream" stays
// a sentence).
const SPACED_DOT_COMPOUND = new RegExp(String.raw`(?<![/A-Za-z0-9-])((?=[A-Za-z0-9-]*[A-Za-z])(?=[A-Za-z0-9-]*[-0-9])[A-Za-z0-9][A-Za-z0-9-]{2,})(?:[ \t]+\.[ \t]*|\.[ \t]+)(${SPACED_END_WORDY})(?=[/?#\s]|$)`, 'g');
// The same without the label: a scan that starts only at spaces and dots, run first.
const SPACED_DOT_HINT = new RegExp(String.raw`[ \t]\.[ \t]*(?:${SPACED_END_SLD}|${SPACED_END_WORDY})(?=[/?#\s]|$)|\.[ \t]+(?:${SPACED_END_SLD}|${SPACED_END_WORDY})(?=[/?#\s]|$)`);


// "h t t p s : / /" typed letter by letter, then a host typed the same way.
const SPACED_SCHEME = /\bh[ \t]+t[ \t]+t[ \t]+p(?:[ \t]+(s))?[ \t]*:[ \t]*\/[ \t]*\/[ \t]*((?:[!-~][ \t](?=[!-~]))*[!-~]?)/gi;
// "s a g a w a - d l v . c o m / j p": a host typed letter by letter with no scheme. Mended
// only when the joined letters end in a known host ending, so spaced-out prose ("I . O . U")
// stays prose; the hint (a lone letter, a spaced dot, a lone letter) is what every such host has.
const SPACED_HOST_HINT = /(?:^|[ \t])[A-Za-z0-9][ \t]\.[ \t][A-Za-z0-9](?=[ \t]|$)/m;
const SPACED_HOST = /(?<![!-~])((?:[A-Za-z0-9-][ \t]){2,}\.(?:[ \t][!-~])+)(?![!-~])/g;
const SPACED_HOST_WHOLE = new RegExp(String.raw`^[a-z0-9-]{2,}(?:\.[a-z0-9-]+)*\.(?:${HOST_END})(?:[/?#][!-~]*)?$`, 'i');
// "ttps://" (the h dropped so no app makes it a link), "https//", "https;//".
const BROKEN_SCHEME = /(?<![a-z])(?:(ttps?):\/\/|(https?)(?:;|)\/\/(?=[a-z0-9]))/gi;
// "https:// evil .com" or "https ://": spaces typed into a link to dodge link detection.
const SPACE_AFTER_SCHEME = /\b(https?)\s*:\s*\/\s*\/\s*/gi;
// What SPACE_AFTER_SCHEME changes: white space somewhere in "http : / /", or a scheme not in lower case.
const SCHEME_SPACED = /\bhttps?(?:\s|:\s|:\/\s|:\/\/\s)/i;
const SCHEME_UPPER = /\b(?!https?\s*:)[hH][tT][tT][pP][sS]?\s*:\s*\/\s*\//;
// What SPACE_AROUND_DOT needs: white space beside a dot.
const SPACE_BY_DOT = /\s\.|\.\s/;
const SPACE_AROUND_DOT = /(https?:\/\/[a-z0-9.-]*[a-z0-9])\s+\.\s*([a-z0-9])|(https?:\/\/[a-z0-9.-]*[a-z0-9]\.)\s+([a-z0-9])/gi;
// A link broken over a line: continue only when the next line starts with URL-path
// characters that cannot be ordinary words (a '/', '?', '=', '&', '%' or digits among letters).
const URL_LINE_BREAK = /(https?:\/\/[!-~]+)[ \t]*\r?\n[ \t]*([A-Za-z0-9]*[/?=&%][!-~]*|[A-Za-z]+[0-9][A-Za-z0-9]*(?=\s|$))/g;

// Text made only of these is its own NFKC form and holds none of the characters the steps
// below look for (checked for every character and every pair in normalize.test.ts): plain
// Japanese (kana, kanji, ASCII, 、。「」【】〜※■●…) skips them, as ASCII does. NFKC costs about
// a microsecond per SMS.
export const NFKC_PLAIN = /^[\t\n\r -~\u3001\u3002\u3008-\u3011\u301c\u3041-\u3096\u30a1-\u30fc\u203b\u25a0-\u25ff\u4e00-\u9fff]*$/;

// What one pass over a text tells of it (flagsOf), so that the steps below skip the regexes that
// cannot match: most texts are plain Japanese or ASCII with at most a whole link, and each
// regex's own scan of the text cost more than this one loop.
const F_ASCII = 1; // only [\t\n\r -~]
const F_PLAIN = 2; // NFKC_PLAIN holds
const F_UPPER = 4; // some A–Z
const F_DEFANG = 8; // a '[', '(' or '{', or an 'h' before 'x' or '*': where HAS_DEFANG can match
const F_DOT_SPACE = 16; // white space beside a '.': SPACE_BY_DOT holds, and SPACED_DOT_HINT can match
const F_SPACED_T = 32; // SPACED_T holds
const F_H = 64; // some 'h' or 'H': where HTTP_WORD can match
// FILLER can match three times: each match starts with a filler right after a Japanese character,
// so fewer than three such places mean fewer than three matches.
const F_FILLERS = 128;
// An ASCII letter somewhere after an ASCII letter, digit or hyphen that a non-ASCII or white-space code unit follows:
// every text dotSubstituteHint accepts has one (its substitute, ドット or white space stands right after such a code,
// and a letter after it), so without it the hint's own scan of the text is skipped.
const F_DOT_GAP = 256;

/** Code units NFKC_PLAIN admits beyond ASCII. */
function plainJapanese(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3041 && c <= 0x3096) || (c >= 0x30a1 && c <= 0x30fc) || c === 0x3001 || c === 0x3002
    || (c >= 0x3008 && c <= 0x3011) || c === 0x301c || c === 0x203b || (c >= 0x25a0 && c <= 0x25ff);
}

function flagsOf(s: string): number {
  let ascii = true;
  let plain = true;
  let flags = 0;
  let fillers = 0;
  const n = s.length;
  let prev = -1;
  // A non-ASCII or white-space code unit has followed an ASCII letter, digit or hyphen (see F_DOT_GAP).
  let gap = false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (gap) {
      if (isAsciiLetter(c)) flags |= F_DOT_GAP;
    } else if ((c >= 0x80 || isSpace(c)) && (isAsciiLetter(prev) || (prev >= 0x30 && prev <= 0x39) || prev === 0x2d)) gap = true;
    if (c < 0x80) {
      if (c < 0x20 ? c !== 0x09 && c !== 0x0a && c !== 0x0d : c === 0x7f) {
        ascii = false;
        plain = false;
      } else if (c >= 0x41 && c <= 0x5a) {
        flags |= F_UPPER;
        if (c === 0x48) flags |= F_H | (defangAfterH(s, i) ? F_DEFANG : 0);
      } else if (c === 0x68) {
        flags |= F_H | (defangAfterH(s, i) ? F_DEFANG : 0);
      } else if (c === 0x5b || c === 0x28 || c === 0x7b) {
        flags |= F_DEFANG;
      } else if (c === 0x2e) {
        if ((i > 0 && isSpace(prev)) || (i + 1 < n && isSpace(s.charCodeAt(i + 1)))) flags |= F_DOT_SPACE;
      } else if (c === 0x20 && i + 1 < n && (prev === 0x74 || prev === 0x54) && s.charCodeAt(i + 1) === prev) {
        flags |= F_SPACED_T;
      }
    } else {
      ascii = false;
      if (plain && !plainJapanese(c)) plain = false;
    }
    if (prev >= JA_FLOOR) {
      // The table read inline; the call only for a code unit not seen before.
      const k = MAY_START_FILLER[c] as number;
      if (k === 2 || (k === 0 && mayStartFiller(c))) fillers++;
    }
    prev = c;
  }
  if (ascii) flags |= F_ASCII;
  if (plain) flags |= F_PLAIN;
  if (fillers >= 3) flags |= F_FILLERS;
  return flags;
}

function defangAfterH(s: string, i: number): boolean {
  const d = s.charCodeAt(i + 1);
  return d === 0x78 || d === 0x58 || d === 0x2a;
}

/** JavaScript's \s, as code units. */
function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

/**
 * Where DOT_SUBSTITUTE can match at all: a letter, digit or hyphen, a substitute (one to three code
 * units: a mark, an emoji and its variation selector) or "ドット", or a 。 or ・ with white space beside it, then a letter; as
 * /[a-z0-9-](?:[\u0080-\uffff]{1,3}|\s*(?:ドット|どっと)\s*|\s+[。・]\s*|[。・]\s+)[a-z]/i would find it, by a loop from
 * the ASCII letters, digits and hyphens only (the regex, case-blind, was tried at every position).
 */
export function dotSubstituteHint(s: string): boolean {
  const n = s.length;
  for (let i = 0; i + 2 < n; i++) {
    const c = s.charCodeAt(i);
    if (!(isAsciiLetter(c) || (c >= 0x30 && c <= 0x39) || c === 0x2d)) continue;
    // One to three code units outside ASCII, then a letter.
    for (let j = i + 1; j < n && j <= i + 3 && s.charCodeAt(j) >= 0x80; j++) if (j + 1 < n && isAsciiLetter(s.charCodeAt(j + 1))) return true;
    // White space, ドット or どっと, white space, then a letter.
    let j = i + 1;
    while (j < n && isSpace(s.charCodeAt(j))) j++;
    const d = j < n ? s.charCodeAt(j) : 0;
    // White space around a dot substitute ("d-card 。 xyz").
    if ((d === 0x3002 || d === 0x30fb) && (j > i + 1 || (j + 1 < n && isSpace(s.charCodeAt(j + 1))))) {
      let k = j + 1;
      while (k < n && isSpace(s.charCodeAt(k))) k++;
      if (k < n && isAsciiLetter(s.charCodeAt(k))) return true;
    }
    if (d !== 0x30c9 && d !== 0x3069) continue;
    if (!s.startsWith('ドット', j) && !s.startsWith('どっと', j)) continue;
    j += 3;
    while (j < n && isSpace(s.charCodeAt(j))) j++;
    if (j < n && isAsciiLetter(s.charCodeAt(j))) return true;
  }
  return false;
}

/** Normalises one message. Pure and cheap: plain ASCII text takes a fast path. */
export function normalizeText(original: string): NormalizedText {
  const tricks: NormalizationTrick[] = [];
  let text = original;
  let flags = flagsOf(text);
  const asciiOnly = (flags & F_ASCII) !== 0;
  const plain = (flags & F_PLAIN) !== 0;
  if (!plain) {
    if (FULLWIDTH.test(text)) tricks.push('fullwidth');
    if (HAS_INVISIBLE.test(text)) {
      tricks.push('zero-width');
      text = text.replace(INVISIBLE, '');
    }
    if (HAS_BIDI.test(text)) {
      tricks.push('bidi');
      text = text.replace(BIDI, '');
    }
    text = text.normalize('NFKC');
    if (HAS_LOOKALIKE.test(text)) {
      const before = text;
      text = text.replace(LOOKALIKE_RE, (c) => LOOKALIKE[c] ?? c);
      if (/[./:]/.test(diffChars(before, text))) tricks.push('lookalike-punctuation');
    }
    flags = flagsOf(text);
  }
  if (!asciiOnly && (flags & F_FILLERS) !== 0) {
    const dropped = dropFillers(text, tricks);
    if (dropped !== text) flags = flagsOf((text = dropped));
  }
  let forUrls = mendUrls(text, tricks, asciiOnly, flags);
  if (!asciiOnly && colonAfterNonAscii(forUrls)) forUrls = forUrls.replace(LABEL_COLON, ': ');
  // In plain text (dropping fillers only takes characters out) only A–Z have a lower case: with
  // none, the text is its own lower case (toLowerCase on Japanese text goes through ICU).
  const lower = !asciiOnly && plain && (flags & F_UPPER) === 0 ? text : text.toLowerCase();
  return { original, text, lower, forUrls, tricks, plain };
}

// A "//" that follows "ttp:", "ttps:" with no h, or "http"/"https" with no colon: a scheme
// broken on purpose. Checked at each "//" only, so text with ordinary links pays little.
const BROKEN_BEFORE = /(?:^|[^a-z])ttps?:$|https?;?$/;
function brokenScheme(s: string): boolean {
  for (let i = s.indexOf('//'); i !== -1; i = s.indexOf('//', i + 2)) {
    // A whole scheme, as nearly every link has it, is not broken: no slice, no regex.
    if (s.startsWith('https:', i - 6) || s.startsWith('http:', i - 5)) continue;
    if (BROKEN_BEFORE.test(s.slice(Math.max(0, i - 6), i).toLowerCase())) return true;
  }
  return false;
}

function diffChars(a: string, b: string): string {
  let out = '';
  for (let i = 0; i < a.length && i < b.length; i++) if (a[i] !== b[i]) out += b[i];
  return out;
}

// Regexes, not includes() of each: V8 finds a string in two-byte text by memchr on the highest
// byte of its first character, and 'h' (0x68), 'H' (0x48), 'T' (0x54) are the low bytes of と,
// え, ご, so each includes() stopped at those in Japanese text.
const SPACED_T = /t t|T T/;
const HTTP_WORD = /http|HTTP|Http/;

/** `flags` are flagsOf(text): while `s` is still `text`, they stand for the regexes' own scans. */
function mendUrls(text: string, tricks: NormalizationTrick[], asciiOnly: boolean, flags: number): string {
  let s = text;
  if ((flags & F_DEFANG) !== 0 && HAS_DEFANG.test(s)) {
    tricks.push('defanged');
    s = s
      .replace(DEFANG_SCHEME, (_m, secure: string) => `http${secure}://`)
      .replace(DEFANG_DOT, '.')
      .replace(DEFANG_COLON, ':')
      .replace(DEFANG_SLASH, '/');
  }
  if (!asciiOnly && holdsDotWord(s)) {
    const before = s;
    s = s.replace(BRACKETED_DOT_WORD, '$1.').replace(SPACED_BRACKETED_DOT_WORD, (m: string, a: string, b: string) => {
      const joined = `${a}.${b}`.replace(/[ \t]/g, '');
      return SPACED_HOST_WHOLE.test(joined) ? joined : m;
    });
    if (s !== before && !tricks.includes('defanged')) tricks.push('defanged');
  }
  if ((s !== text || (flags & F_DOT_SPACE) !== 0) && SPACED_DOT_HINT.test(s)) {
    const before = s;
    s = s.replace(SPACED_DOT, '$1.$2');
    if (s === before) s = s.replace(SPACED_DOT_COMPOUND, '$1.$2');
    if (s !== before) {
      for (let k = 0; k < 4; k++) {
        const joined = s.replace(SPACED_LABEL, '$1.');
        if (joined === s) break;
        s = joined;
      }
      tricks.push('space-in-url');
    }
  }
  // (Its hint has a spaced dot, so the text's own flags gate it as they gate SPACED_DOT_HINT.)
  if ((s !== text || (flags & F_DOT_SPACE) !== 0) && SPACED_HOST_HINT.test(s)) {
    const before = s;
    s = s.replace(SPACED_HOST, (m: string) => {
      const joined = m.replace(/[ \t]/g, '');
      return SPACED_HOST_WHOLE.test(joined) ? joined : m;
    });
    if (s !== before) tricks.push('space-in-url');
  }
  const spaced = s === text ? (flags & F_SPACED_T) !== 0 : SPACED_T.test(s);
  if (spaced || brokenScheme(s)) {
    const before = s;
    if (spaced) s = s.replace(SPACED_SCHEME, (_m, secure: string | undefined, rest: string) => `http${secure ? 's' : ''}://${rest.replace(/[ \t]/g, '')}`);
    s = s.replace(BROKEN_SCHEME, (_m, dropped: string | undefined, scheme: string | undefined) => (dropped ? `h${dropped.toLowerCase()}://` : `${scheme!.toLowerCase()}://`));
    if (s !== before && !tricks.includes('defanged')) tricks.push('defanged');
  }
  // Every dot substitute is outside ASCII and follows an ASCII letter or digit.
  if (!asciiOnly && (s !== text || (flags & F_DOT_GAP) !== 0) && dotSubstituteHint(s)) {
    const before = s;
    s = s.replace(SPACED_DOT_SUBSTITUTE, (_m, a?: string, b?: string) => `${a ?? b}.`).replace(DOT_SUBSTITUTE, '$1.');
    if (s !== before) tricks.push('dot-substitute');
  }
  if ((s !== text || (flags & F_H) !== 0) && HTTP_WORD.test(s)) {
    const before = s;
    // Each rewrite only where it can change something: most links are already written whole.
    // SCHEME_UPPER needs a capital (its look-ahead passes by the lower-case "http:" and "https:").
    if (SCHEME_SPACED.test(s) || ((s !== text || (flags & F_UPPER) !== 0) && SCHEME_UPPER.test(s))) s = s.replace(SPACE_AFTER_SCHEME, (_m, scheme: string) => `${scheme.toLowerCase()}://`);
    if (s === text ? (flags & F_DOT_SPACE) !== 0 : SPACE_BY_DOT.test(s)) s = s.replace(SPACE_AROUND_DOT, (_m, a?: string, b?: string, c?: string, d?: string) => (a !== undefined ? `${a}.${b}` : `${c}${d}`));
    if (s.includes('\n')) s = s.replace(URL_LINE_BREAK, '$1$2');
    // Only whitespace is ever removed here, so a shorter string means a mended link.
    if (s.length < before.length) tricks.push('space-in-url');
  }
  return s;
}

// Symbols or stray combining marks put between every pair of Japanese characters so that no
// cue matches ("お*客~様が不#在", "お\u0749届\u0749け"). Taken out of the reading view when they
// sit between two Japanese characters three times or more: prose puts a symbol there once in a while.
const JA = String.raw`\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}ー`;
const FILLER = new RegExp(String.raw`(?<=[${JA}])(?:[*~#^|_+=]|(?![\u3099\u309a])\p{M})+(?=[${JA}])`, 'gu');
const HAS_FILLER = /[*~#^|_+=\p{M}]/u;
// "受取手続き:kakunin-nimotsu.top": a colon after a Japanese label is punctuation, not part of a link.
const LABEL_COLON = /(?<=[\u0080-\uffff]):(?=[a-z0-9][a-z0-9-]*\.[a-z])/giu;

// What can start a FILLER run, by code unit: the ASCII symbols, combining marks, and high
// surrogates (marks beyond the BMP). 0 not known yet, 1 no, 2 yes: each code unit is asked
// of the Unicode tables once, when first seen (all 65,536 at load would cost milliseconds at
// every start), and a table read per character costs far less than HAS_FILLER's Unicode-mode scan.
const MARK = /^\p{M}$/u;
const MAY_START_FILLER = new Uint8Array(0x10000);
for (let c = 0; c < 0x300; c++) MAY_START_FILLER[c] = 1;
for (const c of '*~#^|_+=') MAY_START_FILLER[c.charCodeAt(0)] = 2;
for (let c = 0xd800; c < 0xe000; c++) MAY_START_FILLER[c] = c < 0xdc00 ? 2 : 1;
function mayStartFiller(c: number): boolean {
  let k = MAY_START_FILLER[c] as number;
  if (k === 0) MAY_START_FILLER[c] = k = MARK.test(String.fromCharCode(c)) ? 2 : 1;
  return k === 2;
}
// Below every Hiragana, Katakana and Han code unit and 'ー' (low surrogates of Han beyond the BMP included).
const JA_FLOOR = 0x2e80;

/** Whether some ':' follows a non-ASCII code unit, as LABEL_COLON's look-behind needs (most colons are a link's "https:"). */
function colonAfterNonAscii(s: string): boolean {
  for (let i = s.indexOf(':'); i > 0; i = s.indexOf(':', i + 1)) if (s.charCodeAt(i - 1) >= 0x80) return true;
  return false;
}

/** Called only where flagsOf found F_FILLERS. */
function dropFillers(text: string, tricks: NormalizationTrick[]): string {
  let s = text;
  if (HAS_FILLER.test(s)) {
    let n = 0;
    const dropped = s.replace(FILLER, () => {
      n++;
      return '';
    });
    if (n >= 3) {
      s = dropped;
      tricks.push('filler');
    }
  }
  return s;
}
