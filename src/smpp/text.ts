// Text in SMPP short messages: the data_coding byte names the alphabet (SMPP 3.4 §5.2.19 for
// 0x00–0x0F, the GSM 03.38 data coding scheme groups above that). Decoding is done here, on
// the bytes of a whole reassembled message, so a GSM escape or a UTF-16 surrogate pair split
// across two parts still decodes.
import iconv from 'iconv-lite';

export type Alphabet =
  | 'gsm7' // GSM 03.38 default alphabet, one septet an octet (unpacked), as SMPP carries it
  | 'ascii' // IA5
  | 'latin1'
  | 'ucs2'
  | 'shift_jis' // 0x05: the specification says JIS X 0208; Japanese SMSCs send Shift_JIS
  | 'iso-2022-jp'
  | 'jis-x0212'
  | 'iso-8859-5'
  | 'iso-8859-8'
  | 'ks-c-5601'
  | 'binary';

export type DecodeResult =
  | { ok: true; text: string; alphabet: Alphabet }
  | { ok: false; code: 'E_BINARY_MESSAGE' | 'E_UNSUPPORTED_CODING'; message: string };

/** The alphabet a data_coding value names, or null for one this platform cannot read. */
export function alphabetOf(dataCoding: number): Alphabet | null {
  const dc = dataCoding & 0xff;
  if (dc < 0x10) {
    switch (dc) {
      case 0x00: return 'gsm7';
      case 0x01: return 'ascii';
      case 0x02: case 0x04: return 'binary';
      case 0x03: return 'latin1';
      case 0x05: return 'shift_jis';
      case 0x06: return 'iso-8859-5';
      case 0x07: return 'iso-8859-8';
      case 0x08: return 'ucs2';
      case 0x0a: return 'iso-2022-jp';
      case 0x0d: return 'jis-x0212';
      case 0x0e: return 'ks-c-5601';
      default: return null;
    }
  }
  // GSM 03.38 general data coding (00xx xxxx): bit 5 = compressed, bits 3–2 = alphabet.
  if (dc < 0x40) {
    if (dc & 0x20) return null;
    return (['gsm7', 'binary', 'ucs2', null] as const)[(dc >> 2) & 3] ?? null;
  }
  // Message waiting indication groups: store/discard with the default alphabet, store with UCS-2.
  if (dc >= 0xc0 && dc < 0xe0) return 'gsm7';
  if (dc >= 0xe0 && dc < 0xf0) return 'ucs2';
  // Data coding / message class (1111 xxxx): bit 2 = 8-bit data.
  if (dc >= 0xf0) return dc & 0x04 ? 'binary' : 'gsm7';
  return null;
}

// GSM 03.38 default alphabet and its extension table (reached with ESC, 0x1B).
const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001bÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
  '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM_EXTENSION: ReadonlyMap<number, string> = new Map([
  [0x0a, '\f'], [0x14, '^'], [0x28, '{'], [0x29, '}'], [0x2f, '\\'],
  [0x3c, '['], [0x3d, '~'], [0x3e, ']'], [0x40, '|'], [0x65, '€'],
]);
const GSM_ENCODE = new Map<string, number[]>();
for (let i = 0; i < GSM_BASIC.length; i++) if (i !== 0x1b) GSM_ENCODE.set(GSM_BASIC[i] as string, [i]);
for (const [code, ch] of GSM_EXTENSION) GSM_ENCODE.set(ch, [0x1b, code]);

function decodeGsm7(bytes: Buffer): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) {
    const b = (bytes[i] as number) & 0x7f;
    if (b === 0x1b && i + 1 < bytes.length) {
      const ext = GSM_EXTENSION.get((bytes[i + 1] as number) & 0x7f);
      // An escape to an undefined extension character shows the basic character (03.38 §6.2.1.1).
      if (ext !== undefined) {
        out += ext;
        i++;
        continue;
      }
      continue;
    }
    out += b === 0x1b ? ' ' : GSM_BASIC[b];
  }
  return out;
}

/** True when every character has a GSM 03.38 septet (basic or extension table). */
export function isGsm7(text: string): boolean {
  for (const ch of text) if (!GSM_ENCODE.has(ch)) return false;
  return true;
}

/** Septets per character: 2 for the extension table; undefined when it has none. */
export function gsmSeptets(ch: string): number | undefined {
  return GSM_ENCODE.get(ch)?.length;
}

/** Unpacked GSM 03.38 septets, one an octet. Characters without a septet become '?'. */
export function encodeGsm7(text: string): Buffer {
  const out: number[] = [];
  for (const ch of text) out.push(...(GSM_ENCODE.get(ch) ?? [0x3f]));
  return Buffer.from(out);
}

/** UTF-16 big-endian, which is what SMPP's UCS-2 carries in practice (surrogate pairs included). */
export function encodeUcs2(text: string): Buffer {
  const out = Buffer.allocUnsafe(text.length * 2);
  for (let i = 0; i < text.length; i++) out.writeUInt16BE(text.charCodeAt(i), i * 2);
  return out;
}

function decodeUcs2(bytes: Buffer): string {
  // A trailing odd octet cannot be a character; it is dropped, not guessed. Swapped into
  // little-endian and read in one go: a string built a character at a time made a chain of
  // partial strings for every message the firewall decides (~1 KB of garbage a submit_sm).
  const even = bytes.length & ~1;
  const le = Buffer.allocUnsafe(even);
  bytes.copy(le, 0, 0, even);
  return le.swap16().toString('utf16le');
}

// ISO-2022-JP (RFC 1468) is stateful, and iconv-lite has no codec for it. Its two-byte JIS
// X 0208 codes are EUC-JP's with the high bits cleared, so each run is lifted into EUC-JP.
function decodeIso2022Jp(bytes: Buffer): string {
  let mode: 'ascii' | 'jis0208' | 'kana' = 'ascii';
  let out = '';
  let run: number[] = [];
  const flush = (): void => {
    if (run.length) out += iconv.decode(Buffer.from(run), 'eucjp');
    run = [];
  };
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (b === 0x1b && i + 2 < bytes.length) {
      const seq = String.fromCharCode(bytes[i + 1] as number, bytes[i + 2] as number);
      const next = seq === '$B' || seq === '$@' ? 'jis0208' : seq === '(I' ? 'kana' : seq === '(B' || seq === '(J' ? 'ascii' : null;
      if (next) {
        flush();
        mode = next;
        i += 2;
        continue;
      }
    }
    if (b === 0x0e) { flush(); mode = 'kana'; continue; } // SO/SI, as some handsets send half-width kana
    if (b === 0x0f) { flush(); mode = 'ascii'; continue; }
    if (mode === 'jis0208' && b >= 0x21 && b <= 0x7e) run.push(b | 0x80);
    else if (mode === 'kana' && b >= 0x21 && b <= 0x5f) run.push(0x8e, b | 0x80);
    else {
      flush();
      out += String.fromCharCode(b & 0x7f);
    }
  }
  flush();
  return out;
}

// JIS X 0212 codes are EUC-JP's three-byte codes (SS3, 0x8F) with the high bits cleared.
function decodeJisX0212(bytes: Buffer): string {
  const euc: number[] = [];
  for (let i = 0; i + 1 < bytes.length; i += 2) euc.push(0x8f, (bytes[i] as number) | 0x80, (bytes[i + 1] as number) | 0x80);
  return iconv.decode(Buffer.from(euc), 'eucjp');
}

/** The text of a message body (without its UDH) in the given data coding. */
export function decodeText(bytes: Buffer, dataCoding: number): DecodeResult {
  const alphabet = alphabetOf(dataCoding);
  if (alphabet === null) return { ok: false, code: 'E_UNSUPPORTED_CODING', message: `data_coding ${codingHex(dataCoding)} is not a text alphabet this platform reads` };
  if (alphabet === 'binary') return { ok: false, code: 'E_BINARY_MESSAGE', message: `data_coding ${codingHex(dataCoding)} carries binary data, not text` };
  return { ok: true, text: textIn(bytes, alphabet), alphabet };
}

function codingHex(dataCoding: number): string {
  return `0x${(dataCoding & 0xff).toString(16).padStart(2, '0')}`;
}

function textIn(bytes: Buffer, alphabet: Exclude<Alphabet, 'binary'>): string {
  switch (alphabet) {
    case 'gsm7': return decodeGsm7(bytes);
    case 'ascii': return bytes.toString('latin1').replace(/[\x80-\xff]/g, '?');
    case 'latin1': return bytes.toString('latin1');
    case 'ucs2': return decodeUcs2(bytes);
    case 'shift_jis': return iconv.decode(bytes, 'shift_jis');
    case 'iso-2022-jp': return decodeIso2022Jp(bytes);
    case 'jis-x0212': return decodeJisX0212(bytes);
    case 'iso-8859-5': return iconv.decode(bytes, 'iso-8859-5');
    case 'iso-8859-8': return iconv.decode(bytes, 'iso-8859-8');
    case 'ks-c-5601': return iconv.decode(bytes, 'euc-kr');
  }
}
