/** What the popup, the options page and the compose badge read from the ledger. */
import { historyOf } from './aggregate.ts';
import type { LedgerDb } from './db.ts';
import { countedList, getLabel, giveLabel } from './labels.ts';
import type { AccountKey, BuyerDetail, BuyerQuery, BuyerRecord, BuyerSummary, GetRecord, SendWithFindings } from './types.ts';

const DAY_MS = 86_400_000;

function byUnbalanced(a: BuyerRecord, b: BuyerRecord): number {
  return a.balance - b.balance || b.lastSentAt - a.lastSentAt || a.account.localeCompare(b.account);
}

function byRecent(a: BuyerRecord, b: BuyerRecord): number {
  return b.lastSentAt - a.lastSentAt || a.account.localeCompare(b.account);
}

/**
 * Buyers for the list: `unbalanced` puts the lowest balance first (the most
 * recent first among equals), `recent` the latest send first. `search`
 * matches the account or a contact's name or address, ignoring case.
 */
export async function listBuyers(db: LedgerDb, query: BuyerQuery): Promise<BuyerRecord[]> {
  const q = query.search?.trim().toLowerCase() ?? '';
  const ordered = () => (query.sort === 'unbalanced' ? db.buyers.orderBy('balance') : db.buyers.orderBy('lastSentAt').reverse());
  if (q === '' && query.limit !== undefined) {
    // Straight from the index; ties in balance at the page's edge may differ from the full list's order, which follows.
    const page = await ordered().limit(query.limit).toArray();
    return page.sort(query.sort === 'unbalanced' ? byUnbalanced : byRecent);
  }
  return db.transaction('r', db.buyers, db.contacts, async () => {
    const buyers = await ordered().toArray();
    buyers.sort(query.sort === 'unbalanced' ? byUnbalanced : byRecent);
    if (q === '') return buyers;
    const viaContacts = new Set(
      (await db.contacts.filter((c) => (c.address?.includes(q) ?? false) || (c.name?.toLowerCase().includes(q) ?? false)).toArray()).map((c) => c.account),
    );
    return buyers.filter((b) => b.account.includes(q) || viaContacts.has(b.account));
  });
}

/**
 * One line for a sales manager: what the rep gave this buyer and what came
 * back ("gave: custom demo, 15% discount, 3 calls on their schedule — got:
 * nothing beyond budget information"). Gets the buyer declined are named
 * apart: they were asked for, not got.
 */
export function summarize(history: readonly SendWithFindings[]): string {
  const gives = history.flatMap((s) => s.gives);
  const gets = history.flatMap((s) => s.gets);
  const kept = gets.filter((g) => g.status !== 'declined');
  const declined = gets.filter((g) => g.status === 'declined');
  const real = kept.filter((g) => g.level !== 'information');
  const info = kept.filter((g) => g.level === 'information');

  const gave = gives.length === 0 ? 'nothing' : countedList(gives.map(giveLabel));
  let got: string;
  if (real.length > 0) got = countedList(real.map(getLabel)) + (info.length > 0 ? `, plus ${countedList(info.map(getLabel))}` : '');
  else if (info.length > 0) got = `nothing beyond ${countedList(info.map(getLabel))}`;
  else got = 'nothing';
  const refused = declined.length > 0 ? ` — declined: ${countedList(declined.map(getLabel))}` : '';
  return `gave: ${gave} — got: ${got}${refused}`;
}

/** A buyer with its contacts and its emails (newest first), or null for an account with no record. */
export async function buyerDetail(db: LedgerDb, account: AccountKey): Promise<BuyerDetail | null> {
  return db.transaction('r', [db.buyers, db.contacts, db.sends, db.findings], async () => {
    const buyer = await db.buyers.get(account);
    if (!buyer) return null;
    const contacts = await db.contacts.where('account').equals(account).toArray();
    contacts.sort((a, b) => b.lastSentAt - a.lastSentAt || (a.address ?? a.name ?? '').localeCompare(b.address ?? b.name ?? ''));
    const history = await historyOf(db, account);
    return { buyer, contacts, timeline: [...history].reverse(), summary: summarize(history) };
  });
}

export interface SummaryOptions {
  now: number;
  windowDays?: number;
}

/**
 * Aggregates about a draft's buyers for the compose badge, which runs in a
 * content script next to the webmail page: counts and flags only, never a
 * quote, a subject or a contact. Accounts with no record are left out.
 */
export async function buyerSummaries(db: LedgerDb, accounts: readonly AccountKey[], options: SummaryOptions): Promise<BuyerSummary[]> {
  const windowDays = options.windowDays ?? 30;
  const since = options.now - windowDays * DAY_MS;
  return db.transaction('r', db.buyers, db.findings, async () => {
    const summaries: BuyerSummary[] = [];
    for (const account of new Set(accounts)) {
      const buyer = await db.buyers.get(account);
      if (!buyer) continue;
      const findings = await db.findings.where('accounts').equals(account).toArray();
      const recent = findings.filter((f) => f.sentAt >= since && f.sentAt <= options.now);
      summaries.push({
        account,
        balance: buyer.balance,
        windowDays,
        givesInWindow: recent.filter((f) => f.kind === 'give').length,
        getsInWindow: recent.filter((f) => f.kind === 'get' && f.status !== 'declined').length,
        outstandingAsks: findings.filter((f) => f.kind === 'get' && f.status === 'asked').length,
        flags: buyer.flags.map((f) => ({ kind: f.kind, message: f.message })),
      });
    }
    return summaries;
  });
}

/** Asks still waiting on a buyer, across all buyers, newest first (for a follow-up list). */
export async function openAsks(db: LedgerDb, limit = 50): Promise<(GetRecord & { id: number })[]> {
  const asks = (await db.findings.where('[kind+status]').equals(['get', 'asked']).toArray()) as (GetRecord & { id: number })[];
  return asks.sort((a, b) => b.sentAt - a.sentAt || b.id - a.id).slice(0, limit);
}
