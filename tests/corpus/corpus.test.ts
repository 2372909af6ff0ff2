import { describe, expect, it } from 'vitest';
import { GET_LEVELS, GIVE_CATEGORIES } from '../../lib/engine/types.ts';
import { verdictOfLabels } from '../../lib/eval/corpus.ts';
import { loadCorpus, projectCorpusFiles } from '../../lib/eval/main.ts';
import { evaluate, formatReport } from '../../lib/eval/score.ts';

const { drafts, errors } = loadCorpus(projectCorpusFiles());

describe('the project corpus', () => {
  it('parses, with every quote inside its text', () => {
    expect(errors).toEqual([]);
    expect(drafts.length).toBeGreaterThanOrEqual(250);
  });

  it('labels verdicts as the spec derives them from the gives and gets', () => {
    const wrong = drafts.filter((d) => verdictOfLabels(d) !== d.verdict).map((d) => d.id);
    expect(wrong).toEqual([]);
  });

  it('covers every category, level and verdict', () => {
    for (const c of GIVE_CATEGORIES) expect(drafts.filter((d) => d.gives.some((g) => g.category === c)).length, c).toBeGreaterThanOrEqual(20);
    for (const l of GET_LEVELS) expect(drafts.filter((d) => d.gets.some((g) => g.level === l)).length, l).toBeGreaterThanOrEqual(20);
    for (const v of ['no-give', 'reciprocated', 'unreciprocated']) expect(drafts.filter((d) => d.verdict === v).length, v).toBeGreaterThanOrEqual(50);
  });
});

describe('accuracy on the project corpus', () => {
  const report = evaluate(drafts);

  it('keeps verdict macro-F1 at 0.90 or above', () => {
    expect(report.macroF1, formatReport('project corpus', report)).toBeGreaterThanOrEqual(0.9);
  });

  it.each(GIVE_CATEGORIES.map((c) => [c]))('finds at least 85 percent of labelled %s gives', (category) => {
    expect(report.gives[category]?.recall, formatReport('project corpus', report)).toBeGreaterThanOrEqual(0.85);
  });
});
