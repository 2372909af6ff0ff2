import { useEffect, useRef, type KeyboardEvent } from 'react';
import { measureElement, observeElementRect, useVirtualizer, type Rect } from '@tanstack/react-virtual';
import type { BuyerRecord } from '@/lib/ledger/types';
import { BuyerRow } from './BuyerRow';

export interface BuyerListProps {
  buyers: readonly BuyerRecord[];
  now: number;
  /** The list's accessible name, e.g. "Buyers, most unbalanced first". */
  label: string;
  onOpen: (account: string) => void;
  /** Coming back from a buyer's page: that buyer's row takes focus once it is rendered. */
  focusAccount?: string | null;
}

const ROW_HEIGHT = 62;
const FLAG_HEIGHT = 20;
/** The list's size (quid.css) when the page has no layout to measure (tests, a hidden popup): rows still render. */
const FALLBACK_RECT: Rect = { width: 356, height: 400 };
const PAGE = 6;

/**
 * The buyers, virtualized: a thousand accounts render as the dozen rows in
 * view. Arrow keys, Page Up/Down, Home and End move between rows; Tab and
 * Enter work as on any list of buttons.
 */
export function BuyerList({ buyers, now, label, onOpen, focusAccount = null }: BuyerListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const pendingFocus = useRef<string | null>(focusAccount);

  // The build has no React Compiler; the virtualizer re-renders this component through its own state.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer<HTMLDivElement, HTMLDivElement>({
    count: buyers.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => ROW_HEIGHT + FLAG_HEIGHT * (buyers[index]?.flags.length ?? 0),
    getItemKey: (index) => buyers[index]?.account ?? index,
    overscan: 4,
    initialRect: FALLBACK_RECT,
    observeElementRect: (instance, cb) => observeElementRect(instance, (rect) => cb(rect.height > 0 ? rect : FALLBACK_RECT)),
    measureElement: (element, entry, instance) => {
      const size = measureElement(element, entry, instance);
      return size > 0 ? size : instance.options.estimateSize(instance.indexFromElement(element));
    },
  });

  const rowButton = (account: string): HTMLButtonElement | null => {
    for (const row of scrollRef.current?.querySelectorAll<HTMLElement>('[data-buyer]') ?? []) {
      if (row.dataset.buyer === account) return row.querySelector('button');
    }
    return null;
  };

  // A row out of the rendered window is scrolled to first; it takes focus on the render that brings it in.
  useEffect(() => {
    const account = pendingFocus.current;
    if (account === null) return;
    const index = buyers.findIndex((b) => b.account === account);
    if (index < 0) {
      pendingFocus.current = null;
      return;
    }
    const button = rowButton(account);
    if (button) {
      pendingFocus.current = null;
      button.focus();
    } else {
      virtualizer.scrollToIndex(index, { align: 'center' });
    }
  });

  const focusIndex = (index: number) => {
    const buyer = buyers[index];
    if (!buyer) return;
    virtualizer.scrollToIndex(index, { align: 'auto' });
    const button = rowButton(buyer.account);
    if (button) button.focus();
    else pendingFocus.current = buyer.account;
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const row = e.target instanceof HTMLElement ? e.target.closest<HTMLElement>('[data-index]') : null;
    if (!row) return;
    const index = Number(row.dataset.index);
    const last = buyers.length - 1;
    const next: Partial<Record<string, number>> = {
      ArrowDown: Math.min(index + 1, last),
      ArrowUp: Math.max(index - 1, 0),
      PageDown: Math.min(index + PAGE, last),
      PageUp: Math.max(index - PAGE, 0),
      Home: 0,
      End: last,
    };
    const target = next[e.key];
    if (target === undefined) return;
    e.preventDefault();
    focusIndex(target);
  };

  return (
    <div ref={scrollRef} className="quid-buyers" onKeyDown={onKeyDown}>
      <div role="list" aria-label={label} className="quid-buyers-inner" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const buyer = buyers[item.index];
          if (!buyer) return null;
          return (
            <BuyerRow
              key={item.key}
              ref={virtualizer.measureElement}
              buyer={buyer}
              now={now}
              index={item.index}
              setSize={buyers.length}
              onOpen={onOpen}
              style={{ transform: `translateY(${item.start}px)` }}
            />
          );
        })}
      </div>
    </div>
  );
}
