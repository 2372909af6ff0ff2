/**
 * The settings record in the extension's `storage.local`, shared by the
 * options page (which writes it), the content script and the background
 * (which read and watch it). Everything read goes through `parseSettings`,
 * so a reader never sees a malformed value; everything written is checked
 * first, so a bad value is refused rather than stored.
 */
import { storage } from 'wxt/utils/storage';
import { readSettings, parseSettings } from './parse.ts';
import { DEFAULT_SETTINGS, type Settings } from './types.ts';

export const SETTINGS_KEY = 'local:quid:settings';

/**
 * Version 1 is the first shape (`types.ts`). A later change of shape bumps
 * the version and adds a named migration here, with a test that stores the
 * old shape and reads the new one; `parseSettings` still guards what comes out.
 */
export const settingsItem = storage.defineItem<Settings>(SETTINGS_KEY, {
  fallback: DEFAULT_SETTINGS,
  version: 1,
  migrations: {},
});

export class InvalidSettingsError extends Error {
  override name = 'InvalidSettingsError';
}

export async function loadSettings(): Promise<Settings> {
  return parseSettings(await settingsItem.getValue());
}

/** Stores `next` normalised (domains lower-cased); rejects with `InvalidSettingsError` and stores nothing when any part is invalid. */
export async function saveSettings(next: Settings): Promise<Settings> {
  const { settings, problems } = readSettings(next);
  if (problems.length > 0) throw new InvalidSettingsError(`Settings not saved: ${problems[0] ?? ''}`);
  await settingsItem.setValue(settings);
  return settings;
}

// Updates from one page run one after the other, each on the result of the last: two quick toggles must
// not both start from the same stored value and lose one.
let queue: Promise<unknown> = Promise.resolve();

/** Reads the current settings, applies `fn` and saves the result; resolves with what was saved. */
export function updateSettings(fn: (current: Settings) => Settings): Promise<Settings> {
  const next = queue.then(async () => saveSettings(fn(await loadSettings())));
  queue = next.catch(() => undefined);
  return next;
}

/** Calls `cb` whenever the settings change in storage (from any context), without reading them; returns the unwatch. */
export function watchSettingsChanges(cb: () => void): () => void {
  return settingsItem.watch(() => cb());
}

/** Calls `cb` with the new settings whenever they change in storage (from any context); returns the unwatch. */
export function watchSettings(cb: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => cb(parseSettings(value)));
}
