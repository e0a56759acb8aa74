// A small SMSC: accepts binds (checking system ID and password), answers enquire_link and
// unbind, takes submit_sm (putting concatenated parts together) and sends deliver_sm to the
// bound ESME. It is `smishguard smsc-sim` for trying the platform by hand, and the real SMPP
// peer the tests talk to over loopback.
import { EventEmitter } from 'node:events';
import { createServer, type Server, type Socket } from 'node:net';
import { Reassembler, segmentOf, type Assembled, type ReassemblerOptions } from './concat.js';
import { addressOf, addressText } from './address.js';
import { PduLink, silentLogger, type IncomingRequest, type Logger, type RequestResult } from './link.js';
import { genericNack, readReplaceSm, type SmFields } from './pdu.js';
import { splitForSubmit, type ConcatScheme } from './split.js';
import { Status } from './status.js';

export type BindMode = 'transceiver' | 'receiver' | 'transmitter';

export interface SmscServerOptions {
  readonly systemId: string;
  readonly password: string;
  readonly responseTimeoutMs?: number;
  readonly reassembly?: ReassemblerOptions;
  readonly now?: () => number;
  readonly log?: Logger;
}

/** A text an ESME sent through us, put together from its parts. */
export interface SubmittedMessage {
  readonly from: string;
  readonly to: string;
  readonly text: string;
  readonly parts: number;
  readonly complete: boolean;
}

export interface BindEvent {
  readonly systemId: string;
  readonly mode: BindMode;
  /** 0 when accepted; ESME_RINVSYSID / ESME_RINVPASWD / ESME_RALYBND when refused. */
  readonly status: number;
}

export interface DeliverRequest {
  readonly from: string;
  readonly to: string;
  readonly text: string;
  readonly scheme?: ConcatScheme;
  readonly coding?: 'auto' | 'gsm7' | 'ucs2';
  readonly reference?: number;
}

export type DeliverResult =
  | { readonly ok: true; readonly statuses: readonly number[] }
  | { readonly ok: false; readonly code: 'E_NO_ESME' | 'E_REJECTED' | 'E_SMPP_TIMEOUT' | 'E_SMPP_CLOSED' | 'E_TOO_LONG'; readonly statuses: readonly number[]; readonly message: string };

interface Session {
  readonly link: PduLink;
  readonly socket: Socket;
  mode: BindMode | null;
}

const BIND_MODES: Record<string, BindMode> = { bind_transceiver: 'transceiver', bind_receiver: 'receiver', bind_transmitter: 'transmitter' };

/** Events of the simulator, for the CLI and tests. */
export interface SmscServerEvents {
  bind: [BindEvent];
  submit: [SubmittedMessage];
  /** Every submit_sm taken, as it came, with the message_id it was given (for receipts). */
  submitPdu: [bytes: Buffer, messageId: string];
  /** A replace_sm taken for a message it knows: the new short_message, as it came. */
  replace: [messageId: string, shortMessage: Buffer];
  nack: [status: number, sequence: number];
  unbind: [systemId: string];
}

export class SmscServer extends EventEmitter<SmscServerEvents> {
  readonly #opts: SmscServerOptions;
  readonly #log: Logger;
  readonly #now: () => number;
  readonly #server: Server;
  readonly #sessions = new Set<Session>();
  readonly #reassembler: Reassembler;
  #messageId = 0;
  #reference = 0;
  #next = 0;
  #sweeper: NodeJS.Timeout | null = null;
  #password: string;

  constructor(opts: SmscServerOptions) {
    super();
    this.#opts = opts;
    this.#password = opts.password;
    this.#log = opts.log ?? silentLogger;
    this.#now = opts.now ?? Date.now;
    this.#reassembler = new Reassembler(opts.reassembly);
    this.#server = createServer((socket) => this.#accept(socket));
  }

  /** Changes the password binds must give (an SMSC operator rotating credentials). */
  setPassword(password: string): void {
    this.#password = password;
  }

  /** Listens (port 0: any free port) and resolves with the port. */
  listen(port = 0, host = '127.0.0.1'): Promise<number> {
    return new Promise((resolve, reject) => {
      this.#server.once('error', reject);
      this.#server.listen(port, host, () => {
        this.#server.off('error', reject);
        // Sets whose parts stop coming are shown as they are, marked incomplete.
        this.#sweeper = setInterval(() => {
          for (const m of this.#reassembler.takeGivenUp(this.#now())) this.#emitSubmit(m);
        }, 1_000);
        this.#sweeper.unref();
        resolve(this.port);
      });
    });
  }

  get port(): number {
    const a = this.#server.address();
    return typeof a === 'object' && a ? a.port : 0;
  }

  /** Sessions bound to receive (receiver or transceiver). */
  get boundReceivers(): number {
    return [...this.#sessions].filter((s) => (s.mode === 'transceiver' || s.mode === 'receiver') && s.link.isOpen).length;
  }

  /** Resolves true once an ESME is bound to receive, false after `timeoutMs`. */
  waitForBind(timeoutMs: number): Promise<boolean> {
    if (this.boundReceivers > 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const onBind = (e: BindEvent): void => {
        if (e.status !== Status.ESME_ROK || e.mode === 'transmitter') return;
        clearTimeout(timer);
        this.off('bind', onBind);
        resolve(true);
      };
      const timer = setTimeout(() => {
        this.off('bind', onBind);
        resolve(false);
      }, timeoutMs);
      this.on('bind', onBind);
    });
  }

  #accept(socket: Socket): void {
    const session: Session = {
      socket,
      mode: null,
      link: new PduLink(socket, {
        responseTimeoutMs: this.#opts.responseTimeoutMs ?? 10_000,
        log: this.#log,
        peer: `${socket.remoteAddress}:${socket.remotePort}`,
        onRequest: (req) => this.#onRequest(session, req),
        onNack: (status, sequence) => this.emit('nack', status, sequence),
        onClose: () => this.#sessions.delete(session),
      }),
    };
    this.#sessions.add(session);
  }

  #onRequest(session: Session, req: IncomingRequest): void {
    const { pdu } = req;
    const { link } = session;
    const mode = BIND_MODES[pdu.command];
    if (mode) {
      const systemId = String(pdu.system_id ?? '');
      const status = session.mode ? Status.ESME_RALYBND
        : systemId !== this.#opts.systemId ? Status.ESME_RINVSYSID
          : String(pdu.password ?? '') !== this.#password ? Status.ESME_RINVPASWD
            : Status.ESME_ROK;
      link.respond(pdu, status, status === Status.ESME_ROK ? { system_id: this.#opts.systemId } : {});
      if (status === Status.ESME_ROK) session.mode = mode;
      this.emit('bind', { systemId, mode, status } satisfies BindEvent);
      return;
    }
    if (pdu.command === 'enquire_link') return link.respond(pdu, Status.ESME_ROK);
    if (!session.mode) {
      // Nothing but a bind before a bind (SMPP 3.4 §2.3).
      return pdu.command === 'unbind' || pdu.command === 'submit_sm' || pdu.command === 'deliver_sm'
        ? link.respond(pdu, Status.ESME_RINVBNDSTS)
        : void link.sendRaw(genericNack(pdu.sequence_number, Status.ESME_RINVBNDSTS));
    }
    if (pdu.command === 'unbind') {
      link.respond(pdu, Status.ESME_ROK);
      session.mode = null;
      this.emit('unbind', this.#opts.systemId);
      return link.end();
    }
    if ((pdu.command === 'submit_sm' || pdu.command === 'data_sm') && req.sm) {
      if (session.mode === 'receiver') return link.respond(pdu, Status.ESME_RINVBNDSTS);
      const seg = segmentOf(req.sm);
      if (!seg.ok) return link.respond(pdu, Status.ESME_RINVMSGLEN);
      const messageId = (++this.#messageId).toString(16).toUpperCase().padStart(8, '0');
      link.respond(pdu, Status.ESME_ROK, { message_id: messageId });
      if (this.listenerCount('submitPdu') > 0) this.emit('submitPdu', req.bytes, messageId);
      const added = this.#reassembler.add(seg.segment, this.#now());
      if (added.kind === 'complete') this.#emitSubmit(added.message);
      return;
    }
    if (pdu.command === 'submit_multi' && req.sm?.dests) {
      if (session.mode === 'receiver') return link.respond(pdu, Status.ESME_RINVBNDSTS);
      const messageId = (++this.#messageId).toString(16).toUpperCase().padStart(8, '0');
      link.respond(pdu, Status.ESME_ROK, { message_id: messageId, unsuccess_sme: [] });
      if (this.listenerCount('submitPdu') > 0) this.emit('submitPdu', req.bytes, messageId);
      // Each SME destination gets the message as if it had been sent to it alone.
      for (const d of req.sm.dests) {
        if (d.kind !== 'sme') continue;
        const seg = segmentOf({ ...req.sm, dest: { ton: d.ton, npi: d.npi, addr: d.addr } });
        if (!seg.ok) continue;
        const added = this.#reassembler.add(seg.segment, this.#now());
        if (added.kind === 'complete') this.#emitSubmit(added.message);
      }
      return;
    }
    if (pdu.command === 'query_sm' || pdu.command === 'cancel_sm' || pdu.command === 'replace_sm') {
      // Message ids are issued in order: any id up to the last one issued is known here.
      const id = String(pdu.message_id ?? '');
      const known = /^[0-9A-F]{8}$/.test(id) && Number.parseInt(id, 16) >= 1 && Number.parseInt(id, 16) <= this.#messageId;
      if (!known) return link.respond(pdu, Status.ESME_RINVMSGID);
      if (pdu.command === 'replace_sm') {
        link.respond(pdu, Status.ESME_ROK);
        try {
          this.emit('replace', id, readReplaceSm(req.bytes).shortMessage);
        } catch { /* the library read it; our stricter reader need not */ }
        return;
      }
      // The simulator delivers at once: a message is DELIVERED (2), and too late to cancel.
      return pdu.command === 'query_sm'
        ? link.respond(pdu, Status.ESME_ROK, { message_id: id, final_date: '', message_state: 2, error_code: 0 })
        : link.respond(pdu, Status.ESME_RCANCELFAIL);
    }
    link.sendRaw(genericNack(pdu.sequence_number, Status.ESME_RINVCMDID));
  }

  #emitSubmit(m: Assembled): void {
    this.emit('submit', { from: addressText(m.from), to: addressText(m.to), text: m.text, parts: m.parts, complete: m.complete } satisfies SubmittedMessage);
  }

  #receiver(): Session | undefined {
    const bound = [...this.#sessions].filter((s) => (s.mode === 'transceiver' || s.mode === 'receiver') && s.link.isOpen);
    if (bound.length === 0) return undefined;
    return bound[this.#next++ % bound.length];
  }

  /** Sends one deliver_sm with exactly these fields to a bound ESME. */
  deliverSm(fields: SmFields, timeoutMs?: number): Promise<RequestResult | { ok: false; code: 'E_NO_ESME'; message: string }> {
    const s = this.#receiver();
    if (!s) return Promise.resolve({ ok: false, code: 'E_NO_ESME', message: 'no ESME is bound to receive' });
    return s.link.requestSm('deliver_sm', fields, timeoutMs);
  }

  /** A subscriber's text (MO) to an ESME: split into concatenated parts when long, UCS-2 unless GSM 03.38 can carry it. */
  async deliver(m: DeliverRequest): Promise<DeliverResult> {
    this.#reference = (this.#reference + 1) & 0xffff;
    const split = splitForSubmit(m.text, { scheme: m.scheme ?? 'udh8', reference: m.reference ?? this.#reference, coding: m.coding ?? 'auto' });
    if (!split.ok) return { ok: false, code: 'E_TOO_LONG', statuses: [], message: split.message };
    const statuses: number[] = [];
    for (const part of split.parts) {
      const r = await this.deliverSm({
        source: addressOf(m.from), dest: addressOf(m.to), esmClass: part.esmClass, dataCoding: part.dataCoding, shortMessage: part.shortMessage,
        ...(part.sar ? { sar: part.sar } : {}), ...(part.payload ? { payload: part.payload } : {}),
      });
      if (!r.ok) return { ok: false, code: r.code, statuses, message: r.message };
      statuses.push(r.pdu.command_status);
      if (r.pdu.command_status !== Status.ESME_ROK) {
        return { ok: false, code: 'E_REJECTED', statuses, message: `the ESME answered 0x${r.pdu.command_status.toString(16).padStart(2, '0')}` };
      }
    }
    return { ok: true, statuses };
  }

  /** Sends a whole PDU (a receipt built elsewhere) to a bound ESME under our sequence number. */
  deliverRaw(bytes: Buffer, timeoutMs?: number): Promise<RequestResult | { ok: false; code: 'E_NO_ESME'; message: string }> {
    const s = this.#receiver();
    if (!s) return Promise.resolve({ ok: false, code: 'E_NO_ESME', message: 'no ESME is bound to receive' });
    return s.link.requestRaw(bytes, timeoutMs);
  }

  /** Writes raw octets to a bound ESME (tests of malformed PDUs). */
  sendRaw(bytes: Buffer): boolean {
    const s = this.#receiver();
    return s ? s.link.sendRaw(bytes) : false;
  }

  /** Drops every connection at once, as an SMSC that crashes would. */
  dropSessions(): void {
    for (const s of this.#sessions) s.link.destroy();
    this.#sessions.clear();
  }

  /** Unbinds every ESME politely, then stops listening. */
  async close(): Promise<void> {
    if (this.#sweeper) clearInterval(this.#sweeper);
    await Promise.all([...this.#sessions].map(async (s) => {
      if (s.mode && s.link.isOpen) await s.link.request('unbind', {}, 1_000);
      s.link.end();
      await Promise.race([s.link.closed, new Promise((r) => setTimeout(r, 1_000).unref())]);
      s.link.destroy();
    }));
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }
}
