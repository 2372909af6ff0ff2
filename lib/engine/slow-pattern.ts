/**
 * Refuses a rep's own pattern that backtracks catastrophically, such as
 * `(a+)+$` or `(\w+\s?)*$`: on an unlucky sentence it would run for minutes
 * and stall every analysis. JavaScript cannot interrupt a regular
 * expression, and a static check (star height) refuses ordinary patterns
 * like `(?:the\s+)?setup fee`, so the pattern is timed on short probes of
 * growing length: a safe pattern answers in microseconds, an exponential
 * one doubles with each character and crosses the budget while the probe is
 * still short (the whole check then costs tens of milliseconds, once).
 */

/** Repeated units a nested repetition can split in exponentially many ways; each probe ends in a mismatch. */
const UNITS = ['a', 'a ', 'ab1 ', ' ', '1', 'a-', '.a', 'aa,'];
// Step 2 up to 40: an exponential pattern crosses the budget somewhere on the way (even
// a slow-growing one such as `(a|aa)+$`, ~1.6^n, on a fast machine), and overshoots it
// by at most 4x at the first length that does, so the check itself stays short.
const LENGTHS = Array.from({ length: 16 }, (_, i) => 10 + 2 * i);
const BUDGET_MS = 8;

const verdicts = new Map<string, boolean>();

function timed(re: RegExp, text: string): number {
  const start = performance.now();
  re.test(text);
  return performance.now() - start;
}

export function isCatastrophic(pattern: string, flags = 'i'): boolean {
  const key = `${flags}/${pattern}`;
  const known = verdicts.get(key);
  if (known !== undefined) return known;
  const re = new RegExp(pattern, flags.replace(/[gy]/g, ''));
  let slow = false;
  outer: for (const unit of UNITS) {
    for (const length of LENGTHS) {
      const probe = `${unit.repeat(Math.ceil(length / unit.length)).slice(0, length)}\u0000!`;
      // Twice over budget: a garbage collection pausing one run must not refuse a safe pattern.
      if (timed(re, probe) > BUDGET_MS && timed(re, probe) > BUDGET_MS) {
        slow = true;
        break outer;
      }
    }
  }
  if (verdicts.size > 200) verdicts.clear();
  verdicts.set(key, slow);
  return slow;
}
