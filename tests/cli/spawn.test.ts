/**
 * The CLI as a real process: argv, stdin, stdout/stderr and the exit code.
 * Each spawn costs about a second (tsx start-up), so keep these few; the
 * behaviour matrix is in run.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const FIX = 'tests/cli/fixtures';

function quid(args: string[], input?: string) {
  const result = spawnSync('npx', ['tsx', 'lib/cli/main.ts', ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const REPORT_KEYS = ['balance', 'file', 'gets', 'gives', 'suggestions', 'verdict'];
const sortedKeys = (o: object) => Object.keys(o).sort();

describe('quid process', { timeout: 30_000 }, () => {
  it('prints usage for --help (exit 0) and rejects an unknown command (exit 2)', () => {
    const help = quid(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: quid analyze [--json] [--rules id,id] FILE...');

    const bad = quid(['lint', 'x.txt']);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/^quid: unknown command 'lint'[^\n]*\n$/);
  });

  it('prints one JSON array with the exact contract keys, a missing file in its place (exit 2)', () => {
    const files = ['unreciprocated.txt', 'missing.txt', 'qp-latin1.eml', 'base64-utf8.eml', 'draft.html'].map((f) => `${FIX}/${f}`);
    const { code, stdout, stderr } = quid(['analyze', '--json', ...files]);
    expect(code).toBe(2);
    expect(stderr).toBe(`quid: ${FIX}/missing.txt: no such file\n`);

    const reports = JSON.parse(stdout) as Record<string, unknown>[];
    expect(reports.map((r) => r.file)).toEqual(files);
    const [txt, missing, ...decoded] = reports;
    expect(missing).toEqual({ file: `${FIX}/missing.txt`, error: 'no such file' });
    expect(sortedKeys(txt ?? {})).toEqual(REPORT_KEYS);
    for (const r of decoded) expect(sortedKeys(r)).toEqual([...REPORT_KEYS, 'analyzedText'].sort());

    for (const r of [txt, ...decoded]) {
      const report = r as { verdict: string; gives: object[]; gets: object[]; suggestions: unknown[] };
      expect(report.verdict).toBe('unreciprocated');
      for (const g of report.gives) expect(sortedKeys(g)).toEqual(['category', 'end', 'ruleId', 'start', 'text']);
      for (const g of report.gets) expect(sortedKeys(g)).toEqual(['end', 'level', 'ruleId', 'start', 'text']);
      expect(report.suggestions.every((s) => typeof s === 'string')).toBe(true);
    }
    const [qp, b64] = decoded as { analyzedText: string }[];
    expect(qp?.analyzedText).toContain('Müller');
    expect(b64?.analyzedText).toContain('café team');
  });

  it('exits 1 with linter lines when a draft is unreciprocated', () => {
    const { code, stdout, stderr } = quid(['analyze', `${FIX}/unreciprocated.txt`, `${FIX}/no-give.txt`]);
    expect(code).toBe(1);
    expect(stderr).toBe('');
    expect(stdout).toMatch(new RegExp(`^${FIX}/unreciprocated\\.txt:3:\\d+  give/price  \\S+  .+ "[^"]+"$`, 'm'));
    expect(stdout).toMatch(/unreciprocated\.txt: unreciprocated \(balance -\d+\)\n {2}suggested ask: \S/);
    expect(stdout).toContain(`${FIX}/no-give.txt: no-give (balance`);
  });

  it('reads stdin for - and exits 0 without gives', () => {
    const { code, stdout } = quid(['analyze', '-'], readFileSync(join(ROOT, FIX, 'no-give.txt'), 'utf8'));
    expect(code).toBe(0);
    // Gets may be listed above; only the verdict line is pinned.
    expect(stdout).toMatch(/(^|\n)<stdin>: no-give \(balance \d+\)\n$/);
  });
});
