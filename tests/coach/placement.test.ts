import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/engine/analyze.ts';
import { joinAfter, placeAsk } from '../../lib/coach/placement.ts';

const GIVE = 'I can take 15% off the first year.';

function apply(text: string, ask: string): string {
  const placement = placeAsk(analyze(text, { format: 'text' }), ask);
  if (!placement) throw new Error('no placement');
  return text.slice(0, placement.at) + placement.text + text.slice(placement.at);
}

describe('placeAsk', () => {
  it("puts the engine's ask right after the sentence of the give it answers, before the sign-off", () => {
    const text = `Hi Priya,\n\n${GIVE}\n\nThanks,\nSam`;
    const [ask] = analyze(text, { format: 'text' }).suggestions;
    if (!ask) throw new Error('expected a suggestion');
    const out = apply(text, ask.text);
    expect(out).toBe(`Hi Priya,\n\n${GIVE} ${ask.text}\n\nThanks,\nSam`);
    // And the draft is now reciprocated.
    expect(analyze(out, { format: 'text' }).verdict).toBe('reciprocated');
  });

  it('keeps the rest of a line that goes on after the give', () => {
    const text = `${GIVE} Let me know.`;
    const [ask] = analyze(text, { format: 'text' }).suggestions;
    if (!ask) throw new Error('expected a suggestion');
    expect(apply(text, ask.text)).toBe(`${GIVE} ${ask.text} Let me know.`);
  });

  it('closes a give sentence the rep left without its full stop', () => {
    const text = 'I can take 15% off the first year\nSam';
    const [ask] = analyze(text, { format: 'text' }).suggestions;
    if (!ask) throw new Error('expected a suggestion');
    expect(apply(text, ask.text)).toBe(`I can take 15% off the first year. ${ask.text}\nSam`);
  });

  it('falls back to the end of the text for an ask no give asked for', () => {
    const text = 'Hello Priya.\n\n';
    expect(placeAsk(analyze(text, { format: 'text' }), 'Can you sign by Friday?')).toEqual({ at: 12, text: ' Can you sign by Friday?' });
  });

  it('has no place in an empty draft', () => {
    expect(placeAsk(analyze('  \n', { format: 'text' }), 'Can you sign by Friday?')).toBeNull();
  });
});

describe('joinAfter', () => {
  it.each([
    ['after a full stop', 'Done.', 5, 'Ask?', ' Ask?'],
    ['after a word', 'Done', 4, 'Ask?', '. Ask?'],
    ['after a space', 'Done. ', 6, 'Ask?', 'Ask?'],
    ['before more text', 'Done.More', 5, 'Ask?', ' Ask? '],
    ['at the very start', '', 0, ' Ask? ', 'Ask?'],
  ])('%s', (_name, text, at, ask, expected) => {
    expect(joinAfter(text, at, ask)).toBe(expected);
  });
});
