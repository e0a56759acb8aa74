// The firewall's counts in Prometheus' text format (version 0.0.4), for a scraper: messages per
// ESME and outcome, long messages given up, receipts routed, MO, and the SMSC links' states.
// Written by hand from the counters the proxy keeps: nothing is added to the message path.
// Names follow promtool's conventions (counters end in _total).
import type { FirewallMetrics } from './proxy.js';

/** The content type a Prometheus scrape expects for this text. */
export const PROMETHEUS_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';

const label = (v: string): string => v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');

export function prometheusText(m: FirewallMetrics, links: readonly { readonly smsc: string; readonly state: string }[]): string {
  const out: string[] = [];
  const family = (name: string, type: 'counter' | 'gauge', help: string, samples: readonly [Readonly<Record<string, string>>, number][]): void => {
    out.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`);
    for (const [labels, value] of samples) {
      const ls = Object.entries(labels).map(([k, v]) => `${k}="${label(v)}"`).join(',');
      out.push(`${name}${ls ? `{${ls}}` : ''} ${value}`);
    }
  };
  family('smishguard_firewall_messages_total', 'counter', 'Messages from ESMEs by what was done (parts of one message count once), and refusals before any decision.',
    Object.entries(m.byEsme).flatMap(([esme, counts]) => Object.entries(counts).map(([outcome, n]): [Record<string, string>, number] => [{ esme, outcome }, n])));
  family('smishguard_firewall_incomplete_total', 'counter', 'Long messages given up before their last part came: timed out, or evicted when too many waited.',
    [[{ why: 'timeout' }, m.partsTimedOut], [{ why: 'evicted' }, m.partsEvicted]]);
  family('smishguard_firewall_waiting_sets', 'gauge', 'Long messages waiting for the rest of their parts.', [[{}, m.heldSets]]);
  family('smishguard_firewall_receipts_total', 'counter', 'Delivery receipts from the SMSCs: routed to the ESME that submitted, or taken with nobody to route to.',
    [[{ routed: 'true' }, m.receiptsRouted], [{ routed: 'false' }, m.receiptsUnrouted]]);
  family('smishguard_firewall_mo_relayed_total', 'counter', 'Handset-originated messages relayed to the ESME taking MO.', [[{}, m.moRelayed]]);
  family('smishguard_firewall_mo_infected_total', 'counter', 'Handset-originated messages from lines flagged infected, by what was done.',
    Object.entries(m.moInfected).map(([action, n]): [Record<string, string>, number] => [{ action }, n]));
  family('smishguard_firewall_upstream_up', 'gauge', 'Whether the link to this SMSC is bound (1) or not (0).', links.map((l) => [{ smsc: l.smsc }, l.state === 'bound' ? 1 : 0]));
  return `${out.join('\n')}\n`;
}
