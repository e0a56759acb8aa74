// A DNS Response Policy Zone (RPZ, as BIND and Unbound read it) of confirmed phishing domains
// and host names: each listed name answers NXDOMAIN (`CNAME .`); a listed domain also blocks
// every name under it (`*.domain`), a listed host only itself. Pure: the caller gives the
// entries (already confirmed, current, not protected) and the serial.
import { domainToASCII } from 'node:url';

export interface RpzEntry { readonly kind: 'domain' | 'host'; readonly value: string }

export interface RpzOptions {
  /** The zone's name, e.g. rpz.smishguard.example. */
  readonly origin: string;
  /** Moves whenever the listed names change (see serialOf). */
  readonly serial: number;
  /** Seconds resolvers may cache policy answers (default 300: a confirmation reaches resolvers within minutes). */
  readonly ttl?: number;
  readonly comment?: string;
  /**
   * Instead of NXDOMAIN, answer each listed name with these addresses (RPZ local data): the
   * walled garden that tells the subscriber why (garden.ts). Used by the C&C zone (cnc.ts).
   */
  readonly answer?: { readonly a?: string; readonly aaaa?: string };
}

/** A host name as DNS carries it (ASCII, lower case), or null when it cannot be one. */
export function dnsName(value: string): string | null {
  const ascii = domainToASCII(value.replace(/\.$/, '')).toLowerCase();
  if (!ascii || ascii.length > 200) return null;
  const labels = ascii.split('.');
  if (labels.length < 2 || labels.some((l) => l.length === 0 || l.length > 63 || !/^[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?$/.test(l))) return null;
  return ascii;
}

/**
 * The SOA serial for a zone built from the feed: twice the feed's last seq (each publication
 * moves it), plus the number of listed names whose validity has run out (the zone loses them
 * with no publication). Any change to the zone's names moves it forward.
 */
export function serialOf(lastSeq: number, lapsed: number): number {
  return (2 * lastSeq + lapsed) % 0xffffffff || 1;
}

export function rpzZone(entries: Iterable<RpzEntry>, o: RpzOptions): { text: string; names: number; skipped: string[] } {
  const origin = dnsName(o.origin);
  if (!origin) throw new Error(`not a zone name: ${o.origin}`);
  const ttl = o.ttl ?? 300;
  const lines = [
    `; ${o.comment ?? 'smishguard: confirmed smishing domains and host names'}`,
    `$ORIGIN ${origin}.`,
    `$TTL ${ttl}`,
    `@ IN SOA localhost. hostmaster.localhost. ${o.serial} 3600 600 604800 ${ttl}`,
    '@ IN NS localhost.',
  ];
  const seen = new Set<string>();
  const skipped: string[] = [];
  const rdata = o.answer?.a || o.answer?.aaaa
    ? [...(o.answer.a ? [`A ${o.answer.a}`] : []), ...(o.answer.aaaa ? [`AAAA ${o.answer.aaaa}`] : [])]
    : ['CNAME .'];
  const put = (name: string): void => { seen.add(name); for (const r of rdata) lines.push(`${name} ${r}`); };
  for (const e of entries) {
    const name = dnsName(e.value);
    if (!name) { skipped.push(e.value); continue; }
    if (!seen.has(name)) put(name);
    const wild = `*.${name}`;
    if (e.kind === 'domain' && !seen.has(wild)) put(wild);
  }
  return { text: lines.join('\n') + '\n', names: seen.size, skipped };
}
