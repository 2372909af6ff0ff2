import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LedgerDb } from '../../lib/ledger/db.ts';
import { setFindingStatus } from '../../lib/ledger/mutate.ts';
import { recordSend } from '../../lib/ledger/record.ts';
import { seedLedger } from '../../lib/ledger/seed.ts';
import { CSV_COLUMNS, LedgerImportError, csvCell, exportCsv, exportLedger, importLedger, parseLedgerExport } from '../../lib/ledger/transfer.ts';
import type { LedgerExport } from '../../lib/ledger/types.ts';
import { DAY, GETS, GIVES, T0, contentOf, give, openDb, policy, sent } from './helpers.ts';

const opened: LedgerDb[] = [];
afterEach(() => opened.splice(0).forEach((db) => db.close()));
const fresh = () => {
  const db = openDb();
  opened.push(db);
  return db;
};

async function sampleLedger(): Promise<LedgerDb> {
  const db = fresh();
  await recordSend(db, sent({ sendId: 'send-a-0001', to: [{ address: 'priya@acme.com', name: 'Priya Shah' }], at: T0, gives: [GIVES.price10], gets: [GETS.budget] }), policy());
  await recordSend(db, sent({ sendId: 'send-a-0002', to: ['priya@acme.com', 'joe@globex.com', { address: null, name: 'x' }], at: T0 + DAY, gives: [GIVES.price15, GIVES.demo], gets: [GETS.po] }), policy());
  await recordSend(db, sent({ sendId: 'send-a-0003', to: [{ address: null, name: 'Dana Lee' }, 'jane@gmail.com'], at: T0 + 2 * DAY, gives: [GIVES.schedule] }), policy({ storeQuotes: false }));
  const po = (await db.findings.toArray()).find((f) => f.ruleId === 'act-by-date');
  await setFindingStatus(db, po?.id ?? 0, 'received');
  return db;
}

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

describe('export and import', () => {
  it('round-trips into an empty ledger with the same content', async () => {
    const source = await sampleLedger();
    const data = clone(await exportLedger(source, T0 + 3 * DAY));
    expect(data).toMatchObject({ format: 'quid-ledger', version: 1, exportedAt: T0 + 3 * DAY });
    expect(data.sends).toHaveLength(3);

    const target = fresh();
    expect(await importLedger(target, data)).toEqual({ sends: 3, skipped: 0 });
    expect(await contentOf(target)).toEqual(await contentOf(source));
  });

  it('round-trips a seeded ledger', async () => {
    const source = fresh();
    await seedLedger(source, { buyers: 25, sends: 150, seed: 3 });
    const target = fresh();
    expect(await importLedger(target, clone(await exportLedger(source)))).toEqual({ sends: 150, skipped: 0 });
    expect(await contentOf(target)).toEqual(await contentOf(source));
  });

  it('merges: emails already in the ledger are skipped, new ones get new ids', async () => {
    const source = await sampleLedger();
    const data = clone(await exportLedger(source));
    const target = fresh();
    await recordSend(target, sent({ sendId: 'send-a-0002', to: ['priya@acme.com', 'joe@globex.com'], at: T0 + DAY, gives: [GIVES.price15, GIVES.demo], gets: [GETS.po] }), policy());
    await recordSend(target, sent({ sendId: 'send-b-0001', to: ['priya@acme.com'], at: T0 + 5 * DAY, gets: [GETS.meeting] }), policy());

    expect(await importLedger(target, data)).toEqual({ sends: 2, skipped: 1 });
    expect((await target.sends.toArray()).map((s) => [s.id, s.sendKey])).toEqual([
      [1, 'send-a-0002'],
      [2, 'send-b-0001'],
      [3, 'send-a-0001'],
      [4, 'send-a-0003'],
    ]);
    // acme: 10% (3) + budget (1), 15% + demo (5) + PO (3), meeting (2).
    expect(await target.buyers.get('acme.com')).toMatchObject({ sends: 3, giveWeight: 8, getWeight: 6, balance: -2 });
    expect(await importLedger(target, data)).toEqual({ sends: 0, skipped: 3 });
    expect(await target.sends.count()).toBe(4);
  });

  it('imports in one transaction: a failure half-way leaves the ledger as it was', async () => {
    const data = clone(await exportLedger(await sampleLedger()));
    const target = fresh();
    await recordSend(target, sent({ sendId: 'send-b-0001', gets: [GETS.meeting] }), policy());
    const before = await contentOf(target);
    vi.spyOn(target.findings, 'bulkAdd').mockRejectedValueOnce(new Error('quota exceeded'));
    await expect(importLedger(target, data)).rejects.toThrow('quota exceeded');
    expect(await contentOf(target)).toEqual(before);
  });

  it('recomputes the buyers instead of trusting the file’s aggregates, and takes a finding’s accounts from its email', async () => {
    const source = await sampleLedger();
    const data = clone(await exportLedger(source));
    for (const b of data.buyers) Object.assign(b, { balance: 999, sends: 999, flags: [] });
    for (const f of data.findings) f.accounts = ['evil.com'];
    const target = fresh();
    await importLedger(target, data);
    expect(await target.buyers.toArray()).toEqual(await source.buyers.toArray());
    expect(await target.findings.where('accounts').equals('evil.com').count()).toBe(0);
  });
});

type Draft = Record<string, unknown> & LedgerExport;
/** A case that edits a copy of a valid export in place. */
const edit = (change: (d: Draft) => void) => (d: Draft) => {
  change(d);
  return d;
};

describe('parseLedgerExport', () => {
  let valid: LedgerExport;

  it('accepts an export', async () => {
    valid = clone(await exportLedger(await sampleLedger()));
    expect(parseLedgerExport(valid)).toEqual({ ok: true, value: valid });
  });

  it.each<[string, (d: Draft) => unknown, string]>([
    ['a foreign JSON file', () => ({ name: 'my-app', version: '1.0.0' }), 'This is not a Quid ledger export'],
    ['null', () => null, 'This is not a Quid ledger export'],
    ['an array', () => [1, 2], 'This is not a Quid ledger export'],
    ['a future version', edit((d) => (d.version = 2 as 1)), 'ledger.version: 2 is not a version this Quid can read'],
    ['an unknown top-level field', edit((d) => (d.extra = true)), 'ledger.extra: unexpected field'],
    ['a missing table', edit((d) => delete (d as Partial<LedgerExport>).findings), 'ledger.findings: not an array'],
    ['a send without a time', edit((d) => Object.assign(d.sends[1] ?? {}, { sentAt: 'yesterday' })), 'ledger.sends[1].sentAt: not a finite number'],
    ['a send with an unknown host', edit((d) => Object.assign(d.sends[0] ?? {}, { host: 'yahoo' })), 'ledger.sends[0].host: not one of gmail|outlook'],
    ['a subject too long', edit((d) => Object.assign(d.sends[0] ?? {}, { subject: 'x'.repeat(501) })), 'ledger.sends[0].subject: longer than 500'],
    ['a send to no account', edit((d) => Object.assign(d.sends[0] ?? {}, { accounts: [] })), 'ledger.sends[0].accounts: empty'],
    ['an upper-case account', edit((d) => Object.assign(d.sends[0] ?? {}, { accounts: ['ACME.com'] })), 'ledger.sends[0].accounts[0]: not an account'],
    ['two sends with one key', edit((d) => Object.assign(d.sends[1] ?? {}, { sendKey: d.sends[0]?.sendKey })), 'ledger.sends[1].sendKey: appears twice'],
    ['a fractional id', edit((d) => Object.assign(d.sends[0] ?? {}, { id: 1.5 })), 'ledger.sends[0].id: not an id'],
    ['a get with a give status', edit((d) => Object.assign(d.findings.find((f) => f.kind === 'get') ?? {}, { status: 'intentional' })), 'status: not one of asked|received|declined'],
    ['a give with a level', edit((d) => Object.assign(d.findings[0] ?? {}, { level: 'access' })), 'ledger.findings[0].level: unexpected field'],
    ['an unknown finding kind', edit((d) => Object.assign(d.findings[0] ?? {}, { kind: 'gift' })), 'ledger.findings[0].kind: not one of give|get'],
    ['a finding of a missing send', edit((d) => Object.assign(d.findings[2] ?? {}, { sendId: 77 })), 'ledger.findings[2].sendId: no send 77 in the file'],
    ['a quote too long', edit((d) => Object.assign(d.findings[0] ?? {}, { quote: 'q'.repeat(301) })), 'ledger.findings[0].quote: longer than 300'],
    ['a contact with neither address nor name', edit((d) => Object.assign(d.contacts[0] ?? {}, { address: null, name: null })), 'ledger.contacts[0]: neither address nor name'],
    ['a buyer with a bad flag', edit((d) => Object.assign(d.buyers[0] ?? {}, { flags: [{ kind: 'pwned', message: '' }] })), 'ledger.buyers[0].flags[0].kind: not one of'],
    ['a trend too long', edit((d) => Object.assign(d.buyers[0] ?? {}, { trend: Array.from({ length: 25 }, () => 0) })), 'ledger.buyers[0].trend: more than 24 items'],
  ])('rejects %s, naming the first problem', (_what, make, message) => {
    const result = parseLedgerExport(make(clone(valid) as Draft));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(message);
  });

  it('rejects a bad file whole: importing it changes nothing', async () => {
    const db = await sampleLedger();
    const before = await contentOf(db);
    // Valid up to its last finding: nothing of the rest may be written either.
    const bad = edit((x) => {
      x.sends.forEach((s) => (s.sendKey = `${s.sendKey}-new`));
      Object.assign(x.findings.at(-1) ?? {}, { category: 'bribe' });
    })(clone(valid) as Draft);
    await expect(importLedger(db, bad)).rejects.toThrow(LedgerImportError);
    await expect(importLedger(db, { format: 'something-else' })).rejects.toThrow('Nothing was imported: This is not a Quid ledger export');
    expect(await contentOf(db)).toEqual(before);
  });
});

describe('CSV', () => {
  it('quotes per RFC 4180', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('')).toBe('');
  });

  it.each([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+1 555', "'+1 555"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', `"'\rcmd"`],
  ])('neutralises the formula %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('has one row per finding with its email’s details', async () => {
    const db = fresh();
    await recordSend(db, sent({ to: ['priya@acme.com', 'joe@globex.com'], at: T0, subject: '=cmd|" /C calc"!A0, pricing', gives: [give('percent-off', 'price', '15% off, "final"')], gets: [GETS.po] }), policy());
    await recordSend(db, sent({ to: ['jane@gmail.com'], at: T0 + DAY, subject: 'Next steps', gives: [GIVES.schedule] }), policy({ storeQuotes: false }));
    const csv = await exportCsv(db);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toEqual([
      CSV_COLUMNS.join(','),
      `acme.com globex.com,2025-06-01T09:00:00.000Z,"'=cmd|"" /C calc""!A0, pricing",gmail,give,price,percent-off,given,"15% off, ""final"""`,
      `acme.com globex.com,2025-06-01T09:00:00.000Z,"'=cmd|"" /C calc""!A0, pricing",gmail,get,commitment,act-by-date,asked,PO by Friday`,
      'jane@gmail.com,2025-06-02T09:00:00.000Z,Next steps,gmail,give,time,work-around-your-schedule,given,',
      '',
    ]);
  });
});
