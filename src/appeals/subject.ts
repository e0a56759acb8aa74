// What an appeal is about: a domain, a host, one full URL, a number or a sender ID — in the
// form the reputation store keeps it, so that the allow-list entry meets the indicators.
import { isIP } from 'node:net';
import type { Engine } from '../core/engine.js';
import { isBareUrl, type IndicatorKind } from '../core/reputation/index.js';
import { normaliseSender } from '../reports/index.js';

export interface Subject {
  readonly kind: IndicatorKind;
  readonly value: string;
  /** The name whose DNS or website proves ownership; null for numbers and sender IDs (an analyst judges those). */
  readonly proofName: string | null;
}

export type SubjectResult = { ok: true; subject: Subject } | { ok: false; code: 'E_BAD_SUBJECT'; message: string };

export const SUBJECT_MAX = 2048;

const bad = (message: string): SubjectResult => ({ ok: false, code: 'E_BAD_SUBJECT', message });

/** Parses what the appellant typed. */
export function parseSubject(engine: Engine, raw: string): SubjectResult {
  const v = raw.normalize('NFKC').trim();
  if (v === '') return bad('subject: name the domain, URL, number or sender ID that was blocked');
  if (v.length > SUBJECT_MAX) return bad(`subject: at most ${SUBJECT_MAX} characters`);
  // No dot and no slash: a number or a sender ID.
  if (!/[./:]/.test(v)) {
    const n = normaliseSender(v);
    if (n && /^\+?[0-9]{5,15}$/.test(n)) return { ok: true, subject: { kind: 'phone', value: n, proofName: null } };
    if (n && /^[A-Za-z0-9][A-Za-z0-9 ._&-]{0,10}$/.test(n) && /[A-Za-z]/.test(n)) return { ok: true, subject: { kind: 'sender', value: n, proofName: null } };
    return bad('subject: not a domain, URL, phone number or sender ID (at most 11 letters and digits)');
  }
  const u = engine.context({ text: v }).indicators.urls[0];
  if (!u || !u.host) return bad('subject: not a domain or URL');
  if (isIP(u.host)) return bad('subject: an IP address cannot prove ownership; appeal for the name the messages use');
  if (!u.domain) return bad(`subject: ${u.host} is not under a registrable domain`);
  if (!isBareUrl(u.normalized)) return { ok: true, subject: { kind: 'url', value: u.normalized, proofName: u.host } };
  if (u.host === u.domain) return { ok: true, subject: { kind: 'domain', value: u.domain, proofName: u.domain } };
  return { ok: true, subject: { kind: 'host', value: u.host, proofName: u.host } };
}
