import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LedgerDb } from '../../lib/ledger/db.ts';
import { recordSend } from '../../lib/ledger/record.ts';
import { TREND_POINTS } from '../../lib/ledger/types.ts';
import { DAY, GETS, GIVES, T0, give, openDb, policy, sent } from './helpers.ts';

let db: LedgerDb;
afterEach(() => db?.close());

describe('recordSend', () => {
  it('records the send, its findings, contacts and the buyer with weighted balance', async () => {
    db = openDb();
    const message = sent({
      to: [{ address: 'Priya@Acme.com', name: 'Priya Shah' }],
      cc: ['boss@seller.com'],
      gives: [GIVES.price15, GIVES.demo, give('call-anytime', 'time', 'call me any time', true)],
      gets: [GETS.budget, GETS.meeting],
      subject: 'Proposal for Acme',
    });
    expect(await recordSend(db, message, policy())).toEqual({ recorded: true, accounts: ['acme.com'] });

    const [send] = await db.sends.toArray();
    expect(send).toMatchObject({ sendKey: message.sendId, accounts: ['acme.com'], subject: 'Proposal for Acme', host: 'gmail', verdict: 'reciprocated', giveWeight: 6, getWeight: 3 });
    const findings = await db.findings.toArray();
    expect(findings.map((f) => [f.kind, f.ruleId, f.status, f.quote, f.sendId, f.accounts, f.sentAt])).toEqual([
      ['give', 'percent-off', 'given', 'I can take 15% off', send?.id, ['acme.com'], T0],
      ['give', 'custom-demo', 'given', "I'll put together a custom demo", send?.id, ['acme.com'], T0],
      ['give', 'call-anytime', 'intentional', 'call me any time', send?.id, ['acme.com'], T0],
      ['get', 'budget-question', 'asked', 'What budget have you set aside', send?.id, ['acme.com'], T0],
      ['get', 'meeting-request', 'asked', 'Are you available for a quick call', send?.id, ['acme.com'], T0],
    ]);
    expect(await db.contacts.toArray()).toEqual([{ id: 1, account: 'acme.com', address: 'priya@acme.com', name: 'Priya Shah', lastSentAt: T0 }]);
    // price 3 + resources 2 + time 1 (intentional still counts) against information 1 + access 2.
    expect(await db.buyers.get('acme.com')).toEqual({
      account: 'acme.com',
      firstSentAt: T0,
      lastSentAt: T0,
      sends: 1,
      gives: 3,
      gets: 2,
      giveWeight: 6,
      getWeight: 3,
      balance: -3,
      trend: [-3],
      flags: [],
    });
  });

  it('writes everything in one transaction: a failure half-way leaves nothing', async () => {
    db = openDb();
    const transaction = vi.spyOn(db, 'transaction');
    vi.spyOn(db.findings, 'bulkAdd').mockRejectedValueOnce(new Error('disk full'));
    await expect(recordSend(db, sent({ gives: [GIVES.price15] }), policy())).rejects.toThrow('disk full');
    expect(transaction).toHaveBeenCalledTimes(1);
    expect(await db.sends.count()).toBe(0);
    expect(await db.buyers.count()).toBe(0);
    expect(await db.contacts.count()).toBe(0);
  });

  it('records a second delivery of the same send once', async () => {
    db = openDb();
    const message = sent({ gives: [GIVES.price15] });
    expect((await recordSend(db, message, policy())).recorded).toBe(true);
    expect((await recordSend(db, message, policy())).recorded).toBe(false);
    expect(await db.sends.count()).toBe(1);
    expect(await db.findings.count()).toBe(1);
    expect((await db.buyers.get('acme.com'))?.balance).toBe(-3);
  });

  it('loses nothing when two tabs record at once, and records a duplicate once', async () => {
    db = openDb();
    const messages = Array.from({ length: 8 }, (_, i) =>
      sent({ to: [`rep${i}@acme.com`], at: T0 + i * 1000, gives: [GIVES.demo], gets: i % 2 === 0 ? [GETS.po] : [] }),
    );
    const duplicate = messages[0];
    if (!duplicate) throw new Error('no message');
    const results = await Promise.all([...messages, duplicate].map((m) => recordSend(db, m, policy())));
    expect(results.filter((r) => r.recorded)).toHaveLength(8);
    expect(await db.sends.count()).toBe(8);
    expect(await db.contacts.count()).toBe(8);
    const buyer = await db.buyers.get('acme.com');
    // 8 demos (2 each) against 4 POs (3 each).
    expect(buyer).toMatchObject({ sends: 8, gives: 8, gets: 4, giveWeight: 16, getWeight: 12, balance: -4 });
  });

  it('stores no quote when the privacy option is off', async () => {
    db = openDb();
    await recordSend(db, sent({ gives: [GIVES.price15, GIVES.demo], gets: [GETS.po] }), policy({ storeQuotes: false }));
    const findings = await db.findings.toArray();
    expect(findings).toHaveLength(3);
    expect(findings.every((f) => f.quote === null)).toBe(true);
    expect(JSON.stringify(await db.findings.toArray())).not.toContain('15%');
  });

  it('does not record an email with no buyer among its recipients', async () => {
    db = openDb();
    expect(await recordSend(db, sent({ to: ['boss@seller.com'], cc: [{ address: null, name: 'Dana' }], gives: [GIVES.price15] }), policy())).toEqual({ recorded: false, accounts: [] });
    expect(await db.sends.count()).toBe(0);
    expect(await db.contacts.count()).toBe(0);
  });

  it('counts an email to two accounts for each of them', async () => {
    db = openDb();
    const result = await recordSend(db, sent({ to: ['priya@acme.com', 'joe@globex.com'], gives: [GIVES.net60], gets: [GETS.meeting] }), policy());
    expect(result.accounts).toEqual(['acme.com', 'globex.com']);
    expect(await db.sends.count()).toBe(1);
    for (const account of ['acme.com', 'globex.com']) {
      expect(await db.buyers.get(account)).toMatchObject({ sends: 1, giveWeight: 3, getWeight: 2, balance: -1 });
    }
    expect((await db.findings.toArray()).map((f) => f.accounts)).toEqual([
      ['acme.com', 'globex.com'],
      ['acme.com', 'globex.com'],
    ]);
  });

  it('keeps the running balance per send, oldest first, and the last TREND_POINTS of it', async () => {
    db = openDb();
    // Recorded out of order: the trend follows sentAt, not arrival.
    await recordSend(db, sent({ at: T0 + 2 * DAY, gets: [GETS.po] }), policy());
    await recordSend(db, sent({ at: T0, gives: [GIVES.price15] }), policy());
    await recordSend(db, sent({ at: T0 + DAY, gives: [GIVES.schedule] }), policy());
    expect(await db.buyers.get('acme.com')).toMatchObject({ firstSentAt: T0, lastSentAt: T0 + 2 * DAY, trend: [-3, -4, -1], balance: -1 });

    for (let i = 0; i < TREND_POINTS; i++) await recordSend(db, sent({ at: T0 + (3 + i) * DAY, gives: [GIVES.schedule] }), policy());
    const trend = (await db.buyers.get('acme.com'))?.trend ?? [];
    expect(trend).toHaveLength(TREND_POINTS);
    expect(trend[0]).toBe(-2);
    expect(trend.at(-1)).toBe(-1 - TREND_POINTS);
  });

  it('updates a contact instead of adding it twice, keeping a name once learnt', async () => {
    db = openDb();
    await recordSend(db, sent({ to: [{ address: 'priya@acme.com', name: 'Priya Shah' }], at: T0 }), policy());
    await recordSend(db, sent({ to: [{ address: 'PRIYA@acme.com', name: null }, { address: null, name: 'Dana Lee' }], at: T0 + DAY }), policy());
    await recordSend(db, sent({ to: [{ address: 'priya@acme.com', name: null }, { address: null, name: 'Dana Lee' }], at: T0 + 2 * DAY }), policy());
    const contacts = await db.contacts.toArray();
    expect(contacts.map(({ address, name, lastSentAt }) => ({ address, name, lastSentAt }))).toEqual([
      { address: 'priya@acme.com', name: 'Priya Shah', lastSentAt: T0 + 2 * DAY },
      { address: null, name: 'Dana Lee', lastSentAt: T0 + 2 * DAY },
    ]);
  });

  it('flags a second price concession to the same buyer', async () => {
    db = openDb();
    await recordSend(db, sent({ at: T0, gives: [GIVES.price10] }), policy());
    expect((await db.buyers.get('acme.com'))?.flags).toEqual([]);
    await recordSend(db, sent({ at: T0 + DAY, gives: [GIVES.waive] }), policy());
    expect((await db.buyers.get('acme.com'))?.flags.map((f) => f.kind)).toEqual(['repeat-price']);
  });
});
