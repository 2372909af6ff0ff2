/**
 * The ledger's IndexedDB schema. Only the background writes it; extension
 * pages read it (same extension origin). Never open it from a content
 * script: there it would belong to the webmail page's origin.
 *
 * Each schema version is declared once, with why it exists; an upgrade is a
 * named function so its test can say what it checks. A version is never
 * edited after it shipped: add the next one.
 */
import { Dexie, type EntityTable, type Transaction } from 'dexie';
import type { BuyerRecord, ContactRecord, FindingRecord, SendRecord } from './types.ts';

export const LEDGER_DB_NAME = 'quid-ledger';

/** An IndexedDB implementation other than the global one (fake-indexeddb in tests). */
export interface IndexedDbDeps {
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
}

/**
 * Version 1's findings carried only their `sendId`; every per-buyer read had
 * to go through the sends. Version 2 copies the send's `accounts` and
 * `sentAt` onto each finding.
 */
export async function copySendFieldsToFindings(tx: Transaction): Promise<void> {
  const sends = new Map<number, { accounts: string[]; sentAt: number }>();
  await tx.table('sends').each((s: SendRecord) => {
    if (s.id !== undefined) sends.set(s.id, { accounts: s.accounts, sentAt: s.sentAt });
  });
  await tx.table('findings').toCollection().modify((f: FindingRecord) => {
    // A finding whose send is gone keeps its row: an upgrade adds, it never deletes.
    const send = sends.get(f.sendId);
    f.accounts = send ? [...send.accounts] : [];
    f.sentAt = send?.sentAt ?? 0;
  });
}

export const LATEST_SCHEMA_VERSION = 2;

export class LedgerDb extends Dexie {
  buyers!: EntityTable<BuyerRecord, 'account'>;
  contacts!: EntityTable<ContactRecord, 'id'>;
  sends!: EntityTable<SendRecord, 'id'>;
  findings!: EntityTable<FindingRecord, 'id'>;

  /**
   * @param name a database of its own (tests, benchmarks)
   * @param schemaVersion declare the schema only up to this version: migration tests open an old one
   */
  constructor(deps: IndexedDbDeps = {}, name: string = LEDGER_DB_NAME, schemaVersion: number = LATEST_SCHEMA_VERSION) {
    super(name, {
      ...(deps.indexedDB ? { indexedDB: deps.indexedDB } : {}),
      ...(deps.IDBKeyRange ? { IDBKeyRange: deps.IDBKeyRange } : {}),
    });

    // 1: the first ledger: buyers by balance and recency, a send once per sendKey, sends and findings per buyer via their send.
    this.version(1).stores({
      buyers: '&account, lastSentAt, balance',
      contacts: '++id, account, [account+address]',
      sends: '++id, &sendKey, *accounts, sentAt',
      findings: '++id, sendId',
    });
    if (schemaVersion < 2) return;

    // 2: findings indexed by buyer and time (a buyer's detail and retention without joining sends), and by kind+status for open asks.
    this.version(2)
      .stores({ findings: '++id, sendId, *accounts, sentAt, [kind+status]' })
      .upgrade(copySendFieldsToFindings);
  }
}

/** The tables a write touches together: every ledger change is one transaction over all of them. */
export function ledgerTables(db: LedgerDb) {
  return [db.buyers, db.contacts, db.sends, db.findings];
}
