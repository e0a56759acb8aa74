import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decisionLine, decisionLogWriter } from './decision-log.js';
import type { DecisionLogEntry } from './proxy.js';

const base: DecisionLogEntry = {
  at: '2026-12-06T08:00:00.000Z', esme: 'esme', fingerprint: '0123456789abcdef', action: 'pass', enforced: 'pass', dryRun: false,
  verdict: 'allow', score: 0.125, reasons: [], domains: [], parts: 1,
};

/** An entry with its properties in the order the firewall makes them (Firewall #record). */
function entry(o: Partial<DecisionLogEntry>): DecisionLogEntry {
  const e = { ...base, ...o };
  return {
    at: e.at, esme: e.esme, fingerprint: e.fingerprint, action: e.action, enforced: e.enforced, dryRun: e.dryRun, verdict: e.verdict, score: e.score,
    reasons: e.reasons, domains: e.domains, ...(e.phones ? { phones: e.phones } : {}), parts: e.parts, ...(e.text === undefined ? {} : { text: e.text }),
  };
}

describe('decision log lines', () => {
  it('are JSON.stringify of the entry, octet for octet', () => {
    const entries: DecisionLogEntry[] = [
      base,
      entry({ action: 'block', enforced: 'pass', dryRun: true, verdict: 'block', score: 0.97, reasons: ['VERDICT_BLOCK', 'URL_SHORTENER'], domains: ['bit.ly', 'example.jp'], phones: ['+81312345678'], parts: 3 }),
      entry({ action: 'hold', enforced: 'hold', verdict: null, score: null, text: 'お荷物のお届けにあがりましたが不在のため持ち帰りました "quoted" \\ back\nline\ttab \u0001 😀 \ud800 \u2028' }),
      entry({ esme: 'we"ird\\id', score: 1e-7, reasons: ['A'], domains: ['xn--wgv71a.jp'] }),
      entry({ score: Number.NaN }),
    ];
    for (const e of entries) assert.equal(decisionLine(e), JSON.stringify(e));
    // And as the writer encodes them into its buffer: UTF-8 of the same lines.
    const writes: Buffer[] = [];
    const log = decisionLogWriter({ write: (c: Buffer) => writes.push(c) });
    for (const e of entries) log(e);
    log(entry({ domains: ['例え.jp', 'a"b'], phones: ['+81312345678'], reasons: ['R\u0000'], text: '' }));
    log.flush();
    assert.deepEqual(Buffer.concat(writes), Buffer.from([...entries, entry({ domains: ['例え.jp', 'a"b'], phones: ['+81312345678'], reasons: ['R\u0000'], text: '' })].map((e) => `${JSON.stringify(e)}\n`).join(''), 'utf8'));
  });

  it('grow for a line longer than the batch', () => {
    const writes: Buffer[] = [];
    const log = decisionLogWriter({ write: (c: Buffer) => writes.push(c) });
    const text = 'お荷物のお届け'.repeat(20_000);
    log(base);
    log(entry({ action: 'hold', enforced: 'hold', text }));
    log(base);
    log.flush();
    assert.equal(Buffer.concat(writes).toString('utf8'), [base, entry({ action: 'hold', enforced: 'hold', text }), base].map((e) => `${JSON.stringify(e)}\n`).join(''));
  });

  it('go to the stream together, in order', (t) => {
    // The clock is mocked: on a loaded machine a real 5 ms timer can fire before the first check.
    t.mock.timers.enable({ apis: ['setTimeout'] });
    const writes: string[] = [];
    const log = decisionLogWriter({ write: (c: Buffer) => writes.push(c.toString('utf8')) }, 5);
    log(base);
    log({ ...base, parts: 2 });
    t.mock.timers.tick(4);
    assert.deepEqual(writes, []);
    t.mock.timers.tick(1);
    assert.deepEqual(writes, [`${JSON.stringify(base)}\n${JSON.stringify({ ...base, parts: 2 })}\n`]);
    log({ ...base, parts: 3 });
    log.flush();
    assert.deepEqual(writes.slice(1), [`${JSON.stringify({ ...base, parts: 3 })}\n`]);
  });
});
