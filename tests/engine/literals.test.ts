import { describe, expect, it } from 'vitest';
import { compileRules, matches } from '../../lib/engine/compile.ts';
import { LiteralGate, alternatives, requiredLiterals } from '../../lib/engine/literals.ts';
import { RULE_SETS } from '../../lib/rules/registry.ts';

describe('requiredLiterals', () => {
  it('finds the words a pattern cannot match without', () => {
    expect(requiredLiterals(String.raw`\bnet[\s-]?\d{2,3}\s+days`)).toEqual([['days'], ['net']]);
    expect(requiredLiterals(String.raw`\b(?:bill|invoice|charge)\s+(?:you\s+)?monthly`)).toEqual([['monthly'], ['bill', 'charge', 'invoice']]);
    // "paus" and its endings are one literal; "days?" needs "day".
    expect(requiredLiterals(String.raw`\bpaus(?:e|ed|ing)\s+for\s+\d+\s+days?`)).toEqual([['pause', 'pausing'], ['for'], ['day']]);
  });

  it('counts what a lookahead or lookbehind asserts, not what a negative one rules out', () => {
    expect(requiredLiterals(String.raw`sign(?=[^.]*\bfriday)`)).toEqual([['friday'], ['sign']]);
    expect(requiredLiterals(String.raw`(?<!\bnot\s)sign(?!\s+up)`)).toEqual([['sign']]);
  });

  it('requires nothing of what may be skipped or is not literal', () => {
    expect(requiredLiterals(String.raw`(?:free\s+)?\w+`)).toEqual([]);
    expect(requiredLiterals(String.raw`(?:free|\d+)\s+months`)).toEqual([['months']]);
    expect(requiredLiterals(String.raw`[a-z]+ly`)).toEqual([]);
  });

  it('gives up on a pattern it cannot read', () => {
    expect(requiredLiterals('(unclosed')).toEqual([]);
    expect(alternatives('a)b')).toBeNull();
  });

  it('splits only at the top level', () => {
    expect(alternatives(String.raw`(?:a|b)c|de(?:f|g)`)?.map((a) => a.source)).toEqual(['(?:a|b)c', 'de(?:f|g)']);
  });
});

describe('LiteralGate', () => {
  it('holds when every clause has a string in the sentence, whatever the case', () => {
    const gate = new LiteralGate();
    const need = gate.intern([['monthly', 'quarterly'], ['bill', 'invoice']]);
    expect(gate.holds('We can INVOICE you quarterly.', need)).toBe(true);
    expect(gate.holds('We can invoice you annually.', need)).toBe(false);
    expect(gate.holds('Billing is quarterly.', need)).toBe(true);
    expect(gate.holds('anything', gate.intern([]))).toBe(true);
  });
});

/** Every match of the whole pattern, as a global exec loop finds them. */
function wholeMatches(re: RegExp, text: string): [number, string][] {
  const out: [number, string][] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) re.lastIndex++;
    else out.push([m.index, m[0]]);
  }
  return out;
}

describe('matches', () => {
  const compiled = compileRules(RULE_SETS, new Set(), []);
  const examples = RULE_SETS.flatMap((s) => s.rules.flatMap((r) => [...r.examples.flag, ...r.examples.pass])).map((e) =>
    e.replace(/[[\]]/g, ''),
  );
  // Examples alone and run together, so alternatives of one rule meet in one sentence.
  const texts = [...examples, ...examples.map((e, i) => `${e} ${examples[(i * 7 + 3) % examples.length] ?? ''}`)];

  it('finds exactly what the whole pattern finds, running only the alternatives a sentence can match', () => {
    const differences: string[] = [];
    for (const c of compiled.rules) {
      for (const text of texts) {
        const want = wholeMatches(c.regex, text);
        const got = matches(c, text).map((m): [number, string] => [m.index, m[0]]);
        if (JSON.stringify(got) !== JSON.stringify(want)) differences.push(`${c.rule.id}: ${text}`);
      }
    }
    expect(differences).toEqual([]);
  });

  it('reports the narrowed span of an alternative that has one', () => {
    const c = compiled.rules.find((r) => r.narrowed);
    expect(c).toBeDefined();
    if (!c) return;
    const text = examples.find((e) => matches(c, e).some((m) => m.indices?.groups?.hit));
    expect(text).toBeDefined();
  });
});
