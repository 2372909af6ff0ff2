/**
 * What the badge and panel show, derived from an analysis: plain data, so
 * the components stay dumb and the content script keeps no engine objects
 * in React state.
 */
import type { Analysis, GetLevel, GiveCategory, Verdict } from '../engine/types.ts';

export interface GiveView {
  /** Stable while the rep types elsewhere: the rule and the words, numbered when repeated. */
  key: string;
  category: GiveCategory;
  /** The matched words. */
  text: string;
  /** The whole sentence, as the panel quotes it. */
  sentence: string;
  rationale: string;
  /** Already answered by a get in the same trade ("If you sign by Friday, …"). */
  traded: boolean;
  intentional: boolean;
}

export interface GetView {
  key: string;
  level: GetLevel;
  text: string;
  sentence: string;
}

export interface AskView {
  key: string;
  level: GetLevel;
  text: string;
}

export interface CoachView {
  verdict: Verdict;
  gives: GiveView[];
  gets: GetView[];
  asks: AskView[];
}

export const EMPTY_VIEW: CoachView = { verdict: 'no-give', gives: [], gets: [], asks: [] };

/** One key per finding: `ruleId|words`, with `#n` from the second repeat on. */
export function findingKeys(findings: readonly { ruleId: string; text: string }[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const base = `${f.ruleId}|${f.text.toLowerCase()}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return n === 0 ? base : `${base}#${n}`;
  });
}

const MAX_QUOTE = 240;

function quote(text: string, start: number, end: number): string {
  const s = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return s.length > MAX_QUOTE ? `${s.slice(0, MAX_QUOTE - 1)}…` : s;
}

export function toView(analysis: Analysis, intentional: ReadonlySet<string> = new Set()): CoachView {
  const giveKeys = findingKeys(analysis.gives);
  const getKeys = findingKeys(analysis.gets);
  return {
    verdict: analysis.verdict,
    gives: analysis.gives.map((g, i) => {
      const key = giveKeys[i] ?? `${i}`;
      return {
        key,
        category: g.category,
        text: g.text,
        sentence: quote(analysis.text, g.sentence.start, g.sentence.end),
        rationale: g.rationale,
        traded: g.traded,
        intentional: intentional.has(key),
      };
    }),
    gets: analysis.gets.map((g, i) => ({
      key: getKeys[i] ?? `${i}`,
      level: g.level,
      text: g.text,
      sentence: quote(analysis.text, g.sentence.start, g.sentence.end),
    })),
    asks: analysis.suggestions.map((s, i) => ({ key: `${i}|${s.text}`, level: s.level, text: s.text })),
  };
}
