// Whether an indicator is protected from being made bad: on the never-block list, unless it is
// a number or sender ID whose entry in the sender registry (src/registry) is revoked. The list
// names brands' official senders; when a number is returned or a sender ID is abused, revoking
// its entry must let reports and analysts make it bad again — and let it be shared once
// confirmed (src/sharing/feed.ts reads the same rule). Looked up only for listed senders, so
// most calls cost no query.
import type { Kysely, Transaction } from 'kysely';
import { isProtected, type IndicatorKind, type NeverBlock } from '../core/reputation/index.js';
import { registryKey } from '../registry/index.js';
import type { Database } from '../store/index.js';

/** The one column of src/registry's table read here. */
interface RegistryStateTables { sender_registry: { value: string; state: string } }

export interface ProtectionRef { readonly kind: IndicatorKind; readonly value: string }

/** The protection rule for these indicators (one query for all of them, none when none is listed). */
export async function protectionIn(q: Kysely<Database> | Transaction<Database>, neverBlock: NeverBlock, refs: readonly ProtectionRef[]): Promise<(ref: ProtectionRef) => boolean> {
  const senderKeyOf = (r: ProtectionRef): string | null => (r.kind === 'phone' || r.kind === 'sender' ? registryKey(r.value) : null);
  const keys = new Set<string>();
  for (const r of refs) {
    const key = isProtected(r.kind, r.value, neverBlock) ? senderKeyOf(r) : null;
    if (key !== null) keys.add(key);
  }
  const revoked = new Set<string>();
  const list = [...keys];
  for (let i = 0; i < list.length; i += 500) {
    const rows = await (q as unknown as Kysely<RegistryStateTables>).selectFrom('sender_registry').select('value')
      .where('value', 'in', list.slice(i, i + 500)).where('state', '=', 'revoked').execute();
    for (const r of rows) revoked.add(r.value);
  }
  return (r) => isProtected(r.kind, r.value, neverBlock) && !revoked.has(senderKeyOf(r) ?? '');
}
