/**
 * The engine's public vocabulary. Ids follow the spec (docs/give-get.md):
 * they appear in the CLI's JSON, the ledger and the UI, so never rename one.
 */

export const GIVE_CATEGORIES = ['price', 'terms', 'resources', 'time'] as const;
export type GiveCategory = (typeof GIVE_CATEGORIES)[number];

export const GET_LEVELS = ['information', 'access', 'commitment'] as const;
export type GetLevel = (typeof GET_LEVELS)[number];

export const VERDICTS = ['no-give', 'reciprocated', 'unreciprocated'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** The spec's weights for the per-buyer balance. */
export const GIVE_WEIGHTS: Readonly<Record<GiveCategory, number>> = {
  price: 3,
  terms: 3,
  resources: 2,
  time: 1,
};
export const GET_WEIGHTS: Readonly<Record<GetLevel, number>> = {
  information: 1,
  access: 2,
  commitment: 3,
};

/** A half-open range [start, end) of UTF-16 code units in `Analysis.text`. */
export interface Span {
  start: number;
  end: number;
}

interface FindingBase extends Span {
  ruleId: string;
  /** The rule set the rule belongs to (`custom` for user-defined rules). */
  ruleSetId: string;
  /** The matched text: `Analysis.text.slice(start, end)`. */
  text: string;
  /** The sentence the finding sits in, for highlighting and the panel. */
  sentence: Span;
  /** One line for the rep: why this counts. */
  rationale: string;
  weight: number;
}

export interface Give extends FindingBase {
  kind: 'give';
  category: GiveCategory;
  /** The give sits in a conditional trade whose condition is an access or commitment get. */
  traded: boolean;
}

export interface Get extends FindingBase {
  kind: 'get';
  level: GetLevel;
}

export type Finding = Give | Get;

export interface Suggestion {
  /** Index into `Analysis.gives` of the give this ask answers. */
  give: number;
  level: Extract<GetLevel, 'access' | 'commitment'>;
  /** A reciprocal ask phrased as an if-then trade, ready to insert. */
  text: string;
}

export type ExclusionReason = 'quote' | 'signature' | 'markup';

export interface Exclusion extends Span {
  reason: ExclusionReason;
}

export interface Analysis {
  /** The text the offsets index: the input itself, or for HTML input the text extracted from it. */
  text: string;
  verdict: Verdict;
  gives: Give[];
  gets: Get[];
  /** Sum of get weights minus sum of give weights (spec weights). */
  balance: number;
  suggestions: Suggestion[];
  /** Parts of `text` left out of the analysis: quoted history and signature. */
  excluded: Exclusion[];
}

/** A rule the rep adds in the options page: a phrase (or pattern) mapped to a category or level. */
export type CustomRule =
  | { id: string; kind: 'give'; category: GiveCategory; phrase: string; isPattern?: boolean }
  | { id: string; kind: 'get'; level: GetLevel; phrase: string; isPattern?: boolean };

export interface AnalyzeOptions {
  /** Ids of the rule sets to use; all registered sets when omitted. */
  ruleSets?: readonly string[];
  /** Ids of single rules switched off. */
  disabledRules?: readonly string[];
  customRules?: readonly CustomRule[];
  /** `auto` (default) treats input that looks like markup as HTML. */
  format?: 'auto' | 'text' | 'html';
}
