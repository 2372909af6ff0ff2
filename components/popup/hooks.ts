import { useCallback, useEffect, useState } from 'react';
import { messageOf } from './format';

/** A read from the ledger: the last value stays on screen while the next one loads or if it fails. */
export type Loaded<T> =
  | { status: 'loading'; value: T | undefined }
  | { status: 'ready'; value: T }
  | { status: 'error'; value: T | undefined; message: string };

interface Settled<T> {
  load: () => Promise<T>;
  nonce: number;
  value: T | undefined;
  error: string | null;
}

/**
 * Runs `load` (memoize it: a new function is a new read) and again on
 * `reload()`. A read that rejects, or throws, becomes an `error` state with
 * its message; an answer to a superseded read is dropped.
 */
export function useLoad<T>(load: () => Promise<T>): [Loaded<T>, () => void] {
  const [nonce, setNonce] = useState(0);
  const [settled, setSettled] = useState<Settled<T> | null>(null);

  useEffect(() => {
    let live = true;
    Promise.resolve()
      .then(load)
      .then(
        (value) => {
          if (live) setSettled({ load, nonce, value, error: null });
        },
        (error: unknown) => {
          if (live) setSettled((prev) => ({ load, nonce, value: prev?.value, error: messageOf(error) }));
        },
      );
    return () => {
      live = false;
    };
  }, [load, nonce]);

  const reload = useCallback(() => setNonce((n) => n + 1), []);
  const current = settled !== null && settled.load === load && settled.nonce === nonce;
  let state: Loaded<T>;
  if (!current) state = { status: 'loading', value: settled?.value };
  else if (settled.error !== null) state = { status: 'error', value: settled.value, message: settled.error };
  else state = { status: 'ready', value: settled.value as T };
  return [state, reload];
}

/** `value`, once it has stopped changing for `ms`. */
export function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}
