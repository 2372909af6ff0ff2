import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { renderOptions, saveStatus, storedSettings } from './setup.tsx';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

function addRule(phrase: string, target: string, pattern = false) {
  fireEvent.change(screen.getByLabelText('Phrase or pattern'), { target: { value: phrase } });
  fireEvent.click(screen.getByRole('radio', { name: pattern ? 'a regular expression' : 'a phrase' }));
  fireEvent.change(screen.getByLabelText('Counts as'), { target: { value: target } });
  fireEvent.click(screen.getByRole('button', { name: 'Add rule' }));
}

describe('options: custom rules', () => {
  it('refuses a bad regular expression with the reason, and saves nothing', async () => {
    await renderOptions();
    addRule('(free|gratis', 'give:price', true);
    const field = screen.getByLabelText('Phrase or pattern');
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'));
    const alert = document.getElementById(field.getAttribute('aria-describedby') ?? '');
    expect(alert?.getAttribute('role')).toBe('alert');
    expect(alert?.textContent).toMatch(/^Not a valid pattern: /);
    // Give the page every chance to write before checking it did not.
    await new Promise((r) => setTimeout(r, 20));
    expect(await storedSettings()).toBeUndefined();
    expect(saveStatus()).toBe('');
    expect((field as HTMLInputElement).value).toBe('(free|gratis');
  });

  it('refuses a pattern that matches empty text', async () => {
    await renderOptions();
    addRule('x*', 'get:access', true);
    await screen.findByText(/matches empty text/);
    expect(await storedSettings()).toBeUndefined();
  });

  it('saves a valid rule with a custom-<slug>-<n> id and it fires in the try box', async () => {
    await renderOptions();
    addRule('free pilot', 'give:resources');
    await waitFor(async () =>
      expect((await storedSettings())?.customRules).toEqual([{ id: 'custom-free-pilot-1', kind: 'give', category: 'resources', phrase: 'free pilot' }]),
    );
    expect((screen.getByLabelText('Phrase or pattern') as HTMLInputElement).value).toBe('');
    expect(screen.getByRole('list', { name: 'Your rules' }).textContent).toContain('custom-free-pilot-1');

    fireEvent.change(screen.getByLabelText('Try a sentence'), { target: { value: 'We can set up a Free Pilot for your team.' } });
    const finding = await screen.findByTestId('try-finding');
    expect(finding.textContent).toContain('give/resources');
    expect(finding.textContent).toContain('custom-free-pilot-1');
    expect(finding.textContent).toContain('Free Pilot');
  });

  it('numbers a second rule with the same words, refuses an identical one, and a pattern rule fires', async () => {
    await renderOptions();
    addRule('reference call', 'get:access');
    await waitFor(async () => expect((await storedSettings())?.customRules).toHaveLength(1));
    addRule('reference call', 'get:commitment');
    await waitFor(async () => expect((await storedSettings())?.customRules.map((r) => r.id)).toEqual(['custom-reference-call-1', 'custom-reference-call-2']));
    addRule('Reference call', 'get:access');
    await screen.findByText('You already have this rule.');
    expect((await storedSettings())?.customRules).toHaveLength(2);

    addRule('\\bPO\\s*#?\\d+', 'get:commitment', true);
    await waitFor(async () => expect((await storedSettings())?.customRules).toHaveLength(3));
    fireEvent.change(screen.getByLabelText('Try a sentence'), { target: { value: 'Please send PO 4411 today.' } });
    await waitFor(() => expect(screen.getByTestId('try-finding').textContent).toContain('get/commitment'));
  });

  it('deletes a rule', async () => {
    await renderOptions();
    addRule('free pilot', 'give:resources');
    fireEvent.click(await screen.findByRole('button', { name: 'Delete rule free pilot' }));
    await waitFor(async () => expect((await storedSettings())?.customRules).toEqual([]));
    expect(screen.queryByRole('button', { name: 'Delete rule free pilot' })).toBeNull();
  });

  it('shows what the rep typed as text, never as markup', async () => {
    await renderOptions();
    addRule('<img src=x onerror=alert(1)>', 'give:price');
    await screen.findByRole('button', { name: 'Delete rule <img src=x onerror=alert(1)>' });
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByRole('list', { name: 'Your rules' }).textContent).toContain('<img src=x onerror=alert(1)>');
  });
});
