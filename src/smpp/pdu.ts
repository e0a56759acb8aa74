// PDUs on the wire: framing of the TCP byte stream, and decoding with the `smpp` package's
// codec, wrapped so that a malformed PDU becomes a value (answered with generic_nack) and
// never an exception that stops the session. The message-carrying PDUs (deliver_sm,
// submit_sm, data_sm) are also read here byte for byte, because the library decodes their
// text part by part and drops unknown TLVs, and reassembly needs the raw octets.
import smpp from 'smpp';
import { Status } from './status.js';

/** Largest PDU accepted: the library's own limit, ample for SMS (a 64 KiB message_payload is not). */
export const MAX_PDU_LENGTH = smpp.PDU.maxLength;
export const HEADER_LENGTH = 16;

export const Command = {
  generic_nack: 0x80000000,
  bind_receiver: 0x00000001,
  bind_transmitter: 0x00000002,
  submit_sm: 0x00000004,
  deliver_sm: 0x00000005,
  unbind: 0x00000006,
  bind_transceiver: 0x00000009,
  enquire_link: 0x00000015,
  replace_sm: 0x00000007,
  submit_multi: 0x00000021,
  data_sm: 0x00000103,
} as const;

export const Tlv = {
  receipted_message_id: 0x001e,
  sar_msg_ref_num: 0x020c,
  sar_total_segments: 0x020e,
  sar_segment_seqnum: 0x020f,
  message_payload: 0x0424,
  message_state: 0x0427,
} as const;

export type Frame =
  | { readonly kind: 'pdu'; readonly bytes: Buffer }
  /** A command_length no PDU can have: the stream cannot be resynchronised after it. */
  | { readonly kind: 'bad-length'; readonly length: number; readonly sequence: number };

/** Cuts a byte stream into PDUs by their command_length. */
export class PduFramer {
  #buffered: Buffer[] = [];
  #size = 0;
  #broken = false;

  push(chunk: Buffer): Frame[] {
    if (this.#broken) return [];
    this.#buffered.push(chunk);
    this.#size += chunk.length;
    const frames: Frame[] = [];
    let data = this.#buffered.length === 1 ? (this.#buffered[0] as Buffer) : Buffer.concat(this.#buffered, this.#size);
    let offset = 0;
    while (data.length - offset >= 4) {
      const length = data.readUInt32BE(offset);
      if (length < HEADER_LENGTH || length > MAX_PDU_LENGTH) {
        const sequence = data.length - offset >= HEADER_LENGTH ? data.readUInt32BE(offset + 12) : 0;
        frames.push({ kind: 'bad-length', length, sequence });
        this.#broken = true;
        this.#buffered = [];
        this.#size = 0;
        return frames;
      }
      if (data.length - offset < length) break;
      // A copy: the socket's chunk is not retained by every PDU that came in it. A chunk that is
      // one PDU whole (most of them, at a relay's pace) is that PDU: nothing else holds it.
      frames.push({ kind: 'pdu', bytes: offset === 0 && length === data.length ? data : Buffer.from(data.subarray(offset, offset + length)) });
      offset += length;
    }
    data = data.subarray(offset);
    this.#buffered = data.length ? [data] : [];
    this.#size = data.length;
    return frames;
  }
}

export interface Address {
  readonly ton: number;
  readonly npi: number;
  readonly addr: string;
}

/** One destination of a submit_multi: an SME address, or a distribution list the SMSC knows by name. */
export type MultiDest =
  | { readonly kind: 'sme'; readonly ton: number; readonly npi: number; readonly addr: string }
  | { readonly kind: 'list'; readonly name: string };

/** The fields of deliver_sm, submit_sm, submit_multi and data_sm, with the message as raw octets. */
export interface SmBody {
  readonly serviceType: string;
  readonly source: Address;
  /** For submit_multi, its first SME destination (an empty address when it names lists only). */
  readonly dest: Address;
  /** submit_multi only: every destination, in order. */
  readonly dests?: readonly MultiDest[];
  readonly esmClass: number;
  readonly protocolId: number;
  readonly priority: number;
  readonly registeredDelivery: number;
  readonly dataCoding: number;
  readonly shortMessage: Buffer;
  /** Every TLV by tag, unknown ones included. */
  readonly tlvs: ReadonlyMap<number, Buffer>;
}

export type Decoded =
  | { readonly ok: true; readonly pdu: smpp.PDU; readonly sm?: SmBody; readonly bytes: Buffer }
  | { readonly ok: false; readonly status: number; readonly sequence: number; readonly commandId: number; readonly message: string };

class Reader {
  offset: number;
  constructor(readonly buf: Buffer, start: number) {
    this.offset = start;
  }
  u8(): number {
    if (this.offset + 1 > this.buf.length) throw new RangeError('field beyond the end of the PDU');
    return this.buf.readUInt8(this.offset++);
  }
  cstring(max: number): string {
    const end = this.buf.indexOf(0, this.offset);
    if (end < 0) throw new RangeError('C-octet string without its terminating NUL');
    if (end - this.offset > max) throw new RangeError(`C-octet string longer than ${max} octets`);
    const s = this.buf.toString('latin1', this.offset, end);
    this.offset = end + 1;
    return s;
  }
  bytes(n: number): Buffer {
    if (this.offset + n > this.buf.length) throw new RangeError('field beyond the end of the PDU');
    const b = this.buf.subarray(this.offset, this.offset + n);
    this.offset += n;
    return b;
  }
}

/** The TLVs of a PDU that has none (most submit_sm): one Map for all of them, never written to. */
const NO_TLVS: ReadonlyMap<number, Buffer> = new Map<number, Buffer>();

function readTlvs(r: Reader): ReadonlyMap<number, Buffer> {
  if (r.offset >= r.buf.length) return NO_TLVS;
  const tlvs = new Map<number, Buffer>();
  while (r.offset < r.buf.length) {
    if (r.buf.length - r.offset < 4) throw new RangeError('truncated TLV header');
    const tag = r.buf.readUInt16BE(r.offset);
    const len = r.buf.readUInt16BE(r.offset + 2);
    r.offset += 4;
    tlvs.set(tag, r.bytes(len));
  }
  return tlvs;
}

function readDests(r: Reader): MultiDest[] {
  const n = r.u8();
  if (n === 0) throw new RangeError('submit_multi with no destination');
  const dests: MultiDest[] = [];
  for (let i = 0; i < n; i++) {
    const flag = r.u8();
    if (flag === 1) dests.push({ kind: 'sme', ton: r.u8(), npi: r.u8(), addr: r.cstring(64) });
    else if (flag === 2) dests.push({ kind: 'list', name: r.cstring(64) });
    else throw new RangeError(`dest_flag ${flag} is neither 1 (SME) nor 2 (distribution list)`);
  }
  return dests;
}

function writeDests(dests: readonly MultiDest[]): Buffer {
  if (dests.length === 0 || dests.length > 254) throw new RangeError(`submit_multi needs 1 to 254 destinations, not ${dests.length}`);
  const pieces: Buffer[] = [Buffer.from([dests.length])];
  for (const d of dests) {
    if (d.kind === 'sme') pieces.push(Buffer.from([1, d.ton, d.npi]), Buffer.from(`${d.addr}\0`, 'latin1'));
    else pieces.push(Buffer.from([2]), Buffer.from(`${d.name}\0`, 'latin1'));
  }
  return Buffer.concat(pieces);
}

/** Reads the body of a deliver_sm, submit_sm, submit_multi or data_sm; throws RangeError on a malformed one. */
function readSmBody(buf: Buffer, commandId: number): SmBody {
  const r = new Reader(buf, HEADER_LENGTH);
  const serviceType = r.cstring(5);
  const source = { ton: r.u8(), npi: r.u8(), addr: r.cstring(64) };
  let dests: MultiDest[] | undefined;
  let dest: Address;
  if (commandId === Command.submit_multi) {
    dests = readDests(r);
    const sme = dests.find((d) => d.kind === 'sme');
    dest = sme?.kind === 'sme' ? { ton: sme.ton, npi: sme.npi, addr: sme.addr } : { ton: 0, npi: 0, addr: '' };
  } else dest = { ton: r.u8(), npi: r.u8(), addr: r.cstring(64) };
  const esmClass = r.u8();
  if (commandId === Command.data_sm) {
    const registeredDelivery = r.u8();
    const dataCoding = r.u8();
    return { serviceType, source, dest, esmClass, protocolId: 0, priority: 0, registeredDelivery, dataCoding, shortMessage: Buffer.alloc(0), tlvs: readTlvs(r) };
  }
  const protocolId = r.u8();
  const priority = r.u8();
  r.cstring(16); // schedule_delivery_time
  r.cstring(16); // validity_period
  const registeredDelivery = r.u8();
  r.u8(); // replace_if_present_flag
  const dataCoding = r.u8();
  r.u8(); // sm_default_msg_id
  const smLength = r.u8();
  if (smLength > 254) throw new RangeError(`sm_length ${smLength} is over 254`);
  const shortMessage = r.bytes(smLength);
  const tlvs = readTlvs(r);
  // Two literals, not a spread: every message read takes this path.
  if (dests) return { serviceType, source, dest, dests, esmClass, protocolId, priority, registeredDelivery, dataCoding, shortMessage, tlvs };
  return { serviceType, source, dest, esmClass, protocolId, priority, registeredDelivery, dataCoding, shortMessage, tlvs };
}

/** The fields of a replace_sm (SMPP 3.4 §4.10.1): it has no data_coding (the message keeps its own) and no TLVs. */
export interface ReplaceSm {
  readonly messageId: string;
  readonly source: Address;
  readonly registeredDelivery: number;
  readonly shortMessage: Buffer;
}

/** Reads a replace_sm octet for octet; throws RangeError on a malformed one. */
export function readReplaceSm(buf: Buffer): ReplaceSm {
  const r = new Reader(buf, HEADER_LENGTH);
  const messageId = r.cstring(64);
  const source = { ton: r.u8(), npi: r.u8(), addr: r.cstring(64) };
  r.cstring(16);
  r.cstring(16);
  const registeredDelivery = r.u8();
  r.u8(); // sm_default_msg_id
  const smLength = r.u8();
  if (smLength > 254) throw new RangeError(`sm_length ${smLength} is over 254`);
  const shortMessage = r.bytes(smLength);
  if (r.offset !== buf.length) throw new RangeError('octets after short_message (replace_sm has no TLVs)');
  return { messageId, source, registeredDelivery, shortMessage };
}

/**
 * The same PDU about another message id (a relay maps its ids), every other octet as it was:
 * replace_sm, query_sm and their responses, where message_id comes first, and cancel_sm, where
 * it comes after service_type.
 */
export function withMessageId(bytes: Buffer, messageId: string): Buffer {
  const start = bytes.readUInt32BE(4) === CANCEL_SM ? bytes.indexOf(0, HEADER_LENGTH) + 1 : HEADER_LENGTH;
  const end = start > 0 ? bytes.indexOf(0, start) : -1;
  if (end < 0) throw new RangeError('message_id without its terminating NUL');
  const out = Buffer.concat([bytes.subarray(0, start), Buffer.from(messageId, 'latin1'), bytes.subarray(end)]);
  out.writeUInt32BE(out.length, 0);
  return out;
}

const CANCEL_SM = 0x00000008;

/** The same replace_sm with another short_message (a tagged text). */
export function withReplaceText(bytes: Buffer, shortMessage: Buffer): Buffer {
  if (shortMessage.length > 254) throw new RangeError(`short_message of ${shortMessage.length} octets is over 254`);
  const r = new Reader(bytes, HEADER_LENGTH);
  r.cstring(64); r.u8(); r.u8(); r.cstring(64); r.cstring(16); r.cstring(16); r.u8(); r.u8();
  const out = Buffer.concat([bytes.subarray(0, r.offset), Buffer.from([shortMessage.length]), shortMessage]);
  out.writeUInt32BE(out.length, 0);
  return out;
}

const COMMAND_NAMES = new Map<number, smpp.CommandName>(Object.values(smpp.commands).map((c) => [c.id, c.command]));

/**
 * A PDU read from its header (and, for a response, its message_id) without the library: what a
 * relay needs of the PDUs it passes on by the thousand (submit_sm and deliver_sm, whose fields it
 * reads itself in readSmBody, their responses, enquire_link). The library's decoding of one cost
 * more than the rest of relaying it (every TLV and the whole text decoded, objects a field), and
 * what it decoded was not read. Any other field is decoded by the library when first asked for
 * (the getters below), so the PDU reads as the library's would.
 */
class LightPdu {
  readonly command: smpp.CommandName;
  readonly command_length: number;
  readonly command_id: number;
  readonly command_status: number;
  readonly sequence_number: number;
  readonly #bytes: Buffer;
  #full: smpp.PDU | null = null;

  constructor(command: smpp.CommandName, bytes: Buffer) {
    this.command = command;
    this.command_length = bytes.length;
    this.command_id = bytes.readUInt32BE(4);
    this.command_status = bytes.readUInt32BE(8);
    this.sequence_number = bytes.readUInt32BE(12);
    this.#bytes = bytes;
  }

  isResponse(): boolean {
    return (this.command_id & 0x80000000) !== 0;
  }

  response(options: smpp.PduOptions = {}): smpp.PDU {
    return new smpp.PDU(`${this.command}_resp` as smpp.CommandName, { ...options, sequence_number: this.sequence_number });
  }

  toBuffer(): Buffer {
    return this.full().toBuffer();
  }

  /** The library's reading of the same octets (it decoded them when this was made, before). */
  full(): smpp.PDU {
    if (!this.#full) this.#full = new smpp.PDU(this.#bytes);
    return this.#full;
  }
}

/** A response whose body is its message_id alone (submit_sm_resp, deliver_sm_resp), or nothing. */
class LightResponse extends LightPdu {
  readonly message_id: string | undefined;

  constructor(command: smpp.CommandName, bytes: Buffer, messageId: string | undefined) {
    super(command, bytes);
    this.message_id = messageId;
  }
}

// Every other field and TLV by its name, decoded by the library on first use; set, it is the PDU's own.
for (const name of new Set([...Object.values(smpp.commands).flatMap((c) => Object.keys(c.params ?? {})), ...Object.keys(smpp.tlvs)])) {
  if (name in LightPdu.prototype) continue;
  Object.defineProperty(LightPdu.prototype, name, {
    get(this: LightPdu) {
      try {
        return this.full()[name];
      } catch {
        return undefined;
      }
    },
    set(this: LightPdu, value: unknown) {
      Object.defineProperty(this, name, { value, writable: true, enumerable: true, configurable: true });
    },
  });
}

const SUBMIT_SM_RESP = 0x80000004;
const DELIVER_SM_RESP = 0x80000005;
/** Commands with no body: read from the header alone when they have none. */
const HEADER_ONLY = new Set<number>([0x00000015, 0x80000015, 0x80000000, 0x00000006, 0x80000006]);

/**
 * The PDUs a relay passes on in bulk, read without the library when their octets are as SMPP 3.4
 * has them; null for anything else (or anything odd), which the library reads as before.
 */
function decodeLight(bytes: Buffer, commandId: number): Decoded | null {
  const command = COMMAND_NAMES.get(commandId);
  if (!command) return null;
  if ((commandId === Command.submit_sm || commandId === Command.deliver_sm || commandId === Command.data_sm || commandId === Command.submit_multi) && bytes.readUInt32BE(8) === 0) {
    let sm: SmBody;
    try {
      sm = readSmBody(bytes, commandId);
    } catch (err) {
      return { ok: false, status: Status.ESME_RINVMSGLEN, sequence: bytes.readUInt32BE(12), commandId, message: `malformed ${command}: ${(err as Error).message}` };
    }
    return { ok: true, pdu: new LightPdu(command, bytes) as unknown as smpp.PDU, sm, bytes };
  }
  if (commandId === SUBMIT_SM_RESP || commandId === DELIVER_SM_RESP) {
    if (bytes.length === HEADER_LENGTH) return { ok: true, pdu: new LightResponse(command, bytes, undefined) as unknown as smpp.PDU, bytes };
    // message_id and nothing after it (no TLVs): as the library reads a C-octet string.
    const nul = bytes.indexOf(0, HEADER_LENGTH);
    if (nul !== bytes.length - 1) return null;
    return { ok: true, pdu: new LightResponse(command, bytes, bytes.toString('ascii', HEADER_LENGTH, nul)) as unknown as smpp.PDU, bytes };
  }
  if (HEADER_ONLY.has(commandId) && bytes.length === HEADER_LENGTH) return { ok: true, pdu: new LightPdu(command, bytes) as unknown as smpp.PDU, bytes };
  return null;
}

/** Decodes one whole PDU (as cut by PduFramer). */
export function decodePdu(bytes: Buffer): Decoded {
  const commandId = bytes.readUInt32BE(4);
  const light = decodeLight(bytes, commandId);
  if (light) return light;
  const sequence = bytes.readUInt32BE(12);
  let pdu: smpp.PDU;
  try {
    pdu = new smpp.PDU(bytes);
  } catch (err) {
    return { ok: false, status: Status.ESME_RINVMSGLEN, sequence, commandId, message: `undecodable PDU: ${(err as Error).message}` };
  }
  if (pdu.command === 'unknown') {
    return { ok: false, status: Status.ESME_RINVCMDID, sequence, commandId, message: `unknown command_id 0x${commandId.toString(16).padStart(8, '0')}` };
  }
  if ((commandId === Command.deliver_sm || commandId === Command.submit_sm || commandId === Command.data_sm || commandId === Command.submit_multi) && pdu.command_status === 0) {
    try {
      return { ok: true, pdu, sm: readSmBody(bytes, commandId), bytes };
    } catch (err) {
      return { ok: false, status: Status.ESME_RINVMSGLEN, sequence, commandId, message: `malformed ${pdu.command}: ${(err as Error).message}` };
    }
  }
  return { ok: true, pdu, bytes };
}

/** A copy of a whole PDU under another sequence_number, every other octet as it was. */
export function withSequence(bytes: Buffer, sequence: number): Buffer {
  const copy = Buffer.from(bytes);
  copy.writeUInt32BE(sequence >>> 0, 12);
  return copy;
}

/** What a relay may change in a submit_sm, submit_multi, data_sm or deliver_sm; TLVs set to null are removed. */
export interface SmRewrite {
  /** submit_multi only: the destinations it goes to. */
  readonly dests?: readonly MultiDest[];
  readonly esmClass?: number;
  readonly registeredDelivery?: number;
  readonly dataCoding?: number;
  readonly shortMessage?: Buffer;
  readonly tlvs?: ReadonlyMap<number, Buffer | null>;
}

/**
 * The same submit_sm, deliver_sm or data_sm with some fields changed: every other field, and every TLV
 * not named (unknown ones included), is copied octet for octet, in its order. Throws RangeError
 * on a malformed PDU (decodePdu has refused those before a relay sees them).
 */
export function rewriteSm(bytes: Buffer, change: SmRewrite): Buffer {
  const commandId = bytes.readUInt32BE(4);
  const dataSm = commandId === Command.data_sm;
  const r = new Reader(bytes, HEADER_LENGTH);
  r.cstring(5);
  r.u8(); r.u8(); r.cstring(64);
  const destsAt = r.offset;
  if (commandId === Command.submit_multi) readDests(r);
  else { r.u8(); r.u8(); r.cstring(64); }
  const destsEnd = r.offset;
  const esmAt = r.offset;
  r.u8();
  // data_sm has no protocol_id, priority, times, replace flag, default message or short_message (SMPP 3.4 §4.7.1).
  if (!dataSm) { r.u8(); r.u8(); r.cstring(16); r.cstring(16); }
  const rdAt = r.offset;
  r.u8(); // registered_delivery
  if (!dataSm) r.u8();
  const dcAt = r.offset;
  r.u8();
  let headEnd = r.offset;
  let tlvAt = r.offset;
  if (!dataSm) {
    r.u8();
    headEnd = r.offset;
    const smLength = r.u8();
    r.bytes(smLength);
    tlvAt = r.offset;
  }
  const head = Buffer.from(bytes.subarray(0, headEnd));
  if (change.esmClass !== undefined) head[esmAt] = change.esmClass;
  if (change.registeredDelivery !== undefined) head[rdAt] = change.registeredDelivery;
  if (change.dataCoding !== undefined) head[dcAt] = change.dataCoding;
  const pieces: Buffer[] = [head];
  if (change.dests) {
    if (commandId !== Command.submit_multi) throw new RangeError('only submit_multi has a list of destinations');
    pieces.splice(0, 1, head.subarray(0, destsAt), writeDests(change.dests), head.subarray(destsEnd));
  }
  if (!dataSm) {
    const sm = change.shortMessage ?? bytes.subarray(headEnd + 1, tlvAt);
    if (sm.length > 254) throw new RangeError(`short_message of ${sm.length} octets is over 254`);
    pieces.push(Buffer.from([sm.length]), sm);
  } else if (change.shortMessage && change.shortMessage.length > 0) {
    throw new RangeError('data_sm carries its message in message_payload, not short_message');
  }
  const replaced = change.tlvs ?? new Map<number, Buffer | null>();
  const written = new Set<number>();
  for (let at = tlvAt; at < bytes.length;) {
    if (bytes.length - at < 4) throw new RangeError('truncated TLV header');
    const tag = bytes.readUInt16BE(at);
    const end = at + 4 + bytes.readUInt16BE(at + 2);
    if (end > bytes.length) throw new RangeError('TLV beyond the end of the PDU');
    if (!replaced.has(tag)) pieces.push(bytes.subarray(at, end));
    else if (!written.has(tag)) {
      const value = replaced.get(tag);
      if (value) pieces.push(tlv(tag, value));
      written.add(tag);
    }
    at = end;
  }
  for (const [tag, value] of replaced) if (value && !written.has(tag)) pieces.push(tlv(tag, value));
  const out = Buffer.concat(pieces);
  out.writeUInt32BE(out.length, 0);
  return out;
}

function tlv(tag: number, value: Buffer): Buffer {
  const head = Buffer.alloc(4);
  head.writeUInt16BE(tag, 0);
  head.writeUInt16BE(value.length, 2);
  return Buffer.concat([head, value]);
}

/** A generic_nack for a PDU that could not be taken (SMPP 3.4 §4.3). */
export function genericNack(sequence: number, status: number): Buffer {
  return new smpp.PDU('generic_nack', { sequence_number: sequence, command_status: status }).toBuffer();
}

export interface SmFields {
  readonly source: Address;
  readonly dest: Address;
  readonly esmClass: number;
  readonly dataCoding: number;
  readonly shortMessage: Buffer;
  readonly registeredDelivery?: number;
  readonly serviceType?: string;
  /** By tag: sar_* as numbers, message_payload as octets. */
  readonly sar?: { readonly ref: number; readonly total: number; readonly seq: number };
  readonly payload?: Buffer;
}

/** Encodes a deliver_sm or submit_sm with the library's codec; the message octets go as they are. */
export function encodeSm(command: 'deliver_sm' | 'submit_sm', sequence: number, f: SmFields): Buffer {
  const options: smpp.PduOptions = {
    sequence_number: sequence,
    service_type: f.serviceType ?? '',
    source_addr_ton: f.source.ton, source_addr_npi: f.source.npi, source_addr: f.source.addr,
    dest_addr_ton: f.dest.ton, dest_addr_npi: f.dest.npi, destination_addr: f.dest.addr,
    esm_class: f.esmClass,
    registered_delivery: f.registeredDelivery ?? 0,
    data_coding: f.dataCoding,
    short_message: f.shortMessage,
  };
  if (f.sar) {
    options.sar_msg_ref_num = f.sar.ref;
    options.sar_total_segments = f.sar.total;
    options.sar_segment_seqnum = f.sar.seq;
  }
  if (f.payload) options.message_payload = f.payload;
  return new smpp.PDU(command, options).toBuffer();
}
