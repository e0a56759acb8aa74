// C&C blocking under consent (issue 12 item 8): the host names the malware on infected
// handsets calls home to (indicators of kind `cnc`, confirmed by the hub's analysts, in the
// same trust model as every other indicator), for the carrier's own resolvers, applied only to
// the lines whose C&C-blocking consent is on.
//
// How a carrier's DNS team deploys it (the choice, and why): consent is on by default (the
// contract terms, src/consent), so "the lines that consent" is every subscriber but a short
// list. The resolvers get two things: an RPZ zone of the C&C names that answers with the
// walled garden's address (garden.ts: the notice a subscriber sees), and the list of lines
// that turned C&C blocking off. The carrier's AAA (RADIUS/PCRF) already knows each line's
// current address, so it writes those lines' addresses into an ACL, and the resolver answers
// them from a view without the policy (BIND: two views, `match-clients` on the ACL; the
// response-policy only in the other). An opted-out line's lookups never meet the C&C policy,
// and nothing about its lookups is processed or kept by us. The list is the carrier's own
// contract data in national form (the AAA matches on it); it goes to carrier and admin keys
// only, never to a partner.
import { effectiveState, isProtected, type AnalystAction, type IndicatorState } from '../core/reputation/index.js';
import type { ConsentRegistry } from '../consent/index.js';
import type { ReputationData } from '../reputation/index.js';
import type { ReputationTables } from '../reputation/indicators.js';
import type { Store } from '../store/index.js';
import { rpzZone, serialOf, type RpzEntry } from './rpz.js';

/** The C&C zone's name unless configured. */
export const DEFAULT_CNC_ZONE = 'cnc.rpz.smishguard.invalid';

export interface Garden {
  readonly a?: string;
  readonly aaaa?: string;
}

export interface CncZone {
  readonly text: string;
  readonly names: number;
  readonly serial: number;
  readonly skipped: readonly string[];
}

const num = (v: number | string | bigint | null | undefined): number => Number(v ?? 0);

/**
 * The RPZ zone of current confirmed C&C host names (never-block applied): the garden's
 * address for each and every name under it when `garden` is given, NXDOMAIN otherwise.
 * Its serial moves whenever a C&C indicator changes or a confirmation fades.
 */
export async function cncZone(store: Store, o: { origin?: string; garden?: Garden; data: ReputationData; now: Date }): Promise<CncZone> {
  const db = store.db.withTables<ReputationTables>();
  const rows = await db.selectFrom('reputation_indicators').selectAll().where('kind', '=', 'cnc').orderBy('value').execute();
  const entries: RpzEntry[] = [];
  let lapsed = 0;
  let top = 0;
  for (const r of rows) {
    top = Math.max(top, num(r.version));
    if (r.state !== 'confirmed' || r.decision !== 'confirm' || r.decided_at === null) continue;
    if (isProtected('cnc', r.value, o.data.neverBlock)) continue;
    const e = {
      reports: num(r.reports), reporters: num(r.reporters), flaggedReporters: num(r.flagged_reporters), orgs: num(r.orgs), trustedOrgs: num(r.trusted_orgs),
      firstSeen: Date.parse(r.first_seen), lastSeen: Date.parse(r.last_seen), lastFlaggedAt: r.last_flagged_at === null ? null : Date.parse(r.last_flagged_at),
    };
    const state = effectiveState('cnc', r.state as IndicatorState, e, { action: 'confirm' as AnalystAction, at: Date.parse(r.decided_at) }, o.data.policy, o.now.getTime());
    if (state !== 'confirmed') { lapsed++; continue; }
    // A C&C name takes every name under it: malware families rotate sub-domains of one name.
    entries.push({ kind: 'domain', value: r.value });
  }
  const serial = serialOf(top, lapsed);
  const z = rpzZone(entries, { origin: o.origin ?? DEFAULT_CNC_ZONE, serial, answer: o.garden, comment: 'confirmed C&C host names of smishing malware (smishguard): only for lines whose C&C blocking is on' });
  return { ...z, serial };
}

/** The lines whose C&C blocking is off, one a line with a header: what the carrier's AAA puts in the resolvers' unfiltered view. */
export async function cncExemptList(consent: ConsentRegistry, now: Date): Promise<{ text: string; lines: number }> {
  const lines = await consent.cncBlockingOff();
  const head = [
    `# smishguard: lines whose C&C blocking is OFF (consent withdrawn), national form, ${now.toISOString()}`,
    '# Every other line has it on. Their current addresses go to the resolvers\' unfiltered view.',
  ];
  return { text: [...head, ...lines].join('\n') + '\n', lines: lines.length };
}
