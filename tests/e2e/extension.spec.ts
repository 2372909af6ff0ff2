/**
 * The built extension in Debian's Chromium: the service worker and manifest,
 * the content script on the real webmail URLs, the popup and options pages,
 * and the privacy promise that a webmail page makes no foreign request.
 */
import { fileURLToPath } from 'node:url';
import { RULE_SETS } from '../../lib/rules/registry.ts';
import { WEBMAIL_MATCHES } from '../../lib/webmail/hosts.ts';
import { expect, test } from './fixtures.ts';

const GMAIL_INBOX = 'https://mail.google.com/mail/u/0/#inbox';
const OUTLOOK_MAIL = 'https://outlook.office.com/mail/';
// Screenshots for the README are refreshed on purpose (UPDATE_SCREENSHOTS=1 npx playwright test);
// ordinary runs write them under test-results/ so a test run leaves the tree clean.
const screenshot = (name: string) =>
  process.env.UPDATE_SCREENSHOTS
    ? fileURLToPath(new URL(`../../docs/screenshots/${name}`, import.meta.url))
    : fileURLToPath(new URL(`../../test-results/screenshots/${name}`, import.meta.url));

interface ManifestSubset {
  manifest_version: number;
  name: string;
  permissions?: string[];
  host_permissions?: string[];
  content_scripts?: { matches: string[]; js?: string[] }[];
  action?: { default_popup?: string };
  options_ui?: { page: string };
}

test('the service worker starts and the manifest declares what Quid needs and no more', async ({ serviceWorker, extensionId }) => {
  expect(extensionId).toMatch(/^[a-p]{32}$/);
  expect(serviceWorker.url()).toBe(`chrome-extension://${extensionId}/background.js`);

  // Read from the running worker: `chrome` is the worker's global (the project's types only know WXT's `browser`).
  const manifest = await serviceWorker.evaluate(
    () => (globalThis as unknown as { chrome: { runtime: { getManifest(): ManifestSubset } } }).chrome.runtime.getManifest(),
  );
  expect(manifest.manifest_version).toBe(3);
  expect(manifest.name).toBe('Quid — give/get coach for sales email');
  expect(manifest.permissions ?? []).toEqual(['storage', 'alarms']);
  // Host access, if any, is limited to the webmail hosts.
  for (const host of manifest.host_permissions ?? []) expect(WEBMAIL_MATCHES).toContain(host);
  const matches = (manifest.content_scripts ?? []).flatMap((cs) => cs.matches);
  expect([...matches].sort()).toEqual([...WEBMAIL_MATCHES].sort());
  expect(manifest.action?.default_popup).toBe('popup.html');
  expect(manifest.options_ui?.page).toBe('options.html');
});

for (const [name, url, file] of [
  ['Gmail', GMAIL_INBOX, 'gmail-inbox.html'],
  ['Outlook on the web', OUTLOOK_MAIL, 'outlook-mail.html'],
] as const) {
  test(`the content script runs on ${name} (${url})`, async ({ openWebmail }) => {
    const webmail = await openWebmail(url, file);
    expect(webmail.page.url()).toBe(url);
    await expect(webmail.page.locator('html')).toHaveAttribute('data-quid', 'ready');
    expect(webmail.errors).toEqual([]);
  });
}

test('the popup renders its heading and its empty state', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(page.getByRole('heading', { level: 1, name: 'Quid' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Options' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No buyers yet' })).toBeVisible();
});

test('the options page lists every rule set and judges a sentence typed into "Try a sentence"', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByRole('heading', { level: 1, name: 'Quid options' })).toBeVisible();

  const sets = page.locator('details.quid-ruleset');
  expect(RULE_SETS).toHaveLength(7);
  await expect(sets).toHaveCount(RULE_SETS.length);
  for (const [i, set] of RULE_SETS.entries()) {
    await expect(sets.nth(i).locator('summary')).toContainText(set.title);
  }

  await page.getByLabel('Try a sentence').pressSequentially('I can take 15% off the first year.');
  await expect(page.getByTestId('try-verdict')).toHaveText('unreciprocated');

  await page.screenshot({ path: screenshot('options.png') });
});

test('a webmail page with Quid makes no request to any host but its own', async ({ openWebmail, network }) => {
  for (const [url, file] of [
    [GMAIL_INBOX, 'gmail-inbox.html'],
    [OUTLOOK_MAIL, 'outlook-mail.html'],
  ] as const) {
    const webmail = await openWebmail(url, file);
    await expect(webmail.page.locator('html')).toHaveAttribute('data-quid', 'ready');
    await webmail.page.waitForLoadState('networkidle');
    expect(webmail.foreignRequests().map((r) => r.url)).toEqual([]);
    // The page's own document did go through the log, so the log is live.
    expect(network.requests.some((r) => r.page === webmail.page && r.resourceType === 'document')).toBe(true);
  }
});

test('harness self-check: a request to a third-party host is reported, and never leaves the machine', async ({ openWebmail }) => {
  const webmail = await openWebmail(GMAIL_INBOX, 'gmail-leaky.html');
  await webmail.page.waitForLoadState('networkidle');
  expect(webmail.foreignRequests().map((r) => r.url)).toEqual(['https://tracker.example.test/pixel.gif']);
  // The harness aborted it: the image never loaded.
  expect(await webmail.page.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(0);
});
