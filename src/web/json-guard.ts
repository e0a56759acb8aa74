// A linear pre-scan of JSON text before JSON.parse. JSON.parse recurses on nesting: a single
// 8 MiB line of `[[[[…` held the event loop for ~2 s (issue 10). The scan also refuses text
// that neither store keeps as sent: NUL (PostgreSQL refuses it in text and jsonb) and
// unpaired surrogates (each store replaces them its own way). It never builds a value, so
// it costs one pass over the characters and stops at the first problem.

export const MAX_JSON_DEPTH = 32;

export type JsonGuardError =
  | { readonly code: 'E_JSON_TOO_DEEP'; readonly message: string }
  | { readonly code: 'E_BINARY_TEXT'; readonly message: string };

const hex = (c: number): number => (c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : c >= 65 && c <= 70 ? c - 55 : -1);

function escapeAt(text: string, i: number): number {
  let v = 0;
  for (let k = 0; k < 4; k++) {
    const h = hex(text.charCodeAt(i + k));
    if (h < 0) return -1;
    v = v * 16 + h;
  }
  return v;
}

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/**
 * Null when the text may go to JSON.parse: nesting at most `maxDepth`, no NUL and no unpaired
 * surrogate in any string (written raw or as a `\u` escape). Syntax errors are left to
 * JSON.parse, which reports them without recursing deeper than this allowed.
 */
export function jsonGuard(text: string, maxDepth = MAX_JSON_DEPTH): JsonGuardError | null {
  let depth = 0;
  let inString = false;
  // A high surrogate seen last (raw or escaped) waiting for its low half.
  let pendingHigh = false;
  const binary: JsonGuardError = { code: 'E_BINARY_TEXT', message: 'a string holds NUL or an unpaired surrogate: not text' };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      let unit = c;
      if (c === 0x5c /* \ */) {
        const next = text.charCodeAt(i + 1);
        if (next === 0x75 /* u */) {
          unit = escapeAt(text, i + 2);
          if (unit < 0) return null; // malformed escape: JSON.parse says so
          i += 5;
        } else {
          unit = -1;
          i += 1;
        }
      } else if (c === 0x22 /* " */) {
        if (pendingHigh) return binary;
        inString = false;
        continue;
      }
      if (unit === 0) return binary;
      if (pendingHigh) {
        if (!isLow(unit)) return binary;
        pendingHigh = false;
      } else if (isLow(unit)) return binary;
      else if (isHigh(unit)) pendingHigh = true;
      continue;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > maxDepth) return { code: 'E_JSON_TOO_DEEP', message: `JSON nested deeper than ${maxDepth} levels` };
    } else if (c === 0x5d || c === 0x7d) depth--;
    else if (c === 0) return binary;
  }
  return null;
}

/** NUL, the other C0 controls and DEL in a decoded URL part: never part of an id or a filter. */
export function hasUrlControl(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) return true;
    if (isHigh(c)) {
      if (!isLow(text.charCodeAt(i + 1))) return true;
      i++;
    } else if (isLow(c)) return true;
  }
  return false;
}
