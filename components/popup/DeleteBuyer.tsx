import { useCallback, useId, useState } from 'react';
import { ErrorMessage } from './ErrorMessage';
import { messageOf } from './format';

export interface DeleteBuyerProps {
  account: string;
  /** Deletes the buyer's history; a rejection is shown and nothing else happens. */
  onDelete: () => Promise<void>;
}

const focusOnMount = (el: HTMLElement | null) => el?.focus();

/** "Delete this buyer's history", with an inline second step: nothing is deleted on the first click. */
export function DeleteBuyer({ account, onDelete }: DeleteBuyerProps) {
  const [confirming, setConfirming] = useState(false);
  const [refocus, setRefocus] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const questionId = useId();
  // Back on the first button after Cancel, not on first render.
  const focusIfCancelled = useCallback((el: HTMLButtonElement | null) => (refocus ? el?.focus() : undefined), [refocus]);

  const confirm = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await onDelete();
    } catch (e) {
      setError(messageOf(e));
      setBusy(false);
    }
  };

  if (!confirming) {
    return (
      <div className="quid-delete">
        <button
          ref={focusIfCancelled}
          type="button"
          className="quid-danger-button"
          onClick={() => {
            setConfirming(true);
            setRefocus(false);
          }}
        >
          Delete this buyer's history
        </button>
      </div>
    );
  }
  return (
    <div className="quid-delete quid-confirm" role="group" aria-labelledby={questionId}>
      <p id={questionId}>
        Delete every email, give and get recorded for <strong>{account}</strong>? This cannot be undone.
      </p>
      <div className="quid-actions">
        <button type="button" className="quid-danger-button" aria-disabled={busy || undefined} onClick={() => void confirm()}>
          Yes, delete {account}
        </button>
        <button
          ref={focusOnMount}
          type="button"
          className="quid-secondary"
          onClick={() => {
            setConfirming(false);
            setRefocus(true);
            setError(null);
          }}
        >
          Cancel
        </button>
      </div>
      {error !== null && <ErrorMessage what="Could not delete this buyer's history" message={error} />}
    </div>
  );
}
