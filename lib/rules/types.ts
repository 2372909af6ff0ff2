import type { GetLevel, GiveCategory } from '../engine/types.ts';

/**
 * A rule is data: what it matches, why it matters to the rep, what to ask in
 * return, and sentences that prove it. The engine knows only this shape.
 */
export interface RuleExamples {
  /**
   * Sentences the rule must flag; the expected span is marked with brackets:
   * "I can [take 15% off] the first year." (at least three).
   */
  flag: readonly string[];
  /** Near misses the rule must not flag (at least two). */
  pass: readonly string[];
}

interface RuleBase {
  /** Stable, globally unique id (kebab-case): shown in the CLI, stored in the ledger. */
  id: string;
  /**
   * Lowercase words of which at least one occurs in every sentence the rule
   * can match. The engine only runs a rule's pattern on sentences holding one
   * of its cues, which is what keeps it fast. A token's trailing "s" is
   * ignored, so "discount" also cues "discounts".
   */
  cues: readonly string[];
  /**
   * Optional second list, for rules that need two ideas in one sentence ("sign"
   * and a date): at least one of these must occur too. It only narrows where
   * the pattern runs, so it must hold for every sentence the pattern matches.
   */
  alsoCues?: readonly string[];
  /**
   * A case-insensitive regular expression source; `{NAME}` expands to the
   * shared vocabulary in `vocab.ts`. A named group `(?<hit>…)` narrows the
   * reported span to part of the match. The engine reads from each top-level
   * alternative the literal words it cannot match without and runs it only
   * on sentences holding them (lib/engine/literals.ts), so an alternative
   * that spells out a distinctive word costs little where that word is absent;
   * one made only of classes and optional parts runs on every cued sentence.
   */
  pattern: string;
  /** One line shown to the rep: why this counts. */
  rationale: string;
  examples: RuleExamples;
  /**
   * Where a negation or refusal cancels the match: anywhere in its clause,
   * the match included ("we won't match their price") — the default; only
   * `before` the match, for rules whose own words carry a "no" ("no rush",
   * "at no cost"); or `ignore`.
   */
  negation?: 'clause' | 'before' | 'ignore';
}

export interface ReciprocalAsk {
  level: Extract<GetLevel, 'access' | 'commitment'>;
  /** An if-then trade the rep can insert as it is. */
  text: string;
}

export interface GiveRule extends RuleBase {
  kind: 'give';
  category: GiveCategory;
  /**
   * A broad rule ("… at no extra cost") that yields to any other give it
   * overlaps, so the specific rule decides the category (a warranty at no
   * charge is `terms`, free onsite training `resources`).
   */
  generic?: boolean;
  /** The reciprocal ask that fits this give; bigger gives call for bigger gets. */
  ask: ReciprocalAsk;
}

export interface GetRule extends RuleBase {
  kind: 'get';
  level: GetLevel;
  /** Applies only when nothing else was found in the sentence (catch-all questions). */
  fallback?: boolean;
}

export type Rule = GiveRule | GetRule;

export interface RuleSet {
  /** Stable id, e.g. `price-concessions`; the file name is the id. */
  id: string;
  title: string;
  /** One or two sentences for the options page. */
  description: string;
  rules: readonly Rule[];
}
