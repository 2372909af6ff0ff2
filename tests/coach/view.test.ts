import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/engine/analyze.ts';
import { findingKeys, toView } from '../../lib/coach/view.ts';

describe('toView', () => {
  it('quotes each give in its sentence with the rule rationale, each get, and the asks', () => {
    const analysis = analyze('Hi Priya,\n\nI can take 15% off the first year.', { format: 'text' });
    const view = toView(analysis);
    expect(view.verdict).toBe('unreciprocated');
    expect(view.gives).toHaveLength(1);
    expect(view.gives[0]).toMatchObject({ sentence: 'I can take 15% off the first year.', category: 'price', intentional: false });
    expect(view.gives[0]?.rationale.length).toBeGreaterThan(10);
    expect(view.asks.length).toBeGreaterThan(0);
    expect(new Set(view.asks.map((a) => a.key)).size).toBe(view.asks.length);

    const traded = toView(analyze('I can take 15% off the first year. Can you sign the order form by Friday?', { format: 'text' }));
    expect(traded.verdict).toBe('reciprocated');
    expect(traded.gets[0]).toMatchObject({ level: 'commitment', sentence: 'Can you sign the order form by Friday?' });
  });

  it('marks the gives the rep called intentional, by a key that survives edits elsewhere', () => {
    const before = analyze('I can take 15% off the first year.', { format: 'text' });
    const key = toView(before).gives[0]?.key ?? '';
    const after = analyze('Hi Priya, thanks for the call.\n\nI can take 15% off the first year.', { format: 'text' });
    expect(toView(after, new Set([key])).gives[0]?.intentional).toBe(true);
  });
});

describe('findingKeys', () => {
  it('numbers repeats of the same words', () => {
    expect(findingKeys([
      { ruleId: 'r', text: 'Free' },
      { ruleId: 'r', text: 'free' },
      { ruleId: 's', text: 'free' },
    ])).toEqual(['r|free', 'r|free#1', 's|free']);
  });
});
