// The platform as an ESME: binds to an SMSC as a transceiver, keeps the link alive with
// enquire_link, reconnects with exponential back-off, sends texts (split into concatenated
// parts, sent together) under a window of outstanding submit_sm, and hands inbound deliver_sm on as whole
// messages. An inbound message's deliver_sm_resp carries the status the handler returns,
// and is sent only once the handler has finished: the SMSC retries what we did not take.
import { randomInt } from 'node:crypto';
import { connect, type Socket } from 'node:net';
import { connect as connectTls } from 'node:tls';
import { ESM_MESSAGE_TYPE, Reassembler, assemble, segmentOf, setKeyOf, type Assembled, type PartStore, type ReassemblerOptions, type Segment } from './concat.js';
import { PduLink, silentLogger, type IncomingRequest, type Logger, type RequestResult, type ResponseSink } from './link.js';
import { addressOf, addressText } from './address.js';
import { Tlv, genericNack, withSequence } from './pdu.js';
import { splitForSubmit, type ConcatScheme } from './split.js';
import { Status, describeStatus, isPermanentBindFailure, isTemporaryFailure } from './status.js';
import type smpp from 'smpp';
import { decodeText } from './text.js';
import { parseSmscUrl, type SmscAddress } from './url.js';

/** A message that reached us (MO), put together from its parts. */
export interface InboundMessage {
  readonly from: string;
  readonly fromTon: number;
  readonly to: string;
  readonly text: string;
  /** 'binary' or 'unsupported' when the data coding is not text this platform reads; text is then ''. */
  readonly coding: Assembled['coding'];
  readonly dataCoding: number;
  readonly parts: number;
  readonly total: number;
  /** False when parts were still missing when the set was given up. */
  readonly complete: boolean;
}

/** What the handler answers: the command_status of the deliver_sm_resp (0 = taken). */
export type InboundHandler = (message: InboundMessage) => Promise<number>;

export interface DeliveryReceipt {
  readonly from: string;
  readonly to: string;
  /** receipted_message_id, or the `id:` of the receipt text. */
  readonly messageId: string | null;
  /** `stat:` of the receipt text (DELIVRD, UNDELIV…), or the message_state TLV as a number. */
  readonly state: string | null;
}

export interface SmppClientOptions {
  /** `smpp://SYSTEM_ID:PASSWORD@HOST:PORT` or a parsed address. */
  readonly smsc: string | SmscAddress;
  readonly systemType?: string;
  /** Probe an idle link this often (ms); default 30 s. */
  readonly enquireLinkMs?: number;
  /** Wait this long for any response (ms); default 10 s. */
  readonly responseTimeoutMs?: number;
  /** Back-off between connection attempts: starts here (ms, default 1 s), doubles, stops growing at reconnectMaxMs (default 60 s). */
  readonly reconnectMinMs?: number;
  readonly reconnectMaxMs?: number;
  /** submit_sm sent and not yet answered, at most (default 10). */
  readonly window?: number;
  /** How long submit waits for a bound link and a free window before giving up (ms); default 60 s. */
  readonly submitTimeoutMs?: number;
  readonly reassembly?: ReassemblerOptions;
  /** How long copies of parts of a handed-on message are recognised as copies (ms); default 24 h. */
  readonly handedMemoryMs?: number;
  readonly onMessage?: InboundHandler;
  readonly onReceipt?: (receipt: DeliveryReceipt) => void;
  /**
   * A relay's hook (the firewall): every deliver_sm and data_sm goes here as it came, neither
   * reassembled nor read as a receipt, and is answered through `answer` (onMessage and
   * onReceipt are then not called).
   */
  readonly onRelay?: (req: IncomingRequest, answer: RelayAnswer) => void;
  /**
   * Where parts of concatenated messages wait for the rest. With it, each part is kept
   * durably before its deliver_sm_resp, and a restart between parts loses none; without
   * it they wait in memory (tests, tools).
   */
  readonly parts?: PartStore;
  /** Clock for the age of incomplete sets (ms). */
  readonly now?: () => number;
  readonly log?: Logger;
  /** What an operator counts: binds, PDUs, state changes (see SmppObserver). */
  readonly observer?: SmppObserver;
}

/** How a relay answers the SMSC: a status, or a response PDU from elsewhere (its sequence_number is replaced). */
export interface RelayAnswer {
  status(status: number): void;
  raw(response: Buffer): void;
}

export type RelayResult =
  | { readonly ok: true; readonly pdu: smpp.PDU; readonly bytes: Buffer }
  /** E_SMPP_NOT_BOUND: not sent (another link may take it); E_SMPP_TIMEOUT / E_SMPP_CLOSED: sent, fate unknown. */
  | { readonly ok: false; readonly code: 'E_SMPP_NOT_BOUND' | 'E_SMPP_TIMEOUT' | 'E_SMPP_CLOSED'; readonly message: string };

/** Hooks for metrics; the protocol code knows nothing of how they are kept. */
export interface SmppObserver {
  /** A PDU read or written; `status` for responses. */
  pdu?(direction: 'in' | 'out', command: string, status: number | null): void;
  /** A bind attempt ended: bound, refused by the SMSC (with its status), or no connection. */
  bindAttempt?(outcome: 'bound' | 'refused' | 'unreachable', status: number | null): void;
  state?(state: ClientState): void;
}

export type BindOutcome =
  | { readonly ok: true }
  | { readonly ok: false; readonly code: 'E_SMPP_BIND'; readonly status: number; readonly message: string }
  | { readonly ok: false; readonly code: 'E_SMPP_CONNECT' | 'E_SMPP_CLOSED'; readonly message: string };

export interface SubmitOptions {
  /** Source address (a short code, a number or an alphanumeric ID). */
  readonly from?: string;
  readonly scheme?: ConcatScheme;
  readonly registeredDelivery?: boolean;
  readonly timeoutMs?: number;
}

export type SubmitResult =
  | { readonly ok: true; readonly messageIds: readonly string[] }
  | { readonly ok: false; readonly code: 'E_SMPP_NOT_BOUND' | 'E_SMPP_REJECTED' | 'E_SMPP_CLOSED' | 'E_TOO_LONG' | 'E_BAD_SMSC_URL'; readonly status?: number; readonly message: string };

export type ClientState = 'idle' | 'connecting' | 'bound' | 'backoff' | 'failed' | 'closed';

function parseReceipt(text: string): { id: string | null; stat: string | null } {
  const id = /\bid:\s*([^\s]+)/i.exec(text)?.[1] ?? null;
  const stat = /\bstat:\s*([A-Z]+)/i.exec(text)?.[1] ?? null;
  return { id, stat };
}

export class SmppClient {
  readonly #opts: SmppClientOptions;
  readonly #log: Logger;
  readonly #now: () => number;
  readonly #reassembler: Reassembler;
  readonly #window: number;
  #address: SmscAddress | null = null;
  #state: ClientState = 'idle';
  #link: PduLink | null = null;
  #socket: Socket | null = null;
  #stopping = false;
  #loop: Promise<void> | null = null;
  #wake: (() => void) | null = null;
  #boundWaiters = new Set<() => void>();
  #slotWaiters: (() => void)[] = [];
  #inFlight = 0;
  #handlers = new Set<Promise<unknown>>();
  #reference = randomInt(0, 0x10000);
  #timers: NodeJS.Timeout[] = [];
  #setQueues = new Map<string, Promise<unknown>>();
  #sweepingParts = false;
  /** The link whose bind_transceiver is awaiting its response, and that response. */
  #binding: { link: PduLink; bound: Promise<boolean> } | null = null;

  constructor(opts: SmppClientOptions) {
    this.#opts = opts;
    this.#log = opts.log ?? silentLogger;
    this.#now = opts.now ?? Date.now;
    this.#reassembler = new Reassembler(opts.reassembly);
    this.#window = Math.max(1, opts.window ?? 10);
    if (typeof opts.smsc === 'string') {
      const parsed = parseSmscUrl(opts.smsc);
      if (parsed.ok) this.#address = parsed.value;
    } else this.#address = opts.smsc;
  }

  get state(): ClientState {
    return this.#state;
  }

  #setState(state: ClientState): void {
    if (state === this.#state) return;
    this.#state = state;
    this.#opts.observer?.state?.(state);
  }

  /** Where it binds, without the password. */
  get display(): string {
    return this.#address?.display ?? '(invalid SMSC URL)';
  }

  /**
   * Starts binding. Resolves with the first attempt's outcome, and keeps trying in the
   * background with back-off for as long as it runs: after a lost connection, and after a
   * refused bind too (a password changed on the SMSC side is usually changed back, and a
   * link that gives up for good needs a person to notice; the refusal is logged as an error
   * and counted at every attempt instead).
   */
  start(): Promise<BindOutcome> {
    if (!this.#address) {
      const parsed = typeof this.#opts.smsc === 'string' ? parseSmscUrl(this.#opts.smsc) : null;
      this.#setState('failed');
      return Promise.resolve({ ok: false, code: 'E_SMPP_CONNECT', message: parsed && !parsed.ok ? parsed.message : 'no SMSC address' });
    }
    if (this.#loop) return Promise.resolve({ ok: false, code: 'E_SMPP_CLOSED', message: 'already started' });
    let first: (o: BindOutcome) => void = () => {};
    const outcome = new Promise<BindOutcome>((resolve) => (first = resolve));
    this.#loop = this.#run(this.#address, (o) => {
      first(o);
      first = () => {};
    });
    const reassemblyAge = this.#opts.reassembly?.maxAgeMs ?? 10 * 60_000;
    const sweep = setInterval(() => this.#sweepGivenUp(), Math.max(50, Math.min(5_000, reassemblyAge / 4)));
    sweep.unref();
    this.#timers.push(sweep);
    return outcome;
  }

  async #run(address: SmscAddress, reportFirst: (o: BindOutcome) => void): Promise<void> {
    const min = this.#opts.reconnectMinMs ?? 1_000;
    const max = this.#opts.reconnectMaxMs ?? 60_000;
    let delay = min;
    while (!this.#stopping) {
      this.#setState('connecting');
      const outcome = await this.#connectOnce(address);
      if (!this.#stopping || outcome.ok) {
        this.#opts.observer?.bindAttempt?.(outcome.ok ? 'bound' : outcome.code === 'E_SMPP_BIND' ? 'refused' : 'unreachable', !outcome.ok && outcome.code === 'E_SMPP_BIND' ? outcome.status : null);
      }
      reportFirst(outcome);
      if (outcome.ok) {
        delay = min;
        this.#log.info({ smsc: address.display }, 'SMPP bound as transceiver');
        for (const wake of this.#boundWaiters) wake();
        await (this.#link as PduLink).closed;
        this.#link = null;
        if (this.#stopping) break;
        this.#log.warn({ smsc: address.display }, 'SMPP link lost; reconnecting');
      } else if (outcome.code === 'E_SMPP_BIND') {
        // Refused: the back-off runs to its maximum at once, so a refused SMSC is asked once a
        // reconnectMaxMs, not hammered.
        this.#log.error({ smsc: address.display, status: describeStatus(outcome.status), retryInMs: max, permanent: isPermanentBindFailure(outcome.status) },
          'SMPP bind refused; retrying with back-off');
        delay = max;
      } else if (!this.#stopping) {
        this.#log.warn({ smsc: address.display, code: outcome.code, why: outcome.message, retryInMs: delay }, 'SMPP bind failed; will retry');
      }
      if (this.#stopping) break;
      this.#setState('backoff');
      // Jitter keeps many ESMEs that lost the same SMSC from coming back in step.
      await this.#sleep(delay * (0.75 + Math.random() * 0.5));
      delay = Math.min(max, delay * 2);
    }
    this.#setState('closed');
  }

  #sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done(): void {
        clearTimeout(timer);
        resolve();
      }
      this.#wake = done;
    });
  }

  #connectOnce(address: SmscAddress): Promise<BindOutcome> {
    const timeoutMs = this.#opts.responseTimeoutMs ?? 10_000;
    return new Promise((resolve) => {
      const socket: Socket = address.tls ? connectTls({ host: address.host, port: address.port, servername: address.host }) : connect({ host: address.host, port: address.port });
      this.#socket = socket;
      let settled = false;
      const settle = (o: BindOutcome): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        if (!o.ok) socket.destroy();
        resolve(o);
      };
      const timer = setTimeout(() => settle({ ok: false, code: 'E_SMPP_CONNECT', message: `no connection within ${timeoutMs} ms` }), timeoutMs);
      socket.once('error', (err) => settle({ ok: false, code: 'E_SMPP_CONNECT', message: err.message }));
      socket.once('close', () => settle({ ok: false, code: 'E_SMPP_CLOSED', message: 'the SMSC closed the connection during bind' }));
      socket.once(address.tls ? 'secureConnect' : 'connect', () => {
        const link = new PduLink(socket, {
          responseTimeoutMs: timeoutMs,
          peer: address.display,
          log: this.#log,
          ...(this.#opts.observer?.pdu ? { onPdu: this.#opts.observer.pdu } : {}),
          onRequest: (req) => this.#onRequest(link, req),
          onClose: () => {
            if (this.#state === 'bound') this.#setState('connecting');
          },
        });
        const bind = link.request('bind_transceiver', {
          system_id: address.systemId, password: address.password, system_type: this.#opts.systemType ?? '',
          interface_version: 0x34, addr_ton: 0, addr_npi: 0, address_range: '',
        });
        this.#binding = { link, bound: bind.then((r) => r.ok && r.pdu.command_status === Status.ESME_ROK) };
        bind.then((r) => {
          if (!r.ok) return settle({ ok: false, code: 'E_SMPP_CONNECT', message: `bind_transceiver: ${r.message}` });
          if (r.pdu.command_status !== Status.ESME_ROK) {
            return settle({ ok: false, code: 'E_SMPP_BIND', status: r.pdu.command_status, message: `bind_transceiver refused: ${describeStatus(r.pdu.command_status)}` });
          }
          if (settled) return;
          this.#link = link;
          this.#binding = null;
          this.#setState('bound');
          this.#startEnquireLink(link);
          settle({ ok: true });
        }, () => settle({ ok: false, code: 'E_SMPP_CLOSED', message: 'bind failed' }));
      });
    });
  }

  #startEnquireLink(link: PduLink): void {
    const every = this.#opts.enquireLinkMs ?? 30_000;
    const timer = setInterval(() => {
      if (!link.isOpen) return clearInterval(timer);
      if (Date.now() - link.lastReceivedAt < every) return;
      void link.request('enquire_link').then((r) => {
        if (!r.ok || r.pdu.command_status !== Status.ESME_ROK) {
          this.#log.warn({ smsc: this.display }, 'enquire_link unanswered; dropping the link');
          link.destroy();
        }
      });
    }, every);
    timer.unref();
    void link.closed.then(() => clearInterval(timer));
  }

  #onRequest(link: PduLink, req: IncomingRequest): void {
    const { pdu } = req;
    switch (pdu.command) {
      case 'enquire_link':
        return link.respond(pdu, Status.ESME_ROK);
      case 'unbind':
        link.respond(pdu, Status.ESME_ROK);
        return link.end();
      case 'deliver_sm':
      case 'data_sm': {
        // An SMSC may send a message right behind its bind_transceiver_resp, in the same
        // TCP segment, before the bind's outcome has been taken in: it waits for it.
        const binding = this.#binding?.link === link ? this.#binding.bound : null;
        if (!binding && (this.#state !== 'bound' || this.#link !== link)) return link.respond(pdu, Status.ESME_RINVBNDSTS);
        const handled = (binding ?? Promise.resolve(true)).then((ok) => {
          if (!ok || this.#link !== link) return link.respond(pdu, Status.ESME_RINVBNDSTS);
          if (this.#opts.onRelay) {
            return this.#opts.onRelay(req, {
              status: (status) => link.respond(pdu, status),
              raw: (response) => void link.sendRaw(withSequence(response, pdu.sequence_number)),
            });
          }
          return this.#onDeliver(link, req);
        }).catch((err: unknown) => {
          this.#log.error({ err: { message: (err as Error).message } }, 'inbound message handling failed');
        });
        this.#handlers.add(handled);
        void handled.finally(() => this.#handlers.delete(handled));
        return;
      }
      default:
        link.sendRaw(genericNack(pdu.sequence_number, Status.ESME_RINVCMDID));
    }
  }

  async #onDeliver(link: PduLink, req: IncomingRequest): Promise<void> {
    const sm = req.sm;
    if (!sm) return link.respond(req.pdu, Status.ESME_RSYSERR);
    if ((sm.esmClass & ESM_MESSAGE_TYPE) !== 0) {
      // A delivery receipt or acknowledgement: never a message from a subscriber.
      const text = decodeText(sm.tlvs.get(Tlv.message_payload) ?? sm.shortMessage, sm.dataCoding);
      const parsed = parseReceipt(text.ok ? text.text : '');
      const state = sm.tlvs.get(Tlv.message_state);
      const idTlv = sm.tlvs.get(Tlv.receipted_message_id);
      link.respond(req.pdu, Status.ESME_ROK);
      this.#opts.onReceipt?.({
        from: addressText(sm.source), to: addressText(sm.dest),
        messageId: idTlv ? idTlv.toString('latin1').replace(/\0+$/, '') : parsed.id,
        state: parsed.stat ?? (state?.length === 1 ? String(state[0]) : null),
      });
      return;
    }
    const seg = segmentOf(sm);
    if (!seg.ok) {
      this.#log.warn({ why: seg.message }, 'deliver_sm with a malformed UDH refused');
      return link.respond(req.pdu, Status.ESME_RX_P_APPN);
    }
    if (seg.segment.concat && this.#opts.parts) return this.#onDurablePart(link, req.pdu, seg.segment, this.#opts.parts);
    const added = this.#reassembler.add(seg.segment, this.#now());
    if (added.kind !== 'complete') return link.respond(req.pdu, Status.ESME_ROK);
    const status = await this.#hand(added.message);
    // A temporary refusal is offered again by the SMSC: keep the other parts for it. A
    // permanent one will not be, and its parts are let go.
    if (isTemporaryFailure(status)) this.#reassembler.restore(added.message, seg.segment);
    link.respond(req.pdu, status);
  }

  /** Runs steps about one set one after another (a set is whole exactly once). */
  #inOrder<T>(key: string, step: () => Promise<T>): Promise<T> {
    const next = (this.#setQueues.get(key) ?? Promise.resolve()).then(step, step);
    this.#setQueues.set(key, next);
    void next.finally(() => {
      if (this.#setQueues.get(key) === next) this.#setQueues.delete(key);
    }).catch(() => {});
    return next;
  }

  // The part is committed before it is acknowledged. The part that makes the set whole is
  // acknowledged once the message is handed on; if the process dies in between, the SMSC
  // offers that part again, the set is whole again, and the message is handed on again
  // (the only duplicate there can be: one whose last part was never acknowledged).
  #onDurablePart(link: PduLink, pdu: smpp.PDU, segment: Segment, parts: PartStore): Promise<void> {
    const key = setKeyOf(segment);
    return this.#inOrder(key, async () => {
      let whole: Awaited<ReturnType<PartStore['add']>>;
      try {
        whole = await parts.add(key, segment, this.#now());
      } catch (err) {
        this.#log.error({ err: { message: (err as Error).message } }, 'message part not stored; answering ESME_RX_T_APPN so the SMSC retries');
        return link.respond(pdu, Status.ESME_RX_T_APPN);
      }
      if (!whole) return link.respond(pdu, Status.ESME_ROK);
      const status = await this.#hand(assemble(whole.parts, segment.concat?.total ?? whole.parts.length, whole.firstAt));
      // A temporary refusal keeps the parts: the SMSC offers this one again.
      if (!isTemporaryFailure(status)) await this.#markHanded(parts, key);
      link.respond(pdu, status);
    });
  }

  async #markHanded(parts: PartStore, key: string): Promise<void> {
    try {
      await parts.markHanded(key, this.#now());
    } catch (err) {
      // Handed on but not marked: the sweep hands the set on again once it is old (a duplicate, not a loss).
      this.#log.error({ err: { message: (err as Error).message } }, 'message handed on but its parts not marked; it may be handed on again');
    }
  }

  async #sweepStoredParts(parts: PartStore): Promise<void> {
    const maxAge = this.#opts.reassembly?.maxAgeMs ?? 10 * 60_000;
    const now = this.#now();
    let sets: Awaited<ReturnType<PartStore['expired']>>;
    try {
      sets = await parts.expired(now - maxAge);
      // Copies of handed-on parts are recognised for a day: long past any SMSC's retries.
      await parts.purge(now - Math.max(maxAge, this.#opts.handedMemoryMs ?? 24 * 3600_000));
    } catch (err) {
      this.#log.warn({ err: { message: (err as Error).message } }, 'stored message parts could not be swept');
      return;
    }
    for (const set of sets) {
      await this.#inOrder(set.key, async () => {
        this.#log.warn({ parts: set.parts.length, total: set.total }, 'concatenated message incomplete; handing on what arrived');
        const status = await this.#hand(assemble(set.parts, set.total, set.firstAt));
        if (!isTemporaryFailure(status)) await this.#markHanded(parts, set.key);
      });
    }
  }

  async #hand(m: Assembled): Promise<number> {
    const handler = this.#opts.onMessage;
    if (!handler) return Status.ESME_ROK;
    try {
      return await handler({
        from: addressText(m.from), fromTon: m.from.ton, to: addressText(m.to), text: m.text, coding: m.coding,
        dataCoding: m.dataCoding, parts: m.parts, total: m.total, complete: m.complete,
      });
    } catch (err) {
      this.#log.error({ err: { message: (err as Error).message } }, 'inbound message handler threw; answering ESME_RX_T_APPN so the SMSC retries');
      return Status.ESME_RX_T_APPN;
    }
  }

  #sweepGivenUp(): void {
    const parts = this.#opts.parts;
    if (parts) {
      if (this.#sweepingParts || this.#stopping) return;
      this.#sweepingParts = true;
      const swept = this.#sweepStoredParts(parts).finally(() => (this.#sweepingParts = false));
      this.#handlers.add(swept);
      void swept.finally(() => this.#handlers.delete(swept));
      return;
    }
    for (const m of this.#reassembler.takeGivenUp(this.#now())) {
      this.#log.warn({ parts: m.parts, total: m.total }, 'concatenated message incomplete; handing on what arrived');
      // Every part was acknowledged already: if the hand-over fails, keep them for the next sweep.
      const handed = this.#hand(m).then((status) => {
        if (isTemporaryFailure(status)) this.#reassembler.restore(m);
      });
      this.#handlers.add(handed);
      void handed.finally(() => this.#handlers.delete(handed));
    }
  }

  /** Resolves true once bound, false when `timeoutMs` passes, the bind is refused or the client closes. */
  whenBound(timeoutMs: number): Promise<boolean> {
    if (this.#state === 'bound' && this.#link?.isOpen) return Promise.resolve(true);
    if (this.#state === 'failed' || this.#state === 'closed' || this.#stopping) return Promise.resolve(false);
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.#boundWaiters.delete(done);
        resolve(this.#state === 'bound' && !!this.#link?.isOpen);
      };
      const timer = setTimeout(done, Math.max(0, timeoutMs));
      this.#boundWaiters.add(done);
    });
  }

  async #slot(deadline: number): Promise<boolean> {
    while (this.#inFlight >= this.#window) {
      const left = deadline - Date.now();
      if (left <= 0 || this.#stopping) return false;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(wake, left);
        function wake(): void {
          clearTimeout(timer);
          resolve();
        }
        this.#slotWaiters.push(wake);
      });
    }
    this.#inFlight++;
    return true;
  }

  #release(): void {
    this.#inFlight--;
    this.#slotWaiters.shift()?.();
  }

  /** Sends a text, split into concatenated parts when long; resolves when the SMSC has taken every part. */
  async submit(to: string, text: string, opts: SubmitOptions = {}): Promise<SubmitResult> {
    const scheme = opts.scheme ?? 'udh8';
    this.#reference = (this.#reference + 1) & 0xffff;
    const split = splitForSubmit(text, { scheme, reference: this.#reference });
    if (!split.ok) return split;
    const deadline = Date.now() + (opts.timeoutMs ?? this.#opts.submitTimeoutMs ?? 60_000);
    // The parts go out together, each under a window slot of its own: a relay that answers a
    // long message's parts only once it has them all (the firewall) is never waited on part by part.
    const results = await Promise.all(split.parts.map((part) => this.#submitPart({
      source: addressOf(opts.from ?? ''), dest: addressOf(to), esmClass: part.esmClass, dataCoding: part.dataCoding,
      shortMessage: part.shortMessage, registeredDelivery: opts.registeredDelivery ? 1 : 0,
      ...(part.sar ? { sar: part.sar } : {}), ...(part.payload ? { payload: part.payload } : {}),
    }, deadline)));
    const ids: string[] = [];
    for (const r of results) {
      if (!r.ok) return r;
      ids.push(r.messageId);
    }
    return { ok: true, messageIds: ids };
  }

  async #submitPart(fields: Parameters<PduLink['requestSm']>[1], deadline: number): Promise<{ ok: true; messageId: string } | Extract<SubmitResult, { ok: false }>> {
    for (let attempt = 0; ; attempt++) {
      if (this.#stopping) return { ok: false, code: 'E_SMPP_CLOSED', message: 'the client is closing' };
      if (!(await this.whenBound(deadline - Date.now()))) {
        return this.#state === 'failed' || this.#stopping
          ? { ok: false, code: 'E_SMPP_CLOSED', message: `not bound to ${this.display} (${this.#state})` }
          : { ok: false, code: 'E_SMPP_NOT_BOUND', message: `no bound link to ${this.display} in time` };
      }
      if (!(await this.#slot(deadline))) return { ok: false, code: 'E_SMPP_NOT_BOUND', message: 'no free window slot in time' };
      const link = this.#link;
      const r = link ? await link.requestSm('submit_sm', fields) : null;
      this.#release();
      if (!r || !r.ok) {
        // Unanswered: sent again once a link is up. The SMSC may then see it twice (at least once).
        if (Date.now() >= deadline) return { ok: false, code: 'E_SMPP_NOT_BOUND', message: r ? r.message : 'link lost' };
        continue;
      }
      const status = r.pdu.command_status;
      if (status === Status.ESME_ROK) return { ok: true, messageId: String(r.pdu.message_id ?? '') };
      if (isTemporaryFailure(status) && attempt < 5 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, Math.min(deadline - Date.now(), 100 * 2 ** attempt)));
        continue;
      }
      return { ok: false, code: 'E_SMPP_REJECTED', status, message: `submit_sm refused: ${describeStatus(status)}` };
    }
  }

  /** Window slots free now on a bound link (0 when not bound). */
  get free(): number {
    return this.#state === 'bound' && this.#link?.isOpen ? Math.max(0, this.#window - this.#inFlight) : 0;
  }

  /**
   * Sends a whole PDU from elsewhere (a relay) under this link's window and sequence numbers,
   * every other octet unchanged; resolves with the SMSC's response. Not retried here: after
   * E_SMPP_TIMEOUT or E_SMPP_CLOSED the SMSC may have taken it, and only the caller knows
   * whether sending it again is right.
   */
  async relay(bytes: Buffer, timeoutMs = this.#opts.submitTimeoutMs ?? 60_000): Promise<RelayResult> {
    const deadline = Date.now() + timeoutMs;
    if (this.#stopping || !(await this.whenBound(timeoutMs))) return { ok: false, code: 'E_SMPP_NOT_BOUND', message: `not bound to ${this.display} (${this.#state})` };
    if (!(await this.#slot(deadline))) return { ok: false, code: 'E_SMPP_NOT_BOUND', message: 'no free window slot in time' };
    const link = this.#link;
    if (!link?.isOpen) {
      this.#release();
      return { ok: false, code: 'E_SMPP_NOT_BOUND', message: 'link lost before sending' };
    }
    const r = await link.requestRaw(bytes);
    this.#release();
    return r;
  }

  /**
   * relay() when it would not wait (bound, a window slot free, nobody waiting for one): sent now,
   * without relay()'s awaits, which cost a relay of thousands of PDUs a second several promises
   * each. Null when it would wait: relay() then.
   */
  relayNow(bytes: Buffer): Promise<RelayResult> | null {
    const link = this.#link;
    if (this.#stopping || this.#state !== 'bound' || !link?.isOpen || this.#inFlight >= this.#window || this.#slotWaiters.length > 0) return null;
    this.#inFlight++;
    return link.requestRaw(bytes).then((r) => {
      this.#release();
      return r;
    });
  }

  /**
   * relayNow without a promise (the firewall's relay of every message): false when it would wait.
   * The response goes to `sink.onResponse(result, token)` once the window slot is free again.
   */
  relayNowTo(bytes: Buffer, sink: ResponseSink, token: number): boolean {
    const link = this.#link;
    if (this.#stopping || this.#state !== 'bound' || !link?.isOpen || this.#inFlight >= this.#window || this.#slotWaiters.length > 0) return false;
    this.#inFlight++;
    link.requestRawTo(bytes, this.#releasing(sink), token);
    return true;
  }

  /** One wrapper a sink (there is one: the connector's for this link), made once. */
  #releasers = new Map<ResponseSink, ResponseSink>();

  #releasing(sink: ResponseSink): ResponseSink {
    let r = this.#releasers.get(sink);
    if (!r) {
      const release = (): void => this.#release();
      r = {
        onResponse(result: RequestResult, token: number): void {
          release();
          sink.onResponse(result, token);
        },
      };
      this.#releasers.set(sink, r);
    }
    return r;
  }

  /** Finishes the messages being handled, unbinds and closes. */
  async close(): Promise<void> {
    if (this.#stopping) {
      await this.#loop;
      return;
    }
    this.#stopping = true;
    for (const t of this.#timers) clearInterval(t);
    this.#wake?.();
    for (const wake of this.#boundWaiters) wake();
    for (const wake of this.#slotWaiters.splice(0)) wake();
    await Promise.race([Promise.allSettled([...this.#handlers]), new Promise((r) => setTimeout(r, 10_000).unref())]);
    const link = this.#link;
    if (link?.isOpen) {
      await link.request('unbind', {}, 2_000);
      link.end();
      await Promise.race([link.closed, new Promise((r) => setTimeout(r, 2_000).unref())]);
      link.destroy();
    } else {
      this.#socket?.destroy();
    }
    await this.#loop;
    this.#setState('closed');
  }
}
