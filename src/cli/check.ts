// `smishguard check TEXT [--from NUMBER] [--json]` and `smishguard check --jsonl`.
import { getEngine } from '../engine/index.js';
import type { Analysis, Reason } from '../core/types.js';
import type { Engine } from '../core/engine.js';
import { openRegistrySnapshot, withRegistry } from '../registry/index.js';
import { openReputationSnapshot, withReputation } from '../reputation/index.js';
import { openStore, type Store } from '../store/index.js';
import { EX, fail, parse, showUsage } from './args.js';
import { checkLine, type RowShape } from './check-line.js';
import { checkJsonlParallel } from './check-parallel.js';
import { progressMeter, type Progress } from './input.js';
import { RowBuffer } from './row-buffer.js';
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { jsonLineBatches } from './json-lines.js';

const HELP = `usage: smishguard check TEXT [--from NUMBER] [--json] [--lang ja|en]
       smishguard check - [--from NUMBER] [--json]     (the text is read from stdin)
       smishguard check --jsonl [--brief] < messages.jsonl

  TEXT          the SMS text (quote it); - reads it from stdin
  --from        the sender as shown to the recipient (number, short code or sender ID)
  --json        print the verdict as JSON
  --lang        language of the explanations (default: from LANG, else en)
  --jsonl       read {"id","text","from"?} lines on stdin, write one
                {"id","verdict","score","reasons","indicators"} line per input, in order
  --brief       with --jsonl: write {"id","verdict","score","codes"} instead (the reason codes,
                strongest first; no texts, details or indicators): a fifth of the bytes, for
                filters that only act on verdicts
  --workers N   with --jsonl: analyse on N worker threads (default: one per core; 1 = none)
  --db PATH     consult the trusted indicators (suspected, confirmed) and the sender registry of
                this store: a SQLite file or postgres://…; with --jsonl the analysis then runs
                on one thread

--jsonl: blank lines are skipped (they get no output row), so match rows by "id". A line
that cannot be analysed gets {"id"?, "line": N, "error": {"code", "message"}}, N counting
every input line from 1, blank ones included; the stream goes on, and the exit code is 65
when any line was refused. Codes: E_BAD_JSON, E_NOT_OBJECT, E_BAD_ID, E_BAD_TEXT,
E_EMPTY_TEXT, E_BAD_FROM, E_LINE_TOO_LONG. On a terminal, a count of rows written is shown
on stderr.`;

export async function run(args: string[]): Promise<number> {
  const parsed = parse(args, {
    from: { type: 'string' },
    json: { type: 'boolean' },
    jsonl: { type: 'boolean' },
    brief: { type: 'boolean' },
    lang: { type: 'string' },
    workers: { type: 'string' },
    db: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (!parsed.ok) return fail('check', parsed.error);
  const { values, positionals } = parsed.value;
  if (values.help) return showUsage(HELP, true);
  let withStore: Engine | undefined;
  let done = async (): Promise<void> => {};
  if (values.db !== undefined) {
    const opened = await engineWithStore(values.db);
    if (!opened.ok) return fail('check', opened.error, EX.UNAVAILABLE);
    withStore = opened.engine;
    done = opened.close;
  }
  try {
    return await runWith(withStore, values, positionals);
  } finally {
    await done();
  }
}

/** The engine backed by a store's trusted indicators, loaded once. */
async function engineWithStore(db: string): Promise<{ ok: true; engine: Engine; close(): Promise<void> } | { ok: false; error: { code: string; message: string } }> {
  let store: Store;
  try {
    store = await openStore(/^postgres(ql)?:\/\//.test(db) ? { databaseUrl: db } : { sqlitePath: db });
  } catch (err) {
    return { ok: false, error: { code: 'E_STORE', message: `cannot open the store: ${(err as Error).message}` } };
  }
  const snapshot = await openReputationSnapshot(store, { refreshMs: 0 });
  const registry = await openRegistrySnapshot(store, { refreshMs: 0 });
  return { ok: true, engine: withRegistry(withReputation(getEngine(), snapshot.lookup), registry), close: () => store.close() };
}

async function runWith(withStore: Engine | undefined, values: { jsonl?: boolean; brief?: boolean; workers?: string; from?: string; lang?: string; json?: boolean }, positionals: string[]): Promise<number> {
  if (values.brief && !values.jsonl) return fail('check', { code: 'E_USAGE', message: '--brief goes with --jsonl' });
  if (values.jsonl) {
    const shape: RowShape = values.brief ? 'brief' : 'full';
    if (positionals.length > 0 && !(positionals.length === 1 && positionals[0] === '-')) return fail('check', { code: 'E_USAGE', message: '--jsonl reads stdin; give no TEXT' });
    const workers = withStore ? 1 : values.workers === undefined ? defaultWorkers() : Number(values.workers);
    if (!Number.isInteger(workers) || workers < 1 || workers > 64) return fail('check', { code: 'E_USAGE', message: '--workers is a whole number from 1 to 64' });
    // A reader that stops early (`| head`) ends the run quietly: nothing here is kept, so
    // there is nothing to finish.
    process.stdout.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code !== 'EPIPE') throw err;
      process.exit(0);
    });
    // V8 pretenures an allocation site when a minor collection finds many of its objects alive,
    // and early in a run (a small young generation, a message half analysed) it can find the
    // engine's per-message objects so: from then on they are made in the old generation, die
    // there, and every minor collection pays for them. Seen on the one-thread path in about half
    // the runs: 100,000 Japanese messages took 3.7-5.3 s of CPU and 210-240 MB, against 3.3-3.45 s
    // and 143 MB in every run without pretenuring. The flag is process-wide (workers too) and is
    // set before the engine is built.
    setFlagsFromString('--no-allocation-site-pretenuring');
    const progress = progressMeter('check', 'rows');
    // Only the thread that analyses builds the engine: on the parallel path the workers do.
    const r = workers > 1
      ? await checkJsonlParallel(workers, process.stdin, process.stdout, progress.add, shape)
      : await checkJsonl(withStore ?? getEngine(), process.stdin, process.stdout, progress, shape);
    progress.done();
    if (r.code !== EX.OK) return r.code;
    if (r.errors > 0) process.stderr.write(`smishguard check: ${r.errors} line${r.errors === 1 ? '' : 's'} refused (error rows in the output)\n`);
    return r.errors > 0 ? EX.DATAERR : EX.OK;
  }
  if (positionals.length !== 1) {
    process.stderr.write(HELP + '\n');
    return fail('check', { code: 'E_USAGE', message: 'expected one TEXT argument (quote the message, or - to read it from stdin)' });
  }
  let text = positionals[0] as string;
  if (text === '-') {
    try {
      text = await readAll(process.stdin);
    } catch (err) {
      return fail('check', { code: 'E_INPUT', message: `could not read stdin: ${(err as Error).message}` }, EX.IOERR);
    }
    // The newline that ends a piped text is not part of the message.
    text = text.replace(/\r?\n$/, '');
  }
  if (text.trim() === '') return fail('check', { code: 'E_EMPTY_TEXT', message: 'the message text is empty' }, EX.DATAERR);
  const engine = withStore ?? getEngine();
  const analysis = engine.analyse({ text, from: values.from });
  const lang = values.lang ?? (process.env.LANG?.startsWith('ja') ? 'ja' : 'en');
  if (lang !== 'ja' && lang !== 'en') return fail('check', { code: 'E_USAGE', message: '--lang is ja or en' });
  process.stdout.write(values.json ? JSON.stringify(toJson(analysis), null, 2) + '\n' : formatReadable(analysis, lang));
  return 0;
}

async function readAll(input: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of input) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * One worker per core: the main thread only cuts input into batches and writes the
 * answers, so it needs no core of its own (measured on 2 cores, 200,000 messages:
 * 2 workers took 0.80 of the wall time of 3).
 */
function defaultWorkers(): number {
  const cores = availableParallelism();
  return cores > 1 ? cores : 1;
}

function toJson(a: Analysis): object {
  return { verdict: a.verdict, score: a.score, reasons: a.reasons, indicators: a.indicators, sender: a.sender };
}

const LABEL = {
  en: { block: 'BLOCK — smishing', suspicious: 'SUSPICIOUS — be careful', allow: 'ALLOW — nothing suspicious found' },
  ja: { block: 'ブロック — 詐欺SMSです', suspicious: '要注意 — 不審な点があります', allow: '問題なし — 不審な点は見つかりません' },
} as const;

export function formatReadable(a: Analysis, lang: 'ja' | 'en'): string {
  const lines = [`${LABEL[lang][a.verdict]}  (score ${a.score}/100)`];
  if (a.sender) lines.push(`${lang === 'ja' ? '送信元' : 'sender'}: ${a.sender.raw} (${a.sender.kind}, ${a.sender.route})`);
  if (a.reasons.length > 0) {
    lines.push(lang === 'ja' ? '理由:' : 'reasons:');
    for (const r of a.reasons) lines.push(`  ${formatWeight(r)}  ${r.code}  ${r[lang]}`);
  }
  const { urls, phones, emails } = a.indicators;
  if (urls.length + phones.length + emails.length > 0) {
    lines.push(lang === 'ja' ? '検出した項目:' : 'indicators:');
    for (const u of urls) lines.push(`  url    ${defang(u.raw)}${u.domain ? `  (${u.domain})` : ''}`);
    for (const p of phones) lines.push(`  phone  ${p.raw}  (${p.kind})`);
    for (const e of emails) lines.push(`  email  ${defang(e)}`);
  }
  return lines.join('\n') + '\n';
}

function formatWeight(r: Reason): string {
  const w = Math.round(r.weight);
  return (w > 0 ? `+${w}` : String(w)).padStart(4);
}

/** Shown, never clickable: terminals turn URLs into links. */
function defang(s: string): string {
  return s.replace(/^http/i, 'hxxp').replace(/\./g, '[.]');
}

/**
 * Streams JSONL: one output line per non-blank input line, in order. Each line is handled
 * as it arrives, so memory stays flat whatever the input size; output is batched and
 * respects the pipe's back-pressure.
 */
export async function checkJsonl(engine: Engine, input: NodeJS.ReadableStream, output: NodeJS.WritableStream, progress?: Progress, shape: RowShape = 'full'): Promise<{ code: number; errors: number }> {
  const batch = new RowBuffer();
  let lineNo = 0;
  let rows = 0;
  let errors = 0;
  const flush = async (): Promise<void> => {
    if (batch.byteLength === 0) return;
    const chunk = batch.take();
    progress?.add(rows);
    rows = 0;
    if (!output.write(chunk)) await new Promise<void>((resolve) => output.once('drain', () => resolve()));
  };
  try {
    for await (const lines of jsonLineBatches(input)) {
      for (const line of lines) {
        lineNo++;
        if (line.trim() === '') continue;
        const r = checkLine(engine, line, lineNo, shape);
        batch.push(r.row);
        rows++;
        if (r.error) errors++;
        if (batch.byteLength > 65536) await flush();
      }
    }
  } catch (err) {
    await flush();
    process.stderr.write(`smishguard check: could not read input: ${(err as Error).message} (E_INPUT)\n`);
    return { code: EX.IOERR, errors };
  }
  await flush();
  return { code: EX.OK, errors };
}

