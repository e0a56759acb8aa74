// The decision log as JSON lines, written a batch at a time. One stream.write a message (and
// JSON.stringify's walk of the entry) was about a tenth of the firewall's CPU at 5,000
// submit_sm/s, and every line waited in the stream's buffer as objects of its own while the
// file write before it was under way. Here a line is built by hand, to the octet what
// JSON.stringify(entry) gives, and lines go to the stream together, a few times a second.
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

/** How long lines wait to be written together (ms), and how much of them goes at once whatever the time. */
const FLUSH_MS = 20;
const FLUSH_CHARS = 64 * 1024;

/**
 * Lines for `out`, written together every FLUSH_MS (or sooner when FLUSH_CHARS wait): a write
 * each event-loop turn was still ~3% of the firewall's CPU at 5,000 submit_sm/s (an fs write
 * request a turn, and turns are short while messages are decided 1 ms at a time).
 */
export function decisionLogWriter(out: { write(chunk: string): unknown }, flushMs = FLUSH_MS): DecisionLogWriter {
  let batch = '';
  let timer: NodeJS.Timeout | null = null;
  const flush = (): void => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (batch === '') return;
    const lines = batch;
    batch = '';
    out.write(lines);
  };
  const write = (entry: DecisionLogEntry): void => {
    batch += `${decisionLine(entry)}\n`;
    if (batch.length >= FLUSH_CHARS) flush();
    else timer ??= setTimeout(flush, flushMs);
  };
  return Object.assign(write, { flush });
}
