import { render, screen } from '@testing-library/react';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsPage } from '../../components/options/OptionsPage.tsx';
import type { LedgerCommands, LedgerExport, LedgerReader } from '../../lib/ledger/types.ts';
import type { Settings } from '../../lib/settings/types.ts';

export const SETTINGS_KEY = 'quid:settings';

/** What storage.local holds for the settings (undefined when nothing was saved). */
export async function storedSettings(): Promise<Settings | undefined> {
  return (await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY] as Settings | undefined;
}

export const EMPTY_EXPORT: LedgerExport = { format: 'quid-ledger', version: 1, exportedAt: 0, buyers: [], contacts: [], sends: [], findings: [] };

/** Renders the page with a fake ledger and waits for the settings to load. */
export async function renderOptions() {
  const reader = {
    listBuyers: vi.fn<LedgerReader['listBuyers']>(async () => []),
    buyerDetail: vi.fn<LedgerReader['buyerDetail']>(async () => null),
    exportJson: vi.fn<LedgerReader['exportJson']>(async () => EMPTY_EXPORT),
    exportCsv: vi.fn<LedgerReader['exportCsv']>(async () => 'account,sentAt\n'),
  };
  const commands = {
    setStatus: vi.fn<LedgerCommands['setStatus']>(async () => undefined),
    deleteBuyer: vi.fn<LedgerCommands['deleteBuyer']>(async () => undefined),
    deleteAll: vi.fn<LedgerCommands['deleteAll']>(async () => undefined),
    importJson: vi.fn<LedgerCommands['importJson']>(async () => ({ sends: 2, skipped: 1 })),
  };
  const saveFile = vi.fn<(filename: string, text: string, type: string) => void>();
  const utils = render(<OptionsPage reader={reader} commands={commands} saveFile={saveFile} now={() => new Date('2026-07-01T12:00:00Z')} />);
  await screen.findByRole('heading', { level: 2, name: 'Rule sets' });
  return { ...utils, reader, commands, saveFile };
}

/** The page's "Saved." line. */
export const saveStatus = () => document.querySelector('.quid-save-status')?.textContent ?? '';
