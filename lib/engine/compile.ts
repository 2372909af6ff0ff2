import type { CustomRule, GiveCategory } from './types.ts';
import type { ReciprocalAsk, Rule, RuleSet } from '../rules/types.ts';
import { expandPattern } from '../rules/vocab.ts';
import { CueIndex } from './cues.ts';
import { isCatastrophic } from './slow-pattern.ts';
import { LiteralGate, alternatives, requiredLiterals } from './literals.ts';

/**
 * One top-level alternative of a rule's pattern, compiled alone, with the
 * literals it cannot match without (clauses that must all hold, each met by
 * any one of its lowercase strings occurring in the sentence).
 */
export interface Branch {
  regex: RegExp;
  /** clause ids in the rule's `gate` */
  need: Int32Array;
}

/** A rule ready to run: its pattern compiled once, its set remembered. */
export interface CompiledRule {
  rule: Rule;
  ruleSetId: string;
  /** the whole pattern */
  regex: RegExp;
  /** The pattern has a `(?<hit>…)` group narrowing the reported span. */
  narrowed: boolean;
  /**
   * The pattern's alternatives, each run only on sentences holding its
   * literals: most sentences that hold a rule's cues hold the words of one
   * or two of its alternatives, not of all ten. `matches` runs them so that
   * together they find exactly what `regex` finds. Read on the rule's first
   * run, so a draft pays only for reading the rules its sentences cue.
   */
  branches: readonly Branch[] | undefined;
  /** the pattern with its macros expanded */
  source: string;
  /** decides the branches' literals, shared by the rules compiled together */
  gate: LiteralGate;
}

export interface CompiledRules {
  rules: CompiledRule[];
  /** the prefilter built from the rules' cues and also-cues */
  cues: CueIndex;
  /** rules with no cues (custom rules): tried on every sentence */
  always: number[];
  /** the rules' shared literal gate */
  gate: LiteralGate;
}

const flagsFor = (source: string) => (source.includes('(?<hit>') ? 'gid' : 'gi');

export function compileRule(rule: Rule, ruleSetId: string, gate = new LiteralGate()): CompiledRule {
  const source = expandPattern(rule.pattern);
  const regex = new RegExp(source, flagsFor(source));
  return { rule, ruleSetId, regex, narrowed: source.includes('(?<hit>'), branches: undefined, source, gate };
}

interface Reading {
  /** the top-level alternatives, when they can run apart */
  alternatives: { source: string; need: string[][] }[] | null;
  /** the whole pattern's required literals */
  need: string[][];
}

// Reading a pattern is pure and costs more than compiling it; rule sets are recompiled when options change.
const readings = new Map<string, Reading>();

/**
 * Alternatives are split apart only when none refers to a group by number
 * (numbers shift when split) or to a named group of another alternative.
 */
function read(source: string): Reading {
  let reading = readings.get(source);
  if (reading) return reading;
  const split = alternatives(source);
  const separable =
    split !== null &&
    split.length > 1 &&
    !/\\[1-9]/.test(source) &&
    split.every((b) => [...b.source.matchAll(/\\k<([\w$]+)>/g)].every((ref) => b.source.includes(`(?<${ref[1]}>`)));
  reading = { alternatives: separable ? split : null, need: separable ? [] : requiredLiterals(source) };
  if (readings.size > 1000) readings.clear();
  readings.set(source, reading);
  return reading;
}

function branchesOf(source: string, whole: RegExp, gate: LiteralGate): Branch[] {
  const { alternatives: split, need } = read(source);
  if (!split) return [{ regex: whole, need: gate.intern(need) }];
  return split.map((b) => ({ regex: new RegExp(b.source, flagsFor(b.source)), need: gate.intern(b.need) }));
}

/**
 * The matches of a rule in a sentence, exactly as a global `exec` loop of its
 * whole pattern finds them (empty matches skipped), running only the
 * alternatives whose literals the sentence holds.
 */
export function matches(c: CompiledRule, sentence: string): readonly RegExpExecArray[] {
  // Most calls find one alternative or none to run: no arrays for those.
  const branches = (c.branches ??= branchesOf(c.source, c.regex, c.gate));
  let only: RegExp | null = null;
  let count = 0;
  for (const b of branches) {
    if (!c.gate.holds(sentence, b.need)) continue;
    if (count++ === 0) only = b.regex;
  }
  if (count === 0) return NONE;
  if (count === 1) return allMatches(only as RegExp, sentence);
  const active: RegExp[] = [];
  for (const b of branches) if (c.gate.holds(sentence, b.need)) active.push(b.regex);
  // Several alternatives: at each step the earliest match wins, ties to the
  // earlier alternative, as in the whole pattern. A match found ahead of
  // the position stays valid until the position passes it.
  const out: RegExpExecArray[] = [];
  const next: (RegExpExecArray | null | undefined)[] = active.map(() => undefined);
  let pos = 0;
  for (;;) {
    let best: RegExpExecArray | null = null;
    for (let i = 0; i < active.length; i++) {
      let m = next[i];
      if (m === null) continue;
      if (m === undefined || m.index < pos) {
        const regex = active[i] as RegExp;
        regex.lastIndex = pos;
        m = regex.exec(sentence);
        next[i] = m;
        if (!m) continue;
      }
      if (!best || m.index < best.index) best = m;
    }
    if (!best) return out;
    if (best[0].length === 0) {
      pos = best.index + 1;
    } else {
      out.push(best);
      pos = best.index + best[0].length;
    }
  }
}

const NONE: readonly RegExpExecArray[] = Object.freeze([]);

function allMatches(regex: RegExp, sentence: string): readonly RegExpExecArray[] {
  regex.lastIndex = 0;
  let m = regex.exec(sentence);
  if (!m) return NONE;
  const out: RegExpExecArray[] = [];
  for (; m; m = regex.exec(sentence)) {
    if (m[0].length === 0) regex.lastIndex++;
    else out.push(m);
  }
  return out;
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
  if (isCatastrophic(phrase)) {
    return { ok: false, message: 'The pattern could take minutes on some sentences (a repetition inside a repetition, like (a+)+): simplify it.' };
  }
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
  const gate = new LiteralGate();
  const add = (rule: Rule, setId: string) => {
    if (disabled.has(rule.id)) return;
    const index = rules.push(compileRule(rule, setId, gate)) - 1;
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
  return { rules, cues: new CueIndex(refs, rules.length, needsBoth), always, gate };
}
