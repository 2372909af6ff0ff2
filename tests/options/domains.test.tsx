import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { renderOptions, storedSettings } from './setup.tsx';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

function enter(label: string, value: string) {
  const input = screen.getByLabelText(label);
  fireEvent.change(input, { target: { value } });
  fireEvent.submit(input.closest('form') as HTMLFormElement);
  return input;
}
const errorOf = (input: HTMLElement) =>
  (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id))
    .find((el) => el?.getAttribute('role') === 'alert')?.textContent ?? '';

describe('options: domains', () => {
  it('refuses a non-domain with a clear message and saves nothing', async () => {
    await renderOptions();
    const input = enter('Add an own domain', 'acme');
    await waitFor(() => expect(input.getAttribute('aria-invalid')).toBe('true'));
    expect(errorOf(input)).toBe('“acme” is not a domain. Enter one like acme.com.');
    enter('Add an own domain', 'jane@acme.com');
    await waitFor(() => expect(errorOf(input)).toMatch(/is an address/));
    await new Promise((r) => setTimeout(r, 20));
    expect(await storedSettings()).toBeUndefined();
  });

  it('adds several own domains at once, lower-cased, refuses a repeat, and removes one', async () => {
    await renderOptions();
    const input = enter('Add an own domain', ' Contoso.COM, contoso.co.uk ');
    await waitFor(async () => expect((await storedSettings())?.ownDomains).toEqual(['contoso.com', 'contoso.co.uk']));
    expect((input as HTMLInputElement).value).toBe('');
    enter('Add an own domain', 'contoso.com');
    await waitFor(() => expect(errorOf(input)).toBe('contoso.com is already in the list.'));
    fireEvent.click(screen.getByRole('button', { name: 'Remove contoso.co.uk from own domains' }));
    await waitFor(async () => expect((await storedSettings())?.ownDomains).toEqual(['contoso.com']));
  });

  it('one bad entry among several refuses them all', async () => {
    await renderOptions();
    const input = enter('Add an own domain', 'contoso.com nope');
    await waitFor(() => expect(errorOf(input)).toMatch(/“nope” is not a domain/));
    expect(await storedSettings()).toBeUndefined();
  });

  it('never-record takes domains and addresses, and refuses a broken address', async () => {
    await renderOptions();
    const input = enter('Add a domain or address never to record', 'Jane@Example.com; lawfirm.example');
    await waitFor(async () => expect((await storedSettings())?.neverRecord).toEqual(['jane@example.com', 'lawfirm.example']));
    enter('Add a domain or address never to record', 'jane@');
    await waitFor(() => expect(errorOf(input)).toMatch(/is not an email address/));
    expect((await storedSettings())?.neverRecord).toHaveLength(2);
  });

  it('groups domains into one account, and refuses a domain already grouped', async () => {
    await renderOptions();
    fireEvent.change(screen.getByLabelText('Account domain'), { target: { value: 'ACME.com' } });
    fireEvent.change(screen.getByLabelText('Its other domains'), { target: { value: 'acme-europe.de, acme.co.uk' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add group' }));
    await waitFor(async () =>
      expect((await storedSettings())?.accountGroups).toEqual([{ account: 'acme.com', domains: ['acme-europe.de', 'acme.co.uk'] }]),
    );

    fireEvent.change(screen.getByLabelText('Account domain'), { target: { value: 'globex.com' } });
    fireEvent.change(screen.getByLabelText('Its other domains'), { target: { value: 'acme.co.uk' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add group' }));
    await screen.findByText('acme.co.uk already belongs to the group of acme.com.');

    fireEvent.change(screen.getByLabelText('Its other domains'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add group' }));
    await screen.findByText('Enter at least one other domain that belongs to this account.');

    fireEvent.change(screen.getByLabelText('Account domain'), { target: { value: 'acme' } });
    fireEvent.change(screen.getByLabelText('Its other domains'), { target: { value: 'acme.fr' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add group' }));
    await screen.findByText(/^Account: “acme” is not a domain/);
    expect((await storedSettings())?.accountGroups).toHaveLength(1);

    fireEvent.click(screen.getByRole('button', { name: 'Remove the group of acme.com' }));
    await waitFor(async () => expect((await storedSettings())?.accountGroups).toEqual([]));
  });
});
