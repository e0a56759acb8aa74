// The one way a report is made, whichever channel it came by (the web form, the API, 7726
// over SMPP): validate, normalise the sender, analyse with reputation, commit, count, and add
// its indicators' evidence. Channels keep only their protocol: how the text arrives and how
// the answer is said.
import { isIPv6 } from 'node:net';
import { MAX_TEXT_LENGTH, type Engine } from '../core/engine.js';
import { classifySender } from '../core/sender/index.js';
import type { Analysis } from '../core/types.js';
import type { AggregatorNotices } from '../aggregators/index.js';
import { indicatorsOf, type IndicatorStore } from '../reputation/index.js';
import type { Transaction } from 'kysely';
import type { Channel, Database, SetSenderResult, Store } from '../store/index.js';
import { failureLimit } from '../limits/index.js';
import { lineNumberHash } from '../lines/detector-deps.js';
import { sealLineHash } from '../lines/sealed-reporter.js';
import { lureOf } from '../core/campaigns/lure.js';
import { recordLureWithin } from '../sharing/campaign-store.js';

/** Who sent the report in. Only a keyed hash of a number or an address is ever kept. */
export type Reporter =
  | { readonly kind: 'subscriber'; readonly number: string }
  | { readonly kind: 'address'; readonly address: string }
  | { readonly kind: 'org'; readonly org: string; readonly role: string }
  | { readonly kind: 'none' };

export interface ReportInput {
  readonly channel: Channel;
  readonly text: string;
  /** The lure's sender as typed; empty or absent when unknown. */
  readonly sender?: string | null;
  readonly reporter: Reporter;
}

export type ReportErrorCode = 'E_EMPTY_TEXT' | 'E_TEXT_TOO_LONG' | 'E_BINARY_TEXT' | 'E_BAD_SENDER';
export interface ReportError { readonly code: ReportErrorCode; readonly field: 'text' | 'sender'; readonly message: string }

export type Validated = { ok: true; text: string; sender: string | null } | { ok: false; errors: ReportError[] };
export type ReportOutcome =
  | { ok: true; id: string; receivedAt: string; sender: string | null; analysis: Analysis }
  | { ok: false; errors: ReportError[] };

export interface ReportService {
  /** Every problem with the input at once (a form shows them all). */
  validate(input: Pick<ReportInput, 'text' | 'sender'> & { channel?: Channel }): Validated;
  /** The verdict a report would get, nothing kept (the form's "check" button). */
  analyse(text: string, sender: string | null): Analysis;
  /** Validates, analyses, commits (the answer comes only after the commit), counts, adds evidence. */
  submit(input: ReportInput): Promise<ReportOutcome>;
  /** The lure's sender given afterwards (the 7726 ask-back, the form's details), added as evidence too. */
  setSender(id: string, rawSender: string, reporter: Reporter, also?: (tx: Transaction<Database>) => Promise<void>): Promise<SetSenderResult | { ok: false; code: 'E_BAD_SENDER' }>;
  /** Called after every committed report (metrics by channel and verdict). */
  onReport(listener: (channel: Channel, verdict: Analysis['verdict']) => void): void;
}

export interface ReportServiceOptions {
  readonly store: Store;
  /** The engine with reputation (src/reputation withReputation). */
  readonly engine: Engine;
  /** Where evidence goes; without it reports are kept and nothing is learnt from them. */
  readonly indicators?: IndicatorStore;
  /** Where flagged reports over aggregator routes become notices to the aggregator (src/aggregators); without it, none are made. */
  readonly notices?: AggregatorNotices;
  /** API key roles whose organisations are trusted (data/reputation.json). */
  readonly trustedRoles?: readonly string[];
  readonly log?: { warn(obj: object, msg: string): void };
  /**
   * Aggregator notices one reporter (a subscriber, a client address) may cause per hour (default
   * 10); API keys' organisations are accountable and not capped. The report is kept and teaches
   * the indicators all the same: only the notice to a third party is left out.
   */
  readonly noticesPerReporterPerHour?: number;
  readonly clock?: () => Date;
}

/** NUL and the other C0 controls (tab and line breaks aside) never occur in an SMS: binary junk. */
function hasControlCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return true;
  }
  return false;
}

/** A sender as typed: a phone number or an alphanumeric sender ID; anything else is refused. */
export function normaliseSender(raw: string): string | null {
  const s = classifySender(raw);
  return s.kind === 'unknown' ? null : s.normalized;
}

/** An IPv6 client is its /64: one subscriber's network hands out addresses without end. */
function addressKey(address: string): string {
  const a = address.startsWith('::ffff:') ? address.slice(7) : address;
  if (!isIPv6(a)) return a;
  const full = a.includes('::') ? expand(a) : a.split(':');
  return full.slice(0, 4).map((g) => g.toLowerCase().padStart(4, '0')).join(':') + '::/64';
}
function expand(a: string): string[] {
  const [head, tail] = a.split('::') as [string, string];
  const h = head ? head.split(':') : [];
  const t = tail ? tail.split(':') : [];
  return [...h, ...Array<string>(8 - h.length - t.length).fill('0'), ...t];
}

export function createReportService(o: ReportServiceOptions): ReportService {
  const { store, engine } = o;
  const listeners: ((channel: Channel, verdict: Analysis['verdict']) => void)[] = [];
  const sealedLineHash = lineHashSealer(store);
  const trustedRoles = new Set(o.trustedRoles ?? []);

  async function reporterKey(r: Reporter): Promise<{ key: string; org: string | null; trusted: boolean }> {
    switch (r.kind) {
      case 'subscriber': return { key: `sub:${await store.hashSubscriber(r.number)}`, org: null, trusted: false };
      case 'address': return { key: `ip:${await store.hashSubscriber(`ip:${addressKey(r.address)}`)}`, org: null, trusted: false };
      case 'org': return { key: `org:${r.org}`, org: r.org, trusted: trustedRoles.has(r.role) };
      // Reports from nobody in particular are one reporter between them.
      case 'none': return { key: 'anonymous', org: null, trusted: false };
    }
  }

  /**
   * Without the store's keyed-hash secret reporters cannot be told apart: the report is kept,
   * nothing is learnt from it, and the log says so (serve always has a secret).
   */
  async function reporterKeyOrNull(r: Reporter): Promise<{ key: string; org: string | null; trusted: boolean } | null> {
    try {
      return await reporterKey(r);
    } catch (err) {
      o.log?.warn({ err: { message: (err as Error).message } }, 'reports: no reporter key; evidence not recorded');
      return null;
    }
  }

  async function addEvidence(r: Reporter, flagged: boolean, refs: ReturnType<typeof indicatorsOf>): Promise<void> {
    if (!o.indicators || refs.length === 0) return;
    try {
      const who = await reporterKey(r);
      await o.indicators.record({ reporter: who.key, org: who.org, trustedOrg: who.trusted, flagged, indicators: refs });
    } catch (err) {
      // The report is committed; only what it teaches is lost, and the log says so.
      o.log?.warn({ err: { message: (err as Error).message } }, 'reports: evidence not recorded');
    }
  }

  // A notice tells an aggregator that its customer sent a lure: the sender is the reporter's
  // word, so one reporter (or one address) must not be able to bury an aggregator in notices
  // about any sender it names. Per process, as the public routes' rate limits are.
  const noticeBudget = failureLimit({ max: o.noticesPerReporterPerHour ?? 10, windowMs: 3_600_000, now: () => (o.clock ? o.clock() : new Date()).getTime() });
  async function noticeAllowed(r: Reporter): Promise<boolean> {
    if (r.kind === 'org') return true;
    const who = await reporterKeyOrNull(r);
    const key = who?.key ?? 'anonymous';
    if (noticeBudget.blockedFor(key) > 0) {
      o.log?.warn({ reporter: key.slice(0, 20) }, 'reports: reporter past its hourly aggregator-notice allowance; report kept, no notice');
      return false;
    }
    noticeBudget.fail(key);
    return true;
  }

  async function fingerprintOrNull(text: string): Promise<string | null> {
    try {
      return await o.notices!.fingerprint(text);
    } catch (err) {
      o.log?.warn({ err: { message: (err as Error).message } }, 'reports: no keyed-hash secret; aggregator notice not made');
      return null;
    }
  }

  /** The notice for a report whose sender arrived after it (its verdict is the report's). */
  async function noticeLater(id: string, reporter: Reporter): Promise<void> {
    const notices = o.notices;
    if (!notices) return;
    try {
      const report = await store.reports.get(id);
      if (!report || !notices.due(report.sender, report.verdict) || !(await noticeAllowed(reporter))) return;
      await notices.notice({ report: id, receivedAt: report.receivedAt, text: report.text, sender: report.sender as string, verdict: report.verdict, reasons: report.reasons as { code: string }[] });
    } catch (err) {
      o.log?.warn({ err: { message: (err as Error).message } }, 'reports: aggregator notice not made');
    }
  }

  const service: ReportService = {
    validate(input) {
      const errors: ReportError[] = [];
      const { text } = input;
      // What the network delivered (7726) is taken as it is, beyond emptiness: refusing it would
      // make the SMSC offer it again for ever. Typed texts (form, API) are held to SMS shape.
      const typed = input.channel === undefined || input.channel === 'web' || input.channel === 'api';
      if (text.trim() === '') errors.push({ code: 'E_EMPTY_TEXT', field: 'text', message: 'text: the message is empty' });
      else if (typed && text.length > MAX_TEXT_LENGTH) errors.push({ code: 'E_TEXT_TOO_LONG', field: 'text', message: `text: longer than ${MAX_TEXT_LENGTH} characters` });
      else if (typed && hasControlCharacters(text)) errors.push({ code: 'E_BINARY_TEXT', field: 'text', message: 'text: control characters are not SMS text' });
      const raw = input.sender?.trim() ?? '';
      const sender = raw === '' ? null : normaliseSender(raw);
      if (raw !== '' && sender === null) errors.push({ code: 'E_BAD_SENDER', field: 'sender', message: 'sender: not a phone number, short code or sender ID' });
      return errors.length > 0 ? { ok: false, errors } : { ok: true, text, sender };
    },
    analyse(text, sender) {
      return engine.analyse({ text, from: sender ?? undefined });
    },
    async submit(input) {
      const v = service.validate(input);

      if (!v.ok) return v;
      const analysis = service.analyse(v.text, v.sender);
      const r = input.reporter;
      const refs = indicatorsOf(analysis, v.sender);
      const indicators = o.indicators;
      // The evidence is written in the report's own commit: no second commit per report.
      const within: ((tx: Transaction<Database>, report: { id: string; receivedAt: string }) => Promise<void>)[] = [];
      const who = indicators && refs.length > 0 ? await reporterKeyOrNull(r) : null;
      if (indicators && who) {
        const evidence = { reporter: who.key, org: who.org, trustedOrg: who.trusted, flagged: analysis.verdict !== 'allow', indicators: refs };
        within.push((tx) => indicators.recordWithin(tx, evidence));
      }
      // A flagged lure over an aggregator route: a notice to that aggregator, in the same commit.
      const notices = o.notices;
      const fingerprint = notices?.due(v.sender, analysis.verdict) && (await noticeAllowed(r)) ? await fingerprintOrNull(v.text) : null;
      if (notices && fingerprint && v.sender) {
        const sender = v.sender;
        within.push((tx, rep) => notices.noticeWithin(tx, { report: rep.id, receivedAt: rep.receivedAt, text: v.text, sender, verdict: analysis.verdict, reasons: analysis.reasons }, fingerprint));
      }
      // A flagged report is a lure for the campaigns (src/sharing/campaign-store.ts), in the same commit.
      if (analysis.verdict !== 'allow') {
        const lure = lureOf({ text: v.text, sender: v.sender, reasons: analysis.reasons, indicators: analysis.indicators });
        within.push((tx, rep) => recordLureWithin(tx, lure, input.channel, rep.receivedAt));
      }
      const withinCommit = within.length === 0 ? undefined : async (tx: Transaction<Database>, rep: { id: string; receivedAt: string }): Promise<void> => {
        for (const w of within) await w(tx, rep);
      };
      const { id, receivedAt } = await store.reports.create({
        channel: input.channel, text: v.text, sender: v.sender,
        reporterHash: r.kind === 'subscriber' ? await store.hashSubscriber(r.number) : null,
        // Joinable with the traffic the line detector sees (whether the named line texted this
        // reporter), sealed at rest: the detector's hash is fast, not one-way enough to store bare.
        reporterLineHash: r.kind === 'subscriber' ? await sealedLineHash(r.number) : null,
        org: r.kind === 'org' ? r.org : null,
        verdict: analysis.verdict, score: analysis.score, reasons: analysis.reasons, indicators: analysis.indicators,
        withinCommit,
      });
      for (const l of listeners) l(input.channel, analysis.verdict);
      return { ok: true, id, receivedAt, sender: v.sender, analysis };
    },
    async setSender(id, rawSender, reporter, also) {
      const sender = normaliseSender(rawSender);
      if (sender === null) return { ok: false, code: 'E_BAD_SENDER' };
      const set = await store.reports.setSender(id, sender, also);
      if (set.ok) {
        const report = await store.reports.get(id);
        // The report's verdict was given without the sender; it is what the reporter forwarded.
        if (report) await addEvidence(reporter, report.verdict !== 'allow', indicatorsOf({ indicators: { urls: [], domains: [], phones: [], emails: [] } }, sender));
        await noticeLater(id, reporter);
      }
      return set;
    },
    onReport(listener) {
      listeners.push(listener);
    },
  };
  return service;
}

/**
 * A subscriber's number as the detector hashes it, sealed. Both keys are derived from the
 * secret once (two HMACs) and kept for that secret, not made again for every report.
 */
function lineHashSealer(store: Store): (number: string) => Promise<string> {
  let made: { secret: string; seal: (n: string) => string } | undefined;
  return async (number) => {
    const secret = await store.secret();
    if (made?.secret !== secret) {
      const hash = lineNumberHash(secret);
      const seal = sealLineHash(secret);
      made = { secret, seal: (n) => seal(hash(n)) };
    }
    return made.seal(number);
  };
}
