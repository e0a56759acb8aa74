// One SMPP connection, either side: frames the socket, decodes PDUs, numbers and times out
// requests, matches responses, and answers what cannot be decoded with generic_nack. The
// client (ESME) and the simulator (SMSC) build their sessions on it.
import type { Socket } from 'node:net';
import smpp from 'smpp';
import { PduFramer, decodePdu, encodeSm, genericNack, withSequence, type SmBody, type SmFields } from './pdu.js';
import { Status, describeStatus } from './status.js';

/** pino's shape; never given message texts or subscriber numbers. */
export interface Logger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };

export type RequestResult =
  | { readonly ok: true; readonly pdu: smpp.PDU; readonly bytes: Buffer }
  | { readonly ok: false; readonly code: 'E_SMPP_TIMEOUT' | 'E_SMPP_CLOSED'; readonly message: string };

export interface IncomingRequest {
  readonly pdu: smpp.PDU;
  /** The message fields of deliver_sm, submit_sm, submit_multi and data_sm, read octet for octet. */
  readonly sm?: SmBody;
  /** The whole PDU as it came (for a relay that passes it on unchanged). */
  readonly bytes: Buffer;
}

export interface PduLinkOptions {
  readonly responseTimeoutMs: number;
  readonly onRequest: (req: IncomingRequest) => void;
  /** A generic_nack that answers none of our requests (sequence 0, or unknown). */
  readonly onNack?: (status: number, sequence: number) => void;
  readonly onClose?: () => void;
  /** Every PDU decoded or written (for metrics): command name, and status for responses. */
  readonly onPdu?: (direction: 'in' | 'out', command: string, status: number | null) => void;
  readonly log?: Logger;
  readonly peer?: string;
}

interface Pending {
  resolve(r: RequestResult): void;
  timer: NodeJS.Timeout;
}

export class PduLink {
  readonly #socket: Socket;
  readonly #framer = new PduFramer();
  readonly #pending = new Map<number, Pending>();
  readonly #opts: PduLinkOptions;
  readonly #log: Logger;
  #sequence = 0;
  #closed = false;
  /** When anything last arrived (ms, wall clock): idle links are probed with enquire_link. */
  lastReceivedAt = Date.now();
  readonly closed: Promise<void>;

  constructor(socket: Socket, opts: PduLinkOptions) {
    this.#socket = socket;
    this.#opts = opts;
    this.#log = opts.log ?? silentLogger;
    socket.setNoDelay(true);
    let markClosed: () => void = () => {};
    this.closed = new Promise((resolve) => (markClosed = resolve));
    socket.on('data', (chunk: Buffer) => this.#onData(chunk));
    socket.on('error', (err) => this.#log.warn({ peer: opts.peer, err: { message: err.message } }, 'SMPP connection error'));
    socket.on('close', () => {
      this.#closed = true;
      for (const [, p] of this.#pending) {
        clearTimeout(p.timer);
        p.resolve({ ok: false, code: 'E_SMPP_CLOSED', message: 'the SMPP connection closed before the response came' });
      }
      this.#pending.clear();
      opts.onClose?.();
      markClosed();
    });
  }

  get isOpen(): boolean {
    return !this.#closed && !this.#socket.destroyed && this.#socket.writable;
  }

  /** Requests sent and not yet answered. */
  get outstanding(): number {
    return this.#pending.size;
  }

  #corked = false;

  // PDUs written in one turn of the event loop go out in one write (a relay answers many
  // PDUs at once): a system call per PDU costs more than deciding one.
  #write(bytes: Buffer): void {
    if (!this.#corked) {
      this.#corked = true;
      this.#socket.cork();
      process.nextTick(() => {
        this.#corked = false;
        this.#socket.uncork();
      });
    }
    this.#socket.write(bytes);
  }

  #nextSequence(): number {
    this.#sequence = this.#sequence >= 0x7fffffff ? 1 : this.#sequence + 1;
    return this.#sequence;
  }

  #onData(chunk: Buffer): void {
    this.lastReceivedAt = Date.now();
    for (const frame of this.#framer.push(chunk)) {
      if (frame.kind === 'bad-length') {
        // Nothing after a false length can be trusted to start a PDU: refuse it and hang up.
        this.#log.warn({ peer: this.#opts.peer, length: frame.length }, 'PDU with an impossible command_length; closing the connection');
        this.sendRaw(genericNack(frame.sequence, Status.ESME_RINVCMDLEN));
        this.#socket.end();
        setTimeout(() => this.#socket.destroy(), 1000).unref();
        return;
      }
      const decoded = decodePdu(frame.bytes);
      if (!decoded.ok) {
        this.#log.warn({ peer: this.#opts.peer, commandId: decoded.commandId, status: describeStatus(decoded.status), why: decoded.message }, 'PDU refused with generic_nack');
        // Never nack a generic_nack: two peers could nack each other for ever.
        if (decoded.commandId !== 0x80000000) this.sendRaw(genericNack(decoded.sequence, decoded.status));
        continue;
      }
      const { pdu } = decoded;
      this.#opts.onPdu?.('in', pdu.command, pdu.isResponse() ? pdu.command_status : null);
      if (pdu.isResponse()) {
        const waiting = this.#pending.get(pdu.sequence_number);
        if (waiting) {
          this.#pending.delete(pdu.sequence_number);
          clearTimeout(waiting.timer);
          waiting.resolve({ ok: true, pdu, bytes: decoded.bytes });
        } else if (pdu.command === 'generic_nack') {
          this.#opts.onNack?.(pdu.command_status, pdu.sequence_number);
        } else {
          this.#log.warn({ peer: this.#opts.peer, command: pdu.command, sequence: pdu.sequence_number }, 'response to no request of ours; ignored');
        }
        continue;
      }
      this.#opts.onRequest(decoded.sm ? { pdu, sm: decoded.sm, bytes: decoded.bytes } : { pdu, bytes: decoded.bytes });
    }
  }

  #await(sequence: number, timeoutMs: number): Promise<RequestResult> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.#pending.delete(sequence);
        resolve({ ok: false, code: 'E_SMPP_TIMEOUT', message: `no response within ${timeoutMs} ms` });
      }, timeoutMs);
      this.#pending.set(sequence, { resolve, timer });
    });
  }

  request(command: smpp.CommandName, fields: smpp.PduOptions = {}, timeoutMs = this.#opts.responseTimeoutMs): Promise<RequestResult> {
    if (!this.isOpen) return Promise.resolve({ ok: false, code: 'E_SMPP_CLOSED', message: 'the SMPP connection is closed' });
    const sequence = this.#nextSequence();
    const result = this.#await(sequence, timeoutMs);
    this.#write(new smpp.PDU(command, { ...fields, sequence_number: sequence }).toBuffer());
    this.#opts.onPdu?.('out', command, null);
    return result;
  }

  /** A deliver_sm or submit_sm whose message octets go exactly as given. */
  requestSm(command: 'deliver_sm' | 'submit_sm', fields: SmFields, timeoutMs = this.#opts.responseTimeoutMs): Promise<RequestResult> {
    if (!this.isOpen) return Promise.resolve({ ok: false, code: 'E_SMPP_CLOSED', message: 'the SMPP connection is closed' });
    const sequence = this.#nextSequence();
    const result = this.#await(sequence, timeoutMs);
    this.#write(encodeSm(command, sequence, fields));
    this.#opts.onPdu?.('out', command, null);
    return result;
  }

  /** A whole PDU from elsewhere (a relay), sent under our next sequence_number, every other octet unchanged. */
  requestRaw(bytes: Buffer, timeoutMs = this.#opts.responseTimeoutMs): Promise<RequestResult> {
    if (!this.isOpen) return Promise.resolve({ ok: false, code: 'E_SMPP_CLOSED', message: 'the SMPP connection is closed' });
    const sequence = this.#nextSequence();
    const result = this.#await(sequence, timeoutMs);
    this.#write(withSequence(bytes, sequence));
    this.#opts.onPdu?.('out', 'relayed', null);
    return result;
  }

  respond(req: smpp.PDU, status: number, fields: smpp.PduOptions = {}): void {
    if (!this.isOpen) return;
    const res = req.response({ ...fields, command_status: status });
    this.#write(res.toBuffer());
    this.#opts.onPdu?.('out', res.command, status);
  }

  sendRaw(bytes: Buffer): boolean {
    if (!this.isOpen) return false;
    this.#write(bytes);
    if (bytes.length >= 16) this.#opts.onPdu?.('out', bytes.readUInt32BE(4) === 0x80000000 ? 'generic_nack' : `0x${bytes.readUInt32BE(4).toString(16)}`, bytes.readUInt32BE(8));
    return true;
  }

  /** Closes after what was written has gone out. */
  end(): void {
    this.#socket.end();
  }

  /** Drops the connection at once, as a crashing peer would. */
  destroy(): void {
    this.#socket.destroy();
  }
}
