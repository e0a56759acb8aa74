// SMPP 3.4 for the capabilities that talk to SMSCs (report intake, warnings, firewall):
// an ESME client, an SMSC simulator, and the pieces under them (text codings,
// concatenation, splitting). Built on the `smpp` package's PDU codec.
export { SmppClient } from './client.js';
export { SmppConnector } from './connector.js';
export type { ConnectorOptions, ConnectorResult, ConnectorTuning, LinkHandlers, RelaySink } from './connector.js';
export type { RelayAnswer, RelayResult, BindOutcome, ClientState, DeliveryReceipt, InboundHandler, InboundMessage, SmppClientOptions, SmppObserver, SubmitOptions, SubmitResult } from './client.js';
export { SmscServer } from './server.js';
export type { BindEvent, BindMode, DeliverRequest, DeliverResult, SmscServerEvents, SmscServerOptions, SubmittedMessage } from './server.js';
export { Reassembler, assemble, segmentOf, setKeyOf, encodeSegment, decodeSegment, ESM_UDHI, ESM_MESSAGE_TYPE, ESM_DELIVERY_RECEIPT } from './concat.js';
export type { AddResult, Assembled, PartStore, ReassemblerOptions, Segment, SegmentResult } from './concat.js';
export { alphabetOf, decodeText, encodeGsm7, encodeUcs2, isGsm7 } from './text.js';
export type { Alphabet, DecodeResult } from './text.js';
export { splitForSubmit } from './split.js';
export type { ConcatScheme, SplitOptions, SplitResult, SubmitPart } from './split.js';
export { parseSmscUrl } from './url.js';
export type { SmscAddress, SmscUrlResult } from './url.js';
export { addressOf, addressText } from './address.js';
export { Status, describeStatus } from './status.js';
export { PduFramer, decodePdu, encodeSm, genericNack, readReplaceSm, rewriteSm, withMessageId, withReplaceText, withSequence, Command, Tlv, MAX_PDU_LENGTH } from './pdu.js';
export type { Address, MultiDest, ReplaceSm, SmBody, SmFields, SmRewrite } from './pdu.js';
export { PduLink, silentLogger } from './link.js';
export type { IncomingRequest, Logger, RequestResult, ResponseSink } from './link.js';
export { linksSender, lateSmsSender } from './sms-sender.js';
export type { SendResult, SmsSender, SubmitLink } from './sms-sender.js';
