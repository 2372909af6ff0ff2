export interface ErrorMessageProps {
  /** What failed, for the rep: "Could not read the ledger". */
  what: string;
  message: string;
  onRetry?: () => void;
}

/** A failed read or change, said in words: the popup keeps working. */
export function ErrorMessage({ what, message, onRetry }: ErrorMessageProps) {
  return (
    <div role="alert" className="quid-error">
      <p>
        {what}: {message}
      </p>
      {onRetry && (
        <button type="button" className="quid-secondary" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
