// What an operator watches: /readyz (the store answers and every SMPP bind is up; /healthz
// only says the process is alive), and the metrics of the SMPP links, the 7726 intake and the
// outbound SMS (warnings, one-time codes). The metrics are made before the app and the
// intake, handed to both, and registered in the app's registry (`attach`).
// Names follow Prometheus' conventions (promtool check metrics): counters end in _total,
// gauges never do, units in the name.
import type { FastifyInstance } from 'fastify';
import { Counter, Gauge, type Registry } from 'prom-client';
import type { ClientState, SmppObserver } from '../smpp/client.js';
import type { SmsSender } from '../smpp/sms-sender.js';
import { describeStatus } from '../smpp/status.js';
import type { Store } from '../store/index.js';

export interface LinkStatus {
  readonly smsc: string;
  readonly state: ClientState;
}

/** The 7726 intake's hooks (structurally IntakeObserver of src/intake). */
export interface IntakeCounters {
  message(kind: string): void;
  report(channel: string, verdict: string): void;
  reply(outcome: 'sent' | 'failed' | 'suppressed'): void;
}

export interface Ops {
  /** Hooks for one SMPP link. */
  smpp(smsc: string): SmppObserver;
  readonly intake: IntakeCounters;
  /** Reports by channel and verdict, for every channel (web, API and 7726 alike). */
  readonly reportsTotal: Counter<'channel' | 'verdict'>;
  /** The server will have SMPP links: until `watchLinks`, /readyz says they are starting. */
  expectLinks(n: number): void;
  watchLinks(links: () => readonly LinkStatus[]): void;
  /** Counts what a capability sends over SMS, by purpose (`warning`, `one_time_code`). */
  countingSender(sms: SmsSender, purpose: string): SmsSender;
  /** Registers every metric in the app's registry, with gauges read from the store. */
  attach(registry: Registry, store: Store | undefined): void;
  /** /healthz (alive) and /readyz (store and binds). */
  routes(app: FastifyInstance, store: Store | undefined): void;
}

const STATES: readonly ClientState[] = ['idle', 'connecting', 'bound', 'backoff', 'failed', 'closed'];

// Status labels by name (ESME_ROK…): a bounded set, readable in an alert.
const statusLabel = (status: number | null): string => (status === null ? 'request' : describeStatus(status).split(' ')[0] as string);

export function createOps(): Ops {
  const metrics: (Counter<string> | Gauge<string>)[] = [];
  const counter = <L extends string>(name: string, help: string, labelNames: readonly L[]): Counter<L> => {
    const c = new Counter<L>({ name, help, labelNames, registers: [] });
    metrics.push(c as Counter<string>);
    return c;
  };
  const pdus = counter('smishguard_smpp_pdus_total', 'SMPP PDUs read (in) and written (out), by command and command_status (request for requests)', ['direction', 'command', 'status']);
  const bindAttempts = counter('smishguard_smpp_bind_attempts_total', 'SMPP bind attempts, by link and outcome (bound, refused, unreachable)', ['smsc', 'outcome']);
  const bindFailures = counter('smishguard_smpp_bind_failures_total', 'SMPP binds that failed, by link and status (ESME_RINVPASWD…, or unreachable)', ['smsc', 'status']);
  const reconnects = counter('smishguard_smpp_reconnects_total', 'SMPP binds after the first one, by link: the link was lost and came back', ['smsc']);
  const intakeMessages = counter('smishguard_intake_messages_total', '7726 texts, by what they meant (forward, call, sender, no-sender, stop, help, over_cap, …)', ['kind']);
  const intakeReplies = counter('smishguard_intake_replies_total', '7726 replies, by outcome (sent, failed, suppressed after STOP)', ['outcome']);
  const smsSent = counter('smishguard_sms_sent_total', 'SMS sent for a capability, by purpose (warning, one_time_code)', ['purpose']);
  const smsFailed = counter('smishguard_sms_failed_total', 'SMS that could not be sent, by purpose and error code', ['purpose', 'code']);
  const reportsTotal = counter('smishguard_reports_total', 'Reports accepted, by channel (sms, call, web, api) and verdict', ['channel', 'verdict']);

  const bindUp = new Gauge({ name: 'smishguard_smpp_bind_up', help: 'SMPP link bound (1) or not (0), by link', labelNames: ['smsc'], registers: [] });
  const linkState = new Gauge({ name: 'smishguard_smpp_link_state', help: 'SMPP link state: 1 for the state each link is in now', labelNames: ['smsc', 'state'], registers: [] });
  metrics.push(bindUp, linkState);

  let expected = 0;
  let links: (() => readonly LinkStatus[]) | null = null;
  const boundOnce = new Set<string>();

  const ops: Ops = {
    smpp(smsc) {
      bindUp.set({ smsc }, 0);
      for (const s of STATES) linkState.set({ smsc, state: s }, s === 'idle' ? 1 : 0);
      return {
        pdu: (direction, command, status) => pdus.inc({ direction, command, status: statusLabel(status) }),
        bindAttempt(outcome, status) {
          bindAttempts.inc({ smsc, outcome });
          if (outcome === 'bound') {
            if (boundOnce.has(smsc)) reconnects.inc({ smsc });
            boundOnce.add(smsc);
          } else bindFailures.inc({ smsc, status: outcome === 'refused' ? statusLabel(status) : 'unreachable' });
        },
        state(state) {
          bindUp.set({ smsc }, state === 'bound' ? 1 : 0);
          for (const s of STATES) linkState.set({ smsc, state: s }, s === state ? 1 : 0);
        },
      };
    },
    intake: {
      message: (kind) => intakeMessages.inc({ kind }),
      report: (channel, verdict) => reportsTotal.inc({ channel, verdict }),
      reply: (outcome) => intakeReplies.inc({ outcome }),
    },
    reportsTotal,
    expectLinks(n) {
      expected = n;
    },
    watchLinks(l) {
      links = l;
    },
    countingSender(sms, purpose) {
      return {
        available: () => sms.available(),
        async send(m) {
          const r = await sms.send(m);
          if (r.ok) smsSent.inc({ purpose });
          else smsFailed.inc({ purpose, code: r.code });
          return r;
        },
      };
    },
    attach(registry, store) {
      // prom-client's defaults name three gauges *_total, which promtool refuses; the same
      // figures remain by type in nodejs_active_handles, nodejs_active_requests and nodejs_active_resources.
      for (const name of ['nodejs_active_handles_total', 'nodejs_active_requests_total', 'nodejs_active_resources_total']) registry.removeSingleMetric(name);
      for (const m of metrics) registry.registerMetric(m);
      if (!store) return;
      // Read from the store when scraped: true across restarts and across servers sharing it.
      const count = async (query: () => Promise<{ n: number | string | bigint } | undefined>): Promise<number | null> => {
        try {
          return Number((await query())?.n ?? 0);
        } catch {
          return null; // a table another build does not have, or the store down: /readyz says which
        }
      };
      const db = store.db.withTables<{
        intake_dialogues: { reporter: string };
        smpp_parts: { set_key: string; handed_at: number | null };
        line_warnings: { id: string; state: string };
      }>();
      registry.registerMetric(new Gauge({
        name: 'smishguard_intake_dialogues_open', help: '7726 dialogues waiting for the reporter to name the sender', registers: [],
        async collect() {
          const n = await count(() => db.selectFrom('intake_dialogues').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst());
          if (n !== null) this.set(n);
        },
      }));
      registry.registerMetric(new Gauge({
        name: 'smishguard_intake_parts_pending', help: 'Parts of long 7726 messages kept while the rest has not arrived', registers: [],
        async collect() {
          const n = await count(() => db.selectFrom('smpp_parts').select((eb) => eb.fn.countAll<number>().as('n')).where('handed_at', 'is', null).executeTakeFirst());
          if (n !== null) this.set(n);
        },
      }));
      registry.registerMetric(new Gauge({
        name: 'smishguard_warnings_queued', help: 'Warnings to infected lines queued and not yet sent', registers: [],
        async collect() {
          const n = await count(() => db.selectFrom('line_warnings').select((eb) => eb.fn.countAll<number>().as('n')).where('state', '=', 'queued').executeTakeFirst());
          if (n !== null) this.set(n);
        },
      }));
    },
    routes(app, store) {
      const down = { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' }, status: { type: 'string' }, down: { type: 'array', items: { type: 'object', additionalProperties: true } } } } as const;
      app.get('/healthz', {
        schema: { summary: 'Liveness: the process answers (see /readyz for its dependencies)', response: { 200: { type: 'object', properties: { status: { type: 'string' } } } } },
      }, async () => ({ status: 'ok' }));
      app.get('/readyz', {
        schema: { summary: 'Readiness: the store answers and every SMPP bind is up; 503 names what is down', response: { 200: down, 503: down } },
      }, async (_req, reply) => {
        const problems: { component: string; smsc?: string; state?: string; message: string }[] = [];
        if (store) {
          try {
            await store.db.selectFrom('settings').select('name').limit(1).execute();
          } catch (err) {
            problems.push({ component: 'store', message: `the store does not answer: ${(err as Error).message.slice(0, 200)}` });
          }
        }
        if (links) {
          for (const l of links()) if (l.state !== 'bound') problems.push({ component: 'smpp', smsc: l.smsc, state: l.state, message: `SMPP link to ${l.smsc} is not bound (${l.state})` });
        } else if (expected > 0) {
          problems.push({ component: 'smpp', state: 'starting', message: `${expected} SMPP link(s) not started yet` });
        }
        if (problems.length === 0) return { status: 'ready', down: [] };
        return reply.code(503).send({ code: 'E_NOT_READY', message: problems.map((x) => x.message).join('; '), status: 'unavailable', down: problems });
      });
    },
  };
  return ops;
}
