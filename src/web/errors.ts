// Every HTTP error carries a stable code a user can search for, Fastify style — also the
// errors that Fastify and Node's HTTP parser raise before a route runs (bad chunking, headers
// too large, bad URL encoding, a body that trickles).
import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';

export interface ApiError {
  readonly code: string;
  readonly message: string;
}

/**
 * The codes the HTTP side answers with, and what each means. The OpenAPI description and the
 * README's error list are made from this table; codes of a route's own domain (E_BAD_LINE,
 * E_WRONG_CODE…) are documented beside the route.
 */
export const HTTP_ERRORS = {
  E_VALIDATION: [400, 'A field is missing, of the wrong type or out of range; the message names it.'],
  E_BAD_JSON: [400, 'The body is not valid JSON.'],
  E_JSON_TOO_DEEP: [400, 'The JSON is nested deeper than 32 levels.'],
  E_BINARY_TEXT: [400, 'Text holds NUL, other control characters or an unpaired surrogate.'],
  E_BAD_URL: [400, 'The URL is not valid percent-encoded UTF-8, or holds control characters.'],
  E_BAD_HTTP: [400, 'The request is not well-formed HTTP/1.1 (for example bad chunked encoding).'],
  E_BAD_REQUEST: [400, 'The request was refused before it reached a route.'],
  E_BAD_KEY: [401, 'The API key is unknown or revoked.'],
  E_AUTH_REQUIRED: [401, 'The route needs an API key (Authorization: Bearer sg_…).'],
  E_FORBIDDEN: [403, "The API key's role may not do this."],
  E_BAD_FORM: [403, 'A page form was posted from another site, or without its anti-forgery token.'],
  E_NOT_FOUND: [404, 'No such route, or no such record.'],
  E_NOT_ACCEPTABLE: [406, 'The client does not accept the media type the route answers in (TAXII: application/taxii+json;version=2.1).'],
  E_TIMEOUT: [408, 'The request (headers and body) did not arrive in time.'],
  E_BODY_TOO_LARGE: [413, 'The body is larger than the route takes (16 KiB; traffic 8 MiB).'],
  E_URL_TOO_LONG: [414, 'The URL is longer than 8 KiB.'],
  E_MEDIA_TYPE: [415, 'The Content-Type is not one the route reads.'],
  E_RATE_LIMITED: [429, 'Too many requests from this address (or bad API keys); Retry-After says when to try again.'],
  E_HEADERS_TOO_LARGE: [431, 'The request headers are larger than 16 KiB.'],
  E_INTERNAL: [500, 'A fault on the server; it is logged.'],
  E_STORE_DOWN: [503, 'The store does not answer.'],
  E_CONFLICT: [409, 'The record is not in a state that allows this.'],
  E_UNAVAILABLE: [503, 'A service this needs is not available (for example no SMSC link).'],
} as const satisfies Record<string, readonly [number, string]>;

export type HttpErrorCode = keyof typeof HTTP_ERRORS;

/** The JSON error, with its code also in `x-error-code` (which a HEAD request still gets). */
export function sendError(reply: FastifyReply, status: number, code: string, message: string): FastifyReply {
  return reply.code(status).header('x-error-code', code).send({ code, message } satisfies ApiError);
}

/** Fastify's error codes (FST_…) as ours; anything not listed keeps its status as E_BAD_REQUEST. */
const FASTIFY_CODES: Readonly<Record<string, readonly [number, HttpErrorCode, string]>> = {
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'E_BODY_TOO_LARGE', 'the request body is larger than 16 KiB'],
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'E_BAD_JSON', 'the body is not valid JSON'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'E_BAD_JSON', 'the body is not valid JSON'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'E_MEDIA_TYPE', 'send application/json'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'E_BAD_HTTP', 'Content-Length does not match the body'],
  FST_ERR_CTP_INVALID_TYPE: [415, 'E_MEDIA_TYPE', 'the Content-Type header is not valid'],
  FST_CSRF_INVALID_TOKEN: [403, 'E_BAD_FORM', 'the form has no valid anti-forgery token'],
  FST_CSRF_MISSING_SECRET: [403, 'E_BAD_FORM', 'the form has no valid anti-forgery token'],
  FST_ERR_BAD_URL: [400, 'E_BAD_URL', 'the URL is not valid percent-encoded UTF-8'],
  FST_ERR_ASYNC_CONSTRAINT: [400, 'E_BAD_REQUEST', 'the request matches no route constraint'],
  FST_ERR_BAD_STATUS_CODE: [500, 'E_INTERNAL', 'internal error'],
};

/** The code for a status when nothing more specific is known (HTML pages, other plugins' replies). */
export function codeForStatus(status: number): string {
  const generic: Readonly<Record<number, string>> = {
    400: 'E_BAD_REQUEST', 401: 'E_AUTH_REQUIRED', 403: 'E_FORBIDDEN', 404: 'E_NOT_FOUND', 408: 'E_TIMEOUT', 409: 'E_CONFLICT',
    413: 'E_BODY_TOO_LARGE', 414: 'E_URL_TOO_LONG', 415: 'E_MEDIA_TYPE', 429: 'E_RATE_LIMITED', 431: 'E_HEADERS_TOO_LARGE', 503: 'E_UNAVAILABLE',
  };
  return generic[status] ?? (status >= 500 ? 'E_INTERNAL' : 'E_BAD_REQUEST');
}

/** The code an error handler of an HTML page puts in `x-error-code`. */
export function pageErrorCode(err: FastifyError): string {
  const known = err.code ? FASTIFY_CODES[err.code] : undefined;
  if (known) return known[1];
  if (err.validation) return 'E_VALIDATION';
  if (typeof err.code === 'string' && err.code.startsWith('E_')) return err.code;
  return codeForStatus(err.statusCode ?? 500);
}

/** Maps Fastify's own errors (validation, body size, bad JSON, bad URL) to our codes. */
export function errorHandler(err: FastifyError, req: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (err.validation) {
    const first = err.validation[0];
    const field = first?.instancePath ? first.instancePath.replace(/^\//, '').replace(/\//g, '.') : (first?.params as { missingProperty?: string } | undefined)?.missingProperty;
    return sendError(reply, 400, 'E_VALIDATION', `${field ? `${field}: ` : ''}${first?.message ?? err.message}`);
  }
  const known = err.code ? FASTIFY_CODES[err.code] : undefined;
  if (known) return sendError(reply, known[0], known[1], known[2]);
  // Our own parsers and hooks throw errors that carry one of our codes already.
  if (typeof err.code === 'string' && err.code.startsWith('E_') && err.statusCode && err.statusCode < 500) return sendError(reply, err.statusCode, err.code, err.message);
  if (err.statusCode === 429) return sendError(reply, 429, 'E_RATE_LIMITED', err.message);
  if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) return sendError(reply, err.statusCode, 'E_BAD_REQUEST', err.message);
  reply.log.error({ err, url: req.routeOptions.url }, 'request failed');
  return sendError(reply, 500, 'E_INTERNAL', 'internal error');
}

/** An error our parsers hand to Fastify: its code and status reach the client as they are. */
export function apiError(status: number, code: string, message: string): FastifyError {
  return Object.assign(new Error(message), { code, statusCode: status, name: 'ApiError' }) as FastifyError;
}

/** Fastify's `frameworkErrors`: errors raised before routing (bad URL encoding). */
export function frameworkErrors(err: FastifyError, req: FastifyRequest, reply: FastifyReply): void {
  void errorHandler(err, req, reply);
}

function raw(status: number, reason: string, code: HttpErrorCode, message: string): string {
  const body = JSON.stringify({ code, message } satisfies ApiError);
  return `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`;
}

interface ClientError extends Error {
  readonly code?: string;
  readonly rawPacket?: Buffer;
}

/**
 * Node's `clientError`: the request never became a request (the parser gave up, or it timed
 * out). Answered in JSON with our code, then the socket is closed.
 */
export function clientErrorHandler(err: ClientError, socket: Socket): void {
  if (!socket.writable || socket.destroyed) {
    socket.destroy();
    return;
  }
  let reply: string;
  switch (err.code) {
    case 'HPE_HEADER_OVERFLOW': {
      // The request line counts towards Node's header limit; a first line without its end
      // in the packet is a URL that is too long.
      const packet = err.rawPacket?.toString('latin1') ?? '';
      const firstLineEnd = packet.indexOf('\r\n');
      reply = firstLineEnd < 0 || firstLineEnd > 8192
        ? raw(414, 'URI Too Long', 'E_URL_TOO_LONG', 'the URL is longer than 8 KiB')
        : raw(431, 'Request Header Fields Too Large', 'E_HEADERS_TOO_LARGE', 'the request headers are larger than 16 KiB');
      break;
    }
    case 'ERR_HTTP_REQUEST_TIMEOUT':
    case 'ERR_HTTP_HEADERS_TIMEOUT':
      reply = raw(408, 'Request Timeout', 'E_TIMEOUT', 'the request did not arrive in time');
      break;
    case 'HPE_INVALID_CHUNK_SIZE':
    case 'HPE_STRICT':
    case 'HPE_INVALID_TRANSFER_ENCODING':
    case 'HPE_UNEXPECTED_CONTENT_LENGTH':
    case 'HPE_INVALID_CONTENT_LENGTH':
      reply = raw(400, 'Bad Request', 'E_BAD_HTTP', `the body's framing is not valid HTTP/1.1 (${err.code})`);
      break;
    case 'ECONNRESET':
    case 'EPIPE':
      socket.destroy();
      return;
    default:
      reply = raw(400, 'Bad Request', 'E_BAD_HTTP', `not a well-formed HTTP/1.1 request${err.code ? ` (${err.code})` : ''}`);
  }
  socket.end(reply);
}
