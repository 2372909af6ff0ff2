/**
 * A trailing debounce on injectable timers: the content script passes WXT's
 * `ctx.setTimeout`, so a pending call dies with an invalidated context.
 */
export interface Timers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export const browserTimers: Timers = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface Debounced {
  /** (Re)starts the wait; `fn` runs once `ms` after the last call. */
  (): void;
  /** Runs a pending call now (e.g. before a send snapshot); no-op when none is pending. */
  flush(): void;
  cancel(): void;
  readonly pending: boolean;
}

/** `ms` may be a function, asked at every call, for a wait that adapts (e.g. to how long `fn` took last time). */
export function debounce(fn: () => void, ms: number | (() => number), timers: Timers = browserTimers): Debounced {
  let handle: unknown = null;
  const run = () => {
    handle = null;
    fn();
  };
  const debounced = (() => {
    if (handle !== null) timers.clear(handle);
    handle = timers.set(run, typeof ms === 'number' ? ms : ms());
  }) as Debounced;
  debounced.flush = () => {
    if (handle === null) return;
    timers.clear(handle);
    run();
  };
  debounced.cancel = () => {
    if (handle !== null) timers.clear(handle);
    handle = null;
  };
  Object.defineProperty(debounced, 'pending', { get: () => handle !== null });
  return debounced;
}
