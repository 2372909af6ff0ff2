import { RULE_SETS } from '../rules/registry.ts';
import type { RuleSet } from '../rules/types.ts';
import { compileRules, matches, type CompiledRules } from './compile.ts';
import { hasCondition, isHypothetical, isNegated, isPublishedTerms, isRecount, isReportedRequest } from './context.ts';
import { findExclusions } from './regions.ts';
import { MAX_SENTENCE, ownSegments, splitSentences } from './sentences.ts';
import { suggest } from './suggest.ts';
import {
  GET_WEIGHTS,
  GIVE_WEIGHTS,
  type Analysis,
  type AnalyzeOptions,
  type Exclusion,
  type Get,
  type Give,
  type GiveCategory,
  type Span,
  type Verdict,
} from './types.ts';

/**
 * Straightens curly quotes and non-breaking spaces so rules need one
 * spelling. Every replacement is one UTF-16 unit for one, so offsets in the
 * normalised text are offsets in the caller's text.
 */
const STRAIGHTEN: Readonly<Record<string, string>> = {
  '\u2018': "'", '\u2019': "'", '\u02bc': "'", '\u2032': "'",
  '\u201c': '"', '\u201d': '"',
  '\u00a0': ' ', '\u202f': ' ', '\u2007': ' ',
};
const CURLY = /[\u2018\u2019\u02bc\u2032\u201c\u201d\u00a0\u202f\u2007]/g;

export function normalize(text: string): string {
  CURLY.lastIndex = 0;
  return CURLY.test(text) ? text.replace(CURLY, (c) => STRAIGHTEN[c] ?? c) : text;
}

const cache = new Map<string, CompiledRules>();
const DEFAULT_KEY = JSON.stringify([null, [], []]);

function rulesFor(options: AnalyzeOptions): CompiledRules {
  // Default options, the common case, skip the serialising.
  const plain = !options.ruleSets && !options.disabledRules?.length && !options.customRules?.length;
  const key = plain ? DEFAULT_KEY : JSON.stringify([options.ruleSets ?? null, options.disabledRules ?? [], options.customRules ?? []]);
  let compiled = cache.get(key);
  if (!compiled) {
    const wanted = options.ruleSets ? new Set(options.ruleSets) : null;
    const sets: RuleSet[] = RULE_SETS.filter((s) => !wanted || wanted.has(s.id));
    compiled = compileRules(sets, new Set(options.disabledRules ?? []), options.customRules ?? []);
    // Options change rarely (a toggle in the options page); keep a few.
    if (cache.size > 16) cache.clear();
    cache.set(key, compiled);
  }
  return compiled;
}

/**
 * Analyses plain text: the engine without the HTML reader, so a caller that
 * already has the rep's text (the content script) does not ship an HTML
 * parser. `markup` holds regions an HTML reader marked as quote or signature.
 */
export function analyzeText(text: string, options: AnalyzeOptions = {}, markup: readonly Exclusion[] = []): Analysis {
  const run = analysis(text, options, markup, 0);
  let step = run.next();
  while (!step.done) step = run.next();
  return step.value;
}

/** What `analyzeTextInSlices` needs from its caller: how to give the page its turn, and when to stop. */
export interface SliceOptions {
  /** Resolves when the page has had its turn (a macrotask: `setTimeout(…, 0)`). */
  pause: () => Promise<void>;
  /** Stops early (the draft changed): the promise then resolves to null. */
  signal?: AbortSignal;
  /** Longest stretch of work between pauses, in ms. */
  sliceMs?: number;
}

/**
 * The same analysis, cut into slices of about `sliceMs` with a pause between
 * them, so a huge draft (a pasted document) never holds the page's main
 * thread for long. Only the per-sentence rule runs are sliced: reading the
 * text and resolving the findings are linear and quick.
 */
export async function analyzeTextInSlices(
  text: string,
  options: AnalyzeOptions,
  markup: readonly Exclusion[],
  slices: SliceOptions,
): Promise<Analysis | null> {
  const run = analysis(text, options, markup, slices.sliceMs ?? 16);
  for (let step = run.next(); ; step = run.next()) {
    if (step.done) return step.value;
    await slices.pause();
    if (slices.signal?.aborted) return null;
  }
}

/** Sentences between two looks at the clock: a clock read costs more than a sentence without cues. */
const CLOCK_EVERY = 32;

/** The analysis as a generator that yields after each `sliceMs` of rule runs (never, when 0). */
function* analysis(text: string, options: AnalyzeOptions, markup: readonly Exclusion[], sliceMs: number): Generator<void, Analysis, void> {
  const norm = normalize(text);
  const excluded = findExclusions(norm, markup);
  const sentences = splitSentences(norm, ownSegments(norm.length, excluded));
  const compiled = rulesFor(options);

  const gives: Give[] = [];
  const gets: Get[] = [];
  // Sentences the rules ran on (2), and which of those carry a condition (3, once asked).
  const state = new Uint8Array(sentences.length);
  const queue: number[] = [];

  // Reading a huge draft (quotes, sentences) is one slice of its own.
  if (sliceMs > 0) yield;
  let sliceStart = sliceMs > 0 ? performance.now() : 0;
  for (let si = 0; si < sentences.length; si++) {
    if (sliceMs > 0 && si % CLOCK_EVERY === 0 && performance.now() - sliceStart > sliceMs) {
      yield;
      sliceStart = performance.now();
    }
    const span = sentences[si] as Span;
    queue.length = 0;
    for (const r of compiled.always) queue.push(r);
    compiled.cues.collect(norm, span, queue);
    if (queue.length === 0) continue;
    sortSmall(queue);
    evaluateSentence(norm, text, span, queue, compiled, gives, gets);
    state[si] = 2;
  }
  compiled.gate.release();

  dropGenericOverlaps(gives, compiled);
  resolveOverlaps(gives);
  resolveOverlaps(gets);
  // Only sentences next to a give and a get are asked whether they carry a condition.
  const conditional = (si: number): boolean => {
    if (state[si] === 2) {
      const span = sentences[si] as Span;
      state[si] = hasCondition(norm.slice(span.start, span.end)) ? 3 : 1;
    }
    return state[si] === 3;
  };
  markTraded(gives, gets, sentences, conditional);

  const reciprocated = gets.some((g) => g.level !== 'information');
  const verdict: Verdict = gives.length === 0 ? 'no-give' : reciprocated ? 'reciprocated' : 'unreciprocated';
  const balance = gets.reduce((n, g) => n + g.weight, 0) - gives.reduce((n, g) => n + g.weight, 0);
  const suggestions = suggest(gives, compiled);
  return { text, verdict, gives, gets, balance, suggestions, excluded };
}

/** Insertion sort: a sentence queues a handful of rules, where `Array#sort` costs more than the sorting. */
function sortSmall(xs: number[]): void {
  for (let i = 1; i < xs.length; i++) {
    const x = xs[i] as number;
    let j = i - 1;
    while (j >= 0 && (xs[j] as number) > x) {
      xs[j + 1] = xs[j] as number;
      j--;
    }
    xs[j + 1] = x;
  }
}

function evaluateSentence(
  norm: string,
  text: string,
  span: Span,
  queue: readonly number[],
  compiled: CompiledRules,
  gives: Give[],
  gets: Get[],
): void {
  const sentence = norm.slice(span.start, span.end);
  // Gives in a hypothetical the seller rules out, recounted from before this exchange, or (price and
  // terms) restating published terms do not count.
  let published: boolean | undefined;
  const isRuledOut = (a: number, b: number, category: GiveCategory) =>
    isHypothetical(sentence, b) ||
    isRecount(sentence, a, b) ||
    ((category === 'price' || category === 'terms') && (published ??= isPublishedTerms(sentence)));
  let fallbacks: number[] | undefined;
  let found = 0;
  for (const r of queue) {
    const c = compiled.rules[r];
    if (!c) continue;
    if (c.rule.kind === 'get' && c.rule.fallback) {
      (fallbacks ??= []).push(r);
      continue;
    }
    found += runRule(r, sentence, span, text, compiled, gives, gets, isRuledOut);
  }
  // Catch-all questions count only where no specific give or get was found.
  if (found === 0 && fallbacks) {
    for (const r of fallbacks) {
      if (runRule(r, sentence, span, text, compiled, gives, gets, () => false) > 0) break;
    }
  }
}

function runRule(
  r: number,
  sentence: string,
  span: Span,
  text: string,
  compiled: CompiledRules,
  gives: Give[],
  gets: Get[],
  ruledOut: (start: number, end: number, category: GiveCategory) => boolean,
): number {
  const c = compiled.rules[r];
  if (!c) return 0;
  const { rule } = c;
  let count = 0;
  for (const m of matches(c, sentence)) {
    let a = m.index;
    let b = a + m[0].length;
    const hit = c.narrowed ? m.indices?.groups?.hit : undefined;
    if (hit) [a, b] = hit;
    const negation = rule.negation ?? 'clause';
    if (negation !== 'ignore' && isNegated(sentence, a, b, negation === 'clause')) continue;
    if (rule.kind === 'give' && (ruledOut(a, b, rule.category) || isReportedRequest(sentence, a))) continue;
    const start = span.start + a;
    const end = span.start + b;
    const base = {
      ruleId: rule.id,
      ruleSetId: c.ruleSetId,
      start,
      end,
      text: text.slice(start, end),
      sentence: { start: span.start, end: span.end },
      rationale: rule.rationale,
    };
    if (rule.kind === 'give') {
      gives.push({ ...base, kind: 'give', category: rule.category, weight: GIVE_WEIGHTS[rule.category], traded: false });
    } else {
      gets.push({ ...base, kind: 'get', level: rule.level, weight: GET_WEIGHTS[rule.level] });
    }
    count++;
  }
  return count;
}

/**
 * Does any span of `sorted` (ordered by start) overlap `s`? Findings never
 * cross a sentence, so none is longer than MAX_SENTENCE: a binary search and
 * a short walk back keep this logarithmic even on a 1 MB draft.
 */
function overlapsAny(sorted: readonly Span[], s: Span): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as Span).start < s.end) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0; i--) {
    const o = sorted[i] as Span;
    if (o.start <= s.start - MAX_SENTENCE) break;
    if (o.end > s.start) return true;
  }
  return false;
}

const byStart = (x: Span, y: Span) => x.start - y.start || y.end - y.start - (x.end - x.start);

/** A generic give ("… at no extra cost") yields to any other give it overlaps. */
function dropGenericOverlaps(gives: Give[], compiled: CompiledRules): void {
  const generic = new Set(compiled.rules.filter((c) => c.rule.kind === 'give' && c.rule.generic).map((c) => c.rule.id));
  if (generic.size === 0 || gives.length < 2) return;
  const specific = gives.filter((g) => !generic.has(g.ruleId)).sort(byStart);
  const keep = gives.filter((g) => !generic.has(g.ruleId) || !overlapsAny(specific, g));
  gives.splice(0, gives.length, ...keep);
}

/**
 * Overlapping findings of one kind: a custom rule's finding wins over the
 * built-in ones it overlaps (the rep's own rule decides); otherwise two
 * findings of one category or level report one, the longer match (the more
 * specific rule), ties to the earlier rule in the registry. Different
 * categories may overlap.
 */
function resolveOverlaps<T extends Give | Get>(list: T[]): void {
  const cls = (f: Give | Get) => (f.kind === 'give' ? f.category : f.level);
  const custom = list.filter((f) => f.ruleSetId === 'custom').sort(byStart);
  const kept = custom.length === 0 ? [...list] : list.filter((f) => f.ruleSetId === 'custom' || !overlapsAny(custom, f));
  kept.sort(byStart);
  const out: T[] = [];
  // Sorted by start, so the only finding of a class that f can overlap is the last one kept.
  const lastOf = new Map<string, number>();
  for (const f of kept) {
    const at = lastOf.get(cls(f));
    const last = at === undefined ? undefined : out[at];
    if (!last || f.start >= last.end) {
      lastOf.set(cls(f), out.push(f) - 1);
    } else if (f.end - f.start > last.end - last.start) {
      out[at as number] = f;
    }
  }
  list.splice(0, list.length, ...out);
}

/**
 * A give is traded when an access or commitment get sits in the same sentence
 * or in a neighbouring one that carries a condition ("If you can sign by
 * Friday, I can take 10% off").
 */
function markTraded(gives: Give[], gets: Get[], sentences: readonly Span[], conditional: (si: number) => boolean): void {
  if (gives.length === 0 || gets.length === 0) return;
  const sentenceOf = (pos: number) => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((sentences[mid]?.start ?? 0) <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const withStrongGet = new Set(gets.filter((g) => g.level !== 'information').map((g) => sentenceOf(g.start)));
  for (const give of gives) {
    const gi = sentenceOf(give.start);
    give.traded =
      withStrongGet.has(gi) ||
      (conditional(gi) && (withStrongGet.has(gi - 1) || withStrongGet.has(gi + 1))) ||
      (withStrongGet.has(gi - 1) && conditional(gi - 1)) ||
      (withStrongGet.has(gi + 1) && conditional(gi + 1));
  }
}
