/**
 * Debian's Chromium with the built extension loaded, shared by the
 * end-to-end suite and the browser benchmarks. Playwright's own browser
 * downloads are never used: `QUID_CHROMIUM` or /usr/bin/chromium.
 */
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM = process.env.QUID_CHROMIUM ?? '/usr/bin/chromium';

export function chromiumArgs(extensionPath: string): string[] {
  return [
    `--disable-extensions-except=${extensionPath}`,
    `--load-extension=${extensionPath}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
}

export function launchWithExtension(extensionPath: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext('', {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1000, height: 700 },
    args: chromiumArgs(extensionPath),
  });
}

/** The extension's id, from its service worker's URL. */
export async function extensionIdOf(context: BrowserContext): Promise<string> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return new URL(worker.url()).host;
}

/**
 * Answers document requests for `url`'s origin with `html` and aborts
 * everything else, so nothing leaves the machine.
 */
export async function serveOffline(context: BrowserContext, url: string, html: string): Promise<void> {
  const origin = new URL(url).origin;
  await context.route('**/*', (route) => {
    const target = route.request().url();
    if (/^(?:chrome-extension|data|blob|about):/.test(target)) return route.fallback();
    if (target.startsWith(origin) && route.request().resourceType() === 'document') {
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    }
    return route.abort('blockedbyclient');
  });
}
