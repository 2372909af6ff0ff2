// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { stripExamples } from '../../lib/build/strip-examples.ts';
import { RULE_SETS } from '../../lib/rules/registry.ts';

const rulesDir = new URL('../../lib/rules/', import.meta.url);
const setFiles = readdirSync(rulesDir).filter((f) => RULE_SETS.some((s) => f === `${s.id}.ts`));

/** Syntax errors of a TypeScript source (the parser's own diagnostics). */
function syntaxErrors(source: string): number {
  const out = ts.transpileModule(source, { reportDiagnostics: true, compilerOptions: { target: ts.ScriptTarget.ES2022 } });
  return out.diagnostics?.length ?? 0;
}

describe('stripExamples (content-script build)', () => {
  it('finds every rule-set file', () => {
    expect(setFiles).toHaveLength(RULE_SETS.length);
  });

  it.each(setFiles)('%s: removes every example and keeps every rule and pattern', (file) => {
    const source = readFileSync(new URL(file, rulesDir), 'utf8');
    const set = RULE_SETS.find((s) => file === `${s.id}.ts`);
    const out = stripExamples(source, file);
    expect(syntaxErrors(out)).toBe(0);
    expect(out).not.toMatch(/\bexamples\s*:/);
    expect(out.match(/\brationale:/g)).toHaveLength(set?.rules.length ?? -1);
    for (const rule of set?.rules ?? []) {
      expect(out).toContain(`id: '${rule.id}'`);
      for (const example of rule.examples.flag) expect(out).not.toContain(example.slice(0, 30));
    }
  });

  it('leaves a source without examples unchanged, and nested braces in examples do not confuse it', () => {
    const plain = "export const a = { id: 'x', pattern: String.raw`\\{1,2\\}` };\n";
    expect(stripExamples(plain)).toBe(plain);
    const tricky = "const r = { id: 'y', examples: { flag: ['a }, { b', \"c ] ' d\"], pass: [`e ${'{'}`] }, rationale: 'kept' };";
    expect(stripExamples(tricky)).toBe("const r = { id: 'y',  rationale: 'kept' };");
  });
});
