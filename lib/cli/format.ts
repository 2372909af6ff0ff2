/**
 * Pure output formatting for `quid analyze`: the human linter form and the
 * JSON contract another program parses. Changing a key or a line shape here
 * breaks consumers, so the shapes are pinned by tests/cli/format.test.ts.
 */
import type { Analysis, Get, Give, Verdict } from '../engine/types.ts';
import type { Input } from './read-input.ts';

export type FileResult =
  | { file: string; ok: true; input: Input; analysis: Analysis }
  | { file: string; ok: false; error: string };

export interface JsonGive {
  ruleId: string;
  category: Give['category'];
  start: number;
  end: number;
  text: string;
}

export interface JsonGet {
  ruleId: string;
  level: Get['level'];
  start: number;
  end: number;
  text: string;
}

export interface JsonReport {
  file: string;
  verdict: Verdict;
  balance: number;
  gives: JsonGive[];
  gets: JsonGet[];
  suggestions: string[];
  /** Only when the offsets index something other than the file's own decoded text. */
  analyzedText?: string;
}

export interface JsonError {
  file: string;
  error: string;
}

/** At most this many suggested asks are printed per draft, so the output stays a glance. */
export const MAX_PRINTED_ASKS = 3;

/** Offsets of the first character of each line; CRLF, LF and lone CR all end a line. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) starts.push(i + 1);
  }
  return starts;
}

/** 1-based line and column (in UTF-16 units, like the JSON offsets and ESLint) of `offset`. */
export function positionAt(starts: readonly number[], offset: number): { line: number; col: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, col: offset - (starts[lo] ?? 0) + 1 };
}

/** The name a file goes by in human output: stdin gets a readable label. */
export function displayName(file: string): string {
  return file === '-' ? '<stdin>' : file;
}

/** Matched text on one line, so every finding stays one output line. */
function quote(text: string): string {
  return `"${text.replace(/\s+/g, ' ').trim()}"`;
}

/** The first suggestion for each give, in give order, capped at MAX_PRINTED_ASKS. */
export function printedAsks(analysis: Analysis): string[] {
  const seen = new Set<number>();
  const asks: string[] = [];
  const byGive = [...analysis.suggestions].sort((a, b) => a.give - b.give);
  for (const s of byGive) {
    if (seen.has(s.give)) continue;
    seen.add(s.give);
    asks.push(s.text);
    if (asks.length === MAX_PRINTED_ASKS) break;
  }
  return asks;
}

/** Human output for one analysed file: findings in text order, then the verdict and asks. */
export function formatHuman(file: string, analysis: Analysis): string {
  const name = displayName(file);
  const starts = lineStarts(analysis.text);
  const findings = [...analysis.gives, ...analysis.gets].sort((a, b) => a.start - b.start || a.end - b.end);
  const lines = findings.map((f) => {
    const { line, col } = positionAt(starts, f.start);
    const tag = f.kind === 'give' ? `give/${f.category}` : `get/${f.level}`;
    return `${name}:${String(line)}:${String(col)}  ${tag}  ${f.ruleId}  ${f.rationale} ${quote(f.text)}`;
  });
  lines.push(`${name}: ${analysis.verdict} (balance ${String(analysis.balance)})`);
  if (analysis.verdict === 'unreciprocated') {
    for (const ask of printedAsks(analysis)) lines.push(`  suggested ask: ${ask}`);
  }
  return lines.join('\n') + '\n';
}

/** The one-line stderr message for a file that could not be analysed. */
export function formatError(file: string, error: string): string {
  return `quid: ${displayName(file)}: ${error}`;
}

/** The JSON object for one result; keys are fixed by the contract, in this order. */
export function toJson(result: FileResult): JsonReport | JsonError {
  if (!result.ok) return { file: result.file, error: result.error };
  const { analysis, input } = result;
  const report: JsonReport = {
    file: result.file,
    verdict: analysis.verdict,
    balance: analysis.balance,
    gives: analysis.gives.map((g) => ({ ruleId: g.ruleId, category: g.category, start: g.start, end: g.end, text: g.text })),
    gets: analysis.gets.map((g) => ({ ruleId: g.ruleId, level: g.level, start: g.start, end: g.end, text: g.text })),
    suggestions: analysis.suggestions.map((s) => s.text),
  };
  // eml and html are always analysed as something other than the file's bytes; for
  // other inputs the engine may still have extracted text (stdin sniffed as HTML),
  // and the offsets are only usable together with the text they index.
  if (input.kind === 'eml' || input.kind === 'html' || analysis.text !== input.text) {
    report.analyzedText = analysis.text;
  }
  return report;
}

/** The whole `--json` output: exactly one array, one entry per input in order. */
export function formatJson(results: readonly FileResult[]): string {
  return JSON.stringify(results.map(toJson), null, 2) + '\n';
}

/** 2 when any input failed, else 1 when any draft is unreciprocated, else 0. */
export function exitCodeFor(results: readonly FileResult[]): 0 | 1 | 2 {
  if (results.some((r) => !r.ok)) return 2;
  if (results.some((r) => r.ok && r.analysis.verdict === 'unreciprocated')) return 1;
  return 0;
}
