// `smpp://SYSTEM_ID:PASSWORD@HOST:PORT` (or `ssmpp://` for SMPP over TLS): where an SMSC
// is and how to bind to it.
export interface SmscAddress {
  readonly host: string;
  readonly port: number;
  readonly systemId: string;
  readonly password: string;
  readonly tls: boolean;
  /** System ID, host and port without the password, for logs. */
  readonly display: string;
}

export type SmscUrlResult = { ok: true; value: SmscAddress } | { ok: false; code: 'E_BAD_SMSC_URL'; message: string };

const DEFAULT_PORT = { smpp: 2775, ssmpp: 3550 } as const;

export function parseSmscUrl(raw: string): SmscUrlResult {
  const bad = (why: string): SmscUrlResult => ({ ok: false, code: 'E_BAD_SMSC_URL', message: `${why} (expected smpp://SYSTEM_ID:PASSWORD@HOST:PORT)` });
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return bad('not a URL');
  }
  if (url.protocol !== 'smpp:' && url.protocol !== 'ssmpp:') return bad(`scheme ${url.protocol.replace(/:$/, '')} is not smpp or ssmpp`);
  const tls = url.protocol === 'ssmpp:';
  const systemId = decodeURIComponent(url.username);
  const password = decodeURIComponent(url.password);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!host) return bad('no host');
  if (!systemId) return bad('no system ID');
  // SMPP 3.4 §5.2.1: system_id at most 15 octets, password at most 8.
  if (systemId.length > 15) return bad('the system ID is longer than 15 characters');
  if (password.length > 8) return bad('the password is longer than 8 characters');
  if ((url.pathname && url.pathname !== '/') || url.search || url.hash) return bad('a path or query is not allowed');
  const port = url.port ? Number(url.port) : DEFAULT_PORT[tls ? 'ssmpp' : 'smpp'];
  return { ok: true, value: { host, port, systemId, password, tls, display: `${tls ? 'ssmpp' : 'smpp'}://${systemId}@${host.includes(':') ? `[${host}]` : host}:${port}` } };
}
