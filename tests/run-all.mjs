#!/usr/bin/env node
/**
 * `npm test`: every check the project has, in order — type-check, lint,
 * unit and component tests (Vitest), the extension build, and the
 * end-to-end suite when there is one — then one closing line
 * `N passed, N failed` that counts every test of every suite, so a run that
 * executed nothing shows. Exits non-zero when anything failed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const bin = (name) => join(root, 'node_modules', '.bin', name);
const tmp = mkdtempSync(join(tmpdir(), 'quid-test-'));
let passed = 0;
let failed = 0;

function run(title, cmd, args, env = {}) {
  process.stdout.write(`\n=== ${title}: ${[cmd, ...args].join(' ')}\n`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
}

/** A step that is one check: passes or fails as a whole. */
function check(title, cmd, args) {
  if (run(title, cmd, args)) {
    passed++;
    return true;
  }
  failed++;
  process.stdout.write(`--- ${title} FAILED\n`);
  return false;
}

/** A suite whose JSON report says how many tests passed and failed. */
function suite(title, cmd, args, reportPath, count, env = {}) {
  const ok = run(title, cmd, args, env);
  let counted = null;
  if (existsSync(reportPath)) {
    try {
      counted = count(JSON.parse(readFileSync(reportPath, 'utf8')));
    } catch {
      counted = null;
    }
  }
  if (!counted) {
    failed++;
    process.stdout.write(`--- ${title} produced no report\n`);
    return;
  }
  passed += counted.passed;
  failed += counted.failed;
  // A runner that failed without failing a test (a crash, a file that did not load) still fails.
  if (!ok && counted.failed === 0) failed++;
  process.stdout.write(`--- ${title}: ${counted.passed} passed, ${counted.failed} failed\n`);
}

check('type-check', bin('tsc'), ['--noEmit', '-p', '.']);
check('lint', bin('eslint'), ['.', '--max-warnings=0']);

const vitestReport = join(tmp, 'vitest.json');
suite(
  'unit and component tests',
  bin('vitest'),
  ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`],
  vitestReport,
  (r) => ({ passed: r.numPassedTests, failed: r.numFailedTests + (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0) }),
);

const built = check('extension build (chrome-mv3)', 'npm', ['run', '-s', 'build']);

const e2eDir = join(root, 'tests', 'e2e');
if (existsSync(e2eDir) && readdirSync(e2eDir).some((f) => f.endsWith('.spec.ts'))) {
  if (!built) {
    // Never drive a stale .output/chrome-mv3: the suite counts as not run.
    failed++;
    process.stdout.write('--- end-to-end (Playwright, Chromium) not run: the extension build failed\n');
  } else {
    const e2eReport = join(tmp, 'e2e.json');
    suite(
      'end-to-end (Playwright, Chromium)',
      bin('playwright'),
      ['test', '--reporter=list,json'],
      e2eReport,
      (r) => ({ passed: r.stats.expected, failed: r.stats.unexpected + r.stats.flaky + r.stats.skipped }),
      // With --reporter=json on the command line, Playwright writes the report where this says (else to stdout).
      { PLAYWRIGHT_JSON_OUTPUT_FILE: e2eReport },
    );
  }
}

rmSync(tmp, { recursive: true, force: true });
process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exitCode = failed === 0 && passed > 0 ? 0 : 1;
