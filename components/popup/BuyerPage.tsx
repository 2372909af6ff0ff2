import { useCallback, useState } from 'react';
import type { AccountKey, FindingStatus, LedgerCommands, LedgerReader } from '@/lib/ledger/types';
import { Contacts } from './Contacts';
import { ConcessionFlags } from './ConcessionFlags';
import { DeleteBuyer } from './DeleteBuyer';
import { ErrorMessage } from './ErrorMessage';
import { Timeline } from './Timeline';
import { STATUS_LABEL, messageOf, plural, signed } from './format';
import { useLoad } from './hooks';

export interface BuyerPageProps {
  account: AccountKey;
  reader: LedgerReader;
  commands: LedgerCommands;
  now: number;
  onBack: () => void;
  /** The buyer's history is gone: back to the list. */
  onDeleted: (account: AccountKey) => void;
}

const focusOnMount = (el: HTMLElement | null) => el?.focus();

/** One buyer: balance, summary, contacts and the timeline of sent emails with their gives and gets. */
export function BuyerPage({ account, reader, commands, now, onBack, onDeleted }: BuyerPageProps) {
  const load = useCallback(() => reader.buyerDetail(account), [reader, account]);
  const [detail, reload] = useLoad(load);
  const [busy, setBusy] = useState<number | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');

  const setStatus = async (id: number, status: FindingStatus, what: string) => {
    setBusy(id);
    setActionError(null);
    try {
      await commands.setStatus(id, status);
      setAnnouncement(`Marked ${STATUS_LABEL[status]}: ${what}`);
      reload();
    } catch (e) {
      setActionError(messageOf(e));
    } finally {
      setBusy(null);
    }
  };

  const value = detail.value;
  return (
    <section className="quid-buyer" aria-labelledby="quid-buyer-heading">
      <div className="quid-buyer-head">
        <button type="button" className="quid-secondary quid-back" onClick={onBack}>
          <span aria-hidden="true">← </span>Back<span className="quid-visually-hidden"> to all buyers</span>
        </button>
        <h2 id="quid-buyer-heading" ref={focusOnMount} tabIndex={-1}>
          {account}
        </h2>
      </div>

      {detail.status === 'error' && <ErrorMessage what="Could not read this buyer's history" message={detail.message} onRetry={reload} />}
      {detail.status === 'loading' && value === undefined && (
        <p role="status" className="quid-muted">
          Loading…
        </p>
      )}
      {value === null && <p className="quid-muted">No history is recorded for {account}.</p>}

      {value && (
        <>
          <p className="quid-buyer-balance">
            Balance{' '}
            <strong className="quid-balance" data-tone={value.buyer.balance < 0 ? 'negative' : value.buyer.balance > 0 ? 'positive' : 'even'}>
              {signed(value.buyer.balance)}
            </strong>{' '}
            <span className="quid-muted">
              ({plural(value.buyer.gives, 'give')}, {plural(value.buyer.gets, 'get')} over {plural(value.buyer.sends, 'email')})
            </span>
          </p>
          <p className="quid-summary">{value.summary}</p>
          <ConcessionFlags flags={value.buyer.flags} />

          <h3 className="quid-subhead">Contacts</h3>
          <Contacts contacts={value.contacts} />

          <h3 className="quid-subhead">Timeline</h3>
          {actionError !== null && <ErrorMessage what="Could not change the status" message={actionError} />}
          <p role="status" className="quid-visually-hidden">
            {announcement}
          </p>
          <Timeline timeline={value.timeline} now={now} busy={busy} onSetStatus={(id, status, what) => void setStatus(id, status, what)} />

          <DeleteBuyer
            account={account}
            onDelete={async () => {
              await commands.deleteBuyer(account);
              onDeleted(account);
            }}
          />
        </>
      )}
    </section>
  );
}
