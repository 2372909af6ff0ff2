import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE, splitSentences } from '../../lib/engine/sentences.ts';

const split = (text: string) => splitSentences(text, [{ start: 0, end: text.length }]).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits on stops, question marks and blank lines', () => {
    expect(split('Hi Jo,\n\nI can do 10%. Can you sign by Friday? Thanks!')).toEqual([
      'Hi Jo,',
      'I can do 10%.',
      'Can you sign by Friday?',
      'Thanks!',
    ]);
  });

  it('joins hard-wrapped lines', () => {
    expect(split('Is there anything on the proposal that I can clarify or\nadjust to move things forward?')).toEqual([
      'Is there anything on the proposal that I can clarify or\nadjust to move things forward?',
    ]);
  });

  it('splits bullet lists into items', () => {
    expect(split('Here is how:\n- Annual billing\n- A 3-year term\n- A case study')).toEqual([
      'Here is how:',
      '- Annual billing',
      '- A 3-year term',
      '- A case study',
    ]);
  });

  it('does not split after abbreviations or initials', () => {
    expect(split('We met Dr. Smith and J. Doe, e.g. the team at Acme Inc. yesterday.')).toHaveLength(1);
    expect(split('We will hold Rs. 1,840 per kg, incl. freight, till March.')).toHaveLength(1);
  });

  it('splits all-lowercase typing where the next word opens a sentence', () => {
    expect(split("we can do 25k/d for feb. i'll eat the transport. how much for march?")).toEqual([
      'we can do 25k/d for feb.',
      "i'll eat the transport.",
      'how much for march?',
    ]);
    // An unknown abbreviation followed by an ordinary word still does not split.
    expect(split('The kit weighs approx. twelve kilos and ships flat.')).toHaveLength(1);
  });

  it('caps very long unpunctuated text', () => {
    const text = 'word '.repeat(2000);
    const parts = split(text);
    expect(parts.length).toBeGreaterThan(10);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(MAX_SENTENCE);
  });
});
