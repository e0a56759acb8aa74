// Open 7726 dialogues, in the store (table intake_dialogues, migration 003), so a restart
// forgets none. Keyed by the reporter's number, which is kept only while the dialogue is
// open. Openings that arrive together are written in one transaction (one fsync), as the
// store does for reports; a batch that fails is retried one by one.
import { groupCommit, type Store } from '../store/index.js';

interface DialoguesTable {
  reporter: string;
  report_id: string;
  opened_at: string;
  expires_at: string;
}

export interface Dialogue {
  readonly reporter: string;
  readonly reportId: string;
  readonly openedAt: string;
  readonly expiresAt: string;
}

export interface Dialogues {
  /** Opens (or replaces) the reporter's dialogue; resolves once committed. */
  open(d: Dialogue): Promise<void>;
  /** The reporter's open dialogue at `now`; one past its time is removed, not returned. */
  find(reporter: string, now: Date): Promise<Dialogue | undefined>;
  /** Ends the dialogue about this report (not a newer one) and forgets the number. */
  close(reporter: string, reportId: string): Promise<void>;
  /** Removes every dialogue past its time; returns how many. */
  sweep(now: Date): Promise<number>;
}

export function createDialogues(store: Store): Dialogues {
  const db = store.db.withTables<{ intake_dialogues: DialoguesTable }>();
  // One row a reporter in a statement (PostgreSQL refuses to upsert a row twice in one): the
  // client takes one reporter's texts in order, so a batch holds each reporter at most once,
  // and the last opening wins anyway.
  const openings = groupCommit<Dialogue, void>(async (batch) => {
    const rows = new Map<string, Dialogue>();
    for (const d of batch) rows.set(d.reporter, d);
    const values = [...rows.values()].map((d) => ({ reporter: d.reporter, report_id: d.reportId, opened_at: d.openedAt, expires_at: d.expiresAt }));
    await db.transaction().execute(async (tx) => {
      for (let i = 0; i < values.length; i += 500) {
        await tx.insertInto('intake_dialogues').values(values.slice(i, i + 500))
          .onConflict((oc) => oc.column('reporter').doUpdateSet((eb) => ({
            report_id: eb.ref('excluded.report_id'), opened_at: eb.ref('excluded.opened_at'), expires_at: eb.ref('excluded.expires_at'),
          })))
          .execute();
      }
    });
    return batch.map(() => undefined);
  }, { maxBatch: 2_000 });

  return {
    open: (d) => openings.write(d),
    async find(reporter, now) {
      const row = await db.selectFrom('intake_dialogues').selectAll().where('reporter', '=', reporter).executeTakeFirst();
      if (!row) return undefined;
      if (row.expires_at <= now.toISOString()) {
        await db.deleteFrom('intake_dialogues').where('reporter', '=', reporter).where('expires_at', '<=', now.toISOString()).execute();
        return undefined;
      }
      return { reporter: row.reporter, reportId: row.report_id, openedAt: row.opened_at, expiresAt: row.expires_at };
    },
    async close(reporter, reportId) {
      await db.deleteFrom('intake_dialogues').where('reporter', '=', reporter).where('report_id', '=', reportId).execute();
    },
    async sweep(now) {
      const r = await db.deleteFrom('intake_dialogues').where('expires_at', '<=', now.toISOString()).executeTakeFirst();
      return Number(r.numDeletedRows);
    },
  };
}
