import { useCallback, useState } from 'react';
import { FIRST_PAGE, type AccountKey, type BuyerSort, type LedgerCommands, type LedgerReader } from '@/lib/ledger/types';
import { BuyerList } from './popup/BuyerList';
import { BuyerPage } from './popup/BuyerPage';
import { EmptyState } from './popup/EmptyState';
import { ErrorMessage } from './popup/ErrorMessage';
import { ListControls } from './popup/ListControls';
import { PopupControls, type PauseResult } from './popup/PopupControls';
import { plural } from './popup/format';
import { useDebounced, useLoad } from './popup/hooks';

export type { PauseResult } from './popup/PopupControls';

export interface PopupProps {
  reader: LedgerReader;
  commands: LedgerCommands;
  openOptions: () => void;
  /** Pauses Quid in the active tab's webmail. */
  pauseTab: () => Promise<PauseResult>;
  /** Whether the active tab is a webmail tab, when that can be told before trying (null: cannot tell). */
  checkTab?: () => Promise<boolean | null>;
  /** The clock, read once when the popup opens (tests pin it). */
  clock?: () => number;
}

type View = { kind: 'list'; focus: AccountKey | null } | { kind: 'buyer'; account: AccountKey };

const SEARCH_DELAY_MS = 150;
const SORT_LABEL: Readonly<Record<BuyerSort, string>> = { unbalanced: 'most unbalanced first', recent: 'most recent first' };

const focusOnMount = (el: HTMLElement | null) => el?.focus();

/** The toolbar popup: the give/get ledger per buyer, one buyer's timeline, and quick controls. */
export function Popup({ reader, commands, openOptions, pauseTab, checkTab, clock = Date.now }: PopupProps) {
  const [now] = useState(clock);
  const [sort, setSort] = useState<BuyerSort>('unbalanced');
  const [search, setSearch] = useState('');
  const query = useDebounced(search.trim(), SEARCH_DELAY_MS);
  const [view, setView] = useState<View>({ kind: 'list', focus: null });
  const [notice, setNotice] = useState('');

  // The first read is one screenful, straight from the index, so the popup paints fast; the whole list follows.
  const [complete, setComplete] = useState(false);
  const load = useCallback(
    () => reader.listBuyers(query ? { sort, search: query } : complete ? { sort } : { sort, limit: FIRST_PAGE }),
    [reader, sort, query, complete],
  );
  const [buyers, reloadBuyers] = useLoad(load);
  // Adjusted while rendering (React's pattern for state that follows a change): the first page is in, read the rest;
  // until the whole list has come once, the count says it is partial.
  const [wholeSeen, setWholeSeen] = useState(false);
  if (!complete && buyers.status === 'ready') setComplete(true);
  if (complete && !wholeSeen && buyers.status === 'ready') setWholeSeen(true);
  const partial = !wholeSeen && query === '' && buyers.value !== undefined && buyers.value.length >= FIRST_PAGE;

  const open = (account: AccountKey) => {
    setNotice('');
    setView({ kind: 'buyer', account });
  };
  const back = (account: AccountKey) => {
    setView({ kind: 'list', focus: account });
    reloadBuyers();
  };
  const deleted = (account: AccountKey) => {
    setNotice(`Deleted the history of ${account}.`);
    setView({ kind: 'list', focus: null });
    reloadBuyers();
  };

  // A new order or search starts at the top, and Back's focus is spent.
  const changeSort = (next: BuyerSort) => {
    setSort(next);
    setView({ kind: 'list', focus: null });
  };
  const changeSearch = (next: string) => {
    setSearch(next);
    setView({ kind: 'list', focus: null });
  };

  const rows = buyers.value;
  // The explanation is for a ledger with nothing in it, not for a search that matched nothing.
  const empty = rows !== undefined && rows.length === 0 && buyers.status === 'ready' && query === '' && search.trim() === '';

  return (
    <main className="quid-popup">
      <header className="quid-popup-head">
        <h1>Quid</h1>
        <PopupControls reader={reader} now={now} openOptions={openOptions} pauseTab={pauseTab} checkTab={checkTab} />
      </header>

      {view.kind === 'buyer' ? (
        <BuyerPage
          key={view.account}
          account={view.account}
          reader={reader}
          commands={commands}
          now={now}
          onBack={() => back(view.account)}
          onDeleted={deleted}
        />
      ) : (
        <section className="quid-ledger" aria-label="Buyers">
          {notice && (
            <p className="quid-notice" role="status" tabIndex={-1} ref={focusOnMount}>
              {notice}
            </p>
          )}
          {buyers.status === 'error' && <ErrorMessage what="Could not read the ledger" message={buyers.message} onRetry={reloadBuyers} />}
          {rows === undefined && buyers.status === 'loading' && (
            <p role="status" className="quid-muted">
              Loading the ledger…
            </p>
          )}
          {empty ? (
            <EmptyState />
          ) : (
            rows !== undefined && (
              <>
                <ListControls sort={sort} search={search} onSort={changeSort} onSearch={changeSearch} />
                <p className="quid-count" role="status">
                  {rows.length === 0 ? `No buyer matches “${query || search.trim()}”.` : partial ? `${rows.length}+ buyers` : plural(rows.length, 'buyer')}
                </p>
                {rows.length > 0 && (
                  <BuyerList key={`${sort}|${query}`} buyers={rows} now={now} label={`Buyers, ${SORT_LABEL[sort]}`} onOpen={open} focusAccount={view.focus} />
                )}
              </>
            )
          )}
        </section>
      )}
    </main>
  );
}
