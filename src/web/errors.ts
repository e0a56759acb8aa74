// Every HTTP error carries a stable code a user can search for, Fastify style.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';

export interface ApiError {
  readonly code: string;
  readonly message: string;
}

export function sendError(reply: FastifyReply, status: number, code: string, message: string): FastifyReply {
  return reply.code(status).send({ code, message } satisfies ApiError);
}

/** Maps Fastify's own errors (validation, body size, bad JSON) to our codes. */
export function errorHandler(err: FastifyError, _req: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (err.validation) {
    const first = err.validation[0];
    const field = first?.instancePath ? first.instancePath.replace(/^\//, '').replace(/\//g, '.') : (first?.params as { missingProperty?: string } | undefined)?.missingProperty;
    return sendError(reply, 400, 'E_VALIDATION', `${field ? `${field}: ` : ''}${first?.message ?? err.message}`);
  }
  if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return sendError(reply, 413, 'E_BODY_TOO_LARGE', 'the request body is larger than 16 KiB');
  if (err.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || err.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') return sendError(reply, 400, 'E_BAD_JSON', 'the body is not valid JSON');
  if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return sendError(reply, 415, 'E_MEDIA_TYPE', 'send application/json');
  if (err.statusCode === 429) return sendError(reply, 429, 'E_RATE_LIMITED', err.message);
  if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) return sendError(reply, err.statusCode, err.code ?? 'E_BAD_REQUEST', err.message);
  reply.log.error({ err }, 'request failed');
  return sendError(reply, 500, 'E_INTERNAL', 'internal error');
}
