/**
 * The ledger's records and the shapes its readers see. The database lives in
 * the extension's origin and only the background writes it (see `db.ts`);
 * the popup and options pages read it and ask the background for changes.
 *
 * A buyer is an *account*: a company's registrable domain (`acme.co.uk`), or
 * a whole address at a personal-mail provider (`jane@gmail.com`).
 */
import type { GetLevel, GiveCategory, Verdict } from '../engine/types.ts';
import type { WebmailHost } from '../webmail/types.ts';

export type AccountKey = string;

/** A give starts `given`; the rep may mark it `intentional`. A get starts `asked`; the rep marks it `received` or `declined`. */
export type GiveStatus = 'given' | 'intentional';
export type GetStatus = 'asked' | 'received' | 'declined';
export type FindingStatus = GiveStatus | GetStatus;
export const GIVE_STATUSES: readonly GiveStatus[] = ['given', 'intentional'];
export const GET_STATUSES: readonly GetStatus[] = ['asked', 'received', 'declined'];

/** One buyer account, with aggregates kept current on every write so the popup's list needs no scan. */
export interface BuyerRecord {
  account: AccountKey;
  firstSentAt: number;
  lastSentAt: number;
  sends: number;
  gives: number;
  /** Gets not declined. */
  gets: number;
  giveWeight: number;
  getWeight: number;
  /** getWeight − giveWeight by the spec's weights (declined gets count nothing; intentional gives still count). */
  balance: number;
  /** Running balance after each of the most recent sends, oldest first (at most `TREND_POINTS`), for the sparkline. */
  trend: number[];
  /** Concession patterns across this buyer's history (see `patterns.ts`). */
  flags: ConcessionFlag[];
}

export const TREND_POINTS = 24;

export type ConcessionFlagKind = 'repeat-price' | 'growing-concessions' | 'gives-in-a-row';

export interface ConcessionFlag {
  kind: ConcessionFlagKind;
  /** One line for the rep, e.g. "Second price concession to acme.com". */
  message: string;
}

export interface ContactRecord {
  id?: number;
  account: AccountKey;
  /** Lower-cased address, or null when the webmail showed only a name (Outlook). */
  address: string | null;
  name: string | null;
  lastSentAt: number;
}

export interface SendRecord {
  id?: number;
  /** The content script's id for this send: a second delivery with the same key is ignored. */
  sendKey: string;
  /** Every buyer account this email went to (multi-entry index). */
  accounts: AccountKey[];
  host: WebmailHost;
  threadId: string | null;
  subject: string;
  sentAt: number;
  verdict: Verdict;
  giveWeight: number;
  getWeight: number;
}

interface FindingBase {
  id?: number;
  sendId: number;
  accounts: AccountKey[];
  sentAt: number;
  ruleId: string;
  /** The matched words, or null when the privacy option keeps categories only. */
  quote: string | null;
}

export interface GiveRecord extends FindingBase {
  kind: 'give';
  category: GiveCategory;
  status: GiveStatus;
}

export interface GetRecord extends FindingBase {
  kind: 'get';
  level: GetLevel;
  status: GetStatus;
}

export type FindingRecord = GiveRecord | GetRecord;

// ---------------------------------------------------------------------------
// What readers get.

export type BuyerSort = 'unbalanced' | 'recent';

export interface BuyerQuery {
  sort: BuyerSort;
  /** Case-insensitive substring of the account or a contact's name or address. */
  search?: string;
  /** Only the first this many of the order: a first screenful read fast, before the whole list. Ignored with a search. */
  limit?: number;
}

/** The popup's first read: more rows than fit, few enough to read in a few milliseconds. */
export const FIRST_PAGE = 40;

export interface SendWithFindings {
  send: SendRecord & { id: number };
  gives: (GiveRecord & { id: number })[];
  gets: (GetRecord & { id: number })[];
}

export interface BuyerDetail {
  buyer: BuyerRecord;
  contacts: ContactRecord[];
  /** Newest first. */
  timeline: SendWithFindings[];
  /** "gave: custom demo, 15% discount, 3 calls on their schedule — got: nothing beyond budget information". */
  summary: string;
}

/** What the compose badge may learn about a draft's buyers: aggregates only, never quotes. */
export interface BuyerSummary {
  account: AccountKey;
  balance: number;
  /** Counts within the window (default 30 days). */
  windowDays: number;
  givesInWindow: number;
  getsInWindow: number;
  /** Gets still `asked`. */
  outstandingAsks: number;
  flags: ConcessionFlag[];
}

/** Who counts as a buyer when a send is recorded (from the settings and the sender). */
export interface AccountPolicy {
  /** The rep's own registrable domains: mail to them is internal. */
  ownDomains: readonly string[];
  /** Domains or whole addresses never recorded. */
  neverRecord: readonly string[];
  /** Domains recorded under one account: each group's domains map to its `account`. */
  groups: readonly { account: string; domains: readonly string[] }[];
  /** False: gives and gets are recorded without their quotes. */
  storeQuotes: boolean;
}

/** The JSON export, and the only thing import accepts. */
export interface LedgerExport {
  format: 'quid-ledger';
  version: 1;
  exportedAt: number;
  buyers: BuyerRecord[];
  contacts: ContactRecord[];
  sends: SendRecord[];
  findings: FindingRecord[];
}

export interface ImportResult {
  sends: number;
  skipped: number;
}

// ---------------------------------------------------------------------------
// How extension pages use the ledger: they read the database directly (same
// extension origin) and ask the background for every change.

export interface LedgerReader {
  listBuyers(query: BuyerQuery): Promise<BuyerRecord[]>;
  buyerDetail(account: AccountKey): Promise<BuyerDetail | null>;
  exportJson(): Promise<LedgerExport>;
  exportCsv(): Promise<string>;
}

export interface LedgerCommands {
  setStatus(findingId: number, status: FindingStatus): Promise<void>;
  deleteBuyer(account: AccountKey): Promise<void>;
  deleteAll(): Promise<void>;
  /** Rejects (with a message for the rep) when `data` is not a Quid export; then nothing changed. */
  importJson(data: unknown): Promise<ImportResult>;
}
