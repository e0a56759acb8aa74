// Other capabilities add their pages and routes to the app as Fastify plugins. The
// contract, for `src/web/form/index.ts` (serves `/` and its assets) and
// `src/lines/routes.ts` (`/api/v1/traffic`, `/api/v1/lines`, `/api/v1/cases`) and
// `src/consent/routes.ts` (`/api/v1/consent/:line`, the subscriber's consent page): export the plugin as `default` (or as `plugin`); it is registered with
// `PluginOptions` below, after authentication is in place, so `req.caller` is set and
// `opts.requireRole('analyst', …)` guards a route. The app's error handler, 404 and rate
// limit (`config: { rateLimit: … }` on a route) apply inside plugins too.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FastifyPluginAsync } from 'fastify';
import type { Registry } from 'prom-client';
import type { WarningConfig } from '../config/index.js';
import type { Engine } from '../core/engine.js';
import type { ReportService } from '../reports/index.js';
import type { Store } from '../store/index.js';
import type { requireRole } from './auth.js';
import type { SmsSender } from '../smpp/sms-sender.js';

export interface PluginOptions {
  readonly store: Store;
  /** The engine with reputation when the app has it. */
  readonly engine: Engine;
  /** The one way to make a report (src/reports). */
  readonly reports: ReportService;
  readonly requireRole: typeof requireRole;
  /** Put on a public route's `config`: the route counts against the client address's one allowance, shared by every public route (`{}` when off). */
  readonly publicLimit: object;
  readonly clock: () => Date;
  /** Outbound SMS over the server's SMPP links; refuses with E_NO_SMSC when there are none. */
  readonly sms: SmsSender;
  /** Where texts to subscribers come from, and what they may point to. */
  readonly settings: PluginSettings;
  /** The app's Prometheus registry, for a plugin's own counters (absent: not counted). */
  readonly metrics?: Registry;
}

export interface PluginSettings {
  /** Source address of warnings and one-time codes (serve --sms-from; default the short code). */
  readonly smsFrom: string;
  /** The carrier's official malware-removal page (serve --carrier-url), or null. */
  readonly carrierUrl: string | null;
  /** The server's public address, without a trailing slash (serve --public-url). */
  readonly publicUrl: string | null;
  /** How warnings to infected lines are let out (serve --warnings …); default: review, 24 h, 200 an hour, short text. */
  readonly warnings?: WarningSettings;
  /** What the sharing plugin says of the hub (src/sharing): its organisation, TLP, RPZ zone name. */
  readonly sharing?: SharingSettings;
}

export interface SharingSettings {
  readonly org?: string;
  readonly tlp?: 'clear' | 'green' | 'amber' | 'amber+strict' | 'red';
  readonly rpzZone?: string;
}

/** How warnings leave: the server's validated configuration, passed to the lines plugin as it is. */
export type WarningSettings = WarningConfig;

export interface AppPlugin {
  /** For logs and the plugin's registration name. */
  readonly name: string;
  readonly plugin: FastifyPluginAsync<PluginOptions>;
}

/** Where the known optional plugins live, relative to this file. */
export const OPTIONAL_PLUGINS: readonly { name: string; module: string }[] = [
  { name: 'web form', module: './form/index.js' },
  { name: 'lines', module: '../lines/routes.js' },
  { name: 'consent', module: '../consent/routes.js' },
  { name: 'sharing', module: '../sharing/routes.js' },
];

type Loaded = { ok: true; plugins: AppPlugin[]; missing: string[] } | { ok: false; code: 'E_PLUGIN'; message: string };

/**
 * Loads each optional plugin whose file exists (compiled `.js`, or `.ts` under tsx). A file
 * that exists but fails to load, or exports no plugin, is an error: a half-built server
 * would be worse than one that does not start.
 */
export async function loadOptionalPlugins(list = OPTIONAL_PLUGINS): Promise<Loaded> {
  const plugins: AppPlugin[] = [];
  const missing: string[] = [];
  for (const { name, module } of list) {
    const url = new URL(module, import.meta.url);
    const path = fileURLToPath(url);
    if (!existsSync(path) && !existsSync(path.replace(/\.js$/, '.ts'))) {
      missing.push(name);
      continue;
    }
    let mod: Record<string, unknown>;
    try {
      mod = (await import(url.href)) as Record<string, unknown>;
    } catch (err) {
      return { ok: false, code: 'E_PLUGIN', message: `the ${name} plugin (${module}) does not load: ${(err as Error).message}` };
    }
    const plugin = typeof mod.default === 'function' ? mod.default : mod.plugin;
    if (typeof plugin !== 'function') return { ok: false, code: 'E_PLUGIN', message: `the ${name} module (${module}) exports no plugin as default or \`plugin\`` };
    plugins.push({ name, plugin: plugin as FastifyPluginAsync<PluginOptions> });
  }
  return { ok: true, plugins, missing };
}
