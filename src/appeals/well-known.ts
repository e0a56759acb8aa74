// Fetching `/.well-known/smishguard-verification.txt` from a host an appellant names, without
// letting them aim the server at anything but a public website (SSRF): the name is resolved
// here, every address it gives must be public, and the connection goes to the address checked
// — the socket never resolves the name again, so a second answer (DNS rebinding) cannot steer
// it. HTTPS only, no redirects, a deadline and a small body cap.
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { isIP } from 'node:net';
import { isPublicAddress } from './address-policy.js';

export const WELL_KNOWN_PATH = '/.well-known/smishguard-verification.txt';

/** What the verifier needs of DNS; node:dns/promises' Resolver has it. */
export interface DnsResolver {
  resolveTxt(name: string): Promise<string[][]>;
  resolve4(name: string): Promise<string[]>;
  resolve6(name: string): Promise<string[]>;
}

/** How the fetch may go out. Production's is PRODUCTION_FETCH; only code (tests) can pass another. */
export interface FetchPolicy {
  readonly scheme: 'https' | 'http';
  readonly port: number;
  readonly isAllowedAddress: (ip: string) => boolean;
  readonly timeoutMs: number;
  readonly maxBytes: number;
}

export const PRODUCTION_FETCH: FetchPolicy = Object.freeze({ scheme: 'https', port: 443, isAllowedAddress: isPublicAddress, timeoutMs: 5000, maxBytes: 1024 });

export type FetchFailure = 'E_NO_ADDRESS' | 'E_ADDRESS_REFUSED' | 'E_HTTP_STATUS' | 'E_REDIRECT' | 'E_TOO_LARGE' | 'E_TIMEOUT' | 'E_FETCH';
export type FetchResult = { ok: true; body: string; address: string } | { ok: false; code: FetchFailure; message: string };

/** Every A and AAAA of the name (an address literal is itself). */
async function addressesOf(host: string, resolver: DnsResolver): Promise<string[]> {
  if (isIP(host)) return [host];
  const [a, aaaa] = await Promise.allSettled([resolver.resolve4(host), resolver.resolve6(host)]);
  return [...(a.status === 'fulfilled' ? a.value : []), ...(aaaa.status === 'fulfilled' ? aaaa.value : [])];
}

/** GET the well-known file from `host` under `policy`. */
export async function fetchWellKnown(host: string, resolver: DnsResolver, policy: FetchPolicy = PRODUCTION_FETCH): Promise<FetchResult> {
  let addresses: string[];
  try {
    addresses = await addressesOf(host, resolver);
  } catch (err) {
    return { ok: false, code: 'E_NO_ADDRESS', message: `${host}: ${(err as Error).message}` };
  }
  if (addresses.length === 0) return { ok: false, code: 'E_NO_ADDRESS', message: `${host} has no address` };
  // Any refused address refuses the name: which of them a client would use is the name owner's choice.
  const refused = addresses.find((ip) => !policy.isAllowedAddress(ip));
  if (refused !== undefined) return { ok: false, code: 'E_ADDRESS_REFUSED', message: `${host} resolves to ${refused}, which is not a public address` };
  const address = addresses[0] as string;
  const family = isIP(address);
  // The socket's lookup answers with the checked address and nothing else.
  const pinned: LookupFunction = (_name, opts, cb) => {
    if ((opts as { all?: boolean }).all) (cb as unknown as (e: null, a: { address: string; family: number }[]) => void)(null, [{ address, family }]);
    else cb(null, address, family);
  };
  const request = policy.scheme === 'https' ? httpsRequest : httpRequest;
  return new Promise<FetchResult>((resolve) => {
    let done = false;
    const finish = (r: FetchResult): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      req.destroy();
      resolve(r);
    };
    const req = request({
      host, port: policy.port, path: WELL_KNOWN_PATH, method: 'GET', lookup: pinned, agent: false,
      headers: { 'user-agent': 'smishguard-verifier/1', accept: 'text/plain', connection: 'close' },
    }, (res: IncomingMessage) => {
      const status = res.statusCode ?? 0;
      if (status >= 300 && status < 400) return finish({ ok: false, code: 'E_REDIRECT', message: `${host} answered ${status}: redirects are not followed; serve the file at ${WELL_KNOWN_PATH} itself` });
      if (status !== 200) return finish({ ok: false, code: 'E_HTTP_STATUS', message: `${host} answered ${status} for ${WELL_KNOWN_PATH}` });
      const declared = Number(res.headers['content-length'] ?? 0);
      if (declared > policy.maxBytes) return finish({ ok: false, code: 'E_TOO_LARGE', message: `the file is larger than ${policy.maxBytes} bytes` });
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (c: Buffer) => {
        size += c.length;
        if (size > policy.maxBytes) return finish({ ok: false, code: 'E_TOO_LARGE', message: `the file is larger than ${policy.maxBytes} bytes` });
        chunks.push(c);
      });
      res.on('end', () => finish({ ok: true, body: Buffer.concat(chunks).toString('utf8'), address }));
      res.on('error', (err) => finish({ ok: false, code: 'E_FETCH', message: `${host}: ${err.message}` }));
    });
    const timer = setTimeout(() => finish({ ok: false, code: 'E_TIMEOUT', message: `${host} did not answer within ${policy.timeoutMs / 1000} s` }), policy.timeoutMs);
    req.on('error', (err) => finish({ ok: false, code: 'E_FETCH', message: `${host}: ${err.message}` }));
    req.end();
  });
}
