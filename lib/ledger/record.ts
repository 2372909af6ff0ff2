/** Recording one sent draft: the background's only way in for new data. */
import type { DraftSentMessage } from '../messages.ts';
import type { Recipient } from '../webmail/types.ts';
import { buyerAccounts } from './accounts.ts';
import { recomputeBuyers, weightsOf } from './aggregate.ts';
import { ledgerTables, type LedgerDb } from './db.ts';
import type { AccountKey, AccountPolicy, FindingRecord, GetRecord, GiveRecord } from './types.ts';

export interface RecordResult {
  /** False for a repeated delivery of a send, or an email with no buyer among its recipients. */
  recorded: boolean;
  accounts: AccountKey[];
}

/** Adds or refreshes an account's contact; a name-only contact is matched by its name. */
export async function upsertContact(db: LedgerDb, account: AccountKey, r: Recipient, sentAt: number): Promise<void> {
  const address = r.address?.toLowerCase() ?? null;
  // IndexedDB keys cannot hold null, so name-only contacts are not in [account+address]: look them up by account.
  const existing =
    address !== null
      ? await db.contacts.where('[account+address]').equals([account, address]).first()
      : await db.contacts.where('account').equals(account).filter((c) => c.address === null && c.name === r.name).first();
  if (existing?.id === undefined) {
    await db.contacts.add({ account, address, name: r.name, lastSentAt: sentAt });
    return;
  }
  await db.contacts.update(existing.id, {
    name: r.name ?? existing.name,
    lastSentAt: Math.max(existing.lastSentAt, sentAt),
  });
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
    await db.findings.bulkAdd([...gives, ...gets].map((f) => ({ ...f, sendId }) as FindingRecord));
    for (const [account, recipients] of byAccount) {
      for (const r of recipients) await upsertContact(db, account, r, sentAt);
    }
    await recomputeBuyers(db, accounts);
    return { recorded: true, accounts };
  });
}
