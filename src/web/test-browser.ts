// For tests of pages in a real browser: Debian's chromium driven by playwright-core (which
// downloads no browser of its own), on a phone-sized page.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

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
