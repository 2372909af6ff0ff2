/**
 * Renders docs/rules.md from the registry, so the human-facing list of rules
 * never drifts from the data (`npm run docs:rules` writes it; a test checks
 * it is current).
 */
import type { RuleSet } from './types.ts';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function renderRuleDocs(sets: readonly RuleSet[]): string {
  const out: string[] = [
    '# Rules',
    '',
    'Generated from `lib/rules/` by `npm run docs:rules`; do not edit by hand.',
    'Each rule lists one sentence it flags (the span in brackets) and one near miss it passes.',
    '',
  ];
  for (const set of sets) {
    out.push(`## ${set.title} (\`${set.id}\`)`, '', set.description, '');
    out.push('| rule | finds | why it matters | flags | passes |', '|---|---|---|---|---|');
    for (const rule of set.rules) {
      const finds = rule.kind === 'give' ? `give/${rule.category}` : `get/${rule.level}`;
      out.push(
        `| \`${rule.id}\` | ${finds} | ${cell(rule.rationale)} | ${cell(rule.examples.flag[0] ?? '')} | ${cell(rule.examples.pass[0] ?? '')} |`,
      );
    }
    out.push('');
  }
  return out.join('\n');
}
