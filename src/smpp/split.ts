// Splitting a text into the parts an SMS can carry. GSM 03.38 when every character has a
// septet, else UCS-2 (so Japanese is always UCS-2). One part holds 160 septets or 70 UCS-2
// characters; parts of a longer message lose room to the concatenation header: 153/67 with
// an 8-bit reference, 152/66 with a 16-bit one. A part never ends inside a GSM escape or
// between the two halves of a UTF-16 surrogate pair.
import { ESM_UDHI } from './concat.js';
import { encodeGsm7, encodeUcs2, gsmSeptets, isGsm7 } from './text.js';

export type ConcatScheme = 'udh8' | 'udh16' | 'sar' | 'payload';

export interface SplitOptions {
  /** How parts are marked (default udh8); 'payload' sends the whole text in message_payload. */
  readonly scheme?: ConcatScheme;
  /** Concatenation reference; taken modulo 256 for udh8, 65536 otherwise. */
  readonly reference?: number;
  /** 'auto' (default): GSM 03.38 when possible, else UCS-2. */
  readonly coding?: 'auto' | 'gsm7' | 'ucs2';
}

export interface SubmitPart {
  readonly dataCoding: number;
  readonly esmClass: number;
  /** UDH (when any) and message octets, ready for short_message. Empty with 'payload'. */
  readonly shortMessage: Buffer;
  readonly sar?: { readonly ref: number; readonly total: number; readonly seq: number };
  readonly payload?: Buffer;
}

export type SplitResult =
  | { ok: true; parts: SubmitPart[]; coding: 'gsm7' | 'ucs2' }
  | { ok: false; code: 'E_TOO_LONG'; message: string };

const MAX_PARTS = 255;
const SINGLE = { gsm7: 160, ucs2: 70 } as const;
const MULTI = { udh8: { gsm7: 153, ucs2: 67 }, udh16: { gsm7: 152, ucs2: 66 }, sar: { gsm7: 153, ucs2: 67 } } as const;

/** Cuts text into chunks of at most `limit` units, never inside a character. */
function chunk(text: string, coding: 'gsm7' | 'ucs2', limit: number): string[] {
  const out: string[] = [];
  let current = '';
  let units = 0;
  for (const ch of text) {
    const size = coding === 'gsm7' ? (gsmSeptets(ch) ?? 1) : ch.length; // ch.length: 2 for a surrogate pair
    if (units + size > limit) {
      out.push(current);
      current = '';
      units = 0;
    }
    current += ch;
    units += size;
  }
  if (current !== '' || out.length === 0) out.push(current);
  return out;
}

export function splitForSubmit(text: string, opts: SplitOptions = {}): SplitResult {
  const coding = opts.coding === 'gsm7' || opts.coding === 'ucs2' ? opts.coding : isGsm7(text) ? 'gsm7' : 'ucs2';
  const dataCoding = coding === 'gsm7' ? 0x00 : 0x08;
  const encode = coding === 'gsm7' ? encodeGsm7 : encodeUcs2;
  const scheme = opts.scheme ?? 'udh8';
  if (scheme === 'payload') {
    const payload = encode(text);
    if (payload.length > 0xffff) return { ok: false, code: 'E_TOO_LONG', message: `${payload.length} octets do not fit one message_payload` };
    return { ok: true, coding, parts: [{ dataCoding, esmClass: 0, shortMessage: Buffer.alloc(0), payload }] };
  }
  const single = chunk(text, coding, SINGLE[coding]);
  if (single.length === 1) return { ok: true, coding, parts: [{ dataCoding, esmClass: 0, shortMessage: encode(text) }] };
  const chunks = chunk(text, coding, MULTI[scheme][coding]);
  if (chunks.length > MAX_PARTS) return { ok: false, code: 'E_TOO_LONG', message: `the text needs ${chunks.length} parts; an SMS has at most ${MAX_PARTS}` };
  const total = chunks.length;
  const ref = (opts.reference ?? 0) & (scheme === 'udh8' ? 0xff : 0xffff);
  const parts = chunks.map((c, i): SubmitPart => {
    const seq = i + 1;
    const body = encode(c);
    if (scheme === 'sar') return { dataCoding, esmClass: 0, shortMessage: body, sar: { ref, total, seq } };
    const udh = scheme === 'udh8'
      ? Buffer.from([0x05, 0x00, 0x03, ref, total, seq])
      : Buffer.from([0x06, 0x08, 0x04, ref >> 8, ref & 0xff, total, seq]);
    return { dataCoding, esmClass: ESM_UDHI, shortMessage: Buffer.concat([udh, body]) };
  });
  return { ok: true, coding, parts };
}
