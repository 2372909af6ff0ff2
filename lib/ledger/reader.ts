/**
 * The ledger as the popup and options pages read it: straight from the
 * database, which they share with the background because they run in the
 * extension's origin. Writes go through the background (`client.ts`).
 */
import { LedgerDb } from './db.ts';
import { buyerDetail, listBuyers } from './queries.ts';
import { exportCsv, exportLedger } from './transfer.ts';
import type { BuyerQuery, BuyerRecord, LedgerReader } from './types.ts';

export function createLedgerReader(db: LedgerDb = new LedgerDb()): LedgerReader {
  return {
    listBuyers: (query) => listBuyers(db, query),
    buyerDetail: (account) => buyerDetail(db, account),
    exportJson: () => exportLedger(db),
    exportCsv: () => exportCsv(db),
  };
}

/**
 * `reader`, with the popup's first list (`query`) already on its way: the
 * database read starts while the page's scripts are still being parsed and
 * React renders, instead of after. Only the first matching call gets the
 * prefetched answer; later calls read afresh.
 */
export function withPrefetchedList(reader: LedgerReader, query: BuyerQuery): LedgerReader {
  let first: Promise<BuyerRecord[]> | null = reader.listBuyers(query);
  // A failed prefetch is reported by the call that takes it, not as an unhandled rejection.
  first.catch(() => undefined);
  return {
    ...reader,
    listBuyers: (q) => {
      const prefetched = first;
      first = null;
      return prefetched && q.sort === query.sort && (q.search ?? '') === (query.search ?? '') && q.limit === query.limit ? prefetched : reader.listBuyers(q);
    },
  };
}
