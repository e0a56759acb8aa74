// Proof that the appellant controls a name: the token they were given, published either as a
// DNS TXT record at `_smishguard.<name>` or as the file `https://<name>/.well-known/…`. Both
// are looked for; either one is enough.
import { Resolver } from 'node:dns/promises';
import { PRODUCTION_FETCH, WELL_KNOWN_PATH, fetchWellKnown, type DnsResolver, type FetchPolicy } from './well-known.js';

export const TXT_PREFIX = 'smishguard-verify=';
export const TXT_LABEL = '_smishguard';

export interface ProofOptions {
  /** Default: node:dns/promises' Resolver with the system's servers, 2.5 s a try, 2 tries. */
  readonly resolver?: DnsResolver;
  /** Default PRODUCTION_FETCH (HTTPS on 443, public addresses only, 5 s, 1 KiB). */
  readonly fetchPolicy?: FetchPolicy;
}

export type ProofResult =
  | { ok: true; method: 'dns' | 'file' }
  | { ok: false; dns: string; file: string };

/** Where to put the token, for the appellant. */
export function instructionsFor(name: string, token: string): { dns: { name: string; type: 'TXT'; value: string }; file: { url: string; body: string } } {
  return {
    dns: { name: `${TXT_LABEL}.${name}`, type: 'TXT', value: `${TXT_PREFIX}${token}` },
    file: { url: `https://${name}${WELL_KNOWN_PATH}`, body: token },
  };
}

export interface Prover {
  /** Looks for a published token that `isToken` accepts. */
  prove(name: string, isToken: (candidate: string) => Promise<boolean>): Promise<ProofResult>;
}

export function createProver(o: ProofOptions = {}): Prover {
  const resolver = o.resolver ?? new Resolver({ timeout: 2500, tries: 2 });
  const policy = o.fetchPolicy ?? PRODUCTION_FETCH;

  async function byDns(name: string, isToken: (c: string) => Promise<boolean>): Promise<string | true> {
    const at = `${TXT_LABEL}.${name}`;
    let records: string[][];
    try {
      records = await resolver.resolveTxt(at);
    } catch (err) {
      const code = (err as { code?: string }).code;
      return code === 'ENOTFOUND' || code === 'ENODATA' ? `no TXT record at ${at}` : `TXT lookup of ${at} failed (${code ?? (err as Error).message})`;
    }
    // A TXT record longer than 255 bytes arrives in pieces: joined, they are one value.
    const values = records.map((r) => r.join('')).filter((v) => v.startsWith(TXT_PREFIX)).slice(0, 20);
    for (const v of values) if (await isToken(v.slice(TXT_PREFIX.length).trim())) return true;
    return values.length === 0 ? `no "${TXT_PREFIX}…" TXT record at ${at}` : `the TXT record at ${at} holds another token`;
  }

  async function byFile(name: string, isToken: (c: string) => Promise<boolean>): Promise<string | true> {
    const r = await fetchWellKnown(name, resolver, policy);
    if (!r.ok) return `${r.code}: ${r.message}`;
    const lines = r.body.split(/\r?\n/).map((l) => l.trim()).filter(Boolean).slice(0, 20);
    for (const l of lines) if (await isToken(l.startsWith(TXT_PREFIX) ? l.slice(TXT_PREFIX.length) : l)) return true;
    return `${WELL_KNOWN_PATH} on ${name} does not hold the token`;
  }

  return {
    async prove(name, isToken) {
      const dns = await byDns(name, isToken);
      if (dns === true) return { ok: true, method: 'dns' };
      const file = await byFile(name, isToken);
      if (file === true) return { ok: true, method: 'file' };
      return { ok: false, dns, file };
    },
  };
}
