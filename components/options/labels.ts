import type { GetLevel, GiveCategory, Verdict } from '@/lib/engine/types';

/** Anything with a kind and its class: a rule, a custom rule, a finding. */
export type Classified = { kind: 'give'; category: GiveCategory } | { kind: 'get'; level: GetLevel };

/** `give/price`, `get/access`: the kind and class as the CLI and the ledger spell them. */
export function kindLabel(item: Classified): string {
  return item.kind === 'give' ? `give/${item.category}` : `get/${item.level}`;
}

export const VERDICT_TEXT: Readonly<Record<Verdict, string>> = {
  'no-give': 'nothing given',
  reciprocated: 'every give asks for something back',
  unreciprocated: 'gives and asks for nothing back',
};
