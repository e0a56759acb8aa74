// The decision log's writer: one JSON line a message, stringified once a turn of the event
// loop (setImmediate) and written every WRITE_MS or WRITE_BYTES, not as each message is decided.
// A line stringified and written per message sat between the ESME's submit_sm and its relay to
// the SMSC (every message decided in the same turn waited for every line before any went
// upstream), and a file write a turn cost the firewall more CPU than the lines themselves
// (bench/firewall.ts profile: a write hands work to libuv's thread pool, which competes for the
// same cores). Lines not yet written when the process dies are lost, as lines in the file
// stream's own buffer always were; close flushes.
import type { DecisionLogEntry } from './proxy.js';

const WRITE_MS = 100;
const WRITE_BYTES = 64 * 1024;

export interface DecisionLogWriter {
  (entry: DecisionLogEntry): void;
  /** Writes every line now (before the stream is ended). */
  flush(): void;
}

export function decisionLogWriter(out: { write(text: string): unknown }): DecisionLogWriter {
  let pending: DecisionLogEntry[] = [];
  let stringifying: NodeJS.Immediate | null = null;
  let text = '';
  let writing: NodeJS.Timeout | null = null;
  const write = (): void => {
    if (writing) clearTimeout(writing);
    writing = null;
    if (text.length === 0) return;
    const t = text;
    text = '';
    out.write(t);
  };
  const stringify = (): void => {
    if (stringifying) clearImmediate(stringifying);
    stringifying = null;
    for (const e of pending) text += `${JSON.stringify(e)}\n`;
    pending = [];
    if (text.length >= WRITE_BYTES) write();
    else if (text.length > 0 && !writing) {
      writing = setTimeout(write, WRITE_MS);
      writing.unref();
    }
  };
  const log = (entry: DecisionLogEntry): void => {
    pending.push(entry);
    stringifying ??= setImmediate(stringify);
  };
  const flush = (): void => {
    stringify();
    write();
  };
  return Object.assign(log, { flush });
}
