import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readImportFile } from '../../components/options/DataSection.tsx';
import { EMPTY_EXPORT, renderOptions } from './setup.tsx';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

function choose(text: string, name = 'export.json') {
  const input = screen.getByLabelText('Import JSON') as HTMLInputElement;
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('options: data', () => {
  it('exports JSON and CSV through the download helper', async () => {
    const { reader, saveFile } = await renderOptions();
    fireEvent.click(screen.getByRole('button', { name: 'Export JSON' }));
    await screen.findByText('Exported the ledger as JSON.');
    expect(reader.exportJson).toHaveBeenCalledOnce();
    expect(saveFile).toHaveBeenCalledWith('quid-ledger-2026-07-01.json', `${JSON.stringify(EMPTY_EXPORT, null, 2)}\n`, 'application/json');
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    await screen.findByText('Exported the ledger as CSV.');
    expect(saveFile).toHaveBeenLastCalledWith('quid-ledger-2026-07-01.csv', 'account,sentAt\n', 'text/csv');
  });

  it('refuses a file that is not JSON, or not a Quid export, without asking the ledger for anything', async () => {
    const { commands } = await renderOptions();
    choose('{ not json');
    await screen.findByText('This file is not valid JSON, so nothing was imported.');
    choose(JSON.stringify({ format: 'other-tool', rows: [] }));
    await screen.findByText('This file is not a Quid export, so nothing was imported.');
    choose('[1, 2, 3]');
    await screen.findByText('This file is not a Quid export, so nothing was imported.');
    expect(commands.importJson).not.toHaveBeenCalled();
    expect(commands.deleteAll).not.toHaveBeenCalled();
    expect(commands.deleteBuyer).not.toHaveBeenCalled();
  });

  it("shows the ledger's reason when it rejects an export, and deletes nothing", async () => {
    const { commands } = await renderOptions();
    commands.importJson.mockRejectedValueOnce(new Error('sends[3].sentAt: not a finite number'));
    choose(JSON.stringify({ ...EMPTY_EXPORT, sends: [{}] }));
    const alert = await screen.findByText('sends[3].sentAt: not a finite number');
    expect(alert.getAttribute('role')).toBe('alert');
    expect(commands.importJson).toHaveBeenCalledOnce();
    expect(commands.deleteAll).not.toHaveBeenCalled();
    expect(commands.deleteBuyer).not.toHaveBeenCalled();
  });

  it('imports a Quid export and says how much', async () => {
    const { commands } = await renderOptions();
    choose(JSON.stringify(EMPTY_EXPORT));
    await screen.findByText('Imported 2 sends (1 already there).');
    expect(commands.importJson).toHaveBeenCalledWith(EMPTY_EXPORT);
  });

  it('deletes everything only after an explicit confirmation', async () => {
    const { commands } = await renderOptions();
    fireEvent.click(screen.getByRole('button', { name: 'Delete all data…' }));
    expect(commands.deleteAll).not.toHaveBeenCalled();
    const cancel = screen.getByRole('button', { name: 'Cancel' });
    await waitFor(() => expect(document.activeElement).toBe(cancel));
    fireEvent.click(cancel);
    expect(screen.queryByRole('button', { name: 'Yes, delete everything' })).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Delete all data…' })));

    fireEvent.click(screen.getByRole('button', { name: 'Delete all data…' }));
    fireEvent.keyDown(screen.getByRole('button', { name: 'Yes, delete everything' }), { key: 'Escape' });
    expect(screen.queryByRole('button', { name: 'Yes, delete everything' })).toBeNull();
    expect(commands.deleteAll).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Delete all data…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete everything' }));
    await screen.findByText('All recorded data was deleted. Your settings are kept.');
    expect(commands.deleteAll).toHaveBeenCalledOnce();
  });

  it('readImportFile accepts only a quid-ledger object', () => {
    expect(readImportFile(JSON.stringify(EMPTY_EXPORT))).toEqual({ ok: true, data: EMPTY_EXPORT });
    for (const text of ['', 'null', '"quid-ledger"', '{"format":"quid"}']) expect(readImportFile(text).ok).toBe(false);
  });
});
