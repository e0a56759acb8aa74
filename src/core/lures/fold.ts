// Latin diacritics folded away, one code unit for one, so indexes still point into the text:
// Vietnamese is often typed without its marks ("tai khoan bi khoa" for "tài khoản bị khóa"),
// and Portuguese loses its accents the same way. Kana and Hangul are left as they are (NFD
// would split them too).

const FOLD = new Uint16Array(0x1f00 - 0xc0);
for (let c = 0xc0; c < 0x1f00; c++) {
  if (c >= 0x250 && c < 0x1e00) continue;
  const base = String.fromCharCode(c).normalize('NFD').charCodeAt(0);
  FOLD[c - 0xc0] = base < 0x80 ? base : 0;
}
// Letters NFD keeps whole.
for (const [from, to] of [['đ', 'd'], ['Đ', 'D'], ['ø', 'o'], ['Ø', 'O'], ['ł', 'l'], ['Ł', 'L'], ['ħ', 'h']] as const) {
  FOLD[from.charCodeAt(0) - 0xc0] = to.charCodeAt(0);
}

const MAY_FOLD = /[\u00c0-\u1eff]/;

function folds(c: number): boolean {
  return c >= 0xc0 && c < 0x1f00 && FOLD[c - 0xc0] !== 0;
}

// The last text folded and its fold: the finders fold one message's whole text a dozen times over (input.norm.lower).
let lastIn = '';
let lastOut = '';

/** The text with Latin diacritics removed (same length), or the text itself when it has none. */
export function foldDiacritics(s: string): string {
  if (s === lastIn) return lastOut;
  lastIn = s;
  lastOut = fold(s);
  return lastOut;
}

function fold(s: string): string {
  // A regex scan is cheaper than the loop below on the Japanese and English text that has none.
  if (!MAY_FOLD.test(s)) return s;
  let i = 0;
  const n = s.length;
  while (i < n && !folds(s.charCodeAt(i))) i++;
  if (i === n) return s;
  let out = s.slice(0, i);
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    out += folds(c) ? String.fromCharCode(FOLD[c - 0xc0] as number) : s[i];
  }
  return out;
}
