import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { RULE_SETS } from '../../lib/rules/registry.ts';
import { DEFAULT_SETTINGS } from '../../lib/settings/types.ts';
import { SETTINGS_KEY, renderOptions, saveStatus, storedSettings } from './setup.tsx';

const PRICE = RULE_SETS.find((s) => s.id === 'price-concessions');
if (!PRICE) throw new Error('the registry has no price-concessions');

function trySentence(text: string) {
  fireEvent.change(screen.getByLabelText('Try a sentence'), { target: { value: text } });
}
const tryRuleIds = () => screen.queryAllByTestId('try-finding').map((li) => li.querySelectorAll('code')[1]?.textContent);

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('options: rule sets', () => {
  it('lists every set of the registry with its title, description and a named switch', async () => {
    await renderOptions();
    expect(screen.getByRole('heading', { level: 1, name: 'Quid options' })).toBeTruthy();
    const details = document.querySelectorAll('details.quid-ruleset');
    expect(details).toHaveLength(RULE_SETS.length);
    for (const [i, set] of RULE_SETS.entries()) {
      expect(details[i]?.querySelector('summary')?.textContent).toContain(set.title);
      const toggle = screen.getByRole('switch', { name: set.title });
      expect((toggle as HTMLInputElement).checked).toBe(true);
      expect(toggle.getAttribute('aria-describedby')).toBeTruthy();
      expect(document.getElementById(toggle.getAttribute('aria-describedby') ?? '')?.textContent).toBe(set.description);
    }
  });

  it('shows each rule with its kind, id, rationale, marked examples and near misses', async () => {
    await renderOptions();
    const rule = PRICE.rules[0];
    if (!rule) throw new Error('no rule');
    const item = screen.getByRole('switch', { name: rule.id }).closest('li') as HTMLElement;
    expect(item.textContent).toContain(`give/${rule.kind === 'give' ? rule.category : ''}`);
    expect(item.textContent).toContain(rule.rationale);
    const marks = [...item.querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks[0]).toBe(/\[([^\]]*)\]/.exec(rule.examples.flag[0] ?? '')?.[1]);
    expect(item.textContent).not.toContain('[');
    expect(within(item).getByText('Does not flag:')).toBeTruthy();
    expect(item.textContent).toContain(rule.examples.pass[0]);
  });

  it('a set switched off is saved to storage and its rules stop firing in the try box', async () => {
    await renderOptions();
    trySentence('I can take 15% off the first year.');
    await waitFor(() => expect(screen.getByTestId('try-verdict').textContent).toBe('unreciprocated'));
    expect(tryRuleIds()).toContain('percent-off');

    fireEvent.click(screen.getByRole('switch', { name: PRICE.title }));
    await waitFor(() => expect(saveStatus()).toBe('Saved.'));
    expect((await storedSettings())?.disabledRuleSets).toEqual(['price-concessions']);
    expect((screen.getByRole('switch', { name: PRICE.title }) as HTMLInputElement).checked).toBe(false);
    // Its rules' switches are kept but cannot be used while the set is off.
    expect((screen.getByRole('switch', { name: 'percent-off' }) as HTMLInputElement).disabled).toBe(true);
    await waitFor(() => expect(screen.getByTestId('try-verdict').textContent).toBe('no-give'));
    expect(tryRuleIds()).not.toContain('percent-off');

    fireEvent.click(screen.getByRole('switch', { name: PRICE.title }));
    await waitFor(async () => expect((await storedSettings())?.disabledRuleSets).toEqual([]));
    await waitFor(() => expect(tryRuleIds()).toContain('percent-off'));
  });

  it('a single rule switched off is saved and stops firing', async () => {
    await renderOptions();
    fireEvent.click(screen.getByRole('switch', { name: 'percent-off' }));
    await waitFor(async () => expect((await storedSettings())?.disabledRules).toEqual(['percent-off']));
    expect(document.body.textContent).toContain(`${PRICE.title}: ${PRICE.rules.length - 1} of ${PRICE.rules.length} rules on`);
    trySentence('I can take 15% off the first year.');
    await waitFor(() => expect(screen.getByTestId('try-verdict')).toBeTruthy());
    expect(tryRuleIds()).not.toContain('percent-off');
  });

  it('reflects a change made elsewhere (another tab, the popup) without reloading', async () => {
    await renderOptions();
    await act(async () => {
      await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, disabledRuleSets: ['access-asks'] } });
    });
    const access = RULE_SETS.find((s) => s.id === 'access-asks');
    await waitFor(() => expect((screen.getByRole('switch', { name: access?.title ?? '' }) as HTMLInputElement).checked).toBe(false));
  });

  it('opens with the stored settings', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, disabledRuleSets: ['price-concessions'] } });
    await renderOptions();
    expect((screen.getByRole('switch', { name: PRICE.title }) as HTMLInputElement).checked).toBe(false);
  });
});
