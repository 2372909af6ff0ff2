/**
 * The compose coach in a real Chromium: the dated webmail fixtures served on
 * their real URLs, the rep typing into the compose body, the badge
 * (`<quid-coach>`, the test contract), Insert, undo, the send record in the
 * extension's storage, and nothing of Quid in the editor's HTML.
 */
import type { Locator, Page } from '@playwright/test';
import { BODY, GET, GIVE, GMAIL_INBOX, OUTLOOK_MAIL, expectCleanEditor, expectSent, screenshot, served, startDraft } from './drafts.ts';
import { expect, test } from './fixtures.ts';

test('Gmail: a give without a get is flagged, Insert trades it, the editor stays clean, Send records one entry', async ({ openWebmail, serviceWorker }) => {
  const { page, errors, foreignRequests } = await openWebmail(GMAIL_INBOX, served('gmail-2026-07-new-message-chips.html'));
  const coach = page.locator('quid-coach');
  await expect(coach).toHaveCount(1);

  const body = await startDraft(page, 'gmail');
  const spansBefore = await body.locator('span').count();
  await page.keyboard.type(GIVE);
  await expect(coach).toHaveAttribute('data-verdict', 'unreciprocated');
  await expect(coach).toHaveAttribute('data-gives', '1');
  await expect(coach).toHaveAttribute('data-gets', '0');
  // Typing never moved focus to the badge.
  expect(await body.evaluate((el) => document.activeElement === el)).toBe(true);
  // The give's sentence is highlighted through the highlight registry, not the DOM.
  expect(await page.evaluate(() => (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('quid-give')?.size ?? 0)).toBe(1);
  await page.mouse.move(0, 0);
  await page.screenshot({ path: screenshot('coach-badge-light.png'), clip: (await clipAround(page, body))! });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: screenshot('coach-badge-dark.png'), clip: (await clipAround(page, body))! });
  await page.emulateMedia({ colorScheme: 'light' });

  const badge = coach.getByRole('button', { name: /^Quid:/ });
  await expect(badge).toHaveAttribute('aria-expanded', 'false');
  await badge.click();
  await expect(badge).toHaveAttribute('aria-expanded', 'true');
  const panel = coach.getByRole('region', { name: 'Quid give and get coach' });
  await expect(panel).toBeVisible();
  await expect(panel).toContainText(GIVE);
  await page.screenshot({ path: screenshot('coach-panel-light.png'), clip: (await clipAround(page, body, panel))! });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: screenshot('coach-panel-dark.png'), clip: (await clipAround(page, body, panel))! });
  await page.emulateMedia({ colorScheme: 'light' });

  const insert = panel.getByRole('button', { name: /^Insert/ }).first();
  const ask = ((await insert.getAttribute('aria-label')) ?? '').replace(/^Insert: /, '');
  await insert.click();
  await expect(coach).toHaveAttribute('data-verdict', 'reciprocated');
  // The ask follows the give it answers, before the sign-off and the signature.
  const text = await body.innerText();
  expect(text).toContain(`${GIVE} ${ask}`);
  expect(text.indexOf(ask)).toBeLessThan(text.indexOf('Thanks,'));
  await expectCleanEditor(body, spansBefore);

  await page.getByRole('button', { name: /^Send/ }).first().click();
  const [entry] = await expectSent(serviceWorker, 1);
  expect(entry).toMatchObject({
    host: 'gmail',
    subject: 'Fabrikam rollout: pricing options',
    threadId: 'thread-a:r-2290384756120938475',
    verdict: 'reciprocated',
    accounts: ['fabrikam.example'],
    gives: [{ category: 'price', status: 'given' }],
  });
  expect(entry?.contacts.map((r) => r.address)).toContain('priya.raman@fabrikam.example');
  // Only the findings' quotes are kept, never the draft.
  expect(JSON.stringify(entry)).not.toContain('Thanks,');
  expect(errors).toEqual([]);
  expect(foreignRequests().map((r) => r.url)).toEqual([]);
});

/** A screenshot clip around the compose body (and the open panel), padded and kept on the page. */
async function clipAround(page: Page, ...parts: Locator[]) {
  const boxes = (await Promise.all(parts.map((p) => p.boundingBox()))).filter((b) => b !== null);
  if (boxes.length === 0) return undefined;
  const x = Math.max(0, Math.min(...boxes.map((b) => b.x)) - 16);
  const y = Math.max(0, Math.min(...boxes.map((b) => b.y)) - 16);
  const viewport = page.viewportSize() ?? { width: 1000, height: 700 };
  const right = Math.min(viewport.width, Math.max(...boxes.map((b) => b.x + b.width)) + 16);
  const bottom = Math.min(viewport.height, Math.max(...boxes.map((b) => b.y + b.height)) + 16);
  return { x, y, width: right - x, height: bottom - y };
}

test('Gmail: two composes have independent badges; Send in one and Ctrl+Enter in the other record one entry each', async ({ openWebmail, serviceWorker }) => {
  const { page, errors, foreignRequests } = await openWebmail(GMAIL_INBOX, served('gmail-2026-07-two-composes.html'));
  const coaches = page.locator('quid-coach');
  await expect(coaches).toHaveCount(2);
  const [first, second] = [coaches.nth(0), coaches.nth(1)];
  // The fixture's drafts: a waived fee with nothing asked, and an intro request with no give.
  await expect(first).toHaveAttribute('data-verdict', 'unreciprocated');
  await expect(second).toHaveAttribute('data-verdict', 'no-give');

  await startDraft(page, 'gmail', 1);
  await page.keyboard.type(GIVE);
  await expect(second).toHaveAttribute('data-verdict', 'unreciprocated');
  await expect(first).toHaveAttribute('data-verdict', 'unreciprocated');
  await page.keyboard.type(` ${GET}`);
  await expect(second).toHaveAttribute('data-verdict', 'reciprocated');
  await expect(second).toHaveAttribute('data-gets', '1');
  await expect(first).toHaveAttribute('data-verdict', 'unreciprocated');

  // Send the first compose with a click.
  await page.locator('.M9').nth(0).getByRole('button', { name: /^Send/ }).click();
  const [one] = await expectSent(serviceWorker, 1);
  expect(one).toMatchObject({ host: 'gmail', subject: 'Contoso renewal', verdict: 'unreciprocated' });

  // Ctrl+Enter inside the second (the caret is still in its body).
  await page.locator(BODY.gmail).nth(1).click();
  await page.keyboard.press('Control+Enter');
  const entries = await expectSent(serviceWorker, 2);
  expect(entries[1]).toMatchObject({ host: 'gmail', subject: 'Intro: Brightloom x Tailspin', verdict: 'reciprocated' });

  await page.waitForLoadState('networkidle');
  expect(foreignRequests().map((r) => r.url)).toEqual([]);
  expect(errors).toEqual([]);
});

test('Outlook: flagged while typing, Insert trades the give, undo reverts it, Ctrl+Enter records one entry', async ({ openWebmail, serviceWorker }) => {
  const { page, errors, foreignRequests } = await openWebmail(OUTLOOK_MAIL, served('outlook-2026-07-new-message.html'));
  const coach = page.locator('quid-coach');
  await expect(coach).toHaveCount(1);

  const body = await startDraft(page, 'outlook');
  const spansBefore = await body.locator('span').count();
  await page.keyboard.type(GIVE);
  await expect(coach).toHaveAttribute('data-verdict', 'unreciprocated');
  await expect(coach).toHaveAttribute('data-gives', '1');

  await coach.getByRole('button', { name: /^Quid:/ }).click();
  await coach.getByRole('button', { name: /^Insert/ }).first().click();
  await expect(coach).toHaveAttribute('data-verdict', 'reciprocated');
  await expectCleanEditor(body, spansBefore);
  // Insert left the caret in the body, after the ask: the rep keeps typing there.
  expect(await body.evaluate((el) => document.activeElement === el)).toBe(true);

  // The insertion is an ordinary edit: undo takes it back, redo restores it.
  await page.keyboard.press('Control+z');
  await expect(coach).toHaveAttribute('data-verdict', 'unreciprocated');
  expect(await body.innerText()).toContain(GIVE);
  await page.keyboard.press('Control+Shift+z');
  await expect(coach).toHaveAttribute('data-verdict', 'reciprocated');

  await page.keyboard.press('Control+Enter');
  const [entry] = await expectSent(serviceWorker, 1);
  expect(entry).toMatchObject({ host: 'outlook', subject: 'Pilot extension for Fabrikam', threadId: null, verdict: 'reciprocated' });
  // Two buyer accounts; the name-only chip (Priya) cannot be placed by domain when the email went to two.
  expect([...(entry?.accounts ?? [])].sort()).toEqual(['contoso.example', 'fabrikam.example']);
  expect(entry?.contacts.map((r) => r.name)).toContain('Ken Adams');

  await page.waitForLoadState('networkidle');
  expect(foreignRequests().map((r) => r.url)).toEqual([]);
  expect(errors).toEqual([]);
});

test('the badge is keyboard-usable and can be silenced for one draft', async ({ openWebmail, serviceWorker }) => {
  const { page } = await openWebmail(GMAIL_INBOX, served('gmail-2026-07-two-composes.html'));
  const coaches = page.locator('quid-coach');
  await expect(coaches).toHaveCount(2);
  const first = coaches.nth(0);
  await startDraft(page, 'gmail', 0);
  await page.keyboard.type(GIVE);
  const badge = first.getByRole('button', { name: /^Quid:/ });
  await expect(badge).toHaveAccessibleName('Quid: gives without asking, 1 give, 0 gets');

  await badge.focus();
  await page.keyboard.press('Enter');
  await expect(badge).toHaveAttribute('aria-expanded', 'true');
  // Keys inside the panel stay there: the page's shortcuts never see them.
  await page.keyboard.press('Escape');
  await expect(badge).toHaveAttribute('aria-expanded', 'false');
  await expect(badge).toBeFocused();

  await page.keyboard.press('Enter');
  // Wait for the analysis of the whole typed sentence: under load the panel can
  // still show a partial one ("I can take 15%"), whose give is another finding.
  const mark = first.getByRole('button', { name: 'Mark as intentional: I can take 15% off', exact: true });
  await mark.press('Enter');
  await expect(mark).toHaveAttribute('aria-pressed', 'true');
  await first.getByRole('button', { name: 'Silence for this draft' }).click();
  const resume = first.getByRole('button', { name: /silenced for this draft/ });
  await expect(resume).toBeFocused();
  // Silenced: no highlight for this compose; the other one keeps its coaching.
  expect(await page.evaluate(() => (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('quid-give')?.size ?? 0)).toBe(0);
  await expect(coaches.nth(1).getByRole('button', { name: /^Quid:/ })).toBeVisible();

  // Ctrl+Enter on Quid's own button is not a send.
  await page.keyboard.press('Control+Enter');
  await expectSent(serviceWorker, 0);
  // A silenced draft is still recorded when sent, with the give marked intentional.
  await page.locator('.M9').nth(0).getByRole('button', { name: /^Send/ }).click();
  const [entry] = await expectSent(serviceWorker, 1);
  expect(entry?.gives).toEqual([expect.objectContaining({ category: 'price', status: 'intentional' })]);

  await resume.click();
  await expect(first.getByRole('button', { name: /^Quid:/ })).toBeVisible();
});
