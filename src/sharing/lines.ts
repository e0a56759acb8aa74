// Infected lines, as a sharing group sees them: each open case's line only as the group's
// pseudonym (groups.ts), with its kind and state and the days it was opened and last flagged
// — what lets a partner tell that the same line keeps sending lures, and nothing that names
// the subscriber. Closed and cleaned cases are not shared.
import type { LinesTables } from '../lines/tables.js';
import type { Store } from '../store/index.js';
import type { SharingGroup } from './groups.js';
import { tlpId } from './tlp.js';

export interface SharedLine {
  /** The group's pseudonym of the line: `sgl_…`. */
  readonly line: string;
  readonly kind: 'infected' | 'verification-proxy';
  readonly state: string;
  readonly openedOn: string;
  readonly lastFlaggedOn: string;
}

export interface SharedLines {
  readonly group: string;
  readonly tlp: string;
  /** The TLP 2.0 marking-definition's STIX id. */
  readonly marking: string;
  readonly lines: readonly SharedLine[];
}

const OPEN = ['suspected', 'warned', 'acknowledged'] as const;

export async function sharedLines(store: Store, group: SharingGroup, pseudonym: (line: string) => string | null, limit = 100_000): Promise<SharedLines> {
  const rows = await store.db.withTables<LinesTables>().selectFrom('line_cases').select(['line_key', 'kind', 'state', 'opened_at', 'last_flagged_at'])
    .where('state', 'in', [...OPEN]).orderBy('opened_at').orderBy('id').limit(limit).execute();
  const lines: SharedLine[] = [];
  for (const r of rows) {
    const p = pseudonym(r.line_key);
    if (p === null) continue;
    lines.push({ line: p, kind: r.kind, state: r.state, openedOn: r.opened_at.slice(0, 10), lastFlaggedOn: r.last_flagged_at.slice(0, 10) });
  }
  return { group: group.name, tlp: `TLP:${group.tlp.toUpperCase()}`, marking: tlpId(group.tlp), lines };
}
