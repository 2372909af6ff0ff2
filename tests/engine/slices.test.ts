import { describe, expect, it } from 'vitest';
import { analyzeText, analyzeTextInSlices } from '../../lib/engine/analyze-text.ts';

const long = `${'Thanks for the call today, the team enjoyed it. '.repeat(3000)}I can take 15% off the first year. Can we get the order form signed by Friday?`;

describe('analyzeTextInSlices', () => {
  it('finds what analyzeText finds, pausing between slices', async () => {
    let pauses = 0;
    const sliced = await analyzeTextInSlices(long, {}, [], {
      pause: () => {
        pauses++;
        return Promise.resolve();
      },
      sliceMs: 0.001,
    });
    expect(pauses).toBeGreaterThan(10);
    const whole = analyzeText(long);
    expect(sliced).toEqual(whole);
    expect(sliced?.verdict).toBe('reciprocated');
  });

  it('stops when its signal aborts, and resolves to null', async () => {
    const stop = new AbortController();
    let pauses = 0;
    const result = await analyzeTextInSlices(long, {}, [], {
      pause: () => {
        if (++pauses === 3) stop.abort();
        return Promise.resolve();
      },
      signal: stop.signal,
      sliceMs: 0.001,
    });
    expect(result).toBeNull();
    expect(pauses).toBe(3);
  });
});
