import type { FindingStatus, GetRecord, GiveRecord } from '@/lib/ledger/types';
import { GET_LABEL, GIVE_LABEL, STATUS_LABEL } from './format';

export interface FindingItemProps {
  finding: (GiveRecord | GetRecord) & { id: number };
  /** A status change for this finding is on its way: its controls ignore clicks meanwhile. */
  busy: boolean;
  onSetStatus: (id: number, status: FindingStatus, what: string) => void;
}

/** What the rep said, as plain text; the category stands in when quotes are not kept. */
export function findingWords(finding: GiveRecord | GetRecord): string {
  if (finding.quote !== null) return finding.quote;
  return finding.kind === 'give' ? GIVE_LABEL[finding.category] : GET_LABEL[finding.level];
}

/**
 * One give or get of a sent email with its status controls. They are
 * toggles that stay in place (a pressed one goes back to the default
 * status), so focus never jumps while the ledger re-reads.
 */
export function FindingItem({ finding, busy, onSetStatus }: FindingItemProps) {
  const what = findingWords(finding);
  const set = (status: FindingStatus) => {
    if (!busy) onSetStatus(finding.id, status, what);
  };
  const kindLabel = finding.kind === 'give' ? `Give · ${GIVE_LABEL[finding.category]}` : `Get · ${GET_LABEL[finding.level]}`;

  return (
    <li className="quid-finding" data-kind={finding.kind} data-status={finding.status} data-finding={finding.id}>
      <p className="quid-finding-text">
        <span className="quid-tag">{kindLabel}</span> {finding.quote !== null ? <q>{finding.quote}</q> : <span className="quid-muted">{what}</span>}
      </p>
      <div className="quid-finding-controls">
        <span className="quid-status-tag" data-status={finding.status}>
          {STATUS_LABEL[finding.status]}
        </span>
        {finding.kind === 'give' ? (
          <button
            type="button"
            className="quid-toggle"
            aria-pressed={finding.status === 'intentional'}
            aria-disabled={busy || undefined}
            aria-label={`Intentional: ${what}`}
            onClick={() => set(finding.status === 'intentional' ? 'given' : 'intentional')}
          >
            Intentional
          </button>
        ) : (
          <>
            <button
              type="button"
              className="quid-toggle"
              aria-pressed={finding.status === 'received'}
              aria-disabled={busy || undefined}
              aria-label={`Received: ${what}`}
              onClick={() => set(finding.status === 'received' ? 'asked' : 'received')}
            >
              Received
            </button>
            <button
              type="button"
              className="quid-toggle"
              aria-pressed={finding.status === 'declined'}
              aria-disabled={busy || undefined}
              aria-label={`Declined: ${what}`}
              onClick={() => set(finding.status === 'declined' ? 'asked' : 'declined')}
            >
              Declined
            </button>
          </>
        )}
      </div>
    </li>
  );
}
