import type { Kysely } from 'kysely';
import type { Dialect } from './index.js';
import { lureOf } from '../../core/campaigns/lure.js';

export const id = '017_campaigns';

// Stored campaigns (src/sharing/campaign-store.ts). `campaign_inbox` holds lures not yet folded
// into a campaign — each flagged report, written in the report's own commit, and each lure the
// line detector flagged a line for — as masked templates (links → <u>, digits → 0), the links
// and call-back numbers they name, and for traffic lures the line's keyed hash only; a row is
// deleted once folded. `campaigns` keeps each campaign (`ord`: creation order, so a merge keeps
// the older) with its counts and what its index needs to resume (exemplar MinHash signatures,
// infrastructure keys); a merged campaign stays, pointing at the one it joined, and
// `campaign_merges` says when. `campaign_state.version` moves on every fold, so a process whose
// in-memory index is behind another's reloads it.
//
// The flagged reports already in the store go into the inbox here, so campaigns start from them.
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('campaign_inbox')
    .addColumn('seq', dialect === 'postgres' ? 'bigserial' : 'integer', (c) => (dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement()))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('lure', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('campaigns')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('ord', 'bigint', (c) => c.notNull())
    .addColumn('merged_into', 'text')
    .addColumn('first_seen', 'text', (c) => c.notNull())
    .addColumn('last_seen', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('lures', 'bigint', (c) => c.notNull())
    .addColumn('detail', 'text', (c) => c.notNull())
    .addColumn('index_data', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('campaigns_active').on('campaigns').columns(['merged_into', 'ord']).execute();
  await db.schema.createIndex('campaigns_updated').on('campaigns').columns(['updated_at']).execute();
  await db.schema
    .createTable('campaign_merges')
    .addColumn('from_id', 'text', (c) => c.primaryKey())
    .addColumn('into_id', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('lures', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('campaign_state')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('version', 'bigint', (c) => c.notNull())
    .addColumn('next_ord', 'bigint', (c) => c.notNull())
    .execute();
  await db.insertInto('campaign_state' as never).values({ name: 'campaigns', version: 0, next_ord: 0 } as never).execute();
  await backfillCampaignInbox(db);
}

/** Every flagged report in the store into the inbox, oldest first (what 017 does for stores made before it). */
export async function backfillCampaignInbox(db: Kysely<unknown>): Promise<number> {
  const q = db as unknown as Kysely<{
    reports: { id: string; received_at: string; channel: string; text: string; sender: string | null; verdict: string; reasons: string; indicators: string };
    campaign_inbox: { at: string; channel: string; lure: string };
  }>;
  let after: { at: string; id: string } | undefined;
  let n = 0;
  for (;;) {
    let sel = q.selectFrom('reports').select(['id', 'received_at', 'channel', 'text', 'sender', 'verdict', 'reasons', 'indicators'])
      .where('verdict', '!=', 'allow').orderBy('received_at').orderBy('id').limit(1000);
    if (after) { const a = after; sel = sel.where((eb) => eb.or([eb('received_at', '>', a.at), eb.and([eb('received_at', '=', a.at), eb('id', '>', a.id)])])); }
    const rows = await sel.execute();
    if (rows.length === 0) break;
    n += rows.length;
    await q.insertInto('campaign_inbox').values(rows.map((r) => ({
      at: r.received_at, channel: r.channel,
      lure: JSON.stringify(lureOf({ text: r.text, sender: r.sender, reasons: JSON.parse(r.reasons) as unknown, indicators: JSON.parse(r.indicators) as unknown })),
    }))).execute();
    const last = rows[rows.length - 1] as { received_at: string; id: string };
    after = { at: last.received_at, id: last.id };
    if (rows.length < 1000) break;
  }
  return n;
}
