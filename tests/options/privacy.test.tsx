import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { renderOptions, storedSettings } from './setup.tsx';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('options: privacy', () => {
  it('switches between storing the matched words and categories only', async () => {
    await renderOptions();
    const words = screen.getByRole('radio', { name: /the matched words/ }) as HTMLInputElement;
    const categories = screen.getByRole('radio', { name: /the category only/ }) as HTMLInputElement;
    expect(words.checked).toBe(true);
    fireEvent.click(categories);
    await waitFor(async () => expect((await storedSettings())?.storeQuotes).toBe(false));
    expect(categories.checked).toBe(true);
    fireEvent.click(words);
    await waitFor(async () => expect((await storedSettings())?.storeQuotes).toBe(true));
  });

  it('keeps history forever or for a number of days, saved when the field is left', async () => {
    await renderOptions();
    const days = screen.getByLabelText('Days of history to keep') as HTMLInputElement;
    expect(days.value).toBe('365');
    fireEvent.change(days, { target: { value: '9' } });
    fireEvent.change(days, { target: { value: '90' } });
    // Nothing is saved while typing: a passing "9" must not cut the history to nine days.
    await new Promise((r) => setTimeout(r, 20));
    expect(await storedSettings()).toBeUndefined();
    fireEvent.blur(days);
    await waitFor(async () => expect((await storedSettings())?.retentionDays).toBe(90));

    fireEvent.click(screen.getByRole('radio', { name: 'forever' }));
    await waitFor(async () => expect((await storedSettings())?.retentionDays).toBeNull());
    expect(days.disabled).toBe(true);

    fireEvent.click(screen.getByRole('radio', { name: 'for' }));
    await waitFor(async () => expect((await storedSettings())?.retentionDays).toBe(90));
  });

  it('refuses a number of days out of range, with a message', async () => {
    await renderOptions();
    const days = screen.getByLabelText('Days of history to keep');
    for (const bad of ['0', '4000', '2.5', '']) {
      fireEvent.change(days, { target: { value: bad } });
      fireEvent.submit(days.closest('form') as HTMLFormElement);
      await screen.findByText('Enter a whole number of days from 1 to 3650.');
    }
    expect(days.getAttribute('aria-invalid')).toBe('true');
    expect(await storedSettings()).toBeUndefined();
  });
});
