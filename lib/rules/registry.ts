import { accessAsks } from './access-asks.ts';
import { commercialTerms } from './commercial-terms.ts';
import { commitmentAsks } from './commitment-asks.ts';
import { freeResources } from './free-resources.ts';
import { informationAsks } from './information-asks.ts';
import { priceConcessions } from './price-concessions.ts';
import { scheduleDeference } from './schedule-deference.ts';
import type { RuleSet } from './types.ts';

/**
 * Every rule set, in the order the options page lists them. Ids are public:
 * they are stored in settings and the ledger, so a set is never renamed.
 * Order matters where two rules match the same words: the earlier wins a tie.
 */
export const RULE_SETS: readonly RuleSet[] = [
  priceConcessions,
  commercialTerms,
  freeResources,
  scheduleDeference,
  commitmentAsks,
  accessAsks,
  informationAsks,
];

export function findRuleSet(id: string): RuleSet | undefined {
  return RULE_SETS.find((s) => s.id === id);
}
