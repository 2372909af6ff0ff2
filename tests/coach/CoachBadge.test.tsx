import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CoachBadge, type CoachBadgeProps } from '../../components/CoachBadge.tsx';
import { analyze } from '../../lib/engine/analyze.ts';
import { toView } from '../../lib/coach/view.ts';

afterEach(cleanup);

const unreciprocated = toView(analyze('I can take 15% off the first year.', { format: 'text' }));

function setup(props: Partial<CoachBadgeProps> = {}) {
  const handlers = {
    onInsert: vi.fn(() => true),
    onToggleIntentional: vi.fn(),
    onSilence: vi.fn(),
  };
  const utils = render(<CoachBadge view={unreciprocated} silenced={false} {...handlers} {...props} />);
  return { ...utils, ...handlers };
}

describe('CoachBadge', () => {
  it('shows the verdict and counts in its accessible name, collapsed', () => {
    setup();
    const badge = screen.getByRole('button', { name: 'Quid: gives without asking, 1 give, 0 gets' });
    expect(badge.getAttribute('aria-expanded')).toBe('false');
    expect(badge.textContent).toContain('1 give · 0 gets');
    expect(screen.queryByRole('region')).toBeNull();
    // Rendering never takes focus.
    expect(document.activeElement).toBe(document.body);
  });

  it('expands into the panel: the give with its sentence and why, the gets, the asks', () => {
    setup();
    const badge = screen.getByRole('button', { name: /^Quid:/ });
    fireEvent.click(badge);
    expect(badge.getAttribute('aria-expanded')).toBe('true');
    const panel = screen.getByRole('region', { name: 'Quid give and get coach' });
    expect(badge.getAttribute('aria-controls')).toBe(panel.id);
    expect(panel.textContent).toContain('I can take 15% off the first year.');
    expect(panel.textContent).toContain(unreciprocated.gives[0]?.rationale ?? '-');
    expect(panel.textContent).toContain('Nothing asked for yet.');
    expect(screen.getAllByRole('button', { name: /^Insert: / })).toHaveLength(unreciprocated.asks.length);
  });

  it('inserts an ask and says so', () => {
    const { onInsert } = setup();
    fireEvent.click(screen.getByRole('button', { name: /^Quid:/ }));
    const first = unreciprocated.asks[0]?.text ?? '';
    fireEvent.click(screen.getByRole('button', { name: `Insert: ${first}` }));
    expect(onInsert).toHaveBeenCalledWith(first);
    expect(screen.getByRole('status').textContent).toBe('Ask inserted into the draft.');
  });

  it('tells the rep when the ask could not be placed', () => {
    setup({ onInsert: vi.fn(() => false) });
    fireEvent.click(screen.getByRole('button', { name: /^Quid:/ }));
    fireEvent.click(screen.getAllByRole('button', { name: /^Insert: / })[0] as HTMLElement);
    expect(screen.getByRole('status').textContent).toMatch(/Could not place/);
  });

  it('closes on Escape and gives focus back to the badge', () => {
    setup();
    const badge = screen.getByRole('button', { name: /^Quid:/ });
    fireEvent.click(badge);
    const insert = screen.getAllByRole('button', { name: /^Insert: / })[0] as HTMLElement;
    insert.focus();
    fireEvent.keyDown(insert, { key: 'Escape' });
    expect(screen.queryByRole('region')).toBeNull();
    expect(document.activeElement).toBe(badge);
    expect(badge.getAttribute('aria-expanded')).toBe('false');
  });

  it('marks a give intentional with a pressed toggle', () => {
    const view = { ...unreciprocated, gives: unreciprocated.gives.map((g) => ({ ...g, intentional: true })) };
    const { onToggleIntentional } = setup({ view });
    fireEvent.click(screen.getByRole('button', { name: /^Quid:/ }));
    const toggle = screen.getByRole('button', { name: /^Mark as intentional: / });
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(toggle);
    expect(onToggleIntentional).toHaveBeenCalledWith(unreciprocated.gives[0]?.key);
  });

  it('silences the draft and can resume', () => {
    const { onSilence, rerender } = setup();
    fireEvent.click(screen.getByRole('button', { name: /^Quid:/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Silence for this draft' }));
    expect(onSilence).toHaveBeenCalledWith(true);
    act(() => rerender(<CoachBadge view={unreciprocated} silenced onInsert={() => true} onToggleIntentional={() => undefined} onSilence={onSilence} />));
    const resume = screen.getByRole('button', { name: /silenced for this draft/ });
    expect(document.activeElement).toBe(resume);
    expect(screen.queryByRole('button', { name: /^Quid:/ })).toBeNull();
    fireEvent.click(resume);
    expect(onSilence).toHaveBeenLastCalledWith(false);
  });

  it('shows a draft with no give as such', () => {
    setup({ view: toView(analyze('Can you sign the order form by Friday?', { format: 'text' })) });
    expect(screen.getByRole('button', { name: 'Quid: no give, 0 gives, 1 get' })).toBeTruthy();
  });
});
