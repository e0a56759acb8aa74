// API keys: `Authorization: Bearer sg_…`, each naming an organisation and a role. HTTP Basic
// carries the same key as its password (TAXII clients often speak only Basic); the user name
// is not checked, the key alone names the caller.
import type { FastifyReply, FastifyRequest, preHandlerHookHandler } from 'fastify';
import type { Role, Store } from '../store/index.js';
import { sendError } from './errors.js';
import type { FailureLimit } from '../limits/index.js';

export interface Caller {
  readonly keyId: string;
  readonly org: string;
  readonly role: Role;
}

declare module 'fastify' {
  interface FastifyRequest {
    caller: Caller | null;
  }
}

/**
 * Reads the key once per request; a key that is present but wrong is refused outright, and
 * an address that keeps sending wrong keys is refused (429) before its keys are looked up.
 */
export function authenticate(store: Store, badKeys?: FailureLimit) {
  return async (req: FastifyRequest, reply: FastifyReply): Promise<void> => {
    req.caller = null;
    const header = req.headers.authorization;
    if (!header) return;
    const wait = badKeys?.blockedFor(req.ip) ?? 0;
    if (wait > 0) {
      reply.header('retry-after', String(wait));
      await sendError(reply, 429, 'E_RATE_LIMITED', `too many bad API keys from this address; try again in ${wait} s`);
      return;
    }
    const key = keyOf(header);
    const found = key ? await store.apiKeys.verify(key) : null;
    if (!found) {
      badKeys?.fail(req.ip);
      await sendError(reply, 401, 'E_BAD_KEY', 'the API key is unknown or revoked');
      return;
    }
    req.caller = { keyId: found.id, org: found.org, role: found.role };
  };
}

/** The API key in a Bearer or Basic (user:key) Authorization header. */
export function keyOf(header: string): string | null {
  const bearer = /^Bearer\s+(\S+)$/i.exec(header);
  if (bearer) return bearer[1] as string;
  const basic = /^Basic\s+([A-Za-z0-9+/]+=*)$/i.exec(header);
  if (!basic) return null;
  const decoded = Buffer.from(basic[1] as string, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon >= 0 && colon < decoded.length - 1 ? decoded.slice(colon + 1) : null;
}

export function requireRole(...roles: Role[]): preHandlerHookHandler {
  return (req, reply, done) => {
    if (!req.caller) {
      void sendError(reply, 401, 'E_AUTH_REQUIRED', `an API key with role ${roles.join(' or ')} is required`);
      return;
    }
    if (!roles.includes(req.caller.role)) {
      void sendError(reply, 403, 'E_FORBIDDEN', `role ${req.caller.role} may not do this (needs ${roles.join(' or ')})`);
      return;
    }
    done();
  };
}
