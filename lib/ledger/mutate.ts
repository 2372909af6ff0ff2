/**
 * The rep's changes to the ledger. Each is one transaction that also brings
 * the affected buyers' aggregates up to date, so no reader sees a total that
 * disagrees with the findings.
 */
import { recomputeBuyers, refreshSendWeights } from './aggregate.ts';
import { ledgerTables, type LedgerDb } from './db.ts';
import { GET_STATUSES, GIVE_STATUSES, type AccountKey, type FindingStatus } from './types.ts';

/** Marks a give `given`/`intentional` or a get `asked`/`received`/`declined`. Throws for an unknown id or a status of the other kind. */
export async function setFindingStatus(db: LedgerDb, id: number, status: FindingStatus): Promise<void> {
  await db.transaction('rw', ledgerTables(db), async () => {
    const finding = await db.findings.get(id);
    if (!finding) throw new Error(`No finding #${id} in the ledger.`);
    const allowed: readonly FindingStatus[] = finding.kind === 'give' ? GIVE_STATUSES : GET_STATUSES;
    if (!allowed.includes(status)) throw new Error(`A ${finding.kind} cannot be marked "${status}" (one of ${allowed.join(', ')}).`);
    if (finding.status === status) return;
    await db.findings.update(id, { status });
    await refreshSendWeights(db, finding.sendId);
    await recomputeBuyers(db, finding.accounts);
  });
}

/**
 * Forgets a buyer: its row, contacts, and what was sent to it. An email that
 * also went to other buyers stays recorded for them, without this account.
 */
export async function deleteBuyer(db: LedgerDb, account: AccountKey): Promise<void> {
  await db.transaction('rw', ledgerTables(db), async () => {
    const sends = await db.sends.where('accounts').equals(account).toArray();
    const others = new Set<AccountKey>();
    for (const send of sends) {
      if (send.id === undefined) continue;
      const rest = send.accounts.filter((a) => a !== account);
      if (rest.length === 0) {
        await db.findings.where('sendId').equals(send.id).delete();
        await db.sends.delete(send.id);
        continue;
      }
      rest.forEach((a) => others.add(a));
      await db.sends.update(send.id, { accounts: rest });
      await db.findings.where('sendId').equals(send.id).modify({ accounts: rest });
    }
    await db.buyers.delete(account);
    await db.contacts.where('account').equals(account).delete();
    await recomputeBuyers(db, others);
  });
}

/** Empties the ledger. */
export async function deleteAll(db: LedgerDb): Promise<void> {
  await db.transaction('rw', ledgerTables(db), async () => {
    await Promise.all(ledgerTables(db).map((t) => t.clear()));
  });
}

/**
 * Retention: deletes the emails sent before `cutoffMs` with their findings
 * and the contacts last written to before it, updates the buyers the emails
 * went to, and removes buyers with nothing left. Returns how many emails
 * were deleted.
 */
export async function purgeOlderThan(db: LedgerDb, cutoffMs: number): Promise<number> {
  return db.transaction('rw', ledgerTables(db), async () => {
    const old = await db.sends.where('sentAt').below(cutoffMs).toArray();
    if (old.length === 0) return 0;
    const accounts = new Set(old.flatMap((s) => s.accounts));
    const ids = old.flatMap((s) => (s.id === undefined ? [] : [s.id]));
    // A finding carries its send's time, so the same range finds exactly the old emails' findings.
    await db.findings.where('sentAt').below(cutoffMs).delete();
    await db.sends.bulkDelete(ids);
    await recomputeBuyers(db, accounts);
    // A contact not written to since the cutoff appears in no email that is left.
    await db.contacts.filter((c) => c.lastSentAt < cutoffMs).delete();
    return ids.length;
  });
}
