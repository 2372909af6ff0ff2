/** `npm run docs:rules`: writes docs/rules.md from the registry. */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RULE_SETS } from './registry.ts';
import { renderRuleDocs } from './render-docs.ts';

export const RULE_DOCS_PATH = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs', 'rules.md');

writeFileSync(RULE_DOCS_PATH, renderRuleDocs(RULE_SETS));
process.stdout.write(`wrote ${RULE_DOCS_PATH}\n`);
