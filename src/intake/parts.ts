// Parts of concatenated 7726 messages, in the store (table smpp_parts, migration 006): the
// SMPP client commits each part here before it acknowledges it, so a restart, a kill -9 or
// a SIGTERM between the parts of a long lure loses none of them. Parts arriving together are
// committed in one transaction (group commit); a batch that fails is retried part by part.
import { decodeSegment, encodeSegment, type PartStore, type Segment } from '../smpp/index.js';
import { groupCommit, type Store } from '../store/index.js';

interface PartsTable {
  set_key: string;
  seq: number;
  total: number;
  received_at: number | string;
  segment: string;
  handed_at: number | string | null;
}

type Tables = { smpp_parts: PartsTable };

interface Add { key: string; segment: Segment; now: number }
type Whole = { parts: Segment[]; firstAt: number } | null;

export function createPartStore(store: Store, log?: { warn(o: object, m: string): void }): PartStore {
  const db = store.db.withTables<Tables>();

  const writes = groupCommit<Add, Whole>((items) => store.transaction(async (t) => {
    const tx = t.withTables<Tables>();
    const out: Whole[] = [];
    for (const { key, segment, now } of items) {
      const concat = segment.concat;
      if (!concat) throw new Error('a part without its place in a set');
      const encoded = encodeSegment(segment);
      let rows = await tx.selectFrom('smpp_parts').select(['seq', 'segment', 'received_at', 'handed_at']).where('set_key', '=', key).execute();
      const same = rows.find((r) => Number(r.seq) === concat.seq);
      if (rows.some((r) => r.handed_at !== null)) {
        // A copy of a part of a message already handed on: nothing new.
        if (same && same.segment === encoded) {
          out.push(null);
          continue;
        }
        // The reference came round again (8-bit references repeat every 256 messages): a new message.
        await tx.deleteFrom('smpp_parts').where('set_key', '=', key).execute();
        rows = [];
      }
      // A part kept already (the SMSC sending again a part whose response was lost) is not
      // kept twice, but may still make the set whole after a restart.
      if (!rows.some((r) => Number(r.seq) === concat.seq)) {
        await tx.insertInto('smpp_parts').values({ set_key: key, seq: concat.seq, total: concat.total, received_at: now, segment: encoded, handed_at: null }).execute();
        rows.push({ seq: concat.seq, segment: encoded, received_at: now, handed_at: null });
      }
      out.push(rows.length >= concat.total
        ? { parts: rows.map((r) => decodeSegment(r.segment)), firstAt: Math.min(...rows.map((r) => Number(r.received_at))) }
        : null);
    }
    return out;
  }), { maxBatch: 200, onBatchFailed: (err, n) => log?.warn({ err: { message: (err as Error).message }, parts: n }, 'a batch of message parts failed; committing them one by one') });

  return {
    add: (key, segment, now) => writes.write({ key, segment, now }),
    async markHanded(key, now) {
      await db.updateTable('smpp_parts').set({ handed_at: now }).where('set_key', '=', key).where('handed_at', 'is', null).execute();
    },
    async expired(before) {
      const old = await db.selectFrom('smpp_parts').select('set_key').distinct()
        .where('handed_at', 'is', null).where('received_at', '<', before).limit(1_000).execute();
      const sets = [];
      for (const { set_key } of old) {
        const rows = await db.selectFrom('smpp_parts').selectAll().where('set_key', '=', set_key).where('handed_at', 'is', null).execute();
        if (rows.length === 0) continue;
        sets.push({
          key: set_key, total: Number((rows[0] as PartsTable).total), parts: rows.map((r) => decodeSegment(r.segment)),
          firstAt: Math.min(...rows.map((r) => Number(r.received_at))),
        });
      }
      return sets;
    },
    async purge(before) {
      const r = await db.deleteFrom('smpp_parts').where('handed_at', 'is not', null).where('handed_at', '<', before).executeTakeFirst();
      return Number(r.numDeletedRows);
    },
    async pending() {
      const r = await db.selectFrom('smpp_parts').select((eb) => eb.fn.count<number | string>('set_key').distinct().as('n')).where('handed_at', 'is', null).executeTakeFirst();
      return Number(r?.n ?? 0);
    },
  };
}
