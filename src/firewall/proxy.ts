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
import { createHash } from 'node:crypto';
import { createServer, type Server, type Socket } from 'node:net';
import { decide, type Decision, type FirewallAction } from '../core/firewall/decide.js';
import type { Engine } from '../core/engine.js';
import type { Analysis } from '../core/types.js';
import {
  ESM_MESSAGE_TYPE, PduLink, SmppConnector, Status, Tlv, addressText, assemble, decodeText, genericNack, segmentOf, setKeyOf, silentLogger,
  withSequence,
  type IncomingRequest, type Logger, type RelayAnswer, type Segment, type SmBody, type SmppObserver,
} from '../smpp/index.js';
import type { EsmeConfig, FirewallConfig, PolicySettings } from './config.js';
import type { BlockedLure } from './network-reports.js';
import { tagParts } from './tag.js';

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
  readonly smppObserver?: (smsc: string) => SmppObserver;
  readonly log?: Logger;
  readonly now?: () => number;
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

const fingerprintOf = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 16);
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
  readonly #receiptRoutes = new Map<string, string>();
  /** Relays whose responses may still add receipt routes. */
  readonly #inFlight = new Set<Promise<void>>();
  readonly #counts = new Map<string, Record<Counter, number>>();
  readonly #review: DecisionLogEntry[] = [];
  #config: FirewallConfig;
  #ownId = 0;
  /** The last 8-bit concatenation reference given to a message that tagging split. */
  #tagRef = 0;
  #timedOut = 0;
  #evicted = 0;
  #receiptsRouted = 0;
  #receiptsUnrouted = 0;
  #moRelayed = 0;

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
  }

  /** Binds to the SMSCs (in the background, with back-off) and listens for ESMEs; resolves with the port. */
  async start(): Promise<number> {
    void this.#connector.start();
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
    if ((pdu.command === 'submit_sm' || pdu.command === 'data_sm') && req.sm) {
      if (session.mode === 'receiver') return link.respond(pdu, Status.ESME_RINVBNDSTS);
      return this.#submit(session, session.esme, req, req.sm);
    }
    if (pdu.command === 'query_sm' || pdu.command === 'cancel_sm') {
      if (session.mode === 'receiver') return link.respond(pdu, Status.ESME_RINVBNDSTS);
      return this.#relayAbout(session, session.esme, req);
    }
    // submit_multi and replace_sm carry message text too, and are not relayed unread: refused
    // until the firewall decides them.
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

  #submit(session: Session, esme: EsmeConfig, req: IncomingRequest, sm: SmBody): void {
    const { link } = session;
    if (this.#throttled(esme)) {
      this.#count(esme.systemId, 'throttled');
      return link.respond(req.pdu, Status.ESME_RTHROTTLED);
    }
    if (esme.sourceAddresses && !esme.sourceAddresses.some((re) => re.test(sm.source.addr))) {
      this.#count(esme.systemId, 'bad_source');
      return link.respond(req.pdu, Status.ESME_RINVSRCADR);
    }
    const seg = segmentOf(sm);
    if (!seg.ok) return link.respond(req.pdu, Status.ESME_RINVMSGLEN);
    const part: Part = { req, sm, segment: seg.segment, copies: [] };
    const concat = seg.segment.concat;
    if (!concat) return this.#handle(session, esme, [part], 1);
    const key = `${esme.systemId}\u0000${setKeyOf(seg.segment)}`;
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

  /** A fault of ours (never expected) answers the message as a temporary failure instead of leaving it unanswered. */
  #handle(session: Session, esme: EsmeConfig, parts: readonly Part[], total: number): void {
    this.#decideAndAct(session, esme, parts, total).catch((err: unknown) => {
      this.#log.error({ esme: esme.systemId, err: { message: (err as Error).message } }, 'firewall: message not handled; answered ESME_RSYSERR');
      this.#refuse(session, parts, Status.ESME_RSYSERR);
    });
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

  async #decideAndAct(session: Session, esme: EsmeConfig, parts: readonly Part[], total: number): Promise<void> {
    const policy = esme.policy;
    const { text, analysis } = this.#analyse(parts, total);
    const first = parts[0] as Part;
    const recipient = addressText(first.sm.dest);
    const filtering = this.#opts.filtering ? this.#opts.filtering(recipient) : true;
    const decision = decide({ analysis: text === null ? null : analysis, sender: analysis.sender, esme: esme.profile, filtering, policy: policy.action });
    const enforced: FirewallAction = policy.dryRun ? 'pass' : decision.action;
    this.#record(esme, decision, enforced, policy, text, analysis, parts.length);
    this.#count(esme.systemId, enforced);
    if (enforced === 'block' && text !== null && this.#opts.onBlocked && decision.reasons.some((r) => r.action === 'block' && (r.code === 'VERDICT_BLOCK' || r.code === 'REPUTATION'))) {
      this.#opts.onBlocked({ fingerprint: fingerprintOf(text), text, from: addressText(first.sm.source) });
    }
    switch (enforced) {
      case 'pass':
        return this.#relay(session, esme, parts, parts.map((p) => p.req.bytes));
      case 'tag': {
        this.#tagRef = (this.#tagRef + 1) & 0xff;
        const tagged = tagParts(parts.map((p) => ({ bytes: p.req.bytes, sm: p.sm, ...(p.segment.concat ? { concat: p.segment.concat } : {}) })), text ?? '', policy.tagPrefix, this.#tagRef);
        // A text too long to tag is refused rather than passed without its warning.
        if (!tagged.ok) return this.#refuse(session, parts, Status.ESME_RINVMSGLEN);
        return this.#relay(session, esme, parts, tagged.pdus);
      }
      case 'block':
        if (policy.block.mode === 'reject') return this.#refuse(session, parts, policy.block.status);
        return this.#drop(session, parts);
      case 'hold':
        return void this.#take(session, parts, false);
    }
  }

  #record(esme: EsmeConfig, decision: Decision, enforced: FirewallAction, policy: PolicySettings, text: string | null, analysis: Analysis, parts: number): void {
    const held = enforced === 'hold';
    if (!this.#opts.onDecision && !held) return;
    const entry: DecisionLogEntry = {
      at: new Date(this.#now()).toISOString(),
      esme: esme.systemId,
      fingerprint: fingerprintOf(text ?? ''),
      action: decision.action,
      enforced,
      dryRun: policy.dryRun,
      verdict: text === null ? null : analysis.verdict,
      score: text === null ? null : analysis.score,
      reasons: [...decision.reasons.map((r) => r.code), ...(decision.action === 'pass' ? [] : analysis.reasons.filter((r) => r.weight > 0).map((r) => r.code))],
      domains: analysis.indicators.domains,
      parts,
      ...(held && text !== null ? { text } : {}),
    };
    if (held) {
      this.#review.push(entry);
      if (this.#review.length > HELD_FOR_REVIEW) this.#review.shift();
    }
    this.#opts.onDecision?.(entry);
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
      if (receipts && (p.sm.registeredDelivery & 0x03) !== 0) this.#undeliverable(session, p.sm, id);
    }
    return ids;
  }

  #drop(session: Session, parts: readonly Part[]): void {
    this.#take(session, parts, true);
  }

  /** The receipt an SMSC would send for a message it could not deliver (SMPP 3.4 appendix B). */
  #undeliverable(session: Session, sm: SmBody, id: string): void {
    const esme = session.esme;
    const to = esme ? this.#receiverOf(esme.systemId) : undefined;
    if (!to) return;
    const d = new Date(this.#now());
    const stamp = `${String(d.getUTCFullYear() % 100).padStart(2, '0')}${String(d.getUTCMonth() + 1).padStart(2, '0')}${String(d.getUTCDate()).padStart(2, '0')}${String(d.getUTCHours()).padStart(2, '0')}${String(d.getUTCMinutes()).padStart(2, '0')}`;
    const text = `id:${id} sub:001 dlvd:000 submit date:${stamp} done date:${stamp} stat:UNDELIV err:000 text:`;
    void to.link.request('deliver_sm', {
      source_addr_ton: sm.dest.ton, source_addr_npi: sm.dest.npi, source_addr: sm.dest.addr,
      dest_addr_ton: sm.source.ton, dest_addr_npi: sm.source.npi, destination_addr: sm.source.addr,
      esm_class: 0x04, short_message: Buffer.from(text, 'latin1'),
      receipted_message_id: id, message_state: 5,
    });
  }

  async #relay(session: Session, esme: EsmeConfig, parts: readonly Part[], pdus: readonly Buffer[]): Promise<void> {
    // A receipt can come before its route is known (an SMSC may write it in the same segment as
    // its submit_sm_resp): #fromSmsc holds it until this relay is done, so the ESME has had its
    // submit_sm_resp first (Kannel drops a receipt for an id it was not yet given).
    let settle = (): void => {};
    const done = new Promise<void>((resolve) => (settle = resolve));
    this.#inFlight.add(done);
    try {
      await this.#relayParts(session, esme, parts, pdus);
    } finally {
      this.#inFlight.delete(done);
      settle();
    }
  }

  async #relayParts(session: Session, esme: EsmeConfig, parts: readonly Part[], pdus: readonly Buffer[]): Promise<void> {
    const timeout = this.#config.upstream.responseTimeoutMs;
    const results = await Promise.all(pdus.map((b) => this.#connector.relay(b, timeout)));
    // Routes are kept in the same turn as the responses below go out: a receipt routed by one
    // never reaches the ESME before the response that gave it the id.
    let failed = false;
    for (const r of results) {
      if (!r.ok) failed = true;
      else if (r.pdu.command_status === Status.ESME_ROK && r.pdu.message_id) this.#route(r.via, String(r.pdu.message_id), esme.systemId);
    }
    if (failed) this.#count(esme.systemId, 'upstream_failed');
    // Part i is answered with the response to the i-th part sent (a tagged text may need more or fewer parts).
    parts.forEach((p, i) => {
      const r = results[Math.min(i, results.length - 1)];
      for (const q of [p.req, ...p.copies]) {
        if (r?.ok) session.link.sendRaw(withSequence(r.bytes, q.pdu.sequence_number));
        // Never sent: the ESME may send it again. Sent and unanswered: it may have been taken, and
        // only the ESME can choose between a possible duplicate and a possible loss.
        else session.link.respond(q.pdu, r?.code === 'E_SMPP_NOT_BOUND' ? Status.ESME_RMSGQFUL : Status.ESME_RSYSERR);
      }
    });
  }

  /**
   * query_sm and cancel_sm go, unchanged, to the SMSC that took the message, and only for a
   * message this ESME submitted: one ESME cannot ask about or cancel another's.
   */
  #relayAbout(session: Session, esme: EsmeConfig, req: IncomingRequest): void {
    const id = String(req.pdu.message_id ?? '');
    let via = -1;
    for (let v = 0; v < this.#connector.size && via < 0; v++) if (this.#receiptRoutes.get(`${v}:${id}`) === esme.systemId) via = v;
    if (via < 0) return session.link.respond(req.pdu, Status.ESME_RINVMSGID);
    void this.#connector.relayOn(via, req.bytes, this.#config.upstream.responseTimeoutMs).then((r) => {
      if (r.ok) session.link.sendRaw(withSequence(r.bytes, req.pdu.sequence_number));
      else session.link.respond(req.pdu, r.code === 'E_SMPP_NOT_BOUND' ? Status.ESME_RMSGQFUL : Status.ESME_RSYSERR);
    });
  }

  #route(via: number, messageId: string, systemId: string): void {
    if (this.#receiptRoutes.size >= RECEIPT_ROUTES) this.#receiptRoutes.delete(this.#receiptRoutes.keys().next().value as string);
    this.#receiptRoutes.set(`${via}:${messageId}`, systemId);
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
    if ((sm.esmClass & ESM_MESSAGE_TYPE) !== 0) {
      const idTlv = sm.tlvs.get(Tlv.receipted_message_id);
      const decoded = decodeText(sm.shortMessage, sm.dataCoding);
      const id = idTlv ? idTlv.toString('latin1').replace(/\0+$/, '') : /\bid:\s*(\S+)/i.exec(decoded.ok ? decoded.text : '')?.[1];
      const systemId = id === undefined ? undefined : this.#receiptRoutes.get(`${via}:${id}`);
      if (systemId === undefined && !waited && this.#inFlight.size > 0) {
        // The response that carries this id may be read but not yet handled (a receipt can come
        // in the same segment as its submit_sm_resp): look again once the relays under way now are answered.
        void Promise.allSettled([...this.#inFlight]).then(() => this.#fromSmsc(req, answer, via, true));
        return;
      }
      if (systemId === undefined) {
        // Nobody here submitted it (or it is older than the routes kept): taken, so the SMSC stops offering it.
        this.#receiptsUnrouted++;
        return answer.status(Status.ESME_ROK);
      }
      to = this.#receiverOf(systemId);
      if (to) this.#receiptsRouted++;
    } else {
      to = this.#receiverOf(null, true);
      if (to) this.#moRelayed++;
    }
    // Nobody bound to take it now: the SMSC offers it again later.
    if (!to) return answer.status(Status.ESME_RX_T_APPN);
    void to.link.requestRaw(req.bytes).then((r) => (r.ok ? answer.raw(r.bytes) : answer.status(Status.ESME_RX_T_APPN)));
  }

  async close(): Promise<void> {
    for (const key of [...this.#sets.keys()]) this.#giveUp(key, 'timeout');
    await Promise.all([...this.#sessions].map(async (s) => {
      if (s.mode && s.link.isOpen) await s.link.request('unbind', {}, 1_000);
      s.link.end();
      await Promise.race([s.link.closed, new Promise((r) => setTimeout(r, 1_000).unref())]);
      s.link.destroy();
    }));
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
    await this.#connector.close();
  }
}
