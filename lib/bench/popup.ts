/**
 * The popup's first render with a year of data: 20,000 sent emails across
 * 1,000 buyers, imported through the background as a rep's export would be,
 * then the popup page opened in real Chromium. The figure is the time from
 * the page's navigation start to the first buyer row in the DOM (goal ≤ 200 ms).
 */
import 'fake-indexeddb/auto';
import type { BrowserContext } from 'playwright-core';
import { LedgerDb } from '../ledger/db.ts';
import { seedLedger } from '../ledger/seed.ts';
import { exportLedger } from '../ledger/transfer.ts';
import { extensionIdOf, launchWithExtension } from './chromium.ts';

/** The part of the extension API the import needs, in the options page's world. */
interface ExtensionApi {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}

const BUYERS = 1_000;
const SENDS = 20_000;
const ROUNDS = 5;

async function yearOfData(): Promise<unknown> {
  const db = new LedgerDb(undefined, 'quid-bench-seed');
  await seedLedger(db, { buyers: BUYERS, sends: SENDS, seed: 7 });
  const data = await exportLedger(db);
  db.close();
  return data;
}

async function firstRowTimes(context: BrowserContext, url: string): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const page = await context.newPage();
    // Runs before the popup's own scripts: notes when the first buyer row appears.
    await page.addInitScript(() => {
      const w = window as unknown as { benchFirstRow: number };
      w.benchFirstRow = 0;
      new MutationObserver((_, observer) => {
        if (document.querySelector('[data-buyer]')) {
          w.benchFirstRow = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(url);
    await page.locator('[data-buyer]').first().waitFor({ timeout: 30_000 });
    times.push(await page.evaluate(() => (window as unknown as { benchFirstRow: number }).benchFirstRow));
    await page.close();
  }
  return times.sort((a, b) => a - b);
}

export async function benchPopup(extensionDir: string): Promise<void> {
  const data = await yearOfData();
  const context = await launchWithExtension(extensionDir);
  try {
    const id = await extensionIdOf(context);
    const options = await context.newPage();
    await options.goto(`chrome-extension://${id}/options.html`);
    const started = Date.now();
    const answer = await options.evaluate(
      (d) => (globalThis as unknown as { chrome: ExtensionApi }).chrome.runtime.sendMessage({ type: 'quid/ledger-import', data: d }),
      data,
    );
    console.log(`popup data: ${SENDS} sends across ${BUYERS} buyers imported in ${((Date.now() - started) / 1000).toFixed(1)} s (${JSON.stringify(answer)})`);
    await options.close();
    const times = await firstRowTimes(context, `chrome-extension://${id}/popup.html`);
    const median = times[Math.floor(times.length / 2)] ?? NaN;
    console.log(`popup first render (navigation start → first buyer row), ${times.length} opens: median ${median.toFixed(0)} ms, worst ${(times.at(-1) ?? NaN).toFixed(0)} ms (goal ≤ 200 ms)`);
  } finally {
    await context.close();
  }
}
