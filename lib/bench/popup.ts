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
const ROUNDS = 9;

async function yearOfData(): Promise<unknown> {
  const db = new LedgerDb(undefined, 'quid-bench-seed');
  await seedLedger(db, { buyers: BUYERS, sends: SENDS, seed: 7, now: Date.now() });
  const data = await exportLedger(db);
  db.close();
  return data;
}

interface Opening {
  /** Navigation start → the popup's heading (the app has rendered, before any ledger data). */
  shell: number;
  /** Navigation start → the first buyer row. */
  firstRow: number;
}

async function firstRowTimes(context: BrowserContext, url: string): Promise<Opening[]> {
  const times: Opening[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const page = await context.newPage();
    // Runs before the popup's own scripts: notes when the first buyer row appears.
    await page.addInitScript(() => {
      const w = window as unknown as { benchFirstRow: number; benchShell: number };
      w.benchFirstRow = 0;
      w.benchShell = 0;
      new MutationObserver((_, observer) => {
        if (!w.benchShell && document.querySelector('h1')) w.benchShell = performance.now();
        if (document.querySelector('[data-buyer]')) {
          w.benchFirstRow = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(url);
    await page.locator('[data-buyer]').first().waitFor({ timeout: 30_000 });
    times.push(
      await page.evaluate(() => {
        const w = window as unknown as { benchFirstRow: number; benchShell: number };
        return { shell: w.benchShell, firstRow: w.benchFirstRow };
      }),
    );
    await page.close();
  }
  return times;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

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
    // The import's writes settle (LevelDB compaction) before anything is timed.
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    const times = await firstRowTimes(context, `chrome-extension://${id}/popup.html`);
    const rows = times.map((t) => t.firstRow);
    // What the database alone costs: every buyer row read with IndexedDB's own getAll, no Dexie, no React.
    const probe = await context.newPage();
    await probe.goto(`chrome-extension://${id}/popup.html`);
    const raw = await probe.evaluate(async () => {
      const started = performance.now();
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('quid-ledger');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const opened = performance.now();
      const count = await new Promise<number>((resolve, reject) => {
        const request = db.transaction('buyers').objectStore('buyers').getAll();
        request.onsuccess = () => resolve((request.result as unknown[]).length);
        request.onerror = () => reject(request.error);
      });
      db.close();
      return { open: opened - started, read: performance.now() - opened, count };
    });
    await probe.close();
    console.log(`IndexedDB alone: open ${raw.open.toFixed(0)} ms, read ${raw.count} buyer rows ${raw.read.toFixed(0)} ms`);
    console.log(`popup shell (navigation start → heading), ${times.length} opens: median ${median(times.map((t) => t.shell)).toFixed(0)} ms`);
    console.log(`popup first render (navigation start → first buyer row), ${times.length} opens: median ${median(rows).toFixed(0)} ms, worst ${Math.max(...rows).toFixed(0)} ms (goal ≤ 200 ms)`);
  } finally {
    await context.close();
  }
}
