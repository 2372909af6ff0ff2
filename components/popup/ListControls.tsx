import type { BuyerSort } from '@/lib/ledger/types';

export interface ListControlsProps {
  sort: BuyerSort;
  search: string;
  onSort: (sort: BuyerSort) => void;
  onSearch: (search: string) => void;
}

const SORTS: readonly { id: BuyerSort; label: string }[] = [
  { id: 'unbalanced', label: 'Most unbalanced' },
  { id: 'recent', label: 'Most recent' },
];

/** The buyer list's search box and sort order. */
export function ListControls({ sort, search, onSort, onSearch }: ListControlsProps) {
  return (
    <div className="quid-list-controls">
      <input
        type="search"
        className="quid-search"
        aria-label="Search buyers"
        placeholder="Search buyers and contacts"
        value={search}
        onChange={(e) => onSearch(e.target.value)}
      />
      <fieldset className="quid-sort">
        <legend className="quid-visually-hidden">Sort buyers</legend>
        {SORTS.map((s) => (
          <label key={s.id} className="quid-sort-option">
            <input type="radio" name="quid-sort" value={s.id} checked={sort === s.id} onChange={() => onSort(s.id)} />
            {s.label}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
