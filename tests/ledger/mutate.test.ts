import { afterEach, describe, expect, it } from 'vitest';
import type { LedgerDb } from '../../lib/ledger/db.ts';
import { deleteAll, deleteBuyer, purgeOlderThan, setFindingStatus } from '../../lib/ledger/mutate.ts';
import { recordSend } from '../../lib/ledger/record.ts';
import { DAY, GETS, GIVES, T0, contentOf, openDb, policy, sent } from './helpers.ts';

let db: LedgerDb;
afterEach(() => db?.close());

async function findingId(ruleId: string): Promise<number> {
  const f = (await db.findings.toArray()).find((x) => x.ruleId === ruleId);
  if (f?.id === undefined) throw new Error(`no finding ${ruleId}`);
  return f.id;
}

describe('setFindingStatus', () => {
  it('changes the balance when a get is declined or received, not when a give is marked intentional', async () => {
    db = openDb();
    await recordSend(db, sent({ gives: [GIVES.price15], gets: [GETS.po, GETS.meeting] }), policy());
    expect(await db.buyers.get('acme.com')).toMatchObject({ gets: 2, getWeight: 5, balance: 2 });

    await setFindingStatus(db, await findingId('act-by-date'), 'declined');
    expect(await db.buyers.get('acme.com')).toMatchObject({ gets: 1, getWeight: 2, balance: -1 });
    expect((await db.sends.toArray())[0]).toMatchObject({ giveWeight: 3, getWeight: 2 });

    await setFindingStatus(db, await findingId('act-by-date'), 'received');
    expect(await db.buyers.get('acme.com')).toMatchObject({ gets: 2, getWeight: 5, balance: 2 });
    expect((await db.sends.toArray())[0]).toMatchObject({ getWeight: 5 });

    await setFindingStatus(db, await findingId('percent-off'), 'intentional');
    expect((await db.findings.get(await findingId('percent-off')))?.status).toBe('intentional');
    expect(await db.buyers.get('acme.com')).toMatchObject({ gives: 1, giveWeight: 3, balance: 2 });
  });

  it('updates every account the email went to', async () => {
    db = openDb();
    await recordSend(db, sent({ to: ['priya@acme.com', 'joe@globex.com'], gets: [GETS.po] }), policy());
    await setFindingStatus(db, await findingId('act-by-date'), 'declined');
    expect((await db.buyers.get('acme.com'))?.balance).toBe(0);
    expect((await db.buyers.get('globex.com'))?.balance).toBe(0);
  });

  it('lets a declined ask clear the gives-in-a-row flag only while it is not declined', async () => {
    db = openDb();
    await recordSend(db, sent({ at: T0, gives: [GIVES.demo] }), policy());
    await recordSend(db, sent({ at: T0 + DAY, gives: [GIVES.demo], gets: [GETS.po] }), policy());
    await recordSend(db, sent({ at: T0 + 2 * DAY, gives: [GIVES.demo] }), policy());
    expect((await db.buyers.get('acme.com'))?.flags.map((f) => f.kind)).not.toContain('gives-in-a-row');
    await setFindingStatus(db, await findingId('act-by-date'), 'declined');
    expect((await db.buyers.get('acme.com'))?.flags.map((f) => f.kind)).toContain('gives-in-a-row');
  });

  it('rejects a status of the other kind, or an unknown finding, and changes nothing', async () => {
    db = openDb();
    await recordSend(db, sent({ gives: [GIVES.price15], gets: [GETS.po] }), policy());
    const before = await contentOf(db);
    await expect(setFindingStatus(db, await findingId('percent-off'), 'declined')).rejects.toThrow('A give cannot be marked "declined"');
    await expect(setFindingStatus(db, await findingId('act-by-date'), 'intentional')).rejects.toThrow('A get cannot be marked "intentional"');
    await expect(setFindingStatus(db, 999, 'received')).rejects.toThrow('No finding #999');
    expect(await contentOf(db)).toEqual(before);
  });
});

describe('deleteBuyer', () => {
  it('removes the buyer, its contacts and its own emails, and keeps shared emails for the others', async () => {
    db = openDb();
    await recordSend(db, sent({ sendId: 'only-acme-1', to: [{ address: 'priya@acme.com', name: 'Priya' }], at: T0, gives: [GIVES.price15] }), policy());
    await recordSend(db, sent({ sendId: 'shared-0001', to: ['priya@acme.com', 'joe@globex.com'], at: T0 + DAY, gives: [GIVES.demo], gets: [GETS.meeting] }), policy());
    await recordSend(db, sent({ sendId: 'globex-0001', to: ['joe@globex.com'], at: T0 + 2 * DAY, gets: [GETS.po] }), policy());
    const globexBefore = await db.buyers.get('globex.com');

    await deleteBuyer(db, 'acme.com');

    expect(await db.buyers.get('acme.com')).toBeUndefined();
    expect((await db.contacts.toArray()).map((c) => c.account)).toEqual(['globex.com']);
    expect((await db.sends.toArray()).map((s) => [s.sendKey, s.accounts])).toEqual([
      ['shared-0001', ['globex.com']],
      ['globex-0001', ['globex.com']],
    ]);
    const findings = await db.findings.toArray();
    expect(findings.map((f) => [f.ruleId, f.accounts])).toEqual([
      ['custom-demo', ['globex.com']],
      ['meeting-request', ['globex.com']],
      ['act-by-date', ['globex.com']],
    ]);
    expect(await db.findings.where('accounts').equals('acme.com').count()).toBe(0);
    expect(await db.buyers.get('globex.com')).toEqual(globexBefore);
  });

  it('is harmless for an unknown account', async () => {
    db = openDb();
    await recordSend(db, sent({ gives: [GIVES.price15] }), policy());
    const before = await contentOf(db);
    await deleteBuyer(db, 'nobody.com');
    expect(await contentOf(db)).toEqual(before);
  });
});

describe('deleteAll', () => {
  it('empties every table', async () => {
    db = openDb();
    await recordSend(db, sent({ gives: [GIVES.price15], gets: [GETS.po] }), policy());
    await deleteAll(db);
    expect(await Promise.all([db.buyers.count(), db.contacts.count(), db.sends.count(), db.findings.count()])).toEqual([0, 0, 0, 0]);
  });
});

describe('purgeOlderThan', () => {
  it('deletes old emails, recomputes the buyers left and removes those with nothing left', async () => {
    db = openDb();
    await recordSend(db, sent({ to: ['priya@acme.com', 'old@acme.com'], at: T0, gives: [GIVES.price15] }), policy());
    await recordSend(db, sent({ to: ['priya@acme.com'], at: T0 + 10 * DAY, gives: [GIVES.schedule], gets: [GETS.meeting] }), policy());
    await recordSend(db, sent({ to: ['joe@globex.com'], at: T0 + DAY, gives: [GIVES.demo] }), policy());

    expect(await purgeOlderThan(db, T0 + 5 * DAY)).toBe(2);

    expect((await db.sends.toArray()).map((s) => s.sentAt)).toEqual([T0 + 10 * DAY]);
    expect((await db.findings.toArray()).map((f) => f.ruleId)).toEqual(['work-around-your-schedule', 'meeting-request']);
    expect(await db.buyers.get('acme.com')).toMatchObject({ sends: 1, firstSentAt: T0 + 10 * DAY, balance: 1, trend: [1], flags: [] });
    expect(await db.buyers.get('globex.com')).toBeUndefined();
    expect((await db.contacts.toArray()).map((c) => c.address)).toEqual(['priya@acme.com']);
    expect(await purgeOlderThan(db, T0 + 5 * DAY)).toBe(0);
  });
});
