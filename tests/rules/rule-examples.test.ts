import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/engine/analyze.ts';
import { compileRule } from '../../lib/engine/compile.ts';
import { GET_LEVELS, GIVE_CATEGORIES } from '../../lib/engine/types.ts';
import { RULE_SETS } from '../../lib/rules/registry.ts';
import type { Rule } from '../../lib/rules/types.ts';
import { parseFlagExample } from './parse-example.ts';

const all: { rule: Rule; setId: string }[] = RULE_SETS.flatMap((s) => s.rules.map((rule) => ({ rule, setId: s.id })));

// Brackets in an example mark the span; literal brackets would be ambiguous.
function findings(text: string) {
  const a = analyze(text, { format: 'text' });
  return [...a.gives, ...a.gets];
}

describe('rule data', () => {
  it('has unique rule-set ids and rule ids', () => {
    const setIds = RULE_SETS.map((s) => s.id);
    expect(new Set(setIds).size).toBe(setIds.length);
    const ids = all.map((r) => r.rule.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('gives every set a description and at least one rule', () => {
    for (const set of RULE_SETS) {
      expect(set.rules.length, set.id).toBeGreaterThan(0);
      expect(set.description, set.id).not.toMatch(/^\s*$|TODO/);
    }
  });

  it.each(all.map((r) => [r.rule.id, r.rule] as const))('%s is well-formed', (_id, rule) => {
    expect(rule.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    if (rule.kind === 'give') {
      expect(GIVE_CATEGORIES).toContain(rule.category);
      expect(['access', 'commitment']).toContain(rule.ask.level);
      // The Give-Get Matrix: every give is answered by an if-then trade the rep can insert.
      expect(rule.ask.text).toMatch(/^If .{20,}\?$/);
    } else {
      expect(GET_LEVELS).toContain(rule.level);
    }
    expect(() => compileRule(rule, 'x')).not.toThrow();
    expect(compileRule(rule, 'x').regex.test('')).toBe(false);
    expect(rule.rationale.length).toBeGreaterThan(10);
    expect(rule.cues.length).toBeGreaterThan(0);
    for (const cue of [...rule.cues, ...(rule.alsoCues ?? [])]) expect(cue).toMatch(/^(?:[a-z]+|[%$€£?])$/);
    expect(rule.examples.flag.length, 'at least 3 flag examples').toBeGreaterThanOrEqual(3);
    expect(rule.examples.pass.length, 'at least 2 pass examples').toBeGreaterThanOrEqual(2);
  });

  it('claims no phrase twice: no other rule of the same kind matches a flag example at its span', () => {
    const conflicts: string[] = [];
    for (const a of all) {
      for (const ex of a.rule.examples.flag) {
        const parsed = parseFlagExample(ex);
        if (!parsed) continue;
        for (const b of all) {
          // A generic rule yields to any specific give it overlaps, so it claims nothing.
          if (b.rule === a.rule || b.rule.kind !== a.rule.kind || (b.rule.kind === 'give' && b.rule.generic)) continue;
          const sameClass =
            a.rule.kind === 'give' && b.rule.kind === 'give'
              ? a.rule.category === b.rule.category
              : a.rule.kind === 'get' && b.rule.kind === 'get' && a.rule.level === b.rule.level;
          const re = compileRule(b.rule, b.setId).regex;
          re.lastIndex = 0;
          for (const m of parsed.text.matchAll(re)) {
            const s = m.index;
            const e = s + m[0].length;
            const overlaps = s < parsed.end && e > parsed.start;
            const identical = s === parsed.start && e === parsed.end;
            if (overlaps && (!sameClass || identical)) conflicts.push(`${a.rule.id} "${ex}" also claimed by ${b.rule.id}`);
          }
        }
      }
    }
    expect(conflicts).toEqual([]);
  });
});

describe.each(all.map((r) => [r.rule.id, r.rule] as const))('rule %s', (_id, rule) => {
  it.each(rule.examples.flag.map((ex) => [ex]))('flags %s', (example) => {
    const parsed = parseFlagExample(example);
    expect(parsed, 'a flag example marks its span with [brackets]').not.toBeNull();
    if (!parsed) return;
    const hits = findings(parsed.text).filter((f) => f.ruleId === rule.id);
    expect(hits.map((h) => [h.start, h.end, h.text])).toContainEqual([
      parsed.start,
      parsed.end,
      parsed.text.slice(parsed.start, parsed.end),
    ]);
  });

  it.each(rule.examples.pass.map((ex) => [ex]))('passes %s', (example) => {
    const hits = findings(example).filter((f) => f.ruleId === rule.id);
    expect(hits.map((h) => h.text)).toEqual([]);
  });
});
