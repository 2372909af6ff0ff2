/**
 * A Vite plugin for the content script's build only: it removes each rule's
 * `examples` from the rule-set modules. The examples stay next to their
 * rules in the source (tests, docs and the options page read them), but the
 * coach in the compose window never shows them, and they are about a tenth
 * of the content script gzipped.
 *
 * The properties are found with the TypeScript parser, not a regular
 * expression: example sentences contain brackets, quotes and braces.
 */
import ts from 'typescript';
import type { Plugin } from 'vite';

const RULE_SET_FILE = /\/lib\/rules\/[\w-]+\.ts$/;

/** `source` without any object property named `examples` (and the comma after it). */
export function stripExamples(source: string, fileName = 'rules.ts'): string {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const cuts: [number, number][] = [];
  const visit = (node: ts.Node) => {
    if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && node.name.text === 'examples' && ts.isObjectLiteralExpression(node.parent)) {
      let end = node.getEnd();
      if (source[end] === ',') end++;
      cuts.push([node.getStart(file), end]);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = source;
  for (const [start, end] of cuts.reverse()) out = out.slice(0, start) + out.slice(end);
  return out;
}

export function stripRuleExamples(): Plugin {
  return {
    name: 'quid:strip-rule-examples',
    enforce: 'pre',
    transform(code, id) {
      if (!RULE_SET_FILE.test(id.split('?')[0] ?? '')) return null;
      return { code: stripExamples(code, id), map: null };
    },
  };
}
