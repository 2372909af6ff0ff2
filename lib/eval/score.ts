import { analyze } from '../engine/analyze.ts';
import {
  GET_LEVELS,
  GIVE_CATEGORIES,
  VERDICTS,
  type Analysis,
  type AnalyzeOptions,
  type Span,
  type Verdict,
} from '../engine/types.ts';
import type { LabelledDraft } from './corpus.ts';

export interface PRF {
  tp: number;
  /** predictions */
  predicted: number;
  /** labels */
  actual: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface SpanCounts {
  /** predicted spans that overlap a label of the same class */
  predictedHit: number;
  predicted: number;
  /** labels overlapped by a prediction of the same class */
  actualHit: number;
  actual: number;
  precision: number;
  recall: number;
}

export interface EvalReport {
  drafts: number;
  accuracy: number;
  verdicts: Record<Verdict, PRF>;
  macroF1: number;
  gives: Record<string, SpanCounts>;
  gets: Record<string, SpanCounts>;
  /** labelled quotes that could not be located in the analysed text (HTML drafts) */
  unlocated: number;
  confusion: Record<Verdict, Record<Verdict, number>>;
  misses: { id: string; expected: Verdict; got: Verdict }[];
  /** Every span-level error: a label no prediction overlapped, or a prediction no label did. */
  spanErrors: SpanError[];
}

export interface SpanError {
  id: string;
  error: 'missed' | 'extra';
  /** give category or get level */
  cls: string;
  text: string;
  /** for an extra prediction, the rule that made it */
  ruleId?: string;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

function prf(tp: number, predicted: number, actual: number): PRF {
  const precision = ratio(tp, predicted);
  const recall = ratio(tp, actual);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, predicted, actual, precision, recall, f1 };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Where a labelled quote sits in the analysed text: every occurrence, since a
 * phrase can repeat. For HTML drafts the analysed text has collapsed
 * whitespace and decoded entities, so whitespace is matched loosely.
 */
export function locate(text: string, quote: string): Span[] {
  const spans: Span[] = [];
  for (let i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) spans.push({ start: i, end: i + quote.length });
  if (spans.length > 0) return spans;
  const words = quote.trim().split(/\s+/).map(escapeRegExp);
  if (words.length === 0 || words[0] === '') return spans;
  const loose = new RegExp(words.join('\\s+'), 'g');
  for (const m of text.matchAll(loose)) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

export function evaluate(drafts: readonly LabelledDraft[], options: AnalyzeOptions = {}): EvalReport {
  const confusion = Object.fromEntries(VERDICTS.map((v) => [v, Object.fromEntries(VERDICTS.map((w) => [w, 0]))])) as Record<
    Verdict,
    Record<Verdict, number>
  >;
  const span = (keys: readonly string[]) =>
    Object.fromEntries(keys.map((k) => [k, { predictedHit: 0, predicted: 0, actualHit: 0, actual: 0, precision: 1, recall: 1 }])) as Record<
      string,
      SpanCounts
    >;
  const gives = span(GIVE_CATEGORIES);
  const gets = span(GET_LEVELS);
  const misses: EvalReport['misses'] = [];
  const spanErrors: SpanError[] = [];
  let unlocated = 0;

  for (const d of drafts) {
    const a: Analysis = analyze(d.text, options);
    confusion[d.verdict][a.verdict]++;
    if (a.verdict !== d.verdict) misses.push({ id: d.id, expected: d.verdict, got: a.verdict });

    const score = (
      table: Record<string, SpanCounts>,
      labels: { cls: string; quote: string; spans: Span[] }[],
      predicted: { cls: string; span: Span; ruleId: string }[],
    ) => {
      for (const p of predicted) {
        const row = table[p.cls];
        if (!row) continue;
        row.predicted++;
        if (labels.some((l) => l.cls === p.cls && l.spans.some((s) => overlaps(s, p.span)))) row.predictedHit++;
        else spanErrors.push({ id: d.id, error: 'extra', cls: p.cls, text: a.text.slice(p.span.start, p.span.end), ruleId: p.ruleId });
      }
      for (const l of labels) {
        const row = table[l.cls];
        if (!row) continue;
        row.actual++;
        if (l.spans.length === 0) unlocated++;
        if (predicted.some((p) => p.cls === l.cls && l.spans.some((s) => overlaps(s, p.span)))) row.actualHit++;
        else spanErrors.push({ id: d.id, error: 'missed', cls: l.cls, text: l.quote });
      }
    };
    score(
      gives,
      d.gives.map((g) => ({ cls: g.category, quote: g.quote, spans: locate(a.text, g.quote) })),
      a.gives.map((g) => ({ cls: g.category, span: g, ruleId: g.ruleId })),
    );
    score(
      gets,
      d.gets.map((g) => ({ cls: g.level, quote: g.quote, spans: locate(a.text, g.quote) })),
      a.gets.map((g) => ({ cls: g.level, span: g, ruleId: g.ruleId })),
    );
  }
  for (const row of [...Object.values(gives), ...Object.values(gets)]) {
    row.precision = ratio(row.predictedHit, row.predicted);
    row.recall = ratio(row.actualHit, row.actual);
  }

  const verdicts = Object.fromEntries(
    VERDICTS.map((v) => {
      const tp = confusion[v][v];
      const predicted = VERDICTS.reduce((n, w) => n + confusion[w][v], 0);
      const actual = VERDICTS.reduce((n, w) => n + confusion[v][w], 0);
      return [v, prf(tp, predicted, actual)];
    }),
  ) as Record<Verdict, PRF>;
  const correct = VERDICTS.reduce((n, v) => n + confusion[v][v], 0);
  return {
    drafts: drafts.length,
    accuracy: ratio(correct, drafts.length),
    verdicts,
    macroF1: VERDICTS.reduce((n, v) => n + verdicts[v].f1, 0) / VERDICTS.length,
    gives,
    gets,
    unlocated,
    confusion,
    misses,
    spanErrors,
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);

export function formatReport(name: string, r: EvalReport): string {
  const lines: string[] = [];
  lines.push(`${name}: ${r.drafts} drafts`);
  lines.push(`verdict accuracy ${pct(r.accuracy).trim()}   macro-F1 ${r.macroF1.toFixed(3)}`);
  lines.push('verdict           precision  recall      F1   (labelled / predicted)');
  for (const v of VERDICTS) {
    const m = r.verdicts[v];
    lines.push(`  ${v.padEnd(15)} ${pct(m.precision)}  ${pct(m.recall)}  ${m.f1.toFixed(3).padStart(6)}   (${m.actual} / ${m.predicted})`);
  }
  const table = (title: string, rows: Record<string, SpanCounts>) => {
    lines.push(`${title.padEnd(17)} precision  recall   (labels found / labels, predictions right / predictions)`);
    for (const [k, m] of Object.entries(rows)) {
      lines.push(`  ${k.padEnd(15)} ${pct(m.precision)}  ${pct(m.recall)}   (${m.actualHit}/${m.actual}, ${m.predictedHit}/${m.predicted})`);
    }
  };
  table('give category', r.gives);
  table('get level', r.gets);
  lines.push('confusion (rows labelled, columns predicted):');
  lines.push(`  ${''.padEnd(15)} ${VERDICTS.map((v) => v.padStart(15)).join('')}`);
  for (const v of VERDICTS) lines.push(`  ${v.padEnd(15)} ${VERDICTS.map((w) => String(r.confusion[v][w]).padStart(15)).join('')}`);
  if (r.unlocated > 0) lines.push(`note: ${r.unlocated} labelled quotes could not be located in the analysed text`);
  return lines.join('\n');
}
