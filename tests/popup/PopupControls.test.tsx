import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupControls, type PopupControlsProps } from '../../components/popup/PopupControls.tsx';
import { download } from '../../components/download.ts';
import { NOW, buyer, fakeLedger } from './fake-ledger.ts';

vi.mock('../../components/download.ts', () => ({ download: vi.fn() }));

afterEach(() => {
  cleanup();
  vi.mocked(download).mockReset();
});

function setup(props: Partial<PopupControlsProps> = {}, prepare?: (l: ReturnType<typeof fakeLedger>) => void) {
  const ledger = fakeLedger({ buyers: [buyer('acme.com', { balance: -3 })] });
  prepare?.(ledger);
  const handlers = { openOptions: vi.fn(), pauseTab: vi.fn(async () => 'paused' as const) };
  render(<PopupControls reader={ledger.reader} now={NOW} {...handlers} {...props} />);
  return { ...ledger, ...handlers };
}

describe('PopupControls', () => {
  it('pauses Quid on this tab and says so', async () => {
    const { pauseTab } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Pause on this tab' }));
    expect(await screen.findByText('Quid is paused on this tab.')).toBeTruthy();
    expect(pauseTab).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'Paused on this tab' }).getAttribute('aria-disabled')).toBe('true');
  });

  it('says pausing is unavailable off webmail, up front or after trying', async () => {
    const { pauseTab } = setup({ checkTab: async () => false });
    expect(await screen.findByText(/Pausing is unavailable here/)).toBeTruthy();
    const button = screen.getByRole('button', { name: 'Pause on this tab' });
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(button.getAttribute('aria-describedby')).toBe('quid-pause-note');
    fireEvent.click(button);
    expect(pauseTab).not.toHaveBeenCalled();

    cleanup();
    setup({ pauseTab: vi.fn(async () => 'unavailable' as const) });
    fireEvent.click(screen.getByRole('button', { name: 'Pause on this tab' }));
    expect(await screen.findByText(/Pausing is unavailable here: this tab is not Gmail or Outlook/)).toBeTruthy();
  });

  it('shows a failed pause as a message', async () => {
    setup({ pauseTab: vi.fn(async () => Promise.reject(new Error('tabs API missing'))) });
    fireEvent.click(screen.getByRole('button', { name: 'Pause on this tab' }));
    expect(await screen.findByText('Could not pause Quid: tabs API missing')).toBeTruthy();
  });

  it('opens the options', () => {
    const { openOptions } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Options' }));
    expect(openOptions).toHaveBeenCalledTimes(1);
  });

  it('exports the whole ledger as JSON and as CSV', async () => {
    const { reader } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Export JSON' }));
    await waitFor(() => expect(download).toHaveBeenCalledTimes(1));
    const [name, text, type] = vi.mocked(download).mock.calls[0] ?? [];
    expect(name).toBe('quid-ledger-2025-06-10.json');
    expect(type).toBe('application/json');
    expect(JSON.parse(text ?? '')).toMatchObject({ format: 'quid-ledger', version: 1, buyers: [{ account: 'acme.com', balance: -3 }] });
    expect(reader.exportJson).toHaveBeenCalledTimes(1);

    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(download).toHaveBeenCalledTimes(2));
    expect(vi.mocked(download).mock.calls[1]).toEqual(['quid-ledger-2025-06-10.csv', 'account,balance\nacme.com,-3\n', 'text/csv']);
  });

  it('shows a failed export as a message', async () => {
    setup({}, ({ reader }) => reader.exportCsv.mockRejectedValueOnce(new Error('out of memory')));
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Could not export the ledger: out of memory');
    expect(download).not.toHaveBeenCalled();
  });
});
