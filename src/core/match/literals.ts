// Literal gates: a pattern is not run over a text that holds none of the words every match of it must contain.
//
// The finders' and checks' long patterns (a list of providers, of payment apps, of public bodies, in Japanese and in the
// languages residents write in) are tried on nearly every message, and nearly every message holds none of their words: the
// regex engine still tries every alternative at every character, some hundreds of nanoseconds a pattern. anchors.ts gates
// patterns on characters written by hand beside each; this reads the words from the pattern itself, so a gate cannot fall
// out of step with its pattern when the pattern is edited:
//
//   requiredLiterals(/ロードサービス|生命|\bjaf\b|au\s*pay/) → ['ロードサービス', '生命', 'jaf', 'pay']
//
// Every match of the pattern contains at least one of the words (by construction, below: a zero-width assertion is read as
// matching nothing, a part that may repeat zero times requires nothing, an alternation requires one of its branches' words,
// a sequence the best of its parts'). A pattern this cannot read (case-insensitive, \p{…}, a word-less alternative) gets no
// gate: it is always run.
//
// The text is read once (the last text asked is kept, as anchors.ts does): which characters outside ASCII it holds, which
// pairs of adjacent ASCII characters (a Latin word's letters are in every URL, its letter pairs are not), and, hashed into one
// table, which pairs of adjacent characters with one outside ASCII and which runs of three ASCII characters (a kanji word's
// characters, "pay"'s pairs, stand apart in many texts that lack the word). A word is present
// only if its two least common such units are, so a gate is a necessary condition only: the pattern itself still decides.

/** What a part of a pattern can match: every string exactly (when few and known), else words one of which every match holds. */
interface Info {
  /** Every string the part can match, when that set is small and known; null otherwise. */
  readonly exact: ReadonlySet<string> | null;
  /** Words one of which every match contains (when `exact` is null); null: no word is required. */
  readonly match: ReadonlySet<string> | null;
}

const ANY: Info = { exact: null, match: null };
const EMPTY: Info = { exact: new Set(['']), match: null };
const MAX_EXACT = 64;
const MAX_LENGTH = 24;

class Unreadable extends Error {}

/** Words one of which every match must contain: the exact strings (none empty) or the required words. */
function required(info: Info): ReadonlySet<string> | null {
  if (info.exact !== null) return info.exact.has('') ? null : info.exact;
  return info.match;
}

function cross(a: ReadonlySet<string>, b: ReadonlySet<string>): Set<string> | null {
  if (a.size * b.size > MAX_EXACT) return null;
  const out = new Set<string>();
  for (const x of a) for (const y of b) {
    if (x.length + y.length > MAX_LENGTH) return null;
    out.add(x + y);
  }
  return out;
}

/** The better of two requirements: longer shortest word first (fewer texts hold it), then fewer words. */
function better(a: ReadonlySet<string> | null, b: ReadonlySet<string> | null): ReadonlySet<string> | null {
  if (a === null) return b;
  if (b === null) return a;
  const shortest = (s: ReadonlySet<string>): number => {
    let m = Infinity;
    for (const w of s) m = Math.min(m, w.length);
    return m;
  };
  const la = shortest(a);
  const lb = shortest(b);
  if (la !== lb) return la > lb ? a : b;
  return a.size <= b.size ? a : b;
}

function sequence(items: readonly Info[]): Info {
  let run: ReadonlySet<string> | null = new Set(['']);
  let best: ReadonlySet<string> | null = null;
  let whole = true;
  for (const it of items) {
    const joined: Set<string> | null = run !== null && it.exact !== null ? cross(run, it.exact) : null;
    if (joined !== null) {
      run = joined;
      continue;
    }
    whole = false;
    // The run so far ends here: it is one candidate, and this part's own requirement another.
    if (run !== null) best = better(best, run.has('') ? null : run);
    best = better(best, required(it));
    run = it.exact;
  }
  if (whole) return { exact: run, match: null };
  if (run !== null) best = better(best, run.has('') ? null : run);
  return { exact: null, match: best };
}

function alternation(branches: readonly Info[]): Info {
  if (branches.length === 1) return branches[0] as Info;
  const exact = new Set<string>();
  let allExact = true;
  for (const b of branches) {
    if (b.exact === null) {
      allExact = false;
      break;
    }
    for (const s of b.exact) exact.add(s);
  }
  if (allExact && exact.size <= MAX_EXACT) return { exact, match: null };
  const match = new Set<string>();
  for (const b of branches) {
    const r = required(b);
    if (r === null) return ANY;
    for (const s of r) match.add(s);
  }
  return { exact: null, match };
}

function repeat(info: Info, min: number, max: number): Info {
  if (min === 1 && max === 1) return info;
  if (min === 0) {
    // x? : x's strings or nothing.
    if (max === 1 && info.exact !== null) return { exact: new Set([...info.exact, '']), match: null };
    return ANY;
  }
  return { exact: null, match: required(info) };
}

/** Reads `source` (a pattern without the i flag) into what it requires. */
function read(source: string, unicode: boolean): Info {
  let i = 0;
  const peek = (): string => source[i] ?? '';

  function disjunction(): Info {
    const branches: Info[] = [alternative()];
    while (peek() === '|') {
      i++;
      branches.push(alternative());
    }
    return alternation(branches);
  }

  function alternative(): Info {
    const items: Info[] = [];
    while (i < source.length && peek() !== '|' && peek() !== ')') items.push(quantified(atom()));
    return sequence(items);
  }

  function quantified(info: Info): Info {
    const c = peek();
    let min = 1;
    let max = 1;
    if (c === '?') { min = 0; max = 1; i++; }
    else if (c === '*') { min = 0; max = Infinity; i++; }
    else if (c === '+') { min = 1; max = Infinity; i++; }
    else if (c === '{') {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(source.slice(i));
      if (m === null) throw new Unreadable('brace');
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      i += m[0].length;
    } else return info;
    if (peek() === '?') i++;
    return repeat(info, min, max);
  }

  function atom(): Info {
    const c = source[i++] as string;
    if (c === '(') {
      let zeroWidth = false;
      if (source.startsWith('?:', i)) i += 2;
      else if (source.startsWith('?=', i) || source.startsWith('?!', i)) { i += 2; zeroWidth = true; }
      else if (source.startsWith('?<=', i) || source.startsWith('?<!', i)) { i += 3; zeroWidth = true; }
      else if (source.startsWith('?<', i)) {
        const end = source.indexOf('>', i);
        if (end === -1) throw new Unreadable('group name');
        i = end + 1;
      } else if (peek() === '?') throw new Unreadable('group');
      const inner = disjunction();
      if (source[i++] !== ')') throw new Unreadable('unclosed group');
      // A lookaround consumes nothing: read as matching the empty string (it only narrows the matches).
      return zeroWidth ? EMPTY : inner;
    }
    if (c === '[') return charClass();
    if (c === '.') return ANY;
    if (c === '^' || c === '$') return EMPTY;
    if (c === '\\') return escape();
    if (c === ')' || c === '|' || c === '*' || c === '+' || c === '?' || c === '{') throw new Unreadable(`stray ${c}`);
    return { exact: new Set([c]), match: null };
  }

  /** One escaped character's code, or null for a class escape (\d, \s, \w and their negations). */
  function escapedChar(): string | null {
    const e = source[i++] as string;
    if ('dDsSwW'.includes(e)) return null;
    if (e === 'u') {
      if (source[i] === '{') {
        if (!unicode) throw new Unreadable('\\u{ without u');
        const end = source.indexOf('}', i);
        const cp = parseInt(source.slice(i + 1, end), 16);
        i = end + 1;
        return String.fromCodePoint(cp);
      }
      const hex = source.slice(i, i + 4);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw new Unreadable('\\u');
      i += 4;
      return String.fromCharCode(parseInt(hex, 16));
    }
    if (e === 'x') {
      const hex = source.slice(i, i + 2);
      if (!/^[0-9a-fA-F]{2}$/.test(hex)) throw new Unreadable('\\x');
      i += 2;
      return String.fromCharCode(parseInt(hex, 16));
    }
    if (e === 'n') return '\n';
    if (e === 't') return '\t';
    if (e === 'r') return '\r';
    if (e === 'f') return '\f';
    if (e === 'v') return '\v';
    if (e === '0') return '\0';
    if (e === 'p' || e === 'P' || e === 'c' || e === 'k' || /[1-9]/.test(e)) throw new Unreadable(`\\${e}`);
    if (/[A-Za-z]/.test(e) && e !== 'b' && e !== 'B') throw new Unreadable(`\\${e}`);
    return e;
  }

  function escape(): Info {
    const e = peek();
    if (e === 'b' || e === 'B') {
      i++;
      return EMPTY;
    }
    const ch = escapedChar();
    return ch === null ? ANY : { exact: new Set([ch]), match: null };
  }

  function charClass(): Info {
    let negated = false;
    if (peek() === '^') { negated = true; i++; }
    const chars = new Set<string>();
    let small = !negated;
    while (i < source.length && peek() !== ']') {
      let ch: string | null;
      if (peek() === '\\') {
        i++;
        if (peek() === 'b') { i++; ch = '\b'; } else ch = escapedChar();
      } else ch = source[i++] as string;
      if (ch === null) { small = false; continue; }
      if (peek() === '-' && source[i + 1] !== ']' && source[i + 1] !== undefined) {
        // A range: not read as exact strings (one of many characters is no word).
        i++;
        if (peek() === '\\') { i++; escapedChar(); } else i++;
        small = false;
        continue;
      }
      chars.add(ch);
    }
    if (source[i++] !== ']') throw new Unreadable('unclosed class');
    return small && chars.size > 0 && chars.size <= 8 ? { exact: chars, match: null } : ANY;
  }

  const info = disjunction();
  if (i !== source.length) throw new Unreadable('trailing');
  return info;
}

/**
 * Words one of which every match of `re` contains, or null when none can be shown (then nothing may be skipped).
 * Exported for the tests.
 */
export function requiredLiterals(re: RegExp): string[] | null {
  if (re.flags.includes('i') || re.flags.includes('v')) return null;
  // Under the u flag a character outside the BMP is one atom (a quantifier after it takes both halves): not read here.
  if (re.flags.includes('u') && /[\ud800-\udfff]/.test(re.source)) return null;
  try {
    const r = required(read(re.source, re.flags.includes('u')));
    return r === null ? null : [...r];
  } catch (err) {
    if (err instanceof Unreadable) return null;
    throw err;
  }
}

// A unit of a text: a character outside ASCII (its code), a pair of adjacent ASCII characters (65536 + first·128 + second), or,
// by its hash (BIGRAMS + the hash's 16 bits), a pair of adjacent characters one of which is outside ASCII ("払い", "d払") or
// three adjacent ASCII characters ("pay").
// Each unit some gate reads gets a number (an id); a text's units are looked up once and kept as a set of those numbers, so a
// gate costs a few word tests whatever the length of its pattern's list of words.
// The pairs outside ASCII: a word's two rarest characters were often both somewhere in a Japanese text without the word ("前金"
// in a text holding 名前 and 料金): measured on the Japanese-market bench, HANDOVER_FIRST's gate let 399 of 1,032 texts through
// and one held a word of it. Two characters side by side are present only where they stand so. A hash's collision can only
// let a text through, never keep one out.
const PAIRS = 65536;
const BIGRAMS = PAIRS + 128 * 128;
const BIGRAM_MASK = 0xffff;
const MAX_IDS = 16384;
const WORDS = MAX_IDS >>> 5;
const idOf = new Uint16Array(BIGRAMS + BIGRAM_MASK + 1);

/** The slot of two adjacent characters, one of them at least outside ASCII. */
function bigram(a: number, b: number): number {
  return Math.imul((a << 16) ^ b, 0x9e3779b1) >>> 16;
}

/**
 * The slot of three adjacent ASCII characters, in the same table: "pay" is a word of many patterns, and its pairs "pa" and "ay"
 * stand apart in many texts ("japan", "today") that hold no "pay" (the payment apps' patterns ran over a third of the
 * Japanese-market bench, and matched none of it). Its first argument is below 16384 and its second below 128, where a pair
 * outside ASCII has its second at 128 or above: a collision of the two is the hash's, which only lets a text through.
 */
function asciiTriple(a: number, b: number, c: number): number {
  return bigram((a << 7) | b, c);
}
let ids = 0;
// The units present in the last few texts read, one table each: the finders and checks ask of one message's lower-case text,
// its original, its fold and a sentence or two in turn, and with one table kept each turn read its text again (measured on the
// Japanese-market bench: 5.3 scans a message of 1.7 distinct texts). `present` is the table of `lastText`; the others wait
// in `kept`, by their text, and a text met again is looked up there before it is read. Which table answers changes nothing
// but the time: each holds exactly what scan wrote for its text (a unit numbered since empties them all: idFor).
const KEPT_TEXTS = 4;
const keptTables: Int32Array[] = Array.from({ length: KEPT_TEXTS }, () => new Int32Array(WORDS));
const keptTexts: (string | null)[] = new Array<string | null>(KEPT_TEXTS).fill(null);
// Beside each kept table, which gates pass on its text (one bit per gate, by GatedPattern's number): worked out once when
// the text is read, from the units it holds (below), so that a gate asked of the text is one bit test. Every gate asked per
// message (some eighty on the Japanese-market bench, each over a few words of `present`) cost more than reading them all
// from the text's units at once.
const keptPasses: Int32Array[] = Array.from({ length: KEPT_TEXTS }, () => new Int32Array(0));
let keptAt = 0;
let present = keptTables[0] as Int32Array;
let passes = keptPasses[0] as Int32Array;
let lastText: string | null = null;

// The gates by their words' first units: for a unit id, the entries firstHead[id], entryNext[…] … (-1 ends), each a gate's
// number and the second unit of one of its words that starts with that unit. A text passes a gate when, for some entry of a
// unit it holds, it holds the entry's second unit too: the gate's own rule (GatedPattern.may), read unit by unit.
const firstHead = new Int32Array(MAX_IDS).fill(-1);
let entryNext: Int32Array = new Int32Array(1024);
let entryGate: Int32Array = new Int32Array(1024);
let entrySecond: Int32Array = new Int32Array(1024);
let entries = 0;
// How many gates are numbered: the width of each kept set of passes.
let gates = 0;
// The units the last scan found, each once, in the order found.
const found = new Int32Array(MAX_IDS);
let foundCount = 0;

function addEntry(first: number, gate: number, second: number): void {
  if (entries === entryNext.length) {
    const grow = (a: Int32Array): Int32Array => {
      const b = new Int32Array(a.length * 2);
      b.set(a);
      return b;
    };
    entryNext = grow(entryNext);
    entryGate = grow(entryGate);
    entrySecond = grow(entrySecond);
  }
  entryNext[entries] = firstHead[first] as number;
  entryGate[entries] = gate;
  entrySecond[entries] = second;
  firstHead[first] = entries++;
}

/** A new gate's number; every kept text is read again, since its passes do not hold the new gate. */
function newGate(): number {
  lastText = null;
  keptTexts.fill(null);
  return gates++;
}

/** Which gates the text just scanned passes (into `passes`, sized for every gate numbered so far). */
function markPasses(): void {
  const width = (gates >>> 5) + 1;
  if (passes.length < width) {
    passes = new Int32Array(width);
    keptPasses[keptAt] = passes;
  } else passes.fill(0);
  for (let f = 0; f < foundCount; f++) {
    for (let e = firstHead[found[f] as number] as number; e !== -1; e = entryNext[e] as number) {
      if (has(entrySecond[e] as number)) {
        const g = entryGate[e] as number;
        passes[g >>> 5] = (passes[g >>> 5] as number) | (1 << (g & 31));
      }
    }
  }
}

/** Makes `present` the table of `text`: one kept from an earlier reading of the same text, or the oldest one read anew. */
function readText(text: string): void {
  for (let j = 0; j < KEPT_TEXTS; j++) {
    if (j !== keptAt && keptTexts[j] === text) {
      keptAt = j;
      present = keptTables[j] as Int32Array;
      passes = keptPasses[j] as Int32Array;
      lastText = text;
      return;
    }
  }
  keptAt = (keptAt + 1) % KEPT_TEXTS;
  present = keptTables[keptAt] as Int32Array;
  passes = keptPasses[keptAt] as Int32Array;
  scan(text);
  markPasses();
  keptTexts[keptAt] = text;
}

// Which codes outside ASCII, masked to their low 11 bits, some unit has (256 bytes): most of a text's characters fail here,
// and the 160 KB table of ids is read only for the rest (as anchors.ts does).
const FILTER_MASK = 2047;
const filter = new Int32Array((FILTER_MASK + 1) >>> 5);
// Which pairs of ASCII characters some unit is (2 KB): a URL's or an English text's pairs mostly fail here.
const pairFilter = new Int32Array((128 * 128) >>> 5);
// Which slots of pairs outside ASCII some unit is (8 KB).
const bigramFilter = new Int32Array((BIGRAM_MASK + 1) >>> 5);

function scan(text: string): void {
  // Only the words that hold some unit's bit (the ids given so far).
  present.fill(0, 0, (ids >>> 5) + 1);
  foundCount = 0;
  const n = text.length;
  let prev2 = 0x80;
  let prev = 0x80;
  for (let k = 0; k < n; k++) {
    const c = text.charCodeAt(k);
    let id = 0;
    if (c >= 128) {
      if (((filter[(c & FILTER_MASK) >>> 5] as number) & (1 << (c & 31))) !== 0) id = idOf[c] as number;
      if (k > 0) {
        const slot = bigram(prev, c);
        if (((bigramFilter[slot >>> 5] as number) & (1 << (slot & 31))) !== 0) {
          const pairId = idOf[BIGRAMS + slot] as number;
          if (pairId !== 0) mark(pairId);
        }
      }
    } else if (prev >= 128) {
      if (k > 0) {
        const slot = bigram(prev, c);
        if (((bigramFilter[slot >>> 5] as number) & (1 << (slot & 31))) !== 0) {
          const pairId = idOf[BIGRAMS + slot] as number;
          if (pairId !== 0) mark(pairId);
        }
      }
    } else {
      const pair = (prev << 7) | c;
      if (((pairFilter[pair >>> 5] as number) & (1 << (pair & 31))) !== 0) id = idOf[PAIRS + pair] as number;
      if (prev2 < 128 && k > 1) {
        const slot = asciiTriple(prev2, prev, c);
        if (((bigramFilter[slot >>> 5] as number) & (1 << (slot & 31))) !== 0) {
          const tripleId = idOf[BIGRAMS + slot] as number;
          if (tripleId !== 0) mark(tripleId);
        }
      }
    }
    if (id !== 0) mark(id);
    prev2 = prev;
    prev = c;
  }
  lastText = text;
}

/** Sets the unit's bit in `present`, and lists the unit the first time it is met in the text. */
function mark(id: number): void {
  const w = present[id >>> 5] as number;
  const bit = 1 << (id & 31);
  if ((w & bit) === 0) {
    present[id >>> 5] = w | bit;
    found[foundCount++] = id;
  }
}

function idFor(unit: number): number {
  let id = idOf[unit] as number;
  if (id === 0) {
    if (ids + 1 >= MAX_IDS) return -1;
    idOf[unit] = id = ++ids;
    if (unit < PAIRS) filter[(unit & FILTER_MASK) >>> 5] = (filter[(unit & FILTER_MASK) >>> 5] as number) | (1 << (unit & 31));
    else if (unit < BIGRAMS) pairFilter[(unit - PAIRS) >>> 5] = (pairFilter[(unit - PAIRS) >>> 5] as number) | (1 << ((unit - PAIRS) & 31));
    else bigramFilter[(unit - BIGRAMS) >>> 5] = (bigramFilter[(unit - BIGRAMS) >>> 5] as number) | (1 << ((unit - BIGRAMS) & 31));
    // A text read before this unit had a number is read again.
    lastText = null;
    keptTexts.fill(null);
  }
  return id;
}

// Letters by how often they stand in English and in random host names (common first): a pair of rarer letters is a
// sharper test. Not a matter of correctness: any unit of a word is present wherever the word is.
const COMMON = 'etaoinsrhldcumfpgwybvkxjqz';
// Kanji and katakana in most of the Japanese-market messages (お客様, ご確認, 利用, 停止, 登録…): another unit of a word is sharper.
const COMMON_CJK = '確認客様利用停止登録情報変更送信受取荷物配達連絡電話番号本日中下記詳細場合方法必要会員済支払料金口座一時的不正アクセス検知ーリンクカード';

function rank(unit: number): number {
  if (unit < PAIRS) {
    // Hiragana and the commonest marks stand in most Japanese texts; kanji and katakana in fewer.
    if (unit >= 0x3040 && unit <= 0x309f) return 1;
    if (unit >= 0x3000 && unit <= 0x303f) return 0;
    if (unit >= 0xff00 && unit <= 0xffef) return 1;
    return COMMON_CJK.includes(String.fromCharCode(unit)) ? 50 : 100;
  }
  const a = (unit - PAIRS) >> 7;
  const b = (unit - PAIRS) & 127;
  const score = (c: number): number => {
    const k = COMMON.indexOf(String.fromCharCode(c));
    return k === -1 ? (c >= 0x30 && c <= 0x39 ? 2 : 0) : 3 + k;
  };
  return score(a) + score(b);
}

/** A word's two rarest units (both in every text that holds the word; the same one twice for a word with one), or null for a word with none (one ASCII character). */
// (A pair with a character outside ASCII, or three ASCII characters, is rarer than any of its parts: ranked as they are added
// and one (an ASCII character of a pair as nothing), so two hiragana, "ます", rank below a kanji met in few texts. Ranked here,
// where its characters are known: its hash keeps none.)
function unitsOf(word: string): [number, number] | null {
  const units = new Map<number, number>();
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    const next = k + 1 < word.length ? word.charCodeAt(k + 1) : -1;
    if (c >= 128) {
      units.set(c, rank(c));
      if (next >= 0) units.set(BIGRAMS + bigram(c, next), rank(c) + (next >= 128 ? rank(next) : 0) + 1);
    } else if (next >= 128) {
      units.set(BIGRAMS + bigram(c, next), rank(next) + 1);
    } else if (next >= 0) {
      const pair = PAIRS + ((c << 7) | word.charCodeAt(k + 1));
      units.set(pair, rank(pair));
      const d = k + 2 < word.length ? word.charCodeAt(k + 2) : 128;
      if (d < 128) units.set(BIGRAMS + asciiTriple(c, word.charCodeAt(k + 1), d), rank(pair) + rank(PAIRS + ((word.charCodeAt(k + 1) << 7) | d)) + 1);
    }
  }
  if (units.size === 0) return null;
  const sorted = [...units.keys()].sort((x, y) => (units.get(y) as number) - (units.get(x) as number));
  return [sorted[0] as number, (sorted[1] ?? sorted[0]) as number];
}

function has(id: number): boolean {
  return ((present[id >>> 5] as number) & (1 << (id & 31))) !== 0;
}

/**
 * A pattern behind its literal gate: test and exec answer as the pattern's own, and the pattern runs only on texts that may
 * hold one of its words (for every word requiredLiterals finds, the text holds the word's two rarest units). A pattern with
 * no readable words, or a word with no unit (one ASCII character), is always run. Only for patterns without the g or y flag
 * (no lastIndex to keep in step). A class, not a closure per pattern: one shape at every call site, so the gate is inlined.
 */
export class GatedPattern {
  readonly re: RegExp;
  /** No gate could be read: the pattern always runs. */
  readonly #always: boolean;
  // The gate's number: its bit in the set of gates a text passes (markPasses), where its words are read by their units.
  readonly #gate: number;
  // The pattern with the g flag, compiled once for matchAll (String.prototype.matchAll copies it, so it is never shared mid-scan).
  readonly #all: RegExp;

  constructor(re: RegExp) {
    if (re.global || re.sticky) throw new Error(`gated: /${re.source}/${re.flags} keeps a lastIndex`);
    this.re = re;
    this.#all = new RegExp(re.source, `${re.flags}g`);
    const pairs: [number, number][] = [];
    const words = requiredLiterals(re);
    let always = words === null || words.length === 0;
    for (const w of words ?? []) {
      const units = unitsOf(w);
      const first = units === null ? -1 : idFor(units[0]);
      const second = units === null ? -1 : idFor(units[1]);
      if (first === -1 || second === -1) {
        always = true;
        break;
      }
      if (!pairs.some(([f, t]) => f === first && t === second)) pairs.push([first, second]);
    }
    this.#always = always;
    this.#gate = always ? -1 : newGate();
    if (!always) for (const [first, second] of pairs) addEntry(first, this.#gate, second);
  }

  get source(): string {
    return this.re.source;
  }

  /** False only when `text` cannot hold a match. */
  may(text: string): boolean {
    if (this.#always) return true;
    if (text !== lastText) readText(text);
    const g = this.#gate;
    return ((passes[g >>> 5] as number) & (1 << (g & 31))) !== 0;
  }

  test(text: string): boolean {
    return this.may(text) && this.re.test(text);
  }

  exec(text: string): RegExpExecArray | null {
    return this.may(text) ? this.re.exec(text) : null;
  }

  /** Every match in `text`, as String.prototype.matchAll gives them; none where the gate says none can be. */
  matchAll(text: string): Iterable<RegExpExecArray> {
    return this.may(text) ? text.matchAll(this.#all) : NO_MATCHES;
  }
}

const NO_MATCHES: readonly RegExpExecArray[] = [];

// Every pattern gated so far, for the test that checks each against its gate (literals.test.ts).
const made: GatedPattern[] = [];

/** `re` behind its literal gate (GatedPattern). */
export function gated(re: RegExp): GatedPattern {
  const g = new GatedPattern(re);
  made.push(g);
  return g;
}

/** The patterns gated so far (those of every module loaded). */
export function gatedPatterns(): readonly GatedPattern[] {
  return made;
}

/** The gate alone, for a pattern with the g flag too (the tests read every pattern's). */
export function literalGate(re: RegExp): (text: string) => boolean {
  const g = new GatedPattern(new RegExp(re.source, re.flags.replace(/[gy]/g, '')));
  return (text) => g.may(text);
}
