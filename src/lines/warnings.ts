// Warnings to infected lines, under the carrier's control. A flag queues a warning as
// `pending`; it leaves only when an analyst approves it (`--warnings review`, the default) or,
// in `--warnings auto`, when the server approves it itself; `off` queues none. Whatever the
// mode, a warning about traffic older than `maxAgeMs` (a replayed file, a late batch) is
// never sent, no more than `hourlyCap` go out in an hour across every server, and an admin's
// stop (kept in the store, so every process sees it) holds them all. At send time the case
// must still be open, consent on, the number not reassigned, and the line not warned in the
// last 24 hours.
import type { Counter } from 'prom-client';
import type { ConsentRegistry } from '../consent/index.js';
import type { SmsSender } from '../smpp/sms-sender.js';
import { splitForSubmit } from '../smpp/split.js';
import type { Store } from '../store/index.js';
import type { LinesRecords, WarningRecord } from './records.js';

export const WARNING_INTERVAL_MS = 24 * 3600_000;

export const WARNING_MODES = ['off', 'review', 'auto'] as const;
export type WarningMode = (typeof WARNING_MODES)[number];

/** How warnings are let out (serve --warnings, --warning-max-age, --warning-hourly-cap, --warning-text, --warning-link). */
export interface WarningPolicy {
  readonly mode: WarningMode;
  /** A flag whose traffic is older than this (event time against now) is never warned. */
  readonly maxAgeMs: number;
  /** Warnings sent per rolling hour, across every server on the store. */
  readonly hourlyCap: number;
  readonly text: WarningTextOptions;
}

export interface WarningTextOptions {
  /** `short`: one SMS part in Japanese (the default); `long`: the bilingual text with removal steps (7 UCS-2 parts). */
  readonly style: 'short' | 'long';
  /** The carrier's official page on removing smishing malware (serve --carrier-url). */
  readonly carrierUrl: string | null;
  /** Put the page in the short text (serve --warning-link). Off by default: we tell people not to open links in SMS. */
  readonly link: boolean;
  /** The carrier's official help number (serve --carrier-phone), quoted in the short text. */
  readonly carrierPhone: string | null;
}

export const DEFAULT_WARNING_POLICY: WarningPolicy = Object.freeze({
  mode: 'review',
  maxAgeMs: 24 * 3600_000,
  hourlyCap: 200,
  text: Object.freeze({ style: 'short', carrierUrl: null, link: false, carrierPhone: null }),
});

/** Why a warning was not sent (metrics label); the warning's own reason is more precise. */
export type SuppressedReason = 'stale' | 'cap' | 'stop' | 'consent' | 'off' | 'case-closed' | 'reassigned' | 'recently-warned';

/** The warning counters (prom-client), one set per registry. */
export interface WarningMetrics {
  readonly queued: Counter<string>;
  readonly approved: Counter<'by'>;
  readonly denied: Counter<string>;
  readonly sent: Counter<string>;
  readonly failed: Counter<string>;
  readonly suppressed: Counter<'reason'>;
}

/**
 * The text. No link unless the carrier asks for its own page: a warning that carried a link
 * would teach exactly what the lures exploit, and the short text says to leave links alone.
 * The long text keeps the FluBot-era Android steps (safe mode, remove the app, factory reset
 * if it will not go) and, for iPhones, profiles and the passwords entered on a lure's page.
 */
export function warningText(o: WarningTextOptions): string {
  if (o.style === 'short') {
    // 【当社より】 says who speaks, calmly: 【重要】 and a number to call is how callback lures read.
    if (o.link && o.carrierUrl) return `【当社より】端末で不正アプリによるSMS送信を検知。${o.carrierPhone ? `窓口${o.carrierPhone} ` : ''}詳細 ${o.carrierUrl}`;
    const base = '【当社より】お使いの端末から不正アプリによるとみられるSMS送信を検知しました。';
    return o.carrierPhone ? `${base}ご相談は当社窓口${o.carrierPhone}へ` : `${base}リンクは開かず当社公式サイトか窓口へご相談ください。`;
  }
  const more = o.carrierUrl ? `\n詳しくは ${o.carrierUrl}` : o.carrierPhone ? `\nご相談は当社窓口 ${o.carrierPhone} へ。` : '\n詳しくはご契約の携帯電話会社の公式サイト・窓口へ。';
  const moreEn = o.carrierUrl ? ` Details: ${o.carrierUrl}` : o.carrierPhone ? ` Help: ${o.carrierPhone}` : ' Details: your carrier\'s official site or shop.';
  return [
    '【重要】お使いの端末が不正アプリに感染し、この番号から詐欺SMSが送られている可能性があります。',
    'Android: 機内モードにし、セーフモードで覚えのないアプリを削除。消せない場合は初期化を。',
    'iPhone: 覚えのない構成プロファイルを削除し、SMSのリンク先で入力したパスワードを変更。',
    `SMSのリンクは開かないでください。${more}`,
    `[EN] Your phone may be infected and sending scam SMS. Android: airplane mode, safe mode, uninstall unknown apps (factory reset if needed). iPhone: remove unknown profiles, change passwords you entered.${moreEn}`,
  ].join('\n');
}

/** How many SMS parts a text takes when submitted (UCS-2 for Japanese: 70 characters in one part). */
export function smsParts(text: string): number {
  const r = splitForSubmit(text);
  return r.ok ? r.parts.length : Infinity;
}

/** The short text must be one part: checked once at start, so a long page address is refused then, not at the first warning. */
export function checkWarningText(o: WarningTextOptions): { ok: true; text: string } | { ok: false; message: string } {
  const text = warningText(o);
  if (o.style === 'short' && smsParts(text) > 1) {
    return { ok: false, message: `the short warning would be ${text.length} characters, more than one SMS part (70): use a shorter --carrier-url, leave out --warning-link, or choose --warning-text long` };
  }
  return { ok: true, text };
}

/** The global stop, as kept in the store's settings. */
export interface WarningStop {
  readonly by: string;
  readonly at: string;
  readonly reason: string;
}

const STOP_SETTING = 'warnings_stop';

/**
 * The admin's stop switch for every warning, in the store so that every server (and the CLI)
 * honours it: while it is on nothing is sent and nothing is approved automatically; warnings
 * wait, and those whose event grows too old meanwhile are dropped as stale.
 */
export function warningSwitch(store: Store, opts: { clock?: () => Date } = {}) {
  const clock = opts.clock ?? (() => new Date());
  return {
    async get(): Promise<WarningStop | null> {
      const row = await store.db.selectFrom('settings').select('value').where('name', '=', STOP_SETTING).executeTakeFirst();
      return row ? (JSON.parse(row.value) as WarningStop) : null;
    },
    async stop(by: string, reason: string): Promise<WarningStop> {
      const s: WarningStop = { by, at: clock().toISOString(), reason };
      const value = JSON.stringify(s);
      await store.db.insertInto('settings').values({ name: STOP_SETTING, value }).onConflict((oc) => oc.column('name').doUpdateSet({ value })).execute();
      await store.audit.append({ actor: by, action: 'lines.warnings.stop', subject: 'warnings', detail: { reason } });
      return s;
    },
    /** Returns the stop that was lifted, or null when warnings were not stopped. */
    async resume(by: string): Promise<WarningStop | null> {
      const was = await this.get();
      await store.db.deleteFrom('settings').where('name', '=', STOP_SETTING).execute();
      await store.audit.append({ actor: by, action: 'lines.warnings.resume', subject: 'warnings', detail: { wasStopped: was !== null, ...(was ? { stoppedBy: was.by, stoppedAt: was.at } : {}) } });
      return was;
    },
  };
}
export type WarningSwitch = ReturnType<typeof warningSwitch>;

export interface DispatcherOptions {
  readonly records: LinesRecords;
  readonly consent: ConsentRegistry;
  readonly sms: SmsSender;
  readonly store: Store;
  readonly from: string;
  /** Mode (`off`: nothing is sent; stale warnings are still dropped), age limit, hourly cap, text. */
  readonly policy: WarningPolicy;
  readonly metrics?: WarningMetrics;
  readonly clock?: () => Date;
  /** How often the outbox is looked at (ms); default 5 s. */
  readonly intervalMs?: number;
  /** Sends tried before a warning is given up (skipped with the last error); default 5. */
  readonly maxAttempts?: number;
  readonly log?: { warn(o: object, m: string): void };
}

export interface WarningDispatcher {
  /** One pass over the outbox; returns how many warnings were sent. */
  tick(): Promise<number>;
  stop(): Promise<void>;
}

const ACTOR = 'system:warnings';
export const AUTO_APPROVER = 'system:warnings-auto';

export function startWarningDispatcher(o: DispatcherOptions): WarningDispatcher {
  const clock = o.clock ?? (() => new Date());
  const text = warningText(o.policy.text);
  const maxAttempts = o.maxAttempts ?? 5;
  const switch_ = warningSwitch(o.store, { clock });
  const m = o.metrics;
  let running: Promise<number> | null = null;
  let stopped = false;

  const skip = async (w: WarningRecord, reason: string, label: SuppressedReason): Promise<'next'> => {
    await o.records.warnings.skipped(w, reason, ACTOR);
    m?.suppressed.inc({ reason: label });
    return 'next';
  };

  async function handle(w: WarningRecord): Promise<'sent' | 'next' | 'stop'> {
    // Asked again for each warning: a stop set by another server takes effect at once.
    if (await switch_.get()) {
      await o.records.warnings.release(w);
      m?.suppressed.inc({ reason: 'stop' });
      return 'stop';
    }
    if (w.eventAt === null || clock().getTime() - Date.parse(w.eventAt) > o.policy.maxAgeMs) return skip(w, 'stale-event', 'stale');
    if ((await o.records.warnings.sentSince(new Date(clock().getTime() - 3600_000).toISOString())) >= o.policy.hourlyCap) {
      await o.records.warnings.release(w);
      m?.suppressed.inc({ reason: 'cap' });
      return 'stop';
    }
    const state = await o.records.caseState(w.caseId);
    if (state === undefined || state === 'closed' || state === 'cleaned') return skip(w, `case-${state ?? 'gone'}`, 'case-closed');
    // Withdrawn detection consent ends what rested on it, the warning too, even before the
    // purge gets to the line's flags and case.
    const c = await o.consent.get(w.line);
    if (c.ok && !c.value.settings.detection) return skip(w, 'detection-consent-withdrawn', 'consent');
    // The number changed hands since: the warning was about the earlier holder's handset.
    const reassigned = c.ok ? c.value.history.lastReassignedAt : null;
    if (reassigned !== null && reassigned > w.queuedAt) return skip(w, 'number-reassigned', 'reassigned');
    if (!(await o.consent.warningsAllowed(w.line))) return skip(w, 'warnings-consent-off', 'consent');
    const last = await o.records.warnings.lastSent(w.line);
    if (last !== null && clock().getTime() - new Date(last).getTime() < WARNING_INTERVAL_MS) return skip(w, `warned-within-24h (${last})`, 'recently-warned');
    const r = await o.sms.send({ from: o.from, to: w.line, text });
    if (r.ok) {
      await o.records.warnings.sent(w, ACTOR);
      m?.sent.inc();
      return 'sent';
    }
    // The link is down: the warning waits, untouched, for the next pass. Refused by the SMSC:
    // counted, and given up after maxAttempts.
    if (r.code === 'E_NO_SMSC' || r.code === 'E_SMPP_NOT_BOUND' || r.code === 'E_SMPP_CLOSED') {
      await o.records.warnings.release(w);
      return 'stop';
    }
    o.log?.warn({ warning: w.id, code: r.code }, 'a warning could not be sent');
    m?.failed.inc();
    await o.records.warnings.failed(w, r.code, maxAttempts, ACTOR);
    return 'stop';
  }

  async function pass(): Promise<number> {
    // Waiting warnings whose event grew too old are dropped first, in every mode, so an
    // analyst's queue never offers one that could not be sent.
    const stale = await o.records.warnings.expire(new Date(clock().getTime() - o.policy.maxAgeMs).toISOString(), ACTOR);
    if (stale > 0) m?.suppressed.inc({ reason: 'stale' }, stale);
    // `off`: nothing leaves this server, approved or not.
    if (o.policy.mode === 'off' || !o.sms.available()) return 0;
    if (o.policy.mode === 'auto' && !(await switch_.get())) {
      const approved = await o.records.warnings.approvePending(AUTO_APPROVER, 50);
      if (approved > 0) m?.approved.inc({ by: 'auto' }, approved);
    }
    let sent = 0;
    // Claimed one at a time: the 24-hour rule and the hourly cap read what the previous send wrote.
    for (let i = 0; i < 50 && !stopped; i++) {
      const [w] = await o.records.warnings.claim(1, 10 * 60_000);
      if (!w) break;
      const r = await handle(w);
      if (r === 'sent') sent++;
      if (r === 'stop') break;
    }
    return sent;
  }

  function tick(): Promise<number> {
    if (!running) {
      running = pass().finally(() => {
        running = null;
      });
    }
    return running;
  }

  const timer = setInterval(() => {
    tick().catch((err: unknown) => o.log?.warn({ err: { message: (err as Error).message } }, 'the warning dispatcher failed a pass'));
  }, o.intervalMs ?? 5000);
  timer.unref();

  return {
    tick,
    async stop() {
      stopped = true;
      clearInterval(timer);
      if (running) await running.catch(() => 0);
    },
  };
}
