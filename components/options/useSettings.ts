import { useCallback, useEffect, useRef, useState } from 'react';
import { loadSettings, updateSettings, watchSettings } from '@/lib/settings/store';
import type { Settings } from '@/lib/settings/types';

export type ChangeSettings = (fn: (current: Settings) => Settings) => Promise<boolean>;

export interface SettingsState {
  /** Null until the stored settings are read. */
  settings: Settings | null;
  /** Applies `fn` at once on screen and saves it; resolves false (and restores what is stored) when the save was refused. */
  change: ChangeSettings;
  /** "Saved.", or why the last change was not saved. */
  status: string;
}

/** The stored settings, kept current when they change elsewhere (another options tab, an import). */
export function useSettings(): SettingsState {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState('');
  // Only the latest change's result is shown: an earlier save finishing late must not undo a later toggle.
  const latest = useRef(0);

  useEffect(() => {
    let live = true;
    const unwatch = watchSettings((next) => {
      if (live) setSettings(next);
    });
    loadSettings().then(
      (loaded) => {
        if (live) setSettings((current) => current ?? loaded);
      },
      (error: unknown) => {
        if (live) setStatus(`Could not read your settings: ${error instanceof Error ? error.message : String(error)}`);
      },
    );
    return () => {
      live = false;
      unwatch();
    };
  }, []);

  const change = useCallback<ChangeSettings>(async (fn) => {
    const id = ++latest.current;
    setSettings((current) => (current ? fn(current) : current));
    try {
      const saved = await updateSettings(fn);
      if (id === latest.current) {
        setSettings(saved);
        setStatus('Saved.');
      }
      return true;
    } catch (error) {
      setStatus(`Not saved: ${error instanceof Error ? error.message : String(error)}`);
      const stored = await loadSettings().catch(() => null);
      if (stored) setSettings(stored);
      return false;
    }
  }, []);

  return { settings, change, status };
}
