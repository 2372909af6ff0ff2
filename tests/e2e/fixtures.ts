/**
 * Playwright fixtures for the end-to-end suite: Debian's Chromium with the
 * built extension loaded, webmail pages served on their real URLs by request
 * interception (so the content script's real `matches` apply), and a record
 * of every request the browser's pages and workers make.
 *
 * Nothing here reaches the network: any request that no served page answers
 * is recorded and then aborted.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM, chromiumArgs } from '../../lib/bench/chromium.ts';
import { test as base, chromium, expect, type BrowserContext, type Page, type Request, type Worker } from '@playwright/test';

export { expect };

const root = fileURLToPath(new URL('../..', import.meta.url));
const pagesDir = fileURLToPath(new URL('./pages/', import.meta.url));
export const extensionDir = fileURLToPath(new URL('../../.output/chrome-mv3', import.meta.url));
export { CHROMIUM };

/** One request seen by the browser context. */
export interface RecordedRequest {
  url: string;
  method: string;
  resourceType: string;
  /** The page whose frame made it; null for workers (the service worker). */
  page: Page | null;
}

export interface NetworkLog {
  /** Every request, in order. */
  readonly requests: RecordedRequest[];
  /**
   * Requests to anything but the given hosts: extension (chrome-extension:)
   * and inline (data:, blob:, about:) URLs never count as foreign.
   */
  foreign(allowedHosts: readonly string[]): RecordedRequest[];
}

export interface WebmailPage {
  page: Page;
  host: string;
  /** Requests this page (and its frames and content scripts) made to a host other than its own. */
  foreignRequests(): RecordedRequest[];
  /** Uncaught exceptions thrown in the page. */
  errors: Error[];
}

export interface Fixtures {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  network: NetworkLog;
  /**
   * Serve `file` (relative to tests/e2e/pages/, or absolute, e.g. a
   * tests/fixtures/webmail capture) as the document at `url` (a real webmail
   * URL such as https://mail.google.com/mail/u/0/#inbox), open it in a new
   * page and wait for it to load. Other requests to the same host get 404.
   */
  openWebmail(url: string, file: string): Promise<WebmailPage>;
}

interface WorkerFixtures {
  extensionPath: string;
}

const LOCAL_PROTOCOLS = new Set(['chrome-extension:', 'data:', 'blob:', 'about:']);

function isForeign(url: string, allowedHosts: readonly string[]): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return true;
  }
  if (LOCAL_PROTOCOLS.has(parsed.protocol)) return false;
  return !allowedHosts.includes(parsed.host);
}

function pageOf(request: Request): Page | null {
  try {
    return request.frame().page();
  } catch {
    // Requests from a service worker have no frame.
    return null;
  }
}

function withoutHash(url: URL): string {
  return `${url.origin}${url.pathname}${url.search}`;
}

/** Build the extension when there is no build (e.g. `npx playwright test` on a clean checkout). */
function ensureBuilt(): string {
  if (!existsSync(`${extensionDir}/manifest.json`)) {
    const r = spawnSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: 'inherit' });
    if (r.status !== 0 || !existsSync(`${extensionDir}/manifest.json`)) {
      throw new Error(`extension build failed (exit ${r.status}); run \`npm run build\``);
    }
  }
  return extensionDir;
}

/** The request log of each context, started before its first page opens. */
const logs = new WeakMap<BrowserContext, RecordedRequest[]>();

export const test = base.extend<Fixtures, WorkerFixtures>({
  extensionPath: [
    // eslint-disable-next-line no-empty-pattern -- Playwright needs the destructuring to see no dependencies.
    async ({}, provide) => {
      await provide(ensureBuilt());
    },
    { scope: 'worker' },
  ],

  // `use` is named `provide` throughout: eslint-plugin-react-hooks reads `use(...)` as React's hook.
  context: async ({ extensionPath }, provide) => {
    const context = await chromium.launchPersistentContext('', {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1000, height: 700 },
      args: chromiumArgs(extensionPath),
    });
    const requests: RecordedRequest[] = [];
    logs.set(context, requests);
    context.on('request', (request) => {
      requests.push({ url: request.url(), method: request.method(), resourceType: request.resourceType(), page: pageOf(request) });
    });
    // Registered first, so every later, more specific route wins: whatever
    // no served page answers never leaves the machine.
    await context.route('**/*', (route) => {
      const { protocol } = new URL(route.request().url());
      return LOCAL_PROTOCOLS.has(protocol) ? route.fallback() : route.abort('blockedbyclient');
    });
    await provide(context);
    await context.close();
  },

  network: async ({ context }, provide) => {
    const requests = logs.get(context) ?? [];
    await provide({
      requests,
      foreign: (allowedHosts) => requests.filter((r) => isForeign(r.url, allowedHosts)),
    });
  },

  serviceWorker: async ({ context }, provide) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await provide(worker);
  },

  extensionId: async ({ serviceWorker }, provide) => {
    await provide(new URL(serviceWorker.url()).host);
  },

  openWebmail: async ({ context, network }, provide) => {
    /** Served documents by URL (no fragment), and the origins already routed. */
    const documents = new Map<string, string>();
    const routed = new Set<string>();
    await provide(async (url, file) => {
      const target = new URL(url);
      documents.set(withoutHash(target), readFileSync(isAbsolute(file) ? file : join(pagesDir, file), 'utf8'));
      if (!routed.has(target.origin)) {
        routed.add(target.origin);
        await context.route(`${target.origin}/**`, (route) => {
          const request = route.request();
          const body = request.resourceType() === 'document' ? documents.get(withoutHash(new URL(request.url()))) : undefined;
          return body === undefined
            ? route.fulfill({ status: 404, contentType: 'text/plain', body: 'not served by the e2e harness' })
            : route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
        });
      }
      const page = await context.newPage();
      const errors: Error[] = [];
      page.on('pageerror', (error) => errors.push(error));
      await page.goto(url, { waitUntil: 'load' });
      return {
        page,
        host: target.host,
        errors,
        foreignRequests: () => network.foreign([target.host]).filter((r) => r.page === page),
      };
    });
  },
});
