// Concatenated messages. A long SMS arrives as parts, each marked one of three ways: a UDH
// information element (0x00 with an 8-bit reference, 0x08 with a 16-bit one; 3GPP TS 23.040
// §9.2.3.24.1), the sar_* TLVs (SMPP 3.4 §5.3.2.22–24), or not split at all when the text
// comes whole in message_payload. The `smpp` package parses the UDH but does not put parts
// together: this does, with a bounded buffer and an age limit for sets that never complete.
import { Tlv, type Address, type SmBody } from './pdu.js';
import { decodeText } from './text.js';

export const ESM_UDHI = 0x40;
/** esm_class bits 5–2: the message type; non-zero for receipts and acknowledgements. */
export const ESM_MESSAGE_TYPE = 0x3c;
/** esm_class message type of an SMSC delivery receipt. */
export const ESM_DELIVERY_RECEIPT = 0x04;

export interface Segment {
  readonly from: Address;
  readonly to: Address;
  readonly dataCoding: number;
  /** The message octets of this part, without its UDH. */
  readonly body: Buffer;
  /** Absent for a message in one piece. */
  readonly concat?: { readonly scheme: 'udh8' | 'udh16' | 'sar'; readonly ref: number; readonly total: number; readonly seq: number };
}

export type SegmentResult = { ok: true; segment: Segment } | { ok: false; code: 'E_BAD_UDH'; message: string };

/** The part a deliver_sm (or submit_sm) carries; message_payload takes the place of short_message when present. */
export function segmentOf(sm: SmBody): SegmentResult {
  const payload = sm.tlvs.get(Tlv.message_payload);
  let octets = payload && payload.length > 0 ? payload : sm.shortMessage;
  let concat: Segment['concat'];
  if (sm.esmClass & ESM_UDHI && octets.length > 0) {
    const udhl = octets[0] as number;
    if (udhl + 1 > octets.length) return { ok: false, code: 'E_BAD_UDH', message: `UDH length ${udhl} runs past the message (${octets.length} octets)` };
    const udh = octets.subarray(1, 1 + udhl);
    for (let i = 0; i + 2 <= udh.length;) {
      const iei = udh[i] as number;
      const len = udh[i + 1] as number;
      const ie = udh.subarray(i + 2, i + 2 + len);
      if (ie.length < len) return { ok: false, code: 'E_BAD_UDH', message: `UDH element 0x${iei.toString(16)} runs past the header` };
      if (iei === 0x00 && len === 3) concat = { scheme: 'udh8', ref: ie[0] as number, total: ie[1] as number, seq: ie[2] as number };
      else if (iei === 0x08 && len === 4) concat = { scheme: 'udh16', ref: ie.readUInt16BE(0), total: ie[2] as number, seq: ie[3] as number };
      i += 2 + len;
    }
    octets = octets.subarray(1 + udhl);
  } else {
    const ref = sm.tlvs.get(Tlv.sar_msg_ref_num);
    const total = sm.tlvs.get(Tlv.sar_total_segments);
    const seq = sm.tlvs.get(Tlv.sar_segment_seqnum);
    if (ref?.length === 2 && total?.length === 1 && seq?.length === 1) {
      concat = { scheme: 'sar', ref: ref.readUInt16BE(0), total: total[0] as number, seq: seq[0] as number };
    }
  }
  // 23.040: an element with total 0, or a sequence out of range, is ignored; one of one is no set.
  if (concat && (concat.total < 2 || concat.seq < 1 || concat.seq > concat.total)) concat = undefined;
  return { ok: true, segment: { from: sm.source, to: sm.dest, dataCoding: sm.dataCoding, body: octets, ...(concat ? { concat } : {}) } };
}

/** A message put together from its parts (or from what arrived of them). */
export interface Assembled {
  readonly from: Address;
  readonly to: Address;
  readonly dataCoding: number;
  /** Decoded text; '' when the data coding is not text (see `coding`). */
  readonly text: string;
  readonly coding: 'text' | 'binary' | 'unsupported';
  readonly parts: number;
  readonly total: number;
  /** False when the set was given up (too old, or pushed out of a full buffer) before all parts came. */
  readonly complete: boolean;
  /** The parts it was made of, for `Reassembler.restore` when handing it on failed. */
  readonly segments: readonly Segment[];
  readonly firstAt: number;
}

export function assemble(segments: readonly Segment[], total: number, firstAt: number): Assembled {
  // A message in one part (most of them): its body decoded as it is (decoding never writes to it).
  if (total === 1 && segments.length === 1) {
    const only = segments[0] as Segment;
    const d = decodeText(only.body, only.dataCoding);
    return {
      from: only.from, to: only.to, dataCoding: only.dataCoding,
      text: d.ok ? d.text : '', coding: d.ok ? 'text' : d.code === 'E_BINARY_MESSAGE' ? 'binary' : 'unsupported',
      parts: 1, total, complete: true, segments: [only], firstAt,
    };
  }
  const ordered = [...segments].sort((a, b) => (a.concat?.seq ?? 1) - (b.concat?.seq ?? 1));
  const first = ordered[0] as Segment;
  const complete = ordered.length === total;
  const sameCoding = ordered.every((s) => s.dataCoding === first.dataCoding);
  const pieces: string[] = [];
  let coding: Assembled['coding'] = 'text';
  const decodeRun = (run: Segment[]): void => {
    const d = decodeText(Buffer.concat(run.map((s) => s.body)), (run[0] as Segment).dataCoding);
    if (d.ok) pieces.push(d.text);
    else coding = d.code === 'E_BINARY_MESSAGE' ? 'binary' : 'unsupported';
  };
  if (complete && sameCoding) decodeRun(ordered);
  else {
    // Decoded part by part; a gap where parts are missing is shown as an ellipsis.
    let expected = 1;
    for (const s of ordered) {
      const seq = s.concat?.seq ?? 1;
      if (seq > expected) pieces.push('…');
      decodeRun([s]);
      expected = seq + 1;
    }
    if (expected <= total) pieces.push('…');
  }
  return {
    from: first.from, to: first.to, dataCoding: first.dataCoding,
    text: coding === 'text' ? pieces.join('') : '', coding,
    parts: ordered.length, total, complete, segments: ordered, firstAt,
  };
}

export interface ReassemblerOptions {
  /** Incomplete sets kept at once; the oldest is given up when a new one would exceed it. Default 10,000. */
  readonly maxSets?: number;
  /** How long a set may wait for its missing parts, in ms. Default 10 minutes. */
  readonly maxAgeMs?: number;
}

export type AddResult =
  | { readonly kind: 'complete'; readonly message: Assembled }
  | { readonly kind: 'pending'; readonly have: number; readonly total: number }
  /** The same part again (the SMSC retrying after a lost response): nothing new. */
  | { readonly kind: 'duplicate' };

interface PartSet {
  readonly total: number;
  readonly firstAt: number;
  readonly parts: Map<number, Segment>;
}

/** The set a part belongs to: sender, recipient, reference space and number, part count. */
export const setKeyOf = (s: Segment): string => keyOf(s);

const keyOf = (s: Segment): string => {
  const c = s.concat as NonNullable<Segment['concat']>;
  // 8-bit and 16-bit references are separate spaces; sar references are 16-bit.
  const space = c.scheme === 'udh8' ? '8' : '16';
  // JSON, not a NUL-separated string: the key is stored, and PostgreSQL text holds no NUL.
  return JSON.stringify([s.from.addr, s.to.addr, `${space}:${c.ref}`, c.total]);
};

/** Puts parts together. Time is passed in (ms), so tests and callers decide what "old" means. */
export class Reassembler {
  readonly #sets = new Map<string, PartSet>(); // insertion order: the oldest first, near enough
  readonly #givenUp: Assembled[] = [];
  readonly #maxSets: number;
  readonly #maxAgeMs: number;

  constructor(opts: ReassemblerOptions = {}) {
    this.#maxSets = opts.maxSets ?? 10_000;
    this.#maxAgeMs = opts.maxAgeMs ?? 10 * 60_000;
  }

  get pendingSets(): number {
    return this.#sets.size;
  }

  add(segment: Segment, now: number): AddResult {
    if (!segment.concat) return { kind: 'complete', message: assemble([segment], 1, now) };
    const key = keyOf(segment);
    let set = this.#sets.get(key);
    if (!set) {
      if (this.#sets.size >= this.#maxSets) this.#giveUpOldest();
      set = { total: segment.concat.total, firstAt: now, parts: new Map() };
      this.#sets.set(key, set);
    }
    if (set.parts.has(segment.concat.seq)) return { kind: 'duplicate' };
    set.parts.set(segment.concat.seq, segment);
    if (set.parts.size < set.total) return { kind: 'pending', have: set.parts.size, total: set.total };
    this.#sets.delete(key);
    return { kind: 'complete', message: assemble([...set.parts.values()], set.total, set.firstAt) };
  }

  /**
   * Puts back the parts of a message whose hand-over failed, but for `except` (the part
   * whose response carries the failure, which the SMSC sends again).
   */
  restore(message: Assembled, except?: Segment): void {
    for (const s of message.segments) {
      if (s === except || !s.concat) continue;
      const key = keyOf(s);
      let set = this.#sets.get(key);
      if (!set) {
        set = { total: message.total, firstAt: message.firstAt, parts: new Map() };
        this.#sets.set(key, set);
      }
      if (!set.parts.has(s.concat.seq)) set.parts.set(s.concat.seq, s);
    }
  }

  /** Sets given up since the last call: too old at `now`, or pushed out when the buffer was full. */
  takeGivenUp(now: number): Assembled[] {
    for (const [key, set] of this.#sets) {
      if (now - set.firstAt < this.#maxAgeMs) continue; // restored sets break the age order
      this.#sets.delete(key);
      this.#givenUp.push(assemble([...set.parts.values()], set.total, set.firstAt));
    }
    return this.#givenUp.splice(0);
  }

  #giveUpOldest(): void {
    const oldest = this.#sets.entries().next();
    if (oldest.done) return;
    const [key, set] = oldest.value;
    this.#sets.delete(key);
    this.#givenUp.push(assemble([...set.parts.values()], set.total, set.firstAt));
  }
}

/** A part as text, for a durable store (JSON; the octets in base64). */
export function encodeSegment(s: Segment): string {
  return JSON.stringify({ from: s.from, to: s.to, dataCoding: s.dataCoding, body: s.body.toString('base64'), ...(s.concat ? { concat: s.concat } : {}) });
}

export function decodeSegment(text: string): Segment {
  const o = JSON.parse(text) as { from: Address; to: Address; dataCoding: number; body: string; concat?: Segment['concat'] };
  return { from: o.from, to: o.to, dataCoding: o.dataCoding, body: Buffer.from(o.body, 'base64'), ...(o.concat ? { concat: o.concat } : {}) };
}

/**
 * Where the parts of concatenated messages are kept until the message is whole, so that a
 * part is acknowledged only once it survives a restart. The client serialises the calls for
 * one set, so an implementation need not guard against two calls about the same set.
 */
export interface PartStore {
  /**
   * Keeps the part (a part already kept is not kept twice); resolves once committed with
   * every part of its set when the set is now whole and not yet handed on, else null.
   */
  add(key: string, segment: Segment, now: number): Promise<{ readonly parts: readonly Segment[]; readonly firstAt: number } | null>;
  /** The set was handed on: later copies of its parts are duplicates, until `purge`. */
  markHanded(key: string, now: number): Promise<void>;
  /** Sets not handed on whose first part came before `before` (ms), given up waiting. */
  expired(before: number): Promise<{ readonly key: string; readonly total: number; readonly parts: readonly Segment[]; readonly firstAt: number }[]>;
  /** Forgets handed-on sets handed before `before`; returns how many parts went. */
  purge(before: number): Promise<number>;
  /** Sets still waiting for parts. */
  pending(): Promise<number>;
}
