import { afterEach, describe, expect, it } from 'vitest';
import type { LedgerDb } from '../../lib/ledger/db.ts';
import { setFindingStatus } from '../../lib/ledger/mutate.ts';
import { buyerDetail, buyerSummaries, listBuyers } from '../../lib/ledger/queries.ts';
import { recordSend } from '../../lib/ledger/record.ts';
import { DAY, GETS, GIVES, T0, get, give, openDb, policy, sent } from './helpers.ts';

let db: LedgerDb;
afterEach(() => db?.close());

/** acme −3 (older), globex −3 (newer), initech +1, jane@gmail.com −1 (newest). */
async function fourBuyers() {
  db = openDb();
  await recordSend(db, sent({ to: [{ address: 'priya@acme.com', name: 'Priya Shah' }], at: T0, gives: [GIVES.price15] }), policy());
  await recordSend(db, sent({ to: ['joe@globex.com'], at: T0 + DAY, gives: [GIVES.net60] }), policy());
  await recordSend(db, sent({ to: [{ address: 'kim@initech.io', name: 'Kim Okafor' }], at: T0 + 2 * DAY, gives: [GIVES.demo], gets: [GETS.po] }), policy());
  await recordSend(db, sent({ to: ['Jane@Gmail.com'], at: T0 + 3 * DAY, gives: [GIVES.schedule] }), policy());
}

const accounts = (buyers: { account: string }[]) => buyers.map((b) => b.account);

describe('listBuyers', () => {
  it('sorts the most unbalanced first, the most recent first among equals', async () => {
    await fourBuyers();
    expect(accounts(await listBuyers(db, { sort: 'unbalanced' }))).toEqual(['globex.com', 'acme.com', 'jane@gmail.com', 'initech.io']);
  });

  it('reads a first page straight from the index, in the full list\'s order', async () => {
    await fourBuyers();
    expect(accounts(await listBuyers(db, { sort: 'recent', limit: 2 }))).toEqual(['jane@gmail.com', 'initech.io']);
    // The two −3 buyers both make the page and are ordered as in the full list; a search ignores the limit.
    expect(accounts(await listBuyers(db, { sort: 'unbalanced', limit: 2 }))).toEqual(['globex.com', 'acme.com']);
    expect(accounts(await listBuyers(db, { sort: 'unbalanced', limit: 1, search: 'co' }))).toEqual(['globex.com', 'acme.com', 'jane@gmail.com']);
  });

  it('sorts by the latest email', async () => {
    await fourBuyers();
    expect(accounts(await listBuyers(db, { sort: 'recent' }))).toEqual(['jane@gmail.com', 'initech.io', 'globex.com', 'acme.com']);
  });

  it('searches accounts, contact names and addresses, ignoring case', async () => {
    await fourBuyers();
    expect(accounts(await listBuyers(db, { sort: 'recent', search: 'GLOBEX' }))).toEqual(['globex.com']);
    expect(accounts(await listBuyers(db, { sort: 'recent', search: 'okafor' }))).toEqual(['initech.io']);
    expect(accounts(await listBuyers(db, { sort: 'recent', search: 'priya@' }))).toEqual(['acme.com']);
    expect(accounts(await listBuyers(db, { sort: 'unbalanced', search: 'co' }))).toEqual(['globex.com', 'acme.com', 'jane@gmail.com']);
    expect(await listBuyers(db, { sort: 'recent', search: 'nobody' })).toEqual([]);
    expect(await listBuyers(db, { sort: 'recent', search: '  ' })).toHaveLength(4);
  });
});

describe('buyerDetail', () => {
  it('returns null for an unknown account', async () => {
    db = openDb();
    expect(await buyerDetail(db, 'acme.com')).toBeNull();
  });

  it('gives the timeline newest first with each email’s gives and gets, and the contacts', async () => {
    await fourBuyers();
    await recordSend(db, sent({ to: ['priya@acme.com', { address: 'sam@acme.com', name: 'Sam' }], at: T0 + 5 * DAY, subject: 'Next steps', gets: [GETS.meeting] }), policy());
    const detail = await buyerDetail(db, 'acme.com');
    expect(detail?.buyer).toMatchObject({ account: 'acme.com', sends: 2, balance: -1 });
    expect(detail?.timeline.map((t) => [t.send.subject, t.gives.map((x) => x.ruleId), t.gets.map((x) => x.ruleId)])).toEqual([
      ['Next steps', [], ['meeting-request']],
      ['Re: Pricing', ['percent-off'], []],
    ]);
    expect(detail?.contacts.map((c) => [c.address, c.name, c.lastSentAt])).toEqual([
      ['priya@acme.com', 'Priya Shah', T0 + 5 * DAY],
      ['sam@acme.com', 'Sam', T0 + 5 * DAY],
    ]);
  });

  it('summarises what was given and got, in words a sales manager reads', async () => {
    db = openDb();
    await recordSend(db, sent({ at: T0, gives: [GIVES.demo], gets: [GETS.budget] }), policy());
    await recordSend(db, sent({ at: T0 + DAY, gives: [GIVES.price15, GIVES.schedule] }), policy());
    await recordSend(db, sent({ at: T0 + 2 * DAY, gives: [give('whenever-works-for-you', 'time', 'whenever works for you')] }), policy());
    await recordSend(db, sent({ at: T0 + 3 * DAY, gives: [GIVES.schedule] }), policy());
    expect((await buyerDetail(db, 'acme.com'))?.summary).toBe('gave: custom demo, 15% discount, 3 calls on their schedule — got: nothing beyond budget information');
  });

  it('names real gets, and declined ones apart', async () => {
    db = openDb();
    await recordSend(db, sent({ at: T0, gives: [GIVES.net60], gets: [GETS.po, GETS.budget, get('reference-ask', 'commitment', 'a case study')] }), policy());
    const detail = await buyerDetail(db, 'acme.com');
    const reference = detail?.timeline[0]?.gets.find((x) => x.ruleId === 'reference-ask');
    await setFindingStatus(db, reference?.id ?? 0, 'declined');
    expect((await buyerDetail(db, 'acme.com'))?.summary).toBe('gave: net 60 terms — got: dated commitment, plus budget information — declined: reference or case study');
  });

  it('falls back to rule and category words when quotes are not kept', async () => {
    db = openDb();
    const p = policy({ storeQuotes: false });
    await recordSend(db, sent({ at: T0, gives: [GIVES.price15, GIVES.net60, give('my-custom-rule', 'resources', 'bespoke dashboard')] }), p);
    await recordSend(db, sent({ at: T0 + DAY, gives: [GIVES.price15] }), p);
    expect((await buyerDetail(db, 'acme.com'))?.summary).toBe('gave: 2 discounts, longer payment terms, free work — got: nothing');
  });
});

describe('buyerSummaries', () => {
  it('counts within the window, open asks over all time, and keeps the balance and flags', async () => {
    db = openDb();
    const now = T0 + 40 * DAY;
    await recordSend(db, sent({ at: T0, gives: [GIVES.price10], gets: [GETS.po] }), policy());
    await recordSend(db, sent({ at: now - 5 * DAY, gives: [GIVES.price15, GIVES.demo], gets: [GETS.meeting, GETS.budget] }), policy());
    const declined = (await db.findings.toArray()).find((f) => f.ruleId === 'meeting-request');
    await setFindingStatus(db, declined?.id ?? 0, 'declined');

    const summaries = await buyerSummaries(db, ['acme.com', 'unknown.com', 'acme.com'], { now });
    expect(summaries).toEqual([
      {
        account: 'acme.com',
        // gives 3 + 3 + 2; gets 3 + 1 (the meeting declined).
        balance: -4,
        windowDays: 30,
        givesInWindow: 2,
        getsInWindow: 1,
        outstandingAsks: 2,
        flags: [
          { kind: 'repeat-price', message: 'Second price concession to acme.com: trade the next one for a commitment.' },
          { kind: 'growing-concessions', message: 'Discount to acme.com grew from 10% to 15%: the buyer learns that waiting pays.' },
        ],
      },
    ]);
    expect((await buyerSummaries(db, ['acme.com'], { now, windowDays: 60 }))[0]).toMatchObject({ windowDays: 60, givesInWindow: 3, getsInWindow: 2 });
  });

  it('never carries a quote, a subject or a contact', async () => {
    db = openDb();
    await recordSend(db, sent({ to: [{ address: 'priya@acme.com', name: 'Priya Shah' }], subject: 'Secret pricing', gives: [GIVES.demo, GIVES.net60], gets: [GETS.budget] }), policy());
    const json = JSON.stringify(await buyerSummaries(db, ['acme.com'], { now: T0 + DAY }));
    for (const secret of ['custom demo', 'net 60', 'What budget', 'Secret pricing', 'priya', 'Priya Shah']) expect(json).not.toContain(secret);
    expect(JSON.parse(json)).toHaveLength(1);
  });
});

describe('summary of a long history', () => {
  it('keeps the most frequent kinds and counts the others', async () => {
    db = openDb();
    const kinds = [GIVES.demo, GIVES.net60, GIVES.waive, GIVES.schedule, give('travel-to-you', 'time', 'I can fly out'), give('roi-analysis', 'resources', 'ROI analysis'), give('price-lock', 'terms', 'lock the price')];
    // demo ×3 and schedule ×2 first; the rest once each.
    const gives = [GIVES.demo, GIVES.demo, GIVES.schedule, ...kinds];
    await recordSend(db, sent({ gives, gets: [GETS.meeting, GETS.meeting] }), policy());
    expect((await buyerDetail(db, 'acme.com'))?.summary).toBe(
      'gave: 3 custom demos, 2 calls on their schedule, net 60 terms, waived fee, trip to them, ROI analysis and 1 other kind — got: 2 meetings',
    );
  });
});
