/** Recording one sent draft: the background's only way in for new data. */
import type { DraftSentMessage } from '../messages.ts';
import { buyerAccounts } from './accounts.ts';
import { recomputeBuyers, weightsOf } from './aggregate.ts';
import { upsertContact } from './contacts.ts';
import { ledgerTables, type LedgerDb } from './db.ts';
import type { AccountKey, AccountPolicy, FindingRecord, GetRecord, GiveRecord } from './types.ts';

export interface RecordResult {
  /** False for a repeated delivery of a send, or an email with no buyer among its recipients. */
  recorded: boolean;
  accounts: AccountKey[];
}

/**
 * Records a sent draft under each buyer account among its recipients, in one
 * transaction over every table: two tabs sending at once are serialised by
 * IndexedDB, and a second delivery of the same `sendId` is recorded once.
 */
export async function recordSend(db: LedgerDb, message: DraftSentMessage, policy: AccountPolicy): Promise<RecordResult> {
  const byAccount = buyerAccounts(message.recipients, policy);
  const accounts = [...byAccount.keys()];
  if (accounts.length === 0) return { recorded: false, accounts };
  const { analysis, sentAt } = message;
  const quote = (text: string) => (policy.storeQuotes ? text : null);

  return db.transaction('rw', ledgerTables(db), async () => {
    if ((await db.sends.where('sendKey').equals(message.sendId).count()) > 0) return { recorded: false, accounts };

    const gives = analysis.gives.map(
      (g): Omit<GiveRecord, 'sendId'> => ({ kind: 'give', accounts, sentAt, ruleId: g.ruleId, category: g.category, quote: quote(g.text), status: g.intentional ? 'intentional' : 'given' }),
    );
    const gets = analysis.gets.map(
      (g): Omit<GetRecord, 'sendId'> => ({ kind: 'get', accounts, sentAt, ruleId: g.ruleId, level: g.level, quote: quote(g.text), status: 'asked' }),
    );
    const sendId = await db.sends.add({
      sendKey: message.sendId,
      accounts,
      host: message.host,
      threadId: message.threadId,
      subject: message.subject,
      sentAt,
      verdict: analysis.verdict,
      ...weightsOf([...gives, ...gets]),
    });
    // `++id` always yields a key; the type allows none because `id` is optional on a new record.
    if (sendId === undefined) throw new Error('The ledger gave the email no id.');
    await db.findings.bulkAdd([...gives, ...gets].map((f): FindingRecord => ({ ...f, sendId })));
    for (const [account, recipients] of byAccount) {
      for (const r of recipients) await upsertContact(db, account, r, sentAt);
    }
    await recomputeBuyers(db, accounts);
    return { recorded: true, accounts };
  });
}
