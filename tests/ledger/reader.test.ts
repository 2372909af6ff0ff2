import { describe, expect, it, vi } from 'vitest';
import { withPrefetchedList } from '../../lib/ledger/reader.ts';
import type { BuyerRecord, LedgerReader } from '../../lib/ledger/types.ts';

const buyer = (account: string): BuyerRecord => ({ account, firstSentAt: 1, lastSentAt: 1, sends: 1, gives: 1, gets: 0, giveWeight: 3, getWeight: 0, balance: -3, trend: [-3], flags: [] });

function fakeReader(): LedgerReader & { calls: unknown[] } {
  const calls: unknown[] = [];
  let n = 0;
  return {
    calls,
    listBuyers: vi.fn(async (q) => {
      calls.push(q);
      return [buyer(`read-${++n}`)];
    }),
    buyerDetail: async () => null,
    exportJson: async () => ({ format: 'quid-ledger', version: 1, exportedAt: 0, buyers: [], contacts: [], sends: [], findings: [] }),
    exportCsv: async () => '',
  };
}

describe('withPrefetchedList', () => {
  it('starts the read at once and hands it to the first matching call only', async () => {
    const inner = fakeReader();
    const reader = withPrefetchedList(inner, { sort: 'unbalanced' });
    expect(inner.calls).toEqual([{ sort: 'unbalanced' }]);
    expect((await reader.listBuyers({ sort: 'unbalanced', search: '' }))[0]?.account).toBe('read-1');
    expect((await reader.listBuyers({ sort: 'unbalanced' }))[0]?.account).toBe('read-2');
    expect(inner.calls).toHaveLength(2);
  });

  it('reads afresh when the first call asks for something else', async () => {
    const inner = fakeReader();
    const reader = withPrefetchedList(inner, { sort: 'unbalanced' });
    expect((await reader.listBuyers({ sort: 'recent' }))[0]?.account).toBe('read-2');
    expect(inner.calls).toEqual([{ sort: 'unbalanced' }, { sort: 'recent' }]);
  });

  it('passes a failed prefetch on to the call that takes it', async () => {
    const inner = fakeReader();
    inner.listBuyers = () => Promise.reject(new Error('blocked'));
    const reader = withPrefetchedList(inner, { sort: 'unbalanced' });
    await expect(reader.listBuyers({ sort: 'unbalanced' })).rejects.toThrow('blocked');
  });
});
