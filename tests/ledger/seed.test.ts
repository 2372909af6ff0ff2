import { afterEach, describe, expect, it } from 'vitest';
import { recomputeBuyers } from '../../lib/ledger/aggregate.ts';
import type { LedgerDb } from '../../lib/ledger/db.ts';
import { listBuyers } from '../../lib/ledger/queries.ts';
import { seedLedger } from '../../lib/ledger/seed.ts';
import { contentOf, openDb } from './helpers.ts';

const opened: LedgerDb[] = [];
afterEach(() => opened.splice(0).forEach((db) => db.close()));
const fresh = () => {
  const db = openDb();
  opened.push(db);
  return db;
};

describe('seedLedger', () => {
  it('fills the ledger with the asked-for numbers of buyers and emails', async () => {
    const db = fresh();
    const result = await seedLedger(db, { buyers: 40, sends: 300, seed: 5 });
    expect(result).toMatchObject({ buyers: 40, sends: 300 });
    expect(await db.buyers.count()).toBe(40);
    expect(await db.sends.count()).toBe(300);
    expect(await db.findings.count()).toBe(result.findings);
    expect(result.findings).toBeGreaterThan(300);
    expect(await db.contacts.count()).toBe(result.contacts);
    // Personal-provider buyers are accounts of their own.
    expect((await db.buyers.toArray()).some((b) => b.account.includes('@'))).toBe(true);
    // Some emails went to two buyers.
    expect((await db.sends.toArray()).some((s) => s.accounts.length === 2)).toBe(true);
  });

  it('is deterministic for a seed, and differs across seeds', async () => {
    const [a, b, c] = [fresh(), fresh(), fresh()];
    await seedLedger(a, { buyers: 20, sends: 120, seed: 9 });
    await seedLedger(b, { buyers: 20, sends: 120, seed: 9 });
    await seedLedger(c, { buyers: 20, sends: 120, seed: 10 });
    expect(await contentOf(a)).toEqual(await contentOf(b));
    expect(await contentOf(a)).not.toEqual(await contentOf(c));
  });

  it('computes the same aggregates as recording does', async () => {
    const db = fresh();
    await seedLedger(db, { buyers: 30, sends: 400, seed: 2 });
    const seeded = await db.buyers.toArray();
    await db.buyers.clear();
    await db.transaction('rw', [db.buyers, db.contacts, db.sends, db.findings], () => recomputeBuyers(db, seeded.map((b) => b.account)));
    expect(await db.buyers.toArray()).toEqual(seeded);
    expect(seeded.some((b) => b.flags.length > 0)).toBe(true);
    expect(seeded.some((b) => b.balance < 0) && seeded.some((b) => b.balance >= 0)).toBe(true);
  });

  it('fills an empty ledger only', async () => {
    const db = fresh();
    await seedLedger(db, { buyers: 3, sends: 3 });
    await expect(seedLedger(db, { buyers: 3, sends: 3, seed: 2 })).rejects.toThrow('empty ledger only');
    expect(await db.sends.count()).toBe(3);
  });

  it('seeds a thousand buyers quickly enough to list', async () => {
    const db = fresh();
    const started = performance.now();
    // A quarter of the benchmark's 20,000 emails: enough to catch a seed that grows quadratically.
    await seedLedger(db, { buyers: 1_000, sends: 5_000, seed: 7 });
    const seeded = performance.now() - started;
    expect(await db.buyers.count()).toBe(1_000);
    const list = await listBuyers(db, { sort: 'unbalanced' });
    expect(list).toHaveLength(1_000);
    expect((list[0]?.balance ?? 0) <= (list.at(-1)?.balance ?? 0)).toBe(true);
    // fake-indexeddb is far slower than a browser's; this only guards against a quadratic seed.
    expect(seeded).toBeLessThan(15_000);
  }, 60_000);
});
