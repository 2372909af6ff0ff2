/**
 * An in-memory ledger behind the popup's two interfaces, for component
 * tests: the Dexie ledger is tested on its own. Records are cloned on the
 * way out, as a database read would be, so the UI never holds live objects.
 */
import { vi } from 'vitest';
import type {
  BuyerDetail,
  BuyerQuery,
  BuyerRecord,
  ContactRecord,
  FindingStatus,
  GetRecord,
  GiveRecord,
  LedgerCommands,
  LedgerExport,
  LedgerReader,
  SendWithFindings,
} from '../../lib/ledger/types.ts';
import type { GetLevel, GiveCategory, Verdict } from '../../lib/engine/types.ts';

export const NOW = Date.UTC(2025, 5, 10, 12, 0, 0);
export const DAY = 24 * 3600_000;

export function buyer(account: string, over: Partial<BuyerRecord> = {}): BuyerRecord {
  return {
    account,
    firstSentAt: NOW - 30 * DAY,
    lastSentAt: NOW - DAY,
    sends: 1,
    gives: 0,
    gets: 0,
    giveWeight: 0,
    getWeight: 0,
    balance: 0,
    trend: [0],
    flags: [],
    ...over,
  };
}

let nextId = 1;

export function give(category: GiveCategory, quote: string | null, status: GiveRecord['status'] = 'given'): GiveRecord & { id: number } {
  return { id: nextId++, kind: 'give', category, quote, status, sendId: 0, accounts: [], sentAt: 0, ruleId: `test.${category}` };
}

export function get(level: GetLevel, quote: string | null, status: GetRecord['status'] = 'asked'): GetRecord & { id: number } {
  return { id: nextId++, kind: 'get', level, quote, status, sendId: 0, accounts: [], sentAt: 0, ruleId: `test.${level}` };
}

export function send(
  account: string,
  subject: string,
  sentAt: number,
  verdict: Verdict,
  gives: (GiveRecord & { id: number })[] = [],
  gets: (GetRecord & { id: number })[] = [],
): SendWithFindings {
  const id = nextId++;
  const fill = <T extends { sendId: number; accounts: string[]; sentAt: number }>(f: T): T => ({ ...f, sendId: id, accounts: [account], sentAt });
  return {
    send: { id, sendKey: `send-${id}`, accounts: [account], host: 'gmail', threadId: null, subject, sentAt, verdict, giveWeight: 0, getWeight: 0 },
    gives: gives.map(fill),
    gets: gets.map(fill),
  };
}

export interface FakeLedgerData {
  buyers: BuyerRecord[];
  details?: Record<string, { contacts?: ContactRecord[]; timeline?: SendWithFindings[]; summary?: string }>;
}

/** The reader and commands over one in-memory data set; every method is a `vi.fn` to assert on or make reject. */
export function fakeLedger(data: FakeLedgerData) {
  const buyers = structuredClone(data.buyers);
  const details = new Map(Object.entries(structuredClone(data.details ?? {})));
  const contactsOf = (account: string) => details.get(account)?.contacts ?? [];

  const matches = (b: BuyerRecord, search: string) => {
    const s = search.toLowerCase();
    return (
      b.account.toLowerCase().includes(s) ||
      contactsOf(b.account).some((c) => (c.name ?? '').toLowerCase().includes(s) || (c.address ?? '').toLowerCase().includes(s))
    );
  };

  const reader = {
    listBuyers: vi.fn(async (query: BuyerQuery): Promise<BuyerRecord[]> => {
      const found = buyers.filter((b) => !query.search || matches(b, query.search));
      found.sort((a, b) => (query.sort === 'unbalanced' ? a.balance - b.balance || b.lastSentAt - a.lastSentAt : b.lastSentAt - a.lastSentAt));
      return structuredClone(query.limit !== undefined && !query.search ? found.slice(0, query.limit) : found);
    }),
    buyerDetail: vi.fn(async (account: string): Promise<BuyerDetail | null> => {
      const b = buyers.find((x) => x.account === account);
      if (!b) return null;
      const d = details.get(account);
      return structuredClone({ buyer: b, contacts: d?.contacts ?? [], timeline: d?.timeline ?? [], summary: d?.summary ?? '' });
    }),
    exportJson: vi.fn(
      async (): Promise<LedgerExport> => ({ format: 'quid-ledger', version: 1, exportedAt: NOW, buyers: structuredClone(buyers), contacts: [], sends: [], findings: [] }),
    ),
    exportCsv: vi.fn(async () => `account,balance\n${buyers.map((b) => `${b.account},${b.balance}`).join('\n')}\n`),
  } satisfies LedgerReader;

  const commands = {
    setStatus: vi.fn(async (findingId: number, status: FindingStatus): Promise<void> => {
      for (const d of details.values()) {
        for (const s of d.timeline ?? []) {
          for (const f of [...s.gives, ...s.gets]) {
            if (f.id === findingId) {
              f.status = status as never;
              return;
            }
          }
        }
      }
      throw new Error(`no finding ${findingId}`);
    }),
    deleteBuyer: vi.fn(async (account: string): Promise<void> => {
      const i = buyers.findIndex((b) => b.account === account);
      if (i >= 0) buyers.splice(i, 1);
      details.delete(account);
    }),
    deleteAll: vi.fn(async (): Promise<void> => {
      buyers.length = 0;
      details.clear();
    }),
    importJson: vi.fn(async () => ({ sends: 0, skipped: 0 })),
  } satisfies LedgerCommands;

  return { reader, commands };
}
