/**
 * The whole CLI in-process against the real engine: fast, so the behaviour
 * matrix lives here and the spawn tests only check the process wiring.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { run } from '../../lib/cli/run.ts';
import { RULE_SETS } from '../../lib/rules/registry.ts';

const fixture = (name: string) => join(import.meta.dirname, 'fixtures', name);

async function quid(argv: string[], stdin = '') {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    stdin: Readable.from([Buffer.from(stdin)]),
  });
  return { code, stdout, stderr };
}

interface Report {
  file: string;
  verdict: string;
  balance: number;
  gives: { ruleId: string; category: string; start: number; end: number; text: string }[];
  gets: { ruleId: string; level: string; start: number; end: number; text: string }[];
  suggestions: string[];
  analyzedText?: string;
  error?: string;
}

async function json(files: string[], extra: string[] = []): Promise<{ code: number; reports: Report[]; stderr: string }> {
  const { code, stdout, stderr } = await quid(['analyze', '--json', ...extra, ...files]);
  return { code, reports: JSON.parse(stdout) as Report[], stderr };
}

/** An independent line/col computation to check the formatter against. */
function lineCol(text: string, offset: number): string {
  const lines = text.slice(0, offset).split(/\r\n|\r|\n/);
  return `${String(lines.length)}:${String((lines.at(-1) ?? '').length + 1)}`;
}

describe('quid analyze (in-process)', () => {
  it('prints help and exits 0', async () => {
    const { code, stdout, stderr } = await quid(['help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: quid analyze/);
    expect(stderr).toBe('');
  });

  it('flags an unreciprocated text draft at the right line:col', async () => {
    const file = fixture('unreciprocated.txt');
    const { code, stdout, stderr } = await quid(['analyze', file]);
    expect(code).toBe(1);
    expect(stderr).toBe('');
    const { reports } = await json([file]);
    const [report] = reports;
    expect(report?.gives.length).toBeGreaterThan(0);
    const text = readFileSync(file, 'utf8');
    for (const g of report?.gives ?? []) {
      // Offsets index the file's own text, and human output points at the same place.
      expect(text.slice(g.start, g.end)).toBe(g.text);
      expect(stdout).toContain(`${file}:${lineCol(text, g.start)}  give/${g.category}  ${g.ruleId}  `);
    }
    expect(stdout).toContain(
      `${file}: unreciprocated (balance ${String(report?.balance)})\n  suggested ask: ${String(report?.suggestions[0])}\n`,
    );
  });

  it('exits 0 for a draft without gives', async () => {
    const { code, stdout } = await quid(['analyze', fixture('no-give.txt')]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/no-give\.txt: no-give \(balance \d+\)\n$/);
  });

  it('exits 0 for a reciprocated draft and prints the get', async () => {
    const file = fixture('reciprocated.txt');
    const { code, stdout } = await quid(['analyze', file]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/ {2}get\/commitment {2}\S+ {2}.+ "[^"]+"\n/);
    expect(stdout).toMatch(/reciprocated\.txt: reciprocated \(balance -?\d+\)\n$/);
    expect(stdout).not.toContain('suggested ask');
  });

  it('passes --rules to the engine', async () => {
    // Only get rules selected: the draft's price give cannot be found.
    const getOnly = RULE_SETS.filter((s) => s.rules.every((r) => r.kind === 'get')).map((s) => s.id);
    expect(getOnly).toContain('information-asks');
    const { code, reports } = await json([fixture('unreciprocated.txt')], ['--rules', getOnly.join(',')]);
    expect(code).toBe(0);
    expect(reports[0]?.verdict).toBe('no-give');
    expect(reports[0]?.gives).toEqual([]);

    const all = await json([fixture('unreciprocated.txt')], ['--rules=price-concessions']);
    expect(all.code).toBe(1);
    expect(all.reports[0]?.gives.map((g) => g.category)).toContain('price');
  });

  it('rejects an unknown rule set before reading any file', async () => {
    const { code, stdout, stderr } = await quid(['analyze', '--json', '--rules', 'price-concessions,nope', fixture('no-give.txt')]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^quid: unknown rule-set id 'nope' \(known: .*price-concessions.*\)\n$/);
  });

  it('indexes eml and html offsets into analyzedText (UTF-16, emoji included)', async () => {
    const files = ['qp-latin1.eml', 'base64-utf8.eml', 'html-only.eml', 'draft.html'].map(fixture);
    const { code, reports } = await json(files);
    expect(code).toBe(1);
    expect(reports.map((r) => r.file)).toEqual(files);
    for (const r of reports) {
      expect(typeof r.analyzedText).toBe('string');
      expect(r.gives.length).toBeGreaterThan(0);
      for (const f of [...r.gives, ...r.gets]) expect(r.analyzedText?.slice(f.start, f.end)).toBe(f.text);
    }
    const [qp, b64, htmlEml, html] = reports;
    expect(qp?.analyzedText).toContain('Hallo Frau Müller');
    // The 👋 before the give is two UTF-16 units; the offset must count both.
    expect(b64?.analyzedText?.indexOf('👋')).toBe(8);
    expect(b64?.analyzedText).not.toContain('HTML part');
    expect(htmlEml?.analyzedText).not.toContain('<');
    expect(html?.analyzedText).not.toContain('<');
  });

  it('reads stdin as text with auto format', async () => {
    const { code, stdout } = await quid(['analyze', '-'], readFileSync(fixture('unreciprocated.txt'), 'utf8'));
    expect(code).toBe(1);
    expect(stdout).toMatch(/^<stdin>:3:\d+ {2}give\/price {2}/);
    const html = await quid(['analyze', '--json', '-'], readFileSync(fixture('draft.html'), 'utf8'));
    // Sniffed as HTML: the offsets index extracted text, so it is included.
    const [report] = JSON.parse(html.stdout) as Report[];
    expect(report?.file).toBe('-');
    expect(report?.analyzedText).toBeDefined();
    expect(report?.analyzedText).not.toContain('<p>');
  });

  it('keeps going past a bad file and exits 2', async () => {
    const files = [fixture('no-give.txt'), fixture('missing.txt'), fixture('attachment-only.eml'), fixture('unreciprocated.txt')];
    const { code, reports, stderr } = await json(files);
    expect(code).toBe(2);
    expect(reports).toHaveLength(4);
    expect(reports[1]).toEqual({ file: files[1], error: 'no such file' });
    expect(reports[2]).toEqual({ file: files[2], error: 'no text/plain or text/html part' });
    expect(reports[3]?.verdict).toBe('unreciprocated');
    expect(stderr.trimEnd().split('\n')).toEqual([
      `quid: ${String(files[1])}: no such file`,
      `quid: ${String(files[2])}: no text/plain or text/html part`,
    ]);

    const human = await quid(['analyze', ...files]);
    expect(human.code).toBe(2);
    expect(human.stdout).toContain('no-give.txt: no-give');
    expect(human.stdout).toContain('unreciprocated.txt: unreciprocated');
  });
});
