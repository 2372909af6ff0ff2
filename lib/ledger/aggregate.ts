/**
 * A buyer's aggregates, computed from its sends and findings in one place, so
 * recording, status changes, deletes, imports and the seed all agree.
 */
import { GET_WEIGHTS, GIVE_WEIGHTS } from '../engine/types.ts';
import type { LedgerDb } from './db.ts';
import { concessionFlags } from './patterns.ts';
import {
  TREND_POINTS,
  type AccountKey,
  type BuyerRecord,
  type FindingRecord,
  type GetRecord,
  type GiveRecord,
  type SendRecord,
  type SendWithFindings,
} from './types.ts';

/** What a finding's weight depends on. */
export type Weighable = Pick<GiveRecord, 'kind' | 'category' | 'status'> | Pick<GetRecord, 'kind' | 'level' | 'status'>;

/** A finding's weight by the spec: gives always count (intentional ones too), a declined get counts nothing. */
export function findingWeight(f: Weighable): number {
  if (f.kind === 'give') return GIVE_WEIGHTS[f.category];
  return f.status === 'declined' ? 0 : GET_WEIGHTS[f.level];
}

export function weightsOf(findings: readonly Weighable[]): { giveWeight: number; getWeight: number } {
  let giveWeight = 0;
  let getWeight = 0;
  for (const f of findings) {
    if (f.kind === 'give') giveWeight += findingWeight(f);
    else getWeight += findingWeight(f);
  }
  return { giveWeight, getWeight };
}

/** Oldest first; the id breaks ties so two sends in the same millisecond keep their order. */
export function chronological(a: { sentAt: number; id?: number }, b: { sentAt: number; id?: number }): number {
  return a.sentAt - b.sentAt || (a.id ?? 0) - (b.id ?? 0);
}

type Stored<T> = T & { id: number };

/** Groups sends with their findings, oldest first. Findings of sends not in `sends` are left out. */
export function groupHistory(sends: readonly SendRecord[], findings: readonly FindingRecord[]): SendWithFindings[] {
  const bySend = new Map<number, SendWithFindings>();
  const history: SendWithFindings[] = [];
  for (const send of [...sends].sort(chronological)) {
    if (send.id === undefined) continue;
    const item: SendWithFindings = { send: send as Stored<SendRecord>, gives: [], gets: [] };
    bySend.set(send.id, item);
    history.push(item);
  }
  for (const f of [...findings].sort((a, b) => (a.id ?? 0) - (b.id ?? 0))) {
    const item = bySend.get(f.sendId);
    if (!item || f.id === undefined) continue;
    if (f.kind === 'give') item.gives.push(f as Stored<GiveRecord>);
    else item.gets.push(f as Stored<GetRecord>);
  }
  return history;
}

/** The buyer record for a history (oldest first), or null when there are no sends. */
export function buildBuyer(account: AccountKey, history: readonly SendWithFindings[]): BuyerRecord | null {
  const first = history[0];
  const last = history[history.length - 1];
  if (!first || !last) return null;
  let gives = 0;
  let gets = 0;
  let giveWeight = 0;
  let getWeight = 0;
  const running: number[] = [];
  for (const { gives: g, gets: a } of history) {
    gives += g.length;
    gets += a.filter((x) => x.status !== 'declined').length;
    const w = weightsOf([...g, ...a]);
    giveWeight += w.giveWeight;
    getWeight += w.getWeight;
    running.push(getWeight - giveWeight);
  }
  return {
    account,
    firstSentAt: first.send.sentAt,
    lastSentAt: last.send.sentAt,
    sends: history.length,
    gives,
    gets,
    giveWeight,
    getWeight,
    balance: getWeight - giveWeight,
    trend: running.slice(-TREND_POINTS),
    flags: concessionFlags(account, history),
  };
}

/** One account's sends and findings, oldest first, through the per-buyer indexes. */
export async function historyOf(db: LedgerDb, account: AccountKey): Promise<SendWithFindings[]> {
  const [sends, findings] = await Promise.all([
    db.sends.where('accounts').equals(account).toArray(),
    db.findings.where('accounts').equals(account).toArray(),
  ]);
  return groupHistory(sends, findings);
}

/**
 * Rewrites the buyer rows of `accounts` from their history; an account left
 * without sends loses its buyer row and its contacts. Call it inside the
 * transaction that changed the history, so readers never see a stale total.
 */
export async function recomputeBuyers(db: LedgerDb, accounts: Iterable<AccountKey>): Promise<void> {
  for (const account of new Set(accounts)) {
    const buyer = buildBuyer(account, await historyOf(db, account));
    if (buyer) {
      await db.buyers.put(buyer);
    } else {
      await db.buyers.delete(account);
      await db.contacts.where('account').equals(account).delete();
    }
  }
}

/** Keeps a send's stored weights equal to its findings' (after a status change). */
export async function refreshSendWeights(db: LedgerDb, sendId: number): Promise<void> {
  const findings = await db.findings.where('sendId').equals(sendId).toArray();
  await db.sends.update(sendId, weightsOf(findings));
}
