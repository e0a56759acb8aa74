// The inline SMS firewall (issue 11): an SMPP 3.4 proxy between the ESMEs that submit
// (aggregators, international interconnect) and the carrier's SMSCs. Each submitted message
// gets one decision (src/core/firewall/decide.ts) and one action: relayed as it came (every
// octet but the sequence_number), relayed with a warning prefix, refused, or held.
//
// A long message is decided on its whole text, so its parts wait here until the last one
// comes, and their responses wait with them: nothing is acknowledged to an ESME before the
// SMSC has acknowledged it (or the firewall has decided to drop it), so a crash of the proxy
// loses nothing an ESME thinks was taken. An ESME must therefore be able to have a message's
// parts outstanding at once (its window at least the part count), which every bulk ESME has.
import { hash, randomBytes } from 'node:crypto';
import { createServer, type Server, type Socket } from 'node:net';
import { decide, type Decision, type FirewallAction } from '../core/firewall/decide.js';
import type { Engine } from '../core/engine.js';
import type { Analysis } from '../core/types.js';
import {
  ESM_MESSAGE_TYPE, PduLink, SmppConnector, Status, Tlv, addressText, assemble, decodePdu, decodeText, genericNack, readReplaceSm, rewriteSm, segmentOf, setKeyOf, silentLogger,
  splitForSubmit, withMessageId, withReplaceText, withSequence,
  type Address, type ConnectorResult, type IncomingRequest, type Logger, type MultiDest, type RelayAnswer, type RelayResult, type RelaySink, type Segment, type SmBody, type SmppObserver,
} from '../smpp/index.js';
import type { EsmeConfig, FirewallConfig, PolicySettings } from './config.js';
import type { BlockedLure } from './network-reports.js';
import { RECEIPT_BITS, tagParts } from './tag.js';
import type { HeldQueue, ToSend } from './held.js';
import { openRouteJournal, type JournalEntry, type RouteJournal } from './route-journal.js';
import { RecentMap, RouteTable } from './route-table.js';

type BindMode = 'transceiver' | 'receiver' | 'transmitter';
const BIND_MODES: Record<string, BindMode> = { bind_transceiver: 'transceiver', bind_receiver: 'receiver', bind_transmitter: 'transmitter' };
/** What the firewall calls itself in bind responses. */
const SYSTEM_ID = 'smishguard';

/** One line of the decision log: enough to audit and to count, never the text (unless held for review). */
export interface DecisionLogEntry {
  readonly at: string;
  readonly esme: string;
  /** SHA-256 of the whole text, first 16 hex digits: the same message sent twice has the same fingerprint. */
  readonly fingerprint: string;
  readonly action: FirewallAction;
  /** What was done: `pass` in dry-run, else the action. */
  readonly enforced: FirewallAction;
  readonly dryRun: boolean;
  readonly verdict: Analysis['verdict'] | null;
  readonly score: number | null;
  readonly reasons: readonly string[];
  readonly domains: readonly string[];
  /** Numbers the text gives to call (call-back lures carry no URL): only when the message is not passed, so a person's number in an ordinary text is never logged. */
  readonly phones?: readonly string[];
  readonly parts: number;
  /** Only for messages held for review. */
  readonly text?: string;
}

export interface FirewallOptions {
  readonly config: FirewallConfig;
  /** The engine with trusted reputation (src/reputation withReputation). */
  readonly engine: Engine;
  /** The recipient's filtering consent; absent: filtering is on for every line (the default setting). */
  readonly filtering?: (recipient: string) => boolean;
  readonly onDecision?: (entry: DecisionLogEntry) => void;
  /** A message blocked for what it says (not for its sender alone): src/firewall/network-reports.ts makes it a report. */
  readonly onBlocked?: (lure: BlockedLure) => void;
  /**
   * Lines flagged infected (an open case of kind infected). Their handset-originated messages
   * (MO) are decided like a submit; the others are relayed unread.
   */
  readonly infected?: (line: string) => boolean;
  /** A lure an infected line sent (MO), for its case: src/firewall/line-feed.ts gives it to the lines pipeline. */
  readonly onInfectedLure?: (lure: InfectedLure) => void;
  /**
   * Where held messages wait for review (src/firewall/held.ts), kept before the ESME is
   * answered; released ones are sent from here. Without it they are kept in memory
   * (heldForReview) and never sent.
   */
  readonly held?: HeldQueue;
  /** How often released messages are looked for (ms); default 1 s. */
  readonly heldPollMs?: number;
  readonly smppObserver?: (smsc: string) => SmppObserver;
  readonly log?: Logger;
  readonly now?: () => number;
}

/** A handset-originated lure from a line flagged infected. */
export interface InfectedLure {
  readonly from: string;
  readonly to: string;
  readonly text: string;
  /** ms since the epoch. */
  readonly at: number;
}

export type Counter = 'pass' | 'tag' | 'block' | 'hold' | 'throttled' | 'bad_source' | 'upstream_failed';

export interface FirewallMetrics {
  /** Messages by ESME and what was done (parts of one message count once), and refusals before any decision. */
  readonly byEsme: Readonly<Record<string, Readonly<Record<Counter, number>>>>;
  /** Incomplete long messages given up: timed out, or pushed out when too many waited. */
  readonly partsTimedOut: number;
  readonly partsEvicted: number;
  readonly heldSets: number;
  readonly receiptsRouted: number;
  readonly receiptsUnrouted: number;
  readonly moRelayed: number;
  /** MO from infected lines decided, by what was done (parts of one message count once). */
  readonly moInfected: Readonly<Record<FirewallAction, number>>;
}

interface Session {
  readonly link: PduLink;
  esme: EsmeConfig | null;
  mode: BindMode | null;
}

interface Part {
  readonly req: IncomingRequest;
  readonly sm: SmBody;
  readonly segment: Segment;
  /** Copies of the same part sent again while it waited: answered alike. */
  readonly copies: IncomingRequest[];
}

interface PartSet {
  readonly session: Session;
  readonly total: number;
  readonly parts: Map<number, Part>;
  readonly timer: NodeJS.Timeout;
}

/** An upstream message: whom its receipts go to, and what a replace_sm of it needs to know. */
interface Route {
  readonly esme: string;
  /**
   * The ids the ESME knows it by, when not the upstream id itself: a tagged text split anew
   * (one receipt stands for every part the ESME sent), a copy of a submit_multi split by
   * consent. Empty: no receipt is expected, and none is passed on.
   */
  readonly ids?: readonly string[];
  readonly dataCoding: number;
  readonly to: string;
  /** Sent in one part as the ESME sent it: a replace_sm may change it. */
  readonly whole: boolean;
}

interface MoPart {
  readonly req: IncomingRequest;
  readonly sm: SmBody;
  readonly answer: RelayAnswer;
}

/** The answer of a part already answered. */
const ANSWERED: RelayAnswer = { status() {}, raw() {} };

interface Target {
  readonly via: number;
  readonly id: string;
}

/** What an id the ESME was given stands for upstream, when that is not simply the same id. */
interface Alias {
  readonly targets: readonly Target[];
  readonly route: Route;
}

/** One copy of a message sent upstream: all of it, or (a submit_multi split by consent) to some destinations. */
interface Leg {
  readonly pdus: readonly Buffer[];
  readonly tagged: boolean;
  /** submit_multi: the destinations this copy goes to. */
  readonly dests?: readonly MultiDest[];
}

/** Destinations of a submit_multi that get no copy: refused (listed unsuccessful) or taken and dropped. */
interface Withheld {
  readonly refused: readonly MultiDest[];
  readonly refusedStatus: number;
  readonly dropped: readonly MultiDest[];
  /** Held for review: the copy to the held destinations, for the review queue. */
  readonly held?: { readonly pdus: readonly Buffer[]; readonly text: string | null; readonly reasons: readonly string[] };
}

const NOTHING_WITHHELD: Withheld = { refused: [], refusedStatus: 0, dropped: [] };

/** A reason that makes a blocked message a report: what it says, or its sender's reputation. */
const reportable = (r: Decision['reasons'][number]): boolean => r.action === 'block' && (r.code === 'VERDICT_BLOCK' || r.code === 'REPUTATION');

/**
 * A message relayed as the ESME sent it, while its parts' responses come. Pooled, and the
 * responses come to one long-lived sink (Firewall #relaySink) with the job's slot and the part in
 * a number: a promise, closures and result copies a part, at thousands a second, were in flight
 * at every scavenge and were promoted (README "Firewall").
 */
class AsSent {
  session: Session | null = null;
  esme: EsmeConfig | null = null;
  parts: readonly Part[] | null = null;
  readonly results: (RelayResult | undefined)[] = [];
  readonly vias: number[] = [];
  waiting = 0;
  /** Its number among relays under way (Firewall #relayStarted). */
  relay = 0;
}

/** Part numbers a job's token leaves room for (a concatenated message has at most 255). */
const PARTS_A_TOKEN = 0x10000;

/** A receipt that came before the response that gave its id: looked at again once the relays under way then are done. */
interface WaitingReceipt {
  readonly req: IncomingRequest;
  readonly answer: RelayAnswer;
  readonly via: number;
  /** Relays numbered below this must be done first. */
  readonly upto: number;
}

/**
 * How long one event-loop turn goes on deciding messages before it lets their relays and the
 * SMSCs' responses go (ms). Not much less: each turn that relays costs a writev, and on
 * loopback one measured tens of µs (the receiver's TCP work is done in the sender's call); at
 * 0.3 ms the firewall made several times the writev calls a message under the bench's full window.
 */
const DECIDE_BUDGET_MS = 1;

interface ToDecide {
  readonly session: Session;
  readonly esme: EsmeConfig;
  readonly parts: readonly Part[];
  readonly total: number;
}

// One-shot: a Hash object a message is a native object with a weak handle, and every scavenge
// walked the ~500 made since the last one (heap.external_weak_global_handles in --trace-gc-nvp).
const fingerprintOf = (text: string): string => hash('sha256', text, 'hex').slice(0, 16);
const newCounts = (): Record<Counter, number> => ({ pass: 0, tag: 0, block: 0, hold: 0, throttled: 0, bad_source: 0, upstream_failed: 0 });
const RECEIPT_ROUTES = 1_000_000;
const HELD_FOR_REVIEW = 10_000;

export class Firewall {
  readonly #opts: FirewallOptions;
  readonly #log: Logger;
  readonly #now: () => number;
  readonly #server: Server;
  readonly #connector: SmppConnector;
  readonly #sessions = new Set<Session>();
  readonly #sets = new Map<string, PartSet>();
  readonly #buckets = new Map<string, { tokens: number; at: number }>();
  /** Upstream message id (with its link) → the ESME that submitted it, for its receipts. */
  readonly #receiptRoutes = new RouteTable(RECEIPT_ROUTES);
  /** `systemId NUL id` → what that id stands for upstream (only ids that are not upstream ids of one message). */
  readonly #aliases = new RecentMap<string, Alias>(RECEIPT_ROUTES);
  // Relays whose responses may still add receipt routes, by number: #relayLow is the lowest not
  // done, #relayDone marks those done above it (a ring over the numbers; it grows when one relay
  // is outstanding while many others go).
  #relayNext = 0;
  #relayLow = 0;
  #relayDone = new Uint8Array(1024);
  readonly #receiptsWaiting: WaitingReceipt[] = [];
  readonly #jobs: AsSent[] = [];
  readonly #freeJobs: number[] = [];
  readonly #relaySink: RelaySink = { onRelayed: (r, via, token) => this.#relayed(r, via, token) };
  readonly #counts = new Map<string, Record<Counter, number>>();
  readonly #review: DecisionLogEntry[] = [];
  /** Whole messages waiting for their decision, oldest first (#decideSome). */
  readonly #toDecide: ToDecide[] = [];
  #deciding = false;
  #config: FirewallConfig;
  #ownId = 0;
  /** The last 8-bit concatenation reference given to a message that tagging split. */
  #tagRef = 0;
  #timedOut = 0;
  #evicted = 0;
  #receiptsRouted = 0;
  #receiptsUnrouted = 0;
  #moRelayed = 0;
  #heldTimer: NodeJS.Timeout | null = null;
  /** Where routes are journalled to outlive a restart (config routesJournal); null: memory only. */
  #journal: RouteJournal | null = null;
  /** Each SMSC link's display URL, by its index: how the journal names a link. */
  readonly #smscNames: readonly string[];
  #sendingHeld: Promise<void> | null = null;
  readonly #moInfected: Record<FirewallAction, number> = { pass: 0, tag: 0, block: 0, hold: 0 };
  /** Parts of MO messages from infected lines waiting for the rest (their deliver_sm_resp waits too). */
  readonly #moSets = new Map<string, { readonly parts: Map<number, MoPart>; readonly total: number; readonly timer: NodeJS.Timeout }>();

  constructor(opts: FirewallOptions) {
    this.#opts = opts;
    this.#config = opts.config;
    this.#log = opts.log ?? silentLogger;
    this.#now = opts.now ?? Date.now;
    this.#server = createServer((socket) => this.#accept(socket));
    const up = opts.config.upstream;
    this.#connector = new SmppConnector({
      smscUrls: up.smsc,
      tuning: { window: up.window, enquireLinkMs: up.enquireLinkMs, responseTimeoutMs: up.responseTimeoutMs, reconnectMinMs: up.reconnectMinMs, reconnectMaxMs: up.reconnectMaxMs, submitTimeoutMs: up.responseTimeoutMs },
      onRelay: (req, answer, via) => this.#fromSmsc(req, answer, via),
      log: this.#log,
      ...(opts.smppObserver ? { observer: opts.smppObserver } : {}),
    });
    this.#smscNames = this.#connector.links().map((l) => l.smsc);
  }

  /** Routes and id mappings journalled before a restart, for the receipts still to come. */
  #restore(entries: readonly JournalEntry[]): void {
    const via = (smsc: string): number => this.#smscNames.indexOf(smsc);
    let restored = 0;
    for (const e of entries) {
      // Restored routes only route receipts and queries: what a replace_sm needs (the recipient) is not kept.
      const route: Route = { esme: e.esme, ...(e.ids ? { ids: e.ids } : {}), dataCoding: 0, to: '', whole: false };
      if (e.kind === 'route') {
        if (via(e.smsc) < 0) continue;
        this.#setRoute(via(e.smsc), e.id, route);
      } else {
        const targets = e.targets.map((t) => ({ via: via(t.smsc), id: t.id }));
        if (targets.some((t) => t.via < 0)) continue;
        this.#setAlias(e.esme, e.id, { targets, route });
      }
      restored++;
    }
    if (restored > 0) this.#log.info({ restored }, 'firewall: receipt routes restored from the journal');
  }

  /** Binds to the SMSCs (in the background, with back-off) and listens for ESMEs; resolves with the port. */
  async start(): Promise<number> {
    const rj = this.#config.routesJournal;
    if (rj) {
      this.#journal = openRouteJournal({ path: rj.path, keepMs: rj.keepMs, now: this.#now, onError: (err) => this.#log.error({ err: { message: err.message } }, 'firewall: receipt routes not journalled') });
      this.#restore(this.#journal.loaded);
    }
    void this.#connector.start();
    if (this.#opts.held) {
      this.#heldTimer = setInterval(() => {
        if (!this.#sendingHeld) this.#sendingHeld = this.#sendReleased().finally(() => (this.#sendingHeld = null));
      }, this.#opts.heldPollMs ?? 1_000);
      this.#heldTimer.unref();
    }
    const { host, port } = this.#config.listen;
    await new Promise<void>((resolve, reject) => {
      this.#server.once('error', reject);
      this.#server.listen(port, host, () => {
        this.#server.off('error', reject);
        resolve();
      });
    });
    return this.port;
  }

  get port(): number {
    const a = this.#server.address();
    return typeof a === 'object' && a ? a.port : 0;
  }

  /** Resolves true once at least one SMSC link is bound. */
  async whenUpstreamBound(timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (this.#connector.bound === 0) {
      if (Date.now() >= deadline) return false;
      await new Promise((r) => setTimeout(r, 20));
    }
    return true;
  }

  upstream(): ReturnType<SmppConnector['links']> {
    return this.#connector.links();
  }

  /**
   * A new configuration (hot reload): ESMEs and policy apply to the next message. Bound ESMEs
   * that the new file no longer lists, or whose password changed, are unbound. Where it listens
   * and which SMSCs it binds to take a restart.
   */
  setConfig(config: FirewallConfig): void {
    this.#config = { ...config, listen: this.#config.listen, upstream: this.#config.upstream };
    for (const s of this.#sessions) {
      if (!s.esme) continue;
      const now = config.esmes.get(s.esme.systemId);
      if (!now || now.password !== s.esme.password) {
        s.esme = null;
        s.mode = null;
        s.link.end();
      } else s.esme = now;
    }
  }

  metrics(): FirewallMetrics {
    return {
      byEsme: Object.fromEntries([...this.#counts].map(([k, v]) => [k, { ...v }])),
      partsTimedOut: this.#timedOut,
      partsEvicted: this.#evicted,
      heldSets: this.#sets.size,
      receiptsRouted: this.#receiptsRouted,
      receiptsUnrouted: this.#receiptsUnrouted,
      moRelayed: this.#moRelayed,
      moInfected: { ...this.#moInfected },
    };
  }

  /** Messages held for review, oldest first (with their text). */
  heldForReview(): readonly DecisionLogEntry[] {
    return this.#review;
  }

  #count(systemId: string, c: Counter): void {
    let counts = this.#counts.get(systemId);
    if (!counts) this.#counts.set(systemId, (counts = newCounts()));
    counts[c]++;
  }

  #accept(socket: Socket): void {
    const session: Session = {
      esme: null,
      mode: null,
      link: new PduLink(socket, {
        responseTimeoutMs: this.#config.upstream.responseTimeoutMs,
        log: this.#log,
        peer: `${socket.remoteAddress}:${socket.remotePort}`,
        onRequest: (req) => this.#fromEsme(session, req),
        onClose: () => this.#sessions.delete(session),
      }),
    };
    this.#sessions.add(session);
  }

  #fromEsme(session: Session, req: IncomingRequest): void {
    const { pdu } = req;
    const { link } = session;
    const mode = BIND_MODES[pdu.command];
    if (mode) {
      const esme = this.#config.esmes.get(String(pdu.system_id ?? ''));
      const status = session.mode ? Status.ESME_RALYBND
        : !esme ? Status.ESME_RINVSYSID
          : String(pdu.password ?? '') !== esme.password ? Status.ESME_RINVPASWD
            : Status.ESME_ROK;
      link.respond(pdu, status, status === Status.ESME_ROK ? { system_id: SYSTEM_ID } : {});
      if (status === Status.ESME_ROK) {
        session.mode = mode;
        session.esme = esme as EsmeConfig;
        this.#log.info({ esme: session.esme.systemId, mode }, 'ESME bound');
      } else this.#log.warn({ systemId: String(pdu.system_id ?? '').slice(0, 16), status }, 'ESME bind refused');
      return;
    }
    if (pdu.command === 'enquire_link') return link.respond(pdu, Status.ESME_ROK);
    if (pdu.command === 'unbind') {
      link.respond(pdu, Status.ESME_ROK);
      session.mode = null;
      return link.end();
    }
    if (!session.mode || !session.esme) {
      return pdu.command === 'submit_sm' || pdu.command === 'deliver_sm'
        ? link.respond(pdu, Status.ESME_RINVBNDSTS)
        : void link.sendRaw(genericNack(pdu.sequence_number, Status.ESME_RINVBNDSTS));
    }
    if ((pdu.command === 'submit_sm' || pdu.command === 'data_sm' || pdu.command === 'submit_multi') && req.sm) {
      if (session.mode === 'receiver') return link.respond(pdu, Status.ESME_RINVBNDSTS);
      return this.#submit(session, session.esme, req, req.sm);
    }
    if (pdu.command === 'query_sm' || pdu.command === 'cancel_sm') {
      if (session.mode === 'receiver') return link.respond(pdu, Status.ESME_RINVBNDSTS);
      return this.#relayAbout(session, session.esme, req);
    }
    if (pdu.command === 'replace_sm') {
      if (session.mode === 'receiver') return link.respond(pdu, Status.ESME_RINVBNDSTS);
      return void this.#replace(session, session.esme, req).catch((err: unknown) => {
        this.#log.error({ esme: session.esme?.systemId, err: { message: (err as Error).message } }, 'firewall: replace_sm not handled; answered ESME_RSYSERR');
        link.respond(pdu, Status.ESME_RSYSERR);
      });
    }
    link.sendRaw(genericNack(pdu.sequence_number, Status.ESME_RINVCMDID));
  }

  #throttled(esme: EsmeConfig): boolean {
    if (esme.maxPerSecond === null) return false;
    const now = this.#now();
    let b = this.#buckets.get(esme.systemId);
    if (!b) this.#buckets.set(esme.systemId, (b = { tokens: esme.maxPerSecond, at: now }));
    b.tokens = Math.min(esme.maxPerSecond, b.tokens + ((now - b.at) * esme.maxPerSecond) / 1000);
    b.at = now;
    if (b.tokens < 1) return true;
    b.tokens -= 1;
    return false;
  }

  /**
   * What an ESME may not send whatever it says, a new message or a replacement alike: over its
   * rate, or from a source address it was not given. Answered and counted here; true when refused.
   */
  #refused(session: Session, esme: EsmeConfig, req: IncomingRequest, source: string): boolean {
    if (this.#throttled(esme)) {
      this.#count(esme.systemId, 'throttled');
      session.link.respond(req.pdu, Status.ESME_RTHROTTLED);
      return true;
    }
    if (esme.sourceAddresses && !esme.sourceAddresses.some((re) => re.test(source))) {
      this.#count(esme.systemId, 'bad_source');
      session.link.respond(req.pdu, Status.ESME_RINVSRCADR);
      return true;
    }
    return false;
  }

  #submit(session: Session, esme: EsmeConfig, req: IncomingRequest, sm: SmBody): void {
    const { link } = session;
    if (this.#refused(session, esme, req, sm.source.addr)) return;
    const seg = segmentOf(sm);
    if (!seg.ok) return link.respond(req.pdu, Status.ESME_RINVMSGLEN);
    const part: Part = { req, sm, segment: seg.segment, copies: [] };
    const concat = seg.segment.concat;
    if (!concat) return this.#handle(session, esme, [part], 1);
    // A submit_multi's parts are a set of their own, never joined with a submit_sm's.
    const key = `${esme.systemId}\u0000${sm.dests ? `${JSON.stringify(sm.dests)}\u0000` : ''}${setKeyOf(seg.segment)}`;
    let set = this.#sets.get(key);
    if (!set) {
      if (this.#sets.size >= this.#config.multipart.maxSets) this.#giveUp(this.#sets.keys().next().value as string, 'evicted');
      const timer = setTimeout(() => this.#giveUp(key, 'timeout'), this.#config.multipart.timeoutMs);
      timer.unref();
      set = { session, total: concat.total, parts: new Map(), timer };
      this.#sets.set(key, set);
    }
    const had = set.parts.get(concat.seq);
    if (had) return void had.copies.push(req);
    set.parts.set(concat.seq, part);
    if (set.parts.size < set.total) return;
    clearTimeout(set.timer);
    this.#sets.delete(key);
    const parts = [...set.parts.values()].sort((a, b) => (a.segment.concat?.seq ?? 0) - (b.segment.concat?.seq ?? 0));
    this.#handle(session, esme, parts, set.total);
  }

  /**
   * A whole message waits its turn to be decided (see #decide). A fault of ours (never expected)
   * answers it as a temporary failure instead of leaving it unanswered.
   */
  #handle(session: Session, esme: EsmeConfig, parts: readonly Part[], total: number): void {
    this.#toDecide.push({ session, esme, parts, total });
    if (!this.#deciding) {
      this.#deciding = true;
      setImmediate(this.#decideSome);
    }
  }

  /**
   * Messages are decided a few at a time, each batch in an event-loop turn of its own: what one
   * turn decided is written upstream when the turn ends (PduLink writes a turn's PDUs at once),
   * and the SMSC's responses read meanwhile go back to the ESMEs. Decided all in the turn that
   * read them (a socket read after a pause can hold dozens), every message of the read waited for
   * the engine to finish with all the others, and so did every response behind them.
   */
  readonly #decideSome = (): void => {
    const until = performance.now() + DECIDE_BUDGET_MS;
    let m: ToDecide | undefined;
    while ((m = this.#toDecide.shift())) {
      const { session, esme, parts, total } = m;
      // Synchronous unless it waits on something (a review queue, a relay of changed copies).
      let pending: Promise<void> | void = undefined;
      try {
        pending = this.#decideAndAct(session, esme, parts, total);
      } catch (err) {
        this.#notHandled(session, esme, parts, err);
      }
      if (pending) pending.catch((err: unknown) => this.#notHandled(session, esme, parts, err));
      if (performance.now() >= until) break;
    }
    if (this.#toDecide.length > 0) setImmediate(this.#decideSome);
    else this.#deciding = false;
  };

  #notHandled(session: Session, esme: EsmeConfig, parts: readonly Part[], err: unknown): void {
    this.#log.error({ esme: esme.systemId, err: { message: (err as Error).message } }, 'firewall: message not handled; answered ESME_RSYSERR');
    this.#refuse(session, parts, Status.ESME_RSYSERR);
  }

  /** An incomplete long message: its parts are refused as a temporary failure, so the ESME sends them again. */
  #giveUp(key: string, why: 'timeout' | 'evicted'): void {
    const set = this.#sets.get(key);
    if (!set) return;
    clearTimeout(set.timer);
    this.#sets.delete(key);
    if (why === 'timeout') this.#timedOut++;
    else this.#evicted++;
    this.#log.warn({ esme: set.session.esme?.systemId, have: set.parts.size, total: set.total, why }, 'long message incomplete; its parts refused for a retry');
    for (const p of set.parts.values()) for (const r of [p.req, ...p.copies]) set.session.link.respond(r.pdu, Status.ESME_RX_T_APPN);
  }

  #analyse(parts: readonly Part[], total: number): { text: string | null; analysis: Analysis } {
    const first = parts[0] as Part;
    const from = addressText(first.sm.source);
    const whole = assemble(parts.map((p) => p.segment), total, this.#now());
    const text = whole.coding === 'text' ? whole.text : null;
    return { text, analysis: this.#opts.engine.analyse({ text: text ?? '', from }) };
  }

  #decideAndAct(session: Session, esme: EsmeConfig, parts: readonly Part[], total: number): Promise<void> | void {
    const policy = esme.policy;
    const { text, analysis } = this.#analyse(parts, total);
    const first = parts[0] as Part;
    const dests = first.sm.dests;
    // A submit_multi is decided once, for the recipients whose filtering is on; those who
    // turned it off get the message as it was sent (a distribution list's members are not
    // known here: filtering stays on for them, the default).
    const consent = dests ? this.#consentOf(dests) : null;
    const filtering = consent ? consent.includes(true) : this.#filtering(addressText(first.sm.dest));
    const decision = decide({ analysis: text === null ? null : analysis, sender: analysis.sender, esme: esme.profile, filtering, policy: policy.action });
    const enforced: FirewallAction = policy.dryRun ? 'pass' : decision.action;
    this.#record(esme.systemId, decision, enforced, policy, text, analysis, parts.length);
    this.#count(esme.systemId, enforced);
    if (enforced === 'block' && text !== null && this.#opts.onBlocked && decision.reasons.some(reportable)) {
      this.#opts.onBlocked({ fingerprint: fingerprintOf(text), text, from: addressText(first.sm.source) });
    }
    if (enforced === 'pass') return this.#relayAsSent(session, esme, parts, null);
    return this.#act(session, esme, parts, text, decision, enforced, dests, consent);
  }

  // Apart from #decideAndAct: the closures here would make a context for every message passed.
  #consentOf(dests: readonly MultiDest[]): boolean[] {
    return dests.map((d) => d.kind === 'list' || this.#filtering(addressText(d)));
  }

  /** What is done with a message not passed as it came. */
  #act(session: Session, esme: EsmeConfig, parts: readonly Part[], text: string | null, decision: Decision, enforced: Exclude<FirewallAction, 'pass'>, dests: readonly MultiDest[] | undefined, consent: readonly boolean[] | null): Promise<void> | void {
    const policy = esme.policy;
    const untouched = dests && consent ? dests.filter((_, i) => !consent[i]) : [];
    const acted = dests && consent ? dests.filter((_, i) => consent[i]) : [];
    // Split by consent: one copy as sent to the lines with filtering off, the action for the rest.
    const split = untouched.length > 0;
    const legs: Leg[] = split ? [{ pdus: parts.map((p) => rewriteSm(p.req.bytes, { dests: untouched })), tagged: false, dests: untouched }] : [];
    switch (enforced) {
      case 'tag': {
        this.#tagRef = (this.#tagRef + 1) & 0xff;
        const originals = parts.map((p) => ({ bytes: split ? rewriteSm(p.req.bytes, { dests: acted }) : p.req.bytes, sm: p.sm, ...(p.segment.concat ? { concat: p.segment.concat } : {}) }));
        // One receipt for the message, on its last new part, if the ESME asked for any (see #relayLegs).
        const asked = parts.find((p) => (p.sm.registeredDelivery & RECEIPT_BITS) !== 0) ?? parts[parts.length - 1] as Part;
        const tagged = tagParts(originals, text ?? '', policy.tagPrefix, this.#tagRef, asked.sm.registeredDelivery);
        // A text too long to tag is refused rather than passed without its warning.
        if (!tagged.ok) return this.#refuse(session, parts, Status.ESME_RINVMSGLEN);
        legs.push({ pdus: tagged.pdus, tagged: true, ...(split ? { dests: acted } : {}) });
        return this.#relay(session, esme, parts, legs);
      }
      case 'block':
        if (!split) return policy.block.mode === 'reject' ? this.#refuse(session, parts, policy.block.status) : this.#drop(session, parts);
        return this.#relay(session, esme, parts, legs, policy.block.mode === 'reject'
          ? { refused: acted, refusedStatus: policy.block.status, dropped: [] }
          : { refused: [], refusedStatus: 0, dropped: acted });
      case 'hold':
        if (!split) return this.#opts.held ? this.#holdDurably(session, esme, parts, text, decision, this.#opts.held) : void this.#take(session, parts, false);
        // The held destinations get nothing now: into the review queue (if there is one) under
        // the ids the ESME is given, with a copy of the message to them alone.
        return this.#relay(session, esme, parts, legs, { ...NOTHING_WITHHELD, held: { pdus: parts.map((p) => rewriteSm(p.req.bytes, { dests: acted })), text, reasons: decision.reasons.map((r) => r.code) } });
    }
  }

  /** Kept in the review queue first, answered after: a held message an ESME was told was taken survives a crash. */
  async #holdDurably(session: Session, esme: EsmeConfig, parts: readonly Part[], text: string | null, decision: Decision, held: HeldQueue): Promise<void> {
    // Ids that stay unique across restarts: the queue outlives this process.
    const ids = parts.map(() => `FWH${randomBytes(8).toString('hex').toUpperCase()}`);
    try {
      await held.add({
        id: ids[0] as string, esme: esme.systemId, ids, fingerprint: fingerprintOf(text ?? ''), reasons: decision.reasons.map((r) => r.code),
        text, pdus: parts.map((p) => p.req.bytes),
      });
    } catch (err) {
      this.#log.error({ esme: esme.systemId, err: { message: (err as Error).message } }, 'firewall: held message not stored; answered ESME_RX_T_APPN so the ESME retries');
      return this.#refuse(session, parts, Status.ESME_RX_T_APPN);
    }
    parts.forEach((p, i) => {
      for (const r of [p.req, ...p.copies]) session.link.respond(r.pdu, Status.ESME_ROK, { message_id: ids[i] });
    });
  }

  /** Released messages go upstream as the ESME sent them; receipts come back under the ids it was given when held. */
  async #sendReleased(): Promise<void> {
    const held = this.#opts.held;
    if (!held || this.#connector.bound === 0) return;
    let batch: ToSend[];
    try {
      batch = await held.claim(16);
    } catch (err) {
      return this.#log.warn({ err: { message: (err as Error).message } }, 'firewall: released messages not read; trying again');
    }
    const timeout = this.#config.upstream.responseTimeoutMs;
    await Promise.all(batch.map(async (m) => {
      const results = await Promise.all(m.pdus.map((b) => this.#connector.relay(b, timeout)));
      try {
        if (results.every((r) => !r.ok && r.code === 'E_SMPP_NOT_BOUND')) return await held.unsent(m.id);
        const upstream = results.map((r, i) => {
          if (!r.ok || r.pdu.command_status !== Status.ESME_ROK || !r.pdu.message_id) return '';
          const up = String(r.pdu.message_id);
          const esmeId = m.ids[i] ?? up;
          const d = decodePdu(m.pdus[i] as Buffer);
          const sm = d.ok ? d.sm : undefined;
          const route: Route = { esme: m.esme, ids: [esmeId], dataCoding: sm?.dataCoding ?? 0, to: sm ? addressText(sm.dest) : '', whole: m.pdus.length === 1 };
          this.#route(r.via, up, route);
          this.#alias(m.esme, esmeId, { targets: [{ via: r.via, id: up }], route });
          return up;
        });
        if (upstream.some((u) => u === '')) this.#log.warn({ held: m.id, results: results.map((r) => (r.ok ? r.pdu.command_status : r.code)) }, 'firewall: released message not taken whole by the SMSC');
        await held.sent(m.id, upstream);
        this.#log.info({ held: m.id, esme: m.esme, parts: m.pdus.length }, 'firewall: released message sent');
      } catch (err) {
        this.#log.error({ held: m.id, err: { message: (err as Error).message } }, 'firewall: released message sent but not marked; it stays in sending');
      }
    }));
  }

  #filtering(recipient: string): boolean {
    return this.#opts.filtering ? this.#opts.filtering(recipient) : true;
  }

  #record(systemId: string, decision: Decision, enforced: FirewallAction, policy: PolicySettings, text: string | null, analysis: Analysis, parts: number): void {
    const held = enforced === 'hold';
    if (!this.#opts.onDecision && !held) return;
    const entry: DecisionLogEntry = {
      at: this.#isoNow(),
      esme: systemId,
      fingerprint: fingerprintOf(text ?? ''),
      action: decision.action,
      enforced,
      dryRun: policy.dryRun,
      verdict: text === null ? null : analysis.verdict,
      score: text === null ? null : analysis.score,
      reasons: reasonsOf(decision, analysis),
      domains: analysis.indicators.domains,
      ...(decision.action !== 'pass' && analysis.indicators.phones.length > 0 ? { phones: analysis.indicators.phones.map((p) => p.normalized) } : {}),
      parts,
      // The text of a held message, where no review queue keeps it (which lets it go after the decision).
      ...(held && text !== null && !this.#opts.held ? { text } : {}),
    };
    if (held && !this.#opts.held) {
      this.#review.push(entry);
      if (this.#review.length > HELD_FOR_REVIEW) this.#review.shift();
    }
    this.#opts.onDecision?.(entry);
  }

  #isoMs = Number.NaN;
  #iso = '';

  /** The time as the log writes it: made once a millisecond, not once a message. */
  #isoNow(): string {
    const ms = this.#now();
    if (ms !== this.#isoMs) {
      this.#isoMs = ms;
      this.#iso = new Date(ms).toISOString();
    }
    return this.#iso;
  }

  #refuse(session: Session, parts: readonly Part[], status: number): void {
    for (const p of parts) for (const r of [p.req, ...p.copies]) session.link.respond(r.pdu, status);
  }

  #nextOwnId(): string {
    this.#ownId = (this.#ownId + 1) % 0x100000000;
    return `FW${this.#ownId.toString(16).toUpperCase().padStart(8, '0')}`;
  }

  /** Taken and not sent on (held, or dropped): the ESME gets message ids of the firewall's own. */
  #take(session: Session, parts: readonly Part[], receipts: boolean): string[] {
    const ids: string[] = [];
    for (const p of parts) {
      const id = this.#nextOwnId();
      ids.push(id);
      for (const r of [p.req, ...p.copies]) session.link.respond(r.pdu, Status.ESME_ROK, { message_id: id });
      if (receipts && (p.sm.registeredDelivery & 0x03) !== 0) {
        for (const to of p.sm.dests ? smeAddresses(p.sm.dests) : [p.sm.dest]) this.#undeliverable(session, to, p.sm.source, id);
      }
    }
    return ids;
  }

  #drop(session: Session, parts: readonly Part[]): void {
    this.#take(session, parts, true);
  }

  /** The receipt an SMSC would send for a message it could not deliver to `recipient` (SMPP 3.4 appendix B). */
  #undeliverable(session: Session, recipient: Address, sender: Address, id: string): void {
    const esme = session.esme;
    const to = esme ? this.#receiverOf(esme.systemId) : undefined;
    if (!to) return;
    const d = new Date(this.#now());
    const stamp = `${String(d.getUTCFullYear() % 100).padStart(2, '0')}${String(d.getUTCMonth() + 1).padStart(2, '0')}${String(d.getUTCDate()).padStart(2, '0')}${String(d.getUTCHours()).padStart(2, '0')}${String(d.getUTCMinutes()).padStart(2, '0')}`;
    const text = `id:${id} sub:001 dlvd:000 submit date:${stamp} done date:${stamp} stat:UNDELIV err:000 text:`;
    void to.link.request('deliver_sm', {
      source_addr_ton: recipient.ton, source_addr_npi: recipient.npi, source_addr: recipient.addr,
      dest_addr_ton: sender.ton, dest_addr_npi: sender.npi, destination_addr: sender.addr,
      esm_class: 0x04, short_message: Buffer.from(text, 'latin1'),
      receipted_message_id: id, message_state: 5,
    });
  }

  #relay(session: Session, esme: EsmeConfig, parts: readonly Part[], legs: readonly Leg[], withheld: Withheld = NOTHING_WITHHELD): Promise<void> | void {
    const only = legs[0];
    if (legs.length === 1 && only && !only.tagged && withheld === NOTHING_WITHHELD) return this.#relayAsSent(session, esme, parts, only.pdus);
    return this.#relayChanged(session, esme, parts, legs, withheld);
  }

  // A receipt can come before its route is known (an SMSC may write it in the same segment as
  // its submit_sm_resp): #fromSmsc holds it until the relays under way are done, so the ESME has
  // had its submit_sm_resp first (Kannel drops a receipt for an id it was not yet given).
  #relayStarted(): number {
    if (this.#relayNext - this.#relayLow >= this.#relayDone.length) {
      const was = this.#relayDone;
      const now = new Uint8Array(was.length * 2);
      for (let n = this.#relayLow; n < this.#relayNext; n++) now[n & (now.length - 1)] = was[n & (was.length - 1)] as number;
      this.#relayDone = now;
    }
    return this.#relayNext++;
  }

  #relayFinished(n: number): void {
    const done = this.#relayDone;
    const mask = done.length - 1;
    done[n & mask] = 1;
    while (this.#relayLow < this.#relayNext && done[this.#relayLow & mask] === 1) {
      done[this.#relayLow & mask] = 0;
      this.#relayLow++;
    }
    const waiting = this.#receiptsWaiting;
    while (waiting.length > 0 && (waiting[0] as WaitingReceipt).upto <= this.#relayLow) {
      const w = waiting.shift() as WaitingReceipt;
      // After the turn's responses to the ESMEs are written, as a promise's reaction was.
      queueMicrotask(() => this.#fromSmsc(w.req, w.answer, w.via, true));
    }
  }

  async #relayChanged(session: Session, esme: EsmeConfig, parts: readonly Part[], legs: readonly Leg[], withheld: Withheld): Promise<void> {
    const n = this.#relayStarted();
    try {
      await this.#relayLegs(session, esme, parts, legs, withheld);
    } finally {
      this.#relayFinished(n);
    }
  }

  #routeOf(esme: EsmeConfig, parts: readonly Part[], sent: number, ids?: readonly string[]): Route {
    const sm = (parts[0] as Part).sm;
    const route = { esme: esme.systemId, dataCoding: sm.dataCoding, to: addressText(sm.dest), whole: parts.length === 1 && sent === 1 };
    return ids ? { ...route, ids } : route;
  }

  /** The message as the ESME sent it, part for part: each part's response is the SMSC's, octet for octet. */
  /** `pdus` null: the parts' own. */
  #relayAsSent(session: Session, esme: EsmeConfig, parts: readonly Part[], pdus: readonly Buffer[] | null): void {
    let slot = this.#freeJobs.pop();
    if (slot === undefined) {
      slot = this.#jobs.length;
      this.#jobs.push(new AsSent());
    }
    const job = this.#jobs[slot] as AsSent;
    job.session = session;
    job.esme = esme;
    job.parts = parts;
    job.waiting = parts.length;
    job.relay = this.#relayStarted();
    const timeout = this.#config.upstream.responseTimeoutMs;
    for (let i = 0; i < parts.length; i++) this.#connector.relayTo(pdus ? (pdus[i] as Buffer) : (parts[i] as Part).req.bytes, timeout, this.#relaySink, slot * PARTS_A_TOKEN + i);
  }

  #relayed(r: RelayResult, via: number, token: number): void {
    const slot = Math.floor(token / PARTS_A_TOKEN);
    const job = this.#jobs[slot] as AsSent;
    const i = token - slot * PARTS_A_TOKEN;
    job.results[i] = r;
    job.vias[i] = via;
    if (--job.waiting > 0) return;
    const session = job.session as Session;
    const esme = job.esme as EsmeConfig;
    const parts = job.parts as readonly Part[];
    try {
      this.#answerAsSent(session, esme, parts, job.results, job.vias);
    } catch (err) {
      this.#notHandled(session, esme, parts, err);
    } finally {
      job.session = null;
      job.esme = null;
      job.parts = null;
      job.results.fill(undefined);
      this.#freeJobs.push(slot);
      this.#relayFinished(job.relay);
    }
  }

  #answerAsSent(session: Session, esme: EsmeConfig, parts: readonly Part[], results: readonly (RelayResult | undefined)[], vias: readonly number[]): void {
    // Routes are kept in the same turn as the responses below go out: a receipt routed by one
    // never reaches the ESME before the response that gave it the id.
    let failed = false;
    const route = this.#routeOf(esme, parts, parts.length);
    for (let i = 0; i < parts.length; i++) {
      const r = results[i];
      if (!r?.ok) failed = true;
      else if (r.pdu.command_status === Status.ESME_ROK && r.pdu.message_id) this.#route(vias[i] as number, String(r.pdu.message_id), route);
    }
    if (failed) this.#count(esme.systemId, 'upstream_failed');
    const link = session.link;
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i] as Part;
      const r = results[i];
      for (let c = -1; c < p.copies.length; c++) {
        const q = c < 0 ? p.req : (p.copies[c] as IncomingRequest);
        if (r?.ok) link.sendRaw(withSequence(r.bytes, q.pdu.sequence_number));
        else link.respond(q.pdu, failureStatus(r));
      }
    }
  }

  /**
   * A message sent changed (tagged: perhaps in more or fewer parts) or in several copies (a
   * submit_multi split by consent). The ESME is given one id a part it sent: the upstream id of
   * the matching part where there is one, else an id of the firewall's own; receipts and
   * query_sm/cancel_sm are mapped between the two. A tagged copy asks the SMSC for one receipt
   * (on its last part), and that receipt goes to the ESME once for every part it asked one for:
   * the ESME sees one receipt a part it sent, as it would without the firewall.
   */
  async #relayLegs(session: Session, esme: EsmeConfig, parts: readonly Part[], legs: readonly Leg[], withheldAsked: Withheld): Promise<void> {
    let withheld = withheldAsked;
    const timeout = this.#config.upstream.responseTimeoutMs;
    const results = await Promise.all(legs.map((leg) => Promise.all(leg.pdus.map((b) => this.#connector.relay(b, timeout)))));
    const taken = (r: ConnectorResult | undefined): r is Extract<ConnectorResult, { ok: true }> => !!r?.ok && r.pdu.command_status === Status.ESME_ROK && !!r.pdu.message_id;
    const upstreamOf = (leg: number, part: number): ConnectorResult | undefined => {
      const rs = results[leg] as ConnectorResult[];
      return rs[Math.min(part, rs.length - 1)];
    };
    // The id each part the ESME sent is known by.
    const ids = parts.map((_, i) => {
      for (let l = 0; l < legs.length; l++) {
        const r = upstreamOf(l, i);
        if (taken(r)) return i < (results[l] as ConnectorResult[]).length ? String(r.pdu.message_id) : this.#nextOwnId();
      }
      // Nothing sent (every destination withheld) still takes the message.
      return legs.length === 0 ? this.#nextOwnId() : null;
    });
    const asked = parts.flatMap((p, i) => ((p.sm.registeredDelivery & RECEIPT_BITS) !== 0 && ids[i] ? [ids[i] as string] : []));
    legs.forEach((leg, l) => {
      const rs = results[l] as ConnectorResult[];
      rs.forEach((r, j) => {
        if (!taken(r)) return;
        const up = String(r.pdu.message_id);
        const receiptIds = leg.tagged ? (j === rs.length - 1 ? asked : []) : [ids[j] ?? up];
        const same = receiptIds.length === 1 && receiptIds[0] === up;
        this.#route(r.via, up, this.#routeOf(esme, parts, rs.length, same ? undefined : receiptIds));
      });
    });
    parts.forEach((_, i) => {
      const id = ids[i];
      if (!id) return;
      const targets: Target[] = [];
      legs.forEach((_leg, l) => {
        const r = upstreamOf(l, i);
        if (taken(r)) targets.push({ via: r.via, id: String(r.pdu.message_id) });
      });
      if (targets.length !== 1 || targets[0]?.id !== id) this.#alias(esme.systemId, id, { targets, route: this.#routeOf(esme, parts, Math.max(0, ...results.map((rs) => rs.length))) });
    });
    if (results.some((rs) => rs.some((r) => !r.ok))) this.#count(esme.systemId, 'upstream_failed');
    const queue = this.#opts.held;
    if (withheld.held && queue) {
      const heldIds = ids.map((id) => id ?? this.#nextOwnId());
      try {
        await queue.add({ id: `FWH${randomBytes(8).toString('hex').toUpperCase()}`, esme: esme.systemId, ids: heldIds, fingerprint: fingerprintOf(withheld.held.text ?? ''), reasons: withheld.held.reasons, text: withheld.held.text, pdus: withheld.held.pdus });
      } catch (err) {
        // The other copy is sent already: the held destinations are answered as not taken, for the ESME to send them again.
        this.#log.error({ esme: esme.systemId, err: { message: (err as Error).message } }, 'firewall: held copy not stored; its destinations answered ESME_RX_T_APPN');
        withheld = { ...withheld, refused: [...withheld.refused, ...(parts[0]?.sm.dests ?? []).filter((d) => !legs.some((l) => l.dests?.includes(d)))], refusedStatus: Status.ESME_RX_T_APPN };
      }
    }
    parts.forEach((p, i) => {
      const id = ids[i];
      const multi = p.sm.dests !== undefined;
      for (const q of [p.req, ...p.copies]) {
        if (!id) {
          // No copy taken: the first copy's answer, as the SMSC gave it or as a failure.
          const r = upstreamOf(0, i);
          if (r?.ok && r.pdu.command_status !== Status.ESME_ROK) session.link.sendRaw(withSequence(r.bytes, q.pdu.sequence_number));
          else session.link.respond(q.pdu, failureStatus(r));
          continue;
        }
        if (!multi) {
          const r = upstreamOf(0, i);
          if (legs.length === 1 && r?.ok && String(r.pdu.message_id) === id) session.link.sendRaw(withSequence(r.bytes, q.pdu.sequence_number));
          else session.link.respond(q.pdu, Status.ESME_ROK, { message_id: id });
          continue;
        }
        // submit_multi: one response, listing every destination not taken, whichever copy it was in.
        const unsuccess: { dest_addr_ton: number; dest_addr_npi: number; destination_addr: string; error_status_code: number }[] = [];
        const unsuccessful = (ds: readonly MultiDest[], status: number): void => {
          for (const d of ds) unsuccess.push(d.kind === 'sme' ? { dest_addr_ton: d.ton, dest_addr_npi: d.npi, destination_addr: d.addr, error_status_code: status } : { dest_addr_ton: 0, dest_addr_npi: 0, destination_addr: d.name, error_status_code: status });
        };
        legs.forEach((leg, l) => {
          const r = upstreamOf(l, i);
          if (!r?.ok) unsuccessful(leg.dests ?? p.sm.dests ?? [], failureStatus(r));
          else if (r.pdu.command_status !== Status.ESME_ROK) unsuccessful(leg.dests ?? p.sm.dests ?? [], r.pdu.command_status);
          else for (const u of (r.pdu.unsuccess_sme ?? []) as typeof unsuccess) unsuccess.push(u);
        });
        unsuccessful(withheld.refused, withheld.refusedStatus);
        session.link.respond(q.pdu, Status.ESME_ROK, { message_id: id, unsuccess_sme: unsuccess });
      }
      if (id && (p.sm.registeredDelivery & 0x03) !== 0) for (const to of smeAddresses(withheld.dropped)) this.#undeliverable(session, to, p.sm.source, id);
    });
  }

  #alias(systemId: string, id: string, alias: Alias): void {
    this.#setAlias(systemId, id, alias);
    const { route } = alias;
    this.#journal?.add({ kind: 'alias', at: this.#now(), esme: systemId, id, targets: alias.targets.map((t) => ({ smsc: this.#smscNames[t.via] ?? '', id: t.id })), ...(route.ids ? { ids: route.ids } : {}) });
  }

  #setAlias(systemId: string, id: string, alias: Alias): void {
    this.#aliases.set(`${systemId}\u0000${id}`, alias);
  }

  /** What an id this ESME was given stands for upstream; null when it is not one of its messages. */
  #targetsOf(systemId: string, id: string): Alias | null {
    const alias = this.#aliases.get(`${systemId}\u0000${id}`);
    if (alias) return alias;
    for (let v = 0; v < this.#connector.size; v++) {
      const route = this.#receiptRoutes.get(v, id);
      if (route?.esme === systemId && (!route.ids || route.ids.includes(id) || route.ids.length === 0)) return { targets: [{ via: v, id }], route };
    }
    return null;
  }

  /**
   * query_sm and cancel_sm go to the SMSC that took the message, about the id it gave, and only
   * for a message this ESME submitted: one ESME cannot ask about or cancel another's. A message
   * sent in several copies is cancelled in each; a query is about the first.
   */
  #relayAbout(session: Session, esme: EsmeConfig, req: IncomingRequest): void {
    const id = String(req.pdu.message_id ?? '');
    const found = this.#targetsOf(esme.systemId, id);
    if (!found || found.targets.length === 0) return session.link.respond(req.pdu, Status.ESME_RINVMSGID);
    const timeout = this.#config.upstream.responseTimeoutMs;
    const targets = req.pdu.command === 'query_sm' ? found.targets.slice(0, 1) : found.targets;
    void Promise.all(targets.map((t) => this.#connector.relayOn(t.via, t.id === id ? req.bytes : withMessageId(req.bytes, t.id), timeout))).then((rs) => {
      const r = rs.find((x) => !x.ok || x.pdu.command_status !== Status.ESME_ROK) ?? rs[0];
      if (!r?.ok) return session.link.respond(req.pdu, failureStatus(r));
      let bytes = withSequence(r.bytes, req.pdu.sequence_number);
      // query_sm_resp names the message: by the id the ESME knows.
      if (req.pdu.command === 'query_sm' && r.pdu.command_status === Status.ESME_ROK && r.bytes.length > 16 && String(r.pdu.message_id) !== id) bytes = withMessageId(bytes, id);
      session.link.sendRaw(bytes);
    });
  }

  /**
   * replace_sm carries a new text for a message already taken: decided like a submit (for the
   * recipient of the message it replaces, in that message's data_coding) and relayed, tagged,
   * or refused. Only a message sent as one part in one copy can be replaced (a tagged text
   * split anew, or a submit_multi split by consent, has no single message to replace); a
   * replacement the policy would block or hold is refused, and the message stays as it was.
   */
  async #replace(session: Session, esme: EsmeConfig, req: IncomingRequest): Promise<void> {
    const { link } = session;
    let rs: ReturnType<typeof readReplaceSm>;
    try {
      rs = readReplaceSm(req.bytes);
    } catch {
      return link.respond(req.pdu, Status.ESME_RINVMSGLEN);
    }
    if (this.#refused(session, esme, req, rs.source.addr)) return;
    const found = this.#targetsOf(esme.systemId, rs.messageId);
    if (!found || found.targets.length === 0) return link.respond(req.pdu, Status.ESME_RINVMSGID);
    const target = found.targets[0] as Target;
    if (found.targets.length !== 1 || !found.route.whole) return link.respond(req.pdu, Status.ESME_RREPLACEFAIL);
    const policy = esme.policy;
    const decoded = decodeText(rs.shortMessage, found.route.dataCoding);
    const text = decoded.ok ? decoded.text : null;
    const from = addressText(rs.source);
    const analysis = this.#opts.engine.analyse({ text: text ?? '', from });
    const decision = decide({ analysis: text === null ? null : analysis, sender: analysis.sender, esme: esme.profile, filtering: this.#filtering(found.route.to), policy: policy.action });
    const enforced: FirewallAction = policy.dryRun ? 'pass' : decision.action;
    this.#record(esme.systemId, decision, enforced, policy, text, analysis, 1);
    this.#count(esme.systemId, enforced);
    let bytes = target.id === rs.messageId ? req.bytes : withMessageId(req.bytes, target.id);
    if (enforced === 'block' || enforced === 'hold') {
      if (enforced === 'block' && text !== null && this.#opts.onBlocked && decision.reasons.some((r) => r.action === 'block' && (r.code === 'VERDICT_BLOCK' || r.code === 'REPUTATION'))) {
        this.#opts.onBlocked({ fingerprint: fingerprintOf(text), text, from });
      }
      return link.respond(req.pdu, policy.block.mode === 'reject' ? policy.block.status : Status.ESME_RX_R_APPN);
    }
    if (enforced === 'tag') {
      // replace_sm cannot change the data_coding: the tagged text must fit one part in the message's own.
      const coding = (found.route.dataCoding & 0x0f) === 0x08 ? 'ucs2' : 'gsm7';
      const split = splitForSubmit(policy.tagPrefix + (text ?? ''), { scheme: 'udh8', coding });
      if (!split.ok || split.parts.length !== 1 || split.coding !== coding || (split.parts[0]?.dataCoding ?? -1) !== found.route.dataCoding) return link.respond(req.pdu, Status.ESME_RINVMSGLEN);
      bytes = withReplaceText(bytes, split.parts[0]?.shortMessage ?? Buffer.alloc(0));
    }
    const r = await this.#connector.relayOn(target.via, bytes, this.#config.upstream.responseTimeoutMs);
    if (!r.ok) return link.respond(req.pdu, failureStatus(r));
    link.sendRaw(withSequence(r.bytes, req.pdu.sequence_number));
  }

  #route(via: number, messageId: string, route: Route): void {
    this.#setRoute(via, messageId, route);
    this.#journal?.add({ kind: 'route', at: this.#now(), smsc: this.#smscNames[via] ?? '', id: messageId, esme: route.esme, ...(route.ids ? { ids: route.ids } : {}) });
  }

  #setRoute(via: number, messageId: string, route: Route): void {
    this.#receiptRoutes.set(via, messageId, route);
  }

  #receiverOf(systemId: string | null, mo = false): Session | undefined {
    for (const s of this.#sessions) {
      if (!s.esme || !(s.mode === 'receiver' || s.mode === 'transceiver') || !s.link.isOpen) continue;
      if (mo ? s.esme.receivesMo : s.esme.systemId === systemId) return s;
    }
    return undefined;
  }

  /** A deliver_sm or data_sm from an SMSC: a receipt goes to the ESME that submitted the message, MO to the ESME that takes MO. */
  #fromSmsc(req: IncomingRequest, answer: RelayAnswer, via: number, waited = false): void {
    const sm = req.sm;
    if (!sm) return answer.status(Status.ESME_RSYSERR);
    let to: Session | undefined;
    let copies: Buffer[] = [req.bytes];
    if ((sm.esmClass & ESM_MESSAGE_TYPE) !== 0) {
      const idTlv = sm.tlvs.get(Tlv.receipted_message_id);
      const decoded = decodeText(sm.shortMessage, sm.dataCoding);
      const id = idTlv ? idTlv.toString('latin1').replace(/\0+$/, '') : /\bid:\s*(\S+)/i.exec(decoded.ok ? decoded.text : '')?.[1];
      const route = id === undefined ? undefined : this.#receiptRoutes.get(via, id);
      if (route === undefined && !waited && this.#relayLow < this.#relayNext) {
        // The response that carries this id may be read but not yet handled (a receipt can come
        // in the same segment as its submit_sm_resp): look again once the relays under way now are answered.
        this.#receiptsWaiting.push({ req, answer, via, upto: this.#relayNext });
        return;
      }
      if (route === undefined || route.ids?.length === 0) {
        // Nobody here submitted it (or it is older than the routes kept), or it is for a part
        // whose receipt another stands for: taken, so the SMSC stops offering it.
        this.#receiptsUnrouted++;
        return answer.status(Status.ESME_ROK);
      }
      if (route.ids) copies = route.ids.map((esmeId) => receiptAs(req.bytes, sm, esmeId));
      to = this.#receiverOf(route.esme);
      if (to) this.#receiptsRouted += copies.length;
    } else {
      if (this.#opts.infected?.(addressText(sm.source))) return this.#moFromInfected({ req, sm, answer }, via);
      to = this.#receiverOf(null, true);
      if (to) this.#moRelayed++;
    }
    // Nobody bound to take it now: the SMSC offers it again later.
    if (!to) return answer.status(Status.ESME_RX_T_APPN);
    const link = to.link;
    if (copies.length === 1) return void link.requestRaw(copies[0] as Buffer).then((r) => (r.ok ? answer.raw(r.bytes) : answer.status(Status.ESME_RX_T_APPN)));
    // Several copies: taken once the ESME took every one (offered again, it may see some twice).
    void Promise.all(copies.map((c) => link.requestRaw(c))).then((rs) => answer.status(rs.every((r) => r.ok && r.pdu.command_status === Status.ESME_ROK) ? Status.ESME_ROK : Status.ESME_RX_T_APPN));
  }

  /**
   * A message from a line flagged infected (issue 11 "Sender policies"): decided on its whole
   * text like a submit (no sender policy: the route is the carrier's own), under the global
   * policy and the recipient's filtering consent; a lure also goes to the line's case. The
   * parts of a long message are taken (deliver_sm_resp OK) as they come, because many SMSCs
   * send the next part only once the last was answered; the part that completes it is answered
   * with the outcome. Those parts wait in memory: a restart loses them (see README "Firewall").
   */
  #moFromInfected(part: MoPart, via: number): void {
    const seg = segmentOf(part.sm);
    if (!seg.ok) return part.answer.status(Status.ESME_RX_P_APPN);
    const concat = seg.segment.concat;
    if (!concat) return void this.#decideMo([part], [seg.segment], 1);
    const key = `${via}\u0000${setKeyOf(seg.segment)}`;
    let set = this.#moSets.get(key);
    if (!set) {
      if (this.#moSets.size >= this.#config.multipart.maxSets) this.#giveUpMo(this.#moSets.keys().next().value as string);
      const timer = setTimeout(() => this.#giveUpMo(key), this.#config.multipart.timeoutMs);
      timer.unref();
      set = { parts: new Map(), total: concat.total, timer };
      this.#moSets.set(key, set);
    }
    const complete = set.parts.size + (set.parts.has(concat.seq) ? 0 : 1) >= set.total;
    if (!complete) {
      part.answer.status(Status.ESME_ROK);
      set.parts.set(concat.seq, { ...part, answer: ANSWERED });
      return;
    }
    set.parts.set(concat.seq, part);
    clearTimeout(set.timer);
    this.#moSets.delete(key);
    const parts = [...set.parts.entries()].sort((a, b) => a[0] - b[0]).map(([, p]) => p);
    const segments = parts.map((p) => {
      const s = segmentOf(p.sm);
      return (s.ok ? s.segment : seg.segment);
    });
    void this.#decideMo(parts, segments, set.total);
  }

  /** An incomplete MO message: its parts were taken, so they go on as they came rather than nowhere. */
  #giveUpMo(key: string): void {
    const set = this.#moSets.get(key);
    if (!set) return;
    clearTimeout(set.timer);
    this.#moSets.delete(key);
    this.#timedOut++;
    const to = this.#receiverOf(null, true);
    for (const p of set.parts.values()) if (to) void to.link.requestRaw(p.req.bytes);
  }

  async #decideMo(parts: readonly MoPart[], segments: readonly Segment[], total: number): Promise<void> {
    const first = parts[0] as MoPart;
    const policy = this.#config.policy;
    const from = addressText(first.sm.source);
    const to = addressText(first.sm.dest);
    const whole = assemble(segments, total, this.#now());
    const text = whole.coding === 'text' ? whole.text : null;
    const analysis = this.#opts.engine.analyse({ text: text ?? '', from });
    const decision = decide({ analysis: text === null ? null : analysis, sender: analysis.sender, esme: null, filtering: this.#filtering(to), policy: policy.action });
    const enforced: FirewallAction = policy.dryRun ? 'pass' : decision.action;
    const receiver = this.#receiverOf(null, true);
    this.#record(receiver?.esme?.systemId ?? '(mo)', decision, enforced, policy, text, analysis, parts.length);
    this.#moInfected[enforced]++;
    const lure = text !== null && (analysis.verdict === 'block' || analysis.verdict === 'suspicious');
    // Dry-run only logs: the line's case (and the warnings it may send) is not fed either.
    if (lure && !policy.dryRun) this.#opts.onInfectedLure?.({ from, to, text, at: this.#now() });
    if (enforced === 'block' && lure && this.#opts.onBlocked) this.#opts.onBlocked({ fingerprint: fingerprintOf(text), text, from });
    const answerAll = (status: number): void => {
      for (const p of parts) p.answer.status(status);
    };
    if (enforced === 'block') return answerAll(policy.block.mode === 'reject' ? policy.block.status : Status.ESME_ROK);
    // Held: taken from the SMSC and kept for review (its text is in the review list), not relayed.
    if (enforced === 'hold') return answerAll(Status.ESME_ROK);
    let pdus = parts.map((p) => p.req.bytes);
    if (enforced === 'tag') {
      this.#tagRef = (this.#tagRef + 1) & 0xff;
      const tagged = tagParts(parts.map((p, i) => {
        const c = segments[i]?.concat;
        return { bytes: p.req.bytes, sm: p.sm, ...(c ? { concat: c } : {}) };
      }), text ?? '', policy.tagPrefix, this.#tagRef);
      if (!tagged.ok) return answerAll(Status.ESME_RX_P_APPN);
      pdus = [...tagged.pdus];
    }
    if (!receiver) return answerAll(Status.ESME_RX_T_APPN);
    this.#moRelayed++;
    const rs = await Promise.all(pdus.map((b) => receiver.link.requestRaw(b)));
    if (pdus.length === parts.length) return parts.forEach((p, i) => {
      const r = rs[i];
      if (r?.ok) p.answer.raw(r.bytes);
      else p.answer.status(Status.ESME_RX_T_APPN);
    });
    answerAll(rs.every((r) => r.ok && r.pdu.command_status === Status.ESME_ROK) ? Status.ESME_ROK : Status.ESME_RX_T_APPN);
  }

  async close(): Promise<void> {
    if (this.#heldTimer) clearInterval(this.#heldTimer);
    await this.#sendingHeld;
    for (const key of [...this.#sets.keys()]) this.#giveUp(key, 'timeout');
    for (const key of [...this.#moSets.keys()]) this.#giveUpMo(key);
    await Promise.all([...this.#sessions].map(async (s) => {
      if (s.mode && s.link.isOpen) await s.link.request('unbind', {}, 1_000);
      s.link.end();
      await Promise.race([s.link.closed, new Promise((r) => setTimeout(r, 1_000).unref())]);
      s.link.destroy();
    }));
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
    await this.#connector.close();
    this.#journal?.close();
  }
}

/** The decision's reason codes, and the engine's (those that weighed) for a message not passed. */
function reasonsOf(decision: Decision, analysis: Analysis): string[] {
  const out: string[] = [];
  for (const r of decision.reasons) out.push(r.code);
  if (decision.action !== 'pass') for (const r of analysis.reasons) if (r.weight > 0) out.push(r.code);
  return out;
}

/** Why a relay got no response: never sent (the ESME may send it again), or sent and unanswered (only the ESME can choose between a possible duplicate and a possible loss). */
function failureStatus(r: RelayResult | undefined): number {
  return r && !r.ok && r.code === 'E_SMPP_NOT_BOUND' ? Status.ESME_RMSGQFUL : Status.ESME_RSYSERR;
}

function smeAddresses(dests: readonly MultiDest[]): Address[] {
  return dests.flatMap((d) => (d.kind === 'sme' ? [{ ton: d.ton, npi: d.npi, addr: d.addr }] : []));
}

/** The same receipt about the id the ESME was given: in receipted_message_id and in the `id:` of its text. */
function receiptAs(bytes: Buffer, sm: SmBody, id: string): Buffer {
  const tlvs = new Map<number, Buffer | null>();
  const had = sm.tlvs.get(Tlv.receipted_message_id);
  if (had) tlvs.set(Tlv.receipted_message_id, Buffer.from(had[had.length - 1] === 0 ? `${id}\0` : id, 'latin1'));
  const text = sm.shortMessage.toString('latin1');
  const shortMessage = /\bid:\s*\S+/i.test(text) ? Buffer.from(text.replace(/\bid:\s*\S+/i, `id:${id}`), 'latin1') : undefined;
  return rewriteSm(bytes, { tlvs, ...(shortMessage ? { shortMessage } : {}) });
}
