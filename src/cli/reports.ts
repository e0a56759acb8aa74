// `smishguard reports export [--db PATH] [--since TIME]`: every report as JSONL, streamed,
// readable while the server runs (SQLite WAL readers do not block the writer).
import { fail, parse } from './args.js';
import { storeFor } from './store-option.js';

const HELP = `usage: smishguard reports export [--db PATH] [--since TIME]

Writes one JSON line per report: id, received_at, channel, text, sender, verdict, score,
reasons, indicators. --since takes an ISO 8601 time (2026-11-24 or 2026-11-24T09:00:00Z).`;

export async function run(args: string[]): Promise<number> {
  const parsed = parse(args, { db: { type: 'string' }, since: { type: 'string' }, help: { type: 'boolean', short: 'h' } });
  if (!parsed.ok) return fail('reports', parsed.error);
  const { values, positionals } = parsed.value;
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (positionals[0] !== 'export' || positionals.length !== 1) return fail('reports', { code: 'E_USAGE', message: `expected 'reports export'\n${HELP}` });
  let since: string | undefined;
  if (values.since !== undefined) {
    const t = new Date(values.since);
    if (Number.isNaN(t.getTime())) return fail('reports', { code: 'E_BAD_TIME', message: `--since: '${values.since}' is not an ISO 8601 time` });
    since = t.toISOString();
  }
  const opened = await storeFor(values.db);
  if (!opened.ok) return fail('reports', opened.error, 69);
  const { store } = opened;
  try {
    await store.audit.append({ actor: 'cli', action: 'reports.export', subject: since ?? 'all' });
    let batch = '';
    for await (const r of store.reports.exportSince(since)) {
      batch += JSON.stringify({ id: r.id, received_at: r.receivedAt, channel: r.channel, text: r.text, sender: r.sender, verdict: r.verdict, score: r.score, reasons: r.reasons, indicators: r.indicators }) + '\n';
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
