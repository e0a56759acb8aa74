// What the intake remembers about reporters, by the keyed hash of their number (never the
// number), in the store so it holds across restarts and across servers sharing a store:
// how many reports each sent this clock hour (the cap), and who asked for no more replies.
import { groupCommit, type Store } from '../store/index.js';

type Tables = {
  intake_reporter_hours: { reporter_hash: string; hour: number | string; reports: number | string; refused: number | string };
  intake_stopped: { reporter_hash: string; at: string };
};

const HOUR = 3600_000;

export type CapResult =
  | { readonly over: false }
  /** Over the cap; `first` on the first refusal this hour (the only one answered). */
  | { readonly over: true; readonly first: boolean };

export interface Reporters {
  /** Counts one report against the reporter's cap for the hour of `now`. */
  take(hash: string, now: Date): Promise<CapResult>;
  stop(hash: string, now: Date): Promise<void>;
  start(hash: string): Promise<void>;
  stopped(hash: string): Promise<boolean>;
  /** Forgets counts of hours before `now`'s. */
  sweep(now: Date): Promise<void>;
}

export function createReporters(store: Store, perHour: number): Reporters {
  const db = store.db.withTables<Tables>();
  // Counted in one transaction for all arriving together (one fsync), like the reports.
  const counts = groupCommit<{ hash: string; hour: number }, CapResult>((items) => store.transaction(async (t) => {
    const tx = t.withTables<Tables>();
    const out: CapResult[] = [];
    for (const { hash, hour } of items) {
      const row = await tx.selectFrom('intake_reporter_hours').select(['reports', 'refused']).where('reporter_hash', '=', hash).where('hour', '=', hour).executeTakeFirst();
      const reports = Number(row?.reports ?? 0);
      const refused = Number(row?.refused ?? 0);
      if (!row) await tx.insertInto('intake_reporter_hours').values({ reporter_hash: hash, hour, reports: 1, refused: 0 }).execute();
      else if (reports < perHour) await tx.updateTable('intake_reporter_hours').set({ reports: reports + 1 }).where('reporter_hash', '=', hash).where('hour', '=', hour).execute();
      else await tx.updateTable('intake_reporter_hours').set({ refused: refused + 1 }).where('reporter_hash', '=', hash).where('hour', '=', hour).execute();
      out.push(row && reports >= perHour ? { over: true, first: refused === 0 } : { over: false });
    }
    return out;
  }), { maxBatch: 200 });

  return {
    take: (hash, now) => (perHour > 0 ? counts.write({ hash, hour: Math.floor(now.getTime() / HOUR) }) : Promise.resolve({ over: false })),
    async stop(hash, now) {
      await db.insertInto('intake_stopped').values({ reporter_hash: hash, at: now.toISOString() }).onConflict((oc) => oc.column('reporter_hash').doNothing()).execute();
    },
    async start(hash) {
      await db.deleteFrom('intake_stopped').where('reporter_hash', '=', hash).execute();
    },
    async stopped(hash) {
      return (await db.selectFrom('intake_stopped').select('reporter_hash').where('reporter_hash', '=', hash).executeTakeFirst()) !== undefined;
    },
    async sweep(now) {
      await db.deleteFrom('intake_reporter_hours').where('hour', '<', Math.floor(now.getTime() / HOUR)).execute();
    },
  };
}
