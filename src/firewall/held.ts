// The review queue of messages the firewall holds (action `hold`): kept durably before the ESME
// is answered, so a held message survives kill -9 like any acknowledged one. A reviewer
// releases or rejects it (CLI `smishguard firewall held`, audited in the same transaction as
// the decision); the running firewall sends released messages upstream, as the ESME sent
// them. The text and PDUs are kept only until the decision is carried out.
//
// Sending is at most once: a message is claimed (approved → sending) in one transaction before
// it goes, so two firewalls never both send it, and a crash between the claim and `released`
// leaves it in `sending` for a person to look at, never sent again by itself.
import type { Store } from '../store/index.js';

export type HeldState = 'held' | 'approved' | 'sending' | 'released' | 'rejected';

type HeldRow = {
  id: string; esme: string; ids: string; fingerprint: string; reasons: string; parts: number;
  text: string | null; pdus: string | null; state: string; held_at: string;
  decided_at: string | null; decided_by: string | null; sent_at: string | null; upstream_ids: string | null;
};
type HeldTables = { firewall_held: HeldRow };

export interface HeldMessage {
  readonly id: string;
  readonly esme: string;
  /** The message ids the ESME was given, a part each. */
  readonly ids: readonly string[];
  readonly fingerprint: string;
  readonly reasons: readonly string[];
  readonly parts: number;
  /** Only while a decision is pending. */
  readonly text: string | null;
  readonly state: HeldState;
  readonly heldAt: string;
  readonly decidedAt: string | null;
  readonly decidedBy: string | null;
  readonly sentAt: string | null;
  readonly upstreamIds: readonly string[] | null;
}

export interface ToSend {
  readonly id: string;
  readonly esme: string;
  readonly ids: readonly string[];
  readonly pdus: readonly Buffer[];
}

export type HeldDecision =
  | { readonly ok: true; readonly state: 'approved' | 'rejected' }
  | { readonly ok: false; readonly code: 'E_NOT_FOUND' | 'E_DECIDED'; readonly message: string };

export interface HeldQueue {
  add(m: { id: string; esme: string; ids: readonly string[]; fingerprint: string; reasons: readonly string[]; text: string | null; pdus: readonly Buffer[] }): Promise<void>;
  list(q: { state?: HeldState; limit: number }): Promise<HeldMessage[]>;
  get(id: string): Promise<HeldMessage | undefined>;
  /** A reviewer's decision, audited with it; only a message still held can be decided. */
  decide(id: string, decision: 'release' | 'reject', actor: string): Promise<HeldDecision>;
  /** Approved messages, claimed for sending (approved → sending), oldest first. */
  claim(limit: number): Promise<ToSend[]>;
  /** Sent: its text and PDUs are let go. */
  sent(id: string, upstreamIds: readonly string[]): Promise<void>;
  /** Not sent at all (no SMSC bound): approved again, for the next claim. */
  unsent(id: string): Promise<void>;
}

const toMessage = (r: HeldRow): HeldMessage => ({
  id: r.id, esme: r.esme, ids: JSON.parse(r.ids) as string[], fingerprint: r.fingerprint, reasons: JSON.parse(r.reasons) as string[], parts: Number(r.parts),
  text: r.text, state: r.state as HeldState, heldAt: r.held_at, decidedAt: r.decided_at, decidedBy: r.decided_by, sentAt: r.sent_at,
  upstreamIds: r.upstream_ids === null ? null : (JSON.parse(r.upstream_ids) as string[]),
});

export function heldQueue(store: Store, o: { clock?: () => Date } = {}): HeldQueue {
  const db = store.db.withTables<HeldTables>();
  const now = (): string => (o.clock ? o.clock() : new Date()).toISOString();
  return {
    async add(m) {
      await db.insertInto('firewall_held').values({
        id: m.id, esme: m.esme, ids: JSON.stringify(m.ids), fingerprint: m.fingerprint, reasons: JSON.stringify(m.reasons), parts: m.pdus.length,
        text: m.text, pdus: JSON.stringify(m.pdus.map((b) => b.toString('base64'))), state: 'held', held_at: now(),
        decided_at: null, decided_by: null, sent_at: null, upstream_ids: null,
      }).execute();
    },
    async list(q) {
      let query = db.selectFrom('firewall_held').selectAll().orderBy('held_at').orderBy('id').limit(q.limit);
      if (q.state) query = query.where('state', '=', q.state);
      return (await query.execute()).map(toMessage);
    },
    async get(id) {
      const r = await db.selectFrom('firewall_held').selectAll().where('id', '=', id).executeTakeFirst();
      return r ? toMessage(r) : undefined;
    },
    async decide(id, decision, actor) {
      const at = now();
      const state = decision === 'release' ? 'approved' : 'rejected';
      const changed = await store.transaction(async (tx) => {
        const t = tx.withTables<HeldTables>();
        const u = await t.updateTable('firewall_held')
          .set({ state, decided_at: at, decided_by: actor, ...(decision === 'reject' ? { text: null, pdus: null } : {}) })
          .where('id', '=', id).where('state', '=', 'held').executeTakeFirst();
        if (Number(u.numUpdatedRows) === 0) return false;
        // The audit record commits with the decision, or neither does.
        await store.audit.appendWithin(tx, { actor, action: `firewall.held.${decision}`, subject: id });
        return true;
      });
      if (changed) return { ok: true, state };
      const r = await db.selectFrom('firewall_held').select('state').where('id', '=', id).executeTakeFirst();
      return r ? { ok: false, code: 'E_DECIDED', message: `held message ${id} is ${r.state} already` } : { ok: false, code: 'E_NOT_FOUND', message: `no held message ${id}` };
    },
    async claim(limit) {
      return store.transaction(async (tx) => {
        const t = tx.withTables<HeldTables>();
        const rows = await t.selectFrom('firewall_held').selectAll().where('state', '=', 'approved').orderBy('decided_at').limit(limit).execute();
        const out: ToSend[] = [];
        for (const r of rows) {
          // Claimed only if still approved: another firewall may have taken it meanwhile.
          const u = await t.updateTable('firewall_held').set({ state: 'sending' }).where('id', '=', r.id).where('state', '=', 'approved').executeTakeFirst();
          if (Number(u.numUpdatedRows) === 0 || r.pdus === null) continue;
          out.push({ id: r.id, esme: r.esme, ids: JSON.parse(r.ids) as string[], pdus: (JSON.parse(r.pdus) as string[]).map((b) => Buffer.from(b, 'base64')) });
        }
        return out;
      });
    },
    async sent(id, upstreamIds) {
      await db.updateTable('firewall_held').set({ state: 'released', sent_at: now(), upstream_ids: JSON.stringify(upstreamIds), text: null, pdus: null })
        .where('id', '=', id).where('state', '=', 'sending').execute();
    },
    async unsent(id) {
      await db.updateTable('firewall_held').set({ state: 'approved' }).where('id', '=', id).where('state', '=', 'sending').execute();
    },
  };
}
