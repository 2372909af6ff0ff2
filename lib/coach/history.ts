/**
 * What the compose panel says about a draft's buyers, from the aggregates
 * the background returns (never quotes): "acme.com: 4 gives, 0 gets in 30
 * days · balance −7", and the concession patterns it flagged.
 */
import type { BuyerSummary } from '../ledger/types.ts';
import type { Recipients } from '../webmail/types.ts';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');

export function historyLine(s: BuyerSummary): string {
  const outstanding = s.outstandingAsks > 0 ? ` · ${plural(s.outstandingAsks, 'ask')} outstanding` : '';
  return `${s.account}: ${plural(s.givesInWindow, 'give')}, ${plural(s.getsInWindow, 'get')} in ${s.windowDays} days · balance ${signed(s.balance)}${outstanding}`;
}

/** A key that changes when the draft's addressed people change (names matter only without an address). */
export function recipientsKey(r: Recipients): string {
  return [...r.to, ...r.cc, ...r.bcc]
    .map((p) => (p.address ?? `name:${p.name ?? ''}`).toLowerCase())
    .sort()
    .join(',');
}
