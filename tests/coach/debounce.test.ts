import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { debounce } from '../../lib/coach/debounce.ts';

describe('debounce', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs once, the given time after the last call', () => {
    const fn = vi.fn();
    const d = debounce(fn, 150);
    d();
    vi.advanceTimersByTime(100);
    d();
    vi.advanceTimersByTime(100);
    expect(fn).not.toHaveBeenCalled();
    expect(d.pending).toBe(true);
    vi.advanceTimersByTime(50);
    expect(fn).toHaveBeenCalledTimes(1);
    expect(d.pending).toBe(false);
  });

  it('flushes a pending call now, and only a pending one', () => {
    const fn = vi.fn();
    const d = debounce(fn, 150);
    d.flush();
    expect(fn).not.toHaveBeenCalled();
    d();
    d.flush();
    expect(fn).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(500);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('cancels', () => {
    const fn = vi.fn();
    const d = debounce(fn, 150);
    d();
    d.cancel();
    vi.advanceTimersByTime(500);
    expect(fn).not.toHaveBeenCalled();
  });

  it('uses the timers it is given (the content script passes ctx.setTimeout)', () => {
    const set = vi.fn((cb: () => void, ms: number) => setTimeout(cb, ms));
    const clear = vi.fn((h: unknown) => clearTimeout(h as ReturnType<typeof setTimeout>));
    const fn = vi.fn();
    const d = debounce(fn, 10, { set, clear });
    d();
    d();
    vi.advanceTimersByTime(10);
    expect(set).toHaveBeenCalledTimes(2);
    expect(clear).toHaveBeenCalledTimes(1);
    expect(fn).toHaveBeenCalledTimes(1);
  });
});

describe('debounce with an adaptive wait', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('asks for the wait at every call', () => {
    const fn = vi.fn();
    let wait = 150;
    const d = debounce(fn, () => wait);
    d();
    vi.advanceTimersByTime(150);
    expect(fn).toHaveBeenCalledTimes(1);
    wait = 2000;
    d();
    vi.advanceTimersByTime(1999);
    expect(fn).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledTimes(2);
  });
});
