import { describe, expect, it } from 'vitest';
import type { GetLevel, GiveCategory } from '../../lib/engine/types.ts';
import { concessionFlags, discountOf, givesInARow, growingConcessions, percentagesIn, repeatPrice, type SendFindings } from '../../lib/ledger/patterns.ts';
import type { GetRecord, GetStatus, GiveRecord } from '../../lib/ledger/types.ts';

const base = { sendId: 1, accounts: ['acme.com'], sentAt: 0 };
const g = (category: GiveCategory, quote: string | null = null, ruleId = 'some-give'): GiveRecord => ({ ...base, kind: 'give', category, ruleId, quote, status: 'given' });
const a = (level: GetLevel, status: GetStatus = 'asked'): GetRecord => ({ ...base, kind: 'get', level, ruleId: 'some-get', quote: null, status });
const send = (gives: GiveRecord[], gets: GetRecord[] = []): SendFindings => ({ gives, gets });

describe('percentagesIn', () => {
  it('reads percentages from a quote', () => {
    expect(percentagesIn('I can take 15% off, or 12.5 percent on two years')).toEqual([15, 12.5]);
    expect(percentagesIn('an extra 7,5 % and 20pct')).toEqual([7.5, 20]);
    expect(percentagesIn('we waive the fee')).toEqual([]);
    expect(percentagesIn('450% growth')).toEqual([]);
    expect(percentagesIn(null)).toEqual([]);
  });

  it('takes the largest discount among a send’s price gives only', () => {
    expect(discountOf(send([g('price', '10% off'), g('price', '12% off'), g('terms', '50% upfront')]))).toBe(12);
    expect(discountOf(send([g('terms', '50% upfront')]))).toBeNull();
  });
});

describe('repeat-price', () => {
  it('is quiet after one price concession', () => {
    expect(repeatPrice('acme.com', [send([g('price')]), send([g('terms')])])).toBeNull();
  });

  it('flags the second and later emails with a price concession', () => {
    expect(repeatPrice('acme.com', [send([g('price')]), send([g('time')]), send([g('price')])])).toEqual({
      kind: 'repeat-price',
      message: 'Second price concession to acme.com: trade the next one for a commitment.',
    });
    const many = Array.from({ length: 12 }, () => send([g('price')]));
    expect(repeatPrice('acme.com', many)?.message).toMatch(/^12th price concession to acme\.com/);
  });
});

describe('growing-concessions', () => {
  it('flags a discount that grows (10%, then 15%)', () => {
    const history = [send([g('price', 'I can take 10% off')]), send([g('time')]), send([g('price', 'we could stretch to 15% off')])];
    expect(growingConcessions('acme.com', history)).toEqual({
      kind: 'growing-concessions',
      message: 'Discount to acme.com grew from 10% to 15%: the buyer learns that waiting pays.',
    });
  });

  it('does not flag a discount that shrinks or stays', () => {
    expect(growingConcessions('acme.com', [send([g('price', '15% off')]), send([g('price', '10% off')])])).toBeNull();
    expect(growingConcessions('acme.com', [send([g('price', '10% off')]), send([g('price', '10% off')])])).toBeNull();
  });

  it('flags give weight rising over the last three emails with gives', () => {
    // time 1 → resources 2 → price 3; the email without gives in between does not break it.
    const history = [send([g('price'), g('price')]), send([g('time')]), send([], [a('information')]), send([g('resources')]), send([g('price')])];
    expect(growingConcessions('acme.com', history)?.message).toBe('Each of your last 3 emails to acme.com gave more than the one before.');
  });

  it('does not flag flat or falling weight', () => {
    expect(growingConcessions('acme.com', [send([g('time')]), send([g('time')]), send([g('price')])])).toBeNull();
    expect(growingConcessions('acme.com', [send([g('price')]), send([g('resources')]), send([g('time')])])).toBeNull();
    expect(growingConcessions('acme.com', [send([g('time')]), send([g('price')])])).toBeNull();
  });
});

describe('gives-in-a-row', () => {
  it('flags three emails in a row that give with no real ask', () => {
    const history = [send([g('time')], [a('information')]), send([g('resources')]), send([g('price')], [a('commitment', 'declined')])];
    expect(givesInARow('acme.com', history)).toEqual({ kind: 'gives-in-a-row', message: '3 emails in a row to acme.com gave without asking for access or a commitment.' });
  });

  it('counts only the latest run', () => {
    const history = [send([g('time')]), send([g('time')]), send([g('time')], [a('access')]), send([g('time')]), send([g('time')])];
    expect(givesInARow('acme.com', history)).toBeNull();
    expect(givesInARow('acme.com', [...history, send([g('price')]), send([g('price')])])?.message).toMatch(/^4 emails in a row/);
  });

  it('is broken by an email without gives or with an access or commitment ask', () => {
    expect(givesInARow('acme.com', [send([g('time')]), send([]), send([g('time')]), send([g('time')])])).toBeNull();
    expect(givesInARow('acme.com', [send([g('time')]), send([g('time')], [a('commitment', 'received')]), send([g('time')])])).toBeNull();
  });
});

describe('concessionFlags', () => {
  it('lists every pattern found, in a fixed order', () => {
    const history = [send([g('price', '10% off')]), send([g('price', '15% off')]), send([g('price', '20% off')])];
    expect(concessionFlags('acme.com', history).map((f) => f.kind)).toEqual(['repeat-price', 'growing-concessions', 'gives-in-a-row']);
    expect(concessionFlags('acme.com', [])).toEqual([]);
  });
});
