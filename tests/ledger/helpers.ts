/** A fresh in-memory ledger per test, and sent-draft messages built from short descriptions. */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { GetLevel, GiveCategory, Verdict } from '../../lib/engine/types.ts';
import { LedgerDb } from '../../lib/ledger/db.ts';
import type { AccountPolicy } from '../../lib/ledger/types.ts';
import { DRAFT_SENT, type DraftSentMessage, type SentGet, type SentGive } from '../../lib/messages.ts';
import type { Recipient } from '../../lib/webmail/types.ts';

export const DAY = 86_400_000;
export const T0 = Date.UTC(2025, 5, 1, 9);

let dbCount = 0;

/** Each call gets its own IndexedDB factory, so tests never share data. */
export function freshDeps() {
  return { indexedDB: new IDBFactory(), IDBKeyRange };
}

export function openDb(deps = freshDeps(), schemaVersion?: number): LedgerDb {
  return new LedgerDb(deps, `quid-ledger-test-${++dbCount}`, schemaVersion);
}

export const policy = (over: Partial<AccountPolicy> = {}): AccountPolicy => ({
  ownDomains: ['seller.com'],
  neverRecord: [],
  groups: [],
  storeQuotes: true,
  ...over,
});

export const give = (ruleId: string, category: GiveCategory, text: string, intentional = false): SentGive => ({ ruleId, category, text, intentional });
export const get = (ruleId: string, level: GetLevel, text: string): SentGet => ({ ruleId, level, text });

export const GIVES = {
  price15: give('percent-off', 'price', 'I can take 15% off'),
  price10: give('percent-off', 'price', 'I can take 10% off'),
  waive: give('waived-fee', 'price', "we'll waive the setup fee"),
  net60: give('extended-payment-terms', 'terms', 'we can do net 60'),
  demo: give('custom-demo', 'resources', "I'll put together a custom demo"),
  schedule: give('work-around-your-schedule', 'time', "I'll work around your schedule"),
};
export const GETS = {
  budget: get('budget-question', 'information', 'What budget have you set aside'),
  meeting: get('meeting-request', 'access', 'Are you available for a quick call'),
  po: get('act-by-date', 'commitment', 'PO by Friday'),
};

let sendCount = 0;

export interface SentSpec {
  to?: (string | Recipient)[];
  cc?: (string | Recipient)[];
  bcc?: (string | Recipient)[];
  at?: number;
  gives?: SentGive[];
  gets?: SentGet[];
  subject?: string;
  sendId?: string;
}

const recipient = (r: string | Recipient): Recipient => (typeof r === 'string' ? { address: r, name: null } : r);

function verdict(gives: readonly SentGive[], gets: readonly SentGet[]): Verdict {
  if (gives.length === 0) return 'no-give';
  return gets.some((g) => g.level !== 'information') ? 'reciprocated' : 'unreciprocated';
}

export function sent(spec: SentSpec = {}): DraftSentMessage {
  const gives = spec.gives ?? [];
  const gets = spec.gets ?? [];
  return {
    type: DRAFT_SENT,
    sendId: spec.sendId ?? `send-${String(++sendCount).padStart(6, '0')}`,
    host: 'gmail',
    from: 'rep@seller.com',
    threadId: null,
    subject: spec.subject ?? 'Re: Pricing',
    recipients: { to: (spec.to ?? ['priya@acme.com']).map(recipient), cc: (spec.cc ?? []).map(recipient), bcc: (spec.bcc ?? []).map(recipient) },
    sentAt: spec.at ?? T0,
    analysis: { verdict: verdict(gives, gets), balance: 0, gives, gets },
  };
}

/** Every row of every table, ids left out and findings tied to their send's key, for comparing two ledgers. */
export async function contentOf(db: LedgerDb) {
  const sends = await db.sends.toArray();
  const keyOf = new Map(sends.map((s) => [s.id, s.sendKey]));
  const strip = <T extends { id?: number }>({ id: _id, ...rest }: T) => rest;
  // Keys sorted, so rows compare by content whatever order their fields were written in.
  const canonical = (v: unknown) => JSON.stringify(v, (_k, x: unknown) => (x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => a.localeCompare(b))) : x));
  const byJson = <T>(a: T, b: T) => canonical(a).localeCompare(canonical(b));
  return {
    buyers: (await db.buyers.toArray()).sort(byJson),
    contacts: (await db.contacts.toArray()).map(strip).sort(byJson),
    sends: sends.map(strip).sort(byJson),
    findings: (await db.findings.toArray())
      .map(({ id: _id, sendId, ...f }) => ({ ...f, send: keyOf.get(sendId) }))
      .sort(byJson),
  };
}
