// Sending a subscriber's HTML page in their language: the report form and the consent page.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Lang } from './copy.js';
import { codeForStatus } from '../errors.js';
import { chooseLang, langCookie, type LangChoice } from './lang.js';

/** The visitor's language; `explicit` is the `?lang=` or form field that asks for one. */
export function langOf(req: FastifyRequest, explicit?: unknown): LangChoice {
  return chooseLang(explicit, req.headers.cookie, req.headers['accept-language']);
}

/**
 * `remember`: the visitor chose the language just now, so it is kept in a cookie. A refusal
 * carries its stable code in `x-error-code`, as JSON errors carry it in `code`.
 */
export function sendPage(reply: FastifyReply, status: number, body: string, lang: Lang, remember = false, code?: string): FastifyReply {
  if (status >= 400) reply.header('x-error-code', code ?? codeForStatus(status));
  reply.code(status).type('text/html; charset=utf-8')
    // Pages carry a message text, a report reference or a subscriber's number and settings: never kept by caches.
    .header('cache-control', 'no-store')
    .header('vary', 'Accept-Language, Cookie')
    .header('content-language', lang);
  if (remember) reply.header('set-cookie', langCookie(lang));
  return reply.send(body);
}
