// Kinds of institution a message can speak as without naming one we list: a municipality's water
// department, a tax, a 信用金庫, a pharmacy's prescription app (data/brands.json "kinds"). A public
// body (public: true) owns no site but a government's (go.jp, lg.jp, a geographic-type name), so
// any other link it gives is off its channel. A host that spells the kind's name (uji-suido.info,
// jidoushazei-fubi.net, zenshin-kyo.help) is dressed as the sender's own site.
import type { ExtractedUrl } from '../types.js';

export interface InstitutionKind {
  readonly id: string;
  /** Words that name the kind in a message (matched on the NFKC, lower-cased text). */
  readonly words: readonly string[];
  /**
   * Patterns that name the kind where no fixed word can: a JA's name is "JA" and the place (JAひまわり,
   * JA北びわこ), matched on the same text as words, with the same rule for who speaks.
   */
  readonly patterns?: readonly RegExp[];
  /** How hosts spell the kind (Hepburn romaji, English, abbreviations), lower-case. */
  readonly tokens: readonly string[];
  /** A public body: its own sites are government domains only (and `sites`, when given). */
  readonly public: boolean;
  /**
   * Registrable domains the one body of this kind keeps its sites on outside the vetted registrants'
   * (日本赤十字社's blood centres on kenketsu.jp), lower-case: owned as its own.
   */
  readonly sites?: readonly string[];
  readonly sources: readonly string[];
}

/** A kind the message speaks as: its word at the head, in a 【header】, or before "です"/"より". */
export interface SpokenKind {
  readonly kind: InstitutionKind;
  readonly word: string;
  readonly index: number;
}

export function parseKinds(raw: unknown): InstitutionKind[] | string {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) return 'kinds must be a list';
  const out: InstitutionKind[] = [];
  for (const [i, k] of raw.entries()) {
    const e = (k ?? {}) as Record<string, unknown>;
    const strings = (v: unknown): v is string[] => Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string' && x.length > 0);
    if (typeof e.id !== 'string' || !strings(e.words) || !strings(e.sources)) return `kinds[${i}]: id, words and sources are required`;
    const tokens = e.tokens ?? [];
    if (!Array.isArray(tokens) || !tokens.every((t) => typeof t === 'string' && /^[a-z0-9]{4,}$/.test(t))) return `kinds[${i}] (${e.id}): tokens must be lower-case letters or digits, 4+ long`;
    const patterns: RegExp[] = [];
    if (e.patterns !== undefined && !Array.isArray(e.patterns)) return `kinds[${i}] (${e.id}): patterns must be a list`;
    for (const p of (e.patterns ?? []) as unknown[]) {
      if (typeof p !== 'string') return `kinds[${i}] (${e.id}): patterns must be strings`;
      try {
        patterns.push(new RegExp(p, 'u'));
      } catch {
        return `kinds[${i}] (${e.id}): pattern ${p} is not a regular expression`;
      }
    }
    const sites = e.sites ?? [];
    if (!Array.isArray(sites) || !sites.every((t) => typeof t === 'string' && /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/.test(t))) return `kinds[${i}] (${e.id}): sites must be lower-case domains`;
    out.push({ id: e.id, words: e.words.map((w) => w.normalize('NFKC').toLowerCase()), ...(patterns.length > 0 ? { patterns } : {}), tokens: tokens as string[], public: e.public === true, ...(sites.length > 0 ? { sites: sites as string[] } : {}), sources: e.sources });
  }
  return out;
}

// The closing marks of OPENERS (a module constant, not a literal per call).
const CLOSERS = /[】\]」』>)〉》]/;
const OPENERS = '【[「『<(〈《';
// What a speaker's name is followed by ("宇治市上下水道部です", "市税事務所より", "水道局からのお知らせ"), or a
// colon that signs it ("高槻市水道部:", "City Water Bureau:", "Cục thuế thành phố:").
const SPEAKING = /^(?:[^\s。、,，!！?？]{0,10}?(?:です|でございます|より|からの|から(?:ご|お)?(?:連絡|案内|通知))|[^。.!！?？\n]{0,12}?[:：])/;
// Particles that make a word at the head something talked about, not the speaker ("水道局に連絡した").
const TALKED_ABOUT = /[をにへでがはともや]/;

/**
 * The kinds the text speaks as: a kind's word in a 【header】, at the head of the text (no more
 * than a name before it: "宇治市上下水道部 …", "市の保健センターです"), or right before "です"/"より".
 * A kind named in passing ("不審な場合は警察へ", "銀行で振り込んだ") is not who speaks.
 */
export function spokenKinds(lower: string, kinds: readonly InstitutionKind[]): SpokenKind[] {
  const text = lower;
  const out: SpokenKind[] = [];
  const firsts = firstPlaces(text, wordIndexOf(kinds));
  // The number of each kind's first word in the index (the words are numbered kind by kind, in order).
  let first = 0;
  for (const kind of kinds) {
    const from = first;
    first += kind.words.length;
    let spoken = false;
    for (let j = 0; j < kind.words.length; j++) {
      const word = kind.words[j] as string;
      const at = firsts[from + j] as number;
      if (at < 0) continue;
      if (speaksAt(text, at, word.length)) {
        out.push({ kind, word, index: at });
        spoken = true;
        break;
      }
    }
    if (spoken || kind.patterns === undefined) continue;
    for (const re of kind.patterns) {
      const m = re.exec(text);
      if (m !== null && speaksAt(text, m.index, m[0].length)) {
        out.push({ kind, word: m[0], index: m.index });
        break;
      }
    }
  }
  return out;
}

/**
 * The kinds' words, numbered in the order spokenKinds reads them, by their first code: one pass over
 * the text finds where each first stands (text.indexOf for each of a hundred words read the text a hundred times).
 */
interface WordIndex {
  readonly count: number;
  /** Which first codes (masked) start a word: most of a text's characters start none. */
  readonly starts: Uint8Array;
  /** Each word by its first code, with its second (-1: a one-character word), compared before the word is. */
  readonly byFirst: Map<number, { readonly word: string; readonly n: number; readonly second: number }[]>;
  readonly places: Int32Array;
}

const FIRST_MASK = 0x3fff;
const wordIndexes = new WeakMap<readonly InstitutionKind[], WordIndex>();

function wordIndexOf(kinds: readonly InstitutionKind[]): WordIndex {
  let index = wordIndexes.get(kinds);
  if (index === undefined) {
    const starts = new Uint8Array(FIRST_MASK + 1);
    const byFirst = new Map<number, { word: string; n: number; second: number }[]>();
    let n = 0;
    for (const kind of kinds) {
      for (const word of kind.words) {
        const c = word.charCodeAt(0);
        starts[c & FIRST_MASK] = 1;
        const entry = { word, n, second: word.length > 1 ? word.charCodeAt(1) : -1 };
        const list = byFirst.get(c);
        if (list === undefined) byFirst.set(c, [entry]);
        else list.push(entry);
        n++;
      }
    }
    index = { count: n, starts, byFirst, places: new Int32Array(n) };
    wordIndexes.set(kinds, index);
  }
  return index;
}

/** For each word of the index, text.indexOf(word) (-1: absent), in a list reused by the next call. */
function firstPlaces(text: string, index: WordIndex): Int32Array {
  const places = index.places;
  places.fill(-1);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (index.starts[c & FIRST_MASK] === 0) continue;
    const list = index.byFirst.get(c);
    if (list === undefined) continue;
    const c1 = i + 1 < text.length ? text.charCodeAt(i + 1) : -2;
    for (const { word, n, second } of list) if ((places[n] as number) < 0 && (second === -1 || second === c1) && text.startsWith(word, i)) places[n] = i;
  }
  return places;
}

function speaksAt(text: string, at: number, length: number): boolean {
  // The last opener at or before `at` (a loop: the spread of a mapped list cost an array or two per word found).
  let open = -1;
  for (let k = 0; k < OPENERS.length; k++) {
    const o = text.lastIndexOf(OPENERS[k] as string, at);
    if (o > open) open = o;
  }
  if (open >= 0 && !CLOSERS.test(text.slice(open, at))) return true;
  const head = text.slice(0, at);
  if (head.length <= 12 && !/[。!！?？\n]/.test(head) && !TALKED_ABOUT.test(head.replace(/^[^の]*の/, ''))) return true;
  return SPEAKING.test(text.slice(at + length, at + length + 16));
}

// Suffixes an ordinary business registers its own site under: a host spelling a private kind's name
// there may be the business's own (seibushinkin.jp, kusurinomadoguchi.com), elsewhere it is not.
const ORDINARY_SUFFIXES: ReadonlySet<string> = new Set(['jp', 'co.jp', 'or.jp', 'ne.jp', 'ac.jp', 'ed.jp', 'gr.jp', 'go.jp', 'lg.jp', 'com', 'net', 'org']);

/** The token of one of `kinds` that the link's registrable name spells, if any. */
export function kindToken(u: ExtractedUrl, kinds: readonly SpokenKind[]): { kind: InstitutionKind; token: string } | undefined {
  const name = u.domain === null ? u.host : u.domain.slice(0, u.domain.length - (u.suffix?.length ?? 0));
  for (const { kind } of kinds) {
    for (const token of kind.tokens) if (name.includes(token)) return { kind, token };
  }
  return undefined;
}

/** Whether `host` is on a site one of the spoken kinds' body keeps outside the vetted registrants (kind.sites). */
export function onKindSite(host: string, kinds: readonly SpokenKind[]): boolean {
  return kinds.some(({ kind }) => kind.sites !== undefined && kind.sites.some((d) => host === d || host.endsWith(`.${d}`)));
}

/** Whether a host could be an ordinary business's own site by its suffix. */
export function ordinarySuffix(u: ExtractedUrl): boolean {
  return u.suffix !== null && ORDINARY_SUFFIXES.has(u.suffix);
}
