/** Ids for the rep's own rules: `custom-<slug>-<n>`, readable in the ledger and the CLI, and never reused. */
import type { CustomRule } from '../engine/types.ts';

export const CUSTOM_PREFIX = 'custom-';

export function slugify(phrase: string): string {
  const slug = phrase
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 32)
    .replace(/-+$/, '');
  return slug === '' ? 'pattern' : slug;
}

/** The first `custom-<slug>-<n>` (n from 1) no rule in `existing` has. */
export function customRuleId(phrase: string, existing: readonly Pick<CustomRule, 'id'>[]): string {
  const taken = new Set(existing.map((r) => r.id));
  const base = `${CUSTOM_PREFIX}${slugify(phrase)}`;
  let n = 1;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}
