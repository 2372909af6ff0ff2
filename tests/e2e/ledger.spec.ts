/**
 * The ledger end to end: a send from the Gmail fixture shows up in the
 * popup under the buyer's account; a rule set switched off in the options
 * stops its hints in an open compose; an export imported into an emptied
 * ledger brings every buyer back; screenshots of the popup and options.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { GET, GIVE, GMAIL_INBOX, expectSent, screenshot, served, startDraft } from './drafts.ts';
import { expect, test } from './fixtures.ts';

const popupUrl = (id: string) => `chrome-extension://${id}/popup.html`;
const optionsUrl = (id: string) => `chrome-extension://${id}/options.html`;

async function openPage(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

test('a sent draft appears in the popup under its buyer, with its give, and its page shows the timeline', async ({ context, extensionId, openWebmail, serviceWorker }) => {
  const { page } = await openWebmail(GMAIL_INBOX, served('gmail-2026-07-new-message-chips.html'));
  await startDraft(page, 'gmail');
  await page.keyboard.type(GIVE);
  await expect(page.locator('quid-coach')).toHaveAttribute('data-verdict', 'unreciprocated');
  await page.getByRole('button', { name: /^Send/ }).first().click();
  await expectSent(serviceWorker, 1);

  const popup = await openPage(context, popupUrl(extensionId));
  const row = popup.locator('[data-buyer="fabrikam.example"]');
  await expect(row).toHaveAttribute('data-gives', '1');
  await expect(row).toHaveAttribute('data-gets', '0');
  await expect(row).toHaveAttribute('data-balance', '-3');

  await row.getByRole('button').first().click();
  await expect(popup.getByText('Fabrikam rollout: pricing options')).toBeVisible();
  await expect(popup.getByText('15% off', { exact: false }).first()).toBeVisible();
});

test('a second draft to the same buyer shows its history in the compose panel', async ({ openWebmail, serviceWorker }) => {
  const { page } = await openWebmail(GMAIL_INBOX, served('gmail-2026-07-new-message-chips.html'));
  await startDraft(page, 'gmail');
  await page.keyboard.type(GIVE);
  await page.getByRole('button', { name: /^Send/ }).first().click();
  await expectSent(serviceWorker, 1);

  // The same page, a fresh draft to the same people: the panel tells the rep what this buyer already got.
  await page.reload();
  const coach = page.locator('quid-coach');
  await startDraft(page, 'gmail');
  await page.keyboard.type('We can also waive the setup fee.');
  await expect(coach).toHaveAttribute('data-verdict', 'unreciprocated');
  await coach.getByRole('button', { name: /^Quid:/ }).click();
  await expect(coach.getByText(/fabrikam\.example: 1 give, 0 gets in 30 days · balance −3/)).toBeVisible();
});

test('switching a rule set off in the options stops its hints in an open compose, without a reload', async ({ context, extensionId, openWebmail }) => {
  const { page } = await openWebmail(GMAIL_INBOX, served('gmail-2026-07-new-message-chips.html'));
  const coach = page.locator('quid-coach');
  await startDraft(page, 'gmail');
  await page.keyboard.type(GIVE);
  await expect(coach).toHaveAttribute('data-verdict', 'unreciprocated');

  const options = await openPage(context, optionsUrl(extensionId));
  await options.getByRole('switch', { name: 'Price concessions' }).click();
  await expect(options.getByRole('switch', { name: 'Price concessions' })).not.toBeChecked();

  await expect(coach).toHaveAttribute('data-verdict', 'no-give');
  await expect(coach).toHaveAttribute('data-gives', '0');

  await options.getByRole('switch', { name: 'Price concessions' }).click();
  await expect(coach).toHaveAttribute('data-verdict', 'unreciprocated');
});

test('export, delete all, import: the ledger comes back whole; a foreign file is refused', async ({ context, extensionId, openWebmail, serviceWorker }) => {
  const { page } = await openWebmail(GMAIL_INBOX, served('gmail-2026-07-two-composes.html'));
  await startDraft(page, 'gmail', 0);
  await page.keyboard.type(GIVE);
  await startDraft(page, 'gmail', 1);
  await page.keyboard.type(`${GIVE} ${GET}`);
  await page.locator('.M9').nth(0).getByRole('button', { name: /^Send/ }).click();
  await expectSent(serviceWorker, 1);
  await page.locator('.M9').nth(0).waitFor({ state: 'attached' });
  await page.locator('[g_editable=true]').last().click();
  await page.keyboard.press('Control+Enter');
  const before = await expectSent(serviceWorker, 2);
  // The rep's own domain (brightloom.example, from the Gmail account) is internal: never a buyer.
  expect(before.flatMap((e) => e.accounts)).not.toContain('brightloom.example');

  const options = await openPage(context, optionsUrl(extensionId));
  const download = options.waitForEvent('download');
  await options.getByRole('button', { name: 'Export JSON' }).click();
  const file = await (await download).path();
  const exported = JSON.parse(readFileSync(file, 'utf8')) as { format: string; sends: unknown[] };
  expect(exported.format).toBe('quid-ledger');
  expect(exported.sends).toHaveLength(2);

  await options.getByRole('button', { name: 'Delete all data…' }).click();
  await options.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expectSent(serviceWorker, 0);

  const input = options.getByLabel('Import JSON');
  await input.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":"world"}') });
  await expect(options.getByRole('alert')).toContainText(/not a Quid export|format/i);
  await expectSent(serviceWorker, 0);

  await input.setInputFiles(file);
  const after = await expectSent(serviceWorker, 2);
  // Import gives rows new ids; everything else must be as exported.
  const shape = (entries: typeof before) =>
    entries.map((e) => ({ ...e, contacts: e.contacts.map(({ id: _id, ...c }) => c).sort((a, b) => `${a.address}`.localeCompare(`${b.address}`)) }));
  expect(shape(after)).toEqual(shape(before));

  const popup = await openPage(context, popupUrl(extensionId));
  for (const account of new Set(before.flatMap((e) => e.accounts))) await expect(popup.locator(`[data-buyer="${account}"]`)).toHaveCount(1);
});

test('screenshots: the popup empty, with a ledger, and a buyer page', async ({ context, extensionId }) => {
  const popup = await openPage(context, popupUrl(extensionId));
  await popup.setViewportSize({ width: 400, height: 600 });
  await expect(popup.getByRole('heading', { name: 'No buyers yet' })).toBeVisible();
  await popup.screenshot({ path: screenshot('popup-empty.png') });

  // A few weeks of invented sends, imported as a rep's export would be.
  const now = Date.now();
  const day = 86_400_000;
  const sends = [
    { key: 's1', account: 'fabrikam.example', days: 20, subject: 'Pricing for the two-site rollout', gives: [['discount-offer', 'price', 'I can take 10% off']], gets: [['budget-question', 'information', 'what budget have you set aside']] },
    { key: 's2', account: 'fabrikam.example', days: 12, subject: 'Re: Pricing for the two-site rollout', gives: [['discount-offer', 'price', 'we can go to 15% off'], ['custom-demo', 'resources', 'put together a custom demo for your team']], gets: [] },
    { key: 's3', account: 'fabrikam.example', days: 3, subject: 'Onboarding', gives: [['waived-fee', 'price', 'waive the onboarding fee']], gets: [] },
    { key: 's4', account: 'contoso.example', days: 9, subject: 'Renewal terms', gives: [['extend-trial', 'resources', 'extend your trial by two weeks']], gets: [['signature-request', 'commitment', 'can you sign the order form by Friday']] },
    { key: 's5', account: 'tailspin.example', days: 2, subject: 'Intro', gives: [], gets: [['stakeholder-meeting', 'access', 'could your VP of Operations join the call']] },
  ] as const;
  const data = {
    format: 'quid-ledger',
    version: 1,
    exportedAt: now,
    buyers: [],
    contacts: [],
    sends: sends.map((s, i) => ({ id: i + 1, sendKey: `screenshot-${s.key}`, accounts: [s.account], host: 'gmail', threadId: null, subject: s.subject, sentAt: now - s.days * day, verdict: s.gives.length === 0 ? 'no-give' : s.gets.some((g) => g[1] !== 'information') ? 'reciprocated' : 'unreciprocated', giveWeight: 0, getWeight: 0 })),
    findings: sends.flatMap((s, i) => [
      ...s.gives.map(([ruleId, category, quote]) => ({ sendId: i + 1, accounts: [s.account], sentAt: now - s.days * day, kind: 'give', ruleId, category, quote, status: 'given' })),
      ...s.gets.map(([ruleId, level, quote]) => ({ sendId: i + 1, accounts: [s.account], sentAt: now - s.days * day, kind: 'get', ruleId, level, quote, status: 'asked' })),
    ]).map((f, i) => ({ id: i + 1, ...f })),
  };
  const options = await openPage(context, optionsUrl(extensionId));
  await options.getByLabel('Import JSON').setInputFiles({ name: 'quid-ledger.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(data)) });
  await expect(options.getByRole('status').filter({ hasText: /Imported/i })).toBeVisible();

  await popup.reload();
  await expect(popup.locator('[data-buyer]')).toHaveCount(3);
  await expect(popup.locator('[data-buyer]').first()).toHaveAttribute('data-buyer', 'fabrikam.example');
  await popup.screenshot({ path: screenshot('popup.png') });
  await popup.locator('[data-buyer="fabrikam.example"]').getByRole('button').first().click();
  await expect(popup.getByText('Pricing for the two-site rollout').first()).toBeVisible();
  await popup.screenshot({ path: screenshot('popup-buyer.png') });
});
