import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { activeTabIsWebmail, pauseActiveTab } from '../../entrypoints/popup/tab.ts';

const tab = (url: string | undefined) => ({ id: 7, index: 0, pinned: false, highlighted: false, windowId: 1, active: true, incognito: false, selected: false, discarded: false, autoDiscardable: true, groupId: -1, frozen: false, url });

describe('popup: the active tab', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('sends quid/pause to a webmail tab', async () => {
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([tab('https://mail.google.com/mail/u/0/#inbox')]);
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true });
    await expect(pauseActiveTab()).resolves.toBe('paused');
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(send).toHaveBeenCalledWith(7, { type: 'quid/pause' });
    await expect(activeTabIsWebmail()).resolves.toBe(true);
  });

  it('is unavailable on other sites without asking the tab', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([tab('https://example.com/')]);
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true });
    await expect(pauseActiveTab()).resolves.toBe('unavailable');
    expect(send).not.toHaveBeenCalled();
    await expect(activeTabIsWebmail()).resolves.toBe(false);
  });

  it('asks when the URL is hidden, and is unavailable when nothing answers or the tab refuses', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([tab(undefined)]);
    await expect(activeTabIsWebmail()).resolves.toBeNull();
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'));
    await expect(pauseActiveTab()).resolves.toBe('unavailable');
    send.mockResolvedValueOnce({ ok: false, error: 'not running' });
    await expect(pauseActiveTab()).resolves.toBe('unavailable');
    send.mockResolvedValueOnce(undefined);
    await expect(pauseActiveTab()).resolves.toBe('paused');
  });

  it('is unavailable with no active tab', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([]);
    await expect(pauseActiveTab()).resolves.toBe('unavailable');
    await expect(activeTabIsWebmail()).resolves.toBe(false);
  });
});
