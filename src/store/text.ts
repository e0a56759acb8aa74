// Text as both stores can hold it. PostgreSQL refuses NUL in text and stores lone UTF-16
// surrogates as U+FFFD (via UTF-8); SQLite keeps NUL and stores lone surrogates differently
// again. So every text and id bound for the store goes through one rule, in one place, and
// both stores hold the same thing: NUL, the other C0 controls but tab and line breaks, DEL,
// and lone surrogates become U+FFFD (the replacement character: visibly "something was
// here", never silently dropped, so an analyst still sees that a text was odd).
// HTTP routes ask `isStorable` first and answer 4xx; SMS texts, which arrive whatever the
// handset put in them, are made storable with `storableText`.

// Lone surrogates: a high one not followed by a low one, a low one not preceded by a high one.
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const UNSTORABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const UNSTORABLE_TEST = new RegExp(UNSTORABLE.source);

/** The text with every character no store should hold replaced by U+FFFD. */
export function storableText(text: string): string {
  return UNSTORABLE_TEST.test(text) ? text.replace(UNSTORABLE, '\ufffd') : text;
}

/** False when the text holds NUL, another control character (tab, CR, LF aside) or a lone surrogate. */
export function isStorable(text: string): boolean {
  return !UNSTORABLE_TEST.test(text);
}

/** For ids and query parameters (report references, line numbers): printable, no controls at all. */
export function isStorableId(text: string): boolean {
  return isStorable(text) && !/[\t\n\r]/.test(text);
}
