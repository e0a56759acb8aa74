// Tagging: the warning prefix goes before the whole text, and the tagged text is encoded and
// split again, because it may no longer fit the parts it came in (a Japanese prefix turns a
// GSM 7-bit text into UCS-2, and 70 characters a part into 67). Each new part is the original
// PDU with only the message fields changed: addresses, registered_delivery, validity and every
// other TLV go on octet for octet.
import { Command, ESM_UDHI, Tlv, alphabetOf, isGsm7, rewriteSm, splitForSubmit, type ConcatScheme, type SmBody } from '../smpp/index.js';

export interface OriginalPart {
  /** The whole PDU as the ESME sent it. */
  readonly bytes: Buffer;
  readonly sm: SmBody;
  readonly concat?: { readonly scheme: 'udh8' | 'udh16' | 'sar'; readonly ref: number };
}

export type TagResult =
  | { readonly ok: true; readonly pdus: readonly Buffer[]; readonly coding: 'gsm7' | 'ucs2' }
  | { readonly ok: false; readonly code: 'E_TOO_LONG'; readonly message: string };

/** registered_delivery bits that make the SMSC send something back: the receipt (0-1) and the intermediate notification (4). */
export const RECEIPT_BITS = 0x13;
const SAR_TLVS = [Tlv.sar_msg_ref_num, Tlv.sar_total_segments, Tlv.sar_segment_seqnum];

/**
 * The tagged message as submit_sm (or data_sm) PDUs (sequence numbers are set when each is sent).
 * `reference` is the concatenation reference for a message that came in one part and leaves in
 * several: the caller varies it, so a handset never joins parts of two such messages.
 * `receipt`, when given, is the registered_delivery of the last new part; the others ask for no
 * receipt or notification, so the SMSC sends one receipt for the message (see README "Firewall").
 */
export function tagParts(parts: readonly OriginalPart[], text: string, prefix: string, reference = 0, receipt?: number): TagResult {
  const first = parts[0] as OriginalPart;
  const tagged = prefix + text;
  const payload = first.sm.tlvs.get(Tlv.message_payload);
  // data_sm has no short_message: its tagged text goes whole in message_payload.
  const dataSm = first.bytes.readUInt32BE(4) === Command.data_sm;
  const scheme: ConcatScheme = dataSm || (payload && payload.length > 0) ? 'payload' : first.concat?.scheme ?? 'udh8';
  // GSM 7-bit stays GSM 7-bit when the prefix allows it; anything else becomes UCS-2, which carries every text.
  const coding = alphabetOf(first.sm.dataCoding) === 'gsm7' && isGsm7(tagged) ? 'gsm7' : 'ucs2';
  const split = splitForSubmit(tagged, { scheme, reference: first.concat?.ref ?? reference, coding });
  if (!split.ok) return split;
  const pdus = split.parts.map((part, i) => {
    const base = parts[Math.min(i, parts.length - 1)] as OriginalPart;
    const tlvs = new Map<number, Buffer | null>();
    for (const tag of SAR_TLVS) tlvs.set(tag, null);
    if (part.sar) {
      const ref = Buffer.alloc(2);
      ref.writeUInt16BE(part.sar.ref, 0);
      tlvs.set(Tlv.sar_msg_ref_num, ref);
      tlvs.set(Tlv.sar_total_segments, Buffer.from([part.sar.total]));
      tlvs.set(Tlv.sar_segment_seqnum, Buffer.from([part.sar.seq]));
    }
    tlvs.set(Tlv.message_payload, part.payload ?? null);
    const last = i === split.parts.length - 1;
    return rewriteSm(base.bytes, {
      ...(receipt === undefined ? {} : { registeredDelivery: last ? receipt : base.sm.registeredDelivery & ~RECEIPT_BITS }),
      esmClass: (base.sm.esmClass & ~ESM_UDHI) | part.esmClass,
      dataCoding: part.dataCoding,
      shortMessage: part.shortMessage,
      tlvs,
    });
  });
  return { ok: true, pdus, coding: split.coding };
}
