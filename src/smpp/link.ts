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

/**
 * Who is told of a response when no promise is wanted (a relay of thousands of PDUs a second): a
 * long-lived object, so that a request makes no closure; `token` is the caller's own number.
 */
export interface ResponseSink {
  onResponse(r: RequestResult, token: number): void;
}

type Waiter = ResponseSink | ((r: RequestResult) => void);

/** Requests awaiting their response, first slots a ring holds (it grows when a slot is still taken). */
const PENDING_SLOTS = 256;

export class PduLink {
  readonly #socket: Socket;
  readonly #framer = new PduFramer();
  // Requests awaiting their response, in a ring indexed by sequence_number (numbers go up one by
  // one, so the outstanding ones are a run of them): a Map entry and a timer a request were, at
  // thousands a second, objects that outlived a scavenge and were promoted. One timer, armed for
  // the earliest deadline, expires them.
  #pendSeq = new Float64Array(PENDING_SLOTS);
  #pendDeadline = new Float64Array(PENDING_SLOTS);
  #pendToken = new Float64Array(PENDING_SLOTS);
  #pendTimeout = new Float64Array(PENDING_SLOTS);
  #pendWaiter: (Waiter | undefined)[] = new Array<Waiter | undefined>(PENDING_SLOTS).fill(undefined);
  #pendMask = PENDING_SLOTS - 1;
  #pendCount = 0;
  #expiry: NodeJS.Timeout | null = null;
  /** When the expiry timer fires (ms, performance.now()); Infinity when none is armed. */
  #expiryAt = Number.POSITIVE_INFINITY;
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
      if (this.#expiry) clearTimeout(this.#expiry);
      this.#expiry = null;
      this.#expiryAt = Number.POSITIVE_INFINITY;
      for (let i = 0; i <= this.#pendMask; i++) {
        if (this.#pendWaiter[i] === undefined) continue;
        this.#settle(i, { ok: false, code: 'E_SMPP_CLOSED', message: 'the SMPP connection closed before the response came' });
      }
      opts.onClose?.();
      markClosed();
    });
  }

  get isOpen(): boolean {
    return !this.#closed && !this.#socket.destroyed && this.#socket.writable;
  }

  /** Requests sent and not yet answered. */
  get outstanding(): number {
    return this.#pendCount;
  }

  /** PDUs written this turn, not yet given to the socket. */
  #out: Buffer[] = [];
  #outBytes = 0;

  // PDUs written in one turn of the event loop go out in one write (a relay answers many
  // PDUs at once): a system call per PDU costs more than deciding one. Joined here into one
  // buffer, not corked in the socket: the stream kept an entry a PDU and wrote them with writev,
  // which cost more in its own code than copying the few hundred octets once.
  #write(bytes: Buffer): void {
    if (this.#out.length === 0) process.nextTick(this.#flush);
    this.#out.push(bytes);
    this.#outBytes += bytes.length;
  }

  readonly #flush = (): void => {
    const out = this.#out;
    if (out.length === 0) return;
    const one = out.length === 1 ? (out[0] as Buffer) : Buffer.concat(out, this.#outBytes);
    this.#out = [];
    this.#outBytes = 0;
    if (this.#socket.writable) this.#socket.write(one);
  };

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
        this.#flush();
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
        const i = this.#slotOf(pdu.sequence_number);
        if (i >= 0) {
          this.#settle(i, { ok: true, pdu, bytes: decoded.bytes });
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

  /** The ring slot of an outstanding request, or -1. */
  #slotOf(sequence: number): number {
    const i = sequence & this.#pendMask;
    return this.#pendWaiter[i] !== undefined && this.#pendSeq[i] === sequence ? i : -1;
  }

  #settle(i: number, r: RequestResult): void {
    const w = this.#pendWaiter[i] as Waiter;
    const token = this.#pendToken[i] as number;
    this.#pendWaiter[i] = undefined;
    this.#pendCount--;
    if (typeof w === 'function') w(r);
    else w.onResponse(r, token);
  }

  #wait(sequence: number, timeoutMs: number, waiter: Waiter, token: number): void {
    let i = sequence & this.#pendMask;
    if (this.#pendWaiter[i] !== undefined) {
      this.#grow(sequence);
      i = sequence & this.#pendMask;
    }
    const deadline = performance.now() + timeoutMs;
    this.#pendSeq[i] = sequence;
    this.#pendDeadline[i] = deadline;
    this.#pendToken[i] = token;
    this.#pendTimeout[i] = timeoutMs;
    this.#pendWaiter[i] = waiter;
    this.#pendCount++;
    if (deadline < this.#expiryAt) this.#armExpiry(deadline);
  }

  /** A request older than the ring is long still waits: twice the slots, until every outstanding one has its own. */
  #grow(sequence: number): void {
    const seq = this.#pendSeq;
    const deadline = this.#pendDeadline;
    const token = this.#pendToken;
    const timeout = this.#pendTimeout;
    const waiter = this.#pendWaiter;
    let size = (this.#pendMask + 1) * 2;
    for (;;) {
      const mask = size - 1;
      const taken = new Uint8Array(size);
      let fits = true;
      for (let i = 0; i < waiter.length && fits; i++) {
        if (waiter[i] === undefined) continue;
        const j = (seq[i] as number) & mask;
        if (taken[j]) fits = false;
        taken[j] = 1;
      }
      // The new request's slot must be free too.
      if (fits && !taken[sequence & mask]) break;
      size *= 2;
    }
    this.#pendSeq = new Float64Array(size);
    this.#pendDeadline = new Float64Array(size);
    this.#pendToken = new Float64Array(size);
    this.#pendTimeout = new Float64Array(size);
    this.#pendWaiter = new Array<Waiter | undefined>(size).fill(undefined);
    this.#pendMask = size - 1;
    for (let i = 0; i < waiter.length; i++) {
      if (waiter[i] === undefined) continue;
      const j = (seq[i] as number) & this.#pendMask;
      this.#pendSeq[j] = seq[i] as number;
      this.#pendDeadline[j] = deadline[i] as number;
      this.#pendToken[j] = token[i] as number;
      this.#pendTimeout[j] = timeout[i] as number;
      this.#pendWaiter[j] = waiter[i];
    }
  }

  #armExpiry(at: number): void {
    if (this.#expiry) clearTimeout(this.#expiry);
    this.#expiryAt = at;
    // Unreferenced: a request outstanding has an open socket, which keeps the process running.
    this.#expiry = setTimeout(this.#expire, Math.max(1, Math.ceil(at - performance.now())));
    this.#expiry.unref();
  }

  /** Requests past their deadline are answered with a timeout; the timer is armed again for the earliest left. */
  readonly #expire = (): void => {
    this.#expiry = null;
    this.#expiryAt = Number.POSITIVE_INFINITY;
    const now = performance.now();
    let next = Number.POSITIVE_INFINITY;
    for (let i = 0; i <= this.#pendMask; i++) {
      if (this.#pendWaiter[i] === undefined) continue;
      const d = this.#pendDeadline[i] as number;
      if (d <= now) {
        this.#settle(i, { ok: false, code: 'E_SMPP_TIMEOUT', message: `no response within ${this.#pendTimeout[i] as number} ms` });
      } else if (d < next) next = d;
    }
    if (next < this.#expiryAt) this.#armExpiry(next);
  };

  request(command: smpp.CommandName, fields: smpp.PduOptions = {}, timeoutMs = this.#opts.responseTimeoutMs): Promise<RequestResult> {
    if (!this.isOpen) return Promise.resolve({ ok: false, code: 'E_SMPP_CLOSED', message: 'the SMPP connection is closed' });
    const sequence = this.#nextSequence();
    const result = this.#promised(sequence, timeoutMs);
    this.#write(new smpp.PDU(command, { ...fields, sequence_number: sequence }).toBuffer());
    this.#opts.onPdu?.('out', command, null);
    return result;
  }

  /** A deliver_sm or submit_sm whose message octets go exactly as given. */
  requestSm(command: 'deliver_sm' | 'submit_sm', fields: SmFields, timeoutMs = this.#opts.responseTimeoutMs): Promise<RequestResult> {
    if (!this.isOpen) return Promise.resolve({ ok: false, code: 'E_SMPP_CLOSED', message: 'the SMPP connection is closed' });
    const sequence = this.#nextSequence();
    const result = this.#promised(sequence, timeoutMs);
    this.#write(encodeSm(command, sequence, fields));
    this.#opts.onPdu?.('out', command, null);
    return result;
  }

  /** A whole PDU from elsewhere (a relay), sent under our next sequence_number, every other octet unchanged. */
  requestRaw(bytes: Buffer, timeoutMs = this.#opts.responseTimeoutMs): Promise<RequestResult> {
    if (!this.isOpen) return Promise.resolve({ ok: false, code: 'E_SMPP_CLOSED', message: 'the SMPP connection is closed' });
    const sequence = this.#nextSequence();
    const result = this.#promised(sequence, timeoutMs);
    this.#write(withSequence(bytes, sequence));
    this.#opts.onPdu?.('out', 'relayed', null);
    return result;
  }

  /**
   * requestRaw without a promise: the response (or the timeout, or the close) goes to
   * `sink.onResponse(result, token)`, always later, never within this call.
   */
  requestRawTo(bytes: Buffer, sink: ResponseSink, token: number, timeoutMs = this.#opts.responseTimeoutMs): void {
    if (!this.isOpen) {
      const closed: RequestResult = { ok: false, code: 'E_SMPP_CLOSED', message: 'the SMPP connection is closed' };
      return void queueMicrotask(() => sink.onResponse(closed, token));
    }
    const sequence = this.#nextSequence();
    this.#wait(sequence, timeoutMs, sink, token);
    this.#write(withSequence(bytes, sequence));
    this.#opts.onPdu?.('out', 'relayed', null);
  }

  #promised(sequence: number, timeoutMs: number): Promise<RequestResult> {
    return new Promise((resolve) => this.#wait(sequence, timeoutMs, resolve, 0));
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
    this.#flush();
    this.#socket.end();
  }

  /** Drops the connection at once, as a crashing peer would. */
  destroy(): void {
    this.#socket.destroy();
  }
}
