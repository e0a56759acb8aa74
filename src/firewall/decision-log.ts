// The decision log as JSON lines, written a batch at a time. One stream.write a message (and
// JSON.stringify's walk of the entry) was about a tenth of the firewall's CPU at 5,000
// submit_sm/s, and every line waited in the stream's buffer as objects of its own while the
// file write before it was under way. Here a line is encoded by hand into a buffer, to the octet
// the UTF-8 of what JSON.stringify(entry) gives, and lines go to the stream together, a few times
// a second.
import type { DecisionLogEntry } from './proxy.js';

/** True when JSON.stringify leaves the string as it is: no quote, backslash, control character or surrogate. */
function plain(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c === 0x22 || c === 0x5c || (c >= 0xd800 && c <= 0xdfff)) return false;
  }
  return true;
}

function str(s: string): string {
  return plain(s) ? `"${s}"` : JSON.stringify(s);
}

function strs(xs: readonly string[]): string {
  let out = '[';
  for (let i = 0; i < xs.length; i++) out += (i > 0 ? ',' : '') + str(xs[i] as string);
  return `${out}]`;
}

function num(n: number | null): string {
  return n === null || !Number.isFinite(n) ? 'null' : String(n);
}

/** `JSON.stringify(entry)`, without its walk of the object; the properties in the entry's order. */
export function decisionLine(e: DecisionLogEntry): string {
  let line = `{"at":${str(e.at)},"esme":${str(e.esme)},"fingerprint":${str(e.fingerprint)},"action":${str(e.action)},"enforced":${str(e.enforced)},"dryRun":${e.dryRun ? 'true' : 'false'},` +
    `"verdict":${e.verdict === null ? 'null' : str(e.verdict)},"score":${num(e.score)},"reasons":${strs(e.reasons)},"domains":${strs(e.domains)}`;
  if (e.phones !== undefined) line += `,"phones":${strs(e.phones)}`;
  line += `,"parts":${num(e.parts)}`;
  if (e.text !== undefined) line += `,"text":${str(e.text)}`;
  return `${line}}`;
}

export interface DecisionLogWriter {
  (entry: DecisionLogEntry): void;
  /** Writes what is waiting now (before the stream is ended). */
  flush(): void;
}

/** How long lines wait to be written together (ms), and how many octets of them go at once whatever the time. */
const FLUSH_MS = 20;
const FLUSH_OCTETS = 64 * 1024;

/**
 * Lines encoded as they are made into one buffer, and the buffer's lines written together. A
 * line built by concatenation was ~30 partial strings, and a batch of them one more string the
 * stream flattened and encoded again: ~1.9 KiB of the ~18 KiB the firewall allocated a
 * submit_sm at 5,000/s (heap sampling, 2026-12-06), each scavenge's worth sooner. Here a line's
 * ASCII fields (all but a held text, or a domain or phone number outside ASCII) are written an
 * octet a character, the rest as UTF-8 of exactly what JSON.stringify gives.
 */
class LineBuffer {
  buf = Buffer.allocUnsafeSlow(FLUSH_OCTETS + 4096);
  len = 0;

  /** Room for `n` more octets. */
  room(n: number): void {
    if (this.len + n <= this.buf.length) return;
    const bigger = Buffer.allocUnsafeSlow(Math.max(this.buf.length * 2, this.len + n));
    this.buf.copy(bigger, 0, 0, this.len);
    this.buf = bigger;
  }

  /** ASCII the caller knows needs no escaping (the line's own punctuation and names). */
  raw(s: string): void {
    this.room(s.length);
    const buf = this.buf;
    let at = this.len;
    for (let i = 0; i < s.length; i++) buf[at++] = s.charCodeAt(i);
    this.len = at;
  }

  /** A JSON string, as JSON.stringify writes it. */
  str(s: string): void {
    this.room(s.length + 2);
    const buf = this.buf;
    const start = this.len;
    let at = start;
    buf[at++] = 0x22;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c < 0x20 || c === 0x22 || c === 0x5c || c >= 0x80) {
        // Outside plain ASCII: what JSON.stringify gives (the same as `"${s}"` when nothing needs escaping), as UTF-8.
        const json = plain(s) ? `"${s}"` : JSON.stringify(s);
        this.room(3 * json.length);
        this.len = start + this.buf.write(json, start, 'utf8');
        return;
      }
      buf[at++] = c;
    }
    buf[at++] = 0x22;
    this.len = at;
  }

  strs(xs: readonly string[]): void {
    this.raw('[');
    for (let i = 0; i < xs.length; i++) {
      if (i > 0) this.raw(',');
      this.str(xs[i] as string);
    }
    this.raw(']');
  }

  /** The lines so far, in a buffer of their own (the stream keeps it until written), and empty again. */
  take(): Buffer {
    const out = Buffer.from(this.buf.subarray(0, this.len));
    this.len = 0;
    return out;
  }
}

/** decisionLine(e) and a newline, into `b`. */
function putLine(b: LineBuffer, e: DecisionLogEntry): void {
  b.raw('{"at":');
  b.str(e.at);
  b.raw(',"esme":');
  b.str(e.esme);
  b.raw(',"fingerprint":');
  b.str(e.fingerprint);
  b.raw(',"action":');
  b.str(e.action);
  b.raw(',"enforced":');
  b.str(e.enforced);
  b.raw(e.dryRun ? ',"dryRun":true,"verdict":' : ',"dryRun":false,"verdict":');
  if (e.verdict === null) b.raw('null');
  else b.str(e.verdict);
  b.raw(',"score":');
  b.raw(num(e.score));
  b.raw(',"reasons":');
  b.strs(e.reasons);
  b.raw(',"domains":');
  b.strs(e.domains);
  if (e.phones !== undefined) {
    b.raw(',"phones":');
    b.strs(e.phones);
  }
  b.raw(',"parts":');
  b.raw(num(e.parts));
  if (e.text !== undefined) {
    b.raw(',"text":');
    b.str(e.text);
  }
  b.raw('}\n');
}

/**
 * Lines for `out`, written together every FLUSH_MS (or sooner when FLUSH_OCTETS wait): a write
 * each event-loop turn was still ~3% of the firewall's CPU at 5,000 submit_sm/s (an fs write
 * request a turn, and turns are short while messages are decided 1 ms at a time). The lines are
 * UTF-8, each decisionLine(entry) and a newline.
 */
export function decisionLogWriter(out: { write(chunk: Buffer): unknown }, flushMs = FLUSH_MS): DecisionLogWriter {
  const lines = new LineBuffer();
  let timer: NodeJS.Timeout | null = null;
  const flush = (): void => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (lines.len === 0) return;
    out.write(lines.take());
  };
  const write = (entry: DecisionLogEntry): void => {
    putLine(lines, entry);
    if (lines.len >= FLUSH_OCTETS) flush();
    else timer ??= setTimeout(flush, flushMs);
  };
  return Object.assign(write, { flush });
}
