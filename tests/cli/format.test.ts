import { describe, expect, it } from 'vitest';
import type { Analysis, Get, Give } from '../../lib/engine/types.ts';
import {
  exitCodeFor,
  formatError,
  formatHuman,
  formatJson,
  lineStarts,
  positionAt,
  printedAsks,
  toJson,
  type FileResult,
} from '../../lib/cli/format.ts';
import type { Input } from '../../lib/cli/read-input.ts';

const TEXT = 'Hi Dana,\nI can take 15% off.\r\nCan you sign by Friday?\n';

function give(start: number, end: number, overrides: Partial<Give> = {}): Give {
  return {
    kind: 'give',
    ruleId: 'percent-discount',
    ruleSetId: 'price-concessions',
    category: 'price',
    traded: false,
    start,
    end,
    text: TEXT.slice(start, end),
    sentence: { start, end },
    rationale: 'A discount gives away margin.',
    weight: 3,
    ...overrides,
  };
}

function get(start: number, end: number, overrides: Partial<Get> = {}): Get {
  return {
    kind: 'get',
    ruleId: 'signature-by-date',
    ruleSetId: 'commitments',
    level: 'commitment',
    start,
    end,
    text: TEXT.slice(start, end),
    sentence: { start, end },
    rationale: 'A signature by a date is a commitment.',
    weight: 3,
    ...overrides,
  };
}

const giveStart = TEXT.indexOf('take 15% off');
const getStart = TEXT.indexOf('sign by Friday');

function analysis(overrides: Partial<Analysis> = {}): Analysis {
  return {
    text: TEXT,
    verdict: 'unreciprocated',
    gives: [give(giveStart, giveStart + 'take 15% off'.length)],
    gets: [],
    balance: -3,
    suggestions: [
      { give: 0, level: 'commitment', text: 'If you can sign by Friday, I can take 15% off.' },
      { give: 0, level: 'access', text: 'second ask for the same give' },
    ],
    excluded: [],
    ...overrides,
  };
}

const textInput: Input = { ok: true, kind: 'text', text: TEXT, format: 'text' };

describe('positions', () => {
  it('computes 1-based line and column across LF, CRLF and CR', () => {
    const text = 'ab\ncd\r\nef\rgh';
    const starts = lineStarts(text);
    expect(starts).toEqual([0, 3, 7, 10]);
    expect(positionAt(starts, 0)).toEqual({ line: 1, col: 1 });
    expect(positionAt(starts, 4)).toEqual({ line: 2, col: 2 });
    expect(positionAt(starts, 7)).toEqual({ line: 3, col: 1 });
    expect(positionAt(starts, 11)).toEqual({ line: 4, col: 2 });
  });
});

describe('formatHuman', () => {
  it('prints findings in text order, the verdict and one ask per give', () => {
    const a = analysis({
      gets: [get(getStart, getStart + 'sign by Friday'.length, { level: 'information', ruleId: 'q' })],
    });
    expect(formatHuman('draft.txt', a)).toBe(
      [
        'draft.txt:2:7  give/price  percent-discount  A discount gives away margin. "take 15% off"',
        'draft.txt:3:9  get/information  q  A signature by a date is a commitment. "sign by Friday"',
        'draft.txt: unreciprocated (balance -3)',
        '  suggested ask: If you can sign by Friday, I can take 15% off.',
        '',
      ].join('\n'),
    );
  });

  it('keeps a finding on one line when its match spans lines', () => {
    const a = analysis({ gives: [give(0, 14)], verdict: 'no-give', suggestions: [] });
    const [first] = formatHuman('f', a).split('\n');
    expect(first).toBe('f:1:1  give/price  percent-discount  A discount gives away margin. "Hi Dana, I can"');
  });

  it('prints no asks unless the draft is unreciprocated, and labels stdin', () => {
    const a = analysis({ verdict: 'reciprocated', balance: 0 });
    expect(formatHuman('-', a)).toBe(
      [
        '<stdin>:2:7  give/price  percent-discount  A discount gives away margin. "take 15% off"',
        '<stdin>: reciprocated (balance 0)',
        '',
      ].join('\n'),
    );
  });

  it('prints at most three asks, the first for each give', () => {
    const gives = [0, 1, 2, 3].map(() => give(giveStart, giveStart + 4));
    const suggestions = [3, 2, 1, 0, 0].map((g, i) => ({ give: g, level: 'access' as const, text: `ask ${String(g)}.${String(i)}` }));
    expect(printedAsks(analysis({ gives, suggestions }))).toEqual(['ask 0.3', 'ask 1.2', 'ask 2.1']);
  });

  it('formats errors as one prefixed line', () => {
    expect(formatError('-', 'no such file')).toBe('quid: <stdin>: no such file');
    expect(formatError('x.txt', 'no such file')).toBe('quid: x.txt: no such file');
  });
});

describe('JSON', () => {
  it('emits exactly the contract keys for a text file', () => {
    const a = analysis({ gets: [get(getStart, getStart + 14)] });
    const json = toJson({ file: 'd.txt', ok: true, input: textInput, analysis: a });
    expect(Object.keys(json)).toEqual(['file', 'verdict', 'balance', 'gives', 'gets', 'suggestions']);
    expect(json).toEqual({
      file: 'd.txt',
      verdict: 'unreciprocated',
      balance: -3,
      gives: [{ ruleId: 'percent-discount', category: 'price', start: giveStart, end: giveStart + 12, text: 'take 15% off' }],
      gets: [{ ruleId: 'signature-by-date', level: 'commitment', start: getStart, end: getStart + 14, text: 'sign by Friday' }],
      suggestions: ['If you can sign by Friday, I can take 15% off.', 'second ask for the same give'],
    });
  });

  it('adds analyzedText for eml and html, and whenever the engine analysed other text', () => {
    const a = analysis();
    const eml: Input = { ok: true, kind: 'eml', text: TEXT, format: 'text' };
    expect(toJson({ file: 'm.eml', ok: true, input: eml, analysis: a })).toHaveProperty('analyzedText', TEXT);
    const html: Input = { ok: true, kind: 'html', text: '<p>x</p>', format: 'html' };
    expect(toJson({ file: 'p.html', ok: true, input: html, analysis: a })).toHaveProperty('analyzedText', TEXT);
    const sniffed: Input = { ok: true, kind: 'stdin', text: `<div>${TEXT}</div>`, format: 'auto' };
    expect(toJson({ file: '-', ok: true, input: sniffed, analysis: a })).toHaveProperty('analyzedText', TEXT);
    const plainStdin: Input = { ok: true, kind: 'stdin', text: TEXT, format: 'auto' };
    expect(toJson({ file: '-', ok: true, input: plainStdin, analysis: a })).not.toHaveProperty('analyzedText');
  });

  it('prints one array with errors in their place', () => {
    const results: FileResult[] = [
      { file: 'a.txt', ok: true, input: textInput, analysis: analysis() },
      { file: 'missing.txt', ok: false, error: 'no such file' },
    ];
    const parsed: unknown = JSON.parse(formatJson(results));
    expect(Array.isArray(parsed)).toBe(true);
    expect((parsed as unknown[])[1]).toEqual({ file: 'missing.txt', error: 'no such file' });
  });
});

describe('exitCodeFor', () => {
  const ok = (verdict: Analysis['verdict']): FileResult => ({
    file: 'f',
    ok: true,
    input: textInput,
    analysis: analysis({ verdict }),
  });
  const bad: FileResult = { file: 'g', ok: false, error: 'x' };

  it('is 0 without unreciprocated drafts, 1 with one, 2 when any input failed', () => {
    expect(exitCodeFor([ok('no-give'), ok('reciprocated')])).toBe(0);
    expect(exitCodeFor([ok('no-give'), ok('unreciprocated')])).toBe(1);
    expect(exitCodeFor([ok('unreciprocated'), bad])).toBe(2);
    expect(exitCodeFor([bad])).toBe(2);
  });
});
