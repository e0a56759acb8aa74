// Warnings to infected lines: an SMS in Japanese and English with removal steps for Android
// and iPhone and the carrier's official page, sent from the durable outbox over the server's
// SMPP link. Consent is asked when the warning is sent (it may have changed since it was
// queued), and a line gets at most one warning in 24 hours, whatever its cases.
import type { ConsentRegistry } from '../consent/index.js';
import type { SmsSender } from '../smpp/sms-sender.js';
import type { LinesRecords, WarningRecord } from './records.js';

export const WARNING_INTERVAL_MS = 24 * 3600_000;

/**
 * The text. No link other than the carrier's own page: a warning that carried an unknown link
 * would teach exactly what the lures exploit. Android steps follow the FluBot-era advice
 * (safe mode, remove the app, factory reset if it will not go); iPhones are not infected the
 * same way, so their step is about profiles and the passwords entered on a lure's page.
 */
export function warningText(carrierUrl: string | null): string {
  const more = carrierUrl ? `\n詳しくは ${carrierUrl}` : '\n詳しくはご契約の携帯電話会社の公式サイト・窓口へ。';
  const moreEn = carrierUrl ? ` Details: ${carrierUrl}` : ' Details: your carrier\'s official site or shop.';
  return [
    '【重要】お使いの端末が不正アプリに感染し、この番号から詐欺SMSが送られている可能性があります。',
    'Android: 機内モードにし、セーフモードで覚えのないアプリを削除。消せない場合は初期化を。',
    'iPhone: 覚えのない構成プロファイルを削除し、SMSのリンク先で入力したパスワードを変更。',
    `SMSのリンクは開かないでください。${more}`,
    `[EN] Your phone may be infected and sending scam SMS. Android: airplane mode, safe mode, uninstall unknown apps (factory reset if needed). iPhone: remove unknown profiles, change passwords you entered.${moreEn}`,
  ].join('\n');
}

export interface DispatcherOptions {
  readonly records: LinesRecords;
  readonly consent: ConsentRegistry;
  readonly sms: SmsSender;
  readonly from: string;
  readonly carrierUrl: string | null;
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

export function startWarningDispatcher(o: DispatcherOptions): WarningDispatcher {
  const clock = o.clock ?? (() => new Date());
  const text = warningText(o.carrierUrl);
  const maxAttempts = o.maxAttempts ?? 5;
  let running: Promise<number> | null = null;
  let stopped = false;

  async function handle(w: WarningRecord): Promise<'sent' | 'next' | 'stop'> {
    const state = await o.records.caseState(w.caseId);
    if (state === undefined || state === 'closed' || state === 'cleaned') {
      await o.records.warnings.skipped(w, `case-${state ?? 'gone'}`, ACTOR);
      return 'next';
    }
    // Withdrawn detection consent ends what rested on it, the warning too, even before the
    // purge gets to the line's flags and case.
    const c = await o.consent.get(w.line);
    if (c.ok && !c.value.settings.detection) {
      await o.records.warnings.skipped(w, 'detection-consent-withdrawn', ACTOR);
      return 'next';
    }
    // The number changed hands since: the warning was about the earlier holder's handset.
    const reassigned = c.ok ? c.value.history.lastReassignedAt : null;
    if (reassigned !== null && reassigned > w.queuedAt) {
      await o.records.warnings.skipped(w, 'number-reassigned', ACTOR);
      return 'next';
    }
    if (!(await o.consent.warningsAllowed(w.line))) {
      await o.records.warnings.skipped(w, 'warnings-consent-off', ACTOR);
      return 'next';
    }
    const last = await o.records.warnings.lastSent(w.line);
    if (last !== null && clock().getTime() - new Date(last).getTime() < WARNING_INTERVAL_MS) {
      await o.records.warnings.skipped(w, `warned-within-24h (${last})`, ACTOR);
      return 'next';
    }
    const r = await o.sms.send({ from: o.from, to: w.line, text });
    if (r.ok) {
      await o.records.warnings.sent(w, ACTOR);
      return 'sent';
    }
    // The link is down: the warning waits, untouched, for the next pass. Refused by the SMSC:
    // counted, and given up after maxAttempts.
    if (r.code === 'E_NO_SMSC' || r.code === 'E_SMPP_NOT_BOUND' || r.code === 'E_SMPP_CLOSED') {
      await o.records.warnings.release(w);
      return 'stop';
    }
    o.log?.warn({ warning: w.id, code: r.code }, 'a warning could not be sent');
    await o.records.warnings.failed(w, r.code, maxAttempts, ACTOR);
    return 'stop';
  }

  async function pass(): Promise<number> {
    if (!o.sms.available()) return 0;
    let sent = 0;
    // Claimed one at a time: the 24-hour rule reads what the previous send wrote.
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
