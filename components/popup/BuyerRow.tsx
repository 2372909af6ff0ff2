import { useId, type CSSProperties, type Ref } from 'react';
import type { BuyerRecord } from '@/lib/ledger/types';
import { ConcessionFlags } from './ConcessionFlags';
import { Sparkline } from './Sparkline';
import { ago, fullDate, plural, signed } from './format';

export interface BuyerRowProps {
  buyer: BuyerRecord;
  now: number;
  /** Position in the whole (virtualized) list, 0-based. */
  index: number;
  setSize: number;
  onOpen: (account: string) => void;
  ref?: Ref<HTMLDivElement>;
  style?: CSSProperties;
}

/**
 * The trend as drawn: when every send is in `trend`, the line starts from
 * the zero of the first contact.
 */
export function trendPoints(buyer: BuyerRecord): number[] {
  return buyer.sends <= buyer.trend.length ? [0, ...buyer.trend] : [...buyer.trend];
}

/**
 * One buyer in the list. The `data-*` attributes are a test contract (an
 * external harness reads them): `data-buyer` is the account key, the others
 * plain numbers.
 */
export function BuyerRow({ buyer, now, index, setSize, onOpen, ref, style }: BuyerRowProps) {
  const detailsId = useId();
  const flagsId = useId();
  const tone = buyer.balance < 0 ? 'negative' : buyer.balance > 0 ? 'positive' : 'even';
  return (
    <div
      ref={ref}
      role="listitem"
      className="quid-buyer-row"
      style={style}
      data-index={index}
      data-buyer={buyer.account}
      data-gives={buyer.gives}
      data-gets={buyer.gets}
      data-balance={buyer.balance}
      aria-setsize={setSize}
      aria-posinset={index + 1}
    >
      <button
        type="button"
        className="quid-buyer-open"
        aria-label={`${buyer.account}, balance ${signed(buyer.balance)}`}
        aria-describedby={buyer.flags.length > 0 ? `${detailsId} ${flagsId}` : detailsId}
        onClick={() => onOpen(buyer.account)}
      >
        <span className="quid-buyer-main">
          <span className="quid-buyer-account">{buyer.account}</span>
          <span className="quid-balance" data-tone={tone}>
            {signed(buyer.balance)}
          </span>
        </span>
        <span className="quid-buyer-meta" id={detailsId}>
          <span>
            {plural(buyer.gives, 'give')} · {plural(buyer.gets, 'get')}
          </span>
          <span aria-hidden="true"> · </span>
          <span className="quid-buyer-when">
            last contact{' '}
            <time dateTime={new Date(buyer.lastSentAt).toISOString()} title={fullDate(buyer.lastSentAt)}>
              {ago(buyer.lastSentAt, now)}
            </time>
          </span>
        </span>
        <Sparkline points={trendPoints(buyer)} />
      </button>
      <ConcessionFlags flags={buyer.flags} id={flagsId} />
    </div>
  );
}
