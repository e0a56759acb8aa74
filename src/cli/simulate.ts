// `smishguard simulate`: synthetic carrier traffic (JSONL, time-ordered) on stdout, the ground
// truth apart in --truth FILE. Deterministic: the same options give the same bytes.
import { writeFileSync } from 'node:fs';
import { recordLine, simulate, VARIANTS, type VariantName } from '../simulate/index.js';
import { fail, parse } from './args.js';

const HELP = `usage: smishguard simulate --lines N --infected K --hours H --seed S [--truth FILE] [--start ISO]
                          [--variant ${Object.keys(VARIANTS).join('|')}] [--proxies P]

Writes traffic records ({"ts","from","to","origin","text"?}) to stdout in event-time order:
ordinary users through the day, New-Year greeting blasts, club organisers, shop reminders,
delivery drivers, aggregators' one-time codes and marketing, international traffic,
infected handsets that burst or creep, and verification proxies. --truth FILE receives the
infected lines with their first-lure times, the proxies, the hard-negative lines and the
subscribers' reports naming senders (the 'reported' variant makes them) as JSON.
--start defaults to 2025-12-31T15:00:00Z (New Year's midnight in Japan).`;

function count(name: string, raw: string | undefined, min: number): number | string {
  if (raw === undefined) return `--${name} is required`;
  const n = Number(raw);
  return Number.isInteger(n) && n >= min ? n : `--${name} must be an integer ≥ ${min}`;
}

export async function run(args: string[]): Promise<number> {
  const parsed = parse(args, {
    lines: { type: 'string' }, infected: { type: 'string' }, hours: { type: 'string' }, seed: { type: 'string' },
    truth: { type: 'string' }, start: { type: 'string' }, variant: { type: 'string' }, proxies: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (!parsed.ok) return fail('simulate', parsed.error);
  const { values } = parsed.value;
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const lines = count('lines', values.lines, 1);
  const infected = count('infected', values.infected, 0);
  const hours = count('hours', values.hours, 1);
  const seed = count('seed', values.seed, 0);
  const proxies = values.proxies === undefined ? undefined : count('proxies', values.proxies, 0);
  for (const v of [lines, infected, hours, seed, proxies]) if (typeof v === 'string') return fail('simulate', { code: 'E_USAGE', message: `${v}\n${HELP}` });
  if ((infected as number) + (proxies as number | undefined ?? 0) > (lines as number)) return fail('simulate', { code: 'E_USAGE', message: '--infected (plus --proxies) cannot exceed --lines' });
  let start: number | undefined;
  if (values.start !== undefined) {
    start = Date.parse(values.start);
    if (Number.isNaN(start)) return fail('simulate', { code: 'E_BAD_TIME', message: `--start: '${values.start}' is not an ISO 8601 time` });
  }
  const variant = values.variant ?? 'default';
  if (!(variant in VARIANTS)) return fail('simulate', { code: 'E_USAGE', message: `--variant must be one of ${Object.keys(VARIANTS).join(', ')}` });
  const sim = simulate({
    lines: lines as number, infected: infected as number, hours: hours as number, seed: seed as number, variant: variant as VariantName,
    ...(start === undefined ? {} : { start }), ...(proxies === undefined ? {} : { proxies: proxies as number }),
  });
  if (values.truth !== undefined) {
    const t = sim.truth;
    const iso = (ms: number): string => new Date(ms).toISOString();
    try {
      writeFileSync(values.truth, JSON.stringify({
        seed: t.seed, variant: t.variant, start: iso(t.start), hours: t.hours, lines: t.lines,
        infected: t.infected.map((i) => ({ line: i.line, mode: i.mode, first_lure_at: iso(i.firstLure), lures: i.lures })),
        proxies: t.proxies, negatives: t.negatives,
        reports: t.reports.map((r) => ({ line: r.line, reporter: r.reporter, at: iso(r.at) })),
      }, null, 2) + '\n');
    } catch (err) {
      return fail('simulate', { code: 'E_TRUTH_FILE', message: `--truth: ${(err as Error).message}` }, 73);
    }
  }
  // A reader that stops early (`| head`) is not an error: stop writing and exit cleanly.
  let closed = false;
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
    closed = true;
  });
  let batch = '';
  for (const r of sim.records) {
    if (closed) return 0;
    batch += recordLine(r) + '\n';
    if (batch.length > 1 << 16) {
      if (!process.stdout.write(batch)) await new Promise<void>((resolve) => process.stdout.once('drain', () => resolve()).once('error', () => resolve()));
      batch = '';
    }
  }
  if (!closed) await new Promise<void>((resolve) => process.stdout.write(batch, () => resolve()));
  return 0;
}
