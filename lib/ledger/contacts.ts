/**
 * A buyer's contacts. Apart from recording so that the pages that read the
 * ledger (and import through the background) never bundle the account rules
 * and their public-suffix list.
 */
import type { Recipient } from '../webmail/types.ts';
import type { LedgerDb } from './db.ts';
import type { AccountKey } from './types.ts';

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
