import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background.ts';
import { analyze } from '../../lib/engine/analyze.ts';
import { SENT_CAP, SENT_KEY, readSent } from '../../lib/coach/sent-store.ts';
import { draftSentMessage, type QuidResponse } from '../../lib/messages.ts';

const message = (subject = 'Pricing', host: 'gmail' | 'outlook' = 'gmail') =>
  draftSentMessage({
    sendId: crypto.randomUUID(),
    host,
    threadId: null,
    subject,
    recipients: { to: [{ address: 'priya@fabrikam.example', name: null }], cc: [], bcc: [] },
    sentAt: 1_780_000_000_000,
    analysis: analyze('I can take 15% off the first year.', { format: 'text' }),
  });

const tab = { id: 7, index: 0, pinned: false, highlighted: false, windowId: 1, active: true, incognito: false, selected: false, discarded: false, autoDiscardable: true, groupId: -1, frozen: false };
const contentScript = (url = 'https://mail.google.com/mail/u/0/#inbox') => ({ id: fakeBrowser.runtime.id, tab: { ...tab, url }, url, frameId: 0 });

/** Delivers a message as the browser would and resolves with the answer (or undefined when none comes). */
function deliver(msg: unknown, sender: object): Promise<QuidResponse | undefined> {
  return new Promise((resolve) => {
    // WXT's typings list two arguments; the fake passes every argument on, as the browser passes sendResponse.
    const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown[]>;
    void trigger(msg, sender, (response: QuidResponse) => resolve(response)).then((results) => {
      // A listener that returned false will not answer: settle now.
      if (results.every((r) => r !== true)) setTimeout(() => resolve(undefined), 0);
    });
  });
}

describe('background: sent drafts from the content script', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    background.main();
  });

  it('stores a valid message from its own content script in a webmail tab', async () => {
    expect(await deliver(message(), contentScript())).toEqual({ ok: true });
    const stored = await readSent();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ host: 'gmail', subject: 'Pricing', analysis: { verdict: 'unreciprocated' } });
    expect(stored[0]).not.toHaveProperty('type');
  });

  it('appends concurrent sends without losing one', async () => {
    await Promise.all(['a', 'b', 'c'].map((s) => deliver(message(s), contentScript())));
    expect((await readSent()).map((r) => r.subject).sort()).toEqual(['a', 'b', 'c']);
  });

  it(`keeps the newest ${SENT_CAP} entries`, async () => {
    const old = Array.from({ length: SENT_CAP }, (_, i) => ({ ...message(`old ${i}`), type: undefined }));
    await fakeBrowser.storage.local.set({ [SENT_KEY]: old });
    await deliver(message('newest'), contentScript());
    const stored = await readSent();
    expect(stored).toHaveLength(SENT_CAP);
    expect(stored[0]?.subject).toBe('old 1');
    expect(stored.at(-1)?.subject).toBe('newest');
  });

  it('rejects a message of the wrong shape and stores nothing', async () => {
    const bad = { ...message(), analysis: { verdict: 'unreciprocated' } };
    const answer = await deliver(bad, contentScript());
    expect(answer?.ok).toBe(false);
    expect(await readSent()).toEqual([]);
  });

  it('rejects the full draft text smuggled into the message', async () => {
    const answer = await deliver({ ...message(), text: 'Hi Priya, the whole draft…' }, contentScript());
    expect(answer).toEqual({ ok: false, error: 'message.text: unexpected field' });
    expect(await readSent()).toEqual([]);
  });

  it('rejects a sender that is not this extension', async () => {
    const answer = await deliver(message(), { ...contentScript(), id: 'some-other-extension' });
    expect(answer).toEqual({ ok: false, error: 'sender: not this extension' });
    expect(await readSent()).toEqual([]);
  });

  it('rejects a sender that is not a content script in a tab (an extension page)', async () => {
    const answer = await deliver(message(), { id: fakeBrowser.runtime.id, url: `chrome-extension://${fakeBrowser.runtime.id}/popup.html` });
    expect(answer).toEqual({ ok: false, error: 'sender: not a content script in a tab' });
    expect(await readSent()).toEqual([]);
  });

  it('rejects a message naming another host than the page it came from', async () => {
    expect((await deliver(message('x', 'outlook'), contentScript()))?.ok).toBe(false);
    expect((await deliver(message('x', 'gmail'), contentScript('https://example.test/')))?.ok).toBe(false);
    expect(await deliver(message('y', 'outlook'), contentScript('https://outlook.office.com/mail/'))).toEqual({ ok: true });
    expect((await readSent()).map((r) => r.subject)).toEqual(['y']);
  });

  it("answers unknown quid/ types and leaves other extensions' messages alone", async () => {
    expect(await deliver({ type: 'quid/unknown' }, contentScript())).toMatchObject({ ok: false });
    expect(await deliver({ type: 'not-ours' }, contentScript())).toBeUndefined();
    expect(await deliver('hello', contentScript())).toBeUndefined();
  });
});
