// `smishguard lines …`: infected-line detection from traffic records, the analysts' and the
// call centre's views, retention, and the NATS JetStream publisher and workers.
import { createReadStream } from 'node:fs';
import { userInfo } from 'node:os';
import { createInterface } from 'node:readline';
import { getEngine } from '../engine/index.js';
import { openRegistrySnapshot, withRegistry, type RegistrySnapshot } from '../registry/index.js';
import { CASE_STATES, type CaseState } from '../lines/cases.js';
import { openLinesPipeline, flagJson } from '../lines/pipeline.js';
import { ingest } from '../lines/stream.js';
import { worklistCsv } from '../lines/worklist.js';
import { parseDuration, purgeOnce } from '../lines/retention.js';
import { openConsent } from '../consent/index.js';
import { WARNING_STATES, type WarningState } from '../lines/tables.js';
import { warningSwitch } from '../lines/warnings.js';
import { EX, fail, failWith, parse, showUsage } from './args.js';
import { STORE_HELP, STORE_OPTIONS, storeFor } from './store-option.js';
import { inputProblem, progressMeter } from './input.js';
import type * as NatsLines from '../lines/nats.js';
import type { StreamTarget } from '../lines/nats.js';

type NatsModule = typeof NatsLines;

const HELP = `usage: smishguard lines detect --input FILE|- [--db PATH]
       smishguard lines list [--kind infected|verification-proxy] [--limit N] [--db PATH]
       smishguard lines cases [--state STATE] [--limit N] [--db PATH]
       smishguard lines case ID --state STATE [--note TEXT] [--db PATH]
       smishguard lines worklist [--db PATH]             (CSV for the call centre)
       smishguard lines warnings [list] [--state STATE|all] [--limit N] [--db PATH]
       smishguard lines warnings approve|deny ID... [--note TEXT] [--warning-max-age 24h] [--db PATH]
       smishguard lines warnings stop --reason TEXT [--db PATH]
       smishguard lines warnings resume|status [--db PATH]
       smishguard lines purge [--older-than 30d] [--db PATH]
       smishguard lines publish --nats URL --input FILE|- [--partitions N] [--stream NAME] [--db PATH]
       smishguard lines worker --nats URL --partitions N --worker I/K [--stream NAME] [--db PATH]
                               [--exit-when-idle DURATION]

detect reads traffic records (JSONL: {"ts","from","to","origin","text"?}) and writes one JSON
line per flagged line: {"line","kind","score","first_flagged_at","reasons"}. kind is
"infected" or "verification-proxy" (SMS認証代行, for the KYC team). Flags and cases are
recorded in the store (made when missing; list, cases, case, worklist, warnings and purge need
an existing one) — always a store, because consent lives there: a line opted out of detection is dropped before anything
about it is computed, as sender and as recipient. A bad line is reported on stderr with its
number and the stream goes on (exit 65 at the end when there were any).

Case states: ${CASE_STATES.join(' → ')}; a cleaned or closed line that offends again is
reopened and escalated to the worklist. Warnings are texted by \`smishguard serve\` with --smsc.

Warnings wait as pending until an analyst approves them (serve --warnings review, the
default; auto approves them, off queues none). \`warnings\` lists the pending ones (--state
${'pending, queued, sending, sent, skipped, denied or all'}); approve and deny take warning ids and
print one JSON result per id (exit 65 when any was refused); a warning about traffic older than
--warning-max-age is dropped instead of approved. stop holds every warning on every server
until resume (kept in the store); status shows the stop and the queue. Decisions and the stop
are audited with the operating-system user.

publish leaves out the records of lines opted out of detection (sender or recipient; consent
is read from the store, as detect does) and sends the others to JetStream subjects traffic.<partition>, partition = a stable hash of
the sending line (of the recipient for aggregator and international records, so a line's
received one-time codes meet its own sends) mod N. worker I/K (1 ≤ I ≤ K) consumes partitions
p with p mod K = I-1, one durable pull consumer and one detector per partition, so any number
of workers flags the same lines.

${STORE_HELP}`;

const OPTIONS = {
  input: { type: 'string' }, ...STORE_OPTIONS, kind: { type: 'string' }, limit: { type: 'string' }, state: { type: 'string' },
  note: { type: 'string' }, 'older-than': { type: 'string' }, nats: { type: 'string' }, partitions: { type: 'string' }, worker: { type: 'string' },
  stream: { type: 'string' }, 'exit-when-idle': { type: 'string' }, reason: { type: 'string' }, 'warning-max-age': { type: 'string' }, help: { type: 'boolean', short: 'h' },
} as const;

const usage = (message: string): number => fail('lines', { code: 'E_USAGE', message });

function limitOf(v: string | undefined, dflt: number): number | null {
  if (v === undefined) return dflt;
  return /^[1-9]\d{0,4}$/.test(v) ? Number(v) : null;
}

// A reader that stops early (`| head`) is not an error: output stops, but detection goes on to
// the end, because flags and cases are recorded in the store as well.
let stdoutClosed = false;
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code !== 'EPIPE') throw err;
  stdoutClosed = true;
});

async function write(s: string): Promise<void> {
  if (stdoutClosed) return;
  if (!process.stdout.write(s)) await new Promise<void>((resolve) => process.stdout.once('drain', () => resolve()).once('error', () => resolve()));
}

export async function run(args: string[]): Promise<number> {
  const parsed = parse(args, OPTIONS);
  if (!parsed.ok) return fail('lines', parsed.error);
  const { values, positionals } = parsed.value;
  const [action, ...rest] = positionals;
  if (values.help || !action) return showUsage(HELP, values.help === true);
  if (action === 'publish' || action === 'worker') {
    return action === 'publish' ? publishCommand(values) : workerCommand(values);
  }
  if (!['detect', 'list', 'cases', 'case', 'worklist', 'warnings', 'purge'].includes(action)) return usage(`unknown action '${action}' (--help lists them)`);
  if (action === 'warnings' && rest[0] === 'list') rest.shift();
  if (action === 'warnings' && rest.length > 0) return warningsCommand(rest, values);
  if (action !== 'case' && rest.length > 0) return usage(`unexpected argument '${rest[0]}'`);

  // Everything is checked before the store opens.
  if (action === 'detect') {
    if (!values.input) return usage('--input FILE (or - for stdin) is required');
    const problem = inputProblem(values.input);
    if (problem) return fail('lines', problem, EX.NOINPUT);
  }
  const limit = limitOf(values.limit, 100);
  if (limit === null) return usage('--limit must be 1–99999');
  if (values.kind !== undefined && values.kind !== 'infected' && values.kind !== 'verification-proxy') return usage('--kind must be infected or verification-proxy');
  if (action === 'warnings') {
    if (values.state !== undefined && values.state !== 'all' && !WARNING_STATES.includes(values.state as WarningState)) return usage(`--state must be one of ${WARNING_STATES.join(', ')} or all`);
  } else if (values.state !== undefined && !CASE_STATES.includes(values.state as CaseState)) return usage(`--state must be one of ${CASE_STATES.join(', ')}`);
  if (action === 'case' && (rest.length !== 1 || !values.state)) return usage('lines case ID --state STATE');
  let olderThanMs = 30 * 24 * 3600_000;
  if (values['older-than'] !== undefined) {
    const d = parseDuration(values['older-than']);
    if (d === null) return usage('--older-than takes a duration such as 30d, 72h or 90m');
    olderThanMs = d;
  }

  const opened = await storeFor(values, action === 'detect' ? { access: 'create', needsSecret: true } : { access: 'existing' });
  if (!opened.ok) return failWith('lines', opened.error);
  const { store } = opened;
  try {
    if (action === 'detect') {
      // Texts are judged with the store's sender registry, as serve judges them.
      const registry = await openRegistrySnapshot(store, { refreshMs: 0 });
      const pipeline = await openLinesPipeline({ store, engine: withRegistry(getEngine(), registry), actor: 'cli' });
      const detector = pipeline.newDetector();
      const source = `cli:${values.input === '-' ? 'stdin' : values.input}`;
      await store.audit.append({ actor: 'cli', action: 'lines.detect', subject: source });
      // Opened only now, with nothing awaited before the loop reads it: readline drops
      // lines emitted while nobody iterates.
      const input = values.input === '-' ? process.stdin : createReadStream(values.input as string);
      // Progress on a terminal only: a long run is not silent, and logs and pipes stay clean.
      const progress = progressMeter('lines', 'records');
      const lines = progress.count(createInterface({ input, crlfDelay: Infinity }));
      // A long feed on stdin sees opt-outs made meanwhile, as a worker does.
      const refresh = setInterval(() => void pipeline.refresh().catch(() => {}), 30_000);
      refresh.unref();
      const counts = await ingest(lines, {
        detector, pipeline, source,
        async onFlag(f) {
          await write(flagJson(f) + '\n');
        },
        onBad(n, error) {
          process.stderr.write(`smishguard lines: line ${n}: ${error} (E_BAD_RECORD)\n`);
        },
      });
      clearInterval(refresh);
      progress.done();
      process.stderr.write(`smishguard lines: ${counts.records} records, ${counts.flags} flags, ${counts.bad} bad lines, ${detector.evictions} lines evicted (detector bound)\n`);
      return counts.bad > 0 ? EX.DATAERR : EX.OK;
    }
    const { linesRecords } = await import('../lines/records.js');
    const records = linesRecords(store);
    if (action === 'list') {
      const flags = await records.listFlags({ limit, kind: values.kind as 'infected' | 'verification-proxy' | undefined });
      await store.audit.append({ actor: 'cli', action: 'lines.list', subject: values.kind ?? 'all', detail: { count: flags.length } });
      for (const f of flags) await write(JSON.stringify({ line: f.line, kind: f.kind, score: f.score, firstFlaggedAt: f.firstFlaggedAt, reasons: f.reasons, evidence: f.evidence, recordedAt: f.recordedAt }) + '\n');
      return 0;
    }
    if (action === 'cases') {
      const cases = await records.listCases({ limit, state: values.state as CaseState | undefined, kind: values.kind as 'infected' | 'verification-proxy' | undefined });
      await store.audit.append({ actor: 'cli', action: 'lines.cases', subject: values.state ?? 'all', detail: { count: cases.length } });
      for (const c of cases) await write(JSON.stringify(c) + '\n');
      return 0;
    }
    if (action === 'case') {
      const r = await records.setState(rest[0] as string, values.state as CaseState, 'cli', values.note);
      if (!r.ok) return fail('lines', r, r.code === 'E_NOT_FOUND' ? EX.NOT_FOUND : EX.DATAERR);
      console.log(JSON.stringify(r.case));
      return 0;
    }
    if (action === 'worklist') {
      const cases = await records.worklist();
      await store.audit.append({ actor: 'cli', action: 'lines.worklist', subject: 'call-centre', detail: { count: cases.length } });
      await write(worklistCsv(cases));
      return 0;
    }
    if (action === 'warnings') {
      // The review queue by default: what waits for an analyst.
      const state = values.state === 'all' ? undefined : ((values.state ?? 'pending') as WarningState);
      const ws = await records.warnings.list({ limit, state });
      await store.audit.append({ actor: cliActor(), action: 'lines.warnings', subject: state ?? 'all', detail: { count: ws.length } });
      for (const w of ws) await write(JSON.stringify(w) + '\n');
      return 0;
    }
    const cutoff = new Date(Date.now() - olderThanMs).toISOString();
    const r = await purgeOnce(records, { cutoff, actor: 'cli', consent: openConsent(store) });
    console.log(`purged before ${cutoff}: ${r.flags} flags, ${r.cases} closed cases, ${r.warnings} warnings`);
    if (r.optedOut && r.optedOut.lines > 0) console.log(`opted out of detection since: ${r.optedOut.lines} lines, ${r.optedOut.flags} flags deleted, ${r.optedOut.cases} cases closed, ${r.optedOut.warnings} warnings skipped`);
    return 0;
  } finally {
    await store.close();
  }
}

/** Who acts from the command line, for the audit log: the operating-system user. */
function cliActor(): string {
  try {
    return `cli:${userInfo().username}`;
  } catch {
    return 'cli';
  }
}

/** `lines warnings approve|deny|stop|resume|status` (list is `lines warnings`). */
async function warningsCommand(rest: string[], v: Values): Promise<number> {
  const [sub, ...ids] = rest;
  if (sub !== 'approve' && sub !== 'deny' && sub !== 'stop' && sub !== 'resume' && sub !== 'status') return usage(`unknown warnings action '${sub}' (list, approve, deny, stop, resume or status)`);
  if ((sub === 'approve' || sub === 'deny') && ids.length === 0) return usage(`lines warnings ${sub} ID... (ids from \`lines warnings\`)`);
  if ((sub === 'stop' || sub === 'resume' || sub === 'status') && ids.length > 0) return usage(`unexpected argument '${ids[0]}'`);
  if (sub === 'stop' && (typeof v.reason !== 'string' || v.reason.trim() === '')) return usage('lines warnings stop --reason TEXT (why, for the audit log and the other analysts)');
  const maxAgeMs = parseDuration(typeof v['warning-max-age'] === 'string' ? v['warning-max-age'] : '24h');
  if (maxAgeMs === null) return usage('--warning-max-age takes a duration such as 24h or 6h (the serve setting)');
  const note = typeof v.note === 'string' ? v.note : undefined;
  const opened = await storeFor(storeValues(v), { access: 'existing' });
  if (!opened.ok) return failWith('lines', opened.error);
  const { store } = opened;
  try {
    const actor = cliActor();
    const control = warningSwitch(store);
    if (sub === 'stop') {
      console.log(JSON.stringify({ stopped: await control.stop(actor, v.reason as string) }));
      return 0;
    }
    if (sub === 'resume') {
      console.log(JSON.stringify({ stopped: null, was: await control.resume(actor) }));
      return 0;
    }
    const { linesRecords } = await import('../lines/records.js');
    const records = linesRecords(store);
    if (sub === 'status') {
      const pending = await records.warnings.count('pending');
      const sentLastHour = await records.warnings.sentSince(new Date(Date.now() - 3600_000).toISOString());
      console.log(JSON.stringify({ stopped: await control.get(), pending, sentLastHour }));
      return 0;
    }
    let refused = 0;
    for (const id of ids) {
      const r = await records.warnings.decide(id, sub, actor, { maxAgeMs, note });
      if (!r.ok) refused++;
      await write(JSON.stringify(r.ok ? { id, ok: true, state: r.warning.state } : { id, ok: false, error: { code: r.code, message: r.message } }) + '\n');
    }
    return refused > 0 ? 65 : 0;
  } finally {
    await store.close();
  }
}

// NATS JetStream: loaded only by these two actions.
type Values = { readonly [k: string]: string | boolean | undefined };

const storeValues = (v: Values): { db?: string; 'secret-file'?: string } => ({
  db: typeof v.db === 'string' ? v.db : undefined,
  'secret-file': typeof v['secret-file'] === 'string' ? v['secret-file'] : undefined,
});

function targetOf(v: Values, partitionsRequired: boolean, nats: NatsModule): StreamTarget | string {
  if (typeof v.nats !== 'string' || !/^(nats|tls|wss?):\/\/./.test(v.nats)) return '--nats nats://HOST:4222 is required';
  const raw = v.partitions;
  if (raw === undefined && partitionsRequired) return '--partitions N is required (the same N the records were published with)';
  const partitions = raw === undefined ? 8 : Number(raw);
  if (!Number.isInteger(partitions) || partitions < 1 || partitions > 1024) return '--partitions must be 1–1024';
  const stream = typeof v.stream === 'string' ? v.stream : nats.DEFAULT_STREAM;
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(stream)) return '--stream: letters, digits, _ and - only';
  // Another stream than the default gets its own subjects, so streams never overlap.
  return { stream, prefix: stream === nats.DEFAULT_STREAM ? nats.DEFAULT_PREFIX : `${nats.DEFAULT_PREFIX}.${stream}`, partitions };
}

async function publishCommand(v: Values): Promise<number> {
  const nats = await import('../lines/nats.js');
  const target = targetOf(v, false, nats);
  if (typeof target === 'string') return usage(target);
  if (typeof v.input !== 'string') return usage('--input FILE (or - for stdin) is required');
  const problem = inputProblem(v.input);
  if (problem) return fail('lines', problem, EX.NOINPUT);
  // The stream keeps records (texts and recipients) for a day: an opted-out line's are not put
  // there at all, so the publisher needs the consent store as detect and the workers do.
  const opened = await storeFor(storeValues(v), { access: 'create' });
  if (!opened.ok) return failWith('lines', opened.error);
  const { store } = opened;
  let gate;
  try {
    gate = await openConsent(store).detectionGate();
  } finally {
    await store.close();
  }
  let nc;
  try {
    nc = await nats.connectNats(v.nats as string);
  } catch (err) {
    return fail('lines', { code: 'E_NATS', message: `cannot connect to ${v.nats}: ${(err as Error).message}` }, 69);
  }
  try {
    const input = v.input === '-' ? process.stdin : createReadStream(v.input);
    const r = await nats.publishTraffic(nc, target, createInterface({ input, crlfDelay: Infinity }), (n, e) => process.stderr.write(`smishguard lines: line ${n}: ${e} (E_BAD_RECORD)\n`), { excluded: gate.excluded });
    process.stderr.write(`smishguard lines: published ${r.records} records in ${r.messages} messages to ${target.stream} (${target.partitions} partitions), ${r.dropped} records of lines opted out of detection left out, ${r.bad.length} bad lines\n`);
    return r.bad.length > 0 ? 65 : 0;
  } catch (err) {
    return fail('lines', { code: 'E_NATS', message: (err as Error).message }, 69);
  } finally {
    await nc.drain();
  }
}

async function workerCommand(v: Values): Promise<number> {
  const nats = await import('../lines/nats.js');
  const target = targetOf(v, true, nats);
  if (typeof target === 'string') return usage(target);
  const m = /^(\d+)\/(\d+)$/.exec(typeof v.worker === 'string' ? v.worker : '');
  const index = m ? Number(m[1]) : 0;
  const count = m ? Number(m[2]) : 0;
  if (!m || index < 1 || index > count || count > target.partitions) return usage('--worker I/K: this is worker I of K (1 ≤ I ≤ K ≤ partitions)');
  let idleMs: number | undefined;
  if (typeof v['exit-when-idle'] === 'string') {
    const d = parseDuration(v['exit-when-idle']);
    if (d === null) return usage('--exit-when-idle takes a duration such as 5s or 2m');
    idleMs = d;
  }
  const opened = await storeFor(storeValues(v), { access: 'create', needsSecret: true });
  if (!opened.ok) return failWith('lines', opened.error);
  const { store } = opened;
  let nc;
  try {
    nc = await nats.connectNats(v.nats as string);
  } catch (err) {
    await store.close();
    return fail('lines', { code: 'E_NATS', message: `cannot connect to ${v.nats}: ${(err as Error).message}` }, 69);
  }
  let registry: RegistrySnapshot | undefined;
  try {
    // The sender registry polled like serve's, so an entry an admin changes counts here within seconds.
    registry = await openRegistrySnapshot(store, { log: { warn: (_o, m) => process.stderr.write(`smishguard lines: ${m}\n`) } });
    const pipeline = await openLinesPipeline({ store, engine: withRegistry(getEngine(), registry), actor: `worker:${index}/${count}` });
    const worker = await nats.startWorker(nc, {
      target, index, count, pipeline, exitWhenIdleMs: idleMs,
      onFlag: (f) => void process.stdout.write(flagJson(f) + '\n'),
      onBad: (p, e) => process.stderr.write(`smishguard lines: partition ${p}: ${e} (E_BAD_RECORD)\n`),
    });
    process.stderr.write(`smishguard lines: worker ${index}/${count} consuming ${target.stream} partitions ${worker.partitions.join(',')}\n`);
    const stop = (): void => worker.stop();
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
    const done = await worker.done;
    process.off('SIGTERM', stop);
    process.off('SIGINT', stop);
    process.stderr.write(`smishguard lines: worker ${index}/${count}: ${done.records} records, ${done.flags} flags, ${done.bad} bad\n`);
    return 0;
  } catch (err) {
    return fail('lines', { code: 'E_NATS', message: (err as Error).message }, 69);
  } finally {
    registry?.close();
    await nc.drain();
    await store.close();
  }
}
