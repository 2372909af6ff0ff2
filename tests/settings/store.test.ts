import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { InvalidSettingsError, loadSettings, saveSettings, settingsItem, updateSettings, watchSettings } from '../../lib/settings/store.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/types.ts';

const KEY = 'quid:settings';
const stored = async () => (await fakeBrowser.storage.local.get(KEY))[KEY] as unknown;

describe('settings store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads the defaults when nothing is stored', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('saves normalised settings in storage.local under quid:settings, with the item version', async () => {
    const saved = await saveSettings({ ...DEFAULT_SETTINGS, ownDomains: [' Contoso.COM'] });
    expect(saved.ownDomains).toEqual(['contoso.com']);
    expect(await stored()).toEqual({ ...DEFAULT_SETTINGS, ownDomains: ['contoso.com'] });
    expect(await settingsItem.getMeta()).toEqual({ v: 1 });
    expect(await loadSettings()).toEqual(saved);
  });

  it('refuses invalid settings and stores nothing', async () => {
    const bad = { ...DEFAULT_SETTINGS, customRules: [{ id: 'custom-x-1', kind: 'give', category: 'price', phrase: '(', isPattern: true }] } as Settings;
    await expect(saveSettings(bad)).rejects.toBeInstanceOf(InvalidSettingsError);
    await expect(saveSettings({ ...DEFAULT_SETTINGS, retentionDays: 0 })).rejects.toThrow(/retentionDays/);
    expect(await stored()).toBeUndefined();
  });

  it('repairs a corrupted record on read, keeping what is valid', async () => {
    await fakeBrowser.storage.local.set({ [KEY]: { disabledRuleSets: ['access-asks'], ownDomains: 'oops', storeQuotes: false, retentionDays: 'x' } });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, disabledRuleSets: ['access-asks'], storeQuotes: false });
    await fakeBrowser.storage.local.set({ [KEY]: 'garbage' });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('applies updates one after the other without losing one', async () => {
    await Promise.all(
      ['a-set', 'b-set', 'c-set'].map((id) => updateSettings((s) => ({ ...s, disabledRuleSets: [...s.disabledRuleSets, id] }))),
    );
    expect((await loadSettings()).disabledRuleSets).toEqual(['a-set', 'b-set', 'c-set']);
  });

  it('a refused update does not stop the next one', async () => {
    await expect(updateSettings((s) => ({ ...s, retentionDays: -1 }))).rejects.toThrow();
    expect((await updateSettings((s) => ({ ...s, retentionDays: 30 }))).retentionDays).toBe(30);
  });

  it('tells watchers about changes, parsed, until unwatched', async () => {
    const seen: Settings[] = [];
    const unwatch = watchSettings((s) => seen.push(s));
    await saveSettings({ ...DEFAULT_SETTINGS, storeQuotes: false });
    await fakeBrowser.storage.local.set({ [KEY]: { ...DEFAULT_SETTINGS, ownDomains: ['BAD DOMAIN', 'acme.com'] } });
    unwatch();
    await saveSettings({ ...DEFAULT_SETTINGS, retentionDays: 7 });
    expect(seen).toEqual([
      { ...DEFAULT_SETTINGS, storeQuotes: false },
      { ...DEFAULT_SETTINGS, ownDomains: ['acme.com'] },
    ]);
  });
});
