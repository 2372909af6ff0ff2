import type { FindingStatus, SendWithFindings } from '@/lib/ledger/types';
import { FindingItem } from './FindingItem';
import { VERDICT_LABEL, ago, fullDate } from './format';

export interface TimelineProps {
  /** Newest first. */
  timeline: readonly SendWithFindings[];
  now: number;
  /** The finding whose status change is on its way, if any. */
  busy: number | null;
  onSetStatus: (id: number, status: FindingStatus, what: string) => void;
}

/** The emails sent to one buyer, each with what it gave and what it asked for. */
export function Timeline({ timeline, now, busy, onSetStatus }: TimelineProps) {
  if (timeline.length === 0) return <p className="quid-muted">No email recorded.</p>;
  return (
    <ol className="quid-timeline" aria-label="Emails sent, newest first">
      {timeline.map(({ send, gives, gets }) => (
        <li key={send.id} className="quid-send" data-verdict={send.verdict} data-send={send.id}>
          <h4 className="quid-send-subject">{send.subject.trim() || '(no subject)'}</h4>
          <p className="quid-send-meta">
            <time dateTime={new Date(send.sentAt).toISOString()} title={fullDate(send.sentAt)}>
              {ago(send.sentAt, now)}
            </time>
            <span aria-hidden="true"> · </span>
            <span className="quid-verdict" data-verdict={send.verdict}>
              {VERDICT_LABEL[send.verdict]}
            </span>
          </p>
          {gives.length + gets.length === 0 ? (
            <p className="quid-muted">Nothing given or asked for.</p>
          ) : (
            <ul className="quid-findings">
              {gives.map((g) => (
                <FindingItem key={g.id} finding={g} busy={busy === g.id} onSetStatus={onSetStatus} />
              ))}
              {gets.map((g) => (
                <FindingItem key={g.id} finding={g} busy={busy === g.id} onSetStatus={onSetStatus} />
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
