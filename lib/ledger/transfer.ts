/**
 * The ledger in and out: a JSON export that import accepts back, and a CSV
 * for spreadsheets. An imported file is untrusted: it is validated whole
 * before anything is written, its ids are replaced, and the buyers'
 * aggregates are recomputed from its sends and findings, never copied.
 */
import { GET_LEVELS, GIVE_CATEGORIES, VERDICTS } from '../engine/types.ts';
import { LIMITS, WEBMAIL_HOSTS } from '../messages.ts';
import { Invalid, finite, list, nullableString, object, oneOf, parseWith, string, type Parsed } from '../validate.ts';
import { recomputeBuyers, weightsOf } from './aggregate.ts';
import { ledgerTables, type LedgerDb } from './db.ts';
import { upsertContact } from './contacts.ts';
import {
  GET_STATUSES,
  GIVE_STATUSES,
  TREND_POINTS,
  type BuyerRecord,
  type ConcessionFlag,
  type ConcessionFlagKind,
  type ContactRecord,
  type FindingRecord,
  type ImportResult,
  type LedgerExport,
  type SendRecord,
} from './types.ts';

export const EXPORT_FORMAT = 'quid-ledger';
export const EXPORT_VERSION = 1;

/** Caps on an imported file: far above a rep's years of email, low enough that a hostile file cannot exhaust the browser. */
export const IMPORT_LIMITS = {
  buyers: 100_000,
  contacts: 200_000,
  sends: 200_000,
  findings: 2_000_000,
  accountsPerSend: 300,
  flagMessage: 300,
} as const;

const FLAG_KINDS: readonly ConcessionFlagKind[] = ['repeat-price', 'growing-concessions', 'gives-in-a-row'];

export async function exportLedger(db: LedgerDb, now: number = Date.now()): Promise<LedgerExport> {
  return db.transaction('r', ledgerTables(db), async () => ({
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now,
    buyers: await db.buyers.toArray(),
    contacts: await db.contacts.toArray(),
    sends: await db.sends.toArray(),
    findings: await db.findings.toArray(),
  }));
}

// ---------------------------------------------------------------------------
// CSV

export const CSV_COLUMNS = ['account', 'sent_at', 'subject', 'host', 'kind', 'category_or_level', 'rule_id', 'status', 'quote'] as const;

/**
 * One RFC 4180 cell. A cell a spreadsheet would read as a formula (starting
 * with = + - @, tab or CR) gets a leading apostrophe: a subject or quote
 * typed by someone else must not run when the export is opened.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One row per finding, oldest first; an email to several buyers lists them separated by spaces. */
export async function exportCsv(db: LedgerDb): Promise<string> {
  const [sends, findings] = await db.transaction('r', db.sends, db.findings, () => Promise.all([db.sends.toArray(), db.findings.toArray()]));
  const byId = new Map(sends.map((s) => [s.id, s]));
  findings.sort((a, b) => a.sentAt - b.sentAt || (a.id ?? 0) - (b.id ?? 0));
  const rows = [CSV_COLUMNS.join(',')];
  for (const f of findings) {
    const send = byId.get(f.sendId);
    if (!send) continue;
    const cells = [
      send.accounts.join(' '),
      new Date(send.sentAt).toISOString(),
      send.subject,
      send.host,
      f.kind,
      f.kind === 'give' ? f.category : f.level,
      f.ruleId,
      f.status,
      f.quote ?? '',
    ];
    rows.push(cells.map(csvCell).join(','));
  }
  return rows.join('\r\n') + '\r\n';
}

// ---------------------------------------------------------------------------
// Validation of an imported file.

function id(value: unknown, path: string): number {
  const n = finite(value, path);
  if (!Number.isSafeInteger(n) || n < 1) throw new Invalid(`${path}: not an id`);
  return n;
}

function time(value: unknown, path: string): number {
  const n = finite(value, path);
  if (n <= 0) throw new Invalid(`${path}: not a time`);
  return n;
}

function count(value: unknown, path: string): number {
  const n = finite(value, path);
  if (!Number.isSafeInteger(n) || n < 0) throw new Invalid(`${path}: not a count`);
  return n;
}

function weight(value: unknown, path: string): number {
  const n = finite(value, path);
  if (n < 0) throw new Invalid(`${path}: negative`);
  return n;
}

function account(value: unknown, path: string): string {
  const a = string(value, path, LIMITS.address);
  if (a === '' || a !== a.trim().toLowerCase() || /[\s\p{Cc}]/u.test(a)) throw new Invalid(`${path}: not an account`);
  return a;
}

function accounts(value: unknown, path: string): string[] {
  const all = list(value, path, IMPORT_LIMITS.accountsPerSend, account);
  if (all.length === 0) throw new Invalid(`${path}: empty`);
  if (new Set(all).size !== all.length) throw new Invalid(`${path}: an account twice`);
  return all;
}

/** An optional `id`: present in our exports, replaced on import either way. */
function optionalId(o: Record<string, unknown>, path: string): { id?: number } {
  return 'id' in o ? { id: id(o.id, `${path}.id`) } : {};
}

function flag(value: unknown, path: string): ConcessionFlag {
  const o = object(value, path, ['kind', 'message']);
  return { kind: oneOf(o.kind, `${path}.kind`, FLAG_KINDS), message: string(o.message, `${path}.message`, IMPORT_LIMITS.flagMessage) };
}

function buyer(value: unknown, path: string): BuyerRecord {
  const o = object(value, path, ['account', 'firstSentAt', 'lastSentAt', 'sends', 'gives', 'gets', 'giveWeight', 'getWeight', 'balance', 'trend', 'flags']);
  return {
    account: account(o.account, `${path}.account`),
    firstSentAt: time(o.firstSentAt, `${path}.firstSentAt`),
    lastSentAt: time(o.lastSentAt, `${path}.lastSentAt`),
    sends: count(o.sends, `${path}.sends`),
    gives: count(o.gives, `${path}.gives`),
    gets: count(o.gets, `${path}.gets`),
    giveWeight: weight(o.giveWeight, `${path}.giveWeight`),
    getWeight: weight(o.getWeight, `${path}.getWeight`),
    balance: finite(o.balance, `${path}.balance`),
    trend: list(o.trend, `${path}.trend`, TREND_POINTS, finite),
    flags: list(o.flags, `${path}.flags`, FLAG_KINDS.length, flag),
  };
}

function contact(value: unknown, path: string): ContactRecord {
  const o = object(value, path, ['id', 'account', 'address', 'name', 'lastSentAt']);
  const c: ContactRecord = {
    ...optionalId(o, path),
    account: account(o.account, `${path}.account`),
    address: nullableString(o.address, `${path}.address`, LIMITS.address),
    name: nullableString(o.name, `${path}.name`, LIMITS.name),
    lastSentAt: time(o.lastSentAt, `${path}.lastSentAt`),
  };
  if (c.address === null && c.name === null) throw new Invalid(`${path}: neither address nor name`);
  if (c.address !== null && c.address !== c.address.toLowerCase()) throw new Invalid(`${path}.address: not lower-case`);
  return c;
}

function send(value: unknown, path: string): SendRecord & { id: number } {
  const o = object(value, path, ['id', 'sendKey', 'accounts', 'host', 'threadId', 'subject', 'sentAt', 'verdict', 'giveWeight', 'getWeight']);
  const sendKey = string(o.sendKey, `${path}.sendKey`, LIMITS.sendId);
  if (sendKey === '') throw new Invalid(`${path}.sendKey: empty`);
  return {
    id: id(o.id, `${path}.id`),
    sendKey,
    accounts: accounts(o.accounts, `${path}.accounts`),
    host: oneOf(o.host, `${path}.host`, WEBMAIL_HOSTS),
    threadId: nullableString(o.threadId, `${path}.threadId`, LIMITS.id),
    subject: string(o.subject, `${path}.subject`, LIMITS.subject),
    sentAt: time(o.sentAt, `${path}.sentAt`),
    verdict: oneOf(o.verdict, `${path}.verdict`, VERDICTS),
    giveWeight: weight(o.giveWeight, `${path}.giveWeight`),
    getWeight: weight(o.getWeight, `${path}.getWeight`),
  };
}

function finding(value: unknown, path: string): FindingRecord {
  const kind = (value as { kind?: unknown } | null)?.kind;
  if (kind !== 'give' && kind !== 'get') throw new Invalid(`${path}.kind: not one of give|get`);
  const o = object(value, path, ['id', 'sendId', 'accounts', 'sentAt', 'ruleId', 'quote', 'kind', kind === 'give' ? 'category' : 'level', 'status']);
  const base = {
    ...optionalId(o, path),
    sendId: id(o.sendId, `${path}.sendId`),
    accounts: accounts(o.accounts, `${path}.accounts`),
    sentAt: time(o.sentAt, `${path}.sentAt`),
    ruleId: string(o.ruleId, `${path}.ruleId`, LIMITS.ruleId),
    quote: nullableString(o.quote, `${path}.quote`, LIMITS.quote),
  };
  return kind === 'give'
    ? { ...base, kind, category: oneOf(o.category, `${path}.category`, GIVE_CATEGORIES), status: oneOf(o.status, `${path}.status`, GIVE_STATUSES) }
    : { ...base, kind, level: oneOf(o.level, `${path}.level`, GET_LEVELS), status: oneOf(o.status, `${path}.status`, GET_STATUSES) };
}

/** A validated export: every send has the id its findings refer to. */
type CheckedExport = Omit<LedgerExport, 'sends'> & { sends: (SendRecord & { id: number })[] };

function ledgerExport(value: unknown): CheckedExport {
  const format = (value as { format?: unknown } | null)?.format;
  if (typeof value !== 'object' || value === null || format !== EXPORT_FORMAT) throw new Invalid('This is not a Quid ledger export (its "format" is not "quid-ledger").');
  const o = object(value, 'ledger', ['format', 'version', 'exportedAt', 'buyers', 'contacts', 'sends', 'findings']);
  if (o.version !== EXPORT_VERSION) throw new Invalid(`ledger.version: ${JSON.stringify(o.version)} is not a version this Quid can read (expected ${EXPORT_VERSION}).`);
  const exportedAt = time(o.exportedAt, 'ledger.exportedAt');
  const buyers = list(o.buyers, 'ledger.buyers', IMPORT_LIMITS.buyers, buyer);
  const contacts = list(o.contacts, 'ledger.contacts', IMPORT_LIMITS.contacts, contact);
  const sends = list(o.sends, 'ledger.sends', IMPORT_LIMITS.sends, send);
  const findings = list(o.findings, 'ledger.findings', IMPORT_LIMITS.findings, finding);

  const ids = new Set<number>();
  const keys = new Set<string>();
  sends.forEach((s, i) => {
    if (ids.has(s.id)) throw new Invalid(`ledger.sends[${i}].id: ${s.id} appears twice`);
    if (keys.has(s.sendKey)) throw new Invalid(`ledger.sends[${i}].sendKey: appears twice`);
    ids.add(s.id);
    keys.add(s.sendKey);
  });
  findings.forEach((f, i) => {
    if (!ids.has(f.sendId)) throw new Invalid(`ledger.findings[${i}].sendId: no send ${f.sendId} in the file`);
  });
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt, buyers, contacts, sends, findings };
}

/** Accepts exactly a Quid ledger export; otherwise names the first problem. Returns a fresh copy. */
export function parseLedgerExport(value: unknown): Parsed<LedgerExport> {
  return parseWith(() => ledgerExport(value), 'ledger');
}

// ---------------------------------------------------------------------------
// Import.

export class LedgerImportError extends Error {
  override name = 'LedgerImportError';
}

/**
 * Merges an export into the ledger in one transaction. Emails already in the
 * ledger (same `sendKey`) are skipped; the rest get new ids; contacts are
 * merged; every buyer touched is recomputed. Throws `LedgerImportError`, and
 * changes nothing, when `data` is not a valid export.
 */
export async function importLedger(db: LedgerDb, data: unknown): Promise<ImportResult> {
  // Validated here even when the caller already parsed it: the import is only as safe as its last check.
  const parsed = parseWith(() => ledgerExport(data), 'ledger');
  if (!parsed.ok) throw new LedgerImportError(`Nothing was imported: ${parsed.error}`);
  const file = parsed.value;

  const findingsBySend = new Map<number, FindingRecord[]>();
  for (const f of file.findings) {
    const list = findingsBySend.get(f.sendId) ?? [];
    list.push(f);
    findingsBySend.set(f.sendId, list);
  }

  return db.transaction('rw', ledgerTables(db), async () => {
    // Every key from the index in one pass: `anyOf` over thousands of keys seeks once per key.
    const known = new Set((await db.sends.orderBy('sendKey').keys()).map(String));
    const fresh = file.sends.filter((s) => !known.has(s.sendKey));
    const newIds = await db.sends.bulkAdd(
      fresh.map(({ id, ...s }) => ({ ...s, ...weightsOf(findingsBySend.get(id) ?? []) })),
      { allKeys: true },
    );
    const findings: FindingRecord[] = [];
    fresh.forEach((s, i) => {
      const sendId = newIds[i];
      if (sendId === undefined) return;
      for (const { id: _old, ...f } of findingsBySend.get(s.id) ?? []) {
        // A finding belongs to whom its email went and when: taken from the send, not the file's copy.
        findings.push({ ...f, sendId, accounts: s.accounts, sentAt: s.sentAt });
      }
    });
    await db.findings.bulkAdd(findings);

    const touched = new Set(fresh.flatMap((s) => s.accounts));
    for (const c of file.contacts) {
      await upsertContact(db, c.account, { address: c.address, name: c.name }, c.lastSentAt);
      touched.add(c.account);
    }
    // Contacts of an account with no email in the ledger are dropped here with it.
    await recomputeBuyers(db, touched);
    return { sends: fresh.length, skipped: file.sends.length - fresh.length };
  });
}
