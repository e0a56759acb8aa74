// For tests of pages in a real browser: Debian's chromium driven by playwright-core (which
// downloads no browser of its own), on a phone-sized page.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { getEngine } from '../engine/index.js';
import type { Store } from '../store/index.js';
import { sqliteDatabase } from '../store/test-support.js';
import { buildApp, type AppDeps } from './app.js';
import formPlugin from './form/index.js';

const CHROMIUM = '/usr/bin/chromium';

/** `false` when browser tests run, else why they skip. */
export const browserSkip: string | false = existsSync(CHROMIUM) ? false : `${CHROMIUM} is missing (.ci/run installs Debian's chromium)`;

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    // No sandbox: chromium will not make one as root (as .ci/run runs). The rest keep it to the page under test.
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A 360 px phone; its script errors and console errors (but a missing favicon) go to `problems`, for the test to fail on. */
export async function phonePage(browser: Browser, problems: string[], opts: { locale?: string; javaScriptEnabled?: boolean } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: opts.locale ?? 'ja-JP', javaScriptEnabled: opts.javaScriptEnabled ?? true });
  const page = await context.newPage();
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/favicon/.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  return { context, page };
}

/** The real app on 127.0.0.1 with the report form (whose stylesheet every page uses) over a fresh SQLite store, and one chromium. */
export interface BrowserRig {
  readonly store: Store;
  readonly base: string;
  readonly browser: Browser;
  /** Script and console errors, and stylesheets that failed, of every page opened by `phone`. */
  readonly problems: string[];
  close(): Promise<void>;
}

/**
 * Starts the rig. `deps(store)` adds to the app (more plugins, after the form's; an SMS sender;
 * the appeals' test resolver); `seed(store)` fills the store before the app starts.
 */
export async function startBrowserRig(opts: { seed?: (store: Store) => Promise<void>; deps?: (store: Store) => Partial<AppDeps> } = {}): Promise<BrowserRig> {
  const db = sqliteDatabase();
  const store = await db.open();
  await opts.seed?.(store);
  const extra = opts.deps?.(store) ?? {};
  const app = await buildApp({ engine: getEngine(), store, config: { rateLimit: 0 }, ...extra, plugins: [{ name: 'web form', plugin: formPlugin }, ...(extra.plugins ?? [])] });
  const base = await app.listen({ host: '127.0.0.1', port: 0 });
  const browser = await launchBrowser();
  return {
    store, base, browser, problems: [],
    async close() {
      await browser.close();
      await app.close();
      await db.cleanup();
    },
  };
}

/** A phone page of the rig (see `phonePage`) on which a stylesheet that fails to load is a problem too. */
export async function phone(rig: BrowserRig, opts: { locale?: string; javaScriptEnabled?: boolean } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const opened = await phonePage(rig.browser, rig.problems, opts);
  opened.page.on('response', (r) => {
    if (r.url().endsWith('.css') && r.status() >= 400) rig.problems.push(`${r.url()}: ${r.status()}`);
  });
  return opened;
}
