// The inline SMS firewall (issue 11): an SMPP proxy that passes, tags, blocks or holds each
// message on its way from the ESMEs to the SMSCs. See README "Firewall".
import { readFileSync, unwatchFile, watchFile } from 'node:fs';
import { parseFirewallConfig, type ConfigResult, type FirewallConfig } from './config.js';

export { Firewall } from './proxy.js';
export type { Counter, DecisionLogEntry, FirewallMetrics, FirewallOptions, InfectedLure } from './proxy.js';
export { lineFeed } from './line-feed.js';
export { decisionLine, decisionLogWriter } from './decision-log.js';
export type { DecisionLogWriter } from './decision-log.js';
export { heldQueue } from './held.js';
export { withRegistrations } from './registrations.js';
export type { Registration } from './registrations.js';
export type { HeldDecision, HeldMessage, HeldQueue, HeldState, ToSend } from './held.js';
export type { LineFeed, LineFeedOptions } from './line-feed.js';
export { DEFAULT_POLICY, parseFirewallConfig } from './config.js';
export type { BlockMode, ConfigResult, EsmeConfig, FirewallConfig, PolicySettings } from './config.js';
export { tagParts } from './tag.js';
export { PROMETHEUS_CONTENT_TYPE, prometheusText } from './metrics-text.js';
export { networkReporter } from './network-reports.js';
export type { BlockedLure, NetworkReporter, NetworkReporterOptions } from './network-reports.js';

/** Reads and validates a configuration file; the error names the file and the bad setting. */
export function loadFirewallConfig(path: string): ConfigResult {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    return { ok: false, error: `${path}: ${(err as Error).message}` };
  }
  const parsed = parseFirewallConfig(json);
  return parsed.ok ? parsed : { ok: false, error: `${path}: ${parsed.error}` };
}

/**
 * Calls `apply` with the file's new configuration whenever it changes and is valid; a change
 * that does not validate is reported to `rejected` and the running configuration stays.
 * Polls (fs.watchFile): editors that replace the file rather than write it are seen too.
 */
export function watchFirewallConfig(path: string, apply: (c: FirewallConfig) => void, rejected: (error: string) => void, intervalMs = 1_000): () => void {
  const listener = (): void => {
    const r = loadFirewallConfig(path);
    if (r.ok) apply(r.value);
    else rejected(r.error);
  };
  watchFile(path, { interval: intervalMs, persistent: false }, listener);
  return () => unwatchFile(path, listener);
}
