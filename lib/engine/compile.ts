import type { CustomRule, GiveCategory } from './types.ts';
import type { ReciprocalAsk, Rule, RuleSet } from '../rules/types.ts';
import { expandPattern } from '../rules/vocab.ts';
import { CueIndex } from './cues.ts';

/** A rule ready to run: its pattern compiled once, its set remembered. */
export interface CompiledRule {
  rule: Rule;
  ruleSetId: string;
  regex: RegExp;
  /** The pattern has a `(?<hit>…)` group narrowing the reported span. */
  narrowed: boolean;
}

export interface CompiledRules {
  rules: CompiledRule[];
  /** the prefilter built from the rules' cues and also-cues */
  cues: CueIndex;
  /** rules with no cues (custom rules): tried on every sentence */
  always: number[];
}

export function compileRule(rule: Rule, ruleSetId: string): CompiledRule {
  const source = expandPattern(rule.pattern);
  const narrowed = source.includes('(?<hit>');
  return { rule, ruleSetId, regex: new RegExp(source, narrowed ? 'gid' : 'gi'), narrowed };
}

export type CustomRuleCheck = { ok: true } | { ok: false; message: string };

/**
 * Validates a rep's custom rule before it is saved: a bad pattern is refused
 * with a message rather than stored broken.
 */
export function checkCustomRule(rule: CustomRule): CustomRuleCheck {
  const phrase = rule.phrase.trim();
  if (phrase.length < 2) return { ok: false, message: 'The phrase needs at least two characters.' };
  if (phrase.length > 200) return { ok: false, message: 'The phrase is longer than 200 characters.' };
  if (!rule.isPattern) return { ok: true };
  let re: RegExp;
  try {
    re = new RegExp(phrase, 'gi');
  } catch (e) {
    return { ok: false, message: `Not a valid pattern: ${(e as Error).message}` };
  }
  if (re.test('')) return { ok: false, message: 'The pattern matches empty text, so it would flag every sentence.' };
  return { ok: true };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Turns a custom rule into an ordinary rule record; null when it is invalid. */
export function customToRule(custom: CustomRule): Rule | null {
  if (!checkCustomRule(custom).ok) return null;
  const phrase = custom.phrase.trim();
  // A plain phrase matches as whole words, with any run of spaces between them.
  const pattern = custom.isPattern
    ? phrase
    : `(?<![\\w])${escapeRegExp(phrase).replace(/\s+/g, '\\s+')}(?![\\w])`;
  const base = {
    id: custom.id,
    cues: [],
    pattern,
    rationale: 'Your own rule.',
    examples: { flag: [], pass: [] },
  };
  if (custom.kind === 'give') {
    return { ...base, kind: 'give', category: custom.category, ask: defaultAsk(custom.category) };
  }
  return { ...base, kind: 'get', level: custom.level };
}

/** The ask a custom give gets, by the Give-Get Matrix: bigger gives, bigger gets. */
export function defaultAsk(category: GiveCategory): ReciprocalAsk {
  switch (category) {
    case 'price':
    case 'terms':
      return { level: 'commitment', text: 'If we can do that for you, can we agree on a signed order by the end of the month?' };
    case 'resources':
      return { level: 'access', text: 'If we put that together for you, could your decision maker join us to review it?' };
    case 'time':
      return { level: 'access', text: 'If I fit around your schedule, could we lock in 30 minutes with you and your team this week?' };
  }
}

export function compileRules(sets: readonly RuleSet[], disabled: ReadonlySet<string>, custom: readonly CustomRule[]): CompiledRules {
  const rules: CompiledRule[] = [];
  // cue word → rule index × 2 + (0 cue | 1 also-cue)
  const refs = new Map<string, number[]>();
  const needsBoth: number[] = [];
  const always: number[] = [];
  const add = (rule: Rule, setId: string) => {
    if (disabled.has(rule.id)) return;
    const index = rules.push(compileRule(rule, setId)) - 1;
    if (rule.cues.length === 0) {
      always.push(index);
      return;
    }
    const link = (cue: string, ref: number) => {
      const list = refs.get(cue);
      if (list) list.push(ref);
      else refs.set(cue, [ref]);
    };
    for (const cue of rule.cues) link(cue, index * 2);
    if (rule.alsoCues && rule.alsoCues.length > 0) {
      needsBoth.push(index);
      for (const cue of rule.alsoCues) link(cue, index * 2 + 1);
    }
  };
  for (const set of sets) for (const rule of set.rules) add(rule, set.id);
  for (const c of custom) {
    const rule = customToRule(c);
    if (rule) add(rule, 'custom');
  }
  return { rules, cues: new CueIndex(refs, rules.length, needsBoth), always };
}
