// The SMPP links to the SMSCs, owned in one place: one SmppClient a bind (each with its own
// reconnect back-off, enquire_link and window), and fail-over among them. The 7726 intake (and
// with it `serve`) takes whole messages from it and sends replies and warnings over it; the
// firewall relays whole PDUs through it: a message goes on the bound link with the most free window, and to
// another link only when it was never sent (a PDU whose response was lost may have been
// taken, and sending it again would deliver it twice).
import { SmppClient, type BindOutcome, type ClientState, type RelayAnswer, type RelayResult, type SmppClientOptions, type SmppObserver } from './client.js';
import type { IncomingRequest, Logger, RequestResult, ResponseSink } from './link.js';
import { linksSender, type SmsSender } from './sms-sender.js';
import { parseSmscUrl, type SmscAddress } from './url.js';

export type ConnectorTuning = Partial<Pick<SmppClientOptions, 'enquireLinkMs' | 'responseTimeoutMs' | 'reconnectMinMs' | 'reconnectMaxMs' | 'window' | 'submitTimeoutMs' | 'systemType' | 'reassembly' | 'now'>>;

/** What a capability does with what its links receive: whole messages (the intake) or raw PDUs (the firewall). */
export type LinkHandlers = Partial<Pick<SmppClientOptions, 'onMessage' | 'onReceipt' | 'parts'>>;

export interface ConnectorOptions {
  /** One bind a URL: `smpp://SYSTEM_ID:PASSWORD@HOST:PORT` (or `ssmpp://`), or one parsed. */
  readonly smscUrls: readonly (string | SmscAddress)[];
  readonly tuning?: ConnectorTuning;
  /** Every deliver_sm and data_sm from any SMSC, as it came; `via` is the index of its link. */
  readonly onRelay?: (req: IncomingRequest, answer: RelayAnswer, via: number) => void;
  /** Or messages handed on whole, per link (`via` is its index). */
  readonly handlers?: (via: number) => LinkHandlers;
  readonly observer?: (smsc: string) => SmppObserver;
  readonly log?: Logger;
}

export type ConnectorResult = RelayResult & { readonly via: number };

/** Who is told of a relay's response without a promise (see relayTo): `via` is the link it went on. */
export interface RelaySink {
  onRelayed(r: RelayResult, via: number, token: number): void;
}

const NONE_TRIED: ReadonlySet<number> = new Set();

export class SmppConnector {
  readonly #clients: SmppClient[];

  constructor(opts: ConnectorOptions) {
    this.#clients = opts.smscUrls.map((smsc, via) => {
      const parsed = typeof smsc === 'string' ? parseSmscUrl(smsc) : { ok: true as const, value: smsc };
      const observer = parsed.ok ? opts.observer?.(parsed.value.display) : undefined;
      const onRelay = opts.onRelay;
      return new SmppClient({
        smsc,
        ...opts.tuning,
        ...(opts.log ? { log: opts.log } : {}),
        ...(observer ? { observer } : {}),
        ...opts.handlers?.(via),
        ...(onRelay ? { onRelay: (req: IncomingRequest, answer: RelayAnswer) => onRelay(req, answer, via) } : {}),
      });
    });
  }

  /** Starts every bind; resolves with each first attempt's outcome (the links keep retrying after). */
  start(): Promise<BindOutcome[]> {
    return Promise.all(this.#clients.map((c) => c.start()));
  }

  /** The link with this index (a reply goes back over the link its message came by). */
  client(via: number): SmppClient {
    return this.#clients[via] as SmppClient;
  }

  /** Outbound SMS over the first bound link (warnings, one-time codes). */
  sender(): SmsSender {
    return linksSender(this.#clients);
  }

  links(): { readonly smsc: string; readonly state: ClientState }[] {
    return this.#clients.map((c) => ({ smsc: c.display, state: c.state }));
  }

  get bound(): number {
    return this.#clients.filter((c) => c.state === 'bound').length;
  }

  /** Sends a whole PDU on the bound link with the most free window, failing over while it is unsent. */
  relay(bytes: Buffer, timeoutMs: number): Promise<ConnectorResult> {
    // The usual case, a bound link with room, without the awaits of waiting for one.
    const via = this.#pick(NONE_TRIED);
    const now = via < 0 ? null : (this.#clients[via] as SmppClient).relayNow(bytes);
    return now ? now.then((r) => ({ ...r, via })) : this.#relayWaiting(bytes, timeoutMs);
  }

  async #relayWaiting(bytes: Buffer, timeoutMs: number): Promise<ConnectorResult> {
    const deadline = Date.now() + timeoutMs;
    const tried = new Set<number>();
    let last: ConnectorResult = { ok: false, code: 'E_SMPP_NOT_BOUND', message: 'no SMSC link is bound', via: -1 };
    for (;;) {
      const via = this.#pick(tried);
      if (via < 0) {
        // Nothing bound that was not tried: wait for any link to bind, once.
        if (tried.size > 0 || Date.now() >= deadline) return last;
        const bound = await Promise.race(this.#clients.map((c) => c.whenBound(deadline - Date.now())));
        if (!bound) return last;
        tried.add(-1);
        continue;
      }
      tried.add(via);
      const r = await (this.#clients[via] as SmppClient).relay(bytes, Math.max(1, deadline - Date.now()));
      last = { ...r, via };
      if (r.ok || r.code !== 'E_SMPP_NOT_BOUND' || Date.now() >= deadline) return last;
    }
  }

  /**
   * relay() without a promise or a result object of its own: the response goes to
   * `sink.onRelayed(result, via, token)`, always later. What a relay of thousands of PDUs a
   * second made per PDU (a promise, its closure, a copy of the result with `via`) outlived the
   * young generation's collections in flight and was promoted; here nothing is made when a
   * bound link has room.
   */
  relayTo(bytes: Buffer, timeoutMs: number, sink: RelaySink, token: number): void {
    const via = this.#pick(NONE_TRIED);
    if (via >= 0 && (this.#clients[via] as SmppClient).relayNowTo(bytes, this.#sinkOn(via, sink), token)) return;
    void this.#relayWaiting(bytes, timeoutMs).then((r) => sink.onRelayed(r, r.via, token));
  }

  /** One ResponseSink a link and RelaySink, made once. */
  readonly #sinks: Map<RelaySink, ResponseSink>[] = [];

  #sinkOn(via: number, sink: RelaySink): ResponseSink {
    const sinks = (this.#sinks[via] ??= new Map());
    let s = sinks.get(sink);
    if (!s) {
      s = { onResponse: (r: RequestResult, token: number): void => sink.onRelayed(r, via, token) };
      sinks.set(sink, s);
    }
    return s;
  }

  /** Sends a whole PDU on one given link (a query_sm or cancel_sm goes where its message went). */
  async relayOn(via: number, bytes: Buffer, timeoutMs: number): Promise<ConnectorResult> {
    const client = this.#clients[via];
    if (!client) return { ok: false, code: 'E_SMPP_NOT_BOUND', message: `no link ${via}`, via };
    return { ...(await client.relay(bytes, timeoutMs)), via };
  }

  get size(): number {
    return this.#clients.length;
  }

  #pick(tried: ReadonlySet<number>): number {
    let best = -1;
    let bestFree = -1;
    for (let i = 0; i < this.#clients.length; i++) {
      if (tried.has(i)) continue;
      const c = this.#clients[i] as SmppClient;
      if (c.state !== 'bound') continue;
      if (c.free > bestFree) {
        best = i;
        bestFree = c.free;
      }
    }
    return best;
  }

  async close(): Promise<void> {
    await Promise.all(this.#clients.map((c) => c.close()));
  }
}
