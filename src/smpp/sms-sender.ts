// Outbound SMS for the capabilities that text subscribers (warnings to infected lines,
// one-time codes for consent changes). The server builds its web app before the SMPP links
// are bound, so routes get a sender whose links are attached later; until then, and
// whenever no link is bound, a send is refused with E_NO_SMSC rather than queued in memory
// (whoever sends keeps its own durable record of what is still to go).
import type { SubmitResult } from './client.js';

export type SendResult = { readonly ok: true } | { readonly ok: false; readonly code: string; readonly message: string };

export interface SmsSender {
  /** True while at least one SMSC link is bound. */
  available(): boolean;
  send(m: { readonly from: string; readonly to: string; readonly text: string }): Promise<SendResult>;
}

/** The part of an SMPP client a sender needs. */
export interface SubmitLink {
  readonly state: string;
  submit(to: string, text: string, opts: { from?: string }): Promise<SubmitResult>;
}

/** Sends over the first bound link, trying the next when one refuses for want of a bind. */
export function linksSender(links: readonly SubmitLink[]): SmsSender {
  return {
    available: () => links.some((l) => l.state === 'bound'),
    async send(m) {
      let last: SendResult = { ok: false, code: 'E_NO_SMSC', message: 'no SMSC link is bound' };
      for (const link of links.filter((l) => l.state === 'bound')) {
        const r = await link.submit(m.to, m.text, { from: m.from });
        if (r.ok) return { ok: true };
        last = { ok: false, code: r.code, message: r.message };
        if (r.code !== 'E_SMPP_NOT_BOUND' && r.code !== 'E_SMPP_CLOSED') return last;
      }
      return last;
    },
  };
}

/** A sender whose links arrive later (`attach`); refuses with E_NO_SMSC until they do. */
export function lateSmsSender(): SmsSender & { attach(s: SmsSender | null): void } {
  let inner: SmsSender | null = null;
  return {
    attach(s) {
      inner = s;
    },
    available: () => inner?.available() ?? false,
    send: (m) => (inner ? inner.send(m) : Promise.resolve({ ok: false, code: 'E_NO_SMSC', message: 'the server has no SMSC link (serve --smsc)' })),
  };
}
