// Pulling a partner's TAXII 2.1 collection: its objects page by page (limit/next), only those
// added since the last pull (added_after, from the X-TAXII-Date-Added-Last the partner's
// server last gave, kept per collection URL and partner: pull-position.ts), each page recorded as the partner's evidence
// (import.ts). A partner's server is not trusted: its media type, its JSON and its paging are
// checked, and a page that fails stops the pull where it is (what came before is kept).
import type { Store } from '../store/index.js';
import { recordPartnerBundle, type PartnerEvidence } from './import.js';
import { pullPosition } from './pull-position.js';

const TAXII = 'application/taxii+json;version=2.1';
const PAGE = 1000;
const MAX_PAGES = 1000;

export interface PullOptions {
  /** The collection's objects URL: https://partner.example/taxii2/api/collections/ID/objects/ */
  readonly url: string;
  /** The Authorization header the partner gave us (Bearer … or Basic …). */
  readonly authorization: string;
  /** Whose evidence it is: the partner's organisation, and the role it is trusted as. */
  readonly partner: { readonly org: string; readonly role: string };
  readonly fetch?: typeof fetch;
  readonly now: () => Date;
  /** Objects asked for a page (default 1000; the partner's server may give fewer). */
  readonly pageSize?: number;
}

export type PullResult =
  | { ok: true; pages: number; objects: number; accepted: number; skipped: number; addedLast: string | null }
  | { ok: false; code: 'E_PULL'; message: string; pages: number; accepted: number };

export async function pullCollection(store: Store, evidence: PartnerEvidence, o: PullOptions): Promise<PullResult> {
  const position = pullPosition(store, { protocol: 'pull', org: o.partner.org, url: o.url });
  const doFetch = o.fetch ?? fetch;
  let next: string | undefined;
  let pages = 0;
  let objects = 0;
  let accepted = 0;
  let skipped = 0;
  let addedLast = await position.read();
  const save = async (): Promise<void> => { if (addedLast) await position.save(addedLast); };
  const failed = async (message: string): Promise<PullResult> => { await save(); return { ok: false, code: 'E_PULL', message, pages, accepted }; };
  const since = addedLast;
  do {
    const u = new URL(o.url);
    u.searchParams.set('limit', String(o.pageSize ?? PAGE));
    if (since) u.searchParams.set('added_after', since);
    if (next) u.searchParams.set('next', next);
    let res: Response;
    try {
      res = await doFetch(u, { headers: { accept: TAXII, authorization: o.authorization }, signal: AbortSignal.timeout(60_000) });
    } catch (err) {
      return failed(`${u.host}: ${(err as Error).message}`);
    }
    if (res.status !== 200) return failed(`${u.host} answered ${res.status}`);
    const type = (res.headers.get('content-type') ?? '').replace(/\s+/g, '').toLowerCase();
    if (!type.startsWith('application/taxii+json')) return failed(`${u.host} answered ${type || 'no content type'}, not TAXII`);
    let env: { more?: unknown; next?: unknown; objects?: unknown };
    try {
      env = (await res.json()) as typeof env;
    } catch {
      return failed(`${u.host} answered JSON that does not parse`);
    }
    const page = Array.isArray(env.objects) ? env.objects : [];
    pages++;
    objects += page.length;
    const r = await recordPartnerBundle(evidence, o.partner, { type: 'bundle', objects: page }, o.now().toISOString());
    if (!r.ok) return failed(r.message);
    accepted += r.accepted.length;
    skipped += r.skipped;
    const last = res.headers.get('x-taxii-date-added-last');
    if (last && (!addedLast || last > addedLast)) addedLast = last;
    const more = env.more === true && typeof env.next === 'string' && env.next.length > 0;
    if (more && env.next === next) return failed(`${u.host} gave the same next twice`);
    next = more ? (env.next as string) : undefined;
  } while (next && pages < MAX_PAGES);
  await save();
  return { ok: true, pages, objects, accepted, skipped, addedLast };
}
