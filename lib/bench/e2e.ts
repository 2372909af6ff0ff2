/**
 * `npm run bench:e2e [compose|popup]`: the coach's cost inside a real Chromium, with the
 * built extension on the Gmail fixture served at its real URL.
 *
 * - the content script's size, gzipped (goal ≤ 100 KB, React included);
 * - per keystroke in a 5,000-word draft, the time Quid's own code runs in the
 *   `input` event's dispatch (goal p95 ≤ 4 ms), and all of Quid's script time
 *   between two keystrokes (mutation observers, timers), read from a Chrome
 *   trace: only functions of the content script's file are counted;
 * - from the last keystroke to the badge's new verdict (goal ≤ 250 ms,
 *   the 150 ms debounce included), and the same after the browser stopped
 *   the service worker that runs the engine;
 * - a pasted ~1 MB document: paste → badge and the longest task of Quid's.
 *
 * Figures are printed, not asserted: a shared machine's timings are noise
 * for a test, and a benchmark's job is to report them.
 */
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import type { CDPSession, Page } from 'playwright-core';
import { extensionIdOf, launchWithExtension, serveOffline } from './chromium.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const extensionDir = `${root}.output/chrome-mv3`;
const GMAIL = 'https://mail.google.com/mail/u/0/#inbox';
const FIXTURE = `${root}tests/fixtures/webmail/gmail-2026-07-new-message-chips.html`;
const ROUNDS = Number(process.env.QUID_BENCH_ROUNDS ?? 3);
const TYPED = ' If we do that, could you sign the order form by Friday?';

/** Ordinary prose with a give every few sentences, about 5,000 words once repeated. */
const PROSE = [
  'Thanks again for walking me through the warehouse expansion plans on Tuesday.',
  'It was useful to hear how the night shift handles returns and where the scanners slow things down.',
  'Our routing module already covers the two sites you mentioned, and the Lisbon site can join later.',
  'Most teams your size start with the core licence and add forecasting after the first quarter.',
  'I can take 15% off the first year.',
  'The implementation plan usually runs six weeks, with a check-in at the end of each phase.',
  'Your IT lead will want to see the single sign-on notes, which I have put in the shared folder.',
  'We will also waive the onboarding fee.',
  'Training happens on site or remotely, whichever suits the shift pattern better.',
  'Several customers in logistics have cut mis-picks by a third within two months.',
  'Our solutions engineer can build a custom demo on your own order data.',
  'The reporting dashboards export to the formats your finance team already uses.',
];

function draftHtml(words: number): string {
  const lines: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const sentence = PROSE[i % PROSE.length] ?? '';
    lines.push(`<div>${sentence}</div>`);
    count += sentence.split(/\s+/).length;
  }
  return `<div dir="ltr"><div>Hi Priya,</div><div><br></div>${lines.join('')}<div class="bench-end"><br></div><div><br></div><div>Thanks,</div><div>Sam</div></div>`;
}

function servedFixture(): string {
  return readFileSync(FIXTURE, 'utf8')
    .replace(/<img\b[^>]*\bsrc="(?:https?:)?\/\/[^"]*"[^>]*>/g, '')
    .replace(/<link\b[^>]*>/g, '');
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  args?: { data?: { type?: string; url?: string } };
}

async function trace<T>(cdp: CDPSession, run: () => Promise<T>): Promise<{ result: T; events: TraceEvent[] }> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline', transferMode: 'ReportEvents' });
  const result = await run();
  await cdp.send('Tracing.end');
  await done;
  return { result, events };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const ms = (n: number) => `${n.toFixed(2)} ms`;

/** Puts the caret on the empty line before the sign-off, as a rep adding a sentence would. */
async function caretAtEnd(page: Page): Promise<void> {
  await page.locator('[g_editable=true]').evaluate((el) => {
    const line = el.querySelector('.bench-end');
    if (!line) throw new Error('no typing line');
    const range = document.createRange();
    range.setStart(line, 0);
    range.collapse(true);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
  });
}

async function benchCompose(): Promise<void> {
  const script = `${extensionDir}/content-scripts/webmail.js`;
  const bytes = readFileSync(script);
  console.log(`content script: ${(bytes.length / 1024).toFixed(1)} KB, ${(gzipSync(bytes, { level: 9 }).length / 1024).toFixed(1)} KB gzipped (goal ≤ 100 KB)`);

  const context = await launchWithExtension(extensionDir);
  try {
    await extensionIdOf(context);
    await serveOffline(context, GMAIL, servedFixture());
    const page = await context.newPage();
    await page.goto(GMAIL, { waitUntil: 'load' });
    const body = page.locator('[g_editable=true]').first();
    const html = draftHtml(5000);
    const words = (await body.evaluate((el, h) => {
      el.innerHTML = h;
      return (el as HTMLElement).innerText.split(/\s+/).filter(Boolean).length;
    }, html)) as number;
    console.log(`draft: ${words} words`);

    const handler: number[] = [];
    const perKey: number[] = [];
    const toBadge: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      await body.evaluate((el, h) => {
        el.innerHTML = h;
        // As a paste would: the coach analyses on input.
        el.dispatchEvent(new InputEvent('input', { bubbles: true }));
      }, html);
      await body.click();
      await caretAtEnd(page);
      await page.locator('quid-coach[data-verdict=unreciprocated]').first().waitFor({ state: 'attached', timeout: 20_000 });
      // Page-world clocks: the last keydown, and the moment the badge's verdict changes.
      await page.evaluate(() => {
        const w = window as unknown as { benchLastKey: number; benchBadgeAt: number };
        w.benchLastKey = 0;
        w.benchBadgeAt = 0;
        addEventListener('keydown', () => (w.benchLastKey = performance.now()), true);
        const host = document.querySelector('quid-coach');
        if (!host) throw new Error('no badge');
        new MutationObserver(() => {
          if (host.getAttribute('data-verdict') === 'reciprocated' && !w.benchBadgeAt) w.benchBadgeAt = performance.now();
        }).observe(host, { attributes: true });
      });
      const cdp = await context.newCDPSession(page);
      const { events } = await trace(cdp, async () => {
        await page.keyboard.type(TYPED, { delay: 30 });
        await page.locator('quid-coach[data-verdict=reciprocated]').first().waitFor({ state: 'attached', timeout: 20_000 });
      });
      await cdp.detach();
      const clocks = await page.evaluate(() => {
        const w = window as unknown as { benchLastKey: number; benchBadgeAt: number };
        return { lastKey: w.benchLastKey, badgeAt: w.benchBadgeAt };
      });
      toBadge.push(clocks.badgeAt - clocks.lastKey);

      const ours = events.filter((e) => e.name === 'FunctionCall' && e.ph === 'X' && e.args?.data?.url?.includes('/content-scripts/webmail.js'));
      const inputs = events.filter((e) => e.name === 'EventDispatch' && e.ph === 'X' && e.args?.data?.type === 'input');
      const keys = events.filter((e) => e.name === 'EventDispatch' && e.ph === 'X' && e.args?.data?.type === 'keydown').map((e) => e.ts);
      for (const input of inputs) {
        const end = input.ts + (input.dur ?? 0);
        handler.push(ours.filter((f) => f.ts >= input.ts && f.ts < end).reduce((sum, f) => sum + (f.dur ?? 0), 0) / 1000);
      }
      // Between two keystrokes, everything of Quid's; the analysis after the last key is the debounce's, not a keystroke's.
      for (let i = 0; i + 1 < keys.length; i++) {
        const from = keys[i] ?? 0;
        const to = keys[i + 1] ?? 0;
        perKey.push(ours.filter((f) => f.ts >= from && f.ts < to).reduce((sum, f) => sum + (f.dur ?? 0), 0) / 1000);
      }
    }
    handler.sort((a, b) => a - b);
    perKey.sort((a, b) => a - b);
    toBadge.sort((a, b) => a - b);
    console.log(`input handler, ${handler.length} input events: p50 ${ms(percentile(handler, 50))}, p95 ${ms(percentile(handler, 95))}, max ${ms(handler.at(-1) ?? NaN)} (goal p95 ≤ 4 ms)`);
    console.log(`all Quid script time per keystroke, ${perKey.length} keystrokes: p50 ${ms(percentile(perKey, 50))}, p95 ${ms(percentile(perKey, 95))}`);
    console.log(`last keystroke → badge, ${toBadge.length} rounds: median ${ms(percentile(toBadge, 50))}, worst ${ms(toBadge.at(-1) ?? NaN)} (goal ≤ 250 ms, 150 ms debounce included)`);
    await hugeDraft(page, context);
    await coldWorker(page, context);
  } finally {
    await context.close();
  }
}

/**
 * The engine runs in the background's service worker, which the browser stops
 * after 30 s idle: the first analysis after that pays for starting it again
 * and compiling the rules. Measured from the input event to the new verdict.
 */
async function coldWorker(page: Page, context: Awaited<ReturnType<typeof launchWithExtension>>): Promise<void> {
  const body = page.locator('[g_editable=true]').first();
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    await body.evaluate((el) => {
      el.innerHTML = '<div>Hi Priya, thanks for the call.</div>';
      el.dispatchEvent(new InputEvent('input', { bubbles: true }));
    });
    await page.locator('quid-coach[data-verdict=no-give]').first().waitFor({ state: 'attached', timeout: 20_000 });
    await cdp.send('ServiceWorker.stopAllWorkers');
    await page.waitForTimeout(500);
    times.push(
      await body.evaluate(
        (el) =>
          new Promise<number>((resolve) => {
            const host = document.querySelector('quid-coach');
            if (!host) throw new Error('no badge');
            const start = performance.now();
            new MutationObserver((_, observer) => {
              if (host.getAttribute('data-verdict') !== 'unreciprocated') return;
              observer.disconnect();
              resolve(performance.now() - start);
            }).observe(host, { attributes: true });
            el.innerHTML = '<div>Hi Priya, thanks for the call. I can take 15% off the first year.</div>';
            el.dispatchEvent(new InputEvent('input', { bubbles: true }));
          }),
      ),
    );
  }
  await cdp.detach();
  times.sort((a, b) => a - b);
  console.log(`first analysis after the service worker was stopped (input → badge, 150 ms debounce included), ${times.length} rounds: median ${ms(percentile(times, 50))}, worst ${ms(times.at(-1) ?? NaN)}`);
}

/**
 * A pasted ~1 MB document: how long the one analysis after the paste takes,
 * and what typing in it costs (the wait after a keystroke grows with the cost
 * of the last analysis, so keys stay cheap and the hint still comes).
 */
async function hugeDraft(page: Page, context: Awaited<ReturnType<typeof launchWithExtension>>): Promise<void> {
  const body = page.locator('[g_editable=true]').first();
  const html = draftHtml(170_000);
  await body.evaluate((el) => {
    el.innerHTML = '<div>Hi Priya, thanks for the call.</div>';
    el.dispatchEvent(new InputEvent('input', { bubbles: true }));
  });
  await page.locator('quid-coach[data-verdict=no-give]').first().waitFor({ state: 'attached', timeout: 20_000 });
  const cdp = await context.newCDPSession(page);
  const { result, events } = await trace(cdp, async () => {
    const chars = await body.evaluate((el, h) => {
      el.innerHTML = h;
      el.dispatchEvent(new InputEvent('input', { bubbles: true }));
      return (el as HTMLElement).innerText.length;
    }, html);
    const pasted = Date.now();
    await page.locator('quid-coach[data-verdict=unreciprocated]').first().waitFor({ state: 'attached', timeout: 60_000 });
    const toBadge = Date.now() - pasted;
    await body.click();
    await caretAtEnd(page);
    await page.evaluate(() => {
      const w = window as unknown as { hugeLastKey: number; hugeBadgeAt: number };
      w.hugeLastKey = 0;
      w.hugeBadgeAt = 0;
      addEventListener('keydown', () => (w.hugeLastKey = performance.now()), true);
      const host = document.querySelector('quid-coach');
      if (!host) throw new Error('no badge');
      new MutationObserver(() => {
        if (host.getAttribute('data-verdict') === 'reciprocated' && !w.hugeBadgeAt) w.hugeBadgeAt = performance.now();
      }).observe(host, { attributes: true });
    });
    await page.keyboard.type(TYPED, { delay: 30 });
    await page.locator('quid-coach[data-verdict=reciprocated]').first().waitFor({ state: 'attached', timeout: 60_000 });
    const typedToBadge = await page.evaluate(() => {
      const w = window as unknown as { hugeLastKey: number; hugeBadgeAt: number };
      return Math.round(w.hugeBadgeAt - w.hugeLastKey);
    });
    return { chars, toBadge, typedToBadge };
  });
  await cdp.detach();
  const ours = events.filter((e) => e.name === 'FunctionCall' && e.ph === 'X' && e.args?.data?.url?.includes('/content-scripts/webmail.js'));
  const longest = Math.max(...ours.map((f) => (f.dur ?? 0) / 1000));
  const tasks = ours.filter((f) => (f.dur ?? 0) > 50_000).length;
  console.log(
    `pasted ${(result.chars / 1024 / 1024).toFixed(2)} MB draft: paste → badge ${result.toBadge} ms; typing ${TYPED.length} keys last key → badge ${result.typedToBadge} ms; ` +
      `Quid tasks over 50 ms: ${tasks}, longest ${ms(longest)}`,
  );
}

async function main(): Promise<void> {
  if (!existsSync(`${extensionDir}/manifest.json`)) {
    console.error('quid bench:e2e: no build in .output/chrome-mv3; run `npm run build` first');
    process.exit(2);
  }
  const only = process.argv[2];
  if (only !== 'popup') await benchCompose();
  // Loaded only here: it brings an in-memory IndexedDB to build the popup's data in Node.
  if (only !== 'compose') await (await import('./popup.ts')).benchPopup(extensionDir);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
