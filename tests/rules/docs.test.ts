import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_SETS } from '../../lib/rules/registry.ts';
import { renderRuleDocs } from '../../lib/rules/render-docs.ts';

describe('docs/rules.md', () => {
  it('is generated from the current registry (run npm run docs:rules)', () => {
    const onDisk = readFileSync(join(__dirname, '..', '..', 'docs', 'rules.md'), 'utf8');
    expect(onDisk).toBe(renderRuleDocs(RULE_SETS));
  });
});
