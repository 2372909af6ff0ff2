import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Popup } from '../../components/Popup.tsx';
import { BuyerPage } from '../../components/popup/BuyerPage.tsx';
import { DAY, NOW, buyer, fakeLedger, get, give, send, type FakeLedgerData } from './fake-ledger.ts';

afterEach(cleanup);

const discount = give('price', 'I can take 15% off');
const demo = give('resources', 'custom demo', 'intentional');
const cfo = get('access', 'can your CFO join Thursday?');
const budget = get('information', null, 'received');
const hostile = give('terms', '<script>alert("x")</script><b>net 90</b> & <img src=x onerror=alert(1)>');

const data = (): FakeLedgerData => ({
  buyers: [
    buyer('acme.com', { sends: 2, gives: 3, gets: 2, balance: -6, trend: [-5, -6], lastSentAt: NOW - DAY }),
    buyer('globex.com', { balance: 1, lastSentAt: NOW - 5 * DAY }),
  ],
  details: {
    'acme.com': {
      summary: 'gave: 15% discount, custom demo — got: budget information',
      contacts: [
        { account: 'acme.com', address: 'wile@acme.com', name: 'Wile E. Coyote', lastSentAt: NOW - DAY },
        { account: 'acme.com', address: null, name: 'Road Runner', lastSentAt: NOW - 2 * DAY },
      ],
      timeline: [
        send('acme.com', 'Pricing for Q3', NOW - DAY, 'unreciprocated', [discount, hostile], [cfo]),
        send('acme.com', '', NOW - 4 * DAY, 'no-give', [demo], [budget]),
      ],
    },
  },
});

function page(over: Partial<Parameters<typeof BuyerPage>[0]> = {}, prepare?: (l: ReturnType<typeof fakeLedger>) => void) {
  const ledger = fakeLedger(data());
  prepare?.(ledger);
  const handlers = { onBack: vi.fn(), onDeleted: vi.fn() };
  render(<BuyerPage account="acme.com" reader={ledger.reader} commands={ledger.commands} now={NOW} {...handlers} {...over} />);
  return { ...ledger, ...handlers };
}

const findingOf = (button: HTMLElement) => button.closest<HTMLElement>('[data-finding]') as HTMLElement;

describe('BuyerPage', () => {
  it('shows the balance, summary, contacts and the timeline newest first', async () => {
    page();
    expect(await screen.findByText('gave: 15% discount, custom demo — got: budget information')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'acme.com' })).toBeTruthy();
    expect(screen.getByText('\u22126').getAttribute('data-tone')).toBe('negative');
    expect(screen.getByText('Wile E. Coyote')).toBeTruthy();
    expect(screen.getByText('<wile@acme.com>')).toBeTruthy();
    expect(screen.getByText('Road Runner')).toBeTruthy();

    const timeline = screen.getByRole('list', { name: 'Emails sent, newest first' });
    const emails = within(timeline).getAllByRole('heading', { level: 4 }).map((h) => h.textContent);
    expect(emails).toEqual(['Pricing for Q3', '(no subject)']);
    const first = timeline.querySelector<HTMLElement>('[data-send]') as HTMLElement;
    expect(first.textContent).toContain('yesterday');
    expect(first.textContent).toContain('gave without asking');
    expect(within(first).getByText('I can take 15% off')).toBeTruthy();
    expect(within(first).getByText('Give · price concession')).toBeTruthy();
    expect(within(first).getByText('Get · access')).toBeTruthy();
    // No quote kept: the category stands in.
    const budgetItem = timeline.querySelector<HTMLElement>(`[data-finding="${budget.id}"]`) as HTMLElement;
    expect(budgetItem.textContent).toContain('Get · information');
    expect(within(budgetItem).getByRole('button', { name: 'Received: information' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('renders quotes with HTML in them as text', async () => {
    page();
    const item = await waitFor(() => {
      const found = document.querySelector<HTMLElement>(`[data-finding="${hostile.id}"]`);
      if (!found) throw new Error('not rendered yet');
      return found;
    });
    expect(item.querySelector('script, b, img')).toBeNull();
    expect(item.querySelector('q')?.textContent).toBe('<script>alert("x")</script><b>net 90</b> & <img src=x onerror=alert(1)>');
  });

  it('marks a get received, re-reads, and shows the new status', async () => {
    const { commands, reader } = page();
    const received = await screen.findByRole('button', { name: 'Received: can your CFO join Thursday?' });
    expect(received.getAttribute('aria-pressed')).toBe('false');
    expect(findingOf(received).dataset.status).toBe('asked');
    fireEvent.click(received);
    await waitFor(() => expect(received.getAttribute('aria-pressed')).toBe('true'));
    expect(commands.setStatus).toHaveBeenCalledWith(cfo.id, 'received');
    expect(reader.buyerDetail).toHaveBeenCalledTimes(2);
    expect(findingOf(received).dataset.status).toBe('received');
    expect(within(findingOf(received)).getByText('received')).toBeTruthy();
    expect(screen.getByText('Marked received: can your CFO join Thursday?')).toBeTruthy();
    // The button stays where it was, so focus does not jump.
    expect(received.isConnected).toBe(true);

    // Pressed again: back to asked.
    fireEvent.click(received);
    await waitFor(() => expect(findingOf(received).dataset.status).toBe('asked'));
    expect(commands.setStatus).toHaveBeenLastCalledWith(cfo.id, 'asked');
  });

  it('marks a get declined and a give intentional, and back', async () => {
    const { commands } = page();
    const declined = await screen.findByRole('button', { name: 'Declined: can your CFO join Thursday?' });
    fireEvent.click(declined);
    await waitFor(() => expect(findingOf(declined).dataset.status).toBe('declined'));
    expect(commands.setStatus).toHaveBeenCalledWith(cfo.id, 'declined');

    const intentional = screen.getByRole('button', { name: 'Intentional: I can take 15% off' });
    expect(intentional.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(intentional);
    await waitFor(() => expect(intentional.getAttribute('aria-pressed')).toBe('true'));
    expect(commands.setStatus).toHaveBeenLastCalledWith(discount.id, 'intentional');

    const demoToggle = screen.getByRole('button', { name: 'Intentional: custom demo' });
    expect(demoToggle.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(demoToggle);
    await waitFor(() => expect(demoToggle.getAttribute('aria-pressed')).toBe('false'));
    expect(commands.setStatus).toHaveBeenLastCalledWith(demo.id, 'given');
  });

  it('shows a failed status change as a message and keeps the old status', async () => {
    page({}, ({ commands }) => commands.setStatus.mockRejectedValueOnce(new Error('background did not answer')));
    const received = await screen.findByRole('button', { name: 'Received: can your CFO join Thursday?' });
    fireEvent.click(received);
    expect((await screen.findByRole('alert')).textContent).toContain('Could not change the status: background did not answer');
    expect(findingOf(received).dataset.status).toBe('asked');
  });

  it('shows a failed read as a message', async () => {
    page({}, ({ reader }) => reader.buyerDetail.mockRejectedValue(new Error('quota exceeded')));
    expect((await screen.findByRole('alert')).textContent).toContain("Could not read this buyer's history: quota exceeded");
  });

  it('says so when the buyer has no history', async () => {
    page({ account: 'nobody.com' });
    expect(await screen.findByText('No history is recorded for nobody.com.')).toBeTruthy();
  });

  it('deletes only after the inline confirmation', async () => {
    const { commands, onDeleted } = page();
    const del = await screen.findByRole('button', { name: "Delete this buyer's history" });
    fireEvent.click(del);
    expect(commands.deleteBuyer).not.toHaveBeenCalled();
    const confirm = screen.getByRole('group', { name: /^Delete every email, give and get recorded for\s*acme\.com\s*\? This cannot be undone\.$/ });
    expect(document.activeElement).toBe(within(confirm).getByRole('button', { name: 'Cancel' }));

    fireEvent.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(commands.deleteBuyer).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: "Delete this buyer's history" }));

    fireEvent.click(screen.getByRole('button', { name: "Delete this buyer's history" }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete acme.com' }));
    await waitFor(() => expect(onDeleted).toHaveBeenCalledWith('acme.com'));
    expect(commands.deleteBuyer).toHaveBeenCalledWith('acme.com');
  });

  it('shows a failed delete and stays', async () => {
    const { onDeleted } = page({}, ({ commands }) => commands.deleteBuyer.mockRejectedValueOnce(new Error('locked')));
    fireEvent.click(await screen.findByRole('button', { name: "Delete this buyer's history" }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete acme.com' }));
    expect((await screen.findByRole('alert')).textContent).toContain("Could not delete this buyer's history: locked");
    expect(onDeleted).not.toHaveBeenCalled();
  });
});

describe('Popup: deleting from a buyer page', () => {
  it('returns to the list without the buyer and says what happened', async () => {
    const ledger = fakeLedger(data());
    render(<Popup reader={ledger.reader} commands={ledger.commands} clock={() => NOW} openOptions={vi.fn()} pauseTab={vi.fn(async () => 'paused' as const)} />);
    fireEvent.click(await screen.findByRole('button', { name: /^acme\.com,/ }));
    fireEvent.click(await screen.findByRole('button', { name: "Delete this buyer's history" }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete acme.com' }));
    const notice = await screen.findByText('Deleted the history of acme.com.');
    expect(document.activeElement).toBe(notice);
    await waitFor(() => expect(Array.from(document.querySelectorAll<HTMLElement>('[data-buyer]')).map((r) => r.dataset.buyer)).toEqual(['globex.com']));
  });
});
