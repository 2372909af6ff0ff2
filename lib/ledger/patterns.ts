/**
 * Concession patterns across one buyer's history: what a sales manager would
 * point at in a pipeline review. Pure functions of the history (oldest
 * first), so they are recomputed with the buyer's aggregates on every write.
 */
import { GIVE_WEIGHTS } from '../engine/types.ts';
import type { AccountKey, ConcessionFlag, GetRecord, GiveRecord } from './types.ts';

/** What the patterns need of one send: its findings (already in date order). */
export interface SendFindings {
  gives: readonly GiveRecord[];
  gets: readonly GetRecord[];
}

/** How many sends with gives in a row, without a real ask, make a pattern. */
export const GIVES_IN_A_ROW = 3;
/** Rising give weight over this many sends with gives makes a pattern. */
export const GROWING_OVER = 3;

const PERCENT = /(\d{1,3}(?:[.,]\d{1,2})?)\s?(?:%|per ?cent\b|pct\b)/gi;

/** Percentages in a quote ("take 15% off", "12.5 percent"), 0 < p ≤ 100. */
export function percentagesIn(quote: string | null): number[] {
  if (quote === null) return [];
  const found: number[] = [];
  for (const m of quote.matchAll(PERCENT)) {
    const p = Number((m[1] ?? '').replace(',', '.'));
    if (p > 0 && p <= 100) found.push(p);
  }
  return found;
}

/** The largest discount percentage in a send's price gives, when its quotes name one. */
export function discountOf(send: SendFindings): number | null {
  const all = send.gives.filter((g) => g.category === 'price').flatMap((g) => percentagesIn(g.quote));
  return all.length > 0 ? Math.max(...all) : null;
}

function giveWeightOf(send: SendFindings): number {
  return send.gives.reduce((sum, g) => sum + GIVE_WEIGHTS[g.category], 0);
}

/** A get that moves the deal: access or commitment, unless the buyer declined it. */
function hasRealAsk(send: SendFindings): boolean {
  return send.gets.some((g) => g.level !== 'information' && g.status !== 'declined');
}

function ordinal(n: number): string {
  const words = ['Zeroth', 'First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth'];
  const word = words[n];
  if (word !== undefined) return word;
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

const formatPercent = (p: number) => `${p}%`;

/** A second or later email with a price concession to the same buyer. */
export function repeatPrice(account: AccountKey, history: readonly SendFindings[]): ConcessionFlag | null {
  const n = history.filter((s) => s.gives.some((g) => g.category === 'price')).length;
  if (n < 2) return null;
  return { kind: 'repeat-price', message: `${ordinal(n)} price concession to ${account}: trade the next one for a commitment.` };
}

/**
 * Concessions that get bigger: a discount percentage above an earlier one
 * (10%, then 15%), or give weight rising over each of the last three sends
 * with gives. Either teaches the buyer that waiting pays.
 */
export function growingConcessions(account: AccountKey, history: readonly SendFindings[]): ConcessionFlag | null {
  let lowest: number | null = null;
  let rise: [number, number] | null = null;
  for (const send of history) {
    const p = discountOf(send);
    if (p === null) continue;
    if (lowest !== null && p > lowest) rise = [lowest, p];
    lowest = lowest === null ? p : Math.min(lowest, p);
  }
  if (rise) {
    return { kind: 'growing-concessions', message: `Discount to ${account} grew from ${formatPercent(rise[0])} to ${formatPercent(rise[1])}: the buyer learns that waiting pays.` };
  }
  const weights = history.filter((s) => s.gives.length > 0).slice(-GROWING_OVER).map(giveWeightOf);
  const rising = weights.length === GROWING_OVER && weights.every((w, i) => i === 0 || w > (weights[i - 1] ?? Infinity));
  if (!rising) return null;
  return { kind: 'growing-concessions', message: `Each of your last ${GROWING_OVER} emails to ${account} gave more than the one before.` };
}

/** The latest sends all gave something with no access or commitment ask the buyer did not decline. */
export function givesInARow(account: AccountKey, history: readonly SendFindings[]): ConcessionFlag | null {
  let run = 0;
  for (let i = history.length - 1; i >= 0; i--) {
    const send = history[i];
    if (!send || send.gives.length === 0 || hasRealAsk(send)) break;
    run++;
  }
  if (run < GIVES_IN_A_ROW) return null;
  return { kind: 'gives-in-a-row', message: `${run} emails in a row to ${account} gave without asking for access or a commitment.` };
}

/** Every pattern in a buyer's history (oldest first), in a fixed order. */
export function concessionFlags(account: AccountKey, history: readonly SendFindings[]): ConcessionFlag[] {
  return [repeatPrice, growingConcessions, givesInARow].flatMap((detect) => detect(account, history) ?? []);
}
