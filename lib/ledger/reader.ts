/**
 * The ledger as the popup and options pages read it: straight from the
 * database, which they share with the background because they run in the
 * extension's origin. Writes go through the background (`client.ts`).
 */
import { LedgerDb } from './db.ts';
import { buyerDetail, listBuyers } from './queries.ts';
import { exportCsv, exportLedger } from './transfer.ts';
import type { LedgerReader } from './types.ts';

export function createLedgerReader(db: LedgerDb = new LedgerDb()): LedgerReader {
  return {
    listBuyers: (query) => listBuyers(db, query),
    buyerDetail: (account) => buyerDetail(db, account),
    exportJson: () => exportLedger(db),
    exportCsv: () => exportCsv(db),
  };
}
