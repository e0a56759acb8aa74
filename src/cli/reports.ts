// `smishguard reports export [--db PATH] [--since TIME]`: every report as JSONL, streamed,
// readable while the server runs (SQLite WAL readers do not block the writer).
import { fail, failWith, parse, showUsage } from './args.js';
import { STORE_HELP, STORE_OPTIONS, storeFor } from './store-option.js';

const HELP = `usage: smishguard reports export [--db PATH] [--since TIME]

Writes one JSON line per report: id, receivedAt, channel, text, sender, verdict, score,
reasons, indicators (the field names of the API's reports). --since takes an ISO 8601 time
(2026-11-24 or 2026-11-24T09:00:00Z). The store must exist.

${STORE_HELP}`;

export async function run(args: string[]): Promise<number> {
  const parsed = parse(args, { ...STORE_OPTIONS, since: { type: 'string' }, help: { type: 'boolean', short: 'h' } });
  if (!parsed.ok) return fail('reports', parsed.error);
  const { values, positionals } = parsed.value;
  if (values.help) return showUsage(HELP, true);
  if (positionals[0] !== 'export' || positionals.length !== 1) {
    process.stderr.write(HELP + '\n');
    return fail('reports', { code: 'E_USAGE', message: "expected 'reports export'" });
  }
  let since: string | undefined;
  if (values.since !== undefined) {
    const t = new Date(values.since);
    if (Number.isNaN(t.getTime())) return fail('reports', { code: 'E_BAD_TIME', message: `--since: '${values.since}' is not an ISO 8601 time` });
    since = t.toISOString();
  }
  const opened = await storeFor(values, { access: 'existing' });
  if (!opened.ok) return failWith('reports', opened.error);
  const { store } = opened;
  try {
    await store.audit.append({ actor: 'cli', action: 'reports.export', subject: since ?? 'all' });
    let batch = '';
    for await (const r of store.reports.exportSince(since)) {
      batch += JSON.stringify({ id: r.id, receivedAt: r.receivedAt, channel: r.channel, text: r.text, sender: r.sender, verdict: r.verdict, score: r.score, reasons: r.reasons, indicators: r.indicators }) + '\n';
      if (batch.length > 65536) {
        if (!process.stdout.write(batch)) await new Promise<void>((resolve) => process.stdout.once('drain', () => resolve()));
        batch = '';
      }
    }
    process.stdout.write(batch);
    return 0;
  } finally {
    await store.close();
  }
}
