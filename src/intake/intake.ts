// The 7726 short code over SMPP. A subscriber forwards a lure to the short code: it becomes
// a report at once (analysed, committed, and only then is the deliver_sm answered), and the
// service asks back for the sender's number with the report's reference and a link to the
// web form. A reply that is a number completes the report; 不明/unknown, or silence until the
// dialogue times out, leaves it without one; a new forward starts a new report. `Call 0312345678`
// reports a call. Dialogue state lives in the store, so a restart loses none of it, and so
// do the parts of long messages (each committed before it is acknowledged), the per-reporter
// cap and the numbers that sent STOP.
import type { Engine } from '../core/engine.js';
import { createReportService, type ReportService } from '../reports/index.js';
import { parsePhoneNumber } from '../core/sender/index.js';
import type { Analysis } from '../core/types.js';
import { SmppConnector, Status, parseSmscUrl, type SmppClient, silentLogger, type ClientState, type InboundMessage, type Logger, type SmppClientOptions, type SmppObserver, type SmsSender } from '../smpp/index.js';
import { storableText, type Channel, type Store } from '../store/index.js';
import { classifyInbound, formLink, replies, type Inbound } from './dialogue.js';
import { createDialogues } from './dialogues.js';
import { createPartStore } from './parts.js';
import { createReporters } from './reporters.js';

/** What the intake counts, for metrics; every hook optional. */
export interface IntakeObserver {
  /** A text to the short code, by what it meant (forward, sender, stop, …) or `over_cap`. */
  message?(kind: Inbound['kind'] | 'over_cap' | 'not_taken'): void;
  report?(channel: Channel, verdict: string): void;
  reply?(outcome: 'sent' | 'failed' | 'suppressed'): void;
}

export interface SmppIntakeOptions {
  readonly store: Store;
  readonly engine: Engine;
  /** The report service shared with the HTTP channels (metrics, evidence); made from store and engine when absent. */
  readonly reports?: ReportService;
  /** One bind a URL: `smpp://SYSTEM_ID:PASSWORD@HOST:PORT` (or `ssmpp://`). */
  readonly smscUrls: readonly string[];
  /** The short code subscribers send to, e.g. 7726. */
  readonly shortCode: string;
  /** How long the service waits for the sender's number. */
  readonly dialogueTimeoutMs: number;
  /** The web form; `{id}` is replaced by the report's reference, else `?report=ID` is added. */
  readonly formUrl: string;
  /** Add the form link to the ask-back (off by default: the reply then fits one SMS part, and carries no link). */
  readonly replyLink?: boolean;
  /** Reports one reporter may make per clock hour (default 20; 0 = no cap). Beyond it texts are acknowledged, not reported, and answered once. */
  readonly reportsPerHour?: number;
  readonly observer?: IntakeObserver;
  /** Metrics hooks for each SMPP link, by its display address. */
  readonly smppObserver?: (smsc: string) => SmppObserver;
  readonly clock?: () => Date;
  readonly log?: Logger;
  /** SMPP session tuning; defaults suit production. */
  readonly smpp?: Partial<Pick<SmppClientOptions, 'enquireLinkMs' | 'responseTimeoutMs' | 'reconnectMinMs' | 'reconnectMaxMs' | 'window' | 'reassembly' | 'submitTimeoutMs' | 'now'>>;
}

export interface SmppIntake {
  /** Outbound SMS over the same binds (warnings, one-time codes). */
  readonly sms: SmsSender;
  /** Each link and its state now (for /readyz and the start banner). */
  links(): { readonly smsc: string; readonly state: ClientState }[];
  /** Stops taking messages, finishes those in hand and their replies, unbinds. */
  close(): Promise<void>;
}

/** Why the intake could not start; `code` is stable. */
export class SmppIntakeError extends Error {
  constructor(readonly code: 'E_BAD_SMSC_URL' | 'E_SMPP_BIND' | 'E_USAGE', message: string) {
    super(message);
    this.name = 'SmppIntakeError';
  }
}

const digits = (s: string): string => s.replace(/\D/g, '');

/** Enough for anyone forwarding what they received; far below a script's thousands. */
export const DEFAULT_REPORTS_PER_HOUR = 20;

/** The reporter as a national number when it is one (so +8190… and 090… are one dialogue). */
function reporterKey(from: string): string {
  return parsePhoneNumber(from)?.normalized ?? from;
}

export async function startSmppIntake(opts: SmppIntakeOptions): Promise<SmppIntake> {
  const { store, engine, shortCode } = opts;
  const log = opts.log ?? silentLogger;
  const clock = opts.clock ?? (() => new Date());
  if (opts.smscUrls.length === 0) throw new SmppIntakeError('E_USAGE', 'no SMSC to bind to');
  if (!/^\d{3,8}$/.test(shortCode)) throw new SmppIntakeError('E_USAGE', `short code ${shortCode} is not 3 to 8 digits`);
  if (!(opts.dialogueTimeoutMs > 0)) throw new SmppIntakeError('E_USAGE', 'the dialogue timeout must be positive');
  const addresses = opts.smscUrls.map((u) => {
    const parsed = parseSmscUrl(u);
    if (!parsed.ok) throw new SmppIntakeError('E_BAD_SMSC_URL', parsed.message);
    return parsed.value;
  });
  const dialogues = createDialogues(store);
  const parts = createPartStore(store, log);
  const reporters = createReporters(store, opts.reportsPerHour ?? DEFAULT_REPORTS_PER_HOUR);
  const observer = opts.observer ?? {};
  let closing = false;
  const inHand = new Set<Promise<unknown>>();
  const track = <T>(p: Promise<T>): Promise<T> => {
    inHand.add(p);
    void p.finally(() => inHand.delete(p)).catch(() => {});
    return p;
  };

  // One reporter's texts are taken in order (an answer must not overtake the forward it answers).
  const queues = new Map<string, Promise<unknown>>();
  function inOrder<T>(key: string, step: () => Promise<T>): Promise<T> {
    const next = (queues.get(key) ?? Promise.resolve()).then(step, step);
    queues.set(key, next);
    void next.finally(() => {
      if (queues.get(key) === next) queues.delete(key);
    }).catch(() => {});
    return next;
  }

  // A service shared with the app is counted there (every channel once); one of our own is counted here.
  const reports = opts.reports ?? createReportService({ store, engine });
  if (!opts.reports && observer.report) reports.onReport(observer.report);
  async function createReport(channel: Channel, text: string, sender: string | null, reporter: string): Promise<{ id: string; analysis: Analysis }> {
    const r = await reports.submit({ channel, text, sender, reporter: { kind: 'subscriber', number: reporter } });
    // What SMPP delivers is text already; an empty forward is answered with help before this.
    if (!r.ok) throw new Error(`report refused: ${r.errors.map((e) => e.code).join(', ')}`);
    return r;
  }

  /**
   * Carries out one step of the dialogue; returns the reply (null: none), or throws when the
   * store failed. `text` is the message made storable (no NUL, no lone surrogate).
   */
  async function step(text: string, m: InboundMessage, reporter: string, hash: string, inbound: Inbound): Promise<string | null> {
    if (inbound.kind === 'call' || inbound.kind === 'forward') {
      // Over the cap the text is taken (so the SMSC does not offer it again) but makes no
      // report, and only the first refusal of the hour is answered: no reply storm.
      const cap = await reporters.take(hash, clock());
      if (cap.over) {
        observer.message?.('over_cap');
        if (cap.first) log.warn({ parts: m.parts }, '7726: reporter over the hourly cap; further reports this hour are not taken');
        return cap.first ? replies.overCap() : null;
      }
    }
    observer.message?.(inbound.kind);
    switch (inbound.kind) {
      case 'empty':
      case 'help':
        return replies.help();
      case 'stop':
        await reporters.stop(hash, clock());
        log.info({}, '7726: a reporter asked for no more replies');
        return replies.stopped();
      case 'start':
        await reporters.start(hash);
        return replies.started();
      case 'call': {
        const { id } = await createReport('call', text, inbound.number.normalized, reporter);
        log.info({ report: id, channel: 'call' }, '7726: call reported');
        return replies.callThanks(id);
      }
      case 'sender':
      case 'no-sender': {
        const open = await dialogues.find(reporter, clock());
        if (!open) return replies.nothingOpen();
        if (inbound.kind === 'no-sender') {
          await dialogues.close(reporter, open.reportId);
          log.info({ report: open.reportId }, '7726: reporter does not know the sender');
          return replies.noSenderThanks(open.reportId);
        }
        const set = await reports.setSender(open.reportId, inbound.number.normalized, { kind: 'subscriber', number: reporter });
        await dialogues.close(reporter, open.reportId);
        log.info({ report: open.reportId, result: set.ok ? 'recorded' : set.code }, '7726: sender answered');
        return set.ok || set.code === 'E_NOT_FOUND' ? replies.senderThanks(open.reportId) : replies.senderAlreadyGiven(open.reportId);
      }
      case 'forward': {
        const { id, analysis } = await createReport('sms', text, null, reporter);
        const now = clock();
        await dialogues.open({ reporter, reportId: id, openedAt: now.toISOString(), expiresAt: new Date(now.getTime() + opts.dialogueTimeoutMs).toISOString() });
        log.info({ report: id, channel: 'sms', verdict: analysis.verdict, parts: m.parts, complete: m.complete }, '7726: report received; asking for the sender');
        return replies.askSender(id, opts.replyLink ? formLink(opts.formUrl, id) : null);
      }
    }
  }

  function reply(client: SmppClient, to: string, text: string): void {
    void track(client.submit(to, text, { from: shortCode }).then((r) => {
      observer.reply?.(r.ok ? 'sent' : 'failed');
      if (!r.ok) log.warn({ smsc: client.display, code: r.code, why: r.message }, '7726: reply not sent');
    }));
  }

  function onMessage(client: SmppClient): (m: InboundMessage) => Promise<number> {
    return (m) => {
      // While closing, the SMSC keeps the message and offers it again later.
      if (closing) return Promise.resolve(Status.ESME_RX_T_APPN);
      if (digits(m.to) !== shortCode) {
        observer.message?.('not_taken');
        return Promise.resolve(Status.ESME_RINVDSTADR);
      }
      const reporter = reporterKey(storableText(m.from));
      // Whatever the handset put in the text, the store gets a text it can hold (NUL and lone
      // surrogates replaced): never a refusal the SMSC would retry for ever.
      const text = storableText(m.text);
      const inbound: Inbound = m.coding === 'text' ? classifyInbound(text) : { kind: 'empty' };
      return track(inOrder(reporter, async () => {
        let answer: string | null;
        let quiet: boolean;
        try {
          const hash = await store.hashSubscriber(reporter);
          answer = await step(text, m, reporter, hash, inbound);
          // The confirmation of STOP is the last reply that number gets.
          quiet = inbound.kind !== 'stop' && await reporters.stopped(hash);
        } catch (err) {
          log.error({ err: { message: (err as Error).message }, kind: inbound.kind }, '7726: not committed; answering ESME_RX_T_APPN so the SMSC retries');
          return Status.ESME_RX_T_APPN;
        }
        if (answer !== null && !quiet) reply(client, m.from, answer);
        else if (answer !== null) observer.reply?.('suppressed');
        return Status.ESME_ROK;
      }));
    };
  }

  const connector: SmppConnector = new SmppConnector({
    smscUrls: addresses, tuning: opts.smpp ?? {}, log,
    handlers: (via) => ({ parts, onMessage: (m) => onMessage(connector.client(via))(m) }),
    ...(opts.smppObserver ? { observer: opts.smppObserver } : {}),
  });
  // A refused bind does not stop the server: the link keeps trying with back-off (see
  // SmppClient), /readyz and the metrics say it is down, and the log says why.
  const outcomes = await connector.start();
  outcomes.forEach((o, i) => {
    if (!o.ok) {
      log.error({ smsc: connector.client(i).display, code: o.code, why: o.message },
        o.code === 'E_SMPP_BIND' ? '7726: SMSC refused the bind; retrying with back-off' : '7726: SMSC not reachable yet; retrying in the background');
    }
  });

  // Numbers of reporters who never answered are dropped when their dialogue times out.
  const sweep = async (): Promise<void> => {
    try {
      const n = await dialogues.sweep(clock());
      if (n > 0) log.info({ dialogues: n }, '7726: dialogues timed out without a sender');
      await reporters.sweep(clock());
    } catch (err) {
      log.warn({ err: { message: (err as Error).message } }, '7726: dialogue sweep failed');
    }
  };
  await sweep();
  const sweeper = setInterval(() => void sweep(), Math.min(opts.dialogueTimeoutMs, 60_000));
  sweeper.unref();

  return {
    sms: connector.sender(),
    links: () => connector.links(),
    async close() {
      if (closing) return;
      closing = true;
      clearInterval(sweeper);
      // Messages in hand are committed and answered, and their replies sent, before unbinding.
      const deadline = Date.now() + 15_000;
      while (inHand.size > 0 && Date.now() < deadline) {
        await Promise.race([Promise.allSettled([...inHand]), new Promise((r) => setTimeout(r, deadline - Date.now()).unref())]);
      }
      await connector.close();
    },
  };
}
