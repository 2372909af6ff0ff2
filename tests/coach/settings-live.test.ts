/**
 * The content script follows the rep's settings: the background analyses
 * with the current ones, and a change in the options page re-analyses every
 * open compose without a page reload.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startCoach } from '../../entrypoints/webmail.content/coach.ts';
import { ANALYZE, type AnalyzeRequest } from '../../lib/coach/analyze-protocol.ts';
import { createAnalyzeService } from '../../lib/coach/analyze-service.ts';
import { loadSettings, saveSettings } from '../../lib/settings/store.ts';
import { DEFAULT_SETTINGS } from '../../lib/settings/types.ts';

function showGmail(): void {
  const html = readFileSync(join(import.meta.dirname, '../fixtures/webmail/gmail-2026-07-new-message-chips.html'), 'utf8');
  document.body.innerHTML = /<body[^>]*>([\s\S]*)<\/body>/.exec(html)?.[1] ?? '';
}

const host = () => document.querySelector('quid-coach') as HTMLElement | null;
const body = () => document.querySelector('[contenteditable="true"]') as HTMLElement;

function retype(text: string) {
  body().innerHTML = `<div>${text}</div>`;
  body().dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
}

let ctx: ContentScriptContext;

beforeEach(() => {
  fakeBrowser.reset();
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL('https://mail.google.com/mail/u/0/#inbox');
  vi.spyOn(console, 'debug').mockImplementation(() => undefined);
  ctx = new ContentScriptContext('webmail');
  // The background's side of `quid/analyze` (its sender checks are tested in background.test.ts).
  const analyze = createAnalyzeService(loadSettings);
  fakeBrowser.runtime.onMessage.addListener((message: unknown) =>
    (message as { type?: unknown } | null)?.type === ANALYZE ? analyze(message as AnalyzeRequest).then((analysis) => ({ ok: true, analysis })) : undefined,
  );
});

afterEach(() => {
  ctx.notifyInvalidated();
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('content script: live settings', () => {
  it('analyses with the stored settings and re-analyses open composes when they change', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, disabledRuleSets: ['price-concessions'] });
    showGmail();
    startCoach(ctx);
    await vi.waitFor(() => expect(host()).not.toBeNull());
    retype('I can take 15% off the first year.');
    await vi.waitFor(() => expect(host()?.dataset.verdict).toBe('no-give'));

    // Switched on in the options page: the open compose is judged again, with no typing and no reload.
    await saveSettings({ ...DEFAULT_SETTINGS });
    await vi.waitFor(() => expect(host()?.dataset.verdict).toBe('unreciprocated'));

    await saveSettings({ ...DEFAULT_SETTINGS, disabledRules: ['percent-off'] });
    await vi.waitFor(() => expect(host()?.dataset.gives).toBe('0'));

    // A custom rule applies too.
    await saveSettings({
      ...DEFAULT_SETTINGS,
      customRules: [{ id: 'custom-first-year-1', kind: 'give', category: 'price', phrase: 'first year' }],
      disabledRuleSets: ['price-concessions'],
    });
    await vi.waitFor(() => expect(host()?.dataset.verdict).toBe('unreciprocated'));
  });

  it('stops following settings once the extension context is gone', async () => {
    showGmail();
    startCoach(ctx);
    await vi.waitFor(() => expect(host()).not.toBeNull());
    retype('I can take 15% off the first year.');
    await vi.waitFor(() => expect(host()?.dataset.verdict).toBe('unreciprocated'));
    const removeListener = vi.spyOn(fakeBrowser.storage.local.onChanged, 'removeListener');
    ctx.notifyInvalidated();
    expect(host()).toBeNull();
    expect(removeListener).toHaveBeenCalledOnce();
    await expect(saveSettings({ ...DEFAULT_SETTINGS, disabledRuleSets: ['price-concessions'] })).resolves.toBeTruthy();
    expect(vi.mocked(console.debug).mock.calls.filter(([line]) => String(line).startsWith('[quid]'))).toEqual([]);
  });

  it("pauses on the popup's request: badges go, nothing more is analysed on this page", async () => {
    showGmail();
    startCoach(ctx);
    await vi.waitFor(() => expect(host()).not.toBeNull());
    const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown[]>;
    const answers: unknown[] = [];
    // Another extension's message is not ours to answer.
    await trigger({ type: 'something-else' }, {}, (a: unknown) => answers.push(a));
    expect(answers).toEqual([]);
    expect(host()).not.toBeNull();
    await trigger({ type: 'quid/pause' }, { id: fakeBrowser.runtime.id }, (a: unknown) => answers.push(a));
    expect(answers).toEqual([{ ok: true }]);
    expect(host()).toBeNull();
    retype('I can take 15% off the first year.');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(host()).toBeNull();
  });
});
