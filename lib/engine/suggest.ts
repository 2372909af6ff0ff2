import type { CompiledRules } from './compile.ts';
import { defaultAsk } from './compile.ts';
import type { GiveCategory, Give, Suggestion } from './types.ts';
import type { ReciprocalAsk } from '../rules/types.ts';

/**
 * The Give-Get Matrix: each give is answered by an ask at least as valuable.
 * Price and terms cost margin, so they call for a commitment; resources call
 * for access to the people who decide, or a commitment when they are large;
 * time calls for a fixed meeting with the right people.
 */
const SECOND_ASK: Readonly<Record<GiveCategory, ReciprocalAsk>> = {
  price: {
    level: 'commitment',
    text: 'If we can get to that number, can we agree to a two-year term and a signature by the end of the month?',
  },
  terms: {
    level: 'commitment',
    text: 'If we can make those terms work, can you commit to a decision date so we can put it in the order form?',
  },
  resources: {
    level: 'access',
    text: 'If we invest that time for you, could the person who signs off on this join us for 30 minutes to review it?',
  },
  time: {
    level: 'access',
    text: 'If we keep the timing flexible for you, could we put a fixed time on the calendar with you and the other decision makers?',
  },
};

/** Each rule set's asks by give rule id, built once per compiled set rather than once per draft. */
const asksOf = new WeakMap<CompiledRules, Map<string, ReciprocalAsk>>();

function asksFor(compiled: CompiledRules): Map<string, ReciprocalAsk> {
  let asks = asksOf.get(compiled);
  if (!asks) {
    asks = new Map();
    for (const c of compiled.rules) if (c.rule.kind === 'give') asks.set(c.rule.id, c.rule.ask);
    asksOf.set(compiled, asks);
  }
  return asks;
}

export function suggest(gives: readonly Give[], compiled: CompiledRules): Suggestion[] {
  if (gives.every((g) => g.traded)) return [];
  const asks = asksFor(compiled);

  const seen = new Set<string>();
  const out: Suggestion[] = [];
  gives.forEach((give, index) => {
    if (give.traded) return;
    const first = asks.get(give.ruleId) ?? defaultAsk(give.category);
    for (const ask of [first, SECOND_ASK[give.category]]) {
      if (seen.has(ask.text)) continue;
      seen.add(ask.text);
      out.push({ give: index, level: ask.level, text: ask.text });
    }
  });
  return out;
}
